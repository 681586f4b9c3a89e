package ui

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	tea "charm.land/bubbletea/v2"
	xansi "github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/brief-team/brief/briefings"
)

// provBriefing cites a source file the library holds (S1) and one it does
// not (S2); its second summary sentence was edited by hand and is not in
// S1.
func provBriefing() *briefings.Briefing {
	return &briefings.Briefing{
		Title: "Ministry breach", Date: "2024-03-08", Marking: "TLP:CLEAR",
		Sources: []briefings.Source{
			{ID: "S1", Title: "Ministry confirms breach", Publisher: "Daily Wire Service", URL: "https://example.org/breach", Published: "2024-03-08", Path: "src/a.txt"},
			{ID: "S2", Title: "Lost report", Publisher: "Nobody", Published: "2024-03-01", Path: "src/missing.txt"},
		},
		Summary: []briefings.Statement{
			{Text: "The ministry confirmed the breach on Monday.", Cites: []string{"S1"}},
			{Text: "Officials said the attackers came from a rival ministry.", Cites: []string{"S1"}},
		},
		Actors: []briefings.Actor{{Name: "Interior Ministry", Type: briefings.ActorOrganization, Aliases: []string{"ministry"}, Cites: []string{"S1"}}},
		Timeline: []briefings.Event{
			{Date: "2024-03-05", Text: "Last Tuesday, the agency expelled two diplomats over the incident.", Cites: []string{"S1"}},
		},
		Quotes: []briefings.Quote{{Text: "the attackers used stolen passwords", Speaker: "Officials", Cites: []string{"S1", "S2"}}},
	}
}

const provSourceText = `Ministry confirms breach

The ministry confirmed the breach on Monday. Officials said the attackers used stolen passwords to enter the network of the interior ministry and its agencies.

Last Tuesday, the agency expelled two diplomats over the incident.
`

func provLibrary(t testing.TB) *briefings.Library {
	t.Helper()
	mod := time.Unix(1700000000, 0)
	lib, err := briefings.OpenFS(fstest.MapFS{
		"b0.md":     {Data: briefings.Write(provBriefing()), ModTime: mod},
		"src/a.txt": {Data: []byte(provSourceText), ModTime: mod},
	})
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

// marked returns the body rows that carry the gutter mark.
func marked(m *Model) []string {
	var out []string
	for _, l := range strings.Split(body(plain(m)), "\n") {
		if strings.HasPrefix(l, "▌") {
			out = append(out, l)
		}
	}
	return out
}

// TestGoldenSourcesPane pins the Sources pane (metadata, text, a source
// without a file) and the evidence of a timeline entry shown in it, at 80
// and 120 columns, dark and notty.
func TestGoldenSourcesPane(t *testing.T) {
	for _, style := range []string{StyleDark, StyleNoTTY} {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			name := fmt.Sprintf("%s/%dx%d", style, size[0], size[1])
			m := newTestModel(t, Options{Library: provLibrary(t), Style: style}, size[0], size[1])
			press(m, "enter", "5")
			t.Run(name+"/pane", func(t *testing.T) { golden.RequireEqual(t, m.View().Content) })
			press(m, "3", "enter")
			t.Run(name+"/evidence", func(t *testing.T) { golden.RequireEqual(t, m.View().Content) })
		}
	}
}

func TestSourcesPaneShowsTextAndWhyNot(t *testing.T) {
	m := newTestModel(t, Options{Library: provLibrary(t)}, 100, 30)
	press(m, "enter", "5")
	v := plain(m)
	for _, want := range []string{
		"S1 · Ministry confirms breach", "Daily Wire Service · 2024-03-08", "https://example.org/breach",
		"The ministry confirmed the breach on Monday.", "S2 · Lost report", "No text: file missing.",
	} {
		if !strings.Contains(v, want) {
			t.Errorf("the Sources pane lacks %q:\n%s", want, v)
		}
	}
}

// TestEnterShowsTimelineEvidence: the sentence is marked line by line,
// back returns to the item.
func TestEnterShowsTimelineEvidence(t *testing.T) {
	m := newTestModel(t, Options{Library: provLibrary(t)}, 100, 30)
	press(m, "enter", "3")
	before := plain(m)
	press(m, "enter")
	got := strings.Join(marked(m), "\n")
	if m.ActivePane() != sourcesPane || !strings.Contains(got, "Last Tuesday, the agency expelled two diplomats over the incident.") {
		t.Fatalf("the evidence is not marked in Sources:\n%s", plain(m))
	}
	if len(m.jump.hs) < 2 || !m.jump.hs[0].Current || xansiText(m, m.jump.hs[0]) != "Last Tuesday" {
		t.Fatalf("the date expression is not marked apart: %+v", m.jump.hs)
	}
	press(m, "backspace")
	if plain(m) != before {
		t.Fatalf("back did not return:\n%s\nwant:\n%s", plain(m), before)
	}
}

