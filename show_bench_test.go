package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/brief-team/brief/briefings"
)

// realSentences are the sentences of the generator's held-out test articles: varied
// real text for briefings generated at any size.
func realSentences(tb testing.TB) []string {
	tb.Helper()
	files, _ := filepath.Glob("generate/testdata/blind*/sources/*")
	var out []string
	split := regexp.MustCompile(`[.!?]["”’]?\s+`)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, s := range split.Split(string(data), -1) {
			if s = strings.Join(strings.Fields(s), " "); len(s) > 20 {
				out = append(out, s+".")
			}
		}
	}
	if len(out) < 20 {
		tb.Fatalf("only %d sentences in the test articles", len(out))
	}
	return out
}

// bigBriefing writes a briefing to a temporary file: the shipped front
// matter, then body(w, sentence) writes the rest.
func bigBriefing(tb testing.TB, body func(w io.Writer, s func(i int) string)) string {
	tb.Helper()
	ss := realSentences(tb)
	data, err := os.ReadFile(shipped)
	if err != nil {
		tb.Fatal(err)
	}
	end := strings.Index(string(data[4:]), "\n---\n") + 4 + 5
	var b strings.Builder
	b.Write(data[:end])
	b.WriteString("\n## Summary\n\nA summary statement. [S1]\n\n")
	body(&b, func(i int) string { return ss[i%len(ss)] })
	path := filepath.Join(tb.TempDir(), "big.md")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

func sectionsBriefing(tb testing.TB, n int) string {
	return bigBriefing(tb, func(w io.Writer, s func(int) string) {
		for i := range n {
			fmt.Fprintf(w, "## Section %d\n\n%s %s\n\n", i, s(i), s(i*7+3))
		}
	})
}

func actorsBriefing(tb testing.TB, n int) string {
	return bigBriefing(tb, func(w io.Writer, s func(int) string) {
		w.Write([]byte("## Actors\n\n"))
		for i := range n {
			fmt.Fprintf(w, "- **Actor %d** (organization): %s [S1]\n", i, strings.TrimSuffix(s(i), "."))
		}
	})
}

func longLineBriefing(tb testing.TB, size int) string {
	return bigBriefing(tb, func(w io.Writer, s func(int) string) {
		w.Write([]byte("## Notes\n\n"))
		for i, n := 0, 0; n < size; i++ {
			k, _ := io.WriteString(w, s(i)+" ")
			n += k
		}
		w.Write([]byte("\n"))
	})
}

// benchShow runs brief show --all on the file that make writes for each
// size: the cost of printing a briefing whole, per byte.
func benchShow(b *testing.B, sizes []int, make func(testing.TB, int) string) {
	for _, n := range sizes {
		path := make(b, n)
		fi, _ := os.Stat(path)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(fi.Size())
			for b.Loop() {
				if _, _, err := run(nil, "show", "--all", "--width", "80", path); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkShowSections: brief show of a briefing of many extra sections
// (one pane each), at growing counts; time per section should not grow.
func BenchmarkShowSections(b *testing.B) {
	benchShow(b, []int{1000, 4000, 16000}, sectionsBriefing)
}

// BenchmarkShowActors: brief show of a briefing of many actors.
func BenchmarkShowActors(b *testing.B) {
	benchShow(b, []int{2500, 10000, 40000}, actorsBriefing)
}

// BenchmarkShowLongLine: brief show of one paragraph on one line of
// growing size.
func BenchmarkShowLongLine(b *testing.B) {
	benchShow(b, []int{256 << 10, 1 << 20, 4 << 20}, longLineBriefing)
}

// TestShowManySectionsIsBounded: 20,000 sections (1.4 MB) print in bounded
// time. Each section is one short pane, so the work is linear; 60 s is a
// tenfold margin over the target on a loaded 2-core machine.
func TestShowManySectionsIsBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	path := sectionsBriefing(t, 20000)
	start := time.Now()
	done := make(chan error, 1)
	go func() {
		_, _, err := run(nil, "show", "--width", "80", "--pane", "Section 19999", path)
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(60 * time.Second):
		t.Fatalf("show of one pane of 20,000 sections took more than 60 s")
	}
	t.Logf("%v", time.Since(start))
}

var _ = briefings.Parse
