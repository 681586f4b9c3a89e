package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writeBriefing writes a small briefing into dir.
func writeBriefing(t *testing.T, dir, name, title, date, marking, publisher, source string) {
	t.Helper()
	md := "---\ntitle: \"" + title + "\"\ndate: " + date + "\nmarking: " + marking + "\nsources:\n" +
		"  - id: S1\n    title: \"" + source + "\"\n    publisher: \"" + publisher + "\"\n    url: https://example.org/" + name + "\n    published: " + date + "\n" +
		"---\n\n# " + title + "\n\n## Summary\n\nSomething happened. [S1]\n"
	if err := os.WriteFile(filepath.Join(dir, name+".md"), []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
}

// listed returns the titles the library shows, top to bottom, among titles.
func listed(screen []string, titles ...string) []string {
	var out []string
	for _, row := range screen {
		for _, ti := range titles {
			if strings.Contains(row, ti) {
				out = append(out, ti)
			}
		}
	}
	return out
}

// TestLibraryFilterRanksWords types filters in the library of the real
// binary: a word prefix ranks before a fuzzy match, and the marking, the
// date, a publisher and a source title match. It failed before: "pol" put
// "Prose in timeline" above the Poland briefing, and the rest matched
// nothing.
func TestLibraryFilterRanksWords(t *testing.T) {
	dir := t.TempDir()
	const poland = "Poland after the gas cut-off: the Baltic pipeline, storage levels and the winter market"
	const prose, gdansk = "Prose in timeline", "Talks in Gdańsk"
	writeBriefing(t, dir, "poland", poland, "2023-03-02", "TLP:AMBER", "Notes from Poland", "Gas storage report")
	writeBriefing(t, dir, "prose", prose, "2024-06-01", "TLP:CLEAR", "Format notes", "On prose")
	writeBriefing(t, dir, "gdansk", gdansk, "2024-05-01", "TLP:CLEAR", "Reuters", "Ministers meet at the shipyard")
	tm := StartBrief(t, 120, 30, nil, "--library", dir)
	tm.WaitText(poland[:40], prose, gdansk)
	for _, tc := range []struct {
		term string
		want []string
	}{
		{"pol", []string{poland[:40]}},
		{"tlp:clear", []string{prose, gdansk}},
		{"2024", []string{prose, gdansk}},
		{"reuters", []string{gdansk}},
		{"shipyard", []string{gdansk}},
		{"gdansk", []string{gdansk}},
	} {
		tm.Keys("/")
		tm.Type(tc.term)
		tm.WaitFor("the filter "+tc.term, 5*time.Second, func(s []string) bool {
			return strings.Join(listed(s, poland[:40], prose, gdansk), "|") == strings.Join(tc.want, "|")
		})
		tm.Keys("Escape")
		tm.WaitText(poland[:40], prose, gdansk)
	}
}
