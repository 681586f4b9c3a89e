package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The search end-to-end tests drive the real binary in tmux (harness in
// harness_test.go), as a user would: they search the shipped briefing for
// a word that two panes contain and walk the matches with n and N.

// searchTerm adapts the harness to these tests: screens as one string.
type searchTerm struct {
	*Term
}

func startSearch(t *testing.T) searchTerm {
	t.Helper()
	tm := searchTerm{StartBrief(t, 100, 30, nil, filepath.Join(moduleRoot(), "briefings", "iran-albania.md"))}
	tm.waitText("Summary")
	return tm
}

func (tm searchTerm) keys(keys ...string) { tm.t.Helper(); tm.Keys(keys...) }
func (tm searchTerm) text(s string)       { tm.t.Helper(); tm.Type(s) }

func (tm searchTerm) waitFor(what string, ok func(screen string) bool) string {
	tm.t.Helper()
	return strings.Join(tm.WaitFor(what, 10*time.Second, func(s []string) bool { return ok(strings.Join(s, "\n")) }), "\n")
}

func (tm searchTerm) waitText(txt string) string {
	tm.t.Helper()
	return strings.Join(tm.WaitText(txt), "\n")
}

// searched waits for the search for q to be entered: the screen shows
// "/q" and no longer the prompt's help, which it shows while the query is
// typed (waiting for "/q" alone raced the enter key).
func (tm searchTerm) searched(q string) string {
	tm.t.Helper()
	return tm.waitFor("the search for "+q, func(scr string) bool {
		return strings.Contains(scr, "/"+q) && !strings.Contains(scr, "enter search")
	})
}

func (tm searchTerm) styled() string { tm.t.Helper(); return tm.Styled() }

// activeTab returns the title of the tab drawn as active: the one whose
// label is styled differently from the others (reverse video or a
// background colour).
func activeTab(styled string) string {
	lines := strings.Split(styled, "\n")
	if len(lines) < 3 {
		return ""
	}
	re := regexp.MustCompile(`\x1b\[([0-9;:]*)m([^\x1b]*)`)
	for _, m := range re.FindAllStringSubmatch(lines[2], -1) {
		params, label := m[1], strings.TrimSpace(m[2])
		if label == "" {
			continue
		}
		if strings.Contains(";"+params+";", ";7;") || strings.Contains(params, "48;") {
			return label
		}
	}
	return ""
}

func TestSearchWalksMatchesAcrossPanes(t *testing.T) {
	s := startSearch(t)

	// "ministry" is in three panes of the generated briefing: twice in the
	// Summary (the Iranian foreign ministry, Albania's Interior Ministry),
	// three times in Actors (the Iranian foreign ministry, the Interior
	// Ministry twice on one line), once in the Timeline; and twice in the
	// Sources pane, the articles' own text.
	s.keys("/")
	s.text("ministry")
	scr := s.waitText("match 1 of 8")
	if !strings.Contains(scr, "Actors (3)") || !strings.Contains(scr, "Timeline (1)") || !strings.Contains(scr, "Summary (2)") || !strings.Contains(scr, "Sources (2)") {
		t.Fatalf("tab counts missing:\n%s", scr)
	}
	s.keys("Enter")
	scr = s.waitFor("the first match in the Summary", func(scr string) bool {
		return strings.Contains(scr, "/ministry") && strings.Contains(scr, "match 1 of 8")
	})
	if tab := activeTab(s.styled()); !strings.Contains(tab, "Summary") {
		t.Fatalf("active tab %q, want Summary:\n%s", tab, scr)
	}
	if !strings.Contains(s.styled(), "\x1b[") || !strings.Contains(scr, "Interior Ministry") {
		t.Fatalf("match not on screen:\n%s", scr)
	}

	s.keys("n")
	s.waitText("match 2 of 8")
	if tab := activeTab(s.styled()); !strings.Contains(tab, "Summary") {
		t.Fatalf("match 2 is in the Summary (active tab %q)", tab)
	}
	s.keys("n")
	s.waitText("match 3 of 8")
	if tab := activeTab(s.styled()); !strings.Contains(tab, "Actors") {
		t.Fatalf("match 3 is in Actors (active tab %q)", tab)
	}
	s.keys("n")
	s.waitText("match 4 of 8")
	s.keys("n")
	s.waitText("match 5 of 8")
	if tab := activeTab(s.styled()); !strings.Contains(tab, "Actors") {
		t.Fatalf("match 5 is in Actors (active tab %q)", tab)
	}
	s.keys("n")
	scr = s.waitText("match 6 of 8")
	if tab := activeTab(s.styled()); !strings.Contains(tab, "Timeline") {
		t.Fatalf("n did not cross into the Timeline (active tab %q):\n%s", tab, scr)
	}
	if !strings.Contains(scr, "foreign ministry has") {
		t.Fatalf("the Timeline match is not on screen:\n%s", scr)
	}

	s.keys("n")
	s.waitText("match 7 of 8")
	if tab := activeTab(s.styled()); !strings.Contains(tab, "Sources") {
		t.Fatalf("n did not cross into the Sources pane (active tab %q)", tab)
	}
	s.keys("n")
	s.waitText("match 8 of 8")
	s.keys("n")
	scr = s.waitText("match 1 of 8")
	if !strings.Contains(scr, "search wrapped") {
		t.Fatalf("wrap not reported:\n%s", scr)
	}
	if tab := activeTab(s.styled()); !strings.Contains(tab, "Summary") {
		t.Fatalf("n at the end did not wrap to the Summary (active tab %q)", tab)
	}

	s.keys("N")
	scr = s.waitFor("N wrapping back to match 7", func(scr string) bool {
		return strings.Contains(scr, "match 8 of 8") && strings.Contains(scr, "search wrapped")
	})
	if tab := activeTab(s.styled()); !strings.Contains(tab, "Sources") {
		t.Fatalf("N at the start did not wrap to the Sources pane (active tab %q):\n%s", tab, scr)
	}
	s.keys("N")
	scr = s.waitText("match 7 of 8")
	if strings.Contains(scr, "search wrapped") {
		t.Fatalf("wrapped still shown after a plain N:\n%s", scr)
	}

	// esc clears the highlights and counts; the reader stays open.
	s.keys("Escape")
	scr = s.waitFor("cleared search", func(scr string) bool { return !strings.Contains(scr, "Actors (3)") })
	if strings.Contains(scr, "match 7 of 8") || !strings.Contains(scr, "Actors") {
		t.Fatalf("esc did not clear the search:\n%s", scr)
	}
}

func TestSearchNoMatchAndRegexpError(t *testing.T) {
	s := startSearch(t)
	s.keys("/")
	s.text("zebrafinch")
	s.waitText("no matches for zebrafinch")
	s.keys("Escape")
	// A key right after ESC would read as alt+key: wait for the line
	// to close first.
	s.waitFor("the search line to close", func(scr string) bool { return !strings.Contains(scr, "zebrafinch") })
	s.keys("/")
	s.text("/(cyber")
	s.waitText("bad regexp")
	s.keys("BSpace")
	s.keys("BSpace")
	s.keys("BSpace")
	s.keys("BSpace")
	s.keys("BSpace")
	s.keys("BSpace")
	s.text("cyber.*attack/")
	s.keys("Enter")
	scr := s.searched("cyber.*attack/")
	if !regexp.MustCompile(`match 1 of \d+`).MatchString(scr) {
		t.Fatalf("regexp search:\n%s", scr)
	}
}

// diacriticsBriefing writes a briefing whose actors carry diacritics.
func diacriticsBriefing(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "gdansk.md")
	md := `---
title: Talks in Gdańsk
date: 2024-05-01
marking: TLP:CLEAR
---

# Talks in Gdańsk

## Summary

Foreign ministers met in Gdańsk in May. [S1]

## Actors

- **Mevlüt Çavuşoğlu** (person): Turkish foreign minister [S1]
- **Gdansk Port Authority** (organization): host [S1]

## Timeline

- **2024-05-01**: Talks opened in Gdańsk. [S1]

## Source quotes

> We came to Gdańsk to talk.
>
> — Mevlüt Çavuşoğlu [S1]
`
	if err := os.WriteFile(path, []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestSearchFoldsDiacritics: a query typed without diacritics finds the
// names that have them, in every pane; with a diacritic it finds only that
// spelling. It failed before: "gdansk" found only the unaccented Gdansk and
// "cavusoglu" nothing.
func TestSearchFoldsDiacritics(t *testing.T) {
	s := searchTerm{StartBrief(t, 100, 30, nil, diacriticsBriefing(t))}
	s.waitText("Foreign ministers")
	// The counts of a new query reach the screen a frame or more after
	// the query does (the search runs in the background): wait for them,
	// and fail with the screen if they never come.
	s.keys("/")
	s.text("gdansk")
	s.keys("Enter")
	s.searched("gdansk")
	s.waitFor("gdansk's 4 matches in Summary and Actors", func(scr string) bool {
		return strings.Contains(scr, "match 1 of 4") && strings.Contains(scr, "Summary (1)") && strings.Contains(scr, "Actors (1)")
	})
	s.keys("/")
	s.text("Gdańsk")
	s.keys("Enter")
	s.searched("Gdańsk")
	s.waitFor("Gdańsk's 3 matches, none in Actors", func(scr string) bool {
		return strings.Contains(scr, "match 1 of 3") && !strings.Contains(scr, "Actors (")
	})
	s.keys("/")
	s.text("cavusoglu")
	s.keys("Enter")
	s.searched("cavusoglu")
	s.waitFor("cavusoglu's 2 matches, one in Actors", func(scr string) bool {
		return strings.Contains(scr, "match 1 of 2") && strings.Contains(scr, "Actors (1)")
	})
}
