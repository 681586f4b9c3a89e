package search

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/internal/synth"
)

// diskLibrary is cacheLibrary with one more briefing, b999.md, that
// parses with a problem (a "# " heading inside its summary).
func diskLibrary(t *testing.T, n int, sandworm ...int) string {
	t.Helper()
	dir := cacheLibrary(t, n, sandworm...)
	text := string(briefings.Write(synth.Briefing(3 << 10)))
	text = strings.Replace(text, "## Summary\n", "## Summary\n\n# Sandworm heading\n", 1)
	writeSettled(t, filepath.Join(dir, "b999.md"), []byte(text), settled)
	return dir
}

// listAll is what SearchListing finds in dir, as brief grep reports it:
// each matching item and each problem; and how many briefings it parsed.
func listAll(t *testing.T, dir, query string, opts Options) (found string, parsed int64) {
	t.Helper()
	q, err := Compile(query)
	if err != nil {
		t.Fatal(err)
	}
	ls, err := briefings.ListDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ls.Close()
	before := parses.Load()
	var b strings.Builder
	SearchListing(context.Background(), ls, ls.Paths(), q, opts, func(_ int, h BriefingHits) bool {
		if h.Err != nil {
			fmt.Fprintf(&b, "%s: problem: %v\n", h.Path, h.Err)
		}
		for _, it := range h.Items {
			fmt.Fprintf(&b, "%s %q %s:%d %s %d %v\n", h.Path, h.Entry.Title, it.Pane, it.Line, it.Text, it.Matches, it.Segments)
		}
		return true
	})
	return b.String(), parses.Load() - before
}

// openTestDisk opens a DiskCache in a new private directory.
func openTestDisk(t *testing.T) (*DiskCache, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "cache")
	d := OpenDiskCache(dir)
	if d == nil {
		t.Fatal("OpenDiskCache: no cache")
	}
	return d, dir
}

// TestDiskCacheKeepsItemsAcrossProcesses: a search through a DiskCache
// writes each briefing it parses, and the next process (a DiskCache
// opened again on the same directory, no memory cache) parses none of
// them, finding exactly what a search without any cache finds, problems
// included, for every kind of query; so does the reader's search.
func TestDiskCacheKeepsItemsAcrossProcesses(t *testing.T) {
	lib := diskLibrary(t, 12, 2, 7)
	d, cdir := openTestDisk(t)
	for _, query := range []string{"sandworm", "mandiant", "Mandiant", "/sanction[s ]+\\w+/", "/\\d{4}-\\d\\d/", "S1"} {
		plain, parsedPlain := listAll(t, lib, query, Options{})
		first, parsedFirst := listAll(t, lib, query, Options{Disk: d})
		again, parsedAgain := listAll(t, lib, query, Options{Disk: OpenDiskCache(cdir)})
		if plain == "" || first != plain || again != plain {
			t.Errorf("%q: through the disk cache found\n%s\nthen\n%s\nwithout it\n%s", query, first, again, plain)
		}
		if parsedAgain != 0 || parsedFirst > parsedPlain {
			t.Errorf("%q: parsed %d without the cache, %d into it, %d from it (want 0)", query, parsedPlain, parsedFirst, parsedAgain)
		}
	}
	if !strings.Contains(mustList(t, lib, "sandworm", Options{Disk: d}), `b999.md: problem: `+filepath.Join(lib, "b999.md")+`:`) {
		t.Errorf("the problem of b999.md is not reported under its name")
	}

	// The reader's search of a Library, without its memory cache.
	if err := os.Remove(filepath.Join(lib, "b999.md")); err != nil {
		t.Fatal(err)
	}
	l, err := briefings.OpenDir(lib)
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := searchAll(t, l, "mandiant", Options{})
	cached, parsed := searchAll(t, l, "mandiant", Options{Disk: OpenDiskCache(cdir)})
	if cached != plain || parsed != 0 {
		t.Errorf("the reader's search parsed %d briefings and found\n%s\nwithout the cache\n%s", parsed, cached, plain)
	}
}

