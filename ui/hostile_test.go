package ui

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	xansi "github.com/charmbracelet/x/ansi"

	tea "charm.land/bubbletea/v2"

	"github.com/brief-team/brief/briefings"
)

// tenBriefings is a library of ten briefings, more than one page of the
// list at 80x24.
func tenBriefings(t testing.TB) *briefings.Library {
	var bs []*briefings.Briefing
	for i := range 10 {
		bs = append(bs, testBriefing(fmt.Sprintf("Operation %c", 'A'+i), fmt.Sprintf("2024-07-%02d", i+1), "TLP:CLEAR"))
	}
	bs[8].Title = "Operation 9 lives"
	return testLibrary(t, bs...)
}

// TestFilterBurst: a filter, enter and G arriving in one write (a paste, a
// laggy SSH link) reach the list before the asynchronous filter result.
// The list must not be left on a page the result does not have.
func TestFilterBurst(t *testing.T) {
	m := newTestModel(t, Options{Library: tenBriefings(t)}, 80, 24)
	if m.list.Paginator.TotalPages < 2 {
		t.Fatalf("the test needs more than one page; got %d", m.list.Paginator.TotalPages)
	}
	// Every key is handled before any command runs, as when the keys
	// arrive in one read.
	var cmds []tea.Cmd
	for _, k := range []string{"/", "9", "enter", "G"} {
		_, cmd := m.Update(keyMsg(k))
		cmds = append(cmds, cmd)
	}
	for _, c := range cmds {
		exec(m, c)
	}
	v := plain(m)
	if c := m.Crashed(); c != nil {
		t.Fatalf("the reader crashed: %v", c.Value)
	}
	if !strings.Contains(v, "Operation 9 lives") {
		t.Fatalf("the filtered briefing is not shown:\n%s", v)
	}
	press(m, "enter")
	if !m.Reading() || !strings.Contains(plain(m), "Operation 9 lives") {
		t.Fatalf("enter did not open the filtered briefing:\n%s", plain(m))
	}
}

// hostileNesting is markdown nested past any sensible depth, each small.
func hostileNesting() map[string]string {
	var indented, manyDeep strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&indented, "%s- item %d\n", strings.Repeat("  ", i), i)
	}
	for i := range 300 {
		fmt.Fprintf(&manyDeep, "%sblock %d deep\n\n", strings.Repeat("> ", 16), i)
	}
	return map[string]string{
		"100 quotes":           strings.Repeat("> ", 100) + "deep\n",
		"1000 quotes":          strings.Repeat("> ", 1000) + "deep\n",
		"1000 dashes":          strings.Repeat("- ", 1000) + "deep\n",
		"1000 ordered":         strings.Repeat("1. ", 1000) + "deep\n",
		"500 quoted lists":     strings.Repeat("> - ", 500) + "deep\n",
		"1000 indented lists":  indented.String() + "\ndeep\n",
		"300 quotes 16 deep":   manyDeep.String() + "deep\n",
		"quote holding a list": strings.Repeat("> ", 60) + "- a\n" + strings.Repeat("> ", 60) + "  - deep\n",
	}
}

// renderWithin renders pane of b, failing the test if it takes longer than
// d (the render goes on in the background then; the test binary ends it).
func renderWithin(t *testing.T, b *briefings.Briefing, pane, width int, d time.Duration) string {
	t.Helper()
	type result struct {
		s   string
		err error
	}
	done := make(chan result, 1)
	go func() {
		s, err := RenderPane(b, pane, width, StyleDark)
		done <- result{s, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			t.Fatal(r.err)
		}
		return r.s
	case <-time.After(d * raceSlowdown):
		t.Fatalf("rendering at width %d took more than %v", width, d*raceSlowdown)
	}
	return ""
}

// TestHostileNestingIsBounded: deep nesting renders in bounded time (the
// target is 1 s for each file; 10 s here for a loaded CI machine), keeps
// its text, and says that it was shown flat.
func TestHostileNestingIsBounded(t *testing.T) {
	for name, md := range hostileNesting() {
		t.Run(name, func(t *testing.T) {
			b := testBriefing("Nested", "2024-07-01", "")
			b.Sections = []briefings.Section{{Title: "Deep", Markdown: md}}
			for _, w := range []int{20, 40, 80, 200} {
				start := time.Now()
				out := xansi.Strip(renderWithin(t, b, 4, w, 10*time.Second))
				t.Logf("width %d: %v, %d lines", w, time.Since(start).Round(time.Millisecond), strings.Count(out, "\n"))
				if !strings.Contains(out, "deep") {
					t.Fatalf("width %d: the text is lost:\n%s", w, out)
				}
				if !strings.Contains(strings.Join(strings.Fields(out), " "), "shown flat") {
					t.Fatalf("width %d: no note that nesting was cut:\n%s", w, out)
				}
			}
		})
	}
}

