package e2e

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/internal/synth"
	"github.com/brief-team/brief/ui"
)

// shipped returns the embedded briefing and its file name.
func shipped(t testing.TB) (*briefings.Briefing, string, []byte) {
	t.Helper()
	names, err := fs.Glob(briefings.Shipped, "*.md")
	if err != nil || len(names) == 0 {
		t.Fatalf("no shipped briefing: %v", err)
	}
	for _, n := range names {
		data, err := fs.ReadFile(briefings.Shipped, n)
		if err != nil {
			t.Fatal(err)
		}
		if b, err := briefings.Parse(n, data); err == nil && strings.Contains(b.Title, "Albania") {
			return b, n, data
		}
	}
	t.Fatal("the Iran-Albania briefing is not shipped")
	return nil, "", nil
}

// paneText is what the reader shows for a pane at a width: the pane
// rendered as RenderPane does, without styles, trailing blanks cut.
func paneText(t testing.TB, b *briefings.Briefing, pane, width int) []string {
	t.Helper()
	out, err := ui.RenderPane(b, pane, width, "dark")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(ansi.Strip(out), "\n"), "\n")
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], " ")
	}
	return lines
}

// The reader's screen: 2 header lines, the tab bar, the body, a footer.
const headerRows = 3

// body returns the body rows of a reader screen.
func body(screen []string) []string {
	if len(screen) < headerRows+1 {
		return nil
	}
	return screen[headerRows : len(screen)-1]
}

// showsPane reports whether the screen's body is exactly lines from
// first on (blank past the end).
func showsPane(screen, lines []string, first int) bool {
	b := body(screen)
	if len(b) == 0 {
		return false
	}
	for i, row := range b {
		want := ""
		if first+i < len(lines) {
			want = lines[first+i]
		}
		// The current item's mark in the gutter is not the pane's text.
		if row != want && strings.TrimRight(strings.Replace(row, "▌", " ", 1), " ") != want {
			return false
		}
	}
	return true
}

// waitPane waits until the body shows pane at width from line first.
func waitPane(t *testing.T, tm *Term, b *briefings.Briefing, pane, width, first int) {
	t.Helper()
	lines := paneText(t, b, pane, width)
	tm.WaitFor(fmt.Sprintf("pane %d from line %d at width %d", pane+1, first, width), 10*time.Second, func(s []string) bool {
		return showsPane(s, lines, first)
	})
}

// sourcesPane is the reader's Sources pane: after the standard panes,
// before a briefing's extra sections. Briefing.Panes does not hold it.
var sourcesPane = len(briefings.StandardPanes)

// waitUIPane waits until the body shows the reader's pane i (0-based, as
// its number key minus one) from its top: the Sources pane by its first
// source's heading, any other by Briefing.Panes' rendering.
func waitUIPane(t *testing.T, tm *Term, b *briefings.Briefing, i, width int) {
	t.Helper()
	switch {
	case i == sourcesPane:
		head := fmt.Sprintf("%s · %s", b.Sources[0].ID, b.Sources[0].Title)
		tm.WaitFor("the Sources pane", 10*time.Second, func(s []string) bool {
			body := body(s)
			return len(body) > 1 && strings.TrimSpace(strings.ReplaceAll(body[1], "▌", "")) == head
		})
	case i > sourcesPane:
		waitPane(t, tm, b, i-1, width, 0)
	default:
		waitPane(t, tm, b, i, width, 0)
	}
}

