package briefings

// Lines is where the items of a briefing file stand (1-based lines, in the
// order of the briefing's lists; 0 when unknown), so that a check made on
// the parsed briefing, such as `brief lint --verify`, can report each
// problem at its line.
type Lines struct {
	Sources, Summary, Actors, Timeline, Quotes []int
}

// ParseLines is Parse, also returning where each item stands.
func ParseLines(name string, data []byte) (*Briefing, Lines, error) {
	p := newParser(name, data)
	b := p.parse()
	var ls Lines
	if b != nil {
		ls = Lines{
			Sources:  p.frontMatterLines().sources,
			Summary:  p.summaryLines,
			Actors:   p.actorLines,
			Timeline: p.eventLines,
			Quotes:   p.quoteLines,
		}
	}
	if len(p.probs) > 0 {
		return b, ls, p.probs
	}
	return b, ls, nil
}

// At returns the line of item i of a list of Lines, or 0.
func At(lines []int, i int) int {
	if i >= 0 && i < len(lines) {
		return lines[i]
	}
	return 0
}
