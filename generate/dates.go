package generate

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// dateHit is one date expression in a sentence: tokens [a,b), resolved to
// date (YYYY, YYYY-MM or YYYY-MM-DD) and, for a range, end.
type dateHit struct {
	a, b      int
	date, end string
	// anchor, for a date counted from a day the story told ("two days
	// later"), is that day (or year); anchorPub says it is the
	// publication date (the day of the story, when no day was told).
	anchor    string
	anchorPub bool
}

// dateFinder resolves date expressions against a publication date.
type dateFinder struct {
	pub    time.Time // zero: unknown, relative expressions are skipped
	hasPub bool
	// thatYear is the last year its document told before the sentence
	// read, the year "in October of that year" is in when the sentence
	// names none before it; 0: none.
	thatYear int
}

func ymd(t time.Time) string { return t.Format("2006-01-02") }

// ym is fmt.Sprintf("%04d-%02d", y, m), and ymdI the same with the day:
// written digit by digit for the years and days of the calendar, as the
// date rules ask them of every date they read, where Sprintf allocated
// twice (throughput is a requirement: 1 MB/s per core). Anything else
// goes to Sprintf.
func ym(y, m int) string {
	if !inCalendar(y, m, 1) {
		return fmt.Sprintf("%04d-%02d", y, m)
	}
	var b [7]byte
	return string(putYM(b[:0], y, m))
}

func ymdI(y, m, d int) string {
	if !inCalendar(y, m, d) {
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	}
	var b [10]byte
	return string(append(putYM(b[:0], y, m), '-', byte('0'+d/10), byte('0'+d%10)))
}

// inCalendar says ym and ymdI may write y, m and d digit by digit: four
// digits of year, two of month and day.
func inCalendar(y, m, d int) bool {
	return 0 <= y && y <= 9999 && 0 <= m && m <= 99 && 0 <= d && d <= 99
}

// putYM appends "YYYY-MM" to b.
func putYM(b []byte, y, m int) []byte {
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-', byte('0'+m/10), byte('0'+m%10))
}

// digitsValue reads s, ASCII digits only (ok false otherwise), as
// strconv.Atoi does, but for a value past maxDigitsValue, which it reads
// as that: every caller bounds the number far below. A number token
// opens with a digit, so Atoi accepts it only when all of it is digits,
// and this says so without the error Atoi allocates for "3.5" or "1,000"
// (throughput is a requirement: 1 MB/s per core).
func digitsValue(s string) (n int, ok bool) {
	if s == "" {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = min(n*10+int(c-'0'), maxDigitsValue)
	}
	return n, true
}

// maxDigitsValue is where digitsValue stops counting.
const maxDigitsValue = 1 << 40

// yearPreps are words after which a bare four-digit number is a year.
var yearPreps = words(`in since by during until till of from to through early late mid the end start
	beginning summer spring autumn fall winter before after around circa between and throughout least`)

// futureCues before a date make a partial date point forward.
var futureCues = words(`will would scheduled upcoming next slated expected planned`)

// planVerbs before "to" plan what follows: "plans to open in March".
var planVerbs = words(`set expected planned plans plan intends intend aims aim hopes hope`)

func monthOf(t token) (int, bool) {
	if t.kind != tWord || !t.upper() {
		return 0, false
	}
	m, ok := months()[t.lower()]
	return m, ok
}

// dayOf reads "8", "8th", "23-24".
func dayOf(t token) (int, int, bool) {
	if t.kind != tNum {
		return 0, 0, false
	}
	s := t.lower()
	for _, suf := range [...]string{"st", "nd", "rd", "th"} {
		s = strings.TrimSuffix(s, suf)
	}
	a, b, rng := strings.Cut(s, "-")
	// a opens with the token's digit and b with a word's letter or digit
	// (the tokenizer joins a hyphen only before one): Atoi accepts them
	// only as digits, and digitsValue reads them so.
	d1, ok := digitsValue(a)
	if !ok || d1 < 1 || d1 > 31 || len(a) > 2 {
		return 0, 0, false
	}
	if !rng {
		return d1, 0, true
	}
	d2, ok := digitsValue(b)
	if !ok || d2 <= d1 || d2 > 31 || len(b) > 2 {
		return 0, 0, false
	}
	return d1, d2, true
}

