package generate

import (
	"strconv"
	"strings"
	"sync"
	"time"
)

// anchoredDays finds days told relative to the story's last exact day,
// "the previous day", "two days earlier", "the following week" (and years
// relative to the last year told, "the following year"): the anchor
// is the last single-day hit before the words in this sentence, else the
// one passed in (the last of earlier sentences; zero: none, and nothing is
// found). "the day before the vote" is relative to the vote, so skipped.
func anchoredDays(toks []token, anchor time.Time, year int, hits []dateHit) []dateHit {
	var out []dateHit
	for i := 0; i+1 < len(toks); i++ {
		off, b, week := 0, 0, false
		w0, w1, w2 := lowerAt(toks, i), lowerAt(toks, i+1), lowerAt(toks, i+2)
		endsHere := func(k int) bool { return k >= len(toks) || toks[k].kind != tWord }
		// "closed it the following year": the year after the last one told.
		if w0 == "the" && w2 == "year" && (w1 == "following" || w1 == "next" || w1 == "previous" || w1 == "preceding") {
			y := year
			for _, h := range hits {
				if h.b <= i && len(h.date) >= 4 {
					y, _ = strconv.Atoi(h.date[:4])
				}
			}
			if y != 0 {
				if w1 == "previous" || w1 == "preceding" {
					y--
				} else {
					y++
				}
				from := y - 1
				if w1 == "previous" || w1 == "preceding" {
					from = y + 1
				}
				out = append(out, dateHit{a: i, b: i + 3, date: strconv.Itoa(y), anchor: strconv.Itoa(from)})
				i += 2
			}
			continue
		}
		switch {
		case w0 == "the" && (w1 == "previous" || w1 == "preceding") && w2 == "day":
			off, b = -1, i+3
		case w0 == "the" && (w1 == "next" || w1 == "following") && w2 == "day":
			off, b = 1, i+3
		case w0 == "the" && w1 == "day" && (w2 == "before" || w2 == "after") && endsHere(i+3):
			off, b = -1, i+3
			if w2 == "after" {
				off = 1
			}
		case w0 == "the" && (w1 == "previous" || w1 == "preceding") && partsOfDay.has(w2):
			off, b = -1, i+3 // "the previous evening"
		case w0 == "the" && (w1 == "next" || w1 == "following") && partsOfDay.has(w2):
			off, b = 1, i+3 // "the following morning"
		case w0 == "that" && (w1 == "day" || partsOfDay.has(w1)):
			off, b = 0, i+2 // "later that evening", "that day"
		case w0 == "the" && w1 == "same" && (w2 == "day" || partsOfDay.has(w2)):
			off, b = 0, i+3
		case w0 == "the" && (w1 == "previous" || w1 == "preceding" || w1 == "following") && w2 == "week":
			off, b, week = -1, i+3, true
			if w1 == "following" {
				off = 1
			}
		default:
			if n, ok := countAt(toks, i); ok && (w1 == "day" || w1 == "days") && (w2 == "earlier" || w2 == "later") {
				off, b = -n, i+3
				if w2 == "later" {
					off = n
				}
			}
		}
		if b == 0 {
			continue
		}
		at := anchor
		for _, h := range hits {
			if h.b <= i && len(h.date) == 10 && h.end == "" {
				if t, err := time.Parse("2006-01-02", h.date); err == nil {
					at = t
				}
			}
		}
		if at.IsZero() {
			continue
		}
		if week {
			mon := monday(at).AddDate(0, 0, 7*off)
			out = append(out, dateHit{a: i, b: b, date: ymd(mon), end: ymd(mon.AddDate(0, 0, 6)), anchor: ymd(at)})
		} else {
			out = append(out, dateHit{a: i, b: b, date: ymd(at.AddDate(0, 0, off)), anchor: ymd(at)})
		}
		i = b - 1
	}
	return out
}

// dayEndVerbs end or open a trading or match day: "to end the day at
// 7,114", "finishing the day down".
var dayEndVerbs = words(`end ended ending ends finish finished finishing finishes close closed closing closes
	start started starting starts open opened opening opens begin began beginning begins`)

// dayParts name a part of "the day": "the start of the day", "later in
// the day".
var dayParts = words(`start end close rest middle course later late earlier early`)

// clockSuffixes follow a clock time: "6:40 p.m.", "08:30 UTC".
var clockSuffixes = words(`a.m. p.m. am pm utc gmt bst est edt cet cest local`)

