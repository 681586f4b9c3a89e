//go:build unix

package search

import (
	"io/fs"
	"os"
	"syscall"
)

// ownedByUser reports whether the process's user owns the file.
func ownedByUser(fi fs.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	return ok && int(st.Uid) == os.Getuid()
}
