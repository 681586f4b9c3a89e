package generate

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/brief-team/brief/briefings"
)

// identicalSums is the file of SHA-256 sums that TestOutputsUnchanged holds
// the generator's output to (identical.sh runs the test).
const identicalSums = "testdata/identical.sum"

// sourceSets are the test sources the generator's tests read, each a
// directory of sources and the gold files that give their publication
// dates.
var sourceSets = []struct{ name, sources, gold string }{
	{"briefings", "../briefings/sources", "testdata/shared/gold"},
	{"shared", "testdata/shared/sources", "testdata/shared/gold"},
	{"heldout", "testdata/heldout/sources", "testdata/heldout/gold"},
	{"blind", "testdata/blind/sources", "testdata/blind/gold"},
	{"blind2", "testdata/blind2/sources", "testdata/blind2/gold"},
	{"blind3", "testdata/blind3/sources", "testdata/blind3/gold"},
	{"blind4", "testdata/blind4/sources", "testdata/blind4/gold"},
	{"blind5", "testdata/blind5/sources", "testdata/blind5/gold"},
	{"blind6", "testdata/blind6/sources", "testdata/blind6/gold"},
	{"blind7", "testdata/blind7/sources", "testdata/blind7/gold"},
	{"blind8", "testdata/blind8/sources", "testdata/blind8/gold"},
	{"blind9", "testdata/blind9/sources", "testdata/blind9/gold"},
	{"blind10", "testdata/blind10/sources", "testdata/blind10/gold"},
	{"blind11", "testdata/blind11/sources", "testdata/blind11/gold"},
	{"blind12", "testdata/blind12/sources", "testdata/blind12/gold"},
	{"blind13", "testdata/blind13/sources", "testdata/blind13/gold"},
	{"blind14", "testdata/blind14/sources", "testdata/blind14/gold"},
	{"blind15", "testdata/blind15/sources", "testdata/blind15/gold"},
	{"blind16", "testdata/blind16/sources", "testdata/blind16/gold"},
	{"blind17", "testdata/blind17/sources", "testdata/blind17/gold"},
	{"blind18", "testdata/blind18/sources", "testdata/blind18/gold"},
	{"blind19", "testdata/blind19/sources", "testdata/blind19/gold"},
	{"blind20", "testdata/blind20/sources", "testdata/blind20/gold"},
	{"blind21", "testdata/blind21/sources", "testdata/blind21/gold"},
	{"blind22", "testdata/blind22/sources", "testdata/blind22/gold"},
	{"blind23", "testdata/blind23/sources", "testdata/blind23/gold"},
	{"blind24", "testdata/blind24/sources", "testdata/blind24/gold"},
	{"blind25", "testdata/blind25/sources", "testdata/blind25/gold"},
	{"blind26", "testdata/blind26/sources", "testdata/blind26/gold"},
	{"blind27", "testdata/blind27/sources", "testdata/blind27/gold"},
	{"blind28", "testdata/blind28/sources", "testdata/blind28/gold"},
	{"blind29", "testdata/blind29/sources", "testdata/blind29/gold"},
	{"blind30", "testdata/blind30/sources", "testdata/blind30/gold"},
	{"blind31", "testdata/blind31/sources", "testdata/blind31/gold"},
	{"blind32", "testdata/blind32/sources", "testdata/blind32/gold"},
	{"blind33", "testdata/blind33/sources", "testdata/blind33/gold"},
	{"blind34", "testdata/blind34/sources", "testdata/blind34/gold"},
	{"blind35", "testdata/blind35/sources", "testdata/blind35/gold"},
	{"blind36", "testdata/blind36/sources", "testdata/blind36/gold"},
	{"blind37", "testdata/blind37/sources", "testdata/blind37/gold"},
	{"blind38", "testdata/blind38/sources", "testdata/blind38/gold"},
	{"blind39", "testdata/blind39/sources", "testdata/blind39/gold"},
	{"blind40", "testdata/blind40/sources", "testdata/blind40/gold"},
	{"blind41", "testdata/blind41/sources", "testdata/blind41/gold"},
	{"blind42", "testdata/blind42/sources", "testdata/blind42/gold"},
	{"blind43", "testdata/blind43/sources", "testdata/blind43/gold"},
	{"blind44", "testdata/blind44/sources", "testdata/blind44/gold"},
	{"blind45", "testdata/blind45/sources", "testdata/blind45/gold"},
	{"blind46", "testdata/blind46/sources", "testdata/blind46/gold"},
	{"blind47", "testdata/blind47/sources", "testdata/blind47/gold"},
	{"blind48", "testdata/blind48/sources", "testdata/blind48/gold"},
	{"blind49", "testdata/blind49/sources", "testdata/blind49/gold"},
	{"blind50", "testdata/blind50/sources", "testdata/blind50/gold"},
	{"blind51", "testdata/blind51/sources", "testdata/blind51/gold"},
	{"blind52", "testdata/blind52/sources", "testdata/blind52/gold"},
	{"blind53", "testdata/blind53/sources", "testdata/blind53/gold"},
	{"blind54", "testdata/blind54/sources", "testdata/blind54/gold"},
	{"blind55", "testdata/blind55/sources", "testdata/blind55/gold"},
	{"blind56", "testdata/blind56/sources", "testdata/blind56/gold"},
	{"blind57", "testdata/blind57/sources", "testdata/blind57/gold"},
	{"blind58", "testdata/blind58/sources", "testdata/blind58/gold"},
	{"blind59", "testdata/blind59/sources", "testdata/blind59/gold"},
	{"blind60", "testdata/blind60/sources", "testdata/blind60/gold"},
	{"blind61", "testdata/blind61/sources", "testdata/blind61/gold"},
	{"blind62", "testdata/blind62/sources", "testdata/blind62/gold"},
	{"blind63", "testdata/blind63/sources", "testdata/blind63/gold"},
	{"blind64", "testdata/blind64/sources", "testdata/blind64/gold"},
	{"blind65", "testdata/blind65/sources", "testdata/blind65/gold"},
	{"blind66", "testdata/blind66/sources", "testdata/blind66/gold"},
	{"blind67", "testdata/blind67/sources", "testdata/blind67/gold"},
	{"blind68", "testdata/blind68/sources", "testdata/blind68/gold"},
	{"blind69", "testdata/blind69/sources", "testdata/blind69/gold"},
	{"blind70", "testdata/blind70/sources", "testdata/blind70/gold"},
	{"blind71", "testdata/blind71/sources", "testdata/blind71/gold"},
	{"blind72", "testdata/blind72/sources", "testdata/blind72/gold"},
	{"blind73", "testdata/blind73/sources", "testdata/blind73/gold"},
	{"blind74", "testdata/blind74/sources", "testdata/blind74/gold"},
	{"blind75", "testdata/blind75/sources", "testdata/blind75/gold"},
	{"realdev", "testdata/realdev/articles", "testdata/realdev/gold"},
}

