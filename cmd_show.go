package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/ui"
	"github.com/brief-team/brief/ui/search"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
)

// parseFile reads and parses one briefing file. A briefing with malformed
// items is returned with them in Unread and their problems as the error:
// commands print what parses, then report the rest and exit non-zero.
func parseFile(path string) (*briefings.Briefing, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return briefings.Parse(path, data)
}

// paneIndex finds a pane by number (1-based) or by a case-insensitive prefix
// of its title, so "--pane time" and "--pane 3" both reach the Timeline.
func paneIndex(panes []briefings.Pane, name string) (int, error) {
	if n, err := strconv.Atoi(name); err == nil {
		if n >= 1 && n <= len(panes) {
			return n - 1, nil
		}
		return 0, fmt.Errorf("no pane %d: this briefing has %d", n, len(panes))
	}
	want := strings.ToLower(strings.TrimSpace(name))
	var titles []string
	for i, p := range panes {
		t := strings.ToLower(p.Title)
		if t == want {
			return i, nil
		}
		titles = append(titles, strings.ToLower(p.Title))
	}
	// The format's synonyms of the standard sections name their panes.
	if i, ok := briefings.StandardPane(name); ok && i < len(panes) {
		return i, nil
	}
	for i, t := range titles {
		if want != "" && (strings.HasPrefix(t, want) || strings.HasPrefix(strings.ReplaceAll(t, " ", "-"), want)) {
			return i, nil
		}
	}
	return 0, fmt.Errorf("no pane %q: choose one of %s", name, strings.Join(titles, ", "))
}

func newShowCmd() *cobra.Command {
	var pane, style, grep string
	var width int
	var all bool
	cmd := &cobra.Command{
		Use:   "show FILE",
		Short: "Print a briefing, rendered",
		Long: `Print a briefing rendered as in the reader: every pane, or one with --pane.
When standard output is not a terminal the output is plain text.`,
		Example: `  brief show iran-albania.md --pane actors
  brief show iran-albania.md --width 60 | less -R
  brief show iran-albania.md --grep Tirana`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkStyle(style); err != nil {
				return err
			}
			// Read here, not by parseFile: a cut's place is found in the
			// file's text.
			data, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			defer boundHeap(int64(len(data)))()
			b, unread := briefings.Parse(args[0], data)
			if b == nil {
				return unread
			}
			if grep == "" {
				// The panes hold what is printed: a big file need not stay
				// in memory while they render (a cut's place reads it again).
				data = nil
			}
			cmd.SilenceUsage = true // the problems are the file's, not the command line's
			out := cmd.OutOrStdout()
			var tty bool
			width, tty = showWidth(out, width)
			if width < 20 {
				return fmt.Errorf("--width %d is too narrow: use 20 or more", width)
			}
			plain := false
			if style == "" {
				// Off a terminal (or under NO_COLOR) the reader's rendering
				// loses its escape sequences and keeps its layout: plain
				// text, without the **markers** glamour's notty style leaves.
				style = "dark"
				plain = !tty || os.Getenv("NO_COLOR") != ""
			}
			panes := withSourcesPane(b.Panes())
			which, err := panesToShow(panes, pane)
			if err != nil {
				return err
			}
			if grep != "" {
				if err := runGrep(cmd, args[0], data, panes, which, grep); err != nil {
					return err
				}
				return unread
			}
			var text string // the file's text, where cuts are placed: read once, when there is one
			place := func(i int, c ui.Cut) (string, error) {
				if text == "" {
					if data == nil {
						if data, err = os.ReadFile(args[0]); err != nil {
							return "", err
						}
					}
					text = briefings.CapBlanks(string(data))
				}
				return cutPlace(args[0], text, b, i, panes[i], c), nil
			}
			left := showLimit
			if all {
				left = math.MaxInt
			}
			for n, i := range which {
				if left <= 0 {
					// The limit fell at the end of a pane: stop before the next.
					if err := stopped(cmd, place, i, 1, len(which)-n); err != nil {
						return err
					}
					break
				}
				if len(which) > 1 {
					if n > 0 {
						fmt.Fprintln(out)
					}
					fmt.Fprintf(out, "%s\n%s\n", panes[i].Title, strings.Repeat("=", len([]rune(panes[i].Title))))
				}
				if i == sourcesPane {
					panes[i] = ui.SourcesPane(b, func(s briefings.Source) ([]byte, error) { return briefings.ReadSourceFile(args[0], s) })
				}
				pr, err := renderPane(out, panes[i], width, style, plain, left)
				if err != nil {
					return err
				}
				left -= pr.Bytes
				for _, c := range pr.Cuts {
					at, err := place(i, c)
					if err != nil {
						return err
					}
					fmt.Fprintf(cmd.ErrOrStderr(), "%s: %s\n", visible(at), visible(c.Reason))
				}
				if pr.Stop > 0 {
					if err := stopped(cmd, place, i, pr.Stop, len(which)-n-1); err != nil {
						return err
					}
					break
				}
			}
			return unread
		},
	}
	cmd.Flags().StringVarP(&pane, "pane", "p", "", "print only this pane: its number, its title or a prefix (summary, actors, timeline, source quotes, sources, an extra section), or a synonym the format accepts (quotes, chronology, key judgments...)")
	cmd.Flags().IntVarP(&width, "width", "w", 0, "wrap at this many columns (default: the terminal's width, else 80)")
	cmd.Flags().StringVarP(&style, "style", "s", "", "dark, light, ascii or notty (default: dark on a terminal, plain text otherwise)")
	cmd.Flags().BoolVar(&all, "all", false, fmt.Sprintf("print every pane whole, however long (without it, printing stops after %d KiB of the briefing's markdown)", showLimit>>10))
	cmd.Flags().StringVarP(&grep, "grep", "g", "", "print the lines matching QUERY with pane and line number (smart case; /re/ for a regexp)")
	return cmd
}

