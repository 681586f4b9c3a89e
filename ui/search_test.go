package ui

import (
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/brief-team/brief/briefings"
	synthpkg "github.com/brief-team/brief/internal/synth"
	"github.com/brief-team/brief/ui/search"
)

// typeText presses one key per character ("space" for blanks).
func typeText(m *Model, s string) {
	for _, r := range s {
		k := string(r)
		if r == ' ' {
			k = "space"
		}
		press(m, k)
	}
}

// footer returns the last line of the view, as text.
func footer(m *Model) string {
	lines := strings.Split(plain(m), "\n")
	return lines[len(lines)-1]
}

// tabs returns the tab bar, as text.
func tabs(m *Model) string { return strings.Split(plain(m), "\n")[2] }

// searchReader opens the test briefing in an 80x24 reader.
func searchReader(t *testing.T) *Model { return searchReaderAt(t, 80) }

// searchReaderWide is wide enough for every tab's title and count (six
// panes with Sources).
func searchReaderWide(t *testing.T) *Model { return searchReaderAt(t, 100) }

func searchReaderAt(t *testing.T, width int) *Model {
	t.Helper()
	lib := testLibrary(t, testBriefing("Alpha operation", "2024-07-01", "TLP:AMBER", "cyber"))
	m := newTestModel(t, Options{Library: lib}, width, 24)
	press(m, "enter")
	if !m.Reading() {
		t.Fatal("briefing not open")
	}
	return m
}

// highlighted returns the text of the view's cells drawn with the
// current-match style and with the match style.
func highlighted(m *Model) (current, others []string) {
	cur := sgrPrefix(m.styles.CurrentMatch)
	oth := sgrPrefix(m.styles.Match)
	for _, line := range strings.Split(m.View().Content, "\n") {
		for _, part := range strings.Split(line, "\x1b[m")[1:] {
			switch {
			case strings.HasPrefix(part, cur):
				current = append(current, strings.TrimPrefix(part, cur))
			case strings.HasPrefix(part, oth):
				others = append(others, strings.TrimPrefix(part, oth))
			}
		}
	}
	return current, others
}

func sgrPrefix(st interface{ Render(...string) string }) string {
	out := st.Render("x")
	return out[:strings.Index(out, "x")]
}

func TestSearchIncrementalCountsAndEnter(t *testing.T) {
	m := searchReaderWide(t)
	press(m, "/")
	if !strings.HasPrefix(strings.TrimSpace(footer(m)), "/") {
		t.Fatalf("no search line in the footer: %q", footer(m))
	}
	typeText(m, "statement")
	// Incremental: highlighted in every pane before enter, with counts.
	if got := tabs(m); !strings.Contains(got, "Summary (12)") || !strings.Contains(got, "Source quotes (6)") || strings.Contains(got, "Actors (") {
		t.Fatalf("tab counts: %q", got)
	}
	cur, others := highlighted(m)
	if len(cur) != 1 || cur[0] != "statement" || len(others) == 0 {
		t.Fatalf("highlights while typing: current %q, others %q", cur, others)
	}
	if !strings.Contains(footer(m), "/statement") || !strings.Contains(footer(m), "match 1 of 18") {
		t.Fatalf("footer while typing: %q", footer(m))
	}
	press(m, "enter")
	f := footer(m)
	if !strings.Contains(f, "/statement") || !strings.Contains(f, "match 1 of 18") {
		t.Fatalf("footer after enter: %q", f)
	}
	// Keys read the briefing again: j scrolls.
	press(m, "j")
	if y, _ := m.Viewport(); y != 1 {
		t.Fatalf("j after enter: first line %d", y)
	}
}

