package generate

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/generate/ner"
)

// Mention kinds.
const (
	mPerson = iota
	mOrg
	mCountry  // country name or adjective
	mCapital  // a capital standing for its government
	mLocative // a capital as a place ("in Tirana"): an alias, not an actor on its own
	mRole     // a role without a name ("Iran's foreign minister says")
)

// mention is one place a sentence names an actor: tokens [a,b) of sentence
// sent.
type mention struct {
	sent, a, b int
	kind       int
	act        *actor
	role       string // mRole: the role phrase
	roleHead   string // mRole: its head noun
	surface    string // the text as written
}

// actor is an actor being built.
type actor struct {
	id      int    // order of creation, which lookups keep
	name    string // set by extractor.setName
	norm    string // normName(name)
	indexed bool   // listed in the organization indexes
	typ     string
	role    string
	aliases []string
	seen    map[string]bool // normalised name and aliases
	docs    map[int]bool
	first   int // order of first mention
	country *country
	tokens  []string // person: name tokens, lower case
	// titled: person: the genders of the titles the text gave them so far
	// (titleMale, titleFemale; see person).
	titled byte
}

// The bits of actor.titled.
const (
	titleMale byte = 1 << iota
	titleFemale
)

// titleGender is the bit of actor.titled the title before token a of toks
// gives ("Mr" titleMale, "Mrs" titleFemale), else 0.
func titleGender(toks []token, a int) byte {
	if a == 0 {
		return 0
	}
	switch l := toks[a-1].lower(); {
	case maleTitles.has(l):
		return titleMale
	case femaleTitles.has(l):
		return titleFemale
	}
	return 0
}

// otherGender says person act is known as of the other gender than title
// bit g: titled so before, or by a given name of the lists.
func (act *actor) otherGender(g byte) bool {
	if act.titled&^g != 0 {
		return true
	}
	if len(act.tokens) < 2 {
		return false
	}
	return g == titleMale && femaleNames.has(act.tokens[0]) && !maleNames.has(act.tokens[0]) ||
		g == titleFemale && maleNames.has(act.tokens[0]) && !femaleNames.has(act.tokens[0])
}

// body says the actor is a body that speaks as one: an organization, or
// an armed group or threat actor (whose statements are its own).
func (a *actor) body() bool {
	return a.typ == briefings.ActorOrganization || a.typ == briefings.ActorGroup
}

// asciiNormName is normName of an ASCII s, in one pass and one allocation
// at most, none when the key is s: the extractor asks the key of every
// name it meets, and normName's steps read it four times (a third of its
// time went; throughput is a requirement: 1 MB/s per core). It says false
// for any other s. ASCII has nothing to straighten, and its white space
// is these five bytes and the space.
func asciiNormName(s string) (string, bool) {
	var stack [64]byte
	b, ok := appendASCIINormName(stack[:0], s)
	if !ok {
		return "", false
	}
	if string(b) == s {
		return s, true
	}
	return string(b), true
}

// normNameLookup is normName(s) for a map lookup, m[string(k)], which
// makes no string: an ASCII s is keyed in buf. Most of normName's calls
// look a name up, and most names are ASCII.
func normNameLookup(buf []byte, s string) []byte {
	if b, ok := appendASCIINormName(buf[:0], s); ok {
		return b
	}
	return append(buf[:0], normName(s)...)
}

// appendASCIINormName appends asciiNormName(s) to b, which is empty: the
// tagger's name key, which is the generator's for ASCII names.
func appendASCIINormName(b []byte, s string) ([]byte, bool) {
	return ner.AppendASCIINameKey(b, s)
}

func (a *actor) addAlias(s string) {
	s = strings.TrimSpace(s)
	var buf [64]byte
	k := normNameLookup(buf[:0], s)
	if len(k) == 0 || a.seen[string(k)] {
		return
	}
	a.seen[string(k)] = true
	a.aliases = append(a.aliases, s)
}

// normName is the matching key of a name: straight quotes, lower case, no
// leading article, no dots, single spaces.
func normName(s string) string {
	if k, ok := asciiNormName(s); ok {
		return k
	}
	s = strings.ToLower(straighten(s))
	s = strings.ReplaceAll(s, ".", "")
	s = collapseSpace(s)
	s = strings.TrimPrefix(s, "the ")
	return s
}

