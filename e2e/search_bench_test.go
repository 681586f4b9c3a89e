package e2e

import (
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
