package briefings

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

const head = "---\ntitle: T\ndate: 2022-09-20\nsources:\n  - id: S1\n    title: One\n  - id: S2\n    title: Two\n---\n"

func mustParse(t *testing.T, src string) *Briefing {
	t.Helper()
	b, err := Parse("t.md", []byte(src))
	if err != nil {
		t.Fatalf("Parse: %v\n%s", err, src)
	}
	return b
}

func TestSynonyms(t *testing.T) {
	cases := []struct {
		heading string
		body    string
		check   func(b *Briefing) bool
	}{
		{"Summary", "A. [S1]\n", func(b *Briefing) bool { return len(b.Summary) == 1 }},
		{"OVERVIEW", "A. [S1]\n", func(b *Briefing) bool { return len(b.Summary) == 1 }},
		{"Key points", "- A. [S1]\n- B. [S2]\n", func(b *Briefing) bool { return len(b.Summary) == 2 && b.Summary[1].Text == "B." }},
		{"Key actors", "- **A** (person) [S1]\n", func(b *Briefing) bool { return len(b.Actors) == 1 }},
		{"actors", "- **A** (person) [S1]\n", func(b *Briefing) bool { return len(b.Actors) == 1 }},
		{"People and organizations", "- **A** (person) [S1]\n", func(b *Briefing) bool { return len(b.Actors) == 1 }},
		{"People & Organisations:", "- **A** (person) [S1]\n", func(b *Briefing) bool { return len(b.Actors) == 1 }},
		{"Chronology", "- **2022**: x [S1]\n", func(b *Briefing) bool { return len(b.Timeline) == 1 }},
		{"Key dates", "- **2022**: x [S1]\n", func(b *Briefing) bool { return len(b.Timeline) == 1 }},
		{"timeline", "- **2022**: x [S1]\n", func(b *Briefing) bool { return len(b.Timeline) == 1 }},
		{"Quotes", "> q\n>\n> — X [S1]\n", func(b *Briefing) bool { return len(b.Quotes) == 1 }},
		{"Key Quotes", "> q\n>\n> — X [S1]\n", func(b *Briefing) bool { return len(b.Quotes) == 1 }},
		{"Source quotes", "> q\n>\n> — X [S1]\n", func(b *Briefing) bool { return len(b.Quotes) == 1 }},
		{"Analyst notes", "Free *markdown*.\n", func(b *Briefing) bool {
			return len(b.Sections) == 1 && b.Sections[0].Title == "Analyst notes" && b.Sections[0].Markdown == "Free *markdown*."
		}},
	}
	for _, c := range cases {
		t.Run(c.heading, func(t *testing.T) {
			b := mustParse(t, head+"\n## "+c.heading+"\n\n"+c.body)
			if !c.check(b) {
				t.Errorf("got %+v", b)
			}
		})
	}
}

func TestParseShapes(t *testing.T) {
	src := head + `
# T

## Summary

Albania cut ties with Iran [S1]. It said so [S1][S2].

Hard
wrapped \*literal\* text &amp; *emphasis* and ` + "`code`" + ` [S2]

## Actors

- **Mojahedin-e Khalq (MEK) Organization** (Organization): opposition group, based in Albania. Also: MEK; Mojahedin-e Khalq [S1]
- **Smith, John** (person): envoy: acting. Also: J. S. [S1, S2]
- **Edi Rama**: Albanian Prime Minister [S2]
- **Iran** (country). Also: Tehran [S1]

## Timeline

- **2022-07-23/2022-07-24**: Conference cancelled. [S1]
- **2022-09**: Ties cut [S1]
- **2023** Undated colon [S2]

## Source quotes

> same aggressors
>
> — Edi Rama [S2]

> sensitive
>
> [S2]

> first paragraph
>
> second paragraph
>
> -- Someone, somewhere [S1]

> unattributed words [S1]

> words with the speaker
> on the next line
> — Hand Written [S2]

## Notes

Kept *verbatim*.

` + "```\n## not a section\n```\n"
	b := mustParse(t, src)
	want := &Briefing{
		Title: "T", Date: "2022-09-20",
		Sources: []Source{{ID: "S1", Title: "One"}, {ID: "S2", Title: "Two"}},
		Summary: []Statement{
			{Text: "Albania cut ties with Iran. It said so.", Cites: []string{"S1", "S2"}},
			{Text: "Hard wrapped *literal* text & emphasis and code", Cites: []string{"S2"}},
		},
		Actors: []Actor{
			{Name: "Mojahedin-e Khalq (MEK) Organization", Type: "organization", Role: "opposition group, based in Albania", Aliases: []string{"MEK", "Mojahedin-e Khalq"}, Cites: []string{"S1"}},
			{Name: "Smith, John", Type: "person", Role: "envoy: acting", Aliases: []string{"J. S."}, Cites: []string{"S1", "S2"}},
			{Name: "Edi Rama", Role: "Albanian Prime Minister", Cites: []string{"S2"}},
			{Name: "Iran", Type: "country", Aliases: []string{"Tehran"}, Cites: []string{"S1"}},
		},
		Timeline: []Event{
			{Date: "2022-07-23", End: "2022-07-24", Text: "Conference cancelled.", Cites: []string{"S1"}},
			{Date: "2022-09", Text: "Ties cut", Cites: []string{"S1"}},
			{Date: "2023", Text: "Undated colon", Cites: []string{"S2"}},
		},
		Quotes: []Quote{
			{Text: "same aggressors", Speaker: "Edi Rama", Cites: []string{"S2"}},
			{Text: "sensitive", Cites: []string{"S2"}},
			{Text: "first paragraph second paragraph", Speaker: "Someone, somewhere", Cites: []string{"S1"}},
			{Text: "unattributed words", Cites: []string{"S1"}},
			{Text: "words with the speaker on the next line", Speaker: "Hand Written", Cites: []string{"S2"}},
		},
		Sections: []Section{{Title: "Notes", Markdown: "Kept *verbatim*.\n\n```\n## not a section\n```"}},
	}
	if !reflect.DeepEqual(b, want) {
		t.Errorf("got  %#v\nwant %#v", b, want)
	}
	// Write(Parse(x)) is a fixed point after one step.
	out := Write(b)
	b2 := mustParse(t, string(out))
	if !reflect.DeepEqual(b, b2) {
		t.Errorf("round trip changed the briefing\n%s", out)
	}
	if string(Write(b2)) != string(out) {
		t.Error("Write not stable")
	}
}

