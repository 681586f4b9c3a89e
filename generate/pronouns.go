package generate

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/brief-team/brief/briefings"
)

// pronoun resolves a pronoun at token i of sentence si to the last named
// person (he/she) or organization/country (it/they) before it in the same
// document.
func (x *extractor) pronoun(si, i int, person bool) string {
	// "Mrs Castleton ... and so was her agent, Tom Hollis. "...," he
	// said": a person the text titles Mr or Mrs is never the other
	// pronoun's.
	g := pronounGender(x.sents[si].toks[i].lower())
	agrees := func(sp string) bool { return sp != "" && !x.genderClash(sp, g) }
	if person {
		// "Thomas' sister pleaded with him, but he replied": a pronoun
		// within its sentence, after the person that sentence names, is
		// that person, whoever the sentence before was about; after two,
		// it is no one's for sure.
		if st := leadInEnd(x.sents[si].toks); i > st {
			if sp, n := x.personsBefore(si, i, g); n == 1 {
				return sp
			} else if n > 1 {
				return ""
			}
			// "The ombudsman found that ..., an explanation he described
			// as": the person the sentence's subject role names.
			if sp := x.roleSubject(si, st); agrees(sp) {
				return sp
			}
		}
		// "...," he said. / "You've had three years, Gareth," she
		// replied: who replies is not the one replied to, but the last
		// person named whom the text gives the pronoun's gender.
		if g != 0 && replies(x.sents[si].toks, i) {
			if sp := x.replier(si, g); sp != "" {
				return sp
			}
		}
		// "Another voter, a truck driver from Liberty who would not give
		// his name, said he was tired. "...," he said": the person the
		// sentence before brings in unnamed, described, not the last
		// one named.
		if p := x.narrativeBefore(si); p >= 0 {
			if d := x.unnamedSpeaker(p); d != "" {
				return d
			}
			// "Her brother does not argue the point. "...," he says",
			// "The company's project director, who ..., said ... "...,"
			// she said": the one the subject describes by whose he or
			// she is, and does not name.
			if d := x.possessedSubject(p, g); d != "" {
				return d
			}
		}
		// "Union leader Tom Hale said ... The chairman, Mark Dunn, has
		// promised ... "A promise is a start," he added": who adds has
		// said something already; the last to say it, not the last
		// named, whoever made a promise or "has not commented".
		if continuesSpeech(x.sents[si].toks, i) {
			if sp := x.lastSpeakerBy(si, i, true); agrees(sp) {
				return sp
			}
		}
		// "Presenter Leon Drummond asked him directly: "...?" / "Not
		// while ...," he said": the one asked answers, not the asker.
		// Not "..., Mr Pascoe?" he asked": who asks again is the asker.
		if p := x.narrativeBefore(si); p >= 0 && !askVerbs.has(lowerAt(x.sents[si].toks, i+1)) {
			if sp := x.askedOne(p); agrees(sp) {
				return sp
			}
		}
		if sp := x.previousSubject(si); agrees(sp) {
			return sp
		}
		if p := x.narrativeBefore(si); p >= 0 {
			// "Asked whether he would accept help from Mr. Kessling, he
			// laughed. "...," he said": the sentence before opens with a
			// participle's phrase and goes on with the pronoun; whoever
			// that phrase names is not its subject, the person before it
			// is.
			if participlePronoun(x.sents[p].toks, g) {
				if sp := x.previousSubject(p); agrees(sp) {
					return sp
				}
			}
			// "The jury heard from lorry driver Gareth Moyes. He told the
			// court": the one person the sentence before names, though
			// not as its subject, rather than whoever spoke last.
			if sp, n := x.personsBefore(p, len(x.sents[p].toks), g); n == 1 {
				return sp
			}
		}
		if sp := x.lastSpeaker(si, i); agrees(sp) {
			return sp
		}
	}
	// "Analysts at Sharq Capital said in a note that Bahrain's regulator
	// would act. "...," they wrote": a body's or a group's words go on
	// in the voice of the sentence before, not of the last body it names.
	if !person && reportingVerbs.has(lowerAt(x.sents[si].toks, i+1)) {
		if p := x.narrativeBefore(si); p >= 0 {
			if sp := x.bodySaid(p); sp != "" {
				return sp
			}
		}
	}
	// "When conservators turned the canvas over, they found": "they" are
	// the people the clause before names in the plural, no one named.
	if toks := x.sents[si].toks; lowerAt(toks, i) == "they" && i > 2 && wordIs(toks, 0, "when", "after", "as", "once", "before", "while", "if", "because", "although") &&
		toks[1].kind == tWord && !toks[1].upper() && strings.HasSuffix(toks[1].n, "s") && !strings.HasSuffix(toks[1].n, "ss") {
		return ""
	}
	doc := x.sents[si].doc
	// A person is followed further back than a body: "he" can run on
	// over a speech's whole report ("He stated ... He pointed to ...").
	back := 6
	if person {
		back = 12
	}
	for s := si; s >= 0 && x.sents[s].doc == doc && s >= si-back; s-- {
		ms := x.mentions[s]
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if s == si && m.a >= i || m.act == nil || x.quotedAt(s, m.a) {
				continue
			}
			if person && m.act.typ == "person" && !x.genderClash(m.act.name, g) || !person && (m.act.body() || m.act.typ == "country") && m.kind != mLocative {
				return m.act.name
			}
		}
	}
	return ""
}

