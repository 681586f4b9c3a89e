package generate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tWord    = iota // letters/digits, with inner hyphens, apostrophes, dots
	tNum            // starts with a digit
	tPunct          // any other single character
	tDQ             // a double quotation mark, straight or curly
	tSQOpen         // an opening single quotation mark
	tSQClose        // a closing single quotation mark
)

// token is one word or mark of a sentence. s is the original text, n the
// straightened form used for matching; start and end are byte offsets in the
// sentence text.
type token struct {
	s, n       string
	l          string // n in lower case (tokenize fills it; see lower)
	start, end int
	kind       int
}

// upper says the token starts with an upper-case letter.
func (t token) upper() bool {
	r, _ := utf8.DecodeRuneInString(t.s)
	return unicode.IsUpper(r)
}

// lower is the token in lower case. Rules ask it of the same tokens
// many times over, so tokenize computes it once.
func (t token) lower() string {
	if t.l != "" {
		return t.l
	}
	return strings.ToLower(t.n)
}

// abbrevs keep their final dot as part of the word.
var abbrevs = &lazyWords{build: func() *wordTable {
	return newWordTable(map[string]bool{
		"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true, "col": true,
		"sgt": true, "capt": true, "cmdr": true, "adm": true, "gov": true, "sen": true, "rep": true, "rev": true,
		"st": true, "jr": true, "sr": true, "inc": true, "ltd": true, "corp": true, "co": true, "no": true, "pvt": true, "sdn": true, "bhd": true,
		"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
		"sept": true, "oct": true, "nov": true, "dec": true, "vs": true, "etc": true, "maj": true, "pres": true,
		// Titles and a given name the Philippine, Nigerian and South Asian
		// press shorten: "Atty.", "Usec.", "Engr.", "Hon.", "Ma. Cristina".
		"atty": true, "usec": true, "asec": true, "engr": true, "hon": true, "brig": true, "supt": true, "ma": true,
	})
}}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		// ASCII, most of the text: its letters and digits are these, and
		// it has no mark (Mn). The tokenizer asks of every rune, and the
		// three table lookups were a tenth of its time.
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == '‘' }

// spacedApostrophe reads "Charles O 'Reilly", an Irish or Italian name
// whose apostrophe a copy set off by a space: after the word s[i:j], "O"
// or "D", a space, an apostrophe and a capitalized word. It returns that
// word and where it ends, or j when s goes on otherwise.
func spacedApostrophe(s string, i, j int) (rest string, end int) {
	if w := s[i:j]; w != "O" && w != "D" || j+2 >= len(s) || s[j] != ' ' {
		return "", j
	}
	a, asz := utf8.DecodeRuneInString(s[j+1:])
	if r, _ := utf8.DecodeRuneInString(s[j+1+asz:]); !isApos(a) || !unicode.IsUpper(r) {
		return "", j
	}
	end = j + 1 + asz
	for end < len(s) {
		r, sz := utf8.DecodeRuneInString(s[end:])
		if !isWordRune(r) {
			break
		}
		end += sz
	}
	return s[j+1+asz : end], end
}

// tokenize splits a sentence into tokens. It is one function because it
// is one pass over the runes whose cases share the scanner's state (an
// open single quote, the word being read).
func tokenize(s string) []token {
	return appendTokens(make([]token, 0, tokensFor(s)), s)
}

// tokensFor is room for the tokens of s: a token for five bytes, more
// than the news has (a sixth of its bytes).
func tokensFor(s string) int { return len(s)/5 + 4 }

