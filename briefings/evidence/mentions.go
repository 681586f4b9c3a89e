package evidence

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brief-team/brief/briefings"
)

// Mentions returns, for each actor, where text names it by name or alias:
// whole words only and case-sensitive, as names are written ("Rama", not
// "rama" or "Ramadan"). Overlapping mentions of one actor ("Edi Rama" and
// its alias "Rama" inside it) count once, the longer. One pass over the
// words of text looks up every name at once.
func Mentions(text string, actors []briefings.Actor) [][]Span {
	type pattern struct {
		actor int
		name  string
	}
	byFirst := map[string][]pattern{}
	var odd []pattern // names not starting with a word character
	for ai, a := range actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			n = strings.TrimSpace(n)
			if n == "" {
				continue
			}
			fw := firstWord(n)
			if fw == "" || !strings.HasPrefix(n, fw) {
				odd = append(odd, pattern{ai, n})
				continue
			}
			byFirst[fw] = append(byFirst[fw], pattern{ai, n})
		}
	}
	out := make([][]Span, len(actors))
	add := func(ai, s, e int) {
		if e < len(text) {
			if r, _ := utf8.DecodeRuneInString(text[e:]); isWordRune(r) {
				return
			}
		}
		out[ai] = append(out[ai], Span{s, e})
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if !isWordRune(r2) {
				break
			}
			j += s2
		}
		for _, p := range byFirst[text[i:j]] {
			if strings.HasPrefix(text[i:], p.name) {
				add(p.actor, i, i+len(p.name))
			}
		}
		i = j
	}
	for _, p := range odd {
		for off := 0; ; {
			k := strings.Index(text[off:], p.name)
			if k < 0 {
				break
			}
			s := off + k
			if r, _ := utf8.DecodeLastRuneInString(text[:s]); s == 0 || !isWordRune(r) {
				add(p.actor, s, s+len(p.name))
			}
			off = s + len(p.name)
		}
	}
	for ai, ms := range out {
		out[ai] = dedupe(ms)
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func firstWord(s string) string {
	for i, r := range s {
		if !isWordRune(r) {
			return s[:i]
		}
	}
	return s
}

// dedupe sorts spans and keeps, of overlapping ones, the first and longest.
func dedupe(ms []Span) []Span {
	if len(ms) < 2 {
		return ms
	}
	sort.Slice(ms, func(a, b int) bool {
		if ms[a].Start != ms[b].Start {
			return ms[a].Start < ms[b].Start
		}
		return ms[a].End > ms[b].End
	})
	out := ms[:1]
	for _, m := range ms[1:] {
		if last := &out[len(out)-1]; m.Start < last.End {
			if m.End > last.End {
				last.End = m.End
			}
			continue
		}
		out = append(out, m)
	}
	return out
}
