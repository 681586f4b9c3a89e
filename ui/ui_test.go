package ui

import (
	"context"
	"errors"
	"fmt"
	"image/color"
	"strings"
	"testing"
	"testing/fstest"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"

	"github.com/brief-team/brief/briefings"
)

func twoBriefings(t *testing.T) *briefings.Library {
	return testLibrary(t,
		testBriefing("Alpha operation", "2024-07-01", "TLP:AMBER", "cyber", "iran"),
		testBriefing("Beta campaign", "2024-08-01", "TLP:CLEAR", "elections"))
}

func TestLibraryListsEntriesNewestFirst(t *testing.T) {
	m := newTestModel(t, Options{Library: twoBriefings(t)}, 80, 24)
	v := plain(m)
	a, b := strings.Index(v, "Alpha operation"), strings.Index(v, "Beta campaign")
	if a < 0 || b < 0 || b > a {
		t.Fatalf("want Beta (newer) above Alpha:\n%s", v)
	}
	for _, want := range []string{"2024-07-01", "TLP:AMBER", "2 sources", "cyber, iran", "TLP:CLEAR", "elections"} {
		if !strings.Contains(v, want) {
			t.Errorf("library misses %q:\n%s", want, v)
		}
	}
}

func TestOpenBackAndQuit(t *testing.T) {
	for _, back := range []string{"q", "esc", "backspace"} {
		m := newTestModel(t, Options{Library: twoBriefings(t)}, 80, 24)
		if press(m, "enter") {
			t.Fatal("enter quit")
		}
		if !m.Reading() || !strings.Contains(plain(m), "Summary statement 1 of Beta campaign") {
			t.Fatalf("enter did not open the selected briefing:\n%s", plain(m))
		}
		if press(m, back) {
			t.Fatalf("%s quit from a briefing", back)
		}
		if m.Reading() || !strings.Contains(plain(m), "2 briefings") {
			t.Fatalf("%s did not go back to the library:\n%s", back, plain(m))
		}
		if !press(m, "q") {
			t.Fatal("q in the library did not quit")
		}
	}
}

func TestCtrlCQuitsAnywhere(t *testing.T) {
	m := newTestModel(t, Options{Library: twoBriefings(t)}, 80, 24)
	if !press(m, "ctrl+c") {
		t.Error("ctrl+c in library")
	}
	m = newTestModel(t, Options{Library: twoBriefings(t)}, 80, 24)
	press(m, "enter")
	if !press(m, "ctrl+c") {
		t.Error("ctrl+c in reader")
	}
	m = newTestModel(t, Options{Library: twoBriefings(t)}, 80, 24)
	press(m, "/", "a")
	if !press(m, "ctrl+c") {
		t.Error("ctrl+c while filtering")
	}
}

func TestPaneKeys(t *testing.T) {
	m := newTestModel(t, Options{Library: twoBriefings(t)}, 80, 24)
	press(m, "enter")
	if m.PaneCount() != 6 { // the standard four, Sources, an extra section
		t.Fatalf("panes = %d, want 6", m.PaneCount())
	}
	steps := []struct {
		key  string
		want int
	}{
		{"2", 1},
		{"3", 2},
		{"4", 3},
		{"5", 4},
		{"6", 5},
		{"1", 0},
		{"9", 0},
		{"tab", 1},
		{"l", 2},
		{"right", 3},
		{"tab", 4},
		{"tab", 5},
		{"tab", 0}, // wraps
		{"shift+tab", 5},
		{"h", 4},
		{"left", 3},
		{"1", 0},
		{"h", 5},
		{"l", 0},
	}
	for _, s := range steps {
		press(m, s.key)
		if got := m.ActivePane(); got != s.want {
			t.Fatalf("after %q pane = %d, want %d", s.key, got, s.want)
		}
	}
	press(m, "3")
	if v := plain(m); !strings.Contains(v, "Timeline event 1 happened") {
		t.Errorf("pane 3 does not show the timeline:\n%s", v)
	}
	press(m, "4")
	if v := plain(m); !strings.Contains(v, "Quoted words number 1") || !strings.Contains(v, "Speaker 1") {
		t.Errorf("pane 4 does not show quotes:\n%s", v)
	}
	press(m, "5")
	if v := plain(m); !strings.Contains(v, "S1 · First report") || !strings.Contains(v, "Agency A") {
		t.Errorf("pane 5 does not show the sources:\n%s", v)
	}
	press(m, "6")
	if v := plain(m); !strings.Contains(v, "An extra section") {
		t.Errorf("pane 6 does not show the extra section:\n%s", v)
	}
}

