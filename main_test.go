package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/internal/buildtest"
	"github.com/brief-team/brief/ui"
	"github.com/creack/pty"
)

const shipped = "briefings/iran-albania.md"

// run executes the command line in-process and returns its output and error.
func run(t testing.TB, args ...string) (string, string, error) {
	if t != nil {
		t.Helper()
	}
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

// The reader's Sources pane prints too, at the reader's number (after the
// four standard panes, before extra sections): metadata and the text of
// each source, read from beside the briefing.
func TestShowSourcesPane(t *testing.T) {
	out, _, err := run(t, "show", shipped, "--pane", "sources", "--width", "80")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"S1 · Turkey Helping Iran To Open Interest Section In Albania", "Iran International · 2023-04-23",
		"Hossein Amir-Abdollahian revealed Saturday", "S2 · Suspected Iran hack reveals UK-Albania migrant talks",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("--pane sources lacks %q:\n%s", want, out)
		}
	}
	five, _, err := run(t, "show", shipped, "--pane", "5", "--width", "80")
	if err != nil || five != out {
		t.Errorf("--pane 5 is not the Sources pane (%v):\n%s", err, five)
	}
	all, _, _ := run(t, "show", shipped, "--width", "80")
	if !strings.Contains(all, "Source quotes\n=============") || !strings.Contains(all, "\nSources\n=======\n") {
		t.Errorf("show without --pane lacks the Sources pane")
	}

	// An extra section comes after it; a source without its file says why.
	dir := t.TempDir()
	data, err := os.ReadFile(shipped)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "b.md")
	if err := os.WriteFile(path, append(data, "\n## Assessment\n\nLikely to escalate.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	six, _, err := run(t, "show", path, "--pane", "6", "--width", "80")
	if err != nil || !strings.Contains(six, "Likely to escalate.") {
		t.Errorf("--pane 6 is not the extra section (%v):\n%s", err, six)
	}
	src, _, _ := run(t, "show", path, "--pane", "sources", "--width", "80")
	if !strings.Contains(src, "No text: file missing") {
		t.Errorf("a source without its file does not say so:\n%s", src)
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
	for name, want := range map[string]int{"1": 0, "summary": 0, "Time": 2, "source-quotes": 3, "quotes": 3, "Chronology": 2, "key judgments": 0, "who's who": 1, "5": 4, "assess": 4, "6": -1} {
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
	// to empty rather than nil slices. The evidence export adds from the
	// sources is not in the file (TestExportEvidence checks it).
	for i := range got.Summary {
		got.Summary[i].Evidence = nil
	}
	for i := range got.Timeline {
		got.Timeline[i].Evidence = nil
	}
	for i := range got.Quotes {
		got.Quotes[i].Evidence = nil
	}
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

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// briefBinary builds brief once for the tests that run it as a user does,
// on a terminal.
func briefBinary(t testing.TB) string {
	t.Helper()
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "brief-cli")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "brief")
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
		defer cancel()
		binErr = buildtest.Build(ctx, ".", binPath)
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// runOnPTY runs brief with stdin, stdout and stderr on one pseudo-terminal
// of 80 columns, as in an analyst's terminal, and returns everything the
// terminal received and the exit status.
func runOnPTY(t *testing.T, args ...string) (string, int) {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer ptmx.Close()
	if err := pty.Setsize(ptmx, &pty.Winsize{Rows: 24, Cols: 80}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, briefBinary(t), args...)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color", "NO_COLOR=", "BRIEF_LIBRARY=")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	var out bytes.Buffer
	done := make(chan struct{})
	go func() {
		// The master reads EIO once the last holder of the terminal exits.
		_, _ = io.Copy(&out, ptmx)
		close(done)
	}()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	tty.Close()
	err = cmd.Wait()
	<-done
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return strings.ReplaceAll(out.String(), "\r\n", "\n"), code
}

// TestErrorsKeepTheUsersText runs every command that reads a file on a file
// whose name holds terminal escapes (a window title change and a clipboard
// write, OSC 0 and OSC 52), in a directory whose path is longer than the
// terminal is wide, with the output on a terminal. Requirement: file names
// and messages are printed with their control characters escaped visibly,
// never re-cased and never wrapped, one "file:line: reason" per line.
func TestErrorsKeepTheUsersText(t *testing.T) {
	dir := filepath.Join(t.TempDir(), strings.Repeat("a-long-directory-name-", 3))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	const hostile = "a\x1b]0;TITLE\x07\x1b]52;c;aGk=\x07.md"
	const shown = `a\x1b]0;TITLE\x07\x1b]52;c;aGk=\x07.md`
	path := filepath.Join(dir, hostile)
	// An unquoted colon in a YAML value: a parse error on line 2 for every
	// command, the generator's source reader included.
	if err := os.WriteFile(path, []byte("---\ntitle: Lib4: A\n---\n\n## Summary\n\nText. [S1]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing-")
	// A briefing that parses, with a block quote nested deeper than the
	// reader shows: show reports the cut on stderr and succeeds.
	deep := filepath.Join(dir, "deep-"+hostile)
	if err := os.WriteFile(deep, []byte("---\ntitle: T\ndate: 2024-01-01\nsources:\n  - id: S1\n    title: A\n---\n\n## Summary\n\nA claim here. [S1]\n\n## Notes\n\n"+strings.Repeat("> ", 100)+"deep\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A source the generator can make no briefing lint accepts from.
	unfit := filepath.Join(dir, "unfit-"+hostile+".txt")
	if err := os.WriteFile(unfit, []byte("word word word\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		args    []string
		want    string // the start of a line of the output
		ok      bool   // the command succeeds
		midLine bool   // want is inside a line, not at its start
	}{
		{name: "lint", args: []string{"lint", path}, want: filepath.Join(dir, shown) + ":2: "},
		{name: "lint --verify", args: []string{"lint", "--verify", path}, want: filepath.Join(dir, shown) + ":2: "},
		{name: "show cut", args: []string{"show", deep}, want: filepath.Join(dir, "deep-"+shown) + ":15: ", ok: true},
		{name: "generate unfit", args: []string{"generate", unfit, "-o", filepath.Join(dir, "out-"+hostile), "--published", "2024-01-01"}, want: "out-" + shown + " not written: the briefing made from " + filepath.Join(dir, "unfit-"+shown+".txt"), midLine: true},
		{name: "show", args: []string{"show", path}, want: "brief: " + filepath.Join(dir, shown) + ":2: "},
		{name: "export", args: []string{"export", path}, want: "brief: " + filepath.Join(dir, shown) + ":2: "},
		{name: "generate", args: []string{"generate", path}, want: "brief: " + filepath.Join(dir, shown) + ":2: "},
		{name: "show missing", args: []string{"show", missing + hostile}, want: "brief: " + missing + shown + ": no such file or directory"},
		{name: "generate missing", args: []string{"generate", missing + hostile}, want: "brief: " + missing + shown + ": no such file or directory"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, code := runOnPTY(t, tc.args...)
			if (code == 0) != tc.ok {
				t.Errorf("exit status %d, want success %v", code, tc.ok)
			}
			for _, raw := range []string{"\x1b]0;TITLE", "\x1b]52", "\x07"} {
				if strings.Contains(out, raw) {
					t.Errorf("the file name's escape %q reached the terminal:\n%q", raw, out)
				}
			}
			found := false
			for _, line := range strings.Split(out, "\n") {
				if strings.HasPrefix(line, tc.want) || tc.midLine && strings.Contains(line, tc.want) {
					found = true
				}
			}
			if !found {
				t.Errorf("no line starts with %q (the path as given, escaped visibly, on one line):\n%q", tc.want, out)
			}
		})
	}
}

func TestVisibleEscapesWhatATerminalActsOn(t *testing.T) {
	for in, want := range map[string]string{
		"report.md":                      "report.md",
		"Gdańsk Çavuşoğlu.md":            "Gdańsk Çavuşoğlu.md", // never re-cased, letters kept
		"a\x1b]52;c;aGk=\x07.md":         `a\x1b]52;c;aGk=\x07.md`,
		"a\x1b[2Jb":                      `a\x1b[2Jb`,
		"two\nlines\tand a tab":          `two\x0alines\x09and a tab`,
		"C1 \u009b31m csi":               `C1 \u009b31m csi`,
		"bidi \u202eevil\u202c.md":       `bidi \u202eevil\u202c.md`,
		"bad \xff byte":                  `bad \xff byte`,
		"del \x7f":                       `del \x7f`,
		"zero\u200bwidth":                `zero\u200bwidth`, // dropped by Sanitize, so shown
		"replacement \uFFFD is a letter": "replacement \uFFFD is a letter",
	} {
		if got := visible(in); got != want {
			t.Errorf("visible(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestErrorLines(t *testing.T) {
	probs := briefings.Problems{
		{File: "lib4/a.md", Line: 2, Msg: "bad date \"2024-13-45\""},
		{File: "e\x1b]0;x\x07.md", Msg: "cannot read: permission denied"},
	}
	_, readErr := os.ReadFile("no/such/File.md")
	for _, tc := range []struct {
		name string
		err  error
		want []string
	}{
		{"problems", probs, []string{`brief: lib4/a.md:2: bad date "2024-13-45"`, `brief: e\x1b]0;x\x07.md: cannot read: permission denied`}},
		{"path error", readErr, []string{"brief: no/such/File.md: no such file or directory"}},
		{"joined", errors.Join(readErr, probs[0]), []string{"brief: no/such/File.md: no such file or directory", `brief: lib4/a.md:2: bad date "2024-13-45"`}},
		{"exit status", exitCode(1), nil},
		{"usage", usageError{command: "brief show", err: errors.New("unknown flag: --x\x1b[2J")}, []string{`brief: unknown flag: --x\x1b[2J`, "Try 'brief show --help' for usage."}},
		{"message", errors.New("line one\nsrc/\x1b[31mx.txt:3: front matter: y"), []string{"brief: line one", `brief: src/\x1b[31mx.txt:3: front matter: y`}},
	} {
		got := errorLines(tc.err)
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s: errorLines = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestReaderOnMissingFilesIsAnError(t *testing.T) {
	dir := t.TempDir()
	_, _, err := run(t, "nonexist.md")
	if got := strings.Join(errorLines(err), "\n"); got != "brief: nonexist.md: no such file or directory" {
		t.Errorf("brief nonexist.md: %q", got)
	}
	_, _, err = run(t, dir)
	if got := strings.Join(errorLines(err), "\n"); !strings.HasPrefix(got, "brief: "+dir+": is a directory; to open it as a library use --library") {
		t.Errorf("brief DIR: %q", got)
	}
	// Several files: each one that cannot be opened is reported, then
	// the reader runs on the others (here it cannot: no terminal).
	_, _, err = run(t, "gone1.md", shipped, "gone2.md")
	want := "brief: gone1.md: no such file or directory\nbrief: gone2.md: no such file or directory\nbrief: the reader needs a terminal"
	if got := strings.Join(errorLines(err), "\n"); !strings.HasPrefix(got, want) {
		t.Errorf("brief gone1.md %s gone2.md:\n%s\nwant it to start with:\n%s", shipped, got, want)
	}
	if os.Geteuid() != 0 { // root reads any file
		locked := filepath.Join(dir, "locked.md")
		if err := os.WriteFile(locked, []byte("---\ntitle: x\n---\n"), 0o000); err != nil {
			t.Fatal(err)
		}
		_, _, err = run(t, locked)
		if got := strings.Join(errorLines(err), "\n"); got != "brief: "+locked+": permission denied" {
			t.Errorf("brief on an unreadable file: %q", got)
		}
	}
}

func TestMissingLibraryIsAnError(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nowhere")
	_, _, err := run(t, "--library", missing)
	if got := strings.Join(errorLines(err), "\n"); got != "brief: library "+missing+": no such file or directory" {
		t.Errorf("brief --library %s: %q", missing, got)
	}
}

func TestLintVerifyPrintsEachProblemOnce(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.md")
	if err := os.WriteFile(bad, []byte("---\ntitle: Lib4: A\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := run(t, "lint", "--verify", bad)
	if err == nil || strings.Count(out, bad+":2:") != 1 || err.Error() != "1 problem(s) found" {
		t.Errorf("lint --verify on one problem: %v\n%s", err, out)
	}
}

// A command that panics prints one line, keeps the stack in a file and
// exits 70; the real binary is run as a user would.
func TestCommandPanicIsOneLine(t *testing.T) {
	err := guard(func() error { panic("boom") })
	var c *ui.Crash
	if !errors.As(err, &c) || !strings.HasPrefix(err.Error(), "internal error: boom (details in ") {
		t.Fatalf("guard returned %v", err)
	}
	path := strings.TrimSuffix(err.Error()[strings.Index(err.Error(), "details in ")+len("details in "):], ")")
	defer os.Remove(path)
	if data, _ := os.ReadFile(path); !strings.Contains(string(data), "TestCommandPanicIsOneLine") {
		t.Fatalf("the stack file lacks the panicking function:\n%s", data)
	}
	if guard(func() error { return nil }) != nil {
		t.Fatal("guard changed a clean run")
	}
}

// TestShowStopsAtItsLimit: past its limit brief show stops at a block's
// end, says where on stderr, one line naming --all, and exits 0 (nothing
// is wrong with the file); what it printed is the start of what --all
// prints.
func TestShowStopsAtItsLimit(t *testing.T) {
	all, _, err := run(t, "show", shipped, "--width", "80")
	if err != nil {
		t.Fatal(err)
	}
	defer func(n int) { showLimit = n }(showLimit)
	showLimit = 3 << 10
	out, stderr, err := run(t, "show", shipped, "--width", "80")
	if err != nil {
		t.Fatal(err)
	}
	if len(out) >= len(all) || !strings.HasPrefix(all, out) {
		t.Errorf("printed %d bytes of %d, not the start of the whole:\n%s", len(out), len(all), out)
	}
	if !strings.HasPrefix(stderr, shipped+`: pane "`) || !strings.HasSuffix(stderr, "; --all prints the rest\n") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("stderr %q", stderr)
	}
	again, stderr, err := run(t, "show", shipped, "--width", "80", "--all")
	if err != nil || again != all || stderr != "" {
		t.Errorf("--all: %v, stderr %q, same as unlimited: %v", err, stderr, again == all)
	}
}
