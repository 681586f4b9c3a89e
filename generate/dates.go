package generate

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// dateHit is one date expression in a sentence: tokens [a,b), resolved to
// date (YYYY, YYYY-MM or YYYY-MM-DD) and, for a range, end.
type dateHit struct {
	a, b      int
	date, end string
}

// dateFinder resolves date expressions against a publication date.
type dateFinder struct {
	pub    time.Time // zero: unknown, relative expressions are skipped
	hasPub bool
}

func ymd(t time.Time) string { return t.Format("2006-01-02") }
func ym(y, m int) string     { return fmt.Sprintf("%04d-%02d", y, m) }
func ymdI(y, m, d int) string {
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// yearPreps are words after which a bare four-digit number is a year.
var yearPreps = set(`in since by during until till of from to through early late mid the end start
	beginning summer spring autumn fall winter before after around circa between and throughout least`)

// futureCues before a date make a partial date point forward.
var futureCues = set(`will would scheduled upcoming next slated`)

func monthOf(t token) (int, bool) {
	if t.kind != tWord || !t.upper() {
		return 0, false
	}
	m, ok := months[t.lower()]
	return m, ok
}

// dayOf reads "8", "8th", "23-24".
func dayOf(t token) (int, int, bool) {
	if t.kind != tNum {
		return 0, 0, false
	}
	s := strings.ToLower(t.n)
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		s = strings.TrimSuffix(s, suf)
	}
	a, b, rng := strings.Cut(s, "-")
	d1, err := strconv.Atoi(a)
	if err != nil || d1 < 1 || d1 > 31 || len(a) > 2 {
		return 0, 0, false
	}
	if !rng {
		return d1, 0, true
	}
	d2, err := strconv.Atoi(b)
	if err != nil || d2 <= d1 || d2 > 31 || len(b) > 2 {
		return 0, 0, false
	}
	return d1, d2, true
}

func yearOf(t token) (int, bool) {
	if t.kind != tNum || len(t.n) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(t.n)
	if err != nil || y < 1900 || y > 2100 {
		return 0, false
	}
	return y, true
}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// find returns every date expression in toks.
func (f dateFinder) find(toks []token) []dateHit {
	var hits []dateHit
	for i := 0; i < len(toks); {
		if h, ok := f.at(toks, i); ok {
			hits = append(hits, h)
			i = h.b
			continue
		}
		i++
	}
	return hits
}

func lowerAt(toks []token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].lower()
}

// future says a future cue precedes token i in its clause.
func future(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-16; k-- {
		if toks[k].n == "." || toks[k].n == ";" {
			break
		}
		// "a scheduled service" describes; "scheduled talks for" plans.
		if futureCues[toks[k].lower()] && !(toks[k].lower() == "scheduled" && k > 0 && determiners[toks[k-1].lower()]) {
			return true
		}
		// "is due to meet", "elections due in December", not "due to the war"
		if toks[k].lower() == "due" && (k > 0 && (toks[k-1].lower() == "is" || toks[k-1].lower() == "are" || toks[k-1].lower() == "was" || toks[k-1].lower() == "were" || toks[k-1].lower() == "been") || lowerAt(toks, k+1) == "in" || lowerAt(toks, k+1) == "on") {
			return true
		}
		// "set to expire on 30 June", "ahead of the November election"
		if (toks[k].lower() == "set" || toks[k].lower() == "expected" || toks[k].lower() == "planned") && lowerAt(toks, k+1) == "to" || toks[k].lower() == "ahead" && lowerAt(toks, k+1) == "of" {
			return true
		}
	}
	return false
}