// goldPublished maps a source's file name to the publication date its gold
// file gives: NAME.gold.json names its source, realdev's NAME.json is the
// gold of NAME.txt.
func goldPublished(t *testing.T, dir string) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("%s: no gold files (%v)", dir, err)
	}
	out := map[string]string{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g struct{ Source, Published string }
		if err := json.Unmarshal(data, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if g.Source == "" {
			g.Source = strings.TrimSuffix(filepath.Base(f), ".json") + ".txt"
		}
		out[g.Source] = g.Published
	}
	return out
}

// generatedOutputs generates a briefing from every test source alone (with
// its gold publication date, as the evaluation does), from each set's
// sources together (which merges actors and events across documents),
// and the shipped briefing; it returns each output by a stable name.
func generatedOutputs(t *testing.T) map[string][]byte {
	t.Helper()
	generatedOnce.Do(func() { generated = generateOutputs(t) })
	return generated
}

// generated caches generatedOutputs for the tests that read them.
var (
	generatedOnce sync.Once
	generated     map[string][]byte
)

func generateOutputs(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{"shipped/iran-albania.md": generateShipped(t)}
	write := func(name string, docs []Document, opts Options) {
		b, err := Generate(docs, opts)
		if err != nil {
			out[name] = []byte("error: " + err.Error())
			return
		}
		out[name] = briefings.Write(b)
	}
	for _, set := range sourceSets {
		pub := goldPublished(t, set.gold)
		paths, err := filepath.Glob(filepath.Join(set.sources, "*.txt"))
		if err != nil || len(paths) == 0 {
			t.Fatalf("%s: no sources (%v)", set.sources, err)
		}
		sort.Strings(paths)
		var all []Document
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := ReadSource(p, data)
			if err != nil {
				t.Fatal(err)
			}
			base := filepath.Base(p)
			write(set.name+"/"+base, []Document{doc}, Options{Published: pub[base]})
			if doc.Published == "" {
				doc.Published = pub[base]
			}
			all = append(all, doc)
		}
		write(set.name+"/(all)", all, Options{})
	}
	return out
}

