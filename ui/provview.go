package ui

import (
	"slices"
	"sort"
	"strings"

	"charm.land/lipgloss/v2"
	xansi "github.com/charmbracelet/x/ansi"

	"github.com/brief-team/brief/briefings/evidence"
)

// mark is the gutter mark of the current item and of the evidence.
func (m *Model) mark() string {
	if m.styleName == StyleASCII {
		return ">"
	}
	return "▌"
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
