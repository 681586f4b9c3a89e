package ui

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2/ansi"
	xansi "github.com/charmbracelet/x/ansi"

	"github.com/brief-team/brief/briefings"
)

// wrapWidth is the glamour word-wrap width for a pane width: glamour's
// document margin takes two columns and one more keeps text off the edge.
func wrapWidth(width int) int { return max(10, width-1) }

// renderChunk renders one chunk with glamour and post-processes its lines:
// blank lines at both ends are dropped (chunks are joined with exactly one
// blank line between blocks), glamour's trailing padding is trimmed (it is
// most of the bytes), lines are cut to the pane width, and the lines are
// copied into one compact string so that the renderer's buffers can be
// freed.
func renderChunk(ctx context.Context, c chunk, width int, style ansi.StyleConfig, first, last bool) ([]string, error) {
	lines, _, err := renderChunkCut(ctx, c, width, style, first, last)
	return lines, err
}

// renderChunkCut is renderChunk, also reporting where nesting was cut.
func renderChunkCut(ctx context.Context, c chunk, width int, style ansi.StyleConfig, first, last bool) ([]string, *nestingCut, error) {
	out, cut, err := renderMarkdown(ctx, cleanMarkdown(c.md), width, style)
	if err != nil {
		return nil, nil, err
	}
	raw := strings.Split(out, "\n")
	for i := range raw {
		raw[i] = trimPadding(raw[i])
	}
	lo, hi := 0, len(raw)
	for lo < hi && raw[lo] == "" {
		lo++
	}
	for hi > lo && raw[hi-1] == "" {
		hi--
	}
	raw = raw[lo:hi]
	for i, l := range raw {
		if xansi.StringWidth(l) > width {
			raw[i] = xansi.Truncate(l, width, "")
		}
	}
	var b strings.Builder
	n := 0
	for _, l := range raw {
		n += len(l)
	}
	b.Grow(n)
	for _, l := range raw {
		b.WriteString(l)
	}
	compact := b.String()
	lines := make([]string, 0, len(raw)+2)
	if !c.cont || first {
		lines = append(lines, "")
	}
	off := 0
	for _, l := range raw {
		lines = append(lines, compact[off:off+len(l)])
		off += len(l)
	}
	if last {
		lines = append(lines, "")
	}
	return lines, cut, nil
}

// renderChunkFunc is renderChunk; tests replace it to check that a panic
// while rendering is contained.
var renderChunkFunc = renderChunk

// trimPadding removes the trailing spaces and SGR sequences glamour pads
// every line with, then closes any style left open.
func trimPadding(line string) string {
	end := len(line)
	for end > 0 {
		if line[end-1] == ' ' {
			end--
			continue
		}
		if line[end-1] == 'm' {
			i := strings.LastIndexByte(line[:end], 0x1b)
			if i >= 0 && i+1 < end && line[i+1] == '[' && isSGRParams(line[i+2:end-1]) {
				end = i
				continue
			}
		}
		break
	}
	out := line[:end]
	if strings.IndexByte(out, 0x1b) >= 0 {
		return out + "\x1b[m"
	}
	if strings.TrimSpace(out) == "" {
		return ""
	}
	return out
}

func isSGRParams(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && c != ';' && c != ':' {
			return false
		}
	}
	return true
}

// RenderPane renders one pane of a briefing as the reader shows it, for
// `brief show`. style is "dark", "light", "ascii" or "notty"; notty gives
// plain text with no escape sequences. Panes are numbered from 0 (Summary,
// Actors, Timeline, Source quotes, then extra sections).
func RenderPane(b *briefings.Briefing, pane int, width int, style string) (string, error) {
	s, _, err := RenderPaneCuts(b, pane, width, style)
	return s, err
}

// Cut is a place where a rendering shows less than the markdown holds (and
// says so in the pane): nesting too deep to render in bounded time, shown
// flat.
type Cut struct {
	// Line is the 1-based line in the pane's markdown (Pane.Markdown).
	Line int
	// Reason says what was cut, e.g. "nesting deeper than 16 levels shown
	// flat".
	Reason string
}

// RenderPaneCuts is RenderPane, also returning what the rendering cut.
func RenderPaneCuts(b *briefings.Briefing, pane int, width int, style string) (string, []Cut, error) {
	panes := b.Panes()
	if pane < 0 || pane >= len(panes) {
		return "", nil, fmt.Errorf("pane %d out of range: the briefing has %d panes", pane+1, len(panes))
	}
	return RenderMarkdown(panes[pane].Markdown, width, style)
}

// RenderMarkdown renders the markdown of one pane (Pane.Markdown) as
// RenderPaneCuts does. A caller printing many panes takes them from one
// Briefing.Panes: that builds every pane's markdown, so calling
// RenderPane for each of n panes costs n² (50,000 sections took minutes).
func RenderMarkdown(md string, width int, style string) (string, []Cut, error) {
	var b strings.Builder
	pr, err := RenderMarkdownTo(&b, md, width, style, nil, math.MaxInt)
	if err != nil {
		return "", nil, err
	}
	return b.String(), pr.Cuts, nil
}

// Printed is what RenderMarkdownTo printed of a pane.
type Printed struct {
	// Cuts are the places shown flat (see Cut).
	Cuts []Cut
	// Bytes is how much of the pane's markdown was rendered.
	Bytes int
	// Stop is the line of the pane's markdown where printing stopped at the
	// limit, 0 when the whole pane was printed.
	Stop int
}

