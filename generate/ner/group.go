package ner

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mentions grouped into actors: a country joins its country's group, a
// mention the group of a longer name it fits ("Rama" joins "Edi Rama", an
// acronym its full name), and each group takes the type its mentions
// agree on.

// group is an actor being built.
type group struct {
	actor Actor
	// keys are the name keys of its mentions, each once: a few (the forms
	// of one name), so a list, where a map made for each group of each
	// document was a twentieth of the tagger's bytes.
	keys      []string
	types     typeCounts // mentions by tagger type
	first     int
	id        int      // order of creation
	words     []string // the longest mention's words
	firstType string   // the tagger's type of the longest mention
	country   bool
	mentions  int
}

// buildActors groups the entities of text into actors, longest names first
// so that a short mention finds the full name it stands for. It is long
// because its closures share the indexes (byKey, byEdge) being built.
// sorted is a buffer (nil: none) for the entities in that order, kept for
// the next call.
func buildActors(text string, ents []entity, sorted *[]entity, opts Options) []Actor {
	var groups []*group
	byKey := map[string]*group{}
	add := func(g *group, e entity, surface string) {
		g.actor.Mentions = append(g.actor.Mentions, Mention{Start: e.start, End: e.end, Text: surface})
		g.mentions++
		g.first = min(g.first, e.order)
		g.types.add(e.typ)
		k := nameKey(surface)
		if !slices.Contains(g.keys, k) {
			g.keys = append(g.keys, k)
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
	type edge struct {
		side byte // '<' first word, '>' last word, '=' initials
		key  string
	}
	byEdge := map[edge][]*group{}
	newGroup := func(e entity) *group {
		g := &group{first: e.order, firstType: e.typ, id: len(groups)}
		groups = append(groups, g)
		if len(e.words) > 1 {
			first, last := nameKey(e.words[0]), nameKey(e.words[len(e.words)-1])
			for _, k := range []edge{{'<', first}, {'>', last}, {'=', initials(e.words)}} {
				byEdge[k] = append(byEdge[k], g)
			}
		}
		return g
	}
	candidates := func(e entity) []*group {
		w := e.words
		var c []*group
		c = append(c, byEdge[edge{'<', nameKey(w[0])}]...)
		c = append(c, byEdge[edge{'>', nameKey(w[len(w)-1])}]...)
		if len(w) == 1 && isAcronym(w[0]) {
			c = append(c, byEdge[edge{'=', strings.ReplaceAll(w[0], ".", "")}]...)
		}
		sort.Slice(c, func(a, b int) bool { return c[a].id < c[b].id })
		return slices.Compact(c)
	}
	// Longer names first, so that a short mention finds the full name it
	// stands for wherever in the text the full name is.
	var buf []entity
	if sorted != nil {
		buf = (*sorted)[:0]
	}
	byLen := append(buf, ents...)
	if sorted != nil {
		*sorted = byLen
	}
	sort.SliceStable(byLen, func(a, b int) bool { return len(byLen[a].words) > len(byLen[b].words) })
	for _, e := range byLen {
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
				g.keys = append(g.keys, nameKey(name)) // its first
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
	return actorsOf(groups, opts)
}

// actorsOf turns the groups into actors in the order of their first
// mention, each named by its longest mention (a country by its name),
// without the groups too small (MinMentions) or of no type.
func actorsOf(groups []*group, opts Options) []Actor {
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
	best := g.firstType
	if majority {
		for _, t := range []string{"PER", "ORG"} {
			if g.types.of(t) > g.types.of(best) {
				best = t
			}
		}
	}
	switch best {
	case "PER":
		return Person
	case "ORG":
		return Organization
	}
	return ""
}

// typeCounts counts a group's mentions by the tagger's type: an array,
// not a map made for every group (nor typeOf's conversion a map made at
// every call), as the generator groups the names of every document
// (throughput is a requirement: 1 MB/s per core).
type typeCounts [4]int

// taggerTypes are the tagger's entity types, by their place in
// typeCounts.
var taggerTypes = [...]string{"PER", "ORG", "LOC", "MISC"}

func (c *typeCounts) add(t string) {
	if i := slices.Index(taggerTypes[:], t); i >= 0 {
		c[i]++
	}
}

// of is the count of type t (0 for a type not the tagger's).
func (c *typeCounts) of(t string) int {
	if i := slices.Index(taggerTypes[:], t); i >= 0 {
		return c[i]
	}
	return 0
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
