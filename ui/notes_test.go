package ui

import (
	"strings"
	"testing"

	"github.com/brief-team/brief/briefings"
)

// TestCopiedEntryKeepsItsNote: a timeline entry copied as markdown says it
// is expected, as the pane does.
func TestCopiedEntryKeepsItsNote(t *testing.T) {
	b := &briefings.Briefing{Timeline: []briefings.Event{{Date: "2024-10", Expected: true, Text: "The vote is held."}}}
	if got := itemMarkdown(b, 2, 0); !strings.Contains(got, "**2024-10** (expected) — The vote is held.") {
		t.Errorf("copied %q", got)
	}
}
