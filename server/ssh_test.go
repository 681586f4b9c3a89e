package server

import (
	"context"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"
)

// plumbing sets up two keys, alice authorized, mallory not, and a server
// running app.
type plumbing struct {
	ts             *testServer
	alice, mallory testKey
}

func newPlumbing(t *testing.T, cfg Config, a app) plumbing {
	t.Helper()
	requireTools(t, "ssh", "ssh-keygen")
	dir := t.TempDir()
	p := plumbing{alice: newTestKey(t, dir, "alice@test"), mallory: newTestKey(t, dir, "mallory@test")}
	if cfg.AuthorizedKeys == "" {
		cfg.AuthorizedKeys = filepath.Join(dir, "authorized_keys")
		writeAuthorizedKeys(t, cfg.AuthorizedKeys, p.alice)
	}
	p.ts = startServer(t, cfg, a)
	return p
}

func (p plumbing) tmuxSSH(t *testing.T, key testKey, w, h int) *tmux {
	args := sshArgs(p.ts, key.path, "-t", "127.0.0.1")
	return newTmux(t, w, h, "ssh "+strings.Join(args, " "))
}

func TestKnownKeyGetsReaderInTmux(t *testing.T) {
	p := newPlumbing(t, Config{}, &fakeApp{entries: []fakeEntry{{path: "a.md"}}})
	tm := p.tmuxSSH(t, p.alice, 90, 30)
	tm.waitScreen("FAKE READER size=90x30 pane=0", 10*time.Second)
	tm.send("Tab")
	tm.waitScreen("pane=1", 5*time.Second)
	tm.send("q")
	waitFor(t, 5*time.Second, "ssh to exit", func() bool { d, _ := tm.paneDead(); return d })
	if _, st := tm.paneDead(); st != 0 {
		t.Errorf("ssh exit status %d after q, want 0", st)
	}
	logs := p.ts.logs.String()
	for _, want := range []string{"connect", p.alice.fingerprint, "alice@test", "briefing opened", "a.md", "disconnect", "duration"} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %q:\n%s", want, logs)
		}
	}
}

func TestUnknownKeyRefused(t *testing.T) {
	p := newPlumbing(t, Config{}, &fakeApp{})
	out, err := runSSH(t, p.ts, p.mallory.path, "-tt", "127.0.0.1")
	if err == nil || !strings.Contains(out, "Permission denied (publickey)") {
		t.Fatalf("unknown key: err=%v out=%q, want Permission denied (publickey)", err, out)
	}
	if logs := p.ts.logs.String(); !strings.Contains(logs, "key refused") || !strings.Contains(logs, p.mallory.fingerprint) {
		t.Errorf("refused key not logged with its fingerprint:\n%s", logs)
	}
}

func TestPasswordAndKeyboardInteractiveRefused(t *testing.T) {
	p := newPlumbing(t, Config{}, &fakeApp{})
	// The real client: the server offers only publickey, so a client
	// allowed only password/keyboard-interactive gets nowhere.
	out, err := runSSH(t, p.ts, "", "-o", "PubkeyAuthentication=no",
		"-o", "PreferredAuthentications=password,keyboard-interactive", "127.0.0.1", "true")
	if err == nil || !strings.Contains(out, "Permission denied (publickey)") {
		t.Fatalf("password login: err=%v out=%q", err, out)
	}
	// And a client that actually sends a password is refused too.
	for name, auth := range map[string]gossh.AuthMethod{
		"password": gossh.Password("hunter2"),
		"keyboard-interactive": gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) {
			return []string{"hunter2"}, nil
		}),
	} {
		c, err := gossh.Dial("tcp", p.ts.addr.String(), &gossh.ClientConfig{
			User: "analyst", Auth: []gossh.AuthMethod{auth},
			HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second,
		})
		if err == nil {
			c.Close()
			t.Errorf("%s login succeeded", name)
		}
	}
}

func TestExecRefused(t *testing.T) {
	p := newPlumbing(t, Config{}, &fakeApp{})
	for _, extra := range [][]string{
		{"127.0.0.1", "cat", "/etc/passwd"},
		{"-tt", "127.0.0.1", "cat /etc/passwd"},
	} {
		out, err := runSSH(t, p.ts, p.alice.path, extra...)
		if err == nil || strings.Contains(out, "root:") || !strings.Contains(out, "commands are not allowed") {
			t.Errorf("ssh %v: err=%v out=%q, want refusal", extra, err, out)
		}
		if n := strings.Count(strings.TrimSpace(out), "\n"); n > 0 {
			t.Errorf("refusal is %d lines, want one: %q", n+1, out)
		}
	}
}

