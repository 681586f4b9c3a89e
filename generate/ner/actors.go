package ner

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Actor types, as the briefing writes them.
const (
	Person       = "person"
	Organization = "organization"
	Country      = "country"
)

// Mention is one place the text names an actor: text[Start:End].
type Mention struct {
	Start, End int
	Text       string
}

// Actor is one named actor of a text: a person, an organization or a
// country, with every name the text gives it.
type Actor struct {
	Name     string   // the fullest name the text gives (a country's canonical name)
	Type     string   // Person, Organization or Country
	Aliases  []string // the other names, as written, each once
	Mentions []Mention
}

// Options choose the rules applied to the tagger's entities before they
// become actors. The zero value is the tagger alone.
type Options struct {
	// DropLower drops entities with no capitalised word ("tampa bay" in
	// web text; in news a lower-case entity is a tagging error).
	DropLower bool
	// TrimEdges cuts a leading article and trailing punctuation or a
	// possessive off an entity ("the United Nations'").
	TrimEdges bool
	// MergeNames joins a person's short mentions ("Trump") to the full
	// name they end or start ("Donald Trump"), and an organization's
	// acronym or shorter name to the full one.
	MergeNames bool
	// MajorityType gives an actor whose mentions were tagged with
	// different types the type most of them have.
	MajorityType bool
	// JoinHyphens extends an entity over words hyphened to it without
	// spaces ("Lau Siu" of "Lau Siu-lai").
	JoinHyphens bool
	// StripTitles cuts titles of office off a person's name ("Ambassador
	// Mohib" is "Mohib", who then joins "Hamdullah Mohib").
	StripTitles bool
	// TitleMeansPerson makes an organization or MISC entity a person when
	// a title only people bear comes first ("Ambassador Hamdullah Mohib").
	TitleMeansPerson bool
	// CutAffiliation cuts "of ..." off a person's name ("Nick Rhodes of
	// Duran Duran"): the tagger runs a name into its affiliation where
	// training data seldom showed the pattern.
	CutAffiliation bool
	// MinMentions drops actors mentioned fewer times (0 or 1: keep all).
	MinMentions int
}

// Default is the rule set measured best on the realdev dev split (see
// README.md).
var Default = Options{DropLower: true, TrimEdges: true, MergeNames: true, MajorityType: true, JoinHyphens: true, StripTitles: true, TitleMeansPerson: true, CutAffiliation: true}

// entity is one tagged span in text coordinates.
type entity struct {
	start, end int
	typ        string // PER, ORG, LOC, MISC
	words      []string
	toks       []Token
	order      int
}

// EntitySpan is one tagged entity of a text: text[Start:End], its type
// (PER, ORG, LOC, MISC) and its tokens.
type EntitySpan struct {
	Start, End int
	Type       string
	Tokens     []Token
}

// sentEntity is an entity with its sentence, for rules that look around it.
type sentEntity struct {
	sent     []Token
	from, to int // tokens [from, to) of sent
	typ      string
}

func (m *Model) entities(text string) []sentEntity {
	sents := Sentences(text)
	words := make([][]string, len(sents))
	for i, s := range sents {
		words[i] = make([]string, len(s))
		for j, t := range s {
			words[i][j] = t.Text
		}
	}
	var out []sentEntity
	for si, tags := range m.TagDoc(words) {
		for _, sp := range Spans(tags) {
			out = append(out, sentEntity{sent: sents[si], from: sp.Start, to: sp.End, typ: sp.Type})
		}
	}
	return out
}

// Entities tags text (sentences cut by Sentences) and returns its
// entities with byte offsets, in text order: the tagger's output, no rule
// applied.
func (m *Model) Entities(text string) []EntitySpan {
	var out []EntitySpan
	for _, e := range m.entities(text) {
		toks := e.sent[e.from:e.to]
		out = append(out, EntitySpan{Start: toks[0].Start, End: toks[len(toks)-1].End, Type: e.typ, Tokens: toks})
	}
	return out
}

