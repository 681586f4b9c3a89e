package ui

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	xansi "github.com/charmbracelet/x/ansi"
)

// Highlight marks the cells [Start, End) of one rendered line of a pane:
// the evidence shown in the Sources pane. Columns are terminal cells of the line as rendered (escape
// sequences excluded), as in lipgloss.StyleRanges.
type Highlight struct {
	Line, Start, End int
	// Current is drawn differently: the date within the sentence an
	// event came from.
	Current bool
}

// scrollPos is a pane's scroll position, kept as a chunk and an offset into
// it rather than a line number, so that it survives chunks arriving above
// it, a re-wrap at another width and a reload.
type scrollPos struct {
	chunk int
	off   int  // line offset into the chunk
	of    int  // the chunk's line count when off was taken; 0 if unknown
	end   bool // follow the end (G), also as more chunks arrive
}

// awaits returns the chunk of p the screen at pos starts from (the one on
// top, or at the bottom the last one) while it is not rendered yet; else
// -1.
func (pos scrollPos) awaits(p *paneRender) int {
	n := len(p.chunks)
	if n == 0 {
		return -1
	}
	c := clampInt(pos.chunk, 0, n-1)
	if pos.end {
		c = n - 1
	}
	if p.done[c] != nil {
		return -1
	}
	return c
}

// readerModel is the reader screen: header, tab bar, the active pane and a
// footer.
type readerModel struct {
	doc    *loadedDoc
	active int
	pos    []scrollPos
	// badges per pane, appended to tab titles (e.g. search match counts).
	badges map[int]string
	// overlay, when set, draws over line i of a pane in View (search
	// highlights of the visible lines only).
	overlay func(pane, i int, line string) string

	// only holds, per pane, the &PATTERN filter: only the matching items
	// are shown.
	only map[int]*showOnly
	// count is the number being typed (see lessKey); countFrom is the
	// pane that was active before its first digit.
	count, countFrom int
	countAt          time.Time // when the last digit was typed
}

// countPause ends a number: digits typed further apart are separate
// numbers (a pane, then a count).
var countPause = 700 * time.Millisecond

func newReader(doc *loadedDoc, active int) readerModel {
	r := readerModel{doc: doc, pos: make([]scrollPos, len(doc.titles))}
	r.active = clampInt(active, 0, len(doc.titles)-1)
	return r
}

// swapDoc replaces the briefing (after a reload), keeping the active pane
// and each pane's position, clamped to the new panes.
func (r *readerModel) swapDoc(doc *loadedDoc) {
	r.doc = doc
	pos := make([]scrollPos, len(doc.titles))
	copy(pos, r.pos)
	for i := range pos {
		if n := len(doc.chunks[i]); pos[i].chunk >= n {
			pos[i] = scrollPos{chunk: max(0, n-1), end: true}
		}
	}
	r.pos = pos
	r.active = clampInt(r.active, 0, len(doc.titles)-1)
}

// paneKey names the rendering of pane i at a width and style.
func (r *readerModel) paneKey(i, width int, style string) renderKey {
	return docPaneKey(r.doc, i, width, style)
}

// sourcesVersion ends the version of the Sources pane once its sources
// are read: they replace the placeholder.
const sourcesVersion = "\x00sources"

// partVersion ends the version of the Sources pane while its first
// sources are read and the rest are not.
const partVersion = "\x00part"

// docPaneKey names the rendering of pane i of d at a width and style.
func docPaneKey(d *loadedDoc, i, width int, style string) renderKey {
	v := d.version
	switch {
	case i != sourcesPane || d.prov == nil:
	case d.prov.ev != nil:
		v += sourcesVersion
	case d.prov.part != nil:
		v += partVersion
	}
	return renderKey{path: d.entry.Path, version: v, pane: i, width: width, style: style}
}

// y returns the first visible line of a pane in rendering p.
func (r *readerModel) y(i int, p *paneRender, height int) int {
	maxY := max(0, len(p.lines)-height)
	pos := r.pos[i]
	if pos.end {
		return maxY
	}
	if len(p.chunks) == 0 {
		return 0
	}
	c := clampInt(pos.chunk, 0, len(p.chunks)-1)
	y := p.starts[c]
	if d := p.done[c]; len(d) > 0 {
		off := pos.off
		if pos.of > 0 && pos.of != len(d) {
			off = off * len(d) / pos.of
		}
		y += clampInt(off, 0, len(d)-1)
	}
	return clampInt(y, 0, maxY)
}

