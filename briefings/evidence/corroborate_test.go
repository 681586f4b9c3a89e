package evidence

import (
	"testing"

	"github.com/brief-team/brief/briefings"
)

// TestCorroboratingSource: a timeline entry merged from two sources holds
// one source's words; the other source corroborates it when it has a
// sentence sharing its words that names the entry's date, and is only
// approximate (a warning) when that sentence has another date.
func TestCorroboratingSource(t *testing.T) {
	files := map[string]string{
		"a.txt": "A\n\nAcme Corporation agreed on March 4 to buy Widget Industries for $2 billion.\n",
		"b.txt": "B\n\nOn March 4, Acme Corporation agreed to buy Widget Industries in a $2 billion deal, the company said.\n",
		"c.txt": "C\n\nOn March 9, Acme Corporation agreed to buy Widget Industries in a $2 billion deal, the company said.\n",
	}
	b := &briefings.Briefing{
		Sources: []briefings.Source{
			{ID: "S1", Path: "a.txt", Published: "2024-03-05"},
			{ID: "S2", Path: "b.txt", Published: "2024-03-05"},
			{ID: "S3", Path: "c.txt", Published: "2024-03-10"},
		},
		Timeline: []briefings.Event{{
			Date: "2024-03-04", Text: "Acme Corporation agreed on March 4 to buy Widget Industries for $2 billion.",
			Cites: []string{"S1", "S2", "S3"},
		}},
	}
	r := Find(b, func(s briefings.Source) ([]byte, error) { return []byte(files[s.Path]), nil })
	want := map[string]Status{"S1": Found, "S2": Corroborated, "S3": Approximate}
	evs := r.Items[0].Evidence
	if len(evs) != 3 {
		t.Fatalf("evidence %+v", evs)
	}
	for _, ev := range evs {
		if ev.Status != want[ev.Source] {
			t.Errorf("%s: %s, want %s", ev.Source, ev.Status, want[ev.Source])
		}
	}
	if ev := evs[1]; ev.DateText != "March 4" {
		t.Errorf("S2's date %q, want %q", ev.DateText, "March 4")
	}
}
