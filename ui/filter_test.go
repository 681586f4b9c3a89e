package ui

import (
	"strings"
	"testing"

	"github.com/brief-team/brief/briefings"
)

// filterLibrary has briefings whose titles, markings, dates, publishers
// and source titles tell them apart.
func filterLibrary(t *testing.T) *briefings.Library {
	t.Helper()
	poland := testBriefing(polandTitle, "2023-03-02", "TLP:AMBER", "energy")
	poland.Sources[0].Publisher = "Notes from Poland"
	prose := testBriefing("Prose in timeline", "2024-06-01", "TLP:CLEAR", "format")
	gdansk := testBriefing("Talks in Gdańsk", "2024-05-01", "TLP:CLEAR", "diplomacy")
	gdansk.Sources[1].Title = "Ministers meet at the shipyard"
	gdansk.Sources[1].Publisher = "Reuters"
	return testLibrary(t, poland, prose, gdansk)
}

// filtered types a filter in the library and returns the titles listed,
// in order.
func filtered(t *testing.T, m *Model, term string) []string {
	t.Helper()
	press(m, "/")
	typeText(m, term)
	var titles []string
	for _, it := range m.list.VisibleItems() {
		titles = append(titles, it.(entryItem).e.Title)
	}
	press(m, "esc", "esc")
	return titles
}

// TestLibraryFilter: the filter matches title, tags, marking, date,
// publisher and source titles, whole words and prefixes ranked before
// fuzzy matches. It failed before: "pol" put "Prose in timeline" first, and
// "tlp:clear", "2024", "reuters" and "shipyard" matched nothing.
func TestLibraryFilter(t *testing.T) {
	m := newTestModel(t, Options{Library: filterLibrary(t)}, 80, 40)
	for _, tc := range []struct {
		term  string
		first string
		all   []string // every title listed, when order matters less
	}{
		{term: "pol", first: polandTitle},
		{term: "tlp:clear", all: []string{"Prose in timeline", "Talks in Gdańsk"}},
		{term: "2024", all: []string{"Prose in timeline", "Talks in Gdańsk"}},
		{term: "2023-03", all: []string{polandTitle}},
		{term: "reuters", all: []string{"Talks in Gdańsk"}},
		{term: "shipyard", all: []string{"Talks in Gdańsk"}},
		{term: "gdansk", all: []string{"Talks in Gdańsk"}},
		{term: "amber energy", all: []string{polandTitle}},
	} {
		got := filtered(t, m, tc.term)
		if tc.first != "" && (len(got) == 0 || got[0] != tc.first) {
			t.Errorf("%q: got %q, want %q first", tc.term, got, tc.first)
		}
		if tc.all != nil {
			gotSet := strings.Join(sorted(got), "|")
			if want := strings.Join(sorted(tc.all), "|"); gotSet != want {
				t.Errorf("%q: got %q, want %q", tc.term, got, tc.all)
			}
		}
	}
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// polandTitle is long, as real titles are: fuzzy scoring penalises the
// characters a match leaves over, which ranked it below a short title that
// merely contains p, o and l.
const polandTitle = "Poland after the Russian gas cut-off: the Baltic pipeline, storage levels and the energy market through the winter"