func TestMalformed(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string // substrings of the problems, with "t.md:LINE:"
	}{
		{"no front matter", "# Title\n\n## Summary\n", []string{"t.md:1: missing front matter"}},
		{"unclosed front matter", "---\ntitle: x\ndate: 2022-01-01\n\n## Summary\n", []string{"t.md:1: front matter not closed"}},
		{"bad yaml", "---\ntitle: x\ndate: 2022-01-01\ntags: [a, b\n---\n", []string{"t.md:4: front matter: \"[\" is not closed"}},
		{"yaml type", "---\ntitle: x\n\ntags: iran\n---\n", []string{"t.md:4: front matter: string was used where sequence is expected"}},
		{"yaml alias", "---\ntitle: x\nbase: &b [a]\ntags: *b\n---\n", []string{"t.md:3: front matter: YAML anchors and aliases"}},
		{"duplicate key", "---\ntitle: x\ntitle: y\n---\n", []string{"t.md:3: front matter:", "already defined"}},
		{"bad timeline date", head + "\n## Timeline\n\n- **2022-13-01**: x [S1]\n- **yesterday**: y [S1]\n- **2023-02-29**: z [S1]\n", []string{
			"t.md:13: timeline: bad date \"2022-13-01\": no month 13",
			"t.md:14: timeline: bad date \"yesterday\"",
			"t.md:15: timeline: bad date \"2023-02-29\": no day 29",
		}},
		{"timeline item without date", head + "\n## Timeline\n\n- Something [S1]\n", []string{"t.md:13: a timeline entry starts with its date in bold"}},
		{"timeline not a list", head + "\n## Timeline\n\nJust prose.\n", []string{"t.md:13: unexpected paragraph in Timeline"}},
		{"actor without bold name", head + "\n## Actors\n\n- Edi Rama (person) [S1]\n", []string{"t.md:13: an actor starts with the name in bold"}},
		{"nested list", head + "\n## Actors\n\n- **A** (person) [S1]\n  - nested\n", []string{"t.md:14: unexpected list inside a Actors item"}},
		{"code in summary", head + "\n## Summary\n\n```\nx\n```\n", []string{"t.md:13: unexpected code block in Summary"}},
		{"heading in quotes", head + "\n## Quotes\n\n### Sub\n", []string{"t.md:13: unexpected level-3 heading in Source quotes"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("t.md", []byte(c.src))
			if err == nil {
				t.Fatal("no error")
			}
			if _, ok := err.(Problems); !ok {
				t.Fatalf("error is %T", err)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%v", w, err)
				}
			}
		})
	}
}

// Ampersands and stars in values are not YAML anchors or aliases.
func TestYAMLAmpersands(t *testing.T) {
	b := mustParse(t, "---\ntitle: AT&T * stars & more\nmarking: \"&x *y\"\ntags: [a&b, c*d]\n---\n")
	if b.Title != "AT&T * stars & more" || b.Marking != "&x *y" || strings.Join(b.Tags, ",") != "a&b,c*d" {
		t.Errorf("%+v", b)
	}
}