func TestSearchNextPrevAcrossPanesAndWrap(t *testing.T) {
	m := searchReader(t)
	press(m, "/")
	typeText(m, "statement")
	press(m, "enter")
	for i := 2; i <= 12; i++ {
		press(m, "n")
		if !strings.Contains(footer(m), "match "+strconv.Itoa(i)+" of 18") || m.ActivePane() != 0 {
			t.Fatalf("n #%d: pane %d, footer %q", i, m.ActivePane(), footer(m))
		}
	}
	// The current match is on screen, with context above it.
	if cur, _ := highlighted(m); len(cur) != 1 {
		t.Fatalf("current match not on screen after n: %q\n%s", cur, plain(m))
	}
	if !strings.Contains(plain(m), "Summary statement 12 ") {
		t.Fatalf("match 12 not visible:\n%s", plain(m))
	}
	press(m, "n") // into Source quotes
	if m.ActivePane() != 3 || !strings.Contains(footer(m), "match 13 of 18") {
		t.Fatalf("n did not cross into Source quotes: pane %d, %q", m.ActivePane(), footer(m))
	}
	press(m, "N") // back into Summary
	if m.ActivePane() != 0 || !strings.Contains(footer(m), "match 12 of 18") {
		t.Fatalf("N did not cross back: pane %d, %q", m.ActivePane(), footer(m))
	}
	press(m, "n", "n", "n", "n", "n", "n") // 13..18
	if !strings.Contains(footer(m), "match 18 of 18") || strings.Contains(footer(m), "wrapped") {
		t.Fatalf("at the last match: %q", footer(m))
	}
	press(m, "n")
	if m.ActivePane() != 0 || !strings.Contains(footer(m), "match 1 of 18") || !strings.Contains(footer(m), "search wrapped") {
		t.Fatalf("n at the end: pane %d, %q", m.ActivePane(), footer(m))
	}
	press(m, "N")
	if m.ActivePane() != 3 || !strings.Contains(footer(m), "match 18 of 18") || !strings.Contains(footer(m), "search wrapped") {
		t.Fatalf("N at the start: pane %d, %q", m.ActivePane(), footer(m))
	}
	press(m, "N")
	if strings.Contains(footer(m), "wrapped") {
		t.Fatalf("wrapped shown after a plain N: %q", footer(m))
	}
}

func TestSearchNoMatchKeepsPosition(t *testing.T) {
	m := searchReader(t)
	press(m, "3", "j", "j", "j")
	before, _ := m.Viewport()
	press(m, "/")
	typeText(m, "zebra")
	if !strings.Contains(footer(m), "no matches for zebra") {
		t.Fatalf("while typing: %q", footer(m))
	}
	press(m, "enter")
	if y, _ := m.Viewport(); y != before || m.ActivePane() != 2 {
		t.Fatalf("position changed: pane %d line %d, want 2 %d", m.ActivePane(), y, before)
	}
	if !strings.Contains(footer(m), "no matches for zebra") {
		t.Fatalf("after enter: %q", footer(m))
	}
	press(m, "n")
	if y, _ := m.Viewport(); y != before || m.ActivePane() != 2 {
		t.Fatal("n moved without matches")
	}
}

func TestSearchEscWhileTypingRestores(t *testing.T) {
	m := searchReader(t)
	press(m, "3", "j", "j", "j", "j")
	press(m, "/")
	typeText(m, "summary statement 9")
	if m.ActivePane() != 0 {
		t.Fatalf("incremental search did not go to the match: pane %d", m.ActivePane())
	}
	press(m, "esc")
	if y, _ := m.Viewport(); m.ActivePane() != 2 || y != 4 {
		t.Fatalf("esc did not restore: pane %d line %d", m.ActivePane(), y)
	}
	if cur, others := highlighted(m); len(cur)+len(others) > 0 || strings.Contains(tabs(m), "(") {
		t.Fatalf("highlights left after esc: %q %q %q", cur, others, tabs(m))
	}
	if !m.Reading() {
		t.Fatal("esc while typing left the reader")
	}
}

