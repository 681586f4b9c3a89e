package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/ui"
)

const shipped = "briefings/iran-albania.md"

// run executes the command line in-process and returns its output and error.
func run(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	root := newRootCmd()
	root.SetOut(&out)
	root.SetErr(&errOut)
	root.SetArgs(args)
	err := root.Execute()
	return out.String(), errOut.String(), err
}

func TestShowPanePlainWhenNotATerminal(t *testing.T) {
	out, _, err := run(t, "show", shipped, "--pane", "actors", "--width", "60")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Edi Rama") {
		t.Errorf("actors pane lacks Edi Rama:\n%s", out)
	}
	if strings.Contains(out, "\x1b") {
		t.Errorf("output to a pipe holds escape sequences:\n%q", out)
	}
	for i, line := range strings.Split(out, "\n") {
		if w := len([]rune(line)); w > 60 {
			t.Errorf("line %d is %d columns wide, want <= 60: %q", i+1, w, line)
		}
	}
	if strings.Contains(out, "Timeline") {
		t.Errorf("--pane actors printed other panes:\n%s", out)
	}
	// Plain text, not markdown: the names glamour shows in bold keep no
	// asterisks, and no line ends in padding.
	if !strings.Contains(out, "• Edi Rama (person)") || strings.Contains(out, "*") {
		t.Errorf("plain output keeps markdown markers:\n%s", out)
	}
	for i, line := range strings.Split(out, "\n") {
		if strings.HasSuffix(line, " ") {
			t.Errorf("line %d ends in spaces: %q", i+1, line)
		}
	}
}

func TestShowAllPanesHasHeadings(t *testing.T) {
	out, _, err := run(t, "show", shipped)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []string{"Summary\n=======", "Actors\n======", "Timeline\n========", "Source quotes\n============="} {
		if !strings.Contains(out, h) {
			t.Errorf("missing heading %q", h)
		}
	}
}

func TestShowUnknownPane(t *testing.T) {
	_, _, err := run(t, "show", shipped, "--pane", "nope")
	if err == nil || !strings.Contains(err.Error(), "summary, actors, timeline, source quotes") {
		t.Fatalf("want an error listing the panes, got %v", err)
	}
}

func TestPaneIndex(t *testing.T) {
	panes := []briefings.Pane{{Title: "Summary"}, {Title: "Actors"}, {Title: "Timeline"}, {Title: "Source quotes"}, {Title: "Assessment"}}
	for name, want := range map[string]int{"1": 0, "summary": 0, "Time": 2, "source-quotes": 3, "quotes": -1, "5": 4, "assess": 4, "6": -1} {
		got, err := paneIndex(panes, name)
		if want < 0 {
			if err == nil {
				t.Errorf("paneIndex(%q) = %d, want an error", name, got)
			}
			continue
		}
		if err != nil || got != want {
			t.Errorf("paneIndex(%q) = %d, %v; want %d", name, got, err, want)
		}
	}
}

func TestShowGrep(t *testing.T) {
	out, _, err := run(t, "show", shipped, "--grep", "Mandiant", "--width", "80")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	panesSeen := map[string]bool{}
	for _, l := range lines {
		parts := strings.SplitN(l, ":", 3)
		if len(parts) != 3 || !strings.Contains(parts[2], "Mandiant") {
			t.Errorf("grep line %q is not PANE:LINE: text with the match", l)
			continue
		}
		panesSeen[parts[0]] = true
	}
	if len(panesSeen) < 2 {
		t.Errorf("Mandiant is in several panes, grep found it in %v", panesSeen)
	}
	// A phrase the reader shows in bold is found: grep matches what is seen,
	// not the markup.
	out, _, err = run(t, "show", shipped, "--grep", "Edi Rama (person)", "--pane", "actors")
	if err != nil || !strings.HasPrefix(out, "Actors:") || strings.Contains(out, "**") {
		t.Errorf("grep for a bold phrase = %q, %v", out, err)
	}
	if _, _, err := run(t, "show", shipped, "--grep", "no-such-word-anywhere"); err == nil {
		t.Error("grep with no match should fail like grep(1)")
	}
	if _, _, err := run(t, "show", shipped, "--grep", "/[/"); err == nil {
		t.Error("an invalid regexp should be an error")
	}
}

func TestExportJSONMatchesParse(t *testing.T) {
	out, _, err := run(t, "export", shipped)
	if err != nil {
		t.Fatal(err)
	}
	var got briefings.Briefing
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("export is not JSON: %v", err)
	}
	data, err := os.ReadFile(shipped)
	if err != nil {
		t.Fatal(err)
	}
	want, err := briefings.Parse(shipped, data)
	if err != nil {
		t.Fatal(err)
	}
	// Compare as JSON: the export writes absent lists as [], which decode
	// to empty rather than nil slices.
	a, _ := json.Marshal(&got)
	b, _ := json.Marshal(want)
	if !bytes.Equal(a, b) || len(got.Actors) != len(want.Actors) || got.Title != want.Title {
		t.Errorf("exported JSON does not decode to the parsed briefing:\n%s\n%s", a, b)
	}
	var raw map[string]any
	_ = json.Unmarshal([]byte(out), &raw)
	for _, k := range []string{"title", "date", "tags", "marking", "sources", "summary", "actors", "timeline", "quotes", "sections"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("export lacks field %q", k)
		}
	}
}

func TestLintReportsFileAndLine(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.md")
	if err := os.WriteFile(bad, []byte("---\ntitle: Bad\ndate: 2024-13-45\nsources:\n  - id: S1\n    title: A\n---\n\n## Summary\n\nA claim. [S9]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := run(t, "lint", shipped, bad)
	if err == nil {
		t.Fatal("lint of a bad file should fail")
	}
	if !strings.Contains(out, bad+":3:") {
		t.Errorf("want the bad date reported at %s:3, got:\n%s", bad, out)
	}
	if !strings.Contains(out, bad+":11:") {
		t.Errorf("want the unknown citation reported at %s:11, got:\n%s", bad, out)
	}
	if strings.Contains(out, shipped) {
		t.Errorf("the shipped briefing should lint clean, got:\n%s", out)
	}
	if _, _, err := run(t, "lint", shipped); err != nil {
		t.Errorf("lint of the shipped briefing: %v", err)
	}
}

func TestLibraryDirPrecedence(t *testing.T) {
	t.Setenv("BRIEF_LIBRARY", "/from/env")
	if got := libraryDir("/from/flag"); got != "/from/flag" {
		t.Errorf("flag should win, got %q", got)
	}
	if got := libraryDir(""); got != "/from/env" {
		t.Errorf("env should be used without a flag, got %q", got)
	}
}

func TestUnknownStyleIsAnError(t *testing.T) {
	if _, _, err := run(t, "show", shipped, "--style", "neon"); err == nil {
		t.Error("want an error for --style neon")
	}
}

func TestCrashErrorKeepsTheStackInAFile(t *testing.T) {
	err := crashError(&ui.Crash{Value: "boom", Stack: []byte("goroutine 1 [running]:\nmain.main()")})
	msg := err.Error()
	i := strings.Index(msg, "details in ")
	if !strings.HasPrefix(msg, "internal error: boom") || i < 0 || strings.Contains(msg, "goroutine") {
		t.Fatalf("crash message %q", msg)
	}
	path := strings.TrimSuffix(msg[i+len("details in "):], ")")
	defer os.Remove(path)
	data, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(data), "goroutine 1 [running]") {
		t.Fatalf("stack file %s: %v %q", path, err, data)
	}
}
