package ui

import (
	"errors"
	"sort"
	"strings"
	"unicode/utf8"

	xansi "github.com/charmbracelet/x/ansi"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/briefings/evidence"
	"github.com/brief-team/brief/briefings/sourcetext"
)

// The Sources pane follows the four standard panes: it shows each source's
// metadata and its text as the generator read it (sourcetext), so that an
// item's evidence can be shown in place. Its text is read off the event
// loop, once per briefing version (evidenceCmd); until then the pane shows
// the metadata and says the text is being read.

// SourcesPaneTitle is the title of the Sources pane.
const SourcesPaneTitle = "Sources"

// sourcesPane is the index of the Sources pane in a briefing's panes.
const sourcesPane = 4

// errSourceNotAvailable is what a session that may not learn why a source
// cannot be read (over SSH) is told.
var errSourceNotAvailable = errors.New("source not available")

// provEvidence is the read sources and the evidence of a briefing.
type provEvidence struct {
	rep *evidence.Report
	// paras[s] are the byte offsets of the paragraphs of source s's text,
	// blocks[s] their blocks in the Sources pane, head[s] the block of the
	// source's title.
	paras  [][]int
	blocks [][]blockRef
	head   []blockRef
	chunks []chunk
	// itemEv[kind][index] is the evidence of an item (see evidence.Item).
	itemEv [3][]*evidence.Item
	// mentions[s][a] are the mentions of actor a in source s's text, found
	// for every actor at once (findCmd), off the event loop, so that actor
	// focus is instant.
	mentions [][][]evidence.Span
	// found is set once itemEv and mentions are (foundMsg, in Update).
	found bool
	// data are the files as read, kept for findCmd until it has run.
	data [][]byte
	// finding is set once findCmd is started. It waits for the pane on
	// screen to be rendered whole (provAfter) and for the whole briefing
	// (not its lead): it takes every core for a second on megabytes of
	// sources, and the Sources pane's first screen must not wait for it.
	finding bool
}

// mdPunct are the characters escapeAll escapes: those with a meaning in
// markdown whose backslash escape glamour renders as the bare character
// (it shows the backslash of others, such as "\,", as it is).
const mdPunct = "!#()*+-.<>[\\]_`{|}"

// isMDPunct[c] reports whether the byte c is one of mdPunct.
var isMDPunct = func() (t [utf8.RuneSelf]bool) {
	for i := range len(mdPunct) {
		t[mdPunct[i]] = true
	}
	return t
}()

// escapeAll makes text literal in markdown: mdPunct is backslash-escaped,
// and line breaks within a paragraph become spaces, so that a source's text
// renders as it is, one paragraph one block. It copies runs of plain text
// whole: it lays out megabytes of sources before the Sources pane's first
// screen. A byte that is not UTF-8 becomes U+FFFD.
func escapeAll(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	done := 0 // s[:done] is written
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				b.WriteString(s[done:i])
				b.WriteRune(utf8.RuneError)
				done = i + 1
			}
			i += n
			continue
		}
		switch {
		case c == '\n' || c == '\r' || c == '\t':
			b.WriteString(s[done:i])
			b.WriteByte(' ')
			done = i + 1
		case isMDPunct[c]:
			b.WriteString(s[done:i])
			b.WriteByte('\\')
			b.WriteByte(c)
			done = i + 1
		}
		i++
	}
	b.WriteString(s[done:])
	return strings.TrimSpace(b.String())
}

// sourceMeta is the metadata line of a source: publisher and date.
func sourceMeta(s briefings.Source) string {
	var parts []string
	if s.Publisher != "" {
		parts = append(parts, s.Publisher)
	}
	if s.Published != "" {
		parts = append(parts, s.Published)
	}
	return strings.Join(parts, " · ")
}

// sourceHeading is a source's title block.
func sourceHeading(s briefings.Source) string {
	t := s.Title
	if strings.TrimSpace(t) == "" {
		t = "untitled"
	}
	return "**" + escapeAll(s.ID) + " · " + escapeAll(t) + "**"
}

// sourcesPlaceholder is the Sources pane before the sources are read.
func sourcesPlaceholder(b *briefings.Briefing) []chunk {
	rep := &evidence.Report{Sources: make([]evidence.Source, len(b.Sources))}
	for i, s := range b.Sources {
		rep.Sources[i].Source = s
	}
	return splitChunks(strings.Join(layOutSources(rep, 0).blocks, "\n\n") + "\n")
}

// whyNoText says why a source has no text.
func whyNoText(err error) string {
	var se *briefings.SourceError
	if errors.As(err, &se) {
		err = se.Err
	}
	return cleanText(err.Error())
}

// newProvEvidence is the Sources pane of a report in chunks, with the
// chunk and block where each source and each of its paragraphs begins.
func newProvEvidence(rep *evidence.Report) *provEvidence {
	pe := &provEvidence{rep: rep}
	pe.blocks = make([][]blockRef, len(rep.Sources))
	pe.head = make([]blockRef, len(rep.Sources))
	l := layOutSources(rep, len(rep.Sources))
	pe.paras = l.paras
	pe.chunks = splitChunks(strings.Join(l.blocks, "\n\n") + "\n")
	// Global block index → chunk and block within it.
	refs := make([]blockRef, 0, len(l.blocks))
	for c, ch := range pe.chunks {
		for n := range blockStarts(ch.md) {
			refs = append(refs, blockRef{c, n})
		}
	}
	at := func(g int) blockRef {
		if g < len(refs) {
			return refs[g]
		}
		return blockRef{-1, 0}
	}
	for i := range rep.Sources {
		pe.head[i] = at(l.headBlock[i])
		for _, g := range l.paraBlock[i] {
			pe.blocks[i] = append(pe.blocks[i], at(g))
		}
	}
	return pe
}