// showWidth is the width to wrap at: the one asked for, else the
// terminal's (no wider than the reader's measure), else 80; tty says out
// is a terminal.
func showWidth(out io.Writer, width int) (int, bool) {
	tty := false
	if f, ok := out.(*os.File); ok && term.IsTerminal(f.Fd()) {
		tty = true
		if width == 0 {
			if w, _, err := term.GetSize(f.Fd()); err == nil {
				width = min(w, defaultReadWidth) // the reader's measure
			}
		}
	}
	if width == 0 {
		width = 80
	}
	return width, tty
}

// panesToShow is the pane --pane names, else every pane.
func panesToShow(panes []briefings.Pane, pane string) ([]int, error) {
	which := make([]int, 0, len(panes))
	if pane != "" {
		i, err := paneIndex(panes, pane)
		if err != nil {
			return nil, err
		}
		return append(which, i), nil
	}
	for i := range panes {
		which = append(which, i)
	}
	return which, nil
}

func newExportCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "export FILE",
		Short: "Print a briefing as JSON",
		Long:  "Print a briefing as JSON, in the schema of briefings/briefing.schema.json. Each summary sentence, timeline entry and quote carries its evidence in the sources it cites when their files can be read.",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, unread := parseFile(args[0])
			if b == nil {
				return unread
			}
			cmd.SilenceUsage = true // the problems are the file's, not the command line's
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent("", "  ")
			if err := enc.Encode(withEvidence(args[0], b)); err != nil {
				return err
			}
			return unread
		},
	}
}

