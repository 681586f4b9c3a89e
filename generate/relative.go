package generate

import (
	"strconv"
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
var partsOfDay = set(`morning afternoon evening night`)
