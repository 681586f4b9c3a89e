// Package search finds text in the panes of the reader as the user sees
// them: the rendered, wrapped, ANSI-styled lines glamour produced.
//
// A Pane is built once per rendered pane (per width and theme): it strips the
// escape sequences, trims each line's margin and wrap indentation, collapses
// runs of white space, and joins the lines with a single space, so a phrase
// that glamour wrapped across two lines is still one phrase. Searching
// re-scans only that plain text, which is what keeps incremental search fast
// on very large briefings. Matches are reported back in display cells of the
// original lines (wide characters count two cells), ready for Highlighter.
//
// The package does no I/O and knows nothing of Bubble Tea.
package search

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/charmbracelet/x/ansi"
)

// Pane is the searchable text of one rendered pane. It is immutable once
// built and safe for concurrent use.
type Pane struct {
	// Name is the pane's title, e.g. "Actors" (used by Grep).
	Name string

	lines []string // the rendered lines, as given (kept by reference)

	// text is the normalized text of all lines: each line's visible text
	// without margin, trailing blanks and repeated white space, joined by
	// one separator byte: ' ' between the lines of a paragraph, '\n'
	// around an empty line and before a list item, so that phrases do not
	// run from one paragraph or item into the next.
	text  string
	start []int32 // start[i]: offset in text of line i
	end   []int32 // end[i]: offset in text just past line i

	// variants of text for case-insensitive and diacritic-insensitive
	// searches, indexed by variantOf, each built on first use.
	variants [4]variant

	// normal: every line is its own searchable text (normalPane), so a
	// match's columns are counted on the line itself, without a lineMap.
	normal bool
}

// variant is text folded one way (see foldText).
type variant struct {
	once sync.Once
	text string
	m    []int32 // variant offset -> text offset; nil when the lengths agree
}

// variantOf indexes Pane.variants.
func variantOf(fold, strip bool) int {
	i := 0
	if fold {
		i |= 1
	}
	if strip {
		i |= 2
	}
	return i
}

// NewPane prepares the rendered lines of a pane for searching. lines are the
// pane's lines exactly as the reader draws them (ANSI styled, no newlines).
// The slice is kept, not copied: do not modify it afterwards.
func NewPane(name string, lines []string) *Pane {
	size := 0
	for _, l := range lines {
		size += len(l)
	}
	// Glamour's output is mostly escape sequences; a quarter of the raw
	// size is a generous guess for the visible text.
	return newPane(name, lines, size/4+len(lines))
}

// newPane is NewPane with the size of the visible text guessed by the
// caller (text, the room it makes for it, is kept as long as the pane).
func newPane(name string, lines []string, text int) *Pane { return layOut(name, lines, text, false) }

