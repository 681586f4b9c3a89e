package generate

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brief-team/brief/briefings"
)

// speakerOf resolves who said quote q, or "" when the text does not say
// (a label, an unattributed passage).
func (x *extractor) speakerOf(q quote, paraEnd int, prevLabel *quote) (string, bool) {
	if q.turn == answerTurn {
		return x.interviewee(q.s1), false
	}
	if q.turn != "" {
		return x.turnSpeaker(q.turn, q.doc), false
	}
	st := x.sents[q.s1].toks
	// A label: designated "sensitive", the so-called "...", titled "...".
	p := q.o - 1
	if p >= 0 && st[p].lower() == "as" {
		p--
		// "known internally as", "called simply": an adverb between.
		if p >= 1 && strings.HasSuffix(st[p].lower(), "ly") && labelCues.has(st[p-1].lower()) {
			p--
		}
	}
	if p >= 0 && (labelCues.has(st[p].lower()) || st[p].lower() == "so-called") {
		return "", true
	}
	// "planned the theft of "The Oyster Gatherers"": a work's title.
	if p >= 0 && st[p].lower() == "of" && titleCaseName(x.quoteText(q)) {
		return "", true
	}
	// `waved blue "Carrie On" signs`: a name in title case before the
	// noun it names is a label, whoever speaks around it.
	if et := x.sents[q.s2].toks; q.c+1 < len(et) && et[q.c+1].kind == tWord && !et[q.c+1].upper() && !speechVerb(et[q.c+1].lower()) && !wordIs(et, q.c+1, "and", "or", "of", "in", "on", "to", "for", "with", "at", "from", "by", "as", "that", "which", "who") &&
		!personPronouns.has(et[q.c+1].lower()) && !groupPronouns.has(et[q.c+1].lower()) && !determiners.has(et[q.c+1].lower()) && titleCaseName(q.text) {
		return "", true
	}
	// "known as "APT42" or "Charming Kitten"": a second name.
	if prevLabel != nil && prevLabel.s2 == q.s1 && p >= 1 && p == prevLabel.c+1 && (st[p].lower() == "or" || st[p].lower() == "and" || st[p].n == ",") {
		return "", true
	}
	sp := x.attribution(q, paraEnd)
	// "said a retired teacher ... who gave only her first name,
	// Hannelore": the one described gave a name, and is that person.
	var buf [64]byte
	if _, ok := x.byKey[string(normNameLookup(buf[:0], sp))]; !ok {
		for _, si := range []int{q.s1, q.s2} {
			for _, m := range x.mentions[si] {
				if m.kind == mPerson && m.act != nil && !x.quotedAt(si, m.a) && givenNameAt(x.sents[si].toks, m.a) >= 0 {
					return m.act.name, false
				}
			}
		}
	}
	return sp, false
}

