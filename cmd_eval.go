package main

import (
	"fmt"
	"sort"

	"github.com/brief-team/brief/generate/eval"
	"github.com/spf13/cobra"
)

// newEvalCmd is brief eval: the generator's scores against gold
// annotations, per file and in total, or per corpus for realdev.
func newEvalCmd() *cobra.Command {
	var realdev, split string
	var clusters bool
	cmd := &cobra.Command{
		Use:   "eval GOLD_DIR SOURCES_DIR | eval --realdev DIR [--split dev|test] [--clusters]",
		Short: "Score the generator against gold annotations",
		Long: `Run the generator on each source in SOURCES_DIR and score its actors, timeline
dates and quotes against the hand-made annotations in GOLD_DIR.

With --realdev, score it on the real Wikinews articles of a realdev corpus
(articles/*.txt and gold/*.json, as in generate/testdata/realdev),
per corpus, on one split: tune on dev, report test. With --clusters, brief
each MEANTIME topic from clusters of its articles (at most eight, in
publication order) and print per topic how many timeline entries several
sources report, and how lint --verify finds their citations.`,
		Example: `  brief eval generate/testdata/shared/gold generate/testdata/shared/sources
  brief eval --realdev generate/testdata/realdev --split test
  brief eval --realdev generate/testdata/realdev --split dev --clusters`,
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
				if clusters {
					scores, err := eval.EvaluateClusters(realdev, split)
					if err != nil {
						return err
					}
					topics := make([]string, 0, len(scores))
					for t := range scores {
						topics = append(topics, t)
					}
					sort.Strings(topics)
					for _, t := range topics {
						fmt.Fprintf(cmd.OutOrStdout(), "%s: %s\n", t, scores[t])
					}
					return nil
				}
				scores, err := eval.EvaluateRealdev(realdev, split)
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
			scores, err := eval.Evaluate(args[0], args[1])
			if err != nil {
				return err
			}
			fmt.Fprint(cmd.OutOrStdout(), scores.String())
			return nil
		},
	}
	cmd.Flags().StringVar(&realdev, "realdev", "", "score on a realdev corpus directory instead")
	cmd.Flags().StringVar(&split, "split", "", "with --realdev: dev or test (default both)")
	cmd.Flags().BoolVar(&clusters, "clusters", false, "with --realdev: merges across sources on clusters of one topic's articles")
	return cmd
}
