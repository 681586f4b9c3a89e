package e2e

import (
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/brief-team/brief/briefings"
)

// markedRows returns the rows of the body that carry the current-item mark.
func markedRows(screen []string) []string {
	var out []string
	for _, l := range body(screen) {
		if strings.HasPrefix(l, "▌") {
			out = append(out, l)
		}
	}
	return out
}

// selectTimelineEntry opens the shipped briefing's Timeline and moves the
// current item with ] to the entry whose first line holds date.
func selectTimelineEntry(t *testing.T, tm *Term, date string) []string {
	t.Helper()
	tm.WaitText("Iran and Albania", "enter open")
	tm.Keys("Enter")
	tm.WaitText("1 Summary", "5 Sources")
	tm.Keys("3")
	tm.WaitText("[S1]")
	for range 40 {
		s := tm.Settled()
		if m := markedRows(s); len(m) > 0 && strings.Contains(m[0], "• "+date+" ") {
			return s
		}
		before := strings.Join(markedRows(s), "\n")
		tm.Keys("]")
		tm.WaitFor("the mark to move", 5*time.Second, func(s []string) bool {
			return strings.Join(markedRows(s), "\n") != before
		})
	}
	t.Fatalf("no timeline entry %s reached with ]:\n%s", date, strings.Join(tm.Screen(), "\n"))
	return nil
}

// TestEvidenceJumpAndBack: enter on the 2022-09-16 timeline entry shows,
// in the Sources pane, S2's sentence highlighted (every line of it marked
// in the gutter) with its date expression "Last Friday" marked apart; back
// returns to the very same screen: pane, scroll and item.
func TestEvidenceJumpAndBack(t *testing.T) {
	tm := StartBrief(t, 100, 30, nil, "--style", "dark")
	before := selectTimelineEntry(t, tm, "2022-09-16")
	tm.Keys("Enter")
	s := tm.WaitText("▌ Last Friday, the US Treasury Department sanctioned")
	var sentence []string
	for _, l := range body(s) {
		if strings.HasPrefix(l, "▌") {
			sentence = append(sentence, l)
		}
	}
	joined := strings.Join(sentence, " ")
	for _, want := range []string{"▌ Last Friday, the US Treasury Department sanctioned", "activities that", "security of a US ally.”"} {
		if !strings.Contains(joined, want) {
			t.Fatalf("the sentence is not marked whole (%q missing):\n%s", want, strings.Join(s, "\n"))
		}
	}
	// The date expression is drawn in its own style (the current-match
	// one), the rest of the sentence in another.
	styled := tm.Styled()
	date := regexp.MustCompile(`48;[0-9;]+mLast Friday\x1b\[[0-9;]*7m(\x1b\[[0-9;]*m)*, the US Treasury`)
	if !date.MatchString(styled) {
		t.Fatalf("\"Last Friday\" is not marked:\n%q", styled)
	}
	if !strings.Contains(strings.Join(s, "\n"), "S2") {
		t.Fatalf("the footer does not name the source:\n%s", strings.Join(s, "\n"))
	}
	tm.Keys("BSpace")
	after := tm.WaitText("2022-09-16 (Last Friday, from S2")
	if strings.Join(body(after), "\n") != strings.Join(body(before), "\n") {
		t.Fatalf("back did not return to the same scroll and item:\nbefore:\n%s\nafter:\n%s", strings.Join(before, "\n"), strings.Join(after, "\n"))
	}
	// Nothing more to go back to: back leaves for the library, as before.
	tm.Keys("BSpace")
	tm.WaitFor("the library", 5*time.Second, func(s []string) bool {
		return !strings.Contains(strings.Join(s, "\n"), "3 Timeline")
	})
}

