package ner

import (
	"math"
	"slices"
	"unicode"
	"unicode/utf8"
)

// A Tagger tags documents one after another with one model, and keeps
// what it works out of each word alone for the documents that follow:
// the tags are those of the model's TagDoc, sooner. It is not safe for
// concurrent use; the Model is.
//
// The model's definition of a token's scores is features and
// pairFeatures, each feature's row added in their order (training reads
// them so). A Tagger adds the same rows in the same order, so the floats
// and the tags are the same to the last bit (TestTaggerKeepsTags), but
// finds most of them without hashing or a lookup in the model's tables:
// those that read one word (its own, or a neighbour's) it keeps with the
// word (wordEntry), those that read no word it keeps once (fixedRows).
// Only the features of two words or of a run of shapes are looked up per
// token, a sentence's all at once (see score). Those lookups missed the
// CPU's cache, one after another, and were most of the tagger's time
// (throughput is a requirement: 1 MB/s per core).
type Tagger struct {
	m     *Model
	words wordCache
	fixed fixedRows

	// Buffers reused from sentence to sentence and document to document.
	// entities's: the document's tokens, its sentences (before and after
	// splitLong), their words and tags, each cut from one array. A
	// document's were a tenth of the generator's bytes, made again for
	// each document (throughput is a requirement: 1 MB/s per core);
	// nothing the Tagger returns holds them.
	docToks           []Token
	docCut, docSents  [][]Token
	docWords, docTags []string
	docWordS, docTagS [][]string
	// Actors's entities: as entities gives them, as rules make them,
	// after splitPersonOfOrg, longest first (buildActors).
	docEnts                      []sentEntity
	actEnts, splitEnts, sortEnts []entity

	cases map[string]string // docCases of the document
	toks  []tokenRef
	ids   []int32
	// docIDs's: the ids of a document's words, and the slices of its
	// sentences cut from them.
	docIDBuf   []int32
	docIDSents [][]int32
	first      []bool
	part       []bool
	marks      []countryKind
	kb         keyBuf
	em         []float32
	pair       [][nPairRows]int32
	dec        decoder
	// score's lists (see score).
	rows, pairRows   []int32
	starts           []int32
	looks, pairLooks []lookup
	slotBuf          []slot
}

// NewTagger returns a Tagger of m.
func (m *Model) NewTagger() *Tagger {
	t := &Tagger{m: m, words: wordCache{max: maxCachedWords}, cases: map[string]string{}}
	t.words.bos = m.newEntry(&boundary)
	t.words.eos = m.newEntry(&boundaryE)
	t.fixed = m.fixedRows()
	return t
}

// tokenRef is a token of the sentence being tagged: its word's entry in
// the cache and what it owes to its place (its sentence, its document).
type tokenRef struct {
	id      int32
	country countryKind
	docCase string
}

// maxCachedWords bounds a Tagger's word cache: about 600 bytes a word
// (its entry and its summed word weights), so at most some 20 MB. When it
// is full it starts again, between sentences; a document's words are
// cached again as they come, and the tags are the same either way. A
// sentence longer than the bound is cached whole: the cache then holds
// that sentence's words.
const maxCachedWords = 1 << 15

// wordCache keeps, for the words a Tagger has met, what the tagger reads
// of a word alone: its entry, the summed weights of its word features and
// the rows of its word pair features (see wordScores). News repeats its words across documents, and these
// were half a token's cost. The map holds an index: a map of large values
// cost more to grow than the values took to compute.
type wordCache struct {
	max      int // words kept at most: maxCachedWords
	at       map[string]int32
	n        int          // words kept
	blocks   []*wordBlock // word id in blocks[id/blockWords]
	buf      []uint64
	bos, eos wordEntry // the sentence's edges, as features read them
}

