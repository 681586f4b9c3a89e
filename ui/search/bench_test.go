package search

import (
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// synthPanes builds four panes of rendered-looking lines whose visible text
// totals about size bytes. The lines mimic glamour's "dark" output at width
// 80: a two-cell margin, every run of words wrapped in its own 256-colour
// SGR pair, bold names and inline code, cites like [S12], block-quote bars,
// and the trailing padding glamour styles one space at a time.
func synthPanes(size int) [][]string {
	rng := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields("the of and to in a attack cyber grid operation network officials said " +
		"reported ministry government sources group campaign malware wiper intrusion access " +
		"infrastructure power outage systems analysts according statement attributed intelligence " +
		"service country agency data servers email phishing vulnerability exploited days weeks " +
		"Albania Iran Sandworm Ukraine Microsoft Reuters CISA Tirana Tehran café résumé naïve 東京 Ελλάδα")
	const width = 80
	panes := make([][]string, 4)
	per := size / 4
	for p := range panes {
		var lines []string
		text := 0
		for text < per {
			var line strings.Builder
			cells := 2
			line.WriteString("  ")
			quote := p == 3
			if quote {
				line.WriteString("\x1b[38;5;252m│ \x1b[m")
				cells += 2
			}
			line.WriteString("\x1b[38;5;252m")
			for cells < width-12 {
				w := words[rng.IntN(len(words))]
				switch rng.IntN(12) {
				case 0:
					line.WriteString("\x1b[m\x1b[38;5;252;1m" + w + "\x1b[m\x1b[38;5;252m")
				case 1:
					line.WriteString("\x1b[m\x1b[38;5;203;48;5;236m\u00a0" + w + "\u00a0\x1b[m\x1b[38;5;252m")
					cells += 2
				case 2:
					w = "[S" + string(rune('1'+rng.IntN(9))) + "]"
					line.WriteString(w)
				default:
					line.WriteString(w)
				}
				line.WriteByte(' ')
				cells += ansi.StringWidth(w) + 1
				text += len(w) + 1
			}
			line.WriteString("\x1b[m")
			for ; cells < width; cells++ {
				line.WriteString("\x1b[38;5;252m \x1b[m")
			}
			lines = append(lines, line.String())
			if rng.IntN(6) == 0 {
				lines = append(lines, strings.Repeat("\x1b[38;5;252m \x1b[m", width))
			}
		}
		panes[p] = lines
	}
	// One marker at the very end: finding it means scanning everything
	// (the anchor measurement runs less on the same text).
	last := len(panes) - 1
	panes[last] = append(panes[last], "  \x1b[38;5;252m│ \x1b[m\x1b[38;5;252m"+lessMarker+"\x1b[m")
	return panes
}

var (
	synthOnce  sync.Once
	synthLines [][]string
	synthBuilt []*Pane
)

// synth5MB returns the 5 MB synthetic briefing, rendered and prepared once.
func synth5MB(b *testing.B) ([][]string, []*Pane) {
	synthOnce.Do(func() {
		synthLines = synthPanes(5 << 20)
		names := []string{"Summary", "Actors", "Timeline", "Source quotes"}
		for i, l := range synthLines {
			synthBuilt = append(synthBuilt, NewPane(names[i], l))
		}
	})
	return synthLines, synthBuilt
}

// BenchmarkNewPane5MB is the one-off cost of preparing the rendered panes
// (done once per render, off the event loop, not per keystroke).
func BenchmarkNewPane5MB(b *testing.B) {
	lines, _ := synth5MB(b)
	raw := 0
	for _, p := range lines {
		for _, l := range p {
			raw += len(l) + 1
		}
	}
	b.SetBytes(int64(raw))
	for b.Loop() {
		for _, l := range lines {
			NewPane("p", l)
		}
	}
}

// BenchmarkSearch5MB is recomputing all matches in all panes after a
// keystroke (target: under 20 ms).
func BenchmarkSearch5MB(b *testing.B) {
	_, panes := synth5MB(b)
	for _, p := range panes {
		p.foldedText()         // built by the first insensitive search
		p.textFor(true, true)  // ... without diacritics
		p.textFor(false, true) // ... case-sensitive without diacritics
	}
	for _, q := range []string{"a", "at", "attack", "cyber attack", "Sandworm", "résumé", "zqxj", "zebrafinch omega", "attack of the zebrafinch", "/cyber.*attack/", "/S[0-9]+/"} {
		name := q
		if strings.HasPrefix(q, "/") {
			name = "re:" + strings.Trim(q, "/")
		}
		b.Run(name, func(b *testing.B) {
			c := mustCompile(b, q)
			var n int
			for b.Loop() {
				n = Search(panes, c).Len()
			}
			b.ReportMetric(float64(n), "matches")
		})
	}
}

// BenchmarkNext is "n": the next match from the last one of a pane, which
// switches pane, with its segments (target: under 2 ms).
func BenchmarkNext(b *testing.B) {
	_, panes := synth5MB(b)
	x := Search(panes, mustCompile(b, "sandworm"))
	last := x.Count(0) - 1 // last match of the first pane
	if last < 0 {
		b.Fatal("no matches")
	}
	for b.Loop() {
		k, _ := x.Next(last)
		m := x.Match(k)
		if m.Pane != 1 {
			b.Fatal("no pane switch")
		}
		k2, _ := x.After(Pos{Pane: 2, Line: 100})
		_ = x.Match(k2)
	}
}

// BenchmarkHighlightView is the extra View work for a screenful of 50 lines
// full of matches: finding each line's segments and overlaying them
// (target: under 1 ms).
func BenchmarkHighlightView(b *testing.B) {
	lines, panes := synth5MB(b)
	x := Search(panes, mustCompile(b, "a"))
	h := NewHighlighter(hlStyle, curStyle)
	top := len(lines[1]) / 2
	var segs []Segment
	for b.Loop() {
		for l := top; l < top+50; l++ {
			segs = x.Segments(segs[:0], 1, l)
			_ = h.Line(lines[1][l], segs, x.base[1]+7)
		}
	}
}

// BenchmarkFoldVariants5MB is building a pane's folded text, done once per
// rendering by the first search that needs it: case folding alone (a query
// with a diacritic) and case and diacritics (the usual query).
func BenchmarkFoldVariants5MB(b *testing.B) {
	_, panes := synth5MB(b)
	size := 0
	for _, p := range panes {
		size += len(p.text)
	}
	for _, v := range []struct {
		name        string
		fold, strip bool
	}{{"case", true, false}, {"case+diacritics", true, true}, {"diacritics", false, true}} {
		b.Run(v.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, p := range panes {
					foldText(p.text, v.fold, v.strip)
				}
			}
		})
	}
}
