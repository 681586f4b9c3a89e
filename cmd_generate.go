package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/briefings/generate"
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
published); otherwise its first line, followed by a blank line, is its title and
--published gives its date. The same input always gives the same output.`,
		Example: `  brief generate sources/*.txt -o briefing.md --title "Iran-Albania"
  brief generate article.html --published 2024-05-01`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			docs := make([]generate.Document, 0, len(args))
			for _, path := range args {
				data, err := os.ReadFile(path)
				if err != nil {
					return err
				}
				doc, err := generate.ReadSource(path, data)
				if err != nil {
					return err
				}
				docs = append(docs, doc)
			}
			gopts := generate.Options{Title: title, Published: published, Tags: tags, Marking: marking}
			if out != "" {
				// Source paths in the briefing are relative to where it is written.
				gopts.BaseDir = filepath.Dir(out)
			}
			b, err := generate.Generate(docs, gopts)
			if err != nil {
				return err
			}
			md := briefings.Write(b)
			if out == "" {
				_, err = cmd.OutOrStdout().Write(md)
				return err
			}
			if err := os.WriteFile(out, md, 0o644); err != nil {
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

func newEvalCmd() *cobra.Command {
	var realdev, split string
	cmd := &cobra.Command{
		Use:   "eval GOLD_DIR SOURCES_DIR | eval --realdev DIR [--split dev|test]",
		Short: "Score the generator against gold annotations",
		Long: `Run the generator on each source in SOURCES_DIR and score its actors, timeline
dates and quotes against the hand-made annotations in GOLD_DIR.

With --realdev, score it on the real Wikinews articles of a realdev corpus
(articles/*.txt and gold/*.json, as in briefings/generate/testdata/realdev),
per corpus, on one split: tune on dev, report test.`,
		Example: `  brief eval briefings/generate/testdata/shared/gold briefings/generate/testdata/shared/sources
  brief eval --realdev briefings/generate/testdata/realdev --split test`,
		Args: func(cmd *cobra.Command, args []string) error {
			if realdev != "" {
				return cobra.NoArgs(cmd, args)
			}
			return cobra.ExactArgs(2)(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if realdev != "" {
				if split != "" && split != "dev" && split != "test" {
					return fmt.Errorf("--split %q: use dev or test", split)
				}
				scores, err := generate.EvaluateRealdev(realdev, split)
				if err != nil {
					return err
				}
				corpora := make([]string, 0, len(scores))
				for c := range scores {
					corpora = append(corpora, c)
				}
				sort.Strings(corpora)
				for _, c := range corpora {
					fmt.Fprintf(cmd.OutOrStdout(), "== %s\n%s", c, scores[c].String())
				}
				return nil
			}
			scores, err := generate.Evaluate(args[0], args[1])
			if err != nil {
				return err
			}
			fmt.Fprint(cmd.OutOrStdout(), scores.String())
			return nil
		},
	}
	cmd.Flags().StringVar(&realdev, "realdev", "", "score on a realdev corpus directory instead")
	cmd.Flags().StringVar(&split, "split", "", "with --realdev: dev or test (default both)")
	return cmd
}
