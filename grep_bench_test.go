package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/brief-team/brief/internal/synth"
)

// BenchmarkGrepLibrary is brief grep as a script runs it: a fresh process
// over a library of 20 KB synthetic briefings (synth.WriteLibrary, or the
// one kept under $BRIEF_BENCH_DIR), for a word one briefing in a hundred
// holds, a word every briefing holds and a regexp, printing the count of
// each matching briefing (the output is not what is measured). The files
// are in the page cache, having just been written or read.
//
// nocache runs it with BRIEF_CACHE_DIR=off, parsing every briefing that
// may match; kept with the item cache that an untimed run before made (as
// every grep after the first over a library).
func BenchmarkGrepLibrary(b *testing.B) {
	bin := briefBinary(b)
	benchGrepModes(b, func(b *testing.B, cache string) func(b *testing.B, query, dir string) {
		return func(b *testing.B, query, dir string) {
			cmd := exec.Command(bin, "grep", "--count", query, dir)
			cmd.Env = append(os.Environ(), "BRIEF_CACHE_DIR="+cache)
			out, err := cmd.Output()
			if err != nil || len(out) == 0 {
				b.Fatalf("brief grep %s: %v\n%s", query, err, out)
			}
		}
	})
}

// BenchmarkGrepInProcess is BenchmarkGrepLibrary's brief grep run inside
// the test process, so that `go test -cpuprofile` sees its work (the
// library opened, every file looked at, the matching ones parsed or read
// from the item cache), in the same two modes.
func BenchmarkGrepInProcess(b *testing.B) {
	benchGrepModes(b, func(b *testing.B, cache string) func(b *testing.B, query, dir string) {
		b.Setenv("BRIEF_CACHE_DIR", cache)
		return func(b *testing.B, query, dir string) {
			out, stderr, err := run(b, "grep", "--count", query, dir)
			if err != nil || out == "" {
				b.Fatalf("brief grep %s: %v\n%s", query, err, stderr)
			}
		}
	})
}

// benchGrepModes runs benchGrep with the grep that grepWith makes for a
// cache directory: nocache with "off"; kept with a directory that an
// untimed grep of the same query fills first (a no-op after the first).
func benchGrepModes(b *testing.B, grepWith func(b *testing.B, cache string) func(b *testing.B, query, dir string)) {
	for _, mode := range []string{"nocache", "kept"} {
		b.Run(mode, func(b *testing.B) {
			cache := "off"
			if mode == "kept" {
				cache = filepath.Join(b.TempDir(), "cache")
			}
			grep := grepWith(b, cache)
			benchGrep(b, func(b *testing.B, query, dir string) {
				if mode == "kept" {
					b.StopTimer()
					grep(b, query, dir)
					b.StartTimer()
				}
				grep(b, query, dir)
			})
		})
	}
}

// benchGrep runs grep once per loop for each query over each library
// size, with the library's bytes as the benchmark's.
func benchGrep(b *testing.B, grep func(b *testing.B, query, dir string)) {
	sizes, err := synth.LibrarySizes(1000, 10000)
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range sizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			dir, size, err := synth.BenchLibrary(b.TempDir, n)
			if err != nil {
				b.Fatal(err)
			}
			for _, query := range []string{"sandworm", "Mandiant", "/sanction[s ]+\\w+/"} {
				b.Run(query, func(b *testing.B) {
					b.SetBytes(size)
					for b.Loop() {
						grep(b, query, dir)
					}
				})
			}
		})
	}
}
