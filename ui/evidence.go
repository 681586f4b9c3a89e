package ui

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	xansi "github.com/charmbracelet/x/ansi"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/briefings/evidence"
)

// From every item to its evidence: in Summary, Actors, Timeline and Source
// quotes one item is current (a mark in the gutter that shows without
// colour); ] and [ move it, scrolling moves it to a visible item, a click
// selects one. enter opens the cited source in the Sources pane at the
// sentence the item came from, highlighted; back returns exactly where the
// analyst was.

// provState is the reader's provenance state: evidence read per briefing
// version, the current item per pane, and the places to go back to.
type provState struct {
	evCache   map[string]*provEvidence
	evReading string
	// evWanted: the evidence of the open briefing is needed (enter was
	// pressed); otherwise it is read when the Sources pane is shown.
	evWanted bool
	// opening is an item whose evidence enter asked for before the sources
	// were read: it opens when they are.
	opening    *jumpState
	blockCache map[blockKey][]int

	selPath string // the briefing sel belongs to
	sel     [4]int
	lastY   [4]int
	lastP   [4]*paneRender

	// stack holds the places enter left, newest last.
	stack []navState
	// jump is the evidence shown in the Sources pane, if any.
	jump *jumpState
	// focus is the actor focus shown, if any (focus.go).
	focus *focusState
	// nf caches the not-found marks per standard pane.
	nf [4]notFound
}

// navState is a place in the reader to go back to.
type navState struct {
	reader readerModel // with its own copy of pos
	sel    [4]int
	jump   *jumpState
	focus  *focusState
}

// jumpState is one item's evidence shown in the Sources pane.
type jumpState struct {
	kind  evidence.Kind
	index int
	evs   []evidence.Evidence
	at    int  // which cited source is shown
	close bool // showing the closest sentence of an item not found
	// hs are the highlights in the pane's lines for rendering p at rev.
	hs      []Highlight
	p       *paneRender
	rev     uint64
	pending bool // scroll to it once its chunk is rendered
}

// mark is the gutter mark of the current item and of the evidence.
func (m *Model) mark() string {
	if m.styleName == StyleASCII {
		return ">"
	}
	return "▌"
}

// provKeys are the provenance bindings.
var (
	nextItemKey = key.NewBinding(key.WithKeys("]"), key.WithHelp("]/[", "item"))
	prevItemKey = key.NewBinding(key.WithKeys("["), key.WithHelp("[", "prev item"))
	evidenceKey = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "evidence"))
	copyKey     = key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy with citation"))
	jumpBackKey = key.NewBinding(key.WithKeys("esc", "backspace", "ctrl+o"), key.WithHelp("esc/ctrl+o", "back"))
	citeNextKey = key.NewBinding(key.WithKeys("n"), key.WithHelp("n/N", "next/prev cited source"))
	citePrevKey = key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "prev cited source"))
)

// provHelp is the full help's column of provenance keys.
// Two rows only: at 80x24 the full help must still fit the screen.
var provHelp = []key.Binding{
	key.NewBinding(key.WithKeys("]"), key.WithHelp("]/[ y", "item, copy it cited")),
	key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "evidence (n/N, esc back)")),
}

