package server

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
)

// requireTools fails (never skips) when a tool the tests drive is missing:
// .ci/run installs them.
func requireTools(t testing.TB, names ...string) {
	t.Helper()
	for _, n := range names {
		if _, err := exec.LookPath(n); err != nil {
			t.Fatalf("%s is required for the SSH end-to-end tests (apt-get install openssh-client tmux): %v", n, err)
		}
	}
}

// testKey is a client key pair made with ssh-keygen.
type testKey struct {
	path        string // private key
	pub         string // authorized_keys line
	fingerprint string
	comment     string
}

func newTestKey(t testing.TB, dir, comment string) testKey {
	t.Helper()
	requireTools(t, "ssh-keygen")
	p := filepath.Join(dir, strings.NewReplacer("@", "_", "/", "_").Replace(comment))
	out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", p).CombinedOutput()
	if err != nil {
		t.Fatalf("ssh-keygen: %v\n%s", err, out)
	}
	pub, err := os.ReadFile(p + ".pub")
	if err != nil {
		t.Fatal(err)
	}
	fp, err := exec.Command("ssh-keygen", "-l", "-E", "sha256", "-f", p+".pub").Output()
	if err != nil {
		t.Fatal(err)
	}
	return testKey{path: p, pub: strings.TrimSpace(string(pub)), fingerprint: strings.Fields(string(fp))[1], comment: comment}
}

func writeAuthorizedKeys(t testing.TB, path string, keys ...testKey) {
	t.Helper()
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(k.pub + "\n")
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
}

// syncBuffer is a log sink tests read while the server writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testServer is a server started by startServer.
type testServer struct {
	addr   *net.TCPAddr
	logs   *syncBuffer
	cancel context.CancelFunc
	done   chan error
	dir    string

	stopOnce sync.Once
	err      error
}

func (ts *testServer) port() string { return strconv.Itoa(ts.addr.Port) }

// stop cancels the server's context and returns Run's result.
func (ts *testServer) stop(t testing.TB) error {
	t.Helper()
	ts.cancel()
	ok := true
	ts.stopOnce.Do(func() {
		select {
		case ts.err = <-ts.done:
		case <-time.After(15 * time.Second):
			ok = false
		}
	})
	if !ok {
		t.Fatal("server did not stop within 15 s")
	}
	return ts.err
}

// startServer runs the server with a on a loopback port. cfg's key paths
// default to files in a temp dir; the server is stopped at cleanup.
func startServer(t testing.TB, cfg Config, a app) *testServer {
	t.Helper()
	dir := t.TempDir()
	if cfg.Listen == "" {
		cfg.Listen = "127.0.0.1:0"
	}
	if cfg.HostKeyPath == "" {
		cfg.HostKeyPath = filepath.Join(dir, "hostkey")
	}
	logs := &syncBuffer{}
	if cfg.Logger == nil {
		cfg.Logger = log.New(logs)
		cfg.Logger.SetLevel(log.DebugLevel)
	}
	ready := make(chan net.Addr, 1)
	cfg.Ready = func(a net.Addr) { ready <- a }
	ctx, cancel := context.WithCancel(context.Background())
	ts := &testServer{logs: logs, cancel: cancel, done: make(chan error, 1), dir: dir}
	go func() { ts.done <- run(ctx, cfg, a) }()
	select {
	case a := <-ready:
		ts.addr = a.(*net.TCPAddr)
	case err := <-ts.done:
		cancel()
		t.Fatalf("server did not start: %v", err)
	case <-time.After(10 * time.Second):
		cancel()
		t.Fatal("server did not start within 10 s")
	}
	t.Cleanup(func() { ts.stop(t) })
	return ts
}

// sshArgs are the options every test connection uses: no known_hosts, only
// the given key, never a prompt.
func sshArgs(ts *testServer, key string, extra ...string) []string {
	args := []string{
		"-F", "/dev/null",
		"-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
		"-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "LogLevel=ERROR",
		"-o", "ConnectTimeout=5",
		"-p", ts.port(),
	}
	if key != "" {
		args = append(args, "-i", key)
	}
	args = append(args, extra...)
	return args
}

// runSSH runs the ssh client to completion (bounded by 20 s) and returns its
// combined output and error.
func runSSH(t testing.TB, ts *testServer, key string, extra ...string) (string, error) {
	t.Helper()
	requireTools(t, "ssh")
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "ssh", sshArgs(ts, key, extra...)...)
	cmd.Stdin = strings.NewReader("")
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("ssh %v timed out; output:\n%s", extra, out)
	}
	return string(out), err
}