// xansiText is the text a highlight covers in the active pane's lines.
func xansiText(m *Model, h Highlight) string {
	lines, _ := m.PaneLines(m.ActivePane())
	return xansi.Cut(xansi.Strip(lines[h.Line]), h.Start, h.End)
}

// TestNotFoundItemIsMarkedAndEnterSaysSo: a hand-edited summary sentence
// shows "not found in S1" in its pane, and enter says so and shows the
// closest sentence, labelled as the closest.
func TestNotFoundItemIsMarkedAndEnterSaysSo(t *testing.T) {
	m := newTestModel(t, Options{Library: provLibrary(t)}, 100, 30)
	press(m, "enter")
	v := plain(m)
	var line string
	for _, l := range strings.Split(v, "\n") {
		if strings.Contains(l, "rival ministry") {
			line = l
		}
	}
	if !strings.Contains(line, "⚠ not found in S1") {
		t.Fatalf("the unsupported sentence is not marked:\n%s", v)
	}
	if strings.Count(v, "not found in") != 1 {
		t.Fatalf("a supported sentence is marked too:\n%s", v)
	}
	press(m, "]", "enter")
	if !strings.Contains(footer(m), "not found in S1; closest sentence shown") {
		t.Fatalf("enter does not say it is not found: %q", footer(m))
	}
	if got := strings.Join(marked(m), " "); !strings.Contains(got, "Officials said the attackers used stolen passwords") {
		t.Fatalf("the closest sentence is not shown:\n%s", plain(m))
	}
}

// TestItemKeysAndScrolling: ] and [ move the current item, scrolling moves
// it to a visible one, a click selects one.
func TestItemKeysAndScrolling(t *testing.T) {
	b := testBriefing("Alpha operation", "2024-07-01", "")
	m := newTestModel(t, Options{Library: testLibrary(t, b)}, 80, 24)
	press(m, "enter", "3")
	if got := marked(m); len(got) != 1 || !strings.Contains(got[0], "event 1 happened") {
		t.Fatalf("the first entry is not current: %q", got)
	}
	press(m, "]", "]")
	if got := marked(m); len(got) != 1 || !strings.Contains(got[0], "event 3 happened") {
		t.Fatalf("] ] did not reach the third entry: %q", got)
	}
	press(m, "[")
	if got := marked(m); len(got) != 1 || !strings.Contains(got[0], "event 2 happened") {
		t.Fatalf("[ did not go back: %q", got)
	}
	press(m, "space")
	got := marked(m)
	first := strings.TrimLeft(body(plain(m)), "\n")
	first = first[:strings.Index(first, "\n")]
	if len(got) != 1 || got[0] != first {
		t.Fatalf("after a page down the mark is not on the first visible entry: %q, first row %q", got, first)
	}
	send(m, tea.MouseClickMsg{Button: tea.MouseLeft, X: 10, Y: 3 + 5})
	if got := marked(m); len(got) != 1 || got[0] != strings.Split(body(plain(m)), "\n")[5] {
		t.Fatalf("a click did not select the entry under it: %q", got)
	}
}

// TestGoldenActorFocus pins actor focus at 80 and 120 columns, dark and
// notty, and checks that back returns to the actor.
func TestGoldenActorFocus(t *testing.T) {
	for _, style := range []string{StyleDark, StyleNoTTY} {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			m := newTestModel(t, Options{Library: provLibrary(t), Style: style}, size[0], size[1])
			press(m, "enter", "2")
			before := m.View().Content
			press(m, "enter")
			if !strings.Contains(plain(m), "Focus: Interior Ministry") {
				t.Fatalf("no focus:\n%s", plain(m))
			}
			t.Run(fmt.Sprintf("%s/%dx%d", style, size[0], size[1]), func(t *testing.T) { golden.RequireEqual(t, m.View().Content) })
			press(m, "esc")
			if m.View().Content != before {
				t.Fatalf("back did not return to Actors:\n%s", plain(m))
			}
		}
	}
}
