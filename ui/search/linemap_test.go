package search

import (
	"math/rand/v2"
	"reflect"
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

// TestNormalPane: for lines that isNormal passes, normalPane builds the
// pane newPane builds (the same text, line starts and ends), and it
// passes the text of ordinary items, so that the fast path is taken.
func TestNormalPane(t *testing.T) {
	parts := []string{"a", "B", " ", "  ", "│ ", "| ", "|", "-", "• ", "1. ", "e\u0301", "é", "東京", "👍🏽", "—", "\u00a0", "\u2003", "\u3000", "\u0085", "\t", "\x1b[1m", "\xc2", "\xff", "ł", "“", "S1", "[S1]", "🇫🇷", "👩\u200d💻"}
	rng := rand.New(rand.NewPCG(5, 6))
	var queries []*Query
	for _, q := range []string{"a", "b", "ab", "e", "é", "東", "S1", "[S1]", "—", "a b", "/\\w+/", "/.{3}/", "/b|a/", "Ba", "👍", "/./", "🇷"} {
		queries = append(queries, mustCompile(t, q))
	}
	normal := 0
	for n := range 100000 {
		var lines []string
		for k := range 1 + n%4 {
			if k > 0 && rng.IntN(3) > 0 {
				lines = append(lines, "")
			}
			var b strings.Builder
			for range 1 + rng.IntN(12) {
				b.WriteString(parts[rng.IntN(len(parts))])
			}
			lines = append(lines, b.String())
		}
		all := true
		for _, l := range lines {
			all = all && (l == "" || isNormal(l))
		}
		if !all {
			continue
		}
		normal++
		want, got := newPane("p", lines, 0), normalPane("p", lines, 0)
		if got.text != want.text || !slices.Equal(got.start, want.start) || !slices.Equal(got.end, want.end) {
			t.Fatalf("%q:\nnormalPane %q %v %v\nnewPane    %q %v %v", lines, got.text, got.start, got.end, want.text, want.start, want.end)
		}
		// The same matches, at the same columns (normalPane's counted
		// on the line, newPane's through a lineMap).
		for _, query := range queries {
			wx, gx := Search([]*Pane{want}, query), Search([]*Pane{got}, query)
			if wx.Len() != gx.Len() {
				t.Fatalf("%q, %s: %d matches, newPane %d", lines, query, gx.Len(), wx.Len())
			}
			for k := range wx.Len() {
				if w, g := wx.Match(k), gx.Match(k); !reflect.DeepEqual(w, g) {
					t.Fatalf("%q, %s, match %d: %+v, newPane %+v", lines, query, k, g, w)
				}
			}
		}
	}
	if normal < 2000 {
		t.Errorf("only %d of 100000 random panes were normal", normal)
	}
	for _, item := range []string{
		"2024-02-28 — Hackers hit the port of Gdańsk and its cranes stopped. [S1]",
		"Edi Rama (person) — Prime Minister of Albania. Also: Rama",
		"“We will not be intimidated,” said Edi Rama. [S2]",
	} {
		if !isNormal(item) {
			t.Errorf("%q is not normal", item)
		}
	}
}
