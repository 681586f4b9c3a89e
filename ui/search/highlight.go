package search

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Highlighter overlays match styles onto rendered lines. Build one per theme
// (it turns the lipgloss styles into escape sequences once) and use it in
// View; it is safe for concurrent use.
type Highlighter struct {
	match, current string // SGR sequences that start each style
	marks          Marks
}

// Marks are text drawn around matches, so that they show on terminals
// that draw no attributes (TERM=dumb) and the current match is told from
// the others. Zero Marks draw nothing. A marked line is wider than the
// original by the marks' width.
type Marks struct {
	Open, Close               string // around the other matches
	CurrentOpen, CurrentClose string // around the current match
}

// IsZero reports whether no marks are drawn.
func (m Marks) IsZero() bool { return m == Marks{} }

// NewMarkedHighlighter is NewHighlighter that also draws marks around
// each match segment.
func NewMarkedHighlighter(match, current lipgloss.Style, marks Marks) *Highlighter {
	h := NewHighlighter(match, current)
	h.marks = marks
	return h
}

// NewHighlighter returns a Highlighter drawing matches in match and the
// current match in current. Only text attributes (colours, bold, reverse,
// underline...) of the styles are used; padding, borders and widths are not.
func NewHighlighter(match, current lipgloss.Style) *Highlighter {
	return &Highlighter{match: sgrOf(match), current: sgrOf(current)}
}

// sgrOf extracts the escape sequences a style puts before its text.
func sgrOf(s lipgloss.Style) string {
	const probe = "x"
	out := s.Inline(true).Render(probe)
	if i := strings.Index(out, probe); i >= 0 {
		return out[:i]
	}
	return ""
}

// Highlight overlays one line's segments (from Index.Segments, sorted by
// column) onto line, drawing the segment of match current with
// currentStyle and the others with style. Text outside the segments keeps
// its original styles exactly; inside them the highlight replaces them.
// It is a convenience for NewHighlighter(style, currentStyle).Line.
func Highlight(line string, segs []Segment, current int, style, currentStyle lipgloss.Style) string {
	return NewHighlighter(style, currentStyle).Line(line, segs, current)
}

// Line overlays segs onto line; see Highlight.
func (h *Highlighter) Line(line string, segs []Segment, current int) string {
	if len(segs) == 0 {
		return line
	}
	var b strings.Builder
	b.Grow(len(line) + len(segs)*(len(h.current)+32))
	var (
		state  []string // SGR sequences in effect in the original line
		col    int      // cell column of the next grapheme
		si     int      // next segment
		inside bool     // inside a segment
		closer string   // the mark that ends the segment inside
		pstate byte
	)
	restore := func() {
		b.WriteString(ansi.ResetStyle)
		for _, s := range state {
			b.WriteString(s)
		}
	}
	for rest := line; len(rest) > 0; {
		seq, width, n, newState := ansi.DecodeSequence(rest, pstate, nil)
		pstate = newState
		rest = rest[n:]
		if width == 0 && len(seq) > 0 && seq[0] == ansi.ESC {
			if isSGR(seq) {
				if isReset(seq) {
					state = state[:0]
				} else {
					state = append(state, seq)
				}
				if inside {
					continue // the highlight wins inside a match
				}
			}
			b.WriteString(seq)
			continue
		}
		if inside && col >= segs[si].EndCol {
			b.WriteString(closer)
			restore()
			inside = false
			si++
		}
		for !inside && si < len(segs) && segs[si].EndCol <= col {
			si++ // empty or already passed
		}
		if !inside && si < len(segs) && col >= segs[si].Col {
			b.WriteString(ansi.ResetStyle)
			if segs[si].Match == current {
				b.WriteString(h.current)
				b.WriteString(h.marks.CurrentOpen)
				closer = h.marks.CurrentClose
			} else {
				b.WriteString(h.match)
				b.WriteString(h.marks.Open)
				closer = h.marks.Close
			}
			inside = true
		}
		b.WriteString(seq)
		col += width
	}
	if inside {
		b.WriteString(closer)
		restore()
	}
	return b.String()
}

// isSGR reports whether an escape sequence is Select Graphic Rendition
// (ESC [ params m).
func isSGR(seq string) bool {
	return len(seq) >= 3 && seq[1] == '[' && seq[len(seq)-1] == 'm' && seq[2] >= '0' && seq[2] <= 'm'
}

func isReset(seq string) bool {
	return seq == "\x1b[m" || seq == "\x1b[0m"
}
