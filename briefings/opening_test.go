package briefings

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestOpenDirParts: a library read a part at a time lists, part after
// part, only briefings whose front matter has been read, and ends with
// the entries and problems OpenDir gives (a broken front matter, a link
// out of the library, a hidden directory and other files as OpenDir
// takes them); a briefing parsed from one part's library is not parsed
// again for the next.
func TestOpenDirParts(t *testing.T) {
	dir := t.TempDir()
	for i, title := range []string{"One", "Two", "Three", "Four", "Five"} {
		writeFile(t, filepath.Join(dir, "sub", title+".md"), sprintf(tiny, title, sprintf("2024-01-0%d", i+1)))
	}
	writeFile(t, filepath.Join(dir, "broken.md"), "---\ntitle: [unclosed\n---\n")
	writeFile(t, filepath.Join(dir, ".hidden", "h.md"), sprintf(tiny, "Hidden", "2024-01-09"))
	writeFile(t, filepath.Join(dir, "notes.txt"), "not a briefing")
	outside := filepath.Join(t.TempDir(), "out.md")
	writeFile(t, outside, sprintf(tiny, "Outside", "2024-01-08"))
	if err := os.Symlink(outside, filepath.Join(dir, "link.md")); err != nil {
		t.Fatal(err)
	}
	want, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	o, err := OpenDirParts(dir)
	if err != nil {
		t.Fatal(err)
	}
	if read, total := o.Progress(); read != 0 || total != -1 || len(o.Library().Entries()) != 0 || o.Library().Dir() != dir {
		t.Fatalf("before reading: %d of %d, %d entries", read, total, len(o.Library().Entries()))
	}
	var lib *Library
	parts, seen, loaded := 0, 0, ""
	for done := false; !done; parts++ {
		lib, done, err = o.Read(2)
		if err != nil {
			t.Fatal(err)
		}
		read, total := o.Progress()
		if total != 7 || read != min(2*(parts+1), 7) {
			t.Errorf("part %d: read %d of %d", parts, read, total)
		}
		n := len(lib.Entries()) + len(lib.Problems())
		if n < seen || n > read {
			t.Errorf("part %d: %d briefings and problems after reading %d files", parts, n, read)
		}
		seen = n
		if loaded != "" {
			before := parses.Load()
			if _, err := lib.Load(loaded); err != nil || parses.Load() != before {
				t.Errorf("part %d: %s parsed again (%v)", parts, loaded, err)
			}
		}
		if es := lib.Entries(); len(es) > 0 {
			loaded = es[len(es)-1].Path
			if _, err := lib.Load(loaded); err != nil {
				t.Fatal(err)
			}
		}
	}
	if parts != 4 {
		t.Errorf("read in %d parts of 2, want 4", parts)
	}
	if !reflect.DeepEqual(lib.Entries(), want.Entries()) || !reflect.DeepEqual(lib.Problems(), want.Problems()) {
		t.Errorf("read in parts:\n%v\n%v\nOpenDir:\n%v\n%v", lib.Entries(), lib.Problems(), want.Entries(), want.Problems())
	}
	if again, done, err := o.Read(2); again != lib || !done || err != nil {
		t.Errorf("read after the end: %v %v", done, err)
	}

	// Closed half way: what was read stays, nothing more is read.
	o, _ = OpenDirParts(dir)
	half, _, _ := o.Read(3)
	o.Close()
	if lib, done, _ := o.Read(3); lib != half || !done {
		t.Errorf("read after Close")
	}
}
