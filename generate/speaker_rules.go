package generate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brief-team/brief/briefings"
)

// speakerRule is one way the text says who speaks: a name, an example
// (the speaker is the one the rule names) and find, which reads context
// c and returns the speaker and found, or pass; stop ends the search with
// no speaker.
type speakerRule[C any] struct {
	name, example string
	find          func(x *extractor, c C) (string, verdict)
}

// firstSpeaker tries rules in order on c: the first that does not pass
// decides the speaker ("" for stop or when all pass).
func firstSpeaker[C any](x *extractor, rules []speakerRule[C], c C) string {
	for _, r := range rules {
		if sp, v := r.find(x, c); v != pass {
			if x.traceRule != nil {
				x.traceRule(r.name, sp)
			}
			return sp
		}
	}
	return ""
}

// quoteAt is a quotation whose speaker speakerRules look for; paraEnd is
// the end of its paragraph (a sentence index).
type quoteAt struct {
	q       quote
	paraEnd int
}

// speakerRules find who said a quotation that is not a label, in order:
// the words after it, a reporting verb before it, "according to", a
// document that speaks, the next sentence.
var speakerRules = []speakerRule[quoteAt]{
	{"after the quote", `"...," stated Albanian Prime Minister Edi Rama`, (*extractor).speakerAfterQuote},
	{"advertisement", `The Democratic Congressional Campaign Committee began airing an ad that calls Front Range Forward "..."`, (*extractor).speakerAdvertisement},
	{"before the quote", `Prime Minister Edi Rama said the attack was "..."`, (*extractor).speakerBeforeQuote},
	{"according to", `The plan is "...", according to Prime Minister Edi Rama`, (*extractor).speakerAccordingTo},
	{"name and colon", `Mayor Anna Berg: "..."`, (*extractor).speakerNameColon},
	{"document", `correspondence between Prime Minister Edi Rama and Mayor Anna Berg detailing plans to "..."`, (*extractor).speakerDocument},
	{"subject introduces", `In her letter, Mayor Anna Berg left a warning: "We will ..."`, (*extractor).speakerSubjectIntroduces},
	{"next sentence", `Mayor Anna Berg spoke. "... ." She said so on Monday.`, (*extractor).speakerNextSentence},
	{"interview answer", "We spoke to Mayor Anna Berg.\n\nHow bad is it?\n\n\"...\"", (*extractor).speakerInterviewAnswer},
}

// adNouns are what a campaign or a group puts its words out in.
var adNouns = words(`ad ads advertisement advertisements commercial commercials spot mailer mailers flyer billboard`)

// adVerbs say what an advertisement calls someone.
var adVerbs = words(`calling calls called describing describes described labeling labelling labels labeled labelled branding brands branded saying says`)

// statementNouns are what a person, a body or a campaign puts its own
// words out in; statementVerbs say what such a statement does, beside
// adVerbs: "a news release that read, in part: "..."".
var (
	statementNouns = words(`statement statements release email e-mail letter memo`)
	statementVerbs = words(`read reads reading stating states`)
)

// speakerAdvertisement: the words an advertisement or a statement puts
// out are its sponsor's, the subject that opens the sentence: "On
// Thursday, the Brightwater campaign released a digital ad calling Vessey
// a "..."", "Her campaign answered with a television advertisement that
// described his record as "..."", "The DCCC began airing an ad on Monday
// that calls Front Range Forward "..."", "The Vos campaign released a
// statement late Tuesday calling the charge "..."", "Her campaign
// responded with a news release that read, in part: "..."". Only a
// campaign or a body is read here: a person's letter or statement is the
// other rules' (document, before the quote).
func (x *extractor) speakerAdvertisement(c quoteAt) (string, verdict) {
	q := c.q
	si, toks := q.s1, x.sents[q.s1].toks
	ad := -1
	from := q.o - 1
	if from >= 0 && toks[from].n == ":" {
		from--
	}
	for k := from; k >= 0 && k >= q.o-12 && ad < 0; k-- {
		if toks[k].kind == tDQ || toks[k].kind == tPunct && toks[k].n != "," {
			break
		}
		if !adVerbs.has(toks[k].lower()) && !statementVerbs.has(toks[k].lower()) {
			continue
		}
		for n := k - 1; n >= 0 && n >= k-5; n-- {
			if adNouns.has(toks[n].lower()) && adVerbs.has(toks[k].lower()) {
				ad = n
				break
			}
			if statementNouns.has(toks[n].lower()) {
				ad = n
				break
			}
		}
		if ad < 0 {
			return "", pass
		}
	}
	if ad < 0 {
		return "", pass
	}
	st := leadInEnd(toks)
	if wordIs(toks, st, "her", "his", "their") && wordIs(toks, st+1, "campaign") {
		if p := x.pronoun(si, st, true); p != "" {
			return decideSpeaker(p + " campaign")
		}
		return "", pass
	}
	for _, m := range x.mentions[si] {
		if m.a < st || m.a > st+2 || m.b > ad || m.act == nil {
			continue
		}
		if wordIs(toks, m.b, "campaign") {
			return decideSpeaker(speakerName(m) + " campaign")
		}
		if m.kind == mOrg {
			return decideSpeaker(speakerName(m))
		}
		break
	}
	return "", pass
}

// speakerInterviewAnswer: in an interview written as questions and
// answers, a paragraph that opens with a quotation right after a question
// is the answer of the person the text says it spoke to ("We spoke to
// Noémia Macuácua, RAI's country director").
func (x *extractor) speakerInterviewAnswer(c quoteAt) (string, verdict) {
	q := c.q
	if q.o != 0 || q.s1 == 0 {
		return "", pass
	}
	cur, prev := x.sents[q.s1], x.sents[q.s1-1]
	if prev.doc != cur.doc || prev.para == cur.para || x.quotedAt(q.s1-1, 0) {
		return "", pass
	}
	pt := prev.toks
	if len(pt) == 0 || pt[len(pt)-1].n != "?" || len(pt) > 30 {
		return "", pass
	}
	return speakerOrPass(x.interviewee(q.s1 - 1))
}

// interviewee is the person the text last said it interviewed before
// sentence si of its document: "We spoke to X", "X, interviewed by
// phone", "in an interview with X".
func (x *extractor) interviewee(si int) string {
	doc := x.sents[si].doc
	for s := si - 1; s >= 0 && x.sents[s].doc == doc; s-- {
		toks := x.sents[s].toks
		for i, t := range toks {
			l := t.lower()
			var from int
			switch {
			case (l == "spoke" || l == "talked") && wordIs(toks, i+1, "to", "with"):
				from = i + 2
			case l == "interviewed":
				from = i + 1
			case l == "interview" && wordIs(toks, i+1, "with"):
				from = i + 2
			default:
				continue
			}
			if x.quotedAt(s, i) {
				continue
			}
			// The name, after a title ("Mayor Anna Berg").
			for k := from; k < len(toks) && k < from+3 && isCapTok(toks[k]); k++ {
				if m, ok := x.mentionAt(s, k); ok && m.act != nil && m.act.typ == briefings.ActorPerson {
					return m.act.name
				}
			}
		}
	}
	return ""
}

// attribution finds the speaker of a quotation that is not a label.
func (x *extractor) attribution(q quote, paraEnd int) string {
	return firstSpeaker(x, speakerRules, quoteAt{q, paraEnd})
}

// speakerAfterQuote: after the quote, in its sentence, `"...," stated
// Albanian Prime Minister Edi Rama`, `"...," Rama said`, `"...," he
// added`.
func (x *extractor) speakerAfterQuote(c quoteAt) (string, verdict) {
	q := c.q
	et := x.sents[q.s2].toks
	i := q.c + 1
	if i >= len(et) {
		// The signature may stand as a sentence of its own.
		if n := q.s2 + 1; n < len(x.sents) && x.sents[n].doc == x.sents[q.s2].doc && x.sents[n].para == x.sents[q.s2].para {
			if nt := x.sents[n].toks; len(nt) > 1 && (nt[0].n == "-" || nt[0].n == "—") {
				if m, ok := x.mentionAt(n, 1); ok && m.act != nil && m.kind == mPerson && m.b >= len(nt)-1 {
					return m.act.name, found
				}
			}
		}
		return "", pass
	}
	if et[i].n == "," || et[i].n == "—" || et[i].n == "-" {
		// `"So far, it's the Internet: 1." - Matthew Ingram`: a pull
		// quote signed with a dash and the name alone.
		if et[i].n != "," && i+1 < len(et) {
			if m, ok := x.mentionAt(q.s2, i+1); ok && m.act != nil && m.kind == mPerson && (m.b == len(et) || et[m.b].n == "," || et[m.b].n == ".") {
				return m.act.name, found
			}
		}
		i++
	}
	return speakerOrPass(x.afterQuote(q.s2, i))
}

// speakerBeforeQuote: before the quote, in its sentence, X said (that)
// "...", X claimed it "...", X expressed "...".
func (x *extractor) speakerBeforeQuote(c quoteAt) (string, verdict) {
	return speakerOrPass(x.beforeQuote(c.q.s1, c.q.o))
}

// speakerAccordingTo: "according to X" in the sentence the quote opens or
// closes in.
func (x *extractor) speakerAccordingTo(c quoteAt) (string, verdict) {
	for _, si := range []int{c.q.s1, c.q.s2} {
		if sp := x.accordingTo(si); sp != "" {
			return sp, found
		}
	}
	return "", pass
}

