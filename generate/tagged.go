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
	// One tagger for the run: the documents share their words, and it keeps
	// what it works out of each.
	tg := ner.NewTagger()
	for a := 0; a < len(x.sents); {
		x.stop.check()
		b := a
		for b < len(x.sents) && x.sents[b].doc == x.sents[a].doc {
			b++
		}
		x.tagDoc(tg, a, b)
		a = b
	}
}

// tagDoc tags sentences [a,b), one document. The tagger reads windows of
// each sentence around its capitalized words (nameWindows), joined by
// blank lines, where it always cuts, so that each mention falls in one
// window and maps onto its sentence's tokens.
func (x *extractor) tagDoc(tg *ner.Tagger, a, b int) {
	var wins []window
	size := 0 // of the joined text: the builder grows once
	for si := a; si < b; si++ {
		for _, w := range x.nameWindows(si) {
			w.si = si
			wins = append(wins, w)
			toks := x.sents[si].toks
			size += toks[w.b-1].end - toks[w.a].start + len("\n\n")
		}
	}
	var sb strings.Builder
	sb.Grow(size)
	offs := make([]int, len(wins)) // where each window starts in the joined text
	for k, w := range wins {
		if k > 0 {
			sb.WriteString("\n\n")
		}
		offs[k] = sb.Len()
		toks := x.sents[w.si].toks
		sb.WriteString(x.sents[w.si].text[toks[w.a].start:toks[w.b-1].end])
	}
	for _, act := range tg.Actors(sb.String(), ner.Default) {
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
			w := wins[k]
			si := w.si
			base := x.sents[si].toks[w.a].start
			start, end := m.Start-offs[k]+base, m.End-offs[k]+base
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
		x.tagged[si] = joinAdjacentPeople(x.tagged[si])
		particleHyphen(x.sents[si].toks, x.tagged[si])
	}
}

// particleHyphen extends a person the tagger ends at a word joined by a
// hyphen to a particle over the name the particle opens: "Sanne
// Oyelaran-de Wit", "Maria Smit-van Berg".
func particleHyphen(toks []token, ts []taggedName) {
	for i, t := range ts {
		if t.typ != briefings.ActorPerson || t.b >= len(toks) || !isCapTok(toks[t.b]) {
			continue
		}
		if k := strings.LastIndexByte(toks[t.b-1].n, '-'); k > 0 && nameParticles.has(toks[t.b-1].n[k+1:]) && (i+1 == len(ts) || ts[i+1].a > t.b) {
			ts[i].b++
		}
	}
}

// joinAdjacentPeople makes one name of two people the tagger reads side
// by side, nothing between them ("Peter" + "Paul Rubens"): a list of
// people has commas or "and".
func joinAdjacentPeople(ts []taggedName) []taggedName {
	out := ts[:0]
	for _, t := range ts {
		if n := len(out); n > 0 && out[n-1].typ == briefings.ActorPerson && t.typ == briefings.ActorPerson && out[n-1].b == t.a {
			out[n-1].b = t.b
			continue
		}
		out = append(out, t)
	}
	return out
}

// window is tokens [a,b) of sentence si that the tagger reads.
type window struct{ si, a, b int }

// windowContext is how many tokens a window keeps on each side of a
// capitalized word: the tagger's features look two words away, and one
// more lets its tag sequence settle. Words farther from any capital are
// tagged O nearly always. Reading only the windows took one unbroken
// 10 MB sentence from 0.84 to 1.31 MB per CPU-second, for one actor of
// 326 on the realdev dev split (throughput is a requirement: 1 MB/s per
// core).
const windowContext = 3

// nameWindows returns the windows of sentence si around capitalized
// words that are no month, weekday or country and not the first token;
// overlapping windows are joined. A sentence with none is not read: a
// name there is one word at its start, which the rules read (a known
// name) or leave out.
func (x *extractor) nameWindows(si int) []window {
	toks := x.sents[si].toks
	var out []window
	for i := 1; i < len(toks); i++ {
		if !isCapTok(toks[i]) || isDateWord(toks, i) {
			continue
		}
		if n := x.countryAt(si, i); n > 0 {
			i += n - 1
			continue
		}
		a, b := max(0, i-windowContext), min(len(toks), i+1+windowContext)
		if k := len(out) - 1; k >= 0 && a <= out[k].b {
			out[k].b = b
		} else {
			out = append(out, window{a: a, b: b})
		}
	}
	return out
}