// at matches a date expression starting at token i.
func (f dateFinder) at(toks []token, i int) (dateHit, bool) {
	t := toks[i]
	l := t.lower()
	py, pm, pd := f.pub.Year(), int(f.pub.Month()), f.pub.Day()

	// ISO date "2022-09-08".
	if t.kind == tNum && len(t.n) == 10 && t.n[4] == '-' && t.n[7] == '-' {
		if tm, err := time.Parse("2006-01-02", t.n); err == nil {
			return dateHit{a: i, b: i + 1, date: ymd(tm)}, true
		}
	}
	// A season or school year "2024-25".
	if t.kind == tNum && len(t.n) == 7 && t.n[4] == '-' {
		y1, e1 := strconv.Atoi(t.n[:4])
		y2, e2 := strconv.Atoi(t.n[5:])
		if e1 == nil && e2 == nil && y1 >= 1900 && y1 <= 2100 && y2 == (y1+1)%100 {
			return dateHit{a: i, b: i + 1, date: strconv.Itoa(y1), end: strconv.Itoa(y1 + 1)}, true
		}
	}
	// A year range "2019-2021".
	if t.kind == tNum && len(t.n) == 9 && t.n[4] == '-' {
		y1, e1 := strconv.Atoi(t.n[:4])
		y2, e2 := strconv.Atoi(t.n[5:])
		if e1 == nil && e2 == nil && y1 >= 1900 && y2 > y1 && y2 <= 2100 && yearPreps[lowerAt(toks, i-1)] {
			return dateHit{a: i, b: i + 1, date: strconv.Itoa(y1), end: strconv.Itoa(y2)}, true
		}
	}

	// Modifiers before a month: "early August", "late March", "mid-July",
	// "the end of June".
	start := i
	mi := i
	if l == "early" || l == "late" || l == "mid" {
		mi = i + 1
		if lowerAt(toks, mi) == "-" {
			mi++
		}
	} else if strings.HasPrefix(l, "mid-") {
		if m, ok := months[strings.TrimPrefix(l, "mid-")]; ok {
			return f.monthExpr(toks, start, i+1, m, true)
		}
		if y, err := strconv.Atoi(strings.TrimPrefix(l, "mid-")); err == nil && y >= 1900 && y <= 2100 {
			return dateHit{a: i, b: i + 1, date: strconv.Itoa(y)}, true
		}
	} else if (l == "end" || l == "beginning" || l == "start" || l == "middle") && lowerAt(toks, i+1) == "of" {
		mi = i + 2
	}
	if mi != i {
		// "by the end of the year", "the start of next month"
		if w, u := lowerAt(toks, mi), lowerAt(toks, mi+1); f.hasPub && (w == "the" || w == "this" || w == "next" || w == "last") && (u == "year" || u == "month") {
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
			// "by the end of the year" is a deadline, its last day.
			if l == "end" && lowerAt(toks, i-2) == "by" {
				last := t.AddDate(1, 0, -1)
				if u == "month" {
					last = t.AddDate(0, 1, -1)
				}
				return dateHit{a: i, b: mi + 2, date: ymd(last)}, true
			}
			if u == "year" {
				return dateHit{a: i, b: mi + 2, date: strconv.Itoa(t.Year())}, true
			}
			return dateHit{a: i, b: mi + 2, date: ym(t.Year(), int(t.Month()))}, true
		}
		if mi < len(toks) {
			if m, ok := monthOf(toks[mi]); ok {
				return f.monthExpr(toks, start, mi+1, m, true)
			}
			if y, ok := yearOf(toks[mi]); ok {
				return dateHit{a: i, b: mi + 1, date: strconv.Itoa(y)}, true
			}
		}
		return dateHit{}, false
	}

	// Month-first: "September 8, 2022", "July 23-24", "September 2022",
	// "February this year", "the July hack".
	if m, ok := monthOf(t); ok {
		if d1, d2, ok := dayOfAt(toks, i+1); ok {
			j := i + 2
			// "from Oct. 14 to 16"
			if c := lowerAt(toks, j); d2 == 0 && (c == "to" || c == "until" || c == "through") && j+1 < len(toks) {
				if e, _, ok := dayOfAt(toks, j+1); ok && e > d1 {
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
			}
			return f.dayExpr(toks, i, j, y, hasY, m, d1, d2)
		}
		return f.monthExpr(toks, i, i+1, m, false)
	}

	// Day-first: "8 September 2022", "23-24 July".
	if d1, d2, ok := dayOf(t); ok {
		if i+1 < len(toks) {
			k := i + 1
			if lowerAt(toks, k) == "of" {
				k++
			}
			if m, ok := monthOf(toks[min(k, len(toks)-1)]); ok && k < len(toks) {
				j := k + 1
				y, hasY := 0, false
				if yy, ok := yearAtTok(toks, j); ok {
					y, hasY, j = yy, true, j+1
				} else if lowerAt(toks, j) == "," {
					if yy, ok := yearAtTok(toks, j+1); ok {
						y, hasY, j = yy, true, j+2
					}
				}
				return f.dayExpr(toks, i, j, y, hasY, m, d1, d2)
			}
		}
	}

	// Years as a span: "between 2015 and 2018", "from 2015 to 2018".
	if (l == "between" || l == "from") && i+3 < len(toks) {
		y1, ok1 := yearOf(toks[i+1])
		y2, ok2 := yearOf(toks[i+3])
		if c := lowerAt(toks, i+2); ok1 && ok2 && y2 > y1 && (l == "between" && c == "and" || l == "from" && (c == "to" || c == "until")) {
			return dateHit{a: i, b: i + 4, date: strconv.Itoa(y1), end: strconv.Itoa(y2)}, true
		}
	}
	// "the April-June quarter": two months joined.
	if t.kind == tWord && strings.Count(t.n, "-") == 1 {
		l1, l2, _ := strings.Cut(t.n, "-")
		m1, ok1 := months[strings.ToLower(l1)]
		m2, ok2 := months[strings.ToLower(l2)]
		if ok1 && ok2 && m1 != m2 && len(l1) > 2 && len(l2) > 2 {
			// Read as the second month alone, with what follows it.
			alone := append([]token{{n: l2, s: l2, kind: tWord}}, toks[i+1:]...)
			if h, ok := f.monthSpan(alone, 0, m1, m2); ok {
				h.a, h.b = i, i+h.b
				return h, true
			}
		}
	}
	// Months as a span: "from May to July", "between March and June 2023".
	if (l == "from" || l == "between") && i+3 < len(toks) {
		m1, ok1 := monthOf(toks[i+1])
		m2, ok2 := monthOf(toks[i+3])
		if c := lowerAt(toks, i+2); ok1 && ok2 && m1 != m2 && (l == "between" && c == "and" || l == "from" && (c == "to" || c == "until" || c == "through")) {
			if h, ok := f.monthSpan(toks, i+3, m1, m2); ok {
				h.a = i
				return h, true
			}
		}
	}
	// A decade: "the 1990s".
	if t.kind == tNum && len(t.n) == 5 && strings.HasSuffix(t.n, "0s") && (i == 0 || yearPreps[lowerAt(toks, i-1)]) {
		if y, err := strconv.Atoi(t.n[:4]); err == nil && y >= 1800 && y <= 2090 {
			return dateHit{a: i, b: i + 1, date: strconv.Itoa(y), end: strconv.Itoa(y + 9)}, true
		}
	}
	// A half year: "the first half of 2024", "the second half".
	if h, ok := quarters[l]; ok && h <= 2 && lowerAt(toks, i+1) == "half" {
		a, b := i, i+2
		if lowerAt(toks, i-1) == "the" {
			a = i - 1
		}
		y, hasY := 0, false
		if lowerAt(toks, b) == "of" {
			if y, hasY = yearAtTok(toks, b+1); hasY {
				b += 2
			}
		}
		if !hasY && f.hasPub && lowerAt(toks, b) != "of" {
			y, hasY = py, true
		}
		if hasY {
			return dateHit{a: a, b: b, date: ym(y, 6*h-5), end: ym(y, 6*h)}, true
		}
	}
	// "Q1 2024", "in Q3".
	if len(t.n) == 2 && (t.n[0] == 'Q' || t.n[0] == 'q') && t.n[1] >= '1' && t.n[1] <= '4' {
		q := int(t.n[1] - '0')
		if y, ok := yearAtTok(toks, i+1); ok {
			return dateHit{a: i, b: i + 2, date: ym(y, 3*q-2), end: ym(y, 3*q)}, true
		}
		if f.hasPub && (lowerAt(toks, i-1) == "in" || lowerAt(toks, i-1) == "the") {
			return dateHit{a: i, b: i + 1, date: ym(py, 3*q-2), end: ym(py, 3*q)}, true
		}
	}
	// A quarter: "the third quarter", "the first quarter of 2024".
	if q, ok := quarters[l]; ok && lowerAt(toks, i+1) == "quarter" {
		a, b := i, i+2
		if lowerAt(toks, i-1) == "the" {
			a = i - 1
		}
		y, hasY := 0, false
		if lowerAt(toks, b) == "of" {
			y, hasY = yearAtTok(toks, b+1)
			if hasY {
				b += 2
			}
		} else if y, hasY = yearAtTok(toks, b); hasY {
			b++
		}
		if !hasY && f.hasPub {
			y, hasY = py, true // the reporting year, as companies count quarters
		}
		if hasY {
			return dateHit{a: a, b: b, date: ym(y, 3*q-2), end: ym(y, 3*q)}, true
		}
	}

	// A bare year: "In 2021", "since 2019".
	if y, ok := yearOf(t); ok {
		if i == 0 || yearPreps[lowerAt(toks, i-1)] {
			if lowerAt(toks, i+1) == "%" {
				return dateHit{}, false
			}
			return dateHit{a: i, b: i + 1, date: strconv.Itoa(y)}, true
		}
		return dateHit{}, false
	}

	if !f.hasPub {
		return dateHit{}, false
	}

	// Weekdays: "Saturday", "on Tuesday", "Last Friday", "next Monday".
	if wd, ok := weekdays[strings.TrimSuffix(l, "'s")]; ok && t.upper() {
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
		return dateHit{a: a, b: b, date: ymd(d)}, true
	}

	switch l {
	case "today", "tonight":
		return dateHit{a: i, b: i + 1, date: ymd(f.pub)}, true
	case "yesterday":
		return dateHit{a: i, b: i + 1, date: ymd(f.pub.AddDate(0, 0, -1))}, true
	case "tomorrow":
		return dateHit{a: i, b: i + 1, date: ymd(f.pub.AddDate(0, 0, 1))}, true
	}

	// "in the past six months", "over the last two weeks": up to the story;
	// "within three months": from it.
	if (l == "past" || l == "last") && lowerAt(toks, i-1) == "the" && (lowerAt(toks, i-2) == "in" || lowerAt(toks, i-2) == "over" || lowerAt(toks, i-2) == "during") || l == "within" {
		k := i + 1
		if k+1 >= len(toks) {
			return dateHit{}, false
		}
		if n, ok := countAt(toks, k); ok {
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
			if y+m+d > 0 {
				if l == "within" {
					return dateHit{a: i, b: k + 2, date: ymd(f.pub), end: ymd(f.pub.AddDate(y, m, d))}, true
				}
				return dateHit{a: i - 2, b: k + 2, date: ymd(f.pub.AddDate(-y, -m, -d)), end: ymd(f.pub)}, true
			}
		}
	}
	// "this week", "earlier this month", "last year", "next week".
	if l == "this" || l == "last" || l == "next" || l == "past" {
		unit := lowerAt(toks, i+1)
		off := 0
		switch l {
		case "last", "past":
			off = -1
		case "next":
			off = 1
		}
		if l == "past" && unit != "weekend" {
			return dateHit{}, false
		}
		switch unit {
		case "week":
			if l == "this" {
				if p := lowerAt(toks, i-1); p == "earlier" || p == "later" {
					if h, ok := f.weekPart(i-1, i+2, p); ok {
						return h, true
					}
				}
			}
			mon := monday(f.pub).AddDate(0, 0, 7*off)
			return dateHit{a: i, b: i + 2, date: ymd(mon), end: ymd(mon.AddDate(0, 0, 6))}, true
		case "month":
			t := time.Date(py, time.Month(pm)+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
			return dateHit{a: i, b: i + 2, date: ym(t.Year(), int(t.Month()))}, true
		case "year":
			return dateHit{a: i, b: i + 2, date: strconv.Itoa(py + off)}, true
		case "weekend":
			return f.weekend(i, i+2, off), true
		}
		if first, ok := seasons[unit]; ok {
			return f.season(i, i+2, first, off), true
		}
		if unit == "quarter" {
			// "next quarter": the calendar quarter after the story's.
			start := time.Date(py, time.Month((pm-1)/3*3+1)+time.Month(3*off), 1, 0, 0, 0, 0, time.UTC)
			end := start.AddDate(0, 2, 0)
			return dateHit{a: i, b: i + 2, date: ym(start.Year(), int(start.Month())), end: ym(end.Year(), int(end.Month()))}, true
		}
		return dateHit{}, false
	}
	// "over the summer", "during the winter": the latest that has begun.
	if first, ok := seasons[l]; ok && f.hasPub && lowerAt(toks, i-1) == "the" && seasonPreps[lowerAt(toks, i-2)] {
		if _, hasYear := yearAtTok(toks, i+1); !hasYear && lowerAt(toks, i+1) != "of" {
			y := py
			if time.Date(y, time.Month(first), 1, 0, 0, 0, 0, time.UTC).After(f.pub) {
				y--
			}
			return dateHit{a: i - 2, b: i + 1, date: ym(y, first), end: seasonEnd(y, first)}, true
		}
	}
	// "the summer of 2023", "summer 2023"
	if first, ok := seasons[l]; ok {
		k := i + 1
		if lowerAt(toks, k) == "of" {
			k++
		}
		if y, ok := yearAtTok(toks, k); ok {
			a := i
			if lowerAt(toks, i-1) == "the" {
				a = i - 1
			}
			return dateHit{a: a, b: k + 1, date: ym(y, first), end: seasonEnd(y, first)}, true
		}
	}
	// "Earlier in the week", "later in the month".
	if (l == "earlier" || l == "later") && lowerAt(toks, i+1) == "in" && lowerAt(toks, i+2) == "the" {
		switch lowerAt(toks, i+3) {
		case "week":
			if h, ok := f.weekPart(i, i+4, l); ok {
				return h, true
			}
		case "month":
			return dateHit{a: i, b: i + 4, date: ym(py, pm)}, true
		case "year":
			return dateHit{a: i, b: i + 4, date: strconv.Itoa(py)}, true
		}
	}
	// "the 12 months to July": a span that ends with a month.
	if n, ok := countAt(toks, i); ok && n > 1 && n <= 60 && lowerAt(toks, i+1) == "months" && lowerAt(toks, i+2) == "to" && i+3 < len(toks) {
		if m, ok := monthOf(toks[i+3]); ok {
			if end, ok := f.monthExpr(toks, i+3, i+4, m, true); ok {
				y, _ := strconv.Atoi(end.date[:4])
				start := time.Date(y, time.Month(m)-time.Month(n-1), 1, 0, 0, 0, 0, time.UTC)
				a := i
				if lowerAt(toks, i-1) == "the" {
					a = i - 1
				}
				return dateHit{a: a, b: end.b, date: ym(start.Year(), int(start.Month())), end: end.date}, true
			}
		}
	}
	// "Over the weekend", "at the weekend".
	if l == "weekend" && lowerAt(toks, i-1) == "the" && (lowerAt(toks, i-2) == "over" || lowerAt(toks, i-2) == "at" || lowerAt(toks, i-2) == "during" || lowerAt(toks, i-2) == "on") {
		return f.weekend(i-2, i+1, 0), true
	}

	// "two weeks ago", "a year ago".
	if n, ok := countAt(toks, i); ok && i+2 < len(toks) && lowerAt(toks, i+2) == "ago" {
		switch strings.TrimSuffix(lowerAt(toks, i+1), "s") {
		case "day":
			return dateHit{a: i, b: i + 3, date: ymd(f.pub.AddDate(0, 0, -n))}, true
		case "week":
			return dateHit{a: i, b: i + 3, date: ymd(f.pub.AddDate(0, 0, -7*n))}, true
		case "month":
			t := f.pub.AddDate(0, -n, 0)
			return dateHit{a: i, b: i + 3, date: ym(t.Year(), int(t.Month()))}, true
		case "year":
			return dateHit{a: i, b: i + 3, date: strconv.Itoa(py - n)}, true
		}
	}
	_ = pd
	return dateHit{}, false
}

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
				out = append(out, dateHit{a: i, b: i + 3, date: strconv.Itoa(y)})
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
		case w0 == "the" && (w1 == "previous" || w1 == "preceding") && partsOfDay[w2]:
			off, b = -1, i+3 // "the previous evening"
		case w0 == "the" && (w1 == "next" || w1 == "following") && partsOfDay[w2]:
			off, b = 1, i+3 // "the following morning"
		case w0 == "that" && (w1 == "day" || partsOfDay[w1]):
			off, b = 0, i+2 // "later that evening", "that day"
		case w0 == "the" && w1 == "same" && (w2 == "day" || partsOfDay[w2]):
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
			out = append(out, dateHit{a: i, b: b, date: ymd(mon), end: ymd(mon.AddDate(0, 0, 6))})
		} else {
			out = append(out, dateHit{a: i, b: b, date: ymd(at.AddDate(0, 0, off))})
		}
		i = b - 1
	}
	return out
}