// RenderMarkdownTo is RenderMarkdown writing each line to w as soon as its
// chunk is rendered, through edit when it is not nil: the memory a pane
// of any size takes is a chunk's, not the whole pane's (a 50 MB line took
// 600 MB held whole). It renders at most limit bytes of markdown, stopping
// before the first chunk that would pass it (math.MaxInt for no limit):
// rendering costs about a second per megabyte, so a caller that must end
// in bounded time sets one.
func RenderMarkdownTo(w io.Writer, md string, width int, style string, edit func(string) string, limit int) (Printed, error) {
	if width < 20 {
		width = 20
	}
	st := NewStyles(style)
	chunks := splitChunks(paneMarkdown(md))
	var pr Printed
	bw := bufio.NewWriter(w)
	line := 1 // of the chunk's start in the pane (chunks cover it in order)
	for i, c := range chunks {
		if len(c.md) > limit-pr.Bytes {
			pr.Stop = line
			break
		}
		pr.Bytes += len(c.md)
		lines, cut, err := safeRenderChunk(c, width, st.Markdown, i == 0, i == len(chunks)-1)
		if err != nil {
			return Printed{}, err
		}
		if cut != nil {
			pr.Cuts = append(pr.Cuts, Cut{Line: line + cut.line - 1, Reason: cut.note()})
		}
		line += strings.Count(c.md, "\n")
		for _, l := range lines {
			if st.Name == StyleNoTTY {
				l = xansi.Strip(l)
			}
			if edit != nil {
				l = edit(l)
			}
			bw.WriteString(l)
			bw.WriteByte('\n')
		}
	}
	return pr, bw.Flush()
}

// safeRenderChunk is renderChunkCut whose panic becomes the error (policy
// contained, see crash.go): brief show prints it rather than a stack.
func safeRenderChunk(c chunk, width int, style ansi.StyleConfig, first, last bool) (lines []string, cut *nestingCut, err error) {
	if p := recovered(func() {
		lines, cut, err = renderChunkCut(context.Background(), c, width, style, first, last)
	}); p != nil {
		return nil, nil, fmt.Errorf("rendering failed: %s", p.Value)
	}
	return lines, cut, err
}

// paneMarkdown is the markdown shown for a pane: its own, or the note that
// it is empty.
func paneMarkdown(md string) string {
	if strings.TrimSpace(md) == "" {
		return briefings.EmptyPane + "\n"
	}
	return md
}

// rendering returns the context of the renders of the briefing being read,
// starting one if there is none.
func (m *Model) rendering() context.Context {
	if m.renderCtx == nil || m.renderCtx.Err() != nil {
		m.renderCtx, m.renderCancel = context.WithCancel(m.ctx)
	}
	return m.renderCtx
}

// stopRenders ends the renders of the briefing being read (leaving it):
// chunks not rendered yet are rendered again if it is opened again.
func (m *Model) stopRenders() {
	if m.renderCancel != nil {
		m.renderCancel()
		m.renderCtx, m.renderCancel = nil, nil
	}
}

// activeRender returns the rendering of the active pane at the current
// width and style, creating it (and prioritising the chunk on screen).
func (m *Model) activeRender() *paneRender {
	if m.reader.doc == nil || m.width == 0 {
		return nil
	}
	i := m.reader.active
	k := m.reader.paneKey(i, m.textWidth(), m.styleName)
	p := m.cache.peek(k)
	if p == nil {
		p = m.cache.get(k, m.reader.doc.chunks[i])
	}
	// What the screen needs renders next, however the reader got there (G,
	// a reload carrying the pane over, a new width): less shows a file's
	// end at once too.
	if c := m.reader.pos[i].awaits(p); c >= 0 && !p.busy[c] && p.next() != c {
		p.prioritize(c)
	}
	return p
}

// pump schedules rendering: the visible pane first, then the other panes
// of the open briefing (search needs them all), at the current width and
// style.
func (m *Model) pump() tea.Cmd {
	if m.state != stateReader || m.reader.doc == nil || m.width == 0 || m.tooSmall() || m.ctx.Err() != nil {
		return nil
	}
	active := m.activeRender()
	ctx := m.rendering()
	cmd := m.cache.schedule(ctx, m.styles.Markdown, active)
	// The Sources pane waiting for its sources counts as not rendered: its
	// first screen must not share the cores with panes not on screen.
	if active.complete() && !m.sourcesWaiting() && m.cache.inflight < m.cache.workers {
		var rest []*paneRender
		for i := range m.reader.doc.titles {
			if i != m.reader.active {
				k := m.reader.paneKey(i, m.textWidth(), m.styleName)
				p := m.cache.get(k, m.reader.doc.chunks[i])
				if p.nDone == 0 && !p.busy[0] {
					if pos := m.reader.pos[i]; pos.chunk > 0 {
						p.prioritize(pos.chunk)
					}
				}
				rest = append(rest, p)
			}
		}
		cmd = tea.Batch(cmd, m.cache.schedule(ctx, m.styles.Markdown, rest...))
	}
	m.cache.evict(func(k renderKey) bool {
		return m.reader.doc != nil && k.path == m.reader.doc.entry.Path && k.version == m.reader.doc.version &&
			k.width == m.textWidth() && k.style == m.styleName
	})
	return cmd
}
