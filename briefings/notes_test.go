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
	} {
		b := mustParse(t, head+"\n## Timeline\n\n"+line+"\n")
		if len(b.Timeline) != 1 || !reflect.DeepEqual(b.Timeline[0], want) {
			t.Errorf("%s\n got %+v\nwant %+v", line, b.Timeline, want)
		}
	}
	// Write puts the note back where Parse finds it, and text that looks
	// like a note stays text.
	b := &Briefing{Title: "T", Timeline: []Event{
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
	// The Timeline pane shows it.
	if p := b.Panes()[2].Markdown; !strings.Contains(p, "- **2024-10** (expected) — The vote is due. [S1]") {
		t.Errorf("pane:\n%s", p)
	}
}