// TestReader drives the reader on the embedded library: filter the list,
// open the briefing, flip every pane with every pane key, scroll, resize
// (down to too small and back), go back and quit.
func TestReader(t *testing.T) {
	b, _, _ := shipped(t)
	nPanes := len(b.Panes()) + 1 // and Sources
	last := nPanes - 1
	// 20 rows, so that the Summary scrolls by more than a few lines.
	const w, h = 100, 20
	tm := StartBrief(t, w, h, nil, "--style", "dark")

	// The library, with title, date, marking, sources and tags.
	tm.WaitText(b.Title, b.Date, b.Marking, fmt.Sprintf("%d sources", len(b.Sources)), strings.Join(b.Tags, ", "))

	// Filter: no match hides it, a fuzzy match on a tag finds it.
	tm.Keys("/")
	tm.Type("zzqx")
	tm.WaitFor("the filter to hide the briefing", 5*time.Second, func(s []string) bool {
		return !strings.Contains(strings.Join(s, "\n"), b.Title)
	})
	tm.Keys("BSpace", "BSpace", "BSpace", "BSpace")
	tm.Type(b.Tags[len(b.Tags)-1][:4])
	tm.WaitText(b.Title)
	tm.Keys("Enter") // apply the filter
	tm.WaitText("“" + b.Tags[len(b.Tags)-1][:4] + "”")
	tm.Keys("Enter") // open

	// Summary first, with the header and tab bar.
	waitPane(t, tm, b, 0, w, 0)
	s := tm.Screen()
	if !strings.Contains(s[0], b.Title) || !strings.Contains(s[0], b.Marking) || !strings.Contains(s[1], b.Date) {
		t.Fatalf("header:\n%s", strings.Join(s[:3], "\n"))
	}
	titles := []string{}
	for _, p := range b.Panes() {
		titles = append(titles, p.Title)
	}
	titles = slices.Insert(titles, sourcesPane, "Sources")
	for i, p := range titles {
		if !strings.Contains(s[2], fmt.Sprintf("%d %s", i+1, p)) {
			t.Fatalf("tab bar misses %q: %q", p, s[2])
		}
	}

	// Every pane by number.
	for i := range nPanes {
		tm.Keys(fmt.Sprint(i + 1))
		waitUIPane(t, tm, b, i, w)
	}
	// tab / shift+tab, l / h, right / left: next and previous, wrapping.
	steps := []struct {
		key  string
		pane int
	}{
		{"Tab", 0},
		{"BTab", last},
		{"l", 0},
		{"l", 1 % nPanes},
		{"h", 0},
		{"h", last},
		{"Right", 0},
		{"Left", last},
		{"Tab", 0},
	}
	for _, st := range steps {
		tm.Keys(st.key)
		waitUIPane(t, tm, b, st.pane, w)
	}

	// Scrolling the Summary.
	lines := paneText(t, b, 0, w)
	bodyH := h - headerRows - 1
	maxY := max(0, len(lines)-bodyH)
	if maxY < 4 {
		t.Fatalf("the summary (%d lines) is too short to scroll in %d rows", len(lines), bodyH)
	}
	scroll := []struct {
		key   string
		first int
	}{
		{"j", 1},
		{"j", 2},
		{"Down", 3},
		{"k", 2},
		{"Up", 1},
		{"G", maxY},
		{"g", 0},
		{"Space", min(bodyH, maxY)},
		{"g", 0},
		{"PageDown", min(bodyH, maxY)},
		{"PageUp", 0},
		{"C-d", min(bodyH/2, maxY)},
		{"C-u", 0},
		{"End", maxY},
		{"Home", 0},
	}
	for _, st := range scroll {
		tm.Keys(st.key)
		waitPane(t, tm, b, 0, w, st.first)
	}

	// Each pane keeps its own position.
	tm.Keys("j", "j")
	waitPane(t, tm, b, 0, w, 2)
	tm.Keys("3")
	waitPane(t, tm, b, 2, w, 0)
	tm.Keys("1")
	waitPane(t, tm, b, 0, w, 2)
	tm.Keys("g")
	waitPane(t, tm, b, 0, w, 0)

	// Full help.
	tm.Keys("?")
	tm.WaitText("page down", "½ page up", "next pane")
	tm.Keys("?")
	waitPane(t, tm, b, 0, w, 0)

	// Resize: re-wrapped at the new width, then too small, then back.
	tm.Resize(60, 20)
	waitPane(t, tm, b, 0, 60, 0)
	tm.Keys("4")
	waitPane(t, tm, b, 3, 60, 0)
	tm.Resize(39, 11)
	tm.WaitText("too small")
	tm.Resize(w, h)
	waitPane(t, tm, b, 3, w, 0)

	// q back to the library, q again quits.
	tm.Keys("q")
	tm.WaitText("1 briefing")
	tm.Keys("q")
	if st := tm.WaitExit(5 * time.Second); st != 0 {
		t.Fatalf("exit status %d", st)
	}
}

// TestReaderOpenFile opens one file directly (brief FILE): the reader comes
// up at once, esc shows the library, and q quits from a briefing opened
// this way, as in glow and less.
func TestReaderOpenFile(t *testing.T) {
	b, name, data := shipped(t)
	dir := t.TempDir()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	tm := StartBrief(t, 80, 24, nil, "--style", "dark", path)
	waitPane(t, tm, b, 0, 80, 0)
	tm.Keys("2")
	waitPane(t, tm, b, 1, 80, 0)
	tm.Keys("q")
	if st := tm.WaitExit(5 * time.Second); st != 0 {
		t.Fatalf("exit status %d", st)
	}

	// One file, no library behind it: esc and backspace stay and say
	// that q quits (they went to a one-item library though the footer
	// said "q quit").
	tm = StartBrief(t, 80, 24, nil, "--style", "dark", path)
	waitPane(t, tm, b, 0, 80, 0)
	tm.Keys("Escape")
	tm.WaitText("q quits")
	tm.Keys("2")
	waitPane(t, tm, b, 1, 80, 0)
	tm.Keys("BSpace")
	tm.WaitText("q quits")
	if strings.Contains(strings.Join(tm.Screen(), "\n"), "1 briefing") {
		t.Fatal("backspace showed a library")
	}
	tm.Keys("C-c")
	if st := tm.WaitExit(5 * time.Second); st != 0 {
		t.Fatalf("exit status %d after ctrl+c", st)
	}
}

