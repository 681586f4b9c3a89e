package briefings

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Refreshing the library after a change on disk: a new Library, the
// unchanged briefings kept from the old one.

// Refresh returns the library as it is on disk after the files at paths
// (Entry.Path form, as Watch reports them) were created, changed or
// removed: those are read again and every other entry, and every parsed
// briefing, is kept, so one change in a library of 10,000 costs one file's
// read. An empty paths (events were lost), or a library opened with
// OpenFS, is opened again whole. l itself is not changed.
func (l *Library) Refresh(paths []string) (*Library, error) {
	switch {
	case l.dir != "" && len(paths) > 0:
		return l.refreshDir(paths)
	case l.dir != "":
		return OpenDir(l.dir)
	case l.files != nil:
		ps := make([]string, 0, len(l.files))
		for p := range l.files {
			ps = append(ps, p)
		}
		sort.Strings(ps)
		return OpenFiles(ps)
	default:
		return OpenFS(l.fsys)
	}
}

func (l *Library) refreshDir(paths []string) (*Library, error) {
	root, err := os.OpenRoot(l.dir)
	if err != nil {
		return nil, err
	}
	defer root.Close()
	changed := map[string]bool{}
	for _, p := range paths {
		changed[p] = true
	}
	n := newLibrary()
	n.dir = l.dir
	display := func(p string) string { return filepath.Join(l.dir, filepath.FromSlash(p)) }
	for _, e := range l.entries {
		if !changed[e.Path] {
			n.entries = append(n.entries, e)
		}
	}
	gone := map[string]bool{}
	for p := range changed {
		gone[display(p)] = true
	}
	for _, pr := range l.probs {
		if !gone[pr.File] {
			n.probs = append(n.probs, pr)
		}
	}
	l.mu.Lock()
	for p, b := range l.cache {
		if !changed[p] {
			n.cache[p] = b
		}
	}
	l.mu.Unlock()
	for _, p := range paths {
		if !isBriefingName(p) || hiddenPath(p) {
			continue
		}
		info, err := root.Stat(p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			continue // removed
		case err != nil:
			n.probs = append(n.probs, Problem{File: display(p), Msg: "not followed: " + errMsg(err)})
			continue
		case !info.Mode().IsRegular():
			continue
		}
		n.add(p, display(p), info.ModTime(), func() (io.ReadCloser, error) { return root.Open(p) })
	}
	n.finish() // before root is closed
	return n, nil
}

// hiddenPath reports a path OpenDir does not list: one with a directory
// or file whose name starts with ".".
func hiddenPath(p string) bool {
	for _, part := range strings.Split(p, "/") {
		if strings.HasPrefix(part, ".") {
			return true
		}
	}
	return false
}
