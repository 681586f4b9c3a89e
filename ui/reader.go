package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	xansi "github.com/charmbracelet/x/ansi"

	"github.com/brief-team/brief/briefings"
)

// loadedDoc is a briefing loaded for reading: its panes already cut into
// chunks (done in the load command, off the event loop). It is immutable.
type loadedDoc struct {
	entry   briefings.Entry
	version string
	b       *briefings.Briefing
	titles  []string
	chunks  [][]chunk
	// lead marks the beginning of a big briefing, parsed to paint its
	// first screen while the whole of it loads (see briefings.ParseLead).
	lead bool
}

// Highlight marks the cells [Start, End) of one rendered line of a pane,
// for search. Columns are terminal cells of the line as rendered (escape
// sequences excluded), as in lipgloss.StyleRanges.
type Highlight struct {
	Line, Start, End int
	// Current marks the match the reader is on; it is drawn differently.
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

// readerModel is the reader screen: header, tab bar, the active pane and a
// footer.
type readerModel struct {
	doc    *loadedDoc
	active int
	pos    []scrollPos
	// highlights per pane, sorted by line (set by search).
	highlights map[int][]Highlight
	// badges per pane, appended to tab titles (e.g. search match counts).
	badges map[int]string
	// overlay, when set, draws over line i of a pane in View (search
	// highlights of the visible lines only).
	overlay func(pane, i int, line string) string
}

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
	return renderKey{path: r.doc.entry.Path, version: r.doc.version, pane: i, width: width, style: style}
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
	i := r.active
	y := r.y(i, p, height)
	switch {
	case key.Matches(msg, keys.Down):
		y++
	case key.Matches(msg, keys.Up):
		y--
	case key.Matches(msg, keys.PageDown):
		y += height
	case key.Matches(msg, keys.PageUp):
		y -= height
	case key.Matches(msg, keys.HalfPageDown):
		y += height / 2
	case key.Matches(msg, keys.HalfPageUp):
		y -= height / 2
	case key.Matches(msg, keys.Top):
		y = 0
	case key.Matches(msg, keys.Bottom):
		r.pos[i] = scrollPos{end: true}
		return true
	default:
		return false
	}
	r.setY(i, p, height, y)
	return true
}

// wheel scrolls the active pane by n lines (negative: up).
func (r *readerModel) wheel(p *paneRender, height, n int) {
	r.setY(r.active, p, height, r.y(r.active, p, height)+n)
}

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

// tabs returns the tab bar's pieces, one per pane: every pane with its
// number, or, when that does not fit, the inactive panes by number only.
func (r *readerModel) tabs(s Styles, width int) []string {
	render := func(full bool) ([]string, int) {
		pieces := make([]string, len(r.doc.titles))
		total := 0
		for i, t := range r.doc.titles {
			label := fmt.Sprintf(" %d %s ", i+1, cleanText(t))
			if badge := r.badges[i]; badge != "" {
				label = fmt.Sprintf(" %d %s %s ", i+1, cleanText(t), badge)
			}
			gap := ""
			if i > 0 {
				gap = s.TabGap
			}
			switch {
			case i == r.active:
				if s.ActiveTabMark != "" {
					// No attributes to show it (notty): bracket it.
					label = s.ActiveTabMark[:1] + label[1:len(label)-1] + s.ActiveTabMark[1:]
				}
				pieces[i] = gap + s.ActiveTab.Render(label)
			case full:
				pieces[i] = gap + s.Tab.Render(label)
			default:
				pieces[i] = gap + s.Tab.Render(fmt.Sprintf(" %d ", i+1))
			}
			total += lipgloss.Width(pieces[i])
		}
		return pieces, total
	}
	pieces, total := render(true)
	if total > width {
		pieces, _ = render(false)
	}
	return pieces
}

// tabsView is the tab bar.
func (r *readerModel) tabsView(s Styles, width int) string {
	return xansi.Truncate(strings.Join(r.tabs(s, width), ""), width, s.Ellipsis)
}

// tabAt returns the pane whose tab is at column x of the tab bar, or -1.
func (r *readerModel) tabAt(s Styles, width, x int) int {
	left := 0
	for i, p := range r.tabs(s, width) {
		w := lipgloss.Width(p)
		if x >= left && x < left+w {
			return i
		}
		left += w
	}
	return -1
}

// bodyView is the visible slice of the active pane's lines, with search
// highlights drawn over them. It costs O(height).
func (r *readerModel) bodyView(s Styles, p *paneRender, height int) string {
	var b strings.Builder
	if p == nil || (len(p.lines) == 0 && !p.complete()) {
		b.WriteString("\n  " + s.Status.Render("Rendering…"))
		for range height - 2 {
			b.WriteByte('\n')
		}
		return b.String()
	}
	if pos := r.pos[r.active]; !pos.end && pos.chunk < len(p.done) && p.done[pos.chunk] == nil {
		// The chunk on top is not rendered yet (chunks may arrive out of
		// order): show nothing rather than the wrong place.
		b.WriteString("\n  " + s.Status.Render("Rendering…"))
		for range height - 2 {
			b.WriteByte('\n')
		}
		return b.String()
	}
	y := r.y(r.active, p, height)
	end := min(len(p.lines), y+height)
	hs := r.highlights[r.active]
	for i := y; i < y+height; i++ {
		if i > y {
			b.WriteByte('\n')
		}
		if i >= end {
			continue
		}
		line := p.lines[i]
		if r.overlay != nil {
			line = r.overlay(r.active, i, line)
		}
		if len(hs) > 0 {
			line = applyHighlights(line, i, hs, s)
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
	total := len(p.lines)
	if total <= height {
		return "All"
	}
	y := r.y(r.active, p, height)
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
	if st, typing := m.searchFooter(m.width); typing {
		left = st // the search line takes the footer
	} else if st != "" {
		left += " " + st
	}
	if m.status != "" {
		st := s.Status
		if m.statusErr {
			st = s.ErrorText
		}
		left += " " + st.Render(m.status)
	} else if m.kept != "" {
		left += " " + s.ErrorText.Render(m.kept)
	} else if m.reader.doc.lead {
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
	if hint := m.searchHint(); hint != "" {
		return hint + "\n" + line
	}
	return line
}

// searchHint is the search line's regexp hint, wrapped to the width, or ""
// when it is not shown.
func (m *Model) searchHint() string {
	if !m.search.help || m.help.ShowAll || m.width == 0 {
		return ""
	}
	return indent(xansi.Wrap(searchHelpText, max(10, m.width-2), ""), " ")
}

// hintExtra is the number of lines the search hint takes from the body.
func (m *Model) hintExtra() int {
	if h := m.searchHint(); h != "" {
		return lipgloss.Height(h)
	}
	return 0
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
