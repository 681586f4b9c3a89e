package generate

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// dateRule is one kind of date expression: a name, an example, and match,
// which reads the expression starting at token i. relative rules count
// from the publication date and are tried only when it is known.
type dateRule struct {
	name, example string
	relative      bool
	match         func(f dateFinder, toks []token, i int) (dateHit, verdict)
}

// dateRules are tried in order at each token (dateFinder.at); the first
// that is not pass decides. Order is precedence: a rule that claims a
// token with stop ("early" + a noun, "May" the verb, a year before "%")
// keeps every later rule from reading it. The relative rules are in
// relative.go.
var dateRules = []dateRule{
	{"iso date", `2022-09-08`, false, dateFinder.isoDate},
	{"slash date", `a receipt dated 27/12/2023; 12/27/2023; dated 18.07.2022`, false, dateFinder.slashDate},
	{"school year", `the 2024-25 school year; the 2018–19 season; FY2018/19`, false, dateFinder.schoolYear},
	{"year range", `in 2019-2021`, false, dateFinder.yearRange},
	{"modified month", `early August; mid-July; the end of June; by the end of the year`, false, dateFinder.modifiedMonth},
	{"week of a month", `in the first week of July; the last week of March 2020`, false, dateFinder.weekOfMonth},
	{"weekday of a month", `on the last Friday in March; the first Tuesday of November 2024`, false, dateFinder.weekdayOfMonth},
	{"day span", `between February 12 and February 15; between 12 and 15 February; from 12 to 15 March; from January 23 through March 9; January 23 - March 9`, false, dateFinder.daySpan},
	{"month first", `September 8, 2022; July 23-24; from Oct. 14 to 16; September 2022`, false, dateFinder.monthFirst},
	{"day first", `8 September 2022; 23-24 July; the 8th of May; the 24th of this month`, false, dateFinder.dayFirst},
	{"year span", `between 2015 and 2018; from 2015 to 2018; over 2000 - 2050`, false, dateFinder.yearSpan},
	{"joined months", `the April-June quarter; the October-to-December quarter`, false, dateFinder.joinedMonths},
	{"month span", `from May to July; between March and June 2023`, false, dateFinder.monthSpanRule},
	{"decade", `the 1990s`, false, dateFinder.decade},
	{"century", `the 20th century; the 21st century`, false, dateFinder.century},
	{"half year", `the first half of 2024; the second half of the year; profits rose in the second half`, false, dateFinder.halfYear},
	{"first months", `the first nine months of 2023; the first two months of the year`, false, dateFinder.firstMonths},
	{"quarter code", `Q1 2024; in Q3; H1 2024; in H2`, false, dateFinder.quarterCode},
	{"fiscal year", `in fiscal 2025; FY2024`, false, dateFinder.fiscalYear},
	{"quarter", `the third quarter; the first quarter of 2024; third-quarter profit`, false, dateFinder.quarter},
	{"bare year", `in 2021; since 2019`, false, dateFinder.bareYear},
	{"weekday", `on Tuesday; last Friday; next Monday`, true, dateFinder.weekday},
	{"day of the month", `on the 22nd; by the 3rd`, true, dateFinder.dayOfMonth},
	{"holiday", `on Boxing Day; over the Easter weekend; Labor Day`, true, dateFinder.holiday},
	{"today", `today; yesterday; tomorrow; the day after tomorrow`, true, dateFinder.today},
	{"past units", `in the past six months; within three months`, true, dateFinder.pastUnits},
	{"this unit", `this week; earlier this week; early next week; last year; next quarter; last summer; last night; this years festival`, true, dateFinder.thisUnit},
	{"over the season", `over the summer; during the winter`, true, dateFinder.overSeason},
	// Tried only with a publication date, as it always was, though the
	// year is written.
	{"season of year", `the summer of 2023; summer 2023`, true, dateFinder.seasonOfYear},
	{"part of unit", `earlier in the week; later in the month`, true, dateFinder.partOfUnit},
	{"months to", `the 12 months to July; the six months ended Sept. 30; the year to March 2026; the quarter ended Aug. 31`, true, dateFinder.monthsTo},
	{"the weekend", `over the weekend; at the weekend`, true, dateFinder.theWeekend},
	{"year end", `by year end; at year-end`, true, dateFinder.yearEnd},
	{"ago", `two weeks ago; a year ago; [Ten] years ago; a decade ago`, true, dateFinder.ago},
	{"decade word", `the sixties`, true, dateFinder.decadeWord},
}

// isoDate reads "2022-09-08".
func (f dateFinder) isoDate(toks []token, i int) (dateHit, verdict) {
	t := toks[i]
	if t.kind == tNum && len(t.n) == 10 && t.n[4] == '-' && t.n[7] == '-' {
		if tm, err := time.Parse("2006-01-02", t.n); err == nil {
			return dateHit{a: i, b: i + 1, date: ymd(tm)}, found
		}
	}
	return dateHit{}, pass
}

// slashDate reads a day written with slashes, "27/12/2023" (day first,
// as in Britain) or "12/27/2023" (month first, as in the US), when the
// numbers say which: "12/03/2024" could be either, and is read as
// neither.
func (f dateFinder) slashDate(toks []token, i int) (dateHit, verdict) {
	// "G.O. No. 214 dated 18.07.2022": with dots, the day is always first
	// (no country writes the month first with dots); not a version.
	if n := toks[i].n; toks[i].kind == tNum && strings.Count(n, ".") == 2 {
		if wordIs(toks, i-1, "version", "v", "ver", "release") {
			return dateHit{}, stop
		}
		ps := strings.Split(n, ".")
		d, e1 := strconv.Atoi(ps[0])
		m, e2 := strconv.Atoi(ps[1])
		y, e3 := strconv.Atoi(ps[2])
		if e1 != nil || e2 != nil || e3 != nil || len(ps[0]) > 2 || len(ps[1]) > 2 || len(ps[2]) != 4 || y < 1900 || y > 2100 || !validDay(y, m, d) {
			return dateHit{}, pass
		}
		return dateHit{a: i, b: i + 1, date: ymdI(y, m, d)}, found
	}
	if i+4 >= len(toks) || toks[i+1].n != "/" || toks[i+3].n != "/" || toks[i+2].kind != tNum || len(toks[i].n) > 2 || len(toks[i+2].n) > 2 {
		return dateHit{}, pass
	}
	y, ok := yearOf(toks[i+4])
	if !ok {
		return dateHit{}, pass
	}
	a, e1 := strconv.Atoi(toks[i].n)
	b, e2 := strconv.Atoi(toks[i+2].n)
	if e1 != nil || e2 != nil {
		return dateHit{}, pass
	}
	var d, m int
	switch {
	case a > 12 && b <= 12:
		d, m = a, b
	case b > 12 && a <= 12:
		d, m = b, a
	default:
		return dateHit{}, stop
	}
	if !validDay(y, m, d) {
		return dateHit{}, stop
	}
	return dateHit{a: i, b: i + 5, date: ymdI(y, m, d)}, found
}

