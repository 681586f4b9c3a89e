package evidence

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/brief-team/brief/briefings/sourcetext"
)

// A timeline entry whose date was counted from another names its words
// (Event.Expression), and those are looked for first (exprIn). Otherwise
// the briefing records the resolved date, not the words it was resolved
// from, so the date expression is found again in the entry's sentence: every expression of the forms the generator resolves is
// listed, and the one that agrees with the entry's date wins (a written
// month, day or year must equal the date's; a relative one such as "last
// Friday" must resolve to it against the source's publication date when it
// can be resolved here).
var (
	monthNames = `jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sep(?:t(?:ember|\.)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?`
	weekdays   = `monday|tuesday|wednesday|thursday|friday|saturday|sunday`
	dateExprAt = regexp.MustCompile(`(?i)^(?:` +
		`\d{4}-\d{2}(?:-\d{2})?` +
		`|(?:(?:early|mid|late|the end of|the start of|the beginning of|the middle of)[ -])?(?:` + monthNames + `)\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?` +
		`|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:` + monthNames + `)\.?(?:,? \d{4})?` +
		`|(?:(?:early|mid|late|earlier|later|the end of|the start of|the beginning of|the middle of|last|this|next|in)[ -])?(?:` + monthNames + `)\.?(?: (?:of )?\d{4})?` +
		`|(?:last|this|next|on|this past|past|earlier this|late last|early last)? ?(?:` + weekdays + `)(?: (?:morning|afternoon|evening|night))?` +
		`|yesterday|today|tomorrow|tonight|(?:over|during|at|on) the weekend` +
		`|(?:the )?(?:end|start|beginning|middle) of (?:the|this|last|next) (?:week|month|year|quarter)` +
		`|(?:earlier|later) in the (?:week|month|year)` +
		`|(?:the )?(?:first|second|third|fourth|final|last) (?:quarter|half)(?: of (?:\d{4}|the year|this year|last year))?` +
		`|(?:the )?(?:past|last|next|coming) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|few|several) (?:days|weeks|months|years)` +
		`|(?:earlier|later|late|early)? ?(?:last|this|next) (?:week|weekend|month|year|spring|summer|autumn|fall|winter|quarter)` +
		`|(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few) (?:days?|weeks?|months?|years?) ago` +
		`|(?:in )?recent (?:days|weeks|months|years)` +
		`|(?:spring|summer|autumn|fall|winter) (?:of )?\d{4}` +
		`|q[1-4] \d{4}` +
		`|(?:in|since|by|during|until|of|from|to|through|early|late|mid|the end of|the start of|throughout)? ?(?:1[89]|20)\d{2}(?:s)?` +
		`)\b`)
)

// modifiers are the words a date expression may open with before its
// trigger word.
var modifiers = map[string]bool{
	"early": true, "mid": true, "late": true, "the": true, "end": true, "start": true,
	"beginning": true, "middle": true, "of": true, "last": true, "this": true, "next": true, "in": true, "on": true,
	"past": true, "earlier": true, "later": true, "since": true, "by": true, "during": true, "until": true,
	"from": true, "to": true, "through": true, "throughout": true, "a": true, "an": true, "one": true, "two": true,
	"three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true,
	"several": true, "few": true, "over": true, "at": true, "day": true, "days": true, "week": true,
	"weeks": true, "month": true, "months": true, "years": true, "year": true, "first": true, "second": true,
	"third": true, "fourth": true, "final": true, "coming": true, "twelve": true, "same": true,
}

// triggerWords can be part of a date expression (with numbers, month and
// weekday names).
var triggerWords = map[string]bool{
	"yesterday": true, "today": true, "tomorrow": true, "tonight": true,
	"week": true, "weekend": true, "month": true, "year": true, "quarter": true, "ago": true, "recent": true,
	"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true, "half": true,
	"january": true, "jan": true, "february": true, "feb": true, "march": true, "mar": true, "april": true,
	"apr": true, "may": true, "june": true, "jun": true, "july": true, "jul": true, "august": true, "aug": true,
	"september": true, "sept": true, "sep": true, "october": true, "oct": true, "november": true, "nov": true,
	"december": true, "dec": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
}