// speakerNameColon: a name and a colon before the quote, all that comes
// before it in its sentence, `Mayor Anna Berg: "..."`, as interviews and
// lists of reactions write it.
func (x *extractor) speakerNameColon(c quoteAt) (string, verdict) {
	q := c.q
	toks := x.sents[q.s1].toks
	if q.o < 2 || toks[q.o-1].n != ":" {
		return "", pass
	}
	m, ok := x.mentionEndingAt(q.s1, q.o-1)
	if !ok || m.act == nil || (m.kind != mPerson && !m.act.body()) || !x.nameOnlyBefore(q.s1, m) {
		return "", pass
	}
	return m.act.name, found
}

// nameOnlyBefore says mention m is all its sentence holds before it, but
// for the capitalized title that goes with the name ("Mayor").
func (x *extractor) nameOnlyBefore(si int, m mention) bool {
	toks := x.sents[si].toks
	for k := 0; k < m.a; k++ {
		if !isCapTok(toks[k]) {
			return false
		}
	}
	return true
}

// speakerDocument: a document speaks, "correspondence between A and B
// detailing plans to "..."".
func (x *extractor) speakerDocument(c quoteAt) (string, verdict) {
	return speakerOrPass(x.documentSpeaker(c.q.s1, c.q.o))
}

// speakerSubjectIntroduces: words a sentence's subject introduces with no
// reporting verb, after a comma, colon or dash that ends its clause: "In
// part of his resignation, Jobs left this farewell, "I have made ..."",
// "Mr Justice Mann agreed with the defence - "I conclude ..."". Only
// words that read as an utterance (in the first person, or a sentence
// that opens with a capital) and not as a title ("released her single, "Love Me Now"") or an
// apposition ("visited Paris, "the city of light"").
func (x *extractor) speakerSubjectIntroduces(c quoteAt) (string, verdict) {
	q := c.q
	toks := x.sents[q.s1].toks
	if q.o < 3 || !(toks[q.o-1].n == "," || toks[q.o-1].n == ":" || toks[q.o-1].n == "-" || toks[q.o-1].n == "—" || toks[q.o-1].n == "–") {
		return "", pass
	}
	text := x.quoteText(q)
	if titleCaseLine(text) || titleCaseName(text) {
		return "", pass
	}
	n, first := len(strings.Fields(text)), firstPerson(text)
	if r, _ := utf8.DecodeRuneInString(text); !first && (n < 8 || !unicode.IsUpper(r)) {
		return "", pass
	}
	// "A Democratic aide watching from the spin room put it bluntly":
	// someone described, not named.
	if d, _, _ := x.indefinitePhrase(q.s1, leadInEnd(toks)); d != "" {
		return d, found
	}
	// "It was Kenny, gracious in defeat, who summed up the day: "..."":
	// the one the cleft sentence names.
	if st := leadInEnd(toks); wordIs(toks, st, "it") && wordIs(toks, st+1, "was", "is") {
		// "It was council leader Jenna Holroyd who put it best": over the
		// role to the name.
		if w := indexWord(toks, st+2, q.o, "who"); w > 0 {
			for _, m := range x.mentions[q.s1] {
				if m.a >= st+2 && m.b <= w && m.kind == mPerson && m.act != nil {
					return m.act.name, found
				}
			}
		}
	}
	// "Minister Lars Holm agreed": past the title to the name; "Kenji
	// Watanabe, an analyst at Pemberton Research, was sceptical": past
	// the apposition to the verb.
	if m, ok := x.personAt(q.s1, leadInEnd(toks)); ok && m.b < q.o {
		e := m.b
		if toks[e].n == "," {
			for k := e + 1; k < q.o-1 && k <= e+15; k++ {
				if toks[k].n == "," {
					e = k + 1
					break
				}
			}
		}
		if e < q.o && toks[e].kind == tWord && !toks[e].upper() {
			return speakerName(m), found
		}
	}
	// "She showed a reporter the text message from its purchasing
	// manager, Matteo Lanfranchi-Sodi: "..."": the words are the
	// message's, and its sender is named before the colon.
	if toks[q.o-1].n == ":" {
		if m, ok := x.mentionEndingAt(q.s1, q.o-1); ok && m.kind == mPerson && m.act != nil {
			if f := indexWord(toks, 0, m.a, "from"); f > 0 && docNouns.has(toks[f-1].lower()) {
				return m.act.name, found
			}
		}
	}
	if sp := x.openingSubject(q.s1); sp != "" {
		return sp, found
	}
	// "After the case closed Apple Computer CEO Steve Jobs extended an
	// invitation to the label, "we have ..."": the one person before the
	// quote, the subject of a verb in the past tense.
	var subj *mention
	for _, m := range x.mentions[q.s1] {
		if m.act == nil || m.a >= q.o || m.kind != mPerson {
			continue
		}
		if subj != nil && subj.act != m.act {
			return "", pass
		}
		if m.b < q.o && toks[m.b].kind == tWord && !toks[m.b].upper() && strings.HasSuffix(toks[m.b].lower(), "ed") {
			mm := m
			subj = &mm
		}
	}
	if subj != nil {
		return speakerName(*subj), found
	}
	return "", pass
}

// speakerNextSentence: the next sentence of the paragraph attributes the
// quote that ends a sentence, `"... ." He said.`, `"... ." She added that
// the rights body had asked ...`.
func (x *extractor) speakerNextSentence(c quoteAt) (string, verdict) {
	q := c.q
	et := x.sents[q.s2].toks
	// "...." ¶ That was the response of Nadia Farouk-Lindqvist: a
	// paragraph of quotation alone may be named by the one after it.
	if q.c+2 >= len(et) && q.s2+1 >= c.paraEnd && q.s2+1 < len(x.sents) && x.sents[q.s2+1].doc == q.doc && x.allQuoted(q.s2) {
		if sp, ok := x.sourceNamedAfter(q.s2 + 1); ok {
			return decideSpeaker(sp)
		}
	}
	if q.c+2 < len(et) || q.s2+1 >= c.paraEnd {
		return "", pass
	}
	// `“...,” said X, the manager. “That's an amazing thing.” Boeing says
	// ...`: a quote that opens its sentence right after an attributed one
	// goes on in that voice (see quotes), whatever the next sentence says.
	if q.o == 0 && q.s1 > 0 && x.sents[q.s1-1].para == x.sents[q.s1].para && x.sents[q.s1-1].doc == x.sents[q.s1].doc && x.attributedQuote(q.s1-1) {
		return "", pass
	}
	nt := x.sents[q.s2+1].toks
	if sp, ok := x.sourceNamedAfter(q.s2 + 1); ok {
		return decideSpeaker(sp)
	}
	if len(nt) <= 10 || len(nt) > 2 && (reportingVerbs.has(nt[1].lower()) || reportingVerbs.has(nt[2].lower())) {
		return speakerOrPass(x.afterQuote(q.s2+1, 0))
	}
	return "", pass
}

// sourceNamedAfter reads a sentence that names the source of the words
// before it: "The words came from Noh Eun-sil, a welder", "That estimate
// came from Gustavo Nakamura", "That was how Mahesh Kulkarni-Bhide
// described his day". It says false when sentence si is no such sentence;
// a source it cannot name gives "".
func (x *extractor) sourceNamedAfter(si int) (string, bool) {
	toks := x.sents[si].toks
	// "That, at least, was how Sofia Halkidi explained her vote": an
	// aside after the first word is read past (shift is its length).
	shift := 0
	if len(toks) > 6 && toks[1].n == "," {
		for k := 2; k < len(toks) && k <= 5; k++ {
			if toks[k].n == "," {
				toks, shift = append([]token{toks[0]}, toks[k+1:]...), k
				break
			}
			if toks[k].kind != tWord || toks[k].upper() {
				break
			}
		}
	}
	n := -1
	switch {
	case len(toks) > 4 && wordIs(toks, 0, "that", "this") && wordIs(toks, 1, "was", "is") && wordIs(toks, 2, "how"):
		n = 3
	case len(toks) > 6 && wordIs(toks, 0, "that", "this") && wordIs(toks, 1, "was", "is") && wordIs(toks, 2, "the") &&
		wordIs(toks, 3, "response", "view", "verdict", "reaction", "assessment", "answer", "word", "warning") && wordIs(toks, 4, "of"):
		// "That was the response of Nadia Farouk-Lindqvist, ..."
		n = 5
	case wordsPosted(toks):
		// "Heike Brüning, a councillor, posted those words on Facebook"
		if sp := x.openingSubject(si); sp != "" {
			return sp, true
		}
		return "", true
	default:
		// A demonstrative or an article and at most two nouns: "The
		// words", "That estimate", "The last remark".
		for k := 1; k < len(toks)-2 && k <= 3; k++ {
			if wordIs(toks, k, "came", "comes") && wordIs(toks, k+1, "from") {
				if wordIs(toks, 0, "the", "that", "this", "those", "these") && !toks[k-1].upper() {
					n = k + 2
				}
				break
			}
			if toks[k].kind != tWord || toks[k].upper() {
				break
			}
		}
	}
	if n < 0 {
		return "", false
	}
	// "That is the view of Dr. Annegret Paulsen-Voss": the name after its
	// title.
	for n < len(toks) && titleWords.has(toks[n].lower()) {
		n++
	}
	if n > 0 {
		n += shift
	}
	for _, m := range x.mentions[si] {
		if m.a == n && m.act != nil && (m.kind == mPerson || m.kind == mOrg) {
			return speakerName(m), true
		}
	}
	return "", true
}