// TestReaderLiveReload edits the open file on disk: the reader shows the
// change and stays on its pane.
func TestReaderLiveReload(t *testing.T) {
	b, name, data := shipped(t)
	dir := t.TempDir()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	tm := StartBrief(t, 100, 30, nil, "--style", "dark", "--library", dir)
	tm.WaitText(b.Title)
	tm.Keys("Enter")
	tm.WaitText("1 Summary") // a pane key in the library does nothing
	tm.Keys("3")
	waitPane(t, tm, b, 2, 100, 0)

	b.Title = "Revised: " + b.Title
	b.Timeline[0].Text = "An event added by the live reload test."
	if err := os.WriteFile(path, briefings.Write(b), 0o644); err != nil {
		t.Fatal(err)
	}
	tm.WaitText("Revised: ", "An event added by the live reload test.")
	waitPane(t, tm, b, 2, 100, 0)
}

// TestReaderNoColor: under NO_COLOR the reader draws no colours (attributes
// such as bold stay), with the style detected, not forced.
func TestReaderNoColor(t *testing.T) {
	b, _, _ := shipped(t)
	tm := StartBrief(t, 100, 30, []string{"NO_COLOR=1"})
	tm.WaitText(b.Title)
	tm.Keys("Enter")
	waitPane(t, tm, b, 0, 100, 0)
	colour := regexp.MustCompile(`\x1b\[([0-9;:]*;)?(3[0-8]|4[0-8]|9[0-7]|10[0-7])[;:m]`)
	if s := tm.Styled(); colour.MatchString(s) {
		t.Fatalf("colour under NO_COLOR: %q", colour.FindString(s))
	}
}

// TestReaderNoStall: a terminal that answers no queries (tmux may or may
// not answer the background colour query; either way) must paint at once.
func TestReaderNoStall(t *testing.T) {
	b, _, _ := shipped(t)
	tm := StartBrief(t, 100, 30, nil)
	start := time.Now()
	tm.WaitFor("the library", 3*time.Second, func(s []string) bool {
		return strings.Contains(strings.Join(s, "\n"), b.Title)
	})
	t.Logf("library painted after %v", time.Since(start).Round(time.Millisecond))
}

// BenchmarkRSS1MB measures the resident memory of the real binary, in tmux,
// reading a 1 MB briefing with every pane rendered (target: under 60 MiB).
func BenchmarkRSS1MB(b *testing.B) {
	dir := b.TempDir()
	path := filepath.Join(dir, "synth.md")
	if err := os.WriteFile(path, synth.Synthetic(1<<20), 0o644); err != nil {
		b.Fatal(err)
	}
	var rss, hwm float64
	for b.Loop() {
		tm := StartBrief(b, 120, 40, nil, "--style", "dark", path)
		// Rendering is done when every pane shows its end ("Bot", or "All"
		// for a pane that fits the screen).
		tm.WaitText("1 Summary", "Synthetic briefing")
		for i := range 5 {
			tm.Keys(fmt.Sprint(i+1), "G")
			tm.WaitFor("the end of the pane", 60*time.Second, func(s []string) bool {
				foot := strings.TrimSpace(s[len(s)-1])
				return strings.HasPrefix(foot, "Bot") || strings.HasPrefix(foot, "All")
			})
		}
		time.Sleep(500 * time.Millisecond) // background renders settle
		rss, hwm = procMiB(b, tm.PID())
		tm.Keys("C-c")
		tm.WaitExit(5 * time.Second)
	}
	b.ReportMetric(rss, "rss-MiB")
	b.ReportMetric(hwm, "peak-rss-MiB")
}

// procMiB reads VmRSS and VmHWM of a process.
func procMiB(tb testing.TB, pid int) (rss, hwm float64) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		tb.Fatal(err)
	}
	for _, l := range strings.Split(string(data), "\n") {
		var kb float64
		if _, err := fmt.Sscanf(l, "VmRSS: %f kB", &kb); err == nil {
			rss = kb / 1024
		}
		if _, err := fmt.Sscanf(l, "VmHWM: %f kB", &kb); err == nil {
			hwm = kb / 1024
		}
	}
	return rss, hwm
}

