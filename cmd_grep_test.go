package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/brief-team/brief/briefings"
)

// grepLibrary writes a small library: the shipped briefing, one that
// mentions Gdańsk in its timeline, and one malformed item.
func grepLibrary(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	data, err := os.ReadFile(shipped)
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dir, "poland"), 0o755)
	os.WriteFile(filepath.Join(dir, "iran-albania.md"), data, 0o644)
	os.WriteFile(filepath.Join(dir, "poland", "gdansk.md"), []byte(`---
title: Port of Gdańsk
date: 2024-03-01
marking: TLP:CLEAR
sources:
  - id: S1
    title: Port report
---

## Summary

- The port of Gdańsk reopened after the cyber attack. [S1]

## Timeline

- **2024-02-28**: Hackers hit the port of Gdańsk and its
  cranes stopped. [S1]
`), 0o644)
	return dir
}

func exitOf(err error) int {
	var ec exitCode
	if errors.As(err, &ec) {
		return int(ec)
	}
	if err != nil {
		return -1
	}
	return 0
}

// TestGrepLibrary: brief grep searches every briefing of a library and
// prints each matching item whole as FILE:LINE: PANE: item, the file line
// where the item starts, with the reader's matching (diacritics folded).
func TestGrepLibrary(t *testing.T) {
	dir := grepLibrary(t)
	out, stderr, err := run(t, "grep", "gdansk", dir)
	if err != nil {
		t.Fatalf("grep: %v %s", err, stderr)
	}
	want := filepath.Join(dir, "poland", "gdansk.md") + ":12: Summary: The port of Gdańsk reopened after the cyber attack. [S1]\n" +
		filepath.Join(dir, "poland", "gdansk.md") + ":16: Timeline: 2024-02-28 — Hackers hit the port of Gdańsk and its cranes stopped. [S1]\n"
	if out != want {
		t.Errorf("grep gdansk =\n%s\nwant\n%s", out, want)
	}

	// Across files, the shipped briefing too; every line names its file.
	out, _, err = run(t, "grep", "Mandiant", "--library", dir)
	if err != nil || !strings.Contains(out, filepath.Join(dir, "iran-albania.md")+":") {
		t.Errorf("grep --library: %v\n%s", err, out)
	}
	line := regexp.MustCompile(`^[^:]+\.md:\d+: [A-Z][a-z ]+: .*Mandiant`)
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if !line.MatchString(l) {
			t.Errorf("line %q is not FILE:LINE: PANE: item", l)
		}
	}

	// --pane keeps the named panes, synonyms included.
	out, _, _ = run(t, "grep", "gdansk", dir, "--pane", "chronology")
	if strings.Contains(out, "Summary:") || !strings.Contains(out, "Timeline:") {
		t.Errorf("--pane chronology:\n%s", out)
	}
	// --count: matching items per file.
	out, _, _ = run(t, "grep", "gdansk", dir, "--count")
	if out != filepath.Join(dir, "poland", "gdansk.md")+":2\n" {
		t.Errorf("--count = %q", out)
	}
	// --json: one object per item, with the byte offsets of the matches.
	out, _, _ = run(t, "grep", "/hackers? hit/", dir, "--json")
	var j struct {
		File, Path, Title, Pane, Text string
		Line                          int
		Matches                       [][2]int
	}
	if err := json.Unmarshal([]byte(out), &j); err != nil {
		t.Fatalf("--json: %v\n%s", err, out)
	}
	if j.Line != 16 || j.Pane != "Timeline" || j.Title != "Port of Gdańsk" || len(j.Matches) != 1 || j.Text[j.Matches[0][0]:j.Matches[0][1]] != "Hackers hit" {
		t.Errorf("--json = %+v", j)
	}

	// A file argument, and no match: exit 1 and nothing printed, as grep.
	out, _, err = run(t, "grep", "no-such-word-anywhere", dir)
	if exitOf(err) != 1 || out != "" {
		t.Errorf("no match: exit %d, %q", exitOf(err), out)
	}
	if _, _, err := run(t, "grep", "Tirana", shipped); err != nil {
		t.Errorf("grep on a file: %v", err)
	}
	// A bad regexp or a missing path is an error, exit 2 as grep.
	if _, _, err := run(t, "grep", "/[/", dir); exitOf(err) == 0 || exitOf(err) == 1 {
		t.Errorf("bad regexp: %v", err)
	}
}

// TestGrepDefaultLibrary: with no path, brief grep searches the library
// brief opens: $BRIEF_LIBRARY, else the built-in one.
func TestGrepDefaultLibrary(t *testing.T) {
	t.Setenv("BRIEF_LIBRARY", "")
	out, _, err := run(t, "grep", "Tirana")
	if err != nil || !strings.HasPrefix(out, "iran-albania.md:") {
		t.Errorf("built-in library: %v\n%s", err, out)
	}
	t.Setenv("BRIEF_LIBRARY", grepLibrary(t))
	out, _, err = run(t, "grep", "gdansk", "--count")
	if err != nil || !strings.HasSuffix(out, "gdansk.md:2\n") {
		t.Errorf("$BRIEF_LIBRARY: %v\n%s", err, out)
	}
}

