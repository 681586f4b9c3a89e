package ui

import (
	"fmt"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/briefings/evidence"
)

// Actor focus: enter on an actor shows, in a pane of its own, everything
// the briefing says about it: the summary sentences and timeline entries
// that name it (by name or alias), the quotes it spoke, each with its
// citation, and its mentions per source. Each is an item: enter on one
// opens its evidence (a source's mentions: the first of them, n/N the
// others). Back returns to the actor.

// focusState is the actor focus shown.
type focusState struct {
	actor   int
	doc     *loadedDoc
	targets []focusTarget // one per item of the focus pane
}

// focusTarget is where enter on an item of the focus leads.
type focusTarget struct {
	kind   evidence.Kind // Summary, Timeline or Quote; -1: mentions
	index  int           // in the briefing's Summary, Timeline, Quotes
	source int           // mentions: the source
}

// inFocus reports whether the actor focus is on screen.
func (m *Model) inFocus() bool {
	return m.focus != nil && m.reader.doc == m.focus.doc
}

// names returns an actor's name and aliases.
func names(a briefings.Actor) []string {
	var out []string
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// mentionsIn reports whether text names actor a (whole words, as
// evidence.Mentions finds them). A quick substring test rules most texts
// out: with thousands of items it keeps focus instant.
func mentionsIn(text string, a briefings.Actor, ns []string) bool {
	for _, n := range ns {
		if strings.Contains(text, n) {
			return len(evidence.Mentions(text, []briefings.Actor{a})[0]) > 0
		}
	}
	return false
}

// openFocus shows the focus on actor k of the open briefing.
func (m *Model) openFocus(k int) tea.Cmd {
	d := m.reader.doc
	if d.prov.ev == nil || !d.prov.ev.found {
		m.evWanted = true
		m.opening = &jumpState{kind: -1, index: k}
		m.setStatus("finding the evidence in the sources…", false)
		return nil
	}
	f := newFocus(d, k)
	m.save()
	m.focus = f
	m.jump = nil
	m.reader = newReader(f.doc, 0)
	m.sel[0] = 0
	m.lastP[0] = nil
	return m.pump()
}

// newFocus builds the focus pane of actor k: markdown whose every entry is
// one block, and the blocks that are items.
func newFocus(d *loadedDoc, k int) *focusState {
	b := d.b
	a := b.Actors[k]
	ns := names(a)
	f := &focusState{actor: k}
	var blocks []string
	var itemBlocks []int
	item := func(md string, t focusTarget) {
		itemBlocks = append(itemBlocks, len(blocks))
		blocks = append(blocks, md)
		f.targets = append(f.targets, t)
	}
	head := "**" + escapeAll(a.Name) + "**"
	if a.Type != "" {
		head += " (" + escapeAll(a.Type) + ")"
	}
	if a.Role != "" {
		head += " — " + escapeAll(a.Role)
	}
	blocks = append(blocks, head+citeText(a.Cites))
	if len(a.Aliases) > 0 {
		blocks = append(blocks, "*Also:* "+escapeAll(strings.Join(a.Aliases, "; ")))
	}
	section := func(title string, n int) {
		blocks = append(blocks, "---", fmt.Sprintf("**%s** (%d)", title, n))
	}
	sum, tl, qs := mentioning(b, a, ns)
	section("Summary", len(sum))
	for _, i := range sum {
		item(escapeAll(b.Summary[i].Text)+citeText(b.Summary[i].Cites), focusTarget{kind: evidence.Summary, index: i})
	}
	section("Timeline", len(tl))
	for _, i := range tl {
		e := b.Timeline[i]
		date := e.Date
		if e.End != "" {
			date += " – " + e.End
		}
		note := ""
		if n := e.Note(); n != "" {
			note = " (" + escapeAll(n) + ")"
		}
		item("**"+escapeAll(date)+"**"+note+" — "+escapeAll(e.Text)+citeText(e.Cites), focusTarget{kind: evidence.Timeline, index: i})
	}
	section("Quotes", len(qs))
	for _, i := range qs {
		q := b.Quotes[i]
		item("“"+escapeAll(q.Text)+"”"+citeText(q.Cites), focusTarget{kind: evidence.Quote, index: i})
	}
	ev := d.prov.ev
	section("Mentions per source", len(ev.rep.Sources))
	for si, s := range ev.rep.Sources {
		line := "**" + escapeAll(s.ID) + "** " + escapeAll(s.Title)
		switch {
		case s.Err != nil:
			blocks = append(blocks, line+" — *no text: "+escapeAll(whyNoText(s.Err))+"*")
			continue
		case len(ev.mentions[si]) <= k || len(ev.mentions[si][k]) == 0:
			blocks = append(blocks, line+" — not mentioned")
			continue
		}
		item(line+" — "+plural(len(ev.mentions[si][k]), "mention", "mentions"), focusTarget{kind: -1, source: si})
	}
	chunks, pd := blockItems(blocks, itemBlocks)
	if len(pd.items[0]) != len(f.targets) {
		pd.items[0] = nil
	}
	title := "Focus: " + a.Name
	f.doc = &loadedDoc{
		entry: d.entry, version: fmt.Sprintf("%s#actor%d", d.version, k), b: b,
		titles: []string{title}, chunks: [][]chunk{chunks}, prov: pd,
	}
	return f
}

// mentioning returns the summary statements and timeline events that
// mention actor a (known by the names ns), and the quotes a spoke.
func mentioning(b *briefings.Briefing, a briefings.Actor, ns []string) (sum, tl, qs []int) {
	for i, s := range b.Summary {
		if mentionsIn(s.Text, a, ns) {
			sum = append(sum, i)
		}
	}
	for i, e := range b.Timeline {
		if mentionsIn(e.Text, a, ns) {
			tl = append(tl, i)
		}
	}
	for i, q := range b.Quotes {
		if slices.Contains(ns, strings.TrimSpace(q.Speaker)) {
			qs = append(qs, i)
		}
	}
	return sum, tl, qs
}

// blockItems cuts a pane made of markdown blocks into chunks and maps the
// blocks at itemBlocks (indexes into blocks) to items of pane 0.
func blockItems(blocks []string, itemBlocks []int) ([]chunk, *provDoc) {
	chunks := splitChunks(strings.Join(blocks, "\n\n") + "\n")
	var refs []blockRef
	for c, ch := range chunks {
		for n := range blockStarts(ch.md) {
			refs = append(refs, blockRef{c, n})
		}
	}
	pd := &provDoc{}
	first := make([]int, len(chunks)+1)
	for _, g := range itemBlocks {
		if g < len(refs) {
			pd.items[0] = append(pd.items[0], []blockRef{refs[g]})
		}
	}
	for c := range chunks {
		first[c] = len(pd.items[0])
		for i, it := range pd.items[0] {
			if it[0].c >= c {
				first[c] = i
				break
			}
		}
	}
	first[len(chunks)] = len(pd.items[0])
	pd.chunkItems[0] = first
	return chunks, pd
}

// citeText is a citation as the panes write it: " [S1, S2]".
func citeText(cites []string) string {
	if len(cites) == 0 {
		return ""
	}
	return " \\[" + escapeAll(strings.Join(cites, ", ")) + "\\]"
}

// focusEnter opens what the current item of the focus leads to, keeping
// the focus to come back to.
func (m *Model) focusEnter() tea.Cmd {
	f := m.focus
	k := m.sel[0]
	if k >= len(f.targets) {
		return nil
	}
	t := f.targets[k]
	base := m.stack[len(m.stack)-1] // the briefing the focus was opened from
	m.save()
	m.reader = base.reader
	m.reader.pos = append([]scrollPos(nil), base.reader.pos...)
	m.sel = base.sel
	if t.kind >= 0 {
		return m.openEvidenceFrom(t.kind, t.index, false)
	}
	ev := m.reader.doc.prov.ev
	s := ev.rep.Sources[t.source]
	var evs []evidence.Evidence
	for _, sp := range ev.mentions[t.source][f.actor] {
		evs = append(evs, evidence.Evidence{Source: s.ID, Status: evidence.Found, Match: sp, Sentence: sp, Score: 1})
	}
	m.focus = nil
	m.jump = &jumpState{kind: -1, evs: evs}
	return m.showEvidence()
}
