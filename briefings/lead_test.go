package briefings_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/internal/synth"
)

func TestParseLeadBeginsTheWhole(t *testing.T) {
	data := synth.Synthetic(1 << 20)
	whole, err := briefings.Parse("synth.md", data)
	if err != nil {
		t.Fatal(err)
	}
	lead, ok := briefings.ParseLead("synth.md", data, 64<<10)
	if !ok {
		t.Fatal("no lead of a 1 MB briefing")
	}
	if lead.Title != whole.Title || lead.Date != whole.Date || lead.Marking != whole.Marking ||
		!reflect.DeepEqual(lead.Sources, whole.Sources) || !reflect.DeepEqual(lead.Tags, whole.Tags) {
		t.Error("the lead's front matter differs from the whole's")
	}
	n := len(lead.Summary)
	if n == 0 || n >= len(whole.Summary) {
		t.Fatalf("lead has %d of %d summary statements: want a beginning", n, len(whole.Summary))
	}
	// Cut at a blank line: every statement of the lead is the whole's.
	if !reflect.DeepEqual(lead.Summary, whole.Summary[:n]) {
		t.Error("the lead's summary is not the beginning of the whole's")
	}
}

func TestParseLeadOnlyWhenWorthIt(t *testing.T) {
	small := []byte("---\ntitle: T\n---\n\n## Summary\n\nOne. [S1]\n")
	if _, ok := briefings.ParseLead("small.md", small, 64<<10); ok {
		t.Error("a lead of a small briefing")
	}
	if _, ok := briefings.ParseLead("nofm.md", synth.Synthetic(1 << 20)[4:], 64<<10); ok {
		t.Error("a lead of a briefing without front matter")
	}
	noBlank := append([]byte("---\ntitle: T\n---\n"), make([]byte, 1<<20)...)
	for i := 17; i < len(noBlank); i++ {
		noBlank[i] = 'x'
	}
	if _, ok := briefings.ParseLead("line.md", noBlank, 64<<10); ok {
		t.Error("a lead cut inside a paragraph")
	}
}

// TestParseLeadCutsBetweenListItems: a list is written without blank
// lines, so a lead cut only at blank lines left a big Actors pane empty
// ("No actors." while it loaded); a lead may end after any item of a list
// at the start of a line, and its items are the whole's.
func TestParseLeadCutsBetweenListItems(t *testing.T) {
	var b strings.Builder
	b.WriteString("---\ntitle: T\ndate: 2024-01-02\nsources:\n  - id: S1\n    title: A\n---\n\n## Summary\n\nOne. [S1]\n\n## Actors\n\n")
	for i := range 20000 {
		fmt.Fprintf(&b, "- **Actor %d** (organization): a role\n  across two lines %d [S1]\n", i, i)
	}
	data := []byte(b.String())
	whole, err := briefings.Parse("many.md", data)
	if err != nil {
		t.Fatal(err)
	}
	lead, ok := briefings.ParseLead("many.md", data, 64<<10)
	if !ok {
		t.Fatal("no lead")
	}
	n := len(lead.Actors)
	if n < 100 || n >= len(whole.Actors) || !reflect.DeepEqual(lead.Actors, whole.Actors[:n]) {
		t.Fatalf("lead has %d of %d actors, the beginning of the whole's: %v", n, len(whole.Actors), n > 0 && reflect.DeepEqual(lead.Actors, whole.Actors[:n]))
	}
}
