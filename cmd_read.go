package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/ui"
	"github.com/brief-team/brief/ui/search"
	"github.com/charmbracelet/x/term"
)

// readOptions are the root command's flags.
type readOptions struct {
	library string
	style   string
	files   []string
	width   int // reading width: 0 for the full window
	// parts: a library directory is read a part at a time (the reader
	// lists its briefings as they are read); openLibrary then returns
	// the Opening and its library of nothing read yet.
	parts bool
}

// libraryDir picks the library directory: an explicit --library flag wins
// over $BRIEF_LIBRARY, which wins over the embedded library ("").
func libraryDir(flag string) string {
	if flag != "" {
		return flag
	}
	return os.Getenv("BRIEF_LIBRARY")
}

// openLibrary opens what the reader will show and returns how to re-open it
// on a live reload, and the directory to watch ("" when nothing can change).
func openLibrary(opts readOptions) (lib *briefings.Library, reload func(*briefings.Library, []string) (*briefings.Library, error), watch []string, err error) {
	lib, _, reload, watch, err = openLibraryParts(opts)
	return lib, reload, watch, err
}

// openLibraryParts is openLibrary, and the Opening of a library directory
// when opts.parts asks for it to be read a part at a time.
func openLibraryParts(opts readOptions) (lib *briefings.Library, opening *briefings.Opening, reload func(*briefings.Library, []string) (*briefings.Library, error), watch []string, err error) {
	switch {
	case len(opts.files) > 0:
		files := opts.files
		lib, err = briefings.OpenFiles(files)
		watch = append(watch, files...)
	case libraryDir(opts.library) != "":
		dir := libraryDir(opts.library)
		if fi, statErr := os.Stat(dir); statErr != nil {
			return nil, nil, nil, nil, fmt.Errorf("library %s", pathErrorLine(dir, statErr))
		} else if !fi.IsDir() {
			return nil, nil, nil, nil, fmt.Errorf("library %s: not a directory", visible(dir))
		}
		if opts.parts {
			if opening, err = briefings.OpenDirParts(dir); err == nil {
				lib = opening.Library()
			}
		} else {
			lib, err = briefings.OpenDir(dir)
		}
		watch = []string{dir}
	default:
		lib, err = briefings.OpenFS(briefings.Shipped)
	}
	if err != nil {
		return nil, nil, nil, nil, err
	}
	if len(watch) > 0 {
		// Only the changed files are read again: one change in a
		// library of 10,000 costs one file.
		reload = (*briefings.Library).Refresh
	}
	return lib, opening, reload, watch, nil
}

func checkStyle(s string) error {
	switch s {
	case "", "dark", "light", "ascii", "notty":
		return nil
	}
	return fmt.Errorf("unknown style %q: use dark, light, ascii or notty", s)
}

// readableFiles splits FILE arguments into those brief can open and an
// error for each of the rest. Requirement: as less and cat do, a FILE that
// is missing, unreadable or a directory is an error ("brief: FILE: no such
// file or directory"), not an entry in an empty reader.
func readableFiles(paths []string) (ok []string, size int64, errs []error) {
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		fi, err := f.Stat()
		f.Close()
		switch {
		case err != nil:
			errs = append(errs, &fs.PathError{Op: "stat", Path: p, Err: err})
		case fi.IsDir():
			errs = append(errs, &fs.PathError{Op: "open", Path: p, Err: errors.New("is a directory; to open it as a library use --library " + p)})
		default:
			ok = append(ok, p)
			size += fi.Size()
		}
	}
	return ok, size, errs
}

// defaultReadWidth is the reader's --width: the text wraps at a
// comfortable measure on a wide terminal.
const defaultReadWidth = ui.DefaultWidth

