//go:build !unix

package ner

import "time"

// cpuTime is unknown here; benchmarks then report no CPU-time rate.
func cpuTime() time.Duration { return 0 }
