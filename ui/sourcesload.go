package ui

import (
	"context"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/briefings/evidence"
)

// Reading a briefing's sources for the Sources pane and finding each
// item's evidence in them: the commands, their messages and what the
// Model does with them. The pane's layout is in sources.go.

// evidenceMsg delivers the sources of a briefing version, read and laid
// out: the Sources pane paints with them while the items' evidence is
// found (findCmd), which takes longer. key is evKey's.
type evidenceMsg struct {
	key string
	ev  *provEvidence
	b   *briefings.Briefing
	// lead: b is the lead of a big briefing, whose items are not all there
	// for findCmd.
	lead bool
}

// evKey names the sources read of a briefing version. A big briefing's
// lead and its whole share it: the sources are listed in the front matter,
// which the lead holds whole, so the Sources pane need not wait for the
// whole briefing to be parsed (sameSources checks it).
func evKey(d *loadedDoc) string {
	return d.entry.Path + "\x00" + strings.TrimSuffix(d.version, leadVersion)
}

// sameSources reports whether ev read the sources b lists: a lead and its
// whole are read from the file separately, which may change in between.
func sameSources(ev *provEvidence, b *briefings.Briefing) bool {
	if len(ev.rep.Sources) != len(b.Sources) {
		return false
	}
	for i, s := range ev.rep.Sources {
		if s.Source != b.Sources[i] {
			return false
		}
	}
	return true
}

// foundMsg delivers the evidence of every item of a briefing version and
// the mentions of its actors, for ev.
type foundMsg struct {
	ev       *provEvidence
	itemEv   [3][]*evidence.Item
	mentions [][][]evidence.Span
}

// sourcesPartMsg delivers the first sources of a briefing version, read
// and laid out with the rest still being read (rest): enough for the
// Sources pane's first screen, which must not wait for megabytes of
// sources to be read and laid out.
type sourcesPartMsg struct {
	key     string
	sources []briefings.Source
	chunks  []chunk
	rest    tea.Cmd
}

// partBytes is how much source text is read and laid out before the rest
// (sourcesPartMsg): a few screens.
var partBytes = 16 << 10

// evidenceCmd reads the sources of a briefing (as the generator read them)
// and lays the Sources pane out, off the event loop: first those that fill
// its first screens (sourcesPartMsg), then all of them (evidenceMsg). read
// is how this reader may read a source; nothing more is read once ctx is
// done (the reader has gone).
func evidenceCmd(ctx context.Context, d *loadedDoc, read func(string, briefings.Source) ([]byte, error)) tea.Cmd {
	path, key, b, lead := d.entry.Path, evKey(d), d.b, d.lead
	rd := func(s briefings.Source) ([]byte, error) { return read(path, s) }
	rep := &evidence.Report{Sources: make([]evidence.Source, len(b.Sources))}
	for i, s := range b.Sources {
		rep.Sources[i].Source = s
	}
	data := make([][]byte, len(b.Sources))
	// Each command reads its own sources, the part before the rest.
	readFrom := func(from, to int) {
		for i := from; i < to; i++ {
			rep.Sources[i], data[i] = readSource(b.Sources[i], rd)
		}
	}
	whole := func(from int) tea.Msg {
		if ctx.Err() != nil {
			return nil
		}
		readFrom(from, len(b.Sources))
		ev := newProvEvidence(rep)
		ev.data = data
		return evidenceMsg{key: key, ev: ev, b: b, lead: lead}
	}
	return guard(func() tea.Msg {
		if ctx.Err() != nil {
			return nil
		}
		n, text := 0, 0
		for n < len(b.Sources) && text < partBytes {
			readFrom(n, n+1)
			text += len(rep.Sources[n].Text)
			n++
		}
		if n == len(b.Sources) {
			return whole(n)
		}
		part := splitChunks(strings.Join(layOutSources(rep, n).blocks, "\n\n") + "\n")
		return sourcesPartMsg{key: key, sources: b.Sources, chunks: part, rest: guard(func() tea.Msg { return whole(n) })}
	})
}

// findCmd finds every item's evidence in the sources read, and every
// actor's mentions, off the event loop. b is a whole briefing, not a lead.
func findCmd(b *briefings.Briefing, ev *provEvidence, data [][]byte) tea.Cmd {
	return guard(func() tea.Msg {
		rep := evidence.Find(b, func(s briefings.Source) ([]byte, error) {
			for i, x := range ev.rep.Sources {
				if x.Source == s {
					if x.Err != nil {
						return nil, x.Err
					}
					return data[i], nil
				}
			}
			return nil, errSourceNotAvailable
		})
		msg := foundMsg{ev: ev, mentions: make([][][]evidence.Span, len(rep.Sources))}
		for i, s := range rep.Sources {
			if s.Err == nil && len(b.Actors) > 0 {
				msg.mentions[i] = evidence.Mentions(s.Text, b.Actors)
			}
		}
		for k := range rep.Items {
			it := &rep.Items[k]
			kind := int(it.Kind)
			for len(msg.itemEv[kind]) <= it.Index {
				msg.itemEv[kind] = append(msg.itemEv[kind], nil)
			}
			msg.itemEv[kind][it.Index] = it
		}
		return msg
	})
}

