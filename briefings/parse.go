package briefings

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// StandardPanes names the four standard panes, in the order Panes returns
// them.
var StandardPanes = []string{"Summary", "Actors", "Timeline", "Source quotes"}

// Kinds of level-2 section.
const (
	secExtra = iota
	secSummary
	secActors
	secTimeline
	secQuotes
)

// sectionSynonyms maps a lower-cased "## " heading to its standard section.
// Headings not listed here are kept as extra sections.
var sectionSynonyms = map[string]int{
	"summary": secSummary, "overview": secSummary, "key points": secSummary,
	"executive summary": secSummary, "key judgments": secSummary, "key judgements": secSummary,
	"bottom line": secSummary, "bluf": secSummary,

	"actors": secActors, "key actors": secActors, "people": secActors,
	"people and organizations": secActors, "people and organisations": secActors,
	"people and organizations named": secActors, "entities": secActors, "key players": secActors,
	"who's who": secActors, "who is who": secActors,

	"timeline": secTimeline, "chronology": secTimeline, "key dates": secTimeline,
	"dates": secTimeline, "events": secTimeline, "key events": secTimeline,

	"source quotes": secQuotes, "quotes": secQuotes, "key quotes": secQuotes,
	"quotations": secQuotes, "quoted": secQuotes, "in their words": secQuotes,
}

// StandardPane returns the index in StandardPanes of the standard section a
// heading names, by the title or any synonym the format accepts
// ("Chronology", "Key quotes"), and false for any other heading.
func StandardPane(heading string) (int, bool) {
	k := sectionKind(heading)
	return k - secSummary, k != secExtra
}

// sectionKind classifies a "## " heading, case-insensitively and ignoring a
// trailing colon.
func sectionKind(title string) int {
	t := strings.ToLower(strings.Join(strings.Fields(title), " "))
	t = strings.TrimSuffix(t, ":")
	t = strings.ReplaceAll(t, "&", "and")
	t = strings.ReplaceAll(t, "’", "'")
	return sectionSynonyms[strings.TrimSpace(t)]
}

// md is the goldmark instance used for parsing: CommonMark plus citations.
// goldmark parsers keep their state in the per-call context, so one instance
// serves concurrent callers.
var md = goldmark.New(goldmark.WithParserOptions(
	parser.WithInlineParsers(util.Prioritized(citeParser{}, 150)),
))

// atxRE matches the start of an ATX heading line ("## Title"); a heading
// that does not start so is a setext heading, underlined on the next line.
var atxRE = regexp.MustCompile(`^ {0,3}#{1,6}([ \t]|$)`)

// Parse reads a briefing file. name is used in problems. On malformed input
// it returns whatever it could read (possibly nil) and an error of type
// Problems listing every problem found, each with its line.
//
// Every text field is sanitized (see Sanitize) and has its whitespace
// collapsed to single spaces; section markdown is sanitized and kept as
// written.
func Parse(name string, data []byte) (*Briefing, error) {
	p := newParser(name, data)
	b := p.parse()
	if len(p.probs) > 0 {
		return b, p.probs
	}
	return b, nil
}

// docParser holds the state of one Parse.
type docParser struct {
	name       string
	src        []byte // whole file, CRLF normalised
	lineStarts []int
	body       []byte
	bodyOff    int
	probs      Problems
	tokBuf     []tok  // reused by inlineTextFrom
	h1         string // text of a leading "# " heading
	h1Line     int
	preamble   int // line of content before the first "## ", or 0

	// While the body is walked: the briefing being filled and the kind
	// of section the walk is in, for problem to place an Unread.
	walking *Briefing
	kind    int
	seen    [secQuotes + 1]bool // standard sections with a heading

	// cuts lists the lines cut at MaxLineBytes that are still to be
	// reported, in order: each is reported by the walk of the body where
	// it stands (see flushCuts).
	cuts []lineCut

	// The items read without goldmark (fastitems.go): fast, the next of
	// them to add, and whether the walk found one out of place; noFast
	// turns the fast reading off, for the tests that compare the two.
	fast        []fastItem
	fastNext    int
	fastFailed  bool
	fellBack    bool // the fast reading failed; goldmark read it all
	noFast      bool
	sectionLine int // line of the "## " heading the walk is under

	// Lines of the items, in the order they were added, for Lint and
	// ParseItems; sectionLines: where each extra section's markdown starts.
	summaryLines, actorLines, eventLines, quoteLines, sectionLines []int
}

