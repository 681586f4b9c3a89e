package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/briefings/sourcetext"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// copyShipped copies the shipped briefing and its sources into a new
// directory, with the replacements applied to the briefing's text.
func copyShipped(t *testing.T, oldNew ...string) string {
	t.Helper()
	dir := t.TempDir()
	data, err := os.ReadFile(shipped)
	if err != nil {
		t.Fatal(err)
	}
	md := string(data)
	for i := 0; i+1 < len(oldNew); i += 2 {
		if !strings.Contains(md, oldNew[i]) {
			t.Fatalf("the shipped briefing lacks %q", oldNew[i])
		}
		md = strings.Replace(md, oldNew[i], oldNew[i+1], 1)
	}
	if err := os.WriteFile(filepath.Join(dir, "b.md"), []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
	srcs, _ := filepath.Glob("briefings/sources/*.txt")
	if err := os.MkdirAll(filepath.Join(dir, "sources"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, s := range srcs {
		data, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "sources", filepath.Base(s)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, "b.md")
}

func lineOf(t *testing.T, file, text string) int {
	t.Helper()
	data, _ := os.ReadFile(file)
	for i, l := range strings.Split(string(data), "\n") {
		if strings.Contains(l, text) {
			return i + 1
		}
	}
	t.Fatalf("%s lacks %q", file, text)
	return 0
}

// TestLintVerifyShipped: every item of the shipped briefing is in the
// source it cites.
func TestLintVerifyShipped(t *testing.T) {
	out, _, err := run(t, "lint", "--verify", shipped)
	if err != nil || out != "" {
		t.Errorf("lint --verify of the shipped briefing: %v\n%s", err, out)
	}
}

// TestLintVerifyAlteredQuote: a quote no source says is reported at its
// file and line, and lint fails; one with a word changed is a warning with
// the closest sentence, and lint passes.
func TestLintVerifyAlteredQuote(t *testing.T) {
	const fake = "Tirana will answer Tehran with cyberweapons of its own"
	f := copyShipped(t, "paralyze public services and hack data and electronic communications of government systems", fake)
	out, _, err := run(t, "lint", "--verify", f)
	want := f + ":" + strconv.Itoa(lineOf(t, f, fake)) + ": not found in S1 (sources/000_611f42bb94c1d655.txt)"
	if err == nil || !strings.Contains(out, want) {
		t.Errorf("want %q and a failure, got %v:\n%s", want, err, out)
	}
	if strings.Count(out, f+":") != 1 {
		t.Errorf("only the altered quote should be reported:\n%s", out)
	}

	f = copyShipped(t, "hack into state records", "hack into bank records")
	out, _, err = run(t, "lint", "--verify", f)
	want = f + ":" + strconv.Itoa(lineOf(t, f, "bank records")) + ": warning: only approximately in S1 (sources/000_611f42bb94c1d655.txt): closest \""
	if err != nil || !strings.Contains(out, want) || !strings.Contains(out, "hack into state records") {
		t.Errorf("want %q and success, got %v:\n%s", want, err, out)
	}
}

// TestLintVerifyUnreadableSource: a source without a readable file is
// reported once, at its line in the front matter, not once per item.
func TestLintVerifyUnreadableSource(t *testing.T) {
	f := copyShipped(t, "path: sources/002_53654ff085638edd.txt", "path: sources/gone.txt")
	out, _, err := run(t, "lint", "--verify", f)
	want := f + ":" + strconv.Itoa(lineOf(t, f, "id: S2")) + ": S2 (sources/gone.txt): file missing; its items are not verified"
	if err == nil || !strings.Contains(out, want) || strings.Count(out, "gone.txt") != 1 {
		t.Errorf("want %q once, got %v:\n%s", want, err, out)
	}
}

// TestExportEvidence: `brief export` gives every item of the shipped
// briefing its evidence, the 2022-09-16 entry its date expression, and the
// result validates against the schema.
func TestExportEvidence(t *testing.T) {
	out, _, err := run(t, "export", shipped)
	if err != nil {
		t.Fatal(err)
	}
	var b briefings.Briefing
	if err := json.Unmarshal([]byte(out), &b); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("briefings/sources/002_53654ff085638edd.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := sourcetext.Read("002.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	items := 0
	check := func(what string, evs []briefings.Evidence) {
		items++
		if len(evs) == 0 || evs[0].Status != "found" || evs[0].Match == nil || evs[0].Sentence == nil {
			t.Errorf("%s: evidence %+v", what, evs)
		}
	}
	for _, s := range b.Summary {
		check(s.Text, s.Evidence)
	}
	for _, q := range b.Quotes {
		check(q.Text, q.Evidence)
	}
	for _, e := range b.Timeline {
		check(e.Text, e.Evidence)
		if e.Date == "2022-09-16" {
			d := e.Evidence[0].Date
			if d == nil || d.Text != "Last Friday" || doc.Text[d.Start:d.End] != "Last Friday" || e.Evidence[0].Source != "S2" {
				t.Errorf("2022-09-16: date %+v", d)
			}
		}
	}
	if items < 20 {
		t.Errorf("only %d items", items)
	}

	c := jsonschema.NewCompiler()
	f, err := os.Open("briefings/briefing.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	schemaDoc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AddResource("briefing.schema.json", schemaDoc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("briefing.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	v, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(v); err != nil {
		t.Errorf("export with evidence does not validate: %v", err)
	}

	// A briefing whose sources cannot be read is exported without evidence.
	f2 := copyShipped(t, "path: sources/", "path: gone/", "path: sources/", "path: gone/")
	out, _, err = run(t, "export", f2)
	if err != nil || strings.Contains(out, `"evidence"`) {
		t.Errorf("export without sources: %v, evidence present: %v", err, strings.Contains(out, `"evidence"`))
	}
}
