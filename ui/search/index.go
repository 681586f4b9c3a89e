package search

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Segment is the part of a match on one rendered line: cells [Col, EndCol)
// of line Line. Match is the index of the logical match it belongs to in
// its Index (0-based, across all panes), so the reader can style the current
// match differently.
type Segment struct {
	Line, Col, EndCol int
	Match             int
}

// Match is one logical match. A phrase that glamour wrapped has one segment
// per line it touches; Line and Col are where it starts.
type Match struct {
	Pane      int
	Line, Col int
	Segments  []Segment
}

// Pos is a place in the reader: a pane, a line of it and a cell column.
type Pos struct {
	Pane, Line, Col int
}

// span is a match as offsets into a pane's normalized text.
type span struct{ start, end int32 }

// Index holds all matches of a query in a set of panes, ordered by pane,
// then by position. It is immutable and safe for concurrent use; a new
// keystroke makes a new Index.
type Index struct {
	query *Query
	panes []*Pane
	spans [][]span
	base  []int // base[p]: global number of the first match in pane p
	total int
}

// Search finds every match of q in the panes. A nil or empty query gives an
// empty Index. Panes may be nil (not rendered yet): they have no matches.
func Search(panes []*Pane, q *Query) *Index {
	x := &Index{query: q, panes: panes, spans: make([][]span, len(panes)), base: make([]int, len(panes)+1)}
	for i, p := range panes {
		x.base[i] = x.total
		if p != nil && !q.Empty() {
			x.spans[i] = q.find(p)
		}
		x.total += len(x.spans[i])
	}
	x.base[len(panes)] = x.total
	return x
}

// find returns the matches of q in p, left to right, not overlapping.
func (q *Query) find(p *Pane) []span {
	text := p.text
	var out []span
	if q.re != nil {
		return q.findRegexp(p)
	}
	needle, hay, fmap := q.literal, text, []int32(nil)
	if q.insens || q.strip {
		needle = q.folded
		hay, fmap = p.textFor(q.insens, q.strip)
	}
	// Scan for the needle's rarest byte (a memchr, the fastest loop
	// there is) and verify around it, like grep does.
	n := len(needle)
	if n == 1 {
		// One letter typed: maybe half a million matches. Counting
		// them first (a vectorised loop) saves growing the slice.
		out = make([]span, 0, strings.Count(hay, needle))
	}
	j := rarestByte(needle)
	c := needle[j]
	for i := j; i < len(hay); {
		o := strings.IndexByte(hay[i:], c)
		if o < 0 {
			break
		}
		st := i + o - j
		if st+n > len(hay) {
			break
		}
		if hay[st:st+n] != needle {
			i += o + 1
			continue
		}
		ms, me := st, st+n
		if fmap != nil {
			ms, me = int(fmap[ms]), int(fmap[me])
		}
		if p.visible(ms, me) {
			out = append(out, span{int32(ms), int32(me)})
		}
		i = st + n + j // matches do not overlap, like less
	}
	return out
}

// byteRank orders bytes from rare to common in English prose, for
// rarestByte. Lower is rarer.
var byteRank = func() (r [256]uint8) {
	for i := range r {
		r[i] = 40 // punctuation, digits, upper case, UTF-8 bytes
	}
	for i, c := range []byte("zqxjkvbpygfwmucldrhsnioate ") {
		r[c] = uint8(100 + i*5)
	}
	for c := 'A'; c <= 'Z'; c++ {
		r[c] = 60
	}
	return r
}()

func rarestByte(s string) int {
	best := 0
	for i := 1; i < len(s); i++ {
		if byteRank[s[i]] < byteRank[s[best]] {
			best = i
		}
	}
	return best
}

