package briefings

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"
	"time"
)

// entryOfParse is the entry a listing must show for data, as Parse reads
// it: the one reading of a briefing that the reader, show, lint and export
// use. ok is false when Parse cannot read the front matter.
func entryOfParse(name string, data []byte) (Entry, bool) {
	b, _ := Parse(name, data)
	if b == nil {
		return Entry{}, false
	}
	return EntryOf(name, b), true
}

// listOne lists data as the only file of a library directory.
func listOne(t testing.TB, data []byte) (Entry, []Problem) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "b.md"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	es := l.Entries()
	if len(es) == 1 {
		return es[0], l.Problems()
	}
	return Entry{}, l.Problems()
}

// checkOneReading fails when the library's entry for data differs from what
// Parse reads, or when one of them reads a briefing the other refuses.
func checkOneReading(t testing.TB, data []byte) {
	t.Helper()
	want, ok := entryOfParse("b.md", data)
	got, probs := listOne(t, data)
	if !ok {
		if got.Path != "" {
			t.Fatalf("library lists a file Parse refuses: %+v", got)
		}
		return
	}
	got.ModTime = want.ModTime
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("library and Parse disagree\nlibrary: %+v (problems %v)\n  Parse: %+v", got, probs, want)
	}
}

// The access check of a shared server decides on the library's entry, the
// reader shows Parse's: a CLEAR key must never see an AMBER briefing listed
// as unmarked.
func TestLibraryReadsFrontMatterAsParseDoes(t *testing.T) {
	long := "marking: TLP:AMBER #" + strings.Repeat("A", 4096-len("marking: TLP:AMBER #"))
	cases := map[string]string{
		"a front-matter line longer than a read buffer": "---\ntitle: t\n" + long + "\nz: 1\n---\n\n## Summary\n\nx [S1]\n",
		"an escape inside a quoted value":               "---\nx: \"\x1b\\\"\nmarking: TLP:AMBER\ny: 1 \x1b]\"\n---\n\n## Summary\n\nx [S1]\n",
		"an honest 4.4 KB title":                        "---\ntitle: " + strings.Repeat("Long title words ", 260) + "\nmarking: TLP:AMBER\n---\n",
		"CR-only line endings":                          "---\rtitle: Old Mac\rmarking: TLP:AMBER\r---\r\r## Summary\r\rx [S1]\r",
		"a zero-width space in the marking":             "---\ntitle: t\nmarking: TLP:\u200bAMBER\n---\n",
		"a title from the first heading":                "---\nmarking: TLP:AMBER\n---\n\n# The heading\n\n## Summary\n\nx [S1]\n",
		"a body problem":                                "---\ntitle: t\nmarking: TLP:AMBER\n---\n\n## Timeline\n\n- **yesterday**: x [S1]\n",
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) { checkOneReading(t, []byte(data)) })
	}
}

// Invisible characters cannot make one marking look like another.
func TestInvisibleCharactersLeaveMarkings(t *testing.T) {
	for _, zw := range []string{"\u200b", "\u200c", "\u200d", "\ufeff", "\u2060", "\u00ad"} {
		b, err := Parse("z.md", []byte("---\ntitle: T"+zw+"itle\nmarking: TLP:"+zw+"AMBER\ntags: [a"+zw+"b]\n---\n"))
		if err != nil {
			t.Fatal(err)
		}
		if b.Marking != "TLP:AMBER" || b.Title != "Title" || b.Tags[0] != "ab" {
			t.Errorf("%U: marking %q title %q tags %q", []rune(zw)[0], b.Marking, b.Title, b.Tags)
		}
	}
}

