package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// The search end-to-end test drives the real binary in tmux, as a user
// would: it searches the shipped briefing for a word that two panes
// contain and walks the matches with n and N.

var (
	searchBinOnce sync.Once
	searchBin     string
	searchBinErr  error
)

// searchBrief builds brief once for this test binary.
func searchBrief(t *testing.T) string {
	t.Helper()
	searchBinOnce.Do(func() {
		dir, err := os.MkdirTemp("", "brief-e2e-search")
		if err != nil {
			searchBinErr = err
			return
		}
		searchBin = filepath.Join(dir, "brief")
		cmd := exec.Command("go", "build", "-o", searchBin, ".")
		cmd.Dir = repoRoot()
		if out, err := cmd.CombinedOutput(); err != nil {
			searchBinErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if searchBinErr != nil {
		t.Fatal(searchBinErr)
	}
	return searchBin
}

func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(filepath.Dir(file))
}

// searchTmux is one brief running in a detached tmux session.
type searchTmux struct {
	t    *testing.T
	name string
}

func startSearchTmux(t *testing.T, w, h int, args ...string) *searchTmux {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Fatalf("tmux is required for the end-to-end tests (apt-get install tmux): %v", err)
	}
	bin := searchBrief(t)
	s := &searchTmux{t: t, name: fmt.Sprintf("brief-search-%d-%d", os.Getpid(), time.Now().UnixNano())}
	cmdline := bin
	for _, a := range args {
		cmdline += " '" + a + "'"
	}
	cmd := exec.Command("tmux", "new-session", "-d", "-s", s.name, "-x", fmt.Sprint(w), "-y", fmt.Sprint(h), cmdline)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color", "BRIEF_LIBRARY=")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("tmux new-session: %v: %s", err, out)
	}
	t.Cleanup(func() { exec.Command("tmux", "kill-session", "-t", s.name).Run() })
	return s
}

// keys sends tmux key names ("Enter", "Escape", "n", "N").
func (s *searchTmux) keys(keys ...string) {
	s.t.Helper()
	args := append([]string{"send-keys", "-t", s.name}, keys...)
	if out, err := exec.Command("tmux", args...).CombinedOutput(); err != nil {
		s.t.Fatalf("tmux send-keys %q: %v: %s", keys, err, out)
	}
}

// text types literal text.
func (s *searchTmux) text(txt string) {
	s.t.Helper()
	if out, err := exec.Command("tmux", "send-keys", "-t", s.name, "-l", txt).CombinedOutput(); err != nil {
		s.t.Fatalf("tmux send-keys -l %q: %v: %s", txt, err, out)
	}
}

// screen captures the pane; with escapes, styles are kept.
func (s *searchTmux) screen(escapes bool) string {
	s.t.Helper()
	args := []string{"capture-pane", "-p", "-t", s.name}
	if escapes {
		args = append(args, "-e")
	}
	out, err := exec.Command("tmux", args...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux capture-pane: %v: %s", err, out)
	}
	return string(out)
}

// waitFor waits until the plain screen satisfies ok.
func (s *searchTmux) waitFor(what string, ok func(screen string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		scr := s.screen(false)
		if ok(scr) {
			s.t.Logf("%s after %v", what, time.Since(deadline.Add(-10*time.Second)))
			return scr
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("timed out waiting for %s; screen:\n%s", what, scr)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (s *searchTmux) waitText(txt string) string {
	s.t.Helper()
	return s.waitFor(fmt.Sprintf("%q", txt), func(scr string) bool { return strings.Contains(scr, txt) })
}

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
	s := startSearchTmux(t, 100, 30, filepath.Join(repoRoot(), "briefings", "iran-albania.md"))
	s.waitText("Summary")

	// "ministry" is in two panes: three times in Actors (the Iranian
	// foreign ministry, the Interior Ministry twice on one line), once in
	// the Timeline.
	s.keys("/")
	s.text("ministry")
	scr := s.waitText("match 1 of 4")
	if !strings.Contains(scr, "Actors (3)") || !strings.Contains(scr, "Timeline (1)") || strings.Contains(scr, "Summary (") {
		t.Fatalf("tab counts missing:\n%s", scr)
	}
	s.keys("Enter")
	scr = s.waitFor("the first match in Actors", func(scr string) bool {
		return strings.Contains(scr, "/ministry") && strings.Contains(scr, "match 1 of 4")
	})
	if tab := activeTab(s.screen(true)); !strings.Contains(tab, "Actors") {
		t.Fatalf("active tab %q, want Actors:\n%s", tab, scr)
	}
	if !strings.Contains(s.screen(true), "\x1b[") || !strings.Contains(scr, "foreign ministry") {
		t.Fatalf("match not on screen:\n%s", scr)
	}

	s.keys("n")
	s.waitText("match 2 of 4")
	s.keys("n")
	s.waitText("match 3 of 4")
	if tab := activeTab(s.screen(true)); !strings.Contains(tab, "Actors") {
		t.Fatalf("match 3 is in Actors (active tab %q)", tab)
	}
	s.keys("n")
	scr = s.waitText("match 4 of 4")
	if tab := activeTab(s.screen(true)); !strings.Contains(tab, "Timeline") {
		t.Fatalf("n did not cross into the Timeline (active tab %q):\n%s", tab, scr)
	}
	if !strings.Contains(scr, "ministry had agreed") {
		t.Fatalf("the Timeline match is not on screen:\n%s", scr)
	}

	s.keys("n")
	scr = s.waitText("match 1 of 4")
	if !strings.Contains(scr, "search wrapped") {
		t.Fatalf("wrap not reported:\n%s", scr)
	}
	if tab := activeTab(s.screen(true)); !strings.Contains(tab, "Actors") {
		t.Fatalf("n at the end did not wrap to Actors (active tab %q)", tab)
	}

	s.keys("N")
	scr = s.waitFor("N wrapping back to match 4", func(scr string) bool {
		return strings.Contains(scr, "match 4 of 4") && strings.Contains(scr, "search wrapped")
	})
	if tab := activeTab(s.screen(true)); !strings.Contains(tab, "Timeline") {
		t.Fatalf("N at the start did not wrap to the Timeline (active tab %q):\n%s", tab, scr)
	}
	s.keys("N")
	scr = s.waitText("match 3 of 4")
	if strings.Contains(scr, "search wrapped") {
		t.Fatalf("wrapped still shown after a plain N:\n%s", scr)
	}

	// esc clears the highlights and counts; the reader stays open.
	s.keys("Escape")
	scr = s.waitFor("cleared search", func(scr string) bool { return !strings.Contains(scr, "Actors (3)") })
	if strings.Contains(scr, "match 3 of 4") || !strings.Contains(scr, "Actors") {
		t.Fatalf("esc did not clear the search:\n%s", scr)
	}
}

func TestSearchNoMatchAndRegexpError(t *testing.T) {
	s := startSearchTmux(t, 100, 30, filepath.Join(repoRoot(), "briefings", "iran-albania.md"))
	s.waitText("Summary")
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
	scr := s.waitText("/cyber.*attack/")
	if !regexp.MustCompile(`match 1 of \d+`).MatchString(scr) {
		t.Fatalf("regexp search:\n%s", scr)
	}
}
