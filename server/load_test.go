package server

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// goClient is an SSH client session from golang.org/x/crypto, for tests
// that need more sessions than spawning ssh processes allows.
type goClient struct {
	client *gossh.Client
	sess   *gossh.Session
	in     io.WriteCloser

	mu    sync.Mutex
	out   bytes.Buffer
	total int
	seen  chan struct{} // closed and replaced on each read
}

// goKey is a client key the server authorizes.
type goKey struct {
	signer gossh.Signer
	line   []byte
}

func newGoKey(t testing.TB) goKey {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	sp, _ := gossh.NewPublicKey(pub)
	signer, _ := gossh.NewSignerFromKey(priv)
	return goKey{signer: signer, line: gossh.MarshalAuthorizedKey(sp)}
}

func dialGo(addr string, k goKey, w, h int) (*goClient, error) {
	client, err := gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User: "load", Auth: []gossh.AuthMethod{gossh.PublicKeys(k.signer)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 10 * time.Second,
	})
	if err != nil {
		return nil, err
	}
	c := &goClient{client: client, seen: make(chan struct{})}
	fail := func(err error) (*goClient, error) { client.Close(); return nil, err }
	if c.sess, err = client.NewSession(); err != nil {
		return fail(err)
	}
	if err := c.sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		return fail(err)
	}
	if c.in, err = c.sess.StdinPipe(); err != nil {
		return fail(err)
	}
	out, err := c.sess.StdoutPipe()
	if err != nil {
		return fail(err)
	}
	go func() {
		b := make([]byte, 32<<10)
		for {
			n, err := out.Read(b)
			c.mu.Lock()
			c.out.Write(b[:n])
			c.total += n
			close(c.seen)
			c.seen = make(chan struct{})
			c.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	if err := c.sess.Shell(); err != nil {
		return fail(err)
	}
	return c, nil
}

// waitText waits for text in the output since the last reset.
func (c *goClient) waitText(text string, timeout time.Duration) error {
	deadline := time.After(timeout)
	for {
		c.mu.Lock()
		ok := bytes.Contains(c.out.Bytes(), []byte(text))
		seen := c.seen
		c.mu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-seen:
		case <-deadline:
			return fmt.Errorf("no %q within %s", text, timeout)
		}
	}
}

// press sends keys and waits for the first output that follows.
func (c *goClient) press(keys string, timeout time.Duration) (time.Duration, error) {
	c.mu.Lock()
	seen := c.seen
	c.mu.Unlock()
	start := time.Now()
	if _, err := io.WriteString(c.in, keys); err != nil {
		return 0, err
	}
	select {
	case <-seen:
		return time.Since(start), nil
	case <-time.After(timeout):
		return 0, fmt.Errorf("no answer to %q within %s", keys, timeout)
	}
}

func (c *goClient) reset() {
	c.mu.Lock()
	c.out.Reset()
	c.mu.Unlock()
}

func (c *goClient) close() {
	c.sess.Close()
	c.client.Close()
}

// readerServer starts the real reader on the shipped library for k.
func readerServer(t testing.TB, k goKey, maxSessions int) *testServer {
	t.Helper()
	dir := t.TempDir()
	ak := filepath.Join(dir, "authorized_keys")
	if err := os.WriteFile(ak, k.line, 0o600); err != nil {
		t.Fatal(err)
	}
	// One key for every session, all opening at once on a loaded 2-core
	// machine: the limits on keys, startups and handshake time are tested
	// on their own; here they must not get in the way.
	cfg := Config{
		AuthorizedKeys: ak, MaxSessions: maxSessions, MaxSessionsPerKey: -1,
		MaxStartups: Startups{Start: 200, Rate: 100, Full: 200}, HandshakeTimeout: time.Minute,
	}
	return startServer(t, cfg, newTestReaderApp(t, cfg))
}