func yearOf(t token) (int, bool) {
	if t.kind != tNum || len(t.n) != 4 {
		return 0, false
	}
	y, ok := digitsValue(t.n)
	if !ok || y < 1900 || y > 2100 {
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

// at reads the date expression starting at token i, if any.
func (f dateFinder) at(toks []token, i int) (dateHit, bool) {
	h, v, _ := f.rule(toks, i)
	return h, v == found
}

// rule tries dateRules in order at token i: the first that does not pass
// decides, and rule returns its verdict and index (-1 when all pass).
func (f dateFinder) rule(toks []token, i int) (dateHit, verdict, int) {
	if !mayStartDate(toks[i]) {
		return dateHit{}, pass, -1
	}
	for k := range dateRules {
		r := &dateRules[k]
		if r.relative && !f.hasPub {
			continue
		}
		if h, v := r.match(f, toks, i); v != pass {
			return h, v, k
		}
	}
	return dateHit{}, pass, -1
}

// mayStartDate says some rule of dateRules may decide at token t: each
// rule's first test of its own token asks for a number, a word with a
// hyphen ("mid-2023", "April-June"), a bracket ("[Ten] years ago"), a
// quarter's or a half's code ("Q3", "H2"), a fiscal year's ("FY2024") or
// one of the words of dateStarts. Most tokens are
// none of these, and find skips the rules there: trying all of them at
// every token was a fifth of the generator's time (throughput is a
// requirement: 1 MB/s per core). TestMayStartDate checks every rule
// against it on all the test text.
func mayStartDate(t token) bool {
	if t.kind == tNum || t.n == "[" || strings.IndexByte(t.n, '-') >= 0 || len(t.n) == 2 && (t.n[0] == 'Q' || t.n[0] == 'q' || t.n[0] == 'H') || strings.HasPrefix(t.n, "FY") {
		return true
	}
	w := strings.TrimSuffix(t.lower(), "'s") // "Monday's"
	if w == "" {
		return false
	}
	// Most words ("the", "said", "of") share no first byte, last byte
	// and length with any of dateStarts, and the table's bits say so
	// without hashing the word.
	return dateStartSet().has(w)
}

// dateStartSet is dateStarts as a wordTable.
var dateStartSet = sync.OnceValue(func() *wordTable { return newWordTable(dateStarts()) })

// dateStarts are the words a rule of dateRules may begin at: the keys of
// the name tables the rules look their first token up in, and the words
// the others test it for.
var dateStarts = sync.OnceValue(func() map[string]bool {
	s := map[string]bool{}
	for _, m := range []map[string]int{months(), weekdays(), seasons(), quarters(), numberWords(), decadeWords} {
		for w := range m {
			s[w] = true
		}
	}
	// modifiedMonth, daySpan, yearSpan, monthSpanRule, today ("the day
	// after tomorrow" at "day"), pastUnits, thisUnit, partOfUnit,
	// theWeekend, yearEnd and monthsTo ("the quarter ended Aug. 31").
	for _, w := range strings.Fields(`early late mid end beginning start middle between from
		this last next past within today tonight yesterday tomorrow earlier later weekend year day week fiscal quarter`) {
		s[w] = true
	}
	for _, h := range holidays() { // the word a holiday's name opens with
		s[strings.ToLower(h.words[0])] = true
	}
	return s
})

// find returns every date expression in toks.
func (f dateFinder) find(toks []token) []dateHit { return f.findBefore(toks, len(toks)) }

// findBefore returns the date expressions find reads at the tokens
// before end, each read as find reads it (with the year the hits before
// it set), and reads no further. A hit may start before the token it is
// read at ("last March", read at "March"), but ends after it: find moves
// on to its end.
func (f dateFinder) findBefore(toks []token, end int) []dateHit {
	var hits []dateHit
	// The year the sentence has set: "In 1995, ..." opening it, or "last
	// year, from March 31 ..." right before the date.
	year, opens, setEnd := 0, false, 0
	told := f.thatYear // the last year told: the sentence's, else before it
	for i := 0; i < len(toks) && i < end; {
		if h, ok := f.at(toks, i); ok {
			if n := ofThatYear(toks, h.b); n > 0 && !yearWritten(toks, h) && len(h.date) >= len("2006-01") {
				// "began in April 2022 and expired in October of that
				// year": the year told last, whatever the story's.
				if told != 0 {
					h = inYear(h, told)
				}
				h.b += n
			} else if y, err := strconv.Atoi(h.date[:min(4, len(h.date))]); err == nil && yearWritten(toks, h) {
				told = y
			}
			if y := contextYear(toks, h); y != 0 {
				year, opens, setEnd = y, h.a <= 1, h.b
			} else if year != 0 && (opens || h.a-setEnd <= 2) && f.hasPub && !yearWritten(toks, h) {
				// "In 1995, the border was closed from March 31 to April
				// 10": a day or month without its year is in the year the
				// sentence has named, not the one nearest the story.
				h = inYear(h, year)
			}
			hits = append(hits, h)
			i = h.b
			continue
		}
		i++
	}
	return hits
}

// ofThatYear is how many words at k say a date is in the year told before
// it: "of that year", "of the same year", "that year"; else 0.
func ofThatYear(toks []token, k int) int {
	if wordIs(toks, k, "of") {
		k++
		if wordIs(toks, k, "the") && wordIs(toks, k+1, "same") && wordIs(toks, k+2, "year") {
			return 4
		}
		if wordIs(toks, k, "that") && wordIs(toks, k+1, "year") {
			return 3
		}
		return 0
	}
	if wordIs(toks, k, "that") && wordIs(toks, k+1, "year") {
		return 2
	}
	return 0
}

// contextYear is the year a hit sets for the rest of its sentence: a
// year after "in" ("In 1995,"), or "last year", "this year", "next year"
// (not "last year's"); else 0.
func contextYear(toks []token, h dateHit) int {
	// "Last year's champion ... on Sunday": a year in the possessive says
	// which champion, not when the sentence's days are.
	if len(h.date) != 4 || h.end != "" || wordIs(toks, h.b, "'s", "’s") {
		return 0
	}
	y, err := strconv.Atoi(h.date)
	if err != nil {
		return 0
	}
	if wordIs(toks, h.a-1, "in") && h.b-h.a == 1 || h.b-h.a == 2 && wordIs(toks, h.a, "last", "this", "next") && wordIs(toks, h.a+1, "year") {
		return y
	}
	return 0
}

// yearWritten says the hit's words hold a year.
func yearWritten(toks []token, h dateHit) bool {
	for k := h.a; k < h.b && k < len(toks); k++ {
		if _, ok := yearOf(toks[k]); ok {
			return true
		}
	}
	return false
}

// inYear moves a day or month hit, and its end, into year y, keeping a
// span over New Year whole.
func inYear(h dateHit, y int) dateHit {
	if len(h.date) < 7 {
		return h
	}
	from, err := strconv.Atoi(h.date[:4])
	if err != nil || from == y {
		return h
	}
	shift := func(d string) string {
		if len(d) < 7 {
			return d
		}
		dy, err := strconv.Atoi(d[:4])
		if err != nil {
			return d
		}
		return strconv.Itoa(dy+y-from) + d[4:]
	}
	h.date, h.end = shift(h.date), shift(h.end)
	return h
}

// dependsOnPub says the date h that f found in toks was counted from the
// publication date ("Last Friday", "July 23-24" with its year): found
// again as if published a year, a month and a day later, it is another.
func (f dateFinder) dependsOnPub(toks []token, h dateHit) bool {
	if !f.hasPub {
		return false
	}
	g := f
	g.pub = f.pub.AddDate(1, 1, 1)
	// A hit of h's tokens is read at one of them, before h.b: the tokens
	// after h need not be read.
	for _, h2 := range g.findBefore(toks, h.b) {
		if h2.a == h.a && h2.b == h.b {
			return h2.date != h.date || h2.end != h.end
		}
	}
	return true
}

// toAfter says "to" and a verb follow token i in its clause, within a
// few words: "expects sales in January to show up".
func toAfter(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		if toks[k].kind == tPunct {
			return false
		}
		if wordIs(toks, k, "to") && k+1 < len(toks) && toks[k+1].kind == tWord && !toks[k+1].upper() && !determiners.has(toks[k+1].lower()) {
			return true
		}
	}
	return false
}

// clauseBetween says a clause of its own opens in tokens [a,b): a
// subject pronoun or a relative word ("every commitment it made in").
func clauseBetween(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		if wordIs(toks, k, "it", "he", "she", "they", "we", "i", "you", "who", "which", "that", "when") {
			return true
		}
	}
	return false
}

