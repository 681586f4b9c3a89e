package main

import (
	"regexp"
	"strings"
	"testing"
)

// TestEvalRealdevPerCorpus: brief eval --realdev prints the figures of each
// corpus of the realdev gold under its own heading, each ending in a
// TOTAL line, corpora in name order.
func TestEvalRealdevPerCorpus(t *testing.T) {
	stdout, stderr, err := run(t, "eval", "--realdev", "generate/testdata/realdev", "--split", "test")
	if err != nil {
		t.Fatalf("err %v\n%s", err, stderr)
	}
	heads := regexp.MustCompile(`(?m)^== (\S+)$`).FindAllStringSubmatch(stdout, -1)
	var corpora []string
	for _, h := range heads {
		corpora = append(corpora, h[1])
	}
	if strings.Join(corpora, " ") != "GUM MEANTIME" {
		t.Fatalf("corpora %q, want GUM then MEANTIME:\n%.500s", corpora, stdout)
	}
	for i, part := range strings.Split(stdout, "== ")[1:] {
		if !regexp.MustCompile(`(?m)^TOTAL +actors P \d\.\d{3} R \d\.\d{3} F1 \d\.\d{3} .* dates \d\.\d{3} \(\d+/\d+\) +quotes `).MatchString(part) {
			t.Errorf("%s: no TOTAL line:\n%.500s", corpora[i], part)
		}
	}
	// GUM has reference summaries: ROUGE against Lead-3.
	if !strings.Contains(stdout, "SUMMARY") || !strings.Contains(stdout, "Lead-3") {
		t.Errorf("no summary scores:\n%.500s", stdout)
	}
}

// TestEvalGoldDir: brief eval GOLD_DIR SOURCES_DIR scores each source named
// by a gold file, then the total.
func TestEvalGoldDir(t *testing.T) {
	stdout, stderr, err := run(t, "eval", "generate/testdata/shared/gold", "generate/testdata/shared/sources")
	if err != nil {
		t.Fatalf("err %v\n%s", err, stderr)
	}
	for _, want := range []string{"000_611f42bb94c1d655.txt ", "002_53654ff085638edd.txt ", "TOTAL "} {
		if !strings.Contains(stdout, want) {
			t.Errorf("no line for %q:\n%s", want, stdout)
		}
	}
}

// TestEvalRefusesBadArguments: a split other than dev or test, and a gold
// directory without its sources, are errors.
func TestEvalRefusesBadArguments(t *testing.T) {
	if _, _, err := run(t, "eval", "--realdev", "generate/testdata/realdev", "--split", "train"); err == nil || !strings.Contains(err.Error(), "use dev or test") {
		t.Errorf("--split train: err %v", err)
	}
	if _, _, err := run(t, "eval", "generate/testdata/shared/gold"); err == nil {
		t.Error("one argument: no error")
	}
	if _, _, err := run(t, "eval", "--realdev", t.TempDir()); err == nil || !strings.Contains(err.Error(), "no gold/*.json") {
		t.Errorf("a directory without realdev gold: err %v", err)
	}
}

// TestEvalRealdevClusters: brief eval --realdev --clusters prints, per
// MEANTIME topic, how many timeline entries of its clusters' briefings
// several sources report, and how lint --verify finds their citations.
func TestEvalRealdevClusters(t *testing.T) {
	stdout, stderr, err := run(t, "eval", "--realdev", "generate/testdata/realdev", "--split", "dev", "--clusters")
	if err != nil {
		t.Fatalf("err %v\n%s", err, stderr)
	}
	re := regexp.MustCompile(`(?m)^(\w+): \d+ clusters of \d+ articles, \d+ entries, \d+ reported by several sources; citations \d+ found, \d+ corroborated, \d+ not verified$`)
	var topics []string
	for _, m := range re.FindAllStringSubmatch(stdout, -1) {
		topics = append(topics, m[1])
	}
	if strings.Join(topics, " ") != "airbus apple gm stock" {
		t.Errorf("topics %q, want airbus apple gm stock:\n%s", topics, stdout)
	}
}
