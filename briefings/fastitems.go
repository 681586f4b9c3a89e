package briefings

import (
	"bytes"
	"math"
	"slices"
	"unicode/utf8"

	"github.com/yuin/goldmark/util"
)

// Reading the plain items of the Actors and Timeline lists without
// goldmark. A briefing of 100,000 actors spent most of its parse in
// goldmark's block and inline parsing of the items (0.5 s, 258 MB
// allocated, 2 million allocations), though nearly every item is the one
// line Write emits: "- **Name** (type): role [S1]", "- **2022-09-07**: text
// [S1]". Such a line is read here when its reading is certain to be
// goldmark's: a bold name or date, then text holding nothing the inline
// parser would turn into anything but text and citations. Its line is
// blanked before goldmark parses the body, with spaces, so that every other
// byte keeps its offset and line, and the line is read where it stands
// during the walk of the body, through the same actorOf and eventOf as
// goldmark's items. Whatever is not certain is left to goldmark: a line
// that is not plain, a line whose blanking could change how its neighbours
// parse, everything after a line that can open a block spanning lines
// (fenced code, HTML), and the whole body when it defines link references
// or lines were cut. When the walk finds an item in a section other than
// the one the scan guessed, the body is parsed again by goldmark alone.
// FuzzPlainItems checks that the two readings are the same.

// fastItem is an item line read without goldmark; offsets are into the
// body, lines of the file. int32 halves the memory of 100,000 of them.
type fastItem struct {
	line    int32 // 1-based line of the file
	section int32 // line of the "## " heading of the section guessed
	kind    int8  // secActors or secTimeline
	// The bold text is body[nameStart:nameEnd]; the rest of the item runs
	// from nameEnd+2 (past the closing "**") to end, the end of its line.
	nameStart, nameEnd, end int32
}

// plainItems scans the body for the plain item lines of the Actors and
// Timeline sections and returns them with a copy of the body in which
// their lines are blanked. ok is false when there are none, or the body
// may not be scanned at all.
func (p *docParser) plainItems() (blanked []byte, items []fastItem, ok bool) {
	body := p.body
	// A link reference definition can turn any "[S1]" of an item into a
	// link, and a cut line's problem is placed by the walk of the body's
	// blocks, which blanking changes.
	if p.noFast || len(p.cuts) > 0 || len(body) >= math.MaxInt32 || bytes.Contains(body, []byte("]:")) {
		return nil, nil, false
	}
	kind, section := -1, 0
	line := p.bodyLine(0)
scan:
	for off := 0; off < len(body); line++ {
		l, _ := cutLine(body[off:])
		end := off + len(l)
		switch {
		case opensSpan(l):
			break scan
		case isLevel2(l):
			kind, section = sectionKind(string(bytes.TrimLeft(l, " ")[2:])), line
		case (kind == secActors || kind == secTimeline) && bytes.HasPrefix(l, []byte("- **")):
			nameEnd, ok := plainItem(l)
			if ok && endsItem(body, end+1) {
				items = append(items, fastItem{
					line: int32(line), section: int32(section), kind: int8(kind),
					nameStart: int32(off + 4), nameEnd: int32(off + nameEnd), end: int32(end),
				})
			}
		}
		off = end + 1
	}
	if len(items) == 0 {
		return nil, nil, false
	}
	blanked = bytes.Clone(body)
	for _, it := range items {
		start := int(it.nameStart) - 4
		for i := start; i < int(it.end); i++ {
			blanked[i] = ' '
		}
	}
	return blanked, items, true
}

// isLevel2 reports a "## " heading line, which starts a section.
func isLevel2(l []byte) bool {
	i := 0
	for i < len(l) && i < 3 && l[i] == ' ' {
		i++
	}
	if !bytes.HasPrefix(l[i:], []byte("##")) {
		return false
	}
	i += 2
	return i == len(l) || l[i] == ' ' || l[i] == '\t'
}

// opensSpan reports a line that may open a block running over the lines
// after it, whatever they hold: a fenced code block or an HTML block, at
// the top level or in a quote or list item. It is generous (any line whose
// text starts with "<", "`" or "~" past quote and list markers): such a
// line only ends the scan.
func opensSpan(l []byte) bool {
	i := 0
	for i < len(l) && bytes.IndexByte([]byte(" \t>-*+0123456789.)"), l[i]) >= 0 {
		i++
	}
	return i < len(l) && (l[i] == '<' || l[i] == '`' || l[i] == '~')
}

// plainItem reads a line "- **BOLD**REST" whose inline parse is certainly
// a strong emphasis of BOLD followed by REST as text and citations, and
// returns the offset of the closing "**". ok is false for any other line.
func plainItem(l []byte) (nameEnd int, ok bool) {
	const start = 4 // len("- **")
	j := bytes.Index(l[start:], []byte("**"))
	if j <= 0 {
		return 0, false
	}
	nameEnd = start + j
	name, rest := l[start:nameEnd], l[nameEnd+2:]
	if !plainText(name, false) || !plainText(rest, true) {
		return 0, false
	}
	if len(l) > 0 && (l[len(l)-1] == ' ' || l[len(l)-1] == '\t') {
		return 0, false // trailing blanks: left to goldmark's trimming
	}
	// The delimiter runs' flanking, as goldmark judges it: the opening
	// "**" follows the line's start, so it opens when the name does not
	// start with white space; the closing one closes when right-flanking.
	first, _ := utf8.DecodeRune(name)
	last, _ := utf8.DecodeLastRune(name)
	after := ' '
	if len(rest) > 0 {
		after, _ = utf8.DecodeRune(rest)
	}
	if util.IsSpaceRune(first) || util.IsSpaceRune(last) {
		return 0, false
	}
	if util.IsPunctRune(last) && !util.IsSpaceRune(after) && !util.IsPunctRune(after) {
		return 0, false
	}
	return nameEnd, true
}

