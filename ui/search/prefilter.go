package search

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Skipping briefings that cannot match: parsing a briefing costs about a
// hundred times more than looking through its bytes, and most briefings of
// a library do not hold what is searched for.
//
// An item's text is its file's text with the markup taken out (list marks,
// emphasis, links, the bold of a date), and markup falls between words. So
// every match holds the query's longest word (a run of letters and digits
// every match must contain), folded as the query folds, somewhere in the
// file's text folded the same way. Markup inside a word ("Ra**ma**", an
// entity "Gda&#324;sk") would break that: a file that has any is parsed
// whatever its bytes hold.

// mustWord returns the longest run of letters and digits that every match
// of q contains, in the form q matches it (folded when q folds), or "".
func (q *Query) mustWord() string {
	var s string
	switch {
	case q.Empty():
		return ""
	case q.re != nil:
		s = q.literal // folded by Compile when q ignores case
	case q.insens || q.strip:
		s = q.folded
	default:
		s = q.literal
	}
	best := ""
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) > len(best) {
			best = w
		}
	}
	// Inner words of a regexp literal may be cut by the regexp around them
	// ("ab" of /xab+/ is "xa" then b+): only whole literals of a literal
	// query are certain; a regexp's literal is, as a whole.
	if q.re != nil && best != s {
		return ""
	}
	return best
}

// MayMatch reports whether a briefing's file may hold a match of q (false
// only when it certainly holds none).
func (q *Query) MayMatch(raw []byte) bool {
	w := q.mustWord()
	if w == "" || wordMarkup(raw) {
		return true
	}
	if !q.insens && !q.strip {
		return bytes.Contains(raw, []byte(w))
	}
	if isASCII(raw) && isASCII([]byte(w)) {
		if !q.insens {
			return bytes.Contains(raw, []byte(w))
		}
		return containsFoldASCII(raw, w)
	}
	folded, _ := foldText(string(raw), q.insens, q.strip)
	return strings.Contains(folded, w)
}

// wordMarkup reports markup that may sit inside a word: a run of *, _ or
// ` with a letter or digit on both sides, < right after one (inline HTML),
// or & starting an entity.
func wordMarkup(raw []byte) bool {
	word := func(c byte) bool {
		return c >= utf8.RuneSelf || 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
	}
	for i := 1; i < len(raw); i++ {
		switch raw[i] {
		case '*', '_', '`':
			if !word(raw[i-1]) {
				continue
			}
			j := i
			for j < len(raw) && (raw[j] == '*' || raw[j] == '_' || raw[j] == '`') {
				j++
			}
			if j < len(raw) && word(raw[j]) {
				return true
			}
			i = j
		case '<':
			if word(raw[i-1]) {
				return true
			}
		case '&':
			if i+1 < len(raw) && (raw[i+1] == '#' || 'a' <= raw[i+1]|0x20 && raw[i+1]|0x20 <= 'z') {
				return true
			}
		}
	}
	return false
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// containsFoldASCII reports whether raw holds w (lower case) in any case.
func containsFoldASCII(raw []byte, w string) bool {
	if w == "" {
		return true
	}
	c := w[0]
	up := c
	if 'a' <= c && c <= 'z' {
		up = c - ('a' - 'A')
	}
	for i := 0; i+len(w) <= len(raw); {
		j := bytes.IndexByte(raw[i:], c)
		if k := bytes.IndexByte(raw[i:], up); k >= 0 && (j < 0 || k < j) {
			j = k
		}
		if j < 0 {
			return false
		}
		i += j
		if i+len(w) <= len(raw) && bytes.EqualFold(raw[i:i+len(w)], []byte(w)) {
			return true
		}
		i++
	}
	return false
}
