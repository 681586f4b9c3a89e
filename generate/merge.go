package generate

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/brief-team/brief/briefings"
)

// resolvePending matches unexplained spans against the actors found:
// surnames, acronyms and other aliases.
func (x *extractor) resolvePending(pend []pending) {
	x.namesOfWho(pend)
	for _, p := range pend {
		x.stop.check()
		toks := x.sents[p.sent].toks
		name := x.text(p.sent, p.a, p.b)
		if x.covered(p.sent, p.a, p.b) {
			continue
		}
		if act, ok := x.byKey[normName(name)]; ok {
			x.add(mention{sent: p.sent, a: p.a, b: p.b, kind: kindOf(act), act: act})
			act.addAlias(name)
			continue
		}
		// "European leaders": an adjective, not short for "European Union"
		// ("Daesan said", "Daesan rose": a verb after it makes it a name).
		next := lowerAt(toks, p.b)
		adjective := p.b-p.a == 1 && p.b < len(toks) && toks[p.b].kind == tWord && !toks[p.b].upper() &&
			(strings.HasSuffix(name, "an") || strings.HasSuffix(name, "ese") || strings.HasSuffix(name, "ish") || strings.HasSuffix(name, "ic")) &&
			!reportingVerbs.has(next) && !mainVerbs.has(next) && !strings.HasSuffix(next, "ed")
		if act := x.orgPrefixOf(name); act != nil && !adjective {
			// "jobs in Korea", "told reporters in Asan": a place, though a
			// body is named after it ("Korea Exchange"), and no one's;
			// shares in a firm are the firm's.
			if wordIs(toks, p.a-1, "in", "near", "around", "outside", "across", "throughout") &&
				!wordIs(toks, p.a-2, "shares", "stake", "stakes", "invest", "invested", "investing", "investment", "investments") {
				continue
			}
			x.add(mention{sent: p.sent, a: p.a, b: p.b, kind: mOrg, act: act})
			act.addAlias(name)
			continue
		}
		// A name listed beside a person's: "Andreea Ionescu, Mihai Vlad and
		// Sorin Pavel", "X, left, and Mihai Vlad".
		// Not a role in capitals after a name: "Sanna Ylönen, Lead Analyst
		// at Revontuli Security".
		roleInCaps := roleHeads.has(toks[p.b-1].lower()) && !knownGivenName(toks[p.a].lower())
		if n := p.b - p.a; n >= 2 && n <= 3 && !hasOrgCue(toks, p.a, p.b) && countryAt(toks, p.a) == 0 && !roleInCaps && x.listedWithPerson(p.sent, p.a, p.b) {
			x.person(p.sent, p.a, p.b, "")
			continue
		}
		if p.b-p.a <= 2 {
			last := toks[p.b-1].lower()
			if act := x.bySurname(last, x.doc(p.sent)); act != nil {
				// "Rama" or "Edi Rama" for "Edi Rama"; a first name before
				// the surname must agree.
				if p.b-p.a == 1 || len(act.tokens) >= 2 && act.tokens[len(act.tokens)-2] == toks[p.a].lower() {
					x.add(mention{sent: p.sent, a: p.a, b: p.b, kind: mPerson, act: act})
					act.addAlias(name)
					continue
				}
			}
		}
		// "DesRoiser said" for Dennis DesRosier, "said Clements" for Tony
		// Clement: news copy misspells a surname it gave in full, and the
		// one word beside a reporting verb names that person. Not an
		// alias: the misspelling is no name of theirs.
		// A word of five letters is enough there ("Water said" for
		// Kathryn Waters); elsewhere, a longer word only:
		// "Vazquez-Moreau will present" for Elena Vazquez-Morreau.
		if p.b-p.a == 1 {
			min := 9
			if besideReportingVerb(toks, p.a) {
				min = 5
			}
			if act := x.nearSurname(toks[p.a].lower(), min); act != nil {
				x.add(mention{sent: p.sent, a: p.a, b: p.b, kind: mPerson, act: act})
			}
		}
	}
}