// layOut makes the pane of lines: the searchable form of each (the line
// itself when normal, see normalPane), one after another, with '\n'
// around an empty line and before a list item and ' ' elsewhere.
func layOut(name string, lines []string, text int, normal bool) *Pane {
	p := &Pane{
		Name:   name,
		lines:  lines,
		start:  make([]int32, len(lines)),
		end:    make([]int32, len(lines)),
		normal: normal,
	}
	var b strings.Builder
	b.Grow(text)
	var buf []byte
	prevEmpty := true
	for i, l := range lines {
		line := l
		if !normal {
			buf = normalize(buf[:0], stripLine(l), nil)
			// Read in this turn only, before buf is used again.
			line = unsafe.String(unsafe.SliceData(buf), len(buf))
		}
		if i > 0 {
			if prevEmpty || line == "" || isListItem(line) {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		p.start[i] = int32(b.Len())
		b.WriteString(line)
		p.end[i] = int32(b.Len())
		prevEmpty = line == ""
	}
	p.text = b.String()
	return p
}

// isNormal reports whether a line is its own searchable form, so that
// normalPane may skip normalize: no control characters, no white space
// but single ' ' between visible runes, and no quote bar to drop at its
// start. Most items' text is (a library search builds a pane of every
// matching item).
func isNormal(l string) bool {
	if l == "" || l[0] == ' ' || l[len(l)-1] == ' ' || l[0] == '|' || strings.Contains(l, "  ") {
		return false
	}
	for i := 0; i < len(l); i++ {
		if c := l[i]; c >= 0x20 && c < 0x7f {
			continue // printable ASCII: the most of any item
		}
		switch c := l[i]; {
		case c < 0x20 || c == 0x7f:
			return false
		case c >= utf8.RuneSelf:
			// Only runes from these lead bytes can be white space (U+0085,
			// U+00A0, U+1680, U+2000-U+205F, U+3000) or a quote bar (U+2502,
			// U+2503); the rest are kept as they are.
			if c == 0xc2 || c == 0xe1 || c == 0xe2 || c == 0xe3 {
				r, _ := utf8.DecodeRuneInString(l[i:])
				if unicode.IsSpace(r) || (i == 0 && isMarginBar(r)) || r == utf8.RuneError {
					return false
				}
			}
		}
	}
	return true
}

// normalPane is newPane for lines that are each "" or isNormal: the
// same pane, without normalizing them.
func normalPane(name string, lines []string, text int) *Pane { return layOut(name, lines, text, true) }

// Lines returns the number of lines in the pane.
func (p *Pane) Lines() int { return len(p.lines) }

// LineText returns the normalized visible text of line i: no escape
// sequences, no margin, single spaces. It is what the search sees.
func (p *Pane) LineText(i int) string { return p.text[p.start[i]:p.end[i]] }

// lineAt returns the line whose text or trailing separator contains offset
// off of p.text.
func (p *Pane) lineAt(off int32) int {
	// The first line whose end is >= off; an offset on a separator belongs
	// to the line before it.
	return sort.Search(len(p.end), func(i int) bool { return p.end[i] >= off })
}

// foldedText returns the case-folded text and its offset map, building them
// on first use (only case-insensitive searches need them).
func (p *Pane) foldedText() (string, []int32) { return p.textFor(true, false) }

// textFor returns the text case-folded (fold) and/or without diacritics
// (strip), and its offset map, building them on first use.
func (p *Pane) textFor(fold, strip bool) (string, []int32) {
	if !fold && !strip {
		return p.text, nil
	}
	v := &p.variants[variantOf(fold, strip)]
	v.once.Do(func() { v.text, v.m = foldText(p.text, fold, strip) })
	return v.text, v.m
}

// stripLine removes escape sequences and C0 control characters from a
// rendered line, leaving what the terminal shows. It agrees with
// ansi.Strip on everything but the controls (which ansi.Strip keeps and the
// terminal does not draw) and is several times faster, which matters when a
// large briefing is rendered.
func stripLine(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == 0x7f {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	b := make([]byte, 0, len(s)/2)
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ansi.ESC:
			i = skipEscape(s, i)
		case c < 0x20 || c == 0x7f:
			i++
		default:
			j := i + 1
			for j < len(s) && s[j] >= 0x20 && s[j] != 0x7f {
				j++
			}
			b = append(b, s[i:j]...)
			i = j
		}
	}
	return string(b)
}

// skipEscape returns the offset just past the escape sequence at s[i].
func skipEscape(s string, i int) int {
	j := i + 1
	if j >= len(s) {
		return j
	}
	switch s[j] {
	case '[': // CSI: parameters, intermediates, one final byte
		for j++; j < len(s); j++ {
			c := s[j]
			if c >= 0x40 && c <= 0x7e {
				return j + 1
			}
			if c < 0x20 || c > 0x7e {
				return j // malformed: stop here, keep the byte
			}
		}
		return j
	case ']', 'P', 'X', '^', '_': // OSC, DCS, SOS, PM, APC: up to ST (or BEL)
		for j++; j < len(s); j++ {
			if s[j] == 0x07 && s[i+1] == ']' {
				return j + 1
			}
			if s[j] == ansi.ESC {
				if j+1 < len(s) && s[j+1] == '\\' {
					return j + 2
				}
				return j
			}
		}
		return j
	default: // ESC, intermediates, one final byte
		for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
			j++
		}
		if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7e {
			j++
		}
		return j
	}
}