// extractor holds the actor state across all documents.
type extractor struct {
	// lowerWords are the words document lowerDoc writes in lower case
	// (shouted), read on first need. One document's only: run asks in
	// sentence order, and a map kept for every document held as many
	// words as the input until the run ended (peak heap; throughput is a
	// requirement: 1 MB/s per core).
	lowerWords map[string]bool
	lowerDoc   int
	// bodyNames are the runs of capitals (and their parts of up to six
	// words) that document bodyDoc writes outside title-case lines, read
	// on first need, one document's only, as lowerWords.
	bodyNames map[string]bool
	bodyDoc   int

	sents []sentence
	// countries holds countryAt of each token, by sentence, plus one (0:
	// not worked out yet); see countryAt. tokenAt is where each sentence's
	// tokens start in it.
	countries []int8
	tokenAt   []int
	// nameSpans are each sentence's runs of capitalized words (capSpans),
	// found once, by findIndexNames: the index names and the actors both
	// read them.
	nameSpans  [][]span
	actors     []*actor
	byKey      map[string]*actor // normalised name or alias -> actor
	byCountry  map[*country]*actor
	mentions   [][]mention // per sentence
	roles      []pendingRole
	employers  []pending // bodies named before a corporate title (employerBeforeTitle)
	order      int
	quoted     [][]bool        // per sentence and token: inside a quotation (markQuoted)
	paraQuotes map[int][]quote // a paragraph's quotations, by its first sentence (markQuoted)
	// saidIn is the speaker attributed to the quotation a sentence holds,
	// by sentence, as quotes resolves them in order: `"...," he said.
	// ¶ He added` goes on in the voice that "he" was read as.
	saidIn map[int]string
	// innerQuotes: the quotations inside a paragraph's, by its first
	// sentence (markQuoted).
	innerQuotes map[int][]innerQuote

	byWord       [][]mentionPos          // mentions by the words of their actor's name and role, by wordID (lastMentionWith)
	wordID       map[string]int32        // the words of byWord
	orgs         orgIndexes              // organizations by name, word prefix, initials
	stop         *stopper                // ends the run when the generation is cancelled
	tagged       [][]taggedName          // per sentence: the tagger's people and organizations (tagDocs)
	surnames     actorIndex              // people by last name token
	paternal     actorIndex              // people by a first family name before the last (paternalName)
	nearSurnames actorIndex              // people by their surname's first letter and length (nearKey)
	familyFirst  actorIndex              // people of three or more name tokens, by the first
	indexNames   map[int]map[string]bool // per document: names used as a market index (findIndexNames)
	firstOfTwo   actorIndex              // people of two name tokens, by the first
	genders      map[*actor]byte         // people the text gives a gendered title (genderOf)
	sportsDocs   map[int]bool            // documents that report team sport (sportsDoc)
	// defined holds, for the document definedDoc, the acronyms it spells
	// out in brackets after a name (definedAcronym), read on first need.
	defined    map[string]bool
	definedDoc int
	// terms holds, for the same document, the acronyms it spells out
	// for a thing in lower case: "Crimean-Congo haemorrhagic fever
	// (CCHF)".
	terms      map[string]bool
	scoreSents []bool // per sentence: it holds a score, "3-1" (sportsDoc)

	// traceRule, when set, is told the name of each span or speaker rule
	// that decides and the text it decided on (tests: which rule read it).
	traceRule func(rule, text string)
}

// countryAt is countryAt(x.sents[si].toks, i), worked out once per token:
// the passes and span rules ask it of the same capitalized words many
// times over (seven on average), and working it out each time was 3% of
// the generator's time (throughput is a requirement: 1 MB/s per core).
func (x *extractor) countryAt(si, i int) int {
	toks := x.sents[si].toks
	if i >= len(toks) {
		return 0
	}
	if x.tokenAt == nil {
		x.tokenAt = make([]int, len(x.sents)+1)
		for k, s := range x.sents {
			x.tokenAt[k+1] = x.tokenAt[k] + len(s.toks)
		}
		x.countries = make([]int8, x.tokenAt[len(x.sents)])
	}
	c := &x.countries[x.tokenAt[si]+i]
	if *c == 0 {
		*c = int8(countryAt(toks, i)) + 1 // at most maxCountryWords
	}
	return int(*c) - 1
}

func newExtractor(sents []sentence) *extractor {
	return &extractor{
		sents: sents, byKey: map[string]*actor{}, byCountry: map[*country]*actor{}, mentions: make([][]mention, len(sents)),
		orgs: newOrgIndexes(), surnames: actorIndex{}, paternal: actorIndex{}, nearSurnames: actorIndex{}, familyFirst: actorIndex{}, firstOfTwo: actorIndex{},
	}
}

// pending is a capitalized span not yet explained: it becomes a mention
// when it matches a known actor (a surname, an acronym), else it is dropped.
type pending struct{ sent, a, b int }

// pendingRole is a role named before its holder ("Iran's foreign minister
// says ... Hossein Amir-Abdollahian revealed ...").
type pendingRole struct {
	sent int
	role string
}

