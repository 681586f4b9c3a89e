package generate

import (
	"strings"

	"github.com/brief-team/brief/briefings"
)

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
