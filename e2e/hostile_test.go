package e2e

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/internal/synth"
)

// TestFilterBurstInOneWrite: a library filter, enter and G in one write (a
// paste, a laggy SSH link) must leave the reader running on the filtered
// list.
func TestFilterBurstInOneWrite(t *testing.T) {
	b, _, _ := shipped(t)
	dir := t.TempDir()
	for i := range 10 {
		c := *b
		c.Title = fmt.Sprintf("Briefing %c on Albania", 'A'+i)
		if i == 8 {
			c.Title = "Briefing 9 on Albania"
		}
		c.Date = fmt.Sprintf("2023-04-%02d", i+1)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("b%d.md", i)), briefings.Write(&c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tm := StartBrief(t, 80, 24, nil, "--style", "dark", "--library", dir)
	tm.WaitText("10 briefings")
	tm.Type("/9\rG")
	tm.WaitText("Briefing 9 on Albania")
	// Give a crash time to happen, then check the reader is still there
	// and answers keys.
	time.Sleep(300 * time.Millisecond)
	if s := strings.Join(tm.Screen(), "\n"); strings.Contains(s, exitMarker) || strings.Contains(s, "internal error") {
		t.Fatalf("the reader died:\n%s", s)
	}
	tm.Keys("Enter")
	tm.WaitText("1 Summary", "Briefing 9 on Albania")
	tm.Keys("C-c")
	if st := tm.WaitExit(5 * time.Second); st != 0 {
		t.Fatalf("exit status %d", st)
	}
}

// hostileNested writes the shipped briefing with an extra section nested
// far too deep (kind repeated n times, then "deep"), and returns its path
// and the line of the nesting.
func hostileNested(t *testing.T, kind string, n int) (string, int) {
	t.Helper()
	_, name, data := shipped(t)
	text := string(data) + "\n## Deep\n\n" + strings.Repeat(kind, n) + "deep\n"
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, strings.Count(text, "\n")
}

// TestShowHostileNesting: brief show renders deep nesting in bounded time
// and memory (the target is 1 s and 200 MB; 10 s and 400 MB here for a
// loaded machine) and says on stderr, with file:line, what it showed flat.
func TestShowHostileNesting(t *testing.T) {
	for _, c := range []struct {
		kind string
		n    int
	}{{"> ", 100}, {"> ", 1000}, {"- ", 1000}, {"1. ", 1000}, {"> - ", 500}} {
		path, line := hostileNested(t, c.kind, c.n)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		cmd := exec.CommandContext(ctx, briefBin, "show", "--pane", "deep", "--width", "80", path)
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		start := time.Now()
		err := cmd.Run()
		cancel()
		d := time.Since(start)
		if err != nil {
			t.Fatalf("%q x %d: %v after %v; stderr:\n%s", c.kind, c.n, err, d, stderr.String())
		}
		rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss / 1024
		t.Logf("%q x %d: %v, peak RSS %d MB", c.kind, c.n, d.Round(time.Millisecond), rss)
		if rss > 400 {
			t.Errorf("%q x %d: peak RSS %d MB", c.kind, c.n, rss)
		}
		want := fmt.Sprintf("%s:%d: nesting deeper than", path, line)
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("%q x %d: stderr %q, want %q", c.kind, c.n, stderr.String(), want)
		}
		if !strings.Contains(stdout.String(), "deep") || !strings.Contains(stdout.String(), "shown flat") {
			t.Errorf("%q x %d: output lacks the text or the note:\n%s", c.kind, c.n, stdout.String())
		}
	}
}

// TestReaderHostileNesting: the reader renders the deep pane, and quits at
// once.
func TestReaderHostileNesting(t *testing.T) {
	path, _ := hostileNested(t, "> ", 100)
	tm := StartBrief(t, 80, 24, nil, "--style", "dark", path)
	tm.WaitText("1 Summary")
	tm.Keys("6") // after the four standard panes and Sources
	tm.WaitFor("the deep pane rendered", 10*time.Second, func(s []string) bool {
		all := strings.Join(s, "\n")
		return strings.Contains(all, "shown flat") && !strings.Contains(all, "rendering")
	})
	tm.Keys("q")
	if st := tm.WaitExit(5 * time.Second); st != 0 {
		t.Fatalf("exit status %d", st)
	}
}