// wordsPosted says the sentence's verb takes the words before it as its
// object: "X posted those words", "X wrote these words".
func wordsPosted(toks []token) bool {
	for k := 2; k+1 < len(toks) && k < 24; k++ {
		if wordIs(toks, k, "those", "these") && wordIs(toks, k+1, "words") {
			return wordIs(toks, k-1, "posted", "wrote", "said", "spoke", "tweeted", "shared", "uttered", "delivered")
		}
	}
	return false
}

// attributedQuote says sentence si opens with a quotation and a reporting
// verb follows it: `“...,” enthused Scott Fancher`.
func (x *extractor) attributedQuote(si int) bool {
	toks := x.sents[si].toks
	if !x.quotedAt(si, 0) && !(len(toks) > 1 && x.quotedAt(si, 1)) {
		return false
	}
	for i, t := range toks {
		if !x.quotedAt(si, i) && speechVerb(t.lower()) {
			return true
		}
	}
	return false
}

// speakerOrPass is the verdict of a rule that found sp, or that passes
// when sp is "" (a later rule may still name the speaker).
func speakerOrPass(sp string) (string, verdict) {
	if sp == "" {
		return "", pass
	}
	return sp, found
}

// afterAt is token i of sentence si, where the words after a quotation
// (or the sentence after it) begin.
type afterAt struct{ si, i int }

// afterQuoteRules read "VERB SPEAKER" or "SPEAKER VERB" after a quotation,
// in order.
var afterQuoteRules = []speakerRule[afterAt]{
	{"document's author", `The complaint, filed by the Clean Ballot Project, alleges fraud. "...," the complaint reads`, (*extractor).documentAuthor},
	{"verb then speaker", `"...," stated Albanian Prime Minister Edi Rama`, (*extractor).verbThenSpeaker},
	{"spokesperson for a body", `"...," a spokesperson for the Treasury said`, (*extractor).bodySpokesperson},
	{"name nearest the verb", `"...," Ardent spokesperson Rachel Lord said`, (*extractor).nameNearestVerb},
	{"pronoun", `"...," he said`, (*extractor).pronounThenVerb},
	{"name then verb", `"...," Alastair King-Smith, the British ambassador, said`, (*extractor).nameThenVerb},
	{"role then name", `"...," Iraq's oil minister, Hassan al-Jubouri, said`, (*extractor).roleThenName},
}

// afterQuote reads the speaker from token i of sentence si on, the words
// after a quotation.
func (x *extractor) afterQuote(si, i int) string {
	if i >= len(x.sents[si].toks) {
		return ""
	}
	return firstSpeaker(x, afterQuoteRules, afterAt{si, i})
}

// filingVerbs say who put a document out: "filed by", "brought by".
var filingVerbs = words(`filed brought lodged written sent issued released signed submitted`)

// documentAuthor: a document that speaks after the quote ("...," the
// complaint reads) speaks for whoever the text says put it out: "The
// complaint, filed by the Clean Ballot Project, alleges ...", "the Clean
// Ballot Project filed a complaint".
func (x *extractor) documentAuthor(c afterAt) (string, verdict) {
	si, i := c.si, c.i
	toks := x.sents[si].toks
	if !wordIs(toks, i, "the", "this", "that") || i+2 >= len(toks) || !docNouns.has(toks[i+1].lower()) || !speechVerb(toks[i+2].lower()) && !wordIs(toks, i+2, "reads", "read", "alleges", "alleged") {
		return "", pass
	}
	noun := toks[i+1].lower()
	doc := x.sents[si].doc
	for s := si; s >= 0 && s >= si-12 && x.sents[s].doc == doc; s-- {
		st := x.sents[s].toks
		for k := range st {
			if st[k].lower() != noun {
				continue
			}
			// "The complaint, filed by X," / "a complaint filed by X"
			f := k + 1
			if f < len(st) && st[f].n == "," {
				f++
			}
			if f < len(st) && filingVerbs.has(st[f].lower()) && wordIs(st, f+1, "by") {
				j := f + 2
				if wordIs(st, j, "the") {
					j++
				}
				if m, ok := x.mentionAt(s, j); ok && m.act != nil {
					return decideSpeaker(speakerName(m))
				}
				// A name the rules left unread is still who filed it.
				if e := j + spanEndCap(st, j); e > j && e-j <= 5 {
					return decideSpeaker(x.text(s, j, e))
				}
			}
			// "X filed a complaint"
			if k >= 2 && wordIs(st, k-1, "a", "the", "its", "their") && filingVerbs.has(st[k-2].lower()) {
				if m, ok := x.mentionEndingAt(s, k-2); ok && m.act != nil {
					return decideSpeaker(speakerName(m))
				}
			}
			// "Carrow Canada, the Canadian subsidiary of ..., said in a
			// statement that ...": whoever said it in the statement.
			if k >= 3 && wordIs(st, k-1, "a", "its", "their") && wordIs(st, k-2, "in") && speechVerb(st[k-3].lower()) && !x.quotedAt(s, k-3) {
				if sp := firstSpeaker(x, subjectRules, subjectAt{s, k - 3, subjectEnd(st, k-3)}); sp != "" {
					return decideSpeaker(sp)
				}
			}
		}
	}
	// "The bank said on its website that ... "...," the statement
	// said": a statement the text has not named before is the one whose
	// saying the sentence before reports, when a body says it.
	// The sentence before is the one before the quotation, which may
	// run over sentences of its own.
	if p := x.narrativeBefore(si); p >= 0 && x.sents[p].para == x.sents[si].para && indexWord(x.sents[p].toks, 0, len(x.sents[p].toks), noun) < 0 {
		if sp := x.bodySaid(p); sp != "" {
			return decideSpeaker(sp)
		}
		// "The bank said": the body the text calls so.
		pt := x.sents[p].toks
		st := leadInEnd(pt)
		if v := st + 2; v < len(pt) && determiners.has(pt[st].lower()) && speechVerb(pt[v].lower()) && !x.quotedAt(p, v) {
			if a := x.byKey[normName(x.nounPhrase(p, st, v))]; a != nil && a.body() {
				return decideSpeaker(a.name)
			}
		}
		// "The Thessaloniki Pensioners' Union, a local group, wrote on its
		// Facebook page that ... "...," the post said": a body whose
		// description stands between it and the verb.
		for v := st + 1; v < len(pt); v++ {
			if x.quotedAt(p, v) || !speechVerb(pt[v].lower()) || pt[v].upper() {
				continue
			}
			if sp := firstSpeaker(x, subjectRules, subjectAt{p, v, subjectEnd(pt, v)}); sp != "" {
				if a := x.byKey[normName(sp)]; a != nil && a.body() {
					return decideSpeaker(sp)
				}
			}
			break
		}
	}
	return "", pass
}

// verbThenSpeaker: a reporting verb, then the speaker, "stated Albanian
// Prime Minister Edi Rama": the person, not the role.
func (x *extractor) verbThenSpeaker(c afterAt) (string, verdict) {
	si, i := c.si, c.i
	toks := x.sents[si].toks
	if !speechVerb(toks[i].lower()) {
		return "", pass
	}
	// "said one senior Republican strategist who advised the Haverford
	// campaign": someone described, not named, whatever the clause after
	// names.
	if d, _, e := x.indefinitePhrase(si, i+1); d != "" && (e == len(toks) || toks[e].kind != tWord || wordIs(toks, e, "who") || strings.HasSuffix(toks[e].lower(), "ing")) {
		return d, found
	}
	// "said the 31-year-old from Durban", "said the Scot": an age or a
	// people's noun for someone the text named, the one the sentence
	// before is about.
	if wordIs(toks, i+1, "the") && (strings.HasSuffix(lowerAt(toks, i+2), "-year-old") || demonymNouns.has(lowerAt(toks, i+2))) {
		if sp := x.personSubjectBefore(si); sp != "" {
			return sp, found
		}
	}
	// "said the hospital's senior vet and a co-author of the report, Dr
	// Marika Vuković-Bell": a long description of roles in lower case,
	// then, after its comma, the name that closes the sentence.
	if m, ok := x.nameAfterLongRole(si, i+1); ok {
		return decideSpeaker(speakerName(m))
	}
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		// "said the union's general secretary, Joan Casals": the name
		// after the role's comma.
		if toks[k].n == "," && k+1 < len(toks) {
			if m, ok := x.personAt(si, k+1); ok {
				return decideSpeaker(speakerName(m))
			}
		}
		if toks[k].n == "," || toks[k].n == "." || toks[k].kind == tDQ {
			break
		}
		if m, ok := x.mentionAt(si, k); ok {
			// "said a French official": a description, not the country.
			if m.kind == mCountry && personHead(toks, m.b) {
				return decideSpeaker(x.text(si, m.a, m.b+1))
			}
			// "said a Delhi auto parts supplier": the place describes
			// someone the text does not name.
			if (m.kind == mCountry || m.kind == mCapital || m.kind == mLocative) && wordIs(toks, m.a-1, "a", "an") {
				e := m.b
				for e < len(toks) && e < m.b+4 && toks[e].kind == tWord && !toks[e].upper() {
					e++
				}
				if e > m.b {
					return decideSpeaker(x.text(si, m.a, e))
				}
			}
			if sp, ok := x.workplaceSpeaker(si, m); ok {
				// "said chief investment officer at Solaris Asset
				// Management, Tim Ghriskey": the name after it.
				if m.b+1 < len(toks) && toks[m.b].n == "," {
					if p, ok := x.mentionAt(si, m.b+1); ok && p.act != nil && p.kind == mPerson {
						return decideSpeaker(speakerName(p))
					}
				}
				return decideSpeaker(sp)
			}
			// "says ANA senior vice president Mitsuo Morimoto": the body
			// the person works for, then the role, then the person.
			if p, ok := x.personAfterRole(si, m); ok {
				return decideSpeaker(speakerName(p))
			}
			// "said the Norwegian, who had knocked out the top seed": one
			// of a country's people the text named, as "he" is.
			if x.nationalPerson(si, m) {
				return decideSpeaker(x.pronoun(si, m.a, true))
			}
			// "said Cardiff head coach Gethin Pryce-Morgan": a place
			// before a role in lower case leads to the role's holder.
			if m.kind == mCountry || m.kind == mCapital {
				if p, ok := x.personAt(si, m.b); ok {
					return decideSpeaker(speakerName(p))
				}
			}
			// "said Apple Inc. CEO Steve Jobs": the employer before a
			// title leads to the name, as a country does.
			leads := m.b < len(toks) && isCapTok(toks[m.b])
			if m.kind == mRole || m.kind == mCountry && leads || m.act != nil && m.act.typ == briefings.ActorOrganization && leads && titleWords.has(toks[m.b].lower()) {
				// keep looking for the name the role leads to
				if m.act != nil && m.kind == mRole {
					return decideSpeaker(speakerName(m))
				}
				continue
			}
			return decideSpeaker(speakerName(m))
		}
		if personPronouns.has(toks[k].lower()) {
			return decideSpeaker(x.pronoun(si, k, true))
		}
	}
	return "", stop
}