// text returns the original text of tokens [a,b) of sentence si.
func (x *extractor) text(si, a, b int) string {
	s := x.sents[si]
	if a >= b {
		return ""
	}
	return s.text[s.toks[a].start:s.toks[b-1].end]
}

func (x *extractor) doc(si int) int { return x.sents[si].doc }

// newActor returns the actor named key, creating it.
func (x *extractor) actorFor(name, typ string) *actor {
	k := normName(name)
	// "the Tories" after "the Conservatives": one party, whose other
	// names are its aliases.
	pk, party := partyForms()[k]
	party = party && (typ == briefings.ActorOrganization || typ == "")
	if a, ok := x.byKey[pk]; party && ok && a.typ == briefings.ActorOrganization {
		a.addAlias(name)
		x.byKey[k] = a
		return a
	}
	// A group is a body: later mentions that read as an organization's
	// ("Lazarus Group" with its cue word) are the same actor.
	if a, ok := x.byKey[k]; ok && (a.typ == typ || typ == "" || typ == briefings.ActorOrganization && a.typ == briefings.ActorGroup) {
		return a
	}
	ck := ""
	if typ == briefings.ActorOrganization {
		ck = countryBodyKey(name)
	}
	if a, ok := x.byKey[ck]; ok && ck != "" && a.typ == typ {
		if lastWordUpper(name) && !lastWordUpper(a.name) {
			// The body's proper name, "Lithuanian Navy", over "Lithuania's navy".
			old := a.name
			x.setName(a, name)
			name = old
			a.seen[k] = true
			a.aliases = append([]string{name}, a.aliases...)
		} else {
			a.addAlias(name)
		}
		x.byKey[k] = a
		return a
	}
	a := &actor{id: len(x.actors), typ: typ, seen: map[string]bool{k: true}, docs: map[int]bool{}, first: x.order}
	x.setName(a, name)
	x.order++
	x.actors = append(x.actors, a)
	x.byKey[k] = a
	if ck != "" {
		x.byKey[ck] = a
	}
	if party {
		x.byKey[pk] = a
	}
	return a
}

func lastWordUpper(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && unicode.IsUpper([]rune(f[len(f)-1])[0])
}

func (x *extractor) countryActor(c *country) *actor {
	if a, ok := x.byCountry[c]; ok {
		return a
	}
	a := &actor{id: len(x.actors), typ: briefings.ActorCountry, seen: map[string]bool{normName(c.name): true}, docs: map[int]bool{}, first: x.order, country: c}
	x.setName(a, c.name)
	x.order++
	x.actors = append(x.actors, a)
	x.byCountry[c] = a
	return a
}

func (x *extractor) add(m mention) {
	if m.surface == "" {
		m.surface = x.text(m.sent, m.a, m.b)
	}
	x.mentions[m.sent] = append(x.mentions[m.sent], m)
}