// pastPlan says the plan the clause of token i tells was told in the past:
// a past form right before its participle ("was originally scheduled for
// September 28", "missed a payment due on July 1"), which may be for a day
// gone by; a modal is the future still ("said the bridge will reopen").
func pastPlan(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-20; k-- {
		l := toks[k].lower()
		// "The board had hoped Quintela would "turn the corner" after a
		// win on 2 November": what was hoped for in the past.
		if l == "would" && hopedBefore(toks, k) {
			return true
		}
		if toks[k].n == "." || toks[k].n == ";" || l == "will" || l == "would" || l == "shall" || strings.HasSuffix(l, "'ll") {
			return false
		}
		if k < i-12 {
			continue
		}
		if l != "scheduled" && l != "planned" && l != "due" && l != "slated" && l != "expected" {
			continue
		}
		for p := k - 1; p >= 0 && p >= k-3; p-- {
			if pastForm(toks[p]) {
				return true
			}
		}
		return false
	}
	return false
}

// hopedBefore says a past perfect of hoping or expecting governs the
// "would" at k: "had hoped", "had expected", "had planned".
func hopedBefore(toks []token, k int) bool {
	for j := k - 1; j >= 1 && j >= k-6; j-- {
		if wordIs(toks, j, "hoped", "expected", "planned", "intended", "wanted", "assumed", "believed") && wordIs(toks, j-1, "had") {
			return true
		}
	}
	return false
}

// planCalledOff says the clause after the plan ending at token b tells
// that it did not go ahead: "A first hearing, scheduled for January, was
// postponed".
func planCalledOff(toks []token, b int) bool {
	for k := b; k < len(toks) && k <= b+12 && toks[k].n != "." && toks[k].n != ";"; k++ {
		if wordIs(toks, k, "will", "would", "shall") {
			return false
		}
		if wordIs(toks, k, "postponed", "cancelled", "canceled", "delayed", "scrapped", "adjourned", "abandoned", "suspended") && wordIs(toks, k-1, "was", "were", "been") {
			return true
		}
	}
	return false
}

