package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/ui/search"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
)

// Colours of brief grep on a terminal, ripgrep's: file magenta, line
// number green, match bold red.
const (
	sgrFile  = "\x1b[35m"
	sgrLine  = "\x1b[32m"
	sgrReset = "\x1b[0m"
)

type grepOptions struct {
	library string
	panes   []string
	count   bool
	json    bool
}

func newGrepCmd() *cobra.Command {
	var o grepOptions
	cmd := &cobra.Command{
		Use:   "grep QUERY [DIR|FILE...]",
		Short: "Search every briefing of a library",
		Long: `Search the items (summary statements, actors, timeline entries, quotes, lines
of other sections) of every briefing in a library, as the reader's search
does: smart case, diacritics folded when the query has none, /regexp/ for a
Go regular expression. Each matching item is printed whole, on one line:

  FILE:LINE: PANE: item

LINE is the line of the file where the item starts. With no DIR or FILE it
searches the library brief opens ($BRIEF_LIBRARY, --library, else the
built-in one). Colours only on a terminal. Exits 0 when something matched,
1 when nothing did, 2 on an error, as grep does.

The items of each briefing parsed are kept in brief's item cache
($XDG_CACHE_HOME/brief, private to you), each for the exact bytes it was
read from, so that the next search reads them back instead of parsing
again. BRIEF_CACHE_DIR=DIR moves it; BRIEF_CACHE_DIR=off turns it off.`,
		Example: `  brief grep Sandworm
  brief grep '/APT ?3[0-9]/' ~/briefings --pane timeline
  brief grep gdansk --count
  brief grep tirana --json | jq .text`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runLibraryGrep(cmd, args[0], args[1:], o)
		},
	}
	cmd.Flags().StringVarP(&o.library, "library", "L", "", "search this directory of briefings (default $BRIEF_LIBRARY, else the built-in library)")
	cmd.Flags().StringArrayVarP(&o.panes, "pane", "p", nil, "search only this pane (repeatable): a title or its prefix, or a synonym the format accepts (quotes, chronology...)")
	cmd.Flags().BoolVarP(&o.count, "count", "c", false, "print FILE:N, the number of matching items of each briefing that has any")
	cmd.Flags().BoolVar(&o.json, "json", false, "print one JSON object per matching item: file, path, title, line, pane, text and the byte offsets of the matches")
	return cmd
}

// grepTarget is one library to search and the paths of it to search: a
// Library, or the Listing of a directory (read once per file, whole).
type grepTarget struct {
	lib   *briefings.Library
	ls    *briefings.Listing
	paths []string
}

// grepTargets opens what brief grep searches: the DIR and FILE arguments
// (files together, as brief FILE... opens them), else the library the
// reader would open. Arguments that cannot be opened are returned as
// errors; the rest is still searched.
func grepTargets(args []string, o grepOptions) ([]grepTarget, []error) {
	var libs []*briefings.Library
	var errs []error
	var files []string
	var ts []grepTarget
	if len(args) == 0 {
		lib, _, _, err := openLibrary(readOptions{library: o.library})
		if err != nil {
			return nil, []error{err}
		}
		libs = append(libs, lib)
	}
	for _, a := range args {
		fi, err := os.Stat(a)
		switch {
		case err != nil:
			errs = append(errs, err)
		case fi.IsDir():
			// Listed, not opened: a Library would read every front
			// matter before the search reads every file again. The
			// search reports the files a Library would not list.
			ls, err := briefings.ListDir(a)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			for _, p := range ls.Problems() {
				errs = append(errs, p)
			}
			ts = append(ts, grepTarget{ls: ls, paths: ls.Paths()})
		default:
			files = append(files, a)
		}
	}
	if len(files) > 0 {
		lib, err := briefings.OpenFiles(files)
		if err != nil {
			errs = append(errs, err)
		} else {
			libs = append(libs, lib)
		}
	}
	for _, lib := range libs {
		for _, p := range lib.Problems() {
			errs = append(errs, p)
		}
		// In the order of the files, as grep -r lists them, not the
		// library's newest first: output that scripts can diff.
		var paths []string
		for _, e := range lib.Entries() {
			paths = append(paths, e.Path)
		}
		slices.Sort(paths)
		ts = append(ts, grepTarget{lib: lib, paths: paths})
	}
	return ts, errs
}

// paneFilter resolves --pane names in each briefing as show --pane does; a
// name a briefing has no pane for searches nothing there.
func paneFilter(names []string) search.PaneFilter {
	if len(names) == 0 {
		return nil
	}
	return func(titles []string) []string {
		panes := make([]briefings.Pane, len(titles))
		for i, t := range titles {
			panes[i].Title = t
		}
		var keep []string
		for _, n := range names {
			if i, err := paneIndex(panes, n); err == nil {
				keep = append(keep, panes[i].Title)
			}
		}
		return keep
	}
}