// seasons map a season to its first month, as meteorologists count them
// in the northern hemisphere, where most of the news this reads is written.
var seasons = map[string]int{"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

// seasonPreps put a season in the story's own time: "over the summer".
var seasonPreps = set(`over during in through throughout since`)

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

// monthSpan reads the month m2 at token e as the end of a span (its year
// as monthExpr resolves it, and any year written after it) and starts the
// span at month m1, the year before when m1 comes later in the calendar
// ("between November and February").
func (f dateFinder) monthSpan(toks []token, e, m1, m2 int) (dateHit, bool) {
	end, ok := f.monthExpr(toks, e, e+1, m2, true)
	if !ok {
		return dateHit{}, false
	}
	y, _ := strconv.Atoi(end.date[:4])
	if m1 > m2 {
		y--
	}
	return dateHit{a: e, b: end.b, date: ym(y, m1), end: end.date}, true
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

// partsOfDay are told relative to a day: "the following morning".
var partsOfDay = set(`morning afternoon evening night`)

// quarters are the ordinals that name a quarter of a year.
var quarters = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4}

// single drops the end of a range of one day.
func (h dateHit) single() dateHit {
	if h.end == h.date {
		h.end = ""
	}
	return h
}

func countAt(toks []token, i int) (int, bool) {
	if i < 0 || i >= len(toks) {
		return 0, false
	}
	if n, ok := numberWords[toks[i].lower()]; ok && n > 0 {
		return n, true
	}
	if toks[i].kind == tNum {
		if n, err := strconv.Atoi(toks[i].n); err == nil && n > 0 && n < 1000 {
			return n, true
		}
	}
	return 0, false
}

func dayOfAt(toks []token, i int) (int, int, bool) {
	if i >= len(toks) {
		return 0, 0, false
	}
	d1, d2, ok := dayOf(toks[i])
	if !ok {
		return 0, 0, false
	}
	// "March 2022" is a year, not a day; "May 10 people" is rare enough.
	if i+1 < len(toks) && toks[i+1].n == "%" {
		return 0, 0, false
	}
	return d1, d2, true
}

func yearAtTok(toks []token, i int) (int, bool) {
	if i >= len(toks) {
		return 0, false
	}
	return yearOf(toks[i])
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

// monthExpr resolves a month with no day: an explicit year after it, "this
// year"/"last year", or the most recent such month (the next one when the
// clause speaks of the future).
func (f dateFinder) monthExpr(toks []token, a, j, m int, modified bool) (dateHit, bool) {
	mt := toks[j-1]
	lm := mt.lower()
	if i := j - 1; !modified {
		prev := lowerAt(toks, i-1)
		// "May" is a modal verb and "March" a verb far more often than
		// months: they need a date context.
		if lm == "may" || lm == "march" || strings.HasSuffix(lm, ".") || len(lm) == 3 {
			_, yearNext := yearAtTok(toks, j)
			if !yearNext && !(yearPreps[prev] || prev == "last" || prev == "next" || prev == "this" || prev == "in") {
				return dateHit{}, false
			}
			if lm == "may" && prev == "the" {
				return dateHit{}, false
			}
		}
	}
	b := j
	if y, ok := yearAtTok(toks, j); ok {
		return dateHit{a: a, b: j + 1, date: ym(y, m)}, true
	}
	if lowerAt(toks, j) == "of" {
		if y, ok := yearAtTok(toks, j+1); ok {
			return dateHit{a: a, b: j + 2, date: ym(y, m)}, true
		}
	}
	if lowerAt(toks, j) == "," {
		if y, ok := yearAtTok(toks, j+1); ok {
			return dateHit{a: a, b: j + 2, date: ym(y, m)}, true
		}
	}
	if !f.hasPub {
		return dateHit{}, false
	}
	py, pm := f.pub.Year(), int(f.pub.Month())
	k := j
	if lowerAt(toks, k) == "of" {
		k++
	}
	if (lowerAt(toks, k) == "this" || lowerAt(toks, k) == "last" || lowerAt(toks, k) == "next") && lowerAt(toks, k+1) == "year" {
		y := py
		switch lowerAt(toks, k) {
		case "last":
			y--
		case "next":
			y++
		}
		return dateHit{a: a, b: k + 2, date: ym(y, m)}, true
	}
	prev := lowerAt(toks, a-1)
	y := py
	switch {
	case prev == "last":
		if m >= pm {
			y--
		}
		a--
	case prev == "next":
		if m <= pm {
			y++
		}
		a--
	case future(toks, a) || prev == "by" && (m-pm+12)%12 <= 6:
		// "by June" is a deadline when June comes within half a year;
		// "By June, the army had retaken the city" told in September is past.
		if m < pm {
			y++
		}
	default:
		if m > pm {
			y--
		}
	}
	return dateHit{a: a, b: b, date: ym(y, m)}, true
}

// dayExpr resolves a day (or day range) of a month.
func (f dateFinder) dayExpr(toks []token, a, b, y int, hasY bool, m, d1, d2 int) (dateHit, bool) {
	if !hasY {
		if !f.hasPub {
			return dateHit{}, false
		}
		py, pm, pd := f.pub.Year(), int(f.pub.Month()), f.pub.Day()
		y = py
		ahead := time.Date(py, time.Month(m), d1, 0, 0, 0, 0, time.UTC).Sub(f.pub)
		switch {
		case future(toks, a):
			if m < pm || m == pm && d1 < pd {
				y++
			}
		case ahead > 0 && ahead <= 45*24*time.Hour:
			// A day weeks after the story is one to come ("at the December
			// 18 Council", told in November), not last year's.
		case m > pm || m == pm && d1 > pd:
			y--
		}
	}
	if !validDay(y, m, d1) || d2 != 0 && !validDay(y, m, d2) {
		return dateHit{}, false
	}
	h := dateHit{a: a, b: b, date: ymdI(y, m, d1)}
	if d2 != 0 {
		h.end = ymdI(y, m, d2)
	}
	return h, true
}
