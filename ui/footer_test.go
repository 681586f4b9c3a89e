package ui

import (
	"fmt"
	"strings"
	"testing"
)

// screenText is the plain view with every run of white space as one
// space, to find text that wraps.
func screenText(m *Model) string { return strings.Join(strings.Fields(plain(m)), " ") }

// TestSearchHintFits: the regexp hint of the search line is shown whole
// at any width (wrapped above the footer when the line is too short), and
// the key that toggles it stays in the footer. It failed before: at 100
// and 60 columns the hint was cut.
func TestSearchHintFits(t *testing.T) {
	for _, w := range []int{60, 80, 100, 160} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			lib := testLibrary(t, testBriefing("Alpha operation", "2024-07-01", "TLP:AMBER", "cyber"))
			m := newTestModel(t, Options{Library: lib}, w, 24)
			press(m, "enter", "/", "?")
			hint := strings.Join(strings.Fields(searchHelpText), " ")
			if !strings.Contains(screenText(m), hint) {
				t.Errorf("the hint is not shown whole:\n%s", plain(m))
			}
			if !strings.Contains(footer(m), "ctrl+r") {
				t.Errorf("the hint's key is gone from the footer: %q", footer(m))
			}
			if n := strings.Count(plain(m), "\n") + 1; n != 24 {
				t.Errorf("the view is %d lines, not 24", n)
			}
			// The body gave the hint its lines: the view still begins with
			// the header and the pane's first line is still on screen.
			if !strings.Contains(plain(m), "Summary statement 1 ") {
				t.Errorf("the body lost its top:\n%s", plain(m))
			}
		})
	}
}

// TestFooterKeepsHelp: once a search is active (with a long query, a
// wrapped search, a status), the footer still ends with "? help". It
// failed before: the match count pushed "? help" out.
func TestFooterKeepsHelp(t *testing.T) {
	for _, w := range []int{60, 80, 100} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			lib := testLibrary(t, testBriefing("Alpha operation", "2024-07-01", "TLP:AMBER", "cyber"))
			m := newTestModel(t, Options{Library: lib}, w, 24)
			press(m, "enter", "/")
			typeText(m, "summary statement")
			press(m, "enter")
			if !strings.HasSuffix(strings.TrimRight(footer(m), " "), "? help") {
				t.Errorf("search active: %q", footer(m))
			}
			press(m, "N")
			if !strings.HasSuffix(strings.TrimRight(footer(m), " "), "? help") {
				t.Errorf("search wrapped: %q", footer(m))
			}
			if lipglossWidth(footer(m)) > w {
				t.Errorf("footer wider than %d: %q", w, footer(m))
			}
		})
	}
}

// TestFullTitleInHelp: at 60 columns a long title is cut in the header and
// the tab bar shows numbers only; "?" shows the whole title and every
// pane's name, wrapped. It failed before: neither could be read.
func TestFullTitleInHelp(t *testing.T) {
	title := "Iran and Albania after the 2022 cyberattacks: the diplomatic fallout in the Balkans"
	b := testBriefing(title, "2024-07-01", "TLP:AMBER", "cyber")
	for i := range b.Summary {
		b.Summary[i].Text = "A summary statement that does not repeat the title."
	}
	m := newTestModel(t, Options{Library: testLibrary(t, b)}, 60, 30)
	press(m, "enter", "/")
	typeText(m, "statement")
	press(m, "enter")
	if strings.Contains(screenText(m), title) {
		t.Fatal("test premise: the title fits at 60 columns")
	}
	press(m, "?")
	got := screenText(m)
	for _, want := range []string{title, "1 Summary", "2 Actors", "3 Timeline", "4 Source quotes", "5 Sources", "6 Assessment"} {
		if !strings.Contains(got, want) {
			t.Errorf("%q not readable in help:\n%s", want, plain(m))
		}
	}
	for i, line := range strings.Split(plain(m), "\n") {
		if lipglossWidth(line) > 60 {
			t.Errorf("line %d wider than 60: %q", i, line)
		}
	}
}