// run finds every mention in every sentence and builds the actors.
func (x *extractor) run() {
	x.tagDocs()
	x.findIndexNames()
	var pend []pending
	for si := range x.sents {
		x.stop.check()
		if x.sents[si].turn != "" {
			x.turnActor(si)
		}
		toks := x.sents[si].toks
		used := make([]bool, len(toks))
		titled := len(x.nameSpans[si]) > 0 && x.titleCased(si) // once per sentence, not per run
		for _, sp := range x.nameSpans[si] {
			if x.shouted(si, sp) {
				continue
			}
			// Leading common words capitalized at the start of a sentence
			// or a quotation are not part of a name.
			a := sp.a
			if x.countryAt(si, a) < sp.b-a {
				// "Per Arne Tvedt, 71, said": a name's opener before two
				// names is no common word.
				for a < sp.b && x.countryAt(si, a) == 0 && !(nameOpener(toks[a].n) && sp.b-a >= 3) && (determiners.has(toks[a].lower()) || placeCompound(toks[a].n) || (commonCapitalized.has(toks[a].lower()) || agentsOf(toks, a)) && (a == 0 || toks[a-1].kind != tWord && toks[a-1].kind != tNum) && !knownAcronym(toks[a].s)) {
					// "National Science Foundation officials said",
					// "(International Monetary Fund)": an adjective that
					// opens a body's name stays in it.
					if nameAdjectives.has(toks[a].lower()) && !determiners.has(toks[a].lower()) && hasOrgCue(toks, a+1, sp.b) {
						break
					}
					a++
				}
				// "Hong Kong-based Pacifica Orient Airways": a place of two
				// words made a describing compound.
				if a+2 < sp.b && isCapTok(toks[a]) && placeCompound(toks[a+1].n) {
					a += 2
				}
			}
			// "Martin Luther King, Jr. Day": a name's suffix after a comma
			// begins no name of its own.
			if a < sp.b && nameSuffixes.has(toks[a].lower()) {
				a++
			}
			// "Thirteen of the Security Council's members": a part of it.
			if a > sp.a && a < sp.b && toks[a].lower() == "of" && toks[a-1].kind == tWord && (commonCapitalized.has(toks[a-1].lower()) || agentsOf(toks, a-1)) {
				a++
				if a < sp.b && toks[a].lower() == "the" {
					a++
				}
			}
			// "elected a Fellow of the Royal Society", "an Honorary Member
			// of the Law Society": the body the fellow belongs to.
			for _, k := range []int{a, a + 1} {
				if k+2 < sp.b && wordIs(toks, k+1, "of") && fellowWords.has(toks[k].n) && (k == a || toks[a].n == "Honorary") && hasOrgCue(toks, k+2, sp.b) {
					a = k + 2
					if toks[a].lower() == "the" {
						a++
					}
					break
				}
			}
			// "Pro-Beijing councillors", "Anti-war protesters": a stance
			// is an adjective, not a name's first word (but "Anti-Defamation
			// League" is a body's name).
			if a < sp.b && stanceCompound(toks[a].n) && !hasOrgCue(toks, a, sp.b) {
				a++
			}
			// "Ann Chiang of DAB In the Kowloon West constituency": a
			// capitalized preposition or article that ends the run begins
			// a phrase (a caption or heading without its full stop), not a
			// part of the name. Title case only: "US" and "IT" are names.
			b := sp.b
			for b-1 > a && trailingFunctionWords.has(toks[b-1].n) && b < len(toks) && toks[b].kind == tWord && !toks[b].upper() {
				b--
			}
			// "Le Monde with AFP / Published on March 7", "Digital Team /
			// Updated: 7:42 PM": a byline's next line, joined to the name
			// before it.
			for b-1 > a && (toks[b-1].n == "Published" || toks[b-1].n == "Updated" || toks[b-1].n == "Posted") {
				b--
			}
			if a >= b {
				continue
			}
			// "Appeals Court Throws Out $48 Million Verdict Against
			// Chemical Maker": a title-case headline capitalizes every
			// word; its runs name someone only as the text outside such
			// lines writes them, the longest first ("Regulators Take
			// Control of Brazos Plains Savings Association").
			if titled {
				for i := a; i < b; {
					j := min(b, i+6)
					for j > i && !x.namedInBody(si, x.text(si, i, j)) {
						j--
					}
					if j == i {
						i++
						continue
					}
					if p, ok := x.classify(si, i, j, used); !ok {
						pend = append(pend, p)
					}
					i = j
				}
				continue
			}
			if p, ok := x.classify(si, a, b, used); !ok {
				pend = append(pend, p)
			}
		}
		x.lowerPatterns(si, used, &x.roles)
	}
	x.resolvePending(pend)
	x.resolveEmployers(pend)
	x.mergeBareHeads()
	x.mergeSurnames()
	x.mergeTypeClashes()
	x.mergeShortNames()
	x.mergeMiddleNames()
	x.assignPendingRoles(x.roles)
	x.armedGroups()
	x.groupsByDeed()
	x.locatives()
	x.platformsAsMedia()
	x.campaigns()
	x.mergeSameNames()
	for si, ms := range x.mentions {
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].a < ms[j].a })
		for _, m := range ms {
			if m.act != nil {
				m.act.docs[x.doc(si)] = true
			}
		}
	}
}

// campaigns records a candidate's campaign the text names ("the Dwyer
// campaign said", "Moreno campaign manager Dana Whitfield") as a body of
// its own, "Lowell Dwyer campaign", also known as the text names it: a
// campaign speaks, and a speaker is an actor of the text.
func (x *extractor) campaigns() {
	for si, ms := range x.mentions {
		toks := x.sents[si].toks
		for _, m := range ms {
			if m.kind != mPerson || m.act == nil || !wordIs(toks, m.b, "campaign") {
				continue
			}
			act := x.actorFor(m.act.name+" campaign", briefings.ActorOrganization)
			act.addAlias(x.text(si, m.a, m.b+1))
			x.add(mention{sent: si, a: m.a, b: m.b + 1, kind: mOrg, act: act})
		}
	}
}

// shouted says the run sp of sentence si is common words set in
// capitals ("A NEW virus ...", a release's "NEWS RELEASE"): every word of
// it is in capitals, and written in lower case elsewhere in the same
// document. An acronym is not a word the story writes in lower case.
func (x *extractor) shouted(si int, sp span) bool {
	toks := x.sents[si].toks
	words := 0
	for k := sp.a; k < sp.b; k++ {
		t := toks[k]
		if k == sp.a && determiners.has(t.lower()) {
			continue // "A NEW virus"
		}
		if t.kind != tWord || len(t.n) < 3 || !isAllCaps(t.n) || knownAcronym(t.n) {
			return false
		}
		words++
	}
	// One word alone only where a magazine sets its opening words in
	// capitals: "WHO" elsewhere is the body, "who" a pronoun.
	if words == 0 || words == 1 && sp.a > leadInEnd(toks)+1 {
		return false
	}
	lower := x.docLowerWords(si)
	for k := sp.a; k < sp.b; k++ {
		if !lower[toks[k].lower()] && !determiners.has(toks[k].lower()) {
			return false
		}
	}
	return true
}

