package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

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
	case sourcesPartMsg:
		return m.gotPart(msg), true
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
	// rendered whole and for the whole briefing (not its lead).
	if m.reader.active == sourcesPane || m.evWanted || m.painted() {
		cmd = tea.Batch(cmd, m.wantEvidence())
	}
	if d := m.reader.doc; !d.lead && d.prov.evidence() != nil && !d.prov.ev.finding && (m.evWanted || m.idle()) {
		d.prov.ev.finding = true
		cmd = tea.Batch(cmd, findCmd(d.b, d.prov.ev, d.prov.ev.data))
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
	case e.Status == evidence.Corroborated:
		m.setStatus(note+": the same event in its own words", false)
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
