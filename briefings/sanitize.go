package briefings

import (
	"strings"
	"unicode/utf8"
)

// Sanitize strips control characters and terminal escape sequences from s,
// keeping only \n and \t, so that text from briefing files and source
// documents can never drive the viewer's terminal. It removes:
//
//   - 7-bit escape sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or
//     ST), DCS, SOS, PM and APC strings (ESC P/X/^/_ ... ST), and other
//     ESC-introduced sequences (ESC, intermediates, final byte), plus a lone
//     ESC;
//   - their 8-bit C1 forms (U+009B CSI, U+009D OSC, U+0090 DCS, ...) and
//     every other C0 and C1 control, DEL included;
//   - bidirectional embedding, override and isolate controls, which can make
//     text display differently from what it says;
//   - zero-width spaces, word joiners and invisible operators (U+200B,
//     U+2060-U+2064, U+FEFF), which hide text from search and make one
//     marking look like another. The joiners U+200C and U+200D stay: they
//     shape Persian, Indic scripts and emoji.
//
// Invalid UTF-8 bytes become U+FFFD: a raw 0x9B byte is CSI to a terminal
// that is not in UTF-8 mode.
func Sanitize(s string) string {
	if clean(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			sb.WriteRune(utf8.RuneError)
			i++
			continue
		}
		switch {
		case r == 0x1b: // ESC
			i = skipEscape(s, i+1)
			continue
		case r == 0x9b: // C1 CSI
			i = skipCSI(s, i+size)
			continue
		case r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f: // C1 OSC, DCS, SOS, PM, APC
			i = skipString(s, i+size)
			continue
		case r == '\n' || r == '\t':
			sb.WriteRune(r)
		case r < 0x20 || (r >= 0x7f && r <= 0x9f):
			// other C0/C1 controls and DEL: drop
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			// bidi embeddings, overrides and isolates: drop
		case isZeroWidth(r):
			// invisible, meaningless in any script: drop
		default:
			sb.WriteString(s[i : i+size])
		}
		i += size
	}
	return sb.String()
}

// Clean reports whether Sanitize leaves s as it is: a search that looks
// for words in a file's bytes must know when parsing would join two
// pieces of a word by dropping what lies between them.
func Clean(s string) bool { return clean(s) }

// clean reports whether s needs no sanitizing: the fast path for the usual
// printable ASCII or ordinary UTF-8 text.
func clean(s string) bool {
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// Eight bytes at a time while all are printable ASCII
			// (no byte below 0x20, none above 0x7e): a library
			// search checks every file it reads.
			x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
				uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
			const ones, highs = 0x0101010101010101, 0x8080808080808080
			if (x-0x20*ones)&^x&highs == 0 && (x+ones|x)&highs == 0 {
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		// Only the runes that are not ASCII are decoded: a briefing's
		// text is mostly ASCII, and a library search checks every file.
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || r <= 0x9f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || isZeroWidth(r) {
			return false
		}
		i += size
	}
	return true
}

// skipEscape returns the index after the escape sequence whose ESC was just
// before s[i].
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', 'X', '^', '_':
		return skipString(s, i+1)
	}
	// nF escapes: intermediates 0x20-0x2F, then a final byte 0x30-0x7E.
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipCSI skips the parameter, intermediate and final bytes of a control
// sequence. A malformed sequence ends at the first byte that cannot belong
// to it, which is then processed normally (and dropped if it is a control).
func skipCSI(s string, i int) int {
	for i < len(s) && s[i] >= 0x30 && s[i] <= 0x3f {
		i++
	}
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipString skips a control string (OSC, DCS, SOS, PM, APC) up to and
// including its terminator: BEL, ESC \ or C1 ST. An unterminated string runs
// to the end of s, as it would in a terminal.
func skipString(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			// A new ESC aborts the string in most terminals; let the
			// caller strip what follows as a new sequence.
			return i
		case s[i] == 0xc2 && i+1 < len(s) && s[i+1] == 0x9c: // C1 ST
			return i + 2
		}
		i++
	}
	return i
}

// isZeroWidth reports an invisible character with no meaning in any script.
func isZeroWidth(r rune) bool {
	return r == 0x200b || r >= 0x2060 && r <= 0x2064 || r == 0xfeff
}
