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
	// Feature indexes in order of first use: deterministic.
	index := map[uint64]int32{}
	var keys []uint64
	id := func(f uint64) int32 {
		k, ok := index[f]
		if !ok {
			k = int32(len(keys))
			index[f] = k
			keys = append(keys, f)
		}
		return k
	}
	ids := make([][][]int32, len(p.sents))
	// pairIDs[si][i][p] are the ids of token i's pair features under
	// previous tag p; a pair feature seen fewer than minCount times (by
	// its word, whatever the tag) has none.
	pairIDs := make([][][nTags + 1][]int32, len(p.sents))
	for si, s := range p.sents {
		ids[si] = make([][]int32, len(s.feats))
		pairIDs[si] = make([][nTags + 1][]int32, len(s.feats))
		for i, fs := range s.feats {
			for _, f := range fs {
				if count[f] >= int32(minCount) {
					ids[si][i] = append(ids[si][i], id(f))
				}
			}
			for _, f := range s.pairs[i] {
				if count[f] < int32(minCount) {
					continue
				}
				for pt := range nTags + 1 {
					pairIDs[si][i][pt] = append(pairIDs[si][i][pt], id(withPrev(f, pt)))
				}
			}
		}
	}

	const nT = nTags
	transOff := len(keys) * nT // transitions after the features
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
		m := newModel(len(keys))
		row := make([]float32, nT)
		avg := func(k int) float32 {
			return float32((total[k] + float64(step-stamp[k])*w[k]) / float64(max(step, 1)))
		}
		for f, key := range keys {
			nonzero := false
			for t := range nT {
				row[t] = avg(f*nT + t)
				nonzero = nonzero || row[t] != 0
			}
			if nonzero {
				m.set(key, row)
			}
		}
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
				for pt := range nT + 1 {
					row := pair[i*pairStride+pt*nT : i*pairStride+(pt+1)*nT]
					for _, f := range pairIDs[si][i][pt] {
						base := int(f) * nT
						for t := range nT {
							row[t] += float32(w[base+t])
						}
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
					for _, f := range pairIDs[si][i][prevG] {
						update(int(f)*nT+g, 1)
					}
					for _, f := range pairIDs[si][i][prevP] {
						update(int(f)*nT+pr, -1)
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
