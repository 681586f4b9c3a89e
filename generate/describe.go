package generate

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/brief-team/brief/briefings"
)

// possessives open a description that belongs to something named before.
var possessives = words(`its their his her our`)

// placePreps come before places, not people.
var placePreps = words(`in near at outside inside across`)

// positionWords place a person in a picture: "X, left, and Y".
var positionWords = words(`left right centre center second third front back top bottom`)

// officeBefore finds the title word of a capitalized office ending at
// token i ("Foreign Secretary", "Minister of Territorial Administration",
// "Regional Director for the East"), looking back over capitalized words
// and the small words of a title; -1 when there is none.
func officeBefore(toks []token, i int) int {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		l := toks[k].lower()
		if titleWords.has(l) && !nameTitles.has(l) && toks[k].upper() {
			return k
		}
		if !isCapTok(toks[k]) && l != "of" && l != "for" && l != "the" && l != "and" {
			return -1
		}
	}
	return -1
}

// roleStart extends a role backwards over lower-case modifiers ("former"),
// a country possessive ("Iran's") and hyphenated prefixes.
func (x *extractor) roleStart(si, a int) int {
	toks := x.sents[si].toks
	i := a
	for k := 0; k < 3 && i > 0; k++ {
		p := toks[i-1]
		l := p.lower()
		if p.kind == tWord && (l == "former" || l == "then" || l == "acting" || l == "deputy" || l == "outgoing" || l == "incoming" || l == "interim" || l == "late" || l == "ex" || l == "current" || l == "new") {
			i--
			continue
		}
		if l == "'s" && i >= 2 {
			if cn := countryAtEnd(toks, i-1); cn > 0 {
				i = i - 1 - cn
				continue
			}
		}
		break
	}
	return i
}

// postDescriptors may follow an organization's name as its description.
var postDescriptors = words(`agency broadcaster newspaper daily outlet group firm company website tabloid militia movement
	union board party faction`)

// postDescriptor reads "state news agency" right after an organization's
// name: lower-case words ending in an organization noun.
func (x *extractor) postDescriptor(si, b int) string {
	toks := x.sents[si].toks
	i := b
	for i < len(toks) && i-b < 4 && toks[i].kind == tWord && !toks[i].upper() && !stopAfterHead.has(toks[i].lower()) {
		i++
	}
	if i == b || !postDescriptors.has(toks[i-1].lower()) {
		return ""
	}
	if i < len(toks) && toks[i].kind == tWord && !stopAfterHead.has(toks[i].lower()) {
		return ""
	}
	return x.text(si, b, i)
}

// personRanks rank a post among its holders: a word a firm's kind never
// takes ("lead developer", "senior operator").
var personRanks = words(`lead senior junior principal chief head deputy assistant`)

