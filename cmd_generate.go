package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/generate"
	"github.com/spf13/cobra"
)

func newGenerateCmd() *cobra.Command {
	var out, title, published, marking string
	var tags []string
	cmd := &cobra.Command{
		Use:   "generate SOURCE...",
		Short: "Generate a briefing from source documents",
		Long: `Generate a briefing from source documents: plain text, markdown or saved web
pages (.html). A source may begin with YAML front matter (title, publisher, url,
published); otherwise its first line (or two: a headline and its deck), followed
by a blank line, is its title (or the headline under a copied page's masthead,
date line and section label; failing those, its file's name, with a warning),
and its date is --published, else the one of a byline or dateline among its
opening lines ("Published Thursday, March 20, 2025", "By X | Updated 7:48 PM
MST, April 16, 2025"). Without any date, dates
with a year are kept, relative and year-less ones are left out (with a
warning), and the briefing is dated by the latest date it holds. The same input
always gives the same output.`,
		Example: `  brief generate sources/*.txt -o briefing.md --title "Iran-Albania"
  brief generate article.html --published 2024-05-01`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			// cmd.Context() is done on SIGINT or SIGTERM (main): the
			// generator stops within its next few sentences and nothing is
			// written.
			ctx := cmd.Context()
			stopped := func() error {
				fmt.Fprintf(cmd.ErrOrStderr(), "brief generate: stopped (%v); nothing written\n", context.Cause(ctx))
				return exitCode(130)
			}
			docs, ok, err := readSources(ctx, args)
			if err != nil {
				return err
			}
			if !ok {
				return stopped()
			}
			gopts := generateOptions(cmd.ErrOrStderr(), out, generate.Options{Title: title, Published: published, Tags: tags, Marking: marking})
			b, err := generate.GenerateContext(ctx, docs, gopts)
			if err != nil {
				if ctx.Err() != nil {
					return stopped()
				}
				return err
			}
			if b.Date == "" {
				// Neither a publication date nor a date with a year in the
				// text: nothing to date the briefing by.
				// main escapes the message as it prints it.
				cmd.SilenceUsage = true // the sources lack it, not the command line
				return fmt.Errorf("generate: %s: no publication date, and no date with a year in the text to date the briefing by: give it with --published YYYY-MM-DD", strings.Join(args, ", "))
			}
			md := briefings.Write(b)
			// Never a briefing that brief lint rejects: say what the
			// sources lack instead, and write nothing.
			if probs := briefings.Lint(outName(out), md); len(probs) > 0 {
				reportUnfit(cmd.ErrOrStderr(), out, args, b, probs)
				return exitCode(1)
			}
			if out == "" {
				_, err = cmd.OutOrStdout().Write(md)
				return err
			}
			if err := writeFileAtomic(ctx, out, md); err != nil {
				if ctx.Err() != nil {
					return stopped()
				}
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "wrote %s: %d actors, %d timeline entries, %d quotes\n",
				visible(out), len(b.Actors), len(b.Timeline), len(b.Quotes))
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the briefing to FILE instead of standard output")
	cmd.Flags().StringVarP(&title, "title", "t", "", "the briefing's title (default: from the sources)")
	cmd.Flags().StringVar(&published, "published", "", "publication date (YYYY-MM-DD) for sources without one")
	cmd.Flags().StringVar(&marking, "marking", "", "handling marking, e.g. TLP:CLEAR")
	cmd.Flags().StringSliceVar(&tags, "tag", nil, "a tag for the briefing (repeatable)")
	return cmd
}

// generateOptions completes the generator's options: its warnings go to
// stderr, and source paths in the briefing are relative to out, where it
// is written.
func generateOptions(stderr io.Writer, out string, gopts generate.Options) generate.Options {
	gopts.Warn = func(source, msg string) {
		fmt.Fprintf(stderr, "brief generate: warning: %s: %s\n", visible(source), visible(msg))
	}
	if out != "" {
		gopts.BaseDir = filepath.Dir(out)
	}
	return gopts
}

// readSources reads the sources in turn; ok is false when ctx was done
// before one of them.
func readSources(ctx context.Context, paths []string) (docs []generate.Document, ok bool, err error) {
	docs = make([]generate.Document, 0, len(paths))
	for _, path := range paths {
		if ctx.Err() != nil {
			return nil, false, nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, true, err
		}
		doc, err := generate.ReadSource(path, data)
		if err != nil {
			return nil, true, err
		}
		docs = append(docs, doc)
	}
	return docs, true, nil
}

// outName is how lint names the output.
func outName(out string) string {
	if out == "" {
		return "<stdout>"
	}
	return out
}

// reportUnfit says, one line per problem, why the briefing made from the
// sources would not pass brief lint, naming each source by its file.
func reportUnfit(w io.Writer, out string, paths []string, b *briefings.Briefing, probs []briefings.Problem) {
	files := make([]string, len(paths))
	for i, p := range paths {
		files[i] = visible(p)
	}
	fmt.Fprintf(w, "brief generate: %s not written: the briefing made from %s would not pass brief lint:\n", visible(outName(out)), strings.Join(files, ", "))
	for _, p := range probs {
		msg := p.Msg
		// "source S1 has no title": name the file S1 was read from.
		for i, s := range b.Sources {
			if i < len(files) && strings.Contains(msg, "source "+s.ID+" ") {
				msg = strings.Replace(msg, "source "+s.ID+" ", "source "+s.ID+" ("+files[i]+") ", 1)
				if strings.HasSuffix(msg, "has no title") {
					msg += `: give it a first line followed by a blank line, or "title:" in front matter`
				}
			}
		}
		if strings.HasPrefix(msg, "no summary") {
			msg = "no summary: no sentence of the sources is a plain statement of 6 to 50 words"
		}
		fmt.Fprintf(w, "  %s\n", visible(msg))
	}
}

// writeFileAtomic writes data to a temporary file beside path and renames
// it into place, so that path never holds a partial briefing, and not at
// all once ctx is done. A symbolic link is written through, to the file it
// names; a pipe or a device ("-o /dev/null") is written into, as a
// shell's ">" would: renamed over, either was replaced by a plain file
// (run as root, "-o /dev/null" replaced the machine's /dev/null).
func writeFileAtomic(ctx context.Context, path string, data []byte) error {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		if err := context.Cause(ctx); err != nil {
			return err
		}
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		_, err = f.Write(data)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err == nil {
		err = context.Cause(ctx)
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}
