package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestMissingFileExitsWithAnError: `brief nonexist.md` in a terminal says
// the file is not there and exits non-zero, as less and cat do, instead of
// opening a reader on an empty list.
func TestMissingFileExitsWithAnError(t *testing.T) {
	tm := StartBrief(t, 80, 24, nil, "nonexist.md")
	code := tm.WaitExit(10 * time.Second)
	screen := strings.Join(tm.Screen(), "\n")
	if code == 0 {
		t.Errorf("exit status 0 for a missing file:\n%s", screen)
	}
	if !strings.Contains(screen, "brief: nonexist.md: no such file or directory") {
		t.Errorf("want 'brief: nonexist.md: no such file or directory' on the screen:\n%s", screen)
	}
	if strings.Contains(screen, "No briefings") {
		t.Errorf("a reader was opened on an empty list:\n%s", screen)
	}
}

// TestSomeFilesMissing: the files that can be read are opened, the rest are
// reported on stderr when the reader exits, and the status is non-zero.
func TestSomeFilesMissing(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join(moduleRoot(), "briefings", "iran-albania.md"))
	if err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "good.md")
	if err := os.WriteFile(good, data, 0o644); err != nil {
		t.Fatal(err)
	}
	tm := StartBrief(t, 100, 30, nil, "--style", "dark", good, filepath.Join(dir, "gone.md"))
	tm.WaitText("Iran and Albania after the 2022 cyberattacks", "Summary")
	tm.Keys("q")
	code := tm.WaitExit(10 * time.Second)
	screen := strings.Join(tm.Screen(), "\n")
	if code == 0 {
		t.Errorf("exit status 0 with a missing file:\n%s", screen)
	}
	if !strings.Contains(screen, "brief: "+filepath.Join(dir, "gone.md")+": no such file or directory") {
		t.Errorf("the missing file is not reported:\n%s", screen)
	}
}

// TestEmptyLibrarySaysWhereItLooked: a --library directory with no
// briefings says which directory it is and how to point brief elsewhere.
func TestEmptyLibrarySaysWhereItLooked(t *testing.T) {
	dir := t.TempDir()
	tm := StartBrief(t, 100, 30, nil, "--style", "dark", "--library", dir)
	tm.WaitText("No briefings", dir, "--library DIR", "$BRIEF_LIBRARY")
	tm.Keys("q")
	tm.WaitExit(10 * time.Second)
}
