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
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
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
	src := sanitizeLines(normalizeNewlines(raw))
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
		if root, err = os.OpenRoot(l.dir); err == nil {
			defer root.Close()
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
	hint := 0
	if fi != nil && fi.Mode().IsRegular() {
		hint = int(min(fi.Size(), maxBriefing))
	}
	data, err := readAll(io.LimitReader(f, maxBriefing+1), hint)
	if err != nil {
		return nil, name, nil, err
	}
	if len(data) > maxBriefing {
		return nil, name, nil, Problems{{File: name, Msg: fmt.Sprintf("larger than %d MiB; not opened", maxBriefing>>20)}}
	}
	return data, name, fi, nil
}

// readAll is io.ReadAll into a buffer of the file's size (hint), plus a
// byte to see the end: a search of a whole library reads every file, and
// ReadAll's growing from 512 bytes cost a dozen reads and copies each.
func readAll(r io.Reader, hint int) ([]byte, error) {
	buf := make([]byte, 0, max(hint+1, 512))
	for {
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
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
