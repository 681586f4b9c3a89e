package ui

import (
	"fmt"
	"runtime/debug"

	tea "charm.land/bubbletea/v2"
)

// A panic in the reader's own code follows one of two policies, and every
// place that can panic is built with the function that names its policy:
//
//   - fatal: Update (m.Update), View (m.View) and the commands built with
//     guard (search, &PATTERN, reading sources and finding evidence). The
//     reader keeps the Crash, draws only crashNote and quits; its caller
//     prints one line (Crashed). A stack trace must never reach the
//     analyst's screen, and a model in an unknown state must not go on.
//   - contained: the commands built with contain (loading a briefing, its
//     lead or the library; rendering a chunk) and RenderMarkdown. The panic
//     becomes the error of that one file or chunk, shown in the status line
//     or in the pane, and the reader goes on: one bad file must not end a
//     session, and such work touches no model state.
//
// recovered is the one place that recovers.

// Crash is a panic the reader caught in its own code.
type Crash struct {
	Value string // what was panicked with
	Stack []byte // where
}

// newCrash records a recovered panic value and where it happened.
func newCrash(r any) *Crash { return &Crash{Value: fmt.Sprint(r), Stack: debug.Stack()} }

// Error implements error.
func (c *Crash) Error() string { return "internal error: " + c.Value }

// recovered runs f and returns the panic it raised, or nil.
func recovered(f func()) (c *Crash) {
	defer func() {
		if r := recover(); r != nil {
			c = newCrash(r)
		}
	}()
	f()
	return nil
}

// crashMsg carries a panic caught in a command.
type crashMsg struct{ c *Crash }

// guard builds a command whose panic ends the reader (policy fatal): it
// becomes a crashMsg, which Update turns into a crash.
func guard(f func() tea.Msg) tea.Cmd {
	return func() tea.Msg {
		var msg tea.Msg
		if c := recovered(func() { msg = f() }); c != nil {
			return crashMsg{c}
		}
		return msg
	}
}

// contain builds a command whose panic becomes the message failed makes of
// it (policy contained): the error of the one file or chunk the command
// worked on.
func contain(f func() tea.Msg, failed func(*Crash) tea.Msg) tea.Cmd {
	return func() tea.Msg {
		var msg tea.Msg
		if c := recovered(func() { msg = f() }); c != nil {
			return failed(c)
		}
		return msg
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
