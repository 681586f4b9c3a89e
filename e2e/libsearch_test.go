package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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

// TestReaderKeepsTheLibraryInTheItemCache: the real reader, left on its
// list, keeps the items of every briefing of its library in the item
// cache ($BRIEF_CACHE_DIR) in the background, so that a first search
// need not parse them; with BRIEF_CACHE_DIR=off it writes nothing.
func TestReaderKeepsTheLibraryInTheItemCache(t *testing.T) {
	dir := t.TempDir()
	writeBriefing(t, dir, "a-prose", "Prose in timeline", "2024-06-01", "TLP:CLEAR", "Format notes", "On prose")
	writeBriefing(t, dir, "b-more", "More prose", "2024-06-02", "TLP:CLEAR", "Format notes", "On more prose")
	data, err := os.ReadFile(filepath.Join(moduleRoot(), "briefings", "iran-albania.md"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "iran-albania.md"), data, 0o644)
	old := time.Now().Add(-time.Hour)
	for _, f := range []string{"a-prose.md", "b-more.md", "iran-albania.md"} {
		if err := os.Chtimes(filepath.Join(dir, f), old, old); err != nil {
			t.Fatal(err)
		}
	}
	entries := func(cache string) int { // one file per briefing kept, items/xx/...
		kept, _ := filepath.Glob(filepath.Join(cache, "items", "*", "*"))
		return len(kept)
	}
	cache := filepath.Join(t.TempDir(), "cache")
	tm := StartBrief(t, 120, 30, []string{"BRIEF_CACHE_DIR=" + cache}, "--library", dir)
	tm.WaitText("Prose in timeline")
	deadline := time.Now().Add(20 * time.Second)
	for entries(cache) < 3 && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	if n := entries(cache); n != 3 {
		t.Errorf("%d briefings kept in the item cache; want 3", n)
	}
	tm.Keys("q")

	off := filepath.Join(t.TempDir(), "off")
	tm = StartBrief(t, 120, 30, []string{"BRIEF_CACHE_DIR=off", "XDG_CACHE_HOME=" + off}, "--library", dir)
	tm.WaitText("Prose in timeline")
	time.Sleep(3 * time.Second) // past the reader's delay before it keeps anything
	if _, err := os.Stat(off); err == nil {
		t.Errorf("BRIEF_CACHE_DIR=off: a cache was made under %s", off)
	}
}