// clockTime says a clock time starts at token i ("6:40 p.m.", "08:30 UTC",
// "22:30", "7 p.m.", "11.30pm") and returns the token after it.
func clockTime(toks []token, i int) (int, bool) {
	if i >= len(toks) || toks[i].kind != tNum {
		return 0, false
	}
	n := toks[i].lower()
	if h, err := strconv.Atoi(n); err == nil && h <= 24 && len(n) <= 2 {
		if lowerAt(toks, i+1) == ":" && i+2 < len(toks) && toks[i+2].kind == tNum && len(toks[i+2].n) == 2 {
			b := i + 3
			if clockSuffixes.has(lowerAt(toks, b)) {
				b++
			}
			return b, true
		}
		if h >= 1 && h <= 12 && clockSuffixes.has(lowerAt(toks, i+1)) && strings.Contains(lowerAt(toks, i+1), "m") {
			return i + 2, true
		}
		return 0, false
	}
	return i + 1, clockToken().MatchString(n)
}

// clockToken is a clock time written as one word: "11.30pm", "10am".
var clockToken = lazyRegexp(`^(?:[1-9]|1[0-2])(?:[.:][0-5][0-9])?(?:am|pm)$`)

// storyDay finds, in a sentence that names no date, a time that places it
// on the day of the story: "the day" a market or match day is told by
// ("ending the day at 8,017", "later in the day", "the start of the day")
// or a clock time ("at 08:30 UTC"). That day is anchor: the story's last
// exact day told, else (isPub) its publication date; zero: none, nothing
// found.
func storyDay(toks []token, anchor time.Time, isPub bool) (dateHit, bool) {
	if anchor.IsZero() {
		return dateHit{}, false
	}
	at := func(a, b int) (dateHit, bool) {
		return dateHit{a: a, b: b, date: ymd(anchor), anchor: ymd(anchor), anchorPub: isPub}, true
	}
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].lower() == "at" {
			if b, ok := clockTime(toks, i+1); ok {
				return at(i, b)
			}
		}
		if toks[i].lower() != "the" || lowerAt(toks, i+1) != "day" || nextIs(toks, i+1, "of", "before", "after") {
			continue
		}
		p := lowerAt(toks, i-1)
		switch {
		case dayEndVerbs.has(p):
			return at(i-1, i+2)
		case (p == "of" || p == "in") && dayParts.has(lowerAt(toks, i-2)):
			return at(i-2, i+2)
		}
	}
	return dateHit{}, false
}

