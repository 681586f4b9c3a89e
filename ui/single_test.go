package ui

import (
	"strings"
	"testing"
)

// TestSingleFileKeys: brief FILE opens one briefing and there is no
// library behind it. q quits, as the footer says; esc and backspace stay
// and say q quits (esc still clears a search first); nothing offers a
// library. It failed before: esc and backspace went to a one-item library
// though the footer said "q quit", and ? listed "esc library".
func TestSingleFileKeys(t *testing.T) {
	lib := testLibrary(t, testBriefing("Alpha operation", "2024-07-01", "TLP:AMBER", "cyber"))
	path := lib.Entries()[0].Path
	m := newTestModel(t, Options{Library: lib, Open: path}, 80, 24)
	if !m.Reading() || !strings.Contains(footer(m), "q quit") {
		t.Fatalf("brief FILE: %q", footer(m))
	}
	for _, k := range []string{"esc", "backspace"} {
		if press(m, k) || !m.Reading() {
			t.Fatalf("%s left the briefing (reading %v)", k, m.Reading())
		}
		if !strings.Contains(plain(m), "q quits") {
			t.Errorf("%s does not say q quits:\n%s", k, plain(m))
		}
	}
	press(m, "?")
	if strings.Contains(plain(m), "library") {
		t.Errorf("help offers a library there is none of:\n%s", plain(m))
	}
	press(m, "?", "/")
	typeText(m, "statement")
	press(m, "enter", "esc")
	if !m.Reading() || m.search.active() {
		t.Fatalf("esc with a search: reading %v, search %v", m.Reading(), m.search.active())
	}
	if !press(m, "q") {
		t.Fatal("q did not quit")
	}
}
