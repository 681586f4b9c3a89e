package search

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/internal/synth"
)

// settled is a modification time old enough for a file's key to vouch for
// its text (see briefings.ReadKeyed).
var settled = time.Now().Add(-time.Hour).Truncate(time.Second)

// writeSettled writes data at path with an old modification time.
func writeSettled(t *testing.T, path string, data []byte, mod time.Time) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, mod, mod); err != nil {
		t.Fatal(err)
	}
}

// cacheLibrary writes n synthetic briefings of about 4 KB; those at the
// indexes of sandworm mention Sandworm, and the last one is TLP:AMBER.
func cacheLibrary(t *testing.T, n int, sandworm ...int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		b := synth.Briefing(4<<10 + i)
		if i == n-1 {
			b.Marking = "TLP:AMBER"
		}
		for _, k := range sandworm {
			if k == i {
				b.Summary = append(b.Summary, briefings.Statement{Text: fmt.Sprintf("The Sandworm group was seen in briefing %d.", i), Cites: []string{"S1"}})
			}
		}
		writeSettled(t, filepath.Join(dir, fmt.Sprintf("d%d", i%3), fmt.Sprintf("b%03d.md", i)), briefings.Write(b), settled)
	}
	return dir
}

// entryPaths is the Entry.Path of every briefing of lib.
func entryPaths(lib *briefings.Library) []string {
	var paths []string
	for _, e := range lib.Entries() {
		paths = append(paths, e.Path)
	}
	return paths
}

// searchAll searches every briefing of lib and describes what was found,
// one line per matching item, and how many briefings were parsed for it.
func searchAll(t *testing.T, lib *briefings.Library, query string, opts Options) (found string, parsed int64) {
	t.Helper()
	q, err := Compile(query)
	if err != nil {
		t.Fatal(err)
	}
	paths := entryPaths(lib)
	before := parses.Load()
	var b strings.Builder
	SearchLibrary(context.Background(), lib, paths, q, opts, func(_ int, h BriefingHits) bool {
		if h.Err != nil {
			t.Errorf("%s: %v", h.Name, h.Err)
		}
		for _, it := range h.Items {
			fmt.Fprintf(&b, "%s %s:%d %s %d %v\n", h.Path, it.Pane, it.Line, it.Text, it.Matches, it.Segments)
		}
		return true
	})
	return b.String(), parses.Load() - before
}

// TestSearchLibraryKeepsItems: with a cache, a search parses only the
// briefings whose bytes may hold its word, Keep parses the rest, and then
// a search of the library parses nothing, whether for the same query or
// another, and whether the library is the same snapshot or one opened
// again (live reload); it finds what a search without the cache finds.
func TestSearchLibraryKeepsItems(t *testing.T) {
	dir := cacheLibrary(t, 12, 2, 7)
	lib, err := briefings.OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	cache := NewItemCache(64 << 20)
	opts := Options{Cache: cache}
	first, parsed := searchAll(t, lib, "sandworm", opts)
	if strings.Count(first, "\n") != 2 || parsed != 2 {
		t.Fatalf("first search parsed %d (want the 2 holding the word) and found:\n%s", parsed, first)
	}
	paths := entryPaths(lib)
	before := parses.Load()
	cache.Keep(context.Background(), lib, paths, nil)
	if p := parses.Load() - before; p != 10 {
		t.Errorf("Keep parsed %d briefings; want the 10 not kept", p)
	}
	if plain, _ := searchAll(t, lib, "sandworm", Options{}); plain != first {
		t.Errorf("the cache changes what is found:\n%s\nwithout it:\n%s", first, plain)
	}
	again, parsed := searchAll(t, lib, "sandworm", opts)
	if parsed != 0 || again != first {
		t.Errorf("second search parsed %d briefings and found:\n%s", parsed, again)
	}
	for _, query := range []string{"mandiant", "Mandiant", "/sanction[s ]+\\w+/", "/\\d{4}-\\d\\d/"} {
		plain, _ := searchAll(t, lib, query, Options{})
		cached, parsed := searchAll(t, lib, query, opts)
		if parsed != 0 || cached != plain || plain == "" {
			t.Errorf("%q: parsed %d; found %d items, %d without the cache", query, parsed, strings.Count(cached, "\n"), strings.Count(plain, "\n"))
		}
	}
	reopened, err := briefings.OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if found, parsed := searchAll(t, reopened, "sandworm", opts); parsed != 0 || found != first {
		t.Errorf("the library opened again parsed %d briefings and found:\n%s", parsed, found)
	}
	if n, size := cache.Len(); n != 12 || size <= 0 {
		t.Errorf("cache holds %d briefings, %d bytes; want 12", n, size)
	}
}