// bodySaid is the body or group whose saying sentence p reports, the
// subject of its first reporting verb outside quotation marks ("Analysts
// at Sharq Capital & Co. said in a research note that ..."), or "".
func (x *extractor) bodySaid(p int) string {
	toks := x.sents[p].toks
	for v := 1; v < len(toks); v++ {
		if x.quotedAt(p, v) || !speechVerb(toks[v].lower()) || toks[v].upper() {
			continue
		}
		e := subjectEnd(toks, v)
		if m, ok := x.mentionEndingAt(p, e); !ok || m.act == nil || !m.act.body() {
			return ""
		}
		sp, _ := x.subjectMention(subjectAt{p, v, e})
		return sp
	}
	return ""
}

// possessedSubject is the description of the person who opens sentence p
// as its subject by whose he or she is, "Her brother", "The company's
// project director", when the sentence names no person there and the
// description does not clash with the pronoun's gender g; "" otherwise.
func (x *extractor) possessedSubject(p int, g byte) string {
	toks := x.sents[p].toks
	st := leadInEnd(toks)
	k := st
	switch {
	case wordIs(toks, k, "his", "her", "their", "its"):
		k++
	case wordIs(toks, k, "the") && k+2 < len(toks) && toks[k+2].n == "'s" && !toks[k+1].upper():
		k += 3 // "The company's"
	default:
		return ""
	}
	h := -1
	for j := k; j < len(toks) && j <= k+2; j++ {
		l := toks[j].lower()
		if toks[j].kind != tWord || toks[j].upper() {
			break
		}
		if kinWords.has(l) || roleHeads.has(l) || humanHeads.has(l) {
			h = j
		}
	}
	if h < 0 {
		return ""
	}
	for _, m := range x.mentions[p] {
		if m.kind == mPerson && m.a < h+12 {
			return ""
		}
	}
	if l := toks[h].lower(); femaleWords.has(l) && g == 'm' || maleWords.has(l) && g == 'f' {
		return ""
	}
	if kinWords.has(toks[h].lower()) && k == st+1 && h == k {
		if r := x.relativeOf(p, pronounGender(toks[st].lower()), toks[h].lower()); r != "" {
			return r
		}
	}
	return cleanRole(x.text(p, st, h+1))
}

// relativeOf is the person "his brother", "her father" names in sentence
// p: the owner is the last person named before p whom the pronoun's gender
// og fits (the first such in its sentence), and the relative the one other person of the text who bears the
// owner's surname and whom the kin word's gender fits; "" when there is
// not exactly one, so that the description stands.
func (x *extractor) relativeOf(p int, og byte, kin string) string {
	fits := func(a *actor, g byte) bool {
		ag := x.genderOf(a)
		return g == 0 || ag == 0 || ag == g
	}
	var owner *actor
	for s := p - 1; s >= 0 && s >= p-3 && owner == nil; s-- {
		// The first person the sentence names, the one it is about
		// ("That is how Maartje Kamphuis, speaking to Forbes, sums up
		// her brother"), not the last.
		for _, m := range x.mentions[s] {
			if m.act != nil && m.act.typ == briefings.ActorPerson && !x.quotedAt(s, m.a) && fits(m.act, og) {
				owner = m.act
				break
			}
		}
	}
	if owner == nil || len(owner.tokens) < 2 {
		return ""
	}
	kg := wordGender(kin)
	var rel *actor
	for _, a := range x.surnames[owner.tokens[len(owner.tokens)-1]] {
		if a == owner || a.typ != briefings.ActorPerson || len(a.tokens) < 2 || !fits(a, kg) {
			continue
		}
		if rel != nil {
			return ""
		}
		rel = a
	}
	if rel == nil {
		return ""
	}
	return rel.name
}

// unnamedSpeaker is the description of the person the narrative
// sentence p opens with and leaves unnamed: an indefinite phrase
// ("Another voter, a truck driver ...", "Among those waiting in line was a
// retired schoolteacher from Ramseur, who said"), or a role whose holder
// "asked not to be named" ("Labour's West Midlands campaign director, who
// asked not to be named, dismissed the survey"); "" for none.
func (x *extractor) unnamedSpeaker(p int) string {
	toks := x.sents[p].toks
	st := leadInEnd(toks)
	// "A spokesman for Dwyer, Matt Garrison, did not deny it" names him.
	named := func(a, b int) bool {
		for _, m := range x.mentions[p] {
			if m.a >= a && m.a < b && m.kind == mPerson {
				return true
			}
		}
		return false
	}
	// "Another, a Keir supporter, was more sanguine": the description
	// in apposition to "another".
	if wordIs(toks, st, "another", "one") && wordIs(toks, st+1, ",") {
		st += 2
	}
	if d, _, end := x.indefinitePhrase(p, st); d != "" {
		if named(end, min(end+8, len(toks))) {
			return ""
		}
		return d
	}
	// "... was a retired schoolteacher from Ramseur, who said"
	for k := st; k+1 < len(toks) && k < st+12; k++ {
		if wordIs(toks, k, "was", "were") && wordIs(toks, k+1, "a", "an") {
			if d, _, end := x.indefinitePhrase(p, k+1); d != "" && indexWord(toks, end, min(end+8, len(toks)), "who") > 0 {
				return d
			}
		}
	}
	// "A contractor from Montague who ..., and who asked that his name
	// not be used, said", "A teller at a branch in the city center, who
	// was not authorized to speak, said": someone the sentence opens
	// with and says is not named, described by whatever noun, up to the
	// first preposition or relative, who says something there.
	if wordIs(toks, st, "a", "an", "one") && anonymous(toks) && !named(st, len(toks)) {
		k := st + 1
		for k < len(toks) && k < st+4 && toks[k].kind == tWord && !toks[k].upper() && !prepositions.has(toks[k].lower()) && !wordIs(toks, k, "who", "whose") {
			k++
		}
		if k > st+1 && k < len(toks) && (prepositions.has(toks[k].lower()) || wordIs(toks, k, "who", ",")) && x.saysInSentence(p, k) {
			return x.text(p, st+1, k)
		}
	}
	c := indexWord(toks, st+1, min(st+10, len(toks)), ",")
	if c < 0 || !anonymous(toks) || named(st, c) {
		return ""
	}
	return cleanRole(x.text(p, st, c))
}

