package main

import (
	"os"
	"runtime/debug"
)

// heapPerByte is how many bytes of heap Parse keeps live per byte of a
// briefing at most: goldmark's tree of the whole body (a 9.5 MB file of
// 100,000 actors peaked at 115 MB live).
const heapPerByte = 16

// minHeapLimit is the soft heap limit of a command that reads one
// briefing: at Go's default the heap grows to twice what is live, and
// that 9.5 MB file took 250 MB to print one pane; with the limit, 180 MB
// for the same CPU.
const minHeapLimit = 160 << 20

// boundHeap sets a soft limit on the heap of a command that reads a
// briefing of size bytes, unless the user set GOMEMLIMIT, and returns what
// restores the previous one. The limit grows with the file, so a big
// briefing is read at Go's default pace, not by a collector that never
// stops.
func boundHeap(size int64) (restore func()) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	old := debug.SetMemoryLimit(max(minHeapLimit, heapPerByte*size))
	return func() { debug.SetMemoryLimit(old) }
}
