package e2e

import (
	"regexp"
	"strings"
	"testing"
	"time"
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
		s := tm.Screen()
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
	s := tm.WaitText("78%", "Last Friday, the US Treasury Department sanctioned")
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
	after := tm.WaitText("2022-09-16 — Last Friday")
	if strings.Join(body(after), "\n") != strings.Join(body(before), "\n") {
		t.Fatalf("back did not return to the same scroll and item:\nbefore:\n%s\nafter:\n%s", strings.Join(before, "\n"), strings.Join(after, "\n"))
	}
	// Nothing more to go back to: back leaves for the library, as before.
	tm.Keys("BSpace")
	tm.WaitFor("the library", 5*time.Second, func(s []string) bool {
		return !strings.Contains(strings.Join(s, "\n"), "3 Timeline")
	})
}
