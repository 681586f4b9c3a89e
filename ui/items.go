package ui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	xansi "github.com/charmbracelet/x/ansi"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/briefings/evidence"
)

// provDoc is what a loaded briefing carries for its provenance: the blocks
// of its standard panes (which rendered lines belong to which item) and,
// once read, its sources and the evidence of every item.
type provDoc struct {
	// items[pane][k] are the blocks of item k of standard pane pane (0-3);
	// nil for a pane whose items could not be told apart.
	items [4][][]blockRef
	// chunkItems[pane][c] is the first item that starts in chunk c, and
	// chunkItems[pane][c+1] one past the last.
	chunkItems [4][]int
	// ev is the briefing's evidence, set once its sources are read (in
	// Update, from evidenceMsg).
	ev *provEvidence
	// part is the Sources pane while ev is read: its first sources read,
	// the rest to come (sourcesPartMsg).
	part []chunk
}

// evidence is pd's evidence, nil before it is read or when pd is nil.
func (pd *provDoc) evidence() *provEvidence {
	if pd == nil {
		return nil
	}
	return pd.ev
}

// blockRef is one top-level markdown block of a pane: in chunk c, the n-th
// block of the chunk.
type blockRef struct{ c, n int }

// blockStarts returns the byte offset of each top-level block of a chunk's
// markdown, as splitChunks cuts them: an unindented line after a blank
// one, or an unindented list item.
func blockStarts(md string) []int {
	var out []int
	prevBlank := true
	off := 0
	for _, line := range strings.Split(md, "\n") {
		at := off
		off += len(line) + 1
		if strings.TrimSpace(line) == "" {
			prevBlank = true
			continue
		}
		if line[0] != ' ' && line[0] != '\t' && (prevBlank || listItemKind(line) != "") {
			out = append(out, at)
		}
		prevBlank = false
	}
	return out
}

// newProvDoc maps the items of the standard panes to their blocks, given
// each pane's item ranges (briefings.Pane.Items). It runs in the load
// command, with the rest of the cutting.
func newProvDoc(ranges [4][][2]int, chunks [][]chunk) *provDoc {
	pd := &provDoc{}
	for pane := 0; pane < 4 && pane < len(chunks); pane++ {
		pd.items[pane], pd.chunkItems[pane] = itemBlocks(ranges[pane], chunks[pane])
	}
	return pd
}

// itemBlocks returns the blocks of each item, given the byte ranges of the
// items in the markdown the chunks were cut from, and the first item that
// starts in each chunk (see provDoc.chunkItems). It returns nil when there
// are no items or one has no block of its own.
func itemBlocks(ranges [][2]int, chunks []chunk) ([][]blockRef, []int) {
	if len(ranges) == 0 {
		return nil, nil
	}
	items := make([][]blockRef, len(ranges))
	k, off := 0, 0
	for c, ch := range chunks {
		for n, at := range blockStarts(ch.md) {
			at += off
			for k < len(ranges) && ranges[k][1] <= at {
				k++
			}
			if k < len(ranges) && ranges[k][0] <= at {
				items[k] = append(items[k], blockRef{c, n})
			}
		}
		off += len(ch.md)
	}
	for _, it := range items {
		if len(it) == 0 {
			return nil, nil
		}
	}
	first := make([]int, len(chunks)+1)
	k = 0
	for c := range first {
		for k < len(items) && items[k][0].c < c {
			k++
		}
		first[c] = k
	}
	return items, first
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

// renderedBlocks returns the first line (within the chunk's rendered
// lines) of each top-level block of chunk c of p, or nil when the chunk is
// not rendered or its blocks cannot be told apart: a block starts after a
// blank line or with a list bullet at the document margin.
func (m *Model) renderedBlocks(p *paneRender, c int) []int {
	if c < 0 || c >= len(p.done) || p.done[c] == nil {
		return nil
	}
	k := blockKey{p, c}
	if v, ok := m.blockCache[k]; ok {
		return v
	}
	var starts []int
	prevBlank := true
	for j, l := range p.done[c] {
		s := xansi.Strip(l)
		if strings.TrimSpace(s) == "" {
			prevBlank = true
			continue
		}
		if prevBlank || isBullet(s) {
			starts = append(starts, j)
		}
		prevBlank = false
	}
	if len(starts) != len(blockStarts(p.chunks[c].md)) {
		starts = nil
	}
	if m.blockCache == nil || len(m.blockCache) > 4096 {
		m.blockCache = map[blockKey][]int{}
	}
	m.blockCache[k] = starts
	return starts
}

type blockKey struct {
	p *paneRender
	c int
}

// isBullet reports a rendered line that starts a top-level list item.
func isBullet(s string) bool {
	if !strings.HasPrefix(s, "  ") || len(s) < 4 {
		return false
	}
	r, n := utf8.DecodeRuneInString(s[2:])
	return (r == '•' || r == '*' || r == '-') && strings.HasPrefix(s[2+n:], " ")
}

// blockLines returns the rendered lines [start, end) of block ref of p,
// trailing blank lines excluded; ok is false when it is not rendered.
func (m *Model) blockLines(p *paneRender, ref blockRef) (start, end int, ok bool) {
	bs := m.renderedBlocks(p, ref.c)
	if ref.n >= len(bs) {
		return 0, 0, false
	}
	start = p.starts[ref.c] + bs[ref.n]
	e := len(p.done[ref.c])
	if ref.n+1 < len(bs) {
		e = bs[ref.n+1]
	}
	end = p.starts[ref.c] + e
	for end > start+1 && strings.TrimSpace(xansi.Strip(p.lines[end-1])) == "" {
		end--
	}
	return start, end, true
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
		t = "**" + d + "**"
		if n := e.Note(); n != "" {
			t += " (" + n + ")"
		}
		t += " — " + e.Text
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