// provUpdate handles what provenance owns, before everything else: the
// evidence read, item keys, clicks on items, and back while there is a
// place to go back to. It reports whether it handled msg.
func (m *Model) provUpdate(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case evidenceMsg:
		return m.gotEvidence(msg), true
	case foundMsg:
		return m.gotFound(msg), true
	case tea.MouseClickMsg:
		if msg.Button == tea.MouseLeft && m.Reading() && !m.tooSmall() && msg.Y >= 3 && msg.Y < 3+m.bodyHeight() {
			m.clickItem(msg.Y - 3)
			return nil, true
		}
	case tea.KeyPressMsg:
		// A line being typed (search, &pattern) takes every key.
		if !m.Reading() || m.search.typing || m.search.onlyTyping || m.help.ShowAll {
			return nil, false
		}
		m.syncDoc()
		pane := m.reader.active
		switch {
		case key.Matches(msg, jumpBackKey) && len(m.stack) > 0 && !(msg.String() == "esc" && (m.search.active() || m.search.noMatch != "")):
			m.status = ""
			return m.goBack(), true
		case key.Matches(msg, nextItemKey):
			m.status = ""
			return m.stepItem(1), true
		case key.Matches(msg, prevItemKey):
			m.status = ""
			return m.stepItem(-1), true
		case key.Matches(msg, evidenceKey) && m.inFocus():
			m.status = ""
			return m.focusEnter(), true
		case key.Matches(msg, evidenceKey) && pane < 4:
			m.status = ""
			return m.enterItem(), true
		case key.Matches(msg, copyKey) && pane < 4 && !m.inFocus():
			return m.copyItem(), true
		case (key.Matches(msg, citeNextKey) || key.Matches(msg, citePrevKey)) && m.jump != nil && pane == sourcesPane && len(m.jump.evs) > 1 && !m.search.active():
			d := 1
			if key.Matches(msg, citePrevKey) {
				d = -1
			}
			j := m.jump
			j.at = (j.at + d + len(j.evs)) % len(j.evs)
			return m.showEvidence(), true
		}
	}
	return nil, false
}

// provAfter runs after every Update: it starts reading the sources of the
// briefing being read, scrolls to evidence whose chunk has arrived, and
// moves the current item to a visible one when the pane was scrolled.
func (m *Model) provAfter(cmd tea.Cmd) tea.Cmd {
	if !m.Reading() {
		return cmd
	}
	m.syncDoc()
	// The sources are read when they are needed (Sources, enter), or once
	// the pane on screen has painted and no search is being typed, so that
	// the Sources pane is ready when asked for and items no source supports
	// get their mark, without delaying the first screen. Finding every
	// item's evidence, which takes longer, waits for the pane to be
	// rendered whole (findLater).
	if m.reader.active == sourcesPane || m.evWanted || m.painted() {
		cmd = tea.Batch(cmd, m.wantEvidence())
	}
	if ev := m.reader.doc.prov.evidence(); ev != nil && ev.findLater != nil && (m.evWanted || m.idle()) {
		cmd = tea.Batch(cmd, ev.findLater)
		ev.findLater = nil
	}
	if m.jump != nil && m.jump.pending && m.reader.active == sourcesPane {
		m.resolvePending()
	}
	pane := m.reader.active
	if pane < 4 && m.hasItems(pane) {
		if p := m.activeRender(); p != nil {
			y := m.reader.y(pane, p, m.bodyHeight())
			if y != m.lastY[pane] || p != m.lastP[pane] {
				m.lastY[pane], m.lastP[pane] = y, p
				m.keepVisible(pane, p, y)
			}
		}
	}
	return cmd
}

// syncDoc forgets the selection and the places to go back to when another
// briefing is open.
func (m *Model) syncDoc() {
	d := m.reader.doc
	if d == nil || d.entry.Path == m.selPath {
		return
	}
	m.selPath = d.entry.Path
	m.sel, m.lastY, m.lastP = [4]int{}, [4]int{}, [4]*paneRender{}
	m.stack, m.jump, m.focus = nil, nil, nil
	m.evWanted, m.opening = false, nil
}

func (m *Model) hasItems(pane int) bool {
	d := m.reader.doc
	return d != nil && d.prov != nil && pane >= 0 && pane < 4 && len(d.prov.items[pane]) > 0
}

// itemRange returns the rendered lines [start, end) of item k of pane.
func (m *Model) itemRange(p *paneRender, pane, k int) (start, end int, ok bool) {
	blocks := m.reader.doc.prov.items[pane][k]
	start, end, ok = m.blockLines(p, blocks[0])
	if !ok {
		return 0, 0, false
	}
	for _, b := range blocks[1:] {
		if _, e, ok := m.blockLines(p, b); ok {
			end = e
		}
	}
	return start, end, true
}

// itemsNear returns the items of pane that start in the chunks holding the
// lines [y, y+h).
func (m *Model) itemsNear(p *paneRender, pane, y, h int) (lo, hi int) {
	ci := m.reader.doc.prov.chunkItems[pane]
	c0, c1 := p.chunkAt(y), p.chunkAt(y+h-1)
	c0 = max(0, c0-1) // an item may start in the chunk before
	return ci[min(c0, len(ci)-1)], ci[min(c1+1, len(ci)-1)]
}