// A malformed item loses nothing else: the other items still parse.
func TestPartialParse(t *testing.T) {
	b, err := Parse("t.md", []byte(head+"\n## Timeline\n\n- **bad**: x [S1]\n- **2022**: good [S1]\n"))
	if err == nil || b == nil || len(b.Timeline) != 1 || b.Timeline[0].Text != "good" {
		t.Fatalf("%+v %v", b, err)
	}
}

func TestLint(t *testing.T) {
	src := `---
title: T
date: 20-09-2022
colour: red
sources:
  - id: S1
    title: One
    published: someday
  - id: S1
    title: Dup
  - id: source-3
    author: x
---

# Other title

## Summary

Uncited statement.

Cites a ghost. [S9]

## Actors

- **A** (alien) [S1]
- **B**: no type [S1]
- **a** (person) [S1]

## Timeline

- **2022-09**: later [S1]
- **2022-01**: earlier [S1]
- **2022-05/2022-02**: backwards [S1]

## Quotes

> words
`
	got := Problems(Lint("t.md", []byte(src))).Error()
	for _, w := range []string{
		"t.md:3: bad date \"20-09-2022\"",
		"t.md:4: front matter: unknown key \"colour\"",
		"t.md:6: source S1: bad published date \"someday\"",
		"t.md:9: duplicate source id S1",
		"t.md:11: source id \"source-3\" cannot be cited",
		"t.md:12: front matter: unknown source key \"author\"",
		"t.md:15: the \"# \" heading \"Other title\" differs from the front matter title \"T\"",
		"t.md:19: uncited summary statement",
		"t.md:21: summary statement cites [S9], which is not among the sources",
		"t.md:25: actor A has unknown type \"alien\"",
		"t.md:26: actor B has no type",
		"t.md:27: actor a is listed twice (first at line 25)",
		"t.md:32: timeline out of order: 2022-01 comes after 2022-09 (line 31)",
		"t.md:33: timeline entry 2022-05/2022-02 ends before it starts",
		"t.md:37: uncited quote",
	} {
		if !strings.Contains(got, w) {
			t.Errorf("lint lacks %q", w)
		}
	}
	if strings.Contains(got, "S1 is never cited") {
		t.Error("S1 is cited")
	}
	if t.Failed() {
		t.Log(got)
	}
	// Lint includes Parse's syntax problems.
	if got := Lint("t.md", []byte("---\ntitle: [\n---\n")); len(got) == 0 || got[0].Line != 2 {
		t.Errorf("syntax: %v", got)
	}
}

func TestShippedLintsClean(t *testing.T) {
	for _, name := range []string{"iran-albania.md"} {
		data, err := Shipped.(interface{ ReadFile(string) ([]byte, error) }).ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if ps := Lint(name, data); len(ps) > 0 {
			t.Errorf("%v", Problems(ps))
		}
	}
}

// TestLongBlanks holds longBlanks, eight bytes at a time, to a count of
// every run of blanks, on random text of spaces, tabs and letters.
func TestLongBlanks(t *testing.T) {
	naive := func(b []byte) bool {
		run := 0
		for _, c := range b {
			if c == ' ' || c == '\t' {
				if run++; run > MaxBlanks {
					return true
				}
			} else {
				run = 0
			}
		}
		return false
	}
	rng := rand.New(rand.NewPCG(5, 6))
	long := 0
	for range 20000 {
		b := make([]byte, rng.IntN(600))
		blank := rng.IntN(100)
		for i := range b {
			switch r := rng.IntN(100); {
			case r < blank:
				b[i] = " \t"[rng.IntN(2)]
			default:
				b[i] = "a!()\x00)"[rng.IntN(6)]
			}
		}
		want := naive(b)
		if got := longBlanks(b); got != want {
			t.Fatalf("longBlanks(%q) = %v", b, got)
		}
		if got := longBlanks(string(b)); got != want {
			t.Fatalf("longBlanks(string %q) = %v", b, got)
		}
		if want {
			long++
		}
	}
	if long < 500 || long > 19500 {
		t.Errorf("%d of 20000 long: the test means both", long)
	}
}

// TestCollapsed: collapse's shortcut leaves a string only as
// strings.Fields would join it again.
func TestCollapsed(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for range 50000 {
		parts := []string{"a", "b", " ", " ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u2003", "é", "."}
		var sb strings.Builder
		for range rng.IntN(12) {
			sb.WriteString(parts[rng.IntN(len(parts))])
		}
		s := sb.String()
		if got, want := collapse(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("collapse(%q) = %q, want %q", s, got, want)
		}
	}
}
