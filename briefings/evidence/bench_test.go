//go:build unix

package evidence

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/brief-team/brief/internal/cputime"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/internal/synth"
)

// benchTexts is every real news article of the repository (see
// synth.RealTexts): about 900 KB of varied text.
func benchTexts(tb testing.TB) []string {
	texts, err := synth.RealTexts("../..")
	if err != nil {
		tb.Fatal(err)
	}
	return texts
}

// benchBriefing is a briefing citing sources of size bytes of real text
// (see synth.WithSources), its sources' files and their total size.
func benchBriefing(tb testing.TB, size int) (*briefings.Briefing, map[string][]byte, int) {
	b, files := synth.WithSources(size, benchTexts(tb))
	total := 0
	for _, f := range files {
		total += len(f)
	}
	return b, files, total
}

// BenchmarkFind is `brief lint --verify`'s work on sources of growing size
// (target: at least 20 MB/s).
func BenchmarkFind(b *testing.B) {
	for _, size := range []int{256 << 10, 1 << 20, 4 << 20} {
		br, files, total := benchBriefing(b, size)
		read := func(s briefings.Source) ([]byte, error) { return files[s.Path], nil }
		b.Run(fmt.Sprintf("%dKB", total>>10), func(b *testing.B) {
			b.SetBytes(int64(total))
			c0 := cputime.Used()
			for b.Loop() {
				Find(br, read)
			}
			reportCPU(b, c0, total)
		})
	}
}

// BenchmarkMentions is actor focus's per-source mentions with 5,000 actors.
func BenchmarkMentions(b *testing.B) {
	texts := benchTexts(b)
	text := strings.Join(texts, "\n\n")
	var actors []briefings.Actor
	seen := map[string]bool{}
	for _, w := range strings.Fields(text) {
		w = strings.Trim(w, `.,;:"'()“”‘’`)
		if len(w) > 3 && w[0] >= 'A' && w[0] <= 'Z' && !seen[w] && len(actors) < 5000 {
			seen[w] = true
			actors = append(actors, briefings.Actor{Name: w, Aliases: []string{w + " Group"}})
		}
	}
	b.SetBytes(int64(len(text)))
	c0 := cputime.Used()
	for b.Loop() {
		Mentions(text, actors)
	}
	reportCPU(b, c0, len(text))
}

// reportCPU adds the throughput per second of CPU time (all threads, GC
// included) to a benchmark's results, as cpu-MB/s.
func reportCPU(b *testing.B, c0 time.Duration, bytes int) {
	if d := cputime.Used() - c0; d > 0 && b.N > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/1e6/d.Seconds(), "cpu-MB/s")
	}
}
