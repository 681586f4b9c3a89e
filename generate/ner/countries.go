package ner

import (
	"strings"
	"sync"

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
	marks := make([]countryKind, len(words))
	for i := 0; i < len(words); {
		// Every form starts with a capital: most tokens stop here.
		if !capital(words[i]) || !countryFirstWords()[formKey(words[i])] {
			i++
			continue
		}
		n := 0
		var kind countryKind
		for k := min(maxCountryTokens, len(words)-i); k >= 1; k-- {
			if f, ok := countryForms()[formKey(strings.Join(words[i:i+k], " "))]; ok {
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
