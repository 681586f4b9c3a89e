package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Feature templates. A feature is the FNV-1a hash of its template and its
// values, so that the model stores no strings and a feature never seen in
// training costs one failed lookup. The numbers are part of the model
// format: a change of template is a change of model.
const (
	fBias byte = iota + 1
	fWord
	fLower
	fShape
	fShort
	fPrefix
	fSuffix
	fPrev1
	fNext1
	fPrev2
	fNext2
	fPrevShort
	fNextShort
	fPrevWordPair
	fNextWordPair
	fShortTriple
	fFirstShort
	fCountry
	fCountryPrev
	fCountryNext
	_ // retired (Length): cost more time than it gained
	_ // retired (PrevShort2): cost more time than it gained
	_ // retired (NextShort2): cost more time than it gained
	fDocCase
	_ // retired (PrevRaw): cost more time than it gained
	_ // retired (NextRaw): cost more time than it gained
	fPrevShortWord
	fWordNextShort
	fCapRun
	_ // retired (NextSuffix): cost more time than it gained
	_ // retired (PrevSuffix): cost more time than it gained
	fPairShort
	fPairLower
	fPairNextShort
	fOrgCue
	fOrgCueAhead
)

// orgCues are words that end or head organization names ("Civic Party",
// "Home Office", "Sky News", "Airbus Industrie"), lower case: the training
// data, mostly web text, has few of news's organizations, and a list
// carries what a word's own weight learnt from few examples cannot.
var orgCues = lazySet(`party office ministry department agency council commission committee court parliament
	congress senate assembly bank fund organization organisation union army navy force forces guard corps
	police service bureau administration authority institute university college school foundation
	association federation league group corporation corp corp. inc inc. ltd ltd. llc plc co co. company
	holdings technologies labs laboratories airlines airways motors energy petroleum industries
	pharmaceuticals network networks times post news journal herald guardian tribune gazette daily
	chronicle observer express mirror press telegraph broadcasting radio television tv cabinet government
	directorate command brigade battalion regiment movement front alliance coalition secretariat tribunal
	board trust exchange reserve treasury intelligence centre center club society academy hospital church
	systems partners associates capital management securities investments insurance motor automotive
	electronics communications media studios records entertainment institution commission`)

// pairFeatures appends the features of token i that are scored together
// with the previous token's tag (a weight per previous tag and tag): what the previous tag
// says about this word depends on the word ("I-PER" then "Jr." or "said").
func pairFeatures(dst []uint64, toks []tokenInfo, i int) []uint64 {
	return pairContextFeatures(wordPairFeatures(dst, &toks[i]), toks, i)
}

// wordPairFeatures appends the pair features that read token t alone.
// They come first, so that the sum of their weights can be kept per word
// and the scores stay the same to the last bit (see wordScores).
func wordPairFeatures(dst []uint64, t *tokenInfo) []uint64 {
	return append(dst,
		uint64(newHash(fPairShort).add(t.short)),
		uint64(newHash(fPairLower).add(t.lower)))
}

// pairContextFeatures appends the pair features that read a neighbour.
func pairContextFeatures(dst []uint64, toks []tokenInfo, i int) []uint64 {
	n1 := &boundaryE
	if i+1 < len(toks) {
		n1 = &toks[i+1]
	}
	return append(dst, uint64(newHash(fPairNextShort).add(toks[i].short).add(n1.short)))
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

type hasher uint64

func newHash(template byte) hasher {
	return hasher((fnvOffset ^ uint64(template)) * fnvPrime)
}

func (h hasher) add(s string) hasher {
	x := uint64(h)
	for i := 0; i < len(s); i++ {
		x = (x ^ uint64(s[i])) * fnvPrime
	}
	// A separator, so that ("ab","c") and ("a","bc") differ.
	return hasher((x ^ 0xff) * fnvPrime)
}

// tokenInfo is what the features read of one token, computed once.
type tokenInfo struct {
	word, lower, shape, short string
	country                   countryKind
	orgCue                    bool
	docCase                   string
}

// normWord maps the texts' typographic variants onto the forms the
// training data mostly has (straight quotes).
func normWord(w string) string {
	if !mayCurl(w) || !strings.ContainsAny(w, "’‘“”") {
		return w
	}
	return quoteReplacer.Replace(w)
}

// mayCurl says w may hold a curly quotation mark (’ ‘ “ ”): it has their
// UTF-8 sequences' first byte. Most words have none, and the test spares
// them strings.ContainsAny, which looks each rune up in the set in turn
// (the tagger asks it of every word; throughput is a requirement: 1 MB/s
// per core).
func mayCurl(w string) bool { return strings.IndexByte(w, 0xE2) >= 0 }

var quoteReplacer = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"")

