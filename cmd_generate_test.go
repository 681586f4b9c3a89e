package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/brief-team/brief/briefings"
)

// TestGenerateWritesNothingLintRejects: sources that give no summary (a
// file of NUL bytes, one word repeated, 100,000 paragraphs too short to be
// statements) once produced briefings that brief lint rejected. Now
// generate writes nothing, exits 1 and says, naming the source file, what
// is missing (a missing title is not: the file's name stands in, with a
// warning).
func TestGenerateWritesNothingLintRejects(t *testing.T) {
	var paras strings.Builder
	for i := range 100000 {
		fmt.Fprintf(&paras, "Item %d here.\n\n", i)
	}
	cases := []struct {
		name, text string
		want       []string
	}{
		{"nul.txt", "\x00\x00a\x00b\x00", []string{`%s: no title found`, `titled "nul"`, "no summary"}},
		{"word.txt", strings.Repeat("Iran ", 5000), []string{`%s: no title found`, `titled "word"`, "no summary"}},
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

// TestGenerateTitlesAnUntitledPageByItsFileName: a readable page whose
// title the reader cannot find (its text opens with a sentence, no
// headline over a blank line, no front matter) is still a briefing, as a
// reader of any other tool would expect: the source is titled by its
// file's name, as the library titles a briefing without one, a warning
// names the file and says how to give a title, nothing of the text is
// lost (its first sentence is still read), and the result lints clean.
func TestGenerateTitlesAnUntitledPageByItsFileName(t *testing.T) {
	src := filepath.Join(t.TempDir(), "port-strike.txt")
	text := "Dock workers at the port of Felixstowe walked out on Monday after talks on pay collapsed, union officials said.\n" +
		"The strike is due to last until Wednesday, the union said in a statement.\n\n" +
		"The company said on Tuesday that it had offered a rise of 7 percent to all staff at the port."
	b, stdout, stderr := generateSource(t, src, text, "--published", "2024-05-08")
	if len(b.Sources) != 1 || b.Sources[0].Title != "port-strike" {
		t.Errorf("sources %+v: want one titled %q", b.Sources, "port-strike")
	}
	if probs := briefings.Lint("out.md", []byte(stdout)); len(probs) > 0 {
		t.Errorf("lint: %v", briefings.Problems(probs))
	}
	if !strings.Contains(stdout, "walked out on Monday") {
		t.Errorf("the page's first sentence was lost:\n%s", stdout)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], src) || !strings.Contains(lines[0], "warning") ||
		!strings.Contains(lines[0], `"port-strike"`) || !strings.Contains(lines[0], "title:") {
		t.Errorf("want one warning naming %s, the title it was given and how to give one; stderr:\n%s", src, stderr)
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

// TestGenerateWithoutPublicationDate: with no publication date (none in
// the source, no --published), dates with a year are kept, relative and
// year-less ones left out with one warning naming the source and
// --published, and the briefing is dated by the latest date it holds, so
// that it lints clean. With no date at all, generate refuses in one line.
func TestGenerateWithoutPublicationDate(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "talks.txt")
	text := "Talks in Vienna\n\n" +
		"The talks began on March 10, 2024 in Vienna, officials said.\n\n" +
		"Negotiators met again last Friday to discuss the draft agreement.\n\n" +
		"A second round was held on 3 June with the same delegations present.\n\n" +
		"In 2021, the two governments had signed a framework on trade."
	b, stdout, stderr := generateSource(t, src, text)
	if dates := timelineDates(b); dates != "2021 2024-03-10" || b.Date != "2024-03-10" {
		t.Errorf("date %q, timeline %q: want 2024-03-10 and 2021 2024-03-10", b.Date, dates)
	}
	if probs := briefings.Lint("out.md", []byte(stdout)); len(probs) > 0 {
		t.Errorf("lint: %v", briefings.Problems(probs))
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], src) || !strings.Contains(lines[0], "--published") || !strings.Contains(lines[0], "2 relative or year-less dates left out") {
		t.Errorf("want one warning naming %s, the 2 dates left out and --published; stderr:\n%s", src, stderr)
	}

	undated := filepath.Join(dir, "undated.txt")
	if err := os.WriteFile(undated, []byte("Talks in Vienna\n\nNegotiators met last Friday to discuss the draft agreement in Vienna.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, err := run(t, "generate", undated)
	if err == nil {
		t.Fatalf("no error; stdout:\n%s", stdout)
	}
	if msg := err.Error(); strings.Contains(msg, "\n") || !strings.Contains(msg, undated) || !strings.Contains(msg, "--published") {
		t.Errorf("error %q: want one line naming %s and --published", msg, undated)
	}
	if stdout != "" || strings.Contains(stderr, "warning") {
		t.Errorf("want nothing but the error; stdout:\n%s\nstderr:\n%s", stdout, stderr)
	}
}

// TestGenerateDatedByItsByline: a plain article dated in its byline, as
// news pages are, needs no --published: "last Friday" resolves against
// the byline's date, the briefing and its source carry it, and nothing
// warns.
func TestGenerateDatedByItsByline(t *testing.T) {
	text := "Talks in Vienna resume\n\n" +
		"By Anna Berg, Vienna correspondent\nPublished Thursday, March 20, 2025\n\n" +
		"Negotiators met last Friday to discuss the draft agreement in Vienna, officials said.\n"
	b, _, stderr := generateSource(t, filepath.Join(t.TempDir(), "talks.txt"), text)
	if dates := timelineDates(b); b.Date != "2025-03-20" || dates != "2025-03-14" {
		t.Errorf("date %q, timeline %q: want 2025-03-20 and 2025-03-14", b.Date, dates)
	}
	if strings.Contains(stderr, "warning") {
		t.Errorf("warned:\n%s", stderr)
	}
}

// TestPublishedFlagOverridesByline: a date the user gives with
// --published is theirs to give; the byline's is read only when they
// give none (front matter, the source's own metadata, still wins).
func TestPublishedFlagOverridesByline(t *testing.T) {
	text := "Talks in Vienna resume\n\n" +
		"Published Thursday, March 20, 2025\n\n" +
		"Negotiators met last Friday to discuss the draft agreement in Vienna, officials said.\n"
	b, _, _ := generateSource(t, filepath.Join(t.TempDir(), "talks.txt"), text, "--published", "2025-03-27")
	if b.Date != "2025-03-27" || len(b.Timeline) != 1 || b.Timeline[0].Date != "2025-03-21" {
		t.Errorf("date %q, timeline %+v: want 2025-03-27 and last Friday 2025-03-21", b.Date, b.Timeline)
	}
}

// generateSource writes text to the source file src, runs brief generate
// on it with flags, and returns the briefing it printed, parsed, with the
// command's output and errors.
func generateSource(t *testing.T, src, text string, flags ...string) (b *briefings.Briefing, stdout, stderr string) {
	t.Helper()
	if err := os.WriteFile(src, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, err := run(t, append(append([]string{"generate"}, flags...), src)...)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	b, err = briefings.Parse("out.md", []byte(stdout))
	if err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	return b, stdout, stderr
}

// timelineDates lists the dates of b's timeline, as "2021 2024-03-10".
func timelineDates(b *briefings.Briefing) string {
	var dates []string
	for _, e := range b.Timeline {
		dates = append(dates, e.Date)
	}
	return strings.Join(dates, " ")
}

// TestGenerateWritesThroughLinksAndPipes: -o naming a symbolic link writes
// the file it points to and leaves the link; -o naming a pipe (or a device,
// as /dev/null) writes into it. Renaming a temporary file over either had
// replaced it with a plain file: run as root, "-o /dev/null" replaced the
// machine's /dev/null.
func TestGenerateWritesThroughLinksAndPipes(t *testing.T) {
	srcs, _ := filepath.Glob("briefings/sources/*.txt")
	dir := t.TempDir()
	target := filepath.Join(dir, "target.md")
	if err := os.WriteFile(target, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.md")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	if _, stderr, err := run(t, append(append([]string{"generate"}, srcs...), "-o", link)...); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("-o %s replaced the link: %v %v", link, fi.Mode(), err)
	}
	if data, _ := os.ReadFile(target); !bytes.HasPrefix(data, []byte("---")) {
		t.Errorf("the link's target holds %q, want the briefing", data)
	}

	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	got := make(chan []byte)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- nil
			return
		}
		defer f.Close()
		data, _ := io.ReadAll(f)
		got <- data
	}()
	if _, stderr, err := run(t, append(append([]string{"generate"}, srcs...), "-o", fifo)...); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("-o %s replaced the pipe: %v %v", fifo, fi.Mode(), err)
	}
	select {
	case data := <-got:
		if !bytes.HasPrefix(data, []byte("---")) {
			t.Errorf("the pipe carried %.80q, want the briefing", data)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("nothing came through the pipe")
	}
}