// keepVisible moves the current item of pane to a visible one when it is
// off screen: the first that starts on screen, else the one across its top.
func (m *Model) keepVisible(pane int, p *paneRender, y int) {
	h := m.bodyHeight()
	if s, e, ok := m.itemRange(p, pane, m.sel[pane]); ok && s < y+h && e > y {
		return
	}
	lo, hi := m.itemsNear(p, pane, y, h)
	across := -1
	for k := lo; k < hi; k++ {
		s, e, ok := m.itemRange(p, pane, k)
		if !ok {
			continue
		}
		if s >= y && s < y+h {
			m.sel[pane] = k
			return
		}
		if s < y && e > y {
			across = k
		}
	}
	if across >= 0 {
		m.sel[pane] = across
	}
}

// stepItem makes the next (d > 0) or previous item current and scrolls it
// into view.
func (m *Model) stepItem(d int) tea.Cmd {
	pane := m.reader.active
	if !m.hasItems(pane) {
		return nil
	}
	n := len(m.reader.doc.prov.items[pane])
	m.sel[pane] = clampInt(m.sel[pane]+d, 0, n-1)
	return m.showItem(pane)
}

// showItem scrolls the current item of pane into view (rendering its chunk
// first if needed).
func (m *Model) showItem(pane int) tea.Cmd {
	p := m.activeRender()
	if p == nil {
		return nil
	}
	h := m.bodyHeight()
	k := m.sel[pane]
	s, e, ok := m.itemRange(p, pane, k)
	if !ok {
		c := m.reader.doc.prov.items[pane][k][0].c
		m.reader.pos[pane] = scrollPos{chunk: c}
		p.prioritize(c)
		return m.pump()
	}
	y := m.reader.y(pane, p, h)
	switch {
	case s < y:
		m.reader.setY(pane, p, h, s-1)
	case e > y+h:
		m.reader.setY(pane, p, h, min(s-1, e-h))
	}
	m.lastY[pane], m.lastP[pane] = m.reader.y(pane, p, h), p
	return m.pump()
}

// clickItem selects the item at body row row.
func (m *Model) clickItem(row int) {
	pane := m.reader.active
	if !m.hasItems(pane) {
		return
	}
	p := m.activeRender()
	if p == nil {
		return
	}
	y := m.reader.y(pane, p, m.bodyHeight())
	line := y + row
	lo, hi := m.itemsNear(p, pane, line, 1)
	for k := lo; k < hi; k++ {
		if s, e, ok := m.itemRange(p, pane, k); ok && line >= s && line < e {
			m.sel[pane] = k
			return
		}
	}
}

// save pushes the current place onto the back stack.
func (m *Model) save() {
	r := &m.reader
	saved := *r
	saved.pos = append([]scrollPos(nil), r.pos...)
	m.stack = append(m.stack, navState{reader: saved, sel: m.sel, jump: m.jump, focus: m.focus})
	if len(m.stack) > 64 {
		m.stack = m.stack[1:]
	}
}

// goBack returns to the last place saved.
func (m *Model) goBack() tea.Cmd {
	st := m.stack[len(m.stack)-1]
	m.stack = m.stack[:len(m.stack)-1]
	// The briefing may have been reloaded meanwhile: the place is kept,
	// on the briefing now read (unless it was a focus, which is its own).
	doc, wasFocus := m.reader.doc, m.inFocus()
	m.reader = st.reader
	r := &m.reader
	if !wasFocus && st.focus == nil && doc != nil && r.doc != doc && r.doc.entry.Path == doc.entry.Path {
		r.swapDoc(doc)
	}
	r.active = clampInt(r.active, 0, len(r.doc.titles)-1)
	m.sel, m.jump, m.focus = st.sel, st.jump, st.focus
	if m.jump != nil {
		m.jump.p = nil // recompute its highlights
	}
	if r.active < 4 {
		m.lastP[r.active] = nil
		if p := m.activeRender(); p != nil {
			m.lastY[r.active], m.lastP[r.active] = r.y(r.active, p, m.bodyHeight()), p
		}
	}
	return m.pump()
}

