package generate

import (
	"strconv"
	"strings"
	"time"
)

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