// docLowerWords are the words the document of sentence si writes in
// lower case.
func (x *extractor) docLowerWords(si int) map[string]bool {
	if refill(&x.lowerWords, &x.lowerDoc, x.doc(si)) {
		a, b := x.docSents(si)
		for s := a; s < b; s++ {
			x.addLowerWords(x.lowerWords, s)
		}
	}
	return x.lowerWords
}

// refill empties *m for document doc and says so, unless it holds that
// document's already (*d says whose it holds): one document's at a time,
// as a map kept for every document would hold as much as the input.
func refill(m *map[string]bool, d *int, doc int) bool {
	if *m != nil && *d == doc {
		return false
	}
	if *m == nil {
		*m = map[string]bool{}
	}
	clear(*m)
	*d = doc
	return true
}

// docSents is the range [a,b) of the sentences of the document of
// sentence si.
func (x *extractor) docSents(si int) (a, b int) {
	doc := x.doc(si)
	a, b = si, si+1
	for a > 0 && x.doc(a-1) == doc {
		a--
	}
	for b < len(x.sents) && x.doc(b) == doc {
		b++
	}
	return a, b
}

// titleCased says sentence si is set in title case, as headlines are:
// every word of four letters or more capitalized, not all in capitals
// (that is shouted's), and two of them, after the first, words the
// document writes in lower case elsewhere ("Court", "Throws"): a line of
// names alone ("Umpires: H. Bakker, E. Oosterhuis") is no headline.
func (x *extractor) titleCased(si int) bool {
	var common []string
	mixed := false
	for k, t := range x.sents[si].toks {
		if t.kind != tWord || utf8.RuneCountInString(t.n) < 4 {
			continue
		}
		if !t.upper() {
			return false
		}
		mixed = mixed || !isAllCaps(t.n)
		if k > 0 {
			common = append(common, t.lower())
		}
	}
	if !mixed || len(common) < 2 {
		return false
	}
	lower, n := x.docLowerWords(si), 0
	for _, w := range common {
		if lower[w] {
			n++
		}
	}
	return n >= 2
}

// namedInBody says the document of sentence si writes name as a run of
// capitals, or part of one, in a sentence not in title case.
func (x *extractor) namedInBody(si int, name string) bool {
	if refill(&x.bodyNames, &x.bodyDoc, x.doc(si)) {
		a, b := x.docSents(si)
		for s := a; s < b; s++ {
			if x.titleCased(s) {
				continue
			}
			for _, sp := range x.nameSpans[s] {
				for i := sp.a; i < sp.b; i++ {
					for j := i + 1; j <= sp.b && j <= i+6; j++ {
						x.bodyNames[x.text(s, i, j)] = true
					}
				}
			}
		}
	}
	return x.bodyNames[name]
}

// addLowerWords adds the words of sentence si written in lower case.
func (x *extractor) addLowerWords(words map[string]bool, si int) {
	for _, t := range x.sents[si].toks {
		if t.kind == tWord && t.n == t.lower() {
			words[t.n] = true
		}
	}
}

