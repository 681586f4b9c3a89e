// Command brief reads intelligence-style briefings in the terminal, generates
// them from source documents, and serves the reader over SSH.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := fang.Execute(ctx, newRootCmd(), fang.WithVersion(version()), fang.WithErrorHandler(errorHandler)); err != nil {
		var ec exitCode
		if errors.As(err, &ec) {
			os.Exit(int(ec))
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

// errorHandler prints errors as fang does, except a bare exit status, whose
// command has already said what went wrong (or, like grep, has nothing to say).
func errorHandler(w io.Writer, styles fang.Styles, err error) {
	var ec exitCode
	if errors.As(err, &ec) {
		return
	}
	fang.DefaultErrorHandler(w, styles, err)
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
	root.AddCommand(newShowCmd(), newExportCmd(), newLintCmd(), newGenerateCmd(), newEvalCmd(), newServeCmd())
	return root
}
