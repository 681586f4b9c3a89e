package synth

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/briefings/sourcetext"
)

// RealTexts is every real news article in the repository under root (the
// module's directory): the shipped sources, the generator's test articles
// and the realdev Wikinews articles, each read as the generator reads it,
// without duplicates. About 900 KB of varied text, for benchmarks that must
// not measure one small text repeated.
func RealTexts(root string) ([]string, error) {
	var paths []string
	for _, g := range []string{"briefings/sources/*.txt", "generate/testdata/*/sources/*.txt", "generate/testdata/realdev/articles/*.txt"} {
		m, err := filepath.Glob(filepath.Join(root, g))
		if err != nil {
			return nil, err
		}
		paths = append(paths, m...)
	}
	sort.Strings(paths)
	seen := map[string]bool{}
	var out []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		d, err := sourcetext.Read(p, data)
		if err != nil || seen[d.Text] {
			continue
		}
		seen[d.Text] = true
		out = append(out, d.Text)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no articles under %s", root)
	}
	return out, nil
}

// WithSources returns a briefing citing sources of about 64 KB each, made
// from texts in turn until they hold size bytes, and the sources' files by
// path (relative to the briefing). Its items are taken from the sources as
// a generated briefing's are: a summary sentence per 8 sentences, a
// timeline entry per 16, a quote (a sentence's middle words) per 24, and
// one item in 50 with a word changed, so that it is found only
// approximately.
func WithSources(size int, texts []string) (*briefings.Briefing, map[string][]byte) {
	b := &briefings.Briefing{Title: fmt.Sprintf("Briefing with %d KB of sources", size>>10), Date: "2024-01-31", Marking: "TLP:CLEAR"}
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
		path := "src/" + id + ".txt"
		files[path] = []byte(text)
		total += len(text)
		b.Sources = append(b.Sources, briefings.Source{ID: id, Title: "Source " + id, Publisher: "Wire", Path: path, Published: "2024-01-01"})
		for k, s := range strings.SplitAfter(text, ". ") {
			s = strings.Join(strings.Fields(s), " ")
			if len(s) < 40 {
				continue
			}
			if k%50 == 7 {
				s = strings.Replace(s, " the ", " a ", 1)
			}
			switch {
			case k%24 == 5:
				if w := strings.Fields(s); len(w) > 6 {
					b.Quotes = append(b.Quotes, briefings.Quote{Text: strings.Join(w[2:len(w)-2], " "), Speaker: "Speaker", Cites: []string{id}})
				}
			case k%16 == 3:
				b.Timeline = append(b.Timeline, briefings.Event{Date: "2024", Text: s, Cites: []string{id}})
			case k%8 == 1:
				b.Summary = append(b.Summary, briefings.Statement{Text: s, Cites: []string{id}})
			}
		}
	}
	return b, files
}

// BriefingWithSources is Briefing(size) citing size bytes of real sources
// (WithSources): a large briefing whose items are found in its sources.
func BriefingWithSources(size int, texts []string) (*briefings.Briefing, map[string][]byte) {
	b := Briefing(size)
	ws, files := WithSources(size, texts)
	b.Sources = ws.Sources
	b.Summary = append(b.Summary, ws.Summary...)
	b.Timeline = append(b.Timeline, ws.Timeline...)
	b.Quotes = append(b.Quotes, ws.Quotes...)
	return b, files
}
