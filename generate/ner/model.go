package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
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

// Model is a trained tagger: a weight per (feature, tag) and per (previous
// tag, tag). Its zero value tags everything O.
type Model struct {
	trans [nTags + 1][nTags]float32
	// Features in an open-addressing table: keys[i] (0 = empty) holds
	// the weights w[i*nTags : (i+1)*nTags].
	keys []uint64
	w    []float32
	mask uint64
	n    int
}

// newModel makes an empty model sized for n features.
func newModel(n int) *Model {
	size := 1
	for size < 2*n+1 {
		size <<= 1
	}
	return &Model{keys: make([]uint64, size), w: make([]float32, size*nTags), mask: uint64(size - 1)}
}

// slot returns the slot of key, or of the empty place where it would go.
func (m *Model) slot(key uint64) int {
	i := key & m.mask
	for m.keys[i] != 0 && m.keys[i] != key {
		i = (i + 1) & m.mask
	}
	return int(i)
}

func (m *Model) set(key uint64, w []float32) {
	if key == 0 {
		key = 1 // 0 marks an empty slot; one hash in 2^64 shares a key
	}
	i := m.slot(key)
	if m.keys[i] == 0 {
		m.n++
	}
	m.keys[i] = key
	copy(m.w[i*nTags:(i+1)*nTags], w)
}

// weights returns the feature's weights, or nil if the model has none.
func (m *Model) weights(key uint64) []float32 {
	if len(m.keys) == 0 {
		return nil
	}
	if key == 0 {
		key = 1
	}
	i := m.slot(key)
	if m.keys[i] == 0 {
		return nil
	}
	return m.w[i*nTags : (i+1)*nTags]
}

// Features is the number of features the model has weights for.
func (m *Model) Features() int { return m.n }

// pairStride is the size of one token's pair scores: (nTags+1) previous
// tags by nTags tags.
const pairStride = (nTags + 1) * nTags

// emissions fills scores[i*nTags+t] with the summed feature weights of
// tag t at token i, and pair[i*pairStride+p*nTags+t] with those of the
// pair features under previous tag p.
func (m *Model) emissions(toks []tokenInfo, scores, pair []float32, buf []uint64) []uint64 {
	for i := range toks {
		buf = features(buf[:0], toks, i)
		s := scores[i*nTags : (i+1)*nTags]
		for _, f := range buf {
			if w := m.weights(f); w != nil {
				for t := range nTags {
					s[t] += w[t]
				}
			}
		}
		buf = pairFeatures(buf[:0], toks, i)
		for p := range nTags + 1 {
			s := pair[i*pairStride+p*nTags : i*pairStride+(p+1)*nTags]
			for _, f := range buf {
				if w := m.weights(withPrev(f, p)); w != nil {
					for t := range nTags {
						s[t] += w[t]
					}
				}
			}
		}
	}
	return buf
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

// tagInfos tags one sentence of prepared tokens.
func (m *Model) tagInfos(toks []tokenInfo) []int {
	em := make([]float32, len(toks)*nTags)
	pair := make([]float32, len(toks)*pairStride)
	m.emissions(toks, em, pair, make([]uint64, 0, 64))
	return viterbi(em, pair, len(toks), &m.trans)
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
	dc := docCases(sents)
	out := make([][]string, len(sents))
	for si, s := range sents {
		tags := m.tagInfos(infos(s, dc))
		out[si] = make([]string, len(tags))
		for i, t := range tags {
			out[si][i] = Tags[t]
		}
	}
	return out
}

// Model file format (then gzipped): magic, feature count, the (nTags+1) x
// nTags transition weights as float32, a scale, then the features sorted
// by key: the key as a uvarint delta from the previous key, a bit mask of
// the tags with a weight, and each such weight as a zig-zag varint of
// round(w / scale). Sorted keys and integer weights make the same model
// the same bytes.
const magic = "brief-ner-v1\n"

// quantSteps is the number of steps the largest weight is cut into; finer
// costs bytes and changes no tag on the dev data.
const quantSteps = 2000

func (m *Model) write(w io.Writer, minWeight float32) error {
	type row struct {
		key uint64
		w   []float32
	}
	var rows []row
	var maxW float32
	for i, k := range m.keys {
		if k == 0 {
			continue
		}
		ws := make([]float32, nTags)
		keep := false
		for t := range nTags {
			v := m.w[i*nTags+t]
			if abs(v) >= minWeight {
				ws[t] = v
				keep = true
				maxW = max(maxW, abs(v))
			}
		}
		if keep {
			rows = append(rows, row{k, ws})
		}
	}
	sort.Slice(rows, func(a, b int) bool { return rows[a].key < rows[b].key })
	scale := maxW / quantSteps
	if scale == 0 {
		scale = 1
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	sv := func(x int64) { bw.Write(buf[:binary.PutVarint(buf[:], x)]) }
	bw.WriteString(magic)
	uv(uint64(len(rows)))
	for p := range nTags + 1 {
		for c := range nTags {
			binary.Write(bw, binary.LittleEndian, m.trans[p][c])
		}
	}
	binary.Write(bw, binary.LittleEndian, scale)
	prev := uint64(0)
	for _, r := range rows {
		uv(r.key - prev)
		prev = r.key
		var mask uint64
		var qs []int64
		for t, v := range r.w {
			if q := int64(math.Round(float64(v / scale))); q != 0 {
				mask |= 1 << t
				qs = append(qs, q)
			}
		}
		uv(mask)
		for _, q := range qs {
			sv(q)
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Write writes the model in the compact, gzipped form ReadModel reads,
// dropping weights smaller than minWeight in absolute value (pruning: most
// features seen a few times end with tiny weights). The same model always
// gives the same bytes.
func (m *Model) Write(w io.Writer, minWeight float32) error { return m.write(w, minWeight) }

// ReadModel reads a model written by Write.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("ner: not a model file")
	}
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, err
	}
	if n > 1<<26 {
		return nil, fmt.Errorf("ner: %d features: file damaged", n)
	}
	m := newModel(int(n))
	for p := range nTags + 1 {
		for c := range nTags {
			if err := binary.Read(br, binary.LittleEndian, &m.trans[p][c]); err != nil {
				return nil, err
			}
		}
	}
	var scale float32
	if err := binary.Read(br, binary.LittleEndian, &scale); err != nil {
		return nil, err
	}
	key := uint64(0)
	ws := make([]float32, nTags)
	for range n {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		key += d
		mask, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		for t := range nTags {
			ws[t] = 0
			if mask&(1<<t) == 0 {
				continue
			}
			q, err := binary.ReadVarint(br)
			if err != nil {
				return nil, err
			}
			ws[t] = float32(q) * scale
		}
		m.set(key, ws)
	}
	return m, nil
}

// Bytes returns the model as Write writes it.
func (m *Model) Bytes(minWeight float32) ([]byte, error) {
	var b bytes.Buffer
	err := m.write(&b, minWeight)
	return b.Bytes(), err
}

func abs(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
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
	var keys []uint64
	seen := map[uint64]bool{}
	for _, m := range models {
		for _, k := range m.keys {
			if k != 0 && !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
	out := newModel(len(keys))
	n := float32(len(models))
	row := make([]float32, nTags)
	for _, k := range keys {
		clear(row)
		for _, m := range models {
			if w := m.weights(k); w != nil {
				for t := range nTags {
					row[t] += w[t] / n
				}
			}
		}
		out.set(k, row)
	}
	for _, m := range models {
		for p := range nTags + 1 {
			for c := range nTags {
				out.trans[p][c] += m.trans[p][c] / n
			}
		}
	}
	return out
}