// namesOfWho makes people of the names no rule explained whose last word,
// alone elsewhere in the same story, is followed by "who": "the
// resignation of Graham Petrie in July. ... Petrie, who was first elected
// mayor in 2007": a body is "which". The word alone is then the person's
// surname (resolvePending).
func (x *extractor) namesOfWho(pend []pending) {
	type key struct {
		doc  int
		word string
	}
	who := map[key]bool{}
	for _, p := range pend {
		toks := x.sents[p.sent].toks
		if p.b-p.a == 1 && (wordIs(toks, p.b, "who") || wordIs(toks, p.b, ",") && wordIs(toks, p.b+1, "who")) {
			who[key{x.doc(p.sent), toks[p.a].lower()}] = true
		}
	}
	if len(who) == 0 {
		return
	}
	for _, p := range pend {
		toks := x.sents[p.sent].toks
		if n := p.b - p.a; n < 2 || n > 3 || capsIn(toks, p.a, p.b) != n || !who[key{x.doc(p.sent), toks[p.b-1].lower()}] ||
			hasOrgCue(toks, p.a, p.b) || countryAt(toks, p.a) != 0 || x.covered(p.sent, p.a, p.b) {
			continue
		}
		x.person(p.sent, p.a, p.b, "")
	}
}

// besideReportingVerb says the word at i is the subject or the inverted
// subject of a reporting verb: "X said", "said X.", and "X, who ...,
// said" when X opens the sentence.
func besideReportingVerb(toks []token, i int) bool {
	if i+1 < len(toks) && speechVerb(toks[i+1].lower()) {
		return true
	}
	// "Whitcombe, who spent the year negotiating, said": the subject that
	// opens the sentence, before its apposition.
	if i == leadInEnd(toks) && i+1 < len(toks) && toks[i+1].n == "," {
		for k := i + 2; k < len(toks) && k < i+30; k++ {
			if toks[k].n == "," && k+1 < len(toks) && speechVerb(toks[k+1].lower()) {
				return true
			}
		}
	}
	return i > 0 && speechVerb(toks[i-1].lower()) && (i+1 == len(toks) || toks[i+1].kind != tWord)
}

// nearSurname is the one person of the text whose surname is one edit
// (a letter added, dropped, changed, or two swapped) from w, a word of min
// letters or more that names no one itself; with two such people, or
// none, nil: a wrong speaker costs more than a missing one.
func (x *extractor) nearSurname(w string, min int) *actor {
	if utf8.RuneCountInString(w) < min || givenNames.has(w) {
		return nil
	}
	// Only people whose surname has w's first letter and a length one
	// from w's can be one edit away (a typo in the first letter is left
	// alone): scanning every actor for every word made the cost grow with
	// the square of a long input (1 MB of articles: 8 % of the CPU).
	var found *actor
	for d := -1; d <= 1; d++ {
		for _, a := range x.nearSurnames[nearKey(w, d)] {
			if a.typ != briefings.ActorPerson {
				continue // retyped since it was filed
			}
			if s := a.tokens[len(a.tokens)-1]; s != w && oneEdit(s, w) {
				if found != nil && found != a {
					return nil
				}
				found = a
			}
		}
	}
	return found
}

// nearKey files a surname by its first letter and its length in letters
// plus d.
func nearKey(s string, d int) string {
	r, _ := utf8.DecodeRuneInString(s)
	return string(r) + strconv.Itoa(utf8.RuneCountInString(s)+d)
}

// oneEdit says a and b differ by one inserted, deleted or changed letter,
// or by two neighbouring letters swapped (the optimal string alignment
// distance is 1).
func oneEdit(a, b string) bool {
	if isASCIIText(a) && isASCIIText(b) {
		// Bytes are runes: no rune slices made (nearSurname asks this of
		// every surname near each unexplained word).
		return oneEditASCII(a, b)
	}
	return oneEditRunes([]rune(a), []rune(b))
}

// oneEditRunes is oneEdit by runes: the reference oneEditASCII is held
// to (TestOneEditASCII).
func oneEditRunes(r, s []rune) bool {
	if len(r) > len(s) {
		r, s = s, r
	}
	if len(s)-len(r) > 1 {
		return false
	}
	i := 0
	for i < len(r) && r[i] == s[i] {
		i++
	}
	if i == len(r) {
		return true // one letter added at the end (or none)
	}
	if len(r) < len(s) {
		return string(r[i:]) == string(s[i+1:])
	}
	if string(r[i+1:]) == string(s[i+1:]) {
		return true
	}
	return i+1 < len(r) && r[i] == s[i+1] && r[i+1] == s[i] && string(r[i+2:]) == string(s[i+2:])
}

// oneEditASCII is oneEdit of ASCII a and b, by bytes.
func oneEditASCII(r, s string) bool {
	if len(r) > len(s) {
		r, s = s, r
	}
	if len(s)-len(r) > 1 {
		return false
	}
	i := 0
	for i < len(r) && r[i] == s[i] {
		i++
	}
	if i == len(r) {
		return true // one letter added at the end (or none)
	}
	if len(r) < len(s) {
		return r[i:] == s[i+1:]
	}
	if r[i+1:] == s[i+1:] {
		return true
	}
	return i+1 < len(r) && r[i] == s[i+1] && r[i+1] == s[i] && r[i+2:] == s[i+2:]
}

