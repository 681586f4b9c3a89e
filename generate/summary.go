package generate

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// summaryStop are words left out of sentence similarity.
var summaryStop = words(`a an the and or but of to in on at by for with from as is are was were be been being it its
	this that these those has have had will would can could should may might must not no he she they
	we you i his her their our your them him us me which who whom whose what when where why how than
	then there here also said says say about into over after before since during while if so such
	more most other some any each all both few many much very just only own same too up down out off
	again further once s said told according`)

// summaryOpeners start sentences that lean on the one before.
var summaryOpeners = words(`they it this these those that its their his her but and also however such`)

// stem is a crude suffix stripper: enough for sentence overlap.
func stem(w string) string {
	for _, suf := range []string{"ings", "ing", "ies", "ied", "es", "ed", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// maxSummaryWords bounds the summary: a reader takes it in at a glance.
const maxSummaryWords = 150

// summarizeStop picks the summary's sentences and returns their indices in
// source and position order. News puts what matters first, so position
// leads: each source's first eligible sentence, then each one's second, and
// so on. Among sentences of the same rank from several sources, TextRank
// (sentence similarity, teleport biased to each lead) puts what the
// sources agree on before what one alone says. One source gives 3
// sentences (as Lead-3, the baseline news summaries are measured by),
// several two each and one more, at most 7; never more than
// maxSummaryWords words after the first. A nil st never stops; quoted
// says a sentence is someone's quoted words without a quotation mark of
// its own (see extractor.carriedQuote): never the summary's.
func summarizeStop(sents []sentence, docPos []int, st *stopper, quoted func(int) bool) []int {
	cand, leans := summaryCandidates(sents, st, quoted)
	if len(cand) == 0 {
		return nil
	}
	cand = leadCandidates(sents, cand)
	n := len(cand)
	rank := make([]int, n) // the candidate's place among its document's
	perDoc := map[int]int{}
	for ci, si := range cand {
		rank[ci] = perDoc[sents[si].doc]
		perDoc[sents[si].doc]++
	}
	want := 3
	if len(perDoc) > 1 {
		want = min(7, 2*len(perDoc)+1)
	}
	bags, terms := stemBags(sents, cand)
	var score []float64
	if len(perDoc) > 1 {
		score = centrality(cand, bags, terms, docPos, st)
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		ca, cb := order[a], order[b]
		if rank[ca] != rank[cb] {
			return rank[ca] < rank[cb]
		}
		if score != nil && score[ca] != score[cb] {
			return score[ca] > score[cb]
		}
		return ca < cb
	})
	// Greedy pick, skipping near-duplicates of a sentence already chosen.
	var picked []int
	words := 0
	for _, ci := range order {
		if len(picked) == want {
			break
		}
		w := len(strings.Fields(sents[cand[ci]].text))
		if len(picked) > 0 && words+w > maxSummaryWords {
			continue
		}
		// A sentence opening with a pronoun comes only right after the
		// sentence it leans on.
		if si := cand[ci]; leans[si] && (ci == 0 || cand[ci-1] != si-1 || sents[si-1].doc != sents[si].doc || !slices.Contains(picked, ci-1)) {
			continue
		}
		dup := false
		for _, pj := range picked {
			if jaccard(bags[ci], bags[pj]) > 0.6 {
				dup = true
			}
		}
		if !dup {
			picked = append(picked, ci)
			words += w
		}
	}
	res := make([]int, len(picked))
	for i, ci := range picked {
		res[i] = cand[ci]
	}
	sort.Ints(res)
	return res
}

// maxSentenceWords keeps run-on sentences out of the summary; a news lead
// can run to sixty words and is the sentence a summary needs most.
const maxSentenceWords = 70

// summaryCandidates returns the sentences a summary may hold, in order,
// and which of them lean on the sentence before (they open with a pronoun):
// those may follow that sentence only.
func summaryCandidates(sents []sentence, st *stopper, quoted func(int) bool) (cand []int, leans map[int]bool) {
	leans = map[int]bool{}
	seen := map[string]bool{}
	for i, s := range sents {
		st.check()
		words := 0
		for _, t := range s.toks {
			if t.kind == tWord || t.kind == tNum {
				words++
			}
		}
		// Out: fragments, run-on sentences, questions, captions and
		// headings (no closing stop), and bare quotes, whose speaker is
		// elsewhere; then a sentence already a candidate. The key, the
		// sentence in lower case, is made only for a sentence the tests
		// before it keep: making it for every sentence was nearly a third
		// of this function's time (throughput is a requirement: 1 MB/s per
		// core).
		if words < 6 || words > maxSentenceWords || s.caption || s.credited || !endsStatement(s.text) || bareQuote(s) || opensLower(s) || quoted(i) {
			continue
		}
		k := strings.ToLower(straighten(s.text))
		if seen[k] {
			continue
		}
		seen[k] = true
		cand = append(cand, i)
		if len(s.toks) > 0 && (personPronouns.has(s.toks[0].lower()) || summaryOpeners.has(s.toks[0].lower())) {
			leans[i] = true
		}
	}
	return cand, leans
}

// opensLower reports whether s opens with a word in lower case: the
// sentence splitter joins such a piece to the sentence before, so one that
// opens a paragraph lost its start ("pilgrims at Mecca's Grand Mosque in
// 2008.", a caption cut from its link). A word with a capital inside
// ("iPhone", "eBay") is a name.
func opensLower(s sentence) bool {
	if len(s.toks) == 0 || s.toks[0].kind != tWord {
		return false
	}
	w := s.toks[0].s
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && strings.ToLower(w) == w
}

// endsStatement reports whether text ends as a sentence does: a full stop
// or an exclamation, perhaps inside a closing quote or bracket. Captions
// and headings end without one.
func endsStatement(text string) bool {
	t := strings.TrimRight(text, `"')]’”»`+"`")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!")
}

// bareQuote reports whether s opens with a quotation mark and names no
// speaker: no reporting verb anywhere in it.
func bareQuote(s sentence) bool {
	if len(s.toks) == 0 || !strings.ContainsAny(s.toks[0].s, "\"“‘'`") {
		return false
	}
	for _, t := range s.toks {
		if reportingVerbs.has(t.lower()) {
			return false
		}
	}
	return true
}

// centrality ranks the candidates by TextRank: PageRank over sentence
// similarity, with a teleport biased to each document's lead.
func centrality(cand []int, bags [][]int, terms int, docPos []int, st *stopper) []float64 {
	adj, out := similarityGraph(bags, terms, st)
	tele := make([]float64, len(cand))
	sum := 0.0
	for ci, si := range cand {
		tele[ci] = 1 / float64(1+docPos[si])
		sum += tele[ci]
	}
	for ci := range tele {
		tele[ci] /= sum
	}
	return pageRank(adj, out, tele)
}

// stemBags are the candidates' bags of stems, as sorted term ids, and the
// number of terms.
func stemBags(sents []sentence, cand []int) ([][]int, int) {
	ids := map[string]int{}
	bags := make([][]int, len(cand))
	for ci, si := range cand {
		m := map[int]bool{}
		for _, t := range sents[si].toks {
			if t.kind != tWord && t.kind != tNum {
				continue
			}
			w := t.lower()
			if summaryStop.has(w) || len(w) < 2 {
				continue
			}
			w = stem(w)
			id, ok := ids[w]
			if !ok {
				id = len(ids)
				ids[w] = id
			}
			m[id] = true
		}
		for id := range m {
			bags[ci] = append(bags[ci], id)
		}
		sort.Ints(bags[ci])
	}
	return bags, len(ids)
}

// edge is a weighted edge of the sentence similarity graph.
type edge struct {
	to int
	w  float64
}

// similarityGraph links the candidates that share terms, weighted by the
// overlap over the log of their lengths, and returns each one's edges and
// the sum of their weights. An inverted index gives only the pairs that
// share a term an edge.
func similarityGraph(bags [][]int, terms int, st *stopper) ([][]edge, []float64) {
	n := len(bags)
	post := make([][]int, terms)
	for ci, b := range bags {
		for _, id := range b {
			post[id] = append(post[id], ci)
		}
	}
	adj := make([][]edge, n)
	overlap := make([]int, n)
	var touched []int // reused: growing a new one per sentence was most of the time
	for ci, b := range bags {
		st.check()
		if len(b) < 2 {
			continue
		}
		touched = touched[:0]
		for _, id := range b {
			for _, cj := range post[id] {
				if cj == ci {
					continue
				}
				if overlap[cj] == 0 {
					touched = append(touched, cj)
				}
				overlap[cj]++
			}
		}
		sort.Ints(touched)
		adj[ci] = make([]edge, 0, len(touched))
		for _, cj := range touched {
			if len(bags[cj]) >= 2 {
				w := float64(overlap[cj]) / (math.Log(float64(len(b))) + math.Log(float64(len(bags[cj]))))
				adj[ci] = append(adj[ci], edge{cj, w})
			}
			overlap[cj] = 0
		}
	}
	out := make([]float64, n)
	for ci := range adj {
		for _, e := range adj[ci] {
			out[ci] += e.w
		}
	}
	return adj, out
}

// pageRank scores the graph's nodes in 40 iterations with damping 0.85,
// teleporting by tele (the rank of a node without edges too).
func pageRank(adj [][]edge, out, tele []float64) []float64 {
	n := len(adj)
	score := make([]float64, n)
	copy(score, tele)
	next := make([]float64, n)
	const d = 0.85
	for it := 0; it < 40; it++ {
		for ci := range next {
			next[ci] = (1 - d) * tele[ci]
		}
		dangling := 0.0
		for ci := range adj {
			if out[ci] == 0 {
				dangling += score[ci]
				continue
			}
			for _, e := range adj[ci] {
				next[e.to] += d * score[ci] * e.w / out[ci]
			}
		}
		for ci := range next {
			next[ci] += d * dangling * tele[ci]
		}
		score, next = next, score
	}
	return score
}

func jaccard(a, b []int) float64 {
	i, j, inter := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	u := len(a) + len(b) - inter
	if u == 0 {
		return 0
	}
	return float64(inter) / float64(u)
}

// maxSummaryCandidates bounds the sentences TextRank weighs: its graph
// links every two sentences sharing a word, up to the square of their
// number. Past the bound the summary is chosen among the documents' leads,
// where news puts the main facts and where the ranking's teleport leans
// anyway: each document's first candidate, then each one's second, and so
// on, in source order. 600 is some twenty articles' candidates: a
// briefing of fewer is read whole. At 2000 the ranking cost a tenth of a
// megabyte's generation (BenchmarkGenerate/1MB: 0.11 s of 1.2 s) and
// changed no summary of the test sets (identical.sum).
const maxSummaryCandidates = 600

// leadCandidates returns cand (sentence indices, in order) cut to
// maxSummaryCandidates, keeping the earliest of each document in turn.
func leadCandidates(sents []sentence, cand []int) []int {
	if len(cand) <= maxSummaryCandidates {
		return cand
	}
	rank := make([]int, len(cand)) // the candidate's place among its document's
	seen := map[int]int{}
	for i, si := range cand {
		rank[i] = seen[sents[si].doc]
		seen[sents[si].doc]++
	}
	order := make([]int, len(cand))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return rank[order[a]] < rank[order[b]] })
	keep := order[:maxSummaryCandidates]
	sort.Ints(keep)
	out := make([]int, len(keep))
	for i, k := range keep {
		out[i] = cand[k]
	}
	return out
}
