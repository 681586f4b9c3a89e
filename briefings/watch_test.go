package briefings

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

func TestWatch(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "existing", "old.md"), "x")
	ctx, cancel := context.WithCancel(context.Background())
	calls := make(chan []string, 10)
	done := make(chan error, 1)
	go func() { done <- Watch(ctx, dir, func(p []string) { calls <- p }) }()
	time.Sleep(200 * time.Millisecond) // let the watches be added

	next := func(what string) []string {
		t.Helper()
		select {
		case p := <-calls:
			return p
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: no change reported", what)
		}
		return nil
	}

	// A burst of writes is reported once, with every file, and non-briefings
	// are ignored.
	for _, n := range []string{"a.md", "b.md", "notes.txt", "existing/old.md"} {
		writeFile(t, filepath.Join(dir, n), "y")
	}
	if got, want := next("burst"), []string{"a.md", "b.md", "existing/old.md"}; !reflect.DeepEqual(got, want) {
		t.Errorf("burst: got %v want %v", got, want)
	}
	select {
	case p := <-calls:
		t.Errorf("burst reported twice: %v", p)
	case <-time.After(3 * debounce):
	}

	// A new subdirectory is watched, including a file written at once.
	writeFile(t, filepath.Join(dir, "new", "deep", "c.md"), "z")
	if got := next("new dir"); !reflect.DeepEqual(got, []string{"new/deep/c.md"}) {
		t.Errorf("new dir: got %v", got)
	}
	time.Sleep(50 * time.Millisecond)
	writeFile(t, filepath.Join(dir, "new", "deep", "d.md"), "w")
	if got := next("file in new dir"); !reflect.DeepEqual(got, []string{"new/deep/d.md"}) {
		t.Errorf("file in new dir: got %v", got)
	}

	// Removal and an editor's atomic save (write temp, rename over).
	os.Remove(filepath.Join(dir, "a.md"))
	if got := next("remove"); !reflect.DeepEqual(got, []string{"a.md"}) {
		t.Errorf("remove: got %v", got)
	}
	writeFile(t, filepath.Join(dir, ".b.md.tmp"), "new")
	os.Rename(filepath.Join(dir, ".b.md.tmp"), filepath.Join(dir, "b.md"))
	if got := next("atomic save"); !reflect.DeepEqual(got, []string{"b.md"}) {
		t.Errorf("atomic save: got %v", got)
	}

	// A directory renamed inside the library: its briefings are reported
	// under both names, and the files written in it later under the new.
	if err := os.Rename(filepath.Join(dir, "new"), filepath.Join(dir, "renamed")); err != nil {
		t.Fatal(err)
	}
	if got, want := next("directory renamed"), []string{"new/deep/c.md", "new/deep/d.md", "renamed/deep/c.md", "renamed/deep/d.md"}; !reflect.DeepEqual(got, want) {
		t.Errorf("directory renamed: got %v want %v", got, want)
	}
	time.Sleep(50 * time.Millisecond)
	writeFile(t, filepath.Join(dir, "renamed", "deep", "e.md"), "t")
	if got := next("file in the renamed directory"); !reflect.DeepEqual(got, []string{"renamed/deep/e.md"}) {
		t.Errorf("file in the renamed directory: got %v", got)
	}

	// A directory without briefings, made and removed (a build's, an
	// editor's), changes nothing.
	if err := os.MkdirAll(filepath.Join(dir, "tmp", "deep"), 0o755); err != nil {
		t.Fatal(err)
	}
	time.Sleep(50 * time.Millisecond)
	if err := os.RemoveAll(filepath.Join(dir, "tmp")); err != nil {
		t.Fatal(err)
	}
	select {
	case p := <-calls:
		t.Errorf("an empty directory made and removed was reported: %q", p)
	case <-time.After(3 * debounce):
	}

	// A directory moved out of the library, or removed whole, is reported
	// as the briefings it held, not as "everything changed": a reader
	// would otherwise read the library again and re-parse the briefing it
	// has open, however big.
	if err := os.Rename(filepath.Join(dir, "renamed"), filepath.Join(t.TempDir(), "moved")); err != nil {
		t.Fatal(err)
	}
	if got, want := next("directory moved out"), []string{"renamed/deep/c.md", "renamed/deep/d.md", "renamed/deep/e.md"}; !reflect.DeepEqual(got, want) {
		t.Errorf("directory moved out: got %v want %v", got, want)
	}
	if err := os.RemoveAll(filepath.Join(dir, "existing")); err != nil {
		t.Fatal(err)
	}
	if got, want := next("directory removed"), []string{"existing/old.md"}; !reflect.DeepEqual(got, want) {
		t.Errorf("directory removed: got %v want %v", got, want)
	}
	// A directory of the same name made again is watched again.
	writeFile(t, filepath.Join(dir, "existing", "again.md"), "v")
	if got := next("directory made again"); !reflect.DeepEqual(got, []string{"existing/again.md"}) {
		t.Errorf("directory made again: got %v", got)
	}
	time.Sleep(50 * time.Millisecond)
	writeFile(t, filepath.Join(dir, "existing", "again.md"), "u")
	if got := next("file in the directory made again"); !reflect.DeepEqual(got, []string{"existing/again.md"}) {
		t.Errorf("file in the directory made again: got %v", got)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("Watch did not return after cancel")
	}
}

func TestWatchMissingDir(t *testing.T) {
	if err := Watch(context.Background(), filepath.Join(t.TempDir(), "nope"), func([]string) {}); err == nil {
		t.Fatal("no error for a missing directory")
	}
}
