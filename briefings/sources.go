package briefings

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// MaxSourceFile bounds the size of a source file SourceFile reads (and the
// generator accepts), so that a stray binary cannot exhaust the memory of a
// server shared by many sessions.
const MaxSourceFile = 16 << 20

// Why a source's file cannot be read, for errors.Is on a SourceFile error.
var (
	// ErrNoPath: the source lists no path.
	ErrNoPath = errors.New("no path")
	// ErrSourceMissing: the path names no file.
	ErrSourceMissing = errors.New("file missing")
	// ErrOutside: the path is absolute, or leads (by "..", or a symbolic
	// link) out of the library; a shared server never reads it.
	ErrOutside = errors.New("outside the library")
	// ErrSourceIsBriefing: the path names a briefing of the library, which
	// has its own entry (and, on a server, its own access check).
	ErrSourceIsBriefing = errors.New("a briefing of the library, not a source")
	// ErrSourceTooLarge: the file is larger than MaxSourceFile.
	ErrSourceTooLarge = errors.New("too large")
)

// SourceError is why a source of a briefing cannot be read.
type SourceError struct {
	ID   string // the source's id, S1
	Path string // as the briefing gives it
	Err  error  // one of the Err* values above, or the I/O error
}

func (e *SourceError) Error() string {
	if e.Path == "" {
		return fmt.Sprintf("%s: %v", e.ID, e.Err)
	}
	return fmt.Sprintf("%s (%s): %v", e.ID, e.Path, e.Err)
}

func (e *SourceError) Unwrap() error { return e.Err }

// SourceFile reads the file of source src of the briefing at entryPath (an
// Entry.Path), confined to the library: for a directory library (OpenDir)
// the path is resolved inside the directory through an os.Root, so ".."
// and symbolic links that lead out of it are refused; for a file system
// (OpenFS, the shipped library) inside that file system; for files given
// one by one (OpenFiles) relative to the briefing file, as the format says,
// ".." included. An absolute path is refused everywhere: a briefing names
// its sources relative to itself. The error is a *SourceError.
func (l *Library) SourceFile(entryPath string, src Source) ([]byte, error) {
	fail := func(err error) ([]byte, error) {
		return nil, &SourceError{ID: src.ID, Path: src.Path, Err: err}
	}
	if !l.known(entryPath) {
		return nil, fmt.Errorf("%s: no such briefing in the library", entryPath)
	}
	p := strings.TrimSpace(src.Path)
	if p == "" {
		return fail(ErrNoPath)
	}
	if path.IsAbs(p) || filepath.IsAbs(p) || filepath.VolumeName(p) != "" {
		return fail(ErrOutside)
	}
	if l.files != nil {
		return readSourceAt(filepath.Join(filepath.Dir(l.files[entryPath]), filepath.FromSlash(p)), src)
	}
	rel := path.Clean(path.Join(path.Dir(entryPath), filepath.ToSlash(p)))
	if rel == ".." || strings.HasPrefix(rel, "../") || !fs.ValidPath(rel) {
		return fail(ErrOutside)
	}
	if l.known(rel) {
		return fail(ErrSourceIsBriefing)
	}
	var f io.ReadCloser
	var err error
	if l.dir != "" {
		var root *os.Root
		if root, err = os.OpenRoot(l.dir); err == nil {
			defer root.Close()
			f, err = root.Open(rel)
			if err != nil && !errors.Is(err, fs.ErrNotExist) {
				// os.Root refuses every absolute link, even one that leads
				// back inside; such a link is followed by its target's
				// place in the library, still through the root.
				inside, ok := resolveInside(l.dir, rel)
				if !ok {
					return fail(ErrOutside)
				}
				f, err = root.Open(inside)
			}
		}
	} else {
		f, err = l.fsys.Open(rel)
	}
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return fail(ErrSourceMissing)
		}
		return fail(errors.New(errMsg(err)))
	}
	defer f.Close()
	return readLimited(f, src)
}

// ReadSourceFile reads the file of source src of the briefing file
// briefingPath, relative to it (".." included: this is for a user's own
// files, as `brief lint --verify` reads them). An absolute path is refused,
// as in SourceFile. The error is a *SourceError.
func ReadSourceFile(briefingPath string, src Source) ([]byte, error) {
	p := strings.TrimSpace(src.Path)
	switch {
	case p == "":
		return nil, &SourceError{ID: src.ID, Path: src.Path, Err: ErrNoPath}
	case path.IsAbs(p) || filepath.IsAbs(p) || filepath.VolumeName(p) != "":
		return nil, &SourceError{ID: src.ID, Path: src.Path, Err: ErrOutside}
	}
	return readSourceAt(filepath.Join(filepath.Dir(briefingPath), filepath.FromSlash(p)), src)
}

func readSourceAt(name string, src Source) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			err = ErrSourceMissing
		} else {
			err = errors.New(errMsg(err))
		}
		return nil, &SourceError{ID: src.ID, Path: src.Path, Err: err}
	}
	defer f.Close()
	return readLimited(f, src)
}

func readLimited(f io.Reader, src Source) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(f, MaxSourceFile+1))
	if err != nil {
		return nil, &SourceError{ID: src.ID, Path: src.Path, Err: errors.New(errMsg(err))}
	}
	if len(data) > MaxSourceFile {
		return nil, &SourceError{ID: src.ID, Path: src.Path, Err: ErrSourceTooLarge}
	}
	return data, nil
}

// resolveInside returns where rel, inside dir, leads once symbolic links
// are followed, relative to dir; ok is false when that is outside dir.
func resolveInside(dir, rel string) (string, bool) {
	d, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return "", false
	}
	t, err := filepath.EvalSymlinks(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		return "", false
	}
	r, err := filepath.Rel(d, t)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) || filepath.IsAbs(r) {
		return "", false
	}
	return filepath.ToSlash(r), true
}

// known reports whether p is the Path of an entry of the library.
func (l *Library) known(p string) bool {
	for _, e := range l.entries {
		if e.Path == p {
			return true
		}
	}
	return false
}
