package eval

import (
	"sort"
	"testing"
)

// TestDevClusterMerges generates one briefing per dev cluster and counts
// the timeline entries that several sources report (one story from
// several sources): each merge is logged, to be read by hand, every
// citation passes lint --verify, and the count may not fall.
func TestDevClusterMerges(t *testing.T) {
	cl, err := RealdevClusters("../testdata/realdev", "dev")
	if err != nil {
		t.Fatal(err)
	}
	for topic, clusters := range cl {
		for _, c := range clusters {
			if len(c) < 5 || len(c) > 10 {
				t.Errorf("%s: a cluster of %d articles, want 5-10", topic, len(c))
			}
		}
	}
	scores, err := EvaluateClusters("../testdata/realdev", "dev")
	if err != nil {
		t.Fatal(err)
	}
	topics := make([]string, 0, len(scores))
	for k := range scores {
		topics = append(topics, k)
	}
	sort.Strings(topics)
	total := 0
	for _, topic := range topics {
		s := scores[topic]
		for _, m := range s.Merged {
			t.Logf("%s %s", topic, m)
		}
		for _, p := range s.Problems {
			t.Errorf("%s: %s", topic, p)
		}
		t.Logf("%s: %s", topic, s)
		total += len(s.Merged)
	}
	// Hand-read: both merges tell one event (an A380 charity flight on
	// 25 October 2007; Apple Corps' claim on the 1991 agreement).
	if total < 2 {
		t.Errorf("%d entries cite several sources on the dev clusters, want at least 2", total)
	}
}
