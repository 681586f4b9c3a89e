package briefings

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// pieces are the awkward fragments random text is built from: markdown
// punctuation, the format's own separators, citations, entities, HTML,
// non-ASCII and things that start blocks at the beginning of a line.
var pieces = []string{
	"word", "Albania", "Edi", "a", "1.", "2)", "#", "##", "-", "+", "=", ">", "*", "**", "_", "__",
	"`", "``", "[", "]", "[S1]", "[S1, S2]", "(", ")", "(person)", ":", "Also:", "also:", ".", ";",
	",", "—", "– ", "!", "![x](y)", "[x](y)", "<b>", "<http://x.y>", "&amp;", "&", "&#27;", "\\",
	"\\*", "~", "~~", "|", "---", "***", "é", "中文", "🙂", "\u00a0", "'", "\"", "http://a.b/c?d=e",
	"1", "2022", "S1", "Key points", "    ", "\t", "$", "%", "@", "{", "}", "^",
}

func randText(r *rand.Rand, maxWords int) string {
	n := r.IntN(maxWords) + 1
	var sb strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 && r.IntN(3) > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(pieces[r.IntN(len(pieces))])
	}
	return collapse(Sanitize(sb.String()))
}

func nonEmpty(r *rand.Rand, maxWords int) string {
	for {
		if s := randText(r, maxWords); s != "" {
			return s
		}
	}
}

func randCites(r *rand.Rand) []string {
	var c []string
	for i := r.IntN(3); i > 0; i-- {
		c = mergeCites(c, []string{[]string{"S1", "S2", "S10", "AB12"}[r.IntN(4)]})
	}
	return c
}

func randDate(r *rand.Rand) string {
	return []string{"2021", "2022-09", "2022-09-08", "1999-12-31", "2024-02-29"}[r.IntN(5)]
}

func maybe[T any](r *rand.Rand, f func() T) T {
	var zero T
	if r.IntN(3) == 0 {
		return zero
	}
	return f()
}

// randBriefing returns a random briefing in the normal form Parse returns.
func randBriefing(r *rand.Rand) *Briefing {
	b := &Briefing{
		Title:   maybe(r, func() string { return nonEmpty(r, 6) }),
		Date:    maybe(r, func() string { return randDate(r) }),
		Marking: maybe(r, func() string { return nonEmpty(r, 2) }),
	}
	for i := r.IntN(4); i > 0; i-- {
		b.Tags = append(b.Tags, nonEmpty(r, 2))
	}
	for i := r.IntN(3); i > 0; i-- {
		b.Sources = append(b.Sources, Source{
			ID: nonEmpty(r, 1), Title: randText(r, 5), Publisher: maybe(r, func() string { return nonEmpty(r, 3) }),
			URL: maybe(r, func() string { return nonEmpty(r, 1) }), Published: maybe(r, func() string { return randDate(r) }), Path: maybe(r, func() string { return "../" + nonEmpty(r, 1) }),
		})
	}
	for i := r.IntN(4); i > 0; i-- {
		st := Statement{Text: maybe(r, func() string { return nonEmpty(r, 12) }), Cites: randCites(r)}
		if st.Text == "" && st.Cites == nil {
			continue
		}
		b.Summary = append(b.Summary, st)
	}
	for i := r.IntN(4); i > 0; i-- {
		a := Actor{
			Name: nonEmpty(r, 4), Type: strings.ToLower(maybe(r, func() string { return nonEmpty(r, 1) })),
			Role: maybe(r, func() string { return nonEmpty(r, 6) }), Cites: randCites(r),
		}
		for j := r.IntN(3); j > 0; j-- {
			a.Aliases = append(a.Aliases, nonEmpty(r, 3))
		}
		b.Actors = append(b.Actors, a)
	}
	for i := r.IntN(4); i > 0; i-- {
		e := Event{Date: randDate(r), Text: maybe(r, func() string { return nonEmpty(r, 8) }), Cites: randCites(r)}
		if r.IntN(3) == 0 {
			e.End = randDate(r)
		}
		e.Expected = r.IntN(4) == 0
		if r.IntN(3) == 0 {
			e.Expression, e.Anchor = nonEmpty(r, 4), randDate(r)
			e.AnchorSource = maybe(r, func() string { return []string{"S1", "S2", "S10", "AB12"}[r.IntN(4)] })
		}
		b.Timeline = append(b.Timeline, e)
	}
	for i := r.IntN(4); i > 0; i-- {
		b.Quotes = append(b.Quotes, Quote{Text: nonEmpty(r, 10), Speaker: maybe(r, func() string { return nonEmpty(r, 3) }), Cites: randCites(r)})
	}
	for i := r.IntN(3); i > 0; i-- {
		title := nonEmpty(r, 3)
		if sectionKind(title) != secExtra {
			continue
		}
		md := []string{"", "Plain *markdown* with [a link](http://x).", "- one\n- two\n\n```\n## not a heading\n```", "### Sub\n\ntext", "> quoted\n\n| a | b |\n|---|---|\n| 1 | 2 |"}[r.IntN(5)]
		b.Sections = append(b.Sections, Section{Title: title, Markdown: md})
	}
	return b
}

func TestRandomRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 3000; i++ {
		b := randBriefing(r)
		out := Write(b)
		got, err := Parse("random.md", out)
		if err != nil {
			t.Fatalf("case %d: %v\n%s", i, err, out)
		}
		if !reflect.DeepEqual(b, got) {
			t.Fatalf("case %d: Parse(Write(b)) != b\nwant %#v\n got %#v\n%s", i, b, got, out)
		}
	}
}

// TestEmptyItemsRoundTrip checks that a pane whose list holds only empty
// items parses as a pane with no items, the same as what Write makes of it,
// so the fuzzer's Parse(Write(b)) == b holds for it.
func TestEmptyItemsRoundTrip(t *testing.T) {
	for _, src := range []string{
		"---\ntitle: t\n---\n## Timeline\n\n-\n",
		"---\ntitle: t\n---\n## Actors\n\n- \n-\n",
	} {
		b, err := Parse("empty.md", []byte(src))
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		got, err := Parse("empty.md", Write(b))
		if err != nil {
			t.Fatalf("%q written: %v", src, err)
		}
		if !reflect.DeepEqual(b, got) {
			t.Errorf("%q: Parse(Write(b)) != b\nwant %#v\n got %#v", src, b, got)
		}
	}
}

// TestBracketsInValuesRoundTrip: brackets in titles and paths, which
// Write quotes, are text: Parse reads back what Write wrote, however many
// of them are left open (the nesting limit once counted them as nesting).
func TestBracketsInValuesRoundTrip(t *testing.T) {
	for _, v := range []string{"[[[[[[", "{{{{{{{{{{", "Report [draft", "it's [x] 'quoted' \"[[[[\""} {
		b := &Briefing{Title: v, Date: "2024-02-29", Sources: []Source{
			{ID: "S1", Title: v, Published: "2024-02-29", Path: "s" + v + ".txt"},
			{ID: "S2", Title: v + v, Published: "2024-02-29"},
		}}
		got, err := Parse("b.md", Write(b))
		if err != nil {
			t.Fatalf("%q: %v\n%s", v, err, Write(b))
		}
		if got.Title != v || got.Sources[0].Title != v || got.Sources[0].Path != b.Sources[0].Path || got.Sources[1].Title != v+v {
			t.Errorf("%q read back as %+v", v, got)
		}
	}
}
