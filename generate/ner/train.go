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
	ix := indexFeatures(p, max(opts.MinCount, 1))
	pc := newPerceptron(ix)
	order := trainingOrder(p, opts)
	rng := rand.New(rand.NewPCG(opts.Seed, 0x6e6572))
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			pc.learn(p.sents[si].gold, ix.ids[si], ix.pairIDs[si])
		}
		if opts.AfterEpoch != nil && !opts.AfterEpoch(epoch, pc.averaged()) {
			break
		}
	}
	return pc.averaged()
}

// featureIndex numbers features in order of first use, so that the same
// data gives the same model.
type featureIndex struct {
	of   map[uint64]int32
	keys []uint64
}

// id is feature f's number, given on first use.
func (x *featureIndex) id(f uint64) int32 {
	k, ok := x.of[f]
	if !ok {
		k = int32(len(x.keys))
		x.of[f] = k
		x.keys = append(x.keys, f)
	}
	return k
}

// indexed is the training data as feature numbers: per sentence, per
// token, its emission and its pair features seen often enough. Emission
// and pair features are numbered apart: a pair feature has a row of
// pairStride weights.
type indexed struct {
	emit, pair   *featureIndex
	ids, pairIDs [][][]int32
}

// indexFeatures numbers the features seen at least minCount times.
func indexFeatures(p *Prepared, minCount int) indexed {
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
	ix := indexed{
		emit:    &featureIndex{of: map[uint64]int32{}},
		pair:    &featureIndex{of: map[uint64]int32{}},
		ids:     make([][][]int32, len(p.sents)),
		pairIDs: make([][][]int32, len(p.sents)),
	}
	for si, s := range p.sents {
		ix.ids[si] = make([][]int32, len(s.feats))
		ix.pairIDs[si] = make([][]int32, len(s.feats))
		for i, fs := range s.feats {
			for _, f := range fs {
				if count[f] >= int32(minCount) {
					ix.ids[si][i] = append(ix.ids[si][i], ix.emit.id(f))
				}
			}
			for _, f := range s.pairs[i] {
				if count[f] >= int32(minCount) {
					ix.pairIDs[si][i] = append(ix.pairIDs[si][i], ix.pair.id(f))
				}
			}
		}
	}
	return ix
}

// trainingOrder lists each sentence as many times as it is seen in an
// epoch (Repeat); each epoch shuffles it.
func trainingOrder(p *Prepared, opts TrainOptions) []int {
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
	return order
}

// perceptron is the weights being trained in one vector (emission rows,
// then pair rows, then transitions), with what averaging them needs: each
// weight's sum over the steps up to the step it last changed (stamp).
type perceptron struct {
	ix                indexed
	w, total          []float64
	stamp             []int64
	step              int64
	pairOff, transOff int
	// Scratch reused from sentence to sentence.
	em, pair []float32
	trans    [nTags + 1][nTags]float32
}

func newPerceptron(ix indexed) *perceptron {
	pairOff := len(ix.emit.keys) * nTags
	transOff := pairOff + len(ix.pair.keys)*pairStride
	size := transOff + (nTags+1)*nTags
	return &perceptron{
		ix: ix, pairOff: pairOff, transOff: transOff,
		w: make([]float64, size), total: make([]float64, size), stamp: make([]int64, size),
	}
}

// update adds d to weight k, first adding to its sum the steps it held
// its old value.
func (pc *perceptron) update(k int, d float64) {
	pc.total[k] += float64(pc.step-pc.stamp[k]) * pc.w[k]
	pc.stamp[k] = pc.step
	pc.w[k] += d
}

// averaged is the model of the weights averaged over every step so far.
func (pc *perceptron) averaged() *Model {
	const nT = nTags
	w, total, stamp, step := pc.w, pc.total, pc.stamp, pc.step
	m := newModel(len(pc.ix.emit.keys), len(pc.ix.pair.keys))
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
	fill(&m.emit, pc.ix.emit.keys, 0)
	fill(&m.pair, pc.ix.pair.keys, pc.pairOff)
	for pt := range nT + 1 {
		for c := range nT {
			m.trans[pt][c] = avg(pc.transOff + pt*nT + c)
		}
	}
	return m
}

// learn is one step: the sentence (its gold tags, its feature numbers per
// token) is decoded under the current weights, and where the prediction
// differs from gold, gold's features gain one and the prediction's lose one.
func (pc *perceptron) learn(gold []int, ids, pairIDs [][]int32) {
	const nT = nTags
	pc.step++
	w, pairOff, transOff := pc.w, pc.pairOff, pc.transOff
	n := len(gold)
	if cap(pc.em) < n*nT {
		pc.em = make([]float32, n*nT)
	}
	em := pc.em[:n*nT]
	if cap(pc.pair) < n*pairStride {
		pc.pair = make([]float32, n*pairStride)
	}
	pair := pc.pair[:n*pairStride]
	clear(pair)
	for i := range n {
		row := em[i*nT : (i+1)*nT]
		clear(row)
		for _, f := range ids[i] {
			base := int(f) * nT
			for t := range nT {
				row[t] += float32(w[base+t])
			}
		}
		prow := pair[i*pairStride : (i+1)*pairStride]
		for _, f := range pairIDs[i] {
			base := pairOff + int(f)*pairStride
			for k := range pairStride {
				prow[k] += float32(w[base+k])
			}
		}
	}
	for pt := range nT + 1 {
		for c := range nT {
			pc.trans[pt][c] = float32(w[transOff+pt*nT+c])
		}
	}
	pred := viterbi(em, pair, n, &pc.trans)
	prevG, prevP := nT, nT
	for i := range n {
		g, pr := gold[i], pred[i]
		if g != pr {
			for _, f := range ids[i] {
				pc.update(int(f)*nT+g, 1)
				pc.update(int(f)*nT+pr, -1)
			}
		}
		if g != pr || prevG != prevP {
			pc.update(transOff+prevG*nT+g, 1)
			pc.update(transOff+prevP*nT+pr, -1)
			for _, f := range pairIDs[i] {
				base := pairOff + int(f)*pairStride
				pc.update(base+prevG*nT+g, 1)
				pc.update(base+prevP*nT+pr, -1)
			}
		}
		prevG, prevP = g, pr
	}
}