// saysInSentence says a verb of saying stands in sentence p after token k,
// outside quotation marks.
func (x *extractor) saysInSentence(p, k int) bool {
	toks := x.sents[p].toks
	for v := k; v < len(toks); v++ {
		if !x.quotedAt(p, v) && !toks[v].upper() && speechVerb(toks[v].lower()) {
			return true
		}
	}
	return false
}

// anonymous says a sentence says its speaker is not named: "who asked not
// to be named", "who would not give his name", "on condition of
// anonymity", "asked that his name not be used", "was not authorized to
// speak".
func anonymous(toks []token) bool {
	for k := range toks {
		switch {
		case wordIs(toks, k, "named") && wordIs(toks, k-1, "be") && wordIs(toks, k-2, "to"),
			wordIs(toks, k, "name") && wordIs(toks, k-1, "his", "her", "their") && wordIs(toks, k-2, "give"),
			wordIs(toks, k, "anonymity") && wordIs(toks, k-1, "of") && wordIs(toks, k-2, "condition"),
			wordIs(toks, k, "used") && wordIs(toks, k-1, "be") && wordIs(toks, k-2, "not") && wordIs(toks, k-3, "name", "surname", "names", "surnames"),
			wordIs(toks, k, "authorized", "authorised") && wordIs(toks, k-1, "not") && wordIs(toks, k+1, "to") && wordIs(toks, k+2, "speak", "talk", "comment"):
			return true
		}
	}
	return false
}

// previousSubject is the person who opens the sentence before si, when
// that sentence is narrative (not quotation) in the same document: in
// `Minister X presented the data. "...," she said`, she is X, though
// someone else spoke last.
func (x *extractor) previousSubject(si int) string {
	p := x.narrativeBefore(si)
	// "He pointed to Chrysler. Responding to critics, he stated ...": a
	// sentence whose subject is "he" or "she" goes on with the person
	// before it; follow a few such sentences back to the one naming them.
	hops := 0
	for ; hops < 6 && p >= 0; hops++ {
		t := x.sents[p].toks
		st := leadInEnd(t)
		if wordIs(t, st, "then", "later", "now", "again", "finally", "still") && wordIs(t, st+1, "he", "she") {
			st++ // "Then he looked straight into the camera."
		}
		if st >= len(t) || (t[st].lower() != "he" && t[st].lower() != "she") || st+1 < len(t) && t[st+1].n == "'s" {
			break
		}
		prev := p
		if p = x.narrativeBefore(p); p < 0 && prev > 0 && x.sents[prev-1].doc == x.sents[prev].doc && x.attributedQuote(prev-1) {
			// ""...," said Caroline Ashdown-Mensah, who covers .... She
			// said Zeynep Ulubatlıgil had moved faster": "she" goes on
			// with the one the quotation before is attributed to.
			if sp, n := x.personsBefore(prev-1, len(x.sents[prev-1].toks), 0); n == 1 {
				return sp
			}
		}
	}
	if p < 0 {
		return ""
	}
	toks := x.sents[p].toks
	// "Oyelaran's closing was shorter. He thanked the moderator ... Then
	// he looked into the camera": the sentences about him go back to one
	// whose subject is his.
	st := leadInEnd(toks)
	if m, ok := x.mentionAt(p, st); hops > 0 && ok && m.kind == mPerson && m.act != nil && wordIs(toks, m.b, "'s", "’s") {
		return m.act.name
	}
	// "The executive vice president ..., Ingrid Falkner, said": the person
	// named beside the role; "The minister described the budget ...",
	// "Asked about the claim, the managing director said ...": the actor
	// the role names.
	if m, ok := x.nameAfterRole(p, st); ok {
		return m.act.name
	}
	if wordIs(toks, st, "the") && roleAt(toks, st+1) > 0 {
		return x.roleSubject(p, st)
	}
	if sp := x.subjectFrom(p, 0); sp != "" {
		return sp
	}
	// "Writing in a blog post, Matthew Ingram dubbed ...": the subject
	// after an opening phrase.
	if st > 0 {
		return x.subjectFrom(p, st)
	}
	return ""
}

// askVerbs put a question to someone named after them.
var askVerbs = words(`asked pressed questioned quizzed challenged`)

// askedOne is the person sentence p puts a question to, outside its
// quotation: "Leon Drummond asked him directly: "...?"" (him: the
// subject of the sentence before, not the asker), "pressed Sarah
// Whitlock on the budget"; else "".
func (x *extractor) askedOne(p int) string {
	toks := x.sents[p].toks
	for k := 1; k+1 < len(toks); k++ {
		if !askVerbs.has(toks[k].lower()) || x.quotedAt(p, k) {
			continue
		}
		if l := toks[k+1].lower(); l == "him" || l == "her" {
			if sp := x.previousSubject(p); sp != "" && !x.genderClash(sp, pronounGender(l)) {
				return sp
			}
			return ""
		}
		if m, ok := x.personAt(p, k+1); ok {
			return speakerName(m)
		}
		return ""
	}
	return ""
}

