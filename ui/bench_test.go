package ui

import (
	"runtime"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	tea "charm.land/bubbletea/v2"
	xansi "github.com/charmbracelet/x/ansi"

	"github.com/brief-team/brief/briefings"
	synthpkg "github.com/brief-team/brief/internal/synth"
)

// Speed targets (issue 2), checked by these benchmarks:
//   first paint of a 1 MB briefing (Enter -> first frame with pane content)
//   under 150 ms, of 5 MB under 300 ms; re-wrap of the visible pane on
//   resize under 100 ms; every keypress (Update + View) under 2 ms once
//   rendered; under 60 MiB for 1 MB.

var (
	synthOnce sync.Once
	synth     map[int][]byte
)

func synthFile(size int) []byte {
	synthOnce.Do(func() {
		synth = map[int][]byte{}
		for _, s := range []int{1 << 20, 5 << 20} {
			synth[s] = synthpkg.Synthetic(s)
		}
	})
	return synth[size]
}

func synthLibrary(tb testing.TB, size int) *briefings.Library {
	lib, err := briefings.OpenFS(fstest.MapFS{"synth.md": {Data: synthFile(size), ModTime: time.Unix(1700000000, 0)}})
	if err != nil {
		tb.Fatal(err)
	}
	return lib
}

// pumpUntil runs cmd's commands concurrently, as the program does, feeding
// their messages to the model one at a time, until done reports true or
// nothing is left to run. It waits for commands still running before it
// returns.
func pumpUntil(m *Model, cmd tea.Cmd, done func() bool) {
	pumpUntilThen(m, cmd, done)()
}

// pumpUntilThen is pumpUntil returning the wait for straggling commands,
// so that benchmarks can stop their timer first.
func pumpUntilThen(m *Model, cmd tea.Cmd, done func() bool) (wait func()) {
	msgs := make(chan tea.Msg, 64)
	var wg sync.WaitGroup
	start := func(c tea.Cmd) {
		if c == nil {
			return
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			msgs <- c()
		}()
	}
	pending := 0
	if cmd != nil {
		start(cmd)
		pending = 1
	}
	for pending > 0 && !done() {
		msg := <-msgs
		pending--
		switch msg := msg.(type) {
		case nil:
		case tea.BatchMsg:
			for _, c := range msg {
				if c != nil {
					start(c)
					pending++
				}
			}
		default:
			_, next := m.Update(msg)
			if next != nil {
				start(next)
				pending++
			}
		}
	}
	// Let stragglers finish so they do not run into the next iteration.
	return func() {
		go func() {
			for range msgs {
			}
		}()
		wg.Wait()
	}
}

func painted(m *Model, want string) func() bool {
	return func() bool { return strings.Contains(xansi.Strip(m.View().Content), want) }
}

// benchEnterToPaint times Enter on the synthetic briefing until its first
// words are painted, on a model newModel makes afresh for each iteration.
func benchEnterToPaint(b *testing.B, size int, newModel func() *Model) {
	first := synthFirstWords(b, synthFile(size))
	for b.Loop() {
		b.StopTimer()
		m := newModel()
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		runtime.GC()
		b.StartTimer()
		_, cmd := m.Update(keyMsg("enter"))
		wait := pumpUntilThen(m, cmd, painted(m, first))
		b.StopTimer()
		wait()
		b.StartTimer()
	}
}

func benchFirstPaint(b *testing.B, size int) {
	benchEnterToPaint(b, size, func() *Model {
		lib := synthLibrary(b, size) // a fresh library: nothing parsed yet
		return New(Options{Library: lib, Style: StyleDark})
	})
}

// synthFirstWords returns text that appears on the first screen of the
// Summary pane once it is painted.
func synthFirstWords(tb testing.TB, data []byte) string {
	b, err := briefings.Parse("synth.md", data)
	if err != nil {
		tb.Fatal(err)
	}
	return strings.Fields(b.Summary[0].Text)[0] + " " + strings.Fields(b.Summary[0].Text)[1]
}

// BenchmarkFirstPaint1MB: Enter -> first frame with pane content, including
// loading (parsing) the briefing.
func BenchmarkFirstPaint1MB(b *testing.B) { benchFirstPaint(b, 1<<20) }

// BenchmarkFirstPaint5MB: as above for 5 MB.
func BenchmarkFirstPaint5MB(b *testing.B) { benchFirstPaint(b, 5<<20) }

func benchFirstPaintLoaded(b *testing.B, size int) {
	lib := synthLibrary(b, size)
	if _, err := lib.Load("synth.md"); err != nil { // parsed and cached by the library
		b.Fatal(err)
	}
	benchEnterToPaint(b, size, func() *Model { return New(Options{Library: lib, Style: StyleDark}) })
}