// isListItem reports whether a normalized line starts a list item, as
// glamour draws them: "• text", "1. text" (its wrapped lines are not
// indented, so the marker is what tells items apart).
func isListItem(line string) bool {
	for _, m := range []string{"• ", "◦ ", "▪ ", "- ", "* ", "+ "} {
		if len(line) > len(m) && line[:len(m)] == m {
			return true
		}
	}
	i := 0
	for i < len(line) && i < 9 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(line) && line[i] == '.' && line[i+1] == ' '
}

// isMarginBar reports whether r is a block-quote bar that glamour repeats at
// the start of every wrapped line ("│ " in the colour styles, "| " in ascii).
func isMarginBar(r rune) bool { return r == '│' || r == '|' || r == '┃' }

// normalize appends to dst the searchable form of one stripped line: leading
// white space and quote bars dropped, runs of white space (including
// no-break spaces) collapsed to one ' ', trailing white space and control
// characters dropped. When src is not nil it receives, for every byte
// appended and for the end, the byte offset in s it comes from; an end
// offset points just past the last visible rune kept.
func normalize(dst []byte, s string, src *[]int32) []byte {
	leading := true
	space := false // a collapsed space is pending
	spaceAt := 0   // offset in s of the first rune of the pending space
	lastEnd := 0   // offset in s just past the last rune kept
	for i := 0; i < len(s); {
		if c := s[i]; c > ' ' && c < 0x7f && !(leading && c == '|') {
			// A run of visible ASCII is kept as it is, in one append:
			// most of a briefing's text, and a library search maps the
			// columns of every item it finds.
			j := i + 1
			for j < len(s) && s[j] > ' ' && s[j] < 0x7f {
				j++
			}
			if space {
				dst = append(dst, ' ')
				if src != nil {
					*src = append(*src, int32(spaceAt))
				}
				space = false
			}
			leading = false
			dst = append(dst, s[i:j]...)
			if src != nil {
				for k := i; k < j; k++ {
					*src = append(*src, int32(k))
				}
			}
			lastEnd = j
			i = j
			continue
		}
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r < 0x20 || r == 0x7f:
			// invisible; ansi.Strip keeps some controls
		case r == ' ' || unicode.IsSpace(r):
			if !leading && !space {
				space, spaceAt = true, i
			}
		case leading && isMarginBar(r) && (i+size == len(s) || isSpaceAt(s, i+size)):
			// quote bar of the wrapped margin
		default:
			if space {
				dst = append(dst, ' ')
				if src != nil {
					*src = append(*src, int32(spaceAt))
				}
				space = false
			}
			leading = false
			dst = append(dst, s[i:i+size]...)
			if src != nil {
				for k := 0; k < size; k++ {
					*src = append(*src, int32(i+k))
				}
			}
			lastEnd = i + size
		}
		i += size
	}
	if src != nil {
		*src = append(*src, int32(lastEnd))
	}
	return dst
}

func isSpaceAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r == ' ' || unicode.IsSpace(r)
}

// lineMap converts offsets of one line's normalized text into cell columns
// of the rendered line.
type lineMap struct {
	line     int
	valid    bool
	stripped string
	src      []int32 // normalized offset -> stripped offset (len = text+1)
	same     bool    // the stripped line is its normalized text: src is not built
	cells    []int32 // stripped offset -> cell column; nil when ASCII (same)
}

