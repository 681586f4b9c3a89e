package generate

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/brief-team/brief/briefings"
)

// A timeline lists events, not the dates a text mentions: each sentence
// once, under the date of the event its main clause reports. A date can
// stand in a sentence for that event, for another event beside it, or for
// no event at all.
type standing uint8

const (
	// mainDate: the date of the event the main clause reports.
	mainDate standing = iota
	// asideDate: a date in a clause beside the main one (a leading "After
	// talks collapsed in March, ...", an inserted ", which was founded in
	// 1998,"): the sentence's date only when its main clause names none.
	asideDate
	// notEventDate: a point of comparison or departure ("the same
	// aggressors as the July hack", "its lowest level since 1997", "than in
	// 2019"): never the sentence's date.
	notEventDate
)

// eventDateRule is one kind of place a date can stand in: a name, an
// example, and match, which says what the date h of the sentence toks
// stands for, or passes.
type eventDateRule struct {
	name, example string
	match         func(toks []token, h dateHit) (standing, verdict)
}

// eventDateRules are tried in order on each date of a sentence
// (dateStanding); the first that does not pass decides. A date no rule
// decides is the main clause's.
var eventDateRules = []eventDateRule{
	{"comparison", `the same aggressors as the July hack; sales rose compared with the same period last year; higher than in 2019`, comparisonDate},
	{"starting point", `its lowest level since October 1997`, startingPoint},
	{"leading clause", `After talks collapsed in March, the sides met on 3 June.`, leadingClause},
	{"inserted clause", `The firm, which was founded in 1998, was sold on 3 June.`, insertedClause},
	{"subject's clause", `The man who was arrested on Friday appeared in court on Monday.`, subjectsClause},
	{"quoted words", `"We said on the first of February that we would not," he said on Wednesday night.`, quotedDate},
}

// quotedDate: a date inside a quotation is the speaker's, told within
// the words; a date outside it, in the attribution, is the sentence's
// event ("..., he said on Wednesday night"), and the quoted one only
// when the attribution names none.
func quotedDate(toks []token, h dateHit) (standing, verdict) {
	open := false
	for k := 0; k < h.a && k < len(toks); k++ {
		if toks[k].kind == tDQ {
			open = !open
		}
	}
	if !open {
		return mainDate, pass
	}
	for k := h.b; k < len(toks); k++ {
		if toks[k].kind == tDQ {
			return asideDate, found
		}
	}
	return mainDate, pass
}

// dateStanding says what date h stands for in toks, and which rule of
// eventDateRules decided it (-1: none, a date of the main clause).
func dateStanding(toks []token, h dateHit) (standing, int) {
	for k, r := range eventDateRules {
		if s, v := r.match(toks, h); v != pass {
			return s, k
		}
	}
	return mainDate, -1
}

// phraseWords may stand between a preposition and the date it governs:
// "compared with the same period last year", "than in 2019", "since the
// start of this year".
var phraseWords = words(`the a an same period month week quarter year day time in of on at its their this that early late`)

// governedBy says the date starting at token a is governed by one of
// cues: the cue stands before it with only phraseWords between ("as the
// July hack", "compared to the same period last year"). It returns the
// cue's index, or -1.
func governedBy(toks []token, a int, cues wordSet) int {
	for k := a - 1; k >= 0 && k >= a-6; k-- {
		l := toks[k].lower()
		if cues.has(l) {
			return k
		}
		if !phraseWords.has(l) {
			return -1
		}
	}
	return -1
}

// comparisonCues introduce what something is compared with.
var comparisonCues = words(`than as compared versus vs vs. against to with from`)