func newParser(name string, data []byte) *docParser {
	data, cuts := prepareLines(data)
	data = CapBlanks(data)
	p := &docParser{name: name, src: data, cuts: cuts}
	p.lineStarts = make([]int, 1, bytes.Count(data, []byte("\n"))+1)
	for off := 0; ; {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			break
		}
		off += i + 1
		p.lineStarts = append(p.lineStarts, off)
	}
	return p
}

// lineOf returns the 1-based line of a byte offset in src.
func (p *docParser) lineOf(off int) int {
	i, found := slices.BinarySearch(p.lineStarts, off)
	if found {
		return i + 1
	}
	return i
}

// bodyLine returns the line of an offset in the body.
func (p *docParser) bodyLine(off int) int { return p.lineOf(p.bodyOff + off) }

func (p *docParser) problem(line int, format string, args ...any) {
	pr := Problem{File: p.name, Line: line, Msg: fmt.Sprintf(format, args...)}
	p.probs = append(p.probs, pr)
	if b := p.walking; b != nil {
		// Kept beside the items, so that the reader shows the part it
		// could not read where it stands, and the rest of the briefing.
		u := Unread{Problem: pr, Pane: -1}
		switch p.kind {
		case secSummary:
			u.Pane, u.Index = 0, len(b.Summary)
		case secActors:
			u.Pane, u.Index = 1, len(b.Actors)
		case secTimeline:
			u.Pane, u.Index = 2, len(b.Timeline)
		case secQuotes:
			u.Pane, u.Index = 3, len(b.Quotes)
		case secExtra:
			// The section being walked is appended when it ends.
			u.Pane = len(StandardPanes) + len(b.Sections)
		}
		b.Unread = append(b.Unread, u)
	}
}

// ParseLead parses the beginning of a briefing: its front matter and about
// the first n bytes of its body, cut at a blank line or before a list item.
// It is for painting the first screen of a big briefing while Parse reads
// the whole of it (Parse takes a quarter of a second for 5 MB): the lead's
// last section may be cut short and later sections are missing, so it
// never stands in for Parse.
// ok is false when data is not much longer than a lead (Parse is as quick),
// or when no lead can be cut or parsed.
func ParseLead(name string, data []byte, n int) (b *Briefing, ok bool) {
	_, _, bodyOff, _, closed := frontMatterBounds(data)
	if !closed || n <= 0 || len(data)-bodyOff <= 2*n {
		return nil, false
	}
	// At a blank line or before a list item at the start of a line: the
	// Actors and Timeline lists have no blank lines, and a lead cut only at
	// blank lines held none of a big list.
	head := data[bodyOff : bodyOff+n]
	cut := bytes.LastIndex(head, []byte("\n\n"))
	for _, item := range [][]byte{[]byte("\n- "), []byte("\n* "), []byte("\n+ ")} {
		cut = max(cut, bytes.LastIndex(head, item))
	}
	if cut < 0 {
		return nil, false
	}
	b, _ = Parse(name, data[:bodyOff+cut+1]) // problems are Parse's to report
	return b, b != nil
}

// parse runs the whole parse; problems accumulate in p.probs.
func (p *docParser) parse() *Briefing {
	b := p.parseHeader()
	if b == nil {
		p.flushCuts(len(p.lineStarts) + 1)
		return nil
	}
	p.parseBody(b)
	for k, name := range StandardPanes {
		if !p.seen[secSummary+k] {
			b.Missing = append(b.Missing, name)
		}
	}
	// A title read from the heading is cleaned as a front matter title
	// is: Write puts it in the front matter, and Parse must read back the
	// same title (an invisible format character such as U+0601 is gone
	// either way).
	if b.Title == "" && p.h1 != "" {
		b.Title = cleanText(p.h1)
	}
	return b
}