func mustList(t *testing.T, dir, query string, opts Options) string {
	t.Helper()
	found, _ := listAll(t, dir, query, opts)
	return found
}

// TestDiskCacheTrustsOnlyTheSameBytes: an entry is used only for the very
// bytes it was made from. A briefing rewritten in place at the same size
// and given back its old time (same device, inode, size and time: only
// the bytes tell) is parsed again; so is one whose entry was damaged, or
// made by another build of brief, and its entry is made again.
func TestDiskCacheTrustsOnlyTheSameBytes(t *testing.T) {
	lib := diskLibrary(t, 6, 1)
	d, cdir := openTestDisk(t)
	mustList(t, lib, "sandworm", Options{Disk: d})
	path := filepath.Join(lib, "d1", "b001.md")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	data = []byte(strings.Replace(string(data), "Sandworm", "Sandwurm", 1))
	writeSettled(t, path, data, settled)
	found, parsed := listAll(t, lib, "sandwurm", Options{Disk: OpenDiskCache(cdir)})
	if !strings.Contains(found, "b001.md") || parsed != 1 {
		t.Errorf("same file, size and time, new bytes: parsed %d, found\n%s", parsed, found)
	}
	if found, parsed := listAll(t, lib, "sandwurm", Options{Disk: OpenDiskCache(cdir)}); !strings.Contains(found, "b001.md") || parsed != 0 {
		t.Errorf("the new bytes' entry: parsed %d, found\n%s", parsed, found)
	}
	if found := mustList(t, lib, "sandworm", Options{Disk: OpenDiskCache(cdir)}); strings.Contains(found, "b001.md") {
		t.Errorf("the old bytes' items are found:\n%s", found)
	}

	entry := d.entryPath(absName(path))
	raw, err := os.ReadFile(entry)
	if err != nil {
		t.Fatal(err)
	}
	for i := len(raw) / 3; i < len(raw); i += len(raw) / 7 {
		bad := []byte(string(raw))
		bad[i] ^= 0x20
		if err := os.WriteFile(entry, bad, 0o600); err != nil {
			t.Fatal(err)
		}
		want, _ := listAll(t, lib, "sandwurm", Options{})
		if found, parsed := listAll(t, lib, "sandwurm", Options{Disk: OpenDiskCache(cdir)}); found != want || parsed != 1 {
			t.Errorf("entry damaged at byte %d of %d: parsed %d, found\n%s", i, len(raw), parsed, found)
		}
		if _, parsed := listAll(t, lib, "sandwurm", Options{Disk: OpenDiskCache(cdir)}); parsed != 0 {
			t.Errorf("entry damaged at byte %d: not made again (parsed %d)", i, parsed)
		}
	}

	other := OpenDiskCache(cdir)
	other.version[0] ^= 1 // another build
	if _, parsed := listAll(t, lib, "sandwurm", Options{Disk: other}); parsed != 1 {
		t.Errorf("another build's entry used: parsed %d", parsed)
	}

	// The reader's search, which checks a kept briefing by its file key
	// without reading it: the change time tells (Linux).
	if runtime.GOOS == "linux" {
		l, err := briefings.OpenDir(lib)
		if err != nil {
			t.Fatal(err)
		}
		searchAll(t, l, "sandwurm", Options{Disk: OpenDiskCache(cdir)})
		time.Sleep(10 * time.Millisecond)
		data = []byte(strings.Replace(string(data), "Sandwurm", "Sandwirm", 1))
		writeSettled(t, path, data, settled)
		found, parsed := searchAll(t, l, "sandwirm", Options{Disk: OpenDiskCache(cdir)})
		if !strings.Contains(found, "b001.md") || parsed != 1 {
			t.Errorf("reader: same file, size and time, new bytes: parsed %d, found\n%s", parsed, found)
		}
	}
}