// FuzzOneReading feeds the same bytes to the library's listing and to
// Parse: the entry the access check sees must be the one the reader shows.
func FuzzOneReading(f *testing.F) {
	f.Add([]byte("---\ntitle: t\nmarking: TLP:AMBER #" + strings.Repeat("A", 4076) + "\nz: 1\n---\n"))
	f.Add([]byte("---\nx: \"\x1b\\\"\nmarking: TLP:AMBER\ny: 1 \x1b]\"\n---\n"))
	f.Add([]byte("---\rtitle: Old Mac\rmarking: TLP:AMBER\r---\r"))
	f.Add([]byte("---\nmarking: TLP:AMBER\n---\n\n# The heading\n"))
	f.Add([]byte("---\nmarking: TLP:AMBER\n---\n<!--\n\n# x\n-->\n"))
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		want, ok := entryOfParse("b.md", data)
		// The listing's own path, minus the disk: a reader that returns a
		// few bytes at a time, as a pipe or a slow disk may.
		open := func() (io.ReadCloser, error) { return io.NopCloser(iotest.HalfReader(bytes.NewReader(data))), nil }
		got, prob := readEntry(fileJob{path: "b.md", display: "b.md", open: open})
		switch {
		case !ok && got != nil:
			t.Fatalf("library lists a file Parse refuses: %+v", got)
		case ok && got == nil:
			t.Fatalf("library refuses a file Parse reads as %+v: %v", want, prob)
		case ok && !reflect.DeepEqual(*got, want):
			t.Fatalf("library and Parse disagree\nlibrary: %+v\n  Parse: %+v", *got, want)
		}
	})
}

// Hostile front matter is refused or read within bounded time and memory:
// the YAML decoder's cost grows with the square of its nesting.
func TestHostileFrontMatterIsBounded(t *testing.T) {
	cases := map[string]string{
		"unclosed flow sequences":  "x: " + strings.Repeat("[", 40000),
		"unclosed flow mappings":   "x: " + strings.Repeat("{", 40000),
		"compact nested sequences": "x:\n  " + strings.Repeat("- ", 40000) + "y",
		"deep indentation": func() string {
			var sb strings.Builder
			for i := range 700 {
				sb.WriteString(strings.Repeat(" ", i) + "k:\n")
			}
			return sb.String()
		}(),
		"many top-level keys": func() string {
			var sb strings.Builder
			for i := 0; sb.Len() < 250<<10; i++ {
				fmt.Fprintf(&sb, "k%d: v\n", i)
			}
			return sb.String()
		}(),
		"the most nesting the limits allow":  "sources:\n" + strings.Repeat("  - title: "+strings.Repeat("[", 16)+strings.Repeat("]", 16)+"\n", 5200),
		"the most brackets the limits allow": "sources:\n" + strings.Repeat("  - title: "+strings.Repeat("[", 16)+strings.Repeat("]", 16)+"\n", maxBrackets/16),
		// Brackets inside quoted strings are text, not nesting; the count
		// of brackets anywhere still bounds them.
		"quoted brackets":              "x: \"" + strings.Repeat("[", 40000) + "\"",
		"a quote that opens no string": "x: [a \"" + strings.Repeat("[", 40000),
		"a string over lines":          "x: \"a\n  " + strings.Repeat("[", 40000),
	}
	for name, yml := range cases {
		t.Run(name, func(t *testing.T) {
			data := []byte("---\n" + yml + "\n---\n\n## Summary\n\nx [S1]\n")
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			start := time.Now()
			_, err := Parse("h.md", data)
			took := time.Since(start)
			runtime.ReadMemStats(&after)
			// Memory is the deterministic bound (the unbounded decoder took
			// 3.2 GB for 40,000 brackets); time is bounded generously, about
			// 15x the worst case alone, since CI machines can be loaded.
			if took > 10*time.Second && !raceDetector {
				t.Errorf("took %v", took)
			}
			if mb := (after.TotalAlloc - before.TotalAlloc) >> 20; mb > 200 {
				t.Errorf("allocated %d MB", mb)
			}
			t.Logf("%v, err %v", took, err)
		})
	}
}

// partial is a briefing with one stray paragraph and one bad date in its
// Timeline: everything else still reads.
const partial = "---\ntitle: Partial\nmarking: TLP:CLEAR\nsources:\n  - id: S1\n    title: T\n---\n\n## Summary\n\nAll is well. [S1]\n\n" +
	"## Timeline\n\n- **2022-07-15**: First event. [S1]\n\nA stray paragraph.\n\n- **2022-07-16**: Second event. [S1]\n- **yesterday**: Third event. [S1]\n- **2022-07-18**: Fourth event. [S1]\n"

