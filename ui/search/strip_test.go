package search

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// stripRef is what the terminal shows: ansi.Strip without the control
// characters it keeps.
func stripRef(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, ansi.Strip(s))
}

func TestStripLineMatchesAnsi(t *testing.T) {
	md := "# Title\n\nThe **cyber attack** on the `grid` [S1] ([link](https://example.com)).\n\n" +
		"> quote 東京 😀 e\u0301\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n1. one\n2. two\n"
	var lines []string
	for _, style := range []string{"dark", "light", "ascii", "notty", "dracula", "tokyo-night", "pink"} {
		lines = append(lines, render(t, md, style, 40)...)
	}
	lines = append(lines,
		"\x1b]8;;https://x.example\x1b\\link\x1b]8;;\x1b\\ after",
		"\x1b]0;title\x07visible",
		"a\x1b(Bb\x1b7c\x1b8",
		"tab\there\r",
		"\x1b[38:2::255:0:0mrgb\x1b[m",
		"trailing esc\x1b",
		"\x1b[?25l\x1b[2Jcleared",
	)
	for _, l := range lines {
		if got, want := stripLine(l), stripRef(l); got != want {
			t.Errorf("stripLine(%q)\n = %q\nwant %q", l, got, want)
		}
	}
}

func FuzzStripLine(f *testing.F) {
	f.Add("\x1b[38;5;252mhello\x1b[m world")
	f.Add("\x1b]8;;u\x1b\\x\x1b]8;;\x1b\\")
	f.Add("東京\x1b[1m😀\x1b[0m")
	f.Fuzz(func(t *testing.T, s string) {
		got := stripLine(s)
		if strings.IndexByte(got, 0x1b) >= 0 {
			t.Fatalf("escape left in %q", got)
		}
		// Well-formed input: agree with ansi.Strip.
		if utf8.ValidString(s) && !strings.ContainsAny(s, "\x1b\x07") {
			if want := stripRef(s); got != want {
				t.Fatalf("stripLine(%q) = %q, want %q", s, got, want)
			}
		}
		// Never panics on search either.
		p := NewPane("f", []string{s, s})
		x := Search([]*Pane{p}, mustCompile(t, "a"))
		for k := 0; k < x.Len(); k++ {
			x.Match(k)
		}
	})
}
