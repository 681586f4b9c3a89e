package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/briefings/evidence"
	"github.com/brief-team/brief/generate"
)

// clusterSize is the most articles of a cluster: an analyst briefs one
// story from five to ten articles.
const clusterSize = 8

// RealdevClusters groups the MEANTIME articles of a realdev corpus
// (articles/meantime_<topic>_*.txt) of one split ("" both) by topic, each
// topic in publication order, cut into clusters of at most eight
// articles: the articles a briefing of one story is built from.
func RealdevClusters(dir, split string) (map[string][][]string, error) {
	paths, _ := filepath.Glob(filepath.Join(dir, "articles", "meantime_*.txt"))
	type art struct{ path, pub string }
	byTopic := map[string][]art{}
	for _, p := range paths {
		if split != "" && RealdevSplit(p) != split {
			continue
		}
		d, _, err := readArticle(p)
		if err != nil {
			return nil, err
		}
		topic := strings.Split(filepath.Base(p), "_")[1]
		byTopic[topic] = append(byTopic[topic], art{p, d.Published})
	}
	if len(byTopic) == 0 {
		return nil, fmt.Errorf("%s: no articles/meantime_*.txt", dir)
	}
	out := map[string][][]string{}
	for topic, as := range byTopic {
		sort.SliceStable(as, func(i, j int) bool {
			return as[i].pub < as[j].pub || as[i].pub == as[j].pub && as[i].path < as[j].path
		})
		n := (len(as) + clusterSize - 1) / clusterSize
		for c := range n {
			var cl []string
			for k := c * len(as) / n; k < (c+1)*len(as)/n; k++ {
				cl = append(cl, as[k].path)
			}
			out[topic] = append(out[topic], cl)
		}
	}
	return out, nil
}

// readArticle reads the article at p as the generator reads a source,
// and returns its bytes too.
func readArticle(p string) (generate.Document, []byte, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return generate.Document{}, nil, err
	}
	d, err := generate.ReadSource(p, data)
	return d, data, err
}

// ClusterScores are one topic's clusters' briefings: how many timeline
// entries several sources report, and how lint --verify finds the
// citations.
type ClusterScores struct {
	Clusters, Articles, Entries int
	// Merged lists the entries citing several sources, as
	// "DATE [S1 S2]: text", for reading by hand.
	Merged []string
	// Found, Corroborated and Unverified count the citations as
	// evidence.Verify does (Unverified: approximate or not found).
	Found, Corroborated, Unverified int
	// Problems are what lint --verify reports.
	Problems []string
}

// String is the topic's line of `brief eval --realdev --clusters`.
func (s ClusterScores) String() string {
	return fmt.Sprintf("%d clusters of %d articles, %d entries, %d reported by several sources; citations %d found, %d corroborated, %d not verified",
		s.Clusters, s.Articles, s.Entries, len(s.Merged), s.Found, s.Corroborated, s.Unverified)
}

// EvaluateClusters generates one briefing per cluster of RealdevClusters
// and scores each topic's.
func EvaluateClusters(dir, split string) (map[string]ClusterScores, error) {
	cl, err := RealdevClusters(dir, split)
	if err != nil {
		return nil, err
	}
	out := map[string]ClusterScores{}
	for topic, clusters := range cl {
		var s ClusterScores
		for _, paths := range clusters {
			s.Clusters++
			var docs []generate.Document
			files := map[string][]byte{}
			for _, p := range paths {
				d, data, err := readArticle(p)
				if err != nil {
					return nil, err
				}
				docs = append(docs, d)
				files[filepath.ToSlash(p)] = data
			}
			s.Articles += len(docs)
			b, err := generate.Generate(docs, generate.Options{})
			if err != nil {
				return nil, err
			}
			ps, st, err := evidence.Verify("cluster.md", briefings.Write(b), func(src briefings.Source) ([]byte, error) {
				return files[src.Path], nil
			})
			if err != nil {
				return nil, err
			}
			for _, p := range ps {
				s.Problems = append(s.Problems, p.Error())
			}
			s.Found += st.Found
			s.Corroborated += st.Corroborated
			s.Unverified += st.Approximate + st.NotFound
			for _, e := range b.Timeline {
				s.Entries++
				if len(e.Cites) > 1 {
					s.Merged = append(s.Merged, fmt.Sprintf("%s %v: %s", e.Date, e.Cites, e.Text))
				}
			}
		}
		out[topic] = s
	}
	return out, nil
}
