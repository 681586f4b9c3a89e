package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/brief-team/brief/briefings"
	bsynth "github.com/brief-team/brief/internal/synth"
)

// provBench is a synthetic briefing of about size bytes whose sources are
// size bytes of real articles (64 KB each; see synth.WithSources), with
// summary sentences, timeline entries and quotes taken from them and at
// least actors actors.
func provBench(tb testing.TB, size, actors int) *briefings.Library {
	texts, err := bsynth.RealTexts("..")
	if err != nil {
		tb.Fatal(err)
	}
	b, srcs := bsynth.BriefingWithSources(size, texts)
	files := fstest.MapFS{}
	for path, data := range srcs {
		files[path] = &fstest.MapFile{Data: data}
	}
	for i := 0; len(b.Actors) < actors; i++ {
		b.Actors = append(b.Actors, briefings.Actor{Name: fmt.Sprintf("Actor Number%d", i), Type: briefings.ActorPerson, Aliases: []string{fmt.Sprintf("Number%d", i)}, Cites: []string{"S1"}})
	}
	files["b0.md"] = &fstest.MapFile{Data: briefings.Write(b), ModTime: time.Unix(1700000000, 0)}
	lib, err := briefings.OpenFS(files)
	if err != nil {
		tb.Fatal(err)
	}
	return lib
}

// openProv opens the bench briefing at 120x40 with its sources read.
func openProv(b *testing.B, lib *briefings.Library) *Model {
	m := newTestModel(b, Options{Library: lib}, 120, 40)
	press(m, "enter")
	if !m.Reading() || m.reader.doc.prov == nil {
		b.Fatal("not open")
	}
	if m.reader.doc.prov.ev == nil {
		exec(m, evidenceCmd(context.Background(), m.reader.doc, m.sourceReader()))
	}
	if ev := m.reader.doc.prov.ev; ev == nil || !ev.found {
		b.Fatal("no evidence")
	}
	return m
}

// BenchmarkSourcesFirstPaint is what the Sources pane costs before its
// first screen: reading its first sources and laying the pane out
// (evidenceCmd, off the event loop), then rendering its first chunk.
// Reading and laying out all of them follows (all), then finding every
// item's evidence (find, findCmd), in the background.
func BenchmarkSourcesFirstPaint(b *testing.B) {
	for _, size := range []int{1 << 20, 5 << 20} {
		lib := provBench(b, size, 0)
		m := openProv(b, lib)
		d := m.reader.doc
		read := m.sourceReader()
		var msg evidenceMsg
		b.Run(fmt.Sprintf("%dMB", size>>20), func(b *testing.B) {
			for b.Loop() {
				var chunks []chunk
				switch first := evidenceCmd(context.Background(), d, read)().(type) {
				case sourcesPartMsg:
					chunks = first.chunks
				case evidenceMsg:
					chunks = first.ev.chunks
				}
				if _, err := renderChunk(context.Background(), chunks[0], 120, m.styles.Markdown, true, len(chunks) == 1); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("all/%dMB", size>>20), func(b *testing.B) {
			for b.Loop() {
				first := evidenceCmd(context.Background(), d, read)()
				if part, ok := first.(sourcesPartMsg); ok {
					first = part.rest()
				}
				msg = first.(evidenceMsg)
			}
		})
		b.Run(fmt.Sprintf("find/%dMB", size>>20), func(b *testing.B) {
			for b.Loop() {
				if f, ok := findCmd(msg.b, msg.ev, msg.ev.data)().(foundMsg); !ok || len(f.itemEv[0]) == 0 {
					b.Fatal("nothing found")
				}
			}
		})
	}
}

// step delivers a key and the messages of the commands it returns, one
// level deep: the key's own work (rendering what it shows first), not the
// background rendering that follows.
func step(m *Model, k string) {
	_, cmd := m.Update(keyMsg(k))
	for _, msg := range collectMsgs(cmd) {
		m.Update(msg)
	}
}

// BenchmarkEvidenceKey is enter on a timeline entry deep in a 5 MB
// briefing with 5 MB of sources, the Sources pane rendered where it
// leads: the key, the jump and the screen drawn; then back.
func BenchmarkEvidenceKey(b *testing.B) {
	m := openProv(b, provBench(b, 5<<20, 0))
	press(m, "3", "G")
	press(m, "enter") // renders the chunk it leads to
	if m.jump == nil || len(m.jump.hs) == 0 {
		b.Fatalf("no evidence shown: %s", footer(m))
	}
	press(m, "backspace")
	for b.Loop() {
		step(m, "enter")
		if !strings.Contains(m.View().Content, m.mark()) {
			b.Fatal("the evidence is not on screen")
		}
		step(m, "backspace")
	}
	if m.ActivePane() != 2 {
		b.Fatal("back did not return")
	}
}

// BenchmarkActorFocus is enter on an actor of a briefing with 5,000
// actors (5 MB, 5 MB of sources): the focus built, its first screen
// rendered and drawn.
func BenchmarkActorFocus(b *testing.B) {
	m := openProv(b, provBench(b, 5<<20, 5000))
	press(m, "2", "G")
	for b.Loop() {
		step(m, "enter")
		if !strings.Contains(m.View().Content, "Mentions per source") {
			b.Fatalf("the focus is not on screen:\n%s", plain(m))
		}
		step(m, "backspace")
	}
	if len(m.reader.doc.b.Actors) < 5000 {
		b.Fatal("too few actors")
	}
}
