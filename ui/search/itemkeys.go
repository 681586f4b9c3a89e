package search

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Skipping the items of a kept briefing that cannot match, cheaply: the
// second search of a library must not rebuild and search every item's
// text, and most items do not hold what is searched for.
//
// Every match of a query holds its longest word (Query.mustWord) in the
// form the query matches it: folded by case, diacritics, both or neither
// (foldText). keyFold folds any of those forms, and the item's text, to
// one form, so an item whose keyFold does not hold the keyFold of the word
// cannot match. keyFold is not foldText once: folding is not idempotent
// (Greek iota folds to a combining mark that stripping then drops; Ǿ
// strips to Ø, which strips again to O), so the two forms of one letter
// could disagree. Folding twice settles every rune (TestKeyFoldSettles).
//
// Most items need no folded copy: when every rune of an item other than
// ASCII is its own keyFold, its keyFold is the text with ASCII letters in
// lower case, and an ASCII-case-blind scan of the text itself does. Only
// the other items (a name with a diacritic, Greek, a tab) keep a folded
// copy, and memory stays near the size of the items' text.

// keyFold folds s by case and diacritics to the form every matching form
// of a word agrees on (see above).
func keyFold(s string) string {
	f, _ := foldText(s, true, true)
	f, _ = foldText(f, true, true)
	return f
}

// keyFixed reports whether keyFold leaves the rune r (not ASCII) as it is:
// its case fold is itself and it has no diacritic to strip.
func keyFixed(r rune) bool {
	if foldRune(r) != r || unicode.Is(unicode.Mn, r) {
		return false
	}
	if _, ok := baseLetters[r]; ok {
		return false
	}
	var buf [utf8.UTFMax]byte
	d := norm.NFD.Properties(buf[:utf8.EncodeRune(buf[:], r)]).Decomposition()
	return d == nil || !hasMark(d)
}

// keySimple reports whether keyFold of the item's searchable text is the
// text with its ASCII letters in lower case: no rune folds otherwise, and
// no control character would be dropped between two letters (normalize).
func keySimple(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || !keyFixedFast(r) {
			return false
		}
		i += size
	}
	return true
}

// itemKeys is the folded text of the items of a briefing that keySimple
// rejects, for skipping items that cannot match.
type itemKeys struct {
	folded string // keyFold of each such item's searchable text, one after another
	refs   []keyRef
}

// keyRef is one item of itemKeys: item number item ends at end of folded.
type keyRef struct{ item, end int32 }

// keyText is the text an item's match is looked for in (MatchItems),
// folded by keyFold.
func keyText(text string) string {
	n := normalize(nil, strings.ReplaceAll(text, "\n", " "), nil)
	return keyFold(string(n))
}

// candidates returns, in order, the items of bi that may hold key (a
// keyFold), all of them when key is "".
func (bi *briefingItems) candidates(key string) []int {
	var out []int
	if key == "" {
		out = make([]int, len(bi.refs))
		for i := range out {
			out[i] = i
		}
		return out
	}
	itemAt := func(off int) int {
		return sort.Search(len(bi.refs), func(i int) bool { return int(bi.refs[i].end) > off })
	}
	for from := 0; from < len(bi.text); {
		i := indexFoldASCII(bi.text[from:], key)
		if i < 0 {
			break
		}
		k := itemAt(from + i)
		if !bi.refs[k].folded {
			out = append(out, k)
		}
		from = int(bi.refs[k].end) // one hit is enough
	}
	keys := &bi.keys
	n := len(out)
	for from := 0; from < len(keys.folded); {
		i := strings.Index(keys.folded[from:], key)
		if i < 0 {
			break
		}
		k := sort.Search(len(keys.refs), func(j int) bool { return int(keys.refs[j].end) > from+i })
		out = append(out, int(keys.refs[k].item))
		from = int(keys.refs[k].end)
	}
	if n > 0 && len(out) > n {
		sort.Ints(out)
	}
	return out
}

// indexFoldASCII returns the offset of the first place where s, its ASCII
// letters read in lower case, holds w (whose ASCII letters are lower
// case), or -1. It scans for w's rarest byte in either case with
// IndexByte, the fastest loop there is, and checks around it.
func indexFoldASCII(s, w string) int {
	n := len(w)
	if n == 0 {
		return 0
	}
	j := rarestByte(w)
	lower := w[j]
	upper := lower
	if 'a' <= lower && lower <= 'z' {
		upper = lower - ('a' - 'A')
	}
	// The next offset of each byte at or after i: -2 not yet looked for,
	// -1 none left.
	nextLo, nextUp := -2, -2
	next := func(from int, c byte) int {
		k := strings.IndexByte(s[from:], c)
		if k < 0 {
			return -1
		}
		return from + k
	}
	for i := j; i < len(s); {
		if nextLo != -1 && nextLo < i {
			nextLo = next(i, lower)
		}
		p := nextLo
		if upper != lower {
			if nextUp != -1 && nextUp < i {
				nextUp = next(i, upper)
			}
			if nextUp >= 0 && (p < 0 || nextUp < p) {
				p = nextUp
			}
		}
		if p < 0 {
			return -1
		}
		st := p - j
		if st+n > len(s) {
			return -1
		}
		if equalFoldASCII(s[st:st+n], w) {
			return st
		}
		i = p + 1
	}
	return -1
}

// equalFoldASCII reports whether a, its ASCII letters in lower case, is w.
func equalFoldASCII(a, w string) bool {
	for k := 0; k < len(w); k++ {
		c := a[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return true
}
