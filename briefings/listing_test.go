package briefings

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
)

// TestListDir: a Listing read file by file, each file's front matter
// checked by HeaderProblem, finds the briefings and the problems OpenDir
// finds in the same directory (links out of it not followed, hidden
// directories and other files passed over), and Read gives each file's
// bytes.
func TestListDir(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "old.md"), sprintf(tiny, "Old", "2020-01-01"))
	writeFile(t, filepath.Join(dir, "sub", "deeper", "new.md"), sprintf(tiny, "New", "2024-05-06"))
	writeFile(t, filepath.Join(dir, "notes.txt"), "not a briefing")
	writeFile(t, filepath.Join(dir, "windows.md"), "\xef\xbb\xbf"+strings.ReplaceAll(sprintf(tiny, "Windows", "2018-01-01"), "\n", "\r\n"))
	writeFile(t, filepath.Join(dir, ".hidden", "h.md"), sprintf(tiny, "Hidden", "2018-01-01"))
	writeFile(t, filepath.Join(dir, "broken.md"), "---\ntitle: Broken\ndate: 2021-01-01\ntags: [a\n---\n")
	writeFile(t, filepath.Join(dir, "unclosed.md"), "---\ntitle: x\n")
	writeFile(t, filepath.Join(dir, "nofm.md"), "# Just markdown\n")
	writeFile(t, filepath.Join(dir, "long.md"), "---\ntitle: Long\ntags: ["+strings.Repeat("t, ", 3000)+"x]\n---\n\n# Heading\n\n"+strings.Repeat("words ", 5000)+"\n")
	writeFile(t, filepath.Join(dir, "badbody.md"), sprintf(tiny, "Bad body", "2019-01-01")+"\n## Timeline\n\n- **yesterday**: x [S1]\n")
	outside := filepath.Join(t.TempDir(), "secret.md")
	writeFile(t, outside, sprintf(tiny, "Secret", "2025-01-01"))
	if err := os.Symlink(outside, filepath.Join(dir, "escape.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("old.md", filepath.Join(dir, "inside-link.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "dir.md"), 0o755); err != nil {
		t.Fatal(err)
	}

	lib, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var wantPaths, wantProbs []string
	for _, e := range lib.Entries() {
		wantPaths = append(wantPaths, e.Path)
	}
	for _, p := range lib.Problems() {
		wantProbs = append(wantProbs, p.Error())
	}

	ls, err := ListDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ls.Close()
	var gotPaths, gotProbs []string
	for _, p := range ls.Problems() {
		gotProbs = append(gotProbs, p.Error())
	}
	for _, p := range ls.Paths() {
		data, name, _, ok, err := ls.Read(p)
		if err == nil && ok {
			err = HeaderProblem(name, data)
			if err == nil {
				gotPaths = append(gotPaths, p)
				disk, _ := os.ReadFile(filepath.Join(dir, p))
				if !bytes.Equal(data, disk) {
					t.Errorf("Read(%s) is not the file's bytes", p)
				}
			}
		}
		if err != nil {
			gotProbs = append(gotProbs, err.Error())
		}
	}
	slices.Sort(wantPaths)
	slices.Sort(wantProbs)
	slices.Sort(gotProbs)
	if !reflect.DeepEqual(gotPaths, wantPaths) {
		t.Errorf("briefings\n got %q\nwant %q", gotPaths, wantPaths)
	}
	if !reflect.DeepEqual(gotProbs, wantProbs) {
		t.Errorf("problems\n got %q\nwant %q", gotProbs, wantProbs)
	}
	if len(wantProbs) != 4 {
		t.Errorf("the test meant four problems (broken, unclosed, no front matter, escape): %q", wantProbs)
	}
	if _, _, _, _, err := ls.Read("../secret.md"); err == nil {
		t.Error("Read of a path not listed")
	}
}

// FuzzHeaderProblem: HeaderProblem refuses the bytes the library's
// listing refuses, with the same problem, and passes the ones it lists.
func FuzzHeaderProblem(f *testing.F) {
	f.Add([]byte("---\ntitle: t\nmarking: TLP:AMBER #" + strings.Repeat("A", 4076) + "\nz: 1\n---\n"))
	f.Add([]byte("---\rtitle: Old Mac\rmarking: TLP:AMBER\r---\r"))
	f.Add([]byte("---\nmarking: TLP:AMBER\n---\n\n# The heading\n"))
	f.Add([]byte("---\ntitle: " + strings.Repeat("x", 300<<10) + "\n"))
	f.Add([]byte("---\ntags: [" + strings.Repeat("a, ", 3000) + "\n---\n"))
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		open := func() (io.ReadCloser, error) { return io.NopCloser(iotest.HalfReader(bytes.NewReader(data))), nil }
		e, prob := readEntry(fileJob{path: "b.md", display: "b.md", open: open})
		err := HeaderProblem("b.md", data)
		var ps Problems
		switch {
		case e != nil && err != nil:
			t.Fatalf("the listing lists what HeaderProblem refuses: %v", err)
		case prob != nil && err == nil:
			t.Fatalf("HeaderProblem passes what the listing refuses: %v", prob)
		case prob != nil && (!errors.As(err, &ps) || len(ps) != 1 || ps[0] != *prob):
			t.Fatalf("problems differ\nlisting: %v\n header: %v", prob, err)
		}
	})
}
