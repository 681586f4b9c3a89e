package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/brief-team/brief/briefings"
)

// TestLibraryListsWhileReading: with a library read a part at a time the
// list paints before any front matter is read, then lists each part's
// briefings as it arrives, its footer counting the files read; a
// briefing is listed only once read, and only if the grant allows it; the
// cursor stays on its briefing as others arrive above it; a change on
// disk reported meanwhile is reloaded once the last part is in.
func TestLibraryListsWhileReading(t *testing.T) {
	dir := t.TempDir()
	const n = 150
	for i := range n {
		marking := "TLP:CLEAR"
		if i%10 == 3 {
			marking = "TLP:AMBER"
		}
		b := testBriefing(fmt.Sprintf("Briefing %03d", i), fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28), marking)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("b%03d.md", i)), briefings.Write(b), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	o, err := briefings.OpenDirParts(dir)
	if err != nil {
		t.Fatal(err)
	}
	var reloads [][]string
	reload := func(from *briefings.Library, paths []string) (*briefings.Library, error) {
		reloads = append(reloads, paths)
		return from, nil
	}
	clearOnly := func(e briefings.Entry) bool { return e.Marking == "TLP:CLEAR" }
	m := New(Options{Opening: o, Style: StyleDark, Allow: clearOnly, Reload: reload})
	send(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	if v := plain(m); !strings.Contains(v, "Reading the library…") || !strings.Contains(v, "reading the library…") || strings.Contains(v, "No briefings") {
		t.Fatalf("before reading:\n%s", v)
	}

	_, next := m.Update(runCmd(m.readPartCmd()))
	v := plain(m)
	if !strings.Contains(v, "reading 64 of 150…") {
		t.Errorf("no count of the files read:\n%s", v)
	}
	listed := func() []string {
		var ps []string
		for _, it := range m.list.Items() {
			ps = append(ps, it.(entryItem).e.Path)
		}
		return ps
	}
	read := map[string]briefings.Entry{}
	for _, e := range m.lib.Entries() {
		read[e.Path] = e
	}
	first := listed()
	if len(first) == 0 || len(first) > 64 {
		t.Fatalf("%d briefings listed after reading 64 files", len(first))
	}
	for _, p := range first {
		if e, ok := read[p]; !ok || e.Marking != "TLP:CLEAR" {
			t.Errorf("%s listed: read %v, marking %q", p, ok, e.Marking)
		}
	}

	send(m, ReloadMsg{Paths: []string{"b001.md"}})
	if len(reloads) != 0 {
		t.Errorf("reloaded while reading: %v", reloads)
	}
	press(m, "down", "down")
	selected := m.selectedPath()
	_, next = m.Update(runCmd(next)) // the next part, many of them dated after
	if got := m.selectedPath(); got != selected {
		t.Errorf("the cursor moved from %s to %s as briefings arrived", selected, got)
	}
	exec(m, next) // the rest
	if m.reading != nil || strings.Contains(plain(m), "reading") {
		t.Errorf("still reading:\n%s", plain(m))
	}
	if got := len(listed()); got != n-n/10 {
		t.Errorf("%d briefings listed, want the %d CLEAR ones", got, n-n/10)
	}
	if !slices.EqualFunc(reloads, [][]string{{"b001.md"}}, slices.Equal) {
		t.Errorf("reloads after reading: %v, want [[b001.md]]", reloads)
	}
}
