package ui

import (
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	tea "charm.land/bubbletea/v2"
	xansi "github.com/charmbracelet/x/ansi"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/briefings/evidence"
)

// The Sources pane of a big briefing must not wait for the whole of it to
// be parsed, nor for the other panes to render: its sources are listed in
// the front matter, which the lead holds whole.

const (
	leadS1Text = "First report, as filed.\n\nThe campaign began with a wave of messages in the spring.\n"
	leadS2Text = "Second report, as filed.\n\nSummary statement 40 of Alpha campaign.\n"
)

// leadSources reads the sources of leadBriefing, counting the reads.
func leadSources(reads *atomic.Int32) func(string, briefings.Source) ([]byte, error) {
	return func(_ string, s briefings.Source) ([]byte, error) {
		reads.Add(1)
		switch s.ID {
		case "S1":
			return []byte(leadS1Text), nil
		case "S2":
			return []byte(leadS2Text), nil
		}
		return nil, errSourceNotAvailable
	}
}

// collectMsgs runs cmd, and the commands of its batches, and returns their
// messages undelivered (as exec, without feeding them back).
func collectMsgs(cmd tea.Cmd) []tea.Msg {
	var out []tea.Msg
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := runCmd(c).(type) {
		case nil:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		default:
			if strings.HasPrefix(fmt.Sprintf("%T", msg), "tea.") && !isPublic(msg) {
				continue
			}
			out = append(out, msg)
		}
	}
	return out
}

func TestSourcesPaneReadsItsSourcesDuringTheLead(t *testing.T) {
	var reads atomic.Int32
	m, lead, _ := openLeadWith(t, nil, leadSources(&reads))
	send(m, lead)
	press(m, "5")
	if v := plain(m); !strings.Contains(v, "The campaign began with a wave") {
		t.Fatalf("the Sources pane waits for the whole briefing to be parsed:\n%s", v)
	}
}

// TestSourcesPaneWaitingHoldsBackOtherPanes presses 5 as soon as the lead
// is shown: until the sources are read, the one core that renders renders
// nothing but the pane on screen, and the other panes follow once the
// Sources pane has its text.
func TestSourcesPaneWaitingHoldsBackOtherPanes(t *testing.T) {
	var reads atomic.Int32
	m, lead, _ := openLeadWith(t, nil, leadSources(&reads))
	_, cmd := m.Update(lead)
	before := collectMsgs(cmd) // renders started before 5, delivered after it
	_, cmd = m.Update(keyMsg("5"))
	msgs := append(before, collectMsgs(cmd)...)
	var held []tea.Msg
	var rendered []int
	for n := 0; len(msgs) > 0; n++ {
		msg := msgs[0]
		msgs = msgs[1:]
		switch msg := msg.(type) {
		case evidenceMsg:
			held = append(held, msg) // the sources are still being read
			continue
		case chunkRenderedMsg:
			if n >= len(before) {
				rendered = append(rendered, msg.key.pane)
			}
		}
		_, cmd := m.Update(msg)
		msgs = append(msgs, collectMsgs(cmd)...)
	}
	if len(held) != 1 {
		t.Fatalf("pressing 5 on the lead read the sources %d times, want once", len(held))
	}
	if len(rendered) == 0 {
		t.Fatal("nothing rendered after 5: the Sources pane shows no metadata while its sources are read")
	}
	for _, p := range rendered {
		if p != sourcesPane {
			t.Fatalf("while the Sources pane waits for its sources, pane %d rendered (panes rendered: %v)", p+1, rendered)
		}
	}
	send(m, held[0])
	if v := plain(m); !strings.Contains(v, "The campaign began with a wave") {
		t.Fatalf("the sources read do not show:\n%s", v)
	}
	if _, complete := m.PaneLines(0); !complete {
		t.Fatal("the other panes were not rendered once the Sources pane had its text")
	}
}

// TestWholeAfterLeadKeepsTheSourcesRead: the sources read for the lead
// serve the whole briefing (read once, the screen kept), and the evidence
// is found for all of its items, past the lead.
func TestWholeAfterLeadKeepsTheSourcesRead(t *testing.T) {
	var reads atomic.Int32
	m, lead, whole := openLeadWith(t, nil, leadSources(&reads))
	send(m, lead)
	press(m, "5")
	screen := plain(m)
	if !strings.Contains(screen, "The campaign began with a wave") {
		t.Fatalf("the Sources pane waits for the whole briefing:\n%s", screen)
	}
	_, cmd := m.Update(whole)
	if got := plain(m); body(got) != body(screen) {
		t.Fatalf("the Sources pane changed when the whole briefing arrived:\nbefore:\n%s\nafter:\n%s", screen, got)
	}
	exec(m, cmd)
	if m.reader.doc.lead {
		t.Fatal("the whole briefing did not replace its lead")
	}
	if n := reads.Load(); n != 2 {
		t.Fatalf("the two sources were read %d times, want once each", n)
	}
	ev := m.reader.doc.prov.ev
	if ev == nil || !ev.found {
		t.Fatal("the evidence of the whole briefing was not found")
	}
	if got := len(ev.itemEv[evidence.Summary]); got != len(m.reader.doc.b.Summary) || got != 40 {
		t.Fatalf("evidence found for %d summary statements, want the whole briefing's 40", got)
	}
	it := ev.itemEv[evidence.Summary][39]
	if it == nil || len(it.Evidence) == 0 || it.Evidence[0].Status == evidence.NotFound {
		t.Fatalf("summary statement 40, past the lead, has no evidence: %+v", it)
	}
}