// descriptorBefore reads a description right before a name: "cybersecurity
// firm Mandiant", "his Turkish counterpart, Mevlut Cavusoglu", "Albania's
// former police director, Gledis Nano". It returns the role, the actor type
// it implies and where the role starts.
func (x *extractor) descriptorBefore(si, a int) (string, string, int) {
	toks := x.sents[si].toks
	i := a
	comma := false
	if i > 0 && toks[i-1].n == "," {
		comma = true
		i--
	}
	end := i
	// "the Foreign Secretary, Helen Caldwell", "Gibraltar's Chief
	// Minister, Nicholas Olivero": a capitalized office in apposition.
	if comma && i > 0 && toks[i-1].kind == tWord && toks[i-1].upper() && officeBefore(toks, i) >= 0 {
		if s := officeStart(toks, i); s >= 0 {
			x.countriesIn(si, s, end)
			return x.text(si, s, end), briefings.ActorPerson, s
		}
		return "", "", a
	}
	if i == 0 || toks[i-1].kind != tWord || toks[i-1].upper() {
		return "", "", a
	}
	head := toks[i-1].lower()
	typ := ""
	// "A spokesman for the group, Yahya Saree": ROLE for|of|at the NOUN.
	if comma && !roleHeads.has(head) {
		if s := roleForBody(toks, i); s >= 0 {
			return x.text(si, s, end), briefings.ActorPerson, s
		}
	}
	switch {
	case roleHeads.has(head):
		typ = briefings.ActorPerson
	case i >= 2 && personRanks.has(toks[i-2].lower()) && isOrgDescriptor(head):
		// "Its lead developer, Mateo Ruiz": a firm's kind ranked as a
		// post is a person's job ("property developer Harwell Estates"
		// stays a firm).
		typ = briefings.ActorPerson
	case !comma && strings.HasSuffix(head, "s") && roleHeads.has(strings.TrimSuffix(head, "s")) && !isDateWord(toks, a) && indexWord(toks, a+1, min(a+8, len(toks)), "and") > 0:
		// "foreign ministers Serik Aimakhanov of Kazakhstan and
		// Kubanychbek Osmonkulov of Kyrgyzstan": a role of several, before
		// the first of the names it lists ("leaders Brest Armorique's
		// unbeaten run" lists none).
		typ = briefings.ActorPerson
	case isOrgDescriptor(head) && (!comma || i >= 2 && possessives.has(toks[i-2].lower()) || i >= 3 && possessives.has(toks[i-3].lower())):
		// With a comma only after a possessive: "Its Athens-based
		// operator, Delos Maritime".
		typ = briefings.ActorOrganization
		if i >= 2 && toks[i-2].lower() == "to" {
			return "", "", a // "plans to station UK Border Force officers"
		}
	default:
		return "", "", a
	}
	start := x.roleStartBefore(si, i-1, typ, comma)
	if comma {
		// "X, NAME" is an apposition only after a determiner, a
		// possessive or a clause boundary; "Iran, Iraq" is a list.
		if start > 0 {
			p := toks[start-1].lower()
			if !determiners.has(p) && !(p == "," || p == "\"" || p == "between" || p == "with" || p == "and" || p == "by" || p == "from" || p == "to" || p == "of" || p == "said" || p == "told") {
				return "", "", a
			}
		}
	}
	x.countriesIn(si, start, end)
	return x.text(si, start, end), typ, start
}

// roleStartBefore extends a role whose head is at token start backwards
// over its modifiers (at most four steps): lower-case words, a country's
// adjective, an owner's possessive ("Iran's", "employers'", "The group's",
// "Labour's", which also records Labour as a body), or the capitalized
// body a person speaks for ("Kremlin spokesman").
func (x *extractor) roleStartBefore(si, start int, typ string, comma bool) int {
	toks := x.sents[si].toks
	for k := 0; k < 4 && start > 0; k++ {
		p := toks[start-1]
		l := p.lower()
		if l == "'" || l == "’" {
			// A plural possessive, "employers' group", takes its owner;
			// a lone quotation mark ends the role.
			if start >= 2 && toks[start-2].kind == tWord && strings.HasSuffix(toks[start-2].lower(), "s") {
				start -= 2
			}
			break
		}
		// "Warhol photographed disco club owner X": a verb after its
		// subject ends the role.
		// "Stade Atlantique have signed Brazilian striker X": and after
		// an auxiliary.
		if strings.HasSuffix(l, "ed") && !strings.Contains(l, "-") && start >= 2 && (isCapTok(toks[start-2]) || personPronouns.has(toks[start-2].lower()) || groupPronouns.has(toks[start-2].lower()) ||
			wordIs(toks, start-2, "have", "has", "had", "was", "were", "been")) {
			break
		}
		// "The bank's president and chief executive, Hiroshi Tanabe": two
		// offices joined.
		if l == "and" && start >= 2 && roleHeads.has(toks[start-2].lower()) {
			start--
			continue
		}
		// "critics like immigration barrister X": a preposition ends it
		// ("of" joins one: "chief of staff").
		if l != "of" && prepositions.has(l) {
			break
		}
		if p.kind == tWord && (!p.upper() || placeCompound(p.n)) && !determiners.has(l) && !stopAfterHead.has(l) && !locatives.has(l) && l != "'s" {
			start--
			// "the Tel Aviv-based firm": the place's other words too.
			for n := 0; n < 2 && placeCompound(p.n) && start > 0 && isCapTok(toks[start-1]) && !determiners.has(toks[start-1].lower()); n++ {
				start--
			}
			continue
		}
		if p.kind == tWord && p.upper() {
			if cn := countryAtEnd(toks, start); cn > 0 {
				f, _ := countryFormAt(toks, start-cn)
				if f.kind == cmAdj {
					start -= cn
					continue
				}
			}
		}
		if l == "'s" {
			if cn := countryAtEnd(toks, start-1); cn > 0 {
				start = start - 1 - cn
			} else if start >= 3 && toks[start-2].kind == tWord && !toks[start-2].upper() && determiners.has(toks[start-3].lower()) {
				// "The group's political leader, Ismail Haniyeh"
				start -= 2
			} else if start >= 2 && isCapTok(toks[start-2]) {
				// "Labour's shadow home secretary": the possessor is an
				// organization.
				pe := start - 1
				ps := pe
				for ps > 0 && pe-ps < 4 && isCapTok(toks[ps-1]) {
					ps--
				}
				// Not a person's: "Perić's lawyer, Tomislav Jurić", "Mr.
				// Pruitt's former business partner, Ray Ostrander".
				titled := maleTitles.has(toks[ps].lower()) || femaleTitles.has(toks[ps].lower())
				if !x.covered(si, ps, pe) && typ == briefings.ActorPerson && !titled && (pe-ps != 1 || x.bySurname(toks[ps].lower(), x.doc(si)) == nil) {
					x.org(si, ps, pe, make([]bool, len(toks)))
				}
				start = ps
			}
		} else if p.kind == tWord && p.upper() && typ == briefings.ActorPerson && !comma {
			// "Kremlin spokesman Dmitry Peskov", "White House spokesman".
			ps := start
			for ps > 0 && start-ps < 3 && isCapTok(toks[ps-1]) && countryAt(toks, ps-1) == 0 {
				ps--
			}
			// "Vietnamese Communist Party chief": a country adjective
			// may open the body's name.
			if cn := countryAtEnd(toks, ps); cn > 0 && ps < start {
				if f, _ := countryFormAt(toks, ps-cn); f.kind == cmAdj {
					ps -= cn
				}
			}
			if ps == 0 || !isCapTok(toks[ps-1]) {
				start = ps
			}
		}
		break
	}
	return start
}

