package ui

import (
	"fmt"
	"testing"

	"github.com/brief-team/brief/briefings"
	"github.com/charmbracelet/x/exp/golden"
)

// TestGoldenPanes pins the reader's look: every pane at 80x24 and 120x40,
// in dark and light. Regenerate with go test ./ui -update.
func TestGoldenPanes(t *testing.T) {
	lib := testLibrary(t, testBriefing("Alpha operation", "2024-07-01", "TLP:AMBER", "cyber", "iran"))
	for _, style := range []string{StyleDark, StyleLight} {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			m := newTestModel(t, Options{Library: lib, Style: style}, size[0], size[1])
			press(m, "enter")
			// The standard panes, whether or not enter opened anything: a
			// reader that did not open fails here rather than pinning
			// nothing.
			if !m.Reading() || m.PaneCount() < len(briefings.StandardPanes) {
				t.Fatalf("enter did not open the briefing with its %d panes:\n%s", len(briefings.StandardPanes), m.View().Content)
			}
			for pane := 1; pane <= len(briefings.StandardPanes); pane++ {
				press(m, fmt.Sprint(pane))
				t.Run(fmt.Sprintf("%s/%dx%d/pane%d", style, size[0], size[1], pane), func(t *testing.T) {
					golden.RequireEqual(t, m.View().Content)
				})
			}
		}
	}
}

// TestGoldenLibrary pins the library list.
func TestGoldenLibrary(t *testing.T) {
	for _, style := range []string{StyleDark, StyleLight, StyleASCII} {
		t.Run(style, func(t *testing.T) {
			m := newTestModel(t, Options{Library: twoBriefings(t), Style: style}, 80, 24)
			golden.RequireEqual(t, m.View().Content)
		})
	}
}

// TestGoldenSmall pins the smallest laid-out window and the too-small
// message.
func TestGoldenSmall(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {39, 12}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, Options{Library: twoBriefings(t)}, size[0], size[1])
			press(m, "enter")
			golden.RequireEqual(t, m.View().Content)
		})
	}
}