// itemKind maps a standard pane to the kind of its items' evidence.
func itemKind(pane int) (evidence.Kind, bool) {
	switch pane {
	case 0:
		return evidence.Summary, true
	case 2:
		return evidence.Timeline, true
	case 3:
		return evidence.Quote, true
	}
	return 0, false
}

// itemCites returns the citations of an item.
func itemCites(b *briefings.Briefing, pane, k int) []string {
	switch pane {
	case 0:
		return b.Summary[k].Cites
	case 1:
		return b.Actors[k].Cites
	case 2:
		return b.Timeline[k].Cites
	case 3:
		return b.Quotes[k].Cites
	}
	return nil
}

// enterItem opens the evidence of the current item (or, on an actor, its
// focus).
func (m *Model) enterItem() tea.Cmd {
	pane := m.reader.active
	if !m.hasItems(pane) {
		return nil
	}
	if pane == 1 {
		return m.openFocus(m.sel[pane])
	}
	kind, _ := itemKind(pane)
	return m.openEvidence(kind, m.sel[pane])
}

// openEvidence shows the evidence of item index of kind in the Sources
// pane, saving the current place.
func (m *Model) openEvidence(kind evidence.Kind, index int) tea.Cmd {
	return m.openEvidenceFrom(kind, index, true)
}

// openEvidenceFrom is openEvidence; save is false when the caller saved
// the place to come back to already (actor focus).
func (m *Model) openEvidenceFrom(kind evidence.Kind, index int, save bool) tea.Cmd {
	d := m.reader.doc
	ev := d.prov.ev
	if ev == nil || !ev.found {
		m.evWanted = true
		m.opening = &jumpState{kind: kind, index: index}
		m.setStatus("finding the evidence in the sources…", false)
		return nil
	}
	var it *evidence.Item
	if int(kind) < len(ev.itemEv) && index < len(ev.itemEv[kind]) {
		it = ev.itemEv[kind][index]
	}
	if it == nil || len(it.Evidence) == 0 {
		m.setStatus(m.noEvidenceWhy(kind, index), true)
		return nil
	}
	j := &jumpState{kind: kind, index: index, evs: it.Evidence}
	// Start on the first source that says it.
	for i, e := range it.Evidence {
		if e.Status != evidence.NotFound {
			j.at = i
			break
		}
	}
	if save {
		m.save()
	}
	m.jump = j
	m.focus = nil
	return m.showEvidence()
}

// noEvidenceWhy says why an item has no evidence to show.
func (m *Model) noEvidenceWhy(kind evidence.Kind, index int) string {
	b := m.reader.doc.b
	var cites []string
	switch kind {
	case evidence.Summary:
		cites = b.Summary[index].Cites
	case evidence.Timeline:
		cites = b.Timeline[index].Cites
	default:
		cites = b.Quotes[index].Cites
	}
	if len(cites) == 0 {
		return "this item cites no source"
	}
	ev := m.reader.doc.prov.ev
	for _, c := range cites {
		if si := ev.sourceIndex(c); si >= 0 && ev.rep.Sources[si].Err != nil {
			return c + ": no text: " + whyNoText(ev.rep.Sources[si].Err)
		}
	}
	return "no cited source is in the briefing: " + strings.Join(cites, ", ")
}

// showEvidence scrolls the Sources pane to the evidence jump.at and
// highlights it.
func (m *Model) showEvidence() tea.Cmd {
	j := m.jump
	e := j.evs[j.at]
	j.close = e.Status == evidence.NotFound
	m.reader.active = sourcesPane
	j.p, j.pending = nil, true
	note := fmt.Sprintf("%s (%d of %d cited)", e.Source, j.at+1, len(j.evs))
	if len(j.evs) == 1 {
		note = e.Source
	}
	switch {
	case e.Status == evidence.NotFound && e.Sentence.Empty():
		m.setStatus("not found in "+e.Source+"; no sentence of it is close", true)
		j.pending = false
	case e.Status == evidence.NotFound:
		m.setStatus("not found in "+e.Source+"; closest sentence shown", true)
	case e.Status == evidence.Approximate:
		m.setStatus(note+": found approximately", false)
	default:
		m.setStatus(note, false)
	}
	if len(j.evs) > 1 {
		m.status += " · n/N: other sources"
	}
	if !j.pending {
		return m.pump()
	}
	ev := m.reader.doc.prov.ev
	si := ev.sourceIndex(e.Source)
	if si < 0 || len(ev.blocks[si]) == 0 {
		j.pending = false
		return m.pump()
	}
	ref := ev.blocks[si][ev.paraOf(si, e.Sentence.Start)]
	p := m.activeRender()
	if p != nil && ref.c >= 0 {
		if _, _, ok := m.blockLines(p, ref); !ok {
			m.reader.pos[sourcesPane] = scrollPos{chunk: ref.c}
			p.prioritize(ref.c)
		}
	}
	m.resolvePending()
	return m.pump()
}