// comparisonDate: a date something is compared with is another event's:
// "the same aggressors as the July hack", "compared to the same period
// last year", "than in 2019". "to" and "with" compare only after
// "compared", "from" only "the same period"; "as" only when it is not
// "as of" a date.
func comparisonDate(toks []token, h dateHit) (standing, verdict) {
	k := governedBy(toks, h.a, comparisonCues)
	if k < 0 {
		return mainDate, pass
	}
	switch toks[k].lower() {
	case "than":
		if timeBound(toks, k) { // "no earlier than 2027" bounds the event's own date
			return mainDate, pass
		}
	case "as":
		if nextIs(toks, k, "of") { // "as of March 4" dates a state
			return mainDate, pass
		}
		// "as recently as last week", "as late as 2017": how near the
		// event's own date is, no comparison.
		if k >= 2 && wordIs(toks, k-2, "as") && wordIs(toks, k-1, "recently", "late", "early", "soon", "long", "far") {
			return mainDate, pass
		}
	case "to", "with":
		if !prevIs(toks, k, "compared", "comparison", "contrast", "relative") {
			return mainDate, pass
		}
	case "from":
		// "up 9 percent from the same period last year"; "from 2019 to
		// 2021" is a span's start.
		if !slices.ContainsFunc(toks[k+1:h.a], func(t token) bool { return t.lower() == "same" }) {
			return mainDate, pass
		}
	case "against":
		if k+1 == h.a { // "against 2019" is rarer than "voted against ... in May"
			return mainDate, pass
		}
	}
	return notEventDate, found
}

var sinceWord = words(`since`)

// recordWords make "since" a comparison: a superlative, "first", or a
// negation before it ("its lowest level since 1997", "the first win
// since 1958", "not seen since last September") dates the last time
// something happened, not the record the sentence reports.
var recordWords = words(`best worst most least first only lowest highest largest biggest smallest strongest weakest
	fastest slowest longest shortest deepest sharpest steepest heaviest greatest hottest coldest wettest driest
	busiest deadliest worst-ever biggest-ever not never no n't nothing nobody none neither nowhere`)

// startingPoint: "since" after a record or a negation ("its lowest level
// since October 1997", "has not closed above 8,000 since February") dates
// an earlier event the sentence compares with. Any other "since" dates
// when the state the main clause reports began ("has led the party since
// 2021"): the sentence's date.
func startingPoint(toks []token, h dateHit) (standing, verdict) {
	k := governedBy(toks, h.a, sinceWord)
	if k < 0 {
		return mainDate, pass
	}
	for j := k - 1; j >= 0 && j >= k-15; j-- {
		l := toks[j].lower()
		if toks[j].kind == tPunct && l != "-" {
			break
		}
		if recordWords.has(l) || strings.HasSuffix(l, "n't") {
			return notEventDate, found
		}
	}
	return mainDate, pass
}

// subordinators open a clause that is not the main one.
var subordinators = words(`after before when whenever while whilst although though since as because following despite once until unless if whereas`)

// leadingWords open a phrase before the main clause: a subordinator, or a
// preposition ("Under the plan approved Monday, ...").
var leadingWords = words(`after before when whenever while whilst although though since as because following despite once until unless if whereas
	under according with amid in on at during by for from within upon`)

// leadingClause: a sentence that opens with a clause of its own, "After
// talks collapsed in March, the sides met on 3 June", or with a phrase
// whose verb the date goes with, "Under the plan approved Monday, the
// boundaries take effect ...", tells its event after the comma. A phrase
// without a verb places the main clause's event: "At a summit in Abuja
// on Sunday, leaders demanded ...", "In 2021, ...".
func leadingClause(toks []token, h dateHit) (standing, verdict) {
	if h.a == 0 || !leadingWords.has(toks[0].lower()) {
		return mainDate, pass
	}
	if !subordinators.has(toks[0].lower()) && !slices.ContainsFunc(toks[1:h.a], participle) {
		return mainDate, pass
	}
	for k := 1; k < h.a; k++ {
		if toks[k].n == "," {
			return mainDate, pass
		}
	}
	// The comma must come: "After 3 June the talks resumed" has no main
	// clause apart.
	for k := h.b; k < len(toks); k++ {
		if toks[k].n == "," {
			return asideDate, found
		}
	}
	return mainDate, pass
}

// participle says a word is a verb's participle, "approved", "signed",
// "saying": lower case, ending in -ed or -ing, longer than "need" or
// "king".
func participle(t token) bool {
	return !t.upper() && participleForm(t)
}