// Actors returns the actors of an article's text: the tagger's people and
// organizations, and its places that are countries (other places, and
// MISC, are not actors), after the rules opts chooses. Actors come in
// order of first mention; each mention carries its byte offsets in text.
func (m *Model) Actors(text string, opts Options) []Actor {
	var ents []entity
	for i, e := range m.entities(text) {
		if opts.JoinHyphens {
			e = joinHyphens(e)
		}
		toks := e.sent[e.from:e.to]
		if opts.TrimEdges {
			toks = trimEdges(toks)
		}
		if opts.TitleMeansPerson && (e.typ == "ORG" || e.typ == "MISC") && afterPersonTitle(e) {
			e.typ = "PER"
		}
		if opts.StripTitles && (e.typ == "PER" || e.typ == "ORG") {
			toks = stripTitles(toks, e.typ)
		}
		if opts.CutAffiliation {
			toks = cutAffiliation(toks, e.typ)
		}
		if len(toks) == 0 {
			continue
		}
		en := newEntity(toks, e.typ, 2*i)
		if opts.DropLower && !anyUpper(en.words) {
			continue
		}
		ents = append(ents, en)
	}
	if opts.CutAffiliation {
		ents = splitPersonOfOrg(ents)
	}
	return buildActors(text, ents, opts)
}

func newEntity(toks []Token, typ string, order int) entity {
	e := entity{start: toks[0].Start, end: toks[len(toks)-1].End, typ: typ, order: order, toks: toks}
	for _, t := range toks {
		e.words = append(e.words, t.Text)
	}
	return e
}

// splitPersonOfOrg splits an organization entity "X of Y" in two where X
// is a person the text names elsewhere ("Ann Chiang of DAB", tagged as
// one organization): the person X and the organization Y.
func splitPersonOfOrg(ents []entity) []entity {
	people := map[string]bool{}
	for _, e := range ents {
		if e.typ == "PER" {
			people[nameKey(strings.Join(e.words, " "))] = true
		}
	}
	var out []entity
	for _, e := range ents {
		k := -1
		if e.typ == "ORG" {
			for i, w := range e.words {
				if i > 0 && w == "of" && people[nameKey(strings.Join(e.words[:i], " "))] {
					k = i
					break
				}
			}
		}
		if k < 0 || k+1 >= len(e.toks) {
			out = append(out, e)
			continue
		}
		// Orders stay unique: entities are numbered by twos.
		out = append(out, newEntity(e.toks[:k], "PER", e.order), newEntity(e.toks[k+1:], "ORG", e.order+1))
	}
	return out
}

// tight says tokens a and b touch (no space between them).
func tight(a, b Token) bool { return a.End == b.Start }

// joinHyphens extends an entity over words joined to it by hyphens
// without spaces ("Lau Siu-lai", "Al-Maeena"): the training data cuts
// hyphens, and the tagger often stops at one where the next part is in
// lower case, which names of its training data rarely have.
func joinHyphens(e sentEntity) sentEntity {
	s := e.sent
	for e.to+1 < len(s) && s[e.to].Text == "-" && tight(s[e.to-1], s[e.to]) && tight(s[e.to], s[e.to+1]) && isWord(s[e.to+1].Text) {
		e.to += 2
	}
	for e.from >= 2 && s[e.from-1].Text == "-" && tight(s[e.from-2], s[e.from-1]) && tight(s[e.from-1], s[e.from]) && isWord(s[e.from-2].Text) {
		e.from -= 2
	}
	return e
}

func isWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// titles are words of office and address that come before a name and
// are not part of it ("Ambassador Hamdullah Mohib" is "Hamdullah Mohib"),
// lower case.
var titles = lazySet(`president vice-president minister prime premier chancellor secretary ambassador envoy
	spokesperson spokesman spokeswoman director chairman chairwoman chair chief ceo cfo founder
	governor gov. mayor senator sen. rep. representative congressman congresswoman general gen.
	colonel col. admiral adm. commander lieutenant lt. captain capt. major maj. sergeant sgt.
	pope cardinal archbishop bishop rabbi imam ayatollah judge justice prosecutor attorney
	commissioner inspector superintendent detective constable officer mr. mrs. ms. dr. prof. mr mrs
	ms dr professor sir dame lord lady mp deputy leader head speaker administrator executive
	foreign defence defense interior finance state former acting late then analyst coach
	spokesperson manager reverend rev. father brother sister saint`)

// personTitles come before a person's name only ("Ambassador X" is a
// person, where "Director X" may be an office).
var personTitles = lazySet(`president vice-president minister ambassador envoy senator sen. congressman congresswoman
	governor gov. mayor general gen. colonel col. admiral adm. lieutenant lt. captain capt. sergeant sgt.
	pope cardinal archbishop bishop rabbi imam ayatollah judge justice prosecutor commissioner detective
	mr. mrs. ms. dr. prof. mr mrs ms dr professor sir dame lord lady spokesman spokeswoman spokesperson
	chairman chairwoman ceo reverend rev. father sister king queen prince princess sheikh`)

