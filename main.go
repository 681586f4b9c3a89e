// Command brief reads intelligence-style briefings in the terminal, generates
// them from source documents, and serves the reader over SSH.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
	"unicode/utf8"

	"charm.land/fang/v2"
	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/ui"
	"github.com/spf13/cobra"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	root := newRootCmd()
	var sink errorSink
	sink.capture(root)
	err := fang.Execute(ctx, root, fang.WithVersion(version()), fang.WithErrorHandler(errorHandler))
	if err == nil && sink.err != nil {
		err = sink.err
		printError(os.Stderr, err)
	}
	if err != nil {
		var ec exitCode
		if errors.As(err, &ec) {
			os.Exit(int(ec))
		}
		if errors.As(err, new(*ui.Crash)) {
			os.Exit(70)
		}
		os.Exit(1)
	}
}

// version is the module version when installed with go install, else a
// marker that this is a source build; fang appends the commit when known.
func version() string { return "" }

// exitCode is an error that carries a process exit status without a message
// of its own (the command has already printed what went wrong).
type exitCode int

func (e exitCode) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

// usageError is a command line brief could not make sense of (an unknown
// flag, a wrong number of arguments): it is printed with a pointer to the
// command's help.
type usageError struct {
	command string // "brief show"
	err     error
}

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// errorSink keeps the error of the command that ran so that main prints it
// itself. Requirement: an error reaches the user's terminal as
// "brief: file:line: reason", one per line, with the user's text escaped
// but never re-cased or wrapped, and at once. fang's error box title-cases
// and wraps the message, and fang queries the terminal's background colour
// before calling any error handler, which takes seconds on a terminal that
// does not answer; commands that hand their errors here never reach it.
type errorSink struct{ err error }

func (s *errorSink) keep(err error) {
	if s.err == nil {
		s.err = err
	}
}

// capture makes cmd and its subcommands give their errors (from RunE, from
// argument checks and from flag parsing) to s instead of returning them.
// Commands fang adds itself (man, completion) still return theirs, which
// errorHandler prints the same way.
func (s *errorSink) capture(cmd *cobra.Command) {
	if run := cmd.RunE; run != nil {
		cmd.RunE = func(c *cobra.Command, args []string) error {
			if s.err != nil {
				return nil // the arguments were refused: do not run
			}
			s.keep(guard(func() error { return run(c, args) }))
			return nil
		}
	}
	if check := cmd.Args; check != nil {
		cmd.Args = func(c *cobra.Command, args []string) error {
			if err := check(c, args); err != nil {
				s.keep(usageError{command: c.CommandPath(), err: err})
			}
			return nil
		}
	}
	cmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		s.keep(usageError{command: c.CommandPath(), err: err})
		return nil
	})
	for _, sub := range cmd.Commands() {
		s.capture(sub)
	}
}

// guard runs a command and turns a panic into an error, the crash policy
// of every command, as the reader's (ui.Crash, crashError): one line
// saying it is an internal error and where its stack is, never a stack
// trace on the terminal, and exit status 70 (EX_SOFTWARE).
func guard(run func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = crashError(&ui.Crash{Value: fmt.Sprint(r), Stack: debug.Stack()})
		}
	}()
	return run()
}

// errorHandler is fang's error handler for the errors that do not go
// through errorSink: printed as brief prints every error.
func errorHandler(w io.Writer, _ fang.Styles, err error) { printError(w, err) }

// printError prints err as "brief: " and one line per problem. A bare exit
// status prints nothing: its command has already said what went wrong (or,
// like grep, has nothing to say).
func printError(w io.Writer, err error) {
	for _, line := range errorLines(err) {
		fmt.Fprintln(w, line)
	}
}