func (p *Pane) lineMap(i int, m *lineMap) {
	m.line, m.valid = i, true
	m.stripped = stripLine(p.lines[i])
	m.src = m.src[:0]
	// A line that normalizing leaves as it is (an item's text, most
	// lines of a briefing) maps each offset to itself: no map to build
	// for every match of a library search.
	m.same = m.stripped == p.text[p.start[i]:p.end[i]]
	if !m.same {
		m.src = slices.Grow(m.src, len(m.stripped)+1)
		var scratch [256]byte
		normalize(scratch[:0], m.stripped, &m.src)
	}
	m.cells = m.cells[:0]
	ascii := true
	for i := 0; i < len(m.stripped); i++ {
		if c := m.stripped[i]; c >= utf8.RuneSelf || c < 0x20 || c == 0x7f {
			ascii = false
			break
		}
	}
	if ascii {
		m.cells = nil
		return
	}
	// Width of every prefix that ends on a grapheme boundary, counted
	// the way x/ansi's Cut counts, so columns line up with Highlighter.
	if cap(m.cells) < len(m.stripped)+1 {
		m.cells = make([]int32, 0, len(m.stripped)+1)
	}
	m.cells = m.cells[:len(m.stripped)+1]
	col := 0
	for i := 0; i < len(m.stripped); {
		if c := m.stripped[i]; c >= 0x20 && c < 0x7f && (i+1 == len(m.stripped) || m.stripped[i+1] < utf8.RuneSelf) {
			// Printable ASCII before ASCII is a cluster of one cell
			// (only a non-ASCII mark or joiner extends one): the
			// segmenter is a hundred times slower, and a library
			// search maps the columns of every matching item.
			m.cells[i] = int32(col)
			col++
			i++
			continue
		}
		cl, w := ansi.FirstGraphemeCluster(m.stripped[i:], ansi.GraphemeWidth)
		if len(cl) == 0 {
			cl = m.stripped[i : i+1]
		}
		if c := m.stripped[i]; len(cl) == 1 && (c < 0x20 || c == 0x7f) {
			w = 0
		}
		for k := range len(cl) {
			m.cells[i+k] = int32(col)
		}
		col += w
		i += len(cl)
	}
	m.cells[len(m.stripped)] = int32(col)
}

// colsAt returns the cell columns of offsets a <= b of a line that is its
// own searchable text, as lineMap would give them (an offset inside a
// grapheme cluster is at the cluster's column), counting clusters from
// the line's start only as far as b: a library search maps the columns of
// every match of every item it finds, and a lineMap measures the whole
// line, for each match.
func colsAt(line string, a, b int) (int, int) {
	col, ca := 0, -1
	for i := 0; i < len(line); {
		if ca < 0 && i >= a {
			ca = col
		}
		if i >= b {
			break
		}
		if line[i] < utf8.RuneSelf {
			// A run of ASCII: a cell a byte, but for its last byte when
			// something not ASCII follows (it may combine with it).
			j := i + 1
			for j < len(line) && line[j] < utf8.RuneSelf {
				j++
			}
			if j < len(line) {
				j--
			}
			if j > i {
				if ca < 0 && a < j {
					ca = col + a - i
				}
				if b <= j {
					return ca, col + b - i
				}
				col += j - i
				i = j
				continue
			}
		}
		n, w := 1, 1
		if line[i] >= utf8.RuneSelf || (i+1 < len(line) && line[i+1] >= utf8.RuneSelf) {
			// Not ASCII before ASCII (a cluster of one cell; a normal
			// line has no control characters): measured as lineMap
			// measures it.
			cl, cw := ansi.FirstGraphemeCluster(line[i:], ansi.GraphemeWidth)
			n, w = max(1, len(cl)), cw
		}
		if i+n > b {
			break // b is inside this cluster: at its column
		}
		if ca < 0 && i+n > a {
			ca = col // a is inside this cluster
		}
		col += w
		i += n
	}
	if ca < 0 {
		ca = col
	}
	return ca, col
}

// col returns the cell column of normalized offset off within the line.
func (m *lineMap) col(off int) int {
	var o int32
	switch {
	case m.same:
		o = int32(min(off, len(m.stripped)))
	case off >= len(m.src):
		o = m.src[len(m.src)-1]
	default:
		o = m.src[off]
	}
	if m.cells == nil {
		return int(o)
	}
	return int(m.cells[o])
}

// Items returns the first line of every item of the pane, in order: a
// paragraph or a list item, as the search separates them (a phrase never
// runs from one into the next). Blank lines belong to the item before
// them; lines before the first item belong to none.
func (p *Pane) Items() []int {
	var starts []int
	for i := range p.lines {
		if p.start[i] == p.end[i] {
			continue // blank
		}
		if len(starts) == 0 || p.start[i] == 0 || p.text[p.start[i]-1] == '\n' {
			starts = append(starts, i)
		}
	}
	return starts
}