// whenWillAfter says a "when" clause that looks ahead follows the date
// ending at b: "until the budget in November, when the Treasury will
// update its projections".
func whenWillAfter(toks []token, b int) bool {
	if !wordIs(toks, b, ",") || !wordIs(toks, b+1, "when") {
		return false
	}
	for k := b + 2; k < len(toks) && k <= b+8 && toks[k].n != "." && toks[k].n != ","; k++ {
		if wordIs(toks, k, "will", "shall") || strings.HasSuffix(toks[k].lower(), "'ll") {
			return true
		}
	}
	return false
}

// presentSchedule says the clause of token i tells, in the present
// tense, what its subject does: "Apple reports its quarterly results on",
// "The band tours Europe in", "The firm holds its annual meeting on". The
// verb is a word in -s right after the subject (a name, a pronoun, or "the"
// and a noun opening the clause) and before its object; no past form and
// no verb of saying come before the date, which would make the clause a
// report of what was ("The report says sales slumped on July 25").
func presentSchedule(toks []token, i int) bool {
	// "have been diverting ambulances since Monday": a day something has
	// gone on since is gone by.
	if i < 3 || wordIs(toks, i-1, "since") {
		return false
	}
	start := i - 1
	for start > 0 && start >= i-16 && toks[start-1].kind != tPunct {
		start--
	}
	// "Aschenbach, who returns from holiday on Saturday", "The company,
	// which reports full-year results in May": a relative clause's "who"
	// or "which" is its subject.
	relative := wordIs(toks, start, "who", "which") && start > 0 && toks[start-1].n == ","
	if start > 0 && toks[start-1].n != "." && toks[start-1].n != ";" && toks[start-1].n != ":" && !relative {
		// "The company, which holds ...": the clause has no subject of
		// its own here.
		return false
	}
	// "reports full-year results", "holds talks": a plain plural.
	plainPlural := func(t token) bool {
		l := t.lower()
		return t.kind == tWord && !t.upper() && len(l) > 3 && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !prepositions.has(l)
	}
	// "full-year results": a plural, after a word that describes it.
	pluralAt := func(k int) bool {
		return plainPlural(tokenAt(toks, k)) || tokenAt(toks, k).kind == tWord && !tokenAt(toks, k).upper() && !prepositions.has(lowerAt(toks, k)) && plainPlural(tokenAt(toks, k+1))
	}
	verb := -1
	for k := start; k < i; k++ {
		t := toks[k]
		l := t.lower()
		// "reports its quarterly results", "reports full-year results"
		// have an object, not a report.
		if pastForm(t) || speechVerb(l) && !possessiveDeterminers.has(lowerAt(toks, k+1)) && !pluralAt(k+1) || wordIs(toks, k, "would", "could", "might", "did", "does", "has", "have", "is", "was", "been") {
			return false
		}
		if verb >= 0 || k == start || t.kind != tWord || t.upper() || len(l) < 2 || prepositions.has(l) || determiners.has(l) {
			continue
		}
		p := toks[k-1]
		// The subject: a name, a pronoun, or a noun phrase of up to three
		// words opening the clause ("The provincial government plans").
		nounPhrase := k-start <= 4 && determiners.has(toks[start].lower())
		for j := start + 1; j < k && nounPhrase; j++ {
			nounPhrase = toks[j].kind == tWord && !toks[j].upper()
		}
		var subject bool
		if strings.HasSuffix(l, "s") && len(l) >= 4 && !strings.HasSuffix(l, "ss") && !strings.HasSuffix(l, "us") && !strings.HasSuffix(l, "'s") {
			// A capital that opens the sentence may be no name: "Mayoral
			// candidates Gareth Tolley and ..." is a caption.
			name := p.kind == tWord && p.upper() && !determiners.has(p.lower()) && (k-1 > 0 || !tokenAt(toks, k+1).upper())
			subject = name || wordIs(toks, k-1, "he", "she", "it") || nounPhrase || relative && k == start+1
		} else {
			// "Tax bills go out in May": a plural subject opening the
			// clause, and the bare verb.
			// ("Voters go to the polls": a plural capitalized for opening
			// the sentence.)
			plural := p.kind == tWord && (!p.upper() || k-1 == start && start == 0 && !isAllCaps(p.n)) && strings.HasSuffix(p.lower(), "s") && !strings.HasSuffix(p.lower(), "ss") && !strings.ContainsAny(p.n, "'’") && k-start <= 3 &&
				!tokenAt(toks, k+1).upper()
			for j := start; j < k-1 && plural; j++ {
				plural = toks[j].kind == tWord && (j == start || !toks[j].upper())
			}
			subject = plural && !strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "ly") && !auxOrAdverb(l) && !wordIs(toks, k, "and", "or", "but", "are", "were", "will", "would", "can", "could", "may", "might", "must", "should", "do", "have")
		}
		next := tokenAt(toks, k+1)
		// "The minister returns from Brussels on Saturday": a verb of
		// coming and going needs no object.
		// "The winner takes office on January 1", "The law takes effect
		// July 1", "Voters go to the polls
		// on Friday", "The candidates meet again at a hustings": an
		// object of the schedule's verbs, or where its subject goes.
		object := determiners.has(next.lower()) || possessiveDeterminers.has(next.lower()) || next.kind == tWord && next.upper() ||
			pluralAt(k+1) ||
			wordIs(toks, k+1, "out", "up", "off", "ahead", "back") || travelVerbs.has(l) && wordIs(toks, k+1, "from", "to", "home", "for", "in") ||
			agendaVerbs.has(l) && wordIs(toks, k+1, "office", "effect", "again", "to", "at", "in", "on", "for") ||
			// "It takes effect July 1", "The law comes into force on 1 July"
			wordIs(toks, k, "comes", "come", "goes", "go") && wordIs(toks, k+1, "into") && wordIs(toks, k+2, "force", "effect")
		if subject && object {
			verb = k
		}
	}
	if verb < 0 {
		return false
	}
	// "Kaveri Polymers on Wednesday reported": the clause's verb may come
	// after the date.
	for k := i + 1; k < len(toks) && toks[k].n != "," && toks[k].n != "." && toks[k].n != ";"; k++ {
		if pastForm(toks[k]) {
			return false
		}
	}
	return true
}