// isASCIIText says s is all ASCII.
func isASCIIText(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// resolveEmployers links each employer named before a corporate title
// (employerBeforeTitle) as a short name is linked, once every body of the
// text is known: "Hanbit CEO Choi Seung-min" is "Hanbit Materials Ltd."
// when the text names it so. An employer the text names nowhere else is a
// body of its own ("Apple CEO Tim Cook").
func (x *extractor) resolveEmployers(pend []pending) {
	if len(x.employers) == 0 {
		return
	}
	// The spans left unread, by their words, and the bodies by the first
	// words of their names: looked up once each, not per employer (both
	// lists grow with the input).
	unread := map[string][]pending{}
	for _, q := range pend {
		t := x.text(q.sent, q.a, q.b)
		unread[t] = append(unread[t], q)
	}
	byStart := x.byFirstWords(briefings.ActorOrganization, 1, nil)
	for _, p := range x.employers {
		name := x.text(p.sent, p.a, p.b)
		if x.covered(p.sent, p.a, p.b) {
			continue
		}
		act, ok := x.byKey[normName(name)]
		if !ok {
			act = x.orgPrefixOf(name)
		}
		if act == nil {
			// "Corvane chief executive ...", when the text names Corvane
			// Aeronautics: the one body whose name begins so.
			if l := byStart[normName(name)]; len(l) == 1 {
				act = l[0]
			}
		}
		if act == nil {
			x.org(p.sent, p.a, p.b, nil)
			act = x.byKey[normName(name)]
		} else if act.typ == briefings.ActorOrganization {
			x.add(mention{sent: p.sent, a: p.a, b: p.b, kind: mOrg, act: act})
			act.addAlias(name)
		}
		if act == nil || act.typ != briefings.ActorOrganization {
			continue
		}
		// "Orrin chairman Stephen Marsh. ... Orrin said": the name, left
		// unread where it stood alone, is that body too.
		for _, q := range unread[name] {
			if !x.covered(q.sent, q.a, q.b) {
				x.add(mention{sent: q.sent, a: q.a, b: q.b, kind: mOrg, act: act})
			}
		}
	}
}

// listedWithPerson says the span [a,b) is an item of a list whose item
// next to it is a person: joined by a comma or "and", across a caption's
// position word ("X, left, and Y").
func (x *extractor) listedWithPerson(si, a, b int) bool {
	toks := x.sents[si].toks
	// A list item opens after punctuation or "and", not after a
	// preposition: "minister for Climate Action, Jordi Ferrer".
	if a > 0 && toks[a-1].kind == tWord && toks[a-1].lower() != "and" && toks[a-1].lower() != "including" {
		return false
	}
	isPerson := func(m mention, ok bool) bool { return ok && m.act != nil && m.act.typ == briefings.ActorPerson }
	// The item before.
	k := a
	for k > 0 && (toks[k-1].n == "," || toks[k-1].lower() == "and") {
		k--
	}
	if k < a {
		if k >= 2 && positionWords.has(toks[k-1].lower()) && toks[k-2].n == "," {
			k -= 2
		}
		if isPerson(x.mentionEndingAt(si, k)) {
			return true
		}
	}
	// The item after.
	k = b
	for k < len(toks) && (toks[k].n == "," || toks[k].lower() == "and") {
		k++
	}
	return k > b && isPerson(x.mentionAt(si, k))
}

// bySurname finds the person whose last name is w, preferring doc.
func (x *extractor) bySurname(w string, doc int) *actor {
	// The surname, or the family name of a name written family name
	// first ("Yoon" for "Yoon Suk Yeol"): the first such person in order
	// of creation, or the first of them already cited by doc.
	cands := x.surnames[w]
	if !givenNames.has(w) && len(x.familyFirst[w]) > 0 {
		cands = slices.Clone(cands)
		for _, a := range x.familyFirst[w] {
			if !slices.Contains(cands, a) {
				cands = append(cands, a)
			}
		}
		slices.SortFunc(cands, func(a, b *actor) int { return a.id - b.id })
	}
	if len(cands) > 0 {
		for _, a := range cands {
			if a.docs[doc] {
				return a
			}
		}
		return cands[0]
	}
	// No surname matches: a two-word name may be written family name
	// first too ("Mr. Xi" for "Xi Jinping"), when the word names one
	// person only, and a Spanish name goes on by its first family name
	// ("Sepúlveda" for "Hernán Sepúlveda Rojas").
	if l := x.firstOfTwo[w]; len(l) == 1 {
		return l[0]
	}
	if l := x.paternal[w]; len(l) == 1 && !givenNames.has(w) {
		return l[0]
	}
	return nil
}

// orgByPrefix finds an organization whose name extends name, or which name
// extends, by words naming the kind of body ("Treasury" and "Treasury
// Department", "Ardent" and "Ardent Health Services"). The longer name
// becomes the actor's name.
func (x *extractor) orgByPrefix(name string) *actor {
	n := normName(name)
	// A longer name beginning with n, or a shorter one n begins with;
	// either way the short one must stand for the long (shortForm).
	a := x.orgs.prefixOK.first(n)
	ends := wordEnds(n)
	for k := 1; k < len(ends); k++ {
		if shortForm(n, ends, k) {
			a = earlier(a, x.orgs.full.first(n[:ends[k-1]]))
		}
	}
	if a == nil {
		return nil
	}
	if len(n) > len(a.norm) {
		x.rename(a, name)
	} else {
		a.addAlias(name)
	}
	x.byKey[n] = a
	return a
}

// orgByAcronym links an acronym and the name it abbreviates, in either
// order: "SEC" and "Securities and Exchange Commission".
func (x *extractor) orgByAcronym(name string) *actor {
	var a *actor
	if isAcronym(name) {
		a = x.orgs.initials.first(strings.ReplaceAll(name, ".", ""))
	}
	if in := initials(name); in != "" {
		a = earlier(a, x.orgs.acronym.first(in))
	}
	if a == nil {
		return nil
	}
	if len(name) > len(a.name) {
		x.rename(a, name)
	} else {
		a.addAlias(name)
	}
	x.byKey[normName(name)] = a
	return a
}

// orgPrefixOf finds the organization whose name begins with the words of
// name followed by words naming a body ("Ardent" for "Ardent Health
// Services").
func (x *extractor) orgPrefixOf(name string) *actor {
	var buf [64]byte
	return x.orgs.prefixCu.first(string(normNameLookup(buf[:0], name)))
}

// covered says a mention already covers tokens [a,b) of sentence si.
func (x *extractor) covered(si, a, b int) bool {
	for _, m := range x.mentions[si] {
		if m.a <= a && b <= m.b && m.act != nil {
			return true
		}
	}
	return false
}

func (x *extractor) isPersonTok(si, i int) bool {
	for _, m := range x.mentions[si] {
		if m.a <= i && i < m.b && m.kind == mPerson {
			return true
		}
	}
	return false
}

func kindOf(a *actor) int {
	switch a.typ {
	case briefings.ActorPerson:
		return mPerson
	case briefings.ActorCountry:
		return mCountry
	}
	return mOrg
}

// mergeBareHeads gives a body named by its head word alone, "the
// Commission", "the Bank", to the one body of the text whose name has that
// head, "European Commission", "Bank of Canada". With two such bodies it
// stays apart; with none, a common noun capitalized ("the Government")
// names no one.
func (x *extractor) mergeBareHeads() {
	// The bodies by the words their names end with, and by the word before
	// "of" that begins them; names do not change here.
	suffix, ofHead := actorIndex{}, actorIndex{}
	for _, a := range x.actors {
		if a.typ != briefings.ActorOrganization {
			continue
		}
		ends := wordEnds(a.norm)
		for k := 1; k < len(ends); k++ {
			suffix.add(a.norm[ends[k-1]+1:], a)
		}
		if len(ends) >= 3 && a.norm[ends[0]:ends[1]] == " of" {
			ofHead.add(a.norm[:ends[0]], a)
		}
	}
	into := map[*actor]*actor{}
	var drop []*actor
	for _, bare := range x.actors {
		n := bare.norm
		// One word that names bodies ("Commission"), or a name that ends
		// in one ("House Committee" of "Knesset House Committee").
		w := strings.Fields(n)
		if bare.typ != briefings.ActorOrganization || len(w) == 0 || len(w) > 1 && len(bare.aliases) > 0 {
			continue
		}
		if !orgCueWords.has(w[len(w)-1]) {
			// "Mirandela" of "Desportivo de Mirandela", "Frankfurt" of
			// "Eintracht Frankfurt": a club by its town, when one club
			// of the text ends with it.
			// So too a party by its last word: "the Greens" of "Murray
			// Greens".
			if l := suffix[n]; len(w) == 1 && len(l) == 1 && l[0] != bare && (anyClubWord(l[0].norm) || n == "greens" || n == "left") {
				absorb(into, bare, l[0])
			}
			continue
		}
		// The one body, other than bare, whose name ends in n, or begins
		// with "n of" when n is one word.
		var full *actor
		many := false
		consider := func(l []*actor) {
			for _, a := range l {
				if a == bare || a == full {
					continue
				}
				if full != nil {
					many = true
					return
				}
				full = a
			}
		}
		consider(suffix[n])
		if len(w) == 1 && !many {
			consider(ofHead[n])
		}
		if many {
			full = nil
		}
		if full == nil && len(w) == 1 && loneCommonNouns.has(bare.name) {
			// "the Government", "the Administration's decision": a common
			// noun with a capital, no body's name; on the realdev dev split
			// every one left alone was wrong.
			drop = append(drop, bare)
		}
		if full != nil {
			absorb(into, bare, full)
		}
	}
	x.moveMentions(into)
	x.dropActors(drop)
}

// anyClubWord says a body's name (normalised) holds a word clubs are
// named with ("Desportivo", "Eintracht").
func anyClubWord(norm string) bool {
	for _, w := range strings.Fields(norm) {
		if clubWords.has(w) {
			return true
		}
	}
	return false
}

// absorb records that actor from is actor to under another name (for
// moveMentions): its name becomes an alias, its role fills an empty one,
// and it was named as early as the earlier of the two.
func absorb(into map[*actor]*actor, from, to *actor) {
	into[from] = to
	to.addAlias(from.name)
	if to.role == "" {
		to.role = from.role
	}
	to.first = min(to.first, from.first)
}

// mergeSurnames gives a person named by a surname alone before the full
// name ("c Tahir b Van Os", then "N. TAHIR c Khan b Snel") to the one
// person of the same document whose name ends with it; named after the
// full name, the surname is that person's already (person).
func (x *extractor) mergeSurnames() {
	docs := map[*actor]map[int]bool{} // the documents naming each actor
	for si, ms := range x.mentions {
		for _, m := range ms {
			if m.act != nil {
				if docs[m.act] == nil {
					docs[m.act] = map[int]bool{}
				}
				docs[m.act][x.doc(si)] = true
			}
		}
	}
	sharesDoc := func(a, b *actor) bool {
		for d := range docs[a] {
			if docs[b][d] {
				return true
			}
		}
		return false
	}
	full := map[string][]*actor{} // last name token -> people named in full
	for _, a := range x.actors {
		if a.typ == briefings.ActorPerson && len(a.tokens) >= 2 {
			last := a.tokens[len(a.tokens)-1]
			full[last] = append(full[last], a)
		}
	}
	into := map[*actor]*actor{}
	for _, bare := range x.actors {
		if bare.typ != briefings.ActorPerson || len(bare.tokens) != 1 {
			continue
		}
		var to *actor
		for _, f := range full[bare.tokens[0]] {
			if f == bare || !sharesDoc(f, bare) {
				continue
			}
			if to != nil {
				to = nil // two people of that name: it stays apart
				break
			}
			to = f
		}
		if to != nil {
			absorb(into, bare, to)
		}
	}
	// "Gil de la Torre", "Van der Merwe": a surname of several words, a
	// particle inside it, is the person named in full with it.
	for _, bare := range x.actors {
		if bare.typ != briefings.ActorPerson || len(bare.tokens) < 2 || into[bare] != nil || !hasParticle(bare.tokens[:len(bare.tokens)-1]) {
			continue
		}
		var to *actor
		for _, f := range full[bare.tokens[len(bare.tokens)-1]] {
			if f == bare || len(f.tokens) <= len(bare.tokens) || !slices.Equal(f.tokens[len(f.tokens)-len(bare.tokens):], bare.tokens) || !sharesDoc(f, bare) {
				continue
			}
			if to != nil {
				to = nil
				break
			}
			to = f
		}
		if to != nil {
			absorb(into, bare, to)
		}
	}
	x.moveMentions(into)
}

// hasParticle says a name's tokens (lower case) hold a particle: "de",
// "van", "der".
func hasParticle(toks []string) bool {
	return slices.ContainsFunc(toks, nameParticles.has)
}

// dropActors leaves the actors out of the briefing: their mentions name no
// one.
func (x *extractor) dropActors(drop []*actor) {
	if len(drop) == 0 {
		return
	}
	for _, ms := range x.mentions {
		for i := range ms {
			if slices.Contains(drop, ms[i].act) {
				ms[i].act = nil
			}
		}
	}
	for _, a := range drop {
		for k, v := range x.byKey {
			if v == a {
				delete(x.byKey, k)
			}
		}
	}
}

// moveMentions gives the mentions of each actor in into to the actor it
// maps to, which then has no mentions and is left out of the briefing.
func (x *extractor) moveMentions(into map[*actor]*actor) {
	if len(into) == 0 {
		return
	}
	for _, ms := range x.mentions {
		for i := range ms {
			if to, ok := into[ms[i].act]; ok {
				ms[i].act, ms[i].kind = to, kindOf(to)
			}
		}
	}
}

// paperWords end a newspaper's or a broadcaster's name after the place it
// is named for: "Denver" is not short for The Denver Post.
var paperWords = words(`post times journal herald guardian tribune gazette daily chronicle observer express
	mirror press telegraph news star sun globe courier standard record examiner inquirer`)

// firmSuffixWords are the legal forms that end a firm's name, as normName
// leaves them.
var firmSuffixWords = words(`inc corp co ltd plc llc ag sa se nv bv gmbh spa kk a/s bhd berhad pte pvt`)

// subBodyWords end the name of a body inside another or beside it, named
// after it: the Knesset House Committee is not the Knesset, nor the Tomoe
// Denki Workers' Union Tomoe Denki.
var subBodyWords = words(`committee subcommittee council commission board court office department ministry
	agency authority assembly parliament senate house chamber caucus panel bureau division unit union association
	foundation institute club`)

// byFirstWords files each actor of type typ under every run of the first
// words of its name, from min words to all but the last ("cardell",
// "cardell aviation" for Cardell Aviation Inc.), when keep (nil: always)
// says its name's word ends and name allow it.
func (x *extractor) byFirstWords(typ string, min int, keep func(ends []int, norm string) bool) map[string][]*actor {
	out := map[string][]*actor{}
	for _, a := range x.actors {
		ends := wordEnds(a.norm)
		if a.typ != typ || len(ends) <= min || keep != nil && !keep(ends, a.norm) {
			continue
		}
		for _, e := range ends[min-1 : len(ends)-1] {
			out[a.norm[:e]] = append(out[a.norm[:e]], a)
		}
	}
	return out
}

// mergeShortNames gives a body named by the first words of another body's
// name, "Cardell" for "Cardell Aviation Inc.", to that body: wire copy
// names a firm in full once and short after. A name read as a person's
// ("Tomoe Denki will hold 60 percent") is the firm's only when the firm's
// name is it and a legal form or a body's word ("Tomoe Denki Corp.",
// "Carrow Hale & Co.", "Pacifica Orient Airways"). Not when two bodies'
// names begin so, nor when the longer name is a paper's ("Denver" is not
// The Denver Post) or a body's inside the short one's (the Knesset House
// Committee).
func (x *extractor) mergeShortNames() {
	byStart := x.byFirstWords(briefings.ActorOrganization, 1, func(ends []int, norm string) bool {
		last := norm[ends[len(ends)-2]+1:]
		return !paperWords.has(last) && !subBodyWords.has(last)
	})
	// People of four names or more by their first two or more: "Tan Sri
	// Abdul Rahman said" for Abdul Rahman Mohd Yusof. (A name of three may
	// be a name run on into the next word's, "Mayor Walt Dinsmore Pryor
	// won", in a headline.)
	people := x.byFirstWords(briefings.ActorPerson, 2, func(ends []int, _ string) bool { return len(ends) >= 4 })
	into := map[*actor]*actor{}
	for _, a := range x.actors {
		if l := people[a.norm]; a.typ == briefings.ActorPerson && len(l) == 1 {
			into[a] = l[0]
			continue
		}
		l := byStart[a.norm]
		if len(l) != 1 || a.country != nil {
			continue
		}
		switch to := l[0]; a.typ {
		case briefings.ActorOrganization:
			into[a] = to
		case briefings.ActorPerson:
			// "Carrow Hale" for "Carrow Hale & Co.", "Pacifica Orient" for
			// "Pacifica Orient Airways", "Condor Ridge" for "Condor Ridge
			// Resources PLC" (a trade, then a legal form), "Harrowgate
			// Kline" for "Harrowgate Kline Securities".
			tail := strings.TrimPrefix(strings.TrimPrefix(to.norm, a.norm+" "), "& ")
			words := strings.Fields(tail)
			if a.role == "" && (firmSuffixWords.has(tail) || orgCueWords.has(tail) || tradeTails.has(tail) || len(words) <= 3 && firmSuffixWords.has(words[len(words)-1])) {
				into[a] = to
			}
		}
	}
	x.mergeInto(into)
}

// mergeInto moves each actor's mentions to the one into names for it,
// which takes its name as an alias and its role when it has none.
func (x *extractor) mergeInto(into map[*actor]*actor) {
	x.moveMentions(into)
	for _, a := range x.actors { // in order, so that aliases are
		if to := into[a]; to != nil {
			to.addAlias(a.name)
			if to.role == "" {
				to.role = a.role
			}
		}
	}
}

// mergeMiddleNames makes one person of a name and the same name with its
// middle names left out, as headlines and second mentions do ("Nuno
// Quintela" for "Nuno Ferraz Quintela", "George Bush" for "George W.
// Bush"): the first and last words agree, and no other longer name of the
// briefing has them.
func (x *extractor) mergeMiddleNames() {
	ends := func(a *actor) string { return a.tokens[0] + " " + a.tokens[len(a.tokens)-1] }
	longer := map[string][]*actor{}
	for _, a := range x.actors {
		if a.typ == briefings.ActorPerson && len(a.tokens) >= 3 {
			longer[ends(a)] = append(longer[ends(a)], a)
		}
	}
	if len(longer) == 0 {
		return
	}
	into := map[*actor]*actor{}
	for _, a := range x.actors {
		if l := longer[strings.Join(a.tokens, " ")]; a.typ == briefings.ActorPerson && len(a.tokens) == 2 && len(l) == 1 {
			into[a] = l[0]
		}
	}
	x.mergeInto(into)
}

// mergeTypeClashes makes one organization of a name read as a person in
// one place ("Kestrel Point said", weak evidence) and as a body in another
// ("head of threat intelligence at Kestrel Point", "a cybersecurity firm").
func (x *extractor) mergeTypeClashes() {
	orgs := map[string]*actor{}
	for _, a := range x.actors {
		if a.typ == briefings.ActorOrganization {
			orgs[a.norm] = a
		}
	}
	into := map[*actor]*actor{}
	for _, a := range x.actors {
		if o := orgs[a.norm]; a.typ == briefings.ActorPerson && o != nil && a.role == "" {
			into[a] = o
		}
	}
	x.moveMentions(into)
}

// mergeSameNames makes one actor of two the rules kept apart under one
// name (a country and a body read from other words, "Australia won the
// cup"; a person found twice, or with the names in another order): a
// briefing lists each name once (brief lint), and its reader could not
// tell them apart. The one named more
// often keeps the name's mentions, the first created on a tie.
func (x *extractor) mergeSameNames() {
	count := map[*actor]int{}
	for _, ms := range x.mentions {
		for _, m := range ms {
			if m.act != nil {
				count[m.act]++
			}
		}
	}
	byName := map[string]*actor{}
	into := map[*actor]*actor{}
	for _, a := range x.actors { // in order of creation
		if count[a] == 0 {
			continue
		}
		k := strings.ToLower(oneLine(a.name))
		if a.typ == briefings.ActorPerson {
			// "Bello-Ibrahim Abdulrazaq Olanrewaju" for "Abdulrazaq
			// Olanrewaju Bello-Ibrahim": papers that write the family
			// name first write the same person's words in another order.
			f := strings.Fields(k)
			slices.Sort(f)
			k = "person " + strings.Join(f, " ")
		}
		keepMoreNamed(byName, k, a, count, into)
	}
	// One name is one actor whatever the rules typed each of its
	// mentions (a briefing that lists a name twice does not pass brief
	// lint): a person and a body of the same name are the one more often
	// named.
	plain := map[string]*actor{}
	for _, a := range x.actors {
		if count[a] == 0 || into[a] != nil {
			continue
		}
		keepMoreNamed(plain, strings.ToLower(oneLine(a.name)), a, count, into)
	}
	// A chain (a into b, b into c) ends at the last kept.
	for a, to := range into {
		for into[to] != nil {
			to = into[to]
		}
		into[a] = to
	}
	x.moveMentions(into)
}

// keepMoreNamed keeps, of the actors under key k of kept, the one named
// more often (the first on a tie); the other goes into it.
func keepMoreNamed(kept map[string]*actor, k string, a *actor, count map[*actor]int, into map[*actor]*actor) {
	first, ok := kept[k]
	switch {
	case !ok:
		kept[k] = a
	case count[a] > count[first]:
		into[first], kept[k] = a, a
	default:
		into[a] = first
	}
}

// assignPendingRoles gives a role named without its holder to the next
// person introduced without a role within the next two sentences of the
// same document.
func (x *extractor) assignPendingRoles(roles []pendingRole) {
	for _, r := range roles {
		doc := x.doc(r.sent)
	search:
		for si := r.sent + 1; si < len(x.sents) && si <= r.sent+2 && x.doc(si) == doc; si++ {
			for _, m := range x.mentions[si] {
				if m.kind == mPerson && m.act != nil && m.act.role == "" && m.a == 0 {
					m.act.role = cleanRole(r.role)
					// The role mention was this person.
					for k := range x.mentions[r.sent] {
						if x.mentions[r.sent][k].kind == mRole && x.mentions[r.sent][k].role == r.role {
							x.mentions[r.sent][k].act = m.act
						}
					}
					break search
				}
			}
		}
	}
	// Role mentions with a head matching exactly one person's role are that
	// person ("the prime minister said").
	// A phrase can only match a role holding its head noun: the people
	// with a role, by the words of their roles; and each phrase's answer
	// once, as roles do not change here.
	byWord := actorIndex{}
	for _, a := range x.actors {
		if a.typ == briefings.ActorPerson && a.role != "" {
			for _, w := range strings.Fields(normName(a.role)) {
				byWord.add(w, a)
			}
		}
	}
	holder := map[string]*actor{}
	for si := range x.mentions {
		for k, m := range x.mentions[si] {
			if m.kind != mRole || m.act != nil {
				continue
			}
			found, done := holder[m.role]
			if !done {
				n := 0
				if pw := strings.Fields(normName(m.role)); len(pw) > 0 {
					for _, a := range byWord[pw[len(pw)-1]] {
						if roleMatches(a.role, m.role) {
							found = a
							n++
						}
					}
				}
				if n != 1 {
					found = nil
				}
				holder[m.role] = found
			}
			// "One Fine Gael TD, who did not wish to be named, said ...
			// "...," the TD said": the role goes back to someone the
			// text leaves unnamed, not to the one TD it names elsewhere.
			if found != nil && !x.unnamedHolderBefore(si, m) {
				x.mentions[si][k].act = found
			}
		}
	}
}

// unnamedHolderBefore says a sentence of role mention m's document, up to
// two before it or its own before it, describes someone by m's head noun
// with no name: "One Fine Gael TD, who did not wish to be named", "a
// senior official".
func (x *extractor) unnamedHolderBefore(si int, m mention) bool {
	pw := strings.Fields(normName(m.role))
	if len(pw) == 0 {
		return false
	}
	head := pw[len(pw)-1]
	doc := x.doc(si)
	for s := si; s >= 0 && s >= si-2 && x.doc(s) == doc; s-- {
		toks := x.sents[s].toks
		for i := range toks {
			if s == si && i >= m.a {
				break
			}
			if !wordIs(toks, i, "a", "an", "one", "another") {
				continue
			}
			for j := i + 1; j < len(toks) && j <= i+4; j++ {
				if normName(toks[j].s) != head {
					continue
				}
				if p, ok := x.mentionAt(s, j+1); ok && p.act != nil && p.act.typ == briefings.ActorPerson {
					break // "a TD, Tomás Fahy" names them
				}
				if j+2 < len(toks) && toks[j+1].n == "," {
					if p, ok := x.mentionAt(s, j+2); ok && p.act != nil && p.act.typ == briefings.ActorPerson {
						break
					}
				}
				return true
			}
		}
	}
	return false
}

// roleMatches says a role phrase refers to the holder of role: same head
// noun and no conflicting words.
func roleMatches(role, phrase string) bool {
	rw := strings.Fields(normName(role))
	pw := strings.Fields(normName(phrase))
	if len(rw) == 0 || len(pw) == 0 {
		return false
	}
	if rw[len(rw)-1] != pw[len(pw)-1] {
		// "prime minister" vs "Albanian Prime Minister in Tirana": compare
		// the head nouns found anywhere.
		found := false
		for _, w := range rw {
			if w == pw[len(pw)-1] {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	have := map[string]bool{}
	for _, w := range rw {
		have[strings.TrimSuffix(w, "'s")] = true
	}
	for _, w := range pw {
		w = strings.TrimSuffix(w, "'s")
		if !have[w] && !determiners.has(w) && w != "former" {
			return false
		}
	}
	return true
}

// locatives attaches place mentions of capitals ("in Tirana") as aliases of
// their country when the country is an actor.
func (x *extractor) locatives() {
	byName := map[string][]*actor{}
	for c, a := range x.byCountry {
		byName[c.name] = append(byName[c.name], a)
	}
	for si := range x.mentions {
		for k, m := range x.mentions[si] {
			if m.kind != mLocative {
				continue
			}
			for _, a := range byName[m.role] {
				a.addAlias(m.surface)
				x.mentions[si][k].act = a
			}
		}
	}
}