// officeStart is where a capitalized office in apposition ending before
// the comma at token i begins, back to its title word and over an owner's
// possessive: "the Foreign Secretary, Helen Caldwell", "Chad's Minister
// of Territorial Administration, Mahamat Yaya". It is -1 when the office
// does not open a phrase.
func officeStart(toks []token, i int) int {
	s := officeBefore(toks, i)
	for s > 0 && i-s < 10 && isCapTok(toks[s-1]) && !isDateWord(toks, s-1) {
		s--
	}
	if s >= 2 && toks[s-1].n == "'s" && isCapTok(toks[s-2]) {
		s -= 2
	}
	if s == 0 || determiners.has(toks[s-1].lower()) || toks[s-1].kind == tPunct || toks[s-1].kind == tDQ {
		return s
	}
	return -1
}

// roleForBody finds a role that names the body it is for before the comma
// at token i, "A spokesman for the group, Yahya Saree" (ROLE for|of|at the
// NOUN), and returns where it starts, or -1.
func roleForBody(toks []token, i int) int {
	for k := i - 2; k >= 1 && k >= i-5; k-- {
		l := toks[k].lower()
		if (l == "for" || l == "of" || l == "at") && roleHeads.has(toks[k-1].lower()) {
			s := k - 1
			if s > 0 && determiners.has(toks[s-1].lower()) {
				s--
			}
			if s == 0 || toks[s-1].kind == tPunct || toks[s-1].kind == tDQ {
				return s
			}
			return -1
		}
		if toks[k].kind != tWord || toks[k].upper() && !determiners.has(l) {
			return -1
		}
	}
	return -1
}