// readSums reads a file of "SHA256  NAME" lines.
func readSums(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (identical.sh record writes it)", err)
	}
	defer f.Close()
	sums := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		sum, name, ok := strings.Cut(sc.Text(), "  ")
		if !ok {
			t.Fatalf("%s: bad line %q", path, sc.Text())
		}
		sums[name] = sum
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return sums
}

// TestOutputsUnchanged holds the generator's output on every test source
// to the SHA-256 sums in testdata/identical.sum, so that a change meant to
// keep behaviour (moving code, rules into tables) is shown to keep every
// byte. After a deliberate change to the output, rewrite the sums with
// -update (testdata/identical.sh record) and review what moved in the
// scores and the shipped briefing.
func TestOutputsUnchanged(t *testing.T) {
	outs := generatedOutputs(t)
	names := make([]string, 0, len(outs))
	for n := range outs {
		names = append(names, n)
	}
	sort.Strings(names)
	got := map[string]string{}
	var file bytes.Buffer
	for _, n := range names {
		h := sha256.Sum256(outs[n])
		got[n] = hex.EncodeToString(h[:])
		fmt.Fprintf(&file, "%s  %s\n", got[n], n)
	}
	if *update {
		if err := os.WriteFile(identicalSums, file.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := readSums(t, identicalSums)
	if len(want) != len(got) {
		t.Errorf("%d outputs, %s has %d", len(got), identicalSums, len(want))
	}
	changed := 0
	for _, n := range names {
		if w, ok := want[n]; !ok {
			t.Errorf("%s: not in %s", n, identicalSums)
		} else if w != got[n] {
			t.Errorf("%s: output changed (sha256 %s, was %s)", n, got[n][:12], w[:12])
			changed++
		}
	}
	for n := range want {
		if _, ok := got[n]; !ok {
			t.Errorf("%s: in %s but no longer generated", n, identicalSums)
		}
	}
	t.Logf("%d outputs checked, %d changed", len(got), changed)
}

// TestOutputsPassLint: every briefing the generator makes from the test
// sources, each alone and each set together, passes brief lint, which
// brief generate runs before it writes: one that does not is a briefing
// the user cannot get. It failed before: blind18's sources together
// listed one actor's name twice.
func TestOutputsPassLint(t *testing.T) {
	for name, data := range generatedOutputs(t) {
		if bytes.HasPrefix(data, []byte("error: ")) {
			t.Errorf("%s: %s", name, data)
			continue
		}
		if probs := briefings.Lint(name, data); len(probs) > 0 {
			t.Errorf("%s: %d problems, the first: %v", name, len(probs), probs[0])
		}
	}
}
