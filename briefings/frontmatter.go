package briefings

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/lexer"
	"github.com/goccy/go-yaml/token"
)

// fmSource and frontMatter mirror the YAML front matter. A key added here
// is decoded by YAML alone until decodePlainFrontMatter knows it too (it
// gives up on a key it does not know).
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

// decodeFrontMatter decodes the YAML front matter. Front matter in the
// plain form briefings are written in is decoded without the YAML decoder
// (decodePlainFrontMatter, to the same values); the rest, and every error,
// is the YAML decoder's. It is third-party code that has panicked on odd
// input (found by FuzzParse); a panic becomes an error so a bad file can
// never crash the reader.
func decodeFrontMatter(yml []byte) (fm frontMatter, err error) {
	if err := checkNesting(yml); err != nil {
		return fm, err
	}
	if err := checkNoAliases(yml); err != nil {
		return fm, err
	}
	if fm, ok := decodePlainFrontMatter(yml); ok {
		return fm, nil
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
	maxFlowDepth   = 16   // unclosed "[" and "{" outside quoted strings, at any point
	maxBrackets    = 4096 // "[" and "{" anywhere, quoted or not
	maxIndent      = 128  // leading spaces of a line
	maxLineEntries = 16   // "- " and "? " entries opening one line
	maxTopKeys     = 64   // lines at the top level (the format has five keys)
)

// nestingError is front matter nested past the limits above.
type nestingError struct {
	line int
	what string
}

func (e nestingError) Error() string { return e.what }

// checkNesting refuses front matter nested deeper than the limits, in one
// linear pass. Brackets inside a quoted string are text, not nesting:
// counted, the title "[[[[[[" that Write quotes, repeated in three
// fields, made Parse refuse Write's own output. A quote is taken to open
// a string only where YAML starts a value (a line's start, after "- ",
// ": ", "[", "{" or ","); elsewhere it is text and the brackets after it
// count. Should this reading ever differ from the decoder's, the count of
// brackets anywhere still bounds the nesting (maxBrackets, 4,096: the
// decoder's cost grows with the square of the depth, 40,000 took 3.2 GB).
func checkNesting(yml []byte) error {
	depth, line, top, brackets := 0, 1, 0, 0
	var quote byte // the quote of a string left open at the end of a line
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
		prev, spaced := byte(0), false // the last byte before c but blanks; whether blanks follow it
		for i := 0; i < len(l); i++ {
			c := l[i]
			if c == '[' || c == '{' {
				if brackets++; brackets > maxBrackets {
					return nestingError{line, fmt.Sprintf("more than %d brackets", maxBrackets)}
				}
			}
			if quote != 0 {
				switch {
				case c == '\\' && quote == '"':
					i++ // the escaped byte
				case c == quote && quote == '\'' && i+1 < len(l) && l[i+1] == '\'':
					i++ // '' is a quote inside '...'
				case c == quote:
					quote, prev, spaced = 0, c, false
				}
				continue
			}
			switch c {
			case '"', '\'':
				if prev == 0 || prev == '[' || prev == '{' || prev == ',' || spaced && (prev == ':' || prev == '-' || prev == '?') {
					quote = c
					continue
				}
			case '[', '{':
				if depth++; depth > maxFlowDepth {
					return nestingError{line, fmt.Sprintf("brackets nested deeper than %d levels (an unclosed \"[\" or \"{\"?)", maxFlowDepth)}
				}
			case ']', '}':
				depth = max(0, depth-1)
			}
			if c == ' ' || c == '\t' {
				spaced = prev != 0
			} else {
				prev, spaced = c, false
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
	if l, hint, ok := yamlHint(p.frontMatterText(), line-1, msg); ok {
		line, msg = l+1, hint
	}
	p.problem(line, "front matter: %s", Sanitize(msg))
}

// frontMatterText returns the YAML of the front matter, or "".
func (p *docParser) frontMatterText() string {
	start, end, _, opened, closed := frontMatterBounds(p.src)
	if !opened || !closed {
		return ""
	}
	return string(p.src[start:end])
}

// yamlHint rewords the YAML errors people make most in front matter, in
// the format's words and at the line of the mistake: an unquoted value
// with ": " in it, an unclosed "[" or "{" (the parser reports it at the
// line after), a key indented under a key that has a value. line is the
// 1-based line in yml the parser reported; the hint's line is too.
func yamlHint(yml string, line int, msg string) (int, string, bool) {
	lines := strings.Split(yml, "\n")
	if open, col := unclosedBracket(lines); open > 0 && (strings.Contains(msg, "must be specified") ||
		strings.Contains(msg, "end token") || strings.Contains(msg, "flow")) {
		c := lines[open-1][col]
		closer := map[byte]string{'[': "]", '{': "}"}[c]
		return open, fmt.Sprintf("%q is not closed: add %q where it ends (the parser says: %s)", string(c), closer, msg), true
	}
	if !strings.Contains(msg, "mapping value is not allowed") || line < 1 || line > len(lines) {
		return 0, "", false
	}
	key, value, ok := strings.Cut(strings.TrimSpace(lines[line-1]), ": ")
	if !ok {
		return 0, "", false
	}
	key = strings.TrimPrefix(key, "- ")
	value = strings.TrimSpace(value)
	indent := func(s string) int { return len(s) - len(strings.TrimLeft(s, " ")) }
	if line < len(lines) && value != "" && strings.TrimSpace(lines[line]) != "" && indent(lines[line]) > indent(lines[line-1]) {
		next, _, _ := strings.Cut(strings.TrimSpace(lines[line]), ":")
		return line + 1, fmt.Sprintf("%q is indented under %q, which has a value already: start it at the same column as %q", next, key, key), true
	}
	if strings.Contains(value, ": ") && !strings.HasPrefix(value, `"`) && !strings.HasPrefix(value, "'") {
		quoted := `"` + strings.ReplaceAll(strings.ReplaceAll(value, `\`, `\\`), `"`, `\"`) + `"`
		return line, fmt.Sprintf("a value containing \": \" must be quoted: %s: %s", key, quoted), true
	}
	return 0, "", false
}

// unclosedBracket finds the first "[" or "{" that no bracket closes, as
// (1-based line, byte column), or 0 when every bracket is closed. Brackets
// in quoted values are skipped as far as a line-local look can tell.
func unclosedBracket(lines []string) (int, int) {
	type pos struct{ line, col int }
	var stack []pos
	for i, l := range lines {
		quote := byte(0)
		for j := 0; j < len(l); j++ {
			c := l[j]
			switch {
			case quote != 0:
				if c == quote {
					quote = 0
				}
			case c == '"' || c == '\'' && (j == 0 || strings.IndexByte(" [{,:", l[j-1]) >= 0):
				quote = c
			case c == '#' && (j == 0 || l[j-1] == ' '):
				j = len(l)
			case c == '[' || c == '{':
				stack = append(stack, pos{i + 1, j})
			case (c == ']' || c == '}') && len(stack) > 0:
				stack = stack[:len(stack)-1]
			}
		}
	}
	if len(stack) == 0 {
		return 0, 0
	}
	return stack[0].line, stack[0].col
}

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

// CleanValue is the text a front matter value reads as (see cleanText):
// a writer that cleans its values with it writes what Parse reads back.
func CleanValue(s string) string { return cleanText(s) }

// isFormatRune reports an invisible formatting character (Unicode Cf).
func isFormatRune(r rune) bool { return r >= 0xad && unicode.Is(unicode.Cf, r) }
