package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// show and export print what parses of a briefing with a malformed item,
// report the rest on stderr, and exit non-zero.
func TestShowAndExportPrintWhatParses(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.md")
	os.WriteFile(path, []byte("---\ntitle: Partial\nsources:\n  - id: S1\n    title: T\n---\n\n## Summary\n\nAll is well. [S1]\n\n## Timeline\n\n- **2022-07-15**: First event. [S1]\n- **yesterday**: Bad event. [S1]\n- **2022-07-18**: Fourth event. [S1]\n"), 0o644)
	out, errOut, err := run(t, "show", path, "--pane", "timeline")
	if err == nil || !strings.Contains(out, "First event") || !strings.Contains(out, "Fourth event") || !strings.Contains(errOut+err.Error(), path+":15:") {
		t.Errorf("show: err %v\nstdout:\n%s\nstderr:\n%s", err, out, errOut)
	}
	out, errOut, err = run(t, "export", path)
	var b struct{ Timeline []any }
	if jerr := json.Unmarshal([]byte(out), &b); jerr != nil || len(b.Timeline) != 2 || err == nil || !strings.Contains(errOut+err.Error(), path+":15:") {
		t.Errorf("export: err %v, json %v, timeline %d\nstderr:\n%s", err, jerr, len(b.Timeline), errOut)
	}
}

// lint prints warnings but fails only on problems.
func TestLintWarningsDoNotFail(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.md")
	os.WriteFile(path, []byte("---\ntitle: t\ndate: 2024-01-01\nsources:\n  - id: S1\n    title: T\n---\n\n## Summary\n\nx [S1]\n\n## Actors\n\n## Source quotes\n"), 0o644)
	out, _, err := run(t, "lint", path)
	if err != nil || !strings.Contains(out, "warning: no \"## Timeline\" section") {
		t.Errorf("err %v\n%s", err, out)
	}
}

// eval --realdev scores one split per corpus, with the summaries against
// Lead-3.
func TestEvalRealdev(t *testing.T) {
	out, _, err := run(t, "eval", "--realdev", "generate/testdata/realdev", "--split", "test")
	if err != nil || !strings.Contains(out, "== GUM") || !strings.Contains(out, "== MEANTIME") || !strings.Contains(out, "Lead-3") {
		t.Errorf("err %v\n%s", err, out)
	}
	if _, _, err := run(t, "eval", "--realdev", "generate/testdata/realdev", "--split", "train"); err == nil {
		t.Error("--split train accepted")
	}
}

// show --grep prints whole items with the line of the file they are on,
// the same at any width.
func TestShowGrepPrintsWholeItems(t *testing.T) {
	data, err := os.ReadFile(shipped)
	if err != nil {
		t.Fatal(err)
	}
	var want string
	var wantLine int
	for i, l := range strings.Split(string(data), "\n") {
		if strings.Contains(l, "Last Friday") && strings.HasPrefix(l, "- **") {
			want, wantLine = l, i+1
			break
		}
	}
	if want == "" {
		t.Fatal("no timeline entry with 'Last Friday' in the shipped briefing")
	}
	var outs []string
	for _, w := range []string{"40", "200"} {
		out, _, err := run(t, "show", shipped, "--grep", "last friday", "--pane", "timeline", "--width", w)
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, out)
	}
	if outs[0] != outs[1] {
		t.Errorf("output depends on --width:\n%s\n---\n%s", outs[0], outs[1])
	}
	prefix := fmt.Sprintf("Timeline:%d: ", wantLine)
	if !strings.HasPrefix(outs[0], prefix) || strings.Count(outs[0], "\n") != 1 || !strings.Contains(outs[0], "Treasury") || !strings.HasSuffix(strings.TrimSpace(outs[0]), "[S2]") {
		t.Errorf("want one line %q + the whole item, got:\n%s", prefix, outs[0])
	}
}