// BenchmarkFirstPaintParsed1MB: Enter -> first frame when the library has
// the briefing parsed already (reopening it): the reader's own share.
func BenchmarkFirstPaintParsed1MB(b *testing.B) { benchFirstPaintLoaded(b, 1<<20) }

// BenchmarkFirstPaintParsed5MB: as above for 5 MB.
func BenchmarkFirstPaintParsed5MB(b *testing.B) { benchFirstPaintLoaded(b, 5<<20) }

func benchFirstPaintRested(b *testing.B, size int) {
	benchEnterToPaint(b, size, func() *Model {
		lib := synthLibrary(b, size) // a fresh library: nothing parsed yet
		m := New(Options{Library: lib, Style: StyleDark})
		pumpUntil(m, m.Init(), func() bool { return len(m.load.docs) > 0 }) // the cursor rests: prefetch
		return m
	})
}

// BenchmarkFirstPaintRested5MB: Enter -> first frame when the cursor rested
// on the briefing for the prefetch delay (150 ms) before Enter.
func BenchmarkFirstPaintRested5MB(b *testing.B) { benchFirstPaintRested(b, 5<<20) }

// openRendered returns a model showing the synthetic briefing with every
// pane completely rendered.
func openRendered(tb testing.TB, size, w, h int) *Model {
	m := newTestModel(tb, Options{Library: synthLibrary(tb, size)}, w, h)
	_, cmd := m.Update(keyMsg("enter"))
	pumpUntil(m, cmd, func() bool { return false })
	for i := range m.PaneCount() {
		if _, ok := m.PaneLines(i); !ok {
			tb.Fatalf("pane %d not rendered", i)
		}
	}
	return m
}

// BenchmarkResize1MB: a width change -> the visible pane re-wrapped and
// painted at the same place. Each iteration starts from an empty render
// cache, so nothing is reused.
func BenchmarkResize1MB(b *testing.B) {
	m := openRendered(b, 1<<20, 120, 40)
	press(m, "3")
	for range 500 {
		m.Update(keyMsg("j"))
	}
	for b.Loop() {
		b.StopTimer()
		m.cache = newRenderCache()
		_, cmd := m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		pumpUntil(m, cmd, func() bool { p, done := m.PaneLines(2); return done && len(p) > 0 })
		before := m.reader.pos[2].chunk
		m.cache = newRenderCache()
		runtime.GC()
		b.StartTimer()
		_, cmd = m.Update(tea.WindowSizeMsg{Width: 90, Height: 40})
		wait := pumpUntilThen(m, cmd, func() bool {
			// The screen is full: the chunk on top is rendered, and so is
			// the next one unless the top chunk fills the screen alone.
			p := m.activeRender()
			pos := m.reader.pos[2]
			if p.done[pos.chunk] == nil {
				return false
			}
			rest := len(p.done[pos.chunk]) - pos.off*len(p.done[pos.chunk])/max(1, pos.of)
			return rest >= 40 || p.done[min(pos.chunk+1, len(p.chunks)-1)] != nil
		})
		_ = m.View()
		b.StopTimer()
		wait()
		// The screen shows the same chunk of the pane; lines above it
		// fill in later without moving it.
		if after := m.reader.pos[2].chunk; after != before || before == 0 {
			b.Fatalf("position lost: chunk %d at 120 columns, %d at 90", before, after)
		}
		b.StartTimer()
	}
}

// BenchmarkKeypress: Update + View for scrolling and pane keys on a
// rendered 5 MB briefing.
func BenchmarkKeypress(b *testing.B) {
	m := openRendered(b, 5<<20, 120, 40)
	keys := []tea.KeyPressMsg{keyMsg("j"), keyMsg("space"), keyMsg("tab"), keyMsg("G"), keyMsg("k"), keyMsg("shift+tab"), keyMsg("g"), keyMsg("3")}
	i := 0
	for b.Loop() {
		m.Update(keys[i%len(keys)])
		_ = m.View()
		i++
	}
}

// BenchmarkRenderAll1MB: all panes of a 1 MB briefing rendered; reports
// the live heap once done.
func BenchmarkRenderAll1MB(b *testing.B) {
	var heap float64
	for b.Loop() {
		m := openRendered(b, 1<<20, 120, 40)
		b.StopTimer()
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		heap = float64(ms.HeapAlloc) / (1 << 20)
		runtime.KeepAlive(m)
		b.StartTimer()
	}
	b.ReportMetric(heap, "heap-MiB")
}

// BenchmarkLibraryView: New on a library and its first frame.
func BenchmarkLibraryView(b *testing.B) {
	lib, err := briefings.OpenFS(briefings.Shipped)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		m := New(Options{Library: lib, Style: StyleDark})
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
	}
}
