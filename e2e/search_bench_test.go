package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/brief-team/brief/internal/synth"
)

// BenchmarkSearchKeyToScreen5MB compares, key press to screen in tmux, a
// search in brief with the same search in less (the anchor), on the same
// 5 MB synthetic briefing: brief reads the briefing, less reads
// `brief show --style notty` of it. The query is nowhere in the text, so
// both scan everything. Both figures include tmux's round trip, measured
// alone by the tmux-echo sub-benchmark, and the granularity of polling
// capture-pane from Go (a few tens of milliseconds); the package
// benchmarks (ui/search, ui) time the search itself.
func BenchmarkSearchKeyToScreen5MB(b *testing.B) {
	dir := b.TempDir()
	md := filepath.Join(dir, "synth.md")
	if err := os.WriteFile(md, synth.Synthetic(5<<20), 0o644); err != nil {
		b.Fatal(err)
	}
	txt := filepath.Join(dir, "synth.txt")
	out, err := exec.Command(briefBin, "show", "--all", md, "--style", "notty", "--width", "100").Output()
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(txt, out, 0o644); err != nil {
		b.Fatal(err)
	}
	const query = "zebrafinch"

	// Set both programs up once: sub-benchmarks run more than once.
	br := StartBrief(b, 100, 30, nil, md)
	br.WaitText("Summary")
	// Render every pane: visit each until its footer stops saying
	// "rendering".
	for p := 1; p <= 6; p++ {
		br.Keys(string(rune('0' + p)))
		br.WaitFor("pane rendered", 5*time.Minute, func(s []string) bool {
			return !strings.Contains(s[len(s)-1], "rendering")
		})
	}
	br.Keys("1", "/")
	br.Type(query[:len(query)-1])
	// The first search prepares every pane's text (once per layout).
	br.WaitFor("no matches", time.Minute, func(s []string) bool {
		return strings.Contains(s[len(s)-1], "no matches for "+query[:len(query)-1])
	})
	ls := StartCommand(b, 100, 30, nil, "less", "-i", txt)
	ls.WaitText("Summary")

	b.Run("brief", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			br.Type(query[len(query)-1:])
			waitTight(b, br, "no matches for "+query)
			br.Keys("BSpace")
			waitTight(b, br, "no matches for "+query[:len(query)-1]+" ")
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(2*b.N), "ns/key")
	})

	b.Run("less", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			ls.Keys("g")
			ls.Type("/" + query)
			ls.WaitFor("the prompt", 10*time.Second, func(s []string) bool { return s[len(s)-1] == "/"+query })
			b.StartTimer()
			ls.Keys("Enter")
			waitTight(b, ls, "Pattern not found")
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N), "ns/key")
	})

	// tmux's own round trip: a key echoed on less's prompt.
	b.Run("tmux-echo", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			ls.Keys("g")
			ls.Type("/")
			ls.WaitFor("the prompt", 10*time.Second, func(s []string) bool { return s[len(s)-1] == "/" })
			b.StartTimer()
			ls.Type("x")
			waitTight(b, ls, "/x")
			b.StopTimer()
			ls.Keys("BSpace", "BSpace") // an empty prompt closes on backspace
			ls.WaitFor("prompt closed", 10*time.Second, func(s []string) bool { return !strings.HasPrefix(s[len(s)-1], "/") })
			b.StartTimer()
		}
	})
}

// waitTight polls the last screen line without sleeping, for timing.
func waitTight(b *testing.B, tm *Term, want string) {
	b.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		s := tm.Screen()
		if strings.Contains(s[len(s)-1]+" ", want) {
			return
		}
		if time.Now().After(deadline) {
			b.Fatalf("timed out waiting for %q:\n%s", want, strings.Join(s, "\n"))
		}
	}
}

// BenchmarkTmuxLibrarySearch: the real reader, just started on a library
// of 20 KB synthetic briefings (synth.WriteLibrary, or the one kept under
// $BRIEF_BENCH_DIR; 10,000 unless $BRIEF_BENCH_SIZES says otherwise),
// every briefing listed, then ctrl+f and a word every briefing holds:
// first-ms is from the query typed to the first result on the screen,
// count-ms to the full count (the footer no longer "searching"). The
// first search of a launch: nocache with BRIEF_CACHE_DIR=off (every
// briefing parsed), kept with the item cache an earlier brief grep made.
// Screen polling adds up to about 20 ms to each figure.
func BenchmarkTmuxLibrarySearch(b *testing.B) {
	sizes, err := synth.LibrarySizes(10000)
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range sizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			dir, _, err := synth.BenchLibrary(b.TempDir, n)
			if err != nil {
				b.Fatal(err)
			}
			for _, mode := range []string{"nocache", "kept"} {
				b.Run(mode, func(b *testing.B) {
					cache := "off"
					if mode == "kept" {
						cache = filepath.Join(b.TempDir(), "cache")
						grep := exec.Command(briefBin, "grep", "--count", "Mandiant", dir)
						grep.Env = append(os.Environ(), "BRIEF_CACHE_DIR="+cache)
						if out, err := grep.CombinedOutput(); err != nil {
							b.Fatalf("grep: %v\n%.500s", err, out)
						}
					}
					env := []string{"BRIEF_CACHE_DIR=" + cache}
					listed := fmt.Sprintf("%d briefings", n)
					counted := fmt.Sprintf("in %d briefings", n)
					var first, count time.Duration
					for b.Loop() {
						b.StopTimer()
						tm := StartBrief(b, 120, 30, env, "--style", "dark", "--library", dir)
						tm.WaitFor(listed, 2*time.Minute, func(s []string) bool {
							screen := strings.Join(s, "\n")
							return strings.Contains(screen, listed) && !strings.Contains(screen, "reading ")
						})
						tm.Keys("C-f")
						tm.WaitText("Search all briefings")
						b.StartTimer()
						start := time.Now()
						tm.Type("Mandiant")
						tm.WaitFor("a result", time.Minute, func(s []string) bool {
							return strings.Contains(strings.Join(s, "\n"), " · Summary · ")
						})
						first += time.Since(start)
						tm.WaitFor("the full count", 2*time.Minute, func(s []string) bool {
							screen := strings.Join(s, "\n")
							return strings.Contains(screen, counted) && !strings.Contains(screen, "searching")
						})
						count += time.Since(start)
						b.StopTimer()
						tm.Kill()
						b.StartTimer()
					}
					b.ReportMetric(float64(first.Milliseconds())/float64(b.N), "first-ms")
					b.ReportMetric(float64(count.Milliseconds())/float64(b.N), "count-ms")
				})
			}
		})
	}
}