// afterPersonTitle says an entity follows a title that only people bear,
// written with a capital ("Ambassador Hamdullah Mohib"). A title inside
// an organization's name is part of it ("General Motors").
func afterPersonTitle(e sentEntity) bool {
	i := e.from - 1
	return i >= 0 && capital(e.sent[i].Text) && personTitles()[strings.ToLower(e.sent[i].Text)]
}

// cutAffiliation cuts a person's entity at "of", "from" or a comma.
func cutAffiliation(toks []Token, typ string) []Token {
	if typ != "PER" {
		return toks
	}
	for i, t := range toks {
		if i > 0 && (t.Text == "of" || t.Text == "from" || t.Text == ",") {
			return toks[:i]
		}
	}
	return toks
}

// stripTitles cuts titles off the start of a person's name, and off the
// end of a person's or organization's ("Airbus President").
func stripTitles(toks []Token, typ string) []Token {
	if typ == "PER" {
		for len(toks) > 1 && titles()[strings.ToLower(toks[0].Text)] {
			toks = toks[1:]
		}
	}
	for len(toks) > 1 && titles()[strings.ToLower(toks[len(toks)-1].Text)] {
		toks = toks[:len(toks)-1]
	}
	return toks
}

// trimEdges cuts articles and punctuation off the ends of an entity.
func trimEdges(toks []Token) []Token {
	for len(toks) > 0 {
		w := strings.ToLower(toks[0].Text)
		if w == "the" || w == "a" || w == "an" || isPunct(toks[0].Text) {
			toks = toks[1:]
			continue
		}
		break
	}
	for len(toks) > 0 {
		w := normWord(toks[len(toks)-1].Text)
		if w == "'s" || w == "'" || isPunct(w) {
			toks = toks[:len(toks)-1]
			continue
		}
		break
	}
	return toks
}

