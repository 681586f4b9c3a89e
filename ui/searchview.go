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
	s := &m.search
	for i := range m.PaneCount() {
		badge := ""
		if s.active() && s.index != nil {
			if n := s.index.Count(i); n > 0 {
				badge = fmt.Sprintf("(%d)", n)
			}
		}
		m.SetPaneBadge(i, badge)
	}
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
	if s.hl == nil || s.hlStyle != m.styleName || s.hlMarks != m.styles.MatchMarks {
		s.hl = search.NewMarkedHighlighter(m.styles.Match, m.styles.CurrentMatch, m.styles.MatchMarks)
		s.hlStyle, s.hlMarks = m.styleName, m.styles.MatchMarks
	}
	out := s.hl.Line(line, segs, s.current)
	if !s.hlMarks.IsZero() {
		// The marks widen the line: it must not wrap on the terminal. What
		// is cut is the padding glamour puts at the end of the line, or,
		// on a full line, its last few characters.
		out = xansi.Truncate(out, m.width, "")
	}
	return out
}

// searchFooter is the footer's search part: the search line while typing,
// else the query with "match K of M". ok is false when there is no search
// to show.
func (m *Model) searchFooter(width int) (text string, typing bool) {
	s := &m.search
	st := m.styles
	note := ""
	switch {
	case s.help:
		// shown whole above the footer (searchHint)
	case s.err != "":
		note = st.ErrorText.Render(s.err)
	case s.noMatch != "":
		note = st.ErrorText.Render(s.noMatch)
	case s.active() && s.index != nil && s.index.Len() > 0:
		note = st.Status.Render(m.searchCount())
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

// searchCount is "match K of M", with "search wrapped" after a wrap.
func (m *Model) searchCount() string {
	s := &m.search
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
