package generate

import (
	"strconv"
	"strings"
	"time"
)

// Days told relative to the story rather than to its publication: to the
// last exact day told ("the previous day") or, in a sentence with no date,
// to the story's day itself ("later in the day", "at 08:30 UTC"). The
// timeline reads them, sentence by sentence, with the anchor it carries.

// anchoredDays finds days told relative to the story's last exact day,
// "the previous day", "two days earlier", "a week later", "the following
// week" (and years relative to the last year told, "the following year",
// "two years later"): the anchor
// is the last single-day hit before the words in this sentence, else the
// one passed in (the last of earlier sentences; zero: none, and nothing is
// found). "the day before the vote" is relative to the vote, so skipped.
func anchoredDays(toks []token, anchor time.Time, year int, hits []dateHit) []dateHit {
	var out []dateHit
	for i := 0; i+1 < len(toks); i++ {
		off, b, week := 0, 0, false
		nextWeekday := -1 // "the following Tuesday": the weekday after the day told
		prevWeekday := -1 // "the previous Tuesday": the weekday before it
		w0, w1, w2 := lowerAt(toks, i), lowerAt(toks, i+1), lowerAt(toks, i+2)
		endsHere := func(k int) bool { return k >= len(toks) || toks[k].kind != tWord }
		// "closed it the following year": the year after the last one told.
		if w0 == "the" && w2 == "year" && (w1 == "following" || w1 == "next" || w1 == "previous" || w1 == "preceding") {
			if h, ok := relativeYear(i, w1, year, hits); ok {
				out = append(out, h)
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
		case w0 == "the" && w1 == "following" && isWeekdayName(w2):
			// "the following Tuesday": the first after the last day told.
			nextWeekday, b = weekdays()[w2], i+3
		case w0 == "the" && (w1 == "previous" || w1 == "preceding") && isWeekdayName(w2):
			// "put off a decision the previous Tuesday": the last before
			// the last day told.
			prevWeekday, b = weekdays()[w2], i+3
		case w0 == "the" && (w1 == "previous" || w1 == "preceding" || w1 == "following") && w2 == "week":
			off, b, week = -1, i+3, true
			if w1 == "following" {
				off = 1
			}
		case w2 != "earlier" && w2 != "later":
			// Neither of the counts below: most words end here, before
			// countAt looks them up (throughput is a requirement: 1 MB/s
			// per core).
		default:
			if n, ok := countAt(toks, i); ok && (w1 == "day" || w1 == "days") {
				off, b = -n, i+3
				if w2 == "later" {
					off = n
				}
			}
			// "Two years later the workers walked out": from the last year
			// told. "A year earlier" is nearly always a figure's
			// ("compared with a profit of $15 million a year earlier",
			// "fell 18% from a year earlier"), as is an earlier time after
			// a figure compared with.
			if n, ok := countAt(toks, i); ok && n <= 60 && (w1 == "year" || w1 == "years") && (w2 == "later" || n >= 2 && !figureFrom(toks, i)) {
				if h, ok := yearsOn(i, n, w2 == "later", year, hits); ok {
					out = append(out, h)
					i += 2
				}
				continue
			}
			// "returned for the semi-final a week later": seven days on.
			if n, ok := countAt(toks, i); ok && n <= 8 && (w1 == "week" || w1 == "weeks") {
				off, b = -7*n, i+3
				if w2 == "later" {
					off = 7 * n
				}
			}
		}
		if b == 0 {
			continue
		}
		at := lastDay(anchor, hits, i)
		if at.IsZero() {
			continue
		}
		if nextWeekday >= 0 || prevWeekday >= 0 {
			step, wd := 1, nextWeekday
			if prevWeekday >= 0 {
				step, wd = -1, prevWeekday
			}
			d := toWeekday(at.AddDate(0, 0, step), wd, step)
			out = append(out, dateHit{a: i, b: b, date: ymd(d), anchor: ymd(at)})
		} else if week {
			mon := monday(at).AddDate(0, 0, 7*off)
			out = append(out, dateHit{a: i, b: b, date: ymd(mon), end: ymd(mon.AddDate(0, 0, 6)), anchor: ymd(at)})
		} else {
			out = append(out, dateHit{a: i, b: b, date: ymd(at.AddDate(0, 0, off)), anchor: ymd(at)})
		}
		i = b - 1
	}
	return out
}

// toWeekday is d, or the first day from it, a day at a time by step (1
// or -1), that falls on weekday wd.
func toWeekday(d time.Time, wd, step int) time.Time {
	for int(d.Weekday()) != wd {
		d = d.AddDate(0, 0, step)
	}
	return d
}

// relativeYear resolves "the following/next/previous/preceding year" (w1)
// at token i from the last year told before it in the sentence, else
// year (0: none, and nothing is found).
func relativeYear(i int, w1 string, year int, hits []dateHit) (dateHit, bool) {
	return yearsOn(i, 1, w1 != "previous" && w1 != "preceding", year, hits)
}

// figureFrom says a figure compared with ("from $34.5 million, or 81
// cents per share, a year earlier", "up from 5% a year ago") comes in
// the clause before token i: the time after it is the comparison's.
func figureFrom(toks []token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-15; k-- {
		if toks[k].n == ";" || toks[k].n == "." {
			return false
		}
		if (toks[k].kind == tNum || toks[k].n == "$" || toks[k].n == "£" || toks[k].n == "€") && wordIs(toks, k-1, "from", "with", "than", "versus", "vs", "vs.") {
			return true
		}
	}
	return false
}

// yearsOn resolves "two years later" (later) or "three years earlier",
// n years, at token i, from the last year told before it in the
// sentence, else year (0: none, and nothing is found).
func yearsOn(i, n int, later bool, year int, hits []dateHit) (dateHit, bool) {
	from := year
	for _, h := range hits {
		if h.b <= i && len(h.date) >= 4 {
			from, _ = strconv.Atoi(h.date[:4])
		}
	}
	if from == 0 {
		return dateHit{}, false
	}
	y := from - n
	if later {
		y = from + n
	}
	return dateHit{a: i, b: i + 3, date: strconv.Itoa(y), anchor: strconv.Itoa(from)}, true
}

// lastDay is the last single day the sentence tells before token i, else
// anchor.
func lastDay(anchor time.Time, hits []dateHit, i int) time.Time {
	at := anchor
	for _, h := range hits {
		if h.b <= i && len(h.date) == 10 && h.end == "" {
			if t, err := time.Parse("2006-01-02", h.date); err == nil {
				at = t
			}
		}
	}
	return at
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

// isWeekdayName says w, in lower case, names a day of the week.
func isWeekdayName(w string) bool {
	_, ok := weekdays()[w]
	return ok
}
