package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLibrarySearchOpensTheItem searches every briefing of a library from
// the real binary's list (ctrl+f), opens a result at its item with the
// search active, and comes back to the results, then to the list.
func TestLibrarySearchOpensTheItem(t *testing.T) {
	dir := t.TempDir()
	writeBriefing(t, dir, "a-prose", "Prose in timeline", "2024-06-01", "TLP:CLEAR", "Format notes", "On prose")
	data, err := os.ReadFile(filepath.Join(moduleRoot(), "briefings", "iran-albania.md"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "iran-albania.md"), data, 0o644)
	tm := StartBrief(t, 120, 30, nil, "--library", dir)
	tm.WaitText("Prose in timeline")
	tm.Keys("C-f")
	tm.Type("tirana")
	s := strings.Join(tm.WaitText("Summary · ", "Timeline · ", "in 1 briefing"), "\n")
	if strings.Contains(s, "Prose in timeline (") {
		t.Errorf("a briefing without the word is in the results:\n%s", s)
	}
	// The second result, then enter: the briefing opens on its pane with
	// the search active.
	tm.Keys("Down", "Enter")
	s = strings.Join(tm.WaitText("match 2 of"), "\n")
	if !strings.Contains(s, "between Tirana and London") {
		t.Errorf("the result's item is not on screen:\n%s", s)
	}
	tm.Keys("n")
	tm.WaitText("match 3 of")
	tm.Keys("q")
	tm.WaitText("Search all briefings", "Summary · ")
	tm.Keys("Escape")
	tm.WaitText("Prose in timeline", "ctrl+f search all")
}