// participleForm says a word has a participle's form whatever its case
// ("Asked" opening a sentence): -ed or -ing, longer than "need" or
// "king".
func participleForm(t token) bool {
	l := t.lower()
	return t.kind == tWord && len(l) > 4 && (strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing"))
}

// insertedClause: a date in a relative clause (relativeWords) set off by
// commas, "The
// firm, which was founded in 1998, was sold on 3 June", is of the thing
// it describes.
//
// The clause may hang on a noun the commas set off, "Callum MacRury, the
// saxophonist who founded the band in 1962, died on Tuesday": then the
// commas must close it after the date, and the main clause go on.
func insertedClause(toks []token, h dateHit) (standing, verdict) {
	for k := h.a - 1; k > 0; k-- {
		switch {
		case toks[k].n == "," || toks[k].n == ";" || toks[k].n == ":":
			return mainDate, pass
		case relativeWords.has(toks[k].lower()) && toks[k-1].n == ",":
			return asideDate, found
		case wordIs(toks, k, "who", "whom", "whose", "which"):
			for j := k - 1; j > 0 && j >= k-8; j-- {
				if toks[j].kind == tPunct || toks[j].kind == tDQ {
					if toks[j].n == "," && wordIs(toks, j+1, "the", "a", "an") && closedAfter(toks, h.b) {
						return asideDate, found
					}
					break
				}
			}
			return mainDate, pass
		}
	}
	return mainDate, pass
}

// subjectsClause: a date in a clause on the sentence's subject, "The man
// who was arrested on Friday appeared in court on Monday", "The truce
// that began in April 2022 formally expired in October", tells which
// one; the main clause's verb, after it, tells the event. The subject is
// a noun phrase that opens the sentence ("The", "A", "An"), holding no
// verb ("He said that the truce began ..." is a report, its date the
// event's), and a verb follows the date.
func subjectsClause(toks []token, h dateHit) (standing, verdict) {
	if len(toks) == 0 || !wordIs(toks, 0, "the", "a", "an") {
		return mainDate, pass
	}
	k := 1
	for ; k < h.a && k <= 8; k++ {
		if wordIs(toks, k, "that", "which", "who") {
			break
		}
		if toks[k].kind != tWord || mainVerbs.has(toks[k].lower()) || !toks[k].upper() && strings.HasSuffix(toks[k].n, "ed") {
			return mainDate, pass
		}
	}
	if k >= h.a || k > 8 || k < 2 {
		return mainDate, pass
	}
	for j := k + 1; j < h.a; j++ {
		if toks[j].kind != tWord {
			return mainDate, pass
		}
	}
	v := h.b
	if v < len(toks) && strings.HasSuffix(toks[v].lower(), "ly") {
		v++ // "formally expired"
	}
	if v < len(toks) && toks[v].kind == tWord && !toks[v].upper() && (mainVerbs.has(toks[v].lower()) || strings.HasSuffix(toks[v].n, "ed")) {
		return asideDate, found
	}
	return mainDate, pass
}

// mainVerbs are finite verbs a sentence's main clause often has, whose
// past tense does not end in "-ed".
var mainVerbs = words(`is are was were has have had will would could can may might must shall should said says told tells
	won wins lost loses fell falls rose rises met meets left leaves made makes took takes began begins went goes came comes
	gave gives got gets held holds ran runs saw sees sold sells paid pays became becomes broke breaks`)

// closedAfter says a comma after token b closes an inserted phrase, with
// the main clause going on after it in words.
func closedAfter(toks []token, b int) bool {
	for k := b; k+1 < len(toks); k++ {
		if toks[k].kind == tDQ || toks[k].n == ";" || toks[k].n == ":" {
			return false
		}
		if toks[k].n == "," {
			return toks[k+1].kind == tWord && !toks[k+1].upper()
		}
	}
	return false
}

// eventDate chooses the date a sentence is listed under among its hits
// (in text order): the first of its main clause, else the first beside
// it; a date that is no event's never. ok is false when no date is the
// event's. A time told twice over, the second finer ("at the end of the
// month on April 29"), is the finer.
func eventDate(toks []token, hits []dateHit) (dateHit, bool) {
	best, bestStanding, at := dateHit{}, notEventDate, -1
	for i, h := range hits {
		if s, _ := dateStanding(toks, h); s < bestStanding {
			best, bestStanding, at = h, s, i
		}
	}
	for at >= 0 && at+1 < len(hits) {
		next := hits[at+1]
		if next.a-best.b > 1 || next.a > best.b && !wordIs(toks, best.b, "on", "in", "at", ",") ||
			next.end != "" || best.end != "" || len(next.date) <= len(best.date) || !strings.HasPrefix(next.date, best.date) {
			break
		}
		best, at = next, at+1
	}
	// "leave for its August recess on Aug. 2": a month that names a
	// thing ("August recess") gives way to the day the clause puts the
	// event on, later in the same clause, or that a clause on the thing
	// gives it ("the June school holidays, which end on Sunday").
	// "will publish December industrial production on Friday": the
	// data's month gives way to the day the clause publishes it on,
	// whatever month that is.
	// (A month alone, as an object's word, not after a preposition: "by
	// the end of July whether ..." is no label.)
	bareLabel := best.b == best.a+1 && best.a > 0 && toks[best.a-1].kind == tWord && !prepositions.has(toks[best.a-1].lower())
	if at >= 0 && best.end == "" && len(best.date) == len("2006-01") && best.b < len(toks) && toks[best.b].kind == tWord && !toks[best.b].upper() && !wordIs(toks, best.b, "of", "and", "or", "to") {
		for _, next := range hits[at+1:] {
			if s, _ := dateStanding(toks, next); s <= asideDate && next.end == "" && len(next.date) == len("2006-01-02") && (strings.HasPrefix(next.date, best.date) || bareLabel && wordIs(toks, next.a-1, "on")) {
				best = next
				break
			}
		}
	}
	// "This year's season runs from 31 July to 25 August", "Last year's
	// champion was knocked out on Sunday", "reported a drop in
	// third-quarter profit on Thursday": a date in the possessive, or a
	// quarter made an adjective, says which thing, and gives way to a
	// date the main clause puts its event on.
	if at < 0 {
		return best, false
	}
	naming := wordIs(toks, best.b, "'s", "’s") && toks[best.b-1].kind != tNum || // "the late 1980's" is a plural
		best.b == best.a+1 && strings.HasSuffix(toks[best.a].lower(), "-quarter") ||
		// "The Cassowary Census 2012-13 report, released on Tuesday":
		// a year in a name says which thing.
		best.a >= 2 && best.b == best.a+1 && toks[best.a].kind == tNum && isCapTok(toks[best.a-1]) && !isDateWord(toks, best.a-1) && !prepositions.has(toks[best.a-1].lower())
	// "reported results for the fourth quarter on Wednesday": the period
	// results are for gives way to the day the clause reports them on.
	forPeriod := wordIs(toks, best.a-1, "for") && (best.end != "" || len(best.date) <= len("2006"))
	// "demand fell 27 percent in the first four months of the year, and
	// it would cut shifts starting in September": the period a figure is
	// for gives way to a month or a day the sentence puts an event at
	// (not to a year: "up 31.6 percent from the same period of 2000").
	figurePeriod := best.end != "" && firstMonthsAt(toks, best.a)
	if naming || forPeriod || figurePeriod {
		for _, next := range hits[at+1:] {
			if s, _ := dateStanding(toks, next); s <= bestStanding && (!forPeriod || naming || len(next.date) == len("2006-01-02")) && (!figurePeriod || next.end == "" && len(next.date) >= len("2006-01")) {
				best = next
				break
			}
		}
	}
	return best, bestStanding != notEventDate
}

// pageWords date or sign a page, not a story: "Published", "Updated",
// "Posted", a broadcast's "Aired", a clock time's "AM" and zone, a weekday's short form, "By".
var pageWords = words(`published updated update posted modified aired last on at by and date dated am pm a.m. p.m. utc gmt ist est edt cet cest
	bst pst pdt et local time mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday
	saturday sunday hour hours minute minutes min mins ago a an`)

// barAfterName says the capitalized word at k is part of a name of at
// most three words that a bar "|" closes.
func barAfterName(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if toks[j].n == "|" {
			return true
		}
		if !toks[j].upper() {
			return false
		}
	}
	return false
}