// errorLines formats err for printError: file names and messages are
// escaped with visible, each problem of a briefing on its own line.
func errorLines(err error) []string {
	var ec exitCode
	if err == nil || errors.As(err, &ec) {
		return nil
	}
	switch e := err.(type) {
	case briefings.Problems:
		lines := make([]string, 0, len(e))
		for _, p := range e {
			lines = append(lines, "brief: "+problemLine(p))
		}
		return lines
	case briefings.Problem:
		return []string{"brief: " + problemLine(e)}
	case *briefings.Problem:
		return []string{"brief: " + problemLine(*e)}
	case *fs.PathError:
		return []string{"brief: " + pathErrorLine(e.Path, e)}
	case usageError:
		return append(errorLines(e.err), fmt.Sprintf("Try '%s --help' for usage.", e.command))
	case interface{ Unwrap() []error }:
		var lines []string
		for _, sub := range e.Unwrap() {
			lines = append(lines, errorLines(sub)...)
		}
		return lines
	}
	msg := strings.Split(strings.TrimRight(err.Error(), "\n"), "\n")
	lines := make([]string, 0, len(msg))
	for _, m := range msg {
		lines = append(lines, "brief: "+visible(m))
	}
	return lines
}

// problemLine is a briefing problem as "file:line: reason", as lint prints
// it, with the file name and the reason escaped with visible.
func problemLine(p briefings.Problem) string {
	return briefings.Problem{File: visible(p.File), Line: p.Line, Msg: visible(p.Msg), Warning: p.Warning}.Error()
}

// pathErrorLine is "FILE: reason" for a file that could not be read, as cat
// and less say it: the operation Go puts first ("open FILE: ...") repeats
// what the user asked for.
func pathErrorLine(path string, err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return visible(path) + ": " + visible(err.Error())
}

// visible returns s with every character a terminal would act on written
// as a Go escape (\x1b, \x07, \u202e), so that a file name that holds an
// escape sequence is shown as the name it is, which the user can find and
// rename, and never changes the terminal's title or clipboard. What a
// terminal acts on is briefings.Sanitize's decision, the one definition the
// reader uses too; a newline or tab is escaped as well, since a message is
// one line. Letters are never re-cased.
func visible(s string) string {
	if !strings.ContainsAny(s, "\n\t") && briefings.Sanitize(s) == s {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		ch := s[i : i+size]
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&sb, `\x%02x`, s[i])
		case r == '\n' || r == '\t' || (r < utf8.RuneSelf && briefings.Sanitize(ch) != ch):
			fmt.Fprintf(&sb, `\x%02x`, r)
		case briefings.Sanitize(ch) != ch:
			fmt.Fprintf(&sb, `\u%04x`, r)
		default:
			sb.WriteString(ch)
		}
		i += size
	}
	return sb.String()
}

func newRootCmd() *cobra.Command {
	var opts readOptions
	root := &cobra.Command{
		Use:   "brief [FILE...]",
		Short: "Read intelligence briefings in the terminal",
		Long: `brief opens a library of briefings: markdown files with a summary, the actors,
a dated timeline and quotes from the sources, every item citing its source.

With no FILE it opens $BRIEF_LIBRARY, the --library directory, or the briefings
built into brief. With FILE arguments it opens those files.`,
		Example: `  brief                      # the built-in library
  brief --library ~/briefings
  brief iran-albania.md       # one file, straight into the reader
  brief show iran-albania.md --pane timeline | less -R`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.files = args
			return runReader(cmd.Context(), opts)
		},
	}
	root.Flags().StringVarP(&opts.library, "library", "L", "", "directory of briefings to open (default $BRIEF_LIBRARY, else the built-in library)")
	root.Flags().StringVarP(&opts.style, "style", "s", "", "force a style: dark, light, ascii or notty (default: ask the terminal)")
	root.Flags().IntVarP(&opts.width, "width", "w", defaultReadWidth, "wrap the text at N columns, or at the window's width when narrower; 0 for the full window")
	root.AddCommand(newShowCmd(), newExportCmd(), newLintCmd(), newGrepCmd(), newGenerateCmd(), newEvalCmd(), newServeCmd())
	return root
}
