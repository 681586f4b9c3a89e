package ui

import (
	"context"
	"io/fs"
	"strings"
	"testing"

	"charm.land/glamour/v2"
	xansi "github.com/charmbracelet/x/ansi"

	"github.com/brief-team/brief/briefings"
)

// normalize strips styles and trailing blanks and drops blank lines at
// both ends, for comparing renderings.
func normalize(s string) []string {
	lines := strings.Split(xansi.Strip(s), "\n")
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], " ")
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// TestChunkedRenderingMatchesWhole: rendering a pane chunk by chunk and
// joining the chunks gives the text glamour gives for the whole pane,
// whatever the chunk size.
func TestChunkedRenderingMatchesWhole(t *testing.T) {
	defer func(a, b int) { firstChunkBytes, chunkBytes = a, b }(firstChunkBytes, chunkBytes)
	var bs []*briefings.Briefing
	bs = append(bs, testBriefing("Alpha", "2024-01-01", "TLP:RED", "x"))
	names, _ := fs.Glob(briefings.Shipped, "*.md")
	for _, n := range names {
		data, _ := fs.ReadFile(briefings.Shipped, n)
		if b, err := briefings.Parse(n, data); err == nil {
			bs = append(bs, b)
		}
	}
	extra := &briefings.Briefing{Title: "Markdown", Sections: []briefings.Section{{Title: "Mixed", Markdown: "" +
		"Para one\ncontinues here.\n\n" +
		"1. first\n2. second\n\n   indented para of second\n3. third\n\n" +
		"```go\nfunc main() {\n\n\tprintln(\"x\")\n}\n```\n\n" +
		"> quote line\n>\n> more quote\n\n" +
		"- a\n- b\n  - nested\n- c\n\n" +
		"### Heading\n\n---\n\nLast paragraph.\n"}}}
	bs = append(bs, extra)
	for _, size := range []int{1, 60, 200, 1 << 20} {
		firstChunkBytes, chunkBytes = size, size
		for _, b := range bs {
			for pi, p := range b.Panes() {
				md := paneMarkdown(p.Markdown)
				r, err := glamour.NewTermRenderer(glamour.WithStyles(NewStyles(StyleDark).Markdown), glamour.WithWordWrap(wrapWidth(70)))
				if err != nil {
					t.Fatal(err)
				}
				whole, err := r.Render(cleanMarkdown(md))
				if err != nil {
					t.Fatal(err)
				}
				chunks := splitChunks(md)
				var got []string
				for i, c := range chunks {
					lines, err := renderChunk(context.Background(), c, 70, NewStyles(StyleDark).Markdown, i == 0, i == len(chunks)-1)
					if err != nil {
						t.Fatal(err)
					}
					got = append(got, lines...)
				}
				want := normalize(whole)
				if g := normalize(strings.Join(got, "\n")); strings.Join(g, "\n") != strings.Join(want, "\n") {
					t.Fatalf("%s pane %d, chunks of %d bytes (%d chunks):\n--- chunked\n%s\n--- whole\n%s",
						b.Title, pi+1, size, len(chunks), strings.Join(g, "\n"), strings.Join(want, "\n"))
				}
			}
		}
	}
}

// TestNoControlSequencesReachTheView: escape sequences and control
// characters in a briefing (here bypassing Parse, which strips them too)
// never reach the screen.
func TestNoControlSequencesReachTheView(t *testing.T) {
	evil := "x\x1b]52;c;ZXZpbA==\x07y\x1b[2Jz\x9b31m\x07\x08\x0d"
	b := testBriefing("Evil "+evil, "2024-01-01", "TLP:RED"+evil, "tag"+evil)
	b.Summary[0].Text = "Summary " + evil
	b.Sections = append(b.Sections, briefings.Section{Title: "T" + evil, Markdown: "text " + evil + "\n\n```\ncode" + evil + "\n```\n"})
	for pane := range b.Panes() {
		out, err := RenderPane(b, pane, 80, StyleDark)
		if err != nil {
			t.Fatal(err)
		}
		checkOnlySGR(t, out)
	}
	// The chrome too: header, tabs, list.
	doc := &loadedDoc{entry: briefings.Entry{Path: "evil.md", Title: b.Title, Marking: b.Marking, Tags: b.Tags}, b: b, version: "1"}
	for _, p := range b.Panes() {
		doc.titles = append(doc.titles, p.Title)
		doc.chunks = append(doc.chunks, splitChunks(paneMarkdown(p.Markdown)))
	}
	m := newTestModel(t, Options{Library: twoBriefings(t)}, 80, 24)
	m.list.SetItems(append(m.list.Items(), newEntryItem(doc.entry)))
	checkOnlySGR(t, m.View().Content)
	send(m, briefingLoadedMsg{seq: m.load.seq, doc: doc})
	for i := range doc.titles {
		press(m, string(rune('1'+i)))
		checkOnlySGR(t, m.View().Content)
	}
}

