package briefings

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"testing/fstest"
	"time"
)

// TestFileKeyFollowsTheFile: a briefing's key stays while its file is
// unchanged and changes when the file is rewritten (even at the same size)
// or replaced (even with the same size and time); the bytes ReadKeyed
// returns are those of the file its key names. A file changed within
// KeySettle, or one without an inode, has no key: a cache must not trust it.
func TestFileKeyFollowsTheFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.md")
	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	write := func(title string, mod time.Time) {
		t.Helper()
		writeFile(t, path, sprintf(tiny, title, "2024-01-01"))
		if err := os.Chtimes(path, mod, mod); err != nil {
			t.Fatal(err)
		}
	}
	write("Alpha", old)
	lib, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	k1, name, err := lib.Stat("a.md")
	if err != nil || !k1.Known() || name != path {
		t.Fatalf("Stat: %+v, %q, %v", k1, name, err)
	}
	data, _, rk, err := lib.ReadKeyed("a.md")
	if err != nil || rk != k1 || string(data) != sprintf(tiny, "Alpha", "2024-01-01") {
		t.Fatalf("ReadKeyed: %+v (Stat %+v), %v, %q", rk, k1, err, data)
	}
	if k, _, _ := lib.Stat("a.md"); k != k1 {
		t.Errorf("the key of an unchanged file changed: %+v then %+v", k1, k)
	}
	ls, err := ListDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ls.Close()
	if _, _, lk, ok, err := ls.Read("a.md"); !ok || err != nil || lk != k1 {
		t.Errorf("Listing.Read: key %+v (Stat %+v), %v, %v", lk, k1, ok, err)
	}

	write("Bravo", old.Add(time.Second)) // same size, new text
	k2, _, _ := lib.Stat("a.md")
	if k2 == k1 || k2.Size != k1.Size {
		t.Errorf("a rewrite at the same size kept the key: %+v", k2)
	}
	if runtime.GOOS == "linux" {
		// Same size, and the old time given back (touch -d, cp -p): the
		// change time still tells.
		time.Sleep(10 * time.Millisecond)
		write("Bravx", old.Add(time.Second))
		if k, _, _ := lib.Stat("a.md"); k == k2 || k.ModTime != k2.ModTime || k.Size != k2.Size {
			t.Errorf("a rewrite at the same size and time kept the key: %+v, was %+v", k, k2)
		}
		write("Bravo", old.Add(time.Second))
		k2, _, _ = lib.Stat("a.md")
	}

	// Replaced by rename, same size and time: only the inode tells.
	tmp := filepath.Join(dir, ".tmp")
	writeFile(t, tmp, sprintf(tiny, "Carol", "2024-01-01"))
	mod := time.Unix(0, k2.ModTime)
	if err := os.Chtimes(tmp, mod, mod); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
	if k3, _, _ := lib.Stat("a.md"); k3 == k2 {
		t.Errorf("a file replaced by rename kept its key: %+v", k3)
	}

	// Fresh: it may change again within the timestamp's granularity.
	writeFile(t, path, sprintf(tiny, "Delta", "2024-01-01"))
	if _, _, k, err := lib.ReadKeyed("a.md"); err != nil || k.Known() {
		t.Errorf("a file changed just now has a key: %+v, %v", k, err)
	}
	if _, _, k, _, err := ls.Read("a.md"); err != nil || k.Known() {
		t.Errorf("Listing.Read: a file changed just now has a key: %+v, %v", k, err)
	}

	files, err := OpenFiles([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	write("Echo", old)
	if _, _, k, _ := files.ReadKeyed(path); !k.Known() {
		t.Errorf("a file opened by name has no key")
	}
	mfs, err := OpenFS(fstest.MapFS{"m.md": {Data: []byte(sprintf(tiny, "Map", "2024-01-01")), ModTime: old}})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, k, _ := mfs.ReadKeyed("m.md"); k.Known() {
		t.Errorf("a file without an inode has a key: %+v", k)
	}
	if _, _, err := lib.Stat("nope.md"); err == nil {
		t.Errorf("Stat of a path outside the library")
	}
}
