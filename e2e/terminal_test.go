package e2e

import (
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"
)

var (
	trueColour = regexp.MustCompile(`\x1b\[[0-9;:]*[34]8[;:]2[;:]`)
	colour256  = regexp.MustCompile(`\x1b\[[0-9;:]*[34]8[;:]5[;:]`)
	anyColour  = regexp.MustCompile(`\x1b\[([0-9;:]*;)?(3[0-8]|4[0-8]|9[0-7]|10[0-7])[;:m]`)
)

// TestReaderColourDepths: the reader draws in the colours the terminal
// says it has: a 256-colour terminal gets no 24-bit colours, a 16-colour
// one neither 256 nor 24-bit ones, and both still get colour.
func TestReaderColourDepths(t *testing.T) {
	b, _, _ := shipped(t)
	for _, tc := range []struct {
		term string
		bad  []*regexp.Regexp
	}{
		{"xterm-256color", []*regexp.Regexp{trueColour}},
		{"xterm", []*regexp.Regexp{trueColour, colour256}},
		{"screen", []*regexp.Regexp{trueColour}}, // screen 4 draws 256 colours
	} {
		t.Run(tc.term, func(t *testing.T) {
			// tmux sets the pane's TERM and TMUX whatever -e says, and
			// colour detection asks tmux itself when TMUX is set: env(1)
			// gives brief the terminal under test.
			tm := StartCommand(t, 100, 30, nil, "env", "-u", "TMUX", "-u", "COLORTERM", "TERM="+tc.term, briefBin, "--library", "")
			tm.WaitText(b.Title)
			tm.Keys("Enter")
			waitPane(t, tm, b, 0, 100, 0)
			for pane := range 4 {
				tm.Keys(string(rune('1' + pane)))
				waitPane(t, tm, b, pane, 100, 0)
				s := tm.Styled()
				for _, re := range tc.bad {
					if m := re.FindString(s); m != "" {
						t.Fatalf("TERM=%s, pane %d: colour beyond the terminal's: %q", tc.term, pane+1, m)
					}
				}
				if !anyColour.MatchString(s) {
					t.Fatalf("TERM=%s, pane %d: no colour at all", tc.term, pane+1)
				}
			}
		})
	}
}

// TestReaderInScreen runs the reader inside GNU screen (which answers
// none of the terminal queries brief makes): it paints at once, flips
// panes and quits cleanly.
func TestReaderInScreen(t *testing.T) {
	if _, err := exec.LookPath("screen"); err != nil {
		t.Fatal("GNU screen is required (apt-get install screen; .ci/run installs it):", err)
	}
	b, _, _ := shipped(t)
	tm := StartCommand(t, 100, 30, nil,
		"screen", "-q", "-c", "/dev/null", "-s", "/bin/sh", briefBin, "--library", "")
	start := time.Now()
	tm.WaitFor("the library in screen", 5*time.Second, func(s []string) bool {
		return strings.Contains(strings.Join(s, "\n"), b.Title)
	})
	t.Logf("library painted in screen after %v", time.Since(start).Round(time.Millisecond))
	tm.Keys("Enter")
	waitPane(t, tm, b, 0, 100, 0)
	for _, pane := range []int{1, 2, 3, 0} {
		tm.Keys(string(rune('1' + pane)))
		waitPane(t, tm, b, pane, 100, 0)
	}
	tm.Keys("q", "q")
	if code := tm.WaitExit(5 * time.Second); code != 0 {
		t.Fatalf("screen (and brief in it) exited with %d", code)
	}
}