func TestHundredSessionsStayResponsive(t *testing.T) {
	k := newGoKey(t)
	ts := readerServer(t, k, 100)
	const n = 100
	clients := make([]*goClient, n)
	errs := make(chan error, n)
	var wg sync.WaitGroup
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := dialGo(ts.addr.String(), k, 80, 24)
			if err != nil {
				errs <- err
				return
			}
			clients[i] = c
			if err := c.waitText("briefing", 30*time.Second*raceSlowdown); err != nil {
				errs <- fmt.Errorf("session %d library: %w", i, err)
				return
			}
			c.reset()
			io.WriteString(c.in, "\r")
			if err := c.waitText("Summary", 30*time.Second*raceSlowdown); err != nil {
				errs <- fmt.Errorf("session %d reader: %w", i, err)
			}
		}()
	}
	wg.Wait()
	defer func() {
		for _, c := range clients {
			if c != nil {
				c.close()
			}
		}
	}()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	// The 101st is told the server is full.
	c, err := dialGo(ts.addr.String(), k, 80, 24)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.sess.Wait(); err == nil {
		t.Error("101st session exited 0")
	}
	c.close()

	// Everyone scrolls at once; every key gets its frame promptly.
	var mu sync.Mutex
	var worst time.Duration
	errs = make(chan error, n)
	for _, c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				d, err := c.press("j", 5*time.Second*raceSlowdown)
				if err != nil {
					errs <- err
					return
				}
				mu.Lock()
				worst = max(worst, d)
				mu.Unlock()
				time.Sleep(20 * time.Millisecond)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	t.Logf("slowest keypress-to-frame with %d sessions scrolling: %s", n, worst)
	if bound := 2 * time.Second * raceSlowdown; worst > bound {
		t.Errorf("slowest frame %s, want < %s (the benchmark and loadtest measure the real figures)", worst, bound)
	}
}

func heapInuse() (uint64, int) {
	var ms runtime.MemStats
	// Objects with finalizers (files, timers in libraries) need a GC, the
	// finalizer goroutine, then another GC before they and what they
	// reference are freed.
	for range 4 {
		runtime.GC()
		time.Sleep(20 * time.Millisecond)
	}
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc, runtime.NumGoroutine()
}

func TestConnectDisconnectCyclesLeaveNoLeak(t *testing.T) {
	k := newGoKey(t)
	ts := readerServer(t, k, 100)
	cycle := func() {
		c, err := dialGo(ts.addr.String(), k, 80, 24)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.waitText("briefing", 10*time.Second); err != nil {
			t.Fatal(err)
		}
		c.close()
	}
	// Warm up: the first sessions fill bounded caches and pools (the heap
	// after 500 and after 1500 cycles is the same), which is not a leak.
	for range 100 {
		cycle()
	}
	time.Sleep(300 * time.Millisecond)
	heap0, g0 := heapInuse()
	const cycles = 500
	var wg sync.WaitGroup
	sem := make(chan struct{}, 8)
	for range cycles {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			cycle()
		}()
	}
	wg.Wait()
	// Sessions end asynchronously after the client hangs up.
	var heap1 uint64
	var g1 int
	// Short library timers (Bubble Tea's cursor blink context, ~0.5 s)
	// keep the last sessions reachable for a moment after they end.
	deadline := time.Now().Add(10 * time.Second)
	for {
		heap1, g1 = heapInuse()
		if (g1 <= g0+2 && heap1 <= heap0+2<<20) || time.Now().After(deadline) {
			break
		}
		time.Sleep(250 * time.Millisecond)
	}
	t.Logf("%d cycles: goroutines %d -> %d, live heap %.1f -> %.1f MiB", cycles, g0, g1, float64(heap0)/(1<<20), float64(heap1)/(1<<20))
	if g1 > g0+2 {
		buf := make([]byte, 1<<20)
		n := runtime.Stack(buf, true)
		t.Errorf("goroutines grew from %d to %d after %d cycles:\n%s", g0, g1, cycles, buf[:n])
	}
	if heap1 > heap0+2<<20 {
		t.Errorf("heap grew from %.1f to %.1f MiB after %d cycles", float64(heap0)/(1<<20), float64(heap1)/(1<<20), cycles)
	}
	if got := ts.logs.String(); bytes.Count([]byte(got), []byte("disconnect")) < cycles {
		t.Errorf("fewer than %d disconnects logged", cycles)
	}
}
