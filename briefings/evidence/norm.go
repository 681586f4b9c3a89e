package evidence

import (
	"sort"
	"unicode"
	"unicode/utf8"
)

// normText is a text folded for comparison, with the way back (orig).
// Folding collapses
// whitespace runs to one space, makes curly quotes straight, dashes
// hyphens and letters lower case, and drops the list and heading markers
// that open a line (the generator drops them too), so that an item matches
// its source however either is laid out.
type normText struct {
	norm []byte
	// The way back, kept sparse (an offset per byte would cost four bytes
	// per byte of source): from folded offset bpN[k] on, folded offset p
	// comes from the text at bpT[k] + (p - bpN[k]), until the next
	// breakpoint. A breakpoint is added wherever folding changes a length
	// (a whitespace run, a curly quote, a dropped marker).
	bpN, bpT []int32
	delta    int32   // text offset minus folded offset since the last breakpoint
	ws, we   []int32 // the words of norm: starts and ends
}

// orig returns the offset in the text of the rune that gave the folded
// byte at p (p must start a folded rune).
func (n *normText) orig(p int) int {
	k := sort.Search(len(n.bpN), func(i int) bool { return int(n.bpN[i]) > p }) - 1
	if k < 0 {
		return p
	}
	return int(n.bpT[k]) + p - int(n.bpN[k])
}

// mark records that the folded rune about to be appended comes from text
// offset i.
func (n *normText) mark(i int) {
	if d := int32(i) - int32(len(n.norm)); d != n.delta {
		n.bpN = append(n.bpN, int32(len(n.norm)))
		n.bpT = append(n.bpT, int32(i))
		n.delta = d
	}
}

func fold(r rune) rune {
	switch r {
	case '“', '”', '„', '‟', '«', '»', '″':
		return '"'
	case '‘', '’', '‚', '‛', '′':
		return '\''
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return '-'
	}
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}

// isLineMarker reports a rune that opens a list item or heading line.
func isLineMarker(r rune) bool {
	switch r {
	case '#', '>', '•', '·', '▪', '◦', '*':
		return true
	}
	return false
}

// normalize folds text; lineStart says that text begins a line (a source
// does; an item's text does not). The words of the folded text (runs of
// letters, digits and marks) are found on the way. It is one loop
// because it is one pass whose cases share its state (a space just
// written, a line's start, a word open), the ASCII case first for speed.
func normalize(text string, lineStart bool) normText {
	n := normText{
		norm: make([]byte, 0, len(text)),
		ws:   make([]int32, 0, len(text)/5+1),
		we:   make([]int32, 0, len(text)/5+1),
	}
	space := true // no leading space
	atLine := lineStart
	inWord := false
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(text); {
		c := text[i]
		// The common case: an ASCII letter or digit inside a line.
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' {
			if !inWord {
				n.ws = append(n.ws, int32(len(n.norm)))
				inWord = true
			}
			if c <= 'Z' && c >= 'A' {
				c += 'a' - 'A'
			}
			n.mark(i)
			n.norm = append(n.norm, c)
			space, atLine = false, false
			i++
			continue
		}
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f' || (c >= utf8.RuneSelf && unicode.IsSpace(r)) {
			if c == '\n' {
				atLine = true
			}
			if inWord {
				n.we = append(n.we, int32(len(n.norm)))
				inWord = false
			}
			if !space {
				n.mark(i)
				n.norm = append(n.norm, ' ')
				space = true
			}
			i += size
			continue
		}
		if atLine {
			// "- ", "* ", "## ", "> " at a line's start are layout.
			if isLineMarker(r) || (c == '-' && i+1 < len(text) && (text[i+1] == ' ' || text[i+1] == '\t')) {
				i += size
				continue
			}
			atLine = false
		}
		space = false
		word := c >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
		if word && !inWord {
			n.ws = append(n.ws, int32(len(n.norm)))
		} else if !word && inWord {
			n.we = append(n.we, int32(len(n.norm)))
		}
		inWord = word
		f := fold(r)
		n.mark(i)
		if f < utf8.RuneSelf {
			n.norm = append(n.norm, byte(f))
		} else {
			k := utf8.EncodeRune(buf[:], f)
			n.norm = append(n.norm, buf[:k]...)
		}
		i += size
	}
	if inWord {
		n.we = append(n.we, int32(len(n.norm)))
	}
	// Drop a trailing space.
	if len(n.norm) > 0 && n.norm[len(n.norm)-1] == ' ' {
		n.norm = n.norm[:len(n.norm)-1]
	}
	return n
}

// wordAt reports whether b[i:] starts with a letter, digit or mark, and
// the length of that rune.
func wordAt(b []byte, i int) (bool, int) {
	c := b[i]
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z', 1
	}
	r, size := utf8.DecodeRune(b[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r), size
}

// words returns the start and end of every word (run of letters and
// digits) in b.
func words(b []byte) (starts, ends []int32) {
	starts = make([]int32, 0, len(b)/5+1)
	ends = make([]int32, 0, len(b)/5+1)
	in := false
	for i := 0; i < len(b); {
		w, size := wordAt(b, i)
		if w && !in {
			starts = append(starts, int32(i))
		} else if !w && in {
			ends = append(ends, int32(i))
		}
		in = w
		i += size
	}
	if in {
		ends = append(ends, int32(len(b)))
	}
	return starts, ends
}
