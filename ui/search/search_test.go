package search

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"charm.land/glamour/v2"
	"github.com/charmbracelet/x/ansi"
)

// render renders markdown with glamour as the reader does.
func render(t testing.TB, md, style string, width int) []string {
	t.Helper()
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(width))
	if err != nil {
		t.Fatal(err)
	}
	out, err := r.Render(md)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(out, "\n")
}

func mustCompile(t testing.TB, q string) *Query {
	t.Helper()
	c, err := Compile(q)
	if err != nil {
		t.Fatalf("Compile(%q): %v", q, err)
	}
	return c
}

// find searches lines as one pane and returns every match's segments.
func find(t testing.TB, lines []string, q string) []Match {
	t.Helper()
	x := Search([]*Pane{NewPane("p", lines)}, mustCompile(t, q))
	var ms []Match
	for k := 0; k < x.Len(); k++ {
		ms = append(ms, x.Match(k))
	}
	return ms
}

// texts returns the visible text each match covers, segments joined by "|".
func texts(lines []string, ms []Match) []string {
	var out []string
	for _, m := range ms {
		var parts []string
		for _, s := range m.Segments {
			parts = append(parts, ansi.Cut(ansi.Strip(lines[s.Line]), s.Col, s.EndCol))
		}
		out = append(out, strings.Join(parts, "|"))
	}
	return out
}

func TestSmartCase(t *testing.T) {
	lines := []string{"Attack attack ATTACK aTTack"}
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"attack", []string{"Attack", "attack", "ATTACK", "aTTack"}},
		{"Attack", []string{"Attack"}},
		{"ATTACK", []string{"ATTACK"}},
		{"tta", []string{"tta", "tta", "TTA", "TTa"}},
		{"tTa", nil},
		{"", nil},
	} {
		got := texts(lines, find(t, lines, tc.q))
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestUnicodeCase(t *testing.T) {
	lines := []string{"Élan élan elan e\u0301lan ÉLAN", "Kelvin \u212A and kilo", "straße STRASSE"}
	for _, tc := range []struct {
		q    string
		want []string
	}{
		// lower-case é ignores case: É and é, but neither e nor a
		// decomposed e + combining accent
		{"élan", []string{"Élan", "élan", "ÉLAN"}},
		{"Élan", []string{"Élan"}},
		// without a diacritic, diacritics are ignored too; a match
		// covers the whole of a decomposed é
		{"elan", []string{"Élan", "élan", "elan", "e\u0301lan", "ÉLAN"}},
		{"e", []string{"É", "é", "e", "e\u0301", "É", "e", "e", "E"}},
		// Kelvin sign folds with k; upper-case, it is case-sensitive
		{"k", []string{"K", "\u212A", "k"}},
		{"\u212A", []string{"\u212A"}},
		{"ß", []string{"ß"}},
		{"STRASSE", []string{"STRASSE"}},
	} {
		got := texts(lines, find(t, lines, tc.q))
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestCellColumns(t *testing.T) {
	// Wide CJK (2 cells), emoji (2 cells), a combining accent (0 cells),
	// behind a styled left margin.
	line := "  \x1b[38;5;252m東京 cafe\u0301 😀 test\x1b[m\x1b[38;5;252m \x1b[m"
	for _, tc := range []struct {
		q           string
		col, endCol int
	}{
		{"東京", 2, 6},
		{"京", 4, 6},
		{"café", -1, -1}, // precomposed query, decomposed text: no match
		{"cafe\u0301", 7, 11},
		{"😀", 12, 14},
		{"test", 15, 19},
		{"😀 t", 12, 16},
	} {
		ms := find(t, []string{line}, tc.q)
		if tc.col < 0 {
			if len(ms) != 0 {
				t.Errorf("%q: want no match, got %+v", tc.q, ms)
			}
			continue
		}
		if len(ms) != 1 || len(ms[0].Segments) != 1 {
			t.Fatalf("%q: got %+v", tc.q, ms)
		}
		s := ms[0].Segments[0]
		if s.Col != tc.col || s.EndCol != tc.endCol || s.Line != 0 {
			t.Errorf("%q: cells [%d,%d), want [%d,%d)", tc.q, s.Col, s.EndCol, tc.col, tc.endCol)
		}
	}
}

func TestNoMatchInsideEscapes(t *testing.T) {
	lines := render(t, "The **cyber attack** on the grid [S1].\n\n> quoted text\n", "dark", 60)
	if !strings.Contains(strings.Join(lines, ""), "38;5;252") {
		t.Fatal("test premise: glamour output has no 256-colour escapes")
	}
	for _, q := range []string{"38;5", "[0m", "[m", "252", "\x1b", "/\\[[0-9;]*m/", "/38/"} {
		if ms := find(t, lines, q); len(ms) != 0 {
			t.Errorf("%q matched inside escapes: %q", q, texts(lines, ms))
		}
	}
	if ms := find(t, lines, "cyber attack on"); len(ms) != 1 {
		t.Errorf("styled phrase: got %d matches", len(ms))
	}
	// The quote bar of the margin is not text.
	if ms := find(t, lines, "│"); len(ms) != 0 {
		t.Errorf("quote bar matched: %+v", ms)
	}
}

func TestRegexp(t *testing.T) {
	lines := []string{"A cyber-enabled attack, then Cyber attacks [S12] and S3."}
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"/cyber.*?attack/", []string{"cyber-enabled attack", "Cyber attack"}},
		{"/Cyber.*attack/", []string{"Cyber attack"}},
		{"/cyber.*attack", []string{"cyber-enabled attack, then Cyber attack"}}, // closing slash optional
		{`/\S+ed/`, []string{"cyber-enabled"}},                                  // \S is no upper-case letter
		{`/s[0-9]+/`, []string{"S12", "S3"}},
		{`/S[0-9]+/`, []string{"S12", "S3"}},
		{`/(?i)CYBER/`, []string{"cyber", "Cyber"}},
		{`/x*/`, nil}, // empty matches are no matches
		{"//", nil},
		{"/", nil}, // a regexp still empty
	} {
		got := texts(lines, find(t, lines, tc.q))
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.q, got, tc.want)
		}
	}
	for _, bad := range []string{"/(a/", "/a[/", "/*x/", `/\p{Nope}/`} {
		q, err := Compile(bad)
		if err == nil || q != nil {
			t.Errorf("%q: want an error, got %v", bad, q)
			continue
		}
		if !strings.HasPrefix(err.Error(), "bad regexp: ") || strings.Contains(err.Error(), "\n") {
			t.Errorf("%q: footer-unfriendly error %q", bad, err)
		}
	}
	if _, err := Compile("/(a/"); !strings.Contains(err.Error(), "missing closing )") {
		t.Errorf("error text %q does not say what is wrong", err)
	}
	if q := mustCompile(t, "/a/b/"); !q.IsRegexp() {
		t.Error("/a/b/ is a regexp")
	}
	if ms := find(t, []string{"and/or a/b"}, "/a\\/b/"); len(ms) != 1 {
		t.Errorf("escaped slash: %d matches", len(ms))
	}
}