// sourcesLayout is the Sources pane as markdown blocks: per source, the
// block of its heading, and the block and text offset of each paragraph.
type sourcesLayout struct {
	blocks    []string
	headBlock []int
	paraBlock [][]int
	paras     [][]int
}

// layOutSources lays the Sources pane out from a report: metadata, then
// each paragraph of the source's text as one block. Sources from read on
// are not read yet: they say so.
func layOutSources(rep *evidence.Report, read int) sourcesLayout {
	l := sourcesLayout{
		headBlock: make([]int, len(rep.Sources)),
		paraBlock: make([][]int, len(rep.Sources)),
		paras:     make([][]int, len(rep.Sources)),
	}
	blocks := l.blocks
	for i, s := range rep.Sources {
		if i > 0 {
			blocks = append(blocks, "---")
		}
		l.headBlock[i] = len(blocks)
		blocks = append(blocks, sourceHeading(s.Source))
		if m := sourceMeta(s.Source); m != "" {
			blocks = append(blocks, escapeAll(m))
		}
		if s.URL != "" {
			blocks = append(blocks, escapeAll(s.URL))
		}
		if i >= read {
			blocks = append(blocks, "*Reading the source…*")
			continue
		}
		if s.Err != nil {
			blocks = append(blocks, "*No text: "+escapeAll(whyNoText(s.Err))+".*")
			continue
		}
		text := s.Text
		for off := 0; off < len(text); {
			end := strings.Index(text[off:], "\n\n")
			if end < 0 {
				end = len(text)
			} else {
				end += off
			}
			if p := escapeAll(text[off:end]); p != "" {
				l.paras[i] = append(l.paras[i], off)
				l.paraBlock[i] = append(l.paraBlock[i], len(blocks))
				blocks = append(blocks, p)
			}
			off = end
			for off < len(text) && text[off] == '\n' {
				off++
			}
		}
		if len(l.paras[i]) == 0 {
			blocks = append(blocks, "*The source's text is empty.*")
		}
	}
	if len(rep.Sources) == 0 {
		blocks = append(blocks, "*This briefing lists no sources.*")
	}
	l.blocks = blocks
	return l
}

// SourcesPane is the reader's Sources pane of b as a pane of markdown, for
// brief show: each source's metadata and text, read with read as the
// reader reads them (see ReadSources), or why there is none.
func SourcesPane(b *briefings.Briefing, read func(briefings.Source) ([]byte, error)) briefings.Pane {
	rep, _ := ReadSources(b, read)
	return briefings.Pane{Title: SourcesPaneTitle, Markdown: strings.Join(layOutSources(rep, len(rep.Sources)).blocks, "\n\n") + "\n"}
}

// ReadSources reads every source of b with read and extracts its text as
// the generator read it (sourcetext), keeping each source's bytes.
func ReadSources(b *briefings.Briefing, read func(briefings.Source) ([]byte, error)) (*evidence.Report, [][]byte) {
	rep := &evidence.Report{Sources: make([]evidence.Source, len(b.Sources))}
	data := make([][]byte, len(b.Sources))
	for i, s := range b.Sources {
		rep.Sources[i], data[i] = readSource(s, read)
	}
	return rep, data
}

// readSource reads one source with read and extracts its text.
func readSource(s briefings.Source, read func(briefings.Source) ([]byte, error)) (evidence.Source, []byte) {
	src := evidence.Source{Source: s}
	raw, err := read(s)
	if err != nil {
		src.Err = err
		return src, nil
	}
	doc, err := sourcetext.Read(s.Path, raw)
	src.Text, src.Err = doc.Text, err
	return src, raw
}

// paraOf returns the paragraph of source s holding byte off.
func (pe *provEvidence) paraOf(s, off int) int {
	ps := pe.paras[s]
	i := sort.SearchInts(ps, off+1) - 1
	return max(0, i)
}

// sourceIndex returns the index of the source with id, or -1.
func (pe *provEvidence) sourceIndex(id string) int {
	for i, s := range pe.rep.Sources {
		if s.ID == id {
			return i
		}
	}
	return -1
}

// spanCells maps the byte span [a, b) of a paragraph's text onto the cells
// of its rendered lines (lines[0] is the paragraph's first line, at line
// first of the pane): the text and the rendering hold the same characters
// but for whitespace. It returns one highlight per line.
func spanCells(para string, a, b int, lines []string, first int) []Highlight {
	type cell struct{ line, col int }
	var pos []cell // per non-space rune of the rendering
	var runes []rune
	for i, l := range lines {
		col := 0
		for _, r := range xansi.Strip(l) {
			w := max(0, xansi.StringWidth(string(r)))
			if r != ' ' {
				pos = append(pos, cell{i, col})
				runes = append(runes, r)
			}
			col += w
		}
	}
	var hs []Highlight
	k := 0
	cur := -1
	for off, r := range para {
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' {
			continue
		}
		// Find r in the rendering from k (glamour may add a hyphen when
		// it breaks a long word).
		j := k
		for j < len(runes) && j < k+4 && runes[j] != r {
			j++
		}
		if j >= len(runes) || runes[j] != r {
			continue
		}
		k = j + 1
		if off < a || off >= b {
			continue
		}
		c := pos[j]
		w := max(1, xansi.StringWidth(string(r)))
		if cur >= 0 && hs[cur].Line == first+c.line {
			hs[cur].End = c.col + w
			continue
		}
		hs = append(hs, Highlight{Line: first + c.line, Start: c.col, End: c.col + w})
		cur = len(hs) - 1
	}
	return hs
}
