package generate

import (
	"strings"
	"testing"
)

// TestSameEventFromTwoSources: two sources telling one event in their own
// words give one timeline entry citing both, in the words of the source
// that tells it first; different events of the same day stay apart.
func TestSameEventFromTwoSources(t *testing.T) {
	docs := []Document{
		{Path: "a.txt", Title: "A", Published: "2024-03-05", Text: "Acme deal\n\n" +
			"Acme Corporation agreed on March 4 to buy Widget Industries for $2 billion. " +
			"Acme Corporation also opened an office in Berlin on March 4."},
		{Path: "b.txt", Title: "B", Published: "2024-03-05", Text: "Widget sold\n\n" +
			"On March 4, Acme Corporation agreed to buy Widget Industries in a $2 billion deal, the company said. " +
			"Floods closed the main road to Springfield on March 4."},
	}
	br, err := Generate(docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range br.Timeline {
		got = append(got, e.Date+" "+e.Text+" "+strings.Join(e.Cites, ","))
	}
	want := []string{
		"2024-03-04 Acme Corporation agreed on March 4 to buy Widget Industries for $2 billion. S1,S2",
		"2024-03-04 Acme Corporation also opened an office in Berlin on March 4. S1",
		"2024-03-04 Floods closed the main road to Springfield on March 4. S2",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("timeline:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSameWordsOtherDay: the same sentence in sources of different days
// ("today") tells two events, one per day, not one citing both.
func TestSameWordsOtherDay(t *testing.T) {
	docs := []Document{
		{Path: "a.txt", Title: "A", Published: "2008-10-06", Text: "Markets\n\nStock markets around the world have fallen dramatically today."},
		{Path: "b.txt", Title: "B", Published: "2008-10-24", Text: "Markets\n\nStock markets around the world have fallen dramatically today."},
	}
	br, err := Generate(docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range br.Timeline {
		got = append(got, e.Date+" "+strings.Join(e.Cites, ","))
	}
	if want := "2008-10-06 S1|2008-10-24 S2"; strings.Join(got, "|") != want {
		t.Errorf("timeline %q, want %q", got, want)
	}
}

// TestCitesInSourceOrder: an entry reported by many sources cites them in
// source order, S9 before S10, as actors do.
func TestCitesInSourceOrder(t *testing.T) {
	var docs []Document
	for range 10 {
		docs = append(docs, Document{Title: "A", Published: "2024-03-05", Text: "Head\n\nAcme Corporation agreed on March 4 to buy Widget Industries."})
	}
	br, err := Generate(docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(br.Timeline) != 1 {
		t.Fatalf("timeline %+v", br.Timeline)
	}
	if got, want := strings.Join(br.Timeline[0].Cites, ","), "S1,S2,S3,S4,S5,S6,S7,S8,S9,S10"; got != want {
		t.Errorf("cites %s, want %s", got, want)
	}
}