// TestReaderHalfWrittenSave: the open briefing's file cut at 3,000 bytes (a
// save in progress) leaves the reader where it was, with a note; the
// complete file then reloads in place.
func TestReaderHalfWrittenSave(t *testing.T) {
	b, name, data := shipped(t)
	dir := t.TempDir()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	tm := StartBrief(t, 100, 30, nil, "--style", "dark", "--library", dir)
	tm.WaitText(b.Title)
	tm.Keys("Enter")
	tm.WaitText("1 Summary")
	tm.Keys("3")
	waitPane(t, tm, b, 2, 100, 0)

	if err := os.WriteFile(path, data[:3000], 0o644); err != nil {
		t.Fatal(err)
	}
	tm.WaitText("kept last good version")
	waitPane(t, tm, b, 2, 100, 0)

	b.Timeline[0].Text = "An event added by the half-written save test."
	if err := os.WriteFile(path, briefings.Write(b), 0o644); err != nil {
		t.Fatal(err)
	}
	tm.WaitText("An event added by the half-written save test.")
	if s := strings.Join(tm.Screen(), "\n"); strings.Contains(s, "kept last good version") {
		t.Fatalf("the note stayed:\n%s", s)
	}
}

// hostileLongLine writes the shipped briefing with an extra section of one
// 50 MB line of real news text, and returns its path and the line. The
// file is written as it is made: the peak RSS a child reports counts its
// parent's (the test's) from before the exec.
func hostileLongLine(t *testing.T) (string, int) {
	t.Helper()
	texts, err := synth.RealTexts(moduleRoot())
	if err != nil {
		t.Fatal(err)
	}
	_, name, data := shipped(t)
	path := filepath.Join(t.TempDir(), name)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	w.Write(data)
	w.WriteString("\n## Deep\n\n")
	for i, n := 0, 0; n < 50<<20; i++ {
		k, _ := w.WriteString(strings.Join(strings.Fields(texts[i%len(texts)]), " ") + " ")
		n += k
	}
	w.WriteString("\n")
	if err := errors.Join(w.Flush(), f.Close()); err != nil {
		t.Fatal(err)
	}
	return path, strings.Count(string(data), "\n") + 4
}

// TestShowHostileLongLine: one 50 MB line is cut at 1 MiB, so that brief
// show prints it in bounded time and memory (the target is 1 s and 200
// MB; 10 s and 400 MB here for a loaded machine; uncut it took 22 s and
// 345 MB), and says where on stderr and in the pane.
func TestShowHostileLongLine(t *testing.T) {
	path, line := hostileLongLine(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	// --all: the whole cut line is printed, not only show's first 256 KiB.
	cmd := exec.CommandContext(ctx, briefBin, "show", "--all", "--pane", "deep", "--width", "80", path)
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	d := time.Since(start)
	if ctx.Err() != nil {
		t.Fatalf("not done in 10 s")
	}
	rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss / 1024
	t.Logf("%v, peak RSS %d MB, %d bytes out", d.Round(time.Millisecond), rss, stdout.Len())
	if rss > 400 {
		t.Errorf("peak RSS %d MB", rss)
	}
	if cmd.ProcessState.ExitCode() != 1 {
		t.Errorf("exit %v, want 1: the file was not shown whole", err)
	}
	want := fmt.Sprintf("%s:%d: line of 50.0 MiB cut at 1 MiB", path, line)
	if !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr %q, want %q", stderr.String(), want)
	}
	if n := stdout.Len(); n < 1<<20 || n > 2<<20 || !strings.Contains(stdout.String(), fmt.Sprintf("Line %d not read", line)) {
		t.Errorf("%d bytes out, or no note of the cut in the pane", n)
	}
}

// TestReaderHostileLongLine: the reader opens the same briefing, shows the
// cut line's pane with its note, and quits at once.
func TestReaderHostileLongLine(t *testing.T) {
	path, line := hostileLongLine(t)
	tm := StartBrief(t, 80, 24, nil, "--style", "dark", path)
	tm.WaitText("1 Summary")
	tm.Keys("6", "G") // after the four standard panes and Sources
	tm.WaitFor("the end of the cut line's pane", 20*time.Second, func(s []string) bool {
		return strings.Contains(strings.Join(s, "\n"), fmt.Sprintf("Line %d not read", line))
	})
	tm.Keys("q")
	if st := tm.WaitExit(5 * time.Second); st != 0 {
		t.Fatalf("exit status %d", st)
	}
}

