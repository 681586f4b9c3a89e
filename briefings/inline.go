package briefings

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// tok is one rune of inline text; esc marks a rune that was written escaped
// (backslash, entity, code span) and so is never structural punctuation.
type tok struct {
	r   rune
	esc bool
}

// marker is a placeholder where a citation was removed from the text.
const marker rune = -1

func (t tok) is(r rune) bool { return t.r == r && !t.esc }

func isSpaceTok(t tok) bool { return t.r != marker && isSpaceRune(t.r) }

func trimToks(ts []tok) []tok {
	for len(ts) > 0 && isSpaceTok(ts[0]) {
		ts = ts[1:]
	}
	for len(ts) > 0 && isSpaceTok(ts[len(ts)-1]) {
		ts = ts[:len(ts)-1]
	}
	return ts
}

func toksString(ts []tok) string {
	var sb strings.Builder
	for _, t := range ts {
		if t.r != marker {
			sb.WriteRune(t.r)
		}
	}
	return sb.String()
}

// inline is the flattened text of inline content.
type inline struct {
	toks  []tok
	text  string // sanitized, whitespace collapsed
	cites []string
}

func (p *docParser) inlineText(n ast.Node) inline { return p.inlineTextFrom(n, n.FirstChild()) }

// inlineTextFrom flattens the inline children of parent from first on to
// plain text: emphasis, links and code lose their markup, escapes and
// entities are resolved, citations are collected and removed.
//
// The returned toks share a buffer with the next call (parsing megabytes
// otherwise spends most of its time allocating); text and cites do not.
func (p *docParser) inlineTextFrom(parent, first ast.Node) inline {
	in := inline{toks: p.tokBuf[:0]}
	for c := first; c != nil; c = c.NextSibling() {
		p.flatten(c, &in)
	}
	in.toks = dropMarkers(in.toks)
	p.tokBuf = in.toks
	in.text = collapseToks(in.toks)
	return in
}

// dropMarkers removes citation markers in place; when a citation sat
// between a word and punctuation ("Albania cut ties [S1]."), the space
// before it goes too.
func dropMarkers(ts []tok) []tok {
	out := ts[:0]
	for i, t := range ts {
		if t.r != marker {
			out = append(out, t)
			continue
		}
		j := i + 1
		for j < len(ts) && ts[j].r == marker {
			j++
		}
		if j < len(ts) && strings.ContainsRune(".,;:!?)", ts[j].r) {
			for len(out) > 0 && isSpaceTok(out[len(out)-1]) {
				out = out[:len(out)-1]
			}
		}
	}
	return out
}

// isSpaceRune is the white space that collapse (strings.Fields) splits on.
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r'
	}
	return unicode.IsSpace(r)
}

// asciiSpace has a bit for each ASCII white space character (isSpaceRune).
const asciiSpace = 1<<' ' | 1<<'\t' | 1<<'\n' | 1<<'\v' | 1<<'\f' | 1<<'\r'

// collapseToks is collapse(toksString(ts)) in one pass.
func collapseToks(ts []tok) string {
	var buf [256]byte
	return string(appendCollapsed(buf[:0], ts))
}

// appendCollapsed appends the runes of ts to b with white space collapsed
// and trimmed; markers are skipped.
func appendCollapsed(b []byte, ts []tok) []byte {
	start := len(b)
	space := false
	for _, t := range ts {
		r := t.r
		if r < utf8.RuneSelf {
			if r < 0 {
				continue // marker
			}
			if r == ' ' || r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' {
				space = len(b) > start
				continue
			}
			if space {
				b = append(b, ' ')
				space = false
			}
			b = append(b, byte(r))
			continue
		}
		if unicode.IsSpace(r) {
			space = len(b) > start
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = utf8.AppendRune(b, r)
	}
	return b
}

func (p *docParser) flatten(n ast.Node, in *inline) {
	switch n := n.(type) {
	case *citeNode:
		in.cites = mergeCites(in.cites, n.IDs)
		in.toks = append(in.toks, tok{r: marker})
	case *ast.Text:
		appendEscaped(&in.toks, n.Segment.Value(p.body))
		if n.SoftLineBreak() || n.HardLineBreak() {
			// A line break is white space, but quoteBlock looks for an
			// attribution on the last line of a quote.
			in.toks = append(in.toks, tok{r: '\n'})
		}
	case *ast.String:
		appendLiteral(&in.toks, n.Value)
	case *ast.CodeSpan:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if t, ok := c.(*ast.Text); ok {
				appendLiteral(&in.toks, t.Segment.Value(p.body))
			} else if s, ok := c.(*ast.String); ok {
				appendLiteral(&in.toks, s.Value)
			}
		}
	case *ast.AutoLink:
		appendLiteral(&in.toks, n.Label(p.body))
	case *ast.RawHTML:
		for i := 0; i < n.Segments.Len(); i++ {
			s := n.Segments.At(i)
			appendLiteral(&in.toks, s.Value(p.body))
		}
	default:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			p.flatten(c, in)
		}
	}
}

// appendLiteral appends b as escaped (non-structural) runes.
func appendLiteral(ts *[]tok, b []byte) {
	for _, r := range string(b) {
		*ts = append(*ts, tok{r: r, esc: true})
	}
}

// entityRE matches an HTML entity or numeric character reference.
var entityRE = regexp.MustCompile(`^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)

// appendEscaped appends raw markdown text, resolving backslash escapes and
// entities as CommonMark does; resolved runes are marked escaped.
func appendEscaped(ts *[]tok, b []byte) {
	for i := 0; i < len(b); {
		c := b[i]
		if c == '\\' && i+1 < len(b) && util.IsPunct(b[i+1]) {
			*ts = append(*ts, tok{r: rune(b[i+1]), esc: true})
			i += 2
			continue
		}
		if c == '&' {
			if m := entityRE.Find(b[i:]); m != nil {
				if u := html.UnescapeString(string(m)); u != string(m) {
					// Entities can spell controls (&#27;): sanitize them.
					for _, r := range Sanitize(u) {
						*ts = append(*ts, tok{r: r, esc: true})
					}
					i += len(m)
					continue
				}
			}
		}
		if c < utf8.RuneSelf {
			*ts = append(*ts, tok{r: rune(c)})
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		*ts = append(*ts, tok{r: r})
		i += size
	}
}

// collapse trims s and collapses runs of white space to one space.
func collapse(s string) string {
	if collapsed(s) {
		return s // as it mostly is: no copy
	}
	return strings.Join(strings.Fields(s), " ")
}

// collapsed reports ASCII text that collapse leaves as it is: single
// spaces between words, and no other white space.
func collapsed(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return false // maybe a space beyond ASCII
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
				return false
			}
		case c <= ' ' && asciiSpace&(1<<c) != 0:
			return false
		}
	}
	return true
}
