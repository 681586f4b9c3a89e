package generate

import (
	"slices"
	"sort"
)

// sameEventScore is the least Dice coefficient of two sentences' content
// words (eventWords) at which entries of one date from different sources,
// sharing an actor word, are one event told twice. Measured on the realdev
// dev clusters (TestDevClusterMerges): of the 25 pairs of entries of one
// date from different sources, the two telling one event (a charity
// flight, a lawsuit's claim) score 0.48 and 0.52; the next, two claims
// about one 1991 agreement, 0.44; the rest 0.40 and below. Words alone
// do not tell a sentence's main event from one its subordinate clause
// reports: on all realdev articles together, two reports of events after
// General Motors' bankruptcy filing ("presented a plan following the
// announcement that it had filed", "which filed ... earlier today") join
// the filing's entry at 0.49-0.50.
const sameEventScore = 0.45

// notContent are the words that say nothing of which event a sentence
// tells: function words, reporting verbs, and the names of months and days
// (two entries of one date share those anyway).
var notContent = words(`a an the and or but nor of in on at to from by with for as into onto about over under after
	before during since until than that this these those there their its it it's he she they we you i his her
	them our is are was were be been being has have had do does did will would shall should can could may might
	must not no so also which who whom whose what when where while if then said says say saying told tell according
	reported reports announced added stated statement more most other some such only just very per cent percent
	january february march april may june july august september october november december jan feb mar apr jun
	jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today yesterday
	tomorrow week month year day last next this earlier later`)

// eventWords are a sentence's content words outside the date expression
// [skipA, skipB), each cut to its first five letters so that "acquire" and
// "acquired" agree, and its actor words: capitalised words among them.
// Each list is sorted and holds a word once: sets, compared by merging
// (sameEvent), where two maps built for every timeline entry cost more
// than the comparisons (throughput is a requirement: 1 MB/s per core).
func eventWords(toks []token, skipA, skipB int) (content, actors []string) {
	content = make([]string, 0, len(toks))
	for k, t := range toks {
		if k >= skipA && k < skipB || t.kind != tWord && t.kind != tNum {
			continue
		}
		l := t.lower()
		if notContent.has(l) || t.kind == tWord && len(l) < 3 {
			continue
		}
		stem := l
		if len(stem) > 5 {
			stem = stem[:5]
		}
		content = append(content, stem)
		if t.kind == tWord && t.upper() {
			actors = append(actors, stem)
		}
	}
	slices.Sort(content)
	slices.Sort(actors)
	return slices.Compact(content), slices.Compact(actors)
}

// sameEvent scores two entries' words (eventWords): 0 unless they share
// an actor word, else the Dice coefficient of their content words.
func sameEvent(ac, aa, bc, ba []string) float64 {
	if shared(aa, ba) == 0 || len(ac)+len(bc) == 0 {
		return 0
	}
	return 2 * float64(shared(ac, bc)) / float64(len(ac)+len(bc))
}

// shared counts the words two sorted lists of distinct words share.
func shared(a, b []string) int {
	n := 0
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] < b[0]:
			a = a[1:]
		case a[0] > b[0]:
			b = b[1:]
		default:
			n++
			a, b = a[1:], b[1:]
		}
	}
	return n
}

// corroborated is one timeline entry with what corroborate needs of it.
type corroborated struct {
	date, end string
	expected  bool
	told      bool // its sentence names its date (see timeline)
	doc, pos  int
	// toks are its sentence's tokens, [skipA, skipB) its date expression:
	// its words (eventWords) are read from them when corroborate first
	// compares the entry, as most entries share their date with no other
	// and are never compared.
	toks            []token
	skipA, skipB    int
	content, actors []string
	read            bool // content and actors are read
}

// words returns the entry's content and actor words (eventWords).
func (c *corroborated) words() (content, actors []string) {
	if !c.read {
		c.content, c.actors = eventWords(c.toks, c.skipA, c.skipB)
		c.read = true
	}
	return c.content, c.actors
}

// corroborate finds which entries tell an event another source's entry
// already tells, so that a claim reported by several sources is one entry
// citing each. Entries are taken lead-most first (by position in their
// source, then source order), so the text kept is the one nearest its
// source's lead; an entry joins the most similar kept entry of the same
// date (and end, and expectation) that cites no entry of its source yet.
// Only an entry whose sentence names its date joins another: its source
// is then cited for words it does not hold, and `lint --verify` accepts
// that (corroborated) only where the source's sentence gives the date.
// It returns, per entry, the index of the entry it joins, or -1.
func corroborate(es []corroborated) []int {
	order := make([]int, len(es))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := &es[order[i]], &es[order[j]]
		if a.pos != b.pos {
			return a.pos < b.pos
		}
		return a.doc < b.doc
	})
	into := make([]int, len(es))
	docs := map[int]map[int]bool{} // kept entry -> the documents it cites
	// Kept entries by date, end and expectation, the only ones an entry
	// may join: comparing each with every kept entry grew with the square
	// of the timeline (throughput is a requirement: linear in input size).
	type slot struct {
		date, end string
		expected  bool
	}
	kept := map[slot][]int{}
	for _, i := range order {
		into[i] = -1
		e := &es[i]
		at := slot{e.date, e.end, e.expected}
		best, bestScore := -1, 0.0
		for _, k := range kept[at] {
			if !e.told || docs[k][e.doc] {
				continue
			}
			ec, ea := e.words()
			cc, ca := es[k].words()
			if s := sameEvent(ec, ea, cc, ca); s >= sameEventScore && s > bestScore {
				best, bestScore = k, s
			}
		}
		if best >= 0 {
			into[i] = best
			docs[best][e.doc] = true
			continue
		}
		kept[at] = append(kept[at], i)
		docs[i] = map[int]bool{e.doc: true}
	}
	return into
}