// hostileMany writes a briefing whose Actors pane holds n actors (or, with
// sections, n extra sections instead), each told in real news words, and
// returns its path.
func hostileMany(t *testing.T, n int, sections bool) string {
	t.Helper()
	texts, err := synth.RealTexts(moduleRoot())
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields(strings.Join(texts, " "))
	phrase := func(i int) string { // 12 words from a varied place
		at := (i * 7919) % (len(words) - 12)
		return strings.Join(words[at:at+12], " ")
	}
	path := filepath.Join(t.TempDir(), "many.md")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	w.WriteString("---\ntitle: Many\ndate: 2024-01-02\nsources:\n  - id: S1\n    title: A source\n---\n\n## Summary\n\nA summary. [S1]\n\n## Actors\n\n")
	for i := range n {
		if sections {
			fmt.Fprintf(w, "## Section %d\n\n%s.\n\n", i, phrase(i))
		} else {
			fmt.Fprintf(w, "- **Actor %d** (organization): %s [S1]\n", i, phrase(i))
		}
	}
	if err := errors.Join(w.Flush(), f.Close()); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestShowHostileManyItems: brief show of 100,000 actors or of 50,000
// sections prints the start of the briefing in bounded time and memory
// and says on stderr where it stopped and how to print everything (the
// target is 1 s and 200 MB; whole, they took 7.7 s and 7.6 s, glamour's
// cost per byte printed; 10 s here for a loaded machine). --all is tested
// beside show's other flags.
func TestShowHostileManyItems(t *testing.T) {
	for _, c := range []struct {
		name     string
		n        int
		sections bool
		args     []string
		last     string // the last item, not printed
	}{
		{"actors", 100000, false, []string{"--pane", "actors"}, "Actor 99999"},
		{"sections", 50000, true, nil, "Section 49999"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := hostileMany(t, c.n, c.sections)
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, briefBin, append(append([]string{"show", "--width", "80"}, c.args...), path)...)
			var stdout, stderr strings.Builder
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			start := time.Now()
			err := cmd.Run()
			d := time.Since(start)
			if ctx.Err() != nil {
				t.Fatalf("not done in 10 s")
			}
			rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss / 1024
			t.Logf("%v, peak RSS %d MB, %d bytes out, stderr %q", d.Round(time.Millisecond), rss, stdout.Len(), stderr.String())
			if err != nil {
				t.Errorf("exit: %v (stopping at the limit is not a problem of the file)", err)
			}
			if rss > 200 {
				t.Errorf("peak RSS %d MB", rss)
			}
			if n := stdout.Len(); n > 2<<20 || strings.Contains(stdout.String(), c.last) {
				t.Errorf("%d bytes out: the whole briefing was printed", n)
			}
			if s := stderr.String(); !strings.HasPrefix(s, path+":") || !strings.Contains(s, "--all") || strings.Count(s, "\n") != 1 {
				t.Errorf("stderr %q, want one line FILE:...: where it stopped and --all", s)
			}
		})
	}
}

// TestReaderHostileManyActors: the reader opens a briefing of 100,000
// actors (9 MB), on its own and from a library directory (where the list
// and the search cache are held beside it), shows the end of its Actors
// pane as soon as G is pressed, renders all of it, and stays under the
// hostile-input bound of 200 MB of memory: parsing it holds goldmark's
// tree of the whole body (about 115 MB), and at Go's default pace the heap
// had grown to twice what was live (peak RSS 210-360 MB).
func TestReaderHostileManyActors(t *testing.T) {
	path := hostileMany(t, 100_000, false)
	for _, c := range []struct {
		name string
		args []string
		open []string // the keys that open the briefing
		quit []string // the keys that quit from the briefing
	}{
		{"alone", []string{path}, nil, []string{"q"}},
		// q goes back to the list first.
		{"in a library", []string{"--library", filepath.Dir(path)}, []string{"Enter"}, []string{"q", "q"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			tm := StartBrief(t, 120, 40, nil, append([]string{"--style", "dark"}, c.args...)...)
			if c.open != nil {
				tm.WaitText("Many")
				tm.Keys(c.open...)
			}
			tm.WaitText("1 Summary")
			start := time.Now()
			tm.Keys("2", "G")
			// G shows the end at once, the rest renders behind it.
			tm.WaitFor("the last actor", 20*time.Second, func(s []string) bool {
				return strings.Contains(strings.Join(s, "\n"), "Actor 99999")
			})
			t.Logf("the end shown %v after G", time.Since(start).Round(time.Millisecond))
			// The memory bound holds for the whole pane rendered: about 40 s
			// of glamour on one core, longer on a loaded machine (speed is
			// BenchmarkRenderAll's to measure, not this test's).
			tm.WaitFor("the whole pane rendered", 4*time.Minute, func(s []string) bool {
				return len(s) > 0 && strings.Contains(s[len(s)-1], " Bot ")
			})
			t.Logf("the whole pane rendered %v after G", time.Since(start).Round(time.Millisecond))
			time.Sleep(500 * time.Millisecond) // background renders settle
			_, hwm := procMiB(t, tm.PID())
			tm.Keys(c.quit...)
			if st := tm.WaitExit(5 * time.Second); st != 0 {
				t.Fatalf("exit status %d", st)
			}
			if hwm > 200 {
				t.Errorf("peak RSS %.0f MiB, over 200", hwm)
			}
			t.Logf("peak RSS %.0f MiB", hwm)
		})
	}
}