// appendTokens is tokenize, appending the tokens of s to toks, which is
// empty: a tokenSlab's room.
func appendTokens(toks []token, s string) []token {
	singleOpen := false
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isWordRune(r):
			j := i + size
			for j < len(s) {
				// An ASCII letter or digit goes on the word: most bytes
				// are, and need no decoding.
				if c := s[j]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
					j++
					continue
				}
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) {
					j += sz
					continue
				}
				// Inner hyphen, slash-free dot (U.S., 3.5), comma in numbers,
				// apostrophe inside a word (O'Brien, don't) -- but not the
				// possessive 's, which becomes a token of its own.
				if j+sz < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+sz:])
					if (r2 == '-' || r2 == '‑') && isWordRune(r3) {
						j += sz
						continue
					}
					// "A/S", a Danish or Norwegian firm's legal form: one
					// capital, a slash, one capital.
					if r2 == '/' && j-i == 1 && unicode.IsUpper(r) && unicode.IsUpper(r3) && (j+sz+1 >= len(s) || !isWordRune(rune(s[j+sz+1]))) {
						j += sz
						continue
					}
					// "S&D", "AT&T": an ampersand between capitals.
					if r2 == '&' && unicode.IsUpper(lastRune(s[i:j])) && unicode.IsUpper(r3) {
						j += sz
						continue
					}
					if r2 == '.' && isWordRune(r3) && (unicode.IsDigit(r3) || dottedAbbrev(s[i:j])) {
						j += sz
						continue
					}
					if r2 == ',' && unicode.IsDigit(r3) && unicode.IsDigit(lastRune(s[i:j])) && digitsAfter(s[j+sz:]) == 3 {
						j += sz
						continue
					}
					if isApos(r2) && unicode.IsLetter(r3) && !possessiveAt(s[j+sz:]) {
						j += sz
						continue
					}
				}
				break
			}
			// Keep the dot of an abbreviation (U.S., Mr., Jan.).
			if j < len(s) && s[j] == '.' {
				w := s[i:j]
				// Every abbreviation is of four ASCII letters or fewer,
				// none of them k (whose fold the Kelvin sign is): a
				// longer word is none, and needs no lower case.
				if len(w) <= 4 && abbrevs.hasLower(w) || dottedAbbrev(w) {
					j++
				}
			}
			// "OPEC+": a plus ends an acronym's name.
			if j < len(s) && s[j] == '+' && isAllCaps(s[i:j]) && (j+1 == len(s) || !isWordRune(rune(s[j+1]))) {
				j++
			}
			kind := tWord
			if unicode.IsDigit(r) {
				kind = tNum
			}
			// "US$2.1 billion", "A$6.2 billion", "HK$": a currency's sign,
			// no country named.
			if j < len(s) && s[j] == '$' && j-i <= 3 && isAllCaps(s[i:j]) {
				j++
				kind = tPunct
			}
			n := straighten(s[i:j])
			if rest, end := spacedApostrophe(s, i, j); end > j {
				n, j = s[i:j]+"'"+straighten(rest), end
			}
			toks = append(toks, token{s: s[i:j], n: n, start: i, end: j, kind: kind})
			i = j
		case r == '"' || r == '“' || r == '”' || r == '„' || r == '«' || r == '»':
			toks = append(toks, token{s: s[i : i+size], n: `"`, start: i, end: i + size, kind: tDQ})
			i += size
		case strings.HasPrefix(s[i:], "``") || strings.HasPrefix(s[i:], "''"):
			// The AP wire's and the Penn Treebank's quotation marks:
			// ``...''.
			toks = append(toks, token{s: s[i : i+2], n: `"`, start: i, end: i + 2, kind: tDQ})
			i += 2
		case isApos(r):
			// Possessive 's / s' after a word, or a single quotation mark.
			prevWord := len(toks) > 0 && toks[len(toks)-1].end == i && toks[len(toks)-1].kind != tPunct && toks[len(toks)-1].kind != tDQ
			if prevWord && possessiveAt(s[i+size:]) {
				j := i + size + 1
				toks = append(toks, token{s: s[i:j], n: "'s", start: i, end: j, kind: tWord})
				i = j
				continue
			}
			kind := tPunct
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			prevPunct := len(toks) > 0 && toks[len(toks)-1].end == i && toks[len(toks)-1].kind == tPunct && strings.ContainsAny(toks[len(toks)-1].n, ",.!?;:")
			// After a sentence's punctuation a mark that no word follows
			// closes a quote, even one opened in an earlier sentence:
			// ‘We have been patient. We have shown flexibility,’ he said.
			closesAfterPunct := prevPunct && r != '‘' && (singleOpen || !isWordRune(next))
			if prevWord || closesAfterPunct {
				kind = tSQClose
				// Inside a quotation too when a word goes on after it:
				// ‘... listens to journalists’ phones any more,’ she said.
				if last := toks[len(toks)-1].n; strings.HasSuffix(last, "s") && r != '‘' && (!singleOpen || possessiveGoesOn(s[i+size:])) {
					// "countries’ leaders": a plural possessive.
					toks = append(toks, token{s: s[i : i+size], n: "'", start: i, end: i + size, kind: tWord})
					i += size
					continue
				}
			} else if r != '’' && (i+size < len(s) && (isWordRune(next) || next == '.')) {
				kind = tSQOpen
			}
			switch kind {
			case tSQOpen:
				singleOpen = true
			case tSQClose:
				singleOpen = false
			}
			toks = append(toks, token{s: s[i : i+size], n: "'", start: i, end: i + size, kind: kind})
			i += size
		default:
			// The mark's own bytes, as string(r) would make them, but for
			// a byte that is no UTF-8 (read as U+FFFD).
			n := s[i : i+size]
			if r == utf8.RuneError && size == 1 {
				n = string(r)
			}
			toks = append(toks, token{s: s[i : i+size], n: n, start: i, end: i + size, kind: tPunct})
			i += size
		}
	}
	lowerTokens(toks)
	return toks
}

