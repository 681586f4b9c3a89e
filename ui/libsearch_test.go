package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/ui/search"
)

// libSearchLibrary: two briefings mention Sandworm (one TLP:AMBER), one
// does not.
func libSearchLibrary(t *testing.T) *briefings.Library {
	t.Helper()
	a := testBriefing("Port of Gdansk", "2024-03-01", "TLP:CLEAR")
	a.Timeline[30].Text = "The Sandworm group hit the port cranes."
	amber := testBriefing("Amber eyes only", "2024-03-02", "TLP:AMBER")
	amber.Summary[0].Text = "Sandworm is behind the grid attack, says a secret source."
	other := testBriefing("Nothing here", "2024-03-03", "TLP:CLEAR")
	return testLibrary(t, a, amber, other)
}

// TestLibrarySearch: ctrl+f in the library searches every briefing the
// viewer may see; a result names the briefing, the pane and the item;
// enter opens the briefing at that item with the search active (n goes
// on inside it); back returns to the results, esc to the list.
func TestLibrarySearch(t *testing.T) {
	clearOnly := func(e briefings.Entry) bool { return e.Marking != "TLP:AMBER" }
	m := newTestModel(t, Options{Library: libSearchLibrary(t), Allow: clearOnly}, 100, 30)
	press(m, "ctrl+f")
	press(m, strings.Split("sandworm", "")...)
	v := plain(m)
	if !strings.Contains(v, "Search all briefings") || !strings.Contains(v, "Port of Gdansk (1) · Timeline · ") || !strings.Contains(v, "Sandworm group hit") {
		t.Fatalf("no result for sandworm:\n%s", v)
	}
	if strings.Contains(v, "Amber") || strings.Contains(v, "grid attack") {
		t.Errorf("a briefing the grant hides is searched:\n%s", v)
	}
	if !strings.Contains(v, "1 match in 1 briefing") {
		t.Errorf("no count:\n%s", v)
	}

	press(m, "enter")
	if !m.Reading() || m.reader.doc.entry.Title != "Port of Gdansk" {
		t.Fatalf("enter did not open the briefing:\n%s", plain(m))
	}
	if m.reader.doc.titles[m.reader.active] != "Timeline" || m.search.raw != "sandworm" || m.search.current != 0 {
		t.Errorf("opened on pane %q, search %q at match %d; want Timeline, sandworm, 0",
			m.reader.doc.titles[m.reader.active], m.search.raw, m.search.current)
	}
	if v := plain(m); !strings.Contains(v, "Sandworm group hit") {
		t.Errorf("the item is not on screen:\n%s", v)
	}
	press(m, "n") // the search goes on inside the briefing
	if m.search.raw != "sandworm" {
		t.Errorf("n dropped the search")
	}

	press(m, "q")
	if v := plain(m); m.Reading() || !strings.Contains(v, "Sandworm group hit") {
		t.Errorf("back does not return to the results:\n%s", v)
	}
	press(m, "esc")
	if v := plain(m); strings.Contains(v, "Search all briefings") || !strings.Contains(v, "Nothing here") {
		t.Errorf("esc does not return to the list:\n%s", v)
	}
	// ctrl+f again shows the last search, from the cache.
	press(m, "ctrl+f")
	if v := plain(m); !strings.Contains(v, "Sandworm group hit") || m.ls.cancel != nil {
		t.Errorf("the finished search is not kept:\n%s", v)
	}
}

// TestLibrarySearchCancels: a new keystroke cancels the search in
// flight, and so does leaving the search or closing the reader.
func TestLibrarySearchCancels(t *testing.T) {
	m := newTestModel(t, Options{Library: libSearchLibrary(t)}, 100, 30)
	send(m, keyMsg("ctrl+f"))
	_, cmd := m.Update(keyMsg("s"))
	if cmd == nil || m.ls.ctx == nil {
		t.Fatal("typing starts no search")
	}
	first := m.ls.ctx
	m.Update(keyMsg("a"))
	if first.Err() == nil {
		t.Error("a new keystroke does not cancel the search in flight")
	}
	second := m.ls.ctx
	m.Update(keyMsg("esc"))
	if second.Err() == nil {
		t.Error("leaving the search does not cancel it")
	}
	send(m, keyMsg("ctrl+f"))
	m.Update(keyMsg("x"))
	third := m.ls.ctx
	m.Close()
	if third.Err() == nil {
		t.Error("closing the reader does not cancel the search")
	}
}

