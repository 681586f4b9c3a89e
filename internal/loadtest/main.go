// Command loadtest measures brief's SSH server under load: it starts the
// server in a child process (so client and server memory do not mix), opens
// N sessions that each open the shipped briefing, and reports the server's
// memory per session, idle CPU, keypress-to-frame latency and the bytes one
// scroll step and one pane switch cost.
//
//	go run ./internal/loadtest -n 100
package main

import (
	"bufio"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"charm.land/log/v2"
	"github.com/brief-team/brief/server"
	gossh "golang.org/x/crypto/ssh"
)

// openers is how many sessions are opened at once (-openers).
var openers = 100

func main() {
	serve := flag.Bool("serve", false, "internal: run the server (child process)")
	dir := flag.String("dir", "", "internal: state directory of the child")
	n := flag.Int("n", 100, "concurrent sessions")
	keys := flag.Int("keys", 20, "keypresses per session in the latency phase")
	idle := flag.Duration("idle", 5*time.Second, "how long to measure idle CPU")
	fps := flag.Bool("json", false, "print the result as JSON")
	flag.IntVar(&openers, "openers", 100, "sessions being opened at once")
	flag.Parse()
	if *serve {
		runServer(*dir, *n)
		return
	}
	res, err := measure(*n, *keys, *idle)
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
	if *fps {
		json.NewEncoder(os.Stdout).Encode(res)
		return
	}
	res.print(os.Stdout)
	printCompare(os.Stdout, res.BytesJ, res.BytesPaneSwitch)
}

// stats is what the child reports on SIGUSR1, after a GC.
type stats struct {
	HeapInuse  uint64 `json:"heap_inuse"`
	HeapAlloc  uint64 `json:"heap_alloc"`
	Sys        uint64 `json:"sys"`
	Goroutines int    `json:"goroutines"`
	RSS        uint64 `json:"rss"`
}

func runServer(dir string, n int) {
	lf, err := os.Create(filepath.Join(dir, "server.log"))
	if err != nil {
		panic(err)
	}
	logger := log.New(lf)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	usr1 := make(chan os.Signal, 1)
	signal.Notify(usr1, syscall.SIGUSR1)
	go func() {
		for range usr1 {
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			st := stats{HeapInuse: ms.HeapInuse, HeapAlloc: ms.HeapAlloc, Sys: ms.Sys, Goroutines: runtime.NumGoroutine(), RSS: rss(os.Getpid())}
			b, _ := json.Marshal(st)
			fmt.Printf("STATS %s\n", b)
		}
	}()
	err = server.Run(ctx, server.Config{
		Listen:         "127.0.0.1:0",
		HostKeyPath:    filepath.Join(dir, "hostkey"),
		AuthorizedKeys: filepath.Join(dir, "authorized_keys"),
		Logger:         logger,
		// The sessions all use one key and open as fast as the clients
		// can: the limits meant for strangers and per key are tested
		// elsewhere, this measures the server beyond them.
		MaxSessions:       max(n+1, 100),
		MaxSessionsPerKey: -1,
		MaxStartups:       server.Startups{Start: n + 1, Rate: 100, Full: n + 1},
		// Opening hundreds of sessions at once on two cores takes longer
		// than the 10 s a stranger gets from connecting to a session.
		HandshakeTimeout: 2 * time.Minute,
		Ready:            func(a net.Addr) { fmt.Printf("READY %s\n", a) },
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "serve:", err)
		os.Exit(1)
	}
}

// child is the server process.
type child struct {
	cmd   *exec.Cmd
	addr  string
	stats chan stats
}

func startChild(dir string, n int) (*child, error) {
	cmd := exec.CommandContext(context.Background(), os.Args[0], "-serve", "-dir", dir, "-n", strconv.Itoa(n))
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	c := &child{cmd: cmd, stats: make(chan stats, 1)}
	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "READY "):
				ready <- strings.TrimPrefix(line, "READY ")
			case strings.HasPrefix(line, "STATS "):
				var st stats
				json.Unmarshal([]byte(strings.TrimPrefix(line, "STATS ")), &st)
				c.stats <- st
			}
		}
	}()
	select {
	case c.addr = <-ready:
		return c, nil
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		return nil, fmt.Errorf("server did not start")
	}
}

func (c *child) snapshot() stats {
	c.cmd.Process.Signal(syscall.SIGUSR1)
	select {
	case st := <-c.stats:
		return st
	case <-time.After(10 * time.Second):
		return stats{}
	}
}

// cpu returns the child's user+system CPU time.
func (c *child) cpu() time.Duration { return cpuTime(c.cmd.Process.Pid) }

func cpuTime(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * time.Second / 100 // USER_HZ is 100 on Linux
}

func rss(pid int) uint64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmRSS:") {
			kb, _ := strconv.ParseUint(strings.Fields(l)[1], 10, 64)
			return kb * 1024
		}
	}
	return 0
}

