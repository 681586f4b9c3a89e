// Package evidence finds, for each summary sentence, timeline entry and
// quote of a briefing, the place in its cited sources it came from: the
// sentence, byte offsets into the source's text as sourcetext reads it,
// and for a timeline entry the date expression. A briefing carries no
// anchors (the markdown stays readable anywhere): the text itself is
// searched, after folding whitespace, quotes, dashes and case, and an item
// that is not there is reported with the closest sentence, by word
// overlap, so that it is never silently linked to the wrong place.
//
// It imports nothing from Charm and nothing from the generator: the reader,
// `brief lint --verify` and `brief export` share it.
package evidence

import (
	"bytes"
	"runtime"
	"slices"
	"sort"
	"unicode/utf8"

	"golang.org/x/sync/errgroup"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/briefings/sourcetext"
)

// Status is how an item was found in one source.
type Status int

const (
	// NotFound: the source does not say it (the closest sentence, if any
	// is close at all, is given).
	NotFound Status = iota
	// Approximate: no exact match, but a sentence shares most of its words.
	Approximate
	// Found: the item's text is in the source, up to whitespace, quote
	// marks, dashes and case.
	Found
	// Corroborated: a timeline entry that several sources report is in
	// the words of one of them (Found there); this source tells the same
	// event in its own words: its closest sentence shares the entry's words
	// (from ClosestScore) and names the entry's date.
	Corroborated
)

func (s Status) String() string {
	switch s {
	case Found:
		return "found"
	case Approximate:
		return "approximate"
	case Corroborated:
		return "corroborated"
	}
	return "not found"
}

// Thresholds of the word-overlap score (0..1) of the closest sentence.
const (
	// ApproximateScore: from here the closest sentence is the item's
	// evidence, approximately.
	ApproximateScore = 0.6
	// ClosestScore: from here a not-found item still offers the closest
	// sentence, labelled as such.
	ClosestScore = 0.3
)

// Span is the byte range [Start, End) of a source's text.
type Span struct{ Start, End int }

// Empty reports a zero-length span.
func (s Span) Empty() bool { return s.End <= s.Start }

// Kind is the pane an item comes from.
type Kind int

// The kinds of item checked against their sources.
const (
	Summary Kind = iota
	Timeline
	Quote
)

func (k Kind) String() string {
	switch k {
	case Summary:
		return "summary statement"
	case Timeline:
		return "timeline entry"
	}
	return "quote"
}

// Evidence is where one item stands in one of the sources it cites.
type Evidence struct {
	Source string // the source's id
	Status Status
	// Match is the item's own words in the source's text (Found only).
	Match Span
	// Sentence is the whole sentence (or sentences) holding Match when
	// Found; the closest sentence otherwise, when there is one.
	Sentence Span
	// Score is the closest sentence's word overlap with the item, 0..1
	// (1 when Found).
	Score float64
	// Closest is the closest sentence's text when not Found ("" when no
	// sentence reaches ClosestScore).
	Closest string
	// Date is the date expression a timeline entry's date was resolved
	// from, within Sentence, when one is recognised; DateText its text.
	Date     Span
	DateText string
}

// Item is one summary sentence, timeline entry or quote and its evidence.
type Item struct {
	Kind  Kind
	Index int // in the briefing's Summary, Timeline or Quotes
	Text  string
	// Evidence has one entry per cited source whose text could be read,
	// in the order of the citation.
	Evidence []Evidence
}

// Source is one source of the briefing and its text as read for
// generation, or why there is none.
type Source struct {
	briefings.Source
	Text string
	Err  error // set when the text could not be read (Text is "")
}

// Report is the evidence of every item of a briefing.
type Report struct {
	Sources []Source // in the briefing's order
	Items   []Item   // summary, then timeline, then quotes
}

// Reader reads the file of a source, e.g. a Library's SourceFile bound to
// a briefing, so that the caller decides where sources may be read from.
// Find calls it once per source, from several goroutines at once.
type Reader func(src briefings.Source) ([]byte, error)