// TestDiskCacheNeverDecidesAccess: a search under a grant (a shared
// server's) does not read the disk cache. The AMBER briefing's entry is
// altered to say TLP:CLEAR: a search without a grant takes it (so the
// alteration is one a search could read), the CLEAR grant's search still
// passes the briefing over.
func TestDiskCacheNeverDecidesAccess(t *testing.T) {
	lib := diskLibrary(t, 4, 1, 3) // 3 is TLP:AMBER
	d, _ := openTestDisk(t)
	mustList(t, lib, "sandworm", Options{Disk: d})
	path := filepath.Join(lib, "d0", "b003.md")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b, items, perr := briefings.ParseItems(path, data)
	bi := newBriefingItems("d0/b003.md", b, items, perr)
	bi.entry.Marking = "TLP:CLEAR"
	bi.entry.Title = "Altered"
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	d.store(path, briefings.FileKeyOf(fi), data, bi)
	if found := mustList(t, lib, "sandworm", Options{Disk: d}); !strings.Contains(found, `"Altered"`) {
		t.Fatalf("the altered entry is not read without a grant:\n%s", found)
	}
	clear := func(e briefings.Entry) bool { return e.Marking == "TLP:CLEAR" }
	found, _ := listAll(t, lib, "sandworm", Options{Disk: d, Allow: clear})
	if strings.Contains(found, "b003.md") || !strings.Contains(found, "b001.md") {
		t.Errorf("CLEAR grant found:\n%s", found)
	}
}