// gotFound attaches found evidence, and opens what enter asked for
// meanwhile.
func (m *Model) gotFound(msg foundMsg) tea.Cmd {
	ev := msg.ev
	if ev.found {
		return nil
	}
	ev.itemEv, ev.mentions, ev.found = msg.itemEv, msg.mentions, true
	ev.data = nil
	d := m.reader.doc
	if d == nil || d.prov == nil || d.prov.ev != ev {
		return nil
	}
	if o := m.opening; o != nil {
		m.opening = nil
		m.status = ""
		if o.kind < 0 {
			return m.openFocus(o.index)
		}
		return m.openEvidence(o.kind, o.index)
	}
	return nil
}

// sourceReader is how this reader reads a source: Options.ReadSource, or
// the library's SourceFile, confined to the library.
func (m *Model) sourceReader() func(string, briefings.Source) ([]byte, error) {
	if m.opts.ReadSource != nil {
		return m.opts.ReadSource
	}
	lib := m.lib
	return func(path string, s briefings.Source) ([]byte, error) {
		if lib == nil {
			return nil, errSourceNotAvailable
		}
		return lib.SourceFile(path, s)
	}
}

// wantEvidence starts reading the sources of the briefing being read (or
// of its lead), once per version; a version read already gets its Sources
// pane at once.
func (m *Model) wantEvidence() tea.Cmd {
	d := m.reader.doc
	if d == nil || d.prov == nil || d.prov.ev != nil {
		return nil
	}
	if m.cachedEvidence(d) {
		return m.pump()
	}
	key := evKey(d)
	if m.evReading == key {
		return nil
	}
	m.evReading = key
	return evidenceCmd(m.ctx, d, m.sourceReader())
}

// cachedEvidence gives d the sources read already for its version, if any,
// and reports whether it did.
func (m *Model) cachedEvidence(d *loadedDoc) bool {
	key := evKey(d)
	ev, ok := m.evCache[key]
	if !ok {
		return false
	}
	if !sameSources(ev, d.b) {
		delete(m.evCache, key) // the file changed between lead and whole
		return false
	}
	m.applyEvidence(d, ev)
	return true
}

// gotEvidence stores read evidence and shows it if its briefing is open.
// The evidence is found (findCmd) once the whole briefing is there: here
// for a briefing no longer open, in provAfter for the one open.
func (m *Model) gotEvidence(msg evidenceMsg) tea.Cmd {
	key := msg.key
	if m.evReading == key {
		m.evReading = ""
	}
	if m.evCache == nil {
		m.evCache = map[string]*provEvidence{}
	}
	// A few versions are kept (the last briefings read): sources can be
	// megabytes.
	if len(m.evCache) >= 3 {
		for k := range m.evCache {
			delete(m.evCache, k)
			break
		}
	}
	m.evCache[key] = msg.ev
	if d := m.reader.doc; d != nil && d.prov != nil && evKey(d) == key {
		if d.prov.ev == nil && !m.cachedEvidence(d) {
			return m.wantEvidence()
		}
		m.resolvePending()
		return m.pump()
	}
	var find tea.Cmd
	if !msg.lead {
		msg.ev.finding = true
		find = findCmd(msg.b, msg.ev, msg.ev.data)
	}
	return tea.Batch(find, m.wantEvidence())
}

// gotPart shows the first sources read in the Sources pane of the
// briefing they belong to, while the rest are read.
func (m *Model) gotPart(msg sourcesPartMsg) tea.Cmd {
	d := m.reader.doc
	if d == nil || d.prov == nil || d.prov.ev != nil || d.prov.part != nil || evKey(d) != msg.key || !slices.Equal(d.b.Sources, msg.sources) {
		return msg.rest
	}
	m.applyPart(d, msg.chunks)
	return tea.Batch(msg.rest, m.pump())
}

// applyPart gives doc's Sources pane its first sources read.
func (m *Model) applyPart(d *loadedDoc, part []chunk) {
	if sourcesPane >= len(d.chunks) {
		return
	}
	d.prov.part = part
	d.chunks[sourcesPane] = part
	m.cache.dropPane(d.entry.Path, d.version, sourcesPane)
}

// sourcesWaiting reports that the Sources pane is on screen and its
// sources are being read: the pane's first screen comes before the
// rendering of panes not on screen.
func (m *Model) sourcesWaiting() bool {
	d := m.reader.doc
	return d != nil && m.reader.active == sourcesPane && d.prov != nil && d.prov.ev == nil && m.evReading == evKey(d)
}

// applyEvidence gives doc its Sources pane. The doc is only touched from
// Update; renderings of the placeholder are dropped (their key is the
// same).
func (m *Model) applyEvidence(d *loadedDoc, ev *provEvidence) {
	if d.prov.ev != nil || sourcesPane >= len(d.chunks) {
		return
	}
	from := d.version + partVersion
	d.prov.ev = ev
	d.chunks[sourcesPane] = ev.chunks
	if d.prov.part != nil {
		// The chunks of the first sources read render alike: the
		// screen stays as it is, and so does the place in it.
		d.prov.part = nil
		m.cache.carryPane(d.entry.Path, from, d.version+sourcesVersion, sourcesPane, ev.chunks)
		m.cache.dropPane(d.entry.Path, from, sourcesPane)
		if sourcesPane < len(m.reader.pos) && m.reader.doc == d {
			m.reader.swapDoc(d) // clamps the place to the chunks
		}
		return
	}
	m.cache.dropPane(d.entry.Path, d.version, sourcesPane)
	if sourcesPane < len(m.reader.pos) && m.reader.doc == d {
		m.reader.pos[sourcesPane] = scrollPos{}
	}
}
