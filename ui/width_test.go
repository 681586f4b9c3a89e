package ui

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

// widestBody is the widest body line of the reader's view, as text.
func widestBody(m *Model) int {
	lines := strings.Split(plain(m), "\n")
	w := 0
	for _, l := range lines[3 : len(lines)-1] {
		w = max(w, lipgloss.Width(strings.TrimRight(l, " ")))
	}
	return w
}

// TestReadingWidth: the panes' text wraps at a reading width, 100 columns
// unless Options.Width says otherwise (negative: the full window), as
// glow's --width does. It failed before: at 220 columns the text ran to
// the window's edge.
func TestReadingWidth(t *testing.T) {
	lib := testLibrary(t, testBriefing("Alpha operation", "2024-07-01", "TLP:AMBER", "cyber"))
	for _, tc := range []struct {
		width, window int
		min, max      int
	}{
		{0, 220, 80, DefaultWidth},
		{60, 220, 40, 60},
		{-1, 220, 101, 220},
		{0, 80, 60, 80}, // a narrower window wins
	} {
		m := newTestModel(t, Options{Library: lib, Width: tc.width}, tc.window, 30)
		press(m, "enter")
		if got := widestBody(m); got < tc.min || got > tc.max {
			t.Errorf("Width %d in %d columns: text %d wide, want %d to %d:\n%s", tc.width, tc.window, got, tc.min, tc.max, plain(m))
		}
		// The header and the footer still use the whole window.
		if tc.window == 220 && !strings.Contains(strings.Split(plain(m), "\n")[0][150:], "TLP:AMBER") {
			t.Errorf("the marking is no longer at the window's right edge")
		}
	}
}