// descriptorAfter reads an apposition after a name: ", the British
// ambassador in Tirana," / ", a cybersecurity firm,".
func (x *extractor) descriptorAfter(si, b int) (string, string) {
	toks := x.sents[si].toks
	if ageAfter(toks, b) {
		b += 2 // "Giovanna Rossi, 67, a resident of Faenza"
	}
	if acronymAt(toks, b) {
		b += 3 // "The Rapid Support Forces (RSF), a paramilitary group,"
	} else if e := glossAt(toks, b); e > b {
		b = e // "Ahorradores Juntos (Savers Together), the association"
	}
	if b >= len(toks) || toks[b].n != "," {
		return "", ""
	}
	i := b + 1
	start := i
	for i < len(toks) && i-start < 12 {
		t := toks[i]
		if (t.kind == tPunct || t.kind == tDQ) && !(t.n == "'" && i > start && t.start == toks[i-1].end && strings.HasSuffix(toks[i-1].lower(), "s")) {
			break
		}
		i++
	}
	if i == start {
		return "", ""
	}
	lastHead := appositionHead(toks, start, i)
	if lastHead < 0 {
		return "", ""
	}
	// "the Croucher Foundation, US National Science Foundation, and US
	// National Park Service": a name after the comma, no article before
	// it, is the next of a list, not a description.
	// A role in capitals is a description still ("Helen Ashby, Director
	// of Operations at the NCSC-UK").
	if isCapTok(toks[start]) && !determiners.has(toks[start].lower()) && isCapTok(toks[lastHead]) && !roleHeads.has(toks[lastHead].lower()) && !titleWords.has(toks[lastHead].lower()) {
		return "", ""
	}
	end := i
	// A relative clause is not part of the role: "a resident of Faenza
	// whose ground floor was flooded".
	for j := lastHead + 1; j < end; j++ {
		if relativeWords.has(toks[j].lower()) {
			end = j
			break
		}
	}
	// Nor is a participle's clause: "an athletes' group founded two years
	// ago by players".
	if l := toks[min(lastHead+1, len(toks)-1)].lower(); lastHead+1 < end && len(l) > 4 && strings.HasSuffix(l, "ed") && wordIs(toks, start, "a", "an") {
		end = lastHead + 1
	}
	// "..., a spokesperson for the commission said": a clause with its own
	// subject, not a description of the name before it.
	// Only a finite verb makes a clause: "the state news agency" is not
	// one ("state" is also a verb).
	for j := start; j < end; j++ {
		if l := toks[j].lower(); speechVerb(l) && (l == "said" || l == "told" || strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "s")) {
			return "", ""
		}
	}
	l := toks[lastHead].lower()
	typ := briefings.ActorPerson
	// "a Franklin real estate developer who gave ...": "who" says a
	// person, whatever the head. "Dáil Éireann, the lower house of the
	// Irish parliament": a house of a parliament is a body
	// (appositionHead reads it as a head only so).
	if (orgDescriptors.has(l) || l == "house") && !roleHeads.has(l) && !wordIs(toks, lastHead+1, "who", "whom") {
		typ = briefings.ActorOrganization
	}
	x.countriesIn(si, start, end)
	return x.text(si, start, end), typ
}

// glossAt returns the index after a name's gloss in brackets at token b,
// capitalized words only ("(Savers Together)"), or b.
func glossAt(toks []token, b int) int {
	if b >= len(toks) || toks[b].n != "(" {
		return b
	}
	for k := b + 1; k < len(toks) && k <= b+5; k++ {
		if toks[k].n == ")" {
			if k > b+1 {
				return k + 1
			}
			return b
		}
		if toks[k].kind != tWord || !isCapTok(toks[k]) {
			return b
		}
	}
	return b
}