func TestScrollKeys(t *testing.T) {
	m := newTestModel(t, Options{Library: twoBriefings(t)}, 80, 24)
	press(m, "enter", "3") // timeline: 40 lines
	_, h := m.Viewport()
	first := func() int { y, _ := m.Viewport(); return y }
	p, _ := m.PaneLines(2)
	maxY := len(p) - h
	steps := []struct {
		key  string
		want int
	}{
		{"j", 1},
		{"down", 2},
		{"k", 1},
		{"up", 0},
		{"up", 0},
		{"pgdown", h},
		{"pgup", 0},
		{"space", h},
		{"g", 0},
		{"ctrl+d", h / 2},
		{"ctrl+u", 0},
		{"G", maxY},
		{"j", maxY},
		{"home", 0},
		{"end", maxY},
	}
	for _, s := range steps {
		press(m, s.key)
		if got := first(); got != s.want {
			t.Fatalf("after %q first line = %d, want %d", s.key, got, s.want)
		}
	}
	press(m, "g")
	send(m, tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if got := first(); got != 3 {
		t.Fatalf("wheel down: first = %d, want 3", got)
	}
	send(m, tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	if got := first(); got != 0 {
		t.Fatalf("wheel up: first = %d, want 0", got)
	}
}

func TestEachPaneKeepsItsScroll(t *testing.T) {
	m := newTestModel(t, Options{Library: twoBriefings(t)}, 80, 24)
	press(m, "enter", "3", "j", "j", "j", "j", "j", "1", "j", "j")
	press(m, "3")
	if y, _ := m.Viewport(); y != 5 {
		t.Fatalf("timeline first line = %d, want 5", y)
	}
	press(m, "1")
	if y, _ := m.Viewport(); y != 2 {
		t.Fatalf("summary first line = %d, want 2", y)
	}
	press(m, "2")
	if y, _ := m.Viewport(); y != 0 {
		t.Fatalf("actors first line = %d, want 0", y)
	}
	// Back to the library and in again: the positions are the briefing's
	// for this visit only, so a fresh open starts at the top.
	press(m, "q", "enter")
	if y, _ := m.Viewport(); y != 0 || m.ActivePane() != 0 {
		t.Fatalf("reopened at pane %d line %d", m.ActivePane(), y)
	}
}

func TestHelpToggle(t *testing.T) {
	m := newTestModel(t, Options{Library: twoBriefings(t)}, 80, 24)
	press(m, "enter")
	if strings.Contains(plain(m), "page down") {
		t.Fatal("full help shown before ?")
	}
	_, h := m.Viewport()
	press(m, "?")
	if v := plain(m); !strings.Contains(v, "page down") || !strings.Contains(v, "½ page up") {
		t.Fatalf("? did not show full help:\n%s", v)
	}
	if _, h2 := m.Viewport(); h2 >= h {
		t.Errorf("body height %d with full help, %d without", h2, h)
	}
	if n := strings.Count(m.View().Content, "\n") + 1; n != 24 {
		t.Errorf("view has %d lines, want 24", n)
	}
	// At 80 columns every key is listed, none cut off with "…": the
	// columns that do not fit go to a second row.
	for _, want := range []string{"/ search", "n next match", "back to library", "ctrl+c quit"} {
		if v := plain(m); !strings.Contains(v, want) || strings.Contains(v, "…") {
			t.Errorf("full help at 80 columns lacks %q or cuts a column:\n%s", want, v)
		}
	}
	press(m, "?")
	if strings.Contains(plain(m), "page down") {
		t.Fatal("? did not hide full help")
	}
	// The library's help, too.
	press(m, "q", "?")
	if v := plain(m); !strings.Contains(v, "quit") || strings.Contains(v, "…") {
		t.Errorf("library full help at 80 columns:\n%s", v)
	}
}

func TestFilter(t *testing.T) {
	m := newTestModel(t, Options{Library: twoBriefings(t)}, 80, 24)
	press(m, "/", "a", "l", "p")
	if !m.list.SettingFilter() {
		t.Fatal("/ did not start filtering")
	}
	if v := plain(m); strings.Contains(v, "Beta campaign") || !strings.Contains(v, "Alpha operation") {
		t.Fatalf("filter alp:\n%s", v)
	}
	// q is text while filtering, not quit.
	if press(m, "q") {
		t.Fatal("q quit while filtering")
	}
	press(m, "backspace", "enter")
	if m.list.FilterState() != list.FilterApplied {
		t.Fatalf("filter state %v", m.list.FilterState())
	}
	press(m, "enter")
	if !m.Reading() || !strings.Contains(plain(m), "Alpha operation") {
		t.Fatalf("enter did not open the filtered briefing:\n%s", plain(m))
	}
	// Filter by tag.
	m = newTestModel(t, Options{Library: twoBriefings(t)}, 80, 24)
	press(m, "/", "e", "l", "e", "c", "t")
	if v := plain(m); strings.Contains(v, "Alpha operation") || !strings.Contains(v, "Beta campaign") {
		t.Fatalf("filter by tag:\n%s", v)
	}
	press(m, "esc")
	if v := plain(m); !strings.Contains(v, "Alpha operation") {
		t.Fatalf("esc did not cancel the filter:\n%s", v)
	}
}

func TestTooSmall(t *testing.T) {
	m := newTestModel(t, Options{Library: twoBriefings(t)}, 80, 24)
	press(m, "enter")
	for _, sz := range [][2]int{{39, 12}, {40, 11}, {10, 3}} {
		send(m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		v := plain(m)
		if !strings.Contains(strings.ToLower(v), "too small") {
			t.Fatalf("%dx%d: no too-small message:\n%s", sz[0], sz[1], v)
		}
		if n := strings.Count(v, "\n") + 1; n > sz[1] {
			t.Fatalf("%dx%d: %d lines", sz[0], sz[1], n)
		}
	}
	send(m, tea.WindowSizeMsg{Width: 40, Height: 12})
	v := plain(m)
	if strings.Contains(strings.ToLower(v), "too small") || !strings.Contains(v, "Summary") {
		t.Fatalf("40x12 should show the reader:\n%s", v)
	}
	lines := strings.Split(v, "\n")
	if len(lines) != 12 {
		t.Fatalf("40x12: %d lines", len(lines))
	}
	for _, l := range strings.Split(m.View().Content, "\n") {
		if w := lipglossWidth(l); w > 40 {
			t.Fatalf("line wider than 40 (%d): %q", w, l)
		}
	}
}

func TestAllowHidesAndRefuses(t *testing.T) {
	lib := twoBriefings(t)
	var amber string
	for _, e := range lib.Entries() {
		if e.Marking == "TLP:AMBER" {
			amber = e.Path
		}
	}
	allow := func(e briefings.Entry) bool { return e.Marking != "TLP:AMBER" }
	m := newTestModel(t, Options{Library: lib, Allow: allow}, 80, 24)
	if v := plain(m); strings.Contains(v, "Alpha") || !strings.Contains(v, "1 briefing") {
		t.Fatalf("disallowed briefing listed:\n%s", v)
	}
	press(m, "/", "a", "l", "p", "h", "a", "enter")
	if v := plain(m); strings.Contains(v, "Alpha") {
		t.Fatalf("filter found a disallowed briefing:\n%s", v)
	}
	m = newTestModel(t, Options{Library: lib, Allow: allow, Open: amber}, 80, 24)
	if m.Reading() || strings.Contains(plain(m), "Summary statement") {
		t.Fatalf("Open of a disallowed briefing opened it:\n%s", plain(m))
	}
}

func TestOpenDirectly(t *testing.T) {
	lib := twoBriefings(t)
	var alpha string
	for _, e := range lib.Entries() {
		if strings.HasPrefix(e.Title, "Alpha") {
			alpha = e.Path
		}
	}
	m := newTestModel(t, Options{Library: lib, Open: alpha}, 80, 24)
	if !m.Reading() || !strings.Contains(plain(m), "Alpha operation") {
		t.Fatalf("Open did not open the briefing:\n%s", plain(m))
	}
	if !strings.Contains(plain(m), "q quit") {
		t.Errorf("help should say q quits:\n%s", plain(m))
	}
	if !press(m, "q") {
		t.Fatal("q did not quit a briefing opened directly")
	}
	m = newTestModel(t, Options{Library: lib, Open: alpha}, 80, 24)
	press(m, "esc")
	if m.Reading() {
		t.Fatal("esc did not show the library")
	}
	press(m, "enter")
	if press(m, "q") || m.Reading() {
		t.Fatal("after going through the library, q goes back to it")
	}
	m = newTestModel(t, Options{Library: lib, Open: "nope.md"}, 80, 24)
	if m.Reading() || !strings.Contains(plain(m), "nope.md") {
		t.Fatalf("unknown Open not reported:\n%s", plain(m))
	}
}

func TestReloadKeepsPaneAndPosition(t *testing.T) {
	b := testBriefing("Alpha operation", "2024-07-01", "TLP:AMBER")
	lib := testLibrary(t, b)
	b2 := testBriefing("Alpha operation revised", "2024-07-01", "TLP:AMBER")
	b2.Timeline[0].Text = "A corrected first event."
	reloads := 0
	opts := Options{Library: lib, Reload: func(*briefings.Library, []string) (*briefings.Library, error) {
		reloads++
		return testLibrary(t, b2), nil
	}}
	m := newTestModel(t, opts, 80, 24)
	press(m, "enter", "3", "j", "j", "j", "j")
	send(m, ReloadMsg{Paths: []string{"b0.md"}})
	if reloads != 1 {
		t.Fatalf("Reload called %d times", reloads)
	}
	if !strings.Contains(plain(m), "Alpha operation revised") {
		t.Fatalf("reader not reloaded:\n%s", plain(m))
	}
	if m.ActivePane() != 2 {
		t.Fatalf("pane %d after reload, want 2", m.ActivePane())
	}
	if y, _ := m.Viewport(); y != 4 {
		t.Fatalf("first line %d after reload, want 4", y)
	}
	press(m, "g")
	if !strings.Contains(plain(m), "A corrected first event.") {
		t.Fatalf("reloaded content not shown:\n%s", plain(m))
	}
	press(m, "q")
	if !strings.Contains(plain(m), "Alpha operation revised") {
		t.Fatalf("library list not refreshed:\n%s", plain(m))
	}
}

func TestReloadRemovesOpenBriefing(t *testing.T) {
	lib := twoBriefings(t)
	opts := Options{Library: lib, Reload: func(*briefings.Library, []string) (*briefings.Library, error) {
		return testLibrary(t, testBriefing("Other", "2020-01-01", "")), nil
	}}
	m := newTestModel(t, opts, 80, 24)
	press(m, "enter")
	send(m, ReloadMsg{})
	if m.Reading() {
		t.Fatal("a briefing removed from the library stays open")
	}
	if v := plain(m); !strings.Contains(v, "Other") || strings.Contains(v, "Beta") {
		t.Fatalf("library not refreshed:\n%s", v)
	}
}

func TestReloadError(t *testing.T) {
	opts := Options{Library: twoBriefings(t), Reload: func(*briefings.Library, []string) (*briefings.Library, error) {
		return nil, errors.New("disk on fire")
	}}
	m := newTestModel(t, opts, 80, 24)
	send(m, ReloadMsg{})
	if v := plain(m); !strings.Contains(v, "disk on fire") || !strings.Contains(v, "Beta") {
		t.Fatalf("reload error not shown, or library lost:\n%s", v)
	}
}

func TestBackgroundDetection(t *testing.T) {
	m := New(Options{Library: twoBriefings(t)})
	if !asksBackground(m.Init()) {
		t.Fatal("Style \"\" must ask for the background colour")
	}
	send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	press(m, "enter")
	// Painted at once, in dark, without waiting for an answer.
	if m.styleName != StyleDark || !strings.Contains(plain(m), "Summary statement 1") {
		t.Fatalf("no immediate paint in dark:\n%s", plain(m))
	}
	dark := m.View().Content
	send(m, tea.BackgroundColorMsg{Color: color.White})
	if m.styleName != StyleLight {
		t.Fatalf("style %q after a light background", m.styleName)
	}
	if light := m.View().Content; light == dark {
		t.Fatal("view not re-rendered for a light background")
	}
	if !strings.Contains(plain(m), "Summary statement 1") {
		t.Fatalf("light view lost content:\n%s", plain(m))
	}
	// A forced style ignores the terminal.
	m = New(Options{Library: twoBriefings(t), Style: StyleDark})
	if asksBackground(m.Init()) {
		t.Fatal("a forced style must not query the terminal")
	}
	send(m, tea.BackgroundColorMsg{Color: color.White})
	if m.styleName != StyleDark {
		t.Fatal("forced style changed by the background")
	}
}

func TestResizeRewrapsAndKeepsPosition(t *testing.T) {
	m := newTestModel(t, Options{Library: twoBriefings(t)}, 120, 40)
	press(m, "enter")
	press(m, "j", "j", "j", "j", "j", "j")
	before := plain(m)
	send(m, tea.WindowSizeMsg{Width: 60, Height: 20})
	after := plain(m)
	// Statement 3 is on screen before and after.
	if !strings.Contains(before, "Summary statement 3 ") || !strings.Contains(after, "Summary statement 3 ") {
		t.Fatalf("position lost on resize:\n%s\n---\n%s", before, after)
	}
	for _, l := range strings.Split(m.View().Content, "\n") {
		if w := lipglossWidth(l); w > 60 {
			t.Fatalf("line wider than 60 (%d): %q", w, l)
		}
	}
}

func TestStaleChunkIgnored(t *testing.T) {
	m := newTestModel(t, Options{Library: twoBriefings(t)}, 80, 24)
	press(m, "enter")
	want := plain(m)
	k := m.reader.paneKey(0, 81, m.styleName)
	send(m, chunkRenderedMsg{key: k, index: 0, lines: []string{"STALE"}})
	k = m.reader.paneKey(0, 80, m.styleName)
	send(m, chunkRenderedMsg{key: k, index: 0, lines: []string{"STALE"}}) // chunk already there
	if got := plain(m); got != want || strings.Contains(got, "STALE") {
		t.Fatalf("stale chunk shown:\n%s", got)
	}
}

func TestRenderPanicIsContained(t *testing.T) {
	defer func(f func(context.Context, chunk, int, ansiStyle, bool, bool) ([]string, error)) {
		renderChunkFunc = f
	}(renderChunkFunc)
	renderChunkFunc = func(context.Context, chunk, int, ansiStyle, bool, bool) ([]string, error) { panic("boom") }
	m := newTestModel(t, Options{Library: twoBriefings(t)}, 80, 24)
	press(m, "enter")
	if v := plain(m); !strings.Contains(v, "rendering failed: boom") {
		t.Fatalf("panic not shown in the pane:\n%s", v)
	}
}

func TestLoadErrorShown(t *testing.T) {
	m := newTestModel(t, Options{Library: twoBriefings(t)}, 80, 24)
	send(m, briefingLoadedMsg{seq: m.load.seq, err: errors.New("b0.md:7: bad date")})
	if v := plain(m); !strings.Contains(v, "b0.md:7: bad date") {
		t.Fatalf("load error not shown:\n%s", v)
	}
}

func TestReloadsOutOfOrder(t *testing.T) {
	calls := 0
	opts := Options{Library: twoBriefings(t), Reload: func(*briefings.Library, []string) (*briefings.Library, error) {
		calls++
		return testLibrary(t, testBriefing(fmt.Sprintf("Version %d", calls), "2024-01-01", "")), nil
	}}
	m := newTestModel(t, opts, 80, 24)
	_, c1 := m.Update(ReloadMsg{Paths: []string{"b0.md"}})
	_, c2 := m.Update(ReloadMsg{Paths: []string{"b1.md"}})
	first, second := c1(), c2() // Version 1, then Version 2
	send(m, second)
	send(m, first) // stale: must not replace the newer library
	if v := plain(m); !strings.Contains(v, "Version 2") || strings.Contains(v, "Version 1") {
		t.Fatalf("older reload won:\n%s", v)
	}
}

func TestReloadMalformedKeepsReading(t *testing.T) {
	opts := Options{Library: twoBriefings(t), Reload: func(*briefings.Library, []string) (*briefings.Library, error) {
		return briefings.OpenFS(fstest.MapFS{
			"b0.md": {Data: briefings.Write(testBriefing("Alpha operation", "2024-07-01", "TLP:AMBER"))},
			"b1.md": {Data: []byte("---\ntitle: [unclosed\n---\n")},
		})
	}}
	m := newTestModel(t, opts, 80, 24)
	press(m, "enter") // Beta campaign, b1.md
	send(m, ReloadMsg{Paths: []string{"/some/dir/b1.md"}})
	v := plain(m)
	if !m.Reading() || !strings.Contains(v, "Summary statement 1 of Beta campaign") {
		t.Fatalf("reader closed on a malformed save:\n%s", v)
	}
	if !strings.Contains(v, "b1.md") {
		t.Fatalf("problem not shown:\n%s", v)
	}
}

// asksBackground reports whether a command (or batch) requests the
// terminal's background colour.
func asksBackground(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			if asksBackground(c) {
				return true
			}
		}
	default:
		return strings.Contains(fmt.Sprintf("%T", msg), "backgroundColor")
	}
	return false
}

func TestPrefetchSelected(t *testing.T) {
	m := newTestModel(t, Options{Library: twoBriefings(t)}, 80, 24)
	press(m, "j") // Alpha, after the resting delay
	found := false
	for _, d := range m.load.docs {
		found = found || strings.HasPrefix(d.b.Title, "Alpha")
	}
	if !found {
		t.Fatal("the selected briefing was not prefetched")
	}
	if m.Reading() {
		t.Fatal("prefetch opened the briefing")
	}
	// Enter now switches at once, without a load command.
	m.Update(keyMsg("enter"))
	if !m.Reading() || m.reader.doc.b.Title != "Alpha operation" {
		t.Fatal("enter on a prefetched briefing did not open it at once")
	}
}

func TestClickTab(t *testing.T) {
	for _, w := range []int{120, 40} { // full labels, and numbers only
		m := newTestModel(t, Options{Library: twoBriefings(t)}, w, 24)
		press(m, "enter")
		bar := strings.Split(plain(m), "\n")[2]
		for pane := m.PaneCount(); pane >= 1; pane-- {
			x := strings.Index(bar, fmt.Sprintf(" %d ", pane))
			if x < 0 {
				t.Fatalf("tab %d not in %q", pane, bar)
			}
			send(m, tea.MouseClickMsg{X: len([]rune(bar[:x])) + 1, Y: 2, Button: tea.MouseLeft})
			if m.ActivePane() != pane-1 {
				t.Fatalf("width %d: click on tab %d opened pane %d", w, pane, m.ActivePane()+1)
			}
			bar = strings.Split(plain(m), "\n")[2]
		}
		send(m, tea.MouseClickMsg{X: 3, Y: 10, Button: tea.MouseLeft})
		if m.ActivePane() != 0 {
			t.Fatal("a click in the body switched panes")
		}
	}
}

func TestEnterDuringPrefetchWaitsForIt(t *testing.T) {
	m := newTestModel(t, Options{Library: twoBriefings(t)}, 80, 24)
	m.load.docs = nil                                         // forget the prefetch done at start
	_, load := m.Update(prefetchMsg{seq: m.load.prefetchSeq}) // the cursor rested: loading starts
	if load == nil {
		t.Fatal("no prefetch")
	}
	_, cmd := m.Update(keyMsg("enter"))
	if m.Reading() {
		t.Fatal("enter opened a briefing still being prefetched")
	}
	if cmd != nil { // at most the lead of a big briefing, never a whole load
		if msg, ok := cmd().(briefingLoadedMsg); ok && !msg.lead {
			t.Fatal("enter started a second load of a briefing being prefetched")
		}
	}
	if !strings.Contains(plain(m), "Opening") {
		t.Fatalf("no sign of opening:\n%s", plain(m))
	}
	send(m, load())
	if !m.Reading() || !strings.Contains(plain(m), "Summary statement 1 of Beta campaign") {
		t.Fatalf("the prefetched briefing did not open:\n%s", plain(m))
	}
}

func TestLibraryProblemsShownUnlessHidden(t *testing.T) {
	fsys := fstest.MapFS{
		"good.md":   &fstest.MapFile{Data: briefings.Write(testBriefing("Alpha campaign", "2024-07-01", ""))},
		"secret.md": &fstest.MapFile{Data: []byte("---\ntitle: [unclosed\n---\n")},
	}
	lib, err := briefings.OpenFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, Options{Library: lib}, 100, 24)
	if v := plain(m); !strings.Contains(v, "secret.md") || !strings.Contains(v, "Alpha campaign") {
		t.Fatalf("a local reader should name the unreadable file and list the rest:\n%s", v)
	}
	m = newTestModel(t, Options{Library: lib, HideProblems: true}, 100, 24)
	if v := plain(m); strings.Contains(v, "secret.md") || !strings.Contains(v, "Alpha campaign") {
		t.Fatalf("a restricted session learned the name of a file outside its grant:\n%s", v)
	}
}

