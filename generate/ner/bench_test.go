package ner

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/brief-team/brief/internal/cputime"
)

// realdevTexts are the realdev articles' texts (front matter cut): real
// Wikinews text, the kind the generator reads.
func realdevTexts(tb testing.TB) ([]string, int) {
	tb.Helper()
	files, err := filepath.Glob("../testdata/realdev/articles/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no realdev articles: %v", err)
	}
	var texts []string
	total := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		s := string(data)
		if strings.HasPrefix(s, "---\n") {
			if end := strings.Index(s[4:], "\n---\n"); end >= 0 {
				s = s[4+end+5:]
			}
		}
		texts = append(texts, s)
		total += len(s)
	}
	return texts, total
}

// BenchmarkLoad reads the embedded model: what the first call pays.
func BenchmarkLoad(b *testing.B) {
	b.SetBytes(int64(len(modelData)))
	for b.Loop() {
		if _, err := ReadModel(bytes.NewReader(modelData)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkActors finds the actors of the 144 realdev articles (about
// 300 KB); MB/s is of article text.
func BenchmarkActors(b *testing.B) {
	texts, total := realdevTexts(b)
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	// A tagger per article, as Model.Actors is, and one Tagger for the
	// run, as the generator uses it: what keeping words across
	// documents saves.
	for _, c := range []struct {
		name string
		tg   func() *Tagger
	}{{"per-article", nil}, {"one-tagger", m.NewTagger}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(total))
			b.ReportAllocs()
			cpu := cputime.Used()
			for b.Loop() {
				var tg *Tagger
				if c.tg != nil {
					tg = c.tg()
				}
				for _, t := range texts {
					if tg == nil {
						m.Actors(t, Default)
					} else {
						tg.Actors(t, Default)
					}
				}
			}
			reportCPU(b, cpu, total)
		})
	}
}

// reportCPU reports MB per second of the process's CPU time since cpu.
func reportCPU(b *testing.B, cpu time.Duration, size int) {
	if d := cputime.Used() - cpu; d > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/(1<<20)/d.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkOneSentence tags the realdev texts run together as one
// sentence without a mark or line break: the cost must stay linear.
func BenchmarkOneSentence(b *testing.B) {
	texts, _ := realdevTexts(b)
	one := strings.Map(func(r rune) rune {
		if strings.ContainsRune(".!?:;\n", r) {
			return ' '
		}
		return r
	}, strings.Join(texts, " "))
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(one)))
	b.ReportAllocs()
	cpu := cputime.Used()
	for b.Loop() {
		m.Actors(one, Default)
	}
	reportCPU(b, cpu, len(one))
}
