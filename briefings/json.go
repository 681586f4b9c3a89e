package briefings

import "encoding/json"

// MarshalJSON writes the briefing with the field names of brief's export
// format (see briefing.schema.json). Empty lists are written as [] rather
// than null, so consumers never need a null check.
func (b Briefing) MarshalJSON() ([]byte, error) {
	type plain Briefing // no MarshalJSON: avoids recursion
	c := plain(b)
	c.Tags = orEmpty(c.Tags)
	c.Sources = orEmpty(c.Sources)
	c.Summary = orEmpty(c.Summary)
	for i := range c.Summary {
		c.Summary[i].Cites = orEmpty(c.Summary[i].Cites)
	}
	c.Actors = orEmpty(c.Actors)
	for i := range c.Actors {
		c.Actors[i].Aliases = orEmpty(c.Actors[i].Aliases)
		c.Actors[i].Cites = orEmpty(c.Actors[i].Cites)
	}
	c.Timeline = orEmpty(c.Timeline)
	for i := range c.Timeline {
		c.Timeline[i].Cites = orEmpty(c.Timeline[i].Cites)
	}
	c.Quotes = orEmpty(c.Quotes)
	for i := range c.Quotes {
		c.Quotes[i].Cites = orEmpty(c.Quotes[i].Cites)
	}
	c.Sections = orEmpty(c.Sections)
	return json.Marshal(c)
}

// orEmpty returns a copy of s that is non-nil, so the caller's briefing is
// never modified by marshalling.
func orEmpty[T any](s []T) []T {
	return append(make([]T, 0, len(s)), s...)
}
