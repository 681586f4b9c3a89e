// Package e2e drives the real brief binary in tmux (and over the real ssh
// client), as a user would: send-keys in, capture-pane out.
//
// TestMain builds the binary once. tmux is required: without it every test
// fails (CI installs it; see .ci/run), it never skips.
package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/brief-team/brief/internal/buildtest"
)

var (
	// briefBin is the brief binary built by TestMain.
	briefBin string
	// tracked makes the first test that starts a program Track the sources
	// briefBin was built from, which TestMain cannot do for the test cache.
	tracked sync.Once
	// tmuxSocket isolates our tmux server from the user's and from other
	// test binaries.
	tmuxSocket string
)

func TestMain(m *testing.M) {
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	if _, err := exec.LookPath("tmux"); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: tmux is required (apt-get install tmux; .ci/run installs it):", err)
		return 1
	}
	dir, err := os.MkdirTemp("", "brief-e2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	// The binaries' item cache (grep, the library search) stays out of
	// the user's cache directory.
	os.Setenv("BRIEF_CACHE_DIR", filepath.Join(dir, "cache"))
	briefBin = filepath.Join(dir, "brief")
	if err := buildtest.Build(context.Background(), moduleRoot(), briefBin); err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	tmuxSocket = fmt.Sprintf("brief-e2e-%d", os.Getpid())
	defer exec.Command("tmux", "-L", tmuxSocket, "kill-server").Run()
	// tmux exits with its last session; a session that lives as long as
	// the tests keeps the server up between tests.
	if out, err := tmux("-f", "/dev/null", "new-session", "-d", "-s", "keeper", "sleep 86400"); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: tmux:", err, out)
		return 1
	}
	return m.Run()
}

// moduleRoot is the repository root (the parent of e2e/).
func moduleRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(filepath.Dir(file))
}

// tmuxEnv is the environment for tmux itself: it refuses to start without
// a usable TERM.
func tmuxEnv() []string {
	env := os.Environ()
	if t := os.Getenv("TERM"); t == "" || t == "dumb" {
		env = append(env, "TERM=xterm-256color")
	}
	return env
}

func tmux(args ...string) (string, error) {
	cmd := exec.Command("tmux", append([]string{"-L", tmuxSocket}, args...)...)
	cmd.Env = tmuxEnv()
	out, err := cmd.CombinedOutput()
	if err != nil {
		return string(out), fmt.Errorf("tmux %s: %v: %s", strings.Join(args, " "), err, out)
	}
	return string(out), nil
}

// Term is one program running in a detached tmux session of fixed size.
type Term struct {
	t    testing.TB
	name string
}

// exitMarker is printed by the wrapper shell when the program exits, so
// tests can wait for the exit and read its status on the screen.
const exitMarker = "[brief exited "

var exitRe = regexp.MustCompile(`\[brief exited (\d+)\]`)

// StartBrief runs the built brief with args in a w x h tmux window. env
// entries (KEY=VALUE) are set for brief only; BRIEF_LIBRARY is cleared
// unless given, so the embedded library is used.
func StartBrief(t testing.TB, w, h int, env []string, args ...string) *Term {
	t.Helper()
	return StartCommand(t, w, h, env, append([]string{briefBin}, args...)...)
}

// StartCommand runs argv in a w x h tmux window (see StartBrief).
func StartCommand(t testing.TB, w, h int, env []string, argv ...string) *Term {
	t.Helper()
	tracked.Do(func() {
		if err := buildtest.Track(moduleRoot()); err != nil {
			t.Fatal(err)
		}
	})
	name := fmt.Sprintf("t%d", time.Now().UnixNano())
	quoted := make([]string, len(argv))
	for i, a := range argv {
		quoted[i] = shellQuote(a)
	}
	// The shell stays after the program so that its last screen and exit
	// status can be read.
	// The status is saved before the first echo, whose own status would
	// replace it.
	script := strings.Join(quoted, " ") + "; s=$?; echo; echo \"" + exitMarker + "$s]\"; sleep 3600"
	args := []string{"new-session", "-d", "-s", name, "-x", strconv.Itoa(w), "-y", strconv.Itoa(h)}
	env = append([]string{"BRIEF_LIBRARY="}, env...)
	for _, e := range env {
		args = append(args, "-e", e)
	}
	args = append(args, "sh", "-c", script)
	if _, err := tmux(args...); err != nil {
		t.Fatal(err)
	}
	tm := &Term{t: t, name: name}
	t.Cleanup(tm.Kill)
	return tm
}

