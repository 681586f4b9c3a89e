package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/brief-team/brief/briefings"
)

// lessReader opens the test briefing at 80x24 (a body of 20 lines).
func lessReader(t *testing.T) *Model {
	t.Helper()
	lib := testLibrary(t, testBriefing("Alpha operation", "2024-07-01", "TLP:AMBER", "cyber"))
	m := newTestModel(t, Options{Library: lib}, 80, 24)
	press(m, "enter")
	return m
}

func top(m *Model) int { y, _ := m.Viewport(); return y }

// TestLessScrollKeys: ctrl+f/ctrl+b page, ctrl+e/ctrl+y move a line, and a
// number that names no pane before a line move repeats it (6j with five
// panes, 16k), while one that names a pane still switches to it. It failed
// before: the keys did nothing and 10k showed pane 1.
func TestLessScrollKeys(t *testing.T) {
	m := lessReader(t)
	press(m, "3") // Timeline: 40 items, long enough
	_, h := m.Viewport()
	steps := []struct {
		keys []string
		want int
	}{
		{[]string{"ctrl+f"}, h},
		{[]string{"ctrl+b"}, 0},
		{[]string{"ctrl+e", "ctrl+e"}, 2},
		{[]string{"ctrl+y"}, 1},
		// The briefing has six panes (the fifth is Sources): 7 and 10
		// name none, so count.
		{[]string{"7", "j"}, 8},
		{[]string{"1", "0", "j"}, 18},
		{[]string{"1", "7", "k"}, 1},
		{[]string{"7", "ctrl+e"}, 8},
		{[]string{"9", "down"}, 17},
	}
	for _, st := range steps {
		press(m, st.keys...)
		if got := top(m); got != st.want || m.ActivePane() != 2 {
			t.Fatalf("%v: top %d pane %d, want top %d on pane 3", st.keys, got, m.ActivePane()+1, st.want)
		}
	}
	// A number that names a pane switches to it; j then scrolls that pane
	// by one line.
	press(m, "1", "j")
	if m.ActivePane() != 0 || top(m) != 1 {
		t.Fatalf("1 j: pane %d top %d", m.ActivePane()+1, top(m))
	}
	press(m, "3", "j")
	if m.ActivePane() != 2 || top(m) != 18 {
		t.Fatalf("a count must not linger: pane %d top %d", m.ActivePane()+1, top(m))
	}
}

// TestLessInfo: = shows the file, the sources, the marking and the
// position in the pane. It failed before: = did nothing.
func TestLessInfo(t *testing.T) {
	m := lessReader(t)
	press(m, "3", "ctrl+f", "=")
	got := screenText(m)
	for _, want := range []string{"b0.md", "2 sources", "Agency A", "TLP:AMBER", "Timeline", "lines 21 to 40 of", "%"} {
		if !strings.Contains(got, want) {
			t.Errorf("= misses %q:\n%s", want, plain(m))
		}
	}
}

// TestLessShowOnly: &PATTERN shows only the items of the pane that match,
// & alone shows all again. It failed before: & did nothing.
func TestLessShowOnly(t *testing.T) {
	m := lessReader(t)
	press(m, "3", "&")
	typeText(m, "event 1")
	press(m, "enter")
	body := strings.Join(strings.Split(plain(m), "\n")[3:23], "\n")
	for _, want := range []string{"Timeline event 1 happened", "Timeline event 10 happened", "Timeline event 19 happened"} {
		if !strings.Contains(body, want) {
			t.Errorf("&event 1 hides %q:\n%s", want, body)
		}
	}
	if strings.Contains(body, "event 2 happened") || strings.Contains(body, "event 20 happened") {
		t.Errorf("&event 1 shows items without it:\n%s", body)
	}
	if !strings.Contains(footer(m), "&event 1") {
		t.Errorf("the footer does not say the pane is filtered: %q", footer(m))
	}
	// Other panes are not filtered.
	press(m, "1")
	if !strings.Contains(plain(m), "Summary statement 1 ") {
		t.Errorf("the filter leaked into Summary:\n%s", plain(m))
	}
	press(m, "3", "&", "enter")
	if !strings.Contains(plain(m), "Timeline event 2 happened") {
		t.Errorf("& alone does not show all again:\n%s", plain(m))
	}
}