func TestWrappedPhrase(t *testing.T) {
	md := "The operation lasted several days according to officials quoted in the report [S1].\n\n" +
		"> Attackers moved laterally through the network for several days before detection — CISA [S2]\n\n" +
		"- A list item long enough that glamour must wrap it onto a second line of text [S3]\n"
	// At width 30 glamour wraps each of these phrases (checked below by
	// the segment count), the second one across three lines of a quote.
	phrases := map[string]int{
		"lasted several days":     2,
		"moved laterally through": 3,
		"in the report [S1]":      2,
		"wrap it onto a second":   2,
		"several days before":     1,
	}
	for _, style := range []string{"dark", "ascii", "notty"} {
		lines := render(t, md, style, 30)
		for phrase, segs := range phrases {
			ms := find(t, lines, phrase)
			if len(ms) != 1 {
				t.Errorf("%s: %q: %d matches, want 1", style, phrase, len(ms))
				continue
			}
			m := ms[0]
			if got := strings.Join(strings.Split(texts(lines, ms)[0], "|"), " "); got != phrase {
				t.Errorf("%s: %q matched %q", style, phrase, got)
			}
			if len(m.Segments) != segs {
				t.Errorf("%s: %q: %d segments, want %d: %+v", style, phrase, len(m.Segments), segs, m.Segments)
			}
			for i, s := range m.Segments {
				if s.Line != m.Line+i || s.Match != 0 {
					t.Errorf("%s: %q: segment %d is %+v", style, phrase, i, s)
				}
			}
		}
		// Phrases do not run across paragraphs (a blank line between).
		if ms := find(t, lines, "[S1]. Attackers"); len(ms) != 0 {
			t.Errorf("%s: matched across paragraphs", style)
		}
	}
}

func TestInlineCodeSpaces(t *testing.T) {
	// glamour pads inline code with no-break spaces; a typed space
	// matches them.
	lines := render(t, "reported by the `BBC` and others", "dark", 60)
	if got := texts(lines, find(t, lines, "the BBC and")); len(got) != 1 {
		t.Errorf("got %q", got)
	}
	if got := texts(lines, find(t, lines, "by  the")); len(got) != 1 {
		t.Errorf("doubled space in query: got %q", got)
	}
}

func TestRegexpInGiantParagraph(t *testing.T) {
	// 3000 lines with no blank line between them: one paragraph of
	// about 150 KB, cut into chunks for the regexp.
	var lines []string
	for i := range 3000 {
		lines = append(lines, fmt.Sprintf("  \x1b[38;5;252mfiller words %04d then cyber and attack here\x1b[m", i))
	}
	for _, q := range []string{"/cyber and attack/", "/cyber.*?attack/", "/filler words [0-9]+/", "/\\d{4} then/"} {
		if got := len(find(t, lines, q)); got != 3000 {
			t.Errorf("%s: %d matches, want 3000", q, got)
		}
	}
	// A greedy .* stays within a chunk: every match is found once and
	// none overlaps another.
	ms := find(t, lines, "/cyber.*attack/")
	if len(ms) == 0 {
		t.Fatal("no greedy matches")
	}
	for i := 1; i < len(ms); i++ {
		a, b := ms[i-1], ms[i]
		if b.Line < a.Segments[len(a.Segments)-1].Line {
			t.Fatalf("matches %d and %d overlap", i-1, i)
		}
	}
}

func TestListItemsArePhraseBoundaries(t *testing.T) {
	lines := render(t, "- first item ends here\n- second item starts here\n\n1. one ends\n2. two starts\n", "dark", 80)
	for _, q := range []string{"ends here second", "here • second", "ends 2. two", "ends two"} {
		if ms := find(t, lines, q); len(ms) != 0 {
			t.Errorf("%q matched across list items: %q", q, texts(lines, ms))
		}
	}
	if ms := find(t, lines, "• second item"); len(ms) != 1 {
		t.Errorf("bullet and text: %d matches", len(ms))
	}
}
