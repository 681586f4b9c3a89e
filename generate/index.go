package generate

import (
	"slices"
	"strings"

	"github.com/brief-team/brief/briefings"
)

// The extractor looks actors up by parts of their names: an organization
// by the words its name begins with or by its initials, a person by
// surname. Scanning every actor for each lookup made the generator's cost
// grow with the square of its input (the requirement is linear cost on any
// text), so each lookup has an index here, kept in step with every name an
// actor is given. Lists are in order of creation, as the scans were, so
// the first match is the one the scan would have found.

// actorIndex maps a key to actors in order of creation (actor.id).
type actorIndex map[string][]*actor

func (ix actorIndex) add(k string, a *actor) {
	l := ix[k]
	i, _ := slices.BinarySearchFunc(l, a, func(e, t *actor) int { return e.id - t.id })
	if i < len(l) && l[i] == a {
		return
	}
	ix[k] = slices.Insert(l, i, a)
}

func (ix actorIndex) del(k string, a *actor) {
	l := ix[k]
	if i := slices.Index(l, a); i >= 0 {
		l = slices.Delete(l, i, i+1)
		if len(l) == 0 {
			delete(ix, k)
		} else {
			ix[k] = l
		}
	}
}

// first returns the earliest actor under k, or nil.
func (ix actorIndex) first(k string) *actor {
	if l := ix[k]; len(l) > 0 {
		return l[0]
	}
	return nil
}

// earlier returns whichever of a and b was created first (nil loses).
func earlier(a, b *actor) *actor {
	if a == nil || b != nil && b.id < a.id {
		return b
	}
	return a
}

// orgIndexes are the organization lookups of orgByPrefix, orgPrefixOf,
// orgByAcronym and possessiveInName.
type orgIndexes struct {
	full     actorIndex // normalised name
	prefixOK actorIndex // a word prefix p such that orgByPrefix(p) may extend to the name
	prefixCu actorIndex // a word prefix followed by words naming a body (orgPrefixOf)
	initials actorIndex // initials(name), when it has two or more
	acronym  actorIndex // the name without dots, when the name is an acronym
	ownFirst actorIndex // the words to the first possessive, when words follow it ("brewster's")
}

func newOrgIndexes() orgIndexes {
	return orgIndexes{full: actorIndex{}, prefixOK: actorIndex{}, prefixCu: actorIndex{}, initials: actorIndex{}, acronym: actorIndex{}, ownFirst: actorIndex{}}
}

// wordEnds returns the byte offsets where each word of a normalised name
// (single spaces) ends.
func wordEnds(n string) []int {
	if n == "" {
		return nil
	}
	var ends []int
	for i := 0; i < len(n); i++ {
		if n[i] == ' ' {
			ends = append(ends, i)
		}
	}
	return append(ends, len(n))
}

// hasCue says one of the space-separated words of s, the words after a
// body's first, names a kind of body or a firm's trade ("Devices" after
// "Parallax").
func hasCue(s string) bool {
	for w := range strings.SplitSeq(s, " ") {
		if orgCueWords.has(w) || tradeTails.has(w) {
			return true
		}
	}
	return false
}

// orgKeys calls f with each index and key that organization a is listed
// under.
func (x *extractor) orgKeys(a *actor, f func(actorIndex, string)) {
	n := a.norm
	f(x.orgs.full, n)
	ends := wordEnds(n)
	for k := 0; k+1 < len(ends); k++ {
		if strings.HasSuffix(n[:ends[k]], "'s") {
			f(x.orgs.ownFirst, n[:ends[k]])
			break
		}
	}
	for k := 1; k < len(ends); k++ {
		p, rest := n[:ends[k-1]], n[ends[k-1]+1:]
		if !hasCue(rest) {
			continue
		}
		f(x.orgs.prefixCu, p)
		if shortForm(n, ends, k) {
			f(x.orgs.prefixOK, p) // orgByPrefix's
		}
	}
	if in := initials(a.name); in != "" {
		f(x.orgs.initials, in)
	}
	// "the SDF" of the Self-Defense Forces.
	if in := hyphenInitials(a.name); in != "" && in != initials(a.name) {
		f(x.orgs.initials, in)
	}
	if isAcronym(a.name) {
		f(x.orgs.acronym, strings.ReplaceAll(a.name, ".", ""))
	}
}

