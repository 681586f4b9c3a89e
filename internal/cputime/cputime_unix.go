//go:build unix

// Package cputime reads the CPU time the process has used, for benchmarks
// and bounded tests: on a machine shared with other work, the wall clock
// measures the others too.
package cputime

import (
	"syscall"
	"time"
)

// Used is the CPU time (user and system, all threads) the process has
// used so far.
func Used() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