// directiveVerbs tell someone to do something: what they are told to do,
// after "to", is to come.
var directiveVerbs = words(`ordered orders order directed directs instructed instructs asked asks told tells required requires urged urges`)

// temporalOpener says "when", "once" or "until" opens the clause of token
// k, at most four words before it.
func temporalOpener(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if toks[j].kind == tPunct {
			return false
		}
		if wordIs(toks, j, "when", "once", "until", "till") {
			return true
		}
	}
	return false
}

// future says a future cue precedes token i in its clause (or, up to 32
// words back, its sentence: "Atlantis will go on display ... following
// the last flight, which launches June 28").
func future(toks []token, i int) bool {
	// "a premium to Kredietunie's closing price on Friday": a price's
	// day is the market's, gone by, whatever the clause plans.
	if wordIs(toks, i-1, "on", "of") && wordIs(toks, i-2, "price", "prices", "close", "level", "levels", "value") {
		return false
	}
	// "has called a meeting of its members for Thursday": a meeting
	// called, set or booked for a day is to come.
	if wordIs(toks, i-1, "for") {
		for k := i - 2; k >= 0 && k >= i-8; k-- {
			if toks[k].kind == tPunct {
				break
			}
			if wordIs(toks, k, "called", "calls", "call", "convened", "summoned", "booked", "arranged", "scheduled") {
				return true
			}
		}
	}
	for k := i - 1; k >= 0 && k >= i-32; k-- {
		if toks[k].n == "." || toks[k].n == ";" {
			break
		}
		// `"... will restore security within days," the governor told
		// reporters on Tuesday`: a quotation's own words plan nothing of
		// the date after it.
		if toks[k].kind == tDQ || toks[k].kind == tSQClose {
			if o := openingBefore(toks, k); o >= 0 {
				k = o
				continue
			}
			break
		}
		// Every test below is of a word of futureWords or one ending
		// "'ll": most words are neither, and one look-up skips them all
		// (throughput is a requirement: 1 MB/s per core).
		if l := toks[k].lower(); !futureWords().has(l) && !strings.HasSuffix(l, "'ll") {
			// "will be financed through Oriel Aviation Capital, which
			// agreed in May to take 10": a relative clause in the past
			// holds the date; what the clause before plans does not.
			if (l == "which" || l == "who") && k+1 < i && pastForm(toks[k+1]) && k > 0 && toks[k-1].n == "," {
				return false
			}
			continue
		}
		// "Pryor, who will graduate in May, entered the race in April":
		// a relative clause closed before the date plans nothing of it.
		if l := toks[k].lower(); (futureCues.has(l) || l == "should" || l == "due" || planVerbs.has(l) || directiveVerbs.has(l)) && insideClosedRelative(toks, k, i) {
			continue
		}
		// "a scheduled service" describes; "scheduled talks for" plans.
		// "Virginia's next governor" and "the expected rise" name, not
		// plan; "is expected in January" plans.
		l := toks[k].lower()
		// "We'll reassess on Monday afternoon"
		if strings.HasSuffix(l, "'ll") {
			return true
		}
		if futureCues.has(l) && !((l == "scheduled" || l == "expected" || l == "planned") && k > 0 && (determiners.has(toks[k-1].lower()) || toks[k-1].n == "'s")) &&
			!(l == "next" && (roleHeads.has(lowerAt(toks, k+1)) || titleWords.has(lowerAt(toks, k+1)))) &&
			!(l == "expected" && !wordIs(toks, k-1, "is", "are", "was", "were", "be", "been", "being") && !wordIs(toks, k+1, "to", "in", "on", "by", "at")) {
			return true
		}
		// "The general election is Nov. 6": a date the present tense
		// gives a thing is one to come.
		if k >= i-2 && wordIs(toks, k, "is", "are") && (k == i-1 || wordIs(toks, i-1, "on", "in")) {
			return true
		}
		// "ordered him to surrender his passport by Monday", "asked the
		// team to file a report on Friday": what someone is told to do
		// is to come.
		// Not a thing's date ("asked to call 101, quoting incident 0811
		// of 15 November"), nor "who asked not to be named".
		if directiveVerbs.has(l) && !wordIs(toks, i-1, "of") {
			for t := k + 1; t < i && t <= k+5; t++ {
				if wordIs(toks, t, "to") && t+1 < i && toks[t+1].kind == tWord && !toks[t+1].upper() && !clauseBetween(toks, t+2, i) && !wordIs(toks, t-1, "not") && !wordIs(toks, t+1, "remain") && !(wordIs(toks, t+1, "be") && wordIs(toks, t+2, "named", "identified")) {
					return true
				}
			}
		}
		// "when he is sentenced June 19", "once the plant is completed in
		// March": a passive in the present after "when" tells what is
		// to come.
		if wordIs(toks, k, "is", "are") && participle(tokenAt(toks, k+1)) && temporalOpener(toks, k) {
			return true
		}
		// "must apply online by 5pm on Tuesday": a requirement is to be
		// met; "must have known" is past.
		if l == "must" && lowerAt(toks, k+1) != "have" && lowerAt(toks, k+1) != "'ve" {
			return true
		}
		// "should be completed in October", "should have their lights
		// back on by Thursday"; "should have closed" is past.
		if toks[k].lower() == "should" && (lowerAt(toks, k+1) != "have" || !participle(tokenAt(toks, k+2)) && !irregularParticiples.has(lowerAt(toks, k+2))) {
			return true
		}
		// "is due to meet", "was due in Bangui on Wednesday", "elections
		// due in December", not "due to the war"; "was due to end in March
		// but was extended" told what was to come then, and did not, and
		// so does "had been due on Tuesday but was put back".
		if toks[k].lower() == "due" && (wordIs(toks, k-1, "is", "are", "was", "were", "been") || lowerAt(toks, k+1) == "in" || lowerAt(toks, k+1) == "on") &&
			!(wordIs(toks, k-1, "was", "were", "been") && butAfter(toks, i)) {
			return true
		}
		// "expects the river to crest there on Thursday": what someone
		// expects of something to come.
		// Not a date of a clause of its own after the verb: "We expect
		// the board to honour every commitment it made in February".
		// Not the noun: "cut its forecast on July 26".
		if wordIs(toks, k, "expects", "expect", "forecasts", "forecast", "predicts") && !possessiveDeterminers.has(lowerAt(toks, k-1)) && !determiners.has(lowerAt(toks, k-1)) {
			for t := k + 1; t < i && t <= k+5; t++ {
				if wordIs(toks, t, "to") && t+1 < i && toks[t+1].kind == tWord && !toks[t+1].upper() && !clauseBetween(toks, t+2, i) {
					return true
				}
			}
			// "Analysts expect another increase in March", "expect a
			// ruling at the June hearing": what is expected, with no
			// clause or participle of its own between, is to come.
			// Not "expects strong sales in January to show up in the
			// results": there the date is the thing's, and what is
			// expected is the clause after "to".
			if i-k <= 10 && !clauseBetween(toks, k+1, i) && !slices.ContainsFunc(toks[k+1:i], func(t token) bool { return participle(t) || t.kind == tPunct }) && !toAfter(toks, i) {
				return true
			}
		}
		// "Relief flights were to begin Friday", "The talks are to resume
		// on Monday": a plan.
		if wordIs(toks, k, "is", "are", "was", "were") && wordIs(toks, k+1, "to") && k+2 < i && toks[k+2].kind == tWord && !toks[k+2].upper() && !wordIs(toks, k+2, "be") {
			return true
		}
		// "set to expire on 30 June", "plans to open in March", "ahead of
		// the November election"
		if planVerbs.has(toks[k].lower()) && lowerAt(toks, k+1) == "to" || toks[k].lower() == "ahead" && lowerAt(toks, k+1) == "of" {
			return true
		}
		// "Its contract expires in March", "Polls close at 6:00pm local
		// time on Saturday", "Counting begins on Sunday": what a schedule
		// or a term does, told in the present, is to come.
		if scheduleVerbs.has(l) && onlyClockBetween(toks, k+1, i) && presentVerbAt(toks, k) {
			return true
		}
		// "With four days to go until Saturday's election"
		if l == "go" && wordIs(toks, k-1, "to") && wordIs(toks, k+1, "until", "till", "before") {
			return true
		}
		// "a hearing has been set for January 15", "listed for 3 March",
		// "set sentencing for September 20".
		if wordIs(toks, k, "set", "slated", "fixed", "listed", "pencilled", "penciled") && (lowerAt(toks, k+1) == "for" || lowerAt(toks, k+2) == "for" && toks[k+1].kind == tWord && !toks[k+1].upper()) {
			return true
		}
	}
	return false
}