// narrativeBefore is the sentence before si, past the quotation's own
// earlier sentences (at most four), when it is narrative in the same
// document: not all quotation, not opening with a quote; else -1.
func (x *extractor) narrativeBefore(si int) int {
	p := si - 1
	for p >= 0 && p >= si-4 && x.allQuoted(p) {
		p--
	}
	if p < 0 || x.sents[p].doc != x.sents[si].doc || x.allQuoted(p) || x.quotedAt(p, 0) {
		return -1
	}
	return p
}

// subjectFrom is the person whose name opens the clause at token st of
// sentence p (titles and roles may lead it in), or "".
func (x *extractor) subjectFrom(p, st int) string {
	toks := x.sents[p].toks
	// "the state Publicity Secretary of the party, Mr Tunde Akanbi-Yusuf,
	// said": the person in apposition to the role.
	if m, ok := x.nameAfterRole(p, st); ok {
		return m.act.name
	}
	for _, m := range x.mentions[p] {
		if m.act == nil || m.a < st || m.b < len(toks) && toks[m.b].n == "'s" {
			continue // before the clause; a possessor: "Iraq's oil minister X", "Perić's lawyer, X"
		}
		// "A spokesman for Dwyer, Matt Garrison, did not deny it": whom
		// the role serves; the name after the comma is the subject.
		if _, named := x.personAt(p, m.b+1); named && wordIs(toks, m.a-1, "for", "of", "to") && wordIs(toks, m.b, ",") {
			continue
		}
		// "Murray Greens leader Imogen Laidlaw, whose party ..., said":
		// the body's officer, named after the role.
		if officer, ok := x.personAfterRole(p, m); ok && m.a-st <= 8 && m.act.typ != briefings.ActorPerson && opensClause(toks[st:], m.a-st) {
			return officer.act.name
		}
		if m.a-st > 8 || m.act.typ != briefings.ActorPerson || !opensClause(toks[st:], m.a-st) {
			return ""
		}
		return m.act.name
	}
	return ""
}

// leadInEnd is where a sentence's subject starts: after an opening
// phrase set off by a comma ("Last Friday, Cramer went", "Responding to
// critics, he stated", "In 2009, the firm"), else at its first token.
func leadInEnd(toks []token) int {
	if len(toks) == 0 {
		return 0
	}
	l := toks[0].lower()
	if !(prepositions.has(l) || leadInWords.has(l) || strings.HasSuffix(l, "ly") && toks[0].kind == tWord) {
		return 0
	}
	for i := 1; i < len(toks) && i < 30; i++ {
		switch {
		case toks[i].kind == tDQ || toks[i].kind == tSQOpen:
			return 0
		case toks[i].n == ",":
			// "On Wednesday, though, DeLuca sounded ...": an adverb set off
			// after the phrase is the lead-in's too.
			end := i + 1
			for wordIs(toks, end, "though", "however", "meanwhile", "too", "instead", "still", "again") && wordIs(toks, end+1, ",") {
				end += 2
			}
			return end
		case phraseLeadIns.has(l) && wordIs(toks, i, "he", "she"):
			// "In 2010 he backed Mr. Pruitt's partner, Ray Ostrander,
			// ...": a phrase of time or place without its comma ends at
			// the subject; the comma after is another's.
			return i
		}
	}
	return 0
}

// phraseLeadIns open a phrase that holds no subject of its own ("In 2010",
// "Last week", "Later"), unlike a clause's ("After he left, ...").
var phraseLeadIns = words(`in on at during for by with from over within throughout last earlier later yesterday meanwhile`)

// leadInWords open a sentence with a phrase before its subject.
var leadInWords = words(`last yesterday earlier later meanwhile however after before during when while since
	following despite although though as once responding speaking asked commenting referring
	reacting addressing writing`)

// opensClause says only a subject's lead-in comes before token i: names,
// titles, role words, articles and possessives ("Environment and Climate
// Change Minister X"), not a verb or a pronoun ("He did not mention X").
func opensClause(toks []token, i int) bool {
	for k := 0; k < i; k++ {
		t := toks[k]
		l := t.lower()
		switch {
		case personPronouns.has(l) || groupPronouns.has(l):
			return false
		case isCapTok(t) || determiners.has(l) || roleHeads.has(l) || l == "'s" || l == "," || l == "and" || l == "of" || l == "for":
		case t.kind == tWord && !t.upper() && k+1 < len(toks) && (roleHeads.has(toks[k+1].lower()) || toks[k+1].upper()):
			// a modifier of the role or name after it: "former", "senior"
		default:
			return false
		}
	}
	return true
}

// lastSpeaker finds the most recent person who spoke before token i of
// sentence si (a pronoun "he"/"she"): the subject of the latest reporting
// verb, named or described ("One victim, a former nurse, told the court").
func (x *extractor) lastSpeaker(si, i int) string { return x.lastSpeakerBy(si, i, false) }

// sayingVerbs report words said, and nothing else a speaker does (promise,
// comment, warn): "he added" goes on from them.
var sayingVerbs = words(`said says told tells stated states added adds continued continues`)

// continuesSpeech says the pronoun at token i is the subject of a verb
// that goes on from earlier words: "he added", "she continued", "he
// later added".
func continuesSpeech(toks []token, i int) bool {
	k := i + 1
	for k < len(toks) && auxOrAdverb(toks[k].lower()) {
		k++
	}
	return k < len(toks) && (wordIs(toks, k, "added", "adds", "continued", "continues") || wordIs(toks, k, "went", "goes") && wordIs(toks, k+1, "on"))
}