// waitFor polls cond until it holds or the timeout passes.
func waitFor(t testing.TB, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// tmux drives a terminal on its own server socket so tests never touch the
// user's tmux or each other's.
type tmux struct {
	t      testing.TB
	socket string
	name   string
}

func newTmux(t testing.TB, width, height int, command string) *tmux {
	t.Helper()
	requireTools(t, "tmux", "ssh")
	tm := &tmux{t: t, socket: fmt.Sprintf("brief-server-test-%d-%d", os.Getpid(), time.Now().UnixNano()), name: "s"}
	out, err := tm.cmd("new-session", "-d", "-s", tm.name, "-x", strconv.Itoa(width), "-y", strconv.Itoa(height), command)
	if err != nil {
		t.Fatalf("tmux new-session: %v\n%s", err, out)
	}
	// Keep the pane after ssh exits so the last screen can be read.
	tm.cmd("set-option", "-t", tm.name, "remain-on-exit", "on")
	t.Cleanup(func() { tm.cmd("kill-server") })
	return tm
}

func (tm *tmux) cmd(args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "tmux", append([]string{"-L", tm.socket, "-f", "/dev/null"}, args...)...).CombinedOutput()
	return string(out), err
}

func (tm *tmux) capture() string {
	out, err := tm.cmd("capture-pane", "-p", "-S", "-", "-t", tm.name)
	if err != nil {
		tm.t.Fatalf("capture-pane: %v\n%s", err, out)
	}
	return out
}

func (tm *tmux) send(keys ...string) {
	if out, err := tm.cmd(append([]string{"send-keys", "-t", tm.name}, keys...)...); err != nil {
		tm.t.Fatalf("send-keys: %v\n%s", err, out)
	}
}

// waitScreen waits until the pane shows want.
func (tm *tmux) waitScreen(want string, timeout time.Duration) string {
	tm.t.Helper()
	var last string
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		last = tm.capture()
		if strings.Contains(last, want) {
			return last
		}
		time.Sleep(50 * time.Millisecond)
	}
	tm.t.Fatalf("screen never showed %q; last screen:\n%s", want, last)
	return ""
}

// paneDead reports whether the pane's command (ssh) has exited, and its status.
func (tm *tmux) paneDead() (bool, int) {
	out, err := tm.cmd("display-message", "-p", "-t", tm.name, "#{pane_dead} #{pane_dead_status}")
	if err != nil {
		return false, 0
	}
	f := strings.Fields(out)
	if len(f) < 1 || f[0] != "1" {
		return false, 0
	}
	st := 0
	if len(f) > 1 {
		st, _ = strconv.Atoi(f[1])
	}
	return true, st
}

// resize changes the tmux window, which makes ssh send window-change.
func (tm *tmux) resize(w, h int) {
	if out, err := tm.cmd("resize-window", "-t", tm.name, "-x", strconv.Itoa(w), "-y", strconv.Itoa(h)); err != nil {
		tm.t.Fatalf("resize-window: %v\n%s", err, out)
	}
}

// fakeApp is a tiny reader for testing the SSH plumbing: it lists the
// entries its session may see, shows its window size, flips between two
// panes with tab, quits on q and panics on P.
type fakeApp struct {
	entries []fakeEntry
	mu      sync.Mutex
	gen     int // bumped by reload
	watchFn func(ctx context.Context, broadcast func(tea.Msg))
}

type fakeEntry struct {
	path, marking string
	tags          []string
}

type fakeReloadMsg struct{ gen int }

// fakeAccessMsg says the session's grant changed.
type fakeAccessMsg struct{ everything bool }

func (a *fakeApp) accessChanged(everything bool) tea.Msg { return fakeAccessMsg{everything} }

func (a *fakeApp) newModel(env sessionEnv) tea.Model {
	a.mu.Lock()
	defer a.mu.Unlock()
	m := &fakeModel{gen: a.gen}
	for _, e := range a.entries {
		if env.allow(e.path, e.marking, e.tags) {
			m.visible = append(m.visible, e.path)
		}
	}
	if len(m.visible) > 0 {
		env.opened(m.visible[0])
	}
	return m
}

func (a *fakeApp) watch(ctx context.Context, _ *log.Logger, broadcast func(tea.Msg)) error {
	if a.watchFn != nil {
		a.watchFn(ctx, broadcast)
	}
	<-ctx.Done()
	return nil
}

type fakeModel struct {
	visible []string
	w, h    int
	pane    int
	gen     int
	resizes int
}

func (m *fakeModel) Init() tea.Cmd { return nil }

func (m *fakeModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
		m.resizes++
	case fakeReloadMsg:
		m.gen = msg.gen
	case tea.KeyPressMsg:
		switch msg.String() {
		case "q":
			return m, tea.Quit
		case "tab":
			m.pane = (m.pane + 1) % 2
		case "P":
			panic("fake reader panic")
		}
	}
	return m, nil
}

func (m *fakeModel) View() tea.View {
	var b strings.Builder
	fmt.Fprintf(&b, "FAKE READER size=%dx%d pane=%d gen=%d\n", m.w, m.h, m.pane, m.gen)
	for _, p := range m.visible {
		b.WriteString("item " + p + "\n")
	}
	v := tea.NewView(b.String())
	v.AltScreen = true
	return v
}
