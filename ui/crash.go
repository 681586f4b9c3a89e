package ui

import (
	"fmt"
	"runtime/debug"

	tea "charm.land/bubbletea/v2"
)

// Crash is a panic the reader caught in its own code.
type Crash struct {
	Value string // what was panicked with
	Stack []byte // where
}

// newCrash records a recovered panic value and where it happened.
func newCrash(r any) *Crash { return &Crash{Value: fmt.Sprint(r), Stack: debug.Stack()} }

// Error implements error.
func (c *Crash) Error() string { return "internal error: " + c.Value }

// crashMsg carries a panic caught in a command.
type crashMsg struct{ c *Crash }

// guard runs a command's work, turning a panic into a crashMsg so that
// Bubble Tea never prints a stack trace on the analyst's screen.
func guard(f func() tea.Msg) tea.Cmd {
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = crashMsg{newCrash(r)}
			}
		}()
		return f()
	}
}

// crashNote is all a crashed reader draws until its next message quits it.
const crashNote = "brief hit an internal error; press any key to quit."

// crashView stays on the alternate screen, so the note leaves with the
// reader instead of staying in the shell's scrollback beside the one-line
// error the caller prints.
func crashView() tea.View {
	v := tea.NewView(crashNote)
	v.AltScreen = true
	return v
}

// Crashed returns the panic that ended the reader, or nil. A crashed reader
// quits at once and draws nothing more; its caller says what happened.
func (m *Model) Crashed() *Crash { return m.crash }