// captionWords open a photo's caption.
var captionWords = words(`caption pictured photo image file`)

// furniture says a sentence is no story's: a repeated photo caption, a
// line that opens "Image caption", a wire photo's caption (it ends "in
// Tirana, Albania, September 8, 2022.": a place, a comma, the full date),
// or a line that only dates or signs the page ("By Karin Lindqvist |
// Updated Oct. 22, 2024", "Feb 13, 2024 11:42 AM IST").
func furniture(s sentence, hits []dateHit) bool {
	toks := s.toks
	if s.caption || len(toks) > 1 && captionWords.has(toks[0].lower()) && captionWords.has(toks[1].lower()) {
		return true
	}
	// inDate says token k is in a date of hits: a sentence has few, and
	// asking them spares a slice per sentence.
	inDate := func(k int) bool {
		for _, h := range hits {
			if h.a <= k && k < h.b {
				return true
			}
		}
		return false
	}
	if n := len(hits); n > 0 {
		last := hits[n-1]
		_, year := yearAtTok(toks, last.b-1)
		rest := last.b
		for rest < len(toks) && toks[rest].kind != tWord && toks[rest].kind != tNum {
			rest++
		}
		// A caption's place and date, "... in Tirana, Albania, September
		// 8, 2022.", "... in Washington, Tuesday, Jan. 14, 2025."; not a
		// sentence's "on Tuesday, 18 November 2025.", nor a span, "...,
		// the owner of Kucinski Towing & Recovery, between 2006 and 2010."
		if year && rest == len(toks) && len(last.date) == len("2006-01-02") && last.end == "" && prevIs(toks, last.a, ",") && last.a >= 2 && toks[last.a-2].upper() && toks[last.a-2].kind == tWord {
			if _, wd := weekdays()[toks[last.a-2].lower()]; !wd || !wordIs(toks, last.a-3, "on") {
				return true
			}
		}
	}
	// No word of the story's: the first one found says the sentence is
	// one.
	for k, t := range toks {
		switch {
		case t.kind != tWord || inDate(k) || pageWords.has(t.lower()):
		case k > 0 && t.upper() && (wordIs(toks, k-1, "by") || toks[k-1].upper() && k > 1 && wordIs(toks, k-2, "by")):
			// the byline's name
		case t.upper() && barAfterName(toks, k):
			// "Aydin Korkmaz |20.05.2025 - Update : 20.05.2025": a name
			// the bar sets off from the page's dates
		default:
			return false
		}
	}
	return true
}

