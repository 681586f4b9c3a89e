package main

import (
	"fmt"
	"slices"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/briefings/evidence"
	"github.com/spf13/cobra"
)

// lintVerify is `brief lint --verify` on one file: the problems Lint
// finds, and every item checked against the sources it cites (read
// relative to the briefing file), printed by line. It returns how many
// problems (not warnings) it printed.
func lintVerify(cmd *cobra.Command, path string, data []byte) int {
	probs := briefings.Lint(path, data)
	found, _, _ := evidence.Verify(path, data, func(s briefings.Source) ([]byte, error) {
		return briefings.ReadSourceFile(path, s)
	})
	probs = append(probs, found...)
	// By line; on one line, Lint's problems first.
	slices.SortStableFunc(probs, func(a, b briefings.Problem) int { return a.Line - b.Line })
	problems := 0
	for _, p := range probs {
		fmt.Fprintln(cmd.OutOrStdout(), problemLine(p))
		if !p.Warning {
			problems++
		}
	}
	return problems
}

// withEvidence is the briefing at path as `brief export` prints it: each
// summary sentence, timeline entry and quote with its evidence in the
// sources it cites, read relative to the briefing file. When no source can
// be read the briefing is returned as it is.
func withEvidence(path string, b *briefings.Briefing) *briefings.Briefing {
	r := evidence.Find(b, func(s briefings.Source) ([]byte, error) {
		return briefings.ReadSourceFile(path, s)
	})
	for _, s := range r.Sources {
		if s.Err == nil {
			return evidence.Annotate(b, r)
		}
	}
	return b
}
