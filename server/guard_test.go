package server

import (
	"context"
	"errors"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"charm.land/log/v2"
)

// TestSixtySessionsFromOneAddressAllGetIn opens 60 sessions with the real
// ssh client from 127.0.0.1 at once, with the server's defaults: an office
// behind one NAT address, or everyone on a shared box, must not be turned
// away by a limit meant for strangers.
func TestSixtySessionsFromOneAddressAllGetIn(t *testing.T) {
	requireTools(t, "ssh", "ssh-keygen")
	dir := t.TempDir()
	var keys []testKey
	for i := range 6 {
		keys = append(keys, newTestKey(t, dir, "analyst"+strconv.Itoa(i)+"@office"))
	}
	ak := filepath.Join(dir, "authorized_keys")
	writeAuthorizedKeys(t, ak, keys...)
	ts := startServer(t, Config{AuthorizedKeys: ak}, &fakeApp{})
	const n = 60
	pipes := make([]*sshPipe, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Go(func() {
			<-start
			// 60 clients at once on a shared 2-core machine can take
			// more than ssh's usual 5 s to exchange banners: what is
			// tested is that none is refused, not how fast they are.
			pipes[i] = startSSHPipeTimeout(t, ts, keys[i%len(keys)].path, 30*time.Second)
		})
	}
	close(start)
	wg.Wait()
	deadline := time.Now().Add(60 * time.Second)
	for _, sp := range pipes {
		for !strings.Contains(sp.out.String(), "FAKE READER") {
			if time.Now().After(deadline) {
				for j, sp := range pipes {
					if !strings.Contains(sp.out.String(), "FAKE READER") {
						t.Errorf("session %d of %d never got the reader: %q", j+1, n, sp.out.String())
					}
				}
				t.Fatalf("server log:\n%s", ts.logs.String())
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}

// TestLoginSucceedsDuringBareConnectionFlood opens 5,000 bare TCP
// connections to `brief serve` (the real binary, held to 1,024 open files)
// and keeps them open, then logs in with the real ssh client: the login must
// succeed within 5 s, and the flood must be summarised in the log rather
// than logged line by line.
func TestLoginSucceedsDuringBareConnectionFlood(t *testing.T) {
	requireTools(t, "ssh", "ssh-keygen", "sh")
	bin := buildBrief(t)
	dir := t.TempDir()
	alice := newTestKey(t, dir, "alice@test")
	ak := filepath.Join(dir, "authorized_keys")
	writeAuthorizedKeys(t, ak, alice)
	port := freePort(t)
	addr := "127.0.0.1:" + strconv.Itoa(port)
	bs := &briefServe{
		cmd: exec.Command("sh", "-c", `ulimit -n 1024 && exec "$0" "$@"`, bin, "serve",
			"--listen", addr, "--host-key", filepath.Join(dir, "hk"), "--authorized-keys", ak),
		stderr: &syncBuffer{}, done: make(chan error, 1),
	}
	bs.cmd.Stderr, bs.cmd.Stdout = bs.stderr, bs.stderr
	if err := bs.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { bs.done <- bs.cmd.Wait() }()
	t.Cleanup(func() { bs.cmd.Process.Kill(); <-bs.done })
	waitFor(t, 15*time.Second, "brief serve to listen", func() bool {
		return strings.Contains(bs.stderr.String(), "serving briefings over SSH")
	})

	// The flood: bounded (5,000 connections, 64 at a time, 300 ms per
	// dial), loopback only, all closed when the test ends.
	const flood = 5000
	var (
		mu    sync.Mutex
		conns []net.Conn
	)
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	next := make(chan int)
	var wg sync.WaitGroup
	for range 64 {
		wg.Go(func() {
			for range next {
				c, err := net.DialTimeout("tcp", addr, 300*time.Millisecond)
				if err != nil {
					continue
				}
				mu.Lock()
				conns = append(conns, c)
				mu.Unlock()
			}
		})
	}
	for i := range flood {
		next <- i
	}
	close(next)
	wg.Wait()
	t.Logf("flood: %d of %d connections established", len(conns), flood)

	ts := &testServer{addr: &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: port}}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	start := time.Now()
	out, err := exec.CommandContext(ctx, "ssh", sshArgs(ts, alice.path, "-tt", "127.0.0.1", "true")...).CombinedOutput()
	// A command is refused with one line once logged in: that line is the
	// proof the login got through.
	if !strings.Contains(string(out), "commands are not allowed") {
		t.Fatalf("login during the flood failed after %s: err=%v out=%q", time.Since(start).Round(time.Millisecond), err, out)
	}
	t.Logf("login during the flood: %s", time.Since(start).Round(time.Millisecond))
	if lines := strings.Count(bs.stderr.String(), "\n"); lines > 200 {
		t.Errorf("the flood wrote %d log lines, want a summary", lines)
	}
}

// TestRefusedBeforeAuthenticationGetsOneLine holds the only handshake slot
// with a client that sent its version line and stalls: the real ssh client
// is refused with brief's reason, not a bare reset.
func TestRefusedBeforeAuthenticationGetsOneLine(t *testing.T) {
	p := newPlumbing(t, Config{MaxStartups: Startups{Start: 1, Rate: 100, Full: 1}}, &fakeApp{})
	c, err := net.Dial("tcp", p.ts.addr.String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.Write([]byte("SSH-2.0-stalling\r\n"))
	time.Sleep(200 * time.Millisecond)
	out, err := runSSH(t, p.ts, p.alice.path, "-tt", "127.0.0.1")
	if err == nil || !strings.Contains(out, "brief: too many connections being set up") {
		t.Fatalf("ssh while the handshake slots are taken: err=%v out=%q", err, out)
	}
	c.Close()
	waitFor(t, 5*time.Second, "the slot to be free", func() bool {
		out, _ := runSSH(t, p.ts, p.alice.path, "-tt", "127.0.0.1", "true")
		return strings.Contains(out, "commands are not allowed")
	})
}

// TestRepeatedFailedLoginsPenaliseTheAddress: five refused logins in a
// minute from one address and the next connection from it is refused with
// a reason, whatever its key, until the penalty ends.
func TestRepeatedFailedLoginsPenaliseTheAddress(t *testing.T) {
	p := newPlumbing(t, Config{AuthPenalty: 2 * time.Second}, &fakeApp{})
	for range authFailures {
		if out, err := runSSH(t, p.ts, p.mallory.path, "-tt", "127.0.0.1"); err == nil || !strings.Contains(out, "Permission denied") {
			t.Fatalf("mallory: err=%v out=%q", err, out)
		}
	}
	out, err := runSSH(t, p.ts, p.alice.path, "-tt", "127.0.0.1", "true")
	if err == nil || !strings.Contains(out, "too many failed logins from your address") {
		t.Fatalf("login from a penalised address: err=%v out=%q", err, out)
	}
	if logs := p.ts.logs.String(); !strings.Contains(logs, "address refused after repeated failed logins") {
		t.Errorf("the penalty is not logged:\n%s", logs)
	}
	time.Sleep(2 * time.Second)
	if out, _ := runSSH(t, p.ts, p.alice.path, "-tt", "127.0.0.1", "true"); !strings.Contains(out, "commands are not allowed") {
		t.Errorf("still refused after the penalty: %q", out)
	}
}

// TestSessionsPerKeyCapped: one key cannot hold every session.
func TestSessionsPerKeyCapped(t *testing.T) {
	dir := t.TempDir()
	alice, bob := newTestKey(t, dir, "alice@test"), newTestKey(t, dir, "bob@test")
	ak := filepath.Join(dir, "authorized_keys")
	writeAuthorizedKeys(t, ak, alice, bob)
	p := newPlumbing(t, Config{AuthorizedKeys: ak, MaxSessionsPerKey: 2}, &fakeApp{})
	for range 2 {
		sp := startSSHPipe(t, p.ts, alice.path)
		waitFor(t, 10*time.Second, "the reader", func() bool { return strings.Contains(sp.out.String(), "FAKE READER") })
	}
	out, err := runSSH(t, p.ts, alice.path, "-tt", "127.0.0.1")
	if err == nil || !strings.Contains(out, "this key already has 2 sessions open") {
		t.Fatalf("third session of one key: err=%v out=%q", err, out)
	}
	sp := startSSHPipe(t, p.ts, bob.path)
	waitFor(t, 10*time.Second, "another key's reader", func() bool { return strings.Contains(sp.out.String(), "FAKE READER") })
}

// TestStartupGuardSummarisesAndEvictsSilent drives the guard directly: a
// flood of silent connections keeps at most Full of them, closing the
// oldest, and the refusals become one log line.
func TestStartupGuardSummarisesAndEvictsSilent(t *testing.T) {
	logs := &syncBuffer{}
	sg := newStartupGuard(Startups{Start: 2, Rate: 100, Full: 3}, 3, time.Minute, log.New(logs))
	var conns []*guardedConn
	now := time.Now()
	for range 50 {
		a, b := net.Pipe()
		defer b.Close()
		g := guardConn(a, time.Hour, 0)
		g.startups = sg
		defer g.Close()
		if why := sg.admit(g, "192.0.2.1", now); why != "" {
			t.Fatalf("silent connection refused: %s", why)
		}
		conns = append(conns, g)
	}
	if n := len(sg.silent.conns); n != 3 {
		t.Errorf("%d silent connections kept, want 3", n)
	}
	if sg.silent.conns[0].g != conns[47] {
		t.Error("the newest silent connections were not the ones kept")
	}
	// Three handshaking: the third is at Full and refused.
	for i, want := range []bool{true, true, false} {
		if got := sg.handshaking(conns[47+i]) == ""; got != want {
			t.Errorf("handshake %d admitted=%v, want %v", i+1, got, want)
		}
	}
	sg.flushSummary()
	if n := strings.Count(logs.String(), "\n"); n != 1 || !strings.Contains(logs.String(), "silent_closed=47") {
		t.Errorf("want one summary line with 47 silent connections closed, got:\n%s", logs.String())
	}
}

// TestStartupGuardKeepsAClientThatHasSpoken: a connection counts as silent
// until its goroutine reads, but a real client sends its version line the
// moment it connects. Under load the goroutine may not have read it yet
// when a burst of bare connections arrives (a flood drained from the
// accept queue); the guard must close bare ones, not the client whose bytes
// are already waiting, or a flood locks real logins out.
func TestStartupGuardKeepsAClientThatHasSpoken(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	dial := func(hello string) (server net.Conn, client net.Conn) {
		t.Helper()
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		if hello != "" {
			c.Write([]byte(hello))
		}
		s, err := ln.Accept()
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close(); s.Close() })
		return s, c
	}
	sg := newStartupGuard(Startups{Start: 3, Rate: 100, Full: 3}, 3, time.Minute, log.New(&syncBuffer{}))
	admit := func(s net.Conn) *guardedConn {
		g := guardConn(s, time.Hour, 0)
		g.startups = sg
		t.Cleanup(func() { g.Close() })
		if why := sg.admit(g, "127.0.0.1", time.Now()); why != "" {
			t.Fatalf("refused: %s", why)
		}
		return g
	}
	s, login := dial("SSH-2.0-OpenSSH_9.2\r\n")
	// The version line is in the server's socket before the guard sees
	// the connection, as after a wait in the accept queue.
	time.Sleep(50 * time.Millisecond)
	admit(s)
	for range 10 {
		bare, _ := dial("")
		admit(bare)
	}
	login.SetReadDeadline(time.Now().Add(300 * time.Millisecond))
	if _, err := login.Read(make([]byte, 1)); !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Fatalf("the client that had sent its version line was closed as silent: %v", err)
	}
	if n := len(sg.silent.conns); n > 3 {
		t.Errorf("%d connections held as silent, want at most 3", n)
	}
}
