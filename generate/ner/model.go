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

// row returns the row of a feature's weights, or -1 if the table has
// none: what a Tagger keeps of a feature it will look up again.
func (t *table) row(key uint64) int32 {
	if len(t.slots) == 0 {
		return -1
	}
	i := t.find(key)
	if t.slots[i].fp == 0 {
		return -1
	}
	return t.slots[i].row
}

// get returns a feature's weights, or nil if the table has none.
func (t *table) get(key uint64) []float32 {
	r := int(t.row(key))
	if r < 0 {
		return nil
	}
	return t.w[r*t.width : (r+1)*t.width : (r+1)*t.width]
}

// addRow adds row r (-1: none) of the table to dst, one row long.
func (t *table) addRow(dst []float32, r int32) {
	if r < 0 {
		return
	}
	for k, x := range t.w[int(r)*t.width : (int(r)+1)*t.width][:len(dst)] {
		dst[k] += x
	}
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

// addTo adds the row of each feature of feats that the table has to dst,
// in the order of feats. It looks them up through rows, maxRows at a
// time, which reads the first slot of every feature before it looks at
// any, as resolve does. A Tagger meeting
// a word it has not kept looks the word's features up here, and one miss
// after another was most of that cost (throughput is a requirement:
// 1 MB/s per core).
func (t *table) addTo(dst []float32, feats []uint64) {
	if len(t.slots) == 0 {
		return
	}
	var r [maxRows]int32
	for len(feats) > 0 {
		n := min(len(feats), len(r))
		t.rows(r[:n], feats[:n])
		for _, x := range r[:n] {
			t.addRow(dst, x)
		}
		feats = feats[n:]
	}
}

// maxRows is how many features rows looks up at once.
const maxRows = 20

// rows sets dst[j] to the row of feats[j] (-1: none), for up to maxRows
// features, reading every feature's first slot before it looks at any:
// the loads, which miss the cache at the table's size, then overlap.
func (t *table) rows(dst []int32, feats []uint64) {
	if len(t.slots) == 0 {
		for j := range feats {
			dst[j] = -1
		}
		return
	}
	var first [maxRows]slot
	for j, f := range feats {
		first[j] = t.slots[f&t.mask]
	}
	for j, f := range feats {
		r := int32(-1)
		switch sl := first[j]; sl.fp {
		case fingerprint(f):
			r = sl.row
		case 0:
		default: // another key's slot: probe on
			r = t.row(f)
		}
		dst[j] = r
	}
}

// viterbi returns the best tag sequence under emissions em, pair scores
// pair (see Tagger.score) and transitions trans, within the BIO
// constraints. Ties go to the lower tag index, so decoding is
// deterministic.
func viterbi(em, pair []float32, n int, trans *[nTags + 1][nTags]float32) []int {
	var d decoder
	return d.decode(em, pair, n, trans)
}

// allowedFrom[c] lists, in increasing order, the tags p for which
// allowed[p][c] holds: decoding tries those alone, in the order it would
// try every tag, so it takes the same decisions.
var allowedFrom = func() (a [nTags][]int) {
	for c := range nTags {
		for p := range nTags {
			if allowed[p][c] {
				a[c] = append(a[c], p)
			}
		}
	}
	return
}()

// decoder holds viterbi's buffers, reused from one sentence to the next.
type decoder struct {
	score []float32
	back  []int8
	out   []int
}

// buffers are d's score and back-pointer tables for n tokens, grown when
// too small.
func (d *decoder) buffers(n int) (score []float32, back []int8) {
	if cap(d.score) < n*nTags {
		d.score = make([]float32, n*nTags)
		d.back = make([]int8, n*nTags)
		d.out = make([]int, n)
	}
	return d.score[:n*nTags], d.back[:n*nTags]
}

// path reads the best tag sequence of n tokens back from d's tables, the
// best last tag first (ties to the lower index), into d.out.
func (d *decoder) path(n int) []int {
	score, back, out := d.score[:n*nTags], d.back[:n*nTags], d.out[:n]
	last, arg := float32(math.Inf(-1)), 0
	for c := range nTags {
		if s := score[(n-1)*nTags+c]; s > last {
			last, arg = s, c
		}
	}
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(back[i*nTags+out[i]])
	}
	return out
}

// decode is viterbi into d's buffers: the result is valid until the next
// call.
func (d *decoder) decode(em, pair []float32, n int, trans *[nTags + 1][nTags]float32) []int {
	if n == 0 {
		return nil
	}
	score, back := d.buffers(n)
	neg := float32(math.Inf(-1))
	for c := range nTags {
		if allowed[nTags][c] {
			score[c] = em[c] + trans[nTags][c] + pair[nTags*nTags+c]
		} else {
			score[c] = neg
		}
	}
	for i := 1; i < n; i++ {
		prev := (*[nTags]float32)(score[(i-1)*nTags:])
		ps := (*[pairStride]float32)(pair[i*pairStride:])
		for c := range nTags {
			best, arg := neg, -1
			for _, p := range allowedFrom[c] {
				if prev[p] == neg {
					continue
				}
				if s := prev[p] + trans[p][c] + ps[p*nTags+c]; arg < 0 || s > best {
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