// Find reads every source of b with read and finds each summary sentence,
// timeline entry and quote in the sources it cites. Sources are read once
// each; a source that cannot be read is reported in Report.Sources and
// gives its citing items no evidence.
func Find(b *briefings.Briefing, read Reader) *Report {
	r := &Report{Sources: make([]Source, len(b.Sources))}
	byID := map[string]int{}
	for i, s := range b.Sources {
		r.Sources[i].Source = s
		if _, dup := byID[s.ID]; !dup {
			byID[s.ID] = i
		}
	}
	for i, s := range b.Summary {
		r.Items = append(r.Items, Item{Kind: Summary, Index: i, Text: s.Text})
	}
	for i, e := range b.Timeline {
		r.Items = append(r.Items, Item{Kind: Timeline, Index: i, Text: e.Text})
	}
	for i, q := range b.Quotes {
		r.Items = append(r.Items, Item{Kind: Quote, Index: i, Text: q.Text})
	}
	cites := func(it Item) []string {
		switch it.Kind {
		case Summary:
			return b.Summary[it.Index].Cites
		case Timeline:
			return b.Timeline[it.Index].Cites
		}
		return b.Quotes[it.Index].Cites
	}
	// Which items each source must be searched for.
	want := make([][]int, len(b.Sources))
	for ii, it := range r.Items {
		for _, c := range cites(it) {
			if si, ok := byID[c]; ok && !containsInt(want[si], ii) {
				want[si] = append(want[si], ii)
			}
		}
	}
	found := make([]map[int]Evidence, len(b.Sources))
	// Sources are independent: they are searched on every CPU, each
	// writing only its own entries.
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for si := range b.Sources {
		if read == nil {
			break
		}
		g.Go(func() error {
			found[si] = r.searchSource(b, si, want[si], read)
			return nil
		})
	}
	_ = g.Wait()
	for ii := range r.Items {
		for _, c := range cites(r.Items[ii]) {
			si, ok := byID[c]
			if !ok || found[si] == nil {
				continue
			}
			if ev, ok := found[si][ii]; ok && !hasSource(r.Items[ii].Evidence, c) {
				r.Items[ii].Evidence = append(r.Items[ii].Evidence, ev)
			}
		}
		if it := &r.Items[ii]; it.Kind == Timeline {
			r.corroborate(it, b.Timeline[it.Index], byID)
		}
	}
	return r
}

// corroborate marks the sources of a timeline entry that tell its event in
// their own words: one story from several sources is one entry citing
// each, but its text can be only one source's. A source whose closest
// sentence names the entry's date corroborates it, when another cited
// source holds the entry's text.
//
// From ClosestScore, not ApproximateScore: sources retelling an event
// share its names and numbers but not its wording; the date keeps a
// sentence merely about the same actors out.
func (r *Report) corroborate(it *Item, e briefings.Event, byID map[string]int) {
	if !slices.ContainsFunc(it.Evidence, func(ev Evidence) bool { return ev.Status == Found }) {
		return
	}
	for k := range it.Evidence {
		ev := &it.Evidence[k]
		if ev.Status == Found || ev.Score < ClosestScore || ev.Sentence.Empty() {
			continue
		}
		src := r.Sources[byID[ev.Source]]
		// The entry's own expression may be counted from another source's
		// date: this source's sentence must name the date by its own.
		in := Evidence{Status: Approximate, Sentence: ev.Sentence}
		if span, text := dateIn(src.Text, in, e.Date, src.Published); text != "" {
			ev.Status, ev.Date, ev.DateText = Corroborated, span, text
		}
	}
}

// searchSource reads source si and finds in it the items want (indexes
// into r.Items); nil when the source cannot be read (its Err says why).
func (r *Report) searchSource(b *briefings.Briefing, si int, want []int, read Reader) map[int]Evidence {
	src := &r.Sources[si]
	data, err := read(src.Source)
	if err == nil {
		var doc sourcetext.Document
		doc, err = sourcetext.Read(src.Path, data)
		src.Text = doc.Text
	}
	if err != nil {
		src.Err = err
		return nil
	}
	ix := newIndex(src.Text)
	found := make(map[int]Evidence, len(want))
	qs := make([]string, len(want))
	for k, ii := range want {
		qs[k] = r.Items[ii].Text
	}
	for k, ev := range ix.findAll(qs, kindsOf(r.Items, want)) {
		ev.Source = src.ID
		it := r.Items[want[k]]
		if it.Kind == Timeline {
			e := b.Timeline[it.Index]
			if ev.Date, ev.DateText = exprIn(src.Text, ev, e.Expression); ev.DateText == "" {
				ev.Date, ev.DateText = dateIn(src.Text, ev, e.Date, src.Published)
			}
		}
		found[want[k]] = ev
	}
	return found
}