// appositionHead reads the phrase of an apposition, tokens [start,i):
// [det] [Country's|adj] modifiers HEAD... [prep phrase], and returns the
// index of its head noun ("ambassador", "firm", "mother"), or -1 when the
// words are not such a phrase.
func appositionHead(toks []token, start, i int) int {
	k := start
	if determiners.has(toks[k].lower()) && toks[k].lower() != "this" && toks[k].lower() != "that" {
		k++
	}
	lastHead := -1
	for ; k < i; k++ {
		l := toks[k].lower()
		// "a volunteer group that has lobbied for kelp restoration": a
		// relative clause after the head ends the description.
		// "a group founded two years ago by players": so does a
		// participle's.
		// Not "the same group gained access": after "the", a verb in
		// "-ed" is as likely the clause's own.
		// "the carmaker owned by Carrow Motor Company": whose a firm is
		// ends it too.
		if lastHead >= 0 && lastHead == k-1 && (relativeWords.has(l) || len(l) > 4 && strings.HasSuffix(l, "ed") && toks[k].kind == tWord && (wordIs(toks, start, "a", "an") || ownedWords.has(l))) {
			break
		}
		// "an athletes' group": a plural's possessive is a modifier.
		if toks[k].n == "'" && k > start && strings.HasSuffix(toks[k-1].lower(), "s") && toks[k].start == toks[k-1].end {
			continue
		}
		if lastHead >= 0 && (l == "of" || l == "in" || l == "at" || l == "for" || l == "to" || l == "with" || l == "from" || l == "on") {
			if lastHead != k-1 {
				return -1
			}
			break
		}
		if roleHeads.has(l) || orgDescriptors.has(l) || humanHeads.has(l) || l == "house" && wordIs(toks, k-1, "lower", "upper") {
			lastHead = k
			continue
		}
		// "a 34-year-old mother of five": an age is a modifier.
		if toks[k].kind == tWord && !toks[k].upper() && !stopAfterHead.has(l) && l != "who" || toks[k].kind == tNum && strings.HasSuffix(l, "-old") {
			continue
		}
		if l == "'s" || countryAt(toks, k) > 0 {
			continue
		}
		if toks[k].upper() && k+1 < i && toks[k+1].n == "'s" {
			continue
		}
		// A body's name before the head: "the WHO representative in
		// Yemen", "the White House press secretary".
		if toks[k].upper() && toks[k].kind == tWord && lastHead < 0 && k > start {
			continue
		}
		return -1
	}
	if lastHead < 0 || k == i && lastHead != i-1 {
		return -1
	}
	return lastHead
}

// orgHeadBefore looks back from token from, over at most n more tokens,
// for a noun naming a kind of body ("group", "company"), stopping at a
// token stop accepts; it returns the noun's index or -1.
func orgHeadBefore(toks []token, from, n int, stop func(token) bool) int {
	for k := from; k >= 0 && k >= from-n; k-- {
		if l := toks[k].lower(); orgDescriptors.has(l) && !roleHeads.has(l) {
			return k
		}
		if stop(toks[k]) {
			return -1
		}
	}
	return -1
}

// namingWords introduce a name after a description.
var namingWords = words(`itself themselves as called named dubbed`)

// relativeWords open a relative clause.
var relativeWords = words(`who whose whom which that where when while`)

// ageAfter says the name ending before token b is followed by an age
// apposition: ", 67,".
func ageAfter(toks []token, b int) bool {
	if b+2 >= len(toks) || toks[b].n != "," || toks[b+1].kind != tNum || toks[b+2].n != "," {
		return false
	}
	n, err := strconv.Atoi(toks[b+1].n)
	return err == nil && n > 0 && n < 120
}

// personEvidence says an unexplained capitalized pair is a person: a given
// name first, a reporting verb or "who" after it.
func (x *extractor) personEvidence(si, a, b int) bool {
	toks := x.sents[si].toks
	for i := a; i < b; i++ {
		// `Margaret "Peggy" Dunstable`: a nickname's quotation marks.
		if (toks[i].kind == tDQ || toks[i].kind == tSQOpen) && nicknameAt(toks, i) {
			i += 2
			continue
		}
		if toks[i].kind != tWord || isAllCaps(toks[i].s) && len(toks[i].s) > 1 {
			return false
		}
	}
	if a > 0 && (toks[a-1].lower() == "a" || toks[a-1].lower() == "an") {
		return false // "a Virginia Democrat": a description, not a name
	}
	// "a mother from El Geneina, who ...": after a preposition of place, a
	// place ("a letter from John Smith" has a given name).
	if a > 0 && (placePreps.has(toks[a-1].lower()) || toks[a-1].lower() == "from" && !givenNames.has(toks[a].lower())) {
		return false
	}
	for i := a; i < b; i++ {
		if notNameWords.has(toks[i].lower()) {
			return false
		}
	}
	// "Capitol Hill" is a place; "Marcus Hill, a parent, said" a person.
	if placeWords.has(toks[b-1].lower()) && !(x.personContext(si, a, b) && b < len(toks) && toks[b].n == "," && (b+1 >= len(toks) || !relativeWords.has(toks[b+1].lower()))) {
		return false
	}
	return knownGivenName(toks[a].lower()) || syllableName(toks, a, b) || x.personContext(si, a, b)
}

