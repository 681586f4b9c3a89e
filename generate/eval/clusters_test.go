package eval

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/briefings/evidence"
	"github.com/brief-team/brief/generate"
)

// devClusters groups realdev's MEANTIME dev articles by topic, each topic
// in publication order, cut into clusters of at most eight articles: the
// articles an analyst would brief one story from.
func devClusters(t *testing.T) map[string][][]string {
	t.Helper()
	paths, _ := filepath.Glob("../testdata/realdev/articles/meantime_*.txt")
	type art struct{ path, pub string }
	byTopic := map[string][]art{}
	for _, p := range paths {
		if RealdevSplit(p) != "dev" {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := generate.ReadSource(p, data)
		if err != nil {
			t.Fatal(err)
		}
		topic := strings.Split(filepath.Base(p), "_")[1]
		byTopic[topic] = append(byTopic[topic], art{p, d.Published})
	}
	out := map[string][][]string{}
	for topic, as := range byTopic {
		sort.SliceStable(as, func(i, j int) bool { return as[i].pub < as[j].pub || as[i].pub == as[j].pub && as[i].path < as[j].path })
		n := (len(as) + 7) / 8
		for c := range n {
			var cl []string
			for k := c * len(as) / n; k < (c+1)*len(as)/n; k++ {
				cl = append(cl, as[k].path)
			}
			out[topic] = append(out[topic], cl)
		}
	}
	return out
}

// TestDevClusterMerges generates one briefing per dev cluster and counts
// the timeline entries that several sources report (one story from
// several sources): each merge is logged, to be read by hand, and the
// count may not fall.
func TestDevClusterMerges(t *testing.T) {
	cl := devClusters(t)
	total, found, corroborated, checked := 0, 0, 0, 0
	topics := make([]string, 0, len(cl))
	for k := range cl {
		topics = append(topics, k)
	}
	sort.Strings(topics)
	for _, topic := range topics {
		merged, entries := 0, 0
		for _, paths := range cl[topic] {
			var docs []generate.Document
			files := map[string][]byte{}
			for _, p := range paths {
				data, _ := os.ReadFile(p)
				d, _ := generate.ReadSource(p, data)
				docs = append(docs, d)
				files[filepath.ToSlash(p)] = data
			}
			b, err := generate.Generate(docs, generate.Options{})
			if err != nil {
				t.Fatal(err)
			}
			// Every citation, merged ones too, passes lint --verify.
			ps, st, err := evidence.Verify("cluster.md", briefings.Write(b), func(s briefings.Source) ([]byte, error) { return files[s.Path], nil })
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range ps {
				t.Errorf("%s: %v", topic, p)
			}
			found += st.Found
			corroborated += st.Corroborated
			checked += st.Checked
			for _, e := range b.Timeline {
				entries++
				if len(e.Cites) > 1 {
					merged++
					t.Logf("%s %s %v: %s", topic, e.Date, e.Cites, e.Text)
				}
			}
			if len(paths) < 5 || len(paths) > 10 {
				t.Errorf("%s: a cluster of %d articles, want 5-10", topic, len(paths))
			}
		}
		t.Logf("%s: %d clusters, %d entries, %d cite several sources", topic, len(cl[topic]), entries, merged)
		total += merged
	}
	t.Logf("lint --verify: %d of %d citations found, %d corroborated", found, checked, corroborated)
	// Hand-read: both merges tell one event (an A380 charity flight on
	// 25 October 2007; Apple Corps' claim on the 1991 agreement).
	if total < 2 {
		t.Errorf("%d entries cite several sources on the dev clusters, want at least 2", total)
	}
}
