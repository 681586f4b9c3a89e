package search

import (
	"bytes"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/brief-team/brief/briefings"
)

// Skipping briefings that cannot match: parsing a briefing costs about a
// hundred times more than looking through its bytes, and most briefings of
// a library do not hold what is searched for.
//
// An item's text is its file's text with the markup taken out (list marks,
// emphasis, links, the bold of a date), and markup falls between words. So
// every match holds the query's longest word (a run of letters and digits
// every match must contain), folded by keyFold, somewhere in the file's
// text folded the same way. Markup inside a word ("Ra**ma**", an entity
// "Gda&#324;sk"), or anything Sanitize drops (an escape sequence, a
// zero-width space), would break that: a file that has any is parsed
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
// only when it certainly holds none). The file's words are looked for as
// a kept briefing's items are (itemkeys.go): in place, blind to ASCII
// case, when keyFold changes no other rune of it, else in its keyFold.
func (q *Query) MayMatch(raw []byte) bool {
	if q.key == "" {
		return true
	}
	if bytes.IndexByte(raw, '\r') >= 0 {
		raw = bytes.ReplaceAll(raw, []byte("\r"), []byte("\n")) // as Parse reads it
	}
	s := unsafe.String(unsafe.SliceData(raw), len(raw)) // read only
	// Sanitize drops escape sequences, controls and zero-width
	// characters, which may join the two halves of a word.
	if wordMarkup(raw) || !briefings.Clean(s) {
		return true
	}
	if indexFoldASCII(s, q.key) >= 0 {
		return true
	}
	if rawFixed(s) {
		return false
	}
	// The matcher drops a tab inside a word (normalize); so does this.
	return strings.Contains(strings.ReplaceAll(keyFold(s), "\t", ""), q.key)
}

// rawFixed reports whether keyFold changes no rune of s but ASCII
// letters, and s has no tab: then scanning s in place is as good as
// scanning its keyFold.
func rawFixed(s string) bool {
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// Eight bytes at a time while none is a tab or above ASCII.
			x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
				uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
			const ones, highs = 0x0101010101010101, 0x8080808080808080
			tabs := x ^ '\t'*ones // a zero byte where x has a tab
			if x&highs == 0 && (tabs-ones)&^tabs&highs == 0 {
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '\t' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !keyFixedFast(r) {
			return false
		}
		i += size
	}
	return true
}

// fixedBelow bounds the runes whose keyFixed is kept in a table: Latin,
// Greek, Cyrillic and the punctuation of English text (curly quotes,
// dashes), which is what a briefing holds beyond ASCII.
const fixedBelow = 0x3000

// fixedTable holds keyFixed of every rune below fixedBelow, one bit each.
var fixedTable = sync.OnceValue(func() []uint64 {
	t := make([]uint64, fixedBelow/64)
	for r := rune(0); r < fixedBelow; r++ {
		if keyFixed(r) {
			t[r/64] |= 1 << (r % 64)
		}
	}
	return t
})

// keyFixedFast is keyFixed, from a table for the usual runes: every rune
// of every file a search reads is checked.
func keyFixedFast(r rune) bool {
	if r >= 0 && r < fixedBelow {
		return fixedTable()[r/64]&(1<<(r%64)) != 0
	}
	return keyFixed(r)
}

// wordMarkup reports markup that may sit inside a word: a run of *, _ or
// ` with a letter or digit on both sides, < right after one (inline HTML),
// or & starting an entity. Each of those bytes is looked for with
// IndexByte (vectorised), as they are rare in a briefing's text.
func wordMarkup(raw []byte) bool {
	word := func(c byte) bool {
		return c >= utf8.RuneSelf || 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
	}
	for _, c := range []byte("*_`<&") {
		for i := 1; i < len(raw); i++ {
			k := bytes.IndexByte(raw[i:], c)
			if k < 0 {
				break
			}
			i += k
			switch c {
			case '<':
				if word(raw[i-1]) {
					return true
				}
			case '&':
				if i+1 < len(raw) && (raw[i+1] == '#' || 'a' <= raw[i+1]|0x20 && raw[i+1]|0x20 <= 'z') {
					return true
				}
			default:
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
			}
		}
	}
	return false
}
