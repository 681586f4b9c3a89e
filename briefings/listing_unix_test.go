//go:build unix

package briefings

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestListDirFIFO: a FIFO named like a briefing is passed over, as OpenDir
// passes it over, and reading it does not wait for a writer (Read opens
// before it takes the stat).
func TestListDirFIFO(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "good.md"), sprintf(tiny, "Good", "2020-01-01"))
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	lib, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if es, ps := lib.Entries(), lib.Problems(); len(es) != 1 || len(ps) != 0 {
		t.Fatalf("OpenDir: %d entries, problems %v", len(es), ps)
	}
	ls, err := ListDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ls.Close()
	done := make(chan error, 1)
	go func() {
		_, _, _, ok, err := ls.Read("fifo.md")
		if ok {
			err = errAssert("a FIFO read as a briefing")
		}
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Read of a FIFO waits for a writer")
	}
}

type errAssert string

func (e errAssert) Error() string { return string(e) }
