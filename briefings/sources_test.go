package briefings

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestShippedSources: the embedded library carries the sources its briefing
// cites, so the reader can show them from the binary alone.
func TestShippedSources(t *testing.T) {
	l, err := OpenFS(Shipped)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range l.Entries() {
		b, err := l.Load(e.Path)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range b.Sources {
			data, err := l.SourceFile(e.Path, s)
			if err != nil || len(data) == 0 {
				t.Errorf("%s: source %s: %v", e.Path, s.ID, err)
			}
		}
	}
}

const sourceBriefing = "---\ntitle: T\ndate: 2024-01-01\nsources:\n  - id: S1\n    title: A\n    path: src/a.txt\n---\n\n## Summary\n\nIt happened. [S1]\n"

// TestSourceFileConfined: a directory library reads a source only from
// inside its directory.
func TestSourceFileConfined(t *testing.T) {
	top := t.TempDir()
	dir := filepath.Join(top, "lib")
	writeFile(t, filepath.Join(dir, "sub", "b.md"), sourceBriefing)
	writeFile(t, filepath.Join(dir, "sub", "src", "a.txt"), "inside")
	writeFile(t, filepath.Join(dir, "other.md"), sourceBriefing)
	writeFile(t, filepath.Join(top, "secret.txt"), "SECRET")
	if err := os.Symlink(filepath.Join(top, "secret.txt"), filepath.Join(dir, "sub", "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "sub", "src", "a.txt"), filepath.Join(dir, "sub", "inlink.txt")); err != nil {
		t.Fatal(err)
	}
	l, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := l.SourceFile("sub/b.md", Source{ID: "S1", Path: "src/a.txt"})
	if err != nil || string(got) != "inside" {
		t.Errorf("inside: %q %v", got, err)
	}
	if got, err := l.SourceFile("sub/b.md", Source{ID: "S1", Path: "inlink.txt"}); err != nil || string(got) != "inside" {
		t.Errorf("a link inside the library: %q %v", got, err)
	}
	for _, c := range []struct {
		path string
		want error
	}{
		{"", ErrNoPath},
		{"src/none.txt", ErrSourceMissing},
		{"../../secret.txt", ErrOutside},
		{"../../lib/../secret.txt", ErrOutside},
		{filepath.Join(top, "secret.txt"), ErrOutside},
		{"link.txt", ErrOutside},
		{"../other.md", ErrSourceIsBriefing},
	} {
		got, err := l.SourceFile("sub/b.md", Source{ID: "S1", Path: c.path})
		if !errors.Is(err, c.want) || got != nil {
			t.Errorf("%q: %q, %v; want %v", c.path, got, err, c.want)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "S1") {
			t.Errorf("%q: error %q does not name the source", c.path, err)
		}
	}
	if _, err := l.SourceFile("nope.md", Source{ID: "S1", Path: "src/a.txt"}); err == nil {
		t.Error("a briefing not in the library has no sources")
	}
}

// TestSourceFileOfFile: a briefing opened as a file reads its sources
// relative to itself, ".." included, as the format says.
func TestSourceFileOfFile(t *testing.T) {
	top := t.TempDir()
	bf := filepath.Join(top, "briefs", "b.md")
	writeFile(t, bf, sourceBriefing)
	writeFile(t, filepath.Join(top, "sources", "a.txt"), "up")
	l, err := OpenFiles([]string{bf})
	if err != nil {
		t.Fatal(err)
	}
	src := Source{ID: "S1", Path: "../sources/a.txt"}
	if got, err := l.SourceFile(bf, src); err != nil || string(got) != "up" {
		t.Errorf("OpenFiles: %q %v", got, err)
	}
	if got, err := ReadSourceFile(bf, src); err != nil || string(got) != "up" {
		t.Errorf("ReadSourceFile: %q %v", got, err)
	}
	if _, err := ReadSourceFile(bf, Source{ID: "S1", Path: filepath.Join(top, "sources", "a.txt")}); !errors.Is(err, ErrOutside) {
		t.Errorf("absolute path: %v", err)
	}
	if _, err := ReadSourceFile(bf, Source{ID: "S1", Path: "none.txt"}); !errors.Is(err, ErrSourceMissing) {
		t.Errorf("missing: %v", err)
	}
}
