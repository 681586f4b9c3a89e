package generate

import (
	"strconv"
	"strings"
	"sync"
	"time"
)

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
	if lowerAt(toks, j) == "," || lowerAt(toks, j) == "(" { // "on Thursday (October 19)"
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
	// "based on Friday's close": a market's close, or its session, is one
	// that has been.
	done := wordIs(toks, i+1, "'s", "’s") && wordIs(toks, i+2, "close", "closing", "session", "trading", "finish")
	var d time.Time
	switch {
	case done:
		d = f.pub.AddDate(0, 0, -((pw - wd + 7) % 7))
	// "may not be back until Wednesday", "can order it from Friday": a
	// state that holds till a day to come, or from one.
	case dayToCome(toks, i, prev):
		diff := (wd - pw + 7) % 7
		if prev == "next" && diff == 0 {
			diff = 7
		}
		d = f.pub.AddDate(0, 0, diff)
	default:
		diff := (pw - wd + 7) % 7
		// "the previous Tuesday", told on a Tuesday with no day before
		// it to count from: the week before's.
		if (prev == "last" || prev == "past" || prev == "previous" || prev == "preceding") && diff == 0 {
			diff = 7
		}
		d = f.pub.AddDate(0, 0, -diff)
	}
	b := i + 1
	if lowerAt(toks, b) == "'s" {
		b++
	}
	// "in Vientiane on Tuesday and Wednesday": the two days, when the
	// second is the next ("from Monday to Thursday" is the day span's).
	if lowerAt(toks, b) == "and" && b+1 < len(toks) && toks[b+1].upper() {
		if wd2, ok := weekdays()[toks[b+1].lower()]; ok && (wd2-wd+7)%7 == 1 {
			return dateHit{a: a, b: b + 2, date: ymd(d), end: ymd(d.AddDate(0, 0, 1))}, found
		}
	}
	return dateHit{a: a, b: b, date: ymd(d)}, found
}

// dayToCome says the day named at token i, after the word prev, is one
// to come, not one gone by: what the clause plans or expects ("will meet
// on Friday"), a state that holds till it or from it ("may not be back
// until Wednesday", "can order it from Friday"), what is called for it.
func dayToCome(toks []token, i int, prev string) bool {
	// "More rain is possible Tuesday", "storms are likely Saturday
	// afternoon": a forecast's day; "a flood warning is in effect until
	// Thursday morning": a state that holds till a day to come.
	if prev == "possible" || prev == "likely" || prev == "until" && wordIs(toks, i-2, "effect") && wordIs(toks, i-3, "in") && wordIs(toks, i-4, "is", "are", "remains", "remain") {
		return true
	}
	return prev == "next" || prev == "this" && future(toks, i) || (future(toks, i) || (untilAhead(toks, i) || wordIs(toks, i-1, "from")) && modalBefore(toks, i) || adjournedUntil(toks, i) || presentSchedule(toks, i) ||
		// "a recount has been ordered for Saturday"
		prev == "for" && wordIs(toks, i-2, "ordered", "scheduled", "called", "planned", "booked", "fixed", "set", "slated") && wordIs(toks, i-3, "been", "is", "are", "be")) && prev != "last" && prev != "past" ||
		// "By Saturday it should be quiet": a day a clause to come is
		// done by.
		prev == "by" && futureAfter(toks, i)
}

// dayOfMonth reads "on the 22nd", a day of the month the story is told
// in: the nearest such day to come when the clause plans it ("would meet
// on the 22nd"), else the nearest gone by ("had expired on the 14th").
// "the 8th of May" and "the 24th of this month" are dayFirst's.
func (f dateFinder) dayOfMonth(toks []token, i int) (dateHit, verdict) {
	d, d2, ok := dayOf(toks[i])
	if !ok || d2 != 0 || !ordinalDay(toks[i].n) || !prevIs(toks, i, "the") || !wordIs(toks, i-2, "on", "by", "until", "till", "from", "since", "before", "after") {
		return dateHit{}, pass
	}
	// "on the 14th floor", "the 18th of May": a noun or a month after it.
	if i+1 < len(toks) && toks[i+1].kind == tWord && !wordIs(toks, i+1, "to", "and", "at", "in", "when", "after", "before", "but", "or", "with", "for", "as") {
		return dateHit{}, pass
	}
	ahead := dayToCome(toks, i-1, toks[i-2].lower())
	y, m := f.pub.Year(), f.pub.Month()
	for range 3 { // the month told in, else the next (or last) that has the day
		t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		if t.Day() == d && (ahead && !t.Before(f.pub) || !ahead && !t.After(f.pub)) {
			return dateHit{a: i - 1, b: i + 1, date: ymd(t)}, found
		}
		if ahead {
			m++
		} else {
			m--
		}
	}
	return dateHit{}, pass
}

// ordinalDay says a number is written as an ordinal, "22nd", "1st".
func ordinalDay(n string) bool {
	l := strings.ToLower(n)
	return strings.HasSuffix(l, "st") || strings.HasSuffix(l, "nd") || strings.HasSuffix(l, "rd") || strings.HasSuffix(l, "th")
}