func runReader(ctx context.Context, opts readOptions) error {
	if err := checkStyle(opts.style); err != nil {
		return err
	}
	if opts.width < 0 || (opts.width > 0 && opts.width < 20) {
		return fmt.Errorf("--width %d: use 20 or more, or 0 for the full window", opts.width)
	}
	var fileErrs []error
	if len(opts.files) > 0 {
		var size int64
		opts.files, size, fileErrs = readableFiles(opts.files)
		if len(opts.files) == 0 {
			return errors.Join(fileErrs...)
		}
		// Files read on their own are all the reader holds: its heap is
		// bounded by their size as show's is (a library's list and search
		// cache grow with the library, which no file size tells).
		defer boundHeap(size)()
	}
	// The list paints before a big library is read.
	opts.parts = true
	lib, opening, reload, watch, err := openLibraryParts(opts)
	if err != nil {
		return errors.Join(append(fileErrs, err)...)
	}
	if !term.IsTerminal(os.Stdin.Fd()) || !term.IsTerminal(os.Stdout.Fd()) {
		return errors.Join(append(fileErrs, errors.New("the reader needs a terminal; to print a briefing use: brief show FILE"))...)
	}
	err = readInTerminal(ctx, opts, lib, opening, reload, watch)
	// The files that could not be opened are reported once the reader has
	// given the screen back, so that the message stays, and the status says
	// not everything was opened.
	return errors.Join(append(fileErrs, err)...)
}

// readInTerminal runs the reader on lib until the user quits.
func readInTerminal(ctx context.Context, opts readOptions, lib *briefings.Library, opening *briefings.Opening, reload func(*briefings.Library, []string) (*briefings.Library, error), watch []string) error {
	uopts := ui.Options{
		Library: lib, Opening: opening, Style: opts.style, Reload: reload, Width: opts.width,
		Disk: search.OpenDiskCache(search.DefaultDiskCacheDir()),
	}
	if opts.width == 0 {
		uopts.Width = -1 // the full window, as glow --width 0
	}
	if len(opts.files) == 1 {
		if es := lib.Entries(); len(es) == 1 {
			uopts.Open = es[0].Path
		}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// 120 fps halves the wait from a key to its frame; Bubble Tea parks
	// its frame ticker when nothing changes, so idle costs nothing.
	// The colour profile lipgloss detected for the same standard output
	// when it loaded: detecting it again runs `tmux info` once more inside
	// tmux, about 60 ms of the start-up.
	p := tea.NewProgram(ui.New(uopts), tea.WithContext(ctx), tea.WithFPS(120), tea.WithColorProfile(lipgloss.Writer.Profile))
	if len(watch) > 0 {
		go watchPaths(ctx, watch, func(paths []string) { p.Send(ui.ReloadMsg{Paths: paths}) })
	}
	final, err := p.Run()
	if m, ok := final.(*ui.Model); ok && m.Library() != nil {
		lib = m.Library() // what was read before quitting
	}
	// Problems were shown in the reader; print them again so they outlive it.
	for _, prob := range lib.Problems() {
		fmt.Fprintln(os.Stderr, "brief: "+problemLine(prob))
	}
	if m, ok := final.(*ui.Model); ok && m.Crashed() != nil {
		return crashError(m.Crashed())
	}
	if err == tea.ErrProgramKilled && ctx.Err() != nil {
		return nil
	}
	return err
}

// crashError keeps the stack of a crash in a file for the bug report and
// says so in one line, instead of a stack trace on the analyst's screen.
func crashError(c *ui.Crash) error {
	f, err := os.CreateTemp("", "brief-crash-*.log")
	if err != nil {
		return c
	}
	defer f.Close()
	fmt.Fprintf(f, "%s\n\n%s", c.Error(), c.Stack)
	return fmt.Errorf("%w (details in %s)", c, f.Name())
}

// watchPaths watches a library directory, or briefing files given on
// their own (each file's directory, for those files alone: one watcher
// for them all, as a system allows few), and reports changes until ctx
// ends. Watching is best effort: the reader works without it.
func watchPaths(ctx context.Context, paths []string, onChange func([]string)) {
	if len(paths) == 1 {
		if fi, err := os.Stat(paths[0]); err == nil && fi.IsDir() {
			_ = briefings.Watch(ctx, paths[0], onChange)
			return
		}
	}
	_ = briefings.WatchFiles(ctx, paths, onChange)
}
