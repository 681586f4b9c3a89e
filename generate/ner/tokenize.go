package ner

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Token is one word or punctuation mark of a text, cut the way the training
// data is (UD/PTB style: "do" "n't", "Trump" "'s", "Al" "-" "Zaman", commas
// and final periods apart), with its byte offsets: text[Start:End] == Text.
type Token struct {
	Text       string
	Start, End int
}

// abbrevs keep their period: the training data writes "Mr." and "St." as
// one token, and a period cut off them would look like a sentence end.
var abbrevs = lazySet(`mr mrs ms dr prof st jr sr gen col lt sgt capt cpt maj adm rev gov sen rep reps pres supt insp
	inc corp co ltd llc plc bros dept univ assn
	jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
	no vs etc al ft mt blvd ave rd fig approx est ca cf viz`)

// apostrophes is every character the texts use as an apostrophe.
func isApos(r rune) bool { return r == '\'' || r == '’' || r == '‘' }

// clitics are the endings PTB writes as tokens of their own, lower case,
// apostrophe first (n't keeps its n).
var clitics = []string{"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"}

// openers and closers are cut off the ends of a word one at a time.
const (
	openers = "\"'“‘«([{$£€<"
	closers = "\"'”’»)]},;:!?%>"
)

// Tokenize cuts text into tokens. It never drops a non-space character, so
// offsets cover the text; whitespace separates tokens and is not a token.
func Tokenize(text string) []Token { return appendTokens(nil, text) }

// appendTokens is Tokenize, appending to toks, which is empty: a Tagger's
// buffer, reused from document to document.
func appendTokens(toks []Token, text string) []Token {
	// About one token in six bytes of news, one in five of the windows
	// round names the generator tags (generate.nameWindows): room for one
	// in four, as growing the slice from nothing copied it a score of
	// times for a long document, and growing it once at the end copied
	// the generator's windows (a twentieth of its bytes, with ner.word).
	toks = slices.Grow(toks, len(text)/4+1)
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		toks = chunk(toks, text, i, j)
		i = j
	}
	return toks
}

// chunk cuts the whitespace-free text[a:b] into tokens.
func chunk(toks []Token, text string, a, b int) []Token {
	add := func(s, e int) {
		if s < e {
			toks = append(toks, Token{Text: text[s:e], Start: s, End: e})
		}
	}
	// Leading punctuation, one mark at a time.
	for a < b {
		r, n := utf8.DecodeRuneInString(text[a:b])
		if !strings.ContainsRune(openers, r) || a+n == b {
			break
		}
		// '90s: an apostrophe before a digit is part of the year.
		if isApos(r) {
			nr, _ := utf8.DecodeRuneInString(text[a+n : b])
			if unicode.IsDigit(nr) {
				break
			}
		}
		add(a, a+n)
		a += n
	}
	// Trailing punctuation, kept in order.
	var tailBuf [4]Token // most words end in a mark or two: no allocation
	tail := tailBuf[:0]
	for a < b {
		if strings.HasSuffix(text[a:b], "...") && b-3 > a {
			tail = append(tail, Token{Text: "...", Start: b - 3, End: b})
			b -= 3
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[a:b])
		if r == '.' && b-n > a {
			if keepsPeriod(text[a:b]) {
				break
			}
			tail = append(tail, Token{Text: ".", Start: b - n, End: b})
			b -= n
			continue
		}
		if !strings.ContainsRune(closers, r) || b-n == a {
			break
		}
		// students' : the apostrophe is a possessive, a token itself
		// (as PTB has it), but "rock'n'roll" keeps its inner ones.
		tail = append(tail, Token{Text: text[b-n : b], Start: b - n, End: b})
		b -= n
	}
	toks = word(toks, text, a, b)
	for k := len(tail) - 1; k >= 0; k-- {
		toks = append(toks, tail[k])
	}
	return toks
}

// keepsPeriod says a word ending in a period is an abbreviation that keeps
// it: a known abbreviation, a single letter (an initial) or a dotted
// acronym (U.S., D.C., p.m.).
func keepsPeriod(w string) bool {
	stem := strings.TrimSuffix(w, ".")
	if stem == "" {
		return false
	}
	if abbrevs()[strings.ToLower(stem)] {
		return true
	}
	if utf8.RuneCountInString(stem) == 1 {
		r, _ := utf8.DecodeRuneInString(stem)
		return unicode.IsLetter(r)
	}
	if strings.Contains(stem, ".") {
		for _, p := range strings.Split(stem, ".") {
			if utf8.RuneCountInString(p) > 2 {
				return false
			}
		}
		return true
	}
	return false
}

