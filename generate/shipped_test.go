package generate

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/brief-team/brief/briefings"
)

var update = flag.Bool("update", false, "rewrite briefings/iran-albania.md from briefings/sources/")

// shippedOptions are the options the shipped briefing is generated with:
//
//	brief generate briefings/sources/*.txt -o briefings/iran-albania.md \
//	  --title "Iran and Albania after the 2022 cyberattacks" \
//	  --marking TLP:CLEAR --tag iran --tag albania --tag cyber --tag diplomacy
var shippedOptions = Options{
	Title:   "Iran and Albania after the 2022 cyberattacks",
	Tags:    []string{"iran", "albania", "cyber", "diplomacy"},
	Marking: "TLP:CLEAR",
	BaseDir: "../briefings",
}

func generateShipped(t *testing.T) []byte {
	t.Helper()
	paths, err := filepath.Glob("../briefings/sources/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no sources: %v", err)
	}
	var docs []Document
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := ReadSource(p, data)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	b, err := Generate(docs, shippedOptions)
	if err != nil {
		t.Fatal(err)
	}
	return briefings.Write(b)
}

// TestShippedBriefing checks that briefings/iran-albania.md is exactly what
// the generator makes from briefings/sources/ today, so the two cannot drift. Run
// with -update to rewrite it after a deliberate change.
func TestShippedBriefing(t *testing.T) {
	got := generateShipped(t)
	const path = "../briefings/iran-albania.md"
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the generator's output on briefings/sources/ (go test ./generate -run TestShippedBriefing -update rewrites it)\ngot:\n%s", path, got)
	}
	if _, err := briefings.Parse(path, want); err != nil {
		t.Errorf("shipped briefing does not parse: %v", err)
	}
	// Deterministic: a second run gives the same bytes.
	if again := generateShipped(t); !bytes.Equal(again, got) {
		t.Error("two runs on the same sources differ")
	}
}