func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// Keys sends tmux key names: "Enter", "Escape", "Tab", "BTab", "BSpace",
// "PageDown", "C-c", "j", ...
func (tm *Term) Keys(keys ...string) {
	tm.t.Helper()
	for _, k := range keys {
		if _, err := tmux("send-keys", "-t", tm.name, k); err != nil {
			tm.t.Fatal(err)
		}
	}
}

// Type sends text literally.
func (tm *Term) Type(s string) {
	tm.t.Helper()
	if _, err := tmux("send-keys", "-t", tm.name, "-l", s); err != nil {
		tm.t.Fatal(err)
	}
}

// Screen returns the visible text, one string per row, trailing spaces cut.
func (tm *Term) Screen() []string {
	tm.t.Helper()
	out, err := tmux("capture-pane", "-p", "-t", tm.name)
	if err != nil {
		tm.t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], " ")
	}
	return lines
}

// Styled returns the visible screen with its escape sequences (SGR).
func (tm *Term) Styled() string {
	tm.t.Helper()
	out, err := tmux("capture-pane", "-p", "-e", "-t", tm.name)
	if err != nil {
		tm.t.Fatal(err)
	}
	return out
}

// WaitFor polls the screen until ok accepts it, and fails the test with
// the last screen after timeout.
func (tm *Term) WaitFor(what string, timeout time.Duration, ok func(screen []string) bool) []string {
	tm.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		s := tm.Screen()
		if ok(s) {
			return s
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("timed out after %v waiting for %s; screen:\n%s", timeout, what, strings.Join(s, "\n"))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Settled returns the screen once two captures 30 ms apart agree: a
// capture can fall between the writes of one frame (under load, a frame
// drawn line by line is seen half old, half new).
func (tm *Term) Settled() []string {
	tm.t.Helper()
	prev := strings.Join(tm.Screen(), "\n")
	for range 100 {
		time.Sleep(30 * time.Millisecond)
		s := tm.Screen()
		if cur := strings.Join(s, "\n"); cur == prev {
			return s
		} else {
			prev = cur
		}
	}
	tm.t.Fatalf("the screen did not settle in 3 s:\n%s", prev)
	return nil
}

// WaitText waits until the screen shows every text.
func (tm *Term) WaitText(texts ...string) []string {
	tm.t.Helper()
	return tm.WaitFor(fmt.Sprintf("%q", texts), 10*time.Second, func(s []string) bool {
		all := strings.Join(s, "\n")
		for _, x := range texts {
			if !strings.Contains(all, x) {
				return false
			}
		}
		return true
	})
}

// Resize changes the window size.
func (tm *Term) Resize(w, h int) {
	tm.t.Helper()
	if _, err := tmux("resize-window", "-t", tm.name, "-x", strconv.Itoa(w), "-y", strconv.Itoa(h)); err != nil {
		tm.t.Fatal(err)
	}
}

// WaitExit waits for the program to exit and returns its status.
func (tm *Term) WaitExit(timeout time.Duration) int {
	tm.t.Helper()
	s := tm.WaitFor("exit", timeout, func(s []string) bool { return exitRe.MatchString(strings.Join(s, "\n")) })
	m := exitRe.FindStringSubmatch(strings.Join(s, "\n"))
	n, _ := strconv.Atoi(m[1])
	return n
}

// PID returns the process id of the program (the child of the wrapper
// shell).
func (tm *Term) PID() int {
	tm.t.Helper()
	out, err := tmux("display-message", "-p", "-t", tm.name, "#{pane_pid}")
	if err != nil {
		tm.t.Fatal(err)
	}
	shell, _ := strconv.Atoi(strings.TrimSpace(out))
	children, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/children", shell, shell))
	if err != nil {
		tm.t.Fatal(err)
	}
	f := strings.Fields(string(children))
	if len(f) == 0 {
		tm.t.Fatal("the program is not running")
	}
	pid, _ := strconv.Atoi(f[0])
	return pid
}

// Kill ends the session and its program.
func (tm *Term) Kill() {
	tmux("kill-session", "-t", tm.name)
}
