package generate

import (
	"sort"
	"strings"
	"unicode"

	"github.com/brief-team/brief/briefings"
)

// quote is one quoted passage found in a paragraph.
type quote struct {
	doc          int
	s1, o, s2, c int // open quote: token o of sentence s1; close: token c of sentence s2 (len(toks): paragraph end)
	text         string
	// runsOn: the quote is still open at the end of its paragraph and the
	// next paragraph opens with a quotation mark, the convention for one
	// speaker's words running over several paragraphs.
	runsOn bool
}

// findQuotes returns the quoted passages of sentences [from,to) (one
// paragraph), in order.
func (x *extractor) findQuotes(from, to int) []quote {
	var out []quote
	open := false
	single := false
	var q quote
	for si := from; si < to; si++ {
		toks := x.sents[si].toks
		for ti, t := range toks {
			switch {
			case t.kind == tDQ && !single:
				curlyOpen := t.s == "“" || t.s == "„" || t.s == "«"
				curlyClose := t.s == "”" || t.s == "»"
				if !open && !curlyClose {
					open = true
					q = quote{doc: x.sents[si].doc, s1: si, o: ti}
				} else if open && !curlyOpen {
					open = false
					q.s2, q.c = si, ti
					out = append(out, q)
				} else if open && curlyOpen {
					// A new opening quote: the previous one was never closed.
					q = quote{doc: x.sents[si].doc, s1: si, o: ti}
				}
			case t.kind == tSQOpen && !open:
				open, single = true, true
				q = quote{doc: x.sents[si].doc, s1: si, o: ti}
			case t.kind == tSQClose && open && single:
				open, single = false, false
				q.s2, q.c = si, ti
				out = append(out, q)
			}
		}
	}
	if open && x.opensWithQuote(to, single) {
		last := len(x.sents[to-1].toks)
		q.s2, q.c, q.runsOn = to-1, last, true
		out = append(out, q)
	}
	var good []quote
	for _, q := range out {
		q.text = x.quoteText(q)
		if !hasLetter(q.text) || len(q.text) > 3000 {
			continue
		}
		good = append(good, q)
	}
	return good
}