// TestCopyWithCitation: y on the current timeline entry writes one OSC 52
// sequence to the terminal, holding the entry as markdown with its
// citation expanded, and the footer confirms.
func TestCopyWithCitation(t *testing.T) {
	b, _, _ := shipped(t)
	tm := StartBrief(t, 100, 30, nil, "--style", "dark")
	raw := filepath.Join(t.TempDir(), "raw")
	if _, err := tmux("pipe-pane", "-o", "-t", tm.name, "cat >> "+shellQuote(raw)); err != nil {
		t.Fatal(err)
	}
	selectTimelineEntry(t, tm, "2022-09-16")
	tm.Keys("y")
	tm.WaitText("copied")
	var e briefings.Event
	for _, x := range b.Timeline {
		if x.Date == "2022-09-16" {
			e = x
		}
	}
	var src briefings.Source
	for _, s := range b.Sources {
		if s.ID == "S2" {
			src = s
		}
	}
	want := fmt.Sprintf("**2022-09-16** (%s) — %s [S2: %s, %q, %s, %s]", e.Note(), e.Text, src.Publisher, src.Title, src.Published, src.URL)
	var got []string
	re := regexp.MustCompile("\x1b\\]52;[a-z]*;([A-Za-z0-9+/=]*)(?:\x07|\x1b\\\\)")
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		data, _ := os.ReadFile(raw)
		got = nil
		for _, m := range re.FindAllSubmatch(data, -1) {
			text, err := base64.StdEncoding.DecodeString(string(m[1]))
			if err != nil {
				t.Fatalf("OSC 52 payload is not base64: %v", err)
			}
			got = append(got, string(text))
		}
		if len(got) > 0 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if len(got) != 1 || got[0] != want {
		t.Fatalf("OSC 52 sequences: %q\nwant one: %q", got, want)
	}
}

// TestActorFocus: enter on Mandiant lists its quote and the timeline entry
// that names it, each with its citation; back returns to Actors. (Edi Rama
// was the example until his statement, which the timeline dated by the
// July hack it compares with, left the timeline.)
func TestActorFocus(t *testing.T) {
	b, _, _ := shipped(t)
	tm := StartBrief(t, 100, 50, nil, "--style", "notty")
	tm.WaitText("Iran and Albania", "enter open")
	tm.Keys("Enter")
	tm.WaitText("1 Summary")
	tm.Keys("2")
	tm.WaitText("(person)")
	for range 20 {
		if m := markedRows(tm.Screen()); len(m) > 0 && strings.Contains(m[0], "Mandiant") {
			break
		}
		before := strings.Join(markedRows(tm.Screen()), "\n")
		tm.Keys("]")
		tm.WaitFor("the mark to move", 5*time.Second, func(s []string) bool { return strings.Join(markedRows(s), "\n") != before })
	}
	actors := tm.Screen()
	tm.Keys("Enter")
	s := strings.Join(tm.WaitText("Focus: Mandiant", "Mentions per source"), "\n")
	flat := strings.Join(strings.Fields(s), " ")
	var quotes, entries int
	for _, q := range b.Quotes {
		if q.Speaker == "Mandiant" {
			quotes++
			words := strings.Fields(q.Text)
			if !strings.Contains(flat, strings.Join(words[:min(6, len(words))], " ")) {
				t.Errorf("quote %q is not listed:\n%s", q.Text, s)
			}
		}
	}
	for _, e := range b.Timeline {
		if strings.Contains(e.Text, "Mandiant") {
			entries++
			label := e.Date
			if n := e.Note(); n != "" {
				label += " (" + n + ")"
			}
			if !strings.Contains(flat, label+" — "+strings.Join(strings.Fields(e.Text)[:4], " ")) {
				t.Errorf("timeline entry %q is not listed:\n%s", e.Text, s)
			}
		}
	}
	if quotes != 1 || entries == 0 {
		t.Fatalf("test premise: Mandiant speaks 1 quote (%d) and is named in the timeline (%d)", quotes, entries)
	}
	if !strings.Contains(s, fmt.Sprintf("Quotes (%d)", quotes)) || !strings.Contains(s, "[S1]") {
		t.Errorf("the focus lacks counts or citations:\n%s", s)
	}
	tm.Keys("BSpace")
	back := tm.WaitText("2 Actors")
	if strings.Join(back, "\n") != strings.Join(actors, "\n") {
		t.Fatalf("back did not return to the actor:\n%s\nwant:\n%s", strings.Join(back, "\n"), strings.Join(actors, "\n"))
	}
}
