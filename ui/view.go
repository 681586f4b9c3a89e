package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	xansi "github.com/charmbracelet/x/ansi"
)

// View implements tea.Model. Only the root returns a tea.View; the screens
// return strings.
// A panic here ends the reader (policy fatal, see crash.go).
func (m *Model) View() tea.View {
	if m.crash != nil {
		return crashView()
	}
	var content string
	if c := recovered(func() { content = m.content() }); c != nil {
		m.crash = c
		return crashView()
	}
	v := tea.NewView(content)
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	return v
}

func (m *Model) content() string {
	if m.width == 0 {
		return ""
	}
	if m.tooSmall() {
		return m.tooSmallView()
	}
	if m.state == stateReader && m.reader.doc != nil {
		return m.readerView()
	}
	if m.ls.open {
		return m.libSearchView()
	}
	return m.libraryView()
}

func (m *Model) tooSmall() bool {
	return m.width < MinWidth || m.height < MinHeight
}

func (m *Model) tooSmallView() string {
	msg := fmt.Sprintf("Window too small (%dx%d).\nbrief needs at least %dx%d.", m.width, m.height, MinWidth, MinHeight)
	if m.width < 24 || m.height < 3 {
		msg = "Too small"
	}
	return lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, m.styles.TooSmall.Render(msg))
}

func (m *Model) libraryView() string {
	s := m.styles
	var footer string
	switch {
	case m.load.path != "":
		footer = s.Status.Render(" Opening " + cleanText(m.load.path) + "…")
	case m.reading != nil:
		footer = s.Status.Render(" " + m.reading.note())
	case m.status != "":
		st := s.Status
		if m.statusErr {
			st = s.ErrorText
		}
		footer = st.Render(" " + m.status)
	default:
		footer = " " + m.help.View(m.helpKeys())
	}
	if m.help.ShowAll && m.status == "" && m.load.path == "" && m.reading == nil {
		footer = m.fullHelp()
	}
	footer = truncateLines(footer, m.width, s.Ellipsis)
	body := m.list.View()
	switch {
	case len(m.list.Items()) == 0 && m.reading != nil:
		body = "\n  " + s.Status.Render("Reading the library…")
	case len(m.list.Items()) == 0:
		body = "\n  " + s.Status.Render("No briefings.")
		if m.lib != nil && m.lib.Dir() != "" && m.opts.Allow == nil {
			// A local reader on an empty --library or $BRIEF_LIBRARY says
			// where it looked and how to look elsewhere (not over SSH,
			// where Allow is set and the directory is the server's).
			body = "\n" + s.Status.Width(max(10, m.width-2)).MarginLeft(2).Render(
				"No briefings (*.md) in "+cleanText(m.lib.Dir())+".\n"+
					"Point brief at another directory with --library DIR or $BRIEF_LIBRARY.")
		}
	}
	bodyH := m.height - lipgloss.Height(footer)
	return fitHeight(body, bodyH) + "\n" + footer
}

func (m *Model) readerView() string {
	s := m.styles
	h := m.bodyHeight()
	p := m.activeRender()
	header := m.reader.headerView(s, m.width)
	tabs := m.reader.tabsView(s, m.width)
	m.reader.overlay = m.provOverlay
	body := m.reader.bodyView(s, p, h)

	footer := m.readerFooter(p, h)
	footer = truncateLines(footer, m.width, s.Ellipsis)
	return header + "\n" + tabs + "\n" + body + "\n" + footer
}

// Layout: header (2 lines), tab bar (1), body, footer (1 or the full help).
func (m *Model) bodyHeight() int {
	return max(1, m.height-4-m.helpExtra()-m.hintExtra())
}

func (m *Model) helpExtra() int {
	if !m.help.ShowAll {
		return 0
	}
	return max(0, lipgloss.Height(m.fullHelp())-1)
}

func (m *Model) helpKeys() help.KeyMap {
	if m.state == stateReader && m.search.typing {
		return searchHelp{}
	}
	if m.state == stateReader {
		return readerHelp{k: m.keys, direct: m.direct, noLibrary: m.noLibrary(), panes: m.PaneCount()}
	}
	return libraryHelp{k: m.keys, list: listKeysOf(m.list), filtering: m.list.SettingFilter(), problems: len(m.problems()) > 0}
}

