package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	tea "charm.land/bubbletea/v2"
	glamouransi "charm.land/glamour/v2/ansi"
	"charm.land/lipgloss/v2"
	xansi "github.com/charmbracelet/x/ansi"

	"github.com/brief-team/brief/briefings"
)

// testBriefing is a small briefing with every pane and one extra section.
func testBriefing(title, date, marking string, tags ...string) *briefings.Briefing {
	b := &briefings.Briefing{
		Title: title, Date: date, Marking: marking, Tags: tags,
		Sources: []briefings.Source{
			{ID: "S1", Title: "First report", Publisher: "Agency A", URL: "https://example.org/a", Published: "2024-07-01"},
			{ID: "S2", Title: "Second report", Publisher: "Agency B", URL: "https://example.org/b", Published: "2024-07-02"},
		},
	}
	for i := 1; i <= 12; i++ {
		b.Summary = append(b.Summary, briefings.Statement{Text: fmt.Sprintf("Summary statement %d of %s reports an event that the sources describe in some detail.", i, title), Cites: []string{"S1"}})
	}
	for i := 1; i <= 15; i++ {
		b.Actors = append(b.Actors, briefings.Actor{Name: fmt.Sprintf("Actor %d", i), Type: briefings.ActorOrganization, Role: "a role described by the source", Cites: []string{"S2"}})
	}
	for i := 1; i <= 40; i++ {
		b.Timeline = append(b.Timeline, briefings.Event{Date: fmt.Sprintf("2024-%02d-%02d", i%12+1, i%28+1), Text: fmt.Sprintf("Timeline event %d happened.", i), Cites: []string{"S1", "S2"}})
	}
	for i := 1; i <= 6; i++ {
		b.Quotes = append(b.Quotes, briefings.Quote{Text: fmt.Sprintf("Quoted words number %d from a statement.", i), Speaker: fmt.Sprintf("Speaker %d", i), Cites: []string{"S1"}})
	}
	b.Sections = []briefings.Section{{Title: "Assessment", Markdown: "An extra section with *emphasis*.\n\n- one point\n- another point\n"}}
	return b
}

// testLibrary writes briefings into an in-memory library.
func testLibrary(t testing.TB, bs ...*briefings.Briefing) *briefings.Library {
	t.Helper()
	fsys := fstest.MapFS{}
	for i, b := range bs {
		fsys[fmt.Sprintf("b%d.md", i)] = &fstest.MapFile{Data: briefings.Write(b), ModTime: time.Unix(1700000000, 0)}
	}
	lib, err := briefings.OpenFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

// settledLibrary is testLibrary in a directory of real files, written an
// hour ago so that their keys vouch for them (the item caches keep them).
func settledLibrary(t testing.TB, bs ...*briefings.Briefing) *briefings.Library {
	t.Helper()
	dir := t.TempDir()
	old := time.Now().Add(-time.Hour)
	for i, b := range bs {
		path := filepath.Join(dir, fmt.Sprintf("b%d.md", i))
		if err := os.WriteFile(path, briefings.Write(b), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, old, old); err != nil {
			t.Fatal(err)
		}
	}
	lib, err := briefings.OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

// exec runs a command and feeds its messages back into the model, like
// the program would, until no command is left. Commands that do not finish
// within 10 s are dropped (the reader starts no timers). It reports whether the
// program quit.
func exec(m *Model, cmd tea.Cmd) (quit bool) {
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		msg := runCmd(c)
		switch msg := msg.(type) {
		case nil:
		case tea.QuitMsg:
			quit = true
		case tea.BatchMsg:
			queue = append(queue, msg...)
		default:
			if fmt.Sprintf("%T", msg) == "tea.backgroundColorMsg" || strings.HasPrefix(fmt.Sprintf("%T", msg), "tea.") && !isPublic(msg) {
				continue
			}
			_, next := m.Update(msg)
			queue = append(queue, next)
		}
	}
	return quit
}

func isPublic(msg tea.Msg) bool {
	switch msg.(type) {
	case tea.WindowSizeMsg, tea.KeyPressMsg, tea.BackgroundColorMsg, tea.MouseWheelMsg:
		return true
	}
	return false
}

func runCmd(c tea.Cmd) tea.Msg {
	ch := make(chan tea.Msg, 1)
	go func() { ch <- c() }()
	select {
	case msg := <-ch:
		return msg
	case <-time.After(10 * time.Second):
		return nil
	}
}

// send delivers one message and runs the resulting commands.
func send(m *Model, msg tea.Msg) (quit bool) {
	_, cmd := m.Update(msg)
	return exec(m, cmd)
}

// press sends key presses by name: "j", "enter", "shift+tab", "ctrl+c"...
func press(m *Model, keys ...string) (quit bool) {
	for _, k := range keys {
		if send(m, keyMsg(k)) {
			quit = true
		}
	}
	return quit
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	}
	if strings.HasPrefix(k, "ctrl+") && len(k) == 6 {
		return tea.KeyPressMsg{Code: rune(k[5]), Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	if r >= 'A' && r <= 'Z' {
		return tea.KeyPressMsg{Code: r + 32, ShiftedCode: r, Text: k, Mod: tea.ModShift}
	}
	return tea.KeyPressMsg{Code: r, Text: k}
}

// newTestModel returns a model sized w x h on lib, with its start-up
// commands run.
func newTestModel(t testing.TB, opts Options, w, h int) *Model {
	t.Helper()
	if opts.Style == "" {
		opts.Style = StyleDark
	}
	m := New(opts)
	exec(m, m.Init())
	send(m, tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// plain returns the view as text without escape sequences.
func plain(m *Model) string { return xansi.Strip(m.View().Content) }

type ansiStyle = glamouransi.StyleConfig

func lipglossWidth(s string) int { return lipgloss.Width(s) }

func init() {
	// The tests run commands synchronously; no need to wait for a resting
	// cursor.
	prefetchDelay = 0
}