// person records a person mention with an optional role.
func (x *extractor) person(si, a, b int, role string) {
	toks := x.sents[si].toks
	// "Republican Tom Hurley", "Democrat Priya Natarajan": a party's
	// word before a name describes the person; it is not the name.
	if b-a >= 3 && notNameWords.has(toks[a].lower()) && capsIn(toks, a+1, b) >= 2 {
		if role == "" {
			role = toks[a].s
		}
		a++
	}
	// "Professor Ingrid Halvorsen-Muir FRS": letters after the name,
	// whatever rule read it, are an honour's or a fellowship's.
	if b-a >= 3 && postNominals.has(toks[b-1].s) {
		b--
	}
	name := x.text(si, a, b)
	// `Robert "Bobby" Castellano` is Robert Castellano, also known by the
	// nickname.
	nick := -1
	for i := a; i+3 < b; i++ {
		if nicknameAt(toks, i) {
			nick = i
			name = x.text(si, a, i) + " " + x.text(si, i+3, b)
			break
		}
	}
	// A single word matching a known person's surname is that person, and
	// so are two matching the end of a longer name ("Lorente Vicario" for
	// "María José Lorente Vicario", "Abu Sabib" for "Ibrahim Abu Sabib").
	var act *actor
	switch b - a {
	case 1:
		act = x.bySurname(toks[a].lower(), x.doc(si))
	case 2:
		if p := x.bySurname(toks[b-1].lower(), x.doc(si)); p != nil && len(p.tokens) > 2 && p.tokens[len(p.tokens)-2] == toks[a].lower() {
			act = p
		}
	}
	bySurname := act != nil
	if act == nil {
		act = x.actorFor(name, briefings.ActorPerson)
	}
	// "Mrs Dorsett" after "Mr Dorsett": his widow, another person, named
	// with her title.
	tg := titleGender(toks, a)
	if tg != 0 && act.otherGender(tg) {
		bySurname = false
		act = x.actorFor(x.text(si, a-1, b), briefings.ActorPerson)
		if act.tokens == nil {
			act.tokens = []string{toks[a-1].lower(), toks[b-1].lower()}
		}
	}
	act.titled |= tg
	if !bySurname {
		if act.tokens == nil {
			for i := a; i < b; i++ {
				if nick >= 0 && i >= nick && i < nick+3 {
					continue
				}
				act.tokens = append(act.tokens, toks[i].lower())
			}
			x.indexPerson(act)
		}
		if nick >= 0 {
			act.addAlias(x.text(si, a, b))
		}
	} else {
		act.addAlias(name)
	}
	if act.role == "" && role != "" {
		act.role = cleanRole(role)
	}
	x.add(mention{sent: si, a: a, b: b, kind: mPerson, act: act})
}

// agentsOf says token a is a plural of people by trade before "of",
// "Administrators of Marlowe Motor Company", "Organizers of the
// Assembly": a sentence's subject, no part of the body's name. Kin are
// bodies' first words ("Daughters of the American Revolution").
func agentsOf(toks []token, a int) bool {
	l := toks[a].lower()
	return wordIs(toks, a+1, "of") && (strings.HasSuffix(l, "ers") || strings.HasSuffix(l, "ors") || strings.HasSuffix(l, "ists")) && !kinPlurals.has(l)
}

// fellowWords are what a person is of a learned or professional body,
// as written: "a Fellow of the Royal Society".
var fellowWords = words(`Fellow Fellows Member Members`)

// kinPlurals are the plurals of kin, which open bodies' names.
var kinPlurals = words(`daughters sons sisters brothers mothers fathers`)

// cleanRole drops a leading article and trailing punctuation.
func cleanRole(r string) string {
	r = strings.TrimSpace(r)
	for _, d := range []string{"the ", "a ", "an ", "The ", "A ", "An ", "his ", "her ", "its ", "their ", "His ", "Her "} {
		r = strings.TrimPrefix(r, d)
	}
	return strings.TrimRight(r, " ,;:")
}

func (x *extractor) setRole(si, a int, role string) {
	toks := x.sents[si].toks
	for i := len(x.mentions[si]) - 1; i >= 0; i-- {
		m := x.mentions[si][i]
		// The name's own mention, not a country read inside its
		// description ("the Spanish radio station Cadena SER").
		if m.kind == mCountry && m.a < a {
			continue
		}
		if (m.a <= a || m.a == a+1 && toks[a].lower() == "the") && m.act != nil {
			if m.act.role == "" && role != "" {
				m.act.role = cleanRole(role)
			}
			return
		}
	}
}