// fullHelp lays the full help's columns out in as many rows as the width
// needs. bubbles' help cuts the columns that do not fit with "…", which at
// 80 columns hid search and quit: the keys a newcomer opens help to find.
func (m *Model) fullHelp() string {
	groups := m.helpKeys().FullHelp()
	h := m.help
	h.SetWidth(0) // measure each row whole; truncateLines still guards
	var rows []string
	for start := 0; start < len(groups); {
		end := start + 1
		for end < len(groups) && lipgloss.Width(h.FullHelpView(groups[start:end+1])) < m.width {
			end++
		}
		rows = append(rows, indent(h.FullHelpView(groups[start:end]), " "))
		start = end
	}
	// It must leave the header (three lines) and one line of the body:
	// on a short window the rows lose the blank lines between them, then
	// what still does not fit.
	room := max(1, m.height-4)
	if about := m.readerAbout(); about != "" {
		rows = append([]string{about}, rows...)
	}
	if all := strings.Join(rows, "\n\n"); lipgloss.Height(all) <= room {
		return all
	}
	lines := strings.Split(strings.Join(rows, "\n"), "\n")
	if len(lines) > room {
		lines = append(lines[:room-1], " … more keys than this window holds: see the README")
	}
	return strings.Join(lines, "\n")
}

// readerAbout heads the reader's full help with what the header and the
// tab bar may have cut at a narrow width: the whole title and every
// pane's name, wrapped.
func (m *Model) readerAbout() string {
	if m.state != stateReader || m.reader.doc == nil || m.search.typing {
		return ""
	}
	s := m.styles
	r := &m.reader
	title := cleanText(r.doc.b.Title)
	if strings.TrimSpace(title) == "" {
		title = cleanText(r.doc.entry.Path)
	}
	var panes []string
	for i, t := range r.doc.titles {
		p := fmt.Sprintf("%d %s", i+1, cleanText(t))
		if b := r.badges[i]; b != "" {
			p += " " + b
		}
		panes = append(panes, strings.ReplaceAll(p, " ", "\u00a0"))
	}
	w := max(10, m.width-2)
	about := s.Title.Render(xansi.Wrap(title, w, "")) + "\n" +
		strings.ReplaceAll(xansi.Wordwrap(strings.Join(panes, s.Sep), w, ""), "\u00a0", " ")
	return indent(about, " ")
}

// readerFooter is the reader's footer: the full help, or one line with
// the position, the search and any status on the left and the short help
// on the right, above which the search line's regexp hint is wrapped when
// it is shown. The last short-help keys ("/ search", "q" and "? help"; esc
// and the hint's own key while typing a search) are kept before the other
// keys, and the very last one ("? help") is never dropped: at a narrow
// width the left part keeps the room it needs before the other pinned keys.
func (m *Model) readerFooter(p *paneRender, h int) string {
	s := m.styles
	if m.help.ShowAll {
		return m.fullHelp()
	}
	left := s.Position.Render(" " + m.reader.position(p, h) + " ")
	if f := m.reader.only[m.reader.active]; f != nil {
		// Until its rows fit this rendering the whole pane is shown: the
		// count would say nothing matched.
		count := "filtering…"
		if m.reader.shown(m.reader.active, p) != nil {
			count = plural(f.items, "item", "items")
		}
		left += " " + s.Status.Render("&"+cleanText(f.raw)+" ("+count+")")
	}
	if st, typing := m.search.footer(m.styles, m.width); typing {
		left = st // the search line takes the footer
	} else if st != "" {
		left += " " + st
	}
	if m.status != "" && m.statusNote() == "" {
		st := s.Status
		if m.statusErr {
			st = s.ErrorText
		}
		left += " " + st.Render(m.status)
	} else if m.kept != "" {
		left += " " + s.ErrorText.Render(m.kept)
	} else if m.status == "" && m.reader.doc.lead {
		left += " " + s.Status.Render("loading…")
	}

	keys := m.helpKeys().ShortHelp()
	pinned := 1
	if p, ok := m.helpKeys().(interface{ Pinned() int }); ok {
		pinned = min(p.Pinned(), len(keys))
	}
	hm := m.help
	hm.SetWidth(0)
	pin := hm.ShortHelpView(keys[len(keys)-pinned:])
	// Narrow: the left part (match count, status) before all but the last
	// pinned key.
	for pinned > 1 && lipgloss.Width(left) > m.width-lipgloss.Width(pin)-2 {
		pinned--
		pin = hm.ShortHelpView(keys[len(keys)-pinned:])
	}
	sep := hm.Styles.ShortSeparator.Inline(true).Render(hm.ShortSeparator)
	if room := m.width - lipgloss.Width(pin) - 2; lipgloss.Width(left) > room {
		left = xansi.Truncate(left, max(0, room), s.Ellipsis)
	}
	hv := pin
	if w := m.width - lipgloss.Width(left) - 1 - lipgloss.Width(sep) - lipgloss.Width(pin); w > 4 && pinned < len(keys) {
		hm.SetWidth(w)
		hm.Ellipsis = "" // the separator before the pinned keys says more follows
		rest := hm.ShortHelpView(keys[:len(keys)-pinned])
		rest = strings.TrimSuffix(rest, " "+hm.Styles.Ellipsis.Inline(true).Render(""))
		if rest != "" {
			hv = rest + sep + pin
		}
	}
	gap := max(1, m.width-lipgloss.Width(left)-lipgloss.Width(hv))
	line := left + strings.Repeat(" ", gap) + hv
	if note := m.footerNote(); note != "" {
		return note + "\n" + line
	}
	return line
}

