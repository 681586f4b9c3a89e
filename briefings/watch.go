package briefings

import (
	"context"
	"errors"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// debounce is how long Watch waits for events to stop before reporting:
// editors save with several writes, renames and chmods in a burst.
var debounce = 100 * time.Millisecond

// Watch watches dir and its subdirectories (including ones created later)
// and calls onChange with the briefing files (*.md) that were created,
// written, removed or renamed, as slash-separated paths relative to dir
// (the form of Entry.Path). Events are debounced: a burst of changes yields
// one call. onChange is called from Watch's goroutine, one call at a time;
// an empty list means everything may have changed: events were lost. A
// directory removed or moved away is reported as the briefings it held.
//
// Watch blocks until ctx is done, then returns nil; it returns an error at
// once if dir cannot be watched. Symbolic links to directories are not
// followed, like OpenDir.
func Watch(ctx context.Context, dir string, onChange func(paths []string)) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer w.Close()
	pending := map[string]bool{}
	dirs := map[string]bool{} // the directories watched
	// The briefings below dir, as Entry.Path: a directory that goes says
	// nothing of what it held.
	known := map[string]bool{}
	if err := addTree(w, dir, dir, known, dirs); err != nil {
		return err
	}
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	lost := false
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if ev.Has(fsnotify.Create) {
				// A new directory: watch it, and report the briefings
				// already in it (written before the watch was added).
				found := map[string]bool{}
				_ = addTree(w, dir, ev.Name, found, dirs)
				for p := range found {
					pending[p], known[p] = true, true
				}
				if len(found) > 0 {
					timer.Reset(debounce)
				}
			}
			if dirs[ev.Name] && ev.Has(fsnotify.Remove|fsnotify.Rename) {
				// A directory went, with briefings in it that no event
				// may name (moved away whole): report those it held.
				// Its watches go too: a directory moved within the library
				// keeps its inotify watch, under its old name, and its
				// files' events would be reported there.
				gone := ev.Name + string(filepath.Separator)
				for d := range dirs {
					if d == ev.Name || strings.HasPrefix(d, gone) {
						_ = w.Remove(d)
						delete(dirs, d)
					}
				}
				if rel, err := filepath.Rel(dir, ev.Name); err == nil && rel != "." {
					prefix := filepath.ToSlash(rel) + "/"
					for p := range known {
						if strings.HasPrefix(p, prefix) {
							pending[p] = true
							delete(known, p)
							timer.Reset(debounce)
						}
					}
				} else {
					lost = true // the library itself went
					timer.Reset(debounce)
				}
				break
			}
			if ev.Op == fsnotify.Chmod || !isBriefingName(filepath.ToSlash(ev.Name)) {
				break
			}
			if rel, err := filepath.Rel(dir, ev.Name); err == nil {
				p := filepath.ToSlash(rel)
				pending[p] = true
				if ev.Has(fsnotify.Remove | fsnotify.Rename) {
					delete(known, p)
				} else {
					known[p] = true
				}
				timer.Reset(debounce)
			}
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				lost = true
				timer.Reset(debounce)
			}
		case <-timer.C:
			paths := make([]string, 0, len(pending))
			for p := range pending {
				paths = append(paths, p)
			}
			slices.Sort(paths)
			clear(pending)
			if lost {
				paths, lost = nil, false
			} else if len(paths) == 0 {
				break // an empty list would say everything changed
			}
			onChange(paths)
		}
	}
}

// addTree watches path if it is a directory, and its subdirectories, and
// records them in dirs, and the briefings inside in found.
func addTree(w *fsnotify.Watcher, root, path string, found, dirs map[string]bool) error {
	return filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			return nil
		}
		if d.IsDir() {
			if p != root && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if err := w.Add(p); err != nil {
				if p == root {
					return err
				}
				return nil
			}
			dirs[p] = true
			return nil
		}
		if isBriefingName(filepath.ToSlash(p)) {
			if rel, err := filepath.Rel(root, p); err == nil {
				found[filepath.ToSlash(rel)] = true
			}
		}
		return nil
	})
}

// WatchFiles watches the briefing files at paths, as given to OpenFiles,
// and calls onChange with those of them that were created, written,
// removed or renamed, as given (debounced as Watch does). It watches each
// file's directory, since editors save by renaming a new file over the
// old, and nothing else in it or below it: a file opened on its own, in
// ~/Downloads or /tmp, says nothing of its neighbours, and reading it
// again for their sake would parse a big briefing for nothing. When
// events were lost, every file is reported.
//
// WatchFiles blocks until ctx is done, then returns nil; it returns an
// error at once if no file's directory can be watched.
func WatchFiles(ctx context.Context, paths []string, onChange func(paths []string)) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer w.Close()
	byName := map[string][]string{} // cleaned name as events give it -> paths as given
	var errs []error
	for _, p := range paths {
		name := filepath.Clean(p)
		if byName[name] == nil {
			if err := w.Add(filepath.Dir(name)); err != nil {
				errs = append(errs, err)
			}
		}
		byName[name] = append(byName[name], p)
	}
	if len(errs) == len(paths) && len(errs) > 0 {
		return errors.Join(errs...)
	}
	pending := map[string]bool{}
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if ev.Op == fsnotify.Chmod {
				break
			}
			for _, p := range byName[filepath.Clean(ev.Name)] {
				pending[p] = true
				timer.Reset(debounce)
			}
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				for _, p := range paths {
					pending[p] = true
				}
				timer.Reset(debounce)
			}
		case <-timer.C:
			changed := make([]string, 0, len(pending))
			for p := range pending {
				changed = append(changed, p)
			}
			slices.Sort(changed)
			clear(pending)
			onChange(changed)
		}
	}
}