// checkOnlySGR fails on any control character other than newline, and any
// escape sequence other than SGR and OSC 8 hyperlinks.
func checkOnlySGR(t *testing.T, s string) {
	t.Helper()
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\n':
		case c == 0x1b:
			rest := s[i:]
			switch {
			case strings.HasPrefix(rest, "\x1b["):
				j := 2
				for j < len(rest) && (rest[j] >= '0' && rest[j] <= '9' || rest[j] == ';' || rest[j] == ':') {
					j++
				}
				if j >= len(rest) || rest[j] != 'm' {
					t.Fatalf("non-SGR CSI %q", rest[:min(len(rest), j+1)])
				}
				i += j
			case strings.HasPrefix(rest, "\x1b]8;"):
				end := strings.IndexAny(rest[4:], "\x07\x1b")
				if end < 0 {
					t.Fatalf("unterminated OSC 8 %q", rest)
				}
				end += 4
				if rest[end] == 0x1b {
					end++ // ESC \
				}
				i += end
			default:
				t.Fatalf("escape sequence %q", rest[:min(len(rest), 8)])
			}
		case c < 0x20 || c == 0x7f:
			t.Fatalf("control character %#x in %q", c, s[max(0, i-20):min(len(s), i+20)])
		case c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f:
			t.Fatalf("C1 control in %q", s[max(0, i-20):min(len(s), i+20)])
		}
	}
}

// TestRenderPane: brief show's rendering, plain for notty.
func TestRenderPane(t *testing.T) {
	b := testBriefing("Alpha", "2024-01-01", "TLP:RED")
	out, err := RenderPane(b, 2, 60, StyleNoTTY)
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsRune(out, 0x1b) {
		t.Fatalf("escape sequences in notty output: %q", out)
	}
	if !strings.Contains(out, "Timeline event 1 happened") {
		t.Fatalf("timeline missing:\n%s", out)
	}
	for _, l := range strings.Split(out, "\n") {
		if w := xansi.StringWidth(l); w > 60 {
			t.Fatalf("line of %d cells at width 60: %q", w, l)
		}
	}
	dark, err := RenderPane(b, 0, 80, StyleDark)
	if err != nil || !strings.Contains(dark, "\x1b[") {
		t.Fatalf("dark rendering has no styles (%v)", err)
	}
	if _, err := RenderPane(b, 99, 80, StyleDark); err == nil {
		t.Fatal("no error for a pane out of range")
	}
}

func TestSplitChunks(t *testing.T) {
	defer func(a, b int) { firstChunkBytes, chunkBytes = a, b }(firstChunkBytes, chunkBytes)
	firstChunkBytes, chunkBytes = 1, 1
	md := "- a\n- b\n  more b\n\n- c\n\nPara\n\n```\nx\n\n- not an item\n```\n\n57. seven\n58. eight\n"
	var got []string
	for _, c := range splitChunks(md) {
		got = append(got, strings.TrimSpace(strings.SplitN(c.md, "\n", 2)[0]))
		if c.cont {
			got[len(got)-1] += "+"
		}
	}
	want := "- a|- b+|- c+|Para|```|57. seven|58. eight+"
	if g := strings.Join(got, "|"); g != want {
		t.Fatalf("chunks %s, want %s", g, want)
	}
	if strings.Join(func() []string {
		var s []string
		for _, c := range splitChunks(md) {
			s = append(s, c.md)
		}
		return s
	}(), "") != md {
		t.Fatal("chunks do not add up to the markdown")
	}
}
