package ner

import (
	"math"
	"sort"
)

// Tags are the model's labels, BIO over PER, ORG, LOC and MISC. Their
// order is part of the model format.
var Tags = []string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

const nTags = 9

// tagIndex maps a tag to its index in Tags.
func tagIndex(t string) (int, bool) {
	for i, s := range Tags {
		if s == t {
			return i, true
		}
	}
	return 0, false
}

// allowed[p][c] says tag c may follow tag p (p == nTags: the sentence
// start): I-X only after B-X or I-X. Decoding never breaks BIO, so every
// span the tagger returns is well formed.
var allowed = func() (a [nTags + 1][nTags]bool) {
	for p := 0; p <= nTags; p++ {
		for c := range nTags {
			if c == 0 || c%2 == 1 {
				a[p][c] = true
				continue
			}
			// c is I-X; its B-X is c-1.
			a[p][c] = p == c || p == c-1
		}
	}
	return
}()

// Model is a trained tagger: weights per (feature, tag), per (pair
// feature, previous tag, tag) and per (previous tag, tag). Its zero value
// tags everything O.
type Model struct {
	trans [nTags + 1][nTags]float32
	emit  table // rows of nTags weights
	pair  table // rows of pairStride weights: previous tag by tag
}

// table maps feature keys to rows of weights by open addressing. A slot
// holds the key's upper 32 bits (its lower bits chose the slot, so two
// features share a slot's fingerprint only if they share 32 bits and a
// probe chain) and its row, w[row*width : (row+1)*width]: 8 bytes, so that
// a lookup, which misses the cache at the table's size, costs one miss
// for the slot and one for the weights. The table is kept at most half
// full so that a miss, the common case for a new word, ends soon.
type table struct {
	width int
	slots []slot
	keys  []uint64 // by row: for writing the table out
	w     []float32
	mask  uint64
	n     int
}

type slot struct {
	fp  uint32 // 0: empty
	row int32
}

// fingerprint is what a slot keeps of a key: never 0, the empty mark.
func fingerprint(key uint64) uint32 { return uint32(key>>32) | 1 }

func newTable(width, n int) table {
	size := 1
	for size < 2*n+1 {
		size <<= 1
	}
	return table{width: width, slots: make([]slot, size), keys: make([]uint64, 0, n), w: make([]float32, 0, n*width), mask: uint64(size - 1)}
}

// find returns the slot of key, or of the empty place where it would go.
func (t *table) find(key uint64) int {
	fp := fingerprint(key)
	i := key & t.mask
	for t.slots[i].fp != 0 && t.slots[i].fp != fp {
		i = (i + 1) & t.mask
	}
	return int(i)
}

// set stores a feature's weights; a feature set twice keeps the last.
func (t *table) set(key uint64, w []float32) {
	i := t.find(key)
	if t.slots[i].fp == 0 {
		t.slots[i] = slot{fp: fingerprint(key), row: int32(t.n)}
		t.n++
		t.keys = append(t.keys, key)
		t.w = append(t.w, w...)
		return
	}
	r := int(t.slots[i].row)
	copy(t.w[r*t.width:(r+1)*t.width], w)
}

// get returns a feature's weights, or nil if the table has none.
func (t *table) get(key uint64) []float32 {
	if len(t.slots) == 0 {
		return nil
	}
	i := t.find(key)
	if t.slots[i].fp == 0 {
		return nil
	}
	r := int(t.slots[i].row)
	return t.w[r*t.width : (r+1)*t.width : (r+1)*t.width]
}

// each calls f with every key and its row, in the order they were set.
func (t *table) each(f func(key uint64, w []float32)) {
	for r, k := range t.keys {
		f(k, t.w[r*t.width:(r+1)*t.width])
	}
}

func newModel(nEmit, nPair int) *Model {
	return &Model{emit: newTable(nTags, nEmit), pair: newTable(pairStride, nPair)}
}

// Features is the number of features the model has weights for.
func (m *Model) Features() int { return m.emit.n + m.pair.n }

