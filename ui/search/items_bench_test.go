package search

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/internal/synth"
)

// benchLibrary opens a library of n synthetic briefings of 20 KB
// (synth.WriteLibrary), or the one kept under $BRIEF_BENCH_DIR, with its
// briefings' paths and its size in bytes.
func benchLibrary(b *testing.B, n int) (lib *briefings.Library, paths []string, size int64) {
	b.Helper()
	dir, size, err := synth.BenchLibrary(b.TempDir, n)
	if err != nil {
		b.Fatal(err)
	}
	lib, err = briefings.OpenDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	return lib, entryPaths(lib), size
}

// BenchmarkSearchLibrary is brief grep's and the library search's engine
// over growing libraries: a word one briefing in a hundred holds (folded
// by smart case), a word every briefing holds, and a regexp, searched
//
//   - grep: without a cache, as brief grep does;
//   - first: into an empty cache, as the reader's first search does (both
//     parse only the briefings whose bytes may hold a match);
//   - disk: first, with every briefing's items in a DiskCache (written
//     before, not timed), as the reader's first search once any search
//     (or brief grep) has kept them;
//   - keep: ItemCache.Keep, which the reader runs after a search, parsing
//     and keeping every briefing; cache-MB is what the cache then holds,
//     heap-MB the heap it adds, measured after a GC;
//   - second: through the full cache, as every later search.
//
// first-ms is the time to the first briefing found (the reader shows
// results a block at a time). $BRIEF_BENCH_SIZES picks the sizes,
// $BRIEF_BENCH_DIR keeps the libraries (synth.KeptLibrary).
func BenchmarkSearchLibrary(b *testing.B) {
	sizes, err := synth.LibrarySizes(100, 1000, 10000)
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range sizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			lib, paths, size := benchLibrary(b, n)
			search := func(b *testing.B, q *Query, opts Options) {
				b.Helper()
				start := time.Now()
				var first time.Duration
				found := 0
				SearchLibrary(context.Background(), lib, paths, q, opts, func(_ int, h BriefingHits) bool {
					if found == 0 {
						first = time.Since(start)
					}
					found += h.Matches
					return true
				})
				if found == 0 {
					b.Fatal("nothing found")
				}
				b.ReportMetric(float64(first.Microseconds())/1000, "first-ms")
			}
			var warm *ItemCache
			var disk *DiskCache
			for _, mode := range []string{"grep", "first", "disk", "second"} {
				for _, query := range []string{"sandworm", "Mandiant", "/sanction[s ]+\\w+/"} {
					q, err := Compile(query)
					if err != nil {
						b.Fatal(err)
					}
					b.Run(mode+"/"+query, func(b *testing.B) {
						if mode == "second" && warm == nil {
							warm = NewItemCache(1 << 40)
							warm.Keep(context.Background(), lib, paths, nil)
						}
						if mode == "disk" && disk == nil {
							if disk = OpenDiskCache(filepath.Join(b.TempDir(), "cache")); disk == nil {
								b.Fatal("no disk cache")
							}
							NewItemCache(1<<40).Keep(context.Background(), lib, paths, disk)
						}
						b.SetBytes(size)
						for b.Loop() {
							switch mode {
							case "grep":
								search(b, q, Options{})
							case "first":
								search(b, q, Options{Cache: NewItemCache(1 << 40)})
							case "disk":
								search(b, q, Options{Cache: NewItemCache(1 << 40), Disk: disk})
							case "second":
								search(b, q, Options{Cache: warm})
							}
						}
					})
				}
				if mode == "first" {
					// What the reader does after a first search: keep
					// every briefing, and what that holds.
					b.Run("keep", func(b *testing.B) {
						for b.Loop() {
							warm = nil
							runtime.GC()
							var before, after runtime.MemStats
							runtime.ReadMemStats(&before)
							warm = NewItemCache(1 << 40)
							warm.Keep(context.Background(), lib, paths, nil)
							runtime.GC()
							runtime.ReadMemStats(&after)
							_, held := warm.Len()
							b.ReportMetric(float64(held)/(1<<20), "cache-MB")
							b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/(1<<20), "heap-MB")
						}
					})
					// What a server does as it starts: the same on one
					// CPU (ItemCache.Warm).
					b.Run("warm", func(b *testing.B) {
						for b.Loop() {
							NewItemCache(1<<40).Warm(context.Background(), lib, paths)
						}
					})
				}
			}
		})
	}
}

// BenchmarkKeptBriefing is the second search's work on one kept 20 KB
// briefing, without I/O: a word it lacks, a word it holds, a regexp.
func BenchmarkKeptBriefing(b *testing.B) {
	data := briefings.Write(synth.Briefing(20 << 10))
	pb, items, err := briefings.ParseItems("b.md", data)
	bi := newBriefingItems("b.md", pb, items, err)
	for _, query := range []string{"sandworm", "Mandiant", "/sanction[s ]+\\w+/"} {
		q := mustCompile(b, query)
		b.Run(query, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			n := 0
			for b.Loop() {
				n = bi.hits(BriefingHits{Path: "b.md"}, q, nil).Matches
			}
			b.ReportMetric(float64(n), "matches")
		})
	}
}

// BenchmarkMayMatch is brief grep's look at a file's bytes before any
// parsing, for a word the file lacks (the usual case: most briefings of a
// library do not hold what is searched for).
func BenchmarkMayMatch(b *testing.B) {
	var files [][]byte
	size := 0
	for i := range 100 {
		data := briefings.Write(synth.Briefing(20<<10 + i))
		files = append(files, data)
		size += len(data)
	}
	q := mustCompile(b, "sandworm")
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, f := range files {
			if q.MayMatch(f) {
				b.Fatal("a file without the word may match")
			}
		}
	}
}

// BenchmarkDiskCacheFill is the reader's background keeping of its
// library in the item cache (DiskCache.Fill, one CPU): empty, into a new
// cache (every briefing parsed and written); kept, over a cache that
// holds them all (each file read and its entry checked: what every launch
// after the first costs).
func BenchmarkDiskCacheFill(b *testing.B) {
	sizes, err := synth.LibrarySizes(1000, 10000)
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range sizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			lib, paths, size := benchLibrary(b, n)
			b.Run("empty", func(b *testing.B) {
				b.SetBytes(size)
				for b.Loop() {
					b.StopTimer()
					d := OpenDiskCache(filepath.Join(b.TempDir(), "cache"))
					b.StartTimer()
					if d.Fill(context.Background(), lib, paths) != n {
						b.Fatal("not every briefing parsed")
					}
				}
			})
			b.Run("kept", func(b *testing.B) {
				d := OpenDiskCache(filepath.Join(b.TempDir(), "cache"))
				d.Fill(context.Background(), lib, paths)
				b.SetBytes(size)
				for b.Loop() {
					if d.Fill(context.Background(), lib, paths) != 0 {
						b.Fatal("a kept briefing parsed again")
					}
				}
			})
		})
	}
}
