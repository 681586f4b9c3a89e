package main

import (
	"fmt"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/briefings/evidence"
	"github.com/spf13/cobra"
)

// lintVerify is `brief lint --verify` on one file: the problems Lint
// finds, and every item checked against the sources it cites (read
// relative to the briefing file), printed by line. It returns how many
// problems (not warnings) it printed.
func lintVerify(cmd *cobra.Command, path string, data []byte) int {
	var lines []evidence.Finding
	for _, p := range briefings.Lint(path, data) {
		lines = append(lines, evidence.Finding{Problem: p})
	}
	found, _, _ := evidence.Verify(path, data, func(s briefings.Source) ([]byte, error) {
		return briefings.ReadSourceFile(path, s)
	})
	lines = append(lines, found...)
	sortFindings(lines)
	problems := 0
	for _, f := range lines {
		fmt.Fprintln(cmd.OutOrStdout(), visible(f.Error()))
		if !f.Warning {
			problems++
		}
	}
	return problems
}

func sortFindings(fs []evidence.Finding) {
	// Stable insertion by line: lists are short, and equal lines keep
	// Lint's problems before the verification's.
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j].Line < fs[j-1].Line; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}
