//go:build !unix

// Package cputime reads the CPU time the process has used, for benchmarks
// and bounded tests: on a machine shared with other work, the wall clock
// measures the others too.
package cputime

import "time"

var processStart = time.Now()

// Used falls back to the wall clock since the process started where
// rusage is not available.
func Used() time.Duration { return time.Since(processStart) }