// word cuts clitics and inner hyphens out of text[a:b].
func word(toks []Token, text string, a, b int) []Token {
	if a >= b {
		return toks
	}
	w := text[a:b]
	// Clitics: do|n't, Trump|'s, they|'re.
	lw := ""
	if strings.IndexByte(w, '\'') >= 0 || mayCurl(w) && strings.ContainsAny(w, "’‘") {
		lw = strings.ToLower(quoteReplacer.Replace(w))
	}
	for _, c := range clitics {
		if lw == "" {
			break
		}
		if !strings.HasSuffix(lw, c) || len(lw) == len(c) {
			continue
		}
		// The suffix is the same in bytes only when no curly apostrophe
		// was replaced; find its start in w by counting runes back.
		cut := b
		for k := utf8.RuneCountInString(c); k > 0; k-- {
			_, n := utf8.DecodeLastRuneInString(text[a:cut])
			cut -= n
		}
		if cut <= a {
			break
		}
		toks = word(toks, text, a, cut)
		return append(toks, Token{Text: text[cut:b], Start: cut, End: b})
	}
	// Hyphens between letters: Al-Zaman -> Al - Zaman, as the training
	// data has it; numbers (713-853-3989, 2015-16) and e-mail stay whole.
	for k := a + 1; k < b-1; k++ {
		if text[k] != '-' {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(text[a:k])
		next, _ := utf8.DecodeRuneInString(text[k+1 : b])
		if !unicode.IsLetter(prev) && !unicode.IsLetter(next) {
			continue
		}
		if k-a == 1 && (prev == 'e' || prev == 'E') {
			continue
		}
		toks = append(toks, Token{Text: text[a:k], Start: a, End: k})
		toks = append(toks, Token{Text: "-", Start: k, End: k + 1})
		return word(toks, text, k+1, b)
	}
	return append(toks, Token{Text: w, Start: a, End: b})
}

// sentenceEnders end a sentence when the next word may start one.
var sentenceEnders = lazySet(`. ! ? ... !! !!! ?? ?!`)

// closingAfterEnd may follow a sentence's final mark and still belong to it.
var closingAfterEnd = lazySet(`" ' ” ’ ) ] »`)

// Sentences cuts text into sentences of tokens. A blank line always ends a
// sentence, and so does a line break after a line that ends a sentence or
// reads as a heading (a title, a date line); otherwise a final mark ends
// one when the next token starts with a capital, a digit or a quotation
// mark.
func Sentences(text string) [][]Token {
	sents, _ := sentencesOf(Tokenize(text), nil, nil, text)
	return sents
}

// sentencesOf is Sentences of text, whose tokens are toks, cutting them
// into out and the long ones of out into long, both empty: buffers a
// Tagger reuses from document to document. It returns the sentences
// (long) and out.
func sentencesOf(toks []Token, out, long [][]Token, text string) (sents, cut [][]Token) {
	start := 0
	flush := func(end int) {
		if end > start {
			out = append(out, toks[start:end:end])
		}
		start = end
	}
	for i := range toks {
		if i > start && lineBreakBefore(text, toks[i-1].End, toks[i].Start) {
			flush(i)
		}
		if !sentenceEnders()[toks[i].Text] {
			continue
		}
		j := i + 1
		// A closing mark that touches the final mark is this sentence's;
		// one after a space opens the next ("medal. "It was").
		for j < len(toks) && closingAfterEnd()[toks[j].Text] && toks[j].Start == toks[j-1].End {
			j++
		}
		if j >= len(toks) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(toks[j].Text)
		if unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'([", r) {
			// The closers [i+1, j) belong to this sentence; the loop
			// visits them next and must not cut again.
			flush(j)
		}
	}
	flush(len(toks))
	return splitLong(long, out), out
}

// maxSentence is the most tokens a sentence may have: text without marks
// (a list, a table, a run-on line) would otherwise make one sentence of
// the whole text, and the tagger's work on a sentence, though linear,
// holds a score per token and tag pair in memory.
const maxSentence = 200

// splitLong cuts sentences longer than maxSentence, at the last comma,
// semicolon or dash of each window if there is one in its second half,
// appending them to out.
func splitLong(out, sents [][]Token) [][]Token {
	for _, s := range sents {
		for len(s) > maxSentence {
			cut := maxSentence
			for k := maxSentence - 1; k > maxSentence/2; k-- {
				if w := s[k].Text; w == "," || w == ";" || w == "--" || w == "—" || w == "–" {
					cut = k + 1
					break
				}
			}
			out = append(out, s[:cut:cut])
			s = s[cut:]
		}
		out = append(out, s)
	}
	return out
}

// lineBreakBefore says the whitespace text[a:b] between two tokens ends a
// sentence: it holds a blank line, or a line break after a line that ends
// with a sentence mark or is short (a heading, a date line). A line break
// inside running text (wrapped paragraphs) does not.
func lineBreakBefore(text string, a, b int) bool {
	gap := text[a:b]
	nl := strings.IndexByte(gap, '\n')
	if nl < 0 {
		return false
	}
	if strings.Count(gap, "\n") >= 2 {
		return true
	}
	lineStart := strings.LastIndexByte(text[:a], '\n') + 1
	line := strings.TrimSpace(text[lineStart:a])
	if line == "" {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".!?:\"”’)", last) {
		return true
	}
	// Wrapped running text fills its lines; a heading does not.
	return utf8.RuneCountInString(line) < 60
}

// lazySet is toSet built on first use: the reader links this package
// (through the generator) and must build no table at start-up.
func lazySet(s string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool { return toSet(s) })
}

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