// resolvePending places the evidence once its chunk is rendered.
func (m *Model) resolvePending() {
	j := m.jump
	if j == nil || m.reader.active != sourcesPane {
		return
	}
	p := m.activeRender()
	if p == nil || !m.jumpHighlights(p) {
		return
	}
	if j.pending && len(j.hs) > 0 {
		h := m.bodyHeight()
		first, last := j.hs[0].Line, j.hs[len(j.hs)-1].Line
		y := first - max(1, (h-(last-first+1))/3)
		m.reader.setY(sourcesPane, p, h, y)
		j.pending = false
	}
}

// jumpHighlights computes the highlights of the evidence shown for
// rendering p; false while its paragraph is not rendered.
func (m *Model) jumpHighlights(p *paneRender) bool {
	j := m.jump
	if j.p == p && j.rev == p.rev {
		return true
	}
	ev := m.reader.doc.prov.ev
	if ev == nil {
		return false
	}
	e := j.evs[j.at]
	si := ev.sourceIndex(e.Source)
	if si < 0 || len(ev.paras[si]) == 0 || e.Sentence.Empty() {
		j.p, j.rev, j.hs = p, p.rev, nil
		return true
	}
	text := ev.rep.Sources[si].Text
	k := ev.paraOf(si, e.Sentence.Start)
	ps := ev.paras[si][k]
	pe := len(text)
	if k+1 < len(ev.paras[si]) {
		pe = ev.paras[si][k+1]
	}
	start, end, ok := m.blockLines(p, ev.blocks[si][k])
	if !ok {
		return false
	}
	para := text[ps:pe]
	hs := spanCells(para, e.Sentence.Start-ps, min(e.Sentence.End, pe)-ps, p.lines[start:end], start)
	if !e.Date.Empty() && !j.close {
		ds := spanCells(para, e.Date.Start-ps, min(e.Date.End, pe)-ps, p.lines[start:end], start)
		for i := range ds {
			ds[i].Current = true
		}
		hs = mergeHighlights(hs, ds)
	}
	j.p, j.rev, j.hs = p, p.rev, hs
	return true
}

// mergeHighlights lays the current highlights over the others: a range of
// the others is cut where a current one covers it.
func mergeHighlights(base, over []Highlight) []Highlight {
	var out []Highlight
	for _, b := range base {
		segs := []Highlight{b}
		for _, o := range over {
			if o.Line != b.Line {
				continue
			}
			var next []Highlight
			for _, s := range segs {
				if o.End <= s.Start || o.Start >= s.End {
					next = append(next, s)
					continue
				}
				if s.Start < o.Start {
					next = append(next, Highlight{Line: s.Line, Start: s.Start, End: o.Start})
				}
				if o.End < s.End {
					next = append(next, Highlight{Line: s.Line, Start: o.End, End: s.End})
				}
			}
			segs = next
		}
		out = append(out, segs...)
	}
	out = append(out, over...)
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Line != out[b].Line {
			return out[a].Line < out[b].Line
		}
		return out[a].Start < out[b].Start
	})
	return out
}