// opensWithQuote says sentence si starts a paragraph of the same document
// with an opening quotation mark of the kind given (single or double).
func (x *extractor) opensWithQuote(si int, single bool) bool {
	if si >= len(x.sents) || x.sents[si].doc != x.sents[si-1].doc || x.sents[si].para == x.sents[si-1].para {
		return false
	}
	toks := x.sents[si].toks
	if len(toks) == 0 {
		return false
	}
	if single {
		return toks[0].kind == tSQOpen
	}
	return toks[0].kind == tDQ && toks[0].s != "”" && toks[0].s != "»"
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// quoteText is the original text between the quotation marks.
func (x *extractor) quoteText(q quote) string {
	var sb strings.Builder
	for si := q.s1; si <= q.s2; si++ {
		s := x.sents[si]
		a, b := 0, len(s.text)
		if si == q.s1 {
			a = s.toks[q.o].end
		}
		if si == q.s2 && q.c < len(s.toks) {
			b = s.toks[q.c].start
		}
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		if a < b {
			sb.WriteString(s.text[a:b])
		}
	}
	t := strings.TrimSpace(sb.String())
	t = strings.TrimRight(t, ",")
	return strings.TrimSpace(t)
}

// speakerOf resolves who said quote q, or "" when the text does not say
// (a label, an unattributed passage).
func (x *extractor) speakerOf(q quote, paraEnd int, prevLabel *quote) (string, bool) {
	st := x.sents[q.s1].toks
	// A label: designated "sensitive", the so-called "...", titled "...".
	p := q.o - 1
	if p >= 0 && st[p].lower() == "as" {
		p--
	}
	if p >= 0 && (labelCues[st[p].lower()] || st[p].lower() == "so-called") {
		return "", true
	}
	// "known as "APT42" or "Charming Kitten"": a second name.
	if prevLabel != nil && prevLabel.s2 == q.s1 && p >= 1 && p == prevLabel.c+1 && (st[p].lower() == "or" || st[p].lower() == "and" || st[p].n == ",") {
		return "", true
	}
	return x.attribution(q, paraEnd), false
}

// attribution finds the speaker of a quotation that is not a label.
func (x *extractor) attribution(q quote, paraEnd int) string {
	// After the quote: "...," stated Albanian Prime Minister Edi Rama /
	// "...," Rama said / "...," he added.
	et := x.sents[q.s2].toks
	if i := q.c + 1; i < len(et) {
		if et[i].n == "," || et[i].n == "—" || et[i].n == "-" {
			i++
		}
		if sp := x.afterQuote(q.s2, i, q.s1, q.o); sp != "" {
			return sp
		}
	}

	// Before the quote, in its sentence: X said (that) "..." / X claimed it
	// "..." / X expressed "...".
	if sp := x.beforeQuote(q.s1, q.o); sp != "" {
		return sp
	}
	// "according to X" in the sentence.
	for _, si := range []int{q.s1, q.s2} {
		if sp := x.accordingTo(si); sp != "" {
			return sp
		}
	}
	// A document: correspondence between A and B detailing plans to "...".
	if sp := x.documentSpeaker(q.s1, q.o); sp != "" {
		return sp
	}
	// The next sentence attributes it: "... ." He said. / "... ." She
	// added that the rights body had asked ...
	if q.c+2 >= len(et) && q.s2+1 < paraEnd {
		nt := x.sents[q.s2+1].toks
		if len(nt) <= 10 || len(nt) > 2 && (reportingVerbs[nt[1].lower()] || reportingVerbs[nt[2].lower()]) {
			if sp := x.afterQuote(q.s2+1, 0, q.s1, q.o); sp != "" {
				return sp
			}
		}
	}
	return ""
}

// mentionAt returns the mention starting at token i of sentence si.
func (x *extractor) mentionAt(si, i int) (mention, bool) {
	for _, m := range x.mentions[si] {
		if m.a == i && (m.act != nil || m.kind == mRole) {
			return m, true
		}
	}
	return mention{}, false
}

// mentionEndingAt returns the longest mention ending at token end-1.
func (x *extractor) mentionEndingAt(si, end int) (mention, bool) {
	var best mention
	found := false
	for _, m := range x.mentions[si] {
		if m.b == end && (m.act != nil || m.kind == mRole) && m.kind != mLocative {
			if !found || m.a < best.a {
				best, found = m, true
			}
		}
	}
	// "Médecins Sans Frontières (MSF), which ..., said": the name before
	// its acronym.
	if toks := x.sents[si].toks; !found && end >= 4 && toks[end-1].n == ")" && toks[end-3].n == "(" {
		return x.mentionEndingAt(si, end-3)
	}
	return best, found
}

func speakerName(m mention) string {
	if m.act != nil {
		return m.act.name
	}
	return cleanRole(m.role)
}

// afterQuote reads "VERB SPEAKER" or "SPEAKER VERB" starting at token i.
func (x *extractor) afterQuote(si, i, qs, qo int) string {
	toks := x.sents[si].toks
	if i >= len(toks) {
		return ""
	}
	if reportingVerbs[toks[i].lower()] && toks[i].lower() != "according" {
		// stated Albanian Prime Minister Edi Rama: the person, not the role.
		for k := i + 1; k < len(toks) && k <= i+8; k++ {
			// "said the union's general secretary, Joan Casals": the name
			// after the role's comma.
			if toks[k].n == "," && k+1 < len(toks) {
				if m, ok := x.mentionAt(si, k+1); ok && m.act != nil && m.kind == mPerson {
					return speakerName(m)
				}
			}
			if toks[k].n == "," || toks[k].n == "." || toks[k].kind == tDQ {
				break
			}
			if m, ok := x.mentionAt(si, k); ok {
				if m.kind == mRole || m.kind == mCountry && m.b < len(toks) && isCapTok(toks[m.b]) {
					// keep looking for the name the role leads to
					if m.act != nil && m.kind == mRole {
						return speakerName(m)
					}
					continue
				}
				return speakerName(m)
			}
			if personPronouns[toks[k].lower()] {
				return x.pronoun(si, k, true)
			}
		}
		return ""
	}
	// SPEAKER VERB: a mention, pronoun or role phrase, then a verb.
	if sp, e := x.speakerFor(si, i); sp != "" && e < len(toks) && reportingVerbs[toks[e].lower()] {
		return sp
	}
	k := i
	// "..., Ardent spokesperson Rachel Lord said": the named mention nearest
	// the verb, after role words.
	for j := i; j < len(toks) && j < i+12; j++ {
		if toks[j].n == "," || toks[j].n == "." || toks[j].kind == tDQ {
			break
		}
		if reportingVerbs[toks[j].lower()] {
			if j > i {
				if m, ok := x.mentionEndingAt(si, j); ok && m.act != nil {
					return speakerName(m)
				}
				if np := x.nounPhrase(si, i, j); np != "" {
					return np
				}
			}
			break
		}
	}
	if determiners[toks[k].lower()] && k+1 < len(toks) {
		k++
	}
	if personPronouns[toks[k].lower()] || groupPronouns[toks[k].lower()] {
		if k+1 < len(toks) && reportingVerbs[toks[k+1].lower()] {
			return x.pronoun(si, k, personPronouns[toks[k].lower()])
		}
		return ""
	}
	if m, ok := x.mentionAt(si, k); ok {
		v := m.b
		for v < len(toks) && (toks[v].lower() == "also" || toks[v].lower() == "later" || toks[v].lower() == "then") {
			v++
		}
		// "..., Alastair King-Smith, the British ambassador, said."
		if v < len(toks) && toks[v].n == "," {
			for w := v + 1; w < len(toks) && w < v+12; w++ {
				if toks[w].n == "," {
					v = w + 1
					break
				}
			}
		}
		if v < len(toks) && reportingVerbs[toks[v].lower()] {
			return speakerName(m)
		}
	}
	// "..., Iraq's oil minister, Hassan al-Jubouri, said": a longer role
	// before the name in apposition.
	for v := i; v < len(toks) && v < i+16; v++ {
		if toks[v].n == "." || toks[v].kind == tDQ {
			break
		}
		if l := toks[v].lower(); reportingVerbs[l] && l != "according" {
			if v >= 2 && toks[v-1].n == "," {
				return x.beforeComma(si, v-1, true)
			}
			break
		}
	}
	return ""
}

// beforeQuote finds the nearest reporting verb before token o of sentence
// si and its subject.
func (x *extractor) beforeQuote(si, o int) string {
	toks := x.sents[si].toks
	for v := o - 1; v >= 0; v-- {
		if toks[v].kind == tDQ || toks[v].kind == tSQClose {
			// An earlier quotation in the sentence: skip its words, whose
			// verbs are not this sentence's. `X said voting had been “A,”
			// but that delays had “B”` gives B to X as well.
			if v = openingBefore(toks, v); v < 0 {
				break
			}
			continue
		}
		l := toks[v].lower()
		if !reportingVerbs[l] || l == "according" {
			continue
		}
		// "Cefic said ... and called for “...”": the subject of the first verb.
		if v > 0 && toks[v-1].lower() == "and" {
			continue
		}
		// Passive "was described as", "is called": not the subject's speech.
		if v > 0 && (toks[v-1].lower() == "was" || toks[v-1].lower() == "were" || toks[v-1].lower() == "been" || toks[v-1].lower() == "be" || toks[v-1].lower() == "is" || toks[v-1].lower() == "are") && l != "said" {
			// "X said officers had been told to use “...”": the words are
			// X's report of the instruction; look on for X's verb.
			if (l == "told" || l == "asked" || l == "urged") && v+1 < len(toks) && toks[v+1].lower() == "to" {
				continue
			}
			return ""
		}
		// Subject: a mention or pronoun ending just before the verb, allowing
		// auxiliaries and adverbs, or an apposition ", the X,".
		e := v
		for e > 0 && auxOrAdverb(toks[e-1].lower()) {
			e--
		}
		if e > 1 && toks[e-1].n == "," {
			// "ROLE, NAME, said": the name right before the comma; a body
			// after a described role, "Its operator, Delos Maritime, said".
			if m, ok := x.mentionEndingAt(si, e-1); ok && m.act != nil && (m.kind == mPerson || m.kind == mOrg && m.a >= 2 && toks[m.a-1].n == "," && toks[m.a-2].kind == tWord && !toks[m.a-2].upper()) {
				return speakerName(m)
			}
		}
		// A relative clause: "Sen. Wade Corbin, a Republican from Texas,
		// who called the package “...”", "the agency, which said ...".
		if e > 0 && (toks[e-1].lower() == "who" || toks[e-1].lower() == "which") {
			if sp := x.antecedent(si, e-1, toks[e-1].lower() == "who"); sp != "" {
				return sp
			}
		}
		if e > 0 && toks[e-1].n == "," {
			// skip back over an apposition to the name before it, or to a
			// described speaker: "A JFTC official, speaking on condition of
			// anonymity, said".
			if w := appositionStart(toks, e-1); w >= 0 {
				if m, ok := x.mentionEndingAt(si, w); ok {
					return speakerName(m)
				}
				for s := w - 2; s >= 0 && s >= w-5; s-- {
					if determiners[toks[s].lower()] {
						return x.describedSpeaker(si, s, w)
					}
				}
			}
			return ""
		}
		if e > 0 {
			if pr := toks[e-1].lower(); personPronouns[pr] || groupPronouns[pr] {
				return x.pronoun(si, e-1, personPronouns[pr])
			}
		}
		if m, ok := x.mentionEndingAt(si, e); ok {
			if m.kind == mRole && m.act == nil {
				return cleanRole(m.role)
			}
			// "Omprakash Verma of the Congress (INC) said": the person, not
			// the party.
			if k := m.a - 1; m.kind == mOrg && k > 0 {
				if toks[k].lower() == "the" {
					k--
				}
				if k > 0 && toks[k].lower() == "of" {
					if p, ok := x.mentionEndingAt(si, k); ok && p.act != nil && p.act.typ == briefings.ActorPerson {
						return speakerName(p)
					}
				}
			}
			return speakerName(m)
		}
		// "Callum's family said": a person's own people speak.
		if e >= 3 && toks[e-2].n == "'s" && toks[e-1].kind == tWord && !toks[e-1].upper() && (humanHeads[toks[e-1].lower()] || roleHeads[toks[e-1].lower()] || familyWords[toks[e-1].lower()]) {
			p := e - 2
			for p > 0 && isCapTok(toks[p-1]) {
				p--
			}
			if p < e-2 {
				return x.text(si, p, e)
			}
		}
		// "a spokesperson for the Treasury said"
		for s := e - 3; s >= 0 && s >= e-12; s-- {
			if sp, end := x.speakerFor(si, s); sp != "" && end == e {
				return sp
			}
		}
		// "the company said", "the three countries said", "the justice
		// ministry in Bucharest said" (the place is not the speaker's name).
		if e >= 3 && (toks[e-2].lower() == "in" || toks[e-2].lower() == "at") && isCapTok(toks[e-1]) {
			e -= 2
		}
		for s := e - 1; s >= 0 && s >= e-5; s-- {
			if determiners[toks[s].lower()] {
				return x.nounPhrase(si, s, e)
			}
			if toks[s].kind != tWord && toks[s].kind != tNum {
				break
			}
		}
		// A role phrase in lower case: "the minister said".
		return ""
	}
	return ""
}

// nounPhrase resolves a lower-case subject such as "the company" or "the
// three countries" [a,b): an actor whose name or role has the head noun
// (the nearest before), else the phrase itself without its article. A
// phrase with a capitalized body, "a Treasury spokesperson", is read by
// describedSpeaker.
func (x *extractor) nounPhrase(si, a, b int) string {
	toks := x.sents[si].toks
	if b-a < 2 || b-a > 5 || !determiners[toks[a].lower()] {
		return ""
	}
	for k := a + 1; k < b; k++ {
		if toks[k].kind != tWord && toks[k].kind != tNum {
			return ""
		}
		if toks[k].upper() {
			return x.describedSpeaker(si, a, b)
		}
	}
	head := strings.TrimSuffix(toks[b-1].lower(), "'s")
	if summaryStop[head] || personPronouns[head] || groupPronouns[head] {
		return ""
	}
	doc := x.sents[si].doc
	if m, ok := x.lastMentionWith(head, si, a); ok && x.sents[m.sent].doc == doc {
		return m.act.name
	}
	// "the company said": the organization that last spoke, or was last
	// named, within the last three sentences. Not "the justice ministry",
	// which says which one it is.
	if (orgDescriptors[head] || govHeads[head]) && b-a == 2 {
		var named *actor
		for s := si; s >= 0 && s >= si-3 && x.sents[s].doc == doc; s-- {
			ms := x.mentions[s]
			toks := x.sents[s].toks
			for k := len(ms) - 1; k >= 0; k-- {
				m := ms[k]
				if m.act == nil || m.act.typ != "organization" || s == si && m.a >= a {
					continue
				}
				if m.b < len(toks) && reportingVerbs[toks[m.b].lower()] {
					return m.act.name
				}
				if named == nil {
					named = m.act
				}
			}
		}
		if named != nil {
			return named.name
		}
	}
	return cleanRole(x.text(si, a, b))
}

// describedSpeaker reads a speaker described by a body and a person noun,
// [a,b) before a reporting verb: "a Treasury spokesperson", "a senior
// Pentagon official". The text names no one, so the description is the
// speaker. nounPhrase hands it the phrases with a capital.
func (x *extractor) describedSpeaker(si, a, b int) string {
	toks := x.sents[si].toks
	if b-a < 3 || b-a > 5 || !determiners[toks[a].lower()] {
		return ""
	}
	head := toks[b-1]
	// "a European Union observer mission" speaks as a body.
	if head.kind != tWord || head.upper() || !(humanHeads[head.lower()] || roleHeads[head.lower()] || orgDescriptors[head.lower()]) {
		return ""
	}
	body := false
	for k := a + 1; k < b-1; k++ {
		if toks[k].kind != tWord {
			return ""
		}
		if toks[k].upper() {
			body = true
		}
	}
	if !body {
		return "" // "the minister": nounPhrase's to resolve
	}
	return cleanRole(x.text(si, a+1, b))
}

// speakerFor reads a described speaker at token a of sentence si that
// names the body it speaks for: "a spokesperson for the Department for
// Business and Trade", "an official at the ministry", spoken of as
// "Department for Business and Trade spokesperson". It returns the end of
// the phrase.
func (x *extractor) speakerFor(si, a int) (string, int) {
	toks := x.sents[si].toks
	if a >= len(toks) || !determiners[toks[a].lower()] {
		return "", a
	}
	k := a + 1
	if k+2 >= len(toks) {
		return "", a
	}
	head := toks[k]
	if head.kind != tWord || head.upper() || !(humanHeads[head.lower()] || roleHeads[head.lower()]) {
		return "", a
	}
	switch toks[k+1].lower() {
	case "for", "of", "at":
	default:
		return "", a
	}
	n := k + 2
	if toks[n].lower() == "the" {
		n++
	}
	m, ok := x.mentionAt(si, n)
	if !ok || m.act == nil || m.act.typ == briefings.ActorPerson || m.kind == mLocative {
		return "", a
	}
	return m.act.name + " " + head.lower(), m.b
}

// familyWords speak for a person: "Callum's family said".
var familyWords = set(`family relatives parents lawyers friends colleagues`)

// humanHeads are nouns for people who may be speakers without a name.
var humanHeads = set(`man woman men women victim victims mother father parent parents son daughter wife husband boy girl child
	resident residents witness witnesses nurse teacher worker workers farmer friend neighbour neighbor
	survivor relative patient passenger driver soldier pilot student user customer owner official
	spokesman spokeswoman spokesperson source sources lawyer doctor officer analyst expert member
	fellow scholar lecturer academic agent`)

// lastSpeaker finds the most recent person who spoke before token i of
// sentence si (a pronoun "he"/"she"): the subject of the latest reporting
// verb, named or described ("One victim, a former nurse, told the court").
func (x *extractor) lastSpeaker(si, i int) string {
	doc := x.sents[si].doc
	told := 0 // sentences looked at that are not all quotation
	for s := si; s >= 0 && told <= 3 && x.sents[s].doc == doc; s-- {
		toks := x.sents[s].toks
		end := len(toks)
		if s == si {
			end = i
		}
		if !x.allQuoted(s) {
			told++
		}
		for v := end - 1; v >= 0; v-- {
			// The quoted words' own verbs are not the speaker's: `"This
			// witness was promised ...," he said`.
			l := toks[v].lower()
			if x.quotedAt(s, v) || !reportingVerbs[l] || l == "according" {
				continue
			}
			e := v
			for e > 0 && auxOrAdverb(toks[e-1].lower()) {
				e--
			}
			if e > 0 && (personPronouns[toks[e-1].lower()] || groupPronouns[toks[e-1].lower()]) {
				continue // "he said": look further back
			}
			if m, ok := x.mentionEndingAt(s, e); ok && m.act != nil {
				if m.act.typ == "person" {
					return m.act.name
				}
				continue
			}
			// "ROLE, NAME, said" / "NAME, ROLE, said"
			if e > 1 && toks[e-1].n == "," {
				if sp := x.beforeComma(s, e-1, true); sp != "" {
					return sp
				}
			}
			// A described subject at the start of the clause.
			st := 0
			for k := e - 1; k >= 0; k-- {
				if toks[k].n == ";" || toks[k].kind == tDQ || toks[k].n == ":" {
					st = k + 1
					break
				}
			}
			if st < e {
				if _, isNum := numberWords[toks[st].lower()]; determiners[toks[st].lower()] || isNum {
					for k := st + 1; k < e && k <= st+3; k++ {
						if humanHeads[toks[k].lower()] || roleHeads[toks[k].lower()] {
							if k+1 < e && toks[k+1].n != "," {
								// "The minister described the budget as ...
								// and insisted": the subject alone, and the
								// actor it names if the text has one.
								if np := x.nounPhrase(s, st, k+1); np != "" {
									return np
								}
								return x.text(s, st, k+1)
							}
							return strings.TrimRight(x.text(s, st, e), " ,")
						}
						if toks[k].kind != tWord {
							break
						}
					}
				}
			}
		}
	}
	return ""
}

// antecedent is the actor a relative pronoun at token r stands for, "X,
// who said": a person for "who", a body or country for "which".
func (x *extractor) antecedent(si, r int, person bool) string {
	if r < 2 || x.sents[si].toks[r-1].n != "," {
		return ""
	}
	return x.beforeComma(si, r-1, person)
}

// beforeComma names the actor that ends right before the comma at token c,
// or before the apposition that comma closes ("NAME, the ambassador,"): a
// person, or (person false) a body or country.
func (x *extractor) beforeComma(si, c int, person bool) string {
	fits := func(m mention) bool {
		return m.act != nil && (m.act.typ == briefings.ActorPerson) == person
	}
	if m, ok := x.mentionEndingAt(si, c); ok && fits(m) {
		return speakerName(m)
	}
	if w := appositionStart(x.sents[si].toks, c); w >= 0 {
		if m, ok := x.mentionEndingAt(si, w); ok && fits(m) {
			return speakerName(m)
		}
	}
	return ""
}

// previousSubject is the person who opens the sentence before si, when
// that sentence is narrative (not quotation) in the same document: in
// `Minister X presented the data. "...," she said`, she is X, though
// someone else spoke last.
func (x *extractor) previousSubject(si int) string {
	p := si - 1
	for p >= 0 && p >= si-4 && x.allQuoted(p) {
		p-- // the quotation's own earlier sentences
	}
	if p < 0 || x.sents[p].doc != x.sents[si].doc || x.allQuoted(p) || x.quotedAt(p, 0) {
		return ""
	}
	toks := x.sents[p].toks
	if len(toks) > 2 && toks[0].lower() == "the" && roleHeads[toks[1].lower()] && !toks[1].upper() {
		// "The minister described the budget ...": the actor the role names.
		if np := x.nounPhrase(p, 0, 2); np != "" && np != cleanRole(x.text(p, 0, 2)) {
			return np
		}
		return ""
	}
	for _, m := range x.mentions[p] {
		if m.act == nil || m.b < len(toks) && toks[m.b].n == "'s" {
			continue // a possessor: "Iraq's oil minister X", "Perić's lawyer, X"
		}
		if m.a > 8 || m.act.typ != briefings.ActorPerson || !opensClause(toks, m.a) {
			return ""
		}
		return m.act.name
	}
	return ""
}

// opensClause says only a subject's lead-in comes before token i: names,
// titles, role words, articles and possessives ("Environment and Climate
// Change Minister X"), not a verb or a pronoun ("He did not mention X").
func opensClause(toks []token, i int) bool {
	for k := 0; k < i; k++ {
		t := toks[k]
		l := t.lower()
		switch {
		case personPronouns[l] || groupPronouns[l]:
			return false
		case isCapTok(t) || determiners[l] || roleHeads[l] || l == "'s" || l == "," || l == "and" || l == "of" || l == "for":
		case t.kind == tWord && !t.upper() && k+1 < len(toks) && (roleHeads[toks[k+1].lower()] || toks[k+1].upper()):
			// a modifier of the role or name after it: "former", "senior"
		default:
			return false
		}
	}
	return true
}

// quotedAt says token i of sentence si lies inside a quotation.
func (x *extractor) quotedAt(si, i int) bool {
	x.markQuoted()
	q := x.quoted[si]
	return i < len(q) && q[i]
}

// allQuoted says every token of sentence si lies inside a quotation.
func (x *extractor) allQuoted(si int) bool {
	x.markQuoted()
	for _, q := range x.quoted[si] {
		if !q {
			return false
		}
	}
	return len(x.quoted[si]) > 0
}

// markQuoted finds, once, the quotations of every paragraph (paraQuotes,
// by the paragraph's first sentence) and marks the tokens inside them,
// marks included.
func (x *extractor) markQuoted() {
	if x.quoted != nil {
		return
	}
	x.quoted = make([][]bool, len(x.sents))
	x.paraQuotes = map[int][]quote{}
	for si := range x.sents {
		x.quoted[si] = make([]bool, len(x.sents[si].toks))
	}
	x.eachParagraph(func(start, end int) {
		qs := x.findQuotes(start, end)
		x.paraQuotes[start] = qs
		for _, q := range qs {
			for si := q.s1; si <= q.s2; si++ {
				a, b := 0, len(x.quoted[si])
				if si == q.s1 {
					a = q.o
				}
				if si == q.s2 && q.c < b {
					b = q.c + 1
				}
				for t := a; t < b; t++ {
					x.quoted[si][t] = true
				}
			}
		}
	})
}

// eachParagraph calls f with the sentences [start,end) of each paragraph
// of each document, in order.
func (x *extractor) eachParagraph(f func(start, end int)) {
	for start := 0; start < len(x.sents); {
		x.stop.check()
		end := start + 1
		for end < len(x.sents) && x.sents[end].doc == x.sents[start].doc && x.sents[end].para == x.sents[start].para {
			end++
		}
		f(start, end)
		start = end
	}
}

// openingBefore returns the opening quotation mark of the closing one at
// token c, or -1 when the sentence holds none.
func openingBefore(toks []token, c int) int {
	for w := c - 1; w >= 0; w-- {
		if toks[w].kind == tDQ || toks[w].kind == tSQOpen {
			return w
		}
	}
	return -1
}

// appositionStart finds the comma that opens the apposition or relative
// clause closed by the comma at c: "NAME, the British ambassador, said",
// "NAME, who took over the talks in November 2021, said". It returns -1
// when there is none near enough: 12 words, or 28 for a relative clause.
func appositionStart(toks []token, c int) int {
	for w := c - 1; w >= 0 && w > c-29; w-- {
		if toks[w].n != "," {
			continue
		}
		// A description ("a German MEP from the center-right European
		// People's Party (EPP)") or a relative clause may run longer.
		if c-w < 14 || w+1 < len(toks) && (relativeWords[toks[w+1].lower()] || determiners[toks[w+1].lower()]) {
			return w
		}
		return -1
	}
	return -1
}

func auxOrAdverb(l string) bool {
	switch l {
	case "also", "has", "have", "had", "later", "then", "previously", "earlier", "again", "repeatedly",
		"publicly", "reportedly", "allegedly", "once", "recently", "further", "would", "will", "could", "separately", "similarly", "however", "too", "already", "officially", "openly", "clearly":
		return true
	}
	return false
}

// accordingTo returns the actor after "according to" in sentence si.
func (x *extractor) accordingTo(si int) string {
	toks := x.sents[si].toks
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].lower() == "according" && toks[i+1].lower() == "to" {
			for k := i + 2; k < len(toks) && k <= i+6; k++ {
				if m, ok := x.mentionAt(si, k); ok && m.kind != mLocative {
					if m.kind == mCountry && k+1 < len(toks) && toks[k+1].n == "'s" {
						continue // "Albania's Interior Ministry"
					}
					return speakerName(m)
				}
				if toks[k].n == "," {
					break
				}
			}
		}
	}
	return ""
}

