package evidence

import "github.com/brief-team/brief/briefings"

// Annotate returns a copy of b whose summary sentences, timeline entries
// and quotes carry their evidence from r (a Report of b), as `brief
// export` prints it; b is not modified. Items citing only sources without
// text get none.
func Annotate(b *briefings.Briefing, r *Report) *briefings.Briefing {
	c := *b
	c.Summary = append([]briefings.Statement(nil), b.Summary...)
	c.Timeline = append([]briefings.Event(nil), b.Timeline...)
	c.Quotes = append([]briefings.Quote(nil), b.Quotes...)
	text := map[string]string{}
	for _, s := range r.Sources {
		if s.Err == nil {
			if _, dup := text[s.ID]; !dup {
				text[s.ID] = s.Text
			}
		}
	}
	for _, it := range r.Items {
		var out []briefings.Evidence
		for _, ev := range it.Evidence {
			out = append(out, exported(ev, text[ev.Source]))
		}
		switch it.Kind {
		case Summary:
			c.Summary[it.Index].Evidence = out
		case Timeline:
			c.Timeline[it.Index].Evidence = out
		case Quote:
			c.Quotes[it.Index].Evidence = out
		}
	}
	return &c
}

func exported(ev Evidence, text string) briefings.Evidence {
	span := func(s Span) *briefings.TextSpan {
		if s.Empty() || s.End > len(text) {
			return nil
		}
		return &briefings.TextSpan{Text: text[s.Start:s.End], Start: s.Start, End: s.End}
	}
	out := briefings.Evidence{Source: ev.Source, Score: ev.Score}
	switch ev.Status {
	case Found:
		out.Status = "found"
		out.Match = span(ev.Match)
	case Approximate:
		out.Status = "approximate"
	case Corroborated:
		out.Status = "corroborated"
	default:
		out.Status = "not_found"
	}
	out.Sentence = span(ev.Sentence)
	out.Date = span(ev.Date)
	return out
}
