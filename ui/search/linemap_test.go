package search

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestLineMapCells: the cell of every byte of a line is the one the
// grapheme segmenter gives, whatever mix of ASCII, combining marks, wide
// characters, emoji sequences and flags the line holds (the ASCII fast
// path must not split a cluster); and every offset of the normalized text
// maps to its cell, whether the line needed normalizing or not.
func TestLineMapCells(t *testing.T) {
	parts := []string{"a", "b", " ", "  ", "│ ", "-", "e\u0301", "é", "東京", "👍🏽", "👩\u200d💻", "🇫🇷", "\u0600x", "“", "—", "a\u200d", "क्षि", "x\u0308", "\u00a0"}
	rng := rand.New(rand.NewPCG(3, 4))
	for n := range 2000 {
		var b strings.Builder
		for range 1 + n%20 {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		line := b.String()
		p := NewPane("p", []string{line})
		var m lineMap
		p.lineMap(0, &m)
		want := referenceCells(m.stripped)
		if m.cells == nil {
			m.cells = make([]int32, len(m.stripped)+1)
			for i := range m.cells {
				m.cells[i] = int32(i)
			}
		}
		if !slices.Equal(m.cells, want) {
			t.Fatalf("%q: cells %v, want %v", line, m.cells, want)
		}
		// Every offset of the normalized text maps to the cell of the
		// byte it comes from, whether or not the map was built.
		var src []int32
		normalize(nil, m.stripped, &src)
		for off := 0; off <= len(src); off++ {
			if got, want := m.col(off), int(want[src[min(off, len(src)-1)]]); got != want {
				t.Fatalf("%q: offset %d at cell %d, want %d", line, off, got, want)
			}
		}
	}
}

// referenceCells is the width of every prefix of s that ends on a
// grapheme boundary, each cluster through the segmenter.
func referenceCells(s string) []int32 {
	cells := make([]int32, len(s)+1)
	col := 0
	for i := 0; i < len(s); {
		cl, w := ansi.FirstGraphemeCluster(s[i:], ansi.GraphemeWidth)
		if len(cl) == 0 {
			cl = s[i : i+1]
		}
		if c := s[i]; len(cl) == 1 && (c < 0x20 || c == 0x7f) {
			w = 0
		}
		for k := range len(cl) {
			cells[i+k] = int32(col)
		}
		col += w
		i += len(cl)
	}
	cells[len(s)] = int32(col)
	return cells
}