// setY moves pane i of rendering p to line y.
func (r *readerModel) setY(i int, p *paneRender, height, y int) {
	maxY := max(0, len(p.lines)-height)
	y = clampInt(y, 0, maxY)
	c := p.chunkAt(y)
	pos := scrollPos{chunk: c, off: y - p.starts[c]}
	if c < len(p.done) {
		pos.of = len(p.done[c])
	}
	r.pos[i] = pos
}

// scroll handles a scrolling key for the active pane. It reports whether
// the key was one.
func (r *readerModel) scroll(msg tea.KeyPressMsg, keys KeyMap, p *paneRender, height int) bool {
	switch {
	case key.Matches(msg, keys.Down), key.Matches(msg, keys.LineDown):
		r.scrollBy(p, height, 1)
	case key.Matches(msg, keys.Up), key.Matches(msg, keys.LineUp):
		r.scrollBy(p, height, -1)
	case key.Matches(msg, keys.PageDown):
		r.scrollBy(p, height, height)
	case key.Matches(msg, keys.PageUp):
		r.scrollBy(p, height, -height)
	case key.Matches(msg, keys.HalfPageDown):
		r.scrollBy(p, height, height/2)
	case key.Matches(msg, keys.HalfPageUp):
		r.scrollBy(p, height, -height/2)
	case key.Matches(msg, keys.Top):
		r.scrollTo(p, height, 0)
	case key.Matches(msg, keys.Bottom):
		if f := r.shown(r.active, p); f != nil {
			f.y = max(0, len(f.rows)-height)
		} else {
			r.pos[r.active] = scrollPos{end: true}
		}
	default:
		return false
	}
	return true
}

// top returns the first visible line (row, when the pane shows only
// matching items) of the active pane and how many there are.
func (r *readerModel) top(p *paneRender, height int) (y, total int) {
	if f := r.shown(r.active, p); f != nil {
		return f.y, len(f.rows)
	}
	return r.y(r.active, p, height), len(p.lines)
}

// scrollBy scrolls the active pane by n lines (negative: up).
func (r *readerModel) scrollBy(p *paneRender, height, n int) {
	y, _ := r.top(p, height)
	r.scrollTo(p, height, y+n)
}

// scrollTo puts line (or row) y of the active pane on top.
func (r *readerModel) scrollTo(p *paneRender, height, y int) {
	if f := r.shown(r.active, p); f != nil {
		f.y = clampInt(y, 0, max(0, len(f.rows)-height))
		return
	}
	r.setY(r.active, p, height, y)
}

// wheel scrolls the active pane by n lines (negative: up).
func (r *readerModel) wheel(p *paneRender, height, n int) { r.scrollBy(p, height, n) }

// headerView is the title line and the metadata line.
func (r *readerModel) headerView(s Styles, width int) string {
	e := r.doc.entry
	title := cleanText(r.doc.b.Title)
	if strings.TrimSpace(title) == "" {
		title = cleanText(e.Path)
	}
	marking := ""
	if m := cleanText(r.doc.b.Marking); m != "" {
		marking = s.Marking(m).Render(" " + m + " ")
	} else if e.Path != "" { // not for the list of unreadable files
		marking = s.Meta.Render(" " + unmarked + " ")
	}
	mw := lipgloss.Width(marking)
	line1 := xansi.Truncate(s.Title.Render(" "+title), max(0, width-mw-1), s.Ellipsis)
	if marking != "" {
		gap := max(1, width-lipgloss.Width(line1)-mw)
		line1 += strings.Repeat(" ", gap) + marking
	}
	meta := []string{orDash(r.doc.b.Date), plural(len(r.doc.b.Sources), "source", "sources")}
	if len(r.doc.b.Tags) > 0 {
		tags := make([]string, len(r.doc.b.Tags))
		for i, t := range r.doc.b.Tags {
			tags[i] = cleanText(t)
		}
		meta = append(meta, strings.Join(tags, ", "))
	}
	line2 := xansi.Truncate(s.Meta.Render(" "+strings.Join(meta, s.Sep)), width, s.Ellipsis)
	return line1 + "\n" + line2
}

// tab is a piece of the tab bar: pane's tab, or (pane -1) the mark of
// panes left out before the ones shown.
type tab struct {
	pane int
	text string
}

