package synth

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/brief-team/brief/briefings"
)

// WriteLibrary writes into dir a library of n distinct briefings of about
// 20 KB (each of its own seed: no one text repeated), ten to a directory;
// one in a hundred mentions Sandworm, as a word most searches are for is
// held by few briefings. Every file is dated a day back, as a library's
// briefings are written long before they are searched (a file changed
// within seconds is not kept by a search's cache). It returns the bytes
// written.
func WriteLibrary(dir string, n int) (size int64, err error) {
	old := time.Now().Add(-24 * time.Hour)
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("d%03d", i/10))
		if i%10 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return size, err
			}
		}
		b := Briefing(20<<10 + i)
		if i%100 == 0 {
			b.Summary = append(b.Summary, briefings.Statement{Text: "The Sandworm group was seen again.", Cites: []string{"S1"}})
		}
		data := briefings.Write(b)
		size += int64(len(data))
		path := filepath.Join(sub, fmt.Sprintf("b%05d.md", i))
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return size, err
		}
		if err := os.Chtimes(path, old, old); err != nil {
			return size, err
		}
	}
	return size, nil
}

// KeptLibrary is WriteLibrary into keep/library-N when keep is not ""
// (for measuring several programs on the same files): a library already
// complete there is used as it is.
func KeptLibrary(keep string, n int) (dir string, size int64, err error) {
	dir = filepath.Join(keep, fmt.Sprintf("library-%d", n))
	done := filepath.Join(dir, ".complete")
	if data, err := os.ReadFile(done); err == nil {
		_, err := fmt.Sscan(string(data), &size)
		return dir, size, err
	}
	if err := os.RemoveAll(dir); err != nil {
		return dir, 0, err
	}
	if size, err = WriteLibrary(dir, n); err != nil {
		return dir, size, err
	}
	return dir, size, os.WriteFile(done, []byte(fmt.Sprint(size)), 0o644)
}

// LibrarySizes is the library sizes a benchmark measures: def, or the
// sizes $BRIEF_BENCH_SIZES lists (space-separated), so that one size can
// be measured alone on a busy machine.
func LibrarySizes(def ...int) ([]int, error) {
	s := os.Getenv("BRIEF_BENCH_SIZES")
	if s == "" {
		return def, nil
	}
	var sizes []int
	for f := range strings.FieldsSeq(s) {
		n, err := strconv.Atoi(f)
		if err != nil {
			return nil, fmt.Errorf("BRIEF_BENCH_SIZES: %v", err)
		}
		sizes = append(sizes, n)
	}
	return sizes, nil
}

// BenchLibrary is the library of n briefings a benchmark measures: the one
// kept under $BRIEF_BENCH_DIR (KeptLibrary), so that several programs are
// measured on the same files, or else a new one written into tempDir().
func BenchLibrary(tempDir func() string, n int) (dir string, size int64, err error) {
	if keep := os.Getenv("BRIEF_BENCH_DIR"); keep != "" {
		return KeptLibrary(keep, n)
	}
	dir = tempDir()
	size, err = WriteLibrary(dir, n)
	return dir, size, err
}