// pairStride is the size of one token's pair scores: (nTags+1) previous
// tags by nTags tags.
const pairStride = (nTags + 1) * nTags

// emissions fills scores[i*nTags+t] with the summed feature weights of
// tag t at token i, and pair[i*pairStride+p*nTags+t] with those of the
// pair features under previous tag p. A token with a cache id starts
// from its word's kept sums.
func (m *Model) emissions(toks []tokenInfo, scores, pair []float32, cache *wordCache, buf []uint64) []uint64 {
	for i := range toks {
		s := (*[nTags]float32)(scores[i*nTags : (i+1)*nTags])
		ps := (*[pairStride]float32)(pair[i*pairStride : (i+1)*pairStride])
		if id := toks[i].id; id >= 0 {
			em, pair := cache.scores(id)
			*s, *ps = *em, *pair
		} else {
			buf = m.wordScores(&toks[i], s, ps, buf)
		}
		buf = contextFeatures(buf[:0], toks, i)
		m.emit.addTo(s[:], buf)
		buf = pairContextFeatures(buf[:0], toks, i)
		m.pair.addTo(ps[:], buf)
	}
	return buf
}

// wordScores adds to s and ps, which are zero, the weights of the
// features that read token t alone (wordFeatures, wordPairFeatures). Added
// from zero in the order features lists them, they are the same floats
// features' sum would start with, so a word's sums can be kept and the
// tags do not change by a bit.
func (m *Model) wordScores(t *tokenInfo, s *[nTags]float32, ps *[pairStride]float32, buf []uint64) []uint64 {
	buf = wordFeatures(buf[:0], t)
	m.emit.addTo(s[:], buf)
	buf = wordPairFeatures(buf[:0], t)
	m.pair.addTo(ps[:], buf)
	return buf
}

// addTo adds the row of each feature of feats that the table has to dst,
// in the order of feats.
func (t *table) addTo(dst []float32, feats []uint64) {
	for _, f := range feats {
		if w := t.get(f); w != nil {
			for k, x := range w[:len(dst)] {
				dst[k] += x
			}
		}
	}
}

// viterbi returns the best tag sequence under emissions em, pair scores
// pair (see emissions) and transitions trans, within the BIO constraints.
// Ties go to the lower tag index, so decoding is deterministic.
func viterbi(em, pair []float32, n int, trans *[nTags + 1][nTags]float32) []int {
	if n == 0 {
		return nil
	}
	neg := float32(math.Inf(-1))
	score := make([]float32, n*nTags)
	back := make([]int8, n*nTags)
	for c := range nTags {
		if allowed[nTags][c] {
			score[c] = em[c] + trans[nTags][c] + pair[nTags*nTags+c]
		} else {
			score[c] = neg
		}
	}
	for i := 1; i < n; i++ {
		for c := range nTags {
			best, arg := neg, -1
			for p := range nTags {
				if !allowed[p][c] || score[(i-1)*nTags+p] == neg {
					continue
				}
				if s := score[(i-1)*nTags+p] + trans[p][c] + pair[i*pairStride+p*nTags+c]; arg < 0 || s > best {
					best, arg = s, p
				}
			}
			if arg < 0 {
				score[i*nTags+c] = neg
				continue
			}
			score[i*nTags+c] = best + em[i*nTags+c]
			back[i*nTags+c] = int8(arg)
		}
	}
	last, arg := neg, 0
	for c := range nTags {
		if s := score[(n-1)*nTags+c]; s > last {
			last, arg = s, c
		}
	}
	out := make([]int, n)
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(back[i*nTags+out[i]])
	}
	return out
}

// scratch holds the buffers one tagging reuses from sentence to sentence.
type scratch struct {
	em, pair []float32
	feats    []uint64
	infos    []tokenInfo
}

