package briefings

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync/atomic"
)

// Reading one briefing of the library: its whole text, parsed once and
// cached, or only its lead; every path is checked against the listing first.

// parses counts the parses Load has made, for tests.
var parses atomic.Int64

// Load reads and parses the body of the briefing at path (an Entry.Path).
// The result is cached and shared between callers, who must not modify it.
// A briefing whose front matter cannot be read yields its Problems as the
// error; one with malformed items in its body is returned with those items
// in Unread and the rest read as usual.
func (l *Library) Load(p string) (*Briefing, error) {
	if b, ok := l.cached(p); ok {
		return b, nil
	}
	v, err, _ := l.loads.Do(p, func() (any, error) {
		// A Load that missed the cache just as another finished must
		// take that one's copy, not parse again.
		if b, ok := l.cached(p); ok {
			return b, nil
		}
		data, name, err := l.read(p)
		if err != nil {
			return nil, err
		}
		parses.Add(1)
		b, err := Parse(name, data)
		if b == nil {
			return nil, err
		}
		// Problems in the body are in b.Unread: the rest still opens.
		l.mu.Lock()
		l.cache[p] = b
		l.mu.Unlock()
		return b, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*Briefing), nil
}

// LoadLead parses the front matter and about the first n bytes of the body
// of the briefing at path p (see ParseLead), so that a reader can paint a
// big briefing's first screen while Load parses all of it. ok is false when
// a lead would not be quicker: the briefing is small or parsed already.
// Leads are not cached.
func (l *Library) LoadLead(p string, n int) (b *Briefing, ok bool) {
	if _, ok := l.cached(p); ok {
		return nil, false
	}
	data, name, err := l.read(p)
	if err != nil {
		return nil, false
	}
	return ParseLead(name, data, n)
}

// Raw returns the bytes of the briefing at p (an Entry.Path) and the name
// to report its problems under, as Load reads them, without parsing or
// caching it: a search of the whole library reads each briefing once and
// must not keep ten thousand of them parsed in memory.
func (l *Library) Raw(p string) (data []byte, name string, err error) {
	return l.read(p)
}

// cached returns the parsed briefing at path p if Load has made it.
func (l *Library) cached(p string) (*Briefing, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.cache[p]
	return b, ok
}

// maxBriefing bounds the size of a briefing Load reads, so that one huge
// file cannot exhaust the memory of a server shared by many sessions.
const maxBriefing = 64 << 20

// read returns the bytes of a briefing and the name to report problems as.
func (l *Library) read(p string) ([]byte, string, error) {
	data, name, _, err := l.readStat(p)
	return data, name, err
}

// has reports a path that is not one of the library's briefings.
func (l *Library) has(p string) error {
	l.pathsOnce.Do(func() {
		l.paths = make(map[string]bool, len(l.entries))
		for _, e := range l.entries {
			l.paths[e.Path] = true
		}
	})
	if !l.paths[p] {
		return fmt.Errorf("%s: no such briefing in the library", p)
	}
	return nil
}

// readStat is read with the stat of the open file the bytes come from
// (nil if the file system gives none).
func (l *Library) readStat(p string) ([]byte, string, fs.FileInfo, error) {
	if err := l.has(p); err != nil {
		return nil, p, nil, err
	}
	name := p
	var f fs.File
	var err error
	switch {
	case l.files != nil:
		f, err = os.Open(l.files[p])
	case l.dir != "":
		name = filepath.Join(l.dir, filepath.FromSlash(p))
		var root *os.Root
		if root, err = l.openRoot(); err == nil {
			f, err = root.Open(p)
		}
	default:
		f, err = l.fsys.Open(p)
	}
	if err != nil {
		return nil, name, nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		fi = nil
	}
	var size int64
	if fi != nil && fi.Mode().IsRegular() {
		size = fi.Size()
	}
	data, err := readBriefing(f, name, size)
	if err != nil {
		return nil, name, nil, err
	}
	return data, name, fi, nil
}

// readBriefing reads an open briefing file whole, given its size from a
// stat (0 when unknown), and refuses one larger than maxBriefing with a
// Problem; other errors are the reader's.
func readBriefing(f io.Reader, name string, size int64) ([]byte, error) {
	data, err := readAll(io.LimitReader(f, maxBriefing+1), int(min(size, maxBriefing)), size > 0 && size <= maxBriefing)
	if err != nil {
		return nil, err
	}
	if len(data) > maxBriefing {
		return nil, Problems{{File: name, Msg: fmt.Sprintf("larger than %d MiB; not opened", maxBriefing>>20)}}
	}
	return data, nil
}

// readAll is io.ReadAll into a buffer of the file's size (hint), plus a
// byte to see the end: a search of a whole library reads every file, and
// ReadAll's growing from 512 bytes cost a dozen reads and copies each.
// With exact, hint is the size a stat of the open file gave, and the file
// is read as it was then: once hint bytes are read, the end is not read
// for (a read of every file of a library, 4 % of brief grep's CPU).
func readAll(r io.Reader, hint int, exact bool) ([]byte, error) {
	buf := make([]byte, 0, max(hint+1, 512))
	for {
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF || exact && len(buf) == hint {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, cap(buf))
		}
	}
}
