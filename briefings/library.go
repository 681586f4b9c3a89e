package briefings

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"
)

// Entry is one briefing in a library: its metadata, read from the front
// matter alone when the library is opened. The body is parsed by Load.
type Entry struct {
	// Path names the briefing in its library: slash-separated and relative
	// to the library root, or the path as given for OpenFiles.
	Path    string
	Title   string // front matter title; the file name when there is none
	Date    string
	Marking string
	Tags    []string
	Sources int // number of sources
	// SourceTitles and Publishers are the sources' titles and their
	// publishers (each once), for the library filter.
	SourceTitles []string
	Publishers   []string
	ModTime      time.Time
}

// EntryOf is the library entry of a parsed briefing at path p: the listing,
// the access check of a shared server and the reader all describe a
// briefing by this one reading of its front matter.
func EntryOf(p string, b *Briefing) Entry {
	e := Entry{Path: p, Title: b.Title, Date: b.Date, Marking: b.Marking, Sources: len(b.Sources)}
	if len(b.Tags) > 0 {
		e.Tags = slices.Clone(b.Tags)
	}
	for _, src := range b.Sources {
		if src.Title != "" {
			e.SourceTitles = append(e.SourceTitles, src.Title)
		}
		if src.Publisher != "" && !slices.Contains(e.Publishers, src.Publisher) {
			e.Publishers = append(e.Publishers, src.Publisher)
		}
	}
	if e.Title == "" {
		e.Title = strings.TrimSuffix(path.Base(p), path.Ext(p))
	}
	return e
}

// Library is an immutable snapshot of a set of briefings: their metadata,
// read eagerly, and the problems found while reading it. Bodies are parsed
// lazily by Load and cached. A Library is safe for concurrent use, so SSH
// sessions can share one; a change on disk is picked up by opening a new one.
type Library struct {
	jobs    []fileJob         // files to read, while opening
	dir     string            // root directory for OpenDir; "" otherwise
	fsys    fs.FS             // for OpenFS
	files   map[string]string // Entry.Path -> file path, for OpenFiles
	entries []Entry
	probs   []Problem

	mu    sync.Mutex
	cache map[string]*Briefing
	// loads shares one parse among concurrent Loads of a briefing: on the
	// SSH server many sessions may open the same big file at once, and
	// each parse holds about twelve times the file's size.
	loads singleflight.Group

	// paths indexes the entries by path for read, built on first use: a
	// search of the whole library reads every briefing, and a scan of the
	// entries per read made it quadratic.
	pathsOnce sync.Once
	paths     map[string]bool

	// root is dir, opened once for every read (see openRoot).
	rootOnce sync.Once
	root     *os.Root
	rootErr  error
}

// openRoot returns the library's directory as an os.Root, opened on first
// use and kept: a search of the whole library reads every briefing, and
// opening the root again for each (an open and a close more per file)
// was a third of the cost of reading a page-cached 20 KB briefing. The
// root is closed when the Library is no longer referenced; a library
// changed on disk is a new Library (Refresh), with a root of its own.
func (l *Library) openRoot() (*os.Root, error) {
	l.rootOnce.Do(func() {
		l.root, l.rootErr = os.OpenRoot(l.dir)
		if l.root != nil {
			runtime.AddCleanup(l, func(r *os.Root) { r.Close() }, l.root)
		}
	})
	return l.root, l.rootErr
}

// OpenFS opens the briefings (*.md, recursively) of a file system such as
// Shipped.
func OpenFS(fsys fs.FS) (*Library, error) {
	l := newLibrary()
	l.fsys = fsys
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			l.probs = append(l.probs, Problem{File: p, Msg: "cannot read: " + errMsg(err)})
			return nil
		}
		if d.IsDir() || !isBriefingName(p) {
			return nil
		}
		var mod time.Time
		if info, err := d.Info(); err == nil {
			mod = info.ModTime()
		}
		l.add(p, p, mod, func() (io.ReadCloser, error) { return fsys.Open(p) })
		return nil
	})
	if err != nil {
		return nil, err
	}
	l.finish()
	return l, nil
}