// nameAfterLongRole reads, from token a, a description in lower case
// (words, possessives, "and", "of") of at most 16 words, opening with a
// determiner or holding a role's head, a comma, and a person's name that
// ends the sentence.
func (x *extractor) nameAfterLongRole(si, a int) (mention, bool) {
	toks := x.sents[si].toks
	// "the hospital's senior vet", "a co-author of the report": a
	// description; "said Smith, ..." is not one.
	role := wordIs(toks, a, "the", "a", "an", "its", "their", "his", "her")
	for k := a; k < len(toks) && k <= a+16; k++ {
		t := toks[k]
		switch {
		case t.n == ",":
			if !role || k == a {
				return mention{}, false
			}
			m, ok := x.personAt(si, k+1)
			if !ok || m.b < len(toks) && toks[m.b].n != "." {
				return mention{}, false
			}
			return m, true
		case t.n == "'s" || t.n == "’s":
		case t.kind != tWord || t.upper():
			return mention{}, false
		case roleHeads.has(t.lower()) || humanHeads.has(t.lower()):
			role = true
		}
	}
	return mention{}, false
}

// personAt is the person mention at token i of sentence si, past the
// titles before the name ("its spokesman, Mr Julien Ravel").
func (x *extractor) personAt(si, i int) (mention, bool) {
	toks := x.sents[si].toks
	for k := i; k < len(toks) && k < i+3; k++ {
		if m, ok := x.mentionAt(si, k); ok && m.act != nil && m.kind == mPerson {
			return m, true
		}
		// Past a title or a role ("Game director Kang Tae-yang"), and a
		// word opening the sentence before one.
		if l := toks[k].lower(); !titleWords.has(l) && !roleHeads.has(l) && !(k == i && (titleWords.has(lowerAt(toks, k+1)) || roleHeads.has(lowerAt(toks, k+1)))) {
			break
		}
	}
	return mention{}, false
}

// prepositions put the name after them in a phrase of their own: "speaking
// alongside Paulson, said" is not Paulson speaking.
var prepositions = words(`alongside beside with without by for from of to at in on about against after before
	among between including like near than toward towards under over into onto upon via`)

// personAfterRole reads a person named after a body and the role held
// there, "ANA senior vice president Mitsuo Morimoto", "Boeing spokesman
// John Dean": up to four lower-case words, a role among them.
func (x *extractor) personAfterRole(si int, m mention) (mention, bool) {
	toks := x.sents[si].toks
	// "Moreno campaign manager Dana Whitfield": a candidate's campaign
	// employs as a body does.
	if m.kind != mOrg && m.kind != mCountry && !(m.kind == mPerson && wordIs(toks, m.b, "campaign", "camp")) {
		return mention{}, false
	}
	role := false
	for j := m.b; j < len(toks) && j <= m.b+4; j++ {
		if toks[j].kind != tWord || toks[j].upper() {
			if p, ok := x.personAt(si, j); ok && role {
				return p, true
			}
			return mention{}, false
		}
		role = role || personHead(toks, j) || agentNoun(toks[j].lower())
	}
	return mention{}, false
}

