package search

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// lessMarker occurs once, on the last line of the synthetic briefing.
const lessMarker = "attack of the zebrafinch omega"

// lessQueries are searched for in less and by Search: the whole marker,
// its rare end, and a prefix whose first words occur everywhere.
var lessQueries = []string{"zebrafinch omega", "attack of the zebrafinch", lessMarker}

// BenchmarkLessSearch5MB is the anchor: less -i searching the same 5 MB of
// visible text (the synthetic briefing, stripped) for lessMarker, which is
// on the last line, so less scans all of it as Search does on every
// keystroke (less --incsearch runs the same search per key). "ns/search"
// is the time per search of less, measured over a burst of searches in
// tmux. It needs less and tmux and fails without them.
func BenchmarkLessSearch5MB(b *testing.B) {
	for _, tool := range []string{"less", "tmux"} {
		if _, err := exec.LookPath(tool); err != nil {
			b.Fatalf("the less anchor needs %s: %v", tool, err)
		}
	}
	lines, _ := synth5MB(b)
	file := filepath.Join(b.TempDir(), "synth.txt")
	f, err := os.Create(file)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for _, pane := range lines {
		for _, l := range pane {
			w.WriteString(strings.TrimRight(ansi.Strip(l), " "))
			w.WriteByte('\n')
		}
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()

	session := "brief-less-anchor"
	tmux := func(args ...string) string {
		out, err := exec.Command("tmux", args...).CombinedOutput()
		if err != nil {
			b.Fatalf("tmux %v: %v: %s", args, err, out)
		}
		return string(out)
	}
	exec.Command("tmux", "kill-session", "-t", session).Run()
	tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "40", "less -i --incsearch "+file)
	b.Cleanup(func() { exec.Command("tmux", "kill-session", "-t", session).Run() })
	screen := func() []string {
		return strings.Split(strings.TrimRight(tmux("capture-pane", "-p", "-t", session), "\n"), "\n")
	}
	waitFor := func(ok func([]string) bool) time.Duration {
		start := time.Now()
		for time.Since(start) < 5*time.Minute { // a burst of b.N searches takes a while
			if ok(screen()) {
				return time.Since(start)
			}
		}
		b.Fatalf("screen never showed the expected state:\n%s", strings.Join(screen(), "\n"))
		return 0
	}
	shows := func(s []string) bool { // the marker in the text, not the prompt
		for _, l := range s[:len(s)-1] {
			if strings.Contains(l, lessMarker) {
				return true
			}
		}
		return false
	}
	waitFor(func(s []string) bool { return len(s) > 1 && strings.TrimSpace(s[0]) != "" })
	for _, q := range lessQueries {
		b.Run(q, func(b *testing.B) {
			lessSearch(b, q, tmux, session, waitFor, shows)
		})
	}
}

func lessSearch(b *testing.B, q string, tmux func(...string) string, session string,
	waitFor func(func([]string) bool) time.Duration, shows func([]string) bool,
) {
	// One tmux round trip is tens of milliseconds, more than a search
	// takes: send all b.N searches as one burst of keys (g goes back to the
	// top, /query<CR> scans down to the last line), then one search for a
	// pattern that is nowhere, and time until less says so. The keys
	// themselves cost less microseconds each.
	const absent = "qqxjzz absent"
	tmux("send-keys", "-t", session, "g")
	waitFor(func(s []string) bool { return !shows(s) })
	keys := strings.Repeat("g/"+q+"\r", b.N) + "g/" + absent + "\r"
	b.ResetTimer()
	tmux("send-keys", "-t", session, "-l", keys)
	waitFor(func(s []string) bool { return strings.Contains(s[len(s)-1], "Pattern not found") })
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N+1), "ns/search")
	tmux("send-keys", "-t", session, "g") // dismisses the message
}