func newLintCmd() *cobra.Command {
	var verify bool
	cmd := &cobra.Command{
		Use:   "lint FILE...",
		Short: "Check briefings and print every problem",
		Long:  "Check briefing files and print every problem as file:line: reason. Exits with status 1 if any file has a problem; warnings alone do not fail.\nWith --verify, also check every summary sentence, timeline entry and quote against the sources it cites.",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			problems := 0
			for _, path := range args {
				data, err := os.ReadFile(path)
				if err != nil {
					fmt.Fprintln(cmd.ErrOrStderr(), "brief: "+pathErrorLine(path, err))
					problems++
					continue
				}
				if verify {
					// Lint's problems and the verification's, by line.
					problems += lintVerify(cmd, path, data)
					continue
				}
				for _, p := range briefings.Lint(path, data) {
					fmt.Fprintln(cmd.OutOrStdout(), problemLine(p))
					if !p.Warning {
						problems++
					}
				}
			}
			if problems > 0 {
				return fmt.Errorf("%d problem(s) found", problems)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&verify, "verify", false, "check each item against the sources it cites (found, approximately, not found)")
	return cmd
}

// sourcesPane is where the reader shows the Sources pane: after the
// standard panes, before extra sections.
var sourcesPane = len(briefings.StandardPanes)

// withSourcesPane numbers panes as the reader does: the Sources pane (its
// markdown filled in only when printed, as it reads every source) after
// the standard panes.
func withSourcesPane(panes []briefings.Pane) []briefings.Pane {
	if len(panes) < sourcesPane {
		return panes
	}
	return slices.Insert(slices.Clip(panes), sourcesPane, briefings.Pane{Title: ui.SourcesPaneTitle})
}

// renderPane writes a pane to w as the reader shows it, as it renders;
// plain drops every escape sequence and the padding glamour adds at the
// ends of lines. It returns what the rendering cut (see ui.Cut).
func renderPane(w io.Writer, p briefings.Pane, width int, style string, plain bool, limit int) (ui.Printed, error) {
	var edit func(string) string
	if plain {
		edit = func(l string) string { return strings.TrimRight(ansi.Strip(l), " ") }
	}
	return ui.RenderMarkdownTo(w, p.Markdown, width, style, edit, limit)
}

// showLimit is how much of a briefing's markdown brief show prints unless
// --all: rendering costs about a second per megabyte on one core, and a
// command given any file must end in bounded time (100,000 actors took
// 7.7 s). A briefing an analyst reads is tens of kilobytes.
var showLimit = 256 << 10

// stopped reports on stderr where brief show stopped at its limit: line of
// pane i, with more panes not printed after it.
func stopped(cmd *cobra.Command, place func(int, ui.Cut) (string, error), i, line, more int) error {
	reason := fmt.Sprintf("printing stopped here, at brief show's limit of %d KiB", showLimit>>10)
	if more > 0 {
		reason += fmt.Sprintf(" (%d more panes not printed)", more)
	}
	at, err := place(i, ui.Cut{Line: line})
	if err != nil {
		return err
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "%s: %s; --all prints the rest\n", visible(at), reason)
	return nil
}

// cutPlace is where a cut in pane i is, as file:line when the pane's
// markdown is the file's own text (an extra section), else as file and
// pane.
func cutPlace(path, text string, b *briefings.Briefing, i int, p briefings.Pane, c ui.Cut) string {
	if k := i - sourcesPane - 1; k >= 0 && k < len(b.Sections) && b.Sections[k].Markdown != "" {
		if at := strings.Index(text, b.Sections[k].Markdown); at >= 0 {
			return fmt.Sprintf("%s:%d", path, strings.Count(text[:at], "\n")+c.Line)
		}
	}
	return fmt.Sprintf("%s: pane %q line %d", path, p.Title, c.Line)
}

// runGrep prints every item that matches query as "PANE:LINE: item", the
// whole item on one line with the line of the file it is on, whatever the
// width, for scripts; it fails when nothing matches, like grep. Matching is
// the reader's: smart case, diacritics, /regexp/.
func runGrep(cmd *cobra.Command, path string, data []byte, panes []briefings.Pane, which []int, query string) error {
	_, items, _ := briefings.ParseItems(path, data)
	want := map[string]bool{}
	for _, i := range which {
		want[panes[i].Title] = true
	}
	var lines []search.PaneLines
	var files [][]int // per pane searched, the file line of each item
	for _, it := range items {
		if !want[it.Pane] {
			continue
		}
		if n := len(lines); n == 0 || lines[n-1].Name != it.Pane {
			lines = append(lines, search.PaneLines{Name: it.Pane})
			files = append(files, nil)
		}
		n := len(lines) - 1
		lines[n].Lines = append(lines[n].Lines, it.Text)
		files[n] = append(files[n], it.Line)
	}
	hits, err := search.Grep(lines, query)
	if err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	for _, h := range hits {
		fmt.Fprintf(out, "%s:%d: %s\n", h.Pane, files[h.PaneNum][h.Line-1], visible(h.Text))
	}
	if len(hits) == 0 {
		return exitCode(1)
	}
	return nil
}