// OpenDir opens every *.md briefing under dir, recursively. Files are read
// through an os.Root, so a symbolic link that leads out of dir is not
// followed (it is reported as a problem); links to directories are not
// descended into. It is OpenDirParts read in one part.
func OpenDir(dir string) (*Library, error) {
	o, err := OpenDirParts(dir)
	if err != nil {
		return nil, err
	}
	defer o.Close()
	lib, _, err := o.Read(math.MaxInt)
	return lib, err
}

// OpenFiles opens the given briefing files (brief FILE...). Entry.Path is
// each path as given. A file that cannot be read or whose front matter is
// malformed is reported in Problems.
func OpenFiles(paths []string) (*Library, error) {
	l := newLibrary()
	l.files = map[string]string{}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			l.probs = append(l.probs, Problem{File: p, Msg: "cannot read: " + errMsg(err)})
			continue
		}
		if info.IsDir() {
			l.probs = append(l.probs, Problem{File: p, Msg: "is a directory; open it as a library with --library"})
			continue
		}
		if _, dup := l.files[p]; dup {
			continue
		}
		l.files[p] = p
		l.add(p, p, info.ModTime(), func() (io.ReadCloser, error) { return os.Open(p) })
	}
	l.finish()
	return l, nil
}

func newLibrary() *Library { return &Library{cache: map[string]*Briefing{}} }

func isBriefingName(p string) bool {
	return strings.EqualFold(path.Ext(p), ".md") && !strings.HasPrefix(path.Base(p), ".")
}

