//go:build unix

package evidence

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/briefings/sourcetext"
)

// benchTexts is every real news text the repository has (the shipped
// sources, the generator's test articles) and the realdev articles of the
// shared directory when present: about 900 KB of varied text.
func benchTexts(tb testing.TB) []string {
	var paths []string
	for _, g := range []string{"../sources/*.txt", "../../generate/testdata/*/sources/*.txt", "../../../shared/realdev/articles/*.txt", "/work/shared/realdev/articles/*.txt"} {
		m, _ := filepath.Glob(g)
		paths = append(paths, m...)
	}
	sort.Strings(paths)
	seen := map[string]bool{}
	var out []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		d, err := sourcetext.Read(p, data)
		if err != nil || seen[d.Text] {
			continue
		}
		seen[d.Text] = true
		out = append(out, d.Text)
	}
	if len(out) == 0 {
		tb.Skip("no texts")
	}
	return out
}

// benchBriefing makes sources of about 64 KB from the texts until they hold
// size bytes, and a briefing citing them as a generated one does: one
// summary statement per 8 sentences, a timeline entry per 16, a quote (a
// sentence's middle words) per 24, and one item in 50 with a word changed,
// to take the approximate path.
func benchBriefing(tb testing.TB, size int) (*briefings.Briefing, map[string][]byte, int) {
	texts := benchTexts(tb)
	b := &briefings.Briefing{}
	files := map[string][]byte{}
	total, ti := 0, 0
	for total < size {
		var sb strings.Builder
		for sb.Len() < 64<<10 {
			sb.WriteString(texts[ti%len(texts)])
			sb.WriteString("\n\n")
			ti++
		}
		text := sb.String()
		id := fmt.Sprintf("S%d", len(b.Sources)+1)
		path := id + ".txt"
		files[path] = []byte(text)
		total += len(text)
		b.Sources = append(b.Sources, briefings.Source{ID: id, Title: id, Path: path, Published: "2024-01-01"})
		for k, sp := range sentences(text) {
			s := strings.Join(strings.Fields(text[sp.Start:sp.End]), " ")
			if k%50 == 7 {
				s = strings.Replace(s, " the ", " a ", 1)
			}
			switch {
			case k%24 == 5:
				w := strings.Fields(s)
				if len(w) > 6 {
					b.Quotes = append(b.Quotes, briefings.Quote{Text: strings.Join(w[2:len(w)-2], " "), Cites: []string{id}})
				}
			case k%16 == 3:
				b.Timeline = append(b.Timeline, briefings.Event{Date: "2024", Text: s, Cites: []string{id}})
			case k%8 == 1:
				b.Summary = append(b.Summary, briefings.Statement{Text: s, Cites: []string{id}})
			}
		}
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
			c0 := cpuTime()
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
	c0 := cpuTime()
	for b.Loop() {
		Mentions(text, actors)
	}
	reportCPU(b, c0, len(text))
}

// cpuTime is the process's user and system time: on a machine shared with
// other jobs, wall time says more about the load than about the code.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds the throughput per second of CPU time (all threads, GC
// included) to a benchmark's results, as cpu-MB/s.
func reportCPU(b *testing.B, c0 time.Duration, bytes int) {
	if d := cpuTime() - c0; d > 0 && b.N > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/1e6/d.Seconds(), "cpu-MB/s")
	}
}