// documentSpeaker names a document that a quote comes from:
// "correspondence ... between A and B ... detailing plans to “...”".
func (x *extractor) documentSpeaker(si, o int) string {
	toks := x.sents[si].toks
	for d := 0; d < o; d++ {
		if !docNouns[toks[d].lower()] || toks[d].upper() && d > 0 {
			continue
		}
		// The document must be what speaks: a participle or relative clause
		// of saying/detailing between it and the quote.
		speaks := false
		for k := d + 1; k < o; k++ {
			switch toks[k].lower() {
			case "detailing", "saying", "stating", "reading", "describing", "outlining", "warning", "which", "that", "says", "said", "states", "stated", "reads", "read", "noted", "noting", "calling", "urging", "asking", "claiming":
				speaks = true
			}
		}
		if !speaks {
			continue
		}
		name := strings.ToUpper(toks[d].s[:1]) + toks[d].s[1:]
		// "between A and B" / "from A" / "by A"
		var people []string
		for k := d + 1; k < o; k++ {
			l := toks[k].lower()
			if l == "between" || l == "from" || l == "by" {
				limit := k + 30
				if l != "between" {
					limit = k + 3
				}
				for j := k + 1; j < o && j < limit; j++ {
					if m, ok := x.mentionAt(si, j); ok && m.act != nil && (m.kind == mPerson || m.kind == mOrg) {
						people = append(people, m.act.name)
						j = m.b - 1
					}
					if len(people) == 2 {
						break
					}
				}
				if len(people) > 0 {
					if l == "between" && len(people) == 2 {
						return name + " between " + people[0] + " and " + people[1]
					}
					return name + " " + l + " " + people[0]
				}
			}
		}
		return name
	}
	return ""
}