// findRegexp runs a regexp paragraph by paragraph (a match never crosses a
// blank line, like a phrase), only in paragraphs that contain the literal
// every match needs. Small inputs let Go's regexp use its backtracker, and
// most paragraphs are skipped by a memchr.
func (q *Query) findRegexp(p *Pane) []span {
	hay, fmap := p.textFor(q.insens, q.strip)
	var out []span
	for i := 0; i < len(hay); {
		if q.literal != "" {
			o := strings.Index(hay[i:], q.literal)
			if o < 0 {
				break
			}
			// From the start of the paragraph holding the literal, or
			// from half a chunk before it in a giant paragraph.
			x := i + o
			start := max(i, strings.LastIndexByte(hay[:x], '\n')+1)
			if x-start > maxRegexpChunk/2 {
				start = max(start, wordStart(hay, x-maxRegexpChunk/2))
			}
			i = start
		}
		end := strings.IndexByte(hay[i:], '\n')
		if end < 0 {
			end = len(hay)
		} else {
			end += i
		}
		if end-i > maxRegexpChunk {
			// A giant paragraph (a long table, say): cut it at a
			// space so that a greedy .* cannot make the scan
			// quadratic. Matches do not cross the cut.
			end = i + maxRegexpChunk
			if ws := wordStart(hay, end); ws > i+1 && hay[ws-1] == ' ' {
				end = ws - 1
			}
		}
		for _, m := range q.re.FindAllStringIndex(hay[i:end], -1) {
			ms, me := i+m[0], i+m[1]
			if me == ms {
				continue
			}
			if fmap != nil {
				ms, me = int(fmap[ms]), int(fmap[me])
			}
			if p.visible(ms, me) {
				out = append(out, span{int32(ms), int32(me)})
			}
		}
		i = end
		if i < len(hay) && (hay[i] == '\n' || hay[i] == ' ') {
			i++ // the separator
		}
	}
	return out
}

// maxRegexpChunk bounds the text one regexp run sees.
const maxRegexpChunk = 16 << 10

// wordStart returns the start of the word at offset o of s: just after the
// last space before it, or o itself if there is none nearby.
func wordStart(s string, o int) int {
	lo := max(0, o-256)
	if j := strings.LastIndexByte(s[lo:o], ' '); j >= 0 {
		return lo + j + 1
	}
	return o
}

// visible reports whether [s, e) of p.text is a match the user can see: it
// starts and ends on a character boundary (not between a letter and its
// combining accent) and is not just the separator between two lines.
func (p *Pane) visible(s, e int) bool {
	t := p.text
	if e < len(t) && t[e] >= utf8.RuneSelf {
		if r, _ := utf8.DecodeRuneInString(t[e:]); extendsCluster(r) {
			return false
		}
	}
	if t[s] >= utf8.RuneSelf {
		if r, _ := utf8.DecodeRuneInString(t[s:]); extendsCluster(r) {
			return false
		}
	}
	if s > 0 && t[s-1] >= utf8.RuneSelf {
		if r, _ := utf8.DecodeLastRuneInString(t[:s]); r == '\u200d' {
			return false
		}
	}
	if e-s == 1 && (t[s] == ' ' || t[s] == '\n') {
		l := p.lineAt(int32(s))
		return s < int(p.end[l]) && s >= int(p.start[l])
	}
	return true
}

// extendsCluster reports whether r continues the grapheme cluster before it
// (combining marks, joiners, variation selectors, emoji modifiers).
func extendsCluster(r rune) bool {
	return r == '\u200d' || (r >= 0x1F3FB && r <= 0x1F3FF) ||
		unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc)
}

// Query returns the query the index was built for.
func (x *Index) Query() *Query { return x.query }

// Len returns the number of matches in all panes.
func (x *Index) Len() int {
	if x == nil {
		return 0
	}
	return x.total
}

// Count returns the number of matches in pane p.
func (x *Index) Count(p int) int {
	if x == nil || p < 0 || p >= len(x.spans) {
		return 0
	}
	return len(x.spans[p])
}

// PaneOf returns the pane that match k is in.
func (x *Index) PaneOf(k int) int {
	return sort.Search(len(x.spans), func(p int) bool { return x.base[p+1] > k })
}

// Match returns match k (0 <= k < Len()), with its segments in cells.
func (x *Index) Match(k int) Match {
	p := x.PaneOf(k)
	sp := x.spans[p][k-x.base[p]]
	pane := x.panes[p]
	m := Match{Pane: p}
	var lm lineMap
	for l := pane.lineAt(sp.start); l < len(pane.lines) && pane.start[l] < sp.end; l++ {
		if seg, ok := pane.segment(l, sp, k, &lm); ok {
			m.Segments = append(m.Segments, seg)
		}
	}
	if len(m.Segments) > 0 {
		m.Line, m.Col = m.Segments[0].Line, m.Segments[0].Col
	}
	return m
}

