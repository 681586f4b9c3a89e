package evidence_test

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/briefings/evidence"
	"github.com/brief-team/brief/generate"
)

// generatedShare generates a briefing from each source file of the
// directories matched by glob, and one from all of a directory's files
// together (items merged across sources cite each), writes it as brief
// generate does, and verifies it as `brief lint --verify` does: the stats
// count the items found in the sources they cite.
func generatedShare(t *testing.T, glob string) (evidence.Stats, []string) {
	t.Helper()
	var st evidence.Stats
	var misses []string
	dirs, _ := filepath.Glob(glob)
	for _, dir := range dirs {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		more, _ := filepath.Glob(filepath.Join(dir, "*.htm*"))
		paths = append(paths, more...)
		sort.Strings(paths)
		var docs []generate.Document
		files := map[string][]byte{}
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			d, err := generate.ReadSource(p, data)
			if err != nil {
				continue
			}
			docs = append(docs, d)
			files[filepath.ToSlash(p)] = data
		}
		sets := [][]generate.Document{docs}
		for _, d := range docs {
			sets = append(sets, []generate.Document{d})
		}
		for _, set := range sets {
			if len(set) == 0 {
				continue
			}
			b, err := generate.Generate(set, generate.Options{Published: "2024-01-01"})
			if err != nil {
				t.Fatal(err)
			}
			ps, s, err := evidence.Verify("gen.md", briefings.Write(b), func(s briefings.Source) ([]byte, error) { return files[s.Path], nil })
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range ps {
				misses = append(misses, dir+": "+p.Error())
			}
			st.Checked += s.Checked
			st.Found += s.Found
			st.Approximate += s.Approximate
			st.Corroborated += s.Corroborated
			st.NotFound += s.NotFound
			st.Unverified += s.Unverified
			st.Dated += s.Dated
			st.TimelineFound += s.TimelineFound
		}
	}
	return st, misses
}

// TestGeneratedItemsFound: every item the generator writes, on every test
// source it has, is found by `lint --verify` in the source it cites.
func TestGeneratedItemsFound(t *testing.T) {
	for _, c := range []struct{ name, glob string }{
		{"shipped", "../sources"},
		{"generate/testdata", "../../generate/testdata/*/sources"},
		{"realdev", "../../generate/testdata/realdev/articles"},
	} {
		st, misses := generatedShare(t, c.glob)
		if st.Checked == 0 {
			t.Errorf("%s: no sources in %s", c.name, c.glob)
			continue
		}
		t.Logf("%s: %d of %d item citations found (%.1f%%), %d corroborated, %d approximately, %d not found, %d unverified; date expression recognised for %d of %d timeline citations",
			c.name, st.Found, st.Checked, 100*float64(st.Found)/float64(st.Checked), st.Corroborated, st.Approximate, st.NotFound, st.Unverified, st.Dated, st.TimelineFound)
		for _, m := range misses {
			t.Error(m)
		}
	}
}