func TestPanicInUpdateQuitsWithoutAStackTrace(t *testing.T) {
	m := newTestModel(t, Options{Library: twoBriefings(t), OnOpen: func(string) { panic("boom") }}, 80, 24)
	_, cmd := m.Update(keyMsg("enter"))
	if cmd == nil {
		t.Fatal("a panic in Update did not quit")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("a panic in Update did not quit")
	}
	c := m.Crashed()
	if c == nil || c.Value != "boom" || !strings.Contains(string(c.Stack), "ui_test.go") || !strings.Contains(c.Error(), "internal error: boom") {
		t.Fatalf("crash not recorded: %+v", c)
	}
	if v := m.View(); v.Content != crashNote || !v.AltScreen {
		t.Fatalf("a crashed reader draws %q (alternate screen %v)", v.Content, v.AltScreen)
	}
	if _, cmd := m.Update(keyMsg("j")); cmd == nil {
		t.Fatal("a crashed reader goes on handling keys")
	}
}

func TestPanicInACommandQuitsWithoutAStackTrace(t *testing.T) {
	m := newTestModel(t, Options{Library: twoBriefings(t)}, 80, 24)
	msg := guard(func() tea.Msg { panic("bad search") })()
	if _, cmd := m.Update(msg); cmd == nil || m.Crashed() == nil || m.Crashed().Value != "bad search" {
		t.Fatalf("a panic in a command was not turned into a crash: %+v", m.Crashed())
	}
}

