package briefings

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Opening is a library directory being read a part at a time, so that a
// reader can list the first briefings long before the last front matter
// of a big library is read (10,000 briefings take over a second). Each
// part gives a Library holding every briefing read so far; a briefing is
// in it only once its front matter has been read as Parse reads it. An
// Opening is used by one goroutine at a time.
type Opening struct {
	dir     string
	root    *os.Root
	walked  bool
	jobs    []fileJob
	next    int
	entries []Entry
	probs   []Problem
	last    *Library
}

// OpenDirParts starts reading the library in dir as OpenDir does, and
// reads nothing yet: Read reads it.
func OpenDirParts(dir string) (*Opening, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	o := &Opening{dir: dir, root: root}
	o.last = o.snapshot()
	return o, nil
}

// Library returns the library read so far.
func (o *Opening) Library() *Library { return o.last }

// Progress returns how many of the library's briefing files have been
// read, and how many there are (-1 until the directory has been walked).
func (o *Opening) Progress() (read, total int) {
	if !o.walked {
		return 0, -1
	}
	return o.next, len(o.jobs)
}

// Read lists the directory if it is not listed yet, reads the front
// matter of up to n more files, and returns the library read so far and
// whether every file is read. Once every file is read, the Opening is
// closed.
func (o *Opening) Read(n int) (lib *Library, done bool, err error) {
	if o.root == nil {
		return o.last, true, nil
	}
	if !o.walked {
		if err := o.walk(); err != nil {
			o.Close()
			return o.last, true, err
		}
	}
	end := o.next + min(n, len(o.jobs)-o.next)
	es, ps := readJobs(o.jobs[o.next:end])
	o.next = end
	o.entries = append(o.entries, es...)
	o.probs = append(o.probs, ps...)
	o.last = o.snapshot()
	if o.next == len(o.jobs) {
		o.Close()
		return o.last, true, nil
	}
	return o.last, false, nil
}

// Close stops reading and releases the directory.
func (o *Opening) Close() {
	if o.root != nil {
		o.root.Close()
		o.root = nil
	}
}

// walk lists the briefing files under the directory, reading none: the
// stat of each is taken when it is read, on every CPU.
func (o *Opening) walk() error {
	o.walked = true
	root, dir := o.root, o.dir
	return fs.WalkDir(root.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			o.probs = append(o.probs, Problem{File: filepath.Join(dir, filepath.FromSlash(p)), Msg: "cannot read: " + errMsg(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if p != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir // .git and friends
			}
			return nil
		}
		if !isBriefingName(p) {
			return nil
		}
		o.jobs = append(o.jobs, fileJob{
			path:    p,
			display: filepath.Join(dir, filepath.FromSlash(p)),
			open:    func() (io.ReadCloser, error) { return root.Open(p) },
			stat:    func() (fs.FileInfo, error) { return root.Stat(p) }, // follows links, but only inside root
		})
		return nil
	})
}

// snapshot is a Library of what is read so far, keeping the briefings the
// last one parsed.
func (o *Opening) snapshot() *Library {
	l := newLibrary()
	l.dir = o.dir
	l.entries = slices.Clone(o.entries)
	l.probs = slices.Clone(o.probs)
	l.sort()
	if o.last != nil {
		o.last.mu.Lock()
		for p, b := range o.last.cache {
			l.cache[p] = b
		}
		o.last.mu.Unlock()
	}
	return l
}