// segment returns the part of span sp on line l, if any.
func (p *Pane) segment(l int, sp span, k int, lm *lineMap) (Segment, bool) {
	ls, le := p.start[l], p.end[l]
	s, e := max(sp.start, ls), min(sp.end, le)
	if s >= e {
		return Segment{}, false
	}
	if p.normal {
		a, b := colsAt(p.lines[l], int(s-ls), int(e-ls))
		return Segment{Line: l, Col: a, EndCol: b, Match: k}, true
	}
	if !lm.valid || lm.line != l {
		p.lineMap(l, lm)
	}
	return Segment{Line: l, Col: lm.col(int(s - ls)), EndCol: lm.col(int(e - ls)), Match: k}, true
}

// Segments appends to dst the segments of all matches on line l of pane p,
// left to right. It is what the reader calls for each visible line.
func (x *Index) Segments(dst []Segment, p, l int) []Segment {
	if x == nil || p < 0 || p >= len(x.spans) || len(x.spans[p]) == 0 || l < 0 || l >= len(x.panes[p].lines) {
		return dst
	}
	pane, spans := x.panes[p], x.spans[p]
	ls, le := pane.start[l], pane.end[l]
	i := sort.Search(len(spans), func(i int) bool { return spans[i].end > ls })
	var lm lineMap
	for ; i < len(spans) && spans[i].start < le; i++ {
		if seg, ok := pane.segment(l, spans[i], x.base[p]+i, &lm); ok {
			dst = append(dst, seg)
		}
	}
	return dst
}

// Next returns the match after match k and whether that wrapped from the
// last match to the first. With no matches it returns -1.
func (x *Index) Next(k int) (int, bool) {
	if x.Len() == 0 {
		return -1, false
	}
	if k+1 >= x.total || k < -1 {
		return 0, k >= 0
	}
	return k + 1, false
}

// Prev returns the match before match k and whether that wrapped from the
// first match to the last. With no matches it returns -1.
func (x *Index) Prev(k int) (int, bool) {
	if x.Len() == 0 {
		return -1, false
	}
	if k <= 0 || k > x.total {
		return x.total - 1, k == 0
	}
	return k - 1, false
}

// seek returns the number of matches that start before pos.
func (x *Index) seek(pos Pos) int {
	if pos.Pane < 0 {
		return 0
	}
	if pos.Pane >= len(x.spans) {
		return x.total
	}
	pane, spans := x.panes[pos.Pane], x.spans[pos.Pane]
	if pane == nil || len(spans) == 0 {
		return x.base[pos.Pane]
	}
	line := min(max(pos.Line, 0), len(pane.lines))
	if line == len(pane.lines) {
		return x.base[pos.Pane+1]
	}
	// First match that starts on or after the line.
	ls := pane.start[line]
	i := sort.Search(len(spans), func(i int) bool { return spans[i].start >= ls })
	if pos.Col > 0 {
		var lm lineMap
		pane.lineMap(line, &lm)
		for ; i < len(spans) && spans[i].start <= pane.end[line]; i++ {
			if lm.col(int(spans[i].start-ls)) >= pos.Col {
				break
			}
		}
	}
	return x.base[pos.Pane] + i
}

// After returns the first match that starts at or after pos (in pane, line,
// column order), wrapping to the first match, and whether it wrapped. It is
// where incremental search and "n" go from a scrolled position. With no
// matches it returns -1.
func (x *Index) After(pos Pos) (int, bool) {
	if x.Len() == 0 {
		return -1, false
	}
	if k := x.seek(pos); k < x.total {
		return k, false
	}
	return 0, true
}

// Before returns the last match that starts before pos, wrapping to the last
// match, and whether it wrapped. With no matches it returns -1.
func (x *Index) Before(pos Pos) (int, bool) {
	if x.Len() == 0 {
		return -1, false
	}
	if k := x.seek(pos); k > 0 {
		return k - 1, false
	}
	return x.total - 1, true
}