// org records an organization mention for span [a,b), extended by "in
// Brussels" after an embassy and by "(ACRONYM)".
func (x *extractor) org(si, a, b int, used []bool) {
	toks := x.sents[si].toks
	end := b
	last := toks[b-1].lower()
	if (last == "embassy" || last == "consulate" || last == "mission") && b+1 < len(toks) && toks[b].lower() == "in" && isCapTok(toks[b+1]) {
		end = b + 1 + max(1, spanEndCap(toks, b+1))
	}
	// Leading article.
	if toks[a].lower() == "the" {
		a++
	}
	// "the Ankara-based Anatolian Energy Policy Center": where a body is
	// based is no part of its name.
	if a+1 < end && strings.HasSuffix(toks[a].lower(), "-based") {
		a++
	}
	name := x.text(si, a, end)
	var acr string
	if acronymAt(toks, end) {
		acr = toks[end+1].s
	}
	// "(MEK)" inside the name is an alias.
	for i := a; i+2 < end; i++ {
		if toks[i].n == "(" && toks[i+2].n == ")" {
			acr = toks[i+1].s
		}
	}
	act := x.orgActor(si, a, end, name, acr)
	// "U.S. Department of Agriculture" is the "United States Department of
	// Agriculture": a country's dotted abbreviation before a body's name
	// is written out once, as an alias, so that either form is found. Only
	// the dotted form, which is a style of writing the country: "UK Border
	// Force" is how that body names itself, and an alias for every
	// "US ..." and "UK ..." body would crowd the briefing's actors.
	if f, cn := countryFormAt(toks, a); cn == 1 && f.kind == cmName && a+cn < end && strings.Count(toks[a].s, ".") >= 2 && isAllCaps(strings.ReplaceAll(toks[a].s, ".", "")) &&
		hasOrgCue(toks, a+cn, end) {
		act.addAlias(f.c.name + " " + x.text(si, a+cn, end))
	}
	// "US National Park Service" is the "National Park Service" another
	// source names: a country's name before a body's full name of two
	// words or more is no part of that name (an adjective is: "Foreign
	// Ministry" alone says not whose).
	if f, cn := countryFormAt(toks, a); cn > 0 && f.kind == cmName && end-(a+cn) >= 2 && hasOrgCue(toks, a+cn, end) && !connectors.has(toks[a+cn].lower()) {
		rest := x.text(si, a+cn, end)
		act.addAlias(rest)
		if _, taken := x.byKey[normName(rest)]; !taken {
			x.byKey[normName(rest)] = act
		}
	}
	if acr != "" {
		act.addAlias(acr)
		if _, taken := x.byKey[normName(acr)]; !taken {
			x.byKey[normName(acr)] = act
		}
	}
	if i := strings.Index(name, " ("); i > 0 && acr != "" {
		plain := strings.TrimSpace(name[:i] + strings.TrimPrefix(name[i:], " ("+acr+")"))
		act.addAlias(plain)
		x.byKey[normName(plain)] = act
	}
	// "Albania's Interior Ministry": the possessive form is an alias.
	if a >= 2 && toks[a-1].n == "'s" {
		if cn := countryAtEnd(toks, a-1); cn > 0 {
			act.addAlias(x.text(si, a-1-cn, end))
			f, _ := countryFormAt(toks, a-1-cn)
			x.add(mention{sent: si, a: a - 1 - cn, b: a - 1, kind: mCountry, act: x.countryActor(f.c)})
		}
	}
	x.countriesOfBody(si, a, end)
	markUsed(used, a, end)
	x.add(mention{sent: si, a: a, b: end, kind: mOrg, act: act})
	// A descriptor: "cybersecurity firm Mandiant", "IRNA state news agency".
	if act.role == "" {
		if role, typ, _ := x.descriptorBefore(si, a); typ == briefings.ActorOrganization {
			act.role = cleanRole(role)
		} else if role := x.postDescriptor(si, end); role != "" {
			act.role = role
		} else if role, typ := x.descriptorAfter(si, end); typ == briefings.ActorOrganization {
			act.role = cleanRole(role) // "Northbridge Health, a hospital chain,"
		}
	}
}

// orgActor finds the organization named by tokens [a,end) of sentence si
// (name, with its acronym acr or ""): by its name, its acronym, its name
// without a leading country, a name it extends or abbreviates; else a new
// one.
func (x *extractor) orgActor(si, a, end int, name, acr string) *actor {
	toks := x.sents[si].toks
	var act *actor
	if ak, ok := x.byKey[normName(name)]; ok && ak.typ == briefings.ActorOrganization {
		act = ak
	} else if acr != "" && x.byKey[normName(acr)] != nil && x.byKey[normName(acr)].typ == briefings.ActorOrganization {
		act = x.byKey[normName(acr)]
		act.addAlias(name)
	} else if k := stripCountryPrefix(toks, a, end); k > a {
		// "US Treasury Department" after "Treasury Department" and vice versa.
		short := x.text(si, k, end)
		if ak, ok := x.byKey[normName(short)]; ok && ak.typ == briefings.ActorOrganization {
			act = ak
			act.addAlias(name)
		}
	}
	if act == nil {
		act = x.orgByPrefix(name)
	}
	if act == nil {
		act = x.orgByAcronym(name)
	}
	if act == nil {
		act = x.actorFor(name, briefings.ActorOrganization)
		if k := stripCountryPrefix(toks, a, end); k > a {
			if _, taken := x.byKey[normName(x.text(si, k, end))]; !taken {
				x.byKey[normName(x.text(si, k, end))] = act
			}
		}
	}
	return act
}

