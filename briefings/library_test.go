package briefings

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

const tiny = "---\ntitle: %s\ndate: %s\ntags: [a]\nsources:\n  - id: S1\n    title: T\n---\n\n## Summary\n\nSomething happened. [S1]\n"

func TestOpenShipped(t *testing.T) {
	l, err := OpenFS(Shipped)
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Problems()) != 0 {
		t.Fatalf("problems in shipped briefings: %v", l.Problems())
	}
	es := l.Entries()
	if len(es) == 0 || l.Dir() != "" {
		t.Fatalf("entries %v dir %q", es, l.Dir())
	}
	var found bool
	for _, e := range es {
		if e.Path == "iran-albania.md" {
			found = true
			if e.Marking != "TLP:CLEAR" || e.Sources != 2 || e.Date != "2023-04-23" {
				t.Errorf("entry %+v", e)
			}
		}
		if _, err := l.Load(e.Path); err != nil {
			t.Errorf("load %s: %v", e.Path, err)
		}
	}
	if !found {
		t.Fatal("iran-albania.md not shipped")
	}
}

func TestOpenDir(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "old.md"), sprintf(tiny, "Old", "2020-01-01"))
	writeFile(t, filepath.Join(dir, "sub", "deeper", "new.md"), sprintf(tiny, "New", "2024-05-06"))
	writeFile(t, filepath.Join(dir, "b.md"), sprintf(tiny, "Beta", "2022-02-02"))
	writeFile(t, filepath.Join(dir, "a.md"), sprintf(tiny, "Alpha", "2022-02-02"))
	writeFile(t, filepath.Join(dir, "notes.txt"), "not a briefing")
	writeFile(t, filepath.Join(dir, "windows.md"), "\xef\xbb\xbf"+strings.ReplaceAll(sprintf(tiny, "Windows", "2018-01-01"), "\n", "\r\n"))
	writeFile(t, filepath.Join(dir, ".hidden", "h.md"), sprintf(tiny, "Hidden", "2018-01-01"))
	writeFile(t, filepath.Join(dir, "broken.md"), "---\ntitle: Broken\ndate: 2021-01-01\ntags: [a\n---\n")
	writeFile(t, filepath.Join(dir, "unclosed.md"), "---\ntitle: x\n")
	// A body problem only shows on Load: metadata is read eagerly, bodies lazily.
	writeFile(t, filepath.Join(dir, "badbody.md"), sprintf(tiny, "Bad body", "2019-01-01")+"\n## Timeline\n\n- **yesterday**: x [S1]\n")
	outside := filepath.Join(t.TempDir(), "secret.md")
	writeFile(t, outside, sprintf(tiny, "Secret", "2025-01-01"))
	if err := os.Symlink(outside, filepath.Join(dir, "escape.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("a.md", filepath.Join(dir, "inside-link.md")); err != nil {
		t.Fatal(err)
	}

	l, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range l.Entries() {
		got = append(got, e.Path+"="+e.Title)
	}
	want := "sub/deeper/new.md=New a.md=Alpha inside-link.md=Alpha b.md=Beta old.md=Old badbody.md=Bad body windows.md=Windows"
	if strings.Join(got, " ") != want {
		t.Errorf("entries\n got %s\nwant %s", strings.Join(got, " "), want)
	}
	probs := Problems(l.Problems()).Error()
	for _, w := range []string{
		filepath.Join(dir, "broken.md") + ":4: front matter:",
		filepath.Join(dir, "unclosed.md") + ":1: front matter not closed",
		filepath.Join(dir, "escape.md") + ": not followed",
	} {
		if !strings.Contains(probs, w) {
			t.Errorf("problems lack %q:\n%s", w, probs)
		}
	}
	if strings.Contains(probs, "Secret") || len(l.Problems()) != 3 {
		t.Errorf("problems: %s", probs)
	}
	if l.Dir() != dir {
		t.Errorf("Dir() = %q", l.Dir())
	}
	if b, err := l.Load("windows.md"); err != nil || b.Title != "Windows" || b.Summary[0].Text != "Something happened." {
		t.Errorf("CRLF and BOM: %+v %v", b, err)
	}
	b, err := l.Load("sub/deeper/new.md")
	if err != nil || b.Title != "New" || len(b.Summary) != 1 {
		t.Fatalf("load: %+v %v", b, err)
	}
	// A body problem no longer hides the briefing: it is in Unread.
	if b, err := l.Load("badbody.md"); err != nil || len(b.Unread) != 1 || !strings.Contains(b.Unread[0].Error(), "badbody.md:16: timeline: bad date") {
		t.Errorf("load badbody: %+v %v", b, err)
	}
	if _, err := l.Load("escape.md"); err == nil {
		t.Error("escape.md loaded")
	}
	if _, err := l.Load("../" + filepath.Base(filepath.Dir(outside)) + "/secret.md"); err == nil {
		t.Error("path outside library loaded")
	}

	// Concurrent loads share one parsed copy.
	var wg sync.WaitGroup
	res := make([]*Briefing, 8)
	for i := range res {
		wg.Go(func() {
			b, err := l.Load("a.md")
			if err != nil {
				t.Error(err)
			}
			res[i] = b
		})
	}
	wg.Wait()
	for _, b := range res[1:] {
		if b != res[0] {
			t.Fatal("concurrent loads returned different copies")
		}
	}
}

func TestOpenFiles(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.md")
	writeFile(t, a, sprintf(tiny, "Alpha", "2022-02-02"))
	l, err := OpenFiles([]string{a, filepath.Join(dir, "missing.md"), dir})
	if err != nil {
		t.Fatal(err)
	}
	if es := l.Entries(); len(es) != 1 || es[0].Path != a {
		t.Fatalf("entries %+v", es)
	}
	if len(l.Problems()) != 2 {
		t.Fatalf("problems %v", l.Problems())
	}
	if b, err := l.Load(a); err != nil || b.Title != "Alpha" {
		t.Fatal(b, err)
	}
}

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// TestConcurrentLoadsShareOneParse: sessions opening the same briefing at
// once get one parsed copy.
func TestConcurrentLoadsShareOneParse(t *testing.T) {
	lib, err := OpenFS(Shipped)
	if err != nil {
		t.Fatal(err)
	}
	p := lib.Entries()[0].Path
	before := parses.Load()
	var wg sync.WaitGroup
	got := make([]*Briefing, 16)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i], _ = lib.Load(p)
		}()
	}
	wg.Wait()
	for i, b := range got {
		if b == nil || b != got[0] {
			t.Fatalf("load %d returned a different copy", i)
		}
	}
	if n := parses.Load() - before; n != 1 {
		t.Errorf("16 concurrent loads parsed %d times, want once", n)
	}
}
