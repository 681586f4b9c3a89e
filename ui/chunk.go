package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Glamour renders about 1 ms per KB, so a 1 MB pane takes a second. A pane is
// therefore split into chunks of whole top-level blocks (paragraphs, list
// items, quotes, code blocks), which render independently: the first chunk
// is small so that the first screen paints at once, and the rest follow in
// background commands.
var (
	firstChunkBytes = 3 << 10
	chunkBytes      = 8 << 10
)

// chunk is a run of whole top-level markdown blocks of one pane.
type chunk struct {
	md string
	// cont is set when the chunk continues the list the previous chunk ended
	// with, so it is joined without a blank line, as glamour would render
	// the list whole.
	cont bool
}

// splitChunks cuts markdown into chunks at top-level block boundaries: a
// blank line followed by an unindented line, or a new item of the current
// unindented list. Fenced code blocks are never cut.
func splitChunks(md string) []chunk {
	type block struct {
		start int
		cont  bool
	}
	var blocks []block
	fence := ""
	prevBlank := true
	listKind := ""
	for off := 0; off < len(md); {
		end := strings.IndexByte(md[off:], '\n')
		if end < 0 {
			end = len(md)
		} else {
			end += off + 1
		}
		line := md[off:end]
		trimmed := strings.TrimLeft(line, " ")
		if fence != "" {
			if strings.HasPrefix(trimmed, fence) && strings.TrimSpace(strings.TrimLeft(trimmed, fence[:1])) == "" {
				fence = ""
			}
			off = end
			continue
		}
		if strings.TrimSpace(line) == "" {
			prevBlank = true
			off = end
			continue
		}
		if line[0] != ' ' && line[0] != '\t' {
			kind := listItemKind(line)
			switch {
			case len(blocks) == 0:
				blocks = append(blocks, block{start: off})
				listKind = kind
			case prevBlank:
				blocks = append(blocks, block{start: off, cont: kind != "" && kind == listKind})
				listKind = kind
			case kind != "" && kind == listKind:
				blocks = append(blocks, block{start: off, cont: true})
			}
		}
		if f := fenceOf(trimmed); f != "" {
			fence = f
		} else if len(line) > maxLineBytes {
			// One paragraph on one huge line is rendered in pieces that
			// continue each other (no blank line between them), so that
			// no chunk is huge.
			for _, at := range lineCuts(md[off:end]) {
				blocks = append(blocks, block{start: off + at, cont: true})
			}
		}
		prevBlank = false
		off = end
	}
	if len(blocks) == 0 {
		return nil
	}
	blocks[0].start = 0
	var chunks []chunk
	limit := firstChunkBytes
	for i := 0; i < len(blocks); {
		j := i + 1
		for j < len(blocks) && blocks[j].start-blocks[i].start < limit {
			j++
		}
		end := len(md)
		if j < len(blocks) {
			end = blocks[j].start
		}
		chunks = append(chunks, chunk{md: md[blocks[i].start:end], cont: blocks[i].cont})
		limit = chunkBytes
		i = j
	}
	return chunks
}

// maxLineBytes is the longest line rendered as one piece. Glamour wraps a
// paragraph whole, in memory several times its size (a 50 MB line took
// 15 s and 1.86 GB); a piece of 32 KB takes about 30 ms.
var maxLineBytes = 32 << 10

// lineCuts returns where to cut a long line into pieces of about
// maxLineBytes: after a space and before a letter, so that no piece starts
// as a list item, a heading or a quote; else before any letter.
func lineCuts(line string) []int {
	var cuts []int
	for pos := 0; len(line)-pos > maxLineBytes+maxLineBytes/4; {
		at := -1
		from := pos + maxLineBytes
		for i := from; i < min(len(line), from+maxLineBytes/4); i++ {
			if line[i-1] == ' ' && isLetterAt(line, i) {
				at = i
				break
			}
		}
		for i := from; at < 0 && i < min(len(line), from+maxLineBytes/4); i++ {
			if utf8.RuneStart(line[i]) && isLetterAt(line, i) && !isLetterAt(line, i-1) {
				at = i
				break
			}
		}
		for i := from; at < 0 && i < min(len(line), from+maxLineBytes/4); i++ {
			if isLetterAt(line, i) {
				at = i
				break
			}
		}
		if at < 0 {
			break
		}
		cuts = append(cuts, at)
		pos = at
	}
	return cuts
}

// isLetterAt reports whether a letter starts at byte i of s.
func isLetterAt(s string, i int) bool {
	if i < 0 || i >= len(s) || !utf8.RuneStart(s[i]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// listItemKind returns the marker kind of an unindented list item line
// ("-", "*", "+", "." or ")"), or "" when the line is not one.
func listItemKind(line string) string {
	if len(line) >= 2 && strings.ContainsRune("-*+", rune(line[0])) && (line[1] == ' ' || line[1] == '\t') {
		if strings.Count(strings.TrimSpace(line), string(line[0])) >= 3 && strings.Trim(strings.TrimSpace(line), string(line[0])+" ") == "" {
			return "" // a thematic break such as "- - -"
		}
		return line[:1]
	}
	i := 0
	for i < len(line) && i < 9 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && (line[i+1] == ' ' || line[i+1] == '\t') {
		return line[i : i+1]
	}
	return ""
}

// fenceOf returns the fence a line opens ("```", "~~~~"...), or "".
func fenceOf(trimmed string) string {
	for _, c := range []byte{'`', '~'} {
		n := 0
		for n < len(trimmed) && trimmed[n] == c {
			n++
		}
		if n >= 3 {
			return trimmed[:n]
		}
	}
	return ""
}

// cleanMarkdown removes what could drive the terminal from text that is about
// to be rendered: C0 and C1 control characters (except newline), DEL and
// escape sequences. Tabs become spaces. briefings.Parse already sanitizes;
// this is the reader's own guarantee.
func cleanMarkdown(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 0x20 && c != '\n') || c == 0x7f || c == 0xc2 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\t':
			b.WriteString("    ")
		case r == '\n':
			b.WriteByte('\n')
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f, r == utf8.RuneError:
			// dropped
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cleanText is cleanMarkdown for one-line chrome text (titles, tags).
func cleanText(s string) string {
	return strings.ReplaceAll(cleanMarkdown(s), "\n", " ")
}
