package generate

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/brief-team/brief/internal/cputime"

	"github.com/brief-team/brief/briefings"
)

// benchDocs reads every source and test article (about 20 KB) and repeats
// them until the corpus holds at least min bytes of text.
func benchDocs(tb testing.TB, min int) ([]Document, int) {
	var paths []string
	for _, g := range []string{"../briefings/sources/*.txt", "testdata/heldout/sources/*.txt", "testdata/blind/sources/*.txt"} {
		m, _ := filepath.Glob(g)
		paths = append(paths, m...)
	}
	sort.Strings(paths)
	var base []Document
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		d, err := ReadSource(p, data)
		if err != nil {
			tb.Fatal(err)
		}
		base = append(base, d)
	}
	var docs []Document
	size := 0
	for size < min {
		for _, d := range base {
			docs = append(docs, d)
			size += len(d.Text)
		}
	}
	return docs, size
}

// readSources reads the sources matching glob, in name order.
func readSources(tb testing.TB, glob string) []Document {
	tb.Helper()
	paths, err := filepath.Glob(glob)
	if err != nil {
		tb.Fatal(err)
	}
	sort.Strings(paths)
	var docs []Document
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		d, err := ReadSource(p, data)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// repoDocs reads every source and test article of the repository (about
// 150 KB).
func repoDocs(tb testing.TB) []Document {
	tb.Helper()
	docs := readSources(tb, "../briefings/sources/*.txt")
	docs = append(docs, readSources(tb, "testdata/*/sources/*.txt")...)
	if len(docs) < 40 {
		tb.Fatalf("%d articles in the repository, want 40 or more", len(docs))
	}
	return docs
}

// sharedDir is the team's shared folder, beside the repository in CI and
// on the development machine.
const sharedDir = "../../shared"

// realDocs reads every distinct real text at hand, in a fixed order: the
// repository's sources and test articles, its 144 Wikinews articles
// (testdata/realdev) and the documents of the team's shared/ner-train (web
// text, news, Wikipedia, interviews; its token-per-line files joined back
// into text), about 4.4 MB in all. ner-train is not in the repository: the
// benchmark fails, and does not skip, without the shared folder beside it.
func realDocs(tb testing.TB) []Document {
	tb.Helper()
	docs := repoDocs(tb)
	arts := readSources(tb, "testdata/realdev/articles/*.txt")
	if len(arts) < 144 {
		tb.Fatalf("%d articles in testdata/realdev/articles, want 144", len(arts))
	}
	docs = append(docs, arts...)
	for _, name := range []string{"train.conll", "dev.conll"} {
		data, err := os.ReadFile(filepath.Join(sharedDir, "ner-train", name))
		if err != nil {
			tb.Fatalf("%v: the benchmark needs the shared folder beside the repository", err)
		}
		docs = append(docs, conllDocs(name, string(data))...)
	}
	return docs
}

// conllDocs turns a token-per-line file (`token<TAB>tag`, a blank line
// after each sentence, `# doc: id` before each document) back into plain
// text documents, one paragraph per sentence.
func conllDocs(name, data string) []Document {
	var docs []Document
	var text strings.Builder
	var sent []string
	flush := func() {
		if text.Len() > 0 {
			docs = append(docs, Document{Path: fmt.Sprintf("%s#%d.txt", name, len(docs)), Title: fmt.Sprintf("%s %d", name, len(docs)), Published: "2020-01-01", Text: text.String()})
			text.Reset()
		}
	}
	for line := range strings.SplitSeq(data, "\n") {
		switch {
		case strings.HasPrefix(line, "# doc:"):
			flush()
		case line == "":
			if len(sent) > 0 {
				text.WriteString(strings.Join(sent, " ") + "\n\n")
				sent = sent[:0]
			}
		default:
			tok, _, _ := strings.Cut(line, "\t")
			sent = append(sent, strings.ReplaceAll(tok, "_", " "))
		}
	}
	flush()
	return docs
}

// variedCorpus returns at least size bytes of real text, never one text
// repeated: first every distinct document, then, pass after pass, new
// documents each made of the paragraphs of three different documents taken
// in turn, the documents grouped by a permutation drawn for the pass (a
// fixed seed), so that the actors, sentences and their neighbours keep
// changing as the corpus grows.
func variedCorpus(tb testing.TB, size int) ([]Document, int) {
	tb.Helper()
	real := realDocs(tb)
	paras := make([][]string, len(real))
	for i, d := range real {
		paras[i] = strings.Split(d.Text, "\n\n")
	}
	var docs []Document
	total := 0
	for i := 0; total < size && i < len(real); i++ {
		docs = append(docs, real[i])
		total += len(real[i].Text)
	}
	for pass := uint64(1); total < size; pass++ {
		perm := rand.New(rand.NewPCG(pass, 42)).Perm(len(real))
		for g := 0; g+3 <= len(perm) && total < size; g += 3 {
			var text strings.Builder
			for k := 0; ; k++ {
				wrote := false
				for _, di := range perm[g : g+3] {
					if k < len(paras[di]) {
						text.WriteString(paras[di][k] + "\n\n")
						wrote = true
					}
				}
				if !wrote {
					break
				}
			}
			first := real[perm[g]]
			docs = append(docs, Document{Path: fmt.Sprintf("mix%d-%d.txt", pass, g), Title: fmt.Sprintf("%s (%d)", first.Title, pass), Published: first.Published, Text: text.String()})
			total += text.Len()
		}
	}
	return docs, total
}

// BenchmarkGenerate runs the whole generator on 1, 10 and 50 MB of varied
// real text (variedCorpus), and on 10 MB of it as one unbroken sentence. The requirement is linear cost: the same MB/s
// at every size, 10 MB in under 10 s and 1 GB. It reports the peak heap
// (sampled) beside the allocation counts.
func BenchmarkGenerate(b *testing.B) {
	if _, err := Generate([]Document{{Text: "Warm up."}}, Options{}); err != nil { // load the models
		b.Fatal(err)
	}
	for _, c := range []struct {
		name    string
		mb      int
		oneLine bool
	}{{"1MB", 1, false}, {"10MB", 10, false}, {"50MB", 50, false}, {"10MB-one-sentence", 10, true}} {
		b.Run(c.name, func(b *testing.B) {
			docs, size := variedCorpus(b, c.mb<<20)
			if c.oneLine {
				docs, size = oneSentence(docs, c.mb<<20)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			runtime.GC()
			cpu := cputime.Used()
			peak := peakHeap(func() {
				for b.Loop() {
					if _, err := Generate(docs, Options{}); err != nil {
						b.Fatal(err)
					}
				}
			})
			// MB per second of the process's CPU time (the collector's
			// included): on a machine shared with other work, MB/s by the
			// wall clock measures the others too.
			cpu = cputime.Used() - cpu
			b.ReportMetric(float64(size)*float64(b.N)/(1<<20)/cpu.Seconds(), "MB/cpu-s")
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		})
	}
}

// oneSentence joins the texts of docs into one document of size bytes with
// no full stop, question or exclamation mark, colon or line break: one
// unbroken sentence.
func oneSentence(docs []Document, size int) ([]Document, int) {
	var sb strings.Builder
	for _, d := range docs {
		sb.WriteString(strings.Map(func(r rune) rune {
			if strings.ContainsRune(".!?:;\n", r) {
				return ' '
			}
			return r
		}, d.Text))
		if sb.Len() >= size {
			break
		}
	}
	return []Document{{Path: "one-sentence.txt", Title: "One sentence", Published: "2024-01-01", Text: sb.String()}}, sb.Len()
}

// peakHeap runs f and returns the largest live heap seen, sampled every
// 10 ms (the heap in use, including garbage not yet collected).
func peakHeap(f func()) uint64 {
	done := make(chan struct{})
	peak := make(chan uint64)
	go func() {
		var max uint64
		var ms runtime.MemStats
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > max {
				max = ms.HeapInuse
			}
			select {
			case <-done:
				peak <- max
				return
			case <-t.C:
			}
		}
	}()
	f()
	close(done)
	return <-peak
}

// BenchmarkGenerateArticle runs the generator and Write on one 3 KB article
// after start-up (target: under 10 ms).
func BenchmarkGenerateArticle(b *testing.B) {
	data, err := os.ReadFile("../briefings/sources/002_53654ff085638edd.txt")
	if err != nil {
		b.Fatal(err)
	}
	if _, err := Generate([]Document{{Text: "Warm up."}}, Options{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		d, err := ReadSource("002.txt", data)
		if err != nil {
			b.Fatal(err)
		}
		br, err := Generate([]Document{d}, Options{})
		if err != nil {
			b.Fatal(err)
		}
		briefings.Write(br)
	}
}

// BenchmarkTokenize tokenizes the sentences of 1 MB of varied real text
// (variedCorpus), as segmentDoc does: the tokenizer reads every rune of
// the input.
func BenchmarkTokenize(b *testing.B) {
	docs, size := variedCorpus(b, 1<<20)
	var sents []sentence
	for i, d := range docs {
		sents = segmentDocStop(sents, i, d.Text, nil)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu := cputime.Used()
	for b.Loop() {
		for _, s := range sents {
			tokenize(s.text)
		}
	}
	// By the CPU time, as BenchmarkGenerate: the machine is shared.
	cpu = cputime.Used() - cpu
	b.ReportMetric(float64(size)*float64(b.N)/(1<<20)/cpu.Seconds(), "MB/cpu-s")
}
