package briefings

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"time"
)

// Listing is the briefing files of a directory, found as OpenDir finds
// them but not read: for a search that reads every file whole anyway
// (brief grep), so that it reads each file once, instead of its front
// matter for a Library's listing and then all of it again. A Listing
// lists nothing to a reader or a shared server: whatever it reads is
// decided on the front matter Parse reads from the file's bytes. It is
// safe for concurrent Reads.
type Listing struct {
	o     *Opening
	paths []string
	probs []Problem
}

// ListDir lists the briefing files under dir as OpenDir does (hidden
// directories skipped), reading none of them.
func ListDir(dir string) (*Listing, error) {
	o, err := OpenDirParts(dir)
	if err != nil {
		return nil, err
	}
	if err := o.walk(); err != nil {
		o.Close()
		return nil, err
	}
	ls := &Listing{o: o, probs: slices.Clone(o.probs)}
	for _, j := range o.jobs {
		ls.paths = append(ls.paths, j.path)
	}
	slices.Sort(ls.paths)
	return ls, nil
}

// Paths returns the files' paths (Entry.Path form), sorted.
func (ls *Listing) Paths() []string { return slices.Clone(ls.paths) }

// Problems returns the directories that could not be listed.
func (ls *Listing) Problems() []Problem { return slices.Clone(ls.probs) }

// Close releases the directory.
func (ls *Listing) Close() { ls.o.Close() }

// Read returns the whole bytes of the file at p (a path of Paths) and
// the name to report its problems under, through the directory's root
// as OpenDir reads it: a link is followed only inside the directory. ok
// is false for a file that is not a regular one, which OpenDir passes
// over too. A file that cannot be read, or is too large to open, is a
// Problem as OpenDir and Load report it.
//
// The file is opened, then its stat taken (OpenDir takes the stat of its
// path first): a search reads every file of the library, and the stat of
// a path in an os.Root opens and closes its directory, a tenth of brief
// grep's CPU for a rare word. It is opened without blocking, so that a
// FIFO cannot hold the search, and the stat of its path says why a file
// could not be opened, as OpenDir says it.
//
// key is the FileKey of the open file the bytes were read from, not Known
// when the file changed less than KeySettle before (as ReadKeyed gives it).
func (ls *Listing) Read(p string) (data []byte, name string, key FileKey, ok bool, err error) {
	start := time.Now()
	name = filepath.Join(ls.o.dir, filepath.FromSlash(p))
	if _, found := slices.BinarySearch(ls.paths, p); !found {
		return nil, name, FileKey{}, false, Problems{{File: name, Msg: "no such briefing in the library"}}
	}
	root := ls.o.root
	if root == nil {
		return nil, name, FileKey{}, false, Problems{{File: name, Msg: "cannot read: the listing is closed"}}
	}
	f, err := root.OpenFile(p, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		info, serr := root.Stat(p)
		switch {
		case serr != nil:
			return nil, name, FileKey{}, false, Problems{{File: name, Msg: "not followed: " + errMsg(serr)}}
		case !info.Mode().IsRegular():
			return nil, name, FileKey{}, false, nil
		}
		return nil, name, FileKey{}, false, Problems{{File: name, Msg: "cannot read: " + errMsg(err)}}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, name, FileKey{}, false, Problems{{File: name, Msg: "cannot read: " + errMsg(err)}}
	}
	if !info.Mode().IsRegular() {
		return nil, name, FileKey{}, false, nil
	}
	data, err = readBriefing(f, name, info.Size())
	var ps Problems // too large
	switch {
	case errors.As(err, &ps):
		return nil, name, FileKey{}, false, ps
	case err != nil:
		return nil, name, FileKey{}, false, Problems{{File: name, Msg: "cannot read: " + errMsg(err)}}
	}
	key = FileKeyOf(info)
	if !info.ModTime().Before(start.Add(-KeySettle)) {
		key = FileKey{}
	}
	return data, name, key, true, nil
}

// HeaderProblem is the problem that keeps the briefing of a file's bytes
// out of a Library, or nil: its front matter read from the beginning of
// the file as the listing reads it (readHead, then Parse's reading of the
// front matter), without sanitising the rest of the file.
func HeaderProblem(name string, data []byte) error {
	head := data
	for n := 4096; n < len(data); n *= 2 {
		if h, ok := headOf(data[:n], false); ok {
			head = h
			break
		}
	}
	if len(head) == len(data) {
		head, _ = headOf(data, true)
	}
	p := newParser(name, head)
	if p.parseHeader() == nil {
		return Problems{p.probs[0]}
	}
	return nil
}