// tagInfos tags one sentence of prepared tokens.
func (m *Model) tagInfos(toks []tokenInfo, sc *scratch, cache *wordCache) []int {
	n := len(toks)
	if cap(sc.em) < n*nTags {
		sc.em = make([]float32, n*nTags)
		sc.pair = make([]float32, n*pairStride)
	}
	em, pair := sc.em[:n*nTags], sc.pair[:n*pairStride]
	clear(em)
	clear(pair)
	sc.feats = m.emissions(toks, em, pair, cache, sc.feats)
	return viterbi(em, pair, n, &m.trans)
}

// Tag returns the BIO tag of each token of one sentence (tokens as
// Tokenize cuts them). The same tokens always get the same tags.
func (m *Model) Tag(tokens []string) []string {
	return m.TagDoc([][]string{tokens})[0]
}

// TagDoc tags the sentences of one document. Tagging a document at once
// lets a word's case elsewhere in it inform the word where its case says
// nothing (first in a sentence, in a headline).
func (m *Model) TagDoc(sents [][]string) [][]string {
	return m.NewTagger().TagDoc(sents)
}

// A Tagger tags documents one after another with one model, and keeps
// what it works out of each word alone for the documents that follow:
// the tags are those of the model's TagDoc, sooner. It is not safe for
// concurrent use; the Model is.
type Tagger struct {
	m     *Model
	sc    scratch
	words wordCache
}

// NewTagger returns a Tagger of m.
func (m *Model) NewTagger() *Tagger {
	return &Tagger{m: m, words: wordCache{max: maxCachedWords}}
}

// TagDoc tags the sentences of one document, as Model.TagDoc does.
func (t *Tagger) TagDoc(sents [][]string) [][]string {
	dc := docCases(sents)
	out := make([][]string, len(sents))
	for si, s := range sents {
		t.sc.infos = infosCached(t.sc.infos, s, dc, &t.words, t.m)
		tags := t.m.tagInfos(t.sc.infos, &t.sc, &t.words)
		out[si] = make([]string, len(tags))
		for i, tg := range tags {
			out[si][i] = Tags[tg]
		}
	}
	return out
}

// Span is one entity: tokens [Start, End) of a sentence and its type
// (PER, ORG, LOC, MISC).
type Span struct {
	Start, End int
	Type       string
}

// Spans reads the entities off BIO tags. An I- tag after a tag of another
// type starts an entity, as a B- would (the model never produces one, but
// tags from elsewhere may).
func Spans(tags []string) []Span {
	var out []Span
	for i := 0; i < len(tags); {
		t := tags[i]
		if t == "O" || len(t) < 3 {
			i++
			continue
		}
		typ := t[2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		out = append(out, Span{Start: i, End: j, Type: typ})
		i = j
	}
	return out
}

// Average returns the model whose weights are the mean of the models'
// (a feature a model lacks counts as zero). Perceptrons trained on
// different orders of the same data err differently; their mean errs
// less, and varies less from one order to another.
func Average(models ...*Model) *Model {
	if len(models) == 0 {
		return &Model{}
	}
	avg := func(get func(*Model) *table, width int) table {
		var keys []uint64
		seen := map[uint64]bool{}
		for _, m := range models {
			get(m).each(func(k uint64, _ []float32) {
				if !seen[k] {
					seen[k] = true
					keys = append(keys, k)
				}
			})
		}
		sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
		out := newTable(width, len(keys))
		n := float32(len(models))
		row := make([]float32, width)
		for _, k := range keys {
			clear(row)
			for _, m := range models {
				if w := get(m).get(k); w != nil {
					for t := range width {
						row[t] += w[t] / n
					}
				}
			}
			out.set(k, row)
		}
		return out
	}
	out := &Model{
		emit: avg(func(m *Model) *table { return &m.emit }, nTags),
		pair: avg(func(m *Model) *table { return &m.pair }, pairStride),
	}
	for _, m := range models {
		for p := range nTags + 1 {
			for c := range nTags {
				out.trans[p][c] += m.trans[p][c] / float32(len(models))
			}
		}
	}
	return out
}
