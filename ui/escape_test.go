package ui

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// escapeAllRunes is escapeAll as it was written first, a rune at a time:
// the reference the faster one must agree with.
func escapeAllRunes(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			b.WriteByte(' ')
		case strings.ContainsRune(mdPunct, r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}

func TestEscapeAllAgreesWithRuneByRune(t *testing.T) {
	cases := []string{
		"", "plain text", "  a *b* [c](d) `e` \\f\n\ng\th\r", "x_y#z!", "naïve — “quoted” 東京",
		"bad \xff byte", "\xe2\x82 cut rune", "\xef\xbf\xbd real U+FFFD", "\n\t lead and trail \r\n",
	}
	alphabet := []string{"a", " ", "\n", "\t", "\r", "*", "\\", "_", "<", "é", "東", "\xff", "\xe2\x82", "\xef\xbf\xbd", "—", "|"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		if got, want := escapeAll(s), escapeAllRunes(s); got != want {
			t.Fatalf("escapeAll(%q) = %q, want %q", s, got, want)
		}
	}
}
