//go:build unix && !linux

package briefings

import (
	"io/fs"
	"syscall"
)

// devIno returns a file's device and inode; the change time's field is
// named differently across these systems, so it is left unknown (0).
func devIno(fi fs.FileInfo) (dev, ino uint64, change int64, ok bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, 0, 0, false
	}
	return uint64(st.Dev), uint64(st.Ino), 0, true //nolint:unconvert // Dev and Ino are narrower on some systems
}