// replies says the pronoun at token i is the subject of a verb of reply.
func replies(toks []token, i int) bool {
	k := i + 1
	for k < len(toks) && auxOrAdverb(toks[k].lower()) {
		k++
	}
	return wordIs(toks, k, "replied", "replies", "retorted", "retorts", "countered", "counters", "responded", "responds", "answered", "answers") ||
		wordIs(toks, k, "shot", "fired", "hit") && wordIs(toks, k+1, "back")
}

// replier is who replies in sentence si with a pronoun of gender g: the
// last person named before it, within a dozen sentences of its document,
// whom the text gives that gender and who did not say the words before
// (the one replied to, when the text says who); "" when there is none.
func (x *extractor) replier(si int, g byte) string {
	doc := x.sents[si].doc
	repliedTo := ""
	for s := si - 1; s >= 0 && s >= si-3 && x.sents[s].doc == doc; s-- {
		if sp := x.saidIn[s]; sp != "" {
			repliedTo = sp
			break
		}
	}
	for s := si - 1; s >= 0 && s >= si-12 && x.sents[s].doc == doc; s-- {
		ms := x.mentions[s]
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if m.kind == mPerson && m.act != nil && m.act.name != repliedTo && !x.quotedAt(s, m.a) && x.genderOf(m.act) == g {
				return m.act.name
			}
		}
	}
	return ""
}

// saying says token v reports words said: a sayingVerb, and "added" or
// "continued" only before the words or "that" ("added three players"
// reports nothing).
func saying(toks []token, v int) bool {
	if !sayingVerbs.has(toks[v].lower()) {
		return false
	}
	if wordIs(toks, v, "added", "adds", "continued", "continues") && v+1 < len(toks) {
		n := toks[v+1]
		return n.kind == tPunct || n.kind == tDQ || n.kind == tSQOpen || wordIs(toks, v+1, "that")
	}
	return true
}