// futureWords are the words future tests a token for, all of them: the
// cues and verbs of its sets and the words it names. A wordTable, whose
// bits answer most words without hashing them: future reads up to 32
// words back from each date, and the map's lookup was most of its time.
var futureWords = sync.OnceValue(func() *wordTable {
	s := set(`should due is are was were expects expect forecasts forecast predicts ahead go
		set slated fixed listed pencilled penciled must`)
	for w := range directiveVerbs.get().words {
		s[w] = true
	}
	for _, ws := range []wordSet{futureCues, planVerbs, scheduleVerbs} {
		for w := range ws.get().words {
			s[w] = true
		}
	}
	return newWordTable(s)
})

// agendaVerbs, in the present, tell what is on an agenda: "takes office",
// "meet again", "go to the polls", "sits", "votes".
var agendaVerbs = words(`takes take meets meet go goes sits sit votes vote gathers gather resumes resume`)

// travelVerbs, in the present, tell where someone goes on a day to come.
var travelVerbs = words(`returns arrives leaves departs flies travels heads sails`)

// scheduleVerbs, in the present, tell what a schedule or a term does.
var scheduleVerbs = words(`expires expire lapses lapse matures mature close closes open opens begin begins start
	starts resume resumes runs ends`)

// presentVerbAt says the word at k is read as a verb in the present, not
// a noun ("a bright start on Saturday"): no determiner before it, and
// the plural subject a bare form needs ("Polls close", "postal votes
// close") or the third person's -s ("Counting begins").
func presentVerbAt(toks []token, k int) bool {
	if k == 0 || determiners.has(toks[k-1].lower()) || possessiveDeterminers.has(toks[k-1].lower()) {
		return false
	}
	l := toks[k].lower()
	return strings.HasSuffix(l, "s") || strings.HasSuffix(toks[k-1].lower(), "s")
}

