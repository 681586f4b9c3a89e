package search

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/internal/synth"
)

// writeLibrary writes n distinct synthetic briefings of about 20 KB (each
// of its own seed: no one text repeated), ten to a directory; one in a
// hundred mentions Sandworm.
func writeLibrary(b *testing.B, n int) (dir string, size int64) {
	b.Helper()
	dir = b.TempDir()
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("d%03d", i/10))
		if i%10 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				b.Fatal(err)
			}
		}
		sb := synth.Briefing(20<<10 + i)
		if i%100 == 0 {
			// A word one briefing in a hundred holds, as most searches
			// are for.
			sb.Summary = append(sb.Summary, briefings.Statement{Text: "The Sandworm group was seen again.", Cites: []string{"S1"}})
		}
		data := briefings.Write(sb)
		size += int64(len(data))
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("b%05d.md", i)), data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir, size
}

// BenchmarkSearchLibrary is brief grep's and the library search's engine
// over growing libraries: every briefing read, and parsed and matched
// where it may match: a word one briefing in a hundred holds (folded by
// smart case), a word every briefing holds, and a regexp.
func BenchmarkSearchLibrary(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			dir, size := writeLibrary(b, n)
			lib, err := briefings.OpenDir(dir)
			if err != nil {
				b.Fatal(err)
			}
			var paths []string
			for _, e := range lib.Entries() {
				paths = append(paths, e.Path)
			}
			for _, query := range []string{"sandworm", "Mandiant", "/sanction[s ]+\\w+/"} {
				q, err := Compile(query)
				if err != nil {
					b.Fatal(err)
				}
				b.Run(query, func(b *testing.B) {
					b.SetBytes(size)
					for b.Loop() {
						found := 0
						SearchLibrary(context.Background(), lib, paths, q, Options{}, func(_ int, h BriefingHits) bool {
							found += h.Matches
							return true
						})
						if found == 0 {
							b.Fatal("nothing found")
						}
					}
				})
			}
		})
	}
}
