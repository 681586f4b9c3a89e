package eval

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/brief-team/brief/briefings"
)

// scoreEvents scores the timeline by sentence. The gold annotates every
// dated expression; the timeline lists a sentence once, under the date of
// the event its main clause reports. So a gold event is a sentence with
// non-optional dated expressions (grouped by their sentence), dated right
// when an entry holding it carries a date the gold accepts for any of
// them, or a range from one such date to another ("from 2004 to 2009",
// annotated as two points). Each expression is scored too, as before the
// timeline listed a sentence once (Expressions), and every sentence in
// more than one entry is counted (Repeated). It is one function because
// the three tallies share one pass over the gold and the entries.
func scoreEvents(fs *FileScore, b *briefings.Briefing, g Gold) {
	c := &fs.Counts
	holds := func(ge GoldEvent, e briefings.Event) bool {
		if ge.wholeSentence {
			want := alnum(ge.SentenceContains)
			t := alnum(e.Text)
			return t != "" && (strings.Contains(t, want) || strings.Contains(want, t))
		}
		return strings.Contains(normMatch(e.Text), normMatch(ge.SentenceContains))
	}
	type sentence struct {
		events   []GoldEvent // the non-optional ones
		accepted map[string]bool
		optional map[string]bool // dates of its optional expressions
	}
	var order []string
	bySentence := map[string]*sentence{}
	for _, ge := range g.Events {
		key := normMatch(ge.SentenceContains)
		if ge.wholeSentence {
			key = alnum(ge.SentenceContains)
		} else if i := slices.IndexFunc(g.sentences, func(s string) bool { return strings.Contains(s, key) }); i >= 0 {
			key = "sentence " + strconv.Itoa(i)
		}
		s := bySentence[key]
		if s == nil {
			s = &sentence{accepted: map[string]bool{}, optional: map[string]bool{}}
			bySentence[key] = s
			order = append(order, key)
		}
		if ge.since {
			c.GoldSince++
			if slices.ContainsFunc(b.Timeline, func(e briefings.Event) bool { return holds(ge, e) && acceptsSpan(ge.AcceptedDates, dateOf(e)) }) {
				c.FoundSince++
			}
			continue
		}
		if ge.Optional {
			for _, acc := range ge.AcceptedDates {
				if acc != "*" { // "any date" vouches for none
					s.optional[acc] = true
				}
			}
			continue
		}
		s.events = append(s.events, ge)
		for _, acc := range ge.AcceptedDates {
			s.accepted[acc] = true
		}
		c.GoldDates++
		if slices.ContainsFunc(b.Timeline, func(e briefings.Event) bool {
			return holds(ge, e) && (slices.Contains(ge.AcceptedDates, "*") || acceptsSpan(ge.AcceptedDates, dateOf(e)))
		}) {
			c.FoundDates++
		}
	}
	for _, key := range order {
		s := bySentence[key]
		if len(s.events) == 0 {
			continue
		}
		found, excused := false, false
		for _, e := range b.Timeline {
			if !holds(s.events[0], e) {
				continue
			}
			if s.accepted["*"] || acceptsSpan(slices.Collect(maps.Keys(s.accepted)), dateOf(e)) || e.End != "" && s.accepted[e.Date] && s.accepted[e.End] {
				found = true
			}
			excused = excused || s.optional[dateOf(e)]
		}
		if !found && excused {
			continue // dated by an expression the gold neither asks for nor refuses
		}
		c.GoldEvents++
		if found {
			c.FoundEvents++
			continue
		}
		exprs := make([]string, len(s.events))
		for i, ge := range s.events {
			exprs[i] = ge.Expression
		}
		fs.Problems = append(fs.Problems, fmt.Sprintf("missed date %s in %q", quoteAll(exprs), s.events[0].SentenceContains))
	}
	seen := map[string]int{}
	for _, e := range b.Timeline {
		if k := alnum(e.Text); k != "" {
			seen[k]++
			if seen[k] == 2 {
				c.Repeated++
				fs.Problems = append(fs.Problems, fmt.Sprintf("sentence in two entries: %q", e.Text))
			}
		}
	}
}

