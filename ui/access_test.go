package ui

import (
	"strings"
	"testing"

	"github.com/brief-team/brief/briefings"
)

// TestAccessMsgClosesWhatTheGrantNoLongerCovers: the grant behind Allow
// narrows while an AMBER briefing is open; AccessMsg closes it with the
// note, drops it from the list, and hides the problems line when asked.
func TestAccessMsgClosesWhatTheGrantNoLongerCovers(t *testing.T) {
	lib := twoBriefings(t)
	var amber string
	for _, e := range lib.Entries() {
		if e.Marking == "TLP:AMBER" {
			amber = e.Path
		}
	}
	amberOK := true
	allow := func(e briefings.Entry) bool { return amberOK || e.Marking != "TLP:AMBER" }
	m := newTestModel(t, Options{Library: lib, Allow: allow, Open: amber}, 80, 24)
	if !m.Reading() {
		t.Fatalf("the AMBER briefing did not open:\n%s", plain(m))
	}
	amberOK = false
	send(m, AccessMsg{Note: "no longer granted", HideProblems: true})
	v := plain(m)
	if m.Reading() || !strings.Contains(v, "no longer granted") {
		t.Fatalf("the AMBER briefing stayed open, or no note:\n%s", v)
	}
	if strings.Contains(v, "Alpha") || !strings.Contains(v, "1 briefing") {
		t.Errorf("the AMBER briefing is still listed:\n%s", v)
	}
	// Widening lists it again, without a note.
	amberOK = true
	send(m, AccessMsg{Note: "no longer granted"})
	if v := plain(m); !strings.Contains(v, "2 briefings") || strings.Contains(v, "no longer granted") {
		t.Errorf("after widening:\n%s", v)
	}
}

// TestRedactRewritesStatusLines: Options.Redact sees every status line.
func TestRedactRewritesStatusLines(t *testing.T) {
	m := newTestModel(t, Options{Library: twoBriefings(t), Redact: func(s string) string {
		return strings.ReplaceAll(s, "secret", "[redacted]")
	}}, 80, 24)
	m.setStatus("/srv/secret/x.md: broken", true)
	if v := plain(m); strings.Contains(v, "secret") || !strings.Contains(v, "[redacted]") {
		t.Errorf("status not redacted:\n%s", v)
	}
}