// TestSourcesPaneShowsItsFirstSourcesBeforeTheRest: the Sources pane paints
// with its first sources read while the rest are read, and keeps that
// screen when they are.
func TestSourcesPaneShowsItsFirstSourcesBeforeTheRest(t *testing.T) {
	defer func(n, f, c int) { partBytes, firstChunkBytes, chunkBytes = n, f, c }(partBytes, firstChunkBytes, chunkBytes)
	// The first source is the part, and its first chunk ends before it.
	partBytes, firstChunkBytes, chunkBytes = 1, 100, 100
	var reads atomic.Int32
	m, lead, whole := openLeadWith(t, nil, leadSources(&reads))
	_, cmd := m.Update(lead)
	msgs := collectMsgs(cmd)
	_, cmd = m.Update(keyMsg("5"))
	msgs = append(msgs, collectMsgs(cmd)...)
	var held []tea.Msg
	parts := 0
	for len(msgs) > 0 {
		msg := msgs[0]
		msgs = msgs[1:]
		switch msg.(type) {
		case evidenceMsg:
			held = append(held, msg)
			continue
		case sourcesPartMsg:
			parts++
		}
		_, cmd := m.Update(msg)
		msgs = append(msgs, collectMsgs(cmd)...)
	}
	if parts != 1 || len(held) != 1 {
		t.Fatalf("want the first source, then the rest: got %d parts and %d wholes", parts, len(held))
	}
	screen := plain(m)
	if !strings.Contains(screen, "The campaign began with a wave") || !strings.Contains(screen, "Reading the source…") {
		t.Fatalf("the first source read does not show while the rest is read:\n%s", screen)
	}
	if strings.Contains(screen, "Summary statement 40 of Alpha") {
		t.Fatalf("the second source shows before it is read:\n%s", screen)
	}
	// The whole briefing arriving meanwhile keeps the first source on
	// screen.
	_, cmd = m.Update(whole)
	if got := plain(m); body(got) != body(screen) {
		t.Fatalf("the whole briefing took the first source off the screen:\nbefore:\n%s\nafter:\n%s", screen, got)
	}
	exec(m, cmd)
	_, cmd = m.Update(held[0])
	if got := plain(m); !strings.Contains(got, "The campaign began with a wave") {
		t.Fatalf("the screen went blank when the rest of the sources arrived:\n%s", got)
	}
	exec(m, cmd)
	lines, _ := m.PaneLines(sourcesPane)
	if got := xansi.Strip(strings.Join(lines, "\n")); !strings.Contains(got, "Summary statement 40 of Alpha") || strings.Contains(got, "Reading the source…") {
		t.Fatalf("the rest of the sources do not show:\n%s", got)
	}
	if n := reads.Load(); n != 2 {
		t.Fatalf("the two sources were read %d times, want once each", n)
	}
	if ev := m.reader.doc.prov.ev; ev == nil || !ev.found || len(ev.itemEv[evidence.Summary]) != 40 {
		t.Fatal("the evidence of the whole briefing was not found")
	}
}

// TestSourcesAreNotReadAfterClose: the rest of the sources is not read
// once the reader has gone (Close), between its first sources and the
// rest.
func TestSourcesAreNotReadAfterClose(t *testing.T) {
	defer func(n int) { partBytes = n }(partBytes)
	partBytes = 1
	var reads atomic.Int32
	m, lead, _ := openLeadWith(t, nil, leadSources(&reads))
	_, cmd := m.Update(lead)
	collectMsgs(cmd) // renders; the sources are read on 5
	_, cmd = m.Update(keyMsg("5"))
	var part *sourcesPartMsg
	for _, msg := range collectMsgs(cmd) {
		if p, ok := msg.(sourcesPartMsg); ok {
			part = &p
		}
	}
	if part == nil {
		t.Fatal("no first source read")
	}
	m.Close()
	if msg := runCmd(part.rest); msg != nil || reads.Load() != 1 {
		t.Fatalf("after Close the rest was read (%d reads, %T)", reads.Load(), msg)
	}
}