// TestLibrarySearchKeepsItems: the library search keeps what it read in
// the process's cache, so the next keystroke's search, or another
// session's, reads and parses only the briefings that changed.
func TestLibrarySearchKeepsItems(t *testing.T) {
	lib := settledLibrary(t,
		testBriefing("Kept one", "2024-03-01", "TLP:CLEAR"),
		testBriefing("Kept two", "2024-03-02", "TLP:CLEAR"),
		testBriefing("Kept three", "2024-03-03", "TLP:CLEAR"))
	before, _ := search.Cache.Len()
	m := newTestModel(t, Options{Library: lib}, 100, 30)
	press(m, "ctrl+f")
	// A word no briefing holds: the search parses none of them, and
	// keeps them all once it has finished.
	press(m, strings.Split("zebra", "")...)
	if !m.ls.res.done || len(m.ls.res.rows) != 0 {
		t.Fatalf("the search did not finish, or found something:\n%s", plain(m))
	}
	if after, _ := search.Cache.Len(); after < before+3 {
		t.Errorf("the cache holds %d briefings after the search, %d before; want 3 more", after, before)
	}

	// Keeping stops when a key is pressed, the search is left or the
	// reader closes.
	for i, stop := range []func(){
		func() { m.Update(keyMsg("s")) },
		func() { m.Update(keyMsg("esc")) },
		func() { m.Close() },
	} {
		send(m, keyMsg("ctrl+f"))
		press(m, "backspace", string(rune('v'+i))) // a new query: searched, then kept
		if m.ls.keepCtx == nil || m.ls.keep == nil {
			t.Fatalf("a finished search keeps nothing (%d):\n%s", i, plain(m))
		}
		ctx := m.ls.keepCtx
		stop()
		if ctx.Err() == nil {
			t.Error("keeping goes on after the search it followed is left behind")
		}
	}
}

// TestLibrarySearchWithDiskCache: a local reader with a disk cache keeps
// what its library search reads there, not in the process's memory: the
// items of a big library held in memory took the reader past 1 GB.
func TestLibrarySearchWithDiskCache(t *testing.T) {
	lib := settledLibrary(t,
		testBriefing("Disk one", "2024-03-01", "TLP:CLEAR"),
		testBriefing("Disk two", "2024-03-02", "TLP:CLEAR"))
	cache := filepath.Join(t.TempDir(), "cache")
	disk := search.OpenDiskCache(cache)
	before, _ := search.Cache.Len()
	m := newTestModel(t, Options{Library: lib, Disk: disk}, 100, 30)
	press(m, "ctrl+f")
	press(m, strings.Split("zebra", "")...)
	if !m.ls.res.done {
		t.Fatalf("the search did not finish:\n%s", plain(m))
	}
	runCmd(m.libKeepCmd())
	if after, _ := search.Cache.Len(); after != before {
		t.Errorf("the process's cache went from %d briefings to %d", before, after)
	}
	entries, _ := filepath.Glob(filepath.Join(cache, "items", "*", "*"))
	if len(entries) != 2 {
		t.Errorf("%d briefings kept on disk; want 2", len(entries))
	}
}

// TestLibrarySearchCacheBounded: a finished search is kept for the same
// query typed again only while the searches kept hold few rows: a word
// every briefing holds would otherwise keep hundreds of thousands.
func TestLibrarySearchCacheBounded(t *testing.T) {
	defer func(n int) { libSearchCacheRows = n }(libSearchCacheRows)
	libSearchCacheRows = 1
	m := newTestModel(t, Options{Library: libSearchLibrary(t)}, 100, 30)
	press(m, "ctrl+f")
	press(m, strings.Split("sandworm", "")...) // two rows: not kept
	if !m.ls.res.done || len(m.ls.res.rows) != 2 {
		t.Fatalf("sandworm: %d rows, done %v", len(m.ls.res.rows), m.ls.res.done)
	}
	if _, kept := m.ls.cache["sandworm"]; kept {
		t.Error("a search over the bound is kept")
	}
	press(m, "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace")
	press(m, strings.Split("grid attack", "")...) // one row: kept
	if _, kept := m.ls.cache["grid attack"]; !kept || len(m.ls.res.rows) != 1 {
		t.Errorf("grid attack: %d rows, kept %v", len(m.ls.res.rows), kept)
	}
}
