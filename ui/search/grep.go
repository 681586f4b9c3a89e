package search

// PaneLines is one pane's rendered lines, for Grep.
type PaneLines struct {
	Name  string
	Lines []string
}

// GrepHit is one line that a match touches.
type GrepHit struct {
	Pane     string // pane title, e.g. "Timeline"
	PaneNum  int    // 0-based pane number
	Line     int    // 1-based line number within the rendered pane
	Text     string // the line's visible text: no escapes, margin trimmed
	Segments []Segment
}

// Grep searches rendered panes the way the reader does and returns every
// line a match touches, in pane and line order, each once. A phrase wrapped
// across two lines yields both lines. It is the engine of
// `brief show FILE --grep QUERY`; query errors are Compile's.
func Grep(panes []PaneLines, query string) ([]GrepHit, error) {
	q, err := Compile(query)
	if err != nil {
		return nil, err
	}
	ps := make([]*Pane, len(panes))
	for i, p := range panes {
		ps[i] = NewPane(p.Name, p.Lines)
	}
	x := Search(ps, q)
	var hits []GrepHit
	for k := 0; k < x.Len(); k++ {
		m := x.Match(k)
		for _, s := range m.Segments {
			n := len(hits)
			if n > 0 && hits[n-1].PaneNum == m.Pane && hits[n-1].Line == s.Line+1 {
				hits[n-1].Segments = append(hits[n-1].Segments, s)
				continue
			}
			hits = append(hits, GrepHit{
				Pane:     panes[m.Pane].Name,
				PaneNum:  m.Pane,
				Line:     s.Line + 1,
				Text:     ps[m.Pane].LineText(s.Line),
				Segments: []Segment{s},
			})
		}
	}
	return hits, nil
}