// schoolYear reads a season or school year, "2024-25".
func (f dateFinder) schoolYear(toks []token, i int) (dateHit, verdict) {
	t := toks[i]
	if t.kind == tNum && len(t.n) == 7 && t.n[4] == '-' {
		y1, e1 := strconv.Atoi(t.n[:4])
		y2, e2 := strconv.Atoi(t.n[5:])
		if e1 == nil && e2 == nil && y1 >= 1900 && y1 <= 2100 && y2 == (y1+1)%100 {
			return dateHit{a: i, b: i + 1, date: strconv.Itoa(y1), end: strconv.Itoa(y1 + 1)}, found
		}
	}
	// "the 2018–19 season", with an en dash, which the tokenizer splits
	// off; a financial year with a slash, "2022/23", "FY2018/19".
	n := t.n
	if t.kind == tWord && len(n) == 6 && (n[:2] == "FY" || n[:2] == "Fy") {
		n = n[2:]
	} else if t.kind != tNum {
		n = ""
	}
	if len(n) == 4 && i+2 < len(toks) && (toks[i+1].n == "–" || toks[i+1].n == "—" || toks[i+1].n == "/") && toks[i+1].start == t.end && toks[i+2].start == toks[i+1].end && len(toks[i+2].n) == 2 && toks[i+2].kind == tNum {
		y1, e1 := strconv.Atoi(n)
		y2, e2 := strconv.Atoi(toks[i+2].n)
		if e1 == nil && e2 == nil && y1 >= 1900 && y1 <= 2100 && y2 == (y1+1)%100 {
			return dateHit{a: i, b: i + 3, date: strconv.Itoa(y1), end: strconv.Itoa(y1 + 1)}, found
		}
	}
	return dateHit{}, pass
}

// yearRange reads "2019-2021" after a word that takes a year, or in
// brackets.
func (f dateFinder) yearRange(toks []token, i int) (dateHit, verdict) {
	t := toks[i]
	if t.kind == tNum && len(t.n) == 9 && t.n[4] == '-' {
		y1, e1 := strconv.Atoi(t.n[:4])
		y2, e2 := strconv.Atoi(t.n[5:])
		// "the 12th Five-Year Plan period (2011-2015)": in brackets too.
		if e1 == nil && e2 == nil && y1 >= 1900 && y2 > y1 && y2 <= 2100 && (yearPreps.has(lowerAt(toks, i-1)) || wordIs(toks, i-1, "(") && wordIs(toks, i+1, ")")) {
			return dateHit{a: i, b: i + 1, date: strconv.Itoa(y1), end: strconv.Itoa(y2)}, found
		}
	}
	return dateHit{}, pass
}

// weekOrdinals count the weeks of a month; -1 is the last.
var weekOrdinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}

// weekOfMonth reads "the first week of July", "the last week of March
// 2020": the seven days, counted from the month's first day or back from
// its last.
func (f dateFinder) weekOfMonth(toks []token, i int) (dateHit, verdict) {
	n, ok := weekOrdinals[toks[i].lower()]
	if !ok || !nextIs(toks, i, "week") || lowerAt(toks, i+2) != "of" || i+3 >= len(toks) {
		return dateHit{}, pass
	}
	m, ok := monthOf(toks[i+3])
	if !ok {
		return dateHit{}, pass
	}
	h, ok := f.monthExpr(toks, i, i+4, m, true)
	if !ok || len(h.date) != len("2006-01") || h.end != "" {
		return dateHit{}, pass
	}
	y, _ := strconv.Atoi(h.date[:4])
	d1 := 7*(n-1) + 1
	if n < 0 {
		d1 = time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day() - 6
	}
	a := i
	if wordIs(toks, i-1, "the") {
		a = i - 1
	}
	return dateHit{a: a, b: h.b, date: ymdI(y, m, d1), end: ymdI(y, m, d1+6)}, found
}

// weekdayOfMonth reads "the last Friday in March", "the first Tuesday of
// November 2024": that weekday's first (second, ...) or last day in the
// month.
func (f dateFinder) weekdayOfMonth(toks []token, i int) (dateHit, verdict) {
	n, ok := weekOrdinals[toks[i].lower()]
	if !ok || !wordIs(toks, i-1, "the") || i+3 >= len(toks) || !toks[i+1].upper() {
		return dateHit{}, pass
	}
	wd, ok := weekdays()[toks[i+1].lower()]
	if !ok || !wordIs(toks, i+2, "in", "of") {
		return dateHit{}, pass
	}
	m, ok := monthOf(toks[i+3])
	if !ok {
		return dateHit{}, pass
	}
	h, ok := f.monthExpr(toks, i-1, i+4, m, true)
	if !ok || len(h.date) != len("2006-01") || h.end != "" {
		return dateHit{}, pass
	}
	y, _ := strconv.Atoi(h.date[:4])
	// The first such day of the month, n-1 weeks on; or its last.
	d := toWeekday(time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC), wd, -1)
	if n > 0 {
		d = toWeekday(time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC), wd, 1).AddDate(0, 0, 7*(n-1))
	}
	if int(d.Month()) != m {
		return dateHit{}, pass
	}
	return dateHit{a: i - 1, b: h.b, date: ymd(d)}, found
}