// sentenceEnd is where a simple reading of a text ends a sentence: a stop,
// any closing quotes or brackets, then white space before a capital letter
// or an opening quote; or a blank line. Not before a digit: "Oct. 14".
// It is compiled on first use: the reader links this package.
var sentenceEnd = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`[.!?]["'”’)\]]*\s+["“‘']?\p{Lu}|\n\s*\n`)
})

// isTitle says w (lower case) is an abbreviation before a name, whose stop
// ends no sentence.
func isTitle(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "dr", "prof", "capt", "col", "gen", "lt", "sgt", "maj", "cmdr", "adm", "gov", "sen", "rep", "rev", "st":
		return true
	}
	return false
}

// sourceSentences splits a source's text into sentences, normMatch'ed. It
// is the scorer's own, simpler than the generator's: a stop after a title
// ("Capt.") or an initial ("J.") ends no sentence, and any other
// abbreviation splits a sentence in two, so that expressions on either
// side count as two events, never fewer than the gold has.
func sourceSentences(text string) []string {
	var out []string
	start := 0
	for _, m := range sentenceEnd().FindAllStringIndex(text, -1) {
		if text[m[0]] == '.' {
			w := text[strings.LastIndexFunc(text[:m[0]], func(r rune) bool { return !unicode.IsLetter(r) })+1 : m[0]]
			if isTitle(strings.ToLower(w)) || utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0]) {
				continue
			}
		}
		end := m[1]
		if text[m[0]] != '\n' {
			// Keep the capital (and an opening quote) for the next sentence.
			_, size := utf8.DecodeLastRuneInString(text[:end])
			end -= size
			for end > m[0] && strings.ContainsRune("\"“‘'", rune(text[end-1])) {
				end--
			}
		}
		out = append(out, normMatch(text[start:end]))
		start = end
	}
	return append(out, normMatch(text[start:]))
}

// acceptsSpan says one of accepted covers the days d covers: "1960/1969"
// is "1960-01-01/1969-12-31", written otherwise.
func acceptsSpan(accepted []string, d string) bool {
	a, b, ok := span(d)
	if !ok {
		return slices.Contains(accepted, d)
	}
	return slices.ContainsFunc(accepted, func(acc string) bool {
		x, y, ok := span(acc)
		return acc == d || ok && x == a && y == b
	})
}

// span is the first and last day a date DATE or START/END covers.
func span(d string) (first, last string, ok bool) {
	start, end, ranged := strings.Cut(d, "/")
	if !ranged {
		end = start
	}
	f, ok1 := dayBounds(start)
	_, l, ok2 := dayBoundsEnd(end)
	return f, l, ok1 && ok2
}

// dayBounds is the first day of YYYY, YYYY-MM or YYYY-MM-DD.
func dayBounds(d string) (string, bool) {
	f, _, ok := dayBoundsEnd(d)
	return f, ok
}

// dayBoundsEnd is the first and last day of YYYY, YYYY-MM or YYYY-MM-DD.
func dayBoundsEnd(d string) (first, last string, ok bool) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(d) != len(layout) {
			continue
		}
		t, err := time.Parse(layout, d)
		if err != nil {
			return "", "", false
		}
		l := t
		switch layout {
		case "2006-01":
			l = t.AddDate(0, 1, -1)
		case "2006":
			l = t.AddDate(1, 0, -1)
		}
		return t.Format("2006-01-02"), l.Format("2006-01-02"), true
	}
	return "", "", false
}

// dateOf is an entry's date as the gold writes it: DATE or START/END.
func dateOf(e briefings.Event) string {
	if e.End != "" {
		return e.Date + "/" + e.End
	}
	return e.Date
}