// tabs returns the pieces of the tab bar: every tab with its title when
// they all fit in width, else numbers with the active pane's title, from
// the first pane, or, when that would leave the active pane off the bar,
// from a little before it after a mark. Only what the bar can show is
// drawn: with 50,000 sections, drawing every tab took 1.5 s a frame.
func (r *readerModel) tabs(s Styles, width int) []tab {
	piece := func(i int, full bool) string {
		gap := ""
		if i > 0 {
			gap = s.TabGap
		}
		switch {
		case i == r.active:
			label := r.tabLabel(i)
			if s.ActiveTabMark != "" {
				// No attributes to show it (notty): bracket it.
				label = s.ActiveTabMark[:1] + label[1:len(label)-1] + s.ActiveTabMark[1:]
			}
			return gap + s.ActiveTab.Render(label)
		case full:
			return gap + s.Tab.Render(r.tabLabel(i))
		default:
			return gap + s.Tab.Render(fmt.Sprintf(" %d ", i+1))
		}
	}
	n := len(r.doc.titles)
	var tabs []tab
	total := 0
	for i := 0; i < n && total <= width; i++ {
		p := piece(i, true)
		total += lipgloss.Width(p)
		tabs = append(tabs, tab{i, p})
	}
	if total <= width {
		return tabs
	}
	// Numbers only: from the first pane if the active one ends on the bar
	// there (leaving a column for the ellipsis), else from about half a
	// bar before it.
	first := 0
	total = 0
	for i := 0; i <= r.active && total < width; i++ {
		total += lipgloss.Width(piece(i, false))
	}
	if total >= width {
		first = r.active
		for total = lipgloss.Width(piece(r.active, false)); first > 0; first-- {
			w := lipgloss.Width(piece(first-1, false))
			if total+w > width/2 {
				break
			}
			total += w
		}
	}
	tabs = tabs[:0]
	total = 0
	if first > 0 {
		tabs = append(tabs, tab{-1, s.Ellipsis})
		total = lipgloss.Width(s.Ellipsis)
	}
	for i := first; i < n && total <= width; i++ {
		p := piece(i, false)
		total += lipgloss.Width(p)
		tabs = append(tabs, tab{i, p})
	}
	return tabs
}

// tabLabel is pane i's tab: its number, title and badge.
func (r *readerModel) tabLabel(i int) string {
	if badge := r.badges[i]; badge != "" {
		return fmt.Sprintf(" %d %s %s ", i+1, cleanText(r.doc.titles[i]), badge)
	}
	return fmt.Sprintf(" %d %s ", i+1, cleanText(r.doc.titles[i]))
}

// tabsView is the tab bar.
func (r *readerModel) tabsView(s Styles, width int) string {
	var b strings.Builder
	for _, t := range r.tabs(s, width) {
		b.WriteString(t.text)
	}
	return xansi.Truncate(b.String(), width, s.Ellipsis)
}

// tabAt returns the pane whose tab is at column x of the tab bar, or -1.
func (r *readerModel) tabAt(s Styles, width, x int) int {
	left := 0
	for _, t := range r.tabs(s, width) {
		w := lipgloss.Width(t.text)
		if x >= left && x < left+w {
			return t.pane
		}
		left += w
	}
	return -1
}

// bodyView is the visible slice of the active pane's lines, with the
// overlay (search highlights, provenance marks) drawn over them. It costs
// O(height).
func (r *readerModel) bodyView(s Styles, p *paneRender, height int) string {
	var b strings.Builder
	if p == nil || (len(p.lines) == 0 && !p.complete()) {
		b.WriteString("\n  " + s.Status.Render("Rendering…"))
		for range height - 2 {
			b.WriteByte('\n')
		}
		return b.String()
	}
	if r.pos[r.active].awaits(p) >= 0 {
		// The chunk on top (at the bottom, the last) is not rendered yet
		// (chunks may arrive out of order): show nothing rather than the
		// wrong place.
		b.WriteString("\n  " + s.Status.Render("Rendering…"))
		for range height - 2 {
			b.WriteByte('\n')
		}
		return b.String()
	}
	f := r.shown(r.active, p)
	if f != nil && len(f.rows) == 0 {
		b.WriteString("\n  " + s.Status.Render("No items match &"+cleanText(f.raw)+" (& alone shows all)."))
		for range height - 2 {
			b.WriteByte('\n')
		}
		return b.String()
	}
	y, total := r.top(p, height)
	end := min(total, y+height)
	for row := y; row < y+height; row++ {
		if row > y {
			b.WriteByte('\n')
		}
		if row >= end {
			continue
		}
		i := row
		if f != nil {
			i = f.rows[row]
		}
		line := p.lines[i]
		if r.overlay != nil {
			line = r.overlay(r.active, i, line)
		}
		b.WriteString(line)
	}
	return b.String()
}

