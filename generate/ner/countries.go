package ner

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/brief-team/brief/generate/internal/countries"
)

// countryKind says what a country form is.
type countryKind uint8

const (
	notCountry countryKind = iota
	countryName
	countryAdj
)

type countryForm struct {
	name string // canonical name
	kind countryKind
}

// countryForms maps formKey of every name and adjective of countries.Table
// (its capitals are the generator's alone) to its country.
var countryForms = sync.OnceValue(func() map[string]countryForm {
	forms := map[string]countryForm{}
	add := func(s string, f countryForm) {
		if k := formKey(s); k != "" {
			if _, dup := forms[k]; !dup {
				forms[k] = f
			}
		}
	}
	for _, r := range countries.Rows() {
		for _, n := range append([]string{r.Name}, r.Others...) {
			add(n, countryForm{r.Name, countryName})
			if strings.HasPrefix(n, "The ") {
				add(n[4:], countryForm{r.Name, countryName})
			}
		}
		for _, a := range r.Adjectives {
			add(a, countryForm{r.Name, countryAdj})
		}
	}
	return forms
})

// countryFirstWords holds the first word of every form, so that most
// tokens are rejected with one lookup.
var countryFirstWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for k := range countryForms() {
		m[strings.SplitN(strings.ReplaceAll(k, "-", " "), " ", 2)[0]] = true
	}
	return m
})

// maxCountryTokens is the longest form, in tokens, tried when matching.
const maxCountryTokens = 7

var formKeyReplacer = strings.NewReplacer("’", "'", "‘", "'", ".", "")

// formKey is the lookup key of a surface form: straight apostrophes, no
// dots ("U.S." = "US"), hyphens without spaces around them (the tokenizer
// cuts "Bosnia-Herzegovina" in three), single spaces, case kept (so "US" is
// not "us").
func formKey(s string) string {
	if !strings.ContainsAny(s, "’‘. -\t\n") {
		return s // most words: nothing to change
	}
	s = formKeyReplacer.Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(s, " - ", "-")
}

// CountryName returns the canonical name of the country that name names
// ("U.S." and "the United States" give "United States"), and whether it
// names one; adjectives and demonyms ("American") do not.
func CountryName(name string) (string, bool) {
	name = strings.TrimSpace(name)
	for _, the := range []string{"the ", "The "} {
		name = strings.TrimPrefix(name, the)
	}
	f, ok := countryForms()[formKey(name)]
	if !ok || f.kind != countryName {
		return "", false
	}
	return f.name, true
}

// countryMarks labels each token inside a country form, longest match
// first: the tagger's gazetteer feature.
func countryMarks(words []string) []countryKind {
	first, part := make([]bool, len(words)), make([]bool, len(words))
	for i, w := range words {
		first[i], part[i] = countryFirst(w), countryPart(w)
	}
	var kb keyBuf
	return kb.countryMarks(nil, words, first, part)
}

// countryFirst says w may start a country form: every form starts with
// a capital, and most tokens stop here.
func countryFirst(w string) bool {
	return capital(w) && countryFirstWords()[formKey(w)]
}

// countryPieces holds the pieces of every form's key: its runs of
// characters between spaces and hyphens.
var countryPieces = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for k := range countryForms() {
		for p := range strings.FieldsFuncSeq(k, pieceSep) {
			m[p] = true
		}
	}
	return m
})

// pieceSep says r parts a form's pieces: whitespace and hyphens.
func pieceSep(r rune) bool { return r == '-' || unicode.IsSpace(r) }

// countryPart says w may be a word of a run that is a country form: the
// key of a run (formKey) keeps each word's pieces (w's, with
// formKeyReplacer's changes) whole, so a run with a word that has a
// piece no form has is no form, and matching stops before it.
func countryPart(w string) bool {
	if strings.IndexByte(w, '.') >= 0 || mayCurl(w) && strings.ContainsAny(w, "’‘") {
		w = formKeyReplacer.Replace(w)
	}
	for p := range strings.FieldsFuncSeq(w, pieceSep) {
		if !countryPieces()[p] {
			return false
		}
	}
	return true
}

// keyBuf holds the buffers in which formKey of a run of words is built:
// matching the runs of a sentence against the forms then allocates
// nothing (it made a quarter of the tagger's allocations).
type keyBuf struct{ a, b []byte }

// countryMarks is countryMarks into dst's memory, first[i] saying
// countryFirst(words[i]) and part[i] countryPart(words[i]).
func (kb *keyBuf) countryMarks(dst []countryKind, words []string, first, part []bool) []countryKind {
	marks := slices.Grow(dst[:0], len(words))[:len(words)]
	clear(marks)
	for i := 0; i < len(words); {
		if !first[i] {
			i++
			continue
		}
		n := 0
		var kind countryKind
		longest := 1
		for longest < min(maxCountryTokens, len(words)-i) && part[i+longest] {
			longest++
		}
		for k := longest; k >= 1; k-- {
			if f, ok := countryForms()[string(kb.formKey(words[i:i+k]))]; ok {
				n, kind = k, f.kind
				break
			}
		}
		if n == 0 {
			i++
			continue
		}
		for j := i; j < i+n; j++ {
			marks[j] = kind
		}
		i += n
	}
	return marks
}

// formKey returns formKey(strings.Join(words, " ")), in kb's memory: valid
// until the next call. It takes formKey's steps one by one, each over
// the bytes the last one left, so that the key is the same to the byte
// whatever the text holds (invalid UTF-8 included).
func (kb *keyBuf) formKey(words []string) []byte {
	a := kb.a[:0]
	for i, w := range words {
		if i > 0 {
			a = append(a, ' ')
		}
		a = append(a, w...)
	}
	kb.a = a
	if !bytes.ContainsAny(a, "’‘. -\t\n") {
		return a
	}
	// formKeyReplacer: straight apostrophes, no dots.
	b := kb.b[:0]
	for i := 0; i < len(a); {
		switch {
		case a[i] == '.':
			i++
		case bytes.HasPrefix(a[i:], []byte("’")) || bytes.HasPrefix(a[i:], []byte("‘")):
			b = append(b, '\'')
			i += len("’")
		default:
			b = append(b, a[i])
			i++
		}
	}
	// strings.Fields, joined by single spaces.
	a = a[:0]
	inField := false
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if unicode.IsSpace(r) {
			inField = false
		} else {
			if !inField && len(a) > 0 {
				a = append(a, ' ')
			}
			inField = true
			a = append(a, b[i:i+size]...)
		}
		i += size
	}
	// strings.ReplaceAll(s, " - ", "-").
	b = b[:0]
	for i := 0; i < len(a); {
		if bytes.HasPrefix(a[i:], []byte(" - ")) {
			b = append(b, '-')
			i += 3
			continue
		}
		b = append(b, a[i])
		i++
	}
	kb.a, kb.b = a, b
	return b
}