// wordEntry is what the tagger reads of one word, whatever its place.
type wordEntry struct {
	word, lower, short string
	orgCue             bool
	capital            bool // capital(word)
	// joiner: a run of capitalised words goes on over it to an
	// organization cue ("Ministry of Defence").
	joiner bool
	// countryFirst: countryFirst(word), the word may start a country;
	// countryPart: countryPart(word), it may go on one.
	countryFirst, countryPart bool
	// near holds the emission rows (-1: none) of the features that read
	// this word alone from a neighbour's place, or its own at a
	// sentence's start, by the near* constants.
	near [nNear]int32
	// shortID is the word's short shape's place in commonShorts, -1 for
	// none. prevShortWord[j] and wordNextShort[j] are the rows of
	// fPrevShortWord and fWordNextShort with a neighbour of short shape
	// commonShorts[j], looked up on first use (unknownRow before): they
	// read the word and its neighbour's shape, and were lookups that
	// missed the CPU's cache, a word's rows being far apart.
	shortID                      int8
	prevShortWord, wordNextShort [len(commonShorts)]int32
	// prevPair and nextPair are the hashes of fPrevWordPair with the word
	// as the previous one, and of fNextWordPair with it as the token's,
	// so far: score adds the neighbour's word to them, where it hashed
	// the word again for each token.
	prevPair, nextPair hasher
}

// commonShorts are the short shapes a word keeps its rows with: the
// commonest of news (95% of the realdev tokens) and the sentence's edges.
var commonShorts = [...]string{"x", "Xx", ",", ".", "d", "\"", "X", "-", "<s>", "</s>"}

// unknownRow marks a row not looked up yet.
const unknownRow = -2

// The features that read one word from a token's place, as indexes of
// wordEntry.near.
const (
	nearPrev1      = iota // fPrev1: the word is the previous one
	nearNext1             // fNext1
	nearPrev2             // fPrev2
	nearNext2             // fNext2
	nearPrevShort         // fPrevShort
	nearNextShort         // fNextShort
	nearFirstShort        // fFirstShort: the word is the first
	nNear
)

// newEntry is ti's entry under m (its tokenInfo's case evidence and
// country mark are the token's, not the word's, and are left out).
func (m *Model) newEntry(ti *tokenInfo) wordEntry {
	e := wordEntry{
		word: ti.word, lower: ti.lower, short: ti.short,
		orgCue:   ti.orgCue,
		capital:  capital(ti.word),
		joiner:   ti.lower == "of" || ti.lower == "and" || ti.lower == "&" || ti.lower == "for",
		shortID:  -1,
		prevPair: newHash(fPrevWordPair).add(ti.lower),
		nextPair: newHash(fNextWordPair).add(ti.lower),
	}
	// Looked up together (table.rows): one after another, each waited on
	// its cache miss, and every word the Tagger meets first comes here.
	m.emit.rows(e.near[:], []uint64{
		nearPrev1:      uint64(newHash(fPrev1).add(ti.lower)),
		nearNext1:      uint64(newHash(fNext1).add(ti.lower)),
		nearPrev2:      uint64(newHash(fPrev2).add(ti.lower)),
		nearNext2:      uint64(newHash(fNext2).add(ti.lower)),
		nearPrevShort:  uint64(newHash(fPrevShort).add(ti.short)),
		nearNextShort:  uint64(newHash(fNextShort).add(ti.short)),
		nearFirstShort: uint64(newHash(fFirstShort).add(ti.short)),
	})
	for j, sh := range commonShorts {
		if sh == ti.short {
			e.shortID = int8(j)
		}
		e.prevShortWord[j], e.wordNextShort[j] = unknownRow, unknownRow
	}
	return e
}

// fixedRows are the emission rows (-1: none) of the features that read
// no word: a country mark here or next door, an organization cue here or
// ahead.
type fixedRows struct {
	country, countryPrev, countryNext [countryAdj + 1]int32 // by countryKind
	orgCue                            int32
	orgCueAhead                       [6]int32 // by distance, 1 to 5
}

func (m *Model) fixedRows() fixedRows {
	row := func(h hasher) int32 { return m.emit.row(uint64(h)) }
	var f fixedRows
	for k := range countryAdj + 1 {
		v := string(rune('0' + k))
		f.country[k] = row(newHash(fCountry).add(v))
		f.countryPrev[k] = row(newHash(fCountryPrev).add(v))
		f.countryNext[k] = row(newHash(fCountryNext).add(v))
	}
	f.orgCue = row(newHash(fOrgCue))
	for d := range f.orgCueAhead {
		f.orgCueAhead[d] = row(newHash(fOrgCueAhead).add(string(rune('0' + d))))
	}
	return f
}

// blockWords is how many words a wordBlock holds: words are kept in
// blocks so that growing the cache never copies them.
const blockWords = 512