// pronoun resolves a pronoun at token i of sentence si to the last named
// person (he/she) or organization/country (it/they) before it in the same
// document.
func (x *extractor) pronoun(si, i int, person bool) string {
	if person {
		if sp := x.previousSubject(si); sp != "" {
			return sp
		}
		if sp := x.lastSpeaker(si, i); sp != "" {
			return sp
		}
	}
	doc := x.sents[si].doc
	for s := si; s >= 0 && x.sents[s].doc == doc && s >= si-6; s-- {
		ms := x.mentions[s]
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if s == si && m.a >= i || m.act == nil || x.quotedAt(s, m.a) {
				continue
			}
			if person && m.act.typ == "person" || !person && (m.act.typ == "organization" || m.act.typ == "country") && m.kind != mLocative {
				return m.act.name
			}
		}
	}
	return ""
}

// mentionPos is the place of a mention: x.mentions[s][k].
type mentionPos struct{ s, k int }

// lastMentionWith returns the latest mention before token a of sentence
// si (in any earlier sentence, or in si before a) whose actor's name or
// role has the word w. Walking back through the document for it made the
// cost of a long document grow with the square of its sentences, so the
// mentions are indexed by those words once, after the actors are final.
func (x *extractor) lastMentionWith(w string, si, a int) (mention, bool) {
	if x.byWord == nil {
		x.byWord = map[string][]mentionPos{}
		words := map[*actor][]string{}
		for s, ms := range x.mentions {
			for k, m := range ms {
				if m.act == nil {
					continue
				}
				ws, ok := words[m.act]
				if !ok {
					seen := map[string]bool{}
					for _, w := range strings.Fields(normName(m.act.name + " " + m.act.role)) {
						if !seen[w] {
							seen[w] = true
							ws = append(ws, w)
						}
					}
					words[m.act] = ws
				}
				for _, w := range ws {
					x.byWord[w] = append(x.byWord[w], mentionPos{s, k})
				}
			}
		}
	}
	// Mentions are in token order within a sentence (run sorts them).
	ms := x.mentions[si]
	p := sort.Search(len(ms), func(k int) bool { return ms[k].a >= a })
	l := x.byWord[w]
	i := sort.Search(len(l), func(i int) bool { return l[i].s > si || l[i].s == si && l[i].k >= p }) - 1
	if i < 0 {
		return mention{}, false
	}
	return x.mentions[l[i].s][l[i].k], true
}
