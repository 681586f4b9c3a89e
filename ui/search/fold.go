package search

import (
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// foldRune maps every rune of a case-folding orbit (unicode.SimpleFold) to
// one representative, so that comparing folded strings byte by byte is
// comparing them case-insensitively, with the same equivalences as Go's
// regexp (?i): "É" and "é" fold together, "e" and "é" stay apart.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	m := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f < m {
			m = f
		}
	}
	// Orbits that contain an ASCII letter (K k U+212A, S s U+017F) must
	// fold to the same rune as the ASCII fast path above.
	if 'A' <= m && m <= 'Z' {
		m += 'a' - 'A'
	}
	return m
}

// baseLetters are letters that carry a diacritic but have no canonical
// decomposition, so that Unicode normalization cannot take it off; an
// analyst typing a name on an English keyboard writes them as these.
var baseLetters = map[rune]rune{
	'Ł': 'L', 'ł': 'l', 'Ø': 'O', 'ø': 'o', 'Đ': 'D', 'đ': 'd',
	'Ħ': 'H', 'ħ': 'h', 'ı': 'i', 'Ŀ': 'L', 'ŀ': 'l', 'Ŧ': 'T', 'ŧ': 't',
}

// stripRune appends r without its diacritics: the canonical decomposition
// (NFD) with its non-spacing marks dropped, or r itself when it has none.
// A combining mark on its own appends nothing.
func stripRune(dst []byte, r rune, s string) []byte {
	if b, ok := baseLetters[r]; ok {
		return utf8.AppendRune(dst, b)
	}
	if unicode.Is(unicode.Mn, r) {
		return dst
	}
	d := norm.NFD.PropertiesString(s).Decomposition()
	if d == nil || !hasMark(d) {
		// Not decomposable, or only into letters (Hangul): keep it.
		return utf8.AppendRune(dst, r)
	}
	for len(d) > 0 {
		c, n := utf8.DecodeRune(d)
		if !unicode.Is(unicode.Mn, c) {
			dst = utf8.AppendRune(dst, c)
		}
		d = d[n:]
	}
	return dst
}

func hasMark(d []byte) bool {
	for len(d) > 0 {
		c, n := utf8.DecodeRune(d)
		if unicode.Is(unicode.Mn, c) {
			return true
		}
		d = d[n:]
	}
	return false
}

// hasDiacritics reports whether s spells a diacritic: a combining mark, a
// letter that decomposes into one, or one of baseLetters. Only a query
// without any is matched with diacritics folded.
func hasDiacritics(s string) bool {
	for i, r := range s {
		if r < utf8.RuneSelf {
			continue
		}
		if _, ok := baseLetters[r]; ok || unicode.Is(unicode.Mn, r) {
			return true
		}
		if d := norm.NFD.PropertiesString(s[i:]).Decomposition(); d != nil && hasMark(d) {
			return true
		}
	}
	return false
}

// foldText returns s with every rune case-folded (fold, see foldRune)
// and/or stripped of its diacritics (strip, see stripRune). When the result
// is not byte for byte as long as s, it also returns a map from each byte
// offset of the result (and its end) to the offset in s of the rune it
// comes from. Dropped combining marks have no entry, so a match that ends
// before the next letter covers the marks of its last one.
func foldText(s string, fold, strip bool) (string, []int32) {
	b := make([]byte, 0, len(s))
	var m []int32
	var tmp [16]byte
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			// A run of ASCII in one append: most of any text, and a
			// library search folds every matching item's.
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf {
				j++
			}
			k := len(b)
			b = append(b, s[i:j]...)
			if fold {
				for ; k < len(b); k++ {
					if c := b[k]; 'A' <= c && c <= 'Z' {
						b[k] = c + 'a' - 'A'
					}
				}
			}
			if m != nil {
				for k := i; k < j; k++ {
					m = append(m, int32(k))
				}
			}
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		var out []byte
		switch {
		case r == utf8.RuneError:
			out = append(tmp[:0], s[i:i+size]...) // keep invalid bytes as they are
		case strip:
			out = stripRune(tmp[:0], r, s[i:])
		default:
			out = append(tmp[:0], s[i:i+size]...)
		}
		if fold && r != utf8.RuneError {
			folded := tmp[len(out):len(out)]
			for k := 0; k < len(out); {
				fr, n := utf8.DecodeRune(out[k:])
				folded = utf8.AppendRune(folded, foldRune(fr))
				k += n
			}
			out = folded
		}
		if len(out) != size && m == nil {
			m = make([]int32, len(b), len(s)+1)
			for k := range m {
				m[k] = int32(k)
			}
		}
		b = append(b, out...)
		if m != nil {
			for range len(out) {
				m = append(m, int32(i))
			}
		}
		i += size
	}
	if m != nil {
		m = append(m, int32(len(s)))
	}
	// b is not used again: the string shares it rather than copy a
	// pane's worth of text.
	return unsafe.String(unsafe.SliceData(b), len(b)), m
}

// Fold returns s case-folded and without diacritics, the way a query
// without upper-case letters or diacritics is matched: Fold("Gdańsk") is
// "gdansk". The library filter matches with it.
func Fold(s string) string {
	f, _ := foldText(s, true, true)
	return f
}