// lowerDigits lower-cases w and writes every digit as 0: the value of a
// number says nothing about names.
func lowerDigits(w string) string {
	if lowerASCII(w) {
		return w // most words: nothing to change, nothing to allocate
	}
	var sb strings.Builder
	sb.Grow(len(w))
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			sb.WriteByte('0')
		default:
			sb.WriteRune(unicode.ToLower(r))
		}
	}
	return sb.String()
}

// lowerASCII says w is ASCII without capitals or digits.
func lowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			return false
		}
	}
	return true
}

// shapes returns the word's shape (Xxxx, dd.dd: letters and digits by
// class, runs longer than four cut to four) and its short shape (runs cut
// to one: Xx, d.d).
func shapes(w string) (string, string) {
	// Built in arrays on the stack: a shape is short, and a Builder grew
	// rune by rune.
	var fullBuf, shortBuf [32]byte
	full, short := fullBuf[:0], shortBuf[:0]
	var last rune
	run := 0
	for _, r := range w {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case unicode.IsLetter(r):
			c = 'x'
		}
		if c == last {
			run++
		} else {
			run = 1
		}
		if run <= 4 {
			full = utf8.AppendRune(full, c)
		}
		if run == 1 {
			short = utf8.AppendRune(short, c)
		}
		last = c
	}
	return string(full), string(short)
}

// infos computes each token's tokenInfo; docCase is the document-level
// case evidence (see docCases), nil for none. Training reads tokens
// through it; a Tagger keeps the same of each word in its wordCache.
func infos(words []string, docCase map[string]string) []tokenInfo {
	marks := countryMarks(words)
	out := make([]tokenInfo, len(words))
	for i, w := range words {
		ti := newTokenInfo(w)
		if docCase != nil {
			ti.docCase = docCase[ti.lower]
		}
		ti.country = marks[i]
		out[i] = ti
	}
	return out
}

// newTokenInfo is what the features read of word w alone.
func newTokenInfo(w string) tokenInfo {
	nw := normWord(w)
	full, short := shapes(nw)
	ti := tokenInfo{word: nw, lower: lowerDigits(nw), shape: full, short: short}
	ti.orgCue = capital(nw) && orgCues()[ti.lower]
	return ti
}

// docCases says, for each lower-cased word of a document, how it is
// written where its case tells something (not first in a sentence):
// "C" capitalised only, "l" lower case only, "b" both. A sentence-initial
// "Apple" or a headline word then carries what the rest of the document
// says of it.
func docCases(sents [][]string) map[string]string {
	m := map[string]string{}
	lower := map[string]string{} // words repeat: normalise each once
	noteDocCases(m, sents, func(_, _ int, w string) string {
		k, ok := lower[w]
		if !ok {
			k = lowerDigits(normWord(w))
			lower[w] = k
		}
		return k
	})
	return m
}

// noteDocCases notes in m how each word of sents but a sentence's first is
// written, under its lower-case form as lower gives it (docCases) for
// word w, the i-th of sentence si.
func noteDocCases(m map[string]string, sents [][]string, lower func(si, i int, w string) string) {
	for si, s := range sents {
		for i, w := range s {
			if i == 0 {
				continue
			}
			if c, ok := caseOf(w); ok {
				noteCase(m, lower(si, i, w), c)
			}
		}
	}
}

var (
	boundary  = tokenInfo{word: "<s>", lower: "<s>", shape: "<s>", short: "<s>"}
	boundaryE = tokenInfo{word: "</s>", lower: "</s>", shape: "</s>", short: "</s>"}
)

