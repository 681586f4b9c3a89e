package ui

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brief-team/brief/briefings"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2/ansi"
	xansi "github.com/charmbracelet/x/ansi"
)

// Glamour renders about 1 ms per KB, so a 1 MB pane takes a second. A pane is
// therefore split into chunks of whole top-level blocks (paragraphs, list
// items, quotes, code blocks), which render independently: the first chunk
// is small so that the first screen paints at once, and the rest follow in
// background commands.
var (
	firstChunkBytes = 3 << 10
	chunkBytes      = 8 << 10
)

const (
	// renderBudget bounds the bytes of rendered lines kept for panes that are
	// not on screen (other widths, styles and briefings).
	renderBudget = 24 << 20
)

// chunk is a run of whole top-level markdown blocks of one pane.
type chunk struct {
	md string
	// cont is set when the chunk continues the list the previous chunk ended
	// with, so it is joined without a blank line, as glamour would render
	// the list whole.
	cont bool
}

// splitChunks cuts markdown into chunks at top-level block boundaries: a
// blank line followed by an unindented line, or a new item of the current
// unindented list. Fenced code blocks are never cut.
func splitChunks(md string) []chunk {
	type block struct {
		start int
		cont  bool
	}
	var blocks []block
	fence := ""
	prevBlank := true
	listKind := ""
	for off := 0; off < len(md); {
		end := strings.IndexByte(md[off:], '\n')
		if end < 0 {
			end = len(md)
		} else {
			end += off + 1
		}
		line := md[off:end]
		trimmed := strings.TrimLeft(line, " ")
		if fence != "" {
			if strings.HasPrefix(trimmed, fence) && strings.TrimSpace(strings.TrimLeft(trimmed, fence[:1])) == "" {
				fence = ""
			}
			off = end
			continue
		}
		if strings.TrimSpace(line) == "" {
			prevBlank = true
			off = end
			continue
		}
		if line[0] != ' ' && line[0] != '\t' {
			kind := listItemKind(line)
			switch {
			case len(blocks) == 0:
				blocks = append(blocks, block{start: off})
				listKind = kind
			case prevBlank:
				blocks = append(blocks, block{start: off, cont: kind != "" && kind == listKind})
				listKind = kind
			case kind != "" && kind == listKind:
				blocks = append(blocks, block{start: off, cont: true})
			}
		}
		if f := fenceOf(trimmed); f != "" {
			fence = f
		} else if len(line) > maxLineBytes {
			// One paragraph on one huge line is rendered in pieces that
			// continue each other (no blank line between them), so that
			// no chunk is huge.
			for _, at := range lineCuts(md[off:end]) {
				blocks = append(blocks, block{start: off + at, cont: true})
			}
		}
		prevBlank = false
		off = end
	}
	if len(blocks) == 0 {
		return nil
	}
	blocks[0].start = 0
	var chunks []chunk
	limit := firstChunkBytes
	for i := 0; i < len(blocks); {
		j := i + 1
		for j < len(blocks) && blocks[j].start-blocks[i].start < limit {
			j++
		}
		end := len(md)
		if j < len(blocks) {
			end = blocks[j].start
		}
		chunks = append(chunks, chunk{md: md[blocks[i].start:end], cont: blocks[i].cont})
		limit = chunkBytes
		i = j
	}
	return chunks
}

// maxLineBytes is the longest line rendered as one piece. Glamour wraps a
// paragraph whole, in memory several times its size (a 50 MB line took
// 15 s and 1.86 GB); a piece of 32 KB takes about 30 ms.
var maxLineBytes = 32 << 10

// lineCuts returns where to cut a long line into pieces of about
// maxLineBytes: after a space and before a letter, so that no piece starts
// as a list item, a heading or a quote; else before any letter.
func lineCuts(line string) []int {
	var cuts []int
	for pos := 0; len(line)-pos > maxLineBytes+maxLineBytes/4; {
		at := -1
		from := pos + maxLineBytes
		for i := from; i < min(len(line), from+maxLineBytes/4); i++ {
			if line[i-1] == ' ' && isLetterAt(line, i) {
				at = i
				break
			}
		}
		for i := from; at < 0 && i < min(len(line), from+maxLineBytes/4); i++ {
			if utf8.RuneStart(line[i]) && isLetterAt(line, i) && !isLetterAt(line, i-1) {
				at = i
				break
			}
		}
		for i := from; at < 0 && i < min(len(line), from+maxLineBytes/4); i++ {
			if isLetterAt(line, i) {
				at = i
				break
			}
		}
		if at < 0 {
			break
		}
		cuts = append(cuts, at)
		pos = at
	}
	return cuts
}

