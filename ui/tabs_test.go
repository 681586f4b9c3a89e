package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/brief-team/brief/briefings"
)

// manySections is a library of one briefing with n extra sections.
func manySections(t testing.TB, n int) *briefings.Library {
	b := testBriefing("Many sections", "2024-07-01", "TLP:CLEAR")
	b.Sections = nil
	for i := range n {
		b.Sections = append(b.Sections, briefings.Section{Title: fmt.Sprintf("Section %d", i), Markdown: "Text.\n"})
	}
	return testLibrary(t, b)
}

// TestTabBarShowsTheActivePane: in a briefing of more panes than the bar
// holds, the active pane's tab is always on the bar (h from the first pane
// goes to the last), marked where the bar leaves panes out on either side.
func TestTabBarShowsTheActivePane(t *testing.T) {
	m := newTestModel(t, Options{Library: manySections(t, 3000)}, 80, 24)
	press(m, "enter")
	press(m, "h")
	last := m.PaneCount()
	if m.ActivePane() != last-1 {
		t.Fatalf("h went to pane %d of %d", m.ActivePane()+1, last)
	}
	bar := strings.Split(plain(m), "\n")[2]
	if !strings.Contains(bar, fmt.Sprintf(" %d Section 2999 ", last)) || !strings.HasPrefix(strings.TrimSpace(bar), "…") {
		t.Fatalf("the last pane's tab is not on the bar, or no mark of the panes before it: %q", bar)
	}
	press(m, "5") // back to the start: the bar starts at pane 1
	bar = strings.Split(plain(m), "\n")[2]
	if !strings.HasPrefix(strings.TrimSpace(bar), "1 ") || !strings.Contains(bar, " 5 Sources ") || !strings.HasSuffix(bar, "…") {
		t.Fatalf("bar at pane 5: %q", bar)
	}
}

// TestTabBarCostIsTheBars: drawing the tab bar costs what the bar shows,
// not the number of panes (50,000 sections took 1.5 s a frame: every key
// waited for it).
func TestTabBarCostIsTheBars(t *testing.T) {
	allocs := map[int]float64{}
	for _, n := range []int{300, 3000} {
		m := newTestModel(t, Options{Library: manySections(t, n)}, 80, 24)
		press(m, "enter")
		allocs[n] = testing.AllocsPerRun(20, func() { m.reader.tabsView(m.styles, m.width) })
	}
	if allocs[3000] > allocs[300]*1.2 {
		t.Fatalf("allocations per tab bar: %v at 300 panes, %v at 3,000", allocs[300], allocs[3000])
	}
}