// One malformed item does not hide a briefing: Load returns what reads,
// and the panes show each unread part where it stood and in a list.
func TestPartialBriefingOpens(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "p.md"), partial)
	l, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	b, err := l.Load("p.md")
	if err != nil || b == nil {
		t.Fatalf("Load: %v", err)
	}
	if len(b.Timeline) != 3 || len(b.Summary) != 1 || len(b.Unread) != 2 {
		t.Fatalf("timeline %d summary %d unread %+v", len(b.Timeline), len(b.Summary), b.Unread)
	}
	panes := b.Panes()
	tl := panes[2].Markdown
	first, stray, second := strings.Index(tl, "First event"), strings.Index(tl, "Line 17 not read"), strings.Index(tl, "Second event")
	bad, fourth := strings.Index(tl, "Line 20 not read"), strings.Index(tl, "Fourth event")
	if first < 0 || !(first < stray && stray < second && second < bad && bad < fourth) {
		t.Errorf("unread parts not in place in the Timeline:\n%s", tl)
	}
	last := panes[len(panes)-1]
	if last.Title != ProblemsPane || !strings.Contains(last.Markdown, "p.md:17:") || !strings.Contains(last.Markdown, "p.md:20:") {
		t.Errorf("no problems pane listing both: %+v", last)
	}
}

// YAML errors name the line where the mistake is and suggest its likely
// fix, in the words of the format rather than of the YAML parser.
func TestYAMLErrorsSuggestTheFix(t *testing.T) {
	cases := []struct{ yml, want string }{
		{"title: Iran: the attack\ndate: 2024-01-01\n", `y.md:2: front matter: a value containing ": " must be quoted: title: "Iran: the attack"`},
		{"title: t\ndate: 2024-01-01\ntags: [a, b\nmarking: TLP:CLEAR\n", `y.md:4: front matter: "[" is not closed`},
		{"title: t\ndate: 2024-01-01\nsources: {id: S1\n", `y.md:4: front matter: "{" is not closed`},
		{"title: t\n  date: 2024-01-01\n", `y.md:3: front matter: "date" is indented under "title", which has a value already`},
	}
	for _, c := range cases {
		_, err := Parse("y.md", []byte("---\n"+c.yml+"---\n"))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%q:\n got %v\nwant %s", c.yml, err, c.want)
		}
	}
}

// A briefing without a standard section says so: lint warns (it is not an
// error: a briefing may have nothing to list), and the pane says the
// section is missing rather than that it is empty.
func TestMissingSectionIsNotAnEmptyOne(t *testing.T) {
	data := []byte("---\ntitle: t\ndate: 2024-01-01\nsources:\n  - id: S1\n    title: T\n---\n\n## Summary\n\nx [S1]\n\n## Actors\n\n- **A** (person) [S1]\n\n## Source quotes\n\n> q\n>\n> — A [S1]\n")
	b, err := Parse("m.md", data)
	if err != nil {
		t.Fatal(err)
	}
	if md := b.Panes()[2].Markdown; !strings.Contains(md, "no Timeline section") {
		t.Errorf("Timeline pane: %q", md)
	}
	if md := b.Panes()[1].Markdown; strings.Contains(md, "section") {
		t.Errorf("Actors pane: %q", md)
	}
	var warned bool
	for _, p := range Lint("m.md", data) {
		if !p.Warning {
			t.Errorf("an error, not a warning: %v", p)
		}
		warned = warned || strings.Contains(p.Error(), "warning: no \"## Timeline\" section")
	}
	if !warned {
		t.Errorf("no warning: %v", Lint("m.md", data))
	}
	// What Parse found missing stays missing through Write.
	b2, err := Parse("m.md", Write(b))
	if err != nil || !reflect.DeepEqual(b, b2) {
		t.Errorf("round trip: %v\n%+v\n%+v", err, b, b2)
	}
}

