package generate

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/brief-team/brief/generate/internal/countries"
)

// country is one row of countries.Table.
type country struct {
	name     string
	names    []string // canonical name and other names
	adjs     []string // adjectives and demonyms
	capitals []string
}

// Kinds of country mention.
const (
	cmName = iota
	cmAdj
	cmCapital
)

type countryForm struct {
	c    *country
	kind int
}

var countryForms = sync.OnceValue(loadCountries)

// countryPrefix is what a run of leading words of a country form
// ("Hong", "Hong Kong") is: the form it makes whole, if any.
type countryPrefix struct {
	form   countryForm
	isForm bool
}

// countryPrefixes holds every run of leading words of a form, so that a
// lookup stops at the first word no form has, and says which runs are
// forms: one lookup a word, where a map of the forms and one of the
// prefixes took two (throughput is a requirement: 1 MB/s per core).
var countryPrefixes = sync.OnceValue(func() map[string]countryPrefix {
	m := map[string]countryPrefix{}
	for k, f := range countryForms() {
		w := strings.Fields(k)
		for i := 1; i <= len(w); i++ {
			p := strings.Join(w[:i], " ")
			if p == k {
				m[p] = countryPrefix{form: f, isForm: true}
			} else if _, ok := m[p]; !ok {
				m[p] = countryPrefix{}
			}
		}
	}
	return m
})

// maxCountryWords is the longest form, in tokens, to try when matching.
const maxCountryWords = 6

func loadCountries() map[string]countryForm {
	forms := map[string]countryForm{}
	for _, r := range countries.Rows() {
		c := &country{name: r.Name, names: append([]string{r.Name}, r.Others...), adjs: r.Adjectives, capitals: r.Capitals}
		add := func(s string, kind int) {
			k := formKey(s)
			if _, dup := forms[k]; !dup {
				forms[k] = countryForm{c, kind}
			}
		}
		for _, n := range c.names {
			add(n, cmName)
			if strings.HasPrefix(n, "The ") {
				add(n[4:], cmName)
			}
		}
		for _, a := range c.adjs {
			add(a, cmAdj)
		}
		for _, cp := range c.capitals {
			add(cp, cmCapital)
		}
	}
	return forms
}

// formKey is the lookup key of a surface form: straightened, dots dropped
// ("U.S." = "US"), case kept (so "US" is not "us").
func formKey(s string) string {
	s = straighten(s)
	s = strings.ReplaceAll(s, ".", "")
	return collapseSpace(s)
}

// countryAt returns how many tokens starting at i form a country name,
// adjective or capital (0: none). The longest form wins.
func countryAt(toks []token, i int) int {
	_, n := countryFormAt(toks, i)
	return n
}

// regionWords before a country's adjective make a region's: "Latin
// American", "Native American", "African American".
var regionWords = words(`latin native african asian central pan anglo hispano`)

func countryFormAt(toks []token, i int) (countryForm, int) {
	if i >= len(toks) || !isCapTok(toks[i]) {
		return countryForm{}, 0
	}
	var best countryForm
	bestN := 0
	// The key is formKey of the words so far: token text is already
	// straight and has no spaces, so only dots go. Most capitalized words
	// begin no form, and the loop ends there (measured: this lookup was a
	// quarter of the generator's time while it built formKey each step).
	// It is built in an array on the stack: a string joined word by word
	// was a twentieth of the generator's allocations.
	var keyBuf [64]byte
	key := keyBuf[:0]
	for n := 1; n <= maxCountryWords && i+n <= len(toks); n++ {
		t := toks[i+n-1]
		if t.kind != tWord {
			break
		}
		if n > 1 {
			key = append(key, ' ')
		}
		for k := 0; k < len(t.n); k++ {
			if t.n[k] != '.' {
				key = append(key, t.n[k])
			}
		}
		p, opens := countryPrefixes()[string(key)]
		if p.isForm {
			best, bestN = p.form, n
		} else if n == 1 && isAllCaps(t.n) && utf8.RuneCountInString(t.n) > 3 {
			// A dateline in capitals: "LONDON".
			if f, ok := countryForms()[formKey(titleCase(t.n))]; ok {
				best, bestN = f, n
			}
		}
		if !opens {
			break
		}
	}
	// Asked only of a form found: most words make none.
	if bestN > 0 && currencyAt(toks, i) { // "US$3 billion", "US dollars"
		return countryForm{}, 0
	}
	// "Latin American countries", "Native Americans": a region's people.
	if bestN > 0 && best.kind == cmAdj && i > 0 && toks[i-1].upper() && regionWords.has(toks[i-1].lower()) {
		return countryForm{}, 0
	}
	return best, bestN
}