// dayOfAtOK says token i is a day of a month ("5", "23-24").
func dayOfAtOK(toks []token, i int) bool {
	_, _, ok := dayOfAt(toks, i)
	return ok
}

// today reads "today", "tonight", "this morning", "yesterday", "tomorrow".
func (f dateFinder) today(toks []token, i int) (dateHit, verdict) {
	// "the week before last": the week before last week.
	if toks[i].lower() == "week" && wordIs(toks, i-1, "the") && wordIs(toks, i+1, "before") && wordIs(toks, i+2, "last") {
		mon := monday(f.pub).AddDate(0, 0, -14)
		return dateHit{a: i - 1, b: i + 3, date: ymd(mon), end: ymd(mon.AddDate(0, 0, 6))}, found
	}
	// "the day after tomorrow", "the day before yesterday", read at
	// "day".
	if toks[i].lower() == "day" && wordIs(toks, i-1, "the") {
		switch {
		case wordIs(toks, i+1, "after") && wordIs(toks, i+2, "tomorrow"):
			return dateHit{a: i - 1, b: i + 3, date: ymd(f.pub.AddDate(0, 0, 2))}, found
		case wordIs(toks, i+1, "before") && wordIs(toks, i+2, "yesterday"):
			return dateHit{a: i - 1, b: i + 3, date: ymd(f.pub.AddDate(0, 0, -2))}, found
		}
		return dateHit{}, pass
	}
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
		// "in the past year", "over the last week": one of the unit.
		if !wordIs(toks, k, "year", "month", "week") {
			return dateHit{}, pass
		}
		n, k = 1, k-1
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
	if l == "this" && unit == "years" && i+2 < len(toks) && toks[i+2].kind == tWord && !toks[i+2].upper() {
		unit = "year" // "this years lantern festival": "year's" without its apostrophe
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
		// "early next week": Monday to Wednesday; "late last week":
		// Thursday to Sunday.
		switch lowerAt(toks, i-1) {
		case "early":
			return dateHit{a: i - 1, b: i + 2, date: ymd(mon), end: ymd(mon.AddDate(0, 0, 2))}, found
		case "late":
			return dateHit{a: i - 1, b: i + 2, date: ymd(mon.AddDate(0, 0, 3)), end: ymd(mon.AddDate(0, 0, 6))}, found
		}
		return dateHit{a: i, b: i + 2, date: ymd(mon), end: ymd(mon.AddDate(0, 0, 6))}, found
	case "night", "evening":
		// "last night": the evening before the story.
		if l == "last" {
			return dateHit{a: i, b: i + 2, date: ymd(f.pub.AddDate(0, 0, -1))}, found
		}
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
	if !ok || !f.hasPub || !prevIs(toks, i, "the") {
		return dateHit{}, pass
	}
	// "scheduled for the spring", "finished by the summer": a season in
	// lower case ("the Summer Olympics" is a name).
	// ("a budget for the winter", "rises for the summer" plan nothing).
	scheduled := wordIs(toks, i-2, "for") && wordIs(toks, i-3, "scheduled", "set", "planned", "slated", "timed", "pencilled", "penciled")
	// "by the end of the summer", "at the start of the winter": the
	// season's last month, or its first.
	part := ""
	if wordIs(toks, i-2, "of") && wordIs(toks, i-3, "end", "start", "beginning") && wordIs(toks, i-4, "the") && !toks[i].upper() {
		part = lowerAt(toks, i-3)
	}
	if part == "" && !seasonPreps.has(lowerAt(toks, i-2)) && !((scheduled || wordIs(toks, i-2, "by")) && !toks[i].upper()) {
		return dateHit{}, pass
	}
	if _, hasYear := yearAtTok(toks, i+1); hasYear || nextIs(toks, i, "of") {
		return dateHit{}, pass
	}
	y := f.pub.Year()
	if time.Date(y, time.Month(first), 1, 0, 0, 0, 0, time.UTC).After(f.pub) {
		y--
	}
	// "The final report was expected in the autumn": the season to come.
	if future(toks, i-2) && time.Date(y, time.Month(first), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 3, 0).Before(f.pub) {
		y++
	}
	switch part {
	case "end":
		return dateHit{a: i - 4, b: i + 1, date: seasonEnd(y, first)}, found
	case "start", "beginning":
		return dateHit{a: i - 4, b: i + 1, date: ym(y, first)}, found
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

// monthsTo reads "the 12 months to July", "the year to March 2026", "the
// quarter ended Aug. 31": a span that ends with a month.
func (f dateFinder) monthsTo(toks []token, i int) (dateHit, verdict) {
	n, ok := countAt(toks, i)
	to := i + 2 // the "to"
	switch {
	case ok:
		if !nextIs(toks, i, "months") {
			ok = false
		}
	// "the fiscal year ended June 30", "the quarter ended Aug. 31": a
	// firm's period, told by the day it ended.
	case toks[i].lower() == "year" && prevIs(toks, i, "the", "fiscal", "financial"):
		n, ok, to = 12, true, i+1
	case toks[i].lower() == "quarter" && prevIs(toks, i, "the", "fiscal", "financial"):
		n, ok, to = 3, true, i+1
	}
	if !ok || n <= 1 || n > 60 || !wordIs(toks, to, "to", "ended", "ending", "through") || to+1 >= len(toks) {
		return dateHit{}, pass
	}
	m, ok := monthOf(toks[to+1])
	if !ok {
		return dateHit{}, pass
	}
	end, ok := f.monthExpr(toks, to+1, to+2, m, true)
	// "the six months ended Sept. 30": the months to that day's.
	if h, v := f.monthFirst(toks, to+1); v == found && h.end == "" && len(h.date) == len("2006-01-02") {
		end, ok = dateHit{a: h.a, b: h.b, date: h.date[:7]}, true
	}
	if !ok {
		return dateHit{}, pass
	}
	y, _ := strconv.Atoi(end.date[:4])
	// "the fiscal year ending March 31" is the one that has not ended, the
	// year "ended" one that has, whatever the clause's tense says; a year
	// written says itself.
	if !yearWritten(toks, dateHit{a: to + 1, b: end.b}) {
		switch {
		case wordIs(toks, to, "ending") && time.Month(m) < f.pub.Month():
			y = f.pub.Year() + 1
		case wordIs(toks, to, "ending"):
			y = f.pub.Year()
		case wordIs(toks, to, "ended") && time.Month(m) > f.pub.Month():
			y = f.pub.Year() - 1
		case wordIs(toks, to, "ended"):
			y = f.pub.Year()
		}
		end.date = ym(y, m)
	}
	start := time.Date(y, time.Month(m)-time.Month(n-1), 1, 0, 0, 0, 0, time.UTC)
	a := i
	if prevIs(toks, a, "fiscal", "financial") {
		a--
	}
	if prevIs(toks, a, "the") {
		a--
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
	// "hoped to reach all villages by the weekend": a deadline, the
	// weekend to come (this one, on a Saturday or Sunday).
	if toks[i].lower() == "weekend" && prevIs(toks, i, "the") && wordIs(toks, i-2, "by") {
		if pw := f.pub.Weekday(); pw == time.Saturday || pw == time.Sunday {
			return f.weekend(i-2, i+1, 0), found
		}
		return f.weekend(i-2, i+1, 1), found
	}
	return dateHit{}, pass
}

// ago reads "two weeks ago", "a year ago".
func (f dateFinder) ago(toks []token, i int) (dateHit, verdict) {
	// "[Ten] years ago": a count an editor put in brackets.
	c, w := i, i+1
	if toks[i].n == "[" && i+2 < len(toks) && toks[i+2].n == "]" {
		c, w = i+1, i+3
	}
	n, ok := countAt(toks, c)
	// "due back in three weeks' time": as far after the story.
	if ok && wordIs(toks, c-1, "in") && (wordIs(toks, w+1, "'", "'s") && wordIs(toks, w+2, "time")) {
		return f.agoDate(-n, lowerAt(toks, w), c-1, w+3)
	}
	if !ok || w+1 >= len(toks) || lowerAt(toks, w+1) != "ago" {
		return dateHit{}, pass
	}
	return f.agoDate(n, lowerAt(toks, w), i, w+2)
}

// agoDate is the date n units (days, weeks, months, years) before the
// publication date, for tokens [a,b).
func (f dateFinder) agoDate(n int, unit string, a, b int) (dateHit, verdict) {
	switch strings.TrimSuffix(unit, "s") {
	case "day":
		return dateHit{a: a, b: b, date: ymd(f.pub.AddDate(0, 0, -n))}, found
	case "week":
		return dateHit{a: a, b: b, date: ymd(f.pub.AddDate(0, 0, -7*n))}, found
	case "fortnight":
		return dateHit{a: a, b: b, date: ymd(f.pub.AddDate(0, 0, -14*n))}, found
	case "month":
		t := f.pub.AddDate(0, -n, 0)
		return dateHit{a: a, b: b, date: ym(t.Year(), int(t.Month()))}, found
	case "year":
		return dateHit{a: a, b: b, date: strconv.Itoa(f.pub.Year() - n)}, found
	case "decade":
		return dateHit{a: a, b: b, date: strconv.Itoa(f.pub.Year() - 10*n)}, found
	}
	return dateHit{}, pass
}

// modalBefore says a modal verb ("may", "could", "might", "can") comes
// before token i in its clause: "full service may not be back until
// Wednesday" tells of what is still to come.
func modalBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if toks[k].n == "," || toks[k].n == "." || toks[k].n == ";" {
			return false
		}
		if wordIs(toks, k, "may", "might", "could", "can", "cannot") {
			return true
		}
	}
	return false
}

// futureAfter says the clause after token i speaks of what is to come:
// "By Saturday it should be quiet".
func futureAfter(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && toks[k].n != "." && toks[k].n != ";"; k++ {
		if l := toks[k].lower(); futureCues.has(l) || l == "should" || strings.HasSuffix(l, "'ll") {
			return true
		}
	}
	return false
}
