package ui

import (
	"bytes"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	xansi "github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// onTerminal is what a terminal of profile p receives for s: Bubble Tea
// writes every frame through a colorprofile writer, which drops colours
// under NO_COLOR (ASCII) and every attribute under TERM=dumb (NoTTY).
func onTerminal(t testing.TB, s string, p colorprofile.Profile) string {
	t.Helper()
	var b bytes.Buffer
	w := &colorprofile.Writer{Forward: &b, Profile: p}
	if _, err := w.WriteString(s); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// noColourCases are the ways to read without colour: a forced style, or
// the detected style on a terminal that has no colour (NO_COLOR) or no
// attributes at all (TERM=dumb).
var noColourCases = []struct {
	name    string
	style   string
	profile colorprofile.Profile
}{
	{"ascii", StyleASCII, colorprofile.TrueColor},
	{"ascii-NO_COLOR", StyleASCII, colorprofile.ASCII},
	{"notty", StyleNoTTY, colorprofile.TrueColor},
	{"notty-dumb", StyleNoTTY, colorprofile.NoTTY},
	{"dark-NO_COLOR", "", colorprofile.ASCII},
	{"dark-dumb", "", colorprofile.NoTTY},
}

// profileModel is a model told the terminal's colour profile, as Bubble Tea
// does at start, on the test briefing.
func profileModel(t *testing.T, style string, p colorprofile.Profile, w, h int) *Model {
	t.Helper()
	lib := testLibrary(t, testBriefing("Alpha operation", "2024-07-01", "TLP:AMBER", "cyber"))
	m := New(Options{Library: lib, Style: style})
	exec(m, m.Init())
	send(m, tea.ColorProfileMsg{Profile: p})
	send(m, tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// drawnBetween returns how the terminal draws what lies between before and
// after on the screen line that has both: escape sequences and marks
// included.
func drawnBetween(t *testing.T, screen, before, after string) string {
	t.Helper()
	for _, line := range strings.Split(screen, "\n") {
		plain := xansi.Strip(line)
		i := strings.Index(plain, before)
		if i < 0 || !strings.Contains(plain[i:], after) {
			continue
		}
		// Cut the raw line at the same visible positions.
		start := xansi.StringWidth(plain[:i+len(before)])
		end := start + xansi.StringWidth(plain[i+len(before):i+len(before)+strings.Index(plain[i+len(before):], after)])
		return cutCells(line, start, end)
	}
	t.Fatalf("no line with %q ... %q in:\n%s", before, after, xansi.Strip(screen))
	return ""
}

// cutCells returns the raw bytes of line from cell start to cell end,
// keeping the escape sequences met on the way.
func cutCells(line string, start, end int) string {
	var b strings.Builder
	col := 0
	var state byte
	for rest := line; rest != ""; {
		seq, width, n, ns := xansi.DecodeSequence(rest, state, nil)
		state, rest = ns, rest[n:]
		if width == 0 {
			if col >= start && col <= end {
				b.WriteString(seq)
			}
			continue
		}
		if col >= start && col < end {
			b.WriteString(seq)
		}
		col += width
	}
	return b.String()
}

// TestNoColourHighlights: with no colour, the current match, the other
// matches, unmatched text and the active tab are each drawn differently on
// the terminal: by attributes where it has them, by visible marks where it
// has none. It failed before: under NO_COLOR the current match was bold
// only, under notty both kinds of match were the same reverse video, and
// under TERM=dumb neither matches nor the active tab showed at all.
func TestNoColourHighlights(t *testing.T) {
	for _, tc := range noColourCases {
		t.Run(tc.name, func(t *testing.T) {
			m := profileModel(t, tc.style, tc.profile, 100, 24)
			press(m, "enter")
			plainScreen := onTerminal(t, m.View().Content, tc.profile)
			tabInactive := drawnBetween(t, plainScreen, "1 Summary", "3 Timeline")
			none := drawnBetween(t, plainScreen, "Summary", " 2 of Alpha")
			press(m, "2")
			tabActive := drawnBetween(t, onTerminal(t, m.View().Content, tc.profile), "1 Summary", "3 Timeline")
			press(m, "1", "/")
			typeText(m, "statement")
			press(m, "enter", "n")
			screen := onTerminal(t, m.View().Content, tc.profile)
			cur := drawnBetween(t, screen, "Summary", " 2 of Alpha")
			other := drawnBetween(t, screen, "Summary", " 3 of Alpha")
			if cur == other || cur == none || other == none {
				t.Errorf("current %q, other %q and no match %q are not all told apart", cur, other, none)
			}
			if tabActive == tabInactive {
				t.Errorf("the active tab %q is drawn as an inactive one %q", tabActive, tabInactive)
			}
		})
	}
}

// TestGoldenNoColour pins, per no-colour way of reading, what the terminal
// receives for a search (current and other matches, the active tab, the
// counts) and for the library (the selected item). Regenerate with
// go test ./ui -update.
func TestGoldenNoColour(t *testing.T) {
	for _, tc := range noColourCases {
		t.Run(tc.name, func(t *testing.T) {
			m := profileModel(t, tc.style, tc.profile, 80, 24)
			library := onTerminal(t, m.View().Content, tc.profile)
			press(m, "enter", "4", "/")
			typeText(m, "statement")
			press(m, "enter", "n")
			golden.RequireEqual(t, library+"\n----\n"+onTerminal(t, m.View().Content, tc.profile))
		})
	}
}

// TestNoMarkdownAsterisks: emphasis and strong text (quote attributions,
// actor names) are drawn without literal markdown asterisks in every
// style. It failed before for ascii and notty ("*— Speaker 1* [S1]").
func TestNoMarkdownAsterisks(t *testing.T) {
	b := testBriefing("Alpha operation", "2024-07-01", "TLP:AMBER", "cyber")
	b.Quotes[0].Speaker = "Edi Rama"
	for _, style := range []string{StyleDark, StyleLight, StyleASCII, StyleNoTTY} {
		for pane := range b.Panes() {
			out, err := RenderPane(b, pane, 80, style)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(xansi.Strip(out), "*") {
				t.Errorf("%s, pane %d: literal asterisks:\n%s", style, pane+1, xansi.Strip(out))
			}
		}
	}
}
