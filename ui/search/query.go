package search

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Query is a compiled search: a literal phrase or a regular expression, with
// smart case applied. The zero Query and a nil *Query match nothing.
type Query struct {
	raw     string
	literal string // normalized phrase (literal queries)
	folded  string // literal folded, when insensitive to case or diacritics
	re      *regexp.Regexp
	regexp  bool
	insens  bool // ignores case
	strip   bool // ignores diacritics
	empty   bool
	// key is the query's longest word folded by keyFold, that every
	// matching item holds when folded the same way ("" when there is
	// none): items without it are skipped (itemKeys).
	key string
}

// RegexpHelp explains the query syntax, for the reader's help line.
const RegexpHelp = "/pattern/ searches for a Go regular expression (RE2 syntax), e.g. /cyber.*attack/ or /S[0-9]+/; " +
	"the closing slash may be left out while typing. " +
	"All lower case ignores case, any upper-case letter makes the search case-sensitive."

// Compile parses a search query.
//
// A query that starts with a slash is a Go regular expression (a lone "/"
// is one still empty, matching nothing); its closing slash is optional so that matches show while it is
// being typed: "/cyber.*attack/" and "/cyber.*attack" are the same. Anything
// else is a literal phrase in which any run of white space matches any run
// of white space, including a line break of the wrapped text.
//
// Smart case: a query without upper-case letters ignores case (Unicode case
// folding: "é" finds "É", "e" does not find "é"); one with an upper-case
// letter is case-sensitive. In a regexp only its literal letters count, so
// /\S+ing/ still ignores case; an explicit (?i) flag is respected.
//
// Diacritics likewise: a query without any ignores them ("gdansk" and
// "Gdansk" find Gdańsk, "cavusoglu" finds Çavuşoğlu), one with a diacritic
// matches it exactly ("Gdańsk" does not find Gdansk). Matches still cover
// the original characters.
//
// An empty query compiles and matches nothing. An invalid regexp returns an
// error whose text is fit for the footer, e.g.
// "bad regexp: missing closing ): `(a`".
func Compile(q string) (*Query, error) {
	query, err := compile(q)
	if err == nil {
		query.key = keyFold(query.mustWord())
	}
	return query, err
}

func compile(q string) (*Query, error) {
	query := &Query{raw: q}
	if pat, ok := regexpPattern(q); ok {
		query.regexp = true
		if pat == "" {
			query.empty = true
			return query, nil
		}
		query.insens = !upperInPattern(pat) && !strings.Contains(pat, "(?i")
		query.strip = !hasDiacritics(pat)
		flags := syntax.Perl
		if query.insens {
			flags |= syntax.FoldCase
		}
		tree, err := syntax.Parse(pat, flags)
		if err != nil {
			return nil, fmt.Errorf("bad regexp: %s", reErrorText(err))
		}
		if query.insens {
			// Run on the pane's case-folded text: fold the pattern's
			// literals the same way, so that the regexp keeps literal
			// prefixes (fast) instead of case-folding every byte.
			foldLiterals(tree)
		}
		re, err := regexp.Compile(tree.String())
		if err != nil {
			return nil, fmt.Errorf("bad regexp: %s", reErrorText(err))
		}
		query.re = re
		query.literal = requiredLiteral(tree)
		return query, nil
	}
	lit := collapseSpace(q)
	if lit == "" {
		query.empty = true
		return query, nil
	}
	query.literal = lit
	query.insens = !hasUpper(lit)
	query.strip = !hasDiacritics(lit)
	if query.insens || query.strip {
		query.folded, _ = foldText(lit, query.insens, query.strip)
	}
	return query, nil
}

// regexpPattern reports whether q is a regexp query and returns its pattern.
func regexpPattern(q string) (string, bool) {
	if q == "" || q[0] != '/' {
		return "", false
	}
	pat := q[1:]
	if strings.HasSuffix(pat, "/") && !strings.HasSuffix(pat, `\/`) {
		pat = pat[:len(pat)-1]
	}
	return pat, true
}

func reErrorText(err error) string {
	if e, ok := err.(*syntax.Error); ok {
		return fmt.Sprintf("%s: `%s`", e.Code, e.Expr)
	}
	return err.Error()
}

// String returns the query as the user typed it.
func (q *Query) String() string {
	if q == nil {
		return ""
	}
	return q.raw
}

// Empty reports whether the query matches nothing because it is empty.
func (q *Query) Empty() bool { return q == nil || q.empty || (q.re == nil && q.literal == "") }

// IsRegexp reports whether the query is a regular expression.
func (q *Query) IsRegexp() bool { return q != nil && q.regexp }

// CaseSensitive reports whether smart case made the query case-sensitive.
func (q *Query) CaseSensitive() bool { return q != nil && !q.insens }

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			return true
		}
	}
	return false
}

// foldLiterals rewrites case-folding literals of a parsed regexp as their
// folded form (see foldRune) that must match exactly. Character classes
// parsed with FoldCase already hold every case of their letters.
func foldLiterals(re *syntax.Regexp) {
	if re.Op == syntax.OpLiteral && re.Flags&syntax.FoldCase != 0 {
		for i, r := range re.Rune {
			re.Rune[i] = foldRune(r)
		}
		re.Flags &^= syntax.FoldCase
	}
	for _, sub := range re.Sub {
		foldLiterals(sub)
	}
}

// requiredLiteral returns the longest literal every match of re contains
// (exactly, not folding case), or "" if it cannot tell. Search looks for it
// first and runs the regexp only where it occurs.
func requiredLiteral(re *syntax.Regexp) string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase == 0 {
			return string(re.Rune)
		}
	case syntax.OpCapture, syntax.OpPlus:
		return requiredLiteral(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredLiteral(re.Sub[0])
		}
	case syntax.OpConcat:
		best := ""
		for _, sub := range re.Sub {
			if l := requiredLiteral(sub); len(l) > len(best) {
				best = l
			}
		}
		return best
	}
	return ""
}

// upperInPattern reports whether a regexp's source spells an upper-case
// letter itself, not as part of an escape (\S, \W, \pL, \p{Greek}), a
// character class name ([:upper:]), a flag group or a group name.
func upperInPattern(pat string) bool {
	for i := 0; i < len(pat); {
		switch {
		case pat[i] == '\\' && i+1 < len(pat):
			c := pat[i+1]
			i += 2
			if (c == 'p' || c == 'P') && i < len(pat) {
				if pat[i] == '{' {
					if j := strings.IndexByte(pat[i:], '}'); j >= 0 {
						i += j + 1
						continue
					}
				}
				i++
			}
			continue
		case strings.HasPrefix(pat[i:], "[:") || strings.HasPrefix(pat[i:], "[^:"):
			if j := strings.Index(pat[i:], ":]"); j >= 0 {
				i += j + 2
				continue
			}
		case strings.HasPrefix(pat[i:], "(?"):
			// flags (?i) (?s:...) or a name (?P<Name>...) (?<Name>...)
			j := i + 2
			for j < len(pat) && pat[j] != ')' && pat[j] != ':' && pat[j] != '>' {
				j++
			}
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(pat[i:])
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			return true
		}
		i += size
	}
	return false
}

// collapseSpace turns every run of white space into a single ' ', the way
// pane text is normalized.
func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}