// modifiedMonth reads a month or year after a modifier: "early August",
// "late March", "mid-July", "the end of June", "by the end of the year".
// A modifier followed by neither is claimed for no date ("early
// elections").
func (f dateFinder) modifiedMonth(toks []token, i int) (dateHit, verdict) {
	l := toks[i].lower()
	var mi int
	switch {
	case l == "early" || l == "late" || l == "mid":
		mi = i + 1
		if lowerAt(toks, mi) == "-" {
			mi++
		}
		// "as early as April", "as late as 2017": the date itself, how
		// near it is said around it. After a modal it is a prospect
		// whose direction the rules do not read ("may take place as
		// early as March"): no date, as before.
		if l != "mid" && lowerAt(toks, mi) == "as" && lowerAt(toks, i-1) == "as" && mi+1 < len(toks) {
			if modalBefore(toks, i-1) {
				return dateHit{}, stop
			}
			if m, ok := monthOf(toks[mi+1]); ok {
				return decide(f.monthExpr(toks, i-1, mi+2, m, true))
			}
			if y, ok := yearOf(toks[mi+1]); ok {
				return dateHit{a: i - 1, b: mi + 2, date: strconv.Itoa(y)}, found
			}
		}
	case strings.HasPrefix(l, "mid-"):
		if m, ok := months()[strings.TrimPrefix(l, "mid-")]; ok {
			return decide(f.monthExpr(toks, i, i+1, m, true))
		}
		// "by mid-2023": the middle of the year, its two middle months,
		// finer than the year and what an analyst reads there.
		if y, err := strconv.Atoi(strings.TrimPrefix(l, "mid-")); err == nil && y >= 1900 && y <= 2100 {
			return dateHit{a: i, b: i + 1, date: ym(y, 6), end: ym(y, 7)}, found
		}
		// "until mid-next year"
		if w := strings.TrimPrefix(l, "mid-"); f.hasPub && (w == "next" || w == "last" || w == "this") && nextIs(toks, i, "year") {
			y := f.pub.Year()
			switch w {
			case "next":
				y++
			case "last":
				y--
			}
			return dateHit{a: i, b: i + 2, date: ym(y, 6), end: ym(y, 7)}, found
		}
		return dateHit{}, pass
	case strings.HasPrefix(l, "end-"):
		// The wires' "by end-1997", "in the year to end-March".
		rest := strings.TrimPrefix(l, "end-")
		if m, ok := months()[rest]; ok {
			return decide(f.monthExpr(toks, i, i+1, m, true))
		}
		if y, err := strconv.Atoi(rest); err == nil && y >= 1900 && y <= 2100 {
			if wordIs(toks, i-1, "by", "before", "until") {
				return dateHit{a: i - 1, b: i + 1, date: ymdI(y, 12, 31)}, found
			}
			return dateHit{a: i, b: i + 1, date: ym(y, 12)}, found
		}
		return dateHit{}, pass
	case (l == "end" || l == "beginning" || l == "start" || l == "middle") && nextIs(toks, i, "of"):
		mi = i + 2
	default:
		return dateHit{}, pass
	}
	// "by the end of the year", "the start of next month"
	if w, u := lowerAt(toks, mi), lowerAt(toks, mi+1); f.hasPub && (w == "the" || w == "this" || w == "next" || w == "last") && (u == "year" || u == "month") {
		return f.unitEdge(toks, i, mi, l, w, u), found
	}
	// "by the end of the decade": the decade the story is in.
	if w, u := lowerAt(toks, mi), lowerAt(toks, mi+1); f.hasPub && l == "end" && (w == "the" || w == "this") && u == "decade" {
		y := f.pub.Year()/10*10 + 9
		if endDeadline(toks, i) {
			return dateHit{a: i, b: mi + 2, date: ymdI(y, 12, 31)}, found
		}
		return dateHit{a: i, b: mi + 2, date: strconv.Itoa(y)}, found
	}
	if mi < len(toks) {
		if m, ok := monthOf(toks[mi]); ok {
			// "early July 18", "late Jan. 5": early in the day told; the
			// day's own rule reads it at the month.
			if (l == "early" || l == "late") && mi == i+1 && mi+1 < len(toks) && toks[mi+1].kind == tNum {
				if _, v := f.monthFirst(toks, mi); v == found {
					return dateHit{}, pass
				}
			}
			return decide(f.monthExpr(toks, i, mi+1, m, true))
		}
		if y, ok := yearOf(toks[mi]); ok {
			// "guarantee the bonds until the end of 2009": to its last
			// day; "no jobs would go before the end of 2007", "by the end
			// of 2027": its December.
			if l == "end" && endDeadline(toks, i) {
				if wordIs(toks, i-2, "until", "till") {
					return dateHit{a: i, b: mi + 1, date: ymdI(y, 12, 31)}, found
				}
				return dateHit{a: i, b: mi + 1, date: ym(y, 12)}, found
			}
			return dateHit{a: i, b: mi + 1, date: strconv.Itoa(y)}, found
		}
	}
	return dateHit{}, stop
}

// endDeadline says "the end" at token i follows a word that makes it a
// deadline or a bound: "by", "before", "until", "till" ("until the end of
// the year": to its last day).
func endDeadline(toks []token, i int) bool {
	return wordIs(toks, i-1, "the") && wordIs(toks, i-2, "by", "before", "until", "till")
}

