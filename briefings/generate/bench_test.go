package generate

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/brief-team/brief/briefings"
)

// benchDocs reads every source and test article (about 20 KB) and repeats
// them until the corpus holds at least min bytes of text.
func benchDocs(tb testing.TB, min int) ([]Document, int) {
	var paths []string
	for _, g := range []string{"../../briefings/sources/*.txt", "testdata/heldout/sources/*.txt", "testdata/blind/sources/*.txt"} {
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

// BenchmarkGenerate runs the whole generator on more than 200 KB of news
// text (target: at least 200 KB/s on one core).
func BenchmarkGenerate(b *testing.B) {
	docs, size := benchDocs(b, 200<<10)
	if _, err := Generate(docs, Options{}); err != nil { // load the models
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		if _, err := Generate(docs, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGenerateArticle runs the generator and Write on one 3 KB article
// after start-up (target: under 10 ms).
func BenchmarkGenerateArticle(b *testing.B) {
	data, err := os.ReadFile("../../briefings/sources/002_53654ff085638edd.txt")
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
