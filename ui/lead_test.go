package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/brief-team/brief/briefings"
)

// openWithLead presses enter on a library of one briefing big enough for a
// lead (leadBytes is lowered) and returns the lead's and the whole load's
// messages, not yet delivered.
func openWithLead(t *testing.T) (m *Model, lead, whole tea.Msg) {
	t.Helper()
	return openLeadWith(t, nil, nil)
}

// leadBriefing is testBriefing with a summary long enough for a lead.
func leadBriefing() *briefings.Briefing {
	b := testBriefing("Alpha campaign", "2024-07-01", "")
	for i := len(b.Summary) + 1; i <= 40; i++ {
		b.Summary = append(b.Summary, briefings.Statement{Text: fmt.Sprintf("Summary statement %d of Alpha campaign.", i), Cites: []string{"S2"}})
	}
	return b
}

// openLeadWith is openWithLead on b (nil: leadBriefing), its sources read
// with read (nil: from the library).
func openLeadWith(t *testing.T, b *briefings.Briefing, read func(string, briefings.Source) ([]byte, error)) (m *Model, lead, whole tea.Msg) {
	t.Helper()
	defer func(n, f, c int) { leadBytes, firstChunkBytes, chunkBytes = n, f, c }(leadBytes, firstChunkBytes, chunkBytes)
	leadBytes, firstChunkBytes, chunkBytes = 2500, 200, 200
	if b == nil {
		b = leadBriefing()
	}
	m = New(Options{Library: testLibrary(t, b), ReadSource: read})
	send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	_, cmd := m.Update(keyMsg("enter"))
	batch, ok := cmd().(tea.BatchMsg)
	if !ok || len(batch) != 2 {
		t.Fatalf("enter on a big briefing: want the lead and the whole load, got %#v", cmd())
	}
	lead, whole = batch[0](), batch[1]()
	if lm, ok := lead.(briefingLoadedMsg); !ok || !lm.lead {
		t.Fatalf("no lead: %#v", lead)
	}
	return m, lead, whole
}

func TestLeadPaintsFirstThenTheWholeKeepsThePlace(t *testing.T) {
	m, lead, whole := openWithLead(t)
	send(m, lead)
	view := plain(m)
	if !m.Reading() || !strings.Contains(view, "Summary statement 1 of Alpha") || !strings.Contains(view, "loading…") {
		t.Fatalf("the lead did not paint the first screen with a loading sign:\n%s", view)
	}
	leadLines, _ := m.PaneLines(0)
	if strings.Contains(strings.Join(leadLines, "\n"), "Summary statement 40 ") {
		t.Fatal("the lead holds the whole summary: the test's lead is too long to test anything")
	}
	press(m, "j", "j", "j")
	before := strings.Split(plain(m), "\n")[3:10]

	// Before anything is rendered again, the screen shows what it showed:
	// the chunks the lead and the whole share are carried over.
	_, cmd := m.Update(whole)
	if got := strings.Split(plain(m), "\n")[3:10]; strings.Join(got, "\n") != strings.Join(before, "\n") {
		t.Fatalf("the screen changed before the whole briefing rendered:\n%s", strings.Join(got, "\n"))
	}
	exec(m, cmd)
	after := strings.Split(plain(m), "\n")
	if strings.Contains(plain(m), "loading…") {
		t.Fatal("still loading after the whole briefing arrived")
	}
	if strings.Join(after[3:10], "\n") != strings.Join(before, "\n") {
		t.Fatalf("the whole briefing moved the reader:\nbefore:\n%s\nafter:\n%s", strings.Join(before, "\n"), strings.Join(after[3:10], "\n"))
	}
	lines, complete := m.PaneLines(0)
	if !complete || !strings.Contains(strings.Join(lines, "\n"), "Summary statement 40 ") {
		t.Fatal("the summary is not whole after the whole briefing arrived")
	}
	press(m, "6") // after Sources
	if !strings.Contains(plain(m), "An extra section") {
		t.Fatalf("the extra section, past the lead, is missing:\n%s", plain(m))
	}
}

func TestLeaveDuringLeadKeepsTheWholeForLater(t *testing.T) {
	m, lead, whole := openWithLead(t)
	send(m, lead)
	press(m, "esc")
	send(m, whole)
	if m.Reading() || strings.Contains(plain(m), "Opening") {
		t.Fatalf("the whole briefing opened after the reader left it:\n%s", plain(m))
	}
	_, cmd := m.Update(keyMsg("enter"))
	exec(m, cmd)
	if !m.Reading() || m.reader.doc.lead {
		t.Fatal("reopening did not use the whole briefing loaded meanwhile")
	}
	if lines, _ := m.PaneLines(0); !strings.Contains(strings.Join(lines, "\n"), "Summary statement 40 ") {
		t.Fatal("reopened summary is not whole")
	}
}

func TestSmallBriefingHasNoLead(t *testing.T) {
	m := New(Options{Library: testLibrary(t, testBriefing("Alpha campaign", "2024-07-01", ""))})
	send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	_, cmd := m.Update(keyMsg("enter"))
	batch, ok := cmd().(tea.BatchMsg)
	if !ok {
		t.Fatalf("want a batch, got %#v", cmd())
	}
	for _, c := range batch {
		if msg, ok := c().(briefingLoadedMsg); ok && msg.lead {
			t.Fatal("a briefing smaller than two leads got a lead")
		}
	}
}

func TestSearchDuringLeadCoversTheWhole(t *testing.T) {
	m, lead, whole := openWithLead(t)
	send(m, lead)
	press(m, "/")
	for _, r := range "statement 40 " {
		send(m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	press(m, "enter")
	send(m, whole)
	if v := plain(m); !strings.Contains(v, "match 1 of 1") {
		t.Fatalf("a search typed during the lead does not find what the whole briefing adds:\n%s", v)
	}
}