// onlyClockBetween says tokens [a,b) only lead to a date: nothing ("expires
// June 30"), a preposition, a clock time, "local time" ("close at 6:00pm
// local time on Saturday").
func onlyClockBetween(toks []token, a, b int) bool {
	if b-a < 0 || b-a > 7 {
		return false
	}
	for k := a; k < b; k++ {
		if toks[k].kind != tNum && toks[k].n != ":" && !wordIs(toks, k, "at", "on", "in", "until", "through", "from", "local", "time", "pm", "am", "a.m.", "p.m.", "noon", "midnight") &&
			!(toks[k].kind == tWord && (strings.HasSuffix(toks[k].lower(), "pm") || strings.HasSuffix(toks[k].lower(), "am")) && toks[k].l[0] >= '0' && toks[k].l[0] <= '9') {
			return false
		}
	}
	return true
}

// butAfter says "but" follows token i in its sentence: "was due to end
// in March but was extended".
func butAfter(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && toks[k].n != "." && toks[k].n != ";"; k++ {
		if toks[k].lower() == "but" {
			return true
		}
	}
	return false
}

// insideClosedRelative says token k lies in a relative clause set off by
// commas (", who ...," / ", which ...,") that closes before token i.
func insideClosedRelative(toks []token, k, i int) bool {
	closes := false
	for j := k + 1; j < i; j++ {
		if toks[j].n == "," {
			closes = true
			break
		}
	}
	if !closes {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if toks[j].n == "," {
			return wordIs(toks, j+1, "who", "which")
		}
	}
	return false
}

// irregularParticiples are past participles participle does not know by
// their ending: "should have been", "should have gone".
var irregularParticiples = words(`been gone done made taken given seen known shown grown begun run come become
	held kept left met paid put read said sent set shut spent stood told won written`)

// tokenAt is token i of toks, or an empty token past either end.
func tokenAt(toks []token, i int) token {
	if i < 0 || i >= len(toks) {
		return token{}
	}
	return toks[i]
}

// untilAhead says the day at token a ends a state that still holds when
// the story is told, "has been released on bail until 12 February",
// "remains closed until 3 March", or is the day something was put off
// to, "was adjourned until March 3"; "was held until 12 February" is
// past.
func untilAhead(toks []token, a int) bool {
	// "until the end of April": the modifier's article.
	if wordIs(toks, a-1, "the") && wordIs(toks, a, "end", "beginning", "start", "middle") {
		a--
	}
	if !wordIs(toks, a-1, "until", "till") {
		return false
	}
	if adjournedUntil(toks, a) {
		return true
	}
	for k := a - 2; k >= 0 && k >= a-10; k-- {
		if toks[k].n == "," || toks[k].n == "." || toks[k].n == ";" {
			break
		}
		switch toks[k].lower() {
		case "was", "were", "had", "did", "stayed", "remained", "lasted", "continued":
			return false
		}
	}
	return true
}

