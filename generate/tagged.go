package generate

import (
	"sort"
	"strings"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/generate/ner"
)

// taggedName is a person or organization the statistical tagger found:
// tokens [a,b) of a sentence and the type the tagger gives the actor.
type taggedName struct {
	a, b int
	typ  string
}

// tagDocs runs the tagger once per document and records, per sentence,
// the people and organizations it names. Runs of capitalized words are
// read by rules that were written for the texts here; on real news the
// tagger finds more names at higher precision (measured on the realdev
// dev split), so a run no rule of context explains is named by it.
// Countries stay the rules' (the tagger's add nothing there).
func (x *extractor) tagDocs() {
	x.tagged = make([][]taggedName, len(x.sents))
	for a := 0; a < len(x.sents); {
		x.stop.check()
		b := a
		for b < len(x.sents) && x.sents[b].doc == x.sents[a].doc {
			b++
		}
		x.tagDoc(a, b)
		a = b
	}
}

// tagDoc tags sentences [a,b), one document. The sentences are joined by
// blank lines, where the tagger always cuts, so that each mention falls in
// one of the generator's sentences and maps onto its tokens.
func (x *extractor) tagDoc(a, b int) {
	var sb strings.Builder
	offs := make([]int, 0, b-a)
	idx := make([]int, 0, b-a) // the sentence each offset starts
	for si := a; si < b; si++ {
		if !nameAfterFirst(x.sents[si].toks) {
			// No capital past the first word: a name there is one word,
			// which the rules read (a known name) or leave out. Skipping
			// such sentences buys about 8 % of generation time toward the
			// throughput requirement (1 MB/s per core).
			continue
		}
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		offs = append(offs, sb.Len())
		idx = append(idx, si)
		sb.WriteString(x.sents[si].text)
	}
	for _, act := range ner.Actors(sb.String()) {
		var typ string
		switch act.Type {
		case ner.Person:
			typ = briefings.ActorPerson
		case ner.Organization:
			typ = briefings.ActorOrganization
		default:
			continue
		}
		for _, m := range act.Mentions {
			k := sort.SearchInts(offs, m.Start+1) - 1
			if k < 0 {
				continue
			}
			si := idx[k]
			start, end := m.Start-offs[k], m.End-offs[k]
			ta, tb := -1, -1
			for i, t := range x.sents[si].toks {
				if t.start >= start && t.end <= end {
					if ta < 0 {
						ta = i
					}
					tb = i + 1
				}
			}
			if ta >= 0 {
				x.tagged[si] = append(x.tagged[si], taggedName{a: ta, b: tb, typ: typ})
			}
		}
	}
	for si := a; si < b; si++ {
		sort.Slice(x.tagged[si], func(i, j int) bool { return x.tagged[si][i].a < x.tagged[si][j].a })
	}
}

// nameAfterFirst says a capitalized word follows the first token.
func nameAfterFirst(toks []token) bool {
	for i := 1; i < len(toks); i++ {
		if isCapTok(toks[i]) {
			return true
		}
	}
	return false
}