func kindsOf(items []Item, idx []int) []Kind {
	out := make([]Kind, len(idx))
	for k, i := range idx {
		out[k] = items[i].Kind
	}
	return out
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func hasSource(evs []Evidence, id string) bool {
	for _, e := range evs {
		if e.Source == id {
			return true
		}
	}
	return false
}

// index is one source's text prepared for searching.
type index struct {
	text   string
	nt     normText
	ws, we []int32 // the words of nt.norm
	sents  []Span  // sentences of text
}

func newIndex(text string) *index {
	ix := &index{text: text, nt: normalize(text, true)}
	ix.ws, ix.we = ix.nt.ws, ix.nt.we
	ix.sents = sentences(text)
	return ix
}

// query is one item's folded text and its anchor: its first words, which
// are looked up at each word of the source.
type query struct {
	q      []byte
	first  int // offset of the first word in q; -1 when q has none
	key    string
	k      int // words in key
	done   bool
	result Evidence
}

// anchorWords is how many words anchor a query: two, so that common first
// words ("the") do not make every word of the source a candidate, and one
// map look-up per word of the source suffices.
const anchorWords = 2

// findAll finds each text in the source. One pass over the source's words
// checks every query at once, so the time is linear in the source (plus
// the verification of candidate places).
func (ix *index) findAll(texts []string, kinds []Kind) []Evidence {
	qs := make([]query, len(texts))
	byKey := map[string][]int{}
	var kset [anchorWords + 1]bool
	for i, t := range texts {
		q := &qs[i]
		nq := normalize(t, false)
		q.q = nq.norm
		ws, we := nq.ws, nq.we
		if len(ws) == 0 {
			q.first = -1
			continue
		}
		q.first = int(ws[0])
		q.k = min(anchorWords, len(ws))
		q.key = string(q.q[ws[0]:we[q.k-1]])
		byKey[q.key] = append(byKey[q.key], i)
		kset[q.k] = true
	}
	norm := ix.nt.norm
	left := len(qs)
	for i := 0; i < len(ix.ws) && left > 0; i++ {
		for k := 1; k <= anchorWords; k++ {
			if !kset[k] || i+k > len(ix.ws) {
				continue
			}
			ids, ok := byKey[string(norm[ix.ws[i]:ix.we[i+k-1]])]
			if !ok {
				continue
			}
			for _, id := range ids {
				q := &qs[id]
				if q.done || q.k != k {
					continue
				}
				if s := int(ix.ws[i]) - q.first; ix.matchAt(q.q, s) {
					q.done = true
					q.result = ix.found(s, len(q.q))
					left--
				}
			}
		}
	}
	out := make([]Evidence, len(qs))
	var missing []int
	var mq [][]byte
	var mk []Kind
	for i := range qs {
		q := &qs[i]
		if !q.done && q.first < 0 && len(q.q) > 0 {
			// No words to anchor on: a plain search.
			if s := bytes.Index(norm, q.q); s >= 0 {
				q.done, q.result = true, ix.found(s, len(q.q))
			}
		}
		if q.done {
			out[i] = q.result
			continue
		}
		missing, mq, mk = append(missing, i), append(mq, q.q), append(mk, kinds[i])
	}
	if len(missing) > 0 {
		for k, ev := range ix.closestAll(mq, mk) {
			out[missing[k]] = ev
		}
	}
	return out
}

// matchAt reports whether q is at s in the folded text, ending at a word's
// end when q does.
func (ix *index) matchAt(q []byte, s int) bool {
	norm := ix.nt.norm
	if s < 0 || s+len(q) > len(norm) || !bytes.Equal(norm[s:s+len(q)], q) {
		return false
	}
	if e := s + len(q); e < len(norm) && len(q) > 0 {
		lastWord, _ := wordAt(q, lastRuneStart(q))
		nextWord, _ := wordAt(norm, e)
		if lastWord && nextWord {
			return false
		}
	}
	return true
}

func lastRuneStart(b []byte) int {
	_, size := utf8.DecodeLastRune(b)
	return len(b) - size
}

// found is the evidence of a match of n folded bytes at s.
func (ix *index) found(s, n int) Evidence {
	start := ix.nt.orig(s)
	last := ix.nt.orig(s + lastRuneStart(ix.nt.norm[s:s+n]))
	_, size := utf8.DecodeRuneInString(ix.text[last:])
	m := Span{start, last + size}
	return Evidence{Status: Found, Match: m, Sentence: ix.sentenceSpan(m), Score: 1}
}

// sentenceSpan widens m to the sentences it touches.
func (ix *index) sentenceSpan(m Span) Span {
	ss := ix.sents
	a := sort.Search(len(ss), func(i int) bool { return ss[i].End > m.Start })
	b := sort.Search(len(ss), func(i int) bool { return ss[i].End >= m.End })
	out := m
	if a < len(ss) && ss[a].Start < out.Start {
		out.Start = ss[a].Start
	}
	if b < len(ss) && ss[b].Start < m.End && ss[b].End > out.End {
		out.End = ss[b].End
	}
	return out
}
