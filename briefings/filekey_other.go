//go:build !unix

package briefings

import "io/fs"

// devIno: without an inode a file's identity is unknown, and nothing is
// cached by it.
func devIno(fs.FileInfo) (dev, ino uint64, change int64, ok bool) { return 0, 0, 0, false }
