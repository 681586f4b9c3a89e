package briefings

import (
	"io/fs"
	"syscall"
)

// devIno returns a file's device, inode and inode change time.
func devIno(fi fs.FileInfo) (dev, ino uint64, change int64, ok bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, 0, 0, false
	}
	return uint64(st.Dev), uint64(st.Ino), st.Ctim.Nano(), true //nolint:unconvert // Dev and Ino are narrower on some systems
}
