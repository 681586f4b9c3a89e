package main

import (
	"encoding/json"
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
