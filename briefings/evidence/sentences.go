package evidence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentences splits a source's text into sentences, by rule: a blank line
// ends one, and so does ".", "!" or "?" (and closing quotes or brackets)
// before a space and a capital, a digit or an opening quote, unless the
// word before the stop is an initial or a title ("U.S.", "Mr."). A wrong
// split costs little: a match is widened to every sentence it touches.
func sentences(text string) []Span {
	var out []Span
	start := -1
	add := func(end int) {
		for end > start && isSpaceByte(text[end-1]) {
			end--
		}
		if end > start {
			out = append(out, Span{start, end})
		}
		start = -1
	}
	for i := 0; i < len(text); {
		c := text[i]
		if start < 0 {
			if !isSpaceByte(c) {
				start = i
			}
			i++
			continue
		}
		switch c {
		case '\n':
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
				j++
			}
			if j < len(text) && text[j] == '\n' {
				add(i)
				i = j
				continue
			}
		case '.', '!', '?':
			j := i + 1
			for j < len(text) {
				if strings.IndexByte(`"')]`, text[j]) >= 0 {
					j++
				} else if strings.HasPrefix(text[j:], "”") || strings.HasPrefix(text[j:], "’") {
					j += 3
				} else {
					break
				}
			}
			if j < len(text) && isSpaceByte(text[j]) && (c != '.' || !abbrevBefore(text, start, i)) {
				k := j
				for k < len(text) && isSpaceByte(text[k]) {
					k++
				}
				if k < len(text) {
					r, _ := utf8.DecodeRuneInString(text[k:])
					if unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"'“‘(`, r) {
						add(j)
						i = j
						continue
					}
				}
			}
		}
		i++
	}
	if start >= 0 {
		add(len(text))
	}
	return out
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' }

// titles stand before a name and end with a stop that ends no sentence.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true,
	"lt": true, "col": true, "sgt": true, "capt": true, "cmdr": true, "adm": true, "gov": true, "sen": true,
	"rep": true, "rev": true, "maj": true, "pres": true, "st": true, "no": true, "vs": true, "jr": true, "sr": true,
}

// abbrevBefore reports whether the stop at text[dot] ends an initial
// ("U.S.", "F.") or a title ("Mr.").
func abbrevBefore(text string, from, dot int) bool {
	w := dot
	for w > from {
		r, size := utf8.DecodeLastRuneInString(text[from:w])
		if !unicode.IsLetter(r) {
			break
		}
		w -= size
	}
	word := text[w:dot]
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	return titles[strings.ToLower(word)]
}
