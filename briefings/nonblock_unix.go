//go:build unix

package briefings

import "syscall"

// openNonblock opens a file without waiting for a writer (a FIFO); a
// regular file reads as usual.
const openNonblock = syscall.O_NONBLOCK