// shortForm says the first k words of the name n (its word ends, ends)
// stand for the whole: the words after them name a kind of body, and one
// word does not name a body of three or more ("Kestrel" for "Kestrel
// Maritime", not "Gibraltar" for "Gibraltar Socialist Labour Party"),
// but "Delta Air Lines" is Delta as "Northstar Airways" is Northstar.
func shortForm(n string, ends []int, k int) bool {
	rest := n[ends[k-1]+1:]
	return hasCue(rest) && (!(k == 1 && len(ends)-k >= 2) || rest == "air lines" || rest == "air line")
}

// rename gives actor a the longer name it was found by, keeping the
// name it had as its first alias ("Apple" of "Apple Inc.", "SEC" of the
// Securities and Exchange Commission): its own name is in a.seen, where
// addAlias would take it for an alias it has.
func (x *extractor) rename(a *actor, name string) {
	old := a.name
	x.setName(a, name)
	a.seen[normName(name)] = true
	if normName(old) != a.norm && !slices.Contains(a.aliases, old) {
		a.aliases = append([]string{old}, a.aliases...)
	}
}

// setName gives actor a its name (and cached normalised name), keeping the
// organization indexes in step.
func (x *extractor) setName(a *actor, name string) {
	org := a.typ == briefings.ActorOrganization
	if org && a.indexed {
		x.orgKeys(a, func(ix actorIndex, k string) { ix.del(k, a) })
	}
	a.name, a.norm = name, normName(name)
	if org {
		x.orgKeys(a, func(ix actorIndex, k string) { ix.add(k, a) })
		a.indexed = true
	}
}

// indexPerson lists a person under the words bySurname looks up, and
// nearSurname's key, once its name tokens are known.
func (x *extractor) indexPerson(a *actor) {
	t := a.tokens
	if a.typ != briefings.ActorPerson || len(t) < 2 {
		return
	}
	x.surnames.add(t[len(t)-1], a)
	x.nearSurnames.add(nearKey(t[len(t)-1], 0), a)
	if len(t) >= 3 {
		x.familyFirst.add(t[0], a)
		// "Edmund Kwok Hing-fai", "Vivian Chow Mei-ling": a Western name,
		// the family name, then a hyphenated Chinese given name; the
		// text goes on with "Kwok", "Chow".
		if strings.Contains(t[len(t)-1], "-") {
			x.familyFirst.add(t[len(t)-2], a)
		}
		// "Hernán Sepúlveda Rojas", "María José Salazar de la Fuente": a
		// Spanish or Portuguese name ends in two family names, or in one
		// and a particle's; the text goes on with the first, "Sepúlveda",
		// "Salazar".
		if w := paternalName(t); w != "" {
			x.paternal.add(w, a)
		}
	}
	if len(t) == 2 {
		x.firstOfTwo.add(t[0], a)
	}
}

// paternalName is the first family name of a name of three or more words
// ending in two family names or a particle's ("de la Fuente"): the word
// before the first particle, or else the next to last, when it is a name
// and not a given name (a middle name, "John Paul Jones") or an initial.
func paternalName(t []string) string {
	k := len(t) - 2
	for i := 1; i < len(t)-1; i++ {
		if nameParticles.has(t[i]) {
			k = i - 1
			break
		}
	}
	if k < 1 || len([]rune(t[k])) < 3 || strings.HasSuffix(t[k], ".") || nameParticles.has(t[k]) || givenNames.has(t[k]) {
		return ""
	}
	return t[k]
}