// TestShowOnlyFooterWhileFiltering: until the filter's rows arrive, the
// whole pane is still on screen, and the footer says the filter is being
// applied, not that nothing matched. It failed before: it said "(0 items)"
// over the whole pane.
func TestShowOnlyFooterWhileFiltering(t *testing.T) {
	m := lessReader(t)
	press(m, "3", "&")
	typeText(m, "event 1")
	_, cmd := m.Update(keyMsg("enter")) // the rows are computed by cmd, not run yet
	if f := footer(m); strings.Contains(f, "0 items") || !strings.Contains(f, "&event 1 (filtering…)") {
		t.Errorf("footer while filtering: %q", f)
	}
	exec(m, cmd)
	if f := footer(m); !strings.Contains(f, "&event 1 (11 items)") {
		t.Errorf("footer once filtered: %q", f)
	}
}

// TestLessKeysInHelp: the keys are in ? help.
func TestLessKeysInHelp(t *testing.T) {
	m := lessReader(t)
	press(m, "?")
	got := screenText(m)
	for _, want := range []string{"ctrl+f", "ctrl+b", "ctrl+e", "ctrl+y", "=", "&", "10j"} {
		if !strings.Contains(got, want) {
			t.Errorf("help misses %q:\n%s", want, plain(m))
		}
	}
}

// TestShowOnlyFollowsSearch: n with &PATTERN on scrolls the rows shown to
// the match. It failed before: the filtered view stayed where it was.
func TestShowOnlyFollowsSearch(t *testing.T) {
	m := lessReader(t)
	press(m, "3", "&")
	typeText(m, "event")
	press(m, "enter", "/")
	typeText(m, "event 39")
	press(m, "enter")
	if !strings.Contains(plain(m), "Timeline event 39 happened") {
		t.Fatalf("the match is not on screen:\n%s", plain(m))
	}
}

// TestBottomWhileRendering: G on a long pane still rendering shows the
// pane's real end at once, as less does on a file, and never the end of
// what happens to be rendered so far passed off as the bottom. It failed
// before: the chunks went on rendering from the top and G showed the
// middle of the Actors pane until all of it was done (38 s for 100,000
// actors).
func TestBottomWhileRendering(t *testing.T) {
	var md strings.Builder
	md.WriteString("---\ntitle: Many\ndate: 2024-01-02\nsources:\n  - id: S1\n    title: A source\n---\n\n## Summary\n\nA summary. [S1]\n\n## Actors\n\n")
	const n = 3000
	for i := range n {
		fmt.Fprintf(&md, "- **Actor %d** (organization): the actor numbered %d in a long list [S1]\n", i, i)
	}
	b, err := briefings.Parse("many.md", []byte(md.String()))
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, Options{Library: testLibrary(t, b)}, 80, 24)
	press(m, "enter", "2")
	// A new width: the Actors pane renders afresh, a chunk at a time.
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 70, Height: 24})
	var busy []tea.Cmd // the chunk in flight when G is pressed
	for _, msg := range collectMsgs(cmd) {
		_, next := m.Update(msg)
		busy = append(busy, next)
	}
	if p := m.activeRender(); p.complete() || len(p.chunks) < 10 {
		t.Fatalf("the pane should be partly rendered: %d of %d chunks", p.nDone, len(p.chunks))
	}
	_, cmd = m.Update(keyMsg("G"))
	if v := plain(m); strings.Contains(v, "• Actor") {
		t.Fatalf("G showed the end of what was rendered so far as the bottom:\n%s", v)
	}
	// The chunk in flight arrives, then the one G asked for.
	for range 2 {
		var next []tea.Cmd
		for _, msg := range collectMsgs(tea.Batch(append(busy, cmd)...)) {
			_, c := m.Update(msg)
			next = append(next, c)
		}
		busy, cmd = next, nil
	}
	last := fmt.Sprintf("Actor %d ", n-1)
	if v := plain(m); !strings.Contains(v, last) || !strings.Contains(v, "rendering") {
		t.Fatalf("G: the next chunk rendered is not the last, or it is not shown (want %q while the rest renders):\n%s", last, v)
	}
	// The rest renders; the pane stays at its bottom.
	exec(m, tea.Batch(busy...))
	if v := plain(m); !strings.Contains(v, last) || !strings.Contains(v, "Bot") {
		t.Fatalf("once rendered, the pane left its bottom:\n%s", v)
	}
}
