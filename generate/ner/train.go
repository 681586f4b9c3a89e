package ner

import (
	"math/rand/v2"
)

// Sentence is one annotated sentence: its tokens, their gold BIO tags and
// the document it belongs to (sentences of one document share the
// document-level case features).
type Sentence struct {
	Words []string
	Tags  []string
	Doc   int
	// Source names the document ("uner-ewt/...", "gum/GUM_bio_...").
	Source string
}

// TrainOptions set a training run.
type TrainOptions struct {
	Epochs   int    // passes over the data
	MinCount int    // features seen fewer times are left out (smaller model, less overfitting)
	Seed     uint64 // order of the sentences in each pass; the same seed gives the same model
	// Repeat, if set, says how many times a sentence is seen per epoch
	// (0 or 1: once): more for text nearer the text to tag.
	Repeat func(Sentence) int
	// AfterEpoch, if set, gets the averaged model after each pass (to
	// score it on held-out data) and stops training by returning false.
	AfterEpoch func(epoch int, m *Model) bool
}

// Prepared holds sentences with their features computed, so that several
// runs (or the same run's passes) do not compute them again.
type Prepared struct {
	sents []preparedSentence
}

type preparedSentence struct {
	feats [][]uint64 // per token
	pairs [][]uint64 // per token: pair features (see pairFeatures)
	gold  []int
	src   Sentence
}

// Prepare computes the features of annotated sentences; a sentence with an
// unknown tag is an error's worth of data and is skipped, counted in the
// second result.
func Prepare(sents []Sentence) (*Prepared, int) {
	byDoc := map[int][][]string{}
	for _, s := range sents {
		byDoc[s.Doc] = append(byDoc[s.Doc], s.Words)
	}
	cases := map[int]map[string]string{}
	for d, ws := range byDoc {
		cases[d] = docCases(ws)
	}
	p := &Prepared{}
	skipped := 0
	for _, s := range sents {
		gold := make([]int, len(s.Tags))
		ok := len(s.Tags) == len(s.Words)
		for i, t := range s.Tags {
			g, known := tagIndex(t)
			ok = ok && known
			gold[i] = g
		}
		if !ok {
			skipped++
			continue
		}
		toks := infos(s.Words, cases[s.Doc])
		ps := preparedSentence{gold: gold, feats: make([][]uint64, len(toks)), pairs: make([][]uint64, len(toks)), src: Sentence{Doc: s.Doc, Source: s.Source}}
		for i := range toks {
			ps.feats[i] = features(nil, toks, i)
			ps.pairs[i] = pairFeatures(nil, toks, i)
		}
		p.sents = append(p.sents, ps)
	}
	return p, skipped
}

