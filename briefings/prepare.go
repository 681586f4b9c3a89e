package briefings

import (
	"bytes"
	"unicode/utf8"
	"unsafe"
)

// The bytes Parse reads, made the same for every path that reads a
// briefing: line endings normalised, every line sanitised, and the sizes
// that would make parsing or rendering unbounded cut (over-long lines,
// runs of blanks).

// prepareLines is every line of data as Parse and the library's listing
// read it: newlines normalised, each line cut at MaxLineBytes and then
// sanitised (in that order: sanitising shortens a line, and both readers
// must cut it at the same place). It returns the cuts.
func prepareLines(data []byte) ([]byte, []lineCut) {
	data, cuts := cutLongLines(normalizeNewlines(data))
	return sanitizeLines(data), cuts
}

// normalizeNewlines drops a UTF-8 byte order mark and turns CRLF and lone CR
// into LF, so that line numbers agree with editors and offsets with lines.
func normalizeNewlines(data []byte) []byte {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(data, '\r') < 0 {
		return data
	}
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
}

// sanitizeLines sanitizes data line by line before markdown parsing, so
// that a removed control character cannot change the structure afterwards,
// and an unterminated escape string cannot swallow (and renumber) lines.
func sanitizeLines(data []byte) []byte {
	// clean only reads its argument: no need to copy megabytes to a string.
	if len(data) == 0 || clean(unsafe.String(unsafe.SliceData(data), len(data))) {
		return data
	}
	var out bytes.Buffer
	out.Grow(len(data))
	for len(data) > 0 {
		line, rest, found := bytes.Cut(data, []byte("\n"))
		out.WriteString(Sanitize(string(line)))
		if found {
			out.WriteByte('\n')
		}
		data = rest
	}
	return out.Bytes()
}

// MaxLineBytes is the longest line a briefing keeps; a longer one is cut
// there, and the cut is a problem at its line. Glamour wraps a paragraph
// whole, at about 2 MB per CPU-second, and the text is held several times
// over on its way to the screen: one 50 MB line took 22 s and 345 MB to
// show. No sentence of a briefing comes near 1 MiB, and a cut line can
// never be in an accepted front matter, which closes within maxFrontMatter.
const MaxLineBytes = 1 << 20

// lineCut is a line cut at MaxLineBytes: its line and its length before.
type lineCut struct{ line, bytes int }

// cutLongLines cuts every line longer than MaxLineBytes, after the last
// space in its last 4 KiB where there is one (else at a character's
// start), and says which. The cut comes before sanitising, so that every
// later step, and every reader of the briefing, sees the same short text.
func cutLongLines(data []byte) ([]byte, []lineCut) {
	var cuts []lineCut
	var out []byte
	line, done := 1, 0 // done: bytes of data copied to out
	for pos := 0; pos < len(data); line++ {
		end := bytes.IndexByte(data[pos:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += pos
		}
		if end-pos > MaxLineBytes {
			at := pos + MaxLineBytes
			if sp := bytes.LastIndexByte(data[at-4096:at], ' '); sp >= 0 {
				at += sp - 4096
			}
			for at > pos && !utf8.RuneStart(data[at]) {
				at--
			}
			out = append(out, data[done:at]...)
			done = end
			cuts = append(cuts, lineCut{line, end - pos})
		}
		pos = end + 1
	}
	if out == nil {
		return data, nil
	}
	return append(out, data[done:]...), cuts
}

// flushCuts reports the cut lines before line before, where the walk of
// the body stands: the text of each is in the block just walked.
func (p *docParser) flushCuts(before int) {
	for len(p.cuts) > 0 && p.cuts[0].line < before {
		c := p.cuts[0]
		p.cuts = p.cuts[1:]
		p.problem(c.line, "line of %.1f MiB cut at 1 MiB, the longest line read", float64(c.bytes)/(1<<20))
	}
}

// MaxBlanks is the longest run of spaces and tabs kept in a briefing.
// goldmark checks every open list's indentation from the start of each
// line, so lists nested by indentation cost depth x indentation per line:
// 2,000 levels (4 MB) took 14 s to parse, 22 s with tabs. 64 columns are 32
// levels of "- ", past the nesting the reader shows anyway.
const MaxBlanks = 64

// CapBlanks shortens every run of spaces and tabs to MaxBlanks bytes. Parse
// applies it to the whole file, so that the reader, show, lint and export
// all read the same text; nothing but blanks past the limit is dropped,
// and no line moves.
func CapBlanks[T []byte | string](data T) T {
	if !longBlanks(data) {
		return data
	}
	out := make([]byte, 0, len(data))
	run := 0
	for i := 0; i < len(data); i++ {
		if c := data[i]; c == ' ' || c == '\t' {
			if run++; run > MaxBlanks {
				continue
			}
		} else {
			run = 0
		}
		out = append(out, data[i])
	}
	return T(out)
}

// longBlanks reports a run of more than MaxBlanks spaces and tabs. Such a
// run holds eight bytes of blanks starting at a multiple of 8, so data is
// looked at eight bytes at a time (Parse reads every byte of every
// briefing a search parses), and only around eight blanks byte by byte.
func longBlanks[T []byte | string](data T) bool {
	blank := func(c byte) bool { return c == ' ' || c == '\t' }
	for i := 0; i+8 <= len(data); i += 8 {
		x := uint64(data[i]) | uint64(data[i+1])<<8 | uint64(data[i+2])<<16 | uint64(data[i+3])<<24 |
			uint64(data[i+4])<<32 | uint64(data[i+5])<<40 | uint64(data[i+6])<<48 | uint64(data[i+7])<<56
		// A space (0x20) and a tab (0x09) have no bit outside 0x29.
		const bits = 0x2929292929292929
		if x|bits != bits {
			continue
		}
		all := true
		for k := i; k < i+8; k++ {
			all = all && blank(data[k])
		}
		if !all {
			continue
		}
		start, end := i, i+8
		for start > 0 && blank(data[start-1]) {
			start--
		}
		for end < len(data) && blank(data[end]) {
			end++
		}
		if end-start > MaxBlanks {
			return true
		}
		for i+8 < end {
			i += 8
		}
	}
	return false
}
