package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	xansi "github.com/charmbracelet/x/ansi"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/ui/search"
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
	// prov maps items to their lines and, once the sources are read, holds
	// the Sources pane and the evidence (sources.go; set in Update).
	prov *provDoc
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

// showOnly is the &PATTERN filter of a pane: the lines of its items that
// match, computed off the event loop for one rendering of the pane.
type showOnly struct {
	raw   string
	q     *search.Query
	r     *paneRender // the rendering rows index; nil until computed
	rev   uint64
	rows  []int // lines of r shown, in order
	items int   // matching items
	y     int   // first visible row
	busy  bool  // a command is computing rows
}

// shown returns pane i's filter when its rows fit rendering p.
func (r *readerModel) shown(i int, p *paneRender) *showOnly {
	f := r.only[i]
	if f == nil || p == nil || f.r != p || f.rev != p.rev {
		return nil
	}
	return f
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
	v := r.doc.version
	if i == sourcesPane && r.doc.prov != nil && r.doc.prov.ev != nil {
		v += "\x00sources" // the read sources replace the placeholder
	}
	return renderKey{path: r.doc.entry.Path, version: v, pane: i, width: width, style: style}
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
	hs := r.highlights[r.active]
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
		left += " " + s.Status.Render("&"+cleanText(f.raw)+" ("+plural(f.items, "item", "items")+")")
	}
	if st, typing := m.searchFooter(m.width); typing {
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

// lessKey handles the reader's keys from less that need more than a
// binding: a count before a line move, = and &. It reports whether it
// handled msg. Digits are handled here too: a number names a pane or, when
// it names none, counts.
func (m *Model) lessKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	r := &m.reader
	k := m.keys
	if t := msg.Text; len(t) == 1 && t[0] >= '0' && t[0] <= '9' && msg.Mod == 0 {
		// A number that names a pane switches to it at once; one that
		// names none (10, or 5 with four panes) is a count for a line
		// move that follows, as in less, which undoes the switch its
		// first digit made. A digit that names a pane, or comes after a
		// pause, starts a new number: 3 (to read the Timeline) then 5j
		// is five lines, not 35.
		d, panes := int(t[0]-'0'), len(r.doc.titles)
		now := time.Now()
		pause := now.Sub(r.countAt) > countPause
		r.countAt = now
		if next := r.count*10 + d; r.count == 0 || pause || (d >= 1 && d <= panes && next > panes) {
			// A new number: pressing 2 then 3 shows pane 3, not 23.
			r.count, r.countFrom = d, r.active
		} else {
			r.count = min(next, 1_000_000)
		}
		if n := r.count; n >= 1 && n <= panes {
			r.active = n - 1
		}
		return m.pump(), true
	}
	count := r.count
	r.count = 0
	if count <= len(r.doc.titles) {
		count = 0 // it was a pane
	}
	switch {
	case count > 0 && (key.Matches(msg, k.Down) || key.Matches(msg, k.Up) ||
		key.Matches(msg, k.LineDown) || key.Matches(msg, k.LineUp)):
		// The digits were a count: back to the pane the first switched from.
		r.active = clampInt(r.countFrom, 0, len(r.doc.titles)-1)
		p := m.activeRender()
		if p == nil {
			return m.pump(), true
		}
		if key.Matches(msg, k.Up) || key.Matches(msg, k.LineUp) {
			count = -count
		}
		r.scrollBy(p, m.bodyHeight(), count)
		return m.pump(), true
	case key.Matches(msg, k.Info):
		m.setStatus(m.info(), false)
		return nil, true
	case key.Matches(msg, k.ShowOnly):
		return m.showOnlyStart(), true
	}
	return nil, false
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
