package briefings

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSanitize(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"plain", "Hello, world — ça va? 中文 🙂", "Hello, world — ça va? 中文 🙂"},
		{"keeps newline and tab", "a\n\tb", "a\n\tb"},
		{"CSI colour", "\x1b[31mred\x1b[0m", "red"},
		{"CSI private", "\x1b[?1049hx\x1b[?25l", "x"},
		{"CSI clear screen", "a\x1b[2Jb\x1b[Hc", "abc"},
		{"OSC title BEL", "\x1b]0;pwned\x07text", "text"},
		{"OSC hyperlink ST", "\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"OSC 52 clipboard", "x\x1b]52;c;ZWNobyBoaQ==\x07y", "xy"},
		{"unterminated OSC", "ok\x1b]0;title never ends", "ok"},
		{"DCS", "a\x1bP1$r0m\x1b\\b", "ab"},
		{"APC", "a\x1b_Gf=100;AAAA\x1b\\b", "ab"},
		{"PM and SOS", "a\x1b^pm\x1b\\b\x1bXsos\x1b\\c", "abc"},
		{"C1 CSI", "a\u009b31mb", "ab"},
		{"C1 OSC with C1 ST", "a\u009d0;t\u009cb", "ab"},
		{"C1 DCS", "a\u0090q\u009cb", "ab"},
		{"other C1", "a\u0085b\u008ec", "abc"},
		{"raw 8-bit CSI byte", "a\x9b31mb", "a\ufffd31mb"},
		{"lone ESC", "a\x1b", "a"},
		{"ESC then text", "a\x1b7b\x1b(Bc", "abc"},
		{"C0", "a\x00b\x07c\x08d\re\x7ff", "abcdef"},
		{"bidi override", "abc\u202edcba\u2066x\u2069", "abcdcbax"},
		{"invalid UTF-8", "a\xffb", "a\ufffdb"},
		{"CSI broken by newline", "a\x1b[12\nb", "a\nb"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Sanitize(c.in); got != c.want {
				t.Errorf("Sanitize(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// Nothing that reaches a terminal from a parsed briefing may contain a
// control character other than newline and tab.
func TestParseSanitizes(t *testing.T) {
	evil := "\x1b]0;owned\x07\x1b[2J\u009b31m&#27;[31m&#x9b;"
	src := "---\ntitle: \"T\\e[31m" + "\"\ndate: 2022-01-01\ntags: [\"a\\u001b]0;x\\u0007\"]\nsources:\n  - id: S1\n    title: \"\\x1b[5m\"\n---\n\n## Summary\n\n" +
		evil + " statement [S1]\n\n## Actors\n\n- **N" + evil + "** (person): r" + evil + " [S1]\n\n## Timeline\n\n- **2022**: e" + evil + " [S1]\n\n## Quotes\n\n> q" + evil + "\n>\n> — s" + evil + " [S1]\n\n## Extra" + evil + "\n\n" + evil + "\n"
	b, err := Parse("evil.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	out := string(Write(b))
	for _, p := range b.Panes() {
		out += p.Title + p.Markdown
	}
	for _, r := range out {
		if r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r <= 0x9f {
			t.Fatalf("control %U survived: %q", r, out)
		}
	}
	if !strings.Contains(b.Summary[0].Text, "statement") {
		t.Errorf("text lost: %q", b.Summary[0].Text)
	}
}

// Zero-width characters that carry no meaning in any script are removed
// from all text, so that "TLP:\u200bAMBER" and "Sand\u2060worm" read, and
// are found, as what they look like. Joiners (U+200C, U+200D) shape
// Persian, Indic scripts and emoji, so the body keeps them; front-matter
// values drop them (see cleanText).
func TestSanitizeDropsZeroWidth(t *testing.T) {
	for _, zw := range []string{"\u200b", "\u2060", "\ufeff", "\u2061", "\u2064"} {
		if got := Sanitize("Sand" + zw + "worm"); got != "Sandworm" {
			t.Errorf("%U: %q", []rune(zw)[0], got)
		}
	}
	if got := Sanitize("می\u200cخواهم"); got != "می\u200cخواهم" {
		t.Errorf("ZWNJ dropped from Persian: %q", got)
	}
}

// TestCleanEightBytesAtATime: clean, which skips eight printable ASCII
// bytes at a time, agrees with the definition checked rune by rune, for
// every mix of controls, line ends, DEL, C1 and bidirectional controls,
// zero-width characters, invalid bytes and ordinary text at every offset.
func TestCleanEightBytesAtATime(t *testing.T) {
	ref := func(s string) bool {
		for _, r := range s {
			if r == utf8.RuneError || r < 0x20 && r != '\n' && r != '\t' ||
				r >= 0x7f && r <= 0x9f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || isZeroWidth(r) {
				return false
			}
		}
		return true
	}
	parts := []string{"a", "Z", " ", "~", "\n", "\t", "\x1b", "\x7f", "\x00", "\x1f", "\u0085", "\u009b", "\u202e", "\u2066", "\u200b", "\ufeff", "é", "—", "東", "\xff", "\xc3", "abcdefgh", "12345678"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(24) {
			if rng.IntN(4) == 0 {
				b.WriteString(parts[rng.IntN(len(parts))])
			} else {
				b.WriteString(parts[rng.IntN(4)])
			}
		}
		s := b.String()
		if got, want := clean(s), ref(s); got != want {
			t.Fatalf("clean(%q) = %v, want %v", s, got, want)
		}
	}
}