// provOverlay draws over line i of pane: search highlights, the current
// item's gutter mark, the evidence highlighted in the Sources pane, and
// sources' URLs as hyperlinks.
func (m *Model) provOverlay(pane, i int, line string) string {
	line = m.searchOverlay(pane, i, line)
	p := m.activeRender()
	if p == nil {
		return line
	}
	switch {
	case pane < 4 && m.hasItems(pane):
		if s, e, ok := m.itemRange(p, pane, m.sel[pane]); ok && i >= s && i < e {
			line = m.gutter(line)
		}
		if note := m.notFoundAt(p, pane, i); note != "" {
			line = m.withNote(line, note)
		}
	case pane == sourcesPane && m.jump != nil:
		if m.jumpHighlights(p) && len(m.jump.hs) > 0 {
			hs := m.jump.hs
			lo := sort.Search(len(hs), func(k int) bool { return hs[k].Line >= i })
			if lo < len(hs) && hs[lo].Line == i {
				line, hs = m.markDate(line, hs[lo:])
				line = m.gutter(applyHighlights(line, i, hs, m.styles))
			}
		}
		line = m.hyperlink(line)
	case pane == sourcesPane:
		line = m.hyperlink(line)
	}
	return line
}

// markDate puts the match marks around the date expression of a timeline
// entry's evidence (the current highlight) where the style draws marks as
// text (notty, TERM=dumb): reverse video alone, or none, cannot tell it
// from the rest of the sentence. hs start at the line's highlights; the
// line's highlights are returned moved past the marks.
func (m *Model) markDate(line string, hs []Highlight) (string, []Highlight) {
	mk := m.styles.MatchMarks
	n := 0
	for n < len(hs) && hs[n].Line == hs[0].Line {
		n++
	}
	if mk.IsZero() {
		return line, hs[:n]
	}
	out := slices.Clone(hs[:n])
	open, closing := xansi.StringWidth(mk.CurrentOpen), xansi.StringWidth(mk.CurrentClose)
	for k := n - 1; k >= 0; k-- { // right to left: cells to the left stay put
		h := out[k]
		if !h.Current {
			continue
		}
		line = xansi.Cut(line, 0, h.Start) + mk.CurrentOpen + xansi.Cut(line, h.Start, h.End) + mk.CurrentClose + xansi.Cut(line, h.End, xansi.StringWidth(line))
		for j := range out {
			switch {
			case j == k:
				out[j].Start += open
				out[j].End += open
			case out[j].Start >= h.End:
				out[j].Start += open + closing
				out[j].End += open + closing
			}
		}
	}
	// The marks widen the line: it must not wrap on the terminal.
	return xansi.Truncate(line, m.width, ""), out
}

// gutter puts the mark in the first column of a line (the document
// margin).
func (m *Model) gutter(line string) string {
	if line == "" {
		return m.mark()
	}
	return m.mark() + xansi.TruncateLeft(line, 1, "")
}

// hyperlink makes a line of the Sources pane that is a source's URL an
// OSC 8 hyperlink (terminals without them show the text as it is); not in
// the plain styles, whose output must stay free of escape sequences.
func (m *Model) hyperlink(line string) string {
	if m.styleName == StyleNoTTY || m.styleName == StyleASCII || !strings.Contains(line, "://") {
		return line
	}
	ev := m.reader.doc.prov.ev
	if ev == nil {
		return line
	}
	t := strings.TrimSpace(xansi.Strip(line))
	for _, s := range ev.rep.Sources {
		if s.URL != "" && s.URL == t && !strings.ContainsAny(s.URL, "\x1b\x07") {
			return xansi.SetHyperlink(s.URL) + line + xansi.ResetHyperlink()
		}
	}
	return line
}

// copyItem copies the current item as markdown with its citations
// expanded, with OSC 52 (which also reaches the analyst's clipboard over
// SSH; a terminal that ignores it loses nothing).
func (m *Model) copyItem() tea.Cmd {
	pane := m.reader.active
	if !m.hasItems(pane) {
		return nil
	}
	text := itemMarkdown(m.reader.doc.b, pane, m.sel[pane])
	m.setStatus(fmt.Sprintf("copied %d characters with citation", len([]rune(text))), false)
	return tea.SetClipboard(text)
}

