package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// Search speed targets (issue 3), on the synthetic 5 MB briefing with every
// pane rendered: a keystroke in the search line re-matches all panes in
// under 20 ms; n to the next match, switching pane, under 2 ms; drawing
// the highlights adds under 1 ms to View.

var searchBenchModel *Model

// renderedSynth5MB returns a reader on the 5 MB synthetic briefing with
// every pane rendered at 120x40 (built once: glamour takes a while).
func renderedSynth5MB(b *testing.B) *Model {
	if searchBenchModel != nil {
		return searchBenchModel
	}
	m := New(Options{Library: synthLibrary(b, 5<<20), Style: StyleDark})
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	_, cmd := m.Update(keyMsg("enter"))
	allRendered := func() bool {
		if m.PaneCount() == 0 || m.reader.doc.lead {
			return false
		}
		for i := range m.PaneCount() {
			if _, complete := m.PaneLines(i); !complete {
				return false
			}
		}
		return true
	}
	pumpUntil(m, cmd, allRendered)
	if !allRendered() {
		b.Fatal("panes not rendered")
	}
	searchBenchModel = m
	return m
}

// searchFor types a query into a fresh search line and waits for its
// matches (the first search also prepares the panes' text, once).
func searchFor(b *testing.B, m *Model, q string) {
	b.Helper()
	if m.search.typing {
		send(m, keyMsg("esc"))
	}
	if m.search.active() {
		send(m, keyMsg("esc")) // clear the previous search
	}
	if !m.Reading() {
		b.Fatal("not reading")
	}
	send(m, keyMsg("/"))
	for _, r := range q {
		send(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	if m.search.index == nil {
		b.Fatalf("no matches computed for %q", q)
	}
}

// BenchmarkSearchKeystroke5MB is one key typed in the search line (and
// one taken back): Update, the search command over every pane, the Update
// that takes its matches, and View. ns/op covers the two keys.
func BenchmarkSearchKeystroke5MB(b *testing.B) {
	for _, tc := range []struct{ name, typed, key string }{
		{"word", "ministr", "y"}, //nolint:misspell // a word typed halfway, on purpose
		{"phrase", "intelligence servic", "e"},
		{"regexp", "/ministry.*tax", "/"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			m := renderedSynth5MB(b)
			searchFor(b, m, tc.typed)
			k := []rune(tc.key)[0]
			for b.Loop() {
				send(m, tea.KeyPressMsg{Code: k, Text: tc.key})
				_ = m.View()
				send(m, keyMsg("backspace"))
				_ = m.View()
			}
			b.ReportMetric(float64(m.search.index.Len()), "matches")
		})
	}
}

// BenchmarkSearchNextPaneSwitch5MB is n from the last match of the Summary
// into the next pane: Update and View.
func BenchmarkSearchNextPaneSwitch5MB(b *testing.B) {
	m := renderedSynth5MB(b)
	searchFor(b, m, "ministry")
	send(m, keyMsg("enter"))
	last := m.search.index.Count(0) - 1
	for b.Loop() {
		b.StopTimer()
		m.search.current = last
		m.ShowLine(0, m.search.index.Match(last).Line, 3)
		b.StartTimer()
		send(m, keyMsg("n"))
		_ = m.View()
		if m.ActivePane() == 0 {
			b.Fatal("n did not switch pane")
		}
	}
}

// BenchmarkViewSearchHighlights5MB is View with a screenful of matches
// highlighted; compare BenchmarkViewNoSearch5MB for the cost they add.
func BenchmarkViewSearchHighlights5MB(b *testing.B) {
	m := renderedSynth5MB(b)
	searchFor(b, m, "the")
	send(m, keyMsg("enter"))
	for b.Loop() {
		_ = m.View()
	}
}

// BenchmarkViewNoSearch5MB is the same View without a search.
func BenchmarkViewNoSearch5MB(b *testing.B) {
	m := renderedSynth5MB(b)
	searchFor(b, m, "the")
	send(m, keyMsg("enter"))
	send(m, keyMsg("esc"))
	for b.Loop() {
		_ = m.View()
	}
}
