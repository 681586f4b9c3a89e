package generate

import (
	"regexp"
	"regexp/syntax"
	"sync"
	"unicode"
	"unicode/utf8"
)

// anchoredRegexp is a regular expression anchored at the text's start
// ("^...") with the set of bytes a match can begin with, read off the
// expression itself: a text starting with another byte cannot match, and
// MatchString says so without running the matcher. The page-furniture
// expressions try every short line of every source, and most lines
// begin with a byte none of them can (throughput is a requirement: 1 MB/s
// per core).
type anchoredRegexp struct {
	re    *regexp.Regexp
	first [256]bool
	any   bool // no prefilter: the expression is not anchored, or may match ""
}

// lazyAnchored is lazyRegexp for an anchored expression, compiled on first
// use.
func lazyAnchored(expr string) func() *anchoredRegexp {
	return sync.OnceValue(func() *anchoredRegexp {
		a := &anchoredRegexp{re: regexp.MustCompile(expr)}
		parsed, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			panic(err)
		}
		parsed = parsed.Simplify()
		if !anchoredAtStart(parsed) {
			a.any = true
			return a
		}
		if nullable := firstBytes(parsed, &a.first); nullable {
			a.any = true
		}
		return a
	})
}

// MatchString reports whether s matches.
func (a *anchoredRegexp) MatchString(s string) bool {
	if !a.any && (s == "" || !a.first[s[0]]) {
		return false
	}
	return a.re.MatchString(s)
}

// anchoredAtStart says re begins with ^ (the text's start, not a line's).
func anchoredAtStart(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpConcat:
		return len(re.Sub) > 0 && anchoredAtStart(re.Sub[0])
	case syntax.OpCapture:
		return anchoredAtStart(re.Sub[0])
	}
	return false
}

// firstBytes adds to set the first bytes of the texts re matches, and
// says whether re can match the empty text (then what follows it
// starts the match too, and its caller reads on).
func firstBytes(re *syntax.Regexp, set *[256]bool) (nullable bool) {
	all := func() bool {
		for i := range set {
			set[i] = true
		}
		return true
	}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpBeginLine, syntax.OpEndText, syntax.OpEndLine,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true
		}
		addRune(set, re.Rune[0], re.Flags&syntax.FoldCase != 0)
		return false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi-lo > 256 || hi >= utf8.RuneSelf {
				// A wide range: every lead byte from lo's to hi's.
				for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
					set[r] = true
				}
				if hi >= utf8.RuneSelf {
					for b := 0xC0; b < 256; b++ {
						set[b] = true
					}
				}
				continue
			}
			for r := lo; r <= hi; r++ {
				addRune(set, r, false)
			}
		}
		return false
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		all()
		return false
	case syntax.OpCapture:
		return firstBytes(re.Sub[0], set)
	case syntax.OpStar, syntax.OpQuest:
		firstBytes(re.Sub[0], set)
		return true
	case syntax.OpPlus:
		return firstBytes(re.Sub[0], set)
	case syntax.OpRepeat:
		n := firstBytes(re.Sub[0], set)
		return n || re.Min == 0
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !firstBytes(sub, set) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		nullable := false
		for _, sub := range re.Sub {
			if firstBytes(sub, set) {
				nullable = true
			}
		}
		return nullable
	}
	return all() // an op not read here: no prefilter
}

// addRune marks the first byte of r, and of every rune that folds to it
// when fold (as (?i) matches them: "k" also the Kelvin sign).
func addRune(set *[256]bool, r rune, fold bool) {
	var buf [utf8.UTFMax]byte
	mark := func(r rune) {
		utf8.EncodeRune(buf[:], r)
		set[buf[0]] = true
	}
	mark(r)
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			mark(f)
		}
	}
}