// parseBody reads the markdown body: with the plain items read without
// goldmark when there are any (fastitems.go), and by goldmark alone when
// there are none or the fast reading fails.
func (p *docParser) parseBody(b *Briefing) {
	if blanked, items, ok := p.plainItems(); ok {
		header, nprobs := *b, len(p.probs)
		p.fast = items
		p.walkBody(b, md.Parser().Parse(text.NewReader(blanked)))
		p.fast, p.fastNext = nil, 0
		if !p.fastFailed {
			return
		}
		// Everything the walk set, back as parseHeader left it (p.cuts
		// too: plainItems declines a body with cut lines).
		p.fastFailed, p.fellBack = false, true
		*b, p.probs = header, p.probs[:nprobs]
		p.h1, p.h1Line, p.preamble, p.seen = "", 0, 0, [secQuotes + 1]bool{}
		p.summaryLines, p.actorLines, p.eventLines, p.quoteLines, p.sectionLines = nil, nil, nil, nil, nil
	}
	p.walkBody(b, md.Parser().Parse(text.NewReader(p.body)))
}

// walkBody walks the top-level blocks of the markdown body.
func (p *docParser) walkBody(b *Briefing, doc ast.Node) {
	p.walking = b
	defer func() { p.walking = nil }()
	p.kind = -1 // before the first "## "
	var extra *Section
	extraStart := 0 // first line of the current extra section's content
	preambleStart := -1

	// closeExtra ends the current extra section (or preamble) just before
	// line end (1-based, exclusive).
	closeExtra := func(end int) {
		if extra != nil {
			extra.Markdown = p.linesText(extraStart, end)
			b.Sections = append(b.Sections, *extra)
			p.sectionLines = append(p.sectionLines, p.firstTextLine(extraStart, end))
			extra = nil
		}
		if preambleStart >= 0 {
			if md := p.linesText(preambleStart, end); md != "" {
				b.Sections = append(b.Sections, Section{Title: "Preamble", Markdown: md})
				p.sectionLines = append(p.sectionLines, p.firstTextLine(preambleStart, end))
			}
			preambleStart = -1
		}
	}

	p.growFast(b)
	for n := doc.FirstChild(); n != nil && !p.fastFailed; n = n.NextSibling() {
		p.fastBefore(b, p.nodeLine(n))
		p.flushCuts(p.nodeLine(n))
		if h, ok := n.(*ast.Heading); ok && h.Level <= 2 {
			start, end := p.headingLines(h)
			title := p.inlineText(h).text
			if h.Level == 1 {
				if p.kind == -1 && p.h1 == "" && preambleStart < 0 {
					p.h1, p.h1Line = title, start
					continue
				}
				if p.kind != secExtra && p.kind != -1 {
					p.problem(start, "unexpected \"# \" heading inside a standard section; sections are \"## \" headings")
					continue
				}
				if p.kind == -1 && preambleStart < 0 {
					preambleStart = start
					p.preamble = start
				}
				continue
			}
			closeExtra(start)
			p.kind = sectionKind(title)
			p.sectionLine = start
			p.seen[p.kind] = true
			// A repeated standard section adds to the first: nothing is lost.
			if p.kind == secExtra {
				extra = &Section{Title: title}
				extraStart = end + 1
			}
			continue
		}
		if p.kind == -1 {
			line := p.nodeLine(n)
			if preambleStart < 0 {
				preambleStart = line
			}
			if p.preamble == 0 {
				p.preamble = line
			}
			continue
		}
		p.sectionBlock(b, n)
	}
	p.fastBefore(b, len(p.lineStarts)+1)
	p.flushCuts(len(p.lineStarts) + 1)
	closeExtra(len(p.lineStarts) + 1)
	// growFast's room, when it held nothing.
	b.Actors, b.Timeline = nilIfEmpty(b.Actors), nilIfEmpty(b.Timeline)
	p.actorLines, p.eventLines = nilIfEmpty(p.actorLines), nilIfEmpty(p.eventLines)
}

