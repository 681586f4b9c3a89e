package briefings

import (
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// FileKey identifies one version of a briefing's file: its device and
// inode, size, modification time and, where the system gives it (Linux),
// inode change time, as os.Stat gives them. A cache of what was read from
// a file is valid while the file's key is unchanged: a rewrite changes
// the times (and usually the size), a replacement by rename changes the
// inode. The change time cannot be set back as the modification time can
// (touch -d, cp -p), so a rewrite that keeps size and modification time
// still changes the key. The zero FileKey identifies nothing (see Known).
type FileKey struct {
	Dev, Ino uint64
	Size     int64
	ModTime  int64 // nanoseconds since the epoch
	Change   int64 // inode change time, nanoseconds since the epoch; 0 where unknown
	known    bool
}

// Known reports whether k identifies a file: false for a file system
// without inodes (the embedded library) and for a file read too soon
// after its last change (see ReadKeyed).
func (k FileKey) Known() bool { return k.known }

// FileKeyOf returns the key of a file from its stat, or the zero FileKey
// where the system gives no device and inode.
func FileKeyOf(fi fs.FileInfo) FileKey {
	dev, ino, change, ok := devIno(fi)
	if !ok {
		return FileKey{}
	}
	return FileKey{Dev: dev, Ino: ino, Size: fi.Size(), ModTime: fi.ModTime().UnixNano(), Change: change, known: true}
}

// KeySettle is how old a file's last change must be, when it is read,
// for its key to vouch for what was read: a file changed again within
// the file system's timestamp granularity (a clock tick, 2 s on FAT)
// keeps its time, and if its size is kept too, its key. A cache would
// then serve the old text of a changed file; a file this fresh is
// simply not given a key.
const KeySettle = 2 * time.Second

// Stat returns the key of the briefing at p (an Entry.Path) as its file
// is now, found the way Load finds the file (inside the library's
// directory), without reading it, and the name Raw reports it under.
func (l *Library) Stat(p string) (key FileKey, name string, err error) {
	if err := l.has(p); err != nil {
		return FileKey{}, p, err
	}
	var fi fs.FileInfo
	switch {
	case l.files != nil:
		name = p
		fi, err = os.Stat(l.files[p])
	case l.dir != "":
		name = filepath.Join(l.dir, filepath.FromSlash(p))
		var root *os.Root
		if root, err = l.openRoot(); err == nil {
			fi, err = root.Stat(p)
		}
	default:
		return FileKey{}, p, nil
	}
	if err != nil {
		return FileKey{}, name, err
	}
	return FileKeyOf(fi), name, nil
}

// ReadKeyed is Raw with the key of the file the bytes were read from (of
// the open file, so the key and the bytes agree). The key is not Known
// when the file changed less than KeySettle before it was read: it may
// change again without its key changing.
func (l *Library) ReadKeyed(p string) (data []byte, name string, key FileKey, err error) {
	start := time.Now()
	data, name, fi, err := l.readStat(p)
	if err != nil || fi == nil {
		return data, name, FileKey{}, err
	}
	key = FileKeyOf(fi)
	if mod := fi.ModTime(); !mod.Before(start.Add(-KeySettle)) {
		key = FileKey{}
	}
	return data, name, key, nil
}