// errMsg strips Go's "open x:" prefix, which repeats the file name.
func errMsg(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// fileJob is one file whose front matter is still to be read.
type fileJob struct {
	path, display string
	mod           time.Time
	open          func() (io.ReadCloser, error)
	// stat, when set, is the file's stat, taken with the read (for
	// OpenDirParts): a link is followed only inside the library, and a
	// file that is not a regular one is passed over.
	stat func() (fs.FileInfo, error)
}

// add queues one file; finish reads them.
func (l *Library) add(entryPath, display string, mod time.Time, open func() (io.ReadCloser, error)) {
	l.jobs = append(l.jobs, fileJob{path: entryPath, display: display, mod: mod, open: open})
}

// finish reads the front matter of the queued files.
func (l *Library) finish() {
	es, ps := readJobs(l.jobs)
	l.entries = append(l.entries, es...)
	l.probs = append(l.probs, ps...)
	l.jobs = nil
	l.sort()
}

// readJobs reads the front matter of files on every CPU (YAML decoding
// dominates library start-up), and returns their entries and problems in
// the order of jobs.
func readJobs(jobs []fileJob) ([]Entry, []Problem) {
	type result struct {
		e    *Entry
		prob *Problem
	}
	res := make([]result, len(jobs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), len(jobs)) {
		wg.Go(func() {
			for i := range next {
				res[i].e, res[i].prob = readEntry(jobs[i])
			}
		})
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	var es []Entry
	var ps []Problem
	for _, r := range res {
		switch {
		case r.prob != nil:
			ps = append(ps, *r.prob)
		case r.e != nil:
			es = append(es, *r.e)
		}
	}
	return es, ps
}

// readEntry reads the entry of one file: Parse reads the beginning of the
// file that decides it (see readHead), so the listing, and the access
// check of a shared server, see the title and marking the reader shows.
func readEntry(j fileJob) (*Entry, *Problem) {
	if j.stat != nil {
		info, err := j.stat()
		if err != nil {
			return nil, &Problem{File: j.display, Msg: "not followed: " + errMsg(err)}
		}
		if !info.Mode().IsRegular() {
			return nil, nil
		}
		j.mod = info.ModTime()
	}
	f, err := j.open()
	if err != nil {
		return nil, &Problem{File: j.display, Msg: "cannot read: " + errMsg(err)}
	}
	defer f.Close()
	head, err := readHead(f)
	if err != nil {
		return nil, &Problem{File: j.display, Msg: "cannot read: " + errMsg(err)}
	}
	p := newParser(j.display, head)
	b := p.parseHeader()
	if b == nil {
		return nil, &p.probs[0]
	}
	if b.Title == "" {
		// The title may be the body's leading "# " heading, which is in
		// the head; Parse's other findings in the body are Load's to report.
		b, _ = Parse(j.display, head)
	}
	e := EntryOf(j.path, b)
	e.ModTime = j.mod
	return &e, nil
}

// readHead reads the beginning of a briefing that decides its entry: the
// front matter and the body's first block, whose "# " heading is the title
// when the front matter has none. The lines it returns are the first lines
// of the whole file as Parse sees them (newlines normalised, sanitised line
// by line), so Parse reads the same metadata from them. Reads grow by
// doubling, so a 1 MiB front matter costs linear time.
func readHead(r io.Reader) ([]byte, error) {
	buf := make([]byte, 0, 4096)
	for {
		n, err := io.ReadFull(r, buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		eof := errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
		if err != nil && !eof {
			return nil, err
		}
		if head, ok := headOf(buf, eof); ok {
			return head, nil
		}
		if len(buf) > maxBriefing {
			return nil, fmt.Errorf("larger than %d MiB; not opened", maxBriefing>>20)
		}
		buf = slices.Grow(buf, cap(buf))
	}
}

// headOf returns the head of a briefing (see readHead) from the first bytes
// of its file, and false while more bytes could change it.
func headOf(raw []byte, eof bool) ([]byte, bool) {
	if !eof {
		// Complete lines only: a cut line could still become "---".
		raw = raw[:bytes.LastIndexAny(raw, "\r\n")+1]
	}
	src, _ := prepareLines(raw)
	if eof {
		return src, true
	}
	_, _, bodyOff, opened, closed := frontMatterBounds(src)
	switch {
	case len(src) == 0:
		return nil, false
	case !opened:
		return src, true // Parse refuses it whatever follows
	case !closed:
		return src, len(src) > maxFrontMatter+len("---\n")
	}
	// The body's first block ends at a blank line after its first
	// non-blank one.
	seen := false
	for pos := bodyOff; pos < len(src); {
		line, _, _ := bytes.Cut(src[pos:], []byte("\n"))
		pos += len(line) + 1
		blank := len(bytes.TrimLeft(line, " \t")) == 0
		if blank && seen {
			return src[:pos], true
		}
		seen = seen || !blank
	}
	return nil, false
}

// sort orders entries newest first, then by title and path.
func (l *Library) sort() {
	sort.SliceStable(l.entries, func(i, j int) bool {
		a, b := l.entries[i], l.entries[j]
		if a.Date != b.Date {
			return a.Date > b.Date
		}
		if a.Title != b.Title {
			return a.Title < b.Title
		}
		return a.Path < b.Path
	})
	sort.SliceStable(l.probs, func(i, j int) bool {
		if l.probs[i].File != l.probs[j].File {
			return l.probs[i].File < l.probs[j].File
		}
		return l.probs[i].Line < l.probs[j].Line
	})
}

// Entries returns the briefings, newest first (date descending, then
// title). The slice is a copy.
func (l *Library) Entries() []Entry {
	out := make([]Entry, len(l.entries))
	copy(out, l.entries)
	return out
}

// Problems returns the files that could not be listed, each with file,
// line and reason; the other files are in Entries.
func (l *Library) Problems() []Problem {
	out := make([]Problem, len(l.probs))
	copy(out, l.probs)
	return out
}

// Dir returns the directory of a library opened with OpenDir, and "" for
// OpenFS (e.g. the embedded library) and OpenFiles.
func (l *Library) Dir() string { return l.dir }