// plainText reports text in which goldmark's inline parser finds nothing
// but text, and citations where cites is true: no escapes, entities,
// emphasis, code, links, images, autolinks or HTML, no control characters
// and only valid UTF-8.
func plainText(b []byte, cites bool) bool {
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c == '[':
			if !cites {
				return false
			}
			_, n := matchCite(b[i:])
			if n == 0 {
				return false
			}
			i += n
			continue
		case c == '\\' || c == '`' || c == '*' || c == '_' || c == '<' || c == '&' || c == ']':
			return false
		case c == '!' && i+1 < len(b) && b[i+1] == '[':
			return false
		case c < ' ' || c == 0x7f:
			return false
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 {
				return false
			}
			i += size
			continue
		}
		i++
	}
	return true
}

// endsItem reports whether the line at off, after an item's line, ends
// the item just as a blank line would, so that blanking the item changes
// nothing else: the end of the body, another item at the margin, a "#"
// heading, or blank lines followed by the end or by a line at the margin
// (an indented line would belong to the item).
func endsItem(body []byte, off int) bool {
	if off >= len(body) {
		return true
	}
	l, _ := cutLine(body[off:])
	switch {
	case spaceLine(l):
		for off < len(body) {
			l, _ = cutLine(body[off:])
			if !spaceLine(l) {
				return l[0] > ' '
			}
			off += len(l) + 1
		}
		return true
	case l[0] == '#':
		return atxRE.Match(l)
	case (l[0] == '-' || l[0] == '*' || l[0] == '+') && len(l) > 2 && l[1] == ' ' && l[2] > ' ':
		return !thematicBreak(l)
	}
	return false
}

// spaceLine reports a line of spaces and tabs only: blank to goldmark.
func spaceLine(l []byte) bool {
	for _, c := range l {
		if c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}

// thematicBreak reports a line of one of "-", "*" or "_" and blanks only.
func thematicBreak(l []byte) bool {
	var mark byte
	for _, c := range l {
		switch {
		case c == ' ' || c == '\t':
		case mark == 0 && (c == '-' || c == '*' || c == '_'):
			mark = c
		case c != mark:
			return false
		}
	}
	return true
}

// fastBefore adds the items read without goldmark that stand before line
// of the file, where the walk of the body stands. An item the walk places
// in another section than the scan guessed fails the fast reading: the
// body is then parsed again (see parseBody).
func (p *docParser) fastBefore(b *Briefing, line int) {
	for p.fastNext < len(p.fast) && int(p.fast[p.fastNext].line) < line {
		it := &p.fast[p.fastNext]
		if p.kind != int(it.kind) || p.sectionLine != int(it.section) {
			p.fastFailed = true
			p.fastNext = len(p.fast)
			return
		}
		p.fastNext++
		p.fastItem(b, it)
	}
}

// fastItem reads one item as listBlock's item function would have.
func (p *docParser) fastItem(b *Briefing, it *fastItem) {
	line := int(it.line)
	name := p.plainInline(p.body[it.nameStart:it.nameEnd])
	name.toks = nil // the next call reuses their buffer
	rest := p.plainInline(p.body[it.nameEnd+2 : it.end])
	switch int(it.kind) {
	case secActors:
		if a, ok := p.actorOf(name, rest, line); ok {
			b.Actors = append(b.Actors, a)
			p.actorLines = append(p.actorLines, line)
		}
	case secTimeline:
		if e, ok := p.eventOf(name, rest, line); ok {
			b.Timeline = append(b.Timeline, e)
			p.eventLines = append(p.eventLines, line)
		}
	}
}

// plainInline is inlineTextFrom for text plainText accepts: its runes,
// with its citations collected and replaced by markers.
func (p *docParser) plainInline(seg []byte) inline {
	in := inline{toks: p.tokBuf[:0]}
	for i := 0; i < len(seg); {
		c := seg[i]
		switch {
		case c == '[':
			ids, n := matchCite(seg[i:])
			in.cites = mergeCites(in.cites, ids)
			in.toks = append(in.toks, tok{r: marker})
			i += n
		case c < utf8.RuneSelf:
			in.toks = append(in.toks, tok{r: rune(c)})
			i++
		default:
			r, size := utf8.DecodeRune(seg[i:])
			in.toks = append(in.toks, tok{r: r})
			i += size
		}
	}
	in.toks = dropMarkers(in.toks)
	p.tokBuf = in.toks
	in.text = collapseToks(in.toks)
	return in
}

// growFast sizes the panes and their lines for the items read without
// goldmark, as sectionBlock sizes them for goldmark's lists: 100,000
// actors grew them 50 times.
func (p *docParser) growFast(b *Briefing) {
	var actors, events int
	for _, it := range p.fast {
		if int(it.kind) == secActors {
			actors++
		} else {
			events++
		}
	}
	b.Actors, p.actorLines = slices.Grow(b.Actors, actors), slices.Grow(p.actorLines, actors)
	b.Timeline, p.eventLines = slices.Grow(b.Timeline, events), slices.Grow(p.eventLines, events)
}
