package generate

import (
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
	// speaker's words running over several paragraphs, or closes it
	// without opening one (carried).
	runsOn bool
	// carried: the quote opened in the paragraph before and runs from the
	// start of this one to its closing mark.
	carried bool
	// turn: a transcript's turn, "ROB FENWICK, CNN METEOROLOGIST: ...":
	// the whole paragraph after its label (see sentence.turn), spoken by
	// the label's name.
	turn string
	// inTurn: a quotation inside a turn, someone else's words the turn's
	// speaker quotes ("...," the official said).
	inTurn bool
}

// innerQuote is a quotation in single marks inside a double-quoted one:
// words the speaker quotes ("You called Obamacare 'a mess'"), with the
// index of the quotation around it among its paragraph's.
type innerQuote struct {
	q     quote
	outer int
}

// findQuotes returns the quoted passages of sentences [from,to) (one
// paragraph), in order, and the quotations inside them. carried says a
// double quotation left open by the paragraph before goes on here (see
// closesCarried); carry says this paragraph leaves one open that the next
// closes.
func (x *extractor) findQuotes(from, to int, carried bool) (quotes []quote, inner []innerQuote, carry bool) {
	var out []quote
	var outerOf []int // per inner quote found, its outer's index in out
	var found, pending []quote
	innerOpen := false
	var iq quote
	open := false
	single := false
	var q quote
	if carried {
		open = true
		q = quote{doc: x.sents[from].doc, s1: from, o: 0, carried: true}
	}
	// A single mark after the paragraph's last closing one can close
	// nothing: unless the next paragraph goes on in single quotes, it is
	// an apostrophe set apart ("Charles O 'Reilly") and opens no quote,
	// so the double-quoted words after it are still found.
	lastClose := [2]int{from - 1, 0}
	for si := to - 1; si >= from && lastClose[0] < from; si-- {
		for ti := len(x.sents[si].toks) - 1; ti >= 0; ti-- {
			if x.sents[si].toks[ti].kind == tSQClose {
				lastClose = [2]int{si, ti}
				break
			}
		}
	}
	singleRunsOn := x.opensWithQuote(to, true)
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
					for _, p := range pending {
						found, outerOf = append(found, p), append(outerOf, len(out)-1)
					}
				} else if open && curlyOpen {
					// A new opening quote: the previous one was never closed.
					q = quote{doc: x.sents[si].doc, s1: si, o: ti}
				}
				pending, innerOpen = nil, false
			case t.kind == tSQOpen && !open && (singleRunsOn || si < lastClose[0] || si == lastClose[0] && ti < lastClose[1]):
				open, single = true, true
				q = quote{doc: x.sents[si].doc, s1: si, o: ti}
			case t.kind == tSQClose && open && single:
				open, single = false, false
				q.s2, q.c = si, ti
				out = append(out, q)
			case t.kind == tSQOpen && open && !single && !innerOpen:
				innerOpen, iq = true, quote{doc: x.sents[si].doc, s1: si, o: ti}
			case t.kind == tSQClose && open && !single && innerOpen:
				innerOpen = false
				iq.s2, iq.c = si, ti
				pending = append(pending, iq)
			}
		}
	}
	if open && (x.opensWithQuote(to, single) || !single && x.closesCarried(to)) {
		last := len(x.sents[to-1].toks)
		q.s2, q.c, q.runsOn = to-1, last, true
		out = append(out, q)
		for _, p := range pending {
			found, outerOf = append(found, p), append(outerOf, len(out)-1)
		}
		carry = !x.opensWithQuote(to, single)
	}
	var good []quote
	at := make([]int, len(out)) // out's index in good, or -1
	for i, q := range out {
		at[i] = -1
		if q.text = x.quoteText(q); quoteKept(q.text) {
			at[i] = len(good)
			good = append(good, q)
		}
	}
	for i, p := range found {
		if p.text = x.quoteText(p); at[outerOf[i]] >= 0 && quoteKept(p.text) {
			inner = append(inner, innerQuote{q: p, outer: at[outerOf[i]]})
		}
	}
	return good, inner, carry
}

