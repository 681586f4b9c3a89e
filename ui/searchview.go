package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	xansi "github.com/charmbracelet/x/ansi"

	"github.com/brief-team/brief/ui/search"
)

// searchBadges shows each pane's match count in the tab bar.
func (m *Model) searchBadges() {
	for i := range m.PaneCount() {
		m.SetPaneBadge(i, m.search.badge(i))
	}
}

// badge is pane i's match count as its tab shows it, or "".
func (s *searchState) badge(i int) string {
	if s.active() && s.index != nil {
		if n := s.index.Count(i); n > 0 {
			return fmt.Sprintf("(%d)", n)
		}
	}
	return ""
}

// searchOverlay draws the matches over line i of pane (View calls it for
// the visible lines only). Lines of a rendering the matches were not
// computed on are drawn as they are until the new matches arrive.
func (m *Model) searchOverlay(pane, i int, line string) string {
	s := &m.search
	if s.index == nil || s.index.Count(pane) == 0 || pane >= len(s.snaps) {
		return line
	}
	sn := s.snaps[pane]
	if sn.r == nil || sn.r != m.cache.peek(m.reader.paneKey(pane, m.textWidth(), m.styleName)) || sn.r.rev != sn.rev {
		return line
	}
	var buf [8]search.Segment
	segs := s.index.Segments(buf[:0], pane, i)
	if len(segs) == 0 {
		return line
	}
	out := s.highlighter(m.styles).Line(line, segs, s.current)
	if !s.hlMarks.IsZero() {
		// The marks widen the line: it must not wrap on the terminal. What
		// is cut is the padding glamour puts at the end of the line, or,
		// on a full line, its last few characters.
		out = xansi.Truncate(out, m.width, "")
	}
	return out
}

// highlighter returns the highlighter of the matches in styles st, made
// again when the styles changed.
func (s *searchState) highlighter(st Styles) *search.Highlighter {
	if s.hl == nil || s.hlStyle != st.Name || s.hlMarks != st.MatchMarks {
		s.hl = search.NewMarkedHighlighter(st.Match, st.CurrentMatch, st.MatchMarks)
		s.hlStyle, s.hlMarks = st.Name, st.MatchMarks
	}
	return s.hl
}

// footer is the footer's search part: the search line while typing
// (typing is true: it takes the footer), else the query with "match K of
// M", or "" when there is no search to show.
func (s *searchState) footer(st Styles, width int) (text string, typing bool) {
	note := ""
	switch {
	case s.help:
		// shown whole above the footer (searchHint)
	case s.err != "":
		note = st.ErrorText.Render(s.err)
	case s.noMatch != "":
		note = st.ErrorText.Render(s.noMatch)
	case s.active() && s.index != nil && s.index.Len() > 0:
		note = st.Status.Render(s.count())
	}
	if s.onlyTyping {
		in := s.onlyInput
		in.SetWidth(max(10, min(width/2, lipgloss.Width(in.Value())+1)))
		return " " + in.View() + "  " + st.Status.Render("only the items that match; & alone shows all"), true
	}
	if s.typing {
		in := s.input
		in.SetWidth(max(10, min(width/2, lipgloss.Width(in.Value())+1)))
		if note == "" {
			return " " + in.View(), true
		}
		return " " + in.View() + "  " + note, true
	}
	if s.active() && s.index != nil && s.index.Len() > 0 {
		return st.Status.Render("/"+cleanText(s.raw)) + "  " + note, false
	}
	return note, false
}

// count is "match K of M", with "search wrapped" after a wrap.
func (s *searchState) count() string {
	n := s.index.Len()
	if s.current < 0 || s.current >= n {
		if n == 1 {
			return "1 match"
		}
		return fmt.Sprintf("%d matches", n)
	}
	txt := fmt.Sprintf("match %d of %d", s.current+1, n)
	if s.wrapped {
		txt += " · search wrapped"
	}
	return txt
}

// searchHelpText is shown by ctrl+r (or ? on an empty search line).
const searchHelpText = "regexp: type /re/ in Go syntax, e.g. /cyber.*attack/ · all lower case ignores case"

// searchHelp is the help.KeyMap of the search line.
type searchHelp struct{}

// ShortHelp implements help.KeyMap.
func (searchHelp) ShortHelp() []key.Binding {
	return []key.Binding{searchAcceptKey, searchCancelKey, searchHelpKey}
}

// Pinned is how many of the last short-help keys the footer always shows:
// cancel and the regexp hint.
func (searchHelp) Pinned() int { return 2 }

// FullHelp implements help.KeyMap.
func (h searchHelp) FullHelp() [][]key.Binding { return [][]key.Binding{h.ShortHelp()} }