// triggers returns the offsets of the words of s that may be part of a
// date expression.
func triggers(s string) []int {
	var out []int
	for i := 0; i < len(s); {
		if !isASCIILetterOrDigit(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isASCIILetterOrDigit(s[j]) {
			j++
		}
		w := strings.ToLower(s[i:j])
		if w[0] >= '0' && w[0] <= '9' || triggerWords[w] {
			out = append(out, i)
		}
		i = j
	}
	return out
}

func isASCIILetterOrDigit(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

var (
	yearRE  = regexp.MustCompile(`\b(?:1[89]|20)\d{2}\b`)
	monthRE = regexp.MustCompile(`(?i)\b(` + monthNames + `)`)
	dayRE   = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\b`)
	isoRE   = regexp.MustCompile(`\b(\d{4})-(\d{2})(?:-(\d{2}))?\b`)
	wdayRE  = regexp.MustCompile(`(?i)\b(` + weekdays + `)\b`)
)

// exprIn finds, in the evidence's text, the expression a timeline entry
// says its date was counted from ("Last Friday"), folded as items are;
// nothing when the entry gives none or the text does not hold it.
func exprIn(text string, ev Evidence, expr string) (Span, string) {
	var in Span
	switch ev.Status {
	case Found:
		in = ev.Match
	case Approximate:
		in = ev.Sentence
	}
	if expr == "" || in.Empty() {
		return Span{}, ""
	}
	nt := normalize(text[in.Start:in.End], false)
	q := normalize(expr, false).norm
	for from := 0; len(q) > 0; {
		i := bytes.Index(nt.norm[from:], q)
		if i < 0 {
			break
		}
		i += from
		if e := i + len(q); (i == 0 || !isWordByte(nt.norm[i-1])) && (e == len(nt.norm) || !isWordByte(nt.norm[e])) {
			a := in.Start + nt.orig(i)
			last := in.Start + nt.orig(i+lastRuneStart(q))
			_, size := utf8.DecodeRuneInString(text[last:])
			return Span{a, last + size}, text[a : last+size]
		}
		from = i + 1
	}
	return Span{}, ""
}

// isWordByte says a folded byte is part of a word: an ASCII letter or
// digit, or any byte of a non-ASCII rune.
func isWordByte(c byte) bool { return isASCIILetterOrDigit(c) || c >= utf8.RuneSelf }

// dateIn finds, in the evidence's text, the expression date was resolved
// from. pub is the source's publication date (YYYY-MM-DD), for relative
// expressions.
func dateIn(text string, ev Evidence, date, pub string) (Span, string) {
	var in Span
	switch ev.Status {
	case Found:
		in = ev.Match
	case Approximate:
		in = ev.Sentence
	default:
		return Span{}, ""
	}
	if date == "" || in.Empty() {
		return Span{}, ""
	}
	s := text[in.Start:in.End]
	best, bestScore := []int(nil), 0
	// The expression regexp is slow on a whole sentence; it runs only on a
	// window around each word that can be part of a date.
	for _, w := range triggers(s) {
		// An expression starts at the trigger or up to three words before
		// it ("the end of May"); the anchored regexp gives up quickly.
		starts := []int{w}
		for k, i := 0, w; k < 3 && i > 0; k++ {
			i-- // the space before the word
			j := i
			for i > 0 && s[i-1] != ' ' {
				i--
			}
			if !modifiers[strings.ToLower(s[i:j])] {
				break
			}
			starts = append(starts, i)
		}
		for _, st := range starts {
			hi := min(len(s), st+72)
			loc := dateExprAt.FindStringIndex(s[st:hi])
			if loc == nil {
				continue
			}
			m := []int{st + loc[0], st + loc[1]}
			if m[1] <= w || m[0] > w {
				continue // another trigger's
			}
			expr := strings.TrimSpace(s[m[0]:m[1]])
			if expr == "" {
				continue
			}
			if sc := agree(expr, date, pub); sc > bestScore || sc == bestScore && sc > 0 && m[1]-m[0] > best[1]-best[0] {
				best, bestScore = m, sc
			}
		}
	}
	if best == nil {
		return Span{}, ""
	}
	a, b := best[0], best[1]
	// "February this year": the year the month is in belongs to it.
	for _, tail := range []string{" this year", " last year", " next year"} {
		if len(s)-b >= len(tail) && strings.EqualFold(s[b:b+len(tail)], tail) && monthRE.MatchString(s[a:b]) {
			b += len(tail)
			break
		}
	}
	for a < b && s[a] == ' ' {
		a++
	}
	for b > a && s[b-1] == ' ' {
		b--
	}
	return Span{in.Start + a, in.Start + b}, s[a:b]
}

// agree scores how well expr agrees with date (YYYY, YYYY-MM or
// YYYY-MM-DD): 0 when it contradicts it, more the more it confirms.
func agree(expr, date, pub string) int {
	y, _ := strconv.Atoi(date[:4])
	m, d := 0, 0
	if len(date) >= 7 {
		m, _ = strconv.Atoi(date[5:7])
	}
	if len(date) >= 10 {
		d, _ = strconv.Atoi(date[8:10])
	}
	score := 1
	if iso := isoRE.FindStringSubmatch(expr); iso != nil {
		if iso[0][:min(len(iso[0]), len(date))] != date[:min(len(iso[0]), len(date))] {
			return 0
		}
		return 10
	}
	lit := false
	if ys := yearRE.FindString(expr); ys != "" {
		if v, _ := strconv.Atoi(ys); v != y {
			return 0
		}
		score += 3
		lit = true
	}
	if mm := monthRE.FindStringSubmatch(expr); mm != nil {
		mv := sourcetext.MonthNumber(mm[1])
		if m == 0 || mv != m {
			return 0
		}
		score += 3
		lit = true
		if dm := dayRE.FindStringSubmatch(strings.Replace(expr, mm[0], "", 1)); dm != nil {
			if v, _ := strconv.Atoi(dm[1]); v != d {
				return 0
			}
			score += 3
		}
	}
	if lit {
		return score
	}
	// A relative expression: resolve what can be resolved simply.
	p, err := time.Parse("2006-01-02", pub)
	if err != nil {
		return 1
	}
	got := relativeDate(strings.ToLower(expr), date, p)
	if got == "" {
		return 1
	}
	switch {
	case got == date || strings.HasPrefix(got, date):
		return 8
	case strings.HasPrefix(date, got):
		return 2 // "this year" for a month: a written month says more
	}
	return 0
}

// relativeDate resolves the relative expression l (lower-cased) from the
// publication day p, as simply as can be: a day, a month or a year; ""
// when it cannot. date, the date cited, settles a weekday that may be
// the one to come or the publication day itself.
func relativeDate(l, date string, p time.Time) string {
	var got string
	switch {
	case l == "yesterday":
		got = p.AddDate(0, 0, -1).Format("2006-01-02")
	case l == "today" || l == "tonight":
		got = p.Format("2006-01-02")
	case l == "tomorrow":
		got = p.AddDate(0, 0, 1).Format("2006-01-02")
	case strings.HasSuffix(l, "this year"):
		got = p.Format("2006")
	case strings.HasSuffix(l, "last year"):
		got = p.AddDate(-1, 0, 0).Format("2006")
	case strings.HasSuffix(l, "next year"):
		got = p.AddDate(1, 0, 0).Format("2006")
	case strings.HasSuffix(l, "this month"):
		got = p.Format("2006-01")
	case strings.HasSuffix(l, "last month"):
		got = time.Date(p.Year(), p.Month()-1, 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
	case wdayRE.MatchString(l):
		// The weekday before (or, with "next", after) publication.
		wd := strings.ToLower(wdayRE.FindString(l))
		bare := !strings.Contains(l, "last") && !strings.Contains(l, "past") && !strings.Contains(l, "next")
		for k := 1; k <= 7; k++ {
			step := -k
			if strings.Contains(l, "next") {
				step = k
			}
			t := p.AddDate(0, 0, step)
			if strings.ToLower(t.Weekday().String()) == wd {
				got = t.Format("2006-01-02")
				break
			}
		}
		if bare && got != date {
			// A bare weekday may be the one to come ("the trial is set to
			// begin on Wednesday").
			for k := 0; k <= 7; k++ {
				if t := p.AddDate(0, 0, k); strings.ToLower(t.Weekday().String()) == wd {
					if t.Format("2006-01-02") == date {
						got = date
					}
					break
				}
			}
		}
		if strings.HasPrefix(l, "on ") || strings.HasPrefix(l, wd) {
			// "on Friday" may be the publication day itself.
			if strings.ToLower(p.Weekday().String()) == wd && date == p.Format("2006-01-02") {
				got = date
			}
		}
	}
	return got
}
