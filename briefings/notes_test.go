package briefings

import (
	"reflect"
	"strings"
	"testing"
)

// TestTimelineNotes: a parenthesis between an entry's date and its colon
// says the event is expected, not done; anything else there stays text, as
// it always was.
func TestTimelineNotes(t *testing.T) {
	for line, want := range map[string]Event{
		"- **2024-10** (expected): The vote is due. [S1]":    {Date: "2024-10", Expected: true, Text: "The vote is due.", Cites: []string{"S1"}},
		"- **2024-10** (Expected) : The vote is due. [S1]":   {Date: "2024-10", Expected: true, Text: "The vote is due.", Cites: []string{"S1"}},
		"- **2021**: The vote was held. [S1]":                {Date: "2021", Text: "The vote was held.", Cites: []string{"S1"}},
		"- **2021** (approx.): The vote was held. [S1]":      {Date: "2021", Text: "(approx.): The vote was held.", Cites: []string{"S1"}},
		"- **2021** (expected) The vote was held. [S1]":      {Date: "2021", Text: "(expected) The vote was held.", Cites: []string{"S1"}},
		"- **2021**: (expected): The vote was held. [S1]":    {Date: "2021", Text: "(expected): The vote was held.", Cites: []string{"S1"}},
		"- **2021** \\(expected\\): The vote was held. [S1]": {Date: "2021", Text: "(expected): The vote was held.", Cites: []string{"S1"}},
		"- **2022-09-16** (Last Friday, from S2's date 2022-09-20): The US Treasury acted. [S2]": {
			Date: "2022-09-16", Expression: "Last Friday", Anchor: "2022-09-20", AnchorSource: "S2", Text: "The US Treasury acted.", Cites: []string{"S2"},
		},
		"- **2024-03-10** (expected; the following morning, from 2024-03-09): He died. [S1]": {
			Date: "2024-03-10", Expected: true, Expression: "the following morning", Anchor: "2024-03-09", Text: "He died.", Cites: []string{"S1"},
		},
		"- **2020** (the year \\(after\\), from 2019): It closed. [S1]": {Date: "2020", Expression: "the year (after)", Anchor: "2019", Text: "It closed.", Cites: []string{"S1"}},
		"- **2024** (in 2024, from): It closed. [S1]":                   {Date: "2024", Text: "(in 2024, from): It closed.", Cites: []string{"S1"}},
		"- **2024** (in 2024, from S1's 2023-01-01): It closed. [S1]":   {Date: "2024", Text: "(in 2024, from S1's 2023-01-01): It closed.", Cites: []string{"S1"}},
		"- **2024** (expected; expected): It closed. [S1]":              {Date: "2024", Text: "(expected; expected): It closed.", Cites: []string{"S1"}},
	} {
		b := mustParse(t, head+"\n## Timeline\n\n"+line+"\n")
		if len(b.Timeline) != 1 || !reflect.DeepEqual(b.Timeline[0], want) {
			t.Errorf("%s\n got %+v\nwant %+v", line, b.Timeline, want)
		}
	}
	// Write puts the note back where Parse finds it, and text that looks
	// like a note stays text.
	b := &Briefing{Title: "T", Timeline: []Event{
		{Date: "2022-09-16", Expression: "Last Friday; (so)", Anchor: "2022-09-20", AnchorSource: "S2", Text: "It acted.", Cites: []string{"S2"}},
		{Date: "2024-10", Expected: true, Text: "The vote is due.", Cites: []string{"S1"}},
		{Date: "2024-11", Text: "(expected): a bracket in the text", Cites: []string{"S1"}},
	}}
	out := string(Write(b))
	if !strings.Contains(out, "- **2024-10** (expected): The vote is due. [S1]\n") {
		t.Errorf("written:\n%s", out)
	}
	if got := mustParse(t, out); !reflect.DeepEqual(got.Timeline, b.Timeline) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got.Timeline, b.Timeline)
	}
	if !strings.Contains(out, "- **2022-09-16** (Last Friday\\; \\(so\\), from S2's date 2022-09-20): It acted. [S2]\n") {
		t.Errorf("written:\n%s", out)
	}
	// The Timeline pane shows it.
	p := b.Panes()[2].Markdown
	for _, want := range []string{"- **2024-10** (expected) — The vote is due. [S1]", "- **2022-09-16** (Last Friday; \\(so\\), from S2's date 2022-09-20) — It acted. [S2]"} {
		if !strings.Contains(p, want) {
			t.Errorf("pane lacks %q:\n%s", want, p)
		}
	}
	// Lint checks the source a date is counted from.
	src := "---\ntitle: T\ndate: 2022-09-20\nsources:\n  - id: S1\n    title: One\n    published: 2022-09-20\n  - id: S2\n    title: Two\n---\n" + "\n## Summary\n\nS. [S1]\n\n## Timeline\n\n- **2022-09-16** (Last Friday, from S3's date 2022-09-20): It acted. [S2]\n" +
		"- **2022-09-17** (Saturday, from S1's date 2022-09-21): It acted again. [S1]\n"
	var got []string
	for _, pr := range Lint("t.md", []byte(src)) {
		got = append(got, pr.Error())
	}
	for _, want := range []string{"counted from S3's date, but there is no source S3", "counted from S1's date 2022-09-21, but S1 was published"} {
		if !strings.Contains(strings.Join(got, "\n"), want) {
			t.Errorf("lint lacks %q: %q", want, got)
		}
	}
}