// result is what measure found.
type result struct {
	Sessions           int     `json:"sessions"`
	IdleHeapMiB        float64 `json:"idle_heap_mib"`
	IdleLiveMiB        float64 `json:"idle_live_heap_mib"`
	LoadedLiveMiB      float64 `json:"loaded_live_heap_mib"`
	LivePerSessionKiB  float64 `json:"live_heap_per_session_kib"`
	CPUPerKeyMs        float64 `json:"server_cpu_per_key_ms"`
	IdleRSSMiB         float64 `json:"idle_rss_mib"`
	LoadedHeapMiB      float64 `json:"loaded_heap_mib"`
	LoadedRSSMiB       float64 `json:"loaded_rss_mib"`
	HeapPerSessionKiB  float64 `json:"heap_per_session_kib"`
	RSSPerSessionKiB   float64 `json:"rss_per_session_kib"`
	IdleCPUPercent     float64 `json:"idle_cpu_percent"` // of one core, all sessions open and idle
	Goroutines         int     `json:"goroutines_loaded"`
	LatencyP50Ms       float64 `json:"latency_p50_ms"`
	LatencyP90Ms       float64 `json:"latency_p90_ms"`
	LatencyP99Ms       float64 `json:"latency_p99_ms"`
	LatencyMaxMs       float64 `json:"latency_max_ms"`
	BytesJ             int     `json:"bytes_j"`
	BytesPaneSwitch    int     `json:"bytes_pane_switch"`
	AfterCloseHeapMiB  float64 `json:"after_close_heap_mib"`
	AfterCloseGorutine int     `json:"after_close_goroutines"`
	IdleGoroutines     int     `json:"idle_goroutines"`
	ConnectSeconds     float64 `json:"connect_seconds"`
}

func mib(b uint64) float64 { return float64(b) / (1 << 20) }

func (r result) print(w io.Writer) {
	fmt.Fprintf(w, "sessions                    %d (opened in %.1fs)\n", r.Sessions, r.ConnectSeconds)
	fmt.Fprintf(w, "idle server                 heap %.1f MiB, RSS %.1f MiB, %d goroutines\n", r.IdleHeapMiB, r.IdleRSSMiB, r.IdleGoroutines)
	fmt.Fprintf(w, "with sessions open          heap %.1f MiB, RSS %.1f MiB, %d goroutines\n", r.LoadedHeapMiB, r.LoadedRSSMiB, r.Goroutines)
	fmt.Fprintf(w, "live heap                   idle %.1f MiB, loaded %.1f MiB\n", r.IdleLiveMiB, r.LoadedLiveMiB)
	fmt.Fprintf(w, "per session beyond idle     live heap %.0f KiB, heap in use %.0f KiB, RSS %.0f KiB\n", r.LivePerSessionKiB, r.HeapPerSessionKiB, r.RSSPerSessionKiB)
	fmt.Fprintf(w, "idle CPU, all sessions open %.2f%% of one core\n", r.IdleCPUPercent)
	fmt.Fprintf(w, "keypress to first frame byte (all sessions scrolling): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n", r.LatencyP50Ms, r.LatencyP90Ms, r.LatencyP99Ms, r.LatencyMaxMs)
	fmt.Fprintf(w, "server CPU per keypress     %.2f ms (while all sessions scroll)\n", r.CPUPerKeyMs)
	fmt.Fprintf(w, "bytes sent for j            %d\n", r.BytesJ)
	fmt.Fprintf(w, "bytes sent for a pane switch %d\n", r.BytesPaneSwitch)
	fmt.Fprintf(w, "after all sessions closed   heap %.1f MiB, %d goroutines\n", r.AfterCloseHeapMiB, r.AfterCloseGorutine)
}

