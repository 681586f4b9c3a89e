package generate

import (
	"strings"
	"sync"
	"time"
)

// holiday is a named day (or days) of the year: its name's words as the
// text writes them (a possessive "'s" a word of its own), and its dates
// in a given year.
type holiday struct {
	words []string
	dates func(y int) (time.Time, time.Time) // first and last day
}

// fixedDay is a holiday on the same day every year.
func fixedDay(m time.Month, d int) func(int) (time.Time, time.Time) {
	return func(y int) (time.Time, time.Time) {
		t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		return t, t
	}
}

// nthWeekday is the n-th weekday wd of month m (n < 0: the last).
func nthWeekday(y int, m time.Month, wd time.Weekday, n int) time.Time {
	if n < 0 {
		t := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
		for t.Weekday() != wd {
			t = t.AddDate(0, 0, -1)
		}
		return t
	}
	t := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	for t.Weekday() != wd {
		t = t.AddDate(0, 0, 1)
	}
	return t.AddDate(0, 0, 7*(n-1))
}

// weekdayOf is a holiday on the n-th weekday wd of month m.
func weekdayOf(m time.Month, wd time.Weekday, n int) func(int) (time.Time, time.Time) {
	return func(y int) (time.Time, time.Time) {
		t := nthWeekday(y, m, wd, n)
		return t, t
	}
}

// easter is Easter Sunday of year y (the Gregorian computus).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	g := (8*b + 13) / 25
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 19*l) / 433
	month := (h + l - 7*m + 90) / 25
	day := (h + l - 7*m + 33*month + 19) % 32
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// fromEaster is a holiday from days from to days to after Easter Sunday.
func fromEaster(from, to int) func(int) (time.Time, time.Time) {
	return func(y int) (time.Time, time.Time) {
		e := easter(y)
		return e.AddDate(0, 0, from), e.AddDate(0, 0, to)
	}
}

// holidays are the named days the date rules read, longest names first
// so that "Easter Monday" is not read as "Easter". Days that differ by
// country under one name (Independence Day, Labour Day in May or
// September, Thanksgiving in October or November) are the form the
// spelling or the name fixes, or left out; days of lunar calendars
// (Diwali, Eid, Chinese New Year) are left out: they need a table of
// years.
// They are built on first use: the reader starts without the generator's
// tables.
var holidays = sync.OnceValue(func() []holiday {
	return []holiday{
		{strings.Fields("New Year 's Day"), fixedDay(time.January, 1)},
		{strings.Fields("New Year 's Eve"), fixedDay(time.December, 31)},
		{strings.Fields("Christmas Eve"), fixedDay(time.December, 24)},
		{strings.Fields("Christmas Day"), fixedDay(time.December, 25)},
		{strings.Fields("Boxing Day"), fixedDay(time.December, 26)},
		{strings.Fields("Good Friday"), fromEaster(-2, -2)},
		{strings.Fields("Easter Sunday"), fromEaster(0, 0)},
		{strings.Fields("Easter Monday"), fromEaster(1, 1)},
		{strings.Fields("Easter weekend"), fromEaster(-2, 1)},
		{strings.Fields("Australia Day"), fixedDay(time.January, 26)},
		{strings.Fields("Anzac Day"), fixedDay(time.April, 25)},
		{strings.Fields("Canada Day"), fixedDay(time.July, 1)},
		{strings.Fields("Bastille Day"), fixedDay(time.July, 14)},
		{strings.Fields("Valentine 's Day"), fixedDay(time.February, 14)},
		{strings.Fields("St Patrick 's Day"), fixedDay(time.March, 17)},
		{strings.Fields("St. Patrick 's Day"), fixedDay(time.March, 17)},
		{strings.Fields("Remembrance Day"), fixedDay(time.November, 11)},
		{strings.Fields("Veterans Day"), fixedDay(time.November, 11)},
		{strings.Fields("Labor Day"), weekdayOf(time.September, time.Monday, 1)},
		{strings.Fields("Memorial Day"), weekdayOf(time.May, time.Monday, -1)},
		{strings.Fields("Christmas"), fixedDay(time.December, 25)},
		{strings.Fields("Easter"), fromEaster(0, 0)},
		{strings.Fields("Halloween"), fixedDay(time.October, 31)},
	}
})

// holiday reads a named day, "on Boxing Day", "over the Easter weekend",
// "Labor Day": the next such day when the clause speaks of what is to
// come, else the nearer of the last and the next (news tells of the
// holiday just gone or the one at hand).
func (f dateFinder) holiday(toks []token, i int) (dateHit, verdict) {
	if !toks[i].upper() {
		return dateHit{}, pass
	}
	for _, h := range holidays() {
		if i+len(h.words) > len(toks) {
			continue
		}
		match := true
		for k, w := range h.words {
			if toks[i+k].n != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		b := i + len(h.words)
		y := f.pub.Year()
		first, last := h.dates(y)
		switch {
		case future(toks, i):
			if last.Before(f.pub) {
				first, last = h.dates(y + 1)
			}
		case first.After(f.pub):
			// The nearer of this year's, to come, and last year's.
			if pf, pl := h.dates(y - 1); f.pub.Sub(pl) < first.Sub(f.pub) {
				first, last = pf, pl
			}
		default:
			if nf, nl := h.dates(y + 1); nf.Sub(f.pub) < f.pub.Sub(last) {
				first, last = nf, nl
			}
		}
		hit := dateHit{a: i, b: b, date: ymd(first)}
		if !last.Equal(first) {
			hit.end = ymd(last)
		}
		return hit, found
	}
	return dateHit{}, pass
}
