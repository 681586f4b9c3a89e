package server

import (
	"io"
	"os"
	"slices"
	"testing"
	"time"
)

// openReader connects a Go SSH client to ts and opens the first briefing.
func openReader(b *testing.B, ts *testServer, k goKey) *goClient {
	b.Helper()
	c, err := dialGo(ts.addr.String(), k, 80, 24)
	if err != nil {
		b.Fatal(err)
	}
	if err := c.waitText("briefing", 30*time.Second); err != nil {
		b.Fatal(err)
	}
	c.reset()
	io.WriteString(c.in, "\r")
	if err := c.waitText("Summary", 30*time.Second); err != nil {
		b.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond) // let progressive rendering finish
	return c
}

// benchKeypress measures, over a real SSH connection on loopback, the time
// from sending j (or k) to the first byte of the frame that answers it,
// with idle other sessions open beside it. The figure includes Bubble
// Tea's frame tick (60 fps: up to 16.7 ms of waiting) and both sides'
// encryption; ns/op is that latency, B/frame the bytes of the frame.
func benchKeypress(b *testing.B, others int) {
	k := newGoKey(b)
	benchKeypressOn(b, k, readerServer(b, k, others+1), others, openReader, "j", "k")
}

func benchKeypressOn(b *testing.B, k goKey, ts *testServer, others int, open func(*testing.B, *testServer, goKey) *goClient, keys ...string) {
	var idle []*goClient
	for range others {
		idle = append(idle, open(b, ts, k))
	}
	defer func() {
		for _, c := range idle {
			c.close()
		}
	}()
	c := open(b, ts, k)
	defer c.close()
	start := c.total
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		key := keys[i%len(keys)]
		d, err := c.press(key, 5*time.Second)
		if err != nil {
			b.Fatal(err)
		}
		lat = append(lat, d)
		// The frame is one write; let it end before the next key. The
		// pause varies over a frame period so that keys land at every
		// phase of the 60 fps tick instead of locking onto one.
		b.StopTimer()
		time.Sleep(20*time.Millisecond + time.Duration(i*7919%17)*time.Millisecond)
		b.StartTimer()
	}
	b.StopTimer()
	c.mu.Lock()
	sent := c.total - start
	c.mu.Unlock()
	slices.Sort(lat)
	b.ReportMetric(float64(sent)/float64(b.N), "B/frame")
	b.ReportMetric(float64(lat[len(lat)/2])/1e6, "ms-p50")
	b.ReportMetric(float64(lat[len(lat)*99/100])/1e6, "ms-p99")
}

// BenchmarkKeypressToFrame: one session.
func BenchmarkKeypressToFrame(b *testing.B) { benchKeypress(b, 0) }

// BenchmarkKeypressToFrame100: one session scrolling beside 99 idle ones.
func BenchmarkKeypressToFrame100(b *testing.B) { benchKeypress(b, 99) }

// BenchmarkKeypressToFrameTiny is the same over the fakeApp model (tab
// flips its pane), whose Update and View cost nothing: the difference to BenchmarkKeypressToFrame
// is the reader's own work, the rest is SSH, the frame tick and I/O.
func BenchmarkKeypressToFrameTiny(b *testing.B) {
	k := newGoKey(b)
	dir := b.TempDir()
	ak := dir + "/authorized_keys"
	os.WriteFile(ak, k.line, 0o600)
	ts := startServer(b, Config{AuthorizedKeys: ak, MaxSessionsPerKey: -1}, &fakeApp{entries: []fakeEntry{{path: "a.md"}}})
	benchKeypressOn(b, k, ts, 0, func(b *testing.B, ts *testServer, k goKey) *goClient {
		c, err := dialGo(ts.addr.String(), k, 80, 24)
		if err != nil {
			b.Fatal(err)
		}
		if err := c.waitText("FAKE READER", 10*time.Second); err != nil {
			b.Fatal(err)
		}
		return c
	}, "\t")
}

// BenchmarkSessionMemory opens b.N reader sessions (run it with
// -benchtime 50x) and reports the live heap each adds. Client and server
// share this process, so it is an upper bound for the server; go run
// ./internal/loadtest measures the server alone.
func BenchmarkSessionMemory(b *testing.B) {
	k := newGoKey(b)
	ts := readerServer(b, k, b.N+1)
	openReader(b, ts, k).close() // one-off costs: library, first render
	time.Sleep(time.Second)
	before, _ := heapInuse()
	b.ResetTimer()
	cs := make([]*goClient, 0, b.N)
	for range b.N {
		cs = append(cs, openReader(b, ts, k))
	}
	b.StopTimer()
	after, _ := heapInuse()
	b.ReportMetric(float64(after-before)/float64(b.N)/1024, "KiB/session")
	for _, c := range cs {
		c.close()
	}
}
