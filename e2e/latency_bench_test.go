package e2e

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/brief-team/brief/internal/synth"
)

// glowBin is the anchor of the side-by-side benchmarks, when present
// (../shared/tools/glow; never needed by CI).
func glowBin(b *testing.B) string {
	p := filepath.Join(moduleRoot(), "..", "shared", "tools", "glow", "glow")
	if _, err := os.Stat(p); err != nil {
		b.Skip("glow is not in ../shared/tools/glow: no anchor to compare with")
	}
	return p
}

// keySender sends keys to tm's pane through one tmux client in control
// mode, kept for the whole benchmark: spawning `tmux send-keys` for each
// key costs about 7 ms here, more than the frame it is meant to time. The
// client attaches to the harness's keeper session, not to the pane's.
func keySender(b *testing.B, tm *Term) func(key string) {
	cmd := exec.Command("tmux", "-L", tmuxSocket, "-C", "attach", "-t", "keeper")
	in, err := cmd.StdinPipe()
	if err != nil {
		b.Fatal(err)
	}
	cmd.Stdout = io.Discard
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		in.Close()
		cmd.Wait()
	})
	return func(key string) {
		if _, err := fmt.Fprintf(in, "send-keys -t %s %s\n", tm.name, key); err != nil {
			b.Fatal(err)
		}
	}
}

// timeKeys times keys (in turn) to the first bytes of the frame each
// causes on tm's terminal, from the key's command written to tmux to
// the output tmux's pipe-pane carries. The pause between keys varies by
// up to two frames: a fixed one keeps every key at the same point of the
// program's frame clock, so that each waited a whole frame, or none.
func timeKeys(b *testing.B, tm *Term, keys []string) {
	out := pipeOutput(b, tm)
	f, err := os.Open(out)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	send := keySender(b, tm)
	buf := make([]byte, 64<<10)
	rng := rand.New(rand.NewPCG(1, 2))
	var took []time.Duration
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		send(keys[i%len(keys)])
		deadline := start.Add(5 * time.Second)
		for {
			if n, _ := f.Read(buf); n > 0 {
				break
			}
			if time.Now().After(deadline) {
				b.Fatalf("no frame after %s", keys[i%len(keys)])
			}
			time.Sleep(100 * time.Microsecond)
		}
		took = append(took, time.Since(start))
		b.StopTimer()
		// The rest of the frame, then a pause of 50-83 ms.
		time.Sleep(50*time.Millisecond + time.Duration(rng.Int64N(int64(33*time.Millisecond))))
		for n, _ := f.Read(buf); n > 0; n, _ = f.Read(buf) {
		}
		b.StartTimer()
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "ms-median")
	b.ReportMetric(float64(took[len(took)*9/10].Microseconds())/1000, "ms-p90")
}

// BenchmarkTmuxKeyToScreen1MB: in tmux, from a key (j, space, G, g in
// turn) to the first bytes of the frame it causes on the terminal, in
// brief's reader and in glow's pager on the same 1 MB briefing, opened
// and fully rendered first (see timeKeys); a Bubble Tea program that
// does nothing (e2e/testdata/bare), the floor of Bubble Tea's frame
// clock; and the floor of the harness, cat echoing the key.
func BenchmarkTmuxKeyToScreen1MB(b *testing.B) {
	path := filepath.Join(b.TempDir(), "synth.md")
	if err := os.WriteFile(path, synth.Synthetic(1<<20), 0o644); err != nil {
		b.Fatal(err)
	}
	keys := []string{"j", "j", "j", "Space", "G", "g"}
	b.Run("brief", func(b *testing.B) {
		tm := StartBrief(b, 100, 30, nil, "--style", "dark", path)
		tm.WaitFor("the document settled", 2*time.Minute, func(s []string) bool {
			return strings.Contains(s[len(s)-1], "Top") && !strings.Contains(strings.Join(s, "\n"), "rendering")
		})
		timeKeys(b, tm, keys)
	})
	b.Run("glow", func(b *testing.B) {
		// glow's pager is reached from its file list (glow FILE prints).
		tm := StartCommand(b, 100, 30, nil, glowBin(b), "-s", "dark", filepath.Dir(path))
		tm.WaitText("synth")
		tm.Keys("Enter")
		tm.WaitFor("the document settled", 2*time.Minute, func(s []string) bool { return strings.Contains(strings.Join(s, "\n"), "Summary") })
		timeKeys(b, tm, keys)
	})
	b.Run("bare-bubbletea", func(b *testing.B) {
		bin := filepath.Join(b.TempDir(), "bare")
		build := exec.Command("go", "build", "-o", bin, "./e2e/testdata/bare")
		build.Dir = moduleRoot()
		if out, err := build.CombinedOutput(); err != nil {
			b.Fatalf("%v: %s", err, out)
		}
		tm := StartCommand(b, 100, 30, nil, bin)
		tm.WaitText("ready")
		timeKeys(b, tm, []string{"j"})
	})
	b.Run("floor", func(b *testing.B) {
		tm := StartCommand(b, 100, 30, nil, "sh", "-c", "echo ready; stty raw -echo; exec cat")
		tm.WaitText("ready")
		timeKeys(b, tm, []string{"j"})
	})
}

