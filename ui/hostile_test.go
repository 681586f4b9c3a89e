package ui

import (
	"fmt"
	"strings"
	"testing"

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
