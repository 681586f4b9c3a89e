package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/ui"
	"github.com/creack/pty"
)

// lessBytes runs less -R on the shipped briefing's four panes, rendered as
// brief renders them, in an 80x24 pty, and counts the bytes less writes to
// its terminal for j, for a page (space) and for a search that jumps to
// the next section (/Actors): what it would send down the same SSH
// connection, since sshd forwards the pty output as it is.
func lessBytes() (j, page, section int, err error) {
	lib, err := briefings.OpenFS(briefings.Shipped)
	if err != nil {
		return 0, 0, 0, err
	}
	b, err := lib.Load(lib.Entries()[0].Path)
	if err != nil {
		return 0, 0, 0, err
	}
	var doc strings.Builder
	for i, p := range b.Panes() {
		if i >= 4 {
			break
		}
		s, err := ui.RenderPane(b, i, 80, "dark")
		if err != nil {
			return 0, 0, 0, err
		}
		doc.WriteString(p.Title + "\n\n" + s + "\n")
	}
	dir, err := os.MkdirTemp("", "brief-less-")
	if err != nil {
		return 0, 0, 0, err
	}
	defer os.RemoveAll(dir)
	f := filepath.Join(dir, "briefing.txt")
	if err := os.WriteFile(f, []byte(doc.String()), 0o644); err != nil {
		return 0, 0, 0, err
	}
	cmd := exec.CommandContext(context.Background(), "less", "-R", f)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color", "LESS=", "LESSOPEN=", "LESSHISTFILE=-")
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 80, Rows: 24})
	if err != nil {
		return 0, 0, 0, err
	}
	defer func() { cmd.Process.Kill(); cmd.Wait(); tty.Close() }()
	var mu sync.Mutex
	total, last := 0, time.Now()
	go func() {
		buf := make([]byte, 32<<10)
		for {
			n, err := tty.Read(buf)
			mu.Lock()
			total += n
			last = time.Now()
			mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	quiet := func() int {
		for {
			time.Sleep(50 * time.Millisecond)
			mu.Lock()
			q, t := time.Since(last) > 300*time.Millisecond, total
			mu.Unlock()
			if q {
				return t
			}
		}
	}
	step := func(keys string) int {
		before := quiet()
		io.WriteString(tty, keys)
		time.Sleep(50 * time.Millisecond)
		return quiet() - before
	}
	quiet()
	j = step("j")
	page = step(" ")
	step("g")
	section = step("/^Actors\r")
	step("q")
	return j, page, section, nil
}

func printCompare(w io.Writer, briefJ, briefTab int) {
	j, page, section, err := lessBytes()
	if err != nil {
		fmt.Fprintln(w, "less comparison failed:", err)
		return
	}
	fmt.Fprintf(w, "\nbytes to the terminal per step, 80x24, shipped briefing:\n")
	fmt.Fprintf(w, "  brief over SSH   j: %5d   pane switch (tab): %5d\n", briefJ, briefTab)
	fmt.Fprintf(w, "  less -R (pty)    j: %5d   page (space): %5d   next section (/^Actors): %5d\n", j, page, section)
	fmt.Fprintf(w, "  glow: not measured (go install github.com/charmbracelet/glow/v2@latest: the module proxy answers 403)\n")
}