// Train trains a structured averaged perceptron (Collins 2002): each
// sentence is decoded with Viterbi under the current weights, and where
// the best sequence differs from the gold one the gold's features gain
// one and the prediction's lose one. The model returned averages the
// weights over every step, which generalises better than the last ones.
// Training is deterministic: the same data and options give the same
// model.
func Train(p *Prepared, opts TrainOptions) *Model {
	minCount := max(opts.MinCount, 1)
	count := map[uint64]int32{}
	for _, s := range p.sents {
		for _, fs := range s.feats {
			for _, f := range fs {
				count[f]++
			}
		}
		for _, fs := range s.pairs {
			for _, f := range fs {
				count[f]++
			}
		}
	}
	// Feature indexes in order of first use: deterministic. Emission
	// and pair features are indexed apart: a pair feature has a row of
	// pairStride weights.
	type index struct {
		of   map[uint64]int32
		keys []uint64
	}
	id := func(x *index, f uint64) int32 {
		k, ok := x.of[f]
		if !ok {
			k = int32(len(x.keys))
			x.of[f] = k
			x.keys = append(x.keys, f)
		}
		return k
	}
	emitIx, pairIx := &index{of: map[uint64]int32{}}, &index{of: map[uint64]int32{}}
	ids := make([][][]int32, len(p.sents))
	pairIDs := make([][][]int32, len(p.sents))
	for si, s := range p.sents {
		ids[si] = make([][]int32, len(s.feats))
		pairIDs[si] = make([][]int32, len(s.feats))
		for i, fs := range s.feats {
			for _, f := range fs {
				if count[f] >= int32(minCount) {
					ids[si][i] = append(ids[si][i], id(emitIx, f))
				}
			}
			for _, f := range s.pairs[i] {
				if count[f] >= int32(minCount) {
					pairIDs[si][i] = append(pairIDs[si][i], id(pairIx, f))
				}
			}
		}
	}

	const nT = nTags
	// One weight vector: emission rows, then pair rows, then transitions.
	pairOff := len(emitIx.keys) * nT
	transOff := pairOff + len(pairIx.keys)*pairStride
	size := transOff + (nT+1)*nT
	w := make([]float64, size)
	total := make([]float64, size)
	stamp := make([]int64, size)
	step := int64(0)
	update := func(k int, d float64) {
		total[k] += float64(step-stamp[k]) * w[k]
		stamp[k] = step
		w[k] += d
	}
	averaged := func() *Model {
		m := newModel(len(emitIx.keys), len(pairIx.keys))
		avg := func(k int) float32 {
			return float32((total[k] + float64(step-stamp[k])*w[k]) / float64(max(step, 1)))
		}
		fill := func(t *table, keys []uint64, off int) {
			row := make([]float32, t.width)
			for f, key := range keys {
				nonzero := false
				for k := range t.width {
					row[k] = avg(off + f*t.width + k)
					nonzero = nonzero || row[k] != 0
				}
				if nonzero {
					t.set(key, row)
				}
			}
		}
		fill(&m.emit, emitIx.keys, 0)
		fill(&m.pair, pairIx.keys, pairOff)
		for pt := range nT + 1 {
			for c := range nT {
				m.trans[pt][c] = avg(transOff + pt*nT + c)
			}
		}
		return m
	}

	var order []int
	for i, s := range p.sents {
		n := 1
		if opts.Repeat != nil {
			n = opts.Repeat(s.src)
		}
		for range n {
			order = append(order, i)
		}
	}
	rng := rand.New(rand.NewPCG(opts.Seed, 0x6e6572))
	var trans [nT + 1][nT]float32
	var em, pair []float32
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			step++
			s := p.sents[si]
			n := len(s.gold)
			if cap(em) < n*nT {
				em = make([]float32, n*nT)
			}
			em = em[:n*nT]
			if cap(pair) < n*pairStride {
				pair = make([]float32, n*pairStride)
			}
			pair = pair[:n*pairStride]
			clear(pair)
			for i := range n {
				row := em[i*nT : (i+1)*nT]
				clear(row)
				for _, f := range ids[si][i] {
					base := int(f) * nT
					for t := range nT {
						row[t] += float32(w[base+t])
					}
				}
				prow := pair[i*pairStride : (i+1)*pairStride]
				for _, f := range pairIDs[si][i] {
					base := pairOff + int(f)*pairStride
					for k := range pairStride {
						prow[k] += float32(w[base+k])
					}
				}
			}
			for pt := range nT + 1 {
				for c := range nT {
					trans[pt][c] = float32(w[transOff+pt*nT+c])
				}
			}
			pred := viterbi(em, pair, n, &trans)
			prevG, prevP := nT, nT
			for i := range n {
				g, pr := s.gold[i], pred[i]
				if g != pr {
					for _, f := range ids[si][i] {
						update(int(f)*nT+g, 1)
						update(int(f)*nT+pr, -1)
					}
				}
				if g != pr || prevG != prevP {
					update(transOff+prevG*nT+g, 1)
					update(transOff+prevP*nT+pr, -1)
					for _, f := range pairIDs[si][i] {
						base := pairOff + int(f)*pairStride
						update(base+prevG*nT+g, 1)
						update(base+prevP*nT+pr, -1)
					}
				}
				prevG, prevP = g, pr
			}
		}
		if opts.AfterEpoch != nil && !opts.AfterEpoch(epoch, averaged()) {
			break
		}
	}
	return averaged()
}
