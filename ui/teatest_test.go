package ui

import (
	"bytes"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestProgramSmoke runs the reader as a whole program (the real event loop,
// commands on their goroutines) and checks where it ends, not its bytes.
func TestProgramSmoke(t *testing.T) {
	m := New(Options{Library: twoBriefings(t)}) // Style "": asks for the background
	tm := teatest.NewTestModel(t, m,
		teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.ANSI256)))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Beta campaign")) },
		teatest.WithDuration(5*time.Second))
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Summary statement")) },
		teatest.WithDuration(5*time.Second))
	tm.Send(tea.KeyPressMsg{Code: '3', Text: "3"})
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("happened")) },
		teatest.WithDuration(5*time.Second))
	tm.Send(tea.KeyPressMsg{Code: 'j', Text: "j"})
	tm.Send(tea.KeyPressMsg{Code: 'q', Text: "q"}) // back to the library
	tm.Send(tea.KeyPressMsg{Code: 'q', Text: "q"}) // quit
	final, ok := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
	if !ok {
		t.Fatal("final model is not *Model")
	}
	if final.Reading() || final.reader.doc == nil || final.reader.active != 2 {
		t.Fatalf("final state: reading=%v pane=%d", final.Reading(), final.reader.active)
	}
	if y := final.reader.pos[2]; y.off != 1 || y.chunk != 0 {
		t.Fatalf("timeline position %+v, want line 1", y)
	}
}