// runAll runs a command tree in the background, each command in its own
// goroutine as Bubble Tea does, and sends the messages to out.
func runAll(cmd tea.Cmd, out chan<- tea.Msg, wg *sync.WaitGroup) {
	if cmd == nil {
		return
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		switch msg := cmd().(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				runAll(c, out, wg)
			}
		case nil:
		default:
			out <- msg
		}
	}()
}

// TestRendersStopWithTheReader: renders started when the reader leaves the
// briefing, quits, or is closed (an SSH session ending) render nothing.
func TestRendersStopWithTheReader(t *testing.T) {
	orig := renderChunkFunc
	t.Cleanup(func() { renderChunkFunc = orig })
	var rendered atomic.Int32
	var gate chan struct{}
	renderChunkFunc = func(ctx context.Context, c chunk, w int, st ansiStyle, first, last bool) ([]string, error) {
		if gate != nil {
			<-gate
		}
		lines, err := orig(ctx, c, w, st, first, last)
		if err == nil {
			rendered.Add(1)
		}
		return lines, err
	}
	for _, how := range []string{"esc", "ctrl+c", "close"} {
		t.Run(how, func(t *testing.T) {
			m := newTestModel(t, Options{Library: twoBriefings(t)}, 80, 24)
			rendered.Store(0)
			gate = make(chan struct{})
			_, cmd := m.Update(keyMsg("enter"))
			msgs := make(chan tea.Msg, 100)
			var wg sync.WaitGroup
			runAll(cmd, msgs, &wg)
			time.Sleep(100 * time.Millisecond) // the renders start and wait at the gate
			if how == "close" {
				m.Close()
			} else {
				m.Update(keyMsg(how))
			}
			close(gate)
			wg.Wait()
			close(msgs)
			for msg := range msgs {
				_, next := m.Update(msg)
				exec(m, next)
			}
			gate = nil
			if n := rendered.Load(); n != 0 {
				t.Fatalf("%d chunks rendered after the reader left", n)
			}
			if how == "esc" {
				// Opened again, the briefing renders.
				press(m, "enter")
				if rendered.Load() == 0 || !strings.Contains(plain(m), "Summary statement 1") {
					t.Fatalf("the briefing did not render when opened again:\n%s", plain(m))
				}
			}
		})
	}
}

// TestRenderStopsMidChunk: a render under way stops at its next block
// once its context is done.
func TestRenderStopsMidChunk(t *testing.T) {
	var md strings.Builder
	for i := range 20000 {
		fmt.Fprintf(&md, "Paragraph %d of a long chunk.\n\n", i)
	}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	start := time.Now()
	_, err := renderChunk(ctx, chunk{md: md.String()}, 80, NewStyles(StyleDark).Markdown, true, true)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("stopped after %v", d)
	}
}

