package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/brief-team/brief/briefings"
	synthpkg "github.com/brief-team/brief/internal/synth"
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