// lastSpeakerBy is lastSpeaker, or, continuing ("he added"), the last
// person who said something (saying, not any reporting verb), followed
// six narrative sentences back instead of three.
func (x *extractor) lastSpeakerBy(si, i int, continuing bool) string {
	verb := func(toks []token, v int) bool { return speechVerb(toks[v].lower()) }
	maxTold := 3
	if continuing {
		verb, maxTold = saying, 6
	}
	doc := x.sents[si].doc
	told := 0 // sentences looked at that are not all quotation
	for s := si; s >= 0 && told <= maxTold && x.sents[s].doc == doc; s-- {
		toks := x.sents[s].toks
		end := len(toks)
		if s == si {
			end = i
		}
		if !x.allQuoted(s) {
			told++
		}
		// `"...," he said. ¶ He added`, `The race is "tied," according
		// to X. "...," she added`: who adds is whom the last quotation
		// was attributed to, however the attribution read.
		if sp := x.saidIn[s]; continuing && s < si && sp != "" {
			return sp
		}
		for v := end - 1; v >= 0; v-- {
			// The quoted words' own verbs are not the speaker's: `"This
			// witness was promised ...," he said`.
			if x.quotedAt(s, v) || !verb(toks, v) {
				continue
			}
			e := subjectEnd(toks, v)
			if e > 0 && (personPronouns.has(toks[e-1].lower()) || groupPronouns.has(toks[e-1].lower())) {
				continue // "he said": look further back
			}
			// `"...," said Julien Talavan, a spokesman. "...," he said`:
			// the subject after its verb, in the sentence just before
			// (further back, a person named since is likelier).
			// Who adds is the one who said, however far back.
			if (s >= si-1 || continuing) && e > 0 && (toks[e-1].kind == tDQ || toks[e-1].n == ",") && v+1 < len(toks) {
				// Past a role in lower case: "said Cascadia coach Tomás
				// Aguirre" names the coach.
				for k := v + 1; k < len(toks) && k <= v+4; k++ {
					if m, ok := x.mentionAt(s, k); ok && m.act != nil {
						if m.act.typ == briefings.ActorPerson {
							return m.act.name
						}
						if k > v+1 {
							break
						}
						continue
					}
					if toks[k].kind != tWord || toks[k].upper() && k > v+1 {
						break
					}
				}
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
				if _, isNum := numberWords()[toks[st].lower()]; determiners.has(toks[st].lower()) || isNum {
					for k := st + 1; k < e && k <= st+3; k++ {
						if humanHeads.has(toks[k].lower()) || roleHeads.has(toks[k].lower()) {
							if k+1 < e && toks[k+1].n != "," {
								// "The minister described the budget as ...
								// and insisted": the subject alone, and the
								// actor it names if the text has one.
								if np := x.nounPhrase(s, st, k+1); np != "" {
									return np
								}
								return x.text(s, st, k+1)
							}
							if k+1 == e {
								if np := x.nounPhrase(s, st, e); np != "" {
									return np
								}
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
	toks := x.sents[si].toks
	// "an adviser to Mr Vasseur, who requested anonymity, told": a name
	// after "to", "for" or "of" is whom the speaker is described by, not
	// the speaker ("led by Sen. Wade Corbin, ..., who called" is).
	fits := func(m mention) bool {
		k := m.a - 1
		for k >= 0 && titleWords.has(toks[k].lower()) {
			k--
		}
		return m.act != nil && (m.act.typ == briefings.ActorPerson) == person && !wordIs(toks, k, "to", "for", "of")
	}
	if m, ok := x.mentionEndingAt(si, c); ok && fits(m) {
		return speakerName(m)
	}
	if w := appositionStart(toks, c); w >= 0 {
		if m, ok := x.mentionEndingAt(si, w); ok && fits(m) {
			return speakerName(m)
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
	if x.wordID == nil {
		// The words by number, each actor's found once: a map's lookup
		// and append per mention and word were most of the index's cost.
		x.wordID = map[string]int32{}
		words := map[*actor][]int32{}
		for s, ms := range x.mentions {
			for k, m := range ms {
				if m.act == nil {
					continue
				}
				ids, ok := words[m.act]
				if !ok {
					for _, w := range strings.Fields(normName(m.act.name + " " + m.act.role)) {
						id, known := x.wordID[w]
						if !known {
							id = int32(len(x.byWord))
							x.wordID[w] = id
							x.byWord = append(x.byWord, nil)
						}
						if !slices.Contains(ids, id) {
							ids = append(ids, id)
						}
					}
					words[m.act] = ids
				}
				for _, id := range ids {
					x.byWord[id] = append(x.byWord[id], mentionPos{s, k})
				}
			}
		}
	}
	// Mentions are in token order within a sentence (run sorts them).
	ms := x.mentions[si]
	p := sort.Search(len(ms), func(k int) bool { return ms[k].a >= a })
	id, ok := x.wordID[w]
	if !ok {
		return mention{}, false
	}
	l := x.byWord[id]
	i := sort.Search(len(l), func(i int) bool { return l[i].s > si || l[i].s == si && l[i].k >= p }) - 1
	if i < 0 {
		return mention{}, false
	}
	return x.mentions[l[i].s][l[i].k], true
}

// personsBefore is the person named before token i of sentence si, outside
// quotations, and how many different people are; with g set ('m', 'f'),
// people the text titles otherwise are not counted.
func (x *extractor) personsBefore(si, i int, g byte) (string, int) {
	var seen []*actor
	for _, m := range x.mentions[si] {
		if m.a >= i || m.act == nil || m.act.typ != briefings.ActorPerson || x.quotedAt(si, m.a) || g != 0 && x.genderOf(m.act) != 0 && x.genderOf(m.act) != g {
			continue
		}
		if !slices.Contains(seen, m.act) {
			seen = append(seen, m.act)
		}
	}
	if len(seen) == 0 {
		return "", 0
	}
	return seen[0].name, len(seen)
}

// roleSubject is the actor a role that opens the clause at token st of
// sentence p names, "The minister described ...", or "" when the text
// names no one by it.
func (x *extractor) roleSubject(p, st int) string {
	toks := x.sents[p].toks
	n := roleAt(toks, st+1)
	if n == 0 || st+n+1 >= len(toks) || toks[st].lower() != "the" {
		return ""
	}
	if np := x.nounPhrase(p, st, st+1+n); np != "" && np != cleanRole(x.text(p, st, st+1+n)) {
		return np
	}
	return ""
}

// roleAt is how many words of a role in lower case open at token i: a role
// noun ("minister"), or one word and the noun ("managing director",
// "finance minister"); 0 for none.
func roleAt(toks []token, i int) int {
	low := func(k int) bool { return k < len(toks) && toks[k].kind == tWord && !toks[k].upper() }
	switch {
	case low(i) && low(i+1) && roleHeads.has(toks[i+1].lower()) && !determiners.has(toks[i].lower()):
		return 2 // "chief executive", not "chief"
	case low(i) && roleHeads.has(toks[i].lower()):
		return 1
	}
	return 0
}

// knownGivenName says l, lower case, is a given name of the lists: the
// common ones and those that carry a gender.
func knownGivenName(l string) bool {
	if givenNames.has(l) || femaleNames.has(l) || maleNames.has(l) {
		return true
	}
	// "ramón", "josé", "inés": the lists hold names without accents.
	if f, ok := unaccented(l); ok {
		return givenNames.has(f) || femaleNames.has(f) || maleNames.has(f)
	}
	return false
}

// unaccented is s without its combining marks ("ramón" -> "ramon"), and
// whether s had letters beyond ASCII at all (most words do not, and are
// not decomposed).
func unaccented(s string) (string, bool) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s, false
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String(), true
}

// pronounGender is 'm' for he, him, his, 'f' for she, her, hers, else 0.
func pronounGender(l string) byte {
	switch l {
	case "he", "him", "his", "himself":
		return 'm'
	case "she", "her", "hers", "herself":
		return 'f'
	}
	return 0
}

// maleTitles and femaleTitles, before a name, say who the text means by
// "he" and "she".
var (
	maleTitles   = words(`mr mr. sir lord king prince`)
	femaleTitles = words(`mrs mrs. ms ms. miss dame lady queen princess madam`)
)

// genderOf is 'm' or 'f' when the text titles person a so (Mr, Mrs, Ms,
// Sir, Dame ...) and never the other way, else 0. Read once, when the
// first pronoun is resolved: every mention is known by then.
func (x *extractor) genderOf(a *actor) byte {
	if x.genders == nil {
		x.genders = map[*actor]byte{}
		for si, ms := range x.mentions {
			toks := x.sents[si].toks
			for _, m := range ms {
				if m.act == nil || m.kind != mPerson || m.a == 0 {
					continue
				}
				var g byte
				switch t := toks[m.a-1].lower(); {
				case maleTitles.has(t):
					g = 'm'
				case femaleTitles.has(t):
					g = 'f'
				default:
					// "Mourelatou-Berg's sister-in-law, Eleni Doukaki": a
					// relative's word in apposition says it too.
					if g = kinGender(toks, m.a); g == 0 {
						continue
					}
				}
				if old, ok := x.genders[m.act]; ok && old != g {
					g = '?'
				}
				x.genders[m.act] = g
			}
		}
	}
	if g, ok := x.genders[a]; ok {
		if g != '?' {
			return g
		}
		return 0
	}
	// No title: a given name says it ("Lucinda Marsh", "Owen Pritchard").
	if len(a.tokens) >= 2 {
		switch {
		case femaleNames.has(a.tokens[0]):
			return 'f'
		case maleNames.has(a.tokens[0]):
			return 'm'
		}
	}
	return 0
}

// kinGender is the gender a kin word in apposition just before the name
// at a gives ("his wife, Sofia Halkidi", "her sister-in-law, Eleni
// Doukaki"), or 0.
func kinGender(toks []token, a int) byte {
	if a < 2 || toks[a-1].n != "," {
		return 0
	}
	w := strings.TrimSuffix(toks[a-2].lower(), "-in-law")
	if !kinWords.has(w) {
		return 0
	}
	return wordGender(w)
}

// wordGender is 'f' or 'm' for a word of femaleWords or maleWords
// ("sister", "husband"), else 0.
func wordGender(w string) byte {
	switch {
	case femaleWords.has(w):
		return 'f'
	case maleWords.has(w):
		return 'm'
	}
	return 0
}

// femaleNames and maleNames are common given names that English news
// text gives one gender's people, from many languages; names given to
// both (Jean, Andrea, Kim, Chris, Alex, Jordan) are in neither.
var (
	femaleNames = words(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy
	betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah
	stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole
	helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth
	julie olivia joyce virginia victoria lauren christina joan evelyn judith megan cheryl hannah
	jacqueline martha gloria teresa ann anne sara frances kathryn janice abigail alice judy sophia
	sophie grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany
	charlotte marie kayla lori kate katie jane jenny joanna joanne louise lucy sally sue tracy tina
	wendy yvonne zoe vanessa holly heidi ingrid kirsten fiona eileen siobhan niamh aoife bridget
	colleen deirdre maureen nora orla sinead penelope harriet imogen lucinda hilary hillary kamala
	ursula annalena giorgia jacinda sanna mette liz priti nikki kristi tulsi avril gina marine
	claudia monika petra sabine katrin julia yulia irina olga natalia natalya svetlana tatiana elena
	yelena ekaterina anastasia olena oksana kateryna iryna fatima aisha ayesha zainab amina mariam
	maryam leila layla nadia yasmin fatma priya sunita anita kavita deepa lakshmi indira sushma
	nirmala smriti mamata yoko keiko akiko hiroko naoko yuko carmen lucia lucía rosa isabel pilar
	dolores mercedes beatriz gabriela fernanda camila valentina daniela paula marta silvia cristina
	raquel alejandra adriana veronica verónica dilma camille chloe chloé lea léa manon juliette
	celine céline nathalie isabelle sylvie valerie valérie martine brigitte francoise françoise
	monique anja katja heike ute birgit susanne annegret giulia francesca chiara federica
	alessandra agnieszka katarzyna magdalena ngozi chioma folake funmilayo ellen winnie melanie
	rebekah regina kiara kathy cathy peggy rita gail jill joy ines inés agnes claire alicia marisol
	ellie tara amelia ava mia ella madison abby abbie molly erin caitlin courtney brooke jasmine
	tiffany crystal erica erika monica melinda miranda natasha tamara vivian yvette sylvia eleanor
	esther edith irene lillian lily rose rosemary maxine naomi rachael roberta ruby sheila stella
	tanya whitney beth bethany carla clara elaine elise eliza eva gwen jeanne jeanette josephine
	kristen kristin leah lena lorraine lydia marcia marisa marsha maya nina paige pauline phyllis
	renee sonia susie vera jocelyn hilda isla jade lara luisa miriam rhonda rosalind sabrina selena
	serena tessa marieke anouk femke sanne lieke maaike ilse willemijn annemarie halima zuhura
	gilberte aminata fatou aissatou mariama khadija hadiza amaka adaeze chiamaka nkechi ifeoma wanjiru
	wambui akinyi achieng njeri thandiwe thandi nomvula lindiwe zanele nokuthula busisiwe mere aroha
	ngaire anahera siobhán aoibhinn saoirse gráinne grainne róisín roisin astrid sigrid solveig
	birgitta karin kerstin annika ragnhild marit hanne inger gunhild gisela renate hildegard ingeborg
	ludmila lyudmila halyna nataliya zofia ewa jolanta dorota anjali pooja neha shreya meera radha
	rekha savitri geeta gita asha usha shanti padma parvati nasrin shirin farida rukhsana benazir mei
	haruka sakura yumi mariko aiko guadalupe ximena lourdes rocío rocio consuelo esperanza catalina
	florencia luciana renata soledad genevieve geneviève évangéline evangeline madeleine margaux
	océane amélie aurélie sandrine delphine véronique hélène helene rania hala noura huda salma samira
	amal dalia lina mona reem suad yewande bernadette`)
	maleNames = words(`james john robert michael william david richard joseph thomas charles christopher
	daniel matthew anthony mark donald steven stephen paul andrew joshua kenneth kevin brian george
	timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan larry justin scott
	brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron
	jose josé adam nathan henry douglas zachary peter kyle ethan walter noah jeremy keith roger
	gerald harold sean austin carl arthur lawrence dylan jesse bryan billy joe bruce gabriel albert
	willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby philip louis owen
	derek steve tim tom jim bill bob mike dave dan ben sam tony nick rick graham gordon colin ian
	iain neil nigel simon stuart alistair alastair angus duncan hamish malcolm rory ewan gavin
	craig trevor clive barry kelvin martin glenn howard harvey herbert hugh hugo oliver oscar
	rupert toby harry freddie ted boris rishi keir emmanuel olaf vladimir sergei sergey dmitry
	alexei alexey volodymyr dmytro oleksiy andriy mykola petro viktor igor ivan nikolai yevgeny
	mikhail ramzan recep mevlut mevlüt hakan ebrahim hossein ali mohammad mohammed muhammad
	mohamed ahmad ahmed hassan hussein abdullah abdul omar khalid mahmoud mustafa ibrahim youssef
	yusuf hamid reza javad masoud abbas naftali yair isaac yitzhak moshe avi edi ilir erion bajram
	josep mario matteo pedro jair luiz narendra rahul imran shehbaz nawaz fumio shinzo hiroshi
	takeshi kenji haruki taro ichiro shigeru jens ron chuck mitch marco pete lloyd alejandro jake
	xavier francois françois pierre jacques nicolas helmut friedrich andrzej mateusz petr
	aleksandar milorad abiy cyril uhuru yoweri muhammadu bola tayyip carlos luis miguel pablo
	javier antonio manuel francisco jorge diego fernando ricardo roberto eduardo sergio andres
	andrés alberto rafael raul raúl enrique gustavo hector héctor marcelo felipe emilio giuseppe
	giovanni luca stefano alessandro paolo franco silvio enrico hans klaus jürgen jurgen wolfgang
	dieter uwe gerhard horst heinz karl kurt otto markus stefan lars anders henrik sven erik nils
	olav piet willem joost henk maarten kwame kofi chinedu emeka olusegun goodluck thabo nelson
	desmond julius jomo raila horace wade dale luke terrence josh lowell clay matt dominic lamar
	samir felix ray greg grant jeff jon ken phil rob ross rod todd troy vince warren wes wesley
	blake brad bradley brent brett calvin chad chester cody curtis dean derrick don dwight earl ed
	eddie edwin elliott floyd fred glen hank herman jared jay joel johnny kirk lance leon leonard
	leroy lewis marvin maurice mitchell morris neal norman perry reggie rex rodney roland rudy shane
	spencer stanley travis tyrone vernon victor wallace zach seth caleb isaiah levi liam mason logan
	lucas connor hunter evan hendrik josephat leland declan gareth dafydd rhys emrys owain cian oisín
	ciarán ciaran padraig pádraig seamus séamus eoin niall conor cormac fergus lorcan pieter joris
	sander bram jeroen wouter ruud geert dirk koen torsten jörg joerg matthias sebastian tobias
	florian lukas johannes magnus bjorn björn gunnar knut leif sigurd thorsten einar halvard arvid
	bohdan taras yuriy yuri oleg pavel pavlo andrei andrey tomasz piotr krzysztof marek jakub
	zbigniew miroslav dragan goran zoran tariq karim nabil walid fouad rashid majid faisal saud nasser
	hamza bilal yasser ziad kipchoge otieno odhiambo ochieng kamau mwangi njoroge tendai tatenda
	themba sipho bongani thulani kagiso kwabena kwaku yaw kojo chukwuma obinna ikenna tunde babatunde
	olumide segun femi adebayo musa abubakar aliyu moussa mamadou ousmane ibrahima cheikh amadou
	boubacar rajesh suresh ramesh sanjay vijay ajay amit anil sunil arjun vikram rohit sachin rajiv
	manoj ashok pradeep arun harish girish prakash dinesh mahesh ganesh takashi kazuo masahiro
	satoshi daisuke joaquín joaquin ignacio santiago mateo tomás tomas gonzalo rodrigo esteban
	horacio wiremu hemi rawiri hone tamati alasdair`)
)

// genderClash says the person named sp is titled as the other gender than
// g's pronoun.
func (x *extractor) genderClash(sp string, g byte) bool {
	if g == 0 {
		return false
	}
	a := x.byKey[normName(sp)]
	if a == nil {
		// "A Cardell spokeswoman, who spoke on condition of anonymity": a
		// speaker the text describes says its gender in its words.
		for w := range strings.FieldsSeq(strings.ToLower(sp)) {
			w = strings.Trim(w, ",.'’")
			if femaleWords.has(w) && g == 'm' || maleWords.has(w) && g == 'f' {
				return true
			}
		}
		return false
	}
	ag := x.genderOf(a)
	return ag != 0 && ag != g
}

// femaleWords and maleWords describe a person of one gender.
var (
	femaleWords = words(`spokeswoman chairwoman businesswoman congresswoman councilwoman woman mother wife daughter
		sister grandmother widow girl aunt niece she her`)
	maleWords = words(`spokesman chairman businessman congressman councilman man father husband son brother
		grandfather widower boy uncle nephew he his`)
)

// participlePronoun says a sentence opens with a participle's phrase
// ("Asked by a reporter whether ...,", "Speaking in Dayton,") and its main
// clause with a person pronoun of gender g (any, for 0) after the comma.
func participlePronoun(toks []token, g byte) bool {
	if len(toks) < 4 || !participleForm(toks[0]) {
		return false
	}
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].n == "," && personPronouns.has(toks[k+1].lower()) && (g == 0 || pronounGender(toks[k+1].lower()) == g) && k+2 < len(toks) && toks[k+2].kind == tWord && !toks[k+2].upper() {
			return true
		}
	}
	return false
}