// TestHalfWrittenSaveKeepsLastGoodVersion: a reload that reads a file cut
// short (a save in progress) keeps the briefing on screen, where it was,
// with a note, until the complete file arrives; then it reloads in place.
func TestHalfWrittenSaveKeepsLastGoodVersion(t *testing.T) {
	full := briefings.Write(testBriefing("Alpha operation", "2024-07-01", "TLP:AMBER"))
	revised := testBriefing("Alpha operation", "2024-07-01", "TLP:AMBER")
	revised.Timeline[5].Text = "A corrected sixth event."
	var next []byte
	opts := Options{
		Library: libraryOf(t, full),
		Reload:  func(*briefings.Library, []string) (*briefings.Library, error) { return libraryOf(t, next), nil },
	}
	m := newTestModel(t, opts, 80, 24)
	press(m, "enter", "3", "j", "j", "j", "j")
	// The current item's mark follows j and k (below), so it is left out.
	// The item marker moves with keys; the text under it is what counts.
	body := func(v string) string { return strings.ReplaceAll(body(v), "▌", " ") }
	before := body(plain(m))
	for _, cut := range []int{len(full) * 2 / 5, len(full) / 10} {
		next = full[:cut]
		send(m, ReloadMsg{Paths: []string{"b0.md"}})
		v := plain(m)
		if got := body(v); got != before {
			t.Fatalf("cut at %d bytes: the pane changed:\n%s\nwas:\n%s", cut, got, before)
		}
		if !strings.Contains(v, "kept last good version") {
			t.Fatalf("cut at %d bytes: no note:\n%s", cut, v)
		}
		press(m, "j", "k") // the note outlives keys
		if v := plain(m); !strings.Contains(v, "kept last good version") {
			t.Fatalf("cut at %d bytes: the note went with a key:\n%s", cut, v)
		}
	}
	next = briefings.Write(revised)
	send(m, ReloadMsg{Paths: []string{"b0.md"}})
	v := plain(m)
	if strings.Contains(v, "kept last good version") {
		t.Fatalf("the note stayed after the complete file arrived:\n%s", v)
	}
	if y, _ := m.Viewport(); y != 4 || m.ActivePane() != 2 {
		t.Fatalf("pane %d line %d after the complete file, want pane 2 line 4", m.ActivePane(), y)
	}
	if !strings.Contains(v, "A corrected sixth event.") {
		t.Fatalf("the complete file is not shown:\n%s", v)
	}
}

// libraryOf is a library of one file, b0.md, holding data.
func libraryOf(t *testing.T, data []byte) *briefings.Library {
	t.Helper()
	lib, err := briefings.OpenFS(fstest.MapFS{"b0.md": {Data: data, ModTime: time.Unix(1700000000+int64(len(data)), 0)}})
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

// body is the reader's body rows of a plain view.
func body(v string) string {
	rows := strings.Split(v, "\n")
	if len(rows) < 4 {
		return ""
	}
	return strings.Join(rows[3:len(rows)-1], "\n")
}

// TestLongLineRendersInPieces: one paragraph on one 1 MB line is cut into
// chunks of about maxLineBytes that continue each other, and renders whole
// without blank lines between the pieces.
func TestLongLineRendersInPieces(t *testing.T) {
	words := strings.Fields("the ministry said officials in Tirana and Tehran met on Monday to discuss sanctions, cyber attacks and the border police; migrants crossing (unconfirmed) 60% of 2022")
	var md strings.Builder
	for i := 0; md.Len() < 1<<20; i++ {
		md.WriteString(words[(i*7+i/len(words))%len(words)] + " ")
	}
	md.WriteString("lastword\n")
	chunks := splitChunks(md.String())
	var joined strings.Builder
	for i, c := range chunks {
		joined.WriteString(c.md)
		if len(c.md) > maxLineBytes*3/2 {
			t.Fatalf("chunk %d has %d bytes", i, len(c.md))
		}
		if i > 0 && !c.cont {
			t.Fatalf("chunk %d does not continue the paragraph", i)
		}
	}
	if joined.String() != md.String() {
		t.Fatal("the chunks do not make up the line")
	}
	b := testBriefing("Long", "2024-07-01", "")
	b.Sections = []briefings.Section{{Title: "Long", Markdown: md.String()}}
	out := xansi.Strip(renderWithin(t, b, 4, 80, 60*time.Second))
	lines := strings.Split(strings.Trim(out, "\n"), "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			t.Fatalf("blank line %d inside the paragraph", i)
		}
	}
	if !strings.Contains(lines[len(lines)-1], "lastword") {
		t.Fatalf("the end of the line is lost: %q", lines[len(lines)-1])
	}
}

// TestFilterResultsOutOfOrder: the filter's results are computed in
// commands, which Bubble Tea runs concurrently, so the result for "l" can
// arrive after the one for "lives" (seen in tmux: "2024" typed, the
// result for "202" shown). The list shows the result of what was typed.
func TestFilterResultsOutOfOrder(t *testing.T) {
	m := newTestModel(t, Options{Library: tenBriefings(t)}, 80, 40)
	var cmds []tea.Cmd
	for _, k := range []string{"/", "l", "i", "v", "e", "s"} {
		_, cmd := m.Update(keyMsg(k))
		cmds = append(cmds, cmd)
	}
	for _, c := range slices.Backward(cmds) {
		exec(m, c)
	}
	v := plain(m)
	if !strings.Contains(v, "Operation 9 lives") || strings.Contains(v, "Operation A") {
		t.Fatalf("the list does not show the filter's result for \"lives\":\n%s", v)
	}
}
