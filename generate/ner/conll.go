package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// ReadCoNLL reads token<TAB>tag lines, a blank line after each sentence
// and "# doc: ..." lines (no TAB) starting a document: the format of the
// training data (../shared/ner-train/README.md).
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	doc := 0
	source := ""
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	flush := func() {
		if len(cur.Words) > 0 {
			cur.Doc = doc
			cur.Source = source
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for sc.Scan() {
		line++
		l := sc.Text()
		switch {
		case l == "":
			flush()
		case !strings.Contains(l, "\t"):
			if strings.HasPrefix(l, "# doc:") {
				flush()
				doc++
				source = strings.TrimSpace(strings.TrimPrefix(l, "# doc:"))
				continue
			}
			return nil, fmt.Errorf("line %d: no TAB in %q", line, l)
		default:
			w, t, _ := strings.Cut(l, "\t")
			cur.Words = append(cur.Words, w)
			cur.Tags = append(cur.Tags, t)
		}
	}
	flush()
	return out, sc.Err()
}

// Eval holds the scores of predicted tags against gold tags.
type Eval struct {
	// Token level: a token counts when it is not O in the prediction (or
	// the gold) and its full tag agrees.
	TokPred, TokGold, TokRight int
	// Entity level (CoNLL): an entity counts when its span and type are
	// exactly the gold's.
	EntPred, EntGold, EntRight int
}

// Add scores one sentence.
func (e *Eval) Add(pred, gold []string) {
	for i := range gold {
		if pred[i] != "O" {
			e.TokPred++
		}
		if gold[i] != "O" {
			e.TokGold++
			if pred[i] == gold[i] {
				e.TokRight++
			}
		}
	}
	g := map[Span]bool{}
	for _, s := range Spans(gold) {
		g[s] = true
	}
	e.EntGold += len(g)
	for _, s := range Spans(pred) {
		e.EntPred++
		if g[s] {
			e.EntRight++
		}
	}
}

func f1(right, pred, gold int) (float64, float64, float64) {
	p, r := 0.0, 0.0
	if pred > 0 {
		p = float64(right) / float64(pred)
	}
	if gold > 0 {
		r = float64(right) / float64(gold)
	}
	if p+r == 0 {
		return p, r, 0
	}
	return p, r, 2 * p * r / (p + r)
}

// Token returns token-level precision, recall and F1.
func (e Eval) Token() (p, r, f float64) { return f1(e.TokRight, e.TokPred, e.TokGold) }

// Entity returns entity-level (exact span and type) precision, recall and F1.
func (e Eval) Entity() (p, r, f float64) { return f1(e.EntRight, e.EntPred, e.EntGold) }

// Score tags the sentences with m, one document at a time, and scores the
// tags against theirs.
func (m *Model) Score(sents []Sentence) Eval {
	var e Eval
	for i := 0; i < len(sents); {
		j := i
		var doc [][]string
		for j < len(sents) && sents[j].Doc == sents[i].Doc {
			doc = append(doc, sents[j].Words)
			j++
		}
		for k, tags := range m.TagDoc(doc) {
			e.Add(tags, sents[i+k].Tags)
		}
		i = j
	}
	return e
}