// A block keeps a word's pair features as their rows, not their summed
// weights: the sums were 360 bytes a word, three fifths of the cache's
// memory, and a Tagger is made per run (Generate), so each run allocated
// them again (throughput is a requirement: 1 MB/s per core). Adding the
// two rows to zero, in order, gives the sums to the bit.
type wordBlock struct {
	entry [blockWords]wordEntry
	em    [blockWords][nTags]float32
	pair  [blockWords][nWordPair]int32
}

// nWordPair is how many features wordPairFeatures lists.
const nWordPair = 2

// entry returns the entry of word id.
func (c *wordCache) entry(id int32) *wordEntry {
	return &c.blocks[id/blockWords].entry[id%blockWords]
}

// scores returns the kept sums of word id and its pair features' rows.
func (c *wordCache) scores(id int32) (*[nTags]float32, *[nWordPair]int32) {
	b := c.blocks[id/blockWords]
	return &b.em[id%blockWords], &b.pair[id%blockWords]
}

// id returns word w's id, adding its entry and its word sums under m
// if the cache has none.
func (c *wordCache) id(w string, m *Model) int32 {
	if id, ok := c.at[w]; ok {
		return id
	}
	if c.at == nil {
		c.at = map[string]int32{}
	}
	id := int32(c.n)
	c.n++
	c.at[w] = id
	if int(id)/blockWords == len(c.blocks) {
		c.blocks = append(c.blocks, new(wordBlock))
	}
	ti := newTokenInfo(w)
	e := c.entry(id)
	*e = m.newEntry(&ti)
	e.countryFirst, e.countryPart = countryFirst(w), countryPart(w)
	em, pair := c.scores(id)
	*em = [nTags]float32{}
	c.buf = m.wordScores(&ti, em, pair, c.buf)
	return id
}

// reset empties the cache, keeping its memory.
func (c *wordCache) reset() {
	clear(c.at)
	c.n = 0
}

// wordScores adds to s, which is zero, the weights of the features that
// read token t alone (wordFeatures), and sets prows to the rows of its
// pair features (wordPairFeatures). Added from zero in the order features
// lists them, they are the same floats features' sum would start with, so
// a word's sums can be kept and the tags do not change by a bit.
func (m *Model) wordScores(t *tokenInfo, s *[nTags]float32, prows *[nWordPair]int32, buf []uint64) []uint64 {
	buf = wordFeatures(buf[:0], t)
	m.emit.addTo(s[:], buf)
	buf = wordPairFeatures(buf[:0], t)
	if len(buf) != nWordPair {
		panic("ner: nWordPair is not the number of wordPairFeatures")
	}
	m.pair.rows(prows[:], buf)
	return buf
}

// TagDoc tags the sentences of one document, as Model.TagDoc does.
func (t *Tagger) TagDoc(sents [][]string) [][]string {
	return t.tagDoc(carve(sents), sents) // one allocation for the document's tags
}

// tagDoc is TagDoc, writing the tags to out, a slice for each of sents as
// long as it.
func (t *Tagger) tagDoc(out, sents [][]string) [][]string {
	ids := t.docIDs(sents)
	t.docCases(sents, ids)
	for si, s := range sents {
		var sids []int32
		if ids != nil {
			sids = ids[si]
		}
		for i, tg := range t.tag(s, sids) {
			out[si][i] = Tags[tg]
		}
	}
	return out
}

// docIDs returns the word ids of a document's words, by sentence, the
// cache started again first if they might not all fit; nil for a
// document of more words than the cache holds, whose sentences tag finds
// the ids of one by one. Found once, they serve docCases and tag, where
// each looked every word up (throughput is a requirement: 1 MB/s per
// core).
func (t *Tagger) docIDs(sents [][]string) [][]int32 {
	c := &t.words
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	if n > c.max {
		return nil
	}
	if c.n+n > c.max {
		c.reset() // between documents, as tag does between sentences
	}
	t.docIDBuf = slices.Grow(t.docIDBuf[:0], n)[:n]
	all := t.docIDBuf
	ids := slices.Grow(t.docIDSents[:0], len(sents))[:len(sents)]
	for si, s := range sents {
		ids[si], all = all[:len(s):len(s)], all[len(s):]
		for i, w := range s {
			ids[si][i] = c.id(w, t.m)
		}
	}
	t.docIDSents = ids
	return ids
}

