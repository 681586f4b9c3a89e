package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"github.com/brief-team/brief/briefings"
	synthpkg "github.com/brief-team/brief/internal/synth"
	"github.com/brief-team/brief/ui/search"
)

// writeLibrary writes n distinct synthetic briefings of about 20 KB, ten
// to a directory, as a team's library grows.
func writeLibrary(b *testing.B, n int) string {
	b.Helper()
	dir := b.TempDir()
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("d%03d", i/10))
		if i%10 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				b.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("b%05d.md", i)), synthpkg.Synthetic(20<<10+i), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

// BenchmarkLibraryFirstFrame is the list's first frame at growing library
// sizes: reading every front matter, building the list, drawing it.
func BenchmarkLibraryFirstFrame(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			dir := writeLibrary(b, n)
			b.ResetTimer()
			for b.Loop() {
				lib, err := briefings.OpenDir(dir)
				if err != nil || len(lib.Entries()) != n {
					b.Fatal(err, len(lib.Entries()))
				}
				m := New(Options{Library: lib, Style: StyleDark})
				m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
				_ = m.View()
			}
		})
	}
}

// BenchmarkLibraryPartsFirstFrame is the list's first frame when the
// library is read a part at a time, as the reader reads a directory:
// "empty" is the frame before anything is read, "first" the one with the
// first part's briefings on it (the directory listed, its first 64 front
// matters read), "all" every part read and listed in turn, until the
// footer's count goes. $BRIEF_BENCH_DIR keeps the libraries.
func BenchmarkLibraryPartsFirstFrame(b *testing.B) {
	sizes, err := synthpkg.LibrarySizes(1000, 10000)
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range sizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			var dir string
			if keep := os.Getenv("BRIEF_BENCH_DIR"); keep != "" {
				var err error
				if dir, _, err = synthpkg.KeptLibrary(keep, n); err != nil {
					b.Fatal(err)
				}
			} else {
				dir = writeLibrary(b, n)
			}
			start := func(b *testing.B) *Model {
				o, err := briefings.OpenDirParts(dir)
				if err != nil {
					b.Fatal(err)
				}
				m := New(Options{Opening: o, Style: StyleDark})
				m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
				return m
			}
			b.Run("empty", func(b *testing.B) {
				for b.Loop() {
					m := start(b)
					_ = m.View()
					m.reading.o.Close()
				}
			})
			b.Run("first", func(b *testing.B) {
				for b.Loop() {
					m := start(b)
					m.Update(runCmd(m.readPartCmd()))
					if len(m.list.Items()) == 0 {
						b.Fatal("nothing listed")
					}
					_ = m.View()
					m.reading.o.Close()
				}
			})
			b.Run("all", func(b *testing.B) {
				for b.Loop() {
					m := start(b)
					for m.reading != nil {
						m.Update(runCmd(m.readPartCmd()))
						_ = m.View()
					}
					if len(m.list.Items()) != n {
						b.Fatalf("%d listed", len(m.list.Items()))
					}
				}
			})
		})
	}
}

// BenchmarkLibraryReloadOne is live reload at growing library sizes: one
// briefing changed on disk, from the watcher's message to the list's next
// frame (the changed file read again, the list's items replaced, drawn).
// Its cost should not grow with the library beyond handing the list its
// items.
func BenchmarkLibraryReloadOne(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			dir := writeLibrary(b, n)
			lib, err := briefings.OpenDir(dir)
			if err != nil {
				b.Fatal(err)
			}
			m := New(Options{Library: lib, Style: StyleDark, Reload: (*briefings.Library).Refresh})
			m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
			_ = m.View()
			changed := filepath.Join(dir, "d000", "b00005.md")
			rel := filepath.ToSlash(filepath.Join("d000", "b00005.md"))
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				b.StopTimer()
				// A new title each time, so the list really changes.
				data := []byte(strings.Replace(string(synthpkg.Synthetic(20<<10+5)), "title: ", fmt.Sprintf("title: Changed %d ", i), 1))
				if err := os.WriteFile(changed, data, 0o644); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				_, cmd := m.Update(ReloadMsg{Paths: []string{rel}})
				if cmd == nil {
					b.Fatal("no reload command")
				}
				m.Update(cmd())
				_ = m.View()
			}
			b.StopTimer()
			if !slices.ContainsFunc(m.list.Items(), func(it list.Item) bool {
				return strings.HasPrefix(it.(entryItem).e.Title, "Changed ")
			}) {
				b.Fatal("the changed title is not listed")
			}
		})
	}
}

// BenchmarkLibrarySearchModel is the reader's library search without a
// terminal: a new model on a library of 20 KB synthetic briefings (kept
// under $BRIEF_BENCH_DIR; 10,000 unless $BRIEF_BENCH_SIZES says
// otherwise) whose items the disk cache holds, ctrl+f and a word every
// briefing pasted, every block searched and taken in by Update, until the
// count is complete, then the keeping that follows a search (here a check
// of every briefing against the disk cache, about 0.1 s at 10,000, which
// the reader runs after showing the count). Beside the engine alone
// (ui/search BenchmarkSearchLibrary/disk) it is the model's own cost;
// beside BenchmarkTmuxLibrarySearch, the terminal's.
func BenchmarkLibrarySearchModel(b *testing.B) {
	sizes, err := synthpkg.LibrarySizes(10000)
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range sizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			dir, _, err := synthpkg.BenchLibrary(b.TempDir, n)
			if err != nil {
				b.Fatal(err)
			}
			lib, err := briefings.OpenDir(dir)
			if err != nil {
				b.Fatal(err)
			}
			disk := search.OpenDiskCache(filepath.Join(b.TempDir(), "cache"))
			var paths []string
			for _, e := range lib.Entries() {
				paths = append(paths, e.Path)
			}
			disk.Fill(context.Background(), lib, paths)
			for b.Loop() {
				m := New(Options{Library: lib, Disk: disk, Style: StyleDark})
				send(m, tea.WindowSizeMsg{Width: 120, Height: 30})
				press(m, "ctrl+f")
				send(m, tea.PasteMsg{Content: "Mandiant"})
				if !m.ls.res.done || m.ls.res.briefings != n {
					b.Fatalf("done %v, %d briefings", m.ls.res.done, m.ls.res.briefings)
				}
				m.Close()
			}
		})
	}
}