// quoteKept says a quotation's words are kept as a quote: some letters,
// and no longer than a quote can be (an unclosed mark would swallow the
// rest of its paragraph).
func quoteKept(text string) bool {
	return hasLetter(text) && len(text) <= 3000
}

// carriedQuote says sentence si lies wholly inside a quotation carried
// over from the paragraph before (closesCarried), up to its closing mark:
// someone's words though no quotation mark opens the sentence.
func (x *extractor) carriedQuote(si int) bool {
	x.markQuoted()
	for _, q := range x.paraQuotes[x.paraStart(si)] {
		if q.carried && si >= q.s1 && si <= q.s2 {
			return x.allQuoted(si) || si == q.s2 && q.c+2 >= len(x.sents[si].toks)
		}
	}
	return false
}

// paraStart is the first sentence of sentence si's paragraph.
func (x *extractor) paraStart(si int) int {
	for si > 0 && x.sents[si-1].doc == x.sents[si].doc && x.sents[si-1].para == x.sents[si].para {
		si--
	}
	return si
}

// closesCarried says sentence si starts a paragraph of the same document
// that does not open with a quotation mark but whose first double
// quotation mark closes one: ” or », or a straight one right after a word
// or stop ('early." After the match'). The words before it go on with a
// quotation the paragraph before left open, as many news sites write a
// quotation that runs over paragraphs; read as an opening mark, it made
// the narration after it a quotation.
func (x *extractor) closesCarried(si int) bool {
	if si >= len(x.sents) || si == 0 || x.sents[si].doc != x.sents[si-1].doc || x.sents[si].para == x.sents[si-1].para {
		return false
	}
	if toks := x.sents[si].toks; len(toks) > 0 && (toks[0].kind == tDQ || toks[0].kind == tSQOpen) {
		return false
	}
	for sj := si; sj < len(x.sents) && x.sents[sj].doc == x.sents[si].doc && x.sents[sj].para == x.sents[si].para; sj++ {
		s := x.sents[sj]
		for ti, t := range s.toks {
			if t.kind != tDQ {
				continue
			}
			switch t.s {
			case "”", "»":
				return true
			case "“", "„", "«":
				return false
			}
			return ti > 0 && t.start > 0 && !unicode.IsSpace(rune(s.text[t.start-1])) &&
				(t.end == len(s.text) || unicode.IsSpace(rune(s.text[t.end])) || strings.ContainsRune(".,;:!?)", rune(s.text[t.end])))
		}
	}
	return false
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
		if si == q.s1 && !q.carried && q.turn == "" {
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
	x.innerQuotes = map[int][]innerQuote{}
	for si := range x.sents {
		x.quoted[si] = make([]bool, len(x.sents[si].toks))
	}
	carry := false
	x.eachParagraph(func(start, end int) {
		var qs []quote
		if name := x.sents[start].turn; name != "" {
			// A turn is all its speaker's words, quotation marks and all;
			// the quotations in it are someone else's too.
			qs, carry = []quote{{doc: x.sents[start].doc, s1: start, s2: end - 1, c: len(x.sents[end-1].toks), turn: name}}, false
			if qs[0].text = x.quoteText(qs[0]); !quoteKept(qs[0].text) {
				qs = nil
			}
			inTurn, _, _ := x.findQuotes(start, end, false)
			for _, q := range inTurn {
				q.inTurn, q.runsOn = true, false
				qs = append(qs, q)
			}
		} else {
			var inner []innerQuote
			qs, inner, carry = x.findQuotes(start, end, carry && x.closesCarried(start))
			if len(inner) > 0 {
				x.innerQuotes[start] = inner
			}
		}
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

// turnName is the name of a transcript turn's label, past a title
// ("MAYOR FRANCIS DELAHUNT"); none for "UNIDENTIFIED MALE".
func turnName(label string) []string {
	words := strings.Fields(label)
	for len(words) > 1 && titleWords.hasLower(words[0]) {
		words = words[1:]
	}
	if len(words) == 0 || strings.EqualFold(words[0], "unidentified") || strings.EqualFold(words[0], "unknown") {
		return nil
	}
	return words
}

// turnActor makes the person a transcript turn's label names in full
// ("DAN KOWALCZYK, CNN CORRESPONDENT") an actor of its document, as the
// text writes names, so that "KOWALCZYK:" and "Kowalczyk" later are that
// person.
func (x *extractor) turnActor(si int) {
	words := turnName(x.sents[si].turn)
	if len(words) < 2 || len(words) > 4 {
		return
	}
	name := titleCase(strings.Join(words, " "))
	if a, ok := x.byKey[normName(name)]; ok && a.typ != briefings.ActorPerson {
		return
	}
	act := x.actorFor(name, briefings.ActorPerson)
	if act.tokens == nil {
		for _, w := range words {
			act.tokens = append(act.tokens, strings.ToLower(w))
		}
		x.indexPerson(act)
	}
	act.docs[x.doc(si)] = true
}

// turnSpeaker is who speaks a transcript's turn labelled name: the actor
// the label names in full or by surname, past a title ("MAYOR FRANCIS
// DELAHUNT"), else the label's name in title case; "UNIDENTIFIED MALE"
// is no one's.
func (x *extractor) turnSpeaker(name string, doc int) string {
	words := turnName(name)
	if words == nil {
		return ""
	}
	full := strings.Join(words, " ")
	if a := x.byKey[normName(full)]; a != nil && a.typ == briefings.ActorPerson {
		return a.name
	}
	if a := x.bySurname(strings.ToLower(words[len(words)-1]), doc); a != nil {
		return a.name
	}
	return titleCase(full)
}

// innerSpeaker is the speaker of the quotation in, inside outer, whose
// speaker is outerSpeaker: the subject of the verb of speech before it,
// within outer's words. "I said, 'Not one dime'" is outer's speaker; "You
// called it 'socialism'", the person outer's words were told to
// (addressee); "He told me, 'Lowell ...'", "my grandfather used to say",
// or no verb at all (a term, a title), no one: no speaker rather than a
// wrong one. A person named as the verb's subject is that person.
func (x *extractor) innerSpeaker(in, outer quote, outerSpeaker string) string {
	if in.s1 != in.s2 {
		return ""
	}
	toks := x.sents[in.s1].toks
	stop := -1
	if outer.s1 == in.s1 {
		stop = outer.o
	}
	verb := false
	for k := in.o - 1; k > stop && k >= in.o-16; k-- {
		l := toks[k].lower()
		switch {
		case toks[k].kind == tDQ || toks[k].n == "." || toks[k].n == "?" || toks[k].n == "!":
			return ""
		case !verb:
			verb = innerVerbs.has(l)
		case l == "you" && !(k > 0 && innerVerbs.has(lowerAt(toks, k-1))):
			return x.addressee(outer)
		case l == "i" || l == "we":
			return outerSpeaker
		case l == "he" || l == "she" || l == "they":
			return ""
		default:
			// "Graham Ashworth stood in the canteen and told us, '...'":
			// a person named as the subject, not as whom they told.
			if m, ok := x.mentionEndingAt(in.s1, k+1); ok && m.kind == mPerson && m.act != nil && !innerVerbs.has(lowerAt(toks, m.a-1)) {
				return m.act.name
			}
		}
	}
	return ""
}

// innerVerbs say what someone said, inside a quotation: "you said",
// "I called it".
var innerVerbs = words(`said say says saying called call calls calling told tell tells wrote write promised
	promise declared vowed tweeted put`)

// addressee is the person quotation q was told to: "...," he told his
// opponent, Alicia Ortega; "...," Oyelaran told Rep. Claire Odegaard.
func (x *extractor) addressee(q quote) string {
	if q.c >= len(x.sents[q.s2].toks) {
		return ""
	}
	toks := x.sents[q.s2].toks
	for k := q.c + 1; k < len(toks) && k <= q.c+8; k++ {
		if toks[k].kind == tDQ {
			return ""
		}
		if !wordIs(toks, k, "told", "tells", "asked", "asks", "reminded", "reminds") {
			continue
		}
		for _, m := range x.mentions[q.s2] {
			if m.a > k && m.a <= k+8 && m.kind == mPerson && m.act != nil {
				return m.act.name
			}
		}
		return ""
	}
	return ""
}