// countryBodyKey is the key of a body named after its country, whatever
// the country's form: "Lithuania's navy" and "Lithuanian Navy" are one. It
// is "" for other names.
func countryBodyKey(name string) string {
	toks := tokenize(name)
	f, cn := countryFormAt(toks, 0)
	if cn == 0 || f.kind == cmCapital {
		return ""
	}
	rest := cn
	if rest < len(toks) && toks[rest].n == "'s" {
		rest++
	}
	if rest >= len(toks) {
		return ""
	}
	return "\x00" + f.c.name + " " + normName(name[toks[rest].start:])
}

// countryAtEnd returns the length of a country form ending just before
// token end (exclusive).
func countryAtEnd(toks []token, end int) int {
	for n := 1; n <= maxCountryWords && end-n >= 0; n++ {
		if countryAt(toks, end-n) == n {
			return n
		}
	}
	return 0
}

// stripCountryPrefix returns where the name [a,b) continues after a leading
// country form, or a when there is none.
func stripCountryPrefix(toks []token, a, b int) int {
	if cn := countryAt(toks, a); cn > 0 && a+cn < b {
		return a + cn
	}
	return a
}

// currencyAt says the word at i names a currency: "13.6 billion US
// dollars", "Turkish lira". ("US$3 billion" is one sign: tokenize.)
func currencyAt(toks []token, i int) bool {
	return i+1 < len(toks) && currencyNouns.has(toks[i+1].lower())
}

// currencyNouns follow a country's name or adjective in a currency's name.
// Not "won", "real" or "rand", English words too: "Australia won the cup"
// is the country.
var currencyNouns = words(`dollar dollars cent cents euro euros pound pounds peso pesos rupee rupees yen yuan
	renminbi franc francs ruble rubles rouble roubles lira liras riyal riyals rial rials dinar dinars
	dirham dirhams shekel shekels naira ringgit baht reais krona kronor krone kroner
	zloty forint hryvnia lari tenge cedi cedis shilling shillings kwacha birr taka`)

// languageAt says the words at i make a country's adjective a language:
// "Spanish dual-language program", "French lessons", "Arabic-speaking".
func languageAt(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	l := toks[i].lower()
	return languageNouns.has(l) || strings.HasSuffix(l, "-language") || strings.HasSuffix(l, "-speaking") || strings.HasSuffix(l, "-speakers")
}

// languageObject says the country's adjective at [a,b) is a language
// standing as a noun after "in": "spoke in Spanish through an
// interpreter", "printed in French and Arabic." (not "in Spanish waters").
func languageObject(toks []token, a, b int) bool {
	if b < len(toks) && toks[b].kind == tWord && !prepositions.has(toks[b].lower()) && !wordIs(toks, b, "and", "or", "but", "through", "during") {
		return false
	}
	if wordIs(toks, a-1, "in", "into") {
		return true
	}
	// "in French and Arabic": the second of two.
	if wordIs(toks, a-1, "and", "or") && a >= 3 && wordIs(toks, a-3, "in", "into") {
		if f, n := countryFormAt(toks, a-2); n == 1 && f.kind == cmAdj {
			return true
		}
	}
	return false
}

// languageNouns follow a language's name.
var languageNouns = words(`language languages speaking speaker speakers lessons classes class course courses
	translation translations translator translators interpreter interpreters dialect subtitles
	version edition teacher teachers literature`)