// expected says the event a sentence dates by h had not happened when its
// source was published: h starts after the publication date (compared at
// h's precision: "March" is after 13 February), or starts within it and
// the sentence speaks of the future ("will meet this month"). Without a
// publication date, the words alone decide.
func expected(f dateFinder, toks []token, h dateHit) bool {
	if !f.hasPub {
		return future(toks, h.a)
	}
	pub := ymd(f.pub)[:len(h.date)]
	return h.date > pub || h.date == pub && future(toks, h.a)
}

// timeline lists each dated sentence once, under the date of the event it
// reports, sorted by date (stable: source and position order within a
// date), with the same sentence from several sources merged. It reads as
// one pass over the sentences, choosing each one's event date as it goes
// (the anchors of relative dates are the sentences before), so it is not
// split.
func timeline(sents []sentence, finders []dateFinder, ids []string, st *stopper) []briefings.Event {
	type ev struct {
		e     briefings.Event
		order int
		docs  map[int]bool // the documents it cites: e.Cites, in source order, at the end
		h     dateHit      // the date it is listed under
		// told: the sentence names its date itself, or counts it from its
		// source's publication date, not from another sentence's date
		// nor the story's day.
		told bool
	}
	// eventKey is an event's date and its sentence's words, straightened
	// in lower case: a struct, not one string built of them per
	// sentence.
	type eventKey struct{ date, end, text string }
	var evs []*ev
	byText := map[eventKey]*ev{}
	anchors := map[int]time.Time{}     // the last exact day told, per document
	pastAnchors := map[int]time.Time{} // the last of them not after its publication
	years := map[int]int{}             // the last year told, per document
	// eventDay is the day of the event the sentence before reports, when
	// that sentence named the day the story is told last: "A ferry
	// capsized late on Saturday, and rescuers were searching on Sunday"
	// (told on Sunday). "It overturned at 11:42 p.m.": the next sentence
	// goes on from the event's day, not from the story's.
	eventDay, eventDayOf := time.Time{}, -1
	for si, s := range sents {
		st.check()
		f := finders[s.doc]
		f.thatYear = years[s.doc]
		hits := f.find(s.toks)
		// A day to come anchors only what is told as to come: "ahead of
		// the June 9 primary. She had appeared at a forum the previous
		// day" is the day before the story's, not June 8; "a canvass on
		// November 13. A recount would likely take place the following
		// week" is the week after the canvass.
		anchor, end := anchors[s.doc], len(s.toks)
		for end > 0 && s.toks[end-1].kind == tPunct {
			end--
		}
		if !future(s.toks, end) {
			anchor = pastAnchors[s.doc]
		}
		followsEvent := eventDayOf >= 0 && eventDayOf == si-1 && sents[si-1].doc == s.doc
		if followsEvent {
			anchor = eventDay
		}
		hits = append(hits, anchoredDays(s.toks, anchor, years[s.doc], hits)...)
		// The day of the story dates a sentence that names no date of its
		// event: "to end the day at 7,114, its lowest level since 1997".
		day, dayIsPub := anchors[s.doc], false
		if followsEvent {
			day = eventDay
		}
		if day.IsZero() && f.hasPub {
			day, dayIsPub = f.pub, true
		}
		last, lastYear := -1, -1
		for _, h := range hits {
			if len(h.date) == 10 && h.end == "" && h.b > last {
				if t, err := time.Parse("2006-01-02", h.date); err == nil {
					anchors[s.doc], last = t, h.b
					if !(f.hasPub && t.After(f.pub)) {
						pastAnchors[s.doc] = t
					}
				}
			}
			if h.b > lastYear {
				if y, err := strconv.Atoi(h.date[:4]); err == nil {
					years[s.doc], lastYear = y, h.b
				}
			}
		}
		slices.SortStableFunc(hits, func(x, y dateHit) int { return cmp.Compare(x.a, y.a) })
		if furniture(s, hits) {
			continue
		}
		h, ok := eventDate(s.toks, hits)
		told := ok
		if ok && last >= 0 && f.hasPub && len(h.date) == 10 && h.end == "" && anchors[s.doc].Equal(f.pub) {
			if t, err := time.Parse("2006-01-02", h.date); err == nil && t.Before(f.pub) {
				eventDay, eventDayOf = t, si
			}
		}
		if !ok {
			if h, ok = storyDay(s.toks, day, dayIsPub); !ok {
				continue
			}
			// "It had left Batangas City at 8:15 p.m.": the story goes on
			// at the event's day while sentences name no day of their own.
			if followsEvent {
				eventDayOf = si
			}
		}
		// The same words on another date ("fallen dramatically today" in
		// two days' reports) are another event.
		key := eventKey{h.date, h.end, strings.ToLower(straighten(s.text))}
		if e, ok := byText[key]; ok {
			e.docs[s.doc] = true
			continue
		}
		be := briefings.Event{Date: h.date, End: h.end, Expected: expected(f, s.toks, h), Text: s.text, Cites: []string{ids[s.doc]}}
		// A date counted from another says so, and from what.
		switch expr := s.text[s.toks[h.a].start:s.toks[h.b-1].end]; {
		case h.anchor != "" && !h.anchorPub:
			be.Expression, be.Anchor = expr, h.anchor
		case h.anchorPub || h.anchor == "" && f.dependsOnPub(s.toks, h):
			be.Expression, be.Anchor, be.AnchorSource = expr, ymd(f.pub), ids[s.doc]
		}
		e := &ev{
			e:     be,
			order: si,
			docs:  map[int]bool{s.doc: true},
			h:     h,
			told:  told && (h.anchor == "" || h.anchorPub),
		}
		byText[key] = e
		evs = append(evs, e)
	}
	// One event reported by several sources is one entry citing each.
	cs := make([]corroborated, len(evs))
	for i, e := range evs {
		s := sents[e.order]
		cs[i] = corroborated{date: e.e.Date, end: e.e.End, expected: e.e.Expected, told: e.told, doc: s.doc, pos: s.pos, toks: s.toks, skipA: e.h.a, skipB: e.h.b}
	}
	into := corroborate(cs)
	kept := evs[:0:0]
	for i, e := range evs {
		if into[i] < 0 {
			kept = append(kept, e)
			continue
		}
		to := evs[into[i]]
		for d := range e.docs {
			to.docs[d] = true
		}
	}
	evs = kept
	sort.SliceStable(evs, func(i, j int) bool {
		a, b := evs[i].e, evs[j].e
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if a.End != b.End {
			return a.End < b.End
		}
		return evs[i].order < evs[j].order
	})
	out := make([]briefings.Event, len(evs))
	for i, e := range evs {
		e.e.Cites = citesOf(e.docs, ids)
		out[i] = e.e
	}
	return out
}