// TestOpenDiskCacheIsPrivate: the cache holds briefings' text, so it is
// made for the user alone, and a directory others may read is not used.
func TestOpenDiskCacheIsPrivate(t *testing.T) {
	if OpenDiskCache("") != nil {
		t.Error("a cache without a directory")
	}
	d, cdir := openTestDisk(t)
	lib := diskLibrary(t, 2, 0)
	mustList(t, lib, "sandworm", Options{Disk: d})
	err := filepath.WalkDir(cdir, func(p string, e os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, err := e.Info()
		if err != nil {
			return err
		}
		if fi.Mode().Perm()&0o077 != 0 {
			t.Errorf("%s: mode %v", p, fi.Mode())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(cdir, 0o755); err != nil {
		t.Fatal(err)
	}
	if OpenDiskCache(cdir) != nil {
		t.Error("a cache directory others may read is used")
	}
	t.Setenv("BRIEF_CACHE_DIR", "off")
	if DefaultDiskCacheDir() != "" {
		t.Error("BRIEF_CACHE_DIR=off keeps a cache")
	}
}

// TestDiskCacheTrimsUnused: once a day, entries unused for 30 days (and
// temporary files left behind) are removed; an entry used is kept.
func TestDiskCacheTrimsUnused(t *testing.T) {
	lib := diskLibrary(t, 3, 0)
	d, cdir := openTestDisk(t)
	mustList(t, lib, "mandiant", Options{Disk: d})
	old := time.Now().Add(-40 * 24 * time.Hour)
	var entries []string
	_ = filepath.WalkDir(filepath.Join(cdir, "items"), func(p string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			entries = append(entries, p)
			_ = os.Chtimes(p, old, old)
		}
		return nil
	})
	if len(entries) != 4 {
		t.Fatalf("%d entries; want 4", len(entries))
	}
	stale := filepath.Join(cdir, "items", "00", ".tmp-1")
	writeSettled(t, stale, []byte("x"), old)
	_ = os.Chtimes(filepath.Join(cdir, "trimmed"), old, old)

	// b000 and b999 (its heading) are used, and so touched, before
	// anything is written.
	used := []string{filepath.Join(lib, "d0", "b000.md"), filepath.Join(lib, "b999.md")}
	mustList(t, lib, "sandworm", Options{Disk: OpenDiskCache(cdir)})
	// A briefing changed: its entry is written, and the trim runs first.
	b1 := filepath.Join(lib, "d1", "b001.md")
	data, _ := os.ReadFile(b1)
	writeSettled(t, b1, append(data, "\nZanzibarite.\n"...), settled)
	mustList(t, lib, "zanzibarite", Options{Disk: OpenDiskCache(cdir)})
	for _, p := range entries {
		_, err := os.Stat(p)
		kept := err == nil
		if want := p == d.entryPath(absName(used[0])) || p == d.entryPath(absName(used[1])) || p == d.entryPath(absName(b1)); kept != want {
			t.Errorf("%s: kept %v, want %v", p, kept, want)
		}
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("a stale temporary file is kept")
	}
}

// FuzzDiskPayload: whatever the bytes of an entry's payload, reading it
// back never panics, and the items it gives can be searched.
func FuzzDiskPayload(f *testing.F) {
	for _, size := range []int{1 << 10, 4 << 10} {
		data := briefings.Write(synth.Briefing(size))
		b, items, err := briefings.ParseItems("a.md", data)
		raw, ok := encodeEntry([16]byte{}, "/a.md", "a.md", briefings.FileKey{}, data, newBriefingItems("a.md", b, items, err))
		if !ok {
			f.Fatal("not encoded")
		}
		r := entryReader{b: raw}
		if !r.head([16]byte{}, "/a.md", briefings.FileKey{}) {
			f.Fatal("no head")
		}
		r.u32()
		pl := r.bytes(int(r.uint()))
		if _, err := decodePayload(pl, "a.md"); err != nil {
			f.Fatalf("the seed is no payload: %v", err)
		}
		f.Add(pl)
	}
	queries := []*Query{}
	for _, s := range []string{"mandiant", "S1", "/\\w+/", "é"} {
		q, err := Compile(s)
		if err != nil {
			f.Fatal(err)
		}
		queries = append(queries, q)
	}
	f.Fuzz(func(t *testing.T, pl []byte) {
		bi, err := decodePayload(pl, "a.md")
		if err != nil {
			return
		}
		for _, q := range queries {
			bi.hits(BriefingHits{Path: "a.md"}, q, nil)
		}
		for i := range bi.refs {
			bi.item(i)
		}
	})
}

// TestDiskCacheFill: Fill parses and keeps every briefing the cache does
// not hold as its file is now (but one over fillMaxSize), and nothing the
// second time; a search then parses only the big one; a briefing changed
// since is parsed again.
func TestDiskCacheFill(t *testing.T) {
	dir := cacheLibrary(t, 5, 1)
	// A briefing over fillMaxSize is left to the search that needs it.
	writeSettled(t, filepath.Join(dir, "big.md"), briefings.Write(synth.Briefing(fillMaxSize+1)), settled)
	lib, err := briefings.OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	d, cdir := openTestDisk(t)
	paths := entryPaths(lib)
	if n := d.Fill(context.Background(), lib, paths); n != 5 || len(paths) != 6 {
		t.Errorf("first Fill parsed %d of %d; want 5 (not the big one)", n, len(paths))
	}
	if n := OpenDiskCache(cdir).Fill(context.Background(), lib, paths); n != 0 {
		t.Errorf("second Fill parsed %d; want 0", n)
	}
	if _, parsed := searchAll(t, lib, "mandiant", Options{Disk: OpenDiskCache(cdir), Cache: NewItemCache(1 << 30)}); parsed != 1 {
		t.Errorf("a search after Fill parsed %d; want only the big one", parsed)
	}
	b2 := filepath.Join(dir, "d2", "b002.md")
	data, _ := os.ReadFile(b2)
	writeSettled(t, b2, append(data, "\nChanged.\n"...), settled.Add(time.Second))
	if n := d.Fill(context.Background(), lib, paths); n != 1 {
		t.Errorf("Fill after a change parsed %d; want 1", n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if n := OpenDiskCache(filepath.Join(t.TempDir(), "c2")).Fill(ctx, lib, paths); n != 0 {
		t.Errorf("Fill after its context ended parsed %d", n)
	}
}