// BenchmarkTmuxColdStart: from starting the program on a 1.8 KB briefing
// to its text on the terminal, brief against glow (which, given a file,
// prints it). A shell waits on a
// read so that the output pipe is up before the program starts; the time
// includes the shell's exec.
func BenchmarkTmuxColdStart(b *testing.B) {
	path := filepath.Join(b.TempDir(), "small.md")
	if err := os.WriteFile(path, synth.Synthetic(1800), 0o644); err != nil {
		b.Fatal(err)
	}
	want := strings.Join(strings.Fields(synth.Briefing(1800).Summary[0].Text)[:2], " ")
	run := func(b *testing.B, argv ...string) {
		for b.Loop() {
			b.StopTimer()
			tm := StartCommand(b, 100, 30, nil, append([]string{"sh", "-c", `read _; exec "$0" "$@"`}, argv...)...)
			out := pipeOutput(b, tm)
			send := keySender(b, tm)
			b.StartTimer()
			send("Enter")
			if !waitOutput(out, want, 10*time.Second) {
				b.Fatalf("no %q on the terminal", want)
			}
			b.StopTimer()
			tm.Kill()
			b.StartTimer()
		}
	}
	b.Run("brief", func(b *testing.B) { run(b, briefBin, "--style", "dark", path) })
	b.Run("glow", func(b *testing.B) { run(b, glowBin(b), "-s", "dark", path) })
}

// BenchmarkTmuxLibraryFirstFrame: the real binary started on a library
// of 20 KB synthetic briefings in tmux (synth.WriteLibrary, or the one kept
// under $BRIEF_BENCH_DIR): frame-ms is the time to its first frame (the
// list, saying it is reading the library), listed-ms to the first
// briefings listed, all-ms to every briefing listed. $BRIEF_BENCH_SIZES
// picks the sizes (1,000 and 10,000 by default).
func BenchmarkTmuxLibraryFirstFrame(b *testing.B) {
	sizes, err := synth.LibrarySizes(1000, 10000)
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range sizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			dir, _, err := synth.BenchLibrary(b.TempDir, n)
			if err != nil {
				b.Fatal(err)
			}
			var frame, listed, all time.Duration
			for b.Loop() {
				b.StopTimer()
				tm := StartCommand(b, 100, 30, nil, "sh", "-c", `read _; exec "$0" "$@"`, briefBin, "--style", "dark", "--library", dir)
				out := pipeOutput(b, tm)
				b.StartTimer()
				start := time.Now()
				tm.Keys("Enter")
				for _, w := range []struct {
					text string
					at   *time.Duration
				}{{"reading the library", &frame}, {"Synthetic briefing", &listed}} {
					if !waitOutput(out, w.text, 60*time.Second) {
						b.Fatalf("no %q on the terminal", w.text)
					}
					*w.at += time.Since(start)
				}
				// The count is redrawn a few digits at a time, so the
				// screen, not the output, says when every briefing is
				// listed (polled: within a few tens of milliseconds).
				count := fmt.Sprintf("%d briefings", n)
				tm.WaitFor(count, 120*time.Second, func(s []string) bool {
					screen := strings.Join(s, "\n")
					return strings.Contains(screen, count) && !strings.Contains(screen, "reading ")
				})
				all += time.Since(start)
				b.StopTimer()
				tm.Kill()
				b.StartTimer()
			}
			runs := float64(b.N)
			b.ReportMetric(float64(frame.Milliseconds())/runs, "frame-ms")
			b.ReportMetric(float64(listed.Milliseconds())/runs, "listed-ms")
			b.ReportMetric(float64(all.Milliseconds())/runs, "all-ms")
		})
	}
}