func (x *extractor) countryMention(si, a, b int, f countryForm) {
	toks := x.sents[si].toks
	kind := mCountry
	if f.kind == cmCapital {
		kind = mCapital
		prev := ""
		if a > 0 {
			prev = toks[a-1].lower()
		}
		next := ""
		if b < len(toks) {
			next = toks[b].n
		}
		// "San Jose, California", "Santiago, Spain": a town of the
		// capital's name in another place, no government's.
		if next == "," && x.elsewhere(si, b+1, f.c) {
			return
		}
		// "in Tirana", "Tirana, Albania", a dateline "LONDON:".
		if locatives.has(prev) || next == "," && b+1 < len(toks) && countryAt(toks, b+1) > 0 || next == ":" && a == 0 || next == "-" && a == 0 || a > 0 && toks[a-1].n == "," && a >= 2 && isCapTok(toks[a-2]) {
			kind = mLocative
		}
	}
	m := mention{sent: si, a: a, b: b, kind: kind}
	if kind == mLocative {
		m.surface = x.text(si, a, b)
		m.role = f.c.name // remembered for alias attachment
		x.add(m)
		return
	}
	m.act = x.countryActor(f.c)
	x.add(m)
}

// elsewhere says the words at k name a place other than country c: a
// state or province (subnationalPlaces) or another country.
func (x *extractor) elsewhere(si, k int, c *country) bool {
	toks := x.sents[si].toks
	if f, n := countryFormAt(toks, k); n > 0 {
		// "Bamako, Ouagadougou or Niamey" is a list of capitals.
		return f.kind == cmName && f.c != c
	}
	for n := 1; n <= 3 && k+n <= len(toks); n++ {
		if !isCapTok(toks[k+n-1]) {
			break
		}
		if subnationalPlaces.hasLower(x.text(si, k, k+n)) {
			return true
		}
	}
	return false
}

// countriesIn records country mentions inside [a,b) (a role or an
// organization name), capitals excepted.
func (x *extractor) countriesIn(si, a, b int) {
	x.countriesWhere(si, a, b, func(f countryForm) bool { return f.kind != cmCapital })
}

// countriesOfBody records the countries a body's name [a,b) speaks of:
// those it names ("University of Chile"), and those of its adjectives
// when it is of government ("Iranian Foreign Ministry"). The American
// Astronomical Society and British Airways say nothing of a country.
func (x *extractor) countriesOfBody(si, a, b int) {
	gov := anyWordIn(x.sents[si].toks, a, b, govHeads)
	x.countriesWhere(si, a, b, func(f countryForm) bool { return f.kind == cmName || f.kind == cmAdj && gov })
}

// countriesWhere records the country forms inside [a,b) that keep
// accepts, each form read whole.
func (x *extractor) countriesWhere(si, a, b int, keep func(countryForm) bool) {
	toks := x.sents[si].toks
	for i := a; i < b; i++ {
		if f, n := countryFormAt(toks, i); n > 0 {
			// "The DRC said", the document's Digital Rights Circle.
			if keep(f) && !(n == 1 && isAllCaps(toks[i].s) && x.definedAcronym(si, toks[i].s)) {
				x.add(mention{sent: si, a: i, b: i + n, kind: mCountry, act: x.countryActor(f.c)})
			}
			i += n - 1
		}
	}
}

// platforms carry what others post: "wrote on Twitter".
var platforms = words(`twitter facebook instagram youtube tiktok telegram whatsapp linkedin reddit snapchat
	threads bluesky weibo wechat truth_social`)

// platformsAsMedia drops a platform the text names only as the medium of
// someone's words ("he wrote on Twitter", "via Facebook"): it did not act.
// "Twitter suspended the account" keeps it.
func (x *extractor) platformsAsMedia() {
	acting := map[*actor]bool{}
	for si, ms := range x.mentions {
		toks := x.sents[si].toks
		for _, m := range ms {
			// "wrote on its Facebook page", "in the forum's WhatsApp
			// group": a thing on the platform, someone's.
			// ("A Telegram channel ... wrote" is a channel that speaks.)
			if m.act != nil && platforms.hasLower(m.act.name) && !wordIs(toks, m.a-1, "on", "via", "onto") &&
				!(mediumNoun(toks, m.b) && wordIs(toks, m.a-1, "its", "their", "his", "her", "our", "my", "your", "'s", "’s", "in")) {
				acting[m.act] = true
			}
		}
	}
	for si, ms := range x.mentions {
		for k, m := range ms {
			if m.act != nil && platforms.hasLower(m.act.name) && !acting[m.act] {
				x.mentions[si][k].act = nil
			}
		}
	}
}

// mediumNoun says the word at i names a thing on a platform: "page",
// "group", "post", "account".
func mediumNoun(toks []token, i int) bool {
	return wordIs(toks, i, "page", "pages", "group", "groups", "account", "accounts", "post", "posts", "feed", "channel",
		"profile", "live", "video", "videos", "message", "messages", "chat", "status", "story", "stories", "thread", "handle")
}

// knownAcronym says s is a known body's acronym in capitals, though the
// word in lower case opens sentences: "WHO said", not "Who said".
func knownAcronym(s string) bool {
	return len(s) > 1 && isAllCaps(s) && knownOrgs.has(s)
}