func TestSearchEscWhileReadingClears(t *testing.T) {
	m := searchReader(t)
	press(m, "/")
	typeText(m, "statement")
	press(m, "enter")
	press(m, "esc")
	if !m.Reading() {
		t.Fatal("first esc left the reader instead of clearing the search")
	}
	if cur, others := highlighted(m); len(cur)+len(others) > 0 || strings.Contains(tabs(m), "(") || strings.Contains(footer(m), "match") {
		t.Fatalf("search not cleared: %q %q %q %q", cur, others, tabs(m), footer(m))
	}
	press(m, "esc")
	if m.Reading() {
		t.Fatal("second esc did not go back to the library")
	}
}

func TestSearchRegexpHelpAndErrors(t *testing.T) {
	m := searchReaderWide(t)
	press(m, "/")
	typeText(m, "statement")
	press(m, "enter")
	press(m, "n", "n")
	y0, _ := m.Viewport()

	press(m, "/", "?")
	if !strings.Contains(footer(m), "regexp") {
		t.Fatalf("? on an empty search line: %q", footer(m))
	}
	press(m, "esc", "/")
	send(m, tea.KeyPressMsg{Code: 'r', Mod: tea.ModCtrl})
	if !strings.Contains(footer(m), "regexp") {
		t.Fatalf("ctrl+r: %q", footer(m))
	}
	typeText(m, "/(actor")
	if !strings.Contains(footer(m), "bad regexp") || !strings.Contains(footer(m), "missing closing )") {
		t.Fatalf("invalid regexp: %q", footer(m))
	}
	press(m, "enter") // refused: the line stays open with its error
	if !m.search.typing {
		t.Fatal("enter accepted an invalid regexp")
	}
	typeText(m, "|event) [0-9]+/")
	press(m, "enter")
	if got := tabs(m); !strings.Contains(got, "Actors (15)") || !strings.Contains(got, "Timeline (40)") {
		t.Fatalf("regexp counts: %q", got)
	}
	if !strings.Contains(footer(m), "of 55") {
		t.Fatalf("regexp footer: %q", footer(m))
	}
	// Smart case in a regexp: upper-case A makes it case-sensitive.
	press(m, "/")
	typeText(m, "/Actor [0-9]+/")
	press(m, "enter")
	if !strings.Contains(footer(m), "of 15") {
		t.Fatalf("case-sensitive regexp: %q", footer(m))
	}
	_ = y0
}

func TestSearchInvalidRegexpChangesNothing(t *testing.T) {
	m := searchReader(t)
	press(m, "/")
	typeText(m, "detail")
	press(m, "enter")
	press(m, "n", "n")
	before := plain(m)
	k := m.search.current
	press(m, "/")
	typeText(m, "/[")
	if !strings.Contains(footer(m), "bad regexp") {
		t.Fatalf("footer: %q", footer(m))
	}
	// Body and tab bar as before: same highlights, same position.
	if strings.Join(strings.Split(plain(m), "\n")[:23], "\n") != strings.Join(strings.Split(before, "\n")[:23], "\n") || m.search.current != k {
		t.Fatalf("an invalid regexp changed the view:\n%s\n---\n%s", before, plain(m))
	}
}

func TestSearchSurvivesResize(t *testing.T) {
	m := searchReader(t)
	press(m, "/")
	typeText(m, "detail")
	press(m, "enter")
	press(m, "n", "n", "n")
	send(m, tea.WindowSizeMsg{Width: 50, Height: 20})
	if !strings.Contains(tabs(m)+footer(m), "(12)") && !strings.Contains(footer(m), "match 4 of 12") {
		t.Fatalf("after resize: %q %q", tabs(m), footer(m))
	}
	if !strings.Contains(footer(m), "match 4 of 12") {
		t.Fatalf("current match lost on resize: %q", footer(m))
	}
	cur, others := highlighted(m)
	if len(cur)+len(others) == 0 {
		t.Fatalf("no highlights after resize:\n%s", plain(m))
	}
	for _, h := range append(cur, others...) {
		if h != "detail" {
			t.Fatalf("highlight %q after resize (re-wrapped text must be matched again)", h)
		}
	}
	press(m, "n")
	if !strings.Contains(footer(m), "match 5 of 12") {
		t.Fatalf("n after resize: %q", footer(m))
	}
}

