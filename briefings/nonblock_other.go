//go:build !unix

package briefings

// openNonblock: no FIFO to wait for.
const openNonblock = 0
