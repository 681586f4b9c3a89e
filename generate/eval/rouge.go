package eval

import (
	"strings"
	"unicode"

	"github.com/brief-team/brief/generate"
)

// Rouge holds ROUGE-1, ROUGE-2 and ROUGE-L F-measures (0..1).
type Rouge struct{ R1, R2, RL float64 }

// rougeWords splits text into lower-cased words of letters and digits, as
// ROUGE's usual tokenisation does (no stemming, no stop words removed).
func rougeWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func fmeasure(overlap, cand, ref int) float64 {
	if overlap == 0 || cand == 0 || ref == 0 {
		return 0
	}
	p, r := float64(overlap)/float64(cand), float64(overlap)/float64(ref)
	return 2 * p * r / (p + r)
}

// ngramOverlap counts the n-grams of cand found in ref, each at most as
// often as ref has it.
func ngramOverlap(cand, ref []string, n int) (overlap, nc, nr int) {
	counts := map[string]int{}
	for i := 0; i+n <= len(ref); i++ {
		counts[strings.Join(ref[i:i+n], " ")]++
		nr++
	}
	for i := 0; i+n <= len(cand); i++ {
		nc++
		k := strings.Join(cand[i:i+n], " ")
		if counts[k] > 0 {
			counts[k]--
			overlap++
		}
	}
	return overlap, nc, nr
}

// lcs is the length of the longest common subsequence of a and b.
func lcs(a, b []string) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
			} else {
				cur[j] = max(prev[j], cur[j-1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// RougeScore scores a candidate summary against reference summaries: the
// F-measures averaged over the references.
func RougeScore(cand string, refs []string) Rouge {
	var s Rouge
	if len(refs) == 0 {
		return s
	}
	c := rougeWords(cand)
	for _, ref := range refs {
		r := rougeWords(ref)
		o1, c1, r1 := ngramOverlap(c, r, 1)
		o2, c2, r2 := ngramOverlap(c, r, 2)
		s.R1 += fmeasure(o1, c1, r1)
		s.R2 += fmeasure(o2, c2, r2)
		s.RL += fmeasure(lcs(c, r), len(c), len(r))
	}
	n := float64(len(refs))
	return Rouge{s.R1 / n, s.R2 / n, s.RL / n}
}

// Lead3 is the baseline summary every news summary is measured against:
// the article's first three sentences, not counting its title line and
// its date line (a "sentence" of fewer than six words before the body).
func Lead3(doc generate.Document) string {
	var lead []string
	title := alnum(doc.Title)
	for _, s := range generate.Sentences(doc.Text) {
		if len(lead) == 0 && (alnum(s) == title || len(strings.Fields(s)) < 6) {
			continue
		}
		if lead = append(lead, s); len(lead) == 3 {
			break
		}
	}
	return strings.Join(lead, " ")
}
