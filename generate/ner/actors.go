package ner

import (
	"bytes"
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

func (t *Tagger) entities(text string) []sentEntity {
	t.docToks = appendTokens(t.docToks[:0], text)
	sents, cut := sentencesOf(t.docToks, t.docCut[:0], t.docSents[:0], text)
	t.docSents, t.docCut = sents, cut
	words, all := carveInto(t.docWords, t.docWordS, sents)
	t.docWordS, t.docWords = words, all
	for i, s := range sents {
		for j, t := range s {
			words[i][j] = t.Text
		}
	}
	tags, all := carveInto(t.docTags, t.docTagS, sents)
	t.docTagS, t.docTags = tags, all
	out := t.docEnts[:0]
	for si, tags := range t.tagDoc(tags, words) {
		for _, sp := range Spans(tags) {
			out = append(out, sentEntity{sent: sents[si], from: sp.Start, to: sp.End, typ: sp.Type})
		}
	}
	t.docEnts = out
	return out
}

// Entities tags text (sentences cut by Sentences) and returns its
// entities with byte offsets, in text order: the tagger's output, no rule
// applied.
func (m *Model) Entities(text string) []EntitySpan {
	var out []EntitySpan
	for _, e := range m.NewTagger().entities(text) {
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
	return m.NewTagger().Actors(text, opts)
}

// Actors returns the actors of text as Model.Actors does.
func (t *Tagger) Actors(text string, opts Options) []Actor {
	ents := t.actEnts[:0]
	for i, e := range t.entities(text) {
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
	t.actEnts = ents
	if opts.CutAffiliation {
		t.splitEnts = splitPersonOfOrg(t.splitEnts[:0], ents)
		ents = t.splitEnts
	}
	return buildActors(text, ents, &t.sortEnts, opts)
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
// one organization): the person X and the organization Y. It appends the
// entities to out.
func splitPersonOfOrg(out, ents []entity) []entity {
	people := map[string]bool{}
	for _, e := range ents {
		if e.typ == "PER" {
			people[nameKey(strings.Join(e.words, " "))] = true
		}
	}
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
	return i >= 0 && capital(e.sent[i].Text) && hasLower(personTitles(), e.sent[i].Text)
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
		for len(toks) > 1 && hasLower(titles(), toks[0].Text) {
			toks = toks[1:]
		}
	}
	for len(toks) > 1 && hasLower(titles(), toks[len(toks)-1].Text) {
		toks = toks[:len(toks)-1]
	}
	return toks
}

// hasLower says m holds w in lower case.
func hasLower(m map[string]bool, w string) bool {
	var buf [32]byte
	return m[string(lowerKey(&buf, w))]
}

// lowerKey is strings.ToLower(w), in buf for an ASCII w that fits, to
// look up in a map, m[string(lowerKey(...))], which makes no string: the
// rules ask their word sets of every entity's first and last words, and
// strings.ToLower made a string of each with a capital.
func lowerKey(buf *[32]byte, w string) []byte {
	if len(w) > len(buf) {
		return []byte(strings.ToLower(w))
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return []byte(strings.ToLower(w))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)]
}

// trimEdges cuts articles and punctuation off the ends of an entity.
func trimEdges(toks []Token) []Token {
	var buf [32]byte
	for len(toks) > 0 {
		if w := string(lowerKey(&buf, toks[0].Text)); w == "the" || w == "a" || w == "an" || isPunct(toks[0].Text) {
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
	if k, ok := asciiNameKey(s); ok {
		return k
	}
	s = strings.ToLower(normWord(s))
	s = strings.ReplaceAll(s, ".", "")
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimPrefix(s, "the ")
}

// asciiNameKey is nameKey of an ASCII s, in one pass and one allocation
// at most (grouping a text's actors calls nameKey on every mention, and
// its four steps allocated a tenth of the tagger's objects). It says
// false for any other s.
func asciiNameKey(s string) (string, bool) {
	var stack [64]byte
	b, ok := AppendASCIINameKey(stack[:0], s)
	if !ok {
		return "", false
	}
	if string(b) == s {
		return s, true
	}
	return string(b), true
}

// AppendASCIINameKey appends the name key of an ASCII s (lower case, no
// dots, no leading "the ", single spaces) to b, which is empty, and says
// false for any other s. The generator keys its names the same way.
func AppendASCIINameKey(b []byte, s string) ([]byte, bool) {
	space := false // a space is due before the next byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return nil, false
		case c == '.':
			continue
		case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			space = len(b) > 0
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	return bytes.TrimPrefix(b, []byte("the ")), true
}