// unitEdge resolves modifier l ("end", "start", ...) of "w u" at token mi,
// "the end of the year", "the start of next month": the year or month,
// or, after "by the end of", its last day (a deadline).
func (f dateFinder) unitEdge(toks []token, i, mi int, l, w, u string) dateHit {
	off := 0
	switch w {
	case "next":
		off = 1
	case "last":
		off = -1
	}
	t := time.Date(f.pub.Year(), f.pub.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
	if u == "year" {
		t = time.Date(f.pub.Year()+off, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if l == "end" && endDeadline(toks, i) {
		last := t.AddDate(1, 0, -1)
		if u == "month" {
			last = t.AddDate(0, 1, -1)
		}
		return dateHit{a: i, b: mi + 2, date: ymd(last)}
	}
	if u == "year" {
		return dateHit{a: i, b: mi + 2, date: strconv.Itoa(t.Year())}
	}
	return dateHit{a: i, b: mi + 2, date: ym(t.Year(), int(t.Month()))}
}

// monthFirst reads a date that starts with its month: "September 8,
// 2022", "July 23-24", "from Oct. 14 to 16", "September 2022", "February
// this year", "the July hack". A month is claimed even when it resolves
// to no date ("May" the verb).
func (f dateFinder) monthFirst(toks []token, i int) (dateHit, verdict) {
	m, ok := monthOf(toks[i])
	if !ok {
		return dateHit{}, pass
	}
	d1, d2, ok := dayOfAt(toks, i+1)
	if !ok {
		// "in January and February": two months in a row, one span.
		if lowerAt(toks, i+1) == "and" && i+2 < len(toks) {
			if m2, ok := monthOf(toks[i+2]); ok && m2 == m%12+1 {
				if h, ok := f.monthSpan(toks, i+2, m, m2); ok {
					h.a = i
					return h, found
				}
			}
		}
		return decide(f.monthExpr(toks, i, i+1, m, false))
	}
	j := i + 2
	// "from Oct. 14 to 16"; "on September 7 and 8", days close together
	// and no noun after the second ("September 7 and 8 others" counts).
	// "on the night of May 19–20, 2008": days joined by a dash the
	// tokenizer keeps apart.
	if c := lowerAt(toks, j); d2 == 0 && (c == "to" || c == "until" || c == "through" || c == "and" || c == "–" || c == "-") && j+1 < len(toks) {
		if e, _, ok := dayOfAt(toks, j+1); ok && e > d1 && (c != "and" || e-d1 <= 7 && !(j+2 < len(toks) && toks[j+2].kind == tWord && !toks[j+2].upper() && !wordIs(toks, j+2, "and", "or", "but", "when", "after", "before", "in", "at"))) {
			d2, j = e, j+2
		}
	}
	y, hasY := 0, false
	if lowerAt(toks, j) == "," {
		if yy, ok := yearAtTok(toks, j+1); ok {
			y, hasY, j = yy, true, j+2
		}
	} else if yy, ok := yearAtTok(toks, j); ok {
		y, hasY, j = yy, true, j+1
	} else if yy, ok := f.yearWords(toks, j); ok {
		y, hasY, j = yy, true, j+2
	}
	return decide(f.dayExpr(toks, i, j, y, hasY, m, d1, d2))
}

// yearWords reads "last year", "this year" or "next year" at toks[j],
// after a day and month or a month ("on March 12 last year", "on 28
// January last year", "February this year"): the year they name, counted
// from the publication date.
func (f dateFinder) yearWords(toks []token, j int) (int, bool) {
	w := lowerAt(toks, j)
	if !f.hasPub || lowerAt(toks, j+1) != "year" {
		return 0, false
	}
	switch w {
	case "last":
		return f.pub.Year() - 1, true
	case "this":
		return f.pub.Year(), true
	case "next":
		return f.pub.Year() + 1, true
	}
	return 0, false
}

// spanTo join the two ends of a span after "from" or none: "to",
// "through", a dash.
var spanTo = words(`to until till through thru - –`)

// daySpan reads two days as one span: "between February 12 and February
// 15", "between 12 and 15 February", "from January 23 through March 9",
// "January 23 - March 9", "from December 28, 2023 to January 3, 2024". A
// start without its year takes the end's (the year before when it comes
// later in the calendar).
func (f dateFinder) daySpan(toks []token, i int) (dateHit, verdict) {
	l := toks[i].lower()
	a, j := i, i
	if l == "between" || l == "from" {
		j = i + 1
	}
	day := func(k int) (dateHit, bool) {
		// "from Friday, Oct. 11, to Monday, Oct. 14": the weekday before
		// the date says nothing more.
		if k+1 < len(toks) && toks[k+1].n == "," && isWeekdayName(toks[k].lower()) {
			k += 2
		}
		if k >= len(toks) {
			return dateHit{}, false
		}
		h, v := f.monthFirst(toks, k)
		if v != found {
			h, v = f.dayFirst(toks, k)
		}
		// "between Christmas Eve and New Year's Day"
		if v != found && f.hasPub {
			h, v = f.holiday(toks, k)
		}
		// "between Friday and Sunday": the days the sentence's tense
		// puts each weekday on (a span that runs backwards is mended
		// below).
		if v != found && f.hasPub {
			h, v = f.weekday(toks, k)
		}
		return h, v == found && len(h.date) == 10 && h.end == ""
	}
	var h1, h2 dateHit
	// "on 11 and 12 July": two days of one month, read as their span.
	if d, _, ok := dayOfAt(toks, i); ok && l != "between" && l != "from" && wordIs(toks, i-1, "on") && nextIs(toks, i, "and") {
		if h2, ok2 := day(i + 2); ok2 && toks[i+2].kind == tNum && h2.date[8:] > fmt.Sprintf("%02d", d) {
			return dateHit{a: i, b: h2.b, date: h2.date[:8] + fmt.Sprintf("%02d", d), end: h2.date}, found
		}
	}
	if d, _, ok := dayOfAt(toks, j); ok && (l == "between" && nextIs(toks, j, "and") || l == "from" && spanTo.has(lowerAt(toks, j+1))) {
		// "between 12 and 15 February", "from 12 to 15 March": the day,
		// then the end's month.
		var ok2 bool
		if h2, ok2 = day(j + 2); !ok2 {
			return dateHit{}, pass
		}
		h1 = dateHit{a: j, b: j + 1, date: h2.date[:8] + fmt.Sprintf("%02d", d)}
	} else {
		var ok1, ok2 bool
		if h1, ok1 = day(j); !ok1 {
			return dateHit{}, pass
		}
		if lowerAt(toks, h1.b) == "," && l == "from" {
			h1.b++ // "from Friday, Oct. 11, to ..."
		}
		c := lowerAt(toks, h1.b)
		if l == "between" && c != "and" || l != "between" && !spanTo.has(c) {
			return dateHit{}, pass
		}
		if h2, ok2 = day(h1.b + 1); !ok2 {
			return dateHit{}, pass
		}
	}
	_, y1 := yearAtTok(toks, h1.b-1)
	_, y2 := yearAtTok(toks, h2.b-1)
	start, end := h1.date, h2.date
	// "between Tuesday and Thursday", each weekday read alone, may put
	// the Thursday before the Tuesday: told as past, the span ends on
	// its last day as read (the nearer the story) and starts the days
	// before it; else it starts on its first.
	w1, ok1 := weekdays()[lowerAt(toks, h1.b-1)]
	w2, ok2 := weekdays()[lowerAt(toks, h2.b-1)]
	if ok1 && ok2 && start >= end {
		t1, err1 := time.Parse("2006-01-02", start)
		t2, err2 := time.Parse("2006-01-02", end)
		n := (w2 - w1 + 7) % 7
		switch {
		case err1 != nil || err2 != nil:
		case !t1.After(f.pub):
			start = ymd(t2.AddDate(0, 0, -n))
		default:
			end = ymd(t1.AddDate(0, 0, n))
		}
	}
	if !y1 && y2 {
		start = end[:4] + start[4:]
	}
	// A span over the new year, "from October 12 to January 26": the
	// year the text gives holds; with none, the span that lies nearer the
	// publication (an exhibition that opens next week runs into next
	// year; one that closed last month opened last year).
	switch {
	case y1 && !y2 && start > end:
		end = addYears(end, 1)
	case !y1 && y2 && start > end:
		start = addYears(start, -1)
	case !y1 && !y2 && start[5:] > end[5:] && f.hasPub:
		best := time.Duration(1 << 62)
		for y := f.pub.Year() - 1; y <= f.pub.Year()+1; y++ {
			s, e := strconv.Itoa(y)+start[4:], strconv.Itoa(y+1)+end[4:]
			if d := spanDistance(f.pub, s, e); d < best {
				best, start, end = d, s, e
			}
		}
	case !y1 && start > end:
		start = addYears(start, -1)
	}
	if t, err := time.Parse("2006-01-02", start); err != nil || ymd(t) != start || start >= end {
		return dateHit{}, pass
	}
	if t, err := time.Parse("2006-01-02", end); err != nil || ymd(t) != end {
		return dateHit{}, pass
	}
	return dateHit{a: a, b: h2.b, date: start, end: end}, found
}

// dayFirst reads a date that starts with its day: "8 September 2022",
// "23-24 July", "the 8th of May".
func (f dateFinder) dayFirst(toks []token, i int) (dateHit, verdict) {
	d1, d2, ok := dayOf(toks[i])
	if !ok || i+1 >= len(toks) {
		return dateHit{}, pass
	}
	k := i + 1
	if lowerAt(toks, k) == "of" {
		k++
		// "the 24th of this month", "the 3rd of next month": a day of
		// the month the story counts from.
		if w := lowerAt(toks, k); f.hasPub && d2 == 0 && (w == "this" || w == "next" || w == "last") && lowerAt(toks, k+1) == "month" {
			t := time.Date(f.pub.Year(), f.pub.Month(), 1, 0, 0, 0, 0, time.UTC)
			switch w {
			case "next":
				t = t.AddDate(0, 1, 0)
			case "last":
				t = t.AddDate(0, -1, 0)
			}
			if !validDay(t.Year(), int(t.Month()), d1) {
				return dateHit{}, pass
			}
			return dateHit{a: i, b: k + 2, date: ymdI(t.Year(), int(t.Month()), d1)}, found
		}
	}
	m, ok := monthOf(toks[min(k, len(toks)-1)])
	if !ok || k >= len(toks) {
		return dateHit{}, pass
	}
	j := k + 1
	y, hasY := 0, false
	if yy, ok := yearAtTok(toks, j); ok {
		y, hasY, j = yy, true, j+1
	} else if lowerAt(toks, j) == "," {
		if yy, ok := yearAtTok(toks, j+1); ok {
			y, hasY, j = yy, true, j+2
		}
	} else if yy, ok := f.yearWords(toks, j); ok {
		y, hasY, j = yy, true, j+2
	}
	return decide(f.dayExpr(toks, i, j, y, hasY, m, d1, d2))
}

// yearSpan reads years as a span: "between 2015 and 2018", "from 2015 to
// 2018", "over 2000 - 2050".
func (f dateFinder) yearSpan(toks []token, i int) (dateHit, verdict) {
	if y1, ok := yearOf(toks[i]); ok && (yearPreps.has(lowerAt(toks, i-1)) || prevIs(toks, i, "over")) && wordIs(toks, i+1, "-", "–") {
		if y2, ok := yearAtTok(toks, i+2); ok && y2 > y1 {
			return dateHit{a: i, b: i + 3, date: strconv.Itoa(y1), end: strconv.Itoa(y2)}, found
		}
	}
	l := toks[i].lower()
	if (l == "between" || l == "from") && i+3 < len(toks) {
		y1, ok1 := yearOf(toks[i+1])
		y2, ok2 := yearOf(toks[i+3])
		if c := lowerAt(toks, i+2); ok1 && ok2 && y2 > y1 && (l == "between" && c == "and" || l == "from" && (c == "to" || c == "until")) {
			return dateHit{a: i, b: i + 4, date: strconv.Itoa(y1), end: strconv.Itoa(y2)}, found
		}
	}
	return dateHit{}, pass
}

// joinedMonths reads two months joined by a hyphen, "the April-June
// quarter", as a span.
func (f dateFinder) joinedMonths(toks []token, i int) (dateHit, verdict) {
	t := toks[i]
	n := t.n
	// "the October-to-December quarter"
	if strings.Count(n, "-") == 2 && strings.Contains(strings.ToLower(n), "-to-") {
		l1, l2, _ := strings.Cut(n, "-")
		n = l1 + "-" + l2[len("to-"):]
	}
	if t.kind != tWord || strings.Count(n, "-") != 1 {
		return dateHit{}, pass
	}
	l1, l2, _ := strings.Cut(n, "-")
	m1, ok1 := months()[strings.ToLower(l1)]
	m2, ok2 := months()[strings.ToLower(l2)]
	if ok1 && ok2 && m1 != m2 && len(l1) > 2 && len(l2) > 2 {
		// Read as the second month alone, in its sentence: what comes
		// before it says whether the span is to come ("expects to sell
		// ... in the October-to-December quarter").
		alone := append(append(toks[:i:i], token{n: l2, s: l2, kind: tWord}), toks[i+1:]...)
		if h, ok := f.monthSpan(alone, i, m1, m2); ok {
			h.a = i
			return h, found
		}
	}
	return dateHit{}, pass
}

// monthSpanRule reads months as a span: "from May to July", "between
// March and June 2023", "between July 2022 and June 2023".
func (f dateFinder) monthSpanRule(toks []token, i int) (dateHit, verdict) {
	l := toks[i].lower()
	if (l == "from" || l == "between") && i+3 < len(toks) {
		m1, ok1 := monthOf(toks[i+1])
		m2, ok2 := monthOf(toks[i+3])
		if c := lowerAt(toks, i+2); ok1 && ok2 && m1 != m2 && (l == "between" && c == "and" || l == "from" && (c == "to" || c == "until" || c == "through")) {
			if h, ok := f.monthSpan(toks, i+3, m1, m2); ok {
				h.a = i
				return h, found
			}
		}
		// "between July 2022 and June 2023": each month with its year.
		if i+5 < len(toks) {
			y1, oky1 := yearAtTok(toks, i+2)
			m2, ok2 := monthOf(toks[i+4])
			y2, oky2 := yearAtTok(toks, i+5)
			if c := lowerAt(toks, i+3); ok1 && oky1 && ok2 && oky2 && (y2 > y1 || y2 == y1 && m2 > m1) && (l == "between" && c == "and" || l == "from" && (c == "to" || c == "until" || c == "through")) {
				return dateHit{a: i, b: i + 6, date: ym(y1, m1), end: ym(y2, m2)}, found
			}
		}
	}
	return dateHit{}, pass
}

// decade reads "the 1990s".
func (f dateFinder) decade(toks []token, i int) (dateHit, verdict) {
	t := toks[i]
	if t.kind == tNum && len(t.n) == 5 && strings.HasSuffix(t.n, "0s") && (i == 0 || yearPreps.has(lowerAt(toks, i-1))) {
		if y, err := strconv.Atoi(t.n[:4]); err == nil && y >= 1800 && y <= 2090 {
			return dateHit{a: i, b: i + 1, date: strconv.Itoa(y), end: strconv.Itoa(y + 9)}, found
		}
	}
	return dateHit{}, pass
}

// decadeWord reads "the sixties": the last such decade wholly before the
// story (from 2014, the 1960s; from 2025, "the twenties" are the 1920s),
// so it is counted from the publication date.
func (f dateFinder) decadeWord(toks []token, i int) (dateHit, verdict) {
	k, ok := decadeWords[toks[i].lower()]
	if !ok || !prevIs(toks, i, "the") {
		return dateHit{}, pass
	}
	y := f.pub.Year()/100*100 + k
	if y+9 >= f.pub.Year() {
		y -= 100
	}
	return dateHit{a: i - 1, b: i + 1, date: strconv.Itoa(y), end: strconv.Itoa(y + 9)}, found
}

// decadeWords name decades by their tens.
var decadeWords = map[string]int{"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}

// century reads "the 20th century" as its years as commonly counted,
// 1900 to 1999.
func (f dateFinder) century(toks []token, i int) (dateHit, verdict) {
	t := toks[i]
	if t.kind != tNum || !nextIs(toks, i, "century") || !prevIs(toks, i, "the") {
		return dateHit{}, pass
	}
	n, err := strconv.Atoi(strings.TrimRight(t.lower(), "stndrh"))
	if err != nil || n < 15 || n > 21 {
		return dateHit{}, pass
	}
	y := (n - 1) * 100
	return dateHit{a: i - 1, b: i + 2, date: strconv.Itoa(y), end: strconv.Itoa(y + 99)}, found
}

// halfYear reads "the first half of 2024", "the second half of the year",
// "the second half" (of the publication's year, in a sentence about
// business).
func (f dateFinder) halfYear(toks []token, i int) (dateHit, verdict) {
	h, ok := quarters()[toks[i].lower()]
	if !ok || h > 2 || !nextIs(toks, i, "half") {
		return dateHit{}, pass
	}
	a, b := i, i+2
	if prevIs(toks, i, "the") {
		a = i - 1
	}
	y, hasY := 0, false
	if lowerAt(toks, b) == "of" {
		y, hasY, b = f.yearOf(toks, b)
	}
	if !hasY && f.hasPub && lowerAt(toks, b) != "of" {
		// "the second half" alone is the year's only where a sentence
		// speaks of business or the economy: a match has halves too.
		if !slices.ContainsFunc(toks, func(t token) bool { return periodWords.has(t.lower()) }) {
			return dateHit{}, stop
		}
		y, hasY = f.periodYear(toks, a, 6*h-5, 6*h), true
	}
	if hasY {
		return dateHit{a: a, b: b, date: ym(y, 6*h-5), end: ym(y, 6*h)}, found
	}
	return dateHit{}, pass
}

// firstMonths reads "the first nine months of 2023", "the first two
// months of the year": January to the Nth month, a period a figure is
// for (eventDate puts a point date of the sentence before it). Without
// a year ("in the first six months") it is no date: whose year is not
// said.
func (f dateFinder) firstMonths(toks []token, i int) (dateHit, verdict) {
	if !firstMonthsAt(toks, i-1) {
		return dateHit{}, pass
	}
	n, _ := countAt(toks, i+1)
	y, hasY, b := f.yearOf(toks, i+3)
	if !hasY {
		return dateHit{}, pass
	}
	return dateHit{a: i - 1, b: b, date: ym(y, 1), end: ym(y, n)}, found
}

// firstMonthsAt says "the first N months of" opens at token a, N from 2
// to 11.
func firstMonthsAt(toks []token, a int) bool {
	if !wordIs(toks, a, "the") || !wordIs(toks, a+1, "first") || !wordIs(toks, a+3, "months") || !wordIs(toks, a+4, "of") {
		return false
	}
	n, ok := countAt(toks, a+2)
	return ok && n >= 2 && n <= 11
}

// periodWords tell that a sentence counts time in business years: "the
// second half" is then the year's.
var periodWords = words(`year fiscal quarter quarterly profit profits sales revenue revenues earnings economy
	economic growth output demand analysts analyst forecast forecasts guidance results prices inflation gdp investment
	investors shares production exports imports`)

// quarterCode reads a quarter's or a half year's code: "Q1 2024", "in
// Q3", "H1 2024", "in H2".
func (f dateFinder) quarterCode(toks []token, i int) (dateHit, verdict) {
	t := toks[i]
	months := 0
	if len(t.n) == 2 {
		switch {
		case (t.n[0] == 'Q' || t.n[0] == 'q') && t.n[1] >= '1' && t.n[1] <= '4':
			months = 3
		case t.n[0] == 'H' && (t.n[1] == '1' || t.n[1] == '2'):
			months = 6
		}
	}
	if months == 0 {
		return dateHit{}, pass
	}
	last := months * int(t.n[1]-'0')
	first := last - months + 1
	if y, ok := yearAtTok(toks, i+1); ok {
		return dateHit{a: i, b: i + 2, date: ym(y, first), end: ym(y, last)}, found
	}
	if f.hasPub && prevIs(toks, i, "in", "the") {
		y := f.periodYear(toks, i, first, last)
		return dateHit{a: i, b: i + 1, date: ym(y, first), end: ym(y, last)}, found
	}
	return dateHit{}, pass
}

// fiscalYear reads a company's year by its number, "fiscal 2025",
// "FY2024", "FY 2024", as the year the text numbers (which months a
// firm's year has, the text seldom says).
func (f dateFinder) fiscalYear(toks []token, i int) (dateHit, verdict) {
	t := toks[i]
	if digits, ok := strings.CutPrefix(t.n, "FY"); ok && len(digits) == 4 {
		if y, err := strconv.Atoi(digits); err == nil && y >= 1900 && y <= 2100 {
			return dateHit{a: i, b: i + 1, date: digits}, found
		}
	}
	if t.lower() != "fiscal" && t.n != "FY" {
		return dateHit{}, pass
	}
	y, ok := yearAtTok(toks, i+1)
	if !ok {
		return dateHit{}, pass
	}
	// "its fiscal 2006, which ends June 30, 2006"
	if h, ok := f.monthsEndedAt(toks, i, i+2, 12); ok {
		return h, found
	}
	return dateHit{a: i, b: i + 2, date: strconv.Itoa(y)}, found
}

// monthsEndedAt reads the day a firm's period [a,b) ends, told after it
// (", which ended Sept. 30", "ending June 30, 2006"), as the n months to
// that day's month.
func (f dateFinder) monthsEndedAt(toks []token, a, b, n int) (dateHit, bool) {
	e := b
	if lowerAt(toks, e) == "," {
		e++
	}
	if !wordIs(toks, e, "ended", "ending", "ends", "which", "that") {
		return dateHit{}, false
	}
	k := e + 1
	if wordIs(toks, e, "which", "that") {
		k++
	}
	h, v := f.monthFirst(toks, k)
	if v != found || h.end != "" || len(h.date) != len("2006-01-02") {
		return dateHit{}, false
	}
	ey, _ := strconv.Atoi(h.date[:4])
	em, _ := strconv.Atoi(h.date[5:7])
	start := time.Date(ey, time.Month(em-n+1), 1, 0, 0, 0, 0, time.UTC)
	return dateHit{a: a, b: h.b, date: ym(start.Year(), int(start.Month())), end: ym(ey, em)}, true
}

// yearOf reads the year after the "of" at k that ends a quarter's or a
// half's name: "of 2024", "of the year", "of next year". It returns the
// year, whether there is one, and the token after it.
func (f dateFinder) yearOf(toks []token, k int) (int, bool, int) {
	if y, ok := yearAtTok(toks, k+1); ok {
		return y, true, k + 2
	}
	if !f.hasPub || !wordIs(toks, k+2, "year") {
		return 0, false, k
	}
	switch lowerAt(toks, k+1) {
	case "the", "this":
		return f.pub.Year(), true, k + 3
	case "next":
		return f.pub.Year() + 1, true, k + 3
	case "last":
		return f.pub.Year() - 1, true, k + 3
	}
	return 0, false, k
}

// periodYear is the year of a quarter or a half named without one that
// begins in month first: the publication's, or the year before when the
// period had not begun by then and the clause plans nothing ("Sales fell
// in the fourth quarter", told in March, are last year's), or the year
// after when the period was over and the clause plans it ("debt payments
// due in the first quarter", told in December).
func (f dateFinder) periodYear(toks []token, a, first, last int) int {
	y := f.pub.Year()
	switch {
	case first > int(f.pub.Month()) && pastBefore(toks, a) && !future(toks, a):
		y--
	case last < int(f.pub.Month()) && future(toks, a):
		y++
	}
	return y
}

// pastBefore says a verb in the past tense comes before token a in its
// clause ("Sales fell 23% in the fourth quarter"), as the present does not
// ("enters public beta in Q3").
func pastBefore(toks []token, a int) bool {
	for k := a - 1; k >= 0 && k >= a-24; k-- {
		t := toks[k]
		if t.n == "." || t.n == ";" || t.n == ":" {
			break
		}
		if pastForm(t) {
			return true
		}
	}
	return false
}

// pastForm says t is a verb's past form: lower case, in -ed, or one of
// pastVerbs.
func pastForm(t token) bool {
	return t.kind == tWord && !t.upper() && (participleForm(t) && strings.HasSuffix(t.lower(), "ed") || pastVerbs.has(t.lower()))
}

// pastVerbs are verbs' past forms that participle does not know by their
// ending: the irregular ones that are no present form too ("put", "set",
// "hit" are both, and not here).
var pastVerbs = words(`was were had fell rose grew lost won paid sold made did saw took gave came went got kept left
	spent sank shrank swung slid beat bought brought met held told sent stood wrote spoke began ran found
	thought led struck broke chose drove flew fought knew meant sat shot stole threw tore wore became built
	caught drew fed froze hid hung laid lent rode sought shook slept stuck swept taught understood withdrew
	upheld overtook forgave forgot`)

// quarter reads "the third quarter", "the first quarter of 2024"; with no
// year, the reporting year, as companies count quarters.
func (f dateFinder) quarter(toks []token, i int) (dateHit, verdict) {
	l := toks[i].lower()
	q, ok := quarters()[l]
	a, b := i, i+2
	if ord, adj := strings.CutSuffix(l, "-quarter"); adj {
		// "third-quarter profit fell"
		q, ok = quarters()[ord]
		b = i + 1
	} else if !nextIs(toks, i, "quarter") {
		ok = false
	}
	if !ok {
		return dateHit{}, pass
	}
	if prevIs(toks, i, "the") {
		a = i - 1
	}
	// "its fiscal first quarter, ended Sept. 30": the three months to
	// the day it ended; a fiscal quarter with no end given is not the
	// calendar's, and the text does not say which months it is.
	if wordIs(toks, a-1, "fiscal") || wordIs(toks, a, "fiscal") {
		if h, ok := f.monthsEndedAt(toks, a, b, 3); ok {
			return h, found
		}
		return dateHit{}, stop
	}
	y, hasY := 0, false
	if lowerAt(toks, b) == "of" {
		y, hasY, b = f.yearOf(toks, b) // "the first quarter of next year"
	} else if y, hasY = yearAtTok(toks, b); hasY {
		b++
	}
	if !hasY && f.hasPub {
		y, hasY = f.periodYear(toks, a, 3*q-2, 3*q), true
	}
	if hasY {
		return dateHit{a: a, b: b, date: ym(y, 3*q-2), end: ym(y, 3*q)}, found
	}
	return dateHit{}, pass
}

// timeBound says token k is the "than" of "earlier than", "later than",
// "sooner than": what follows bounds a date.
func timeBound(toks []token, k int) bool {
	return wordIs(toks, k, "than") && wordIs(toks, k-1, "earlier", "later", "sooner")
}

// bareYear reads a year after a word that takes one, "In 2021", "since
// 2019", "no earlier than 2027". Any other year is claimed for no date:
// "2021 people", "2021%".
func (f dateFinder) bareYear(toks []token, i int) (dateHit, verdict) {
	y, ok := yearOf(toks[i])
	if !ok {
		if y, ok := historicYear(toks, i); ok {
			return dateHit{a: i, b: i + 1, date: strconv.Itoa(y)}, found
		}
		return dateHit{}, pass
	}
	if wordIs(toks, i-1, "the") && yearLabelsDocument(toks, i) {
		return dateHit{}, stop
	}
	if (i == 0 || yearPreps.has(lowerAt(toks, i-1)) || timeBound(toks, i-1) || forecastFor(toks, i-1)) && lowerAt(toks, i+1) != "%" {
		return dateHit{a: i, b: i + 1, date: strconv.Itoa(y)}, found
	}
	// "first described in a 1996 paper": a year before its noun ("the
	// 2000 members" may count them, "a 2000 members" cannot); "a 2008
	// model" is a product's label.
	if wordIs(toks, i-1, "a", "an") && i+1 < len(toks) && toks[i+1].kind == tWord && !toks[i+1].upper() && !wordIs(toks, i+1, "model") {
		return dateHit{a: i, b: i + 1, date: strconv.Itoa(y)}, found
	}
	return dateHit{}, stop
}

// historicYear reads a year before 1900, which yearOf leaves to counts,
// where only a year can stand: after "in", "since", "until" and the like,
// and before a mark, a preposition or a conjunction, "completed in 1651 by
// the Flemish artist", "founded in 1868." ("in 1500 homes" counts homes).
func historicYear(toks []token, i int) (int, bool) {
	t := toks[i]
	if t.kind != tNum || len(t.n) != 4 || !wordIs(toks, i-1, "in", "since", "until", "till", "from", "before", "after", "circa", "around", "during") {
		return 0, false
	}
	y, ok := digitsValue(t.n)
	if !ok || y < 1000 || y >= 1900 {
		return 0, false
	}
	if i+1 < len(toks) && toks[i+1].kind != tPunct && !wordIs(toks, i+1, "by", "and", "or", "when", "after", "before", "to", "at", "in", "on", "under", "with", "as", "until") {
		return 0, false
	}
	return y, true
}

// yearLabelsDocument says the year at i names a document or a study,
// within three words before its noun: "the 2020 annual audit report", "the
// 2023 survey": a label, whose date is not the event's.
func yearLabelsDocument(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].kind != tWord || toks[k].upper() {
			return false
		}
		if l := toks[k].lower(); docNouns.has(l) || studyNouns.has(l) {
			return true
		}
	}
	return false
}

// forecastFor says token k is the "for" of a forecast's year: "consensus
// forecasts for 2026", "its growth outlook for 2024" ("paid for 2000
// tickets" counts them).
func forecastFor(toks []token, k int) bool {
	return wordIs(toks, k, "for") && forecastNouns.has(lowerAt(toks, k-1))
}

// forecastNouns name what a firm or a government expects of a year.
var forecastNouns = words(`forecast forecasts outlook guidance target targets budget estimate estimates projection
	projections expectations prediction predictions`)

// addYears moves ISO date d (YYYY-MM-DD) by n years (not from February
// 29: a span's ends are checked after).
func addYears(d string, n int) string {
	y, _ := strconv.Atoi(d[:4])
	return strconv.Itoa(y+n) + d[4:]
}

// spanDistance is how far day t lies from the span of ISO days [a, b]: 0
// inside it.
func spanDistance(t time.Time, a, b string) time.Duration {
	ta, err1 := time.Parse("2006-01-02", a)
	tb, err2 := time.Parse("2006-01-02", b)
	switch {
	case err1 != nil || err2 != nil:
		return 1 << 62
	case t.Before(ta):
		return ta.Sub(t)
	case t.After(tb):
		return t.Sub(tb)
	}
	return 0
}