// tokenSlab gives the sentences of a document their tokens from a few
// arrays sized to the text, not an array each: one allocation per
// sentence, and the fifth of each array that tokensFor leaves unused,
// were a sixth of the generator's bytes (throughput is a requirement:
// 1 MB/s per core).
type tokenSlab struct {
	free []token // the room left, empty
}

// tokenize is tokenize(s), from the slab; ahead is how many bytes of the
// document follow s, to size the next array by.
func (sl *tokenSlab) tokenize(s string, ahead int) []token {
	if need := tokensFor(s); cap(sl.free) < need {
		// The text left, at a token for six bytes.
		sl.free = make([]token, 0, max(need, (len(s)+ahead)/6+16))
	}
	toks := appendTokens(sl.free, s)
	if cap(toks) == cap(sl.free) { // s fitted, and append kept the array
		sl.free = toks[len(toks):]
	}
	return toks[:len(toks):len(toks)] // the next sentence's room is not this one's
}

// lowerTokens sets each token's l, strings.ToLower of its n. The words
// with a capital in ASCII take theirs from one string per sentence that
// holds them all in lower case, not one string each (throughput is a
// requirement: 1 MB/s per core).
func lowerTokens(toks []token) {
	need := 0 // the bytes of the words that take their lower case from low
	for i := range toks {
		t := &toks[i]
		switch ascii, upper := asciiUpper(t.n); {
		case !ascii:
			t.l = strings.ToLower(t.n) // t.n itself when nothing changes
		case !upper:
			t.l = t.n
		default:
			t.l, need = "", need+len(t.n) // filled from low below
		}
	}
	if need == 0 {
		return
	}
	var b strings.Builder
	b.Grow(need)
	for i := range toks {
		if toks[i].l == "" {
			for _, c := range []byte(toks[i].n) {
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b.WriteByte(c)
			}
		}
	}
	low, at := b.String(), 0
	for i := range toks {
		if t := &toks[i]; t.l == "" {
			t.l, at = low[at:at+len(t.n)], at+len(t.n)
		}
	}
}

// asciiUpper says whether s is ASCII and whether it holds an ASCII
// capital.
func asciiUpper(s string) (ascii, upper bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false, false
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	return true, upper
}

// possessiveGoesOn says the text after a mark that follows a plural is a
// lower-case word that a possessive would own ("phones"), not the start of
// an attribution ("she said").
func possessiveGoesOn(rest string) bool {
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	// The next word only: splitting the whole rest of the sentence for it
	// made a long sentence cost the square of its length.
	w := strings.TrimLeftFunc(rest, unicode.IsSpace)
	if w == "" {
		return false
	}
	if end := strings.IndexFunc(w, unicode.IsSpace); end >= 0 {
		w = w[:end]
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return false
	}
	return !notPossessed.has(strings.TrimRight(w, ",.;:!?"))
}

// notPossessed are words no possessive owns: an attribution ("she said")
// or a function word ("‘moving the goalposts’ over who", "‘any effective
// means’ of").
var notPossessed = words(`he she they it we i you said says added adds told wrote according
		and or but nor so yet over in on at to for from with by about as of into onto under against
		during since until after before because if than then that which who whom whose when while
		where is was are were be been being has had have will would could should may might must can
		the a an this these those its their his her our my your not also`)

// possessiveAt says s starts with "s" ending a word (the clitic of 's).
func possessiveAt(s string) bool {
	if len(s) == 0 || (s[0] != 's' && s[0] != 'S') {
		return false
	}
	if len(s) == 1 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[1:])
	return !isWordRune(r)
}

// dottedAbbrev says w looks like a dotted abbreviation: single letters
// separated by dots (U.S, U.N, e.g).
func dottedAbbrev(w string) bool {
	// Part by part, not strings.Split: the tokenizer asks it of every
	// word before a dot (throughput is a requirement: 1 MB/s per core).
	for {
		p, rest, more := strings.Cut(w, ".")
		// One rune, a letter: "April 2." ends a sentence, it is no
		// abbreviation.
		if r, size := utf8.DecodeRuneInString(p); size != len(p) || !unicode.IsLetter(r) {
			return false
		}
		if !more {
			return true
		}
		w = rest
	}
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func digitsAfter(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}