func isPunct(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func anyUpper(words []string) bool {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// nameKey is the key under which two mentions are the same name: lower
// case, no dots, no leading article, single spaces.
func nameKey(s string) string {
	s = strings.ToLower(normWord(s))
	s = strings.ReplaceAll(s, ".", "")
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimPrefix(s, "the ")
}

// group is an actor being built.
type group struct {
	actor     Actor
	keys      map[string]bool
	types     map[string]int // tagger type -> mentions
	first     int
	id        int      // order of creation
	words     []string // the longest mention's words
	firstType string   // the tagger's type of the longest mention
	country   bool
	mentions  int
}

func buildActors(text string, ents []entity, opts Options) []Actor {
	var groups []*group
	byKey := map[string]*group{}
	add := func(g *group, e entity, surface string) {
		g.actor.Mentions = append(g.actor.Mentions, Mention{Start: e.start, End: e.end, Text: surface})
		g.mentions++
		g.first = min(g.first, e.order)
		g.types[e.typ]++
		k := nameKey(surface)
		if !g.keys[k] {
			g.keys[k] = true
			g.actor.Aliases = append(g.actor.Aliases, surface)
		}
		byKey[k] = g
		if len(e.words) > len(g.words) {
			g.words = e.words
		}
	}
	// Groups by the first and last word and the initials of their full
	// name: the only groups a shorter mention can stand for (fitsName),
	// so that joining stays linear in the number of entities.
	byEdge := map[string][]*group{}
	newGroup := func(e entity) *group {
		g := &group{keys: map[string]bool{}, types: map[string]int{}, first: e.order, firstType: e.typ, id: len(groups)}
		groups = append(groups, g)
		if len(e.words) > 1 {
			first, last := nameKey(e.words[0]), nameKey(e.words[len(e.words)-1])
			byEdge["<"+first] = append(byEdge["<"+first], g)
			byEdge[">"+last] = append(byEdge[">"+last], g)
			byEdge["="+initials(e.words)] = append(byEdge["="+initials(e.words)], g)
		}
		return g
	}
	candidates := func(e entity) []*group {
		w := e.words
		var c []*group
		c = append(c, byEdge["<"+nameKey(w[0])]...)
		c = append(c, byEdge[">"+nameKey(w[len(w)-1])]...)
		if len(w) == 1 && isAcronym(w[0]) {
			c = append(c, byEdge["="+strings.ReplaceAll(w[0], ".", "")]...)
		}
		sort.Slice(c, func(a, b int) bool { return c[a].id < c[b].id })
		return slices.Compact(c)
	}
	// Longer names first, so that a short mention finds the full name it
	// stands for wherever in the text the full name is.
	sorted := append([]entity(nil), ents...)
	sort.SliceStable(sorted, func(a, b int) bool { return len(sorted[a].words) > len(sorted[b].words) })
	for _, e := range sorted {
		if e.typ == "MISC" {
			continue
		}
		surface := text[e.start:e.end]
		if e.typ == "LOC" {
			name, ok := CountryName(surface)
			if !ok {
				continue
			}
			g := byKey[nameKey(name)]
			if g == nil {
				g = newGroup(e)
				g.country = true
				g.actor.Name = name
				g.keys[nameKey(name)] = true
				byKey[nameKey(name)] = g
			}
			add(g, e, surface)
			continue
		}
		// A country tagged ORG or PER ("U.S." as ORG) is the country.
		if name, ok := CountryName(surface); ok {
			if g := byKey[nameKey(name)]; g != nil && g.country {
				add(g, entity{start: e.start, end: e.end, typ: "LOC", words: e.words, order: e.order}, surface)
				continue
			}
		}
		g := byKey[nameKey(surface)]
		if g == nil && opts.MergeNames {
			g = findLonger(candidates(e), e)
		}
		if g == nil {
			g = newGroup(e)
		}
		add(g, e, surface)
	}
	var out []Actor
	sort.SliceStable(groups, func(a, b int) bool { return groups[a].first < groups[b].first })
	for _, g := range groups {
		if opts.MinMentions > 1 && g.mentions < opts.MinMentions {
			continue
		}
		a := g.actor
		sort.SliceStable(a.Mentions, func(i, j int) bool { return a.Mentions[i].Start < a.Mentions[j].Start })
		switch {
		case g.country:
			a.Type = Country
		default:
			a.Type = typeOf(g, opts.MajorityType)
			if a.Type == "" {
				continue
			}
			a.Name = a.Aliases[0] // the longest: groups are built longest first
		}
		var aliases []string
		for _, s := range a.Aliases {
			if nameKey(s) != nameKey(a.Name) {
				aliases = append(aliases, s)
			}
		}
		a.Aliases = aliases
		out = append(out, a)
	}
	return out
}

// typeOf is the actor type of a group: that of its longest mention, or
// with majority, that of most of its mentions (ties go to the longest's).
func typeOf(g *group, majority bool) string {
	conv := map[string]string{"PER": Person, "ORG": Organization}
	best := g.firstType
	if majority {
		for _, t := range []string{"PER", "ORG"} {
			if g.types[t] > g.types[best] {
				best = t
			}
		}
	}
	return conv[best]
}

// findLonger finds the group a shorter mention stands for: for a person,
// a full name that the mention ends or starts ("Trump", "Donald Trump");
// for an organization, a name whose initials it is ("UN", "United
// Nations") or that starts with it. When several fit, the one mentioned
// last before it, or else first, wins: news names the person it is about
// again by surname soon after the full name.
func findLonger(groups []*group, e entity) *group {
	var fits []*group
	for _, g := range groups {
		if g.country || len(g.words) <= len(e.words) {
			continue
		}
		if fitsName(g, e) {
			fits = append(fits, g)
		}
	}
	if len(fits) == 0 {
		return nil
	}
	best, bestAt := fits[0], -1
	for _, g := range fits {
		for _, m := range g.actor.Mentions {
			if m.Start < e.start && m.Start > bestAt {
				best, bestAt = g, m.Start
			}
		}
	}
	return best
}

func fitsName(g *group, e entity) bool {
	long, short := g.words, e.words
	// A person's surname tagged ORG is still the person: a name's shape
	// says more than one mention's context.
	if g.firstType == "PER" && (e.typ == "PER" || e.typ == "ORG" && len(short) == 1) {
		n := len(short)
		return equalWords(long[len(long)-n:], short) || equalWords(long[:n], short)
	}
	if e.typ == "ORG" && g.firstType == "ORG" {
		if len(short) == 1 && isAcronym(short[0]) && initials(long) == strings.ReplaceAll(short[0], ".", "") {
			return true
		}
		return equalWords(long[:len(short)], short)
	}
	return false
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if nameKey(a[i]) != nameKey(b[i]) {
			return false
		}
	}
	return true
}

// isAcronym: two or more capitals, dots allowed (UN, U.N., NASA).
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '.':
		default:
			return false
		}
	}
	return n >= 2
}

// initials are the capitals starting the words of a name, small words
// ("of", "the", "and") left out: "United Nations" -> "UN".
func initials(words []string) string {
	var sb strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}