func TestSearchSurvivesReload(t *testing.T) {
	b := testBriefing("Alpha operation", "2024-07-01", "TLP:AMBER")
	b2 := testBriefing("Alpha operation", "2024-07-01", "TLP:AMBER")
	b2.Timeline[0].Text = "A corrected first event with new detail."
	opts := Options{Library: testLibrary(t, b), Reload: func(*briefings.Library, []string) (*briefings.Library, error) {
		return testLibrary(t, b2), nil
	}}
	m := newTestModel(t, opts, 100, 24)
	press(m, "enter", "/")
	typeText(m, "detail")
	press(m, "enter")
	if !strings.Contains(footer(m), "of 12") {
		t.Fatalf("before reload: %q", footer(m))
	}
	send(m, ReloadMsg{Paths: []string{"b0.md"}})
	if !strings.Contains(footer(m), "of 13") || !strings.Contains(tabs(m), "Timeline (1)") {
		t.Fatalf("matches not recomputed on reload: %q %q", tabs(m), footer(m))
	}
}

func TestSearchWrappedPhraseHighlightsBothLines(t *testing.T) {
	m := searchReader(t)
	press(m, "/")
	// "the sources" ends one line, "describe in" starts the next.
	typeText(m, "sources describe in")
	press(m, "enter")
	cur, _ := highlighted(m)
	if len(cur) != 2 || cur[0] != "sources" || cur[1] != "describe in" {
		t.Fatalf("wrapped phrase: current match segments %q", cur)
	}
}

func TestSearchOpeningAnotherBriefingDropsIt(t *testing.T) {
	m := newTestModel(t, Options{Library: twoBriefings(t)}, 80, 24)
	press(m, "enter", "/")
	typeText(m, "statement")
	press(m, "enter", "q", "j", "enter")
	if strings.Contains(tabs(m), "(") || strings.Contains(footer(m), "match") {
		t.Fatalf("search carried into another briefing: %q %q", tabs(m), footer(m))
	}
}

// TestGoldenSearch pins the look of highlights: the current match, other
// matches, the counts in the tab bar and the footer.
func TestGoldenSearch(t *testing.T) {
	for _, style := range []string{StyleDark, StyleLight, StyleASCII} {
		t.Run(style, func(t *testing.T) {
			lib := testLibrary(t, testBriefing("Alpha operation", "2024-07-01", "TLP:AMBER", "cyber"))
			m := newTestModel(t, Options{Library: lib, Style: style}, 80, 24)
			press(m, "enter", "/")
			typeText(m, "statement")
			press(m, "enter", "n")
			golden.RequireEqual(t, m.View().Content)
		})
	}
}

func TestSearchLineTakesAllKeys(t *testing.T) {
	m := searchReader(t)
	press(m, "/")
	// q, j, n, 2, ? (not first) and tab would quit, scroll, walk, switch
	// panes or toggle help outside the search line.
	if press(m, "q", "u", "o", "t", "e", "d", "?", "2", "j", "n") {
		t.Fatal("a key in the search line quit")
	}
	if !m.Reading() || !m.search.typing || m.search.input.Value() != "quoted?2jn" || m.ActivePane() != 0 || m.help.ShowAll {
		t.Fatalf("keys escaped the search line: reading %v typing %v value %q pane %d",
			m.Reading(), m.search.typing, m.search.input.Value(), m.ActivePane())
	}
	if press(m, "ctrl+c") == false {
		t.Fatal("ctrl+c must still quit")
	}
}

