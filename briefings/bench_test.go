package briefings_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/internal/synth"
)

var sizes = []struct {
	name string
	n    int
}{{"1MB", 1 << 20}, {"5MB", 5 << 20}}

func BenchmarkParse(b *testing.B) {
	for _, s := range sizes {
		data := synth.Synthetic(s.n)
		b.Run(s.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := briefings.Parse("synth.md", data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkWrite(b *testing.B) {
	for _, s := range sizes {
		br := synth.Briefing(s.n)
		b.Run(s.name, func(b *testing.B) {
			b.SetBytes(int64(s.n))
			b.ReportAllocs()
			for b.Loop() {
				briefings.Write(br)
			}
		})
	}
}

func BenchmarkPanes(b *testing.B) {
	br := synth.Briefing(1 << 20)
	b.ReportAllocs()
	for b.Loop() {
		br.Panes()
	}
}

// BenchmarkOpenDir is library start-up: 50 briefings of 20 KB each, of
// which only the front matter is read (target: under 25 ms).
func BenchmarkOpenDir(b *testing.B) {
	dir := b.TempDir()
	for i := range 50 {
		sub := dir
		if i%5 == 0 {
			sub = filepath.Join(dir, fmt.Sprintf("dir%d", i))
		}
		if err := os.MkdirAll(sub, 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("b%02d.md", i)), synth.Synthetic(20<<10+i), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		l, err := briefings.OpenDir(dir)
		if err != nil || len(l.Entries()) != 50 {
			b.Fatal(err, len(l.Entries()))
		}
	}
}

// BenchmarkOpenShipped is start-up on the embedded library.
func BenchmarkOpenShipped(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := briefings.OpenFS(briefings.Shipped); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRefreshOne: one briefing changed in a library of n. Refresh
// reads that file again and keeps the rest; its cost should not grow
// with the library much beyond sorting the entries.
func BenchmarkRefreshOne(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			dir := b.TempDir()
			for i := range n {
				sub := filepath.Join(dir, fmt.Sprintf("d%03d", i/10))
				if err := os.MkdirAll(sub, 0o755); err != nil {
					b.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("b%05d.md", i)), synth.Synthetic(20<<10+i), 0o644); err != nil {
					b.Fatal(err)
				}
			}
			l, err := briefings.OpenDir(dir)
			if err != nil {
				b.Fatal(err)
			}
			changed := []string{"d000/b00005.md"}
			b.ResetTimer()
			for b.Loop() {
				r, err := l.Refresh(changed)
				if err != nil || len(r.Entries()) != n {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReadEvery is what a search of the whole library does to its
// files, without parsing: each briefing's key (Stat, as a cached search
// checks it) and its bytes with their key (ReadKeyed), over 1,000
// briefings of 20 KB. The files are in the page cache; what is measured
// is the system calls and copies per file.
func BenchmarkReadEvery(b *testing.B) {
	dir, _, err := synth.BenchLibrary(b.TempDir, 1000)
	if err != nil {
		b.Fatal(err)
	}
	l, err := briefings.OpenDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	es := l.Entries()
	b.ReportAllocs()
	for b.Loop() {
		for _, e := range es {
			if _, _, err := l.Stat(e.Path); err != nil {
				b.Fatal(err)
			}
			if _, _, _, err := l.ReadKeyed(e.Path); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(es)), "us/file")
}

// BenchmarkParseItems20KB is the parse a search makes of each briefing
// that may hold its word: a 20 KB synthetic briefing of the benchmark
// library (synth.WriteLibrary), parsed with its items listed. A search of
// a word every briefing holds makes 10,000 of them at 10,000 briefings.
func BenchmarkParseItems20KB(b *testing.B) {
	data := briefings.Write(synth.Briefing(20 << 10))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := briefings.ParseItems("b.md", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHeaderProblem20KB is what brief grep does to each file whose
// bytes cannot hold its word: its front matter read as the listing reads
// it, to report the files a Library would refuse (a 20 KB synthetic
// briefing of the benchmark library).
func BenchmarkHeaderProblem20KB(b *testing.B) {
	data := briefings.Write(synth.Briefing(20 << 10))
	b.ReportAllocs()
	for b.Loop() {
		if err := briefings.HeaderProblem("b.md", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse100kActors parses a hostile briefing of 100,000 one-line
// actors (about 9 MB) as Write emits them, varied: brief show of such a
// file spent most of its parse in goldmark's reading of the items.
func BenchmarkParse100kActors(b *testing.B) {
	data := briefings.Write(manyActors(100000))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := briefings.Parse("actors.md", data); err != nil {
			b.Fatal(err)
		}
	}
}

// manyActors is a briefing of n actors with varied names, types, roles,
// aliases and citations, the same for the same n.
func manyActors(n int) *briefings.Briefing {
	r := rand.New(rand.NewPCG(uint64(n), 0xac7))
	words := strings.Fields(`the a of and to in on for with by from ministry government agency
		embassy officials minister police border data report attack cyber network systems services
		talks sanctions accused denied confirmed announced channel security relations intelligence
		state-backed group infrastructure capital region Albania Iran Tirana Tehran NATO (unconfirmed) 60%`)
	given := strings.Fields("Ali Edi Besa Arta Dritan Ilir Mira Genc Luan Nora Omid Reza Sara Leila Hamid Parisa")
	family := strings.Fields("Hoxha Rama Berisha Meta Basha Kola Shehu Gashi Karimi Rahimi Mousavi Ahmadi Moradi")
	b := &briefings.Briefing{Title: fmt.Sprintf("%d actors", n), Date: "2022-09-08"}
	for i := range 5 {
		b.Sources = append(b.Sources, briefings.Source{ID: fmt.Sprintf("S%d", i+1), Title: fmt.Sprintf("Source %d", i+1)})
	}
	pick := func(ws []string) string { return ws[r.IntN(len(ws))] }
	b.Actors = make([]briefings.Actor, n)
	for i := range b.Actors {
		a := &b.Actors[i]
		a.Type = []string{briefings.ActorPerson, briefings.ActorOrganization, briefings.ActorCountry, briefings.ActorGroup}[r.IntN(4)]
		a.Name = fmt.Sprintf("%s %s %d", pick(given), pick(family), i)
		if a.Type != briefings.ActorPerson {
			a.Name = fmt.Sprintf("%s %s %d", pick(family), pick(words), i)
		}
		role := make([]string, 4+r.IntN(6))
		for k := range role {
			role[k] = pick(words)
		}
		a.Role = strings.Join(role, " ")
		if r.IntN(5) == 0 {
			a.Aliases = []string{pick(given) + " " + pick(family), pick(words)}
		}
		a.Cites = []string{fmt.Sprintf("S%d", 1+r.IntN(5))}
	}
	return b
}
