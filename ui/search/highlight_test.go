package search

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// cell is one terminal cell as a terminal would draw it: the grapheme and
// the SGR sequences in effect.
type cell struct{ text, style string }

// cells emulates the SGR handling of a terminal for one line.
func cells(line string) []cell {
	var out []cell
	var state []string
	var pstate byte
	for rest := line; len(rest) > 0; {
		seq, width, n, ns := ansi.DecodeSequence(rest, pstate, nil)
		pstate = ns
		rest = rest[n:]
		switch {
		case isSGR(seq) && isReset(seq):
			state = state[:0]
		case isSGR(seq):
			state = append(state, seq)
		case width > 0:
			out = append(out, cell{seq, strings.Join(state, "")})
			for i := 1; i < width; i++ {
				out = append(out, cell{"", strings.Join(state, "")})
			}
		}
	}
	return out
}

var (
	hlStyle  = lipgloss.NewStyle().Background(lipgloss.Color("3")).Foreground(lipgloss.Color("0"))
	curStyle = lipgloss.NewStyle().Reverse(true).Bold(true)
)

func TestHighlightPreservesStyles(t *testing.T) {
	lines := render(t, "The **cyber attack** on the `grid` hit 東京 😀 too; *cyber attack* again.\n", "dark", 80)
	x := Search([]*Pane{NewPane("p", lines)}, mustCompile(t, "attack on the grid"))
	if x.Len() != 1 {
		t.Fatalf("%d matches", x.Len())
	}
	x2 := Search([]*Pane{NewPane("p", lines)}, mustCompile(t, "東京 😀"))
	h := NewHighlighter(hlStyle, curStyle)
	for _, tc := range []struct {
		x       *Index
		current int
		style   string
	}{{x, 0, sgrOf(curStyle)}, {x, -1, sgrOf(hlStyle)}, {x2, -1, sgrOf(hlStyle)}} {
		m := tc.x.Match(0)
		seg := m.Segments[0]
		orig := lines[seg.Line]
		got := h.Line(orig, tc.x.Segments(nil, 0, seg.Line), tc.current)
		if ansi.Strip(got) != ansi.Strip(orig) {
			t.Fatalf("text changed:\n%q\n%q", ansi.Strip(orig), ansi.Strip(got))
		}
		oc, gc := cells(orig), cells(got)
		if len(oc) != len(gc) {
			t.Fatalf("width changed: %d -> %d", len(oc), len(gc))
		}
		for i := range oc {
			inside := i >= seg.Col && i < seg.EndCol
			switch {
			case inside && gc[i].style != tc.style:
				t.Errorf("cell %d %q inside the match has style %q, want %q", i, gc[i].text, gc[i].style, tc.style)
			case !inside && gc[i] != oc[i]:
				t.Errorf("cell %d outside the match changed: %+v -> %+v", i, oc[i], gc[i])
			}
		}
	}
}

func TestHighlightSegments(t *testing.T) {
	line := "\x1b[31mred\x1b[m plain \x1b[1mbold text\x1b[m end"
	segs := []Segment{{Col: 1, EndCol: 3, Match: 4}, {Col: 4, EndCol: 9, Match: 5}, {Col: 15, EndCol: 25, Match: 6}}
	got := NewHighlighter(hlStyle, curStyle).Line(line, segs, 5)
	gc, oc := cells(got), cells(line)
	hl, cur := sgrOf(hlStyle), sgrOf(curStyle)
	want := make([]string, len(oc))
	for i := range oc {
		want[i] = oc[i].style
	}
	for _, s := range segs {
		st := hl
		if s.Match == 5 {
			st = cur
		}
		for c := s.Col; c < min(s.EndCol, len(oc)); c++ {
			want[c] = st
		}
	}
	for i := range gc {
		if gc[i].style != want[i] || gc[i].text != oc[i].text {
			t.Errorf("cell %d: %+v, want %q %q", i, gc[i], oc[i].text, want[i])
		}
	}
	if h := NewHighlighter(hlStyle, curStyle).Line(line, nil, 0); h != line {
		t.Error("no segments must leave the line as it is")
	}
	if hl == "" || cur == "" || hl == cur {
		t.Errorf("styles: %q %q", hl, cur)
	}
}