// applyHighlights draws the highlights of line i over it.
func applyHighlights(line string, i int, hs []Highlight, s Styles) string {
	lo, hi := 0, len(hs)
	for lo < hi { // first highlight on line i
		mid := (lo + hi) / 2
		if hs[mid].Line < i {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	var ranges []lipgloss.Range
	for j := lo; j < len(hs) && hs[j].Line == i; j++ {
		st := s.Match
		if hs[j].Current {
			st = s.CurrentMatch
		}
		ranges = append(ranges, lipgloss.NewRange(hs[j].Start, hs[j].End, st))
	}
	if len(ranges) == 0 {
		return line
	}
	return lipgloss.StyleRanges(line, ranges...)
}

// position is the footer's position text: percentage, or progress while
// the pane renders.
func (r *readerModel) position(p *paneRender, height int) string {
	if p == nil {
		return ""
	}
	if !p.complete() {
		return fmt.Sprintf("rendering %d%%", 100*p.nDone/max(1, len(p.chunks)))
	}
	y, total := r.top(p, height)
	if total <= height {
		return "All"
	}
	switch {
	case y == 0:
		return "Top"
	case y >= total-height:
		return "Bot"
	}
	return fmt.Sprintf("%d%%", 100*y/(total-height))
}

func clampInt(v, lo, hi int) int {
	if hi < lo {
		return lo
	}
	return min(hi, max(lo, v))
}

// DefaultWidth is the reading width, in columns, when Options.Width is 0:
// a comfortable measure on a wide terminal.
const DefaultWidth = 100

// textWidth is the width the panes are rendered at: the reading width,
// or the window when it is narrower.
func (m *Model) textWidth() int {
	w := m.opts.Width
	switch {
	case w == 0:
		w = DefaultWidth
	case w < 0:
		return m.width
	}
	return min(m.width, max(w, 20))
}

// noLibrary reports whether the open briefing is the one file brief was
// given (brief FILE) with no other to list: q quits, and esc and backspace,
// which go back to a library, have none to go to.
func (m *Model) noLibrary() bool {
	return m.direct && len(m.list.Items()) <= 1
}

// The reader's state as search (search.go) and the tests read and move it.
// Like everything on Model, call these from Update (the event loop).

// Reading reports whether a briefing is open in the reader.
func (m *Model) Reading() bool { return m.state == stateReader && m.reader.doc != nil }

// PaneCount returns the number of panes of the open briefing, 0 when none
// is open.
func (m *Model) PaneCount() int {
	if m.reader.doc == nil {
		return 0
	}
	return len(m.reader.doc.titles)
}

// ActivePane returns the index of the visible pane.
func (m *Model) ActivePane() int { return m.reader.active }

// PaneLines returns the rendered lines of pane i at the current width and
// style, exactly as the reader draws them (with SGR sequences; strip them
// with ansi.Strip, columns are cells), and whether the pane is completely
// rendered. Rendering is progressive: an incomplete pane grows as chunks
// arrive (chunkRenderedMsg). The slice must not be modified.
func (m *Model) PaneLines(i int) (lines []string, complete bool) {
	if m.reader.doc == nil || i < 0 || i >= len(m.reader.doc.titles) {
		return nil, false
	}
	p := m.cache.peek(m.reader.paneKey(i, m.textWidth(), m.styleName))
	if p == nil {
		return nil, false
	}
	return p.lines, p.complete()
}

// SetPaneBadge sets a short text shown after pane i's title in the tab bar
// (e.g. "(3)" for search matches); "" removes it.
func (m *Model) SetPaneBadge(i int, badge string) {
	if m.reader.badges == nil {
		m.reader.badges = map[int]string{}
	}
	if badge == "" {
		delete(m.reader.badges, i)
		return
	}
	m.reader.badges[i] = cleanText(badge)
}

// ShowLine makes pane i active and scrolls it so that line is visible with
// context lines above it when possible. It returns a command that must be
// returned from Update (the pane may need rendering).
func (m *Model) ShowLine(i, line, context int) tea.Cmd {
	if m.reader.doc == nil || i < 0 || i >= len(m.reader.doc.titles) {
		return nil
	}
	m.reader.active = i
	if p := m.activeRender(); p != nil {
		if f := m.reader.shown(i, p); f != nil {
			// The pane shows only the items &PATTERN kept: go to the
			// line's row, or the next row kept after it.
			row := sort.SearchInts(f.rows, line)
			f.y = clampInt(row-context, 0, max(0, len(f.rows)-m.bodyHeight()))
		} else {
			m.reader.setY(i, p, m.bodyHeight(), line-context)
		}
	}
	return m.pump()
}

// Viewport returns the first visible line of the active pane and the
// number of lines the body shows.
func (m *Model) Viewport() (first, height int) {
	h := m.bodyHeight()
	p := m.activeRender()
	if p == nil {
		return 0, h
	}
	return m.reader.y(m.reader.active, p, h), h
}