// carve returns a slice of strings for each of sents, as long as it, all
// cut from one array: one allocation for a document's words or tags.
func carve[T any](sents [][]T) [][]string {
	out, _ := carveInto(nil, nil, sents)
	return out
}

// carveInto is carve, cutting the slices from all and listing them in out,
// both grown as needed and returned: buffers reused from document to
// document. The strings are those all held.
func carveInto[T any](all []string, out [][]string, sents [][]T) ([][]string, []string) {
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	all = slices.Grow(all[:0], n)[:n]
	out = slices.Grow(out[:0], len(sents))[:len(sents)]
	rest := all
	for i, s := range sents {
		out[i], rest = rest[:len(s):len(s)], rest[len(s):]
	}
	return out, all
}

// tag tags one sentence of the current document, whose word ids are ids
// (docIDs; nil: tag finds them): the result is valid until the next
// call.
func (t *Tagger) tag(words []string, ids []int32) []int {
	c := &t.words
	n := len(words)
	if ids == nil {
		if c.n+len(words) > c.max {
			// Full: start again between sentences, never inside one, whose
			// tokens hold ids into the cache.
			c.reset()
		}
		t.ids = slices.Grow(t.ids[:0], n)[:n]
		for i, w := range words {
			t.ids[i] = c.id(w, t.m)
		}
		ids = t.ids
	}
	t.first = slices.Grow(t.first[:0], n)[:n]
	t.part = slices.Grow(t.part[:0], n)[:n]
	for i, id := range ids {
		e := c.entry(id)
		t.first[i], t.part[i] = e.countryFirst, e.countryPart
	}
	t.marks = t.kb.countryMarks(t.marks, words, t.first, t.part)
	t.toks = slices.Grow(t.toks[:0], n)[:n]
	for i, id := range ids {
		t.toks[i] = tokenRef{id: id, country: t.marks[i], docCase: t.cases[c.entry(id).lower]}
	}
	if cap(t.em) < n*nTags {
		t.em = make([]float32, n*nTags)
		t.pair = make([][nPairRows]int32, n)
	}
	em, pair := t.em[:n*nTags], t.pair[:n]
	t.score(t.toks, em, pair)
	return t.dec.decodeRows(em, pair, &t.m.pair, n, &t.m.trans)
}

