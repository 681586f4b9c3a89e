package briefings

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/lexer"
	"github.com/goccy/go-yaml/token"
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

// dateRE matches the timeline date forms YYYY, YYYY-MM and YYYY-MM-DD.
var dateRE = regexp.MustCompile(`^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`)

// fmSource and frontMatter mirror the YAML front matter.
type fmSource struct {
	ID        string `yaml:"id"`
	Title     string `yaml:"title"`
	Publisher string `yaml:"publisher"`
	URL       string `yaml:"url"`
	Published string `yaml:"published"`
	Path      string `yaml:"path"`
}

type frontMatter struct {
	Title   string     `yaml:"title"`
	Date    string     `yaml:"date"`
	Tags    []string   `yaml:"tags"`
	Marking string     `yaml:"marking"`
	Sources []fmSource `yaml:"sources"`
}

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

	// Lines of the items, in the order they were added, for Lint.
	summaryLines, actorLines, eventLines, quoteLines []int
}

func newParser(name string, data []byte) *docParser {
	data = sanitizeLines(normalizeNewlines(data))
	p := &docParser{name: name, src: data}
	p.lineStarts = make([]int, 1, bytes.Count(data, []byte("\n"))+1)
	for i, c := range data {
		if c == '\n' {
			p.lineStarts = append(p.lineStarts, i+1)
		}
	}
	return p
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
	p.probs = append(p.probs, Problem{File: p.name, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// splitFrontMatter finds the YAML between the opening and closing "---"
// lines. It returns the YAML, the offset of the body, and false with a
// problem recorded when there is no complete front matter.
func (p *docParser) splitFrontMatter() (yml []byte, bodyOff int, ok bool) {
	start, end, bodyOff, opened, closed := frontMatterBounds(p.src)
	switch {
	case !opened:
		p.problem(1, "missing front matter: a briefing starts with a line \"---\", then YAML (title, date, sources...), then \"---\"")
		return nil, 0, false
	case !closed && len(p.src)-start > maxFrontMatter:
		p.problem(1, "front matter not closed within %d KiB", maxFrontMatter>>10)
		return nil, 0, false
	case !closed:
		p.problem(1, "front matter not closed: no \"---\" line after the YAML that starts here")
		return nil, 0, false
	}
	return p.src[start:end], bodyOff, true
}

// maxFrontMatter bounds the YAML of a briefing, so that the library can
// list a file by reading its beginning only, and no file can make YAML
// decoding of its metadata arbitrarily slow.
const maxFrontMatter = 256 << 10

// frontMatterBounds finds the YAML between a first line "---" and the next
// line "---" or "...": it is src[start:end], and the body starts at bodyOff.
// A closing line that starts more than maxFrontMatter bytes into the YAML
// is not looked for.
func frontMatterBounds(src []byte) (start, end, bodyOff int, opened, closed bool) {
	first, _, _ := bytes.Cut(src, []byte("\n"))
	if string(bytes.TrimRight(first, " \t")) != "---" {
		return 0, 0, 0, false, false
	}
	off := min(len(first)+1, len(src))
	for pos := off; (pos < len(src) || pos == off) && pos-off <= maxFrontMatter; {
		line, _, _ := bytes.Cut(src[pos:], []byte("\n"))
		t := string(bytes.TrimRight(line, " \t"))
		if t == "---" || t == "..." {
			return off, pos, min(pos+len(line)+1, len(src)), true, true
		}
		if pos+len(line) >= len(src) {
			break
		}
		pos += len(line) + 1
	}
	return off, 0, 0, true, false
}

// ParseLead parses the beginning of a briefing: its front matter and about
// the first n bytes of its body, cut at a blank line. It is for painting the
// first screen of a big briefing while Parse reads the whole of it (Parse
// takes a quarter of a second for 5 MB): the lead's last section may be cut
// short and later sections are missing, so it never stands in for Parse.
// ok is false when data is not much longer than a lead (Parse is as quick),
// or when no lead can be cut or parsed.
func ParseLead(name string, data []byte, n int) (b *Briefing, ok bool) {
	_, _, bodyOff, _, closed := frontMatterBounds(data)
	if !closed || n <= 0 || len(data)-bodyOff <= 2*n {
		return nil, false
	}
	cut := bytes.LastIndex(data[bodyOff:bodyOff+n], []byte("\n\n"))
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
		return nil
	}
	p.parseBody(b)
	if b.Title == "" && p.h1 != "" {
		b.Title = p.h1
	}
	return b
}

// parseHeader reads the front matter into a Briefing and finds the body. It
// is the one reading of a briefing's metadata: the library lists, and a
// shared server grants access, by what it returns (see EntryOf).
func (p *docParser) parseHeader() *Briefing {
	yml, bodyOff, ok := p.splitFrontMatter()
	if !ok {
		return nil
	}
	fm, err := decodeFrontMatter(yml)
	if err != nil {
		p.yamlProblem(err)
		return nil
	}
	b := &Briefing{
		Title:   cleanText(fm.Title),
		Date:    cleanText(fm.Date),
		Marking: cleanText(fm.Marking),
	}
	for _, t := range fm.Tags {
		if t = cleanText(t); t != "" {
			b.Tags = append(b.Tags, t)
		}
	}
	for _, s := range fm.Sources {
		b.Sources = append(b.Sources, Source{
			ID: cleanText(s.ID), Title: cleanText(s.Title), Publisher: cleanText(s.Publisher),
			URL: cleanText(s.URL), Published: cleanText(s.Published), Path: cleanText(s.Path),
		})
	}
	p.bodyOff = bodyOff
	p.body = p.src[bodyOff:]
	return b
}

// decodeFrontMatter decodes the YAML front matter. The YAML decoder is
// third-party code that has panicked on odd input (found by FuzzParse); a
// panic becomes an error so a bad file can never crash the reader.
func decodeFrontMatter(yml []byte) (fm frontMatter, err error) {
	if err := checkNesting(yml); err != nil {
		return fm, err
	}
	if err := checkNoAliases(yml); err != nil {
		return fm, err
	}
	defer func() {
		if r := recover(); r != nil {
			fm, err = frontMatter{}, fmt.Errorf("YAML the parser cannot read (%v)", r)
		}
	}()
	err = yaml.UnmarshalWithOptions(yml, &fm)
	return fm, err
}

// Nesting limits of front matter. The format nests two levels (sources,
// then their keys); the YAML decoder's time and memory grow with the square
// of the nesting (40,000 unclosed "[" took 3.2 GB), so deeper structure is
// refused before decoding.
const (
	maxFlowDepth   = 16  // unclosed "[" and "{" at any point
	maxIndent      = 128 // leading spaces of a line
	maxLineEntries = 16  // "- " and "? " entries opening one line
	maxTopKeys     = 64  // lines at the top level (the format has five keys)
)

// nestingError is front matter nested past the limits above.
type nestingError struct {
	line int
	what string
}

func (e nestingError) Error() string { return e.what }

// checkNesting refuses front matter nested deeper than the limits, in one
// linear pass. Brackets are counted wherever they are, quoted or not: an
// over-count can only refuse an absurd value, never let a deep one through.
func checkNesting(yml []byte) error {
	depth, line, top := 0, 1, 0
	for len(yml) > 0 {
		l, rest, _ := bytes.Cut(yml, []byte("\n"))
		yml = rest
		indent := len(l) - len(bytes.TrimLeft(l, " "))
		if indent == 0 && len(l) > 0 && l[0] != '#' && l[0] != '-' && depth == 0 {
			if top++; top > maxTopKeys {
				return nestingError{line, fmt.Sprintf("more than %d top-level keys", maxTopKeys)}
			}
		}
		if indent > maxIndent {
			return nestingError{line, fmt.Sprintf("indented more than %d spaces; front matter nests two levels (sources, then their keys)", maxIndent)}
		}
		entries := 0
		for t := bytes.TrimLeft(l, " \t"); len(t) >= 2 && (t[0] == '-' || t[0] == '?') && (t[1] == ' ' || t[1] == '\t'); t = bytes.TrimLeft(t[2:], " \t") {
			if entries++; entries > maxLineEntries {
				return nestingError{line, fmt.Sprintf("more than %d nested list entries on one line", maxLineEntries)}
			}
		}
		for _, c := range l {
			switch c {
			case '[', '{':
				if depth++; depth > maxFlowDepth {
					return nestingError{line, fmt.Sprintf("brackets nested deeper than %d levels (an unclosed \"[\" or \"{\"?)", maxFlowDepth)}
				}
			case ']', '}':
				depth = max(0, depth-1)
			}
		}
		line++
	}
	return nil
}

// aliasError is a YAML anchor or alias in front matter.
type aliasError struct{ line int }

func (e aliasError) Error() string {
	return "YAML anchors and aliases (&name, *name) are not allowed in front matter"
}

// checkNoAliases rejects YAML anchors and aliases before decoding: the
// format has no use for them, and nested aliases expand exponentially (the
// "billion laughs"), which would hang a reader or an SSH server. Lexing is
// linear in the input.
func checkNoAliases(yml []byte) error {
	if !bytes.ContainsAny(yml, "&*") {
		return nil
	}
	for _, tk := range lexer.Tokenize(string(yml)) {
		if tk.Type == token.AnchorType || tk.Type == token.AliasType {
			line := 1
			if tk.Position != nil {
				line = tk.Position.Line
			}
			return aliasError{line}
		}
	}
	return nil
}

// yamlProblem records a YAML error at its line in the file: the YAML starts
// on line 2.
func (p *docParser) yamlProblem(err error) {
	var ye yaml.Error
	var ae aliasError
	var ne nestingError
	line, msg := 1, err.Error()
	if errors.As(err, &ae) {
		line = ae.line + 1
	} else if errors.As(err, &ne) {
		line = ne.line + 1
	} else if errors.As(err, &ye) {
		msg = ye.GetMessage()
		if tk := ye.GetToken(); tk != nil && tk.Position != nil {
			line = tk.Position.Line + 1
		}
	}
	p.problem(line, "front matter: %s", Sanitize(msg))
}

// parseBody walks the top-level blocks of the markdown body.
func (p *docParser) parseBody(b *Briefing) {
	doc := md.Parser().Parse(text.NewReader(p.body))
	kind := -1 // before the first "## "
	var extra *Section
	extraStart := 0 // first line of the current extra section's content
	preambleStart := -1

	// closeExtra ends the current extra section (or preamble) just before
	// line end (1-based, exclusive).
	closeExtra := func(end int) {
		if extra != nil {
			extra.Markdown = p.linesText(extraStart, end)
			b.Sections = append(b.Sections, *extra)
			extra = nil
		}
		if preambleStart >= 0 {
			if md := p.linesText(preambleStart, end); md != "" {
				b.Sections = append(b.Sections, Section{Title: "Preamble", Markdown: md})
			}
			preambleStart = -1
		}
	}

	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && h.Level <= 2 {
			start, end := p.headingLines(h)
			title := p.inlineText(h).text
			if h.Level == 1 {
				if kind == -1 && p.h1 == "" && preambleStart < 0 {
					p.h1, p.h1Line = title, start
					continue
				}
				if kind != secExtra && kind != -1 {
					p.problem(start, "unexpected \"# \" heading inside a standard section; sections are \"## \" headings")
					continue
				}
				if kind == -1 && preambleStart < 0 {
					preambleStart = start
					p.preamble = start
				}
				continue
			}
			closeExtra(start)
			kind = sectionKind(title)
			// A repeated standard section adds to the first: nothing is lost.
			if kind == secExtra {
				extra = &Section{Title: title}
				extraStart = end + 1
			}
			continue
		}
		line := p.nodeLine(n)
		switch kind {
		case -1:
			if preambleStart < 0 {
				preambleStart = line
			}
			if p.preamble == 0 {
				p.preamble = line
			}
		case secExtra:
			// kept verbatim
		case secSummary:
			p.summaryBlock(b, n)
		case secActors:
			p.listBlock(n, "Actors", "- **Name** (type): role. Also: alias; alias [S1]", func(para ast.Node, line int) {
				if a, ok := p.actor(para, line); ok {
					b.Actors = append(b.Actors, a)
					p.actorLines = append(p.actorLines, line)
				}
			})
		case secTimeline:
			p.listBlock(n, "Timeline", "- **YYYY-MM-DD**: event [S1]", func(para ast.Node, line int) {
				if e, ok := p.event(para, line); ok {
					b.Timeline = append(b.Timeline, e)
					p.eventLines = append(p.eventLines, line)
				}
			})
		case secQuotes:
			p.quoteBlock(b, n)
		}
	}
	closeExtra(len(p.lineStarts) + 1)
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

// summaryBlock reads paragraphs (and list items, for "Key points" lists).
func (p *docParser) summaryBlock(b *Briefing, n ast.Node) {
	switch n.(type) {
	case *ast.Paragraph:
		if st, ok := p.statement(n); ok {
			b.Summary = append(b.Summary, st)
			p.summaryLines = append(p.summaryLines, p.nodeLine(n))
		}
	case *ast.List:
		p.listBlock(n, "Summary", "one paragraph per statement ending with [S1]", func(para ast.Node, line int) {
			if st, ok := p.statement(para); ok {
				b.Summary = append(b.Summary, st)
				p.summaryLines = append(p.summaryLines, line)
			}
		})
	default:
		p.problem(p.nodeLine(n), "unexpected %s in Summary: write one paragraph per statement, ending with its citations [S1]", describe(n))
	}
}

func (p *docParser) statement(para ast.Node) (Statement, bool) {
	t := p.inlineText(para)
	if t.text == "" && len(t.cites) == 0 {
		return Statement{}, false
	}
	return Statement{Text: t.text, Cites: t.cites}, true
}

// listBlock calls item for every item of a list whose only content is one
// paragraph, and records a problem for anything else.
func (p *docParser) listBlock(n ast.Node, section, shape string, item func(para ast.Node, line int)) {
	list, ok := n.(*ast.List)
	if !ok {
		p.problem(p.nodeLine(n), "unexpected %s in %s: expected a bullet list, one item per entry: %s", describe(n), section, shape)
		return
	}
	for it := list.FirstChild(); it != nil; it = it.NextSibling() {
		line := p.nodeLine(it)
		para := it.FirstChild()
		if para == nil {
			continue // an empty item says nothing
		}
		if _, ok := para.(*ast.Paragraph); !ok {
			if _, ok := para.(*ast.TextBlock); !ok {
				p.problem(line, "unexpected %s in a %s item: expected %s", describe(para), section, shape)
				continue
			}
		}
		if extra := para.NextSibling(); extra != nil {
			p.problem(p.nodeLine(extra), "unexpected %s inside a %s item: each item is one line: %s", describe(extra), section, shape)
			continue
		}
		item(para, line)
	}
}

// strongPrefix splits a paragraph that starts with **bold** text into the
// bold node and the rest, or returns nil.
func strongPrefix(para ast.Node) *ast.Emphasis {
	e, ok := para.FirstChild().(*ast.Emphasis)
	if !ok || e.Level != 2 {
		return nil
	}
	return e
}

// actor parses "**Name** (type): role. Also: alias; alias [S1]".
func (p *docParser) actor(para ast.Node, line int) (Actor, bool) {
	e := strongPrefix(para)
	if e == nil {
		p.problem(line, "an actor starts with the name in bold: - **Name** (type): role. Also: alias; alias [S1]")
		return Actor{}, false
	}
	name := p.inlineText(e)
	rest := p.inlineTextFrom(para, e.NextSibling())
	a := Actor{Name: name.text, Cites: mergeCites(name.cites, rest.cites)}
	if a.Name == "" {
		p.problem(line, "an actor has an empty name")
		return Actor{}, false
	}
	toks := rest.toks
	toks = trimToks(toks)
	// (type)
	if len(toks) > 0 && toks[0].is('(') {
		for i := 1; i < len(toks); i++ {
			if toks[i].is(')') {
				a.Type = strings.ToLower(collapseToks(toks[1:i]))
				toks = trimToks(toks[i+1:])
				break
			}
		}
	}
	// Also: aliases
	head, aliases := toks, []tok(nil)
	for i := 0; i+5 <= len(toks); i++ {
		if toks[i+4].is(':') && strings.EqualFold(toksString(toks[i:i+4]), "also") &&
			(i == 0 || isSpaceTok(toks[i-1]) || toks[i-1].is('.')) {
			head, aliases = toks[:i], toks[i+5:]
			break
		}
	}
	head = trimToks(head)
	if len(head) > 0 && (head[0].is(':') || head[0].is(',') || head[0].is('-') || head[0].r == '—' || head[0].r == '–') {
		head = trimToks(head[1:])
	}
	if aliases != nil && len(head) > 0 && head[len(head)-1].is('.') {
		head = head[:len(head)-1]
	}
	a.Role = collapseToks(head)
	if aliases != nil {
		start := 0
		for i := 0; i <= len(aliases); i++ {
			if i == len(aliases) || aliases[i].is(';') {
				if al := collapseToks(aliases[start:i]); al != "" {
					a.Aliases = append(a.Aliases, al)
				}
				start = i + 1
			}
		}
	}
	return a, true
}

// event parses "**DATE**: text [S1]" where DATE is YYYY, YYYY-MM,
// YYYY-MM-DD or START/END.
func (p *docParser) event(para ast.Node, line int) (Event, bool) {
	e := strongPrefix(para)
	if e == nil {
		p.problem(line, "a timeline entry starts with its date in bold: - **YYYY-MM-DD**: event [S1]")
		return Event{}, false
	}
	d := p.inlineText(e)
	rest := p.inlineTextFrom(para, e.NextSibling())
	start, end, err := parseDateRange(d.text)
	if err != nil {
		p.problem(line, "timeline: %v", err)
		return Event{}, false
	}
	toks := trimToks(rest.toks)
	if len(toks) > 0 && toks[0].is(':') {
		toks = toks[1:]
	}
	return Event{Date: start, End: end, Text: collapseToks(toks), Cites: mergeCites(d.cites, rest.cites)}, true
}

// parseDateRange splits "START/END" (also "START – END") and checks both.
func parseDateRange(s string) (start, end string, err error) {
	start = s
	for _, sep := range []string{"/", "–", "—", " to "} {
		if a, b, ok := strings.Cut(s, sep); ok {
			start, end = strings.TrimSpace(a), strings.TrimSpace(b)
			break
		}
	}
	if err := checkDate(start); err != nil {
		return "", "", err
	}
	if end != "" || strings.ContainsAny(s, "/–—") {
		if err := checkDate(end); err != nil {
			return "", "", err
		}
	}
	return start, end, nil
}

// checkDate accepts YYYY, YYYY-MM and YYYY-MM-DD with a real month and day.
func checkDate(s string) error {
	if !dateRE.MatchString(s) {
		return fmt.Errorf("bad date %q: use YYYY, YYYY-MM, YYYY-MM-DD or START/END", s)
	}
	if len(s) >= 7 {
		m := (s[5]-'0')*10 + s[6] - '0'
		if m < 1 || m > 12 {
			return fmt.Errorf("bad date %q: no month %d", s, m)
		}
		if len(s) == 10 {
			d := int(s[8]-'0')*10 + int(s[9]-'0')
			y := 0
			for _, c := range s[:4] {
				y = y*10 + int(c-'0')
			}
			if d < 1 || d > daysIn(y, int(m)) {
				return fmt.Errorf("bad date %q: no day %d in that month", s, d)
			}
		}
	}
	return nil
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// quoteBlock reads "> quoted words" followed by an attribution paragraph
// "> — Speaker [S1]" (or just "> [S1]").
func (p *docParser) quoteBlock(b *Briefing, n ast.Node) {
	bq, ok := n.(*ast.Blockquote)
	if !ok {
		p.problem(p.nodeLine(n), "unexpected %s in Source quotes: expected one block quote per quote: \"> words\", \">\", \"> — Speaker [S1]\"", describe(n))
		return
	}
	var paras []inline
	for c := bq.FirstChild(); c != nil; c = c.NextSibling() {
		if _, ok := c.(*ast.Paragraph); !ok {
			p.problem(p.nodeLine(c), "unexpected %s inside a quote: a quote is its words, then \"— Speaker [S1]\"", describe(c))
			return
		}
		paras = append(paras, p.inlineText(c))
	}
	if len(paras) == 0 {
		return
	}
	var q Quote
	last := &paras[len(paras)-1]
	toks := trimToks(last.toks)
	attributed := false
	if len(paras) >= 2 {
		// "> words", ">", "> — Speaker [S1]" (or just "> [S1]")
		if skip := attributionDash(toks); len(toks) == 0 || skip > 0 {
			q.Speaker = collapseToks(toks[skip:])
			q.Cites = last.cites
			paras = paras[:len(paras)-1]
			attributed = true
		}
	}
	if !attributed {
		// "> words" then "> — Speaker [S1]" on the next line of the same
		// paragraph, as people write by hand.
		for k := len(toks) - 1; k > 0; k-- {
			if toks[k].r == '\n' && !toks[k].esc {
				rest := trimToks(toks[k+1:])
				if skip := attributionDash(rest); skip > 0 {
					if words := collapseToks(toks[:k]); words != "" {
						q.Speaker = collapseToks(rest[skip:])
						last.text = words
					}
				}
				break
			}
		}
	}
	var words []string
	var cites []string
	for _, pa := range paras {
		if pa.text != "" {
			words = append(words, pa.text)
		}
		cites = mergeCites(cites, pa.cites)
	}
	q.Cites = mergeCites(cites, q.Cites)
	q.Text = strings.Join(words, " ")
	if q.Text == "" {
		p.problem(p.nodeLine(bq), "a quote has no quoted words")
		return
	}
	b.Quotes = append(b.Quotes, q)
	p.quoteLines = append(p.quoteLines, p.nodeLine(bq))
}

// attributionDash returns how many tokens of dash start a quote's
// attribution ("— Speaker", "― Speaker", "-- Speaker"), or 0.
func attributionDash(ts []tok) int {
	switch {
	case len(ts) > 0 && (ts[0].r == '—' || ts[0].r == '―'):
		return 1
	case len(ts) > 1 && ts[0].is('-') && ts[1].is('-'):
		return 2
	}
	return 0
}

// mergeCites appends the ids of b not already in a.
func mergeCites(a, b []string) []string {
	for _, id := range b {
		if !slices.Contains(a, id) {
			a = append(a, id)
		}
	}
	return a
}

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
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// cleanText sanitizes a front matter value, drops its invisible format
// characters (zero-width spaces and joiners, soft hyphens, word joiners),
// and collapses its white space: "TLP:\u200bAMBER" is the marking it
// looks like, to the reader and to an access check alike.
func cleanText(s string) string {
	s = Sanitize(s)
	if strings.IndexFunc(s, isFormatRune) >= 0 {
		s = strings.Map(func(r rune) rune {
			if isFormatRune(r) {
				return -1
			}
			return r
		}, s)
	}
	return collapse(s)
}

// isFormatRune reports an invisible formatting character (Unicode Cf).
func isFormatRune(r rune) bool { return r >= 0xad && unicode.Is(unicode.Cf, r) }