// ParseItems lists every item with the line it is on.
func TestParseItemsLines(t *testing.T) {
	data := []byte("---\ntitle: t\nsources:\n  - id: S1\n---\n\n## Summary\n\nFirst. [S1]\n\n## Actors\n\n- **A B** (person): chief. Also: B [S1]\n\n## Timeline\n\n- **2022-01-02**: Then. [S1]\n\n## Source quotes\n\n> Words.\n>\n> — A B [S1]\n\n## Notes\n\n\nline one\n\nline two\n")
	_, items, err := ParseItems("i.md", data)
	if err != nil {
		t.Fatal(err)
	}
	want := []Item{
		{"Summary", 9, "First. [S1]"},
		{"Actors", 13, "A B (person) — chief. Also: B [S1]"},
		{"Timeline", 17, "2022-01-02 — Then. [S1]"},
		{"Source quotes", 21, "“Words.” — A B [S1]"},
		{"Notes", 28, "line one"},
		{"Notes", 30, "line two"},
	}
	if !reflect.DeepEqual(items, want) {
		t.Errorf("got  %+v\nwant %+v", items, want)
	}
}

// Refresh after changes equals a fresh OpenDir, and keeps what did not
// change (parsed briefings included).
func TestRefreshEqualsOpenDir(t *testing.T) {
	dir := t.TempDir()
	const tpl = "---\ntitle: %s\ndate: 2024-01-0%d\nmarking: %s\n---\n\n## Summary\n\nx [S1]\n"
	for i, n := range []string{"a", "b", "c", "sub/d"} {
		writeFile(t, filepath.Join(dir, n+".md"), fmt.Sprintf(tpl, n, i+1, "TLP:CLEAR"))
	}
	writeFile(t, filepath.Join(dir, "broken.md"), "nope\n")
	l, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.Load("a.md"); err != nil {
		t.Fatal(err)
	}
	// b re-marked, c removed, e added, broken mended, a hidden file added.
	writeFile(t, filepath.Join(dir, "b.md"), fmt.Sprintf(tpl, "b2", 2, "TLP:AMBER"))
	os.Remove(filepath.Join(dir, "c.md"))
	writeFile(t, filepath.Join(dir, "sub/e.md"), fmt.Sprintf(tpl, "e", 5, "TLP:RED"))
	writeFile(t, filepath.Join(dir, "broken.md"), fmt.Sprintf(tpl, "mended", 6, ""))
	writeFile(t, filepath.Join(dir, ".hidden/f.md"), fmt.Sprintf(tpl, "f", 7, ""))
	r, err := l.Refresh([]string{"b.md", "c.md", "sub/e.md", "broken.md", ".hidden/f.md"})
	if err != nil {
		t.Fatal(err)
	}
	want, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(r.Entries(), want.Entries()) || !reflect.DeepEqual(r.Problems(), want.Problems()) {
		t.Errorf("Refresh:\n%+v\n%v\nOpenDir:\n%+v\n%v", r.Entries(), r.Problems(), want.Entries(), want.Problems())
	}
	if _, ok := r.cached("a.md"); !ok {
		t.Error("the parsed a.md was not kept")
	}
	if len(l.Entries()) != 4 {
		t.Error("Refresh changed the old library")
	}
}