// TestSearchLibraryRereadsChanged: a briefing changed on disk is read
// again: its new text is found and its old text is not, whether it grew,
// kept its size, or was replaced by a rename; the others are not parsed.
func TestSearchLibraryRereadsChanged(t *testing.T) {
	dir := cacheLibrary(t, 6, 1)
	lib, err := briefings.OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{Cache: NewItemCache(64 << 20)}
	if found, _ := searchAll(t, lib, "sandworm", opts); !strings.Contains(found, "briefing 1.") {
		t.Fatalf("not found before the change:\n%s", found)
	}
	path := filepath.Join(dir, "d1", "b001.md")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i, change := range []struct {
		name, old, new string
		rename         bool
	}{
		{"grown", "Sandworm", "Voodoo Bear", false},
		{"same size", "Voodoo Bear", "Fancy Panda", false},
		{"renamed over", "Fancy Panda", "Tidal Crane", true},
	} {
		data = []byte(strings.Replace(string(data), change.old, change.new, 1))
		mod := settled.Add(time.Duration(i+1) * time.Second)
		if change.rename {
			tmp := filepath.Join(dir, ".new")
			writeSettled(t, tmp, data, settled.Add(time.Duration(i)*time.Second)) // the time it replaces
			if err := os.Rename(tmp, path); err != nil {
				t.Fatal(err)
			}
		} else {
			writeSettled(t, path, data, mod)
		}
		found, parsed := searchAll(t, lib, strings.ToLower(change.new), opts)
		if !strings.Contains(found, "b001.md") || parsed != 1 {
			t.Errorf("%s: parsed %d; the new text is not found:\n%s", change.name, parsed, found)
		}
		if found, _ := searchAll(t, lib, strings.ToLower(change.old), opts); found != "" {
			t.Errorf("%s: the old text is still found:\n%s", change.name, found)
		}
	}
}

// TestSearchLibraryCacheNeverDecidesAccess: a briefing kept by a search
// that could see it is still passed over, uncounted, by a search whose
// grant hides it.
func TestSearchLibraryCacheNeverDecidesAccess(t *testing.T) {
	dir := cacheLibrary(t, 4, 1, 3) // 3 is TLP:AMBER
	lib, err := briefings.OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	cache := NewItemCache(64 << 20)
	if found, _ := searchAll(t, lib, "sandworm", Options{Cache: cache}); !strings.Contains(found, "b003.md") {
		t.Fatalf("the AMBER briefing is not found with every grant:\n%s", found)
	}
	clear := func(e briefings.Entry) bool { return e.Marking == "TLP:CLEAR" }
	found, parsed := searchAll(t, lib, "sandworm", Options{Cache: cache, Allow: clear})
	if strings.Contains(found, "b003.md") || !strings.Contains(found, "b001.md") || parsed != 0 {
		t.Errorf("CLEAR grant, parsed %d, found:\n%s", parsed, found)
	}
}

// TestItemCacheEvictsOldest: the cache stays under its bound by dropping
// the briefings least recently searched; a file whose key changed is not
// served.
func TestItemCacheEvictsOldest(t *testing.T) {
	dir := cacheLibrary(t, 1)
	lib, err := briefings.OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	key, _, err := lib.Stat(lib.Entries()[0].Path)
	if err != nil || !key.Known() {
		t.Fatal(key, err)
	}
	item := func() *briefingItems { return &briefingItems{size: 100} }
	c := NewItemCache(300)
	c.put("a", key, item())
	c.put("b", key, item())
	c.put("c", key, item())
	if c.get("a", key) == nil { // a is now the most recent
		t.Fatal("a is not kept")
	}
	c.put("d", key, item())
	if n, size := c.Len(); n != 3 || size != 300 {
		t.Errorf("holds %d briefings, %d bytes; want 3, 300", n, size)
	}
	if c.get("b", key) != nil || c.get("a", key) == nil || c.get("c", key) == nil || c.get("d", key) == nil {
		t.Errorf("not the least recently searched was dropped")
	}
	other := key
	other.Size++
	if c.get("a", other) != nil {
		t.Errorf("a changed file is served")
	}
	if c.get("a", key) != nil {
		t.Errorf("a changed file's old items are still kept")
	}
	c.put("e", briefings.FileKey{}, item())
	c.put("f", key, &briefingItems{size: 400})
	if c.get("e", briefings.FileKey{}) != nil || c.get("f", key) != nil {
		t.Errorf("kept a file without a key, or one larger than the bound")
	}
}

// TestSearchEachInOrder: briefings searched on every CPU, each taken as a
// worker is free, are handed on in their order whatever time each takes;
// found returning false, or the context ending, stops the search, and no
// worker is left running.
func TestSearchEachInOrder(t *testing.T) {
	before := runtime.NumGoroutine()
	one := func(i int) BriefingHits {
		time.Sleep(time.Duration((i*7919)%5) * 100 * time.Microsecond)
		return BriefingHits{Path: fmt.Sprint(i), Matches: 1}
	}
	var got []int
	if !searchEach(context.Background(), 500, one, Options{}, func(i int, h BriefingHits) bool {
		if h.Path != fmt.Sprint(i) {
			t.Fatalf("result %d handed on as %d", i, len(got))
		}
		got = append(got, i)
		return true
	}) || len(got) != 500 || !slices.IsSorted(got) {
		t.Fatalf("handed on %d results, in order %v", len(got), slices.IsSorted(got))
	}
	n := 0
	if searchEach(context.Background(), 500, one, Options{}, func(int, BriefingHits) bool { n++; return n < 10 }) || n != 10 {
		t.Errorf("found stopped the search at %d calls", n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	m := 0
	if searchEach(ctx, 500, one, Options{}, func(int, BriefingHits) bool {
		if m++; m == 20 {
			cancel()
		}
		return true
	}) || m != 20 {
		t.Errorf("the context ended the search after %d", m)
	}
	for i := 0; runtime.NumGoroutine() > before && i < 100; i++ {
		time.Sleep(10 * time.Millisecond)
	}
	if g := runtime.NumGoroutine(); g > before {
		t.Errorf("%d goroutines left running", g-before)
	}
}