// isLetterAt reports whether a letter starts at byte i of s.
func isLetterAt(s string, i int) bool {
	if i < 0 || i >= len(s) || !utf8.RuneStart(s[i]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// listItemKind returns the marker kind of an unindented list item line
// ("-", "*", "+", "." or ")"), or "" when the line is not one.
func listItemKind(line string) string {
	if len(line) >= 2 && strings.ContainsRune("-*+", rune(line[0])) && (line[1] == ' ' || line[1] == '\t') {
		if strings.Count(strings.TrimSpace(line), string(line[0])) >= 3 && strings.Trim(strings.TrimSpace(line), string(line[0])+" ") == "" {
			return "" // a thematic break such as "- - -"
		}
		return line[:1]
	}
	i := 0
	for i < len(line) && i < 9 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && (line[i+1] == ' ' || line[i+1] == '\t') {
		return line[i : i+1]
	}
	return ""
}

// fenceOf returns the fence a line opens ("```", "~~~~"...), or "".
func fenceOf(trimmed string) string {
	for _, c := range []byte{'`', '~'} {
		n := 0
		for n < len(trimmed) && trimmed[n] == c {
			n++
		}
		if n >= 3 {
			return trimmed[:n]
		}
	}
	return ""
}

// cleanMarkdown removes what could drive the terminal from text that is about
// to be rendered: C0 and C1 control characters (except newline), DEL and
// escape sequences. Tabs become spaces. briefings.Parse already sanitizes;
// this is the reader's own guarantee.
func cleanMarkdown(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 0x20 && c != '\n') || c == 0x7f || c == 0xc2 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\t':
			b.WriteString("    ")
		case r == '\n':
			b.WriteByte('\n')
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f, r == utf8.RuneError:
			// dropped
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// cleanText is cleanMarkdown for one-line chrome text (titles, tags).
func cleanText(s string) string {
	return strings.ReplaceAll(cleanMarkdown(s), "\n", " ")
}

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

// renderKey names one rendering of one pane. version changes whenever the
// briefing file is reloaded, so stale renderings are never reused.
type renderKey struct {
	path    string
	version string
	pane    int
	width   int
	style   string
}

// paneRender is the progressive rendering of one pane at one width and
// style: chunks arrive in any order and are spliced into lines.
type paneRender struct {
	key     renderKey
	chunks  []chunk
	done    [][]string // rendered lines per chunk; nil while pending
	busy    []bool     // a command is rendering the chunk
	starts  []int      // first line of each chunk in lines (pending chunks are empty)
	lines   []string   // the rendered lines of all chunks so far, in order
	nDone   int
	bytes   int
	used    uint64 // LRU stamp
	order   []int  // chunk indexes by priority
	nextPos int    // first entry of order that may still need work
	rev     uint64 // bumped on every change of lines
	err     error
}

func newPaneRender(key renderKey, chunks []chunk) *paneRender {
	p := &paneRender{
		key:    key,
		chunks: chunks,
		done:   make([][]string, len(chunks)),
		busy:   make([]bool, len(chunks)),
		starts: make([]int, len(chunks)+1),
	}
	p.prioritize(0)
	return p
}

// complete reports whether every chunk is rendered.
func (p *paneRender) complete() bool { return p.nDone == len(p.chunks) }

// prioritize orders the pending chunks so that chunk c and its neighbours
// render first (the screen the reader is looking at), then the rest from
// the top.
func (p *paneRender) prioritize(c int) {
	n := len(p.chunks)
	p.order = p.order[:0]
	seen := make([]bool, n)
	add := func(i int) {
		if i >= 0 && i < n && !seen[i] {
			seen[i] = true
			p.order = append(p.order, i)
		}
	}
	add(c)
	add(c + 1)
	add(c - 1)
	for i := range n {
		add(i)
	}
	p.nextPos = 0
}

// next returns the next chunk to render, or -1.
func (p *paneRender) next() int {
	for p.nextPos < len(p.order) {
		i := p.order[p.nextPos]
		if p.done[i] == nil && !p.busy[i] {
			return i
		}
		p.nextPos++
	}
	return -1
}

// insert splices the lines of chunk i in.
func (p *paneRender) insert(i int, lines []string) {
	if p.done[i] != nil {
		return
	}
	if lines == nil {
		lines = []string{}
	}
	p.done[i] = lines
	p.nDone++
	pos := p.starts[i]
	p.lines = slices.Insert(p.lines, pos, lines...)
	for j := i + 1; j < len(p.starts); j++ {
		p.starts[j] += len(lines)
	}
	for _, l := range lines {
		p.bytes += len(l) + 16
	}
	p.rev++
}

// chunkAt returns the chunk holding line y (for unrendered neighbours, the
// rendered chunk that starts at or before it).
func (p *paneRender) chunkAt(y int) int {
	if len(p.chunks) == 0 {
		return 0
	}
	// starts is non-decreasing; find the last chunk with a non-empty range
	// containing y.
	i, _ := slices.BinarySearch(p.starts[:len(p.chunks)], y+1)
	i--
	for i > 0 && len(p.done[i]) == 0 && p.starts[i] == p.starts[i-1] {
		i--
	}
	return max(0, i)
}

// chunkRenderedMsg delivers one rendered chunk.
type chunkRenderedMsg struct {
	key   renderKey
	index int
	lines []string
	err   error
}

// renderChunkCmd renders a chunk off the event loop. It captures only
// values, never the model. A panic inside glamour becomes an error shown in
// the pane instead of reaching the terminal. Once ctx is done (the reader
// left the briefing or ended) it renders nothing, or stops at the next
// block, and delivers the context's error.
func renderChunkCmd(ctx context.Context, key renderKey, index int, c chunk, last bool, style ansi.StyleConfig) tea.Cmd {
	return func() (msg tea.Msg) {
		if err := ctx.Err(); err != nil {
			return chunkRenderedMsg{key: key, index: index, err: err}
		}
		defer func() {
			if r := recover(); r != nil {
				msg = chunkRenderedMsg{key: key, index: index, err: fmt.Errorf("rendering failed: %v", r)}
			}
		}()
		lines, err := renderChunkFunc(ctx, c, key.width, style, index == 0, last)
		if ctx.Err() != nil {
			err = ctx.Err()
		}
		return chunkRenderedMsg{key: key, index: index, lines: lines, err: err}
	}
}

// renderCache holds the renderings of panes, bounded by renderBudget, and
// schedules their chunks on at most GOMAXPROCS-1 commands at a time. It is
// only touched from Update.
type renderCache struct {
	panes    map[renderKey]*paneRender
	clock    uint64
	inflight int
	workers  int
	bytes    int
	rev      uint64 // bumped on every delivered chunk
}

func newRenderCache() *renderCache {
	// One core stays free for the event loop and the terminal (or the SSH
	// server's other sessions): keys stay instant while panes render.
	return &renderCache{panes: map[renderKey]*paneRender{}, workers: max(1, runtime.GOMAXPROCS(0)-1)}
}

// get returns the rendering for key, creating it from chunks if needed.
func (c *renderCache) get(key renderKey, chunks []chunk) *paneRender {
	c.clock++
	p := c.panes[key]
	if p == nil {
		p = newPaneRender(key, chunks)
		c.panes[key] = p
	}
	p.used = c.clock
	return p
}

// peek returns the rendering for key without creating it.
func (c *renderCache) peek(key renderKey) *paneRender { return c.panes[key] }

// deliver stores a rendered chunk. It reports the pane it went into, or nil
// when the rendering was evicted meanwhile (a stale result).
func (c *renderCache) deliver(msg chunkRenderedMsg) *paneRender {
	c.inflight = max(0, c.inflight-1)
	p := c.panes[msg.key]
	if p == nil || msg.index < 0 || msg.index >= len(p.chunks) {
		return nil
	}
	p.busy[msg.index] = false
	if errors.Is(msg.err, context.Canceled) || errors.Is(msg.err, context.DeadlineExceeded) {
		// Stopped, not failed: the chunk renders again if it is needed
		// again.
		p.nextPos = 0
		return p
	}
	lines := msg.lines
	if msg.err != nil {
		p.err = msg.err
		lines = []string{"", "  " + cleanText(msg.err.Error())}
	}
	c.rev++
	before := p.bytes
	p.insert(msg.index, lines)
	c.bytes += p.bytes - before
	return p
}

// evict drops least recently used renderings, except those in keep, until
// the cache is within budget.
func (c *renderCache) evict(keep func(renderKey) bool) {
	for c.bytes > renderBudget {
		var victim *paneRender
		for k, p := range c.panes {
			if keep(k) {
				continue
			}
			if victim == nil || p.used < victim.used {
				victim = p
			}
		}
		if victim == nil {
			return
		}
		c.bytes -= victim.bytes
		delete(c.panes, victim.key)
	}
}

// carry gives the renderings of doc to, a new version of the same briefing
// (a reload, or the whole briefing after its lead), the chunks they share
// with from's renderings, so that only what changed is rendered again and
// the screen does not go blank meanwhile.
func (c *renderCache) carry(from, to *loadedDoc) {
	var keys []renderKey
	for k, p := range c.panes {
		if k.path == from.entry.Path && k.version == from.version && p.err == nil {
			keys = append(keys, k)
		}
	}
	for _, k := range keys {
		p := c.panes[k]
		if k.pane >= len(to.titles) || k.pane >= len(from.titles) || to.titles[k.pane] != from.titles[k.pane] {
			continue
		}
		nk := k
		nk.version = to.version
		if c.panes[nk] != nil {
			continue
		}
		np := c.get(nk, to.chunks[k.pane])
		np.used = p.used
		before := np.bytes
		for i := range min(len(p.chunks), len(np.chunks)) {
			// A chunk renders alike when its markdown is the same and it
			// is (or is not) the last one in both.
			if p.done[i] == nil || p.chunks[i] != np.chunks[i] || (i == len(p.chunks)-1) != (i == len(np.chunks)-1) {
				continue
			}
			np.insert(i, p.done[i])
		}
		c.bytes += np.bytes - before
	}
}

// dropVersion forgets every rendering of a path at other versions.
func (c *renderCache) dropOthers(path, version string) {
	for k, p := range c.panes {
		if k.path == path && k.version != version {
			c.bytes -= p.bytes
			delete(c.panes, k)
		}
	}
}

// schedule starts commands for the next chunks of the given renderings, in
// order of priority, while workers are free.
func (c *renderCache) schedule(ctx context.Context, style ansi.StyleConfig, panes ...*paneRender) tea.Cmd {
	var cmds []tea.Cmd
	for _, p := range panes {
		if p == nil {
			continue
		}
		for c.inflight < c.workers {
			i := p.next()
			if i < 0 {
				break
			}
			p.busy[i] = true
			c.inflight++
			cmds = append(cmds, renderChunkCmd(ctx, p.key, i, p.chunks[i], i == len(p.chunks)-1, style))
		}
	}
	return tea.Batch(cmds...)
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
	cuts, err := RenderMarkdownTo(&b, md, width, style, nil)
	if err != nil {
		return "", nil, err
	}
	return b.String(), cuts, nil
}

// RenderMarkdownTo is RenderMarkdown writing each line to w as soon as its
// chunk is rendered, through edit when it is not nil: the memory a pane
// of any size takes is a chunk's, not the whole pane's (a 50 MB line took
// 600 MB held whole).
func RenderMarkdownTo(w io.Writer, md string, width int, style string, edit func(string) string) ([]Cut, error) {
	if width < 20 {
		width = 20
	}
	st := NewStyles(style)
	chunks := splitChunks(paneMarkdown(md))
	var cuts []Cut
	bw := bufio.NewWriter(w)
	line := 1 // of the chunk's start in the pane (chunks cover it in order)
	for i, c := range chunks {
		lines, cut, err := safeRenderChunk(c, width, st.Markdown, i == 0, i == len(chunks)-1)
		if err != nil {
			return nil, err
		}
		if cut != nil {
			cuts = append(cuts, Cut{Line: line + cut.line - 1, Reason: cut.note()})
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
	return cuts, bw.Flush()
}

func safeRenderChunk(c chunk, width int, style ansi.StyleConfig, first, last bool) (lines []string, cut *nestingCut, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("rendering failed: %v", r)
		}
	}()
	return renderChunkCut(context.Background(), c, width, style, first, last)
}

// paneMarkdown is the markdown shown for a pane: its own, or a note that it
// is empty.
func paneMarkdown(md string) string {
	if strings.TrimSpace(md) == "" {
		return "*Nothing in this pane.*\n"
	}
	return md
}
