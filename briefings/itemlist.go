package briefings

import (
	"strings"
)

// Item is one item of a pane as plain text, with the line of the file it
// starts on: what `brief show --grep` and `brief grep` print and match.
type Item struct {
	Pane string // pane title, as Panes names it
	Line int    // 1-based line of the file
	Text string // the whole item, as the reader shows it, without markup
}

// ParseItems parses a briefing (as Parse does, with the same result and
// problems) and lists its items: each summary statement, actor, timeline
// entry and quote, and each non-blank line of an extra section, in pane
// order.
func ParseItems(name string, data []byte) (*Briefing, []Item, error) {
	p := newParser(name, data)
	b := p.parse()
	var err error
	if len(p.probs) > 0 {
		err = p.probs
	}
	if b == nil {
		return nil, nil, err
	}
	var items []Item
	add := func(pane string, lines []int, i int, text string) {
		line := 0
		if i < len(lines) {
			line = lines[i]
		}
		items = append(items, Item{Pane: pane, Line: line, Text: text})
	}
	for i, s := range b.Summary {
		add(StandardPanes[0], p.summaryLines, i, plainCite(s.Text, s.Cites))
	}
	for i, a := range b.Actors {
		t := a.Name
		if a.Type != "" {
			t += " (" + a.Type + ")"
		}
		if a.Role != "" {
			t += " — " + a.Role
		}
		if len(a.Aliases) > 0 {
			t += ". Also: " + strings.Join(a.Aliases, "; ")
		}
		add(StandardPanes[1], p.actorLines, i, plainCite(t, a.Cites))
	}
	for i, e := range b.Timeline {
		d := e.Date
		if e.End != "" {
			d += " – " + e.End
		}
		if n := e.Note(); n != "" {
			d += " (" + n + ")"
		}
		add(StandardPanes[2], p.eventLines, i, plainCite(d+" — "+e.Text, e.Cites))
	}
	for i, q := range b.Quotes {
		t := "“" + q.Text + "”"
		if q.Speaker != "" {
			t += " — " + q.Speaker
		}
		add(StandardPanes[3], p.quoteLines, i, plainCite(t, q.Cites))
	}
	for i, s := range b.Sections {
		start := 0
		if i < len(p.sectionLines) {
			start = p.sectionLines[i]
		}
		for k, l := range strings.Split(s.Markdown, "\n") {
			if strings.TrimSpace(l) != "" {
				items = append(items, Item{Pane: s.Title, Line: start + k, Text: strings.TrimSpace(l)})
			}
		}
	}
	return b, items, err
}

// plainCite is text followed by its citations, " [S1, S2]".
func plainCite(text string, cites []string) string {
	if len(cites) == 0 {
		return text
	}
	return text + " " + formatCites(cites)
}
