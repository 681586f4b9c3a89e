package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/brief-team/brief/briefings"
)

// TestGenerateWritesNothingLintRejects: sources that give no title or no
// summary (a file of NUL bytes, one word repeated, 100,000 paragraphs too
// short to be statements) once produced briefings that brief lint
// rejected. Now generate writes nothing, exits 1 and says, naming the
// source file, what is missing.
func TestGenerateWritesNothingLintRejects(t *testing.T) {
	var paras strings.Builder
	for i := range 100000 {
		fmt.Fprintf(&paras, "Item %d here.\n\n", i)
	}
	cases := []struct {
		name, text string
		want       []string
	}{
		{"nul.txt", "\x00\x00a\x00b\x00", []string{"source S1 (%s) has no title", "no summary"}},
		{"word.txt", strings.Repeat("Iran ", 5000), []string{"source S1 (%s) has no title", "no summary"}},
		{"paras.txt", paras.String(), []string{"no summary"}},
	}
	dir := t.TempDir()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := filepath.Join(dir, c.name)
			if err := os.WriteFile(src, []byte(c.text), 0o644); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, c.name+".md")
			_, stderr, err := run(t, "generate", src, "-o", out, "--published", "2024-01-01")
			var ec exitCode
			if !errors.As(err, &ec) || ec != 1 {
				t.Errorf("err = %v, want exit status 1", err)
			}
			if _, serr := os.Stat(out); !errors.Is(serr, os.ErrNotExist) {
				data, _ := os.ReadFile(out)
				t.Errorf("%s was written; lint says %v", out, briefings.Lint(out, data))
			}
			if !strings.Contains(stderr, src) || !strings.Contains(stderr, "not written") {
				t.Errorf("stderr does not name %s and say nothing was written:\n%s", src, stderr)
			}
			for _, w := range c.want {
				if strings.Contains(w, "%s") {
					w = fmt.Sprintf(w, src)
				}
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
			// Nothing on standard output either.
			stdout, _, _ := run(t, "generate", src, "--published", "2024-01-01")
			if strings.HasPrefix(stdout, "---") || strings.Contains(stdout, "## ") {
				t.Errorf("a briefing lint rejects went to stdout:\n%.300s", stdout)
			}
		})
	}
}

// TestGenerateWritesWhatLintAccepts: the shipped sources give a briefing
// that lints clean, written whole.
func TestGenerateWritesWhatLintAccepts(t *testing.T) {
	srcs, _ := filepath.Glob("briefings/sources/*.txt")
	if len(srcs) == 0 {
		t.Fatal("no shipped sources under briefings/sources")
	}
	out := filepath.Join(t.TempDir(), "b.md")
	if _, stderr, err := run(t, append(append([]string{"generate"}, srcs...), "-o", out)...); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if probs := briefings.Lint(out, data); len(probs) > 0 {
		t.Errorf("lint: %v", briefings.Problems(probs))
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}