func measure(n, keys int, idle time.Duration) (result, error) {
	res := result{Sessions: n}
	dir, err := os.MkdirTemp("", "brief-loadtest-")
	if err != nil {
		return res, err
	}
	defer os.RemoveAll(dir)
	signer, err := authorizeKey(dir)
	if err != nil {
		return res, err
	}
	c, err := startChild(dir, n)
	if err != nil {
		return res, err
	}
	defer func() {
		c.cmd.Process.Signal(syscall.SIGTERM)
		c.cmd.Wait()
	}()

	// Warm up once so one-off costs (first glamour render, library load)
	// count as idle, not per session.
	w, err := dial(c.addr, signer, 80, 24)
	if err != nil {
		return res, err
	}
	if err := w.openBriefing(); err != nil {
		return res, fmt.Errorf("warm-up: %w", err)
	}
	res.BytesJ, res.BytesPaneSwitch = stepBytes(w)
	w.close()
	time.Sleep(500 * time.Millisecond)
	base := c.snapshot()
	res.IdleHeapMiB, res.IdleRSSMiB, res.IdleGoroutines = mib(base.HeapInuse), mib(base.RSS), base.Goroutines
	res.IdleLiveMiB = mib(base.HeapAlloc)

	start := time.Now()
	sessions, err := openAll(c.addr, signer, n)
	if err != nil {
		return res, err
	}
	res.ConnectSeconds = time.Since(start).Seconds()
	time.Sleep(time.Second)

	loaded := c.snapshot()
	res.LoadedHeapMiB, res.LoadedRSSMiB, res.Goroutines = mib(loaded.HeapInuse), mib(loaded.RSS), loaded.Goroutines
	res.HeapPerSessionKiB = (float64(loaded.HeapInuse) - float64(base.HeapInuse)) / float64(n) / 1024
	res.RSSPerSessionKiB = (float64(loaded.RSS) - float64(base.RSS)) / float64(n) / 1024
	res.LoadedLiveMiB = mib(loaded.HeapAlloc)
	res.LivePerSessionKiB = (float64(loaded.HeapAlloc) - float64(base.HeapAlloc)) / float64(n) / 1024

	cpu0, t0 := c.cpu(), time.Now()
	time.Sleep(idle)
	res.IdleCPUPercent = 100 * float64(c.cpu()-cpu0) / float64(time.Since(t0))

	// Every session scrolls at once, a key every 50-150 ms.
	cpuScroll0, tScroll0 := c.cpu(), time.Now()
	lat := scrollAll(sessions, keys)
	// Server CPU per key: what scrolling cost beyond the idle sessions'
	// own ticking over the same time.
	idleRate := res.IdleCPUPercent / 100
	scrollCPU := float64(c.cpu()-cpuScroll0) - idleRate*float64(time.Since(tScroll0))
	res.CPUPerKeyMs = scrollCPU / float64(len(lat)) / float64(time.Millisecond)
	slices.Sort(lat)
	pct := func(p float64) float64 {
		if len(lat) == 0 {
			return math.NaN()
		}
		return lat[min(len(lat)-1, int(p*float64(len(lat))))]
	}
	res.LatencyP50Ms, res.LatencyP90Ms, res.LatencyP99Ms, res.LatencyMaxMs = pct(0.5), pct(0.9), pct(0.99), lat[len(lat)-1]

	for _, s := range sessions {
		s.close()
	}
	time.Sleep(2 * time.Second)
	after := c.snapshot()
	res.AfterCloseHeapMiB, res.AfterCloseGorutine = mib(after.HeapInuse), after.Goroutines
	return res, nil
}

// authorizeKey makes the clients' key and writes it to dir's
// authorized_keys, for the server to start with.
func authorizeKey(dir string) (gossh.Signer, error) {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	sshPub, _ := gossh.NewPublicKey(pub)
	signer, _ := gossh.NewSignerFromKey(priv)
	if err := os.WriteFile(filepath.Join(dir, "authorized_keys"), gossh.MarshalAuthorizedKey(sshPub), 0o600); err != nil {
		return nil, err
	}
	return signer, nil
}

// openAll opens n sessions, each with the briefing open.
func openAll(addr string, signer gossh.Signer, n int) ([]*session, error) {
	sessions := make([]*session, n)
	errs := make(chan error, n)
	var wg sync.WaitGroup
	// At most openers sessions are being opened at any time: with all N
	// at once, every handshake and first frame competes with every other
	// on two cores, and past ~1,000 none finishes within its 20 s.
	sem := make(chan struct{}, openers)
	for i := range sessions {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			s, err := dial(addr, signer, 80, 24)
			if err != nil {
				errs <- err
				return
			}
			sessions[i] = s
			if err := s.openBriefing(); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		return nil, err
	}
	return sessions, nil
}

// scrollAll has every session press keys at once, j four times then k, a
// key every 50-150 ms, and returns each key's latency in milliseconds.
func scrollAll(sessions []*session, keys int) []float64 {
	var mu sync.Mutex
	var lat []float64
	var wg sync.WaitGroup
	for i, s := range sessions {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(i) * time.Millisecond)
			for k := range keys {
				key := "j"
				if k%5 == 4 {
					key = "k"
				}
				d, err := s.press(key)
				if err == nil {
					mu.Lock()
					lat = append(lat, float64(d)/float64(time.Millisecond))
					mu.Unlock()
				}
				time.Sleep(time.Duration(50+(i*37+k*11)%100) * time.Millisecond)
			}
		}()
	}
	wg.Wait()
	return lat
}

// stepBytes measures the bytes the server sends for one j and one pane
// switch (tab) on a quiet server.
func stepBytes(s *session) (j, tab int) {
	s.quiet(300*time.Millisecond, 5*time.Second)
	m := s.mark()
	io.WriteString(s.in, "j")
	time.Sleep(50 * time.Millisecond)
	s.quiet(200*time.Millisecond, 5*time.Second)
	j = s.bytesSince(m)
	m = s.mark()
	io.WriteString(s.in, "\t")
	time.Sleep(50 * time.Millisecond)
	s.quiet(300*time.Millisecond, 5*time.Second)
	tab = s.bytesSince(m)
	io.WriteString(s.in, "1") // back to Summary
	s.quiet(300*time.Millisecond, 5*time.Second)
	return j, tab
}