// TestSearchWhileRendering types a search while a large briefing is still
// being rendered, with commands running concurrently as in the program:
// the matches follow the panes as their chunks arrive and end up exactly
// those of the finished panes.
func TestSearchWhileRendering(t *testing.T) {
	lib, err := briefings.OpenFS(fstest.MapFS{"synth.md": {Data: synthpkg.Synthetic(300 << 10), ModTime: time.Unix(1700000000, 0)}})
	if err != nil {
		t.Fatal(err)
	}
	m := New(Options{Library: lib, Style: StyleDark})
	m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})

	msgs := make(chan tea.Msg, 256)
	running := 0
	start := func(c tea.Cmd) {
		if c == nil {
			return
		}
		running++
		go func() { msgs <- c() }()
	}
	update := func(msg tea.Msg) {
		_, cmd := m.Update(msg)
		start(cmd)
	}
	update(keyMsg("enter"))
	typed := false
	allDone := func() bool {
		for i := range m.PaneCount() {
			if _, complete := m.PaneLines(i); !complete {
				return false
			}
		}
		return m.PaneCount() > 0 && !m.search.inflight && !m.search.pending
	}
	deadline := time.After(60 * time.Second)
	for running > 0 {
		var msg tea.Msg
		select {
		case msg = <-msgs:
		case <-deadline:
			t.Fatal("rendering and searching did not finish")
		}
		running--
		if b, ok := msg.(tea.BatchMsg); ok {
			for _, c := range b {
				start(c)
			}
			continue
		}
		if msg != nil {
			update(msg)
		}
		if !typed && m.Reading() {
			if _, complete := m.PaneLines(m.PaneCount() - 1); complete {
				t.Fatal("test premise: the panes finished rendering before the search")
			}
			typed = true
			for _, k := range []string{"/", "m", "i", "n", "i", "s", "t", "r", "y"} {
				update(keyMsg(k))
			}
		}
		if typed && allDone() && running == 0 {
			break
		}
	}
	if !allDone() {
		t.Fatal("not finished")
	}
	// The same search over the finished panes, from scratch.
	var panes []*search.Pane
	for i := range m.PaneCount() {
		lines, _ := m.PaneLines(i)
		panes = append(panes, search.NewPane("", lines))
	}
	q, _ := search.Compile("ministry")
	want := search.Search(panes, q)
	if want.Len() == 0 {
		t.Fatal("test premise: no matches")
	}
	got := m.search.index
	if got == nil || got.Len() != want.Len() {
		t.Fatalf("%v matches, want %d", got.Len(), want.Len())
	}
	for i := range m.PaneCount() {
		if got.Count(i) != want.Count(i) {
			t.Errorf("pane %d: %d matches, want %d", i, got.Count(i), want.Count(i))
		}
	}
}

func TestSearchNextFromScrolledPosition(t *testing.T) {
	m := searchReader(t)
	press(m, "/")
	typeText(m, "statement")
	press(m, "enter")
	// Scroll away from match 1: n continues from the screen, as in less.
	press(m, "space")
	top, _ := m.Viewport()
	press(m, "n")
	k := m.search.current
	match := m.search.index.Match(k)
	if match.Pane != 0 || match.Line < top || k == 1 {
		t.Fatalf("n after scrolling went to match %d on line %d (screen top %d)", k+1, match.Line, top)
	}
	// From the Timeline (no matches), n goes on to Source quotes.
	press(m, "3", "n")
	if m.ActivePane() != 3 || !strings.Contains(footer(m), "match 13 of 18") {
		t.Fatalf("n from the Timeline: pane %d, %q", m.ActivePane(), footer(m))
	}
	// N from the Timeline goes back to the last match of the Summary.
	press(m, "3", "N")
	if m.ActivePane() != 0 || !strings.Contains(footer(m), "match 12 of 18") {
		t.Fatalf("N from the Timeline: pane %d, %q", m.ActivePane(), footer(m))
	}
}