// addressedIn says words address speaker by a name of theirs, set off by
// commas as one calls a person ("You've had three years, Gareth.", "Mr
// Pascoe, who pays?"): who is addressed is not who speaks.
func addressedIn(words, speaker string) bool {
	for _, w := range strings.Fields(speaker) {
		if r, _ := utf8.DecodeRuneInString(w); len(w) < 3 || !unicode.IsUpper(r) || titleWords.has(strings.ToLower(strings.TrimSuffix(w, "."))) {
			continue
		}
		for off := 0; ; {
			k := strings.Index(words[off:], w)
			if k < 0 {
				break
			}
			k += off
			off = k + len(w)
			before, after := strings.TrimRight(words[:k], " "), words[off:]
			// "..., Ms Whitlock?": past a title.
			if sp := strings.LastIndexAny(before, " ,"); sp >= 0 && titleWords.has(strings.ToLower(strings.TrimSuffix(before[sp+1:], "."))) {
				before = strings.TrimRight(before[:sp+1], " ")
			}
			ends := after == "" || strings.IndexByte(".?!,", after[0]) >= 0
			if strings.HasSuffix(before, ",") && ends || (before == "" || strings.IndexByte(".?!", before[len(before)-1]) >= 0) && strings.HasPrefix(after, ",") {
				return true
			}
		}
	}
	return false
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

// namedHeads are the heads of bodies whose names say them: "the
// ministry" is a ministry the text names ("the Ministry of Commerce").
var namedHeads = words(`ministry embassy consulate cabinet presidency parliament treasury`)

// nounPhrase resolves a lower-case subject such as "the company" or "the
// three countries" [a,b): an actor whose name or role has the head noun
// (the nearest before), else the phrase itself without its article. A
// phrase with a capitalized body, "a Treasury spokesperson", is read by
// describedSpeaker.
func (x *extractor) nounPhrase(si, a, b int) string {
	toks := x.sents[si].toks
	if b-a < 2 || b-a > 5 || !determiners.has(toks[a].lower()) {
		return ""
	}
	for k := a + 1; k < b; k++ {
		if toks[k].kind != tWord && toks[k].kind != tNum {
			return ""
		}
		if toks[k].upper() && !placeCompound(toks[k].n) {
			return x.describedSpeaker(si, a, b)
		}
	}
	head := strings.TrimSuffix(toks[b-1].lower(), "'s")
	if summaryStop.has(head) || personPronouns.has(head) || groupPronouns.has(head) {
		return ""
	}
	doc := x.sents[si].doc
	// "A spokesman for the Chinese Embassy told Xinhua ... "...," the
	// spokesman said": the body that spokesman speaks for, not another
	// spokesman named before.
	if b-a == 2 && toks[a].lower() == "the" && spokesWords.has(head) {
		if act := x.spokesmanFor(si, a); act != nil {
			return act.name
		}
	}
	// "the post said" is a document, not The Washington Post the text
	// named before: a document's head never matches a name's word.
	if m, ok := x.lastMentionWith(head, si, a); ok && x.sents[m.sent].doc == doc && !docNouns.has(head) {
		return m.act.name
	}
	// "the company said": the organization that last spoke, or was last
	// named, within the last three sentences. Not "the justice ministry",
	// which says which one it is.
	if (orgDescriptors.has(head) || govHeads.has(head)) && b-a == 2 || orgDescriptors.has(head) && describingOnly(toks, a+1, b-1) {
		// "AFP correspondents saw ... The ministry said": a ministry or
		// an embassy is one the text names so, not whatever body it
		// named last (an agency may be "Kentucky Emergency Management").
		if act := x.bodyBefore(si, a); act != nil && (!namedHeads.has(head) || strings.Contains(strings.ToLower(act.name), head)) {
			return act.name
		}
	}
	// The phrase itself speaks only when it names people or a body ("the
	// justice ministry", "a senior official"): a speaker is an actor of
	// the text, never the document or medium that carries the words ("the
	// news release", "the email", "the message briefly"); no speaker
	// rather than a wrong one.
	if docNouns.has(head) {
		return x.authorOf(head, si)
	}
	// "The Department of Health said ... "...," a spokesperson said": the
	// body that spoke just before speaks through its spokesperson.
	if b-a == 2 && spokesWords.has(head) {
		if act := x.bodyThatSpoke(si, a); act != nil {
			return act.name
		}
	}
	// "the campaign said": the campaign the text last named, "his
	// campaign", "the Castellano campaign".
	if b-a == 2 && toks[a].lower() == "the" && camps.has(head) {
		return x.lastCampaign(si, a)
	}
	// "the source said", "the operative said": the unnamed person the
	// text introduced a sentence or few before.
	if b-a == 2 && toks[a].lower() == "the" {
		if d := x.introducedAs(si, a, head); d != "" {
			return d
		}
	}
	if mediumWords.has(head) || strings.HasSuffix(head, "ly") || !speakingNoun(head) {
		return ""
	}
	return cleanRole(x.text(si, a, b))
}

// lastCampaign is the campaign named last before token a of sentence si,
// within three sentences of one document: "the Castellano campaign",
// "his campaign" (its candidate, resolved), as "Robert Castellano
// campaign"; "" when none is.
func (x *extractor) lastCampaign(si, a int) string {
	for s, k := range x.tokensBack(si, a, 3) {
		toks := x.sents[s].toks
		if !camps.has(toks[k].lower()) {
			continue
		}
		if wordIs(toks, k-1, "his", "her") {
			if p := x.pronoun(s, k-1, true); p != "" {
				return p + " campaign"
			}
			return ""
		}
		if m, ok := x.mentionEndingAt(s, k); ok && m.kind == mPerson && m.act != nil {
			return speakerName(m) + " campaign"
		}
	}
	return ""
}

// speakingNoun says a phrase's head noun names people or a body, who can
// speak: a role ("the minister", "a senior official"), a body ("the
// ministry", "the company", "the court"), countries, or a noun of people
// by its ending ("the workers", "protesters", "a researcher"). Figures,
// situations and statistics say nothing: "the latest figures said" quotes
// the text's own reading of them, so no speaker rather than a wrong one.
func speakingNoun(head string) bool {
	sing := strings.TrimSuffix(head, "s")
	if roleHeads.has(head) || roleHeads.has(sing) || orgDescriptors.has(head) || orgDescriptors.has(sing) || govHeads.has(head) || orgCueWords.has(head) || orgCueWords.has(sing) || peopleNouns.has(head) {
		return true
	}
	if strings.HasSuffix(sing, "ment") {
		return false // "the statement", "the agreement"
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent", "eer"} {
		if strings.HasSuffix(sing, suf) {
			return true
		}
	}
	return false
}

// peopleNouns name people without an agent's ending.
var peopleNouns = words(`people public police crowd family families relatives staff children man men woman
	women crew couple parents locals citizens voters fans youth elders survivors victims country countries
	nation nations state states`)

// mediumWords carry words without saying them, beside docNouns: "the news
// release said", "the website says".
var mediumWords = words(`release releases website site page blog newsletter video podcast broadcast channel
	account feed press wire text texts sms`)

// describedSpeaker reads a speaker described by a body and a person noun,
// [a,b) before a reporting verb: "a Treasury spokesperson", "a senior
// Pentagon official". The text names no one, so the description is the
// speaker. nounPhrase hands it the phrases with a capital.
func (x *extractor) describedSpeaker(si, a, b int) string {
	toks := x.sents[si].toks
	if b-a < 3 || b-a > 5 || !determiners.has(toks[a].lower()) {
		return ""
	}
	head := toks[b-1]
	// "a European Union observer mission" speaks as a body.
	if head.kind != tWord || head.upper() || !(humanHeads.has(head.lower()) || roleHeads.has(head.lower()) || orgDescriptors.has(head.lower()) || camps.has(head.lower()) || govHeads.has(head.lower())) {
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
	// "The Civic Alliance candidate denied it", after "Rosalind
	// Penhaligon of the Civic Alliance": the one person the text ties to
	// that body, whom "the" points back to.
	if toks[a].lower() == "the" && (humanHeads.has(head.lower()) || roleHeads.has(head.lower())) {
		if p := x.affiliated(si, a, b-1); p != nil {
			return p.name
		}
	}
	return cleanRole(x.text(si, a+1, b))
}

// affiliated is the one person the text, up to sentence si (at most 100
// sentences back), names "of" the body mentioned in tokens [a,b) of si
// ("Rosalind Penhaligon of the Civic Alliance"), or nil: none, or more
// than one.
func (x *extractor) affiliated(si, a, b int) *actor {
	var body *actor
	for _, m := range x.mentions[si] {
		if m.a >= a && m.b <= b && m.act != nil && m.act.body() {
			if body != nil && body != m.act {
				return nil
			}
			body = m.act
		}
	}
	if body == nil {
		return nil
	}
	var found *actor
	doc := x.sents[si].doc
	// At most 100 sentences back: the look is per description, and a
	// document of such descriptions must stay linear.
	for s := si; s >= 0 && s >= si-100 && x.sents[s].doc == doc; s-- {
		toks := x.sents[s].toks
		for _, m := range x.mentions[s] {
			if m.act == nil || m.act.typ != briefings.ActorPerson || !wordIs(toks, m.b, "of") {
				continue
			}
			k := m.b + 1
			if wordIs(toks, k, "the") {
				k++
			}
			if o, ok := x.mentionAt(s, k); !ok || o.act != body {
				continue
			}
			if found != nil && found != m.act {
				return nil
			}
			found = m.act
		}
	}
	return found
}

// bodyBefore is the organization "the company" at token a of sentence si
// stands for: the one that last spoke within the last three sentences,
// else the one named there most often, the last named on a tie ("Kanemori
// ... plunged. Hokuto Motor Corp. declined. ... the Osaka-based company
// said": Kanemori, the story's firm, named twice).
func (x *extractor) bodyBefore(si, a int) *actor {
	var order []*actor // by recency
	count := map[*actor]int{}
	for m, toks := range x.bodiesBack(si, a, 3) {
		// "wrote on Instagram", "said on X": a platform carries
		// words, it says none.
		if m.a >= 2 && wordIs(toks, m.a-1, "on", "via") && speechVerb(toks[m.a-2].lower()) {
			continue
		}
		if m.b < len(toks) && reportingVerbs.has(toks[m.b].lower()) {
			return m.act
		}
		if count[m.act] == 0 {
			order = append(order, m.act)
		}
		count[m.act]++
	}
	var best *actor
	for _, act := range order {
		if best == nil || count[act] > count[best] {
			best = act
		}
	}
	return best
}

// spokesWords are the nouns of someone who speaks for a body.
var spokesWords = words(`spokesperson spokesman spokeswoman`)

// spokesmanFor is who speaks for a body as "a spokesman for BODY" in
// sentence si before token a, or in the two sentences before it in the
// same document: the spokesman named after it ("a spokesman for the
// embassy, Li Wei"), else the body; nil when none is.
func (x *extractor) spokesmanFor(si, a int) *actor {
	for s, k := range x.tokensBack(si, a, 2) {
		toks := x.sents[s].toks
		if !spokesWords.has(toks[k].lower()) || !wordIs(toks, k+1, "for", "of") {
			continue
		}
		n := k + 2
		if wordIs(toks, n, "the") {
			n++
		}
		for _, m := range x.mentions[s] {
			if m.a != n || m.act == nil || !m.act.body() {
				continue
			}
			if p, ok := x.mentionAt(s, m.b+1); ok && wordIs(toks, m.b, ",") && p.kind == mPerson && p.act != nil {
				return p.act
			}
			return m.act
		}
	}
	return nil
}

// bodyThatSpoke is the body that is the subject of a reporting verb
// ("the Department of Health said") in sentence si before token a, or in
// the sentence before it in the same document; nil when none is.
func (x *extractor) bodyThatSpoke(si, a int) *actor {
	for m, toks := range x.bodiesBack(si, a, 1) {
		if m.b < len(toks) && reportingVerbs.has(toks[m.b].lower()) {
			return m.act
		}
	}
	return nil
}

// bodiesBack yields the mentions of bodies (body) before token a of
// sentence si, nearest first, then those of the n sentences before it in
// its document: each with its sentence's tokens.
func (x *extractor) bodiesBack(si, a, n int) iter.Seq2[mention, []token] {
	return func(yield func(mention, []token) bool) {
		doc := x.sents[si].doc
		for s := si; s >= 0 && s >= si-n && x.sents[s].doc == doc; s-- {
			ms := x.mentions[s]
			for k := len(ms) - 1; k >= 0; k-- {
				m := ms[k]
				if m.act == nil || !m.act.body() || s == si && m.a >= a {
					continue
				}
				if !yield(m, x.sents[s].toks) {
					return
				}
			}
		}
	}
}

// describingOnly says tokens [a,b), one or two, describe without saying
// which one: "90-year-old", "Coventry-based", "struggling", "troubled"
// ("the 90-year-old company" is the company named before, "the justice
// ministry" says which ministry).
func describingOnly(toks []token, a, b int) bool {
	if b <= a || b-a > 2 {
		return false
	}
	for k := a; k < b; k++ {
		l := toks[k].lower()
		// "the Osaka-based company" says where, not which.
		if toks[k].upper() && placeCompound(toks[k].n) {
			continue
		}
		if toks[k].kind != tWord && toks[k].kind != tNum || toks[k].upper() || !(strings.Contains(l, "-") || strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing")) {
			return false
		}
	}
	return true
}

// speakerFor reads a described speaker at token a of sentence si that
// names the body it speaks for: "a spokesperson for the Department for
// Business and Trade", "an official at the ministry", spoken of as
// "Department for Business and Trade spokesperson". It returns the end of
// the phrase.
func (x *extractor) speakerFor(si, a int) (string, int) {
	toks := x.sents[si].toks
	if a >= len(toks) || !determiners.has(toks[a].lower()) {
		return "", a
	}
	k := a + 1
	if k+2 >= len(toks) {
		return "", a
	}
	head := toks[k]
	if head.kind != tWord || head.upper() || !(humanHeads.has(head.lower()) || roleHeads.has(head.lower())) {
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
var familyWords = words(`family relatives parents lawyers friends colleagues`)

// camps are the people around a candidate or leader, who speak as one
// ("the Clinton campaign said"), though they name no body of their own.
var camps = words(`campaign camp`)

// humanHeads are nouns for people who may be speakers without a name.
var humanHeads = words(`man woman men women victim victims mother father parent parents son daughter wife husband boy girl child
	resident residents witness witnesses nurse teacher worker workers farmer friend neighbour neighbor
	survivor relative patient passenger driver soldier pilot student user customer owner official
	spokesman spokeswoman spokesperson source sources lawyer doctor officer analyst expert member
	fellow scholar lecturer academic agent`)

// appositionStart finds the comma that opens the apposition or relative
// clause closed by the comma at c: "NAME, the British ambassador, said",
// "NAME, who took over the talks in November 2021, said". It returns -1
// when there is none near enough: 12 words, or 28 for a relative clause
// or a participle's.
func appositionStart(toks []token, c int) int {
	for w := c - 1; w >= 0 && w > c-29; w-- {
		if toks[w].n != "," {
			continue
		}
		// A description ("a German MEP from the center-right European
		// People's Party (EPP)") or a relative clause may run longer.
		// So may a titled name with its affiliation ("Professor Murat
		// Çelebioğlu of the Black Sea Institute of ... in Trabzon").
		// And so may a participle's ("Saarinen, asked whether Korvala
		// would seek a ban on sales of the Nova in Europe, said").
		if c-w < 14 || w+1 < len(toks) && (relativeWords.has(toks[w+1].lower()) || determiners.has(toks[w+1].lower()) || titleWords.has(toks[w+1].lower()) || participle(toks[w+1])) {
			return w
		}
		return -1
	}
	return -1
}

func auxOrAdverb(l string) bool {
	switch l {
	case "also", "has", "have", "had", "later", "then", "previously", "earlier", "again", "repeatedly",
		"publicly", "reportedly", "allegedly", "once", "recently", "further", "would", "will", "could", "separately", "similarly", "however", "too", "already", "officially", "openly", "clearly",
		"today", "yesterday", "tonight":
		return true
	}
	return false
}

// subjectEnd is where the subject of the verb at v ends: before the
// auxiliaries and adverbs ("has also said") and the time the wires put
// between subject and verb ("Apple on Tuesday said", "The watchdog late on
// Tuesday blocked", "Condor Ridge on March 3 told investors").
func subjectEnd(toks []token, v int) int {
	e := v
	for e > 0 {
		switch {
		case auxOrAdverb(toks[e-1].lower()):
			e--
		case e >= 2 && wordIs(toks, e-2, "last", "this", "next") && wordIs(toks, e-1, "week", "month", "year", "night", "weekend"):
			e -= 2
		default:
			a := onDayBefore(toks, e)
			if a == e {
				return e
			}
			e = a
			if wordIs(toks, e-1, "late", "early") {
				e--
			}
		}
	}
	return e
}

// onDayBefore is where "on Tuesday", "on Tuesday night", "on March 3" or
// "on 3 March" ends at e starts, or e.
func onDayBefore(toks []token, e int) int {
	k := e
	if wordIs(toks, k-1, "morning", "afternoon", "evening", "night") {
		k--
	}
	if k >= 2 && toks[k-1].upper() {
		if _, ok := weekdays()[toks[k-1].lower()]; ok && wordIs(toks, k-2, "on") {
			return k - 2
		}
	}
	if k >= 3 && wordIs(toks, k-3, "on") && toks[k-1].kind == tNum != (toks[k-2].kind == tNum) {
		if _, ok := monthOf(toks[k-1]); ok {
			return k - 3
		}
		if _, ok := monthOf(toks[k-2]); ok {
			return k - 3
		}
	}
	return e
}

// personAfterRoleComma reads "BODY ROLE, PERSON" from mention m on: "the
// Crown prosecutor, Mark Tedeschi".
func (x *extractor) personAfterRoleComma(si int, m mention) (mention, bool) {
	toks := x.sents[si].toks
	if m.kind == mPerson || !personHead(toks, m.b) {
		return mention{}, false
	}
	j := m.b + 1
	if j < len(toks) && toks[j].n == "," {
		if p, ok := x.personAt(si, j+1); ok {
			return p, true
		}
	}
	return mention{}, false
}

// accordingTo returns the actor after "according to" in sentence si.
func (x *extractor) accordingTo(si int) string {
	toks := x.sents[si].toks
	for i := 0; i+1 < len(toks); i++ {
		// "according to X"; "in the words of X".
		from := -1
		if toks[i].lower() == "according" && toks[i+1].lower() == "to" {
			from = i + 2
		} else if toks[i].lower() == "words" && wordIs(toks, i-1, "the") && wordIs(toks, i-2, "in") && wordIs(toks, i+1, "of") {
			from = i + 2
		}
		if from >= 0 {
			// "According to a statement signed by the commission's Head of
			// Media, Mr Akinwale Ogunsola, ...": whoever put it out.
			if d := from + 1; determiners.has(lowerAt(toks, from)) && docNouns.has(lowerAt(toks, d)) && issueVerbs.has(lowerAt(toks, d+1)) && wordIs(toks, d+2, "by") {
				if m, ok := x.nameAfterRole(si, d+3); ok {
					return m.act.name
				}
				from = d + 3
			}
			// "According to its report": the body the sentences before
			// speak of wrote it.
			if wordIs(toks, from, "its", "their") && docNouns.has(lowerAt(toks, from+1)) {
				if sp := x.pronoun(si, from, false); sp != "" {
					return sp
				}
			}
			for k := from; k < len(toks) && k <= from+4; k++ {
				if m, ok := x.mentionAt(si, k); ok && m.kind != mLocative {
					// "the Crown prosecutor, Mark Tedeschi": the person
					// holding the role the body's name leads.
					if p, ok := x.personAfterRoleComma(si, m); ok {
						return speakerName(p)
					}
					// "according to Sony spokesman Taro Aso": the person
					// the body and role describe, not the body; "according
					// to a Sony spokesman": the description.
					if p, ok := x.personAfterRole(si, m); ok {
						return speakerName(p)
					}
					if m.kind == mOrg && m.act != nil && personHead(toks, m.b) && (m.b+1 == len(toks) || toks[m.b+1].kind != tWord) {
						return m.act.name + " " + toks[m.b].lower()
					}
					if m.kind == mCountry && k+1 < len(toks) && toks[k+1].n == "'s" {
						continue // "Albania's Interior Ministry"
					}
					return speakerName(m)
				}
				if toks[k].n == "," {
					// "the Crown prosecutor, Mark Tedeschi": a role, then
					// its holder's name.
					if personHead(toks, k-1) {
						if p, ok := x.personAt(si, k+1); ok {
							return speakerName(p)
						}
					}
					break
				}
			}
		}
	}
	return ""
}

// documentSpeaker names who wrote a document that a quote comes from:
// "correspondence ... between A and B ... detailing plans to “...”" is A
// and B, "a letter from A" is A.
func (x *extractor) documentSpeaker(si, o int) string {
	toks := x.sents[si].toks
	// The document nearest the quote: "a complaint from the Conservatives
	// over leaflets, distributed by a group ..., that urged residents to
	// back "..."" quotes the leaflets.
	for d := o - 1; d >= 0; d-- {
		if l := toks[d].lower(); !docNouns.has(l) && !(strings.HasSuffix(l, "s") && docNouns.has(strings.TrimSuffix(l, "s"))) || toks[d].upper() && d > 0 {
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
		// "between A and B" / "from A" / "by A"
		var people []string
		for k := d + 1; k < o; k++ {
			l := toks[k].lower()
			// "a letter seen by Sky News", "a statement read to the court
			// by Mr Etherington": who saw or read it out did not write it.
			if l == "by" && k > 0 && (seenVerbs.has(toks[k-1].lower()) || k >= 4 && (wordIs(toks, k-4, "read") || wordIs(toks, k-3, "read"))) {
				continue
			}
			if l == "between" || l == "from" || l == "by" {
				limit := k + 30
				if l != "between" {
					limit = k + 3
					// "distributed by a group calling itself X"
					if wordIs(toks, k+2, "group", "body", "campaign", "organisation", "organization") && wordIs(toks, k+3, "calling", "called", "named") {
						limit = k + 8
					}
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
				// A document does not speak; who wrote it does:
				// "correspondence between A and B" is A and B.
				if len(people) > 0 {
					if l == "between" && len(people) == 2 {
						return people[0] + " and " + people[1]
					}
					return people[0]
				}
			}
		}
		// "The Home Office letter reads": the body the document is of.
		if m, ok := x.mentionEndingAt(si, d); ok && m.act != nil && (m.kind == mOrg || m.kind == mPerson) {
			return m.act.name
		}
		// "CISA and the FBI issued a joint advisory warning ...": who
		// issued it speaks. A document that names no actor of the text
		// ("the email said") is not a speaker: a speaker is an actor; no
		// speaker rather than a wrong one.
		return x.issuer(si, d)
	}
	return ""
}

// issuer returns who issued the document at token d of sentence si, "CISA
// and the FBI issued a joint advisory", or "".
// statementIssued is who issued a statement (or another document) in
// sentence si, "X issued a statement regarding ...", whose words the next
// sentence may quote; "" when no actor did.
func (x *extractor) statementIssued(si int) string {
	toks := x.sents[si].toks
	for d, t := range toks {
		if !docNouns.has(t.lower()) || t.upper() {
			continue
		}
		if sp := x.issuer(si, d); sp != "" {
			return sp
		}
		// "Her statement, released shortly after 4 p.m., read in part:",
		// "Carraway's statement said": the statement opening its
		// sentence is its owner's.
		st := leadInEnd(toks)
		if d == st+1 && wordIs(toks, d-1, "his", "her") {
			return x.pronoun(si, d-1, true)
		}
		if d >= st+2 && toks[d-1].n == "'s" {
			if m, ok := x.mentionEndingAt(si, d-1); ok && m.a == st && m.act != nil {
				return m.act.name
			}
		}
		// "John Cornyn, Republican from Texas, issued a statement": the
		// verb's subject, read as a reporting verb's is.
		for v := d - 1; v > 0 && v >= d-4; v-- {
			if issueVerbs.has(toks[v].lower()) {
				return firstSpeaker(x, subjectRules, subjectAt{si, v, subjectEnd(toks, v)})
			}
		}
	}
	return ""
}

// seenVerbs put the one who saw a document after "by", not its author:
// "a letter seen by Sky News", "documents obtained by the paper".
var seenVerbs = words(`seen obtained reviewed viewed cited leaked acquired`)

func (x *extractor) issuer(si, d int) string {
	toks := x.sents[si].toks
	for v := d - 1; v >= 0 && v >= d-4; v-- {
		if !issueVerbs.has(toks[v].lower()) {
			continue
		}
		m, ok := x.mentionEndingAt(si, v)
		if !ok || m.act == nil {
			return ""
		}
		name := m.act.name
		// "A and B issued": both.
		k := m.a - 1
		if k > 0 && toks[k].lower() == "the" {
			k--
		}
		if k > 0 && toks[k].lower() == "and" {
			if p, ok := x.mentionEndingAt(si, k); ok && p.act != nil {
				name = p.act.name + " and " + name
			}
		}
		return name
	}
	return ""
}

// writtenBy is the person named as the writer after the document at
// token d of sentence si: "The eight-page memo, dated June 9 and written by
// Harkness's longtime strategist Brian Kosloski".
func (x *extractor) writtenBy(si, d int) string {
	toks := x.sents[si].toks
	for v := d + 1; v < len(toks) && v <= d+12; v++ {
		if !wordIs(toks, v, "written", "authored", "drafted", "prepared", "signed") || !wordIs(toks, v+1, "by") {
			continue
		}
		for _, m := range x.mentions[si] {
			// Not the possessor before the writer's role ("Harkness's").
			if m.kind == mPerson && m.act != nil && m.a > v+1 && m.a <= v+8 && !wordIs(toks, m.b, "'s") {
				return m.act.name
			}
		}
		return ""
	}
	return ""
}

// issueVerbs put a document out: its subject speaks through it.
var issueVerbs = words(`issued released published sent posted put signed wrote`)

// authorOf finds who wrote "the report" that speaks in sentence si: in
// the latest of the eight sentences before that names such a document and
// its author, who issued it ("the AAIB published its final report"), who
// wrote it ("the memo, written by ... Brian Kosloski") or the body that
// speaks there ("In its final report, the AAIB said"). Else "": the
// document itself is no speaker.
func (x *extractor) authorOf(noun string, si int) string {
	doc := x.sents[si].doc
	for s := si - 1; s >= 0 && s >= si-8 && x.sents[s].doc == doc; s-- {
		toks := x.sents[s].toks
		d := indexWord(toks, 0, len(toks), noun)
		if d < 0 {
			continue
		}
		if name := x.issuer(s, d); name != "" {
			return name
		}
		if name := x.writtenBy(s, d); name != "" {
			return name
		}
		for _, m := range x.mentions[s] {
			k := m.b
			if acronymAt(toks, k) {
				k += 3 // "the Air Accidents Investigation Branch (AAIB) said"
			}
			if m.act != nil && m.act.body() && k < len(toks) && reportingVerbs.has(toks[k].lower()) {
				return m.act.name
			}
		}
		// "Tomás Fahy, whose support ..., said in a statement that ...":
		// whoever said it in the statement.
		if d >= 3 && wordIs(toks, d-1, "a") && wordIs(toks, d-2, "in") && reportingVerbs.has(toks[d-3].lower()) {
			return x.subjectFrom(s, leadInEnd(toks))
		}
		// "In a statement, he said ...": the subject after the lead-in.
		if d <= 3 && wordIs(toks, 0, "in") {
			st := leadInEnd(toks)
			if st > d && wordIs(toks, st, "he", "she") {
				return x.pronoun(s, st, true)
			}
			if st > d {
				return x.subjectFrom(s, st)
			}
		}
		// "Harkness raised $610,000, the memo notes": a sentence that
		// names the document but not its author; the one before may.
	}
	return ""
}

// indefiniteDets introduce someone the text does not name: "a source",
// "one senior Republican strategist", "another aide".
var indefiniteDets = words(`a an one another`)

// unnamedHeads are nouns news leaves a speaker at, beyond roles and
// humanHeads: "a Democratic operative", "a Labour source".
var unnamedHeads = words(`operative operatives staffer staffers insider insiders person people strategists aides advisers
	supporter supporters organizer organiser activist activists campaigner campaigners volunteer volunteers`)

// describedHead says w heads a description of people who may speak
// unnamed.
func describedHead(w string) bool {
	return roleHeads.has(w) || humanHeads.has(w) || unnamedHeads.has(w) || anonymousSourceHeads.has(w)
}

// memberAcronyms are the capitalized heads of a description of a member
// of a parliament: "one MP backing Marchbank", "a Labour MEP".
var memberAcronyms = set(`MP MPs MEP MEPs MLA MLAs MSP MSPs TD TDs MPP MPPs MNA MNAs`)

// indefinitePhrase reads someone the text describes but does not name,
// from the determiner at token a of sentence si: "one senior Republican
// strategist", "a House Republican leadership aide", "a person familiar
// with the investigation". It returns the description (without the
// determiner), its head noun and its end; "" when the words at a are no
// such phrase. Participles and relative clauses after the head are left
// out ("an aide watching from the spin room", "a strategist who").
func (x *extractor) indefinitePhrase(si, a int) (desc, head string, end int) {
	toks := x.sents[si].toks
	if a >= len(toks) || !indefiniteDets.has(toks[a].lower()) {
		return "", "", a
	}
	h := -1
	for k := a + 1; k < len(toks) && k <= a+5; k++ {
		t := toks[k]
		if t.kind != tWord || t.n == "'s" {
			break
		}
		l := t.lower()
		if !t.upper() && (speechVerb(l) || prepositions.has(l) || l == "who" || l == "which" || l == "that" || l == "and" || l == "or" || l == "familiar" || l == "close" || strings.HasSuffix(l, "ing")) {
			break
		}
		if !t.upper() && describedHead(l) || memberAcronyms[t.s] {
			h = k
		}
	}
	if h < 0 {
		return "", "", a
	}
	end = h + 1
	// "a person familiar with the investigation", "a source close to
	// the talks": what makes the source one is part of it.
	if wordIs(toks, end, "familiar") && wordIs(toks, end+1, "with") || wordIs(toks, end, "close") && wordIs(toks, end+1, "to") {
		e := end + 2
		for e < len(toks) && e < end+7 && toks[e].kind == tWord && !speechVerb(toks[e].lower()) && toks[e].lower() != "who" {
			e++
		}
		end = e
	}
	return x.text(si, a+1, end), toks[h].lower(), end
}

// introducedAs is the description of the person "the HEAD" (at token a of
// sentence si) refers back to: "A Labour source was blunter. "...," the
// source said"; "One Democratic operative familiar with the race said ...
// "...," the operative said". The nearest such introduction in the
// sentences before (at most five, same document) wins; "" when there is
// none.
func (x *extractor) introducedAs(si, a int, head string) string {
	for s, k := range x.tokensBack(si, a, 5) {
		if x.quotedAt(s, k) || !indefiniteDets.has(x.sents[s].toks[k].lower()) {
			continue
		}
		if d, h, _ := x.indefinitePhrase(s, k); d != "" && h == head {
			return d
		}
	}
	return ""
}

// tokensBack yields the tokens before token a of sentence si, nearest
// first, then every token of the n sentences before it in its document:
// each as its sentence and index.
func (x *extractor) tokensBack(si, a, n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		doc := x.sents[si].doc
		for s := si; s >= 0 && s >= si-n && x.sents[s].doc == doc; s-- {
			end := len(x.sents[s].toks)
			if s == si {
				end = a
			}
			for k := end - 1; k >= 0; k-- {
				if !yield(s, k) {
					return
				}
			}
		}
	}
}

// titleCaseName says s is a short name in title case: one to five words,
// each opening with a capital ("Carrie On", "Way Forward").
func titleCaseName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 5 {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
