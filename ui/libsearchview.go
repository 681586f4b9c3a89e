package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/brief-team/brief/ui/search"
	xansi "github.com/charmbracelet/x/ansi"
)

// The view of the library search: its rows of matches and its footer.

// libSearchRows is how many result rows the screen holds.
func (m *Model) libSearchRows() int { return max(1, m.height-4) }

// libSearchView draws the search line, the results and the footer.
func (m *Model) libSearchView() string {
	ls := &m.ls
	st := m.styles
	var b strings.Builder
	b.WriteString(st.Title.Render(" Search all briefings") + "\n")
	b.WriteString(" " + ls.input.View() + "\n")
	rows := m.libSearchRows()
	var body []string
	if ls.res != nil {
		if ls.cursor < ls.top {
			ls.top = ls.cursor
		}
		if ls.cursor >= ls.top+rows {
			ls.top = ls.cursor - rows + 1
		}
		for i := ls.top; i < len(ls.res.rows) && i < ls.top+rows; i++ {
			body = append(body, m.libRowView(ls.res.rows[i], i == ls.cursor))
		}
	}
	if len(body) == 0 && ls.res != nil && ls.res.done && ls.err == "" {
		body = append(body, "  "+st.Status.Render("no matches for "+cleanText(ls.raw)))
	}
	b.WriteString(fitHeight(strings.Join(body, "\n"), rows) + "\n")
	b.WriteString(truncateLines(m.libSearchFooter(), m.width, st.Ellipsis))
	return b.String()
}

func (m *Model) libSearchFooter() string {
	ls := &m.ls
	st := m.styles
	switch {
	case m.load.path != "":
		return st.Status.Render(" Opening " + cleanText(m.load.path) + "…")
	case m.status != "":
		return st.ErrorText.Render(" " + m.status)
	case ls.err != "":
		return st.ErrorText.Render(" " + ls.err)
	}
	keys := "↑/↓ move · enter open · esc back to the list"
	if ls.res == nil {
		return st.Status.Render(" type to search every briefing (smart case, /regexp/) · " + keys)
	}
	r := ls.res
	count := " " + plural(r.matches, "match", "matches") + " in " + plural(r.briefings, "briefing", "briefings")
	if !r.done {
		count += fmt.Sprintf(" · searching %d of %d…", r.searched, len(ls.paths))
	}
	if r.unread > 0 && !m.opts.HideProblems {
		count += fmt.Sprintf(" · %d not read fully", r.unread)
	}
	return st.Status.Render(count + " · " + keys)
}

// libRowView draws a result as "title (count) · pane · item", the item cut
// around its first match so that the match shows, the matches highlighted.
func (m *Model) libRowView(row libRow, selected bool) string {
	st := m.styles
	title := cleanText(row.brief.title)
	if row.first {
		title += fmt.Sprintf(" (%d)", row.brief.count)
	} else {
		title = strings.Repeat(" ", min(xansi.StringWidth(title), 12)) + "  ↳"
	}
	head := title + " · " + cleanText(row.hit.Pane) + " · "
	titleStyle := st.ItemTitle
	mark := "  "
	if selected {
		titleStyle = st.ItemSelectedTitle
		mark = "> "
	}
	head = xansi.Truncate(head, max(10, m.width/2), "…")
	room := m.width - 2 - xansi.StringWidth(head)
	text := cleanText(row.hit.Text)
	segs := slices.Clone(row.hit.Segments)
	if text != row.hit.Text {
		segs = nil // cleaned: the columns no longer hold
	}
	if len(segs) > 0 && room > 10 && segs[0].EndCol > room-1 {
		// Show the first match: cut the beginning of the item.
		cut := max(0, segs[0].Col-room/3)
		text = "…" + xansi.Cut(text, cut, xansi.StringWidth(text))
		for i := range segs {
			segs[i].Col, segs[i].EndCol = segs[i].Col-cut+1, segs[i].EndCol-cut+1
		}
		segs = slices.DeleteFunc(segs, func(sg search.Segment) bool { return sg.Col < 1 })
	}
	if len(segs) > 0 {
		text = search.Highlight(text, segs, -1, st.Match, st.CurrentMatch)
	}
	return xansi.Truncate(mark+titleStyle.Render(head)+text, m.width, "…")
}
