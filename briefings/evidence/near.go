package evidence

import (
	"sort"
)

// closestAll finds, for each folded item in qs (none found exactly), the
// sentence of the source that shares most words with it: for a quote, the
// share of the quote's words the sentence holds (a quote is often part of
// a sentence); otherwise the Dice coefficient of the two sets of words.
// Candidates are the sentences sharing most pairs of adjacent words with
// the item, counted in one pass over the source's words for all the items
// at once, so the time is linear in the source.
func (ix *index) closestAll(qs [][]byte, kinds []Kind) []Evidence {
	out := make([]Evidence, len(qs))
	if len(ix.sents) == 0 {
		return out
	}
	byPair := map[string][]int{}
	firsts := map[string]bool{} // first words of the pairs, to build few keys
	var single map[string][]int // items of one word
	for i, q := range qs {
		ws, we := words(q)
		switch len(ws) {
		case 0:
		case 1:
			if single == nil {
				single = map[string][]int{}
			}
			single[string(q[ws[0]:we[0]])] = append(single[string(q[ws[0]:we[0]])], i)
		default:
			seen := map[string]bool{}
			for k := 0; k+1 < len(ws); k++ {
				key := string(q[ws[k]:we[k]]) + " " + string(q[ws[k+1]:we[k+1]])
				if !seen[key] {
					seen[key] = true
					firsts[string(q[ws[k]:we[k]])] = true
					byPair[key] = append(byPair[key], i)
				}
			}
		}
	}
	counts := make([]map[int32]int, len(qs))
	for i := range counts {
		counts[i] = map[int32]int{}
	}
	norm := ix.nt.norm
	var key []byte
	s := 0
	for w := range ix.ws {
		o := ix.nt.orig(int(ix.ws[w]))
		for s < len(ix.sents) && ix.sents[s].End <= o {
			s++
		}
		if s == len(ix.sents) {
			break
		}
		if single != nil {
			for _, q := range single[string(norm[ix.ws[w]:ix.we[w]])] {
				counts[q][int32(s)]++
			}
		}
		if w+1 < len(ix.ws) && firsts[string(norm[ix.ws[w]:ix.we[w]])] {
			key = append(append(append(key[:0], norm[ix.ws[w]:ix.we[w]]...), ' '), norm[ix.ws[w+1]:ix.we[w+1]]...)
			for _, q := range byPair[string(key)] {
				counts[q][int32(s)]++
			}
		}
	}
	for i, q := range qs {
		out[i] = ix.bestOf(q, kinds[i], counts[i])
	}
	return out
}

// bestOf scores the candidate sentences with the most shared pairs by
// their shared words, and returns the evidence of the best.
func (ix *index) bestOf(q []byte, kind Kind, counts map[int32]int) Evidence {
	ev := Evidence{Status: NotFound}
	type cand struct {
		s int32
		c int
	}
	cands := make([]cand, 0, len(counts))
	for s, c := range counts {
		cands = append(cands, cand{s, c})
	}
	sort.Slice(cands, func(a, b int) bool {
		if cands[a].c != cands[b].c {
			return cands[a].c > cands[b].c
		}
		return cands[a].s < cands[b].s
	})
	if len(cands) > 8 {
		cands = cands[:8]
	}
	item := wordSet(q)
	if len(item) == 0 {
		return ev
	}
	best, bestScore := int32(-1), 0.0
	for _, c := range cands {
		sp := ix.sents[c.s]
		sent := wordSet(normalize(ix.text[sp.Start:sp.End], false).norm)
		inter := 0
		for w := range sent {
			if item[w] {
				inter++
			}
		}
		var score float64
		if kind == Quote {
			score = float64(inter) / float64(len(item))
		} else {
			score = 2 * float64(inter) / float64(len(item)+len(sent))
		}
		if score > bestScore || score == bestScore && best >= 0 && c.s < best {
			best, bestScore = c.s, score
		}
	}
	ev.Score = bestScore
	if best < 0 || bestScore < ClosestScore {
		return ev
	}
	sp := ix.sents[best]
	ev.Sentence, ev.Closest = sp, ix.text[sp.Start:sp.End]
	if bestScore >= ApproximateScore {
		ev.Status = Approximate
	}
	return ev
}

func wordSet(b []byte) map[string]bool {
	ws, we := words(b)
	set := make(map[string]bool, len(ws))
	for i := range ws {
		set[string(b[ws[i]:we[i]])] = true
	}
	return set
}