// grepJSON is one matching item of brief grep --json.
type grepJSON struct {
	File    string   `json:"file"`
	Path    string   `json:"path"`
	Title   string   `json:"title"`
	Line    int      `json:"line"`
	Pane    string   `json:"pane"`
	Text    string   `json:"text"`
	Matches [][2]int `json:"matches"`
}

func runLibraryGrep(cmd *cobra.Command, query string, args []string, o grepOptions) error {
	q, err := search.Compile(query)
	if err != nil {
		return err
	}
	cmd.SilenceUsage = true
	defer setGrepGC(os.Getenv("GOGC"))()
	out, errw := cmd.OutOrStdout(), cmd.ErrOrStderr()
	colour := false
	if f, ok := out.(*os.File); ok && term.IsTerminal(f.Fd()) && os.Getenv("NO_COLOR") == "" && !o.json {
		colour = true
	}
	targets, errs := grepTargets(args, o)
	failed := len(errs) > 0
	for _, e := range errs {
		printGrepError(errw, e)
	}
	matched := false
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	only := paneFilter(o.panes)
	disk := search.OpenDiskCache(search.DefaultDiskCacheDir())
	for _, t := range targets {
		if t.ls != nil {
			defer t.ls.Close()
		}
	}
	for _, t := range targets {
		searchTarget := search.SearchLibrary
		if t.ls != nil {
			searchTarget = func(ctx context.Context, _ *briefings.Library, paths []string, q *search.Query, opts search.Options, found func(int, search.BriefingHits) bool) bool {
				return search.SearchListing(ctx, t.ls, paths, q, opts, found)
			}
		}
		searchTarget(cmd.Context(), t.lib, t.paths, q, search.Options{Only: only, Disk: disk}, func(_ int, h search.BriefingHits) bool {
			if h.Err != nil {
				failed = true
				printGrepError(errw, h.Err)
			}
			if len(h.Items) == 0 {
				return true
			}
			matched = true
			file := visible(h.Name)
			switch {
			case o.count && colour:
				fmt.Fprintf(out, "%s%s%s:%d\n", sgrFile, file, sgrReset, len(h.Items))
			case o.count:
				fmt.Fprintf(out, "%s:%d\n", file, len(h.Items))
			case o.json:
				for _, it := range h.Items {
					j := grepJSON{File: h.Name, Path: h.Path, Title: h.Entry.Title, Line: it.Line, Pane: it.Pane, Text: it.Text, Matches: [][2]int{}}
					for _, s := range it.Segments {
						j.Matches = append(j.Matches, [2]int{len(ansi.Truncate(it.Text, s.Col, "")), len(ansi.Truncate(it.Text, s.EndCol, ""))})
					}
					_ = enc.Encode(j)
				}
			default:
				for _, it := range h.Items {
					text := strings.ReplaceAll(it.Text, "\n", " ")
					if colour && visible(text) == text {
						text = search.Highlight(text, it.Segments, -1, matchStyle, matchStyle)
						fmt.Fprintf(out, "%s%s%s:%s%d%s: %s: %s\n", sgrFile, file, sgrReset, sgrLine, it.Line, sgrReset, visible(it.Pane), text)
						continue
					}
					fmt.Fprintf(out, "%s:%d: %s: %s\n", file, it.Line, visible(it.Pane), visible(text))
				}
			}
			return true
		})
	}
	switch {
	case failed:
		return exitCode(2)
	case !matched:
		return exitCode(1)
	}
	return nil
}

// grepGC is the garbage collector's target for brief grep, in percent of
// the live heap (Go's default is 100). grep keeps nothing between
// briefings: its live heap is the list of files, a few MB, and each 20 KB
// briefing parsed makes about 360 KB of garbage, so at the default the
// collector ran all the time and took about a fifth of the CPU of a search
// that parses every briefing (GOGC=400: 12.1-12.5 s of user CPU instead
// of 14.9-17.0 s, 10,000 briefings). The heap stays within a few times the
// list.
const grepGC = 400

// setGrepGC sets the collector's target for a search (unless the user set
// GOGC, env) and returns what restores the previous one.
func setGrepGC(env string) (restore func()) {
	if env != "" {
		return func() {}
	}
	old := debug.SetGCPercent(grepGC)
	return func() { debug.SetGCPercent(old) }
}

// printGrepError prints a problem as every brief error is printed, and at
// once, between the matches, as grep does.
func printGrepError(w io.Writer, err error) { printError(w, err) }

// matchStyle is a match on a terminal.
var matchStyle = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Red)
