// Command bare is a Bubble Tea program whose Update and View cost
// nothing: a key redraws a screen of lines that name the frame. It is the
// floor of BenchmarkTmuxKeyToScreen1MB for any program on Bubble Tea's
// renderer at brief's frame rate.
package main

import (
	"fmt"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"
)

type model struct{ frame, height int }

func (m model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if msg.String() == "q" {
			return m, tea.Quit
		}
		m.frame++
	case tea.WindowSizeMsg:
		m.height = msg.Height
	}
	return m, nil
}

func (m model) View() tea.View {
	var b strings.Builder
	for i := range max(m.height-1, 1) {
		fmt.Fprintf(&b, "line %d of frame %d: ready\n", i, m.frame)
	}
	v := tea.NewView(b.String())
	v.AltScreen = true
	return v
}

func main() {
	if _, err := tea.NewProgram(model{}, tea.WithFPS(120)).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