// itemMarkdown is item k of a standard pane as markdown, each citation
// expanded to the source's publisher, title, date and URL.
func itemMarkdown(b *briefings.Briefing, pane, k int) string {
	var t string
	switch pane {
	case 0:
		t = b.Summary[k].Text
	case 1:
		a := b.Actors[k]
		t = "**" + a.Name + "**"
		if a.Type != "" {
			t += " (" + a.Type + ")"
		}
		if a.Role != "" {
			t += " — " + a.Role
		}
	case 2:
		e := b.Timeline[k]
		d := e.Date
		if e.End != "" {
			d += " – " + e.End
		}
		t = "**" + d + "** — " + e.Text
	case 3:
		q := b.Quotes[k]
		t = "“" + q.Text + "”"
		if q.Speaker != "" {
			t += " — " + q.Speaker
		}
	}
	var cites []string
	for _, id := range itemCites(b, pane, k) {
		cites = append(cites, expandCite(b, id))
	}
	if len(cites) > 0 {
		t += " [" + strings.Join(cites, "; ") + "]"
	}
	return t
}

// expandCite is a citation as the analyst pastes it: [S2: Arab News,
// "Title", 2022-09-20, URL].
func expandCite(b *briefings.Briefing, id string) string {
	for _, s := range b.Sources {
		if s.ID != id {
			continue
		}
		parts := []string{}
		if s.Publisher != "" {
			parts = append(parts, s.Publisher)
		}
		if s.Title != "" {
			parts = append(parts, "\""+s.Title+"\"")
		}
		if s.Published != "" {
			parts = append(parts, s.Published)
		}
		if s.URL != "" {
			parts = append(parts, s.URL)
		}
		if len(parts) == 0 {
			return id
		}
		return id + ": " + strings.Join(parts, ", ")
	}
	return id
}

// painted reports that the pane on screen has painted (its first chunk is
// rendered) and no search or pattern is being typed or run.
func (m *Model) painted() bool {
	if m.search.typing || m.search.onlyTyping || m.search.active() {
		return false
	}
	p := m.activeRender()
	return p != nil && p.nDone > 0
}

// idle reports that the pane on screen is rendered whole and no search or
// pattern is being typed or run.
func (m *Model) idle() bool {
	if m.search.typing || m.search.onlyTyping || m.search.active() {
		return false
	}
	p := m.activeRender()
	return p != nil && p.complete()
}

// notFound caches, for one rendering of a pane, the first line of each
// item that a source it cites does not support, and what to say.
type notFound struct {
	p     *paneRender
	rev   uint64
	ev    *provEvidence
	found bool
	lines map[int]string
}

// notFoundAt returns the note for line i of pane ("not found in S2") when
// an item unsupported by a source it cites starts there.
func (m *Model) notFoundAt(p *paneRender, pane, i int) string {
	d := m.reader.doc
	kind, ok := itemKind(pane)
	if !ok || d.prov.ev == nil {
		return ""
	}
	c := &m.nf[pane]
	if c.p != p || c.rev != p.rev || c.ev != d.prov.ev || c.found != d.prov.ev.found {
		*c = notFound{p: p, rev: p.rev, ev: d.prov.ev, found: d.prov.ev.found, lines: map[int]string{}}
		for k, it := range d.prov.ev.itemEv[kind] {
			if it == nil || k >= len(d.prov.items[pane]) {
				continue
			}
			var missing []string
			for _, e := range it.Evidence {
				if e.Status == evidence.NotFound {
					missing = append(missing, e.Source)
				}
			}
			if len(missing) == 0 {
				continue
			}
			if s, _, ok := m.blockLines(p, d.prov.items[pane][k][0]); ok {
				c.lines[s] = "not found in " + strings.Join(missing, ", ")
			}
		}
	}
	return c.lines[i]
}

// withNote writes note at the right end of a line, marked with "⚠" so that
// it shows without colour; a line too long for it keeps its text and
// loses its end to the note.
func (m *Model) withNote(line, note string) string {
	note = "⚠ " + note
	w := m.width - 1
	nw := lipgloss.Width(note)
	lw := lipgloss.Width(line)
	if lw+nw+2 > w {
		line = xansi.Truncate(line, max(0, w-nw-2), "…")
		lw = lipgloss.Width(line)
	}
	return line + strings.Repeat(" ", max(1, w-lw-nw)) + m.styles.ErrorText.Render(note)
}