// benchTmuxFirstPaint measures, on the real binary in tmux, the time from
// sending Enter on the library to the pane's text arriving on the terminal.
// The program's output is piped to a file (tmux pipe-pane) and watched from
// here: polling capture-pane would measure tmux start-ups, not brief.
func benchTmuxFirstPaint(b *testing.B, size int) {
	dir := b.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "synth.md"), synth.Synthetic(size), 0o644); err != nil {
		b.Fatal(err)
	}
	want := strings.Join(strings.Fields(synth.Briefing(size).Summary[0].Text)[:2], " ")
	for b.Loop() {
		b.StopTimer()
		tm := StartBrief(b, 120, 40, nil, "--style", "dark", "--library", dir)
		tm.WaitText("Synthetic briefing", "1 briefing")
		out := pipeOutput(b, tm)
		b.StartTimer()
		tm.Keys("Enter")
		if !waitOutput(out, want, 30*time.Second) {
			b.Fatalf("no %q on the terminal", want)
		}
		b.StopTimer()
		tm.Kill()
		b.StartTimer()
	}
}

// BenchmarkTmuxFirstPaint1MB: Enter -> first painted frame, real binary.
func BenchmarkTmuxFirstPaint1MB(b *testing.B) { benchTmuxFirstPaint(b, 1<<20) }

// BenchmarkTmuxFirstPaint5MB: as above for 5 MB.
func BenchmarkTmuxFirstPaint5MB(b *testing.B) { benchTmuxFirstPaint(b, 5<<20) }

// BenchmarkTmuxSourcesFirstPaint5MB: in the real binary, from pressing 5
// on a 5 MB briefing whose sources total 5 MB of real articles to the
// first source's text on the terminal: reading the sources and laying the
// pane out, then its first screen. "atOnce" presses 5 as soon as the
// Summary paints (the whole briefing is still being read and rendered),
// "settled" three seconds later.
func BenchmarkTmuxSourcesFirstPaint5MB(b *testing.B) {
	b.Run("atOnce", func(b *testing.B) { benchTmuxSourcesFirstPaint(b, 0) })
	b.Run("settled", func(b *testing.B) { benchTmuxSourcesFirstPaint(b, 3*time.Second) })
}

func benchTmuxSourcesFirstPaint(b *testing.B, settle time.Duration) {
	texts, err := synth.RealTexts(moduleRoot())
	if err != nil {
		b.Fatal(err)
	}
	br, files := synth.BriefingWithSources(5<<20, texts)
	dir := b.TempDir()
	files["synth.md"] = briefings.Write(br)
	for p, data := range files {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, p)), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, p), data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	want := strings.Join(strings.Fields(texts[0])[:4], " ")
	for b.Loop() {
		b.StopTimer()
		tm := StartBrief(b, 120, 40, nil, "--style", "dark", filepath.Join(dir, "synth.md"))
		tm.WaitText("1 Summary")
		time.Sleep(settle)
		out := pipeOutput(b, tm)
		b.StartTimer()
		tm.Keys("5")
		if !waitOutput(out, want, 30*time.Second) {
			b.Fatalf("no %q on the terminal", want)
		}
		b.StopTimer()
		tm.Kill()
		b.StartTimer()
	}
}

// pipeOutput pipes the program's terminal output to a file (tmux
// pipe-pane) and returns its path once the pipe is up.
func pipeOutput(b *testing.B, tm *Term) string {
	out := filepath.Join(b.TempDir(), "out")
	if _, err := tmux("pipe-pane", "-O", "-t", tm.name, "cat > "+shellQuote(out)); err != nil {
		b.Fatal(err)
	}
	for { // the pipe is up once cat created the file
		if _, err := os.Stat(out); err == nil {
			return out
		}
		time.Sleep(time.Millisecond)
	}
}

// waitOutput follows a growing file of terminal output until text appears
// in it (escape sequences removed), reading only what is new so that the
// watching costs little CPU next to the program measured.
func waitOutput(path, text string, timeout time.Duration) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	deadline := time.Now().Add(timeout)
	var tail string
	buf := make([]byte, 64<<10)
	for time.Now().Before(deadline) {
		n, _ := f.Read(buf)
		if n == 0 {
			time.Sleep(time.Millisecond)
			continue
		}
		// Keep a little of the previous read: the text may straddle reads
		// (an escape sequence cut in two costs at most a late match).
		chunk := tail + string(buf[:n])
		if strings.Contains(ansi.Strip(chunk), text) {
			return true
		}
		tail = chunk[max(0, len(chunk)-256):]
	}
	return false
}
