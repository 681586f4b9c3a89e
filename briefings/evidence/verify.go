package evidence

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/brief-team/brief/briefings"
)

// Stats counts the checks of Verify: one per item and cited source whose
// text could be read.
type Stats struct {
	Checked, Found, Approximate, NotFound int
	// Corroborated counts the citations of a timeline entry by a source
	// that tells its event in its own words (Found in another it cites).
	Corroborated int
	// Unverified counts the citations of sources without text.
	Unverified int
	// Dated counts the timeline entries' citations found whose date
	// expression was recognised too, of TimelineFound.
	Dated, TimelineFound int
}

// Verify checks every summary sentence, timeline entry and quote of the
// briefing file name (contents data) against the sources it cites, read
// with read, and returns what it finds, by line: problems (an item no cited
// source says, a source that cannot be read) and warnings, which do not
// fail the check (an item only approximately in its source, a source
// without a path). err is set only when the
// file cannot be parsed at all (Lint reports why).
func Verify(name string, data []byte, read Reader) ([]briefings.Problem, Stats, error) {
	b, lines, err := briefings.ParseLines(name, data)
	if b == nil {
		return nil, Stats{}, err
	}
	r := Find(b, read)
	var out []briefings.Problem
	var st Stats
	add := func(line int, warn bool, format string, args ...any) {
		out = append(out, briefings.Problem{File: name, Line: line, Msg: fmt.Sprintf(format, args...), Warning: warn})
	}
	byID := map[string]int{}
	for i, s := range r.Sources {
		if _, dup := byID[s.ID]; !dup {
			byID[s.ID] = i
		}
		if s.Err == nil {
			continue
		}
		// Said once, at the source, not at every item citing it.
		if errors.Is(s.Err, briefings.ErrNoPath) {
			add(briefings.At(lines.Sources, i), true, "%s has no path; its items are not verified", s.ID)
		} else {
			add(briefings.At(lines.Sources, i), false, "%v; its items are not verified", s.Err)
		}
	}
	for _, it := range r.Items {
		var line int
		var cites []string
		switch it.Kind {
		case Summary:
			line, cites = briefings.At(lines.Summary, it.Index), b.Summary[it.Index].Cites
		case Timeline:
			line, cites = briefings.At(lines.Timeline, it.Index), b.Timeline[it.Index].Cites
		default:
			line, cites = briefings.At(lines.Quotes, it.Index), b.Quotes[it.Index].Cites
		}
		for _, c := range cites {
			si, ok := byID[c]
			if !ok {
				continue // Lint reports a citation of an unknown source
			}
			if r.Sources[si].Err != nil {
				st.Unverified++
			}
		}
		for _, ev := range it.Evidence {
			st.Checked++
			src := r.Sources[byID[ev.Source]]
			switch ev.Status {
			case Found:
				st.Found++
				if it.Kind == Timeline {
					st.TimelineFound++
					if !ev.Date.Empty() {
						st.Dated++
					}
				}
			case Corroborated:
				st.Corroborated++
			case Approximate:
				st.Approximate++
				add(line, true, "only approximately in %s (%s): closest %q", ev.Source, src.Path, oneLine(ev.Closest, 200))
			default:
				st.NotFound++
				add(line, false, "not found in %s (%s)", ev.Source, src.Path)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b briefings.Problem) int { return a.Line - b.Line })
	return out, st, nil
}

// oneLine collapses whitespace and shortens s to about n bytes.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}