// agentNoun says a lower-case word names someone by what they do, as a
// role does: "astronomer", "engineer", "physicist", "technician".
func agentNoun(l string) bool {
	if len(l) < 6 {
		return false
	}
	for _, suf := range []string{"er", "or", "ist", "ian"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// personHead says token i is a lower-case noun for a person or people
// ("official", "analysts"): what a country's adjective or a body describes.
func personHead(toks []token, i int) bool {
	if i < 0 || i >= len(toks) || toks[i].kind != tWord || toks[i].upper() && i > 0 {
		return false
	}
	l := toks[i].lower()
	// "vice-minister", "deputy-governor": the role after its rank.
	for _, p := range []string{"vice-", "deputy-", "co-", "ex-"} {
		l = strings.TrimPrefix(l, p)
	}
	return roleHeads.has(l) || humanHeads.has(l) || roleHeads.has(strings.TrimSuffix(l, "s"))
}

// workplaceSpeaker reads a body named after "at", "of", "from" or "for" in a
// speaker's description, "an analyst at Morgan Stanley", "a senior
// official at the Ministry of Justice": where the speaker works, so the
// speaker is described by it ("Morgan Stanley analyst") and is not the
// body itself, as "a spokesperson for the Treasury" is ("Treasury
// spokesperson", bodySpokesperson).
func (x *extractor) workplaceSpeaker(si int, m mention) (string, bool) {
	toks := x.sents[si].toks
	if m.kind != mOrg || m.act == nil {
		return "", false
	}
	k := m.a - 1
	if wordIs(toks, k, "the") {
		k--
	}
	if !wordIs(toks, k, "at", "of", "from", "for") || !personHead(toks, k-1) {
		return "", false
	}
	return m.act.name + " " + toks[k-1].lower(), true
}

// bodySpokesperson: a speaker described by the body it speaks for, then
// a verb, "a spokesperson for the Treasury said".
func (x *extractor) bodySpokesperson(c afterAt) (string, verdict) {
	toks := x.sents[c.si].toks
	if sp, e := x.speakerFor(c.si, c.i); sp != "" && e < len(toks) && reportingVerbs.has(toks[e].lower()) {
		return sp, found
	}
	return "", pass
}

// nameNearestVerb: the named mention nearest the verb, after role words,
// "Ardent spokesperson Rachel Lord said", or the noun phrase before it,
// "the company said".
func (x *extractor) nameNearestVerb(c afterAt) (string, verdict) {
	si, i := c.si, c.i
	toks := x.sents[si].toks
	// "..." , because Scottish claims had been migrated later": a clause
	// of the sentence's own, no attribution.
	if wordIs(toks, i, "because", "as", "although", "though", "while", "since", "if", "unless", "when", "after", "before") {
		return "", pass
	}
	// `"...," one KTC board member, who asked not to be named, told the
	// Kuwait Daily Courier`: someone described, and a relative clause
	// before the verb.
	if d, _, end := x.indefinitePhrase(si, i); d != "" && wordIs(toks, end, ",") && wordIs(toks, end+1, "who") {
		if k := indexWord(toks, end+2, min(end+16, len(toks)), ","); k > 0 && reportingVerbs.has(lowerAt(toks, k+1)) {
			return d, found
		}
	}
	for j := i; j < len(toks) && j < i+12; j++ {
		if toks[j].n == "," || toks[j].n == "." || toks[j].kind == tDQ {
			break
		}
		// A capital is no verb here: "Assistant State's Attorney Mark
		// Brannigan told"; nor is "state" before a noun: "the Democratic
		// state representative told".
		if reportingVerbs.has(toks[j].lower()) && !toks[j].upper() && !(toks[j].lower() == "state" && tokenAt(toks, j+1).kind == tWord && !tokenAt(toks, j+1).upper() && !wordIs(toks, j+1, "that")) {
			if j > i {
				// "the spokesman said", after "a spokesman for the
				// Chinese Embassy": that body, not the last spokesman named.
				if j-i == 2 && wordIs(toks, i, "the") && spokesWords.has(toks[i+1].lower()) {
					if act := x.spokesmanFor(si, i); act != nil {
						return act.name, found
					}
				}
				if m, ok := x.mentionEndingAt(si, j); ok && x.nationalPerson(si, m) {
					return decideSpeaker(x.pronoun(si, m.a, true))
				} else if ok && m.act != nil {
					// "Detective Superintendent Graham Ashcroft-Tan of the
					// State Crime Command told reporters": the person of
					// the body, not the body.
					if m.kind == mOrg {
						k := m.a - 1
						if wordIs(toks, k, "the") {
							k--
						}
						if wordIs(toks, k, "of", "at", "from") && k > i {
							if p, ok := x.mentionEndingAt(si, k); ok && p.kind == mPerson && p.act != nil {
								return decideSpeaker(p.act.name)
							}
						}
					}
					return decideSpeaker(speakerName(m))
				}
				if sp := x.describedBack(si, i, j); sp != "" {
					return sp, found
				}
				if np := x.nounPhrase(si, i, j); np != "" {
					return np, found
				}
				if sp := x.anonymousSource(si, i, j); sp != "" {
					return sp, found
				}
			}
			break
		}
	}
	return "", pass
}

// describedBack reads a definite description of a person, tokens [a,b)
// of sentence si between quoted words and their verb: `"...," the
// Rassemblement quebecois cabinet minister said`, `"...," the former
// municipal workers' shop steward told`. Two words or more describe the
// one the text is about, the subject of the sentence before, as "she"
// would be; a spokesperson speaks for someone else, and "the minister"
// alone is nounPhrase's.
func (x *extractor) describedBack(si, a, b int) string {
	toks := x.sents[si].toks
	if b-a < 3 || b-a > 8 || !wordIs(toks, a, "the") || a == 0 || toks[a-1].kind != tDQ && toks[a-1].kind != tSQClose {
		return ""
	}
	head := toks[b-1].lower()
	if toks[b-1].upper() || spokesWords.has(head) || !roleHeads.has(head) && !humanHeads.has(head) {
		return ""
	}
	for k := a + 1; k < b; k++ {
		if toks[k].kind != tWord && toks[k].kind != tNum && toks[k].n != "'" && toks[k].n != "’" {
			return ""
		}
	}
	return x.personSubjectBefore(si)
}

// personSubjectBefore is the subject of the sentence before si when it is
// a person of the text, else "": whom a description of a person after
// quoted words points back to, as "she" would.
func (x *extractor) personSubjectBefore(si int) string {
	sp := x.previousSubject(si)
	if act := x.byKey[normName(sp)]; act == nil || act.typ != briefings.ActorPerson {
		return ""
	}
	return sp
}

// anonymousSourceHeads are the words news describes an unnamed source by.
var anonymousSourceHeads = words(`source sources person people official officials insider insiders`)

// anonymousSource reads a source the text leaves unnamed, [a,b) before a
// reporting verb: "a source familiar with Tsang's legal team", "a person
// close to the talks". The description is the speaker: who said it is
// unnamed, and the analyst sees that it is.
func (x *extractor) anonymousSource(si, a, b int) string {
	toks := x.sents[si].toks
	if b-a < 4 || b-a > 10 || !wordIs(toks, a, "a", "an", "one", "two", "three") || !anonymousSourceHeads.has(toks[a+1].lower()) {
		return ""
	}
	switch {
	case wordIs(toks, a+2, "familiar") && wordIs(toks, a+3, "with"),
		wordIs(toks, a+2, "close") && wordIs(toks, a+3, "to"),
		wordIs(toks, a+2, "briefed") && wordIs(toks, a+3, "on"),
		wordIs(toks, a+2, "with") && wordIs(toks, a+3, "knowledge", "direct"):
	default:
		return ""
	}
	for k := a + 1; k < b; k++ {
		if toks[k].kind == tDQ || toks[k].n == "," {
			return ""
		}
	}
	return x.text(si, a+1, b)
}

// subjectStart is where a subject after a quotation begins: token i, or
// the word after a determiner there.
func subjectStart(toks []token, i int) int {
	if determiners.has(toks[i].lower()) && i+1 < len(toks) {
		return i + 1
	}
	return i
}

// pronounThenVerb: "he said", "they added"; a pronoun without a verb
// after it names no one.
func (x *extractor) pronounThenVerb(c afterAt) (string, verdict) {
	toks := x.sents[c.si].toks
	k := subjectStart(toks, c.i)
	if !personPronouns.has(toks[k].lower()) && !groupPronouns.has(toks[k].lower()) {
		return "", pass
	}
	if v := quotedAsSaying(toks, k+1); saidAt(toks, v) {
		return decideSpeaker(x.pronoun(c.si, k, personPronouns.has(toks[k].lower())))
	}
	return "", stop
}

// saidAt says a verb of speech stands at token v: a reporting verb, or a
// retort, "shot back", "fired back", "hit back".
func saidAt(toks []token, v int) bool {
	return v < len(toks) && (reportingVerbs.has(toks[v].lower()) || wordIs(toks, v, "shot", "fired", "hit") && wordIs(toks, v+1, "back"))
}

// quotedAsSaying skips "was quoted as" at token v, before the verb the
// words were said with: `"...," Marchetti was quoted as saying by
// Bloomberg`. It returns the verb's index, or v.
func quotedAsSaying(toks []token, v int) int {
	if wordIs(toks, v, "was", "were", "is", "are", "has", "had") {
		k := v + 1
		if wordIs(toks, k, "been") {
			k++
		}
		if wordIs(toks, k, "quoted") && wordIs(toks, k+1, "as") && wordIs(toks, k+2, "saying", "telling") {
			return k + 2
		}
	}
	return v
}

// nameThenVerb: a mention, then the verb, over "also" or "later" and an
// apposition: "Alastair King-Smith, the British ambassador, said".
func (x *extractor) nameThenVerb(c afterAt) (string, verdict) {
	toks := x.sents[c.si].toks
	m, ok := x.mentionAt(c.si, subjectStart(toks, c.i))
	if !ok {
		// "Dr. Adaeze Nwachukwu-Hale, an endocrinologist ..., told": past
		// a title.
		if m, ok = x.personAt(c.si, subjectStart(toks, c.i)); !ok {
			return "", pass
		}
	}
	v := m.b
	for v < len(toks) && (toks[v].lower() == "also" || toks[v].lower() == "later" || toks[v].lower() == "then") {
		v++
	}
	v = quotedAsSaying(toks, v)
	// An apposition of up to 12 words, or 20 when it opens with an
	// article: "Dr. Adaeze Nwachukwu-Hale, an endocrinologist at the Aire
	// Valley Institute of Metabolic Research (AVIMR) in Leeds, told
	// Reuters".
	if v < len(toks) && toks[v].n == "," {
		limit := v + 12
		if wordIs(toks, v+1, "a", "an") {
			limit = v + 20
		}
		for w := v + 1; w < len(toks) && w < limit; w++ {
			if toks[w].n == "," {
				v = w + 1
				break
			}
		}
	}
	if saidAt(toks, v) {
		// "the Military Governor of Ituri, Lt-Gen Faustin Mbuyi-Kalonji,
		// told": the role's holder, named after its comma.
		if m.kind == mRole && wordIs(toks, m.b, ",") {
			if p, ok := x.personAt(c.si, m.b+1); ok {
				return decideSpeaker(speakerName(p))
			}
		}
		return decideSpeaker(speakerName(m))
	}
	return "", pass
}

// roleThenName: a longer role before the name in apposition, then the
// verb: "Iraq's oil minister, Hassan al-Jubouri, said".
func (x *extractor) roleThenName(c afterAt) (string, verdict) {
	si, i := c.si, c.i
	toks := x.sents[si].toks
	for v := i; v < len(toks) && v < i+16; v++ {
		if toks[v].n == "." || toks[v].kind == tDQ {
			break
		}
		// "Sungwon's vice-chairman, Ryu Jae-hyuk, was quoted as saying by
		// the Korea Industry Daily"
		if v >= 2 && toks[v-1].n == "," && quotedAsSaying(toks, v) != v {
			return decideSpeaker(x.beforeComma(si, v-1, true))
		}
		if l := toks[v].lower(); speechVerb(l) {
			if v >= 2 && toks[v-1].n == "," {
				return decideSpeaker(x.beforeComma(si, v-1, true))
			}
			break
		}
	}
	return "", pass
}

// speechNouns are verbs of speech that are nouns too ("state Senate",
// "report", "claims").
var speechNouns = words(`state states report reports note notes claim claims comment comments call calls post posts
	promise promises pledge pledges demand demands`)

// insideMention says token k of sentence si is inside a mention, neither
// its first nor its last token.
func (x *extractor) insideMention(si, k int) bool {
	for _, m := range x.mentions[si] {
		if m.a < k && k < m.b-1 {
			return true
		}
	}
	return false
}

// subjectAt is the subject of reporting verb v of sentence si, which ends
// at token e (before the verb's auxiliaries and adverbs).
type subjectAt struct{ si, v, e int }

// subjectRules read the subject of a reporting verb before a quotation,
// in order.
var subjectRules = []speakerRule[subjectAt]{
	{"role, name, verb", `its operator, Delos Maritime, said "..."`, (*extractor).subjectNameBeforeComma},
	{"relative clause", `Sen. Wade Corbin, a Republican from Texas, who called the package "..."`, (*extractor).subjectRelative},
	{"apposition", `A JFTC official, speaking on condition of anonymity, said "..."`, (*extractor).subjectApposition},
	{"what it called", `Harbor Holdings rejected what it called "..."`, (*extractor).subjectWhatItCalled},
	{"subject pronoun", `she said "..."`, (*extractor).subjectPronoun},
	{"subject mention", `Omprakash Verma of the Congress (INC) said "..."`, (*extractor).subjectMention},
	{"family", `Callum's family said "..."`, (*extractor).subjectFamily},
	{"owner's document", `PC World's recent analysis of its own traffic concluded "..."`, (*extractor).subjectOwnersDocument},
	{"noun phrase", `the justice ministry in Bucharest said it would "..."`, (*extractor).subjectNounPhrase},
}

// beforeQuote finds the nearest reporting verb before token o of sentence
// si that is the speaker's own, and its subject (subjectRules).
func (x *extractor) beforeQuote(si, o int) string {
	toks := x.sents[si].toks
	shared := false // a verb that shares the sentence's subject was passed
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
		// "The statement read in part, "..."": what a document reads.
		docReads := (l == "read" || l == "reads") && v > 0 && docNouns.has(toks[v-1].lower())
		// "Judge Rosalind Achterberg found that Parallax used its control
		// to "..."": a court's or an inquiry's finding is its word.
		findsThat := (l == "found" || l == "finds" || l == "held" || l == "holds") && wordIs(toks, v+1, "that")
		if !speechVerb(l) && !docReads && !findsThat {
			continue
		}
		// "the state's largest teachers union", "the report", "her
		// claims": a noun, not a verb of speech; "Pennsylvania State
		// Education Association": a name; "an open state Senate seat":
		// a noun before a name.
		// "said in a research note that": a noun after its modifier too.
		if wordIs(toks, v+1, "'s") || v > 0 && (toks[v].upper() || wordIs(toks, v-1, "the", "a", "an") || possessiveDeterminers.has(toks[v-1].lower())) ||
			speechNouns.has(l) && v > 1 && determiners.has(toks[v-2].lower()) && toks[v-1].kind == tWord && !toks[v-1].upper() ||
			speechNouns.has(l) && v+1 < len(toks) && toks[v+1].kind == tWord && toks[v+1].upper() {
			continue
		}
		// "Cefic said ... and called for “...”": the subject of the first
		// verb; "He pointed to Chrysler, but stated that GM was a “...”"
		// and "Jobs resigned in a letter, stating “...”": the subject that
		// opens the sentence, when no earlier verb has one.
		// "The release quoted campaign manager Tara Voigt: "..."": the one
		// quoted, named before the colon.
		if (l == "quoted" || l == "quotes" || l == "quoting") && o > 0 && toks[o-1].n == ":" {
			if m, ok := x.mentionEndingAt(si, o-1); ok && m.act != nil && m.kind == mPerson && m.a > v {
				return m.act.name
			}
		}
		// "Antti Lehtonen was quoted as saying by the newspaper that ...":
		// the subject of "was quoted".
		if l == "saying" && v >= 3 && wordIs(toks, v-1, "as") && wordIs(toks, v-2, "quoted") {
			e := v - 2
			for e > 0 && (wordIs(toks, e-1, "was", "were", "is", "are", "been", "has", "have", "had", "being") || auxOrAdverb(toks[e-1].lower())) {
				e--
			}
			return firstSpeaker(x, subjectRules, subjectAt{si, v, e})
		}
		if v > 0 && (toks[v-1].lower() == "and" || toks[v-1].lower() == "but" || (l == "stating" || l == "saying" || l == "adding" || l == "writing" || l == "telling" || l == "calling" || l == "describing") && !isCapTok(toks[v-1])) {
			shared = true
			continue
		}
		// Passive "was described as", "is called": not the subject's speech.
		if v > 0 && (toks[v-1].lower() == "was" || toks[v-1].lower() == "were" || toks[v-1].lower() == "been" || toks[v-1].lower() == "be" || toks[v-1].lower() == "is" || toks[v-1].lower() == "are") && l != "said" {
			// "X said officers had been told to use “...”": the words are
			// X's report of the instruction; look on for X's verb.
			if (l == "told" || l == "asked" || l == "urged") && v+1 < len(toks) && toks[v+1].lower() == "to" {
				continue
			}
			// "Mr. Ramalingam said the union had been informed "through
			// proper channels"": who was told is the hearer; the words
			// are the report of the one whose verb comes before.
			if wordIs(toks, v, "told", "informed", "assured", "advised", "warned", "notified") {
				continue
			}
			return ""
		}
		// The subject: a mention or pronoun ending just before the verb,
		// allowing auxiliaries and adverbs, or an apposition ", the X,".
		return firstSpeaker(x, subjectRules, subjectAt{si, v, subjectEnd(toks, v)})
	}
	if shared {
		return x.openingSubject(si)
	}
	return ""
}

// openingSubject is the person or body that opens sentence si as its
// subject, a pronoun resolved: "He pointed to ...", "Jobs resigned ...",
// "Last Friday, Cramer went ...". A sentence whose subject is no name
// gives none.
func (x *extractor) openingSubject(si int) string {
	toks := x.sents[si].toks
	if len(toks) < 2 {
		return ""
	}
	st := leadInEnd(toks)
	if st >= len(toks) {
		return ""
	}
	if l := toks[st].lower(); personPronouns.has(l) {
		return x.pronoun(si, st, true)
	}
	// "Del. Linda Carraway (D-Fairfax) abruptly withdrew": a title before
	// the name, a party's tag in brackets after it.
	for st < len(toks)-1 && titleWords.has(toks[st].lower()) && isCapTok(toks[st]) {
		st++
	}
	m, ok := x.mentionAt(si, st)
	// "Analysts at Calloway Securities were kinder, saying ...": the
	// people of the workplace the sentence opens with.
	if !ok && personHead(toks, st) && wordIs(toks, st+1, "at", "from") {
		k := st + 2
		if wordIs(toks, k, "the") {
			k++
		}
		if w, found := x.mentionAt(si, k); found {
			if sp, found := x.workplaceSpeaker(si, w); found {
				return sp
			}
		}
	}
	// "The Ortega campaign went further ...": the body after the article.
	if !ok && wordIs(toks, st, "the") {
		for _, b := range x.mentions[si] {
			if b.a == st+1 && b.kind == mOrg && b.act != nil {
				m, ok = b, true
				break
			}
		}
	}
	after := m.b
	// "Morel's predecessor, Gérard Aubin, resigned": a possessive opens
	// the role, not the subject.
	if ok && wordIs(toks, m.b, "'s", "’s") {
		ok = false
	}
	if !ok {
		if p, found := x.nameAfterRole(si, st); found {
			m, ok, after = p, true, p.b+1 // the verb after the apposition
		}
	}
	if !ok || m.act == nil || m.kind != mPerson && m.kind != mOrg {
		return ""
	}
	if after < len(toks) && toks[after].n == "(" {
		for after < len(toks) && after < m.b+8 && toks[after].n != ")" {
			after++
		}
		after++
	}
	// "Mr Marriner, who has held Warrane since 2010, was dismissive":
	// over the apposition to the verb.
	if wordIs(toks, after, ",") {
		if c := indexWord(toks, after+1, min(after+26, len(toks)), ","); c > 0 {
			after = c + 1
		}
	}
	if after < len(toks) && toks[after].kind == tWord && !toks[after].upper() {
		return m.act.name
	}
	return ""
}

// subjectNameBeforeComma: "ROLE, NAME, said", the name right before the
// comma; a body after a described role, "Its operator, Delos Maritime,
// said".
func (x *extractor) subjectNameBeforeComma(c subjectAt) (string, verdict) {
	toks, e := x.sents[c.si].toks, c.e
	if e <= 1 || toks[e-1].n != "," {
		return "", pass
	}
	if m, ok := x.mentionEndingAt(c.si, e-1); ok && (m.kind == mLocative || m.kind == mCountry) {
		// "..., Professor X of the Y in Trabzon, told": the person of
		// the body in the place.
		if sp, ok := x.beforePlace(c.si, m); ok {
			return decideSpeaker(sp)
		}
	}
	if m, ok := x.mentionEndingAt(c.si, e-1); ok && m.act != nil && !inRelativeClause(toks, m.a) && (m.kind == mPerson && !(m.a > 0 && prepositions.has(toks[m.a-1].lower())) || m.kind == mOrg && m.a >= 2 && toks[m.a-1].n == "," && toks[m.a-2].kind == tWord && !toks[m.a-2].upper()) {
		return decideSpeaker(speakerName(m))
	}
	// "Mr Pritchard's widow, Margaret, said": a relative named by a given
	// name alone.
	if g := e - 2; g >= 2 && toks[g-1].n == "," && kinWords.has(toks[g-2].lower()) {
		if isCapTok(toks[g]) && knownGivenName(toks[g].lower()) {
			return decideSpeaker(toks[g].n)
		}
	}
	return "", pass
}

// inRelativeClause says token a stands in a relative clause that began
// after the last comma before it: "Anne-Sophie Mertens, a trade lawyer who
// works alongside Beijing lawyer Li Jun, said" is Mertens's saying.
func inRelativeClause(toks []token, a int) bool {
	for k := a - 1; k >= 0 && toks[k].n != ","; k-- {
		if wordIs(toks, k, "who", "which", "whose", "whom") {
			return true
		}
	}
	return false
}

// nameAfterRole is the person named in apposition to a role that opens
// the clause at token st of sentence si, "The bank's president and chief
// executive, Hiroshi Tanabe, bowed", "The executive vice president in
// charge of the programme, Ingrid Falkner, said".
func (x *extractor) nameAfterRole(si, st int) (mention, bool) {
	toks := x.sents[si].toks
	// "Her main rival, Julius Mwamburi, said": a possessive opens a
	// role too.
	if st >= len(toks) || !determiners.has(toks[st].lower()) && !possessiveDeterminers.has(toks[st].lower()) && indexWord(toks, st, min(st+5, len(toks)), "'s") < 0 {
		return mention{}, false
	}
	if c := indexWord(toks, st+1, min(st+11, len(toks)), ","); c > 0 {
		n := c + 1
		for n < len(toks) && titleWords.has(toks[n].lower()) && isCapTok(toks[n]) {
			n++ // "..., Mr Tunde Akanbi-Yusuf, said"
		}
		// "..., Julius Mwamburi of the Bahari Democratic Alliance (BDA),
		// said": where the person is from, before the comma.
		if p, found := x.mentionAt(si, n); found && p.kind == mPerson && p.act != nil && (wordIs(toks, p.b, ",") || wordIs(toks, p.b, "of") && indexWord(toks, p.b, min(p.b+12, len(toks)), ",") > 0) {
			return p, true
		}
	}
	return mention{}, false
}

// kinWords name a relative, before the given name that names them.
var kinWords = words(`widow widower wife husband son daughter mother father brother sister partner fiancée fiancee
	grandson granddaughter grandmother grandfather niece nephew cousin`)

// subjectRelative: a relative clause, "Sen. Wade Corbin, a Republican
// from Texas, who called the package “...”", "the agency, which said", "a
// memo ... that said".
func (x *extractor) subjectRelative(c subjectAt) (string, verdict) {
	toks, e := x.sents[c.si].toks, c.e
	if e > 0 && (toks[e-1].lower() == "who" || toks[e-1].lower() == "which") {
		if sp := x.antecedent(c.si, e-1, toks[e-1].lower() == "who"); sp != "" {
			return sp, found
		}
	}
	// "Stephen Marsh sent a memo to staff on Thursday that said": what a
	// document says is whoever put it out says.
	if wordIs(toks, e-1, "that", "which") {
		for d := e - 2; d >= 1 && d >= e-8; d-- {
			if !docNouns.has(toks[d].lower()) || toks[d].upper() {
				continue
			}
			for v := d - 1; v > 0 && v >= d-3; v-- {
				if !issueVerbs.has(toks[v].lower()) {
					continue
				}
				k := v
				if toks[k-1].n == "," {
					k--
				}
				if m, ok := x.mentionEndingAt(c.si, k); ok && m.act != nil {
					return m.act.name, found
				}
			}
			break
		}
	}
	return "", pass
}

// subjectApposition: after a comma, back over an apposition to the name
// before it, or to a described speaker, "A JFTC official, speaking on
// condition of anonymity, said". A comma with neither names no one.
func (x *extractor) subjectApposition(c subjectAt) (string, verdict) {
	toks, e := x.sents[c.si].toks, c.e
	if e <= 0 || toks[e-1].n != "," {
		return "", pass
	}
	// "Conservative MSP Hamish Leckie-Boyd voted against, arguing that
	// ...": a participle after the main clause speaks for its subject,
	// the one named where the sentence opens.
	if e == c.v && strings.HasSuffix(toks[c.v].lower(), "ing") {
		st := leadInEnd(toks)
		for _, m := range x.mentions[c.si] {
			// The subject's name itself, followed by its verb or an
			// apposition ("The UN human rights office" is no "UN").
			if m.a >= st && m.a <= st+3 && m.b < e && m.act != nil && m.kind == mPerson && (toks[m.b].n == "," || pastForm(toks[m.b]) || mainVerbs.has(toks[m.b].lower())) {
				return decideSpeaker(speakerName(m))
			}
		}
	}
	w := appositionStart(toks, e-1)
	// "the ranking Republican on the House Community Safety, Justice &
	// Reentry Committee, said": a comma inside a name opens no apposition.
	for w >= 0 && x.insideMention(c.si, w) {
		w = appositionStart(toks, w)
	}
	if w >= 0 {
		if m, ok := x.mentionEndingAt(c.si, w); ok {
			// "A dealer at a Japanese bank in Hong Kong, who asked not to
			// be named, said": where the subject is, not who.
			if sp, ok := x.beforePlace(c.si, m); ok {
				return decideSpeaker(sp)
			}
			// "Professor Alan Fairbairn of the University of Cambridge,
			// who was not involved, told the BBC": the person the body
			// belongs to.
			if m.kind != mPerson {
				k := m.a - 1
				if wordIs(toks, k, "the") {
					k--
				}
				if wordIs(toks, k, "of", "at", "from") {
					if p, ok := x.mentionEndingAt(c.si, k); ok && p.kind == mPerson && p.act != nil {
						return decideSpeaker(speakerName(p))
					}
				}
			}
			// "Cynthia Thompson, curator at the University of Arkansas,
			// Fayetteville, said": the comma before the place is inside
			// the description; the person before it speaks.
			if m.kind != mPerson {
				if w2 := appositionStart(toks, w); w2 >= 0 {
					if p, ok := x.mentionEndingAt(c.si, w2); ok && p.kind == mPerson && p.act != nil {
						return decideSpeaker(speakerName(p))
					}
				}
			}
			return decideSpeaker(speakerName(m))
		}
		// "The study's lead investigator, Professor Murat Çelebioğlu of
		// the Black Sea Institute ... in Trabzon, told": the role's
		// holder, named where the apposition opens.
		if p, ok := x.personAt(c.si, w+1); ok && p.b < e {
			return decideSpeaker(speakerName(p))
		}
		// "Rep. Dale Vornholt, R-Yakima, the ranking Republican on the
		// committee, said": a party tag or a place between the name and
		// the apposition.
		if w2 := appositionStart(toks, w); w2 >= 0 && w-w2 <= 4 {
			if p, ok := x.mentionEndingAt(c.si, w2); ok && p.kind == mPerson && p.act != nil {
				return decideSpeaker(speakerName(p))
			}
		}
		for s := w - 2; s >= 0 && s >= w-5; s-- {
			if determiners.has(toks[s].lower()) {
				if d := x.describedSpeaker(c.si, s, w); d != "" {
					return decideSpeaker(d)
				}
				// "The 90-year-old company, maker of the Vela, said": the
				// body the noun phrase names, when it is the subject ("a
				// spokesman for the mayor, who ..., said" is not the
				// mayor).
				if !wordIs(toks, s-1, "for", "of", "at", "from", "with", "to", "by", "in", "on") {
					if np := x.nounPhrase(c.si, s, w); np != "" {
						return decideSpeaker(np)
					}
					// "The industry's lobby, the Association of Receivables
					// Management Companies (ZFZW), said": the body the
					// apposition names.
					k := w + 1
					if wordIs(toks, k, "the") {
						k++
					}
					if m, ok := x.mentionAt(c.si, k); ok && m.act != nil && m.kind != mPerson && m.b < e && (m.b == e-1 || toks[m.b].n == "(" || toks[m.b].n == ",") {
						return decideSpeaker(speakerName(m))
					}
				}
				return decideSpeaker("")
			}
		}
	} else if st := leadInEnd(toks); st < e {
		// "Peter Boockvar an equity strategist for Miller Tabak,
		// commented": the apposition's opening comma left out, the
		// person who opens the sentence before "a" or "an".
		if m, ok := x.mentionAt(c.si, st); ok && m.kind == mPerson && m.act != nil && e-1-m.b <= 10 && wordIs(toks, m.b, "a", "an") {
			return decideSpeaker(speakerName(m))
		}
	}
	return "", stop
}

// beforePlace reads a subject that ends in a place, mention m after "in"
// or "near": "Thiago Brandão of Ashbury Lane & Co. in Singapore said" is
// Brandão's saying, "A dealer at a Japanese bank in Hong Kong, who ...,
// said" an unnamed dealer's. It says false when m is no such place or
// nothing stands before it ("Officials in Tokyo said").
func (x *extractor) beforePlace(si int, m mention) (string, bool) {
	toks := x.sents[si].toks
	if m.kind != mCountry && m.kind != mLocative || !wordIs(toks, m.a-1, "in", "near") {
		return "", false
	}
	if sp, _ := x.subjectMention(subjectAt{si, m.a - 1, m.a - 1}); sp != "" {
		return sp, true
	}
	st := leadInEnd(toks)
	// "Professor Murat Çelebioğlu of the Black Sea Institute of Infectious
	// Diseases (BSIID) in Trabzon, told": the person opening the sentence,
	// of a body in a place.
	// (Also after a role: "The study's lead investigator, Professor ...")
	for k := st; k < m.a && k < st+8; k++ {
		if p, ok := x.mentionAt(si, k); ok && p.kind == mPerson && p.act != nil && p.b < m.a && wordIs(toks, p.b, "of") {
			return speakerName(p), true
		}
	}
	if d, _, end := x.indefinitePhrase(si, st); d != "" && end < m.a {
		return d, true
	}
	// "A dealer at ...": someone the subject describes and does not name,
	// up to the first preposition, whatever the noun.
	if wordIs(toks, st, "a", "an", "one") {
		k := st + 1
		for k < m.a && k < st+5 && toks[k].kind == tWord && !toks[k].upper() && !prepositions.has(toks[k].lower()) {
			k++
		}
		if k > st+1 && prepositions.has(toks[k].lower()) {
			return x.text(si, st+1, k), true
		}
	}
	return "", false
}

// subjectWhatItCalled: "Cedar Ridge disclosed what it called "..."": the
// "it" of a "what" or "which" clause is the body that opens the sentence,
// not the body the text named last.
func (x *extractor) subjectWhatItCalled(c subjectAt) (string, verdict) {
	toks, e := x.sents[c.si].toks, c.e
	if e < 2 || !wordIs(toks, e-1, "it") || !wordIs(toks, e-2, "what", "which") {
		return "", pass
	}
	st := leadInEnd(toks)
	if m, ok := x.mentionAt(c.si, st); ok && m.act != nil && m.kind == mOrg {
		return m.act.name, found
	}
	return "", pass
}

// subjectPronoun: "he said", "it said": the person or body it stands for.
func (x *extractor) subjectPronoun(c subjectAt) (string, verdict) {
	toks, e := x.sents[c.si].toks, c.e
	if e <= 0 {
		return "", pass
	}
	if pr := toks[e-1].lower(); personPronouns.has(pr) || groupPronouns.has(pr) {
		return decideSpeaker(x.pronoun(c.si, e-1, personPronouns.has(pr)))
	}
	return "", pass
}

// demonymNouns name one person by the people they are of, where no
// country's form does: "said the Scot".
var demonymNouns = words(`scot scotsman scotswoman welshman welshwoman englishman englishwoman irishman irishwoman
	briton brit swede dane finn pole turk spaniard kiwi aussie`)

// nationalNoun says l, lower case, names one person by country:
// "Dutchman", "Frenchwoman", "Briton".
func nationalNoun(l string) bool {
	// "New Zealander", "Icelander": the callers ask it of a country's
	// form, so a noun in "-er" is its national.
	return strings.HasSuffix(l, "man") || strings.HasSuffix(l, "woman") || strings.HasSuffix(l, "er") || l == "briton"
}

// nationalPerson says mention m is "the Dutchman": a person the text
// named before, to be read as a pronoun is.
func (x *extractor) nationalPerson(si int, m mention) bool {
	toks := x.sents[si].toks
	if m.kind != mCountry || m.b != m.a+1 || !wordIs(toks, m.a-1, "the") {
		return false
	}
	// "said the Norwegian, who had knocked out the top seed": an
	// adjective standing alone for one of its people.
	if f, _ := countryFormAt(toks, m.a); f.kind == cmAdj && (m.b == len(toks) || toks[m.b].kind == tPunct || wordIs(toks, m.b, "who", "said", "says", "added")) {
		return true
	}
	return nationalNoun(toks[m.a].lower())
}

// subjectMention: a mention ending at the verb; a role with no holder
// speaks as itself, and "Omprakash Verma of the Congress (INC) said" is
// the person, not the party.
func (x *extractor) subjectMention(c subjectAt) (string, verdict) {
	toks := x.sents[c.si].toks
	m, ok := x.mentionEndingAt(c.si, c.e)
	if !ok {
		return "", pass
	}
	if m.kind == mRole && m.act == nil {
		return decideSpeaker(cleanRole(m.role))
	}
	if sp, ok := x.beforePlace(c.si, m); ok {
		// "A statement from the IGAD secretariat in Djibouti said": a
		// document never speaks; whom it is from does.
		if f := strings.Fields(sp); len(f) > 0 && docNouns.has(strings.ToLower(f[len(f)-1])) {
			for k := leadInEnd(toks); k+1 < m.a; k++ {
				if wordIs(toks, k, "from", "by") {
					j := k + 1
					if wordIs(toks, j, "the") {
						j++
					}
					if b, ok := x.mentionAt(c.si, j); ok && b.act != nil {
						return decideSpeaker(speakerName(b))
					}
				}
			}
			return "", stop
		}
		return decideSpeaker(sp)
	}
	// "Pieter van der Hoeven ... resigned on Monday. In a letter, the
	// Dutchman wrote": a man or woman of a country is a person the text
	// named, as "he" is, never the country.
	if x.nationalPerson(c.si, m) {
		return decideSpeaker(x.pronoun(c.si, m.a, true))
	}
	// "A leaked letter seen by Sky News says": who saw the words did not
	// write them; the document speaks, and its author is not named.
	if wordIs(toks, m.a-1, "by") && m.a >= 2 && seenVerbs.has(toks[m.a-2].lower()) {
		return "", stop
	}
	if sp, ok := x.workplaceSpeaker(c.si, m); ok {
		return decideSpeaker(sp)
	}
	// "Prime Minister John Howard and industry minister Ian MacDonald
	// said": both speak.
	if m.kind == mPerson && m.act != nil {
		k := m.a - 1
		for k > 0 && (titleWords.has(toks[k].lower()) || roleHeads.has(toks[k].lower()) || roleModifiers.has(toks[k].lower()) || toks[k].kind == tWord && !toks[k].upper() && k >= m.a-3 && !wordIs(toks, k, "and")) {
			k--
		}
		if wordIs(toks, k, "and") {
			if p, ok := x.mentionEndingAt(c.si, k); ok && p.kind == mPerson && p.act != nil && p.act != m.act && !wordIs(toks, p.a-1, "and", ",") {
				return decideSpeaker(speakerName(p) + " and " + speakerName(m))
			}
		}
	}
	// "Whitey MacDonald, chairperson of Local 1520, Canadian Auto Workers
	// union said": the body ends the person's description.
	start := m.a
	if cm, ok := x.mentionEndingAt(c.si, m.a); ok && cm.kind == mCountry {
		start = cm.a // "Canadian Auto Workers union"
	}
	if m.kind == mOrg && start > 1 && toks[start-1].n == "," {
		if w := appositionStart(toks, start-1); w >= 0 {
			if p, ok := x.mentionEndingAt(c.si, w); ok && p.kind == mPerson && p.act != nil {
				return decideSpeaker(speakerName(p))
			}
		}
	}
	if k := m.a - 1; m.kind == mOrg && k > 0 {
		if toks[k].lower() == "the" {
			k--
		}
		if k > 0 && toks[k].lower() == "of" {
			if p, ok := x.mentionEndingAt(c.si, k); ok && p.act != nil && p.act.typ == briefings.ActorPerson {
				return decideSpeaker(speakerName(p))
			}
		}
	}
	return decideSpeaker(speakerName(m))
}

// subjectFamily: "Callum's family said", "Mr. Kessling's office said": a
// person's own people speak.
func (x *extractor) subjectFamily(c subjectAt) (string, verdict) {
	toks, e := x.sents[c.si].toks, c.e
	if e < 3 || toks[e-2].n != "'s" || toks[e-1].kind != tWord || toks[e-1].upper() || !(humanHeads.has(toks[e-1].lower()) || roleHeads.has(toks[e-1].lower()) || familyWords.has(toks[e-1].lower()) || camps.has(toks[e-1].lower()) || wordIs(toks, e-1, "office", "team")) {
		return "", pass
	}
	p := e - 2
	for p > 0 && isCapTok(toks[p-1]) {
		p--
	}
	if p < e-2 {
		return decideSpeaker(x.text(c.si, p, e))
	}
	return "", pass
}

// studyNouns are the findings of a study, which speak for whoever made
// them as a document speaks for its author.
var studyNouns = words(`analysis analyses study studies survey surveys review audit audits findings research
	poll inquiry investigation evaluation`)

// subjectOwnersDocument: "PC World's recent analysis of its own web
// traffic concluded", "Quell's report on the two lenders warned": a
// document or a study speaks for its owner, never for the words of the
// phrase after it ("two lenders"). The phrase after the noun may be one of
// "of", "on", "into" or "by" and words, no clause.
func (x *extractor) subjectOwnersDocument(c subjectAt) (string, verdict) {
	toks, e := x.sents[c.si].toks, c.e
	for d := e - 1; d >= 2 && d >= e-10; d-- {
		t := toks[d]
		if t.kind != tWord {
			return "", pass
		}
		if l := t.lower(); t.upper() || !docNouns.has(l) && !studyNouns.has(l) {
			continue
		}
		// What follows the noun is one phrase of it, or nothing.
		if d+1 < e && !wordIs(toks, d+1, "of", "on", "into", "by", "from", "for") {
			return "", pass
		}
		// The owner: "X's" right before, or with up to two adjectives
		// between ("PC World's recent analysis").
		o := d - 1
		for o > 0 && o >= d-2 && toks[o].n != "'s" && toks[o].kind == tWord && !toks[o].upper() && !determiners.has(toks[o].lower()) {
			o--
		}
		if o < 1 || toks[o].n != "'s" {
			return "", pass
		}
		if m, ok := x.mentionEndingAt(c.si, o); ok && m.act != nil && (m.kind == mPerson || m.kind == mOrg || m.kind == mCountry) {
			return decideSpeaker(speakerName(m))
		}
		return "", stop
	}
	return "", pass
}

// subjectNounPhrase: "the company said", "the three countries said", "the
// justice ministry in Bucharest said" (the place is not the speaker's
// name). A role in lower case, "the minister said", is left unnamed here.
func (x *extractor) subjectNounPhrase(c subjectAt) (string, verdict) {
	toks, e := x.sents[c.si].toks, c.e
	// "One former minister said": someone described, not named.
	for s := e - 1; s >= 0 && s >= e-6; s-- {
		if d, _, end := x.indefinitePhrase(c.si, s); d != "" && end == e {
			return d, found
		}
	}
	if e >= 3 && (toks[e-2].lower() == "in" || toks[e-2].lower() == "at") && isCapTok(toks[e-1]) {
		e -= 2
	}
	// "the Black Sea Institute of Infectious Diseases (BSIID)": its
	// acronym in brackets closes the body's name.
	if e >= 3 && acronymAt(toks, e-3) {
		e -= 3
	}
	// Up to five words back, or ten in a name of capitals.
	for s := e - 1; s >= 0 && s >= e-10; s-- {
		if determiners.has(toks[s].lower()) {
			// "Derek Halloran of the Unite union said": the person the
			// body's name describes speaks.
			if wordIs(toks, s-1, "of") {
				if m, ok := x.mentionEndingAt(c.si, s-1); ok && m.kind == mPerson && m.act != nil {
					return decideSpeaker(speakerName(m))
				}
			}
			return decideSpeaker(x.nounPhrase(c.si, s, e))
		}
		if toks[s].kind != tWord && toks[s].kind != tNum || s < e-5 && !isCapTok(toks[s]) && !wordIs(toks, s, "of", "and", "for") {
			break
		}
	}
	return "", pass
}