// sectionBlock reads a top-level block of a section by the section's kind.
func (p *docParser) sectionBlock(b *Briefing, n ast.Node) {
	switch p.kind {
	case secExtra:
		// kept verbatim
	case secSummary:
		p.summaryBlock(b, n)
	case secActors:
		b.Actors = slices.Grow(b.Actors, listLen(n)) // 100,000 actors grew it 50 times
		p.listBlock(n, "Actors", "- **Name** (type): role. Also: alias; alias [S1]", func(para ast.Node, line int) {
			if a, ok := p.actor(para, line); ok {
				b.Actors = append(b.Actors, a)
				p.actorLines = append(p.actorLines, line)
			}
		})
		b.Actors = nilIfEmpty(b.Actors)
	case secTimeline:
		b.Timeline = slices.Grow(b.Timeline, listLen(n))
		p.listBlock(n, "Timeline", "- **YYYY-MM-DD**: event [S1]", func(para ast.Node, line int) {
			if e, ok := p.event(para, line); ok {
				b.Timeline = append(b.Timeline, e)
				p.eventLines = append(p.eventLines, line)
			}
		})
		b.Timeline = nilIfEmpty(b.Timeline)
	case secQuotes:
		p.quoteBlock(b, n)
	}
}

// nilIfEmpty keeps a pane whose list held only empty items as nil, the same
// as Write's output of it parses to, so Parse(Write(b)) equals b.
func nilIfEmpty[S ~[]E, E any](s S) S {
	if len(s) == 0 {
		return nil
	}
	return s
}

// headingLines returns the first and last line of a heading, counting a
// setext underline.
func (p *docParser) headingLines(h *ast.Heading) (start, end int) {
	start = p.bodyLine(h.Pos())
	end = start
	if lines := h.Lines(); lines.Len() > 0 {
		first := p.bodyLine(lines.At(0).Start)
		last := p.bodyLine(lines.At(lines.Len() - 1).Start)
		start = min(start, first)
		end = max(start, last)
		if !atxRE.Match(p.lineBytes(first)) {
			end = last + 1 // setext underline
		}
	}
	return start, end
}

// lineBytes returns line n (1-based) of src without its newline.
func (p *docParser) lineBytes(n int) []byte {
	if n < 1 || n > len(p.lineStarts) {
		return nil
	}
	s := p.lineStarts[n-1]
	e := len(p.src)
	if n < len(p.lineStarts) {
		e = p.lineStarts[n] - 1
	}
	return p.src[s:e]
}

// linesText returns lines [from, to) of src, sanitized, without leading and
// trailing blank lines or trailing whitespace.
func (p *docParser) linesText(from, to int) string {
	if from < 1 {
		from = 1
	}
	if to > len(p.lineStarts)+1 {
		to = len(p.lineStarts) + 1
	}
	if from >= to {
		return ""
	}
	s := p.lineStarts[from-1]
	e := len(p.src)
	if to-1 < len(p.lineStarts) {
		e = p.lineStarts[to-1]
	}
	return trimBlankLines(Sanitize(string(p.src[s:e])))
}

// firstTextLine is the first line in [from, to) that is not blank, where
// linesText's markdown starts.
func (p *docParser) firstTextLine(from, to int) int {
	for n := from; n < to; n++ {
		if len(bytes.TrimSpace(p.lineBytes(n))) > 0 {
			return n
		}
	}
	return from
}

// trimBlankLines drops leading blank lines and trailing whitespace, keeping
// the indentation of the first non-blank line.
func trimBlankLines(s string) string {
	s = strings.TrimRight(s, " \t\n")
	for {
		line, rest, ok := strings.Cut(s, "\n")
		if !ok || strings.TrimSpace(line) != "" {
			if !ok && strings.TrimSpace(line) == "" {
				return ""
			}
			return s
		}
		s = rest
	}
}

// nodeLine returns the first line of a block node.
func (p *docParser) nodeLine(n ast.Node) int {
	if n.Pos() >= 0 {
		return p.bodyLine(n.Pos())
	}
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return p.bodyLine(n.Lines().At(0).Start)
	}
	if c := n.FirstChild(); c != nil {
		return p.nodeLine(c)
	}
	return 1
}

// describe names a block for problem messages.
func describe(n ast.Node) string {
	switch n := n.(type) {
	case *ast.Heading:
		return fmt.Sprintf("level-%d heading", n.Level)
	case *ast.List:
		return "list"
	case *ast.Blockquote:
		return "block quote"
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		return "code block"
	case *ast.HTMLBlock:
		return "HTML block"
	case *ast.ThematicBreak:
		return "horizontal rule"
	case *ast.Paragraph, *ast.TextBlock:
		return "paragraph"
	}
	return strings.ToLower(n.Kind().String())
}
