package e2e

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestReaderCountsAndShowOnly drives less's keys in the real binary: a
// count before j/k (a number that names no pane: the shipped briefing has
// five) and &PATTERN, which shows only the matching items of the pane.
// It failed before: 9j and 10k did nothing but switch panes (or not), and
// & did nothing.
func TestReaderCountsAndShowOnly(t *testing.T) {
	b, _, _ := shipped(t)
	const w, h = 100, 30
	tm := StartBrief(t, w, h, nil, filepath.Join(moduleRoot(), "briefings", "iran-albania.md"))
	waitPane(t, tm, b, 0, w, 0)
	tm.Keys("3")
	waitPane(t, tm, b, 2, w, 0)
	lines := paneText(t, b, 2, w)
	maxY := max(0, len(lines)-(h-4))
	// Digits typed apart are separate numbers: 3 was the pane, 9j a count.
	time.Sleep(time.Second)
	tm.Keys("9", "j")
	waitPane(t, tm, b, 2, w, min(9, maxY))
	tm.Keys("1", "0", "j")
	waitPane(t, tm, b, 2, w, min(19, maxY))
	tm.Keys("1", "0", "k")
	waitPane(t, tm, b, 2, w, min(19, maxY)-10)

	// &Iran on the Actors pane: only the actors that mention Iran.
	tm.Keys("2", "&")
	tm.Type("Iran")
	tm.Keys("Enter")
	// The count comes with the filtered rows ("filtering…" before them).
	counted := regexp.MustCompile(`&Iran \(\d+ items?\)`)
	scr := tm.WaitFor("the filtered Actors pane", 10*time.Second, func(s []string) bool {
		return counted.MatchString(strings.Join(s, "\n"))
	})
	items := bodyItems(body(scr))
	all := bodyItems(paneText(t, b, 1, w))
	if len(items) == 0 || len(items) >= len(all) {
		t.Fatalf("&Iran shows %d of %d items:\n%s", len(items), len(all), strings.Join(scr, "\n"))
	}
	for _, it := range items {
		if !strings.Contains(it, "Iran") {
			t.Fatalf("&Iran shows an item without Iran: %q\n%s", it, strings.Join(scr, "\n"))
		}
	}
	// & alone shows every item again.
	tm.Keys("&", "Enter")
	tm.WaitFor("the whole Actors pane", 10*time.Second, func(s []string) bool {
		return !strings.Contains(strings.Join(s, "\n"), "&Iran") && showsPane(s, paneText(t, b, 1, w), 0)
	})
}

// bodyItems groups rendered rows into list items: a row starting with a
// bullet begins one, the rows after it continue it.
func bodyItems(rows []string) []string {
	var items []string
	for _, r := range rows {
		t := strings.TrimSpace(r)
		switch {
		case strings.HasPrefix(t, "• "):
			items = append(items, t)
		case t != "" && len(items) > 0:
			items[len(items)-1] += " " + t
		}
	}
	return items
}

// TestReaderWidth: the text wraps at 100 columns on a wide terminal,
// --width N at N, --width 0 at the window, as glow's --width. It failed
// before: at 220 columns lines ran to about 210 characters.
func TestReaderWidth(t *testing.T) {
	file := filepath.Join(moduleRoot(), "briefings", "iran-albania.md")
	for _, tc := range []struct {
		args     []string
		min, max int
	}{
		{nil, 80, 100},
		{[]string{"--width", "60"}, 40, 60},
		{[]string{"--width", "0"}, 150, 220},
	} {
		tm := StartBrief(t, 220, 30, nil, append(tc.args, file)...)
		scr := tm.WaitText("Summary", "? help", "[S1]")
		widest := 0
		for _, row := range body(scr) {
			widest = max(widest, len([]rune(row)))
		}
		if widest < tc.min || widest > tc.max {
			t.Errorf("%v: text %d wide, want %d to %d:\n%s", tc.args, widest, tc.min, tc.max, strings.Join(scr, "\n"))
		}
		tm.Kill()
	}
}

// TestReaderTermDumbMarks: on a terminal that draws no attributes
// (TERM=dumb), the active tab and the current and other matches still
// show, by marks. It failed before: nothing told them apart.
func TestReaderTermDumbMarks(t *testing.T) {
	tm := StartCommand(t, 100, 30, nil, "env", "-u", "TMUX", "TERM=dumb", briefBin,
		filepath.Join(moduleRoot(), "briefings", "iran-albania.md"))
	tm.WaitText("[1 Summary", "? help")
	tm.Keys("/")
	tm.Type("Albania")
	tm.Keys("Enter")
	tm.WaitText("match 1 of")
	tm.Keys("n")
	scr := strings.Join(tm.WaitText("match 2 of"), "\n")
	if !strings.Contains(scr, "»Albania«") || !strings.Contains(scr, "[Albania]") {
		t.Fatalf("no marks for the current and other matches:\n%s", scr)
	}
}
