package generate

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/brief-team/brief/briefings"
)

// FuzzGenerate feeds any bytes to ReadSource and Generate: the result is a
// clear error or a briefing that Write renders and Parse reads back
// unchanged, with no control characters anywhere.
func FuzzGenerate(f *testing.F) {
	for _, p := range []string{"../briefings/sources/000_611f42bb94c1d655.txt", "../briefings/sources/002_53654ff085638edd.txt", "testdata/heldout/sources/bbc_border.txt"} {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, ".txt")
	}
	f.Add([]byte("Title\n\n\x1b[31mRed\x1b[0m text said on Monday \"hi there you all\".\x07"), ".md")
	f.Add([]byte("---\ntitle: [unclosed\n---\nbody"), ".txt")
	f.Add([]byte("<html><body><article><p>Iran said on Monday that talks were over.</p></article></body></html>"), ".html")
	f.Add([]byte("“‘’”\"'\n\n- * # > [S1] **x** `y` <b>z</b> \\ | ~"), ".txt")
	f.Fuzz(func(t *testing.T, data []byte, ext string) {
		if len(ext) > 8 {
			ext = ext[:8]
		}
		doc, err := ReadSource("fuzz"+ext, data)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		b, err := Generate([]Document{doc}, Options{Published: "2024-02-29"})
		if err != nil {
			t.Fatalf("Generate: %v", err)
		}
		checkClean(t, b)
		out := briefings.Write(b)
		back, err := briefings.Parse("fuzz.md", out)
		if err != nil {
			t.Fatalf("Parse(Write(b)): %v\n%s", err, out)
		}
		if !reflect.DeepEqual(normalise(back), normalise(b)) {
			t.Fatalf("round trip changed the briefing\nwrote:\n%s\ngot  %#v\nwant %#v", out, back, b)
		}
	})
}

// normalise makes nil and empty slices equal.
func normalise(b *briefings.Briefing) briefings.Briefing {
	c := *b
	fix := func(s []string) []string {
		if len(s) == 0 {
			return nil
		}
		return s
	}
	c.Tags = fix(c.Tags)
	var acts []briefings.Actor
	for _, a := range c.Actors {
		a.Aliases, a.Cites = fix(a.Aliases), fix(a.Cites)
		acts = append(acts, a)
	}
	c.Actors = acts
	if len(c.Summary) == 0 {
		c.Summary = nil
	}
	if len(c.Timeline) == 0 {
		c.Timeline = nil
	}
	if len(c.Quotes) == 0 {
		c.Quotes = nil
	}
	if len(c.Sections) == 0 {
		c.Sections = nil
	}
	if len(c.Sources) == 0 {
		c.Sources = nil
	}
	return c
}

// checkClean fails when any text of b holds a control character.
func checkClean(t *testing.T, b *briefings.Briefing) {
	t.Helper()
	var texts []string
	texts = append(texts, b.Title, b.Date, b.Marking)
	texts = append(texts, b.Tags...)
	for _, s := range b.Sources {
		texts = append(texts, s.Title, s.Publisher, s.URL, s.Published, s.Path)
	}
	for _, s := range b.Summary {
		texts = append(texts, s.Text)
	}
	for _, a := range b.Actors {
		texts = append(texts, a.Name, a.Role)
		texts = append(texts, a.Aliases...)
	}
	for _, e := range b.Timeline {
		texts = append(texts, e.Text, e.Date, e.End)
	}
	for _, q := range b.Quotes {
		texts = append(texts, q.Text, q.Speaker)
	}
	for _, s := range texts {
		if strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) || r == '\u009b' }) {
			t.Fatalf("control character in %q", s)
		}
	}
}
