package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/brief-team/brief/briefings"
)

// TestFilterBurstInOneWrite: a library filter, enter and G in one write (a
// paste, a laggy SSH link) must leave the reader running on the filtered
// list.
func TestFilterBurstInOneWrite(t *testing.T) {
	b, _, _ := shipped(t)
	dir := t.TempDir()
	for i := range 10 {
		c := *b
		c.Title = fmt.Sprintf("Briefing %c on Albania", 'A'+i)
		if i == 8 {
			c.Title = "Briefing 9 on Albania"
		}
		c.Date = fmt.Sprintf("2023-04-%02d", i+1)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("b%d.md", i)), briefings.Write(&c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tm := StartBrief(t, 80, 24, nil, "--style", "dark", "--library", dir)
	tm.WaitText("10 briefings")
	tm.Type("/9\rG")
	tm.WaitText("Briefing 9 on Albania")
	// Give a crash time to happen, then check the reader is still there
	// and answers keys.
	time.Sleep(300 * time.Millisecond)
	if s := strings.Join(tm.Screen(), "\n"); strings.Contains(s, exitMarker) || strings.Contains(s, "internal error") {
		t.Fatalf("the reader died:\n%s", s)
	}
	tm.Keys("Enter")
	tm.WaitText("1 Summary", "Briefing 9 on Albania")
	tm.Keys("C-c")
	if st := tm.WaitExit(5 * time.Second); st != 0 {
		t.Fatalf("exit status %d", st)
	}
}
