// Package buildtest builds the brief binary for the tests that drive it as a
// user does (in tmux, through ssh).
package buildtest

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
)

// Build builds the main package at the module root into out, and Tracks
// the module's files.
func Build(ctx context.Context, root, out string) error {
	if err := Track(root); err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, "go", "build", "-o", out, ".")
	cmd.Dir = root
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build: %v\n%s", err, b)
	}
	return nil
}

// Track stats every file under root (but .git) so that `go test` reruns the
// calling test when any of them changes. `go test` caches a result by the
// test binary and by the files the test itself consults; a `go build` in a
// child process is invisible to it, so without this an edit to ui/ or
// main.go left the end-to-end tests passing "(cached)" against the old
// binary, on a developer's machine and on a CI machine that keeps its build
// cache. Only calls made while tests run are recorded (testing starts its
// log inside M.Run), so a TestMain that builds must also Track from a test.
func Track(root string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == ".git" {
				return filepath.SkipDir
			}
			return nil
		}
		_, err = os.Stat(path)
		return err
	})
}