// score fills em[i*nTags+t] with the summed feature weights of tag t at
// token i, and pair[i] with the rows of its pair features, in their order
// (wordPairFeatures', then pairContextFeatures'), whose sums decodeRows
// reads: each token starts from its word's kept sums and adds the rows of
// contextFeatures.
//
// It lists every token's rows first, with a place for each row still to
// be looked up, then looks those up all at once (table.resolve), then
// adds: a lookup at a time waited on each cache miss in turn.
func (t *Tagger) score(toks []tokenRef, em []float32, pair [][nPairRows]int32) {
	c, f := &t.words, &t.fixed
	at := func(k int) *wordEntry {
		switch {
		case k < 0:
			return &c.bos
		case k >= len(toks):
			return &c.eos
		}
		return c.entry(toks[k].id)
	}
	countryAt := func(k int) countryKind {
		if k < 0 || k >= len(toks) {
			return notCountry
		}
		return toks[k].country
	}
	rows, starts, looks := t.rows[:0], t.starts[:0], t.looks[:0]
	row := func(r int32) { rows = append(rows, r) }
	look := func(h hasher, keep *int32) {
		looks = append(looks, lookup{at: int32(len(rows)), key: uint64(h), keep: keep})
		rows = append(rows, unknownRow)
	}
	for i := range toks {
		starts = append(starts, int32(len(rows)))
		w := at(i)
		p1, p2, n1, n2 := at(i-1), at(i-2), at(i+1), at(i+2)
		row(p1.near[nearPrev1])
		row(n1.near[nearNext1])
		row(p2.near[nearPrev2])
		row(n2.near[nearNext2])
		row(p1.near[nearPrevShort])
		row(n1.near[nearNextShort])
		look(p1.prevPair.add(w.lower), nil)
		look(w.nextPair.add(n1.lower), nil)
		look(newHash(fShortTriple).add(p1.short).add(w.short).add(n1.short), nil)
		if i == 0 {
			row(w.near[nearFirstShort])
		}
		if k := countryAt(i); k != notCountry {
			row(f.country[k])
		}
		if k := countryAt(i - 1); k != notCountry {
			row(f.countryPrev[k])
		}
		if k := countryAt(i + 1); k != notCountry {
			row(f.countryNext[k])
		}
		// A row the word keeps (wordEntry.prevShortWord) is hashed only
		// to be looked up, the first time: most are kept.
		if k := p1.shortID; k >= 0 && w.prevShortWord[k] != unknownRow {
			row(w.prevShortWord[k])
		} else {
			var keep *int32
			if k >= 0 {
				keep = &w.prevShortWord[k]
			}
			look(newHash(fPrevShortWord).add(p1.short).add(w.lower), keep)
		}
		if k := n1.shortID; k >= 0 && w.wordNextShort[k] != unknownRow {
			row(w.wordNextShort[k])
		} else {
			var keep *int32
			if k >= 0 {
				keep = &w.wordNextShort[k]
			}
			look(newHash(fWordNextShort).add(w.lower).add(n1.short), keep)
		}
		before, after := 0, 0
		for k := i - 1; k >= 0 && k >= i-3 && at(k).capital; k-- {
			before++
		}
		for k := i + 1; k < len(toks) && k <= i+3 && at(k).capital; k++ {
			after++
		}
		look(newHash(fCapRun).add(string(rune('0'+before))).add(string(rune('0'+after))).add(w.short), nil)
		if w.orgCue {
			row(f.orgCue)
		}
		if w.capital {
			for k := i + 1; k < len(toks) && k <= i+5; k++ {
				if e := at(k); e.orgCue {
					row(f.orgCueAhead[k-i])
					break
				} else if !e.capital && !e.joiner {
					break
				}
			}
		}
		if dc := toks[i].docCase; dc != "" {
			look(newHash(fDocCase).add(dc).add(w.short), nil)
		}
	}
	starts = append(starts, int32(len(rows)))
	t.slotBuf = t.m.emit.resolve(looks, rows, t.slotBuf)

	// The pair features: one a token, fPairNextShort.
	pairRows, pairLooks := t.pairRows[:0], t.pairLooks[:0]
	for i := range toks {
		pairLooks = append(pairLooks, lookup{at: int32(i), key: uint64(newHash(fPairNextShort).add(at(i).short).add(at(i + 1).short))})
		pairRows = append(pairRows, unknownRow)
	}
	t.slotBuf = t.m.pair.resolve(pairLooks, pairRows, t.slotBuf)

	emit := &t.m.emit
	for i := range toks {
		s := (*[nTags]float32)(em[i*nTags : (i+1)*nTags])
		wem, wpair := c.scores(toks[i].id)
		*s = *wem
		for _, r := range rows[starts[i]:starts[i+1]] {
			emit.addEmitRow(s, r)
		}
		pair[i] = [nPairRows]int32{wpair[0], wpair[1], pairRows[i]}
	}
	t.rows, t.starts, t.looks, t.pairRows, t.pairLooks = rows, starts, looks, pairRows, pairLooks
}

// addEmitRow adds row r (-1: none) of the emission table, nTags wide, to
// s, written out a tag at a time: a token adds a dozen rows, and
// addRow's loop over the row cost more than the additions.
func (t *table) addEmitRow(s *[nTags]float32, r int32) {
	if r < 0 {
		return
	}
	w := (*[nTags]float32)(t.w[int(r)*nTags:])
	s[0] += w[0]
	s[1] += w[1]
	s[2] += w[2]
	s[3] += w[3]
	s[4] += w[4]
	s[5] += w[5]
	s[6] += w[6]
	s[7] += w[7]
	s[8] += w[8]
}

// nPairRows is how many pair features a token has: its word's
// (wordPairFeatures) and fPairNextShort.
const nPairRows = nWordPair + 1