func TestNoPtyAsksForT(t *testing.T) {
	p := newPlumbing(t, Config{}, &fakeApp{})
	out, err := runSSH(t, p.ts, p.alice.path, "-T", "127.0.0.1")
	if err == nil || !strings.Contains(out, "ssh -t -p "+p.ts.port()) {
		t.Fatalf("no pty: err=%v out=%q, want a hint to use ssh -t", err, out)
	}
}

func TestSFTPRefused(t *testing.T) {
	p := newPlumbing(t, Config{}, &fakeApp{})
	requireTools(t, "sftp")
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	args := []string{
		"-F", "/dev/null", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
		"-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-i", p.alice.path, "-P", p.ts.port(), "-b", "-", "127.0.0.1",
	}
	cmd := exec.CommandContext(ctx, "sftp", args...)
	cmd.Stdin = strings.NewReader("get /etc/passwd\n")
	out, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), `"sftp" subsystem is not available`) {
		t.Fatalf("sftp: err=%v out=%q, want refusal", err, out)
	}
}

func TestPortForwardingRefused(t *testing.T) {
	p := newPlumbing(t, Config{}, &fakeApp{})
	// A target the forward would reach if it were allowed.
	target, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer target.Close()
	go func() {
		for {
			c, err := target.Accept()
			if err != nil {
				return
			}
			c.Write([]byte("SECRET\n"))
			c.Close()
		}
	}()
	free, _ := net.Listen("tcp", "127.0.0.1:0")
	localPort := free.Addr().(*net.TCPAddr).Port
	free.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	spec := strings.Join([]string{"127.0.0.1", itoa(localPort), "127.0.0.1", itoa(target.Addr().(*net.TCPAddr).Port)}, ":")
	args := sshArgs(p.ts, p.alice.path, "-N", "-L", spec, "127.0.0.1")
	for i, a := range args {
		if a == "LogLevel=ERROR" {
			args[i] = "LogLevel=INFO" // the refusal is logged at INFO by OpenSSH
		}
	}
	cmd := exec.CommandContext(ctx, "ssh", args...)
	var stderr syncBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	var c net.Conn
	waitFor(t, 10*time.Second, "ssh -L to listen", func() bool {
		c, err = net.Dial("tcp", "127.0.0.1:"+itoa(localPort))
		return err == nil
	})
	c.SetDeadline(time.Now().Add(5 * time.Second))
	buf := make([]byte, 64)
	n, _ := c.Read(buf)
	c.Close()
	if strings.Contains(string(buf[:n]), "SECRET") {
		t.Fatal("port forwarding reached the target")
	}
	waitFor(t, 5*time.Second, "ssh to report the refusal", func() bool {
		return strings.Contains(stderr.String(), "port forwarding is disabled")
	})
	// Remote forwarding: the request fails, and ExitOnForwardFailure ends ssh.
	out, err := runSSH(t, p.ts, p.alice.path, "-N", "-o", "ExitOnForwardFailure=yes", "-R", "127.0.0.1:0:127.0.0.1:22", "127.0.0.1")
	if err == nil || !strings.Contains(out, "forwarding failed") {
		t.Errorf("ssh -R: err=%v out=%q, want failure", err, out)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

func TestAgentForwardingNotUsed(t *testing.T) {
	p := newPlumbing(t, Config{}, &fakeApp{})
	requireTools(t, "ssh-agent")
	tm := newTmux(t, 80, 24, "ssh-agent sh -c 'ssh "+strings.Join(sshArgs(p.ts, p.alice.path, "-A", "-t", "127.0.0.1"), " ")+"'")
	tm.waitScreen("FAKE READER", 10*time.Second)
	tm.send("q")
	tm.waitScreen("agent forwarding is disabled", 5*time.Second)
}

func TestServerFull(t *testing.T) {
	p := newPlumbing(t, Config{MaxSessions: 1}, &fakeApp{})
	tm := p.tmuxSSH(t, p.alice, 80, 24)
	tm.waitScreen("FAKE READER", 10*time.Second)
	out, err := runSSH(t, p.ts, p.alice.path, "-tt", "127.0.0.1")
	if err == nil || !strings.Contains(out, "server full") {
		t.Fatalf("second session: err=%v out=%q, want server full", err, out)
	}
	tm.send("q")
	waitFor(t, 5*time.Second, "first session to end", func() bool { d, _ := tm.paneDead(); return d })
	// The slot is free again.
	tm2 := p.tmuxSSH(t, p.alice, 80, 24)
	tm2.waitScreen("FAKE READER", 10*time.Second)
}

func TestIdleTimeoutClosesSession(t *testing.T) {
	p := newPlumbing(t, Config{IdleTimeout: 700 * time.Millisecond}, &fakeApp{})
	tm := p.tmuxSSH(t, p.alice, 80, 24)
	tm.waitScreen("FAKE READER", 10*time.Second)
	// Keys keep it open...
	for range 4 {
		time.Sleep(300 * time.Millisecond)
		tm.send("Tab")
	}
	if d, _ := tm.paneDead(); d {
		t.Fatal("session closed while the user was typing")
	}
	// ...silence closes it with a message.
	tm.waitScreen("without a keypress", 5*time.Second)
}

func TestPanicEndsOnlyThatSession(t *testing.T) {
	p := newPlumbing(t, Config{}, &fakeApp{})
	other := p.tmuxSSH(t, p.alice, 80, 24)
	other.waitScreen("FAKE READER", 10*time.Second)
	tm := p.tmuxSSH(t, p.alice, 80, 24)
	tm.waitScreen("FAKE READER", 10*time.Second)
	tm.send("P")
	tm.waitScreen("internal error", 5*time.Second)
	other.send("Tab")
	other.waitScreen("pane=1", 5*time.Second)
	if out, err := runSSH(t, p.ts, p.mallory.path, "127.0.0.1"); err == nil {
		t.Fatalf("server misbehaves after a panic: %s", out)
	}
}

func TestResizeStormAndHugeWindow(t *testing.T) {
	p := newPlumbing(t, Config{}, &fakeApp{})
	tm := p.tmuxSSH(t, p.alice, 80, 24)
	tm.waitScreen("size=80x24", 10*time.Second)
	for i := range 200 {
		tm.resize(40+i%120, 10+i%50)
	}
	tm.resize(100, 40)
	tm.waitScreen("size=100x40", 10*time.Second)
	// A client claiming a huge window is clamped, not obeyed.
	tm.resize(1000, 1000)
	tm.waitScreen("size=400x150", 10*time.Second)
	tm.resize(90, 30)
	tm.send("Tab")
	tm.waitScreen("size=90x30 pane=1", 10*time.Second)
}

func TestReloadReachesEverySession(t *testing.T) {
	trigger := make(chan struct{})
	a := &fakeApp{watchFn: func(ctx context.Context, broadcast func(tea.Msg)) {
		select {
		case <-trigger:
			broadcast(fakeReloadMsg{gen: 7})
		case <-ctx.Done():
		}
	}}
	p := newPlumbing(t, Config{}, a)
	var tms []*tmux
	for range 3 {
		tm := p.tmuxSSH(t, p.alice, 80, 24)
		tm.waitScreen("FAKE READER", 10*time.Second)
		tms = append(tms, tm)
	}
	close(trigger)
	for _, tm := range tms {
		tm.waitScreen("gen=7", 5*time.Second)
	}
}

func TestShutdownTellsSessionsAndReturnsNil(t *testing.T) {
	p := newPlumbing(t, Config{}, &fakeApp{})
	var tms []*tmux
	for range 3 {
		tm := p.tmuxSSH(t, p.alice, 80, 24)
		tm.waitScreen("FAKE READER", 10*time.Second)
		tms = append(tms, tm)
	}
	start := time.Now()
	if err := p.ts.stop(t); err != nil {
		t.Fatalf("Run returned %v after ctx was cancelled, want nil", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("shutdown took %s, want < 10 s", d)
	}
	for _, tm := range tms {
		tm.waitScreen("server is shutting down", 5*time.Second)
	}
	if _, err := net.DialTimeout("tcp", p.ts.addr.String(), time.Second); err == nil {
		t.Error("still accepting connections after shutdown")
	}
}

func TestNoUsableKeysRefusesToStart(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	os.WriteFile(empty, []byte("# nobody yet\nnot a key\n"), 0o600)
	for name, path := range map[string]string{"missing": filepath.Join(dir, "nope"), "empty": empty} {
		err := run(context.Background(), Config{Listen: "127.0.0.1:0", AuthorizedKeys: path, HostKeyPath: filepath.Join(dir, "hk")}, &fakeApp{})
		if err == nil || !strings.Contains(err.Error(), "no usable keys") || !strings.Contains(err.Error(), path) {
			t.Errorf("%s authorized_keys: err = %v, want a refusal naming the file", name, err)
		}
	}
}

func TestAnyoneLetsAnyKeyInWithAWarning(t *testing.T) {
	dir := t.TempDir()
	p := newPlumbing(t, Config{Anyone: true, AuthorizedKeys: filepath.Join(dir, "missing")}, &fakeApp{})
	tm := p.tmuxSSH(t, p.mallory, 80, 24)
	tm.waitScreen("FAKE READER", 10*time.Second)
	if logs := p.ts.logs.String(); !strings.Contains(logs, "WARN") || !strings.Contains(logs, "--anyone") {
		t.Errorf("no warning about --anyone:\n%s", logs)
	}
}

func TestKeyWithoutGrantIsToldSo(t *testing.T) {
	dir := t.TempDir()
	access := filepath.Join(dir, "access.yaml")
	os.WriteFile(access, []byte("grants:\n  - keys: [somebody@else]\n    all: true\n"), 0o600)
	p := newPlumbing(t, Config{AccessFile: access}, &fakeApp{})
	out, err := runSSH(t, p.ts, p.alice.path, "-tt", "127.0.0.1")
	if err == nil || !strings.Contains(out, "no briefing is granted to this key") {
		t.Fatalf("key without grant: err=%v out=%q", err, out)
	}
	if logs := p.ts.logs.String(); !strings.Contains(logs, `somebody@else\" matches no key`) && !strings.Contains(logs, "matches no key") {
		t.Errorf("unknown key name in the access file not reported:\n%s", logs)
	}
}

// sshPipe is the real ssh client with a forced pty whose input the test
// writes, as if typed, and whose output it reads.
type sshPipe struct {
	cmd *exec.Cmd
	in  interface{ Write([]byte) (int, error) }
	out *syncBuffer
}

func startSSHPipe(t *testing.T, ts *testServer, key string) *sshPipe {
	return startSSHPipeTimeout(t, ts, key, 5*time.Second)
}

// startSSHPipeTimeout is startSSHPipe with ssh's ConnectTimeout (which
// covers the banner exchange) set to d.
func startSSHPipeTimeout(t *testing.T, ts *testServer, key string, d time.Duration) *sshPipe {
	t.Helper()
	requireTools(t, "ssh")
	args := sshArgs(ts, key, "-tt", "127.0.0.1")
	for i, a := range args {
		if a == "ConnectTimeout=5" {
			args[i] = "ConnectTimeout=" + strconv.Itoa(int(d.Seconds()))
		}
	}
	cmd := exec.Command("ssh", args...)
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out := &syncBuffer{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { in.Close(); cmd.Process.Kill(); cmd.Wait() })
	return &sshPipe{cmd: cmd, in: in, out: out}
}

// TestTypedWindowSizeReportIsClamped types the in-band resize report
// (CSI 8;rows;cols t, which Bubble Tea decodes from input into a
// WindowSizeMsg) over the real ssh client: the model must see the clamped
// size, and the server's memory must not follow the claimed window.
func TestTypedWindowSizeReportIsClamped(t *testing.T) {
	p := newPlumbing(t, Config{}, &fakeApp{})
	const n = 3
	var pipes []*sshPipe
	for range n {
		sp := startSSHPipe(t, p.ts, p.alice.path)
		waitFor(t, 10*time.Second, "the reader", func() bool { return strings.Contains(sp.out.String(), "FAKE READER") })
		pipes = append(pipes, sp)
	}
	before, _ := heapInuse()
	for _, sp := range pipes {
		sp.in.Write([]byte("\x1b[8;1024;1024t"))
	}
	for _, sp := range pipes {
		waitFor(t, 10*time.Second, "the typed size to reach the model", func() bool {
			s := sp.out.String()
			return strings.Contains(s, "size=400x150") || strings.Contains(s, "size=1024x1024")
		})
		if s := sp.out.String(); strings.Contains(s, "size=1024x1024") {
			t.Fatalf("the model saw the typed 1024x1024 window, want it clamped to 400x150")
		}
	}
	after, _ := heapInuse()
	// 400x150 costs ~13 MiB of cell buffers at most; 1024x1024 ~220 MiB.
	if grow := int64(after) - int64(before); grow > n*20<<20 {
		t.Errorf("server heap grew %d MiB for %d sessions typing a 1024x1024 size report, want < %d MiB", grow>>20, n, n*20)
	}
}

// TestRemovedKeyEndsOpenSession removes a key from authorized_keys while
// its session is open: the session ends within 5 s with one line, and other
// keys' sessions go on.
func TestRemovedKeyEndsOpenSession(t *testing.T) {
	dir := t.TempDir()
	alice, bob := newTestKey(t, dir, "alice@test"), newTestKey(t, dir, "bob@test")
	ak := filepath.Join(dir, "authorized_keys")
	writeAuthorizedKeys(t, ak, alice, bob)
	p := newPlumbing(t, Config{AuthorizedKeys: ak}, &fakeApp{})
	ta := p.tmuxSSH(t, alice, 80, 24)
	ta.waitScreen("FAKE READER", 10*time.Second)
	tb := p.tmuxSSH(t, bob, 80, 24)
	tb.waitScreen("FAKE READER", 10*time.Second)

	writeAuthorizedKeys(t, ak, bob)
	ta.waitScreen("your key was removed from authorized_keys", 5*time.Second)
	waitFor(t, 2*time.Second, "alice's ssh to exit", func() bool { d, _ := ta.paneDead(); return d })
	tb.send("Tab")
	tb.waitScreen("pane=1", 5*time.Second)
	if logs := p.ts.logs.String(); !strings.Contains(logs, "key removed") || !strings.Contains(logs, alice.fingerprint) {
		t.Errorf("the revocation is not logged with the key:\n%s", logs)
	}
}

// TestTeaTraceIgnoredUnlessAsked: Bubble Tea writes every frame to the file
// TEA_TRACE names, briefing content included; the server must not, unless
// the operator says --trace.
func TestTeaTraceIgnoredUnlessAsked(t *testing.T) {
	for _, trace := range []bool{false, true} {
		trace := trace
		t.Run(strconv.FormatBool(trace), func(t *testing.T) {
			tf := filepath.Join(t.TempDir(), "frames.log")
			t.Setenv("TEA_TRACE", tf)
			p := newPlumbing(t, Config{Trace: trace}, &fakeApp{entries: []fakeEntry{{path: "secret-briefing.md"}}})
			tm := p.tmuxSSH(t, p.alice, 80, 24)
			tm.waitScreen("secret-briefing.md", 10*time.Second)
			tm.send("q")
			waitFor(t, 5*time.Second, "ssh to exit", func() bool { d, _ := tm.paneDead(); return d })
			data, _ := os.ReadFile(tf)
			if got := strings.Contains(string(data), "secret-briefing.md"); got != trace {
				t.Errorf("with trace=%v, the trace file holds the screen: %v", trace, got)
			}
			if logs := p.ts.logs.String(); !strings.Contains(logs, "TEA_TRACE") {
				t.Errorf("TEA_TRACE not mentioned in the log:\n%s", logs)
			}
		})
	}
}

// TestKeyBrieflyMissingKeepsItsSession: authorized_keys rewritten in place
// is briefly short of keys; a key that is back within a moment keeps its
// session.
func TestKeyBrieflyMissingKeepsItsSession(t *testing.T) {
	dir := t.TempDir()
	alice, bob := newTestKey(t, dir, "alice@test"), newTestKey(t, dir, "bob@test")
	ak := filepath.Join(dir, "authorized_keys")
	writeAuthorizedKeys(t, ak, alice, bob)
	p := newPlumbing(t, Config{AuthorizedKeys: ak}, &fakeApp{})
	ta := p.tmuxSSH(t, alice, 80, 24)
	ta.waitScreen("FAKE READER", 10*time.Second)

	writeAuthorizedKeys(t, ak, bob)
	time.Sleep(revalidateDebounce + 200*time.Millisecond)
	writeAuthorizedKeys(t, ak, bob, alice)
	time.Sleep(confirmEnd + time.Second)
	if d, _ := ta.paneDead(); d {
		t.Fatalf("the session ended although its key came back:\n%s", ta.capture())
	}
	ta.send("Tab")
	ta.waitScreen("pane=1", 5*time.Second)
}
