package search

import (
	"unicode"
	"unicode/utf8"
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

// foldString folds every rune of s. When a folded rune is shorter or longer
// in UTF-8 than the original (rare: the Kelvin sign, long s), it also returns
// a map from each folded byte offset (and the end) to the offset in s.
func foldString(s string) (string, []int32) {
	b := make([]byte, 0, len(s))
	var m []int32
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			if m != nil {
				m = append(m, int32(i))
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		f := foldRune(r)
		n := utf8.RuneLen(f)
		if r == utf8.RuneError {
			f, n = r, size // keep invalid bytes as they are
		}
		if n != size && m == nil {
			m = make([]int32, len(b), len(s)+1)
			for k := range m {
				m[k] = int32(k)
			}
		}
		if f == r {
			b = append(b, s[i:i+size]...)
		} else {
			b = utf8.AppendRune(b, f)
		}
		if m != nil {
			for k := 0; k < n; k++ {
				m = append(m, int32(i))
			}
		}
		i += size
	}
	if m != nil {
		m = append(m, int32(len(s)))
	}
	return string(b), m
}

// foldQuery folds a query string the same way (no offset map needed).
func foldQuery(q string) string {
	f, _ := foldString(q)
	return f
}
