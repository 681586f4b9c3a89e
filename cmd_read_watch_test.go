package main

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// TestWatchOneFileIgnoresItsNeighbours: a briefing opened on its own, say
// in ~/Downloads or /tmp, is reloaded when it changes and not when
// anything else in its directory, or below it, comes and goes. Each
// reload of a big briefing parses it again: 1 s of CPU and 200 MB for a
// 10 MB file, and a directory removed anywhere below /tmp (any build's
// temporary directory) had counted as "everything changed".
func TestWatchOneFileIgnoresItsNeighbours(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "brief.md")
	if err := os.WriteFile(file, []byte("---\ntitle: x\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "sub", "deep"), 0o755); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	calls := make(chan []string, 10)
	go watchPaths(ctx, []string{file}, func(p []string) { calls <- p })
	time.Sleep(300 * time.Millisecond) // let the watches be added

	// Neighbours: a sibling briefing, one below, a directory made and
	// removed beside it and below it.
	for _, p := range []string{"other.md", "sub/x.md", "sub/deep/y.md"} {
		if err := os.WriteFile(filepath.Join(dir, p), []byte("y"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range []string{"gone", "sub/gone"} {
		if err := os.Mkdir(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Remove(filepath.Join(dir, d)); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.RemoveAll(filepath.Join(dir, "sub")); err != nil {
		t.Fatal(err)
	}
	select {
	case p := <-calls:
		t.Fatalf("a change beside the open file was reported: %q", p)
	case <-time.After(time.Second):
	}

	// The file itself, saved as editors save: a new file renamed over it.
	tmp := filepath.Join(dir, ".brief.md.swp")
	if err := os.WriteFile(tmp, []byte("---\ntitle: y\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, file); err != nil {
		t.Fatal(err)
	}
	select {
	case p := <-calls:
		if !reflect.DeepEqual(p, []string{file}) {
			t.Errorf("the file's save was reported as %q, want [%q]", p, file)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the file's save was not reported")
	}
}
