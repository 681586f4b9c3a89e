package ui

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2/ansi"
)

const (
	// renderBudget bounds the bytes of rendered lines kept for panes that are
	// not on screen (other widths, styles and briefings).
	renderBudget = 24 << 20
)

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
// the pane (policy contained, see crash.go). Once ctx is done (the reader
// left the briefing or ended) it renders nothing, or stops at the next
// block, and delivers the context's error.
func renderChunkCmd(ctx context.Context, key renderKey, index int, c chunk, last bool, style ansi.StyleConfig) tea.Cmd {
	return contain(func() tea.Msg {
		if err := ctx.Err(); err != nil {
			return chunkRenderedMsg{key: key, index: index, err: err}
		}
		lines, err := renderChunkFunc(ctx, c, key.width, style, index == 0, last)
		if ctx.Err() != nil {
			err = ctx.Err()
		}
		return chunkRenderedMsg{key: key, index: index, lines: lines, err: err}
	}, func(p *Crash) tea.Msg {
		return chunkRenderedMsg{key: key, index: index, err: fmt.Errorf("rendering failed: %s", p.Value)}
	})
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
		// Only the renderings from shows: of the Sources pane, that of
		// the sources read once they are (docPaneKey).
		if k.path == from.entry.Path && k.pane < len(from.titles) && k == docPaneKey(from, k.pane, k.width, k.style) && p.err == nil {
			keys = append(keys, k)
		}
	}
	for _, k := range keys {
		p := c.panes[k]
		if k.pane >= len(to.titles) || to.titles[k.pane] != from.titles[k.pane] {
			continue
		}
		c.carryTo(p, docPaneKey(to, k.pane, k.width, k.style), to.chunks[k.pane])
	}
}

// carryPane gives the renderings of one pane of a briefing at version
// from, the same pane at version to in chunks, the chunks they share: the
// Sources pane, once all its sources are read, keeps the rendering of the
// first ones.
func (c *renderCache) carryPane(path, from, to string, pane int, chunks []chunk) {
	var keys []renderKey
	for k, p := range c.panes {
		if k.path == path && k.version == from && k.pane == pane && p.err == nil {
			keys = append(keys, k)
		}
	}
	for _, k := range keys {
		nk := k
		nk.version = to
		c.carryTo(c.panes[k], nk, chunks)
	}
}

// carryTo gives the rendering nk of chunks the chunks it shares with p,
// unless nk is rendered already.
func (c *renderCache) carryTo(p *paneRender, nk renderKey, chunks []chunk) {
	if c.panes[nk] != nil {
		return
	}
	np := c.get(nk, chunks)
	np.used = p.used
	before := np.bytes
	for i := range min(len(p.chunks), len(np.chunks)) {
		// A chunk renders alike when its markdown is the same and it is
		// (or is not) the last one in both.
		if p.done[i] == nil || p.chunks[i] != np.chunks[i] || (i == len(p.chunks)-1) != (i == len(np.chunks)-1) {
			continue
		}
		np.insert(i, p.done[i])
	}
	c.bytes += np.bytes - before
}

// dropOthers forgets every rendering of a path at other versions.
func (c *renderCache) dropOthers(path, version string) {
	for k, p := range c.panes {
		if k.path == path && k.version != version && k.version != version+sourcesVersion && k.version != version+partVersion {
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

// dropPane forgets every rendering of one pane of a briefing version.
func (c *renderCache) dropPane(path, version string, pane int) {
	for k, p := range c.panes {
		if k.path == path && k.version == version && k.pane == pane {
			c.bytes -= p.bytes
			delete(c.panes, k)
		}
	}
}