// footerNote is what is drawn above the footer line, wrapped to the
// width: the search line's regexp hint, or a status too long to share the
// footer line (= shows one), so that neither is cut.
func (m *Model) footerNote() string {
	if h := m.searchHint(); h != "" {
		return h
	}
	return m.statusNote()
}

// statusNote is the status wrapped, when it does not fit on the footer
// line beside the position and "? help"; "" when it fits.
func (m *Model) statusNote() string {
	if m.status == "" || m.help.ShowAll || m.width == 0 {
		return ""
	}
	// The room a status has on the footer line: the width less the
	// position (at most " 100% ") and "? help" with the gaps.
	if lipgloss.Width(m.status) <= m.width-8-10 {
		return ""
	}
	st := m.styles.Status
	if m.statusErr {
		st = m.styles.ErrorText
	}
	return indent(st.Render(xansi.Wrap(m.status, max(10, m.width-2), "")), " ")
}

// searchHint is the search line's regexp hint, wrapped to the width, or ""
// when it is not shown.
func (m *Model) searchHint() string {
	if !m.search.help || m.help.ShowAll || m.width == 0 {
		return ""
	}
	return indent(xansi.Wrap(searchHelpText, max(10, m.width-2), ""), " ")
}

// hintExtra is the number of lines the footer note takes from the body.
func (m *Model) hintExtra() int {
	if h := m.footerNote(); h != "" {
		return lipgloss.Height(h)
	}
	return 0
}

// info is what = shows: the file, its sources, its marking and where the
// reader is in the pane.
func (m *Model) info() string {
	s := m.styles
	d := m.reader.doc
	parts := []string{cleanText(d.entry.Path)}
	src := plural(len(d.b.Sources), "source", "sources")
	var names []string
	for _, x := range d.b.Sources {
		name := cleanText(x.ID)
		if x.Publisher != "" {
			name += " " + cleanText(x.Publisher)
		} else if x.Title != "" {
			name += " " + cleanText(x.Title)
		}
		names = append(names, name)
	}
	if len(names) > 0 {
		src += " (" + strings.Join(names, ", ") + ")"
	}
	parts = append(parts, src)
	if mk := cleanText(d.b.Marking); mk != "" {
		parts = append(parts, mk)
	} else {
		parts = append(parts, "unmarked")
	}
	pane := cleanText(d.titles[m.reader.active])
	h := m.bodyHeight()
	p := m.activeRender()
	switch {
	case p == nil || !p.complete():
		pane += ": rendering"
	default:
		y, total := m.reader.top(p, h)
		what := "lines"
		if f := m.reader.shown(m.reader.active, p); f != nil {
			what = fmt.Sprintf("&%s: %s, lines", cleanText(f.raw), plural(f.items, "item", "items"))
		}
		pct := 100
		if total > h {
			pct = 100 * min(y+h, total) / total
		}
		pane += fmt.Sprintf(": %s %d to %d of %d, %d%%", what, min(y+1, total), min(y+h, total), total, pct)
	}
	return strings.Join(append(parts, pane), s.Sep)
}

// fitHeight pads or cuts s to exactly h lines.
func fitHeight(s string, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:max(0, h)]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

func indent(s, prefix string) string {
	lines := strings.Split(s, "\n")
	for i := range lines {
		lines[i] = prefix + lines[i]
	}
	return strings.Join(lines, "\n")
}

func truncateLines(s string, w int, tail string) string {
	lines := strings.Split(s, "\n")
	for i := range lines {
		lines[i] = xansi.Truncate(lines[i], w, tail)
	}
	return strings.Join(lines, "\n")
}