// A directory of briefings moved out of the library is reported as the
// briefings it held, though no event names them, and Refresh drops them.
func TestWatchRemovedDirectoryReportsItsBriefings(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "sub", "a.md"), "---\ntitle: A\ndate: 2024-01-02\n---\n\n## Summary\n\nText.\n")
	writeFile(t, filepath.Join(dir, "b.md"), "---\ntitle: B\ndate: 2024-01-02\n---\n\n## Summary\n\nText.\n")
	l, err := OpenDir(dir)
	if err != nil || len(l.Entries()) != 2 {
		t.Fatalf("OpenDir: %v, %v", l.Entries(), err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	got := make(chan []string, 4)
	go Watch(ctx, dir, func(p []string) { got <- p })
	time.Sleep(100 * time.Millisecond)
	// Moved out of the library: no event names a.md.
	if err := os.Rename(filepath.Join(dir, "sub"), filepath.Join(t.TempDir(), "moved")); err != nil {
		t.Fatal(err)
	}
	select {
	case p := <-got:
		if !reflect.DeepEqual(p, []string{"sub/a.md"}) {
			t.Fatalf("got %v, want [sub/a.md]", p)
		}
		r, err := l.Refresh(p)
		if err != nil {
			t.Fatal(err)
		}
		if es := r.Entries(); len(es) != 1 || es[0].Path != "b.md" || len(r.Problems()) != 0 {
			t.Errorf("after Refresh: %+v %v", es, r.Problems())
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no change reported")
	}
}

// A body nested by indentation is read in bounded time: goldmark checks
// every open list's indentation on each line, so 2,000 levels (4 MB) cost
// depth x indentation per line, cubic (1,000 levels took 1.85 s).
func TestHostileIndentationIsBounded(t *testing.T) {
	for name, unit := range map[string]string{"spaces": "  ", "tabs": "\t"} {
		t.Run(name, func(t *testing.T) {
			var sb strings.Builder
			sb.WriteString("---\ntitle: Deep\nmarking: TLP:CLEAR\nsources:\n  - id: S1\n    title: T\n---\n\n## Summary\n\nx [S1]\n\n## Deep\n\n")
			for i := range 2000 {
				fmt.Fprintf(&sb, "%s- item %d\n", strings.Repeat(unit, i), i)
			}
			start := time.Now()
			b, err := Parse("deep.md", []byte(sb.String()))
			took := time.Since(start)
			if err != nil {
				t.Fatal(err)
			}
			if len(b.Sections) != 1 || !strings.Contains(b.Sections[0].Markdown, "- item 1999") {
				t.Fatalf("the deep section is not read whole: %d sections", len(b.Sections))
			}
			// About 50x the time it takes now, for loaded CI machines.
			if took > 5*time.Second && !raceDetector {
				t.Errorf("took %v", took)
			}
			t.Logf("%v", took)
		})
	}
}

// A line longer than MaxLineBytes is cut, and the cut is a problem at its
// line, shown where it stands: at the end of its extra section, and before
// the next item of a standard pane. Nothing else is lost: the lines after
// it are read as usual.
func TestLongLineIsCutWhereItStands(t *testing.T) {
	long := strings.Repeat("word ", 3*MaxLineBytes/5) // 3 MiB
	data := "---\ntitle: Long\nmarking: TLP:CLEAR\nsources:\n  - id: S1\n    title: T\n---\n\n## Summary\n\n" +
		"- " + long + "[S1]\n- After. [S1]\n\n## Deep\n\n" + long + "\n\nTail paragraph.\n"
	b, err := Parse("long.md", []byte(data))
	if b == nil {
		t.Fatal(err)
	}
	var ps Problems
	if !errors.As(err, &ps) || len(ps) != 2 {
		t.Fatalf("problems %v, want one for each long line", err)
	}
	for i, line := range []int{11, 16} {
		if ps[i].Line != line || !strings.Contains(ps[i].Msg, "cut at 1 MiB") {
			t.Errorf("problem %d: %v, want line %d cut at 1 MiB", i, ps[i], line)
		}
	}
	if len(b.Summary) != 2 || len(b.Summary[0].Text) > MaxLineBytes || b.Summary[1].Text != "After." {
		t.Errorf("summary: %d statements, the first %d bytes", len(b.Summary), len(b.Summary[0].Text))
	}
	if len(b.Sections) != 1 || len(b.Sections[0].Markdown) > MaxLineBytes+100 || !strings.Contains(b.Sections[0].Markdown, "Tail paragraph.") {
		t.Fatalf("the deep section is not cut, or lost its tail")
	}
	panes := b.Panes()
	if !strings.Contains(panes[0].Markdown, "Line 11") || !strings.HasSuffix(strings.TrimSpace(panes[4].Markdown), "read") ||
		!strings.Contains(panes[4].Markdown, "Line 16") {
		t.Errorf("the cuts are not marked in their panes")
	}
}

// A title taken from a "# " heading longer than MaxLineBytes is the same in
// the library as in Parse: both cut the line before removing the escape
// sequences in it, which shorten it.
func TestLongHeadingTitleIsOneReading(t *testing.T) {
	heading := "# " + strings.Repeat("\x1b[31mred\x1b[0m ", 20000) + strings.Repeat("word ", MaxLineBytes/5)
	data := []byte("---\ndate: 2024-01-01\nsources:\n  - id: S1\n    title: T\n---\n\n" + heading + "\n\n## Summary\n\nx [S1]\n")
	checkOneReading(t, data)
}