// decodeRows is decode with the pair scores of token i the sum of rows
// pair[i] (-1: none) of table pt, worked out where decode reads them:
// ((0 + a) + b) + c, the order and rounding of zeroing a token's scores
// and adding each row with addRow, so the floats are the same to the bit.
// A missing row is a row of zeros: adding +0 changes no sum that starts
// from +0 (none is -0). Summing all 90 pair scores of each token, of
// which decode reads 53 (5 of the first), then reading them again, was a
// tenth of the tagger's time (throughput is a requirement: 1 MB/s per
// core).
func (d *decoder) decodeRows(em []float32, pair [][nPairRows]int32, pt *table, n int, trans *[nTags + 1][nTags]float32) []int {
	if n == 0 {
		return nil
	}
	score, back := d.buffers(n)
	var zero [pairStride]float32
	rowsOf := func(i int) (a, b, c *[pairStride]float32) {
		row := func(r int32) *[pairStride]float32 {
			if r < 0 {
				return &zero
			}
			return (*[pairStride]float32)(pt.w[int(r)*pairStride:])
		}
		return row(pair[i][0]), row(pair[i][1]), row(pair[i][2])
	}
	neg := float32(math.Inf(-1))
	wa, wb, wc := rowsOf(0)
	for c := range nTags {
		if allowed[nTags][c] {
			k := nTags*nTags + c
			score[c] = em[c] + trans[nTags][c] + (0 + wa[k] + wb[k] + wc[k])
		} else {
			score[c] = neg
		}
	}
	for i := 1; i < n; i++ {
		prev := (*[nTags]float32)(score[(i-1)*nTags:])
		wa, wb, wc := rowsOf(i)
		for c := range nTags {
			best, arg := neg, -1
			for _, p := range allowedFrom[c] {
				if prev[p] == neg {
					continue
				}
				k := p*nTags + c
				if s := prev[p] + trans[p][c] + (0 + wa[k] + wb[k] + wc[k]); arg < 0 || s > best {
					best, arg = s, p
				}
			}
			if arg < 0 {
				score[i*nTags+c], back[i*nTags+c] = neg, 0
				continue
			}
			score[i*nTags+c] = best + em[i*nTags+c]
			back[i*nTags+c] = int8(arg)
		}
	}
	return d.path(n)
}

// lookup is a row to look up: the feature's key, its place in a list of
// rows, and where a word keeps the row (nil: nowhere).
type lookup struct {
	at   int32
	key  uint64
	keep *int32
}

// resolve sets rows[l.at] to the row of l.key (-1: none) for each lookup,
// and *l.keep too. It reads every key's first slot before it looks at
// any: the loads do not wait on each other, so their cache misses
// overlap. buf is memory for the slots; resolve returns it.
func (t *table) resolve(looks []lookup, rows []int32, buf []slot) []slot {
	if len(t.slots) == 0 {
		for _, l := range looks {
			rows[l.at] = -1
		}
		return buf
	}
	buf = slices.Grow(buf[:0], len(looks))[:len(looks)]
	for j, l := range looks {
		buf[j] = t.slots[l.key&t.mask]
	}
	for j, l := range looks {
		r := int32(-1)
		switch sl := buf[j]; sl.fp {
		case fingerprint(l.key):
			r = sl.row
		case 0:
		default: // another key's slot: probe on
			r = t.row(l.key)
		}
		rows[l.at] = r
		if l.keep != nil {
			*l.keep = r
		}
	}
	return buf
}

// docCases sets t.cases to docCases(sents), reading each word's lower
// case from the word cache: by its id (docIDs) when ids is not nil, else
// where the cache has the word.
func (t *Tagger) docCases(sents [][]string, ids [][]int32) {
	clear(t.cases)
	noteDocCases(t.cases, sents, func(si, i int, w string) string {
		if ids != nil {
			return t.words.entry(ids[si][i]).lower
		}
		if id, ok := t.words.at[w]; ok {
			return t.words.entry(id).lower
		}
		return lowerDigits(normWord(w))
	})
}

// caseOf is what word w, not first in its sentence, says of its case:
// "C" capitalised, "l" lower case, and false for a word that does not
// start with a letter.
func caseOf(w string) (string, bool) {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLetter(r) {
		return "", false
	}
	if unicode.IsUpper(r) {
		return "C", true
	}
	return "l", true
}

// noteCase adds case c of lower-cased word k to the evidence m.
func noteCase(m map[string]string, k, c string) {
	switch m[k] {
	case "":
		m[k] = c
	case c, "b":
	default:
		m[k] = "b"
	}
}