// syllableName says [a,b) is a Chinese or Korean name as English news
// writes it: a short family name, then a given name of two syllables
// joined by a hyphen ("Kwok Wai-keung", "Lau Siu-lai", "Kim Shin-Wook").
// No list of given names holds them.
func syllableName(toks []token, a, b int) bool {
	if b-a != 2 || len(toks[a].n) > 5 || !toks[a].upper() {
		return false
	}
	first, second, ok := strings.Cut(toks[a+1].n, "-")
	return ok && syllable(first) && syllable(second)
}

// syllable is one romanized syllable of a name: a capital, or a lower-case
// letter after a hyphen, and at most five lower-case letters.
func syllable(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for i, r := range s {
		if r > unicode.MaxASCII || !unicode.IsLetter(r) || i > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// namedOwner says a name in the possessive opens at token i, "IG
// Metall's", "Vossberg's": up to four capitalized words, then "'s".
func namedOwner(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+5; k++ {
		if toks[k].n == "'s" || toks[k].n == "’s" {
			return k > i
		}
		if !isCapTok(toks[k]) {
			return false
		}
	}
	return false
}

// memberCues end the names of bodies people are members of.
var memberCues = words(`party union league alliance front movement caucus congress`)

// personContext says the words around [a,b) treat it as a person: an age,
// a reporting verb, "who".
func (x *extractor) personContext(si, a, b int) bool {
	toks := x.sents[si].toks
	// News gives a person's age after the name: "Giovanna Rossi, 67,".
	if ageAfter(toks, b) {
		return true
	}
	// A quotation's reporting clause: `"...," said Giovanna Rossi`.
	if a >= 2 && speechVerb(toks[a-1].lower()) && (toks[a-2].n == "," || toks[a-2].kind == tDQ) && (b == len(toks) || toks[b].kind == tPunct) {
		return true
	}
	i := b
	if i < len(toks) && (toks[i].lower() == "also" || toks[i].lower() == "later" || toks[i].lower() == "has" || toks[i].lower() == "had") {
		i++
	}
	if i < len(toks) && (speechVerb(toks[i].lower()) || toks[i].lower() == "who") {
		return true
	}
	if i+1 < len(toks) && toks[i].n == "," && toks[i+1].lower() == "who" {
		return true
	}
	// A caption's "X, left, and Y"; "X, a 34-year-old mother of five".
	if i+2 < len(toks) && toks[i].n == "," && (positionWords.has(toks[i+1].lower()) && (toks[i+2].n == "," || toks[i+2].n == ")") ||
		determiners.has(toks[i+1].lower()) && strings.HasSuffix(toks[i+2].lower(), "-year-old")) {
		return true
	}
	// "Marcus Hill, a Hawthorne parent and PTA treasurer, said", "Bernd
	// Stolzenburg, IG Metall's district leader in Hesse, who met ...": a
	// name and an apposition about a person before a verb or "who".
	if i+1 < len(toks) && toks[i].n == "," && (determiners.has(toks[i+1].lower()) || namedOwner(toks, i+1)) {
		human := false
		for c := i + 1; c < len(toks) && c < i+24; c++ {
			if l := toks[c].lower(); humanHeads.has(l) || roleHeads.has(l) {
				human = true
			}
			if toks[c].n == "," {
				if human && c+1 < len(toks) && (speechVerb(toks[c+1].lower()) || toks[c+1].lower() == "who") {
					return true
				}
				break
			}
		}
	}
	// "Cyd Ho from the Labour Party", "Eunice Yung of the Civic Party": a
	// member of a party or union, named by its cue word.
	if i+2 < len(toks) && (toks[i].lower() == "from" || toks[i].lower() == "of") && toks[i+1].lower() == "the" && b-a >= 2 {
		e := i + 2
		for e < len(toks) && e < i+7 && isCapTok(toks[e]) {
			e++
		}
		if e > i+2 && memberCues.has(toks[e-1].lower()) {
			return true
		}
	}
	// "Piotr Grabczyk of Poland, who finished fourth", "Anna Berg of
	// Sweden said": where a person is from, then what a person does.
	if b-a >= 2 && i+1 < len(toks) && toks[i].lower() == "of" {
		if c := countryAt(toks, i+1); c > 0 {
			e := i + 1 + c
			if wordIs(toks, e, ",") && wordIs(toks, e+1, "who") || e < len(toks) && speechVerb(toks[e].lower()) {
				return true
			}
		}
	}
	// "..., Yahya Saree, said": a name closing an apposition before a verb.
	if a > 0 && toks[a-1].n == "," && i+1 < len(toks) && toks[i].n == "," && speechVerb(toks[i+1].lower()) {
		return true
	}
	return x.nationalsName(si, a, b) || x.parallelPerson(si, a, b)
}

// parallelPerson says [a,b), followed by "of", is joined by "and" to a
// person and the place or body that person is "of": "Serik Aimakhanov of
// Kazakhstan and Kubanychbek Osmonkulov of Kyrgyzstan".
func (x *extractor) parallelPerson(si, a, b int) bool {
	toks := x.sents[si].toks
	if b-a < 2 || !wordIs(toks, a-1, "and") || !wordIs(toks, b, "of") {
		return false
	}
	for k := a - 2; k >= 1 && k >= a-6; k-- {
		if wordIs(toks, k, "of") {
			m, ok := x.mentionEndingAt(si, k)
			return ok && m.kind == mPerson && m.act != nil
		}
		if !isCapTok(toks[k]) && !wordIs(toks, k, "the") {
			return false
		}
	}
	return false
}

// winVerb says t is a verb in the past or the present that news gives
// what a person did, after the name: "was third", "won", "finished",
// "cleared".
func winVerb(t token) bool {
	l := t.lower()
	return t.kind == tWord && !t.upper() && (strings.HasSuffix(l, "ed") && len(l) > 4 || pastVerbs.has(l) || deedVerbs.has(l))
}

// deedVerbs, after a name, tell what its person did or does.
var deedVerbs = words(`was is has had won wins beat beats ran runs threw throws took takes set led leads`)

// eventNameWords name contests, prizes and wars, which a country's name
// or adjective opens as it opens a person's: "the Spanish Grand Prix",
// "Britain's Open Championship".
var eventNameWords = words(`grand prix open cup games championship championships derby classic trophy award awards
	prize festival war revolution olympics league series tour rally marathon final finals masters`)

// nationalsName says [a,b), two or three words, is named by the country
// it follows the way wires name sportspeople and officials: "Norway's
// Sondre Haugland was third", "ahead of Briton Darren Oyelaran (10.11)";
// not a contest's name ("the Spanish Grand Prix"), and not before "'s" or
// another capital.
func (x *extractor) nationalsName(si, a, b int) bool {
	toks := x.sents[si].toks
	if b-a < 2 || b-a > 3 || a < 1 {
		return false
	}
	for k := a; k < b; k++ {
		if !isCapTok(toks[k]) || isAllCaps(toks[k].s) || eventNameWords.has(toks[k].lower()) || commonCapitalized.has(toks[k].lower()) {
			return false
		}
	}
	if b < len(toks) && (toks[b].n == "'s" || toks[b].n == "’s" || isCapTok(toks[b])) {
		return false
	}
	end := a // where the country's words must end
	switch {
	case wordIs(toks, a-1, "'s", "’s") && b < len(toks) && winVerb(toks[b]):
		end = a - 1
	case nationalNoun(toks[a-1].lower()):
	default:
		// "the Canadian Auto Workers", "Japan's Penal Code": a country's
		// adjective or possessive before a thing's name.
		return false
	}
	for k := end - 1; k >= 0 && k >= end-3; k-- {
		if n := x.countryAt(si, k); n > 0 {
			return k+n == end
		}
	}
	return false
}

// ownedWords say whose or where a firm is after its description: "the
// carmaker owned by Carrow Motor Company".
var ownedWords = words(`owned controlled based headquartered listed`)