// adjournedUntil says the "until" before token a tells the day a case or
// a matter comes back: "was adjourned until March 3", "She adjourned the
// hearing until Thursday".
func adjournedUntil(toks []token, a int) bool {
	if !wordIs(toks, a-1, "until", "till") {
		return false
	}
	for k := a - 2; k >= 0 && k >= a-10; k-- {
		if toks[k].n == "," || toks[k].n == "." || toks[k].n == ";" {
			break
		}
		switch toks[k].lower() {
		case "adjourned", "postponed", "deferred", "delayed", "remanded", "bailed", "suspended", "extended":
			return true
		}
	}
	return false
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

// quarters are the ordinals that name a quarter of a year.
var quarters = sync.OnceValue(func() map[string]int { return map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4} })

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
	if n, ok := numberWords()[toks[i].lower()]; ok && n > 0 {
		return n, true
	}
	if toks[i].kind == tNum {
		if n, ok := digitsValue(toks[i].n); ok && n > 0 && n < 1000 {
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

// monthExpr resolves a month with no day: an explicit year after it, "this
// year"/"last year", or the most recent such month (the next one when the
// clause speaks of the future).
func (f dateFinder) monthExpr(toks []token, a, j, m int, modified bool) (dateHit, bool) {
	mt := toks[j-1]
	lm := mt.lower()
	// "November soybeans", "February delivery", "the March contract": a
	// futures contract's month names what is traded, no day of an event.
	// ("In March gas prices rose" is March's, after its preposition.)
	if n := lowerAt(toks, j); !modified && contractNouns.has(n) && (!yearPreps.has(lowerAt(toks, j-2)) && !wordIs(toks, j-2, "last", "next", "this") || n == "delivery" || n == "shipment" || n == "contract") {
		return dateHit{}, false
	}
	if i := j - 1; !modified {
		prev := lowerAt(toks, i-1)
		// "May" is a modal verb and "March" a verb far more often than
		// months: they need a date context.
		if lm == "may" || lm == "march" || strings.HasSuffix(lm, ".") || len(lm) == 3 {
			_, yearNext := yearAtTok(toks, j)
			// "its March meeting", "their May conference": a possessive
			// before the month and a noun after it.
			possessed := wordIs(toks, i-1, "its", "their", "our", "his", "her", "your") && i+1 < len(toks) && toks[i+1].kind == tWord && !toks[i+1].upper()
			if !yearNext && !possessed && !(yearPreps.has(prev) || prev == "last" || prev == "next" || prev == "this" || prev == "in") {
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
	if y, ok := f.yearWords(toks, k); ok {
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
	case future(toks, a) && !planCalledOff(toks, b) || byDeadline(toks, a) && (m-pm+12)%12 <= 6 || untilAhead(toks, a) && wordIs(toks, b, "to") ||
		m != pm && (m-pm+12)%12 <= 6 && presentSchedule(toks, a) || whenWillAfter(toks, b):
		// "until the end of April to sign": a deadline; "served until
		// March" is past.
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

// contractNouns follow a month that names a futures contract.
var contractNouns = words(`contract contracts delivery futures options shipment shipments corn wheat soybeans soybean
	soyoil soymeal oats crude gas gasoline heating cocoa coffee sugar cotton copper gold silver cattle hogs brent wti`)

// forThingOn says the day at token a is what something is set for, named
// before it ("clears the way for listing on 9 June", "a date for a vote
// on March 2"), in a sentence that tells nothing in the past tense.
func forThingOn(toks []token, a int) bool {
	if !wordIs(toks, a-1, "on") {
		return false
	}
	k := a - 2
	for k >= 0 && k >= a-4 && toks[k].kind == tWord && !toks[k].upper() && !wordIs(toks, k, "for") {
		k--
	}
	if !wordIs(toks, k, "for") || k == a-2 {
		return false
	}
	for _, t := range toks {
		if pastForm(t) {
			return false
		}
	}
	return true
}

// onOrBefore says "on or before" (or "on or by") leads the date at a: a
// deadline, "file a compliance report on or before April 30".
func onOrBefore(toks []token, a int) bool {
	return wordIs(toks, a-1, "before", "by") && wordIs(toks, a-2, "or") && wordIs(toks, a-3, "on")
}

// byDeadline says the month expression at a follows "by", itself ("by
// June") or through its edge ("by the end of April").
func byDeadline(toks []token, a int) bool {
	return wordIs(toks, a-1, "by") || wordIs(toks, a-1, "the") && wordIs(toks, a-2, "by")
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
		case future(toks, a) || untilAhead(toks, a):
			// A plan told in the past ("was originally scheduled for
			// September 28", "had been expected to be sworn in on Jan. 4")
			// is for the nearer of the day gone by and the day to come.
			if (m < pm || m == pm && d1 < pd) && (!pastPlan(toks, a) || -ahead > ahead+365*24*time.Hour) {
				y++
			}
		case ahead > 0 && ahead <= 183*24*time.Hour && presentSchedule(toks, a):
			// "Apple reports its quarterly results on July 25", told in
			// May: what the present tense says a subject does on a day
			// within half a year is to come.
		case ahead <= 0 && ahead+365*24*time.Hour <= 183*24*time.Hour && presentSchedule(toks, a):
			// "The winner takes office on January 1", told in October:
			// next year's, within half a year.
			y++
		case ahead > 0 && ahead <= 45*24*time.Hour:
			// A day weeks after the story is one to come ("at the December
			// 18 Council", told in November), not last year's.
		case ahead > 0 && ahead <= 183*24*time.Hour && (wordIs(toks, a-1, "for", "by") || onOrBefore(toks, a) || forThingOn(toks, a)):
			// "has called another march for December 5", "a vote set for
			// March 2", "ordered it to comply by June 10": a day something
			// is set for, or due by, within half a year.
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