// seasons map a season to its first month, as meteorologists count them
// in the northern hemisphere, where most of the news this reads is written.
var seasons = sync.OnceValue(func() map[string]int {
	return map[string]int{"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
})

// seasonPreps put a season in the story's own time: "over the summer".
var seasonPreps = words(`over during in through throughout since`)

// seasonEnd is the last month of the season starting in month first of y.
func seasonEnd(y, first int) string {
	t := time.Date(y, time.Month(first)+2, 1, 0, 0, 0, 0, time.UTC)
	return ym(t.Year(), int(t.Month()))
}

// season resolves "this/last/next SEASON" (off 0, -1, 1): "last summer" is
// the latest summer over before publication, "next summer" the first to
// begin after it, "this summer" the one of the publication's year.
func (f dateFinder) season(a, b, first, off int) dateHit {
	py := f.pub.Year()
	start := func(y int) time.Time { return time.Date(y, time.Month(first), 1, 0, 0, 0, 0, time.UTC) }
	y := py
	switch off {
	case -1:
		for start(y).AddDate(0, 3, 0).After(f.pub) { // not over yet
			y--
		}
	case 1:
		for !start(y).After(f.pub) {
			y++
		}
	default:
		if first == 12 && f.pub.Month() <= 2 {
			y-- // "this winter" in January began last December
		}
	}
	return dateHit{a: a, b: b, date: ym(y, first), end: seasonEnd(y, first)}
}

// monday is the Monday of t's week.
func monday(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// weekPart resolves "earlier/later this week" and "earlier/later in the
// week" (part "earlier" or "later"): the days of the publication's week
// before it or after it, as "earlier this month" ends the day before. It
// fails when the week has no such days.
func (f dateFinder) weekPart(a, b int, part string) (dateHit, bool) {
	mon := monday(f.pub)
	if part == "earlier" {
		if end := f.pub.AddDate(0, 0, -1); !end.Before(mon) {
			return dateHit{a: a, b: b, date: ymd(mon), end: ymd(end)}.single(), true
		}
		return dateHit{}, false
	}
	if start, sun := f.pub.AddDate(0, 0, 1), mon.AddDate(0, 0, 6); !start.After(sun) {
		return dateHit{a: a, b: b, date: ymd(start), end: ymd(sun)}.single(), true
	}
	return dateHit{}, false
}

// weekend resolves to the Saturday and Sunday of the most recent weekend
// (off 0 or -1; the current one when published on a weekend) or the next.
func (f dateFinder) weekend(a, b, off int) dateHit {
	pw := int(f.pub.Weekday())
	var sat time.Time
	switch pw {
	case 6:
		sat = f.pub
	case 0:
		sat = f.pub.AddDate(0, 0, -1)
	default:
		sat = f.pub.AddDate(0, 0, -(pw + 1))
	}
	if off == 1 {
		sat = sat.AddDate(0, 0, 7)
	} else if off == -1 && (pw == 6 || pw == 0) {
		sat = sat.AddDate(0, 0, -7)
	}
	return dateHit{a: a, b: b, date: ymd(sat), end: ymd(sat.AddDate(0, 0, 1))}
}

// partsOfDay are told relative to a day: "the following morning".
var partsOfDay = words(`morning afternoon evening night`)

// The relative rows of dateRules: expressions counted from the
// publication date.

// weekday reads "Saturday", "on Tuesday", "Last Friday", "next Monday":
// the latest such day on or before publication, or the next one when the
// clause speaks of the future.
func (f dateFinder) weekday(toks []token, i int) (dateHit, verdict) {
	t := toks[i]
	wd, ok := weekdays()[strings.TrimSuffix(t.lower(), "'s")]
	if !ok || !t.upper() {
		return dateHit{}, pass
	}
	// "Saturday 9 March", "Tuesday, March 5": the day's date says which
	// Saturday; the date rule reads it at the next token.
	j := i + 1
	if lowerAt(toks, j) == "," {
		j++
	}
	if j < len(toks) {
		if _, v := f.dayFirst(toks, j); v == found {
			return dateHit{}, stop
		}
		if _, v := f.monthFirst(toks, j); v == found && dayOfAtOK(toks, j+1) {
			return dateHit{}, stop
		}
	}
	prev := lowerAt(toks, i-1)
	a := i
	if prev == "last" || prev == "next" || prev == "this" || prev == "past" {
		a = i - 1
	}
	pw := int(f.pub.Weekday())
	var d time.Time
	switch {
	case prev == "next" || prev == "this" && future(toks, i) || future(toks, i) && prev != "last" && prev != "past":
		diff := (wd - pw + 7) % 7
		if prev == "next" && diff == 0 {
			diff = 7
		}
		d = f.pub.AddDate(0, 0, diff)
	default:
		diff := (pw - wd + 7) % 7
		if (prev == "last" || prev == "past") && diff == 0 {
			diff = 7
		}
		d = f.pub.AddDate(0, 0, -diff)
	}
	b := i + 1
	if lowerAt(toks, b) == "'s" {
		b++
	}
	return dateHit{a: a, b: b, date: ymd(d)}, found
}

// dayOfAtOK says token i is a day of a month ("5", "23-24").
func dayOfAtOK(toks []token, i int) bool {
	_, _, ok := dayOfAt(toks, i)
	return ok
}

// today reads "today", "tonight", "this morning", "yesterday", "tomorrow".
func (f dateFinder) today(toks []token, i int) (dateHit, verdict) {
	switch toks[i].lower() {
	case "this":
		if partsOfDay.has(lowerAt(toks, i+1)) {
			return dateHit{a: i, b: i + 2, date: ymd(f.pub)}, found
		}
	case "today", "tonight":
		return dateHit{a: i, b: i + 1, date: ymd(f.pub)}, found
	case "yesterday":
		return dateHit{a: i, b: i + 1, date: ymd(f.pub.AddDate(0, 0, -1))}, found
	case "tomorrow":
		return dateHit{a: i, b: i + 1, date: ymd(f.pub.AddDate(0, 0, 1))}, found
	}
	return dateHit{}, pass
}

// pastUnits reads "in the past six months", "over the last two weeks"
// (up to the story) and "within three months" (from it).
func (f dateFinder) pastUnits(toks []token, i int) (dateHit, verdict) {
	l := toks[i].lower()
	if !((l == "past" || l == "last") && prevIs(toks, i, "the") && wordIs(toks, i-2, "in", "over", "during") || l == "within") {
		return dateHit{}, pass
	}
	k := i + 1
	if k+1 >= len(toks) {
		return dateHit{}, stop
	}
	n, ok := countAt(toks, k)
	if !ok {
		return dateHit{}, pass
	}
	var y, m, d int
	switch strings.TrimSuffix(lowerAt(toks, k+1), "s") {
	case "day":
		d = n
	case "week":
		d = 7 * n
	case "month":
		m = n
	case "year":
		y = n
	}
	if y+m+d == 0 {
		return dateHit{}, pass
	}
	// "within one month of the launch", "the last five months of her life"
	// count from the launch and the life, not the story.
	if lowerAt(toks, k+2) == "of" {
		return dateHit{}, stop
	}
	if l == "within" {
		return dateHit{a: i, b: k + 2, date: ymd(f.pub), end: ymd(f.pub.AddDate(y, m, d))}, found
	}
	return dateHit{a: i - 2, b: k + 2, date: ymd(f.pub.AddDate(-y, -m, -d)), end: ymd(f.pub)}, found
}

// thisUnit reads "this week", "earlier this month", "last year", "next
// week", "this weekend", "last summer", "next quarter". "this", "last",
// "next" and "past" before anything else are claimed for no date.
func (f dateFinder) thisUnit(toks []token, i int) (dateHit, verdict) {
	l := toks[i].lower()
	if l != "this" && l != "last" && l != "next" && l != "past" {
		return dateHit{}, pass
	}
	py, pm := f.pub.Year(), int(f.pub.Month())
	unit := lowerAt(toks, i+1)
	if l == "this" && unit == "past" {
		// "this past week" is last week.
		if h, v := f.thisUnit(toks, i+1); v == found {
			h.a = i
			return h, found
		}
		return dateHit{}, stop
	}
	off := 0
	switch l {
	case "last", "past":
		off = -1
	case "next":
		off = 1
	}
	if l == "past" && unit != "weekend" && !prevIs(toks, i, "this") {
		return dateHit{}, stop
	}
	switch unit {
	case "week":
		if l == "this" {
			if p := lowerAt(toks, i-1); p == "earlier" || p == "later" {
				if h, ok := f.weekPart(i-1, i+2, p); ok {
					return h, found
				}
			}
		}
		mon := monday(f.pub).AddDate(0, 0, 7*off)
		return dateHit{a: i, b: i + 2, date: ymd(mon), end: ymd(mon.AddDate(0, 0, 6))}, found
	case "month":
		t := time.Date(py, time.Month(pm)+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
		return dateHit{a: i, b: i + 2, date: ym(t.Year(), int(t.Month()))}, found
	case "year":
		return dateHit{a: i, b: i + 2, date: strconv.Itoa(py + off)}, found
	case "weekend":
		return f.weekend(i, i+2, off), found
	}
	if first, ok := seasons()[unit]; ok {
		return f.season(i, i+2, first, off), found
	}
	if unit == "quarter" {
		// "next quarter": the calendar quarter after the story's.
		start := time.Date(py, time.Month((pm-1)/3*3+1)+time.Month(3*off), 1, 0, 0, 0, 0, time.UTC)
		end := start.AddDate(0, 2, 0)
		return dateHit{a: i, b: i + 2, date: ym(start.Year(), int(start.Month())), end: ym(end.Year(), int(end.Month()))}, found
	}
	return dateHit{}, stop
}

// overSeason reads "over the summer", "during the winter": the latest
// such season that has begun.
func (f dateFinder) overSeason(toks []token, i int) (dateHit, verdict) {
	first, ok := seasons()[toks[i].lower()]
	if !ok || !f.hasPub || !prevIs(toks, i, "the") || !seasonPreps.has(lowerAt(toks, i-2)) {
		return dateHit{}, pass
	}
	if _, hasYear := yearAtTok(toks, i+1); hasYear || nextIs(toks, i, "of") {
		return dateHit{}, pass
	}
	y := f.pub.Year()
	if time.Date(y, time.Month(first), 1, 0, 0, 0, 0, time.UTC).After(f.pub) {
		y--
	}
	return dateHit{a: i - 2, b: i + 1, date: ym(y, first), end: seasonEnd(y, first)}, found
}

// seasonOfYear reads "the summer of 2023", "summer 2023".
func (f dateFinder) seasonOfYear(toks []token, i int) (dateHit, verdict) {
	first, ok := seasons()[toks[i].lower()]
	if !ok {
		return dateHit{}, pass
	}
	k := i + 1
	if lowerAt(toks, k) == "of" {
		k++
	}
	y, ok := yearAtTok(toks, k)
	if !ok {
		return dateHit{}, pass
	}
	a := i
	if prevIs(toks, i, "the") {
		a = i - 1
	}
	return dateHit{a: a, b: k + 1, date: ym(y, first), end: seasonEnd(y, first)}, found
}

// partOfUnit reads "Earlier in the week", "later in the month", "earlier
// in the year".
func (f dateFinder) partOfUnit(toks []token, i int) (dateHit, verdict) {
	l := toks[i].lower()
	if l != "earlier" && l != "later" || !nextIs(toks, i, "in") || lowerAt(toks, i+2) != "the" {
		return dateHit{}, pass
	}
	switch lowerAt(toks, i+3) {
	case "week":
		if h, ok := f.weekPart(i, i+4, l); ok {
			return h, found
		}
	case "month":
		return dateHit{a: i, b: i + 4, date: ym(f.pub.Year(), int(f.pub.Month()))}, found
	case "year":
		return dateHit{a: i, b: i + 4, date: strconv.Itoa(f.pub.Year())}, found
	}
	return dateHit{}, pass
}

// monthsTo reads "the 12 months to July": a span that ends with a month.
func (f dateFinder) monthsTo(toks []token, i int) (dateHit, verdict) {
	n, ok := countAt(toks, i)
	if !ok || n <= 1 || n > 60 || !nextIs(toks, i, "months") || lowerAt(toks, i+2) != "to" || i+3 >= len(toks) {
		return dateHit{}, pass
	}
	m, ok := monthOf(toks[i+3])
	if !ok {
		return dateHit{}, pass
	}
	end, ok := f.monthExpr(toks, i+3, i+4, m, true)
	if !ok {
		return dateHit{}, pass
	}
	y, _ := strconv.Atoi(end.date[:4])
	start := time.Date(y, time.Month(m)-time.Month(n-1), 1, 0, 0, 0, 0, time.UTC)
	a := i
	if prevIs(toks, i, "the") {
		a = i - 1
	}
	return dateHit{a: a, b: end.b, date: ym(start.Year(), int(start.Month())), end: end.date}, found
}

// yearEnd reads "by year end", "at year-end": the last day of the year
// after "by" (a deadline), else the year. "year-end" before a noun ("the
// year-end session") is claimed for no date.
func (f dateFinder) yearEnd(toks []token, i int) (dateHit, verdict) {
	l, b := toks[i].lower(), i+1
	switch {
	case l == "year-end":
	case l == "year" && nextIs(toks, i, "end"):
		b = i + 2
	default:
		return dateHit{}, pass
	}
	if !prevIs(toks, i, "by", "at", "before", "until", "till") {
		return dateHit{}, stop
	}
	y := f.pub.Year()
	if prevIs(toks, i, "by", "before", "until", "till") {
		return dateHit{a: i - 1, b: b, date: ymdI(y, 12, 31)}, found
	}
	return dateHit{a: i - 1, b: b, date: strconv.Itoa(y)}, found
}

// theWeekend reads "Over the weekend", "at the weekend".
func (f dateFinder) theWeekend(toks []token, i int) (dateHit, verdict) {
	if toks[i].lower() == "weekend" && prevIs(toks, i, "the") && wordIs(toks, i-2, "over", "at", "during", "on") {
		return f.weekend(i-2, i+1, 0), found
	}
	return dateHit{}, pass
}

// ago reads "two weeks ago", "a year ago".
func (f dateFinder) ago(toks []token, i int) (dateHit, verdict) {
	n, ok := countAt(toks, i)
	if !ok || i+2 >= len(toks) || lowerAt(toks, i+2) != "ago" {
		return dateHit{}, pass
	}
	switch strings.TrimSuffix(lowerAt(toks, i+1), "s") {
	case "day":
		return dateHit{a: i, b: i + 3, date: ymd(f.pub.AddDate(0, 0, -n))}, found
	case "week":
		return dateHit{a: i, b: i + 3, date: ymd(f.pub.AddDate(0, 0, -7*n))}, found
	case "month":
		t := f.pub.AddDate(0, -n, 0)
		return dateHit{a: i, b: i + 3, date: ym(t.Year(), int(t.Month()))}, found
	case "year":
		return dateHit{a: i, b: i + 3, date: strconv.Itoa(f.pub.Year() - n)}, found
	}
	return dateHit{}, pass
}