// TestGrepErrorsAreEscaped: a briefing that cannot be read fully is named
// as file:line: reason with its control characters escaped; what could be
// read is still searched, and the exit status is 2 as grep's on an error.
func TestGrepErrorsAreEscaped(t *testing.T) {
	dir := grepLibrary(t)
	bad := filepath.Join(dir, "bad\x1b]0;pwned\x07.md")
	os.WriteFile(bad, []byte("---\ntitle: Bad\n---\n\n## Summary\n\n- Gdańsk is here. [S9]\n\n## Timeline\n\n- not a date: text\n"), 0o644)
	out, errOut, err := run(t, "grep", "gdansk", dir)
	if exitOf(err) != 2 {
		t.Errorf("exit %d, want 2 (an error)", exitOf(err))
	}
	if !strings.Contains(errOut, `brief: `+filepath.Join(dir, `bad\x1b]0;pwned\x07.md`)+`:11: `) {
		t.Errorf("the problem is not reported as file:line: reason:\n%s", errOut)
	}
	if strings.ContainsAny(out+errOut, "\x1b\x07") {
		t.Errorf("control characters reach the terminal:\n%q\n%q", out, errOut)
	}
	if !strings.Contains(out, `bad\x1b]0;pwned\x07.md:7: Summary: Gdańsk is here.`) {
		t.Errorf("the readable items of the bad file are not searched, or its name is not escaped:\n%s", out)
	}
}

// TestGrepGC: brief grep searches with the collector's target at grepGC,
// restored afterwards, and leaves a GOGC the user set alone.
func TestGrepGC(t *testing.T) {
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)
	restore := setGrepGC("")
	if got := debug.SetGCPercent(grepGC); got != grepGC {
		t.Errorf("during grep the GC target is %d, want %d", got, grepGC)
	}
	restore()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("after grep the GC target is %d, want 100 restored", got)
	}
	restore = setGrepGC("50")
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC set, grep changed the GC target to %d", got)
	}
	restore()
}

// TestGrepReportsUnlistedFiles: brief grep reads each file of a directory
// once, and still reports every file a Library would not list, whether
// or not its bytes hold the word (exit 2), while it prints the matches
// of the others.
func TestGrepReportsUnlistedFiles(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile(shipped)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"good.md":          string(good),
		"sub/broken.md":    "---\ntitle: x\ntags: [a\n---\n\n## Summary\n\nMandiant here. [S1]\n",
		"sub/nomatch.md":   "---\ntitle: y\ntags: [a\n---\n\n## Summary\n\nNothing here. [S1]\n",
		"unclosed.md":      "---\ntitle: z\n",
		".hidden/other.md": "---\ntitle: [\n---\nMandiant\n",
	}
	for name, text := range files {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	lib, err := briefings.OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out, stderr, err := run(t, "grep", "--count", "Mandiant", dir)
	if exitOf(err) != 2 {
		t.Errorf("exit %d, want 2", exitOf(err))
	}
	if !strings.HasPrefix(out, filepath.Join(dir, "good.md")+":") || strings.Count(out, "\n") != 1 {
		t.Errorf("matches:\n%s", out)
	}
	if len(lib.Problems()) != 3 {
		t.Fatalf("the library should refuse three files: %v", lib.Problems())
	}
	for _, p := range lib.Problems() {
		if !strings.Contains(stderr, p.Error()) {
			t.Errorf("grep does not report %q:\n%s", p.Error(), stderr)
		}
	}
	if strings.Count(stderr, "brief: ") != 3 {
		t.Errorf("grep reports more than the library refuses:\n%s", stderr)
	}
}

// TestGrepKeepsItemsOnDisk: brief grep keeps each briefing it parses in
// the cache directory ($BRIEF_CACHE_DIR), and prints the same bytes when
// it reads them back; BRIEF_CACHE_DIR=off keeps nothing.
func TestGrepKeepsItemsOnDisk(t *testing.T) {
	dir := grepLibrary(t)
	old := time.Now().Add(-time.Hour)
	for _, p := range []string{"iran-albania.md", "poland/gdansk.md"} {
		if err := os.Chtimes(filepath.Join(dir, p), old, old); err != nil {
			t.Fatal(err)
		}
	}
	entries := func(cache string) int { // one file per briefing kept, items/xx/...
		kept, _ := filepath.Glob(filepath.Join(cache, "items", "*", "*"))
		return len(kept)
	}
	cache := filepath.Join(t.TempDir(), "cache")
	t.Setenv("BRIEF_CACHE_DIR", cache)
	var outs []string
	for _, query := range []string{"attack", "attack", "/hackers? hit/"} {
		out, stderr, err := run(t, "grep", "--json", query, dir)
		if err != nil {
			t.Fatalf("grep %s: %v %s", query, err, stderr)
		}
		outs = append(outs, out)
	}
	if n := entries(cache); n != 2 {
		t.Errorf("%d entries kept; want the 2 briefings", n)
	}
	t.Setenv("BRIEF_CACHE_DIR", "off")
	for i, query := range []string{"attack", "attack", "/hackers? hit/"} {
		if out, _, _ := run(t, "grep", "--json", query, dir); out != outs[i] {
			t.Errorf("grep %s through the cache printed\n%s\nwithout it\n%s", query, outs[i], out)
		}
	}
	if n := entries(cache); n != 2 {
		t.Errorf("BRIEF_CACHE_DIR=off: %d entries", n)
	}
}