// features appends the hashed features of token i to dst. It is long on
// purpose: one list of the feature templates, in the order training
// numbers them.
func features(dst []uint64, toks []tokenInfo, i int) []uint64 {
	return contextFeatures(wordFeatures(dst, &toks[i]), toks, i)
}

// wordFeatures appends the features that read token t alone, the first
// of the list: their summed weights are the same wherever the word is, so
// a tagger can keep the sum per word (wordScores) and still add the same
// floats in the same order as features lists them.
func wordFeatures(dst []uint64, t *tokenInfo) []uint64 {
	f := func(h hasher) { dst = append(dst, uint64(h)) }
	f(newHash(fBias))
	f(newHash(fWord).add(t.word))
	f(newHash(fLower).add(t.lower))
	f(newHash(fShape).add(t.shape))
	f(newHash(fShort).add(t.short))
	n := 0
	for k := range t.lower {
		if k == 0 {
			continue
		}
		n++
		if n > 4 {
			break
		}
		f(newHash(fPrefix).add(t.lower[:k]))
	}
	n = 0
	for k := len(t.lower) - 1; k > 0 && n < 4; k-- {
		if !utf8.RuneStart(t.lower[k]) {
			continue
		}
		n++
		f(newHash(fSuffix).add(t.lower[k:]))
	}
	return dst
}

// contextFeatures appends the features of token i that read its
// neighbours or its place, after wordFeatures.
func contextFeatures(dst []uint64, toks []tokenInfo, i int) []uint64 {
	at := func(k int) *tokenInfo {
		switch {
		case k < 0:
			return &boundary
		case k >= len(toks):
			return &boundaryE
		}
		return &toks[k]
	}
	t := at(i)
	p1, p2, n1, n2 := at(i-1), at(i-2), at(i+1), at(i+2)
	f := func(h hasher) { dst = append(dst, uint64(h)) }
	f(newHash(fPrev1).add(p1.lower))
	f(newHash(fNext1).add(n1.lower))
	f(newHash(fPrev2).add(p2.lower))
	f(newHash(fNext2).add(n2.lower))
	f(newHash(fPrevShort).add(p1.short))
	f(newHash(fNextShort).add(n1.short))
	f(newHash(fPrevWordPair).add(p1.lower).add(t.lower))
	f(newHash(fNextWordPair).add(t.lower).add(n1.lower))
	f(newHash(fShortTriple).add(p1.short).add(t.short).add(n1.short))
	if i == 0 {
		f(newHash(fFirstShort).add(t.short))
	}
	if t.country != notCountry {
		f(newHash(fCountry).add(string(rune('0' + t.country))))
	}
	if p1.country != notCountry {
		f(newHash(fCountryPrev).add(string(rune('0' + p1.country))))
	}
	if n1.country != notCountry {
		f(newHash(fCountryNext).add(string(rune('0' + n1.country))))
	}
	f(newHash(fPrevShortWord).add(p1.short).add(t.lower))
	f(newHash(fWordNextShort).add(t.lower).add(n1.short))
	// How many capitalised words run before and after: names come in
	// runs, and a run's edges are where entities start and end.
	before, after := 0, 0
	for k := i - 1; k >= 0 && k >= i-3 && capital(toks[k].word); k-- {
		before++
	}
	for k := i + 1; k < len(toks) && k <= i+3 && capital(toks[k].word); k++ {
		after++
	}
	f(newHash(fCapRun).add(string(rune('0' + before))).add(string(rune('0' + after))).add(t.short))
	if t.orgCue {
		f(newHash(fOrgCue))
	}
	// An organization cue ahead in the same run of capitalised words
	// ("Civic Passion Party"), and how far.
	if capital(t.word) {
		for k := i + 1; k < len(toks) && k <= i+5; k++ {
			if toks[k].orgCue {
				f(newHash(fOrgCueAhead).add(string(rune('0' + k - i))))
				break
			}
			if !capital(toks[k].word) && toks[k].lower != "of" && toks[k].lower != "and" && toks[k].lower != "&" && toks[k].lower != "for" {
				break
			}
		}
	}
	if t.docCase != "" {
		f(newHash(fDocCase).add(t.docCase).add(t.short))
	}
	return dst
}

func capital(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