// A briefing re-marked AMBER after the library listed it as CLEAR is
// refused when opened: the grant is checked again on what the reader would
// show, not only on the listing.
func TestAllowCheckedOnWhatOpens(t *testing.T) {
	fsys := fstest.MapFS{"b.md": &fstest.MapFile{Data: briefings.Write(testBriefing("Alpha operation", "2024-07-01", "TLP:CLEAR"))}}
	lib, err := briefings.OpenFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	fsys["b.md"].Data = briefings.Write(testBriefing("Alpha operation", "2024-07-01", "TLP:AMBER"))
	allow := func(e briefings.Entry) bool { return e.Marking != "TLP:AMBER" }
	m := newTestModel(t, Options{Library: lib, Allow: allow}, 80, 24)
	press(m, "enter")
	if v := plain(m); m.Reading() || strings.Contains(v, "Summary statement") || !strings.Contains(v, "not available") {
		t.Fatalf("a briefing re-marked outside the grant opened:\n%s", v)
	}
}

// Every file the library could not read is listed on request, not only
// the first; a briefing with a malformed item opens with the rest shown.
func TestProblemsListedAndPartialBriefingOpens(t *testing.T) {
	good := briefings.Write(testBriefing("Alpha operation", "2024-07-01", "TLP:CLEAR"))
	partial := strings.Replace(string(good), "## Timeline\n\n", "## Timeline\n\nA stray paragraph.\n\n", 1)
	if partial == string(good) {
		t.Fatal("test briefing has no Timeline")
	}
	fsys := fstest.MapFS{
		"a.md":      &fstest.MapFile{Data: []byte(partial)},
		"bad1.md":   &fstest.MapFile{Data: []byte("no front matter\n")},
		"bad2.md":   &fstest.MapFile{Data: []byte("---\ntitle: [x\n---\n")},
		"z/bad3.md": &fstest.MapFile{Data: []byte("---\ntitle: x\n")},
	}
	lib, err := briefings.OpenFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, Options{Library: lib}, 100, 24)
	if v := plain(m); !strings.Contains(v, "! list") {
		t.Errorf("the footer does not say how to see every problem:\n%s", v)
	}
	press(m, "!")
	v := plain(m)
	for _, f := range []string{"bad1.md:1", "bad2.md:2", "z/bad3.md:1"} {
		if !strings.Contains(v, f) {
			t.Errorf("%s not listed:\n%s", f, v)
		}
	}
	press(m, "esc", "enter")
	if !m.Reading() {
		t.Fatalf("the partial briefing did not open:\n%s", plain(m))
	}
	press(m, "3")
	if v := plain(m); !strings.Contains(v, "not read") || !strings.Contains(v, "Problems") {
		t.Errorf("the Timeline does not show its unread line, or no Problems pane:\n%s", v)
	}
}

// A briefing without a marking says "unmarked" in the list and the header.
func TestUnmarkedIsSaid(t *testing.T) {
	lib := testLibrary(t, testBriefing("Plain note", "2024-07-01", ""))
	m := newTestModel(t, Options{Library: lib}, 100, 24)
	if v := plain(m); !strings.Contains(v, "2024-07-01 · unmarked") {
		t.Errorf("list:\n%s", v)
	}
	press(m, "enter")
	if v := plain(m); !strings.Contains(strings.SplitN(v, "\n", 2)[0], "unmarked") {
		t.Errorf("header:\n%s", v)
	}
}
