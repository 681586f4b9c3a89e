package ui

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/brief-team/brief/briefings"
)

// ReloadMsg tells a running reader that briefing files changed on disk
// (sent by main or the server through tea.Program.Send). Paths are the
// changed Entry paths; empty means anything may have changed.
type ReloadMsg struct{ Paths []string }

// loadedDoc is a briefing loaded for reading: its panes already cut into
// chunks (done in the load command, off the event loop). It is immutable.
type loadedDoc struct {
	entry   briefings.Entry
	version string
	b       *briefings.Briefing
	titles  []string
	chunks  [][]chunk
	// lead marks the beginning of a big briefing, parsed to paint its
	// first screen while the whole of it loads (see briefings.ParseLead).
	lead bool
	// prov maps items to their lines and, once the sources are read, holds
	// the Sources pane and the evidence (sources.go; set in Update).
	prov *provDoc
}

// open starts loading an entry, or switches to it at once when it is
// loaded already.
func (m *Model) open(e briefings.Entry) tea.Cmd {
	if m.opts.OnOpen != nil {
		m.opts.OnOpen(e.Path)
	}
	v := m.load.version(e)
	if d := m.load.cached(e, v); d != nil {
		m.load.drop()
		m.showDoc(d, false)
		return m.pump()
	}
	seq := m.load.start(e.Path)
	// A big briefing's lead paints the first screen while the whole loads.
	lead := loadLeadCmd(m.lib, e, v, seq)
	if m.load.prefetching == e.Path+"\x00"+v {
		// Being loaded already: open it when that load arrives rather
		// than parse it twice.
		m.load.awaitSeq = seq
		return lead
	}
	return tea.Batch(lead, loadBriefingCmd(m.lib, e, v, seq, false))
}

// showDoc switches to the reader on doc.
func (m *Model) showDoc(d *loadedDoc, keep bool) {
	if !d.lead {
		m.load.remember(d)
	}
	old := m.reader.doc
	sameFile := old != nil && old.entry.Path == d.entry.Path
	// The whole briefing replaces its lead where the reader is.
	keep = keep || (sameFile && old.lead && m.state == stateReader)
	if keep && sameFile {
		m.reader.swapDoc(d)
		if old.lead {
			// The lead's chunks begin the whole's: an offset into one
			// stays right as the chunk grows, so it must not be scaled.
			for i := range m.reader.pos {
				m.reader.pos[i].of = 0
			}
		}
		// The sources read for the lead are the whole's: the Sources
		// pane keeps its text and its renderings (carry).
		if !m.cachedEvidence(d) && old.prov != nil && old.prov.part != nil && d.prov != nil &&
			evKey(old) == evKey(d) && slices.Equal(old.b.Sources, d.b.Sources) {
			m.applyPart(d, old.prov.part)
		}
		m.cache.carry(old, d)
		m.cache.dropOthers(d.entry.Path, d.version)
	} else {
		m.reader = newReader(d, 0)
	}
	m.state = stateReader
}

// messages of the root model.
type (
	// briefingLoadedMsg carries a loaded (or failed) briefing.
	briefingLoadedMsg struct {
		seq    int
		doc    *loadedDoc
		err    error
		reload bool // a reload of the open briefing: keep pane and position
		// prefetch: loaded ahead of enter (see prefetch); only remembered.
		prefetch bool
		// lead: the beginning of the briefing, shown until the whole
		// arrives with the same seq.
		lead bool
	}
	// libraryReloadedMsg carries a re-opened library.
	libraryReloadedMsg struct {
		seq   int
		lib   *briefings.Library
		paths []string
		err   error
	}
)

// loadBriefingCmd loads and cuts a briefing into chunks off the event loop.
func loadBriefingCmd(lib *briefings.Library, e briefings.Entry, version string, seq int, reload bool) tea.Cmd {
	return contain(func() tea.Msg {
		b, err := lib.Load(e.Path)
		if err != nil {
			return briefingLoadedMsg{seq: seq, reload: reload, err: err}
		}
		return briefingLoadedMsg{seq: seq, doc: newLoadedDoc(e, version, b), reload: reload}
	}, func(c *Crash) tea.Msg {
		return briefingLoadedMsg{seq: seq, reload: reload, err: fmt.Errorf("%s: %s", e.Path, c.Value)}
	})
}

// leadBytes is how much of a big briefing's body is parsed for its first
// screen (about 5 ms) while the whole of it loads.
var leadBytes = 128 << 10

// leadVersion ends the version of a lead: its renderings are not the
// whole's.
const leadVersion = "~lead"

// loadLeadCmd parses the lead of a big briefing (see loadedDoc.lead); it
// delivers nothing for a briefing small enough to load at once.
func loadLeadCmd(lib *briefings.Library, e briefings.Entry, version string, seq int) tea.Cmd {
	return contain(func() tea.Msg {
		b, ok := lib.LoadLead(e.Path, leadBytes)
		if !ok {
			return nil
		}
		d := newLoadedDoc(e, version+leadVersion, b)
		d.lead = true
		return briefingLoadedMsg{seq: seq, doc: d, lead: true}
	}, func(*Crash) tea.Msg {
		return nil // the whole load reports what is wrong
	})
}

// newLoadedDoc cuts a briefing's panes into chunks for rendering.
func newLoadedDoc(e briefings.Entry, version string, b *briefings.Briefing) *loadedDoc {
	doc := &loadedDoc{entry: e, version: version, b: b}
	var items [4][][2]int // of the standard panes, which come first
	for i, p := range b.Panes() {
		if i < len(items) {
			items[i] = p.Items
		}
		if i == sourcesPane {
			doc.titles = append(doc.titles, SourcesPaneTitle)
			doc.chunks = append(doc.chunks, sourcesPlaceholder(b))
		}
		doc.titles = append(doc.titles, p.Title)
		doc.chunks = append(doc.chunks, splitChunks(paneMarkdown(p.Markdown)))
	}
	if len(doc.titles) == sourcesPane {
		doc.titles = append(doc.titles, SourcesPaneTitle)
		doc.chunks = append(doc.chunks, sourcesPlaceholder(b))
	}
	if len(doc.titles) > sourcesPane {
		doc.prov = newProvDoc(items, doc.chunks)
	}
	if len(doc.titles) == 0 { // never leave the reader without a pane
		doc.titles = []string{briefings.StandardPanes[0]}
		doc.chunks = [][]chunk{splitChunks(paneMarkdown(""))}
	}
	return doc
}

// prefetchDelay is how long the cursor rests on a briefing before it is
// loaded in the background, so that enter paints at once. Parsing a big
// briefing takes long (about 300 ms for 5 MB); most of it is done by the
// time a reader decides to open it.
var prefetchDelay = 150 * time.Millisecond

// prefetchMsg fires prefetchDelay after the selection last changed.
type prefetchMsg struct{ seq int }

// prefetch loads the selected briefing if the cursor is still on it.
func (m *Model) prefetch(msg prefetchMsg) tea.Cmd {
	if msg.seq != m.load.prefetchSeq || m.state != stateLibrary || m.lib == nil || m.load.path != "" {
		return nil
	}
	it, ok := m.list.SelectedItem().(entryItem)
	if !ok {
		return nil
	}
	e, ok := m.entry(it.e.Path)
	if !ok {
		return nil
	}
	v := m.load.version(e)
	if m.load.cached(e, v) != nil {
		return nil
	}
	cmd := loadBriefingCmd(m.lib, e, v, 0, false)
	m.load.prefetching = e.Path + "\x00" + v
	return func() tea.Msg {
		msg := cmd().(briefingLoadedMsg)
		msg.prefetch = true
		return msg
	}
}

// loaded takes a loaded briefing: the lead of the one being opened, a
// prefetch, a stale load (only remembered), or the briefing to show.
func (m *Model) loaded(msg briefingLoadedMsg) tea.Cmd {
	if msg.doc != nil && !m.allowed(briefings.EntryOf(msg.doc.entry.Path, msg.doc.b)) {
		// The grant is checked again on what the reader would show: the
		// file may have been re-marked since the library listed it.
		msg.err = fmt.Errorf("%s: not available", msg.doc.entry.Path)
		msg.doc = nil
	}
	if msg.lead {
		// Only while its load is still the current one and running.
		if m.load.opening(msg.seq) && msg.doc != nil {
			m.showDoc(msg.doc, false)
			return m.pump()
		}
		return nil
	}
	if msg.prefetch {
		m.load.prefetching = ""
		if msg.err == nil && m.load.fresh(msg.doc) {
			m.load.remember(msg.doc)
		}
		if m.load.awaitSeq != 0 && m.load.opening(m.load.awaitSeq) {
			// enter was pressed while this load ran.
			m.load.awaitSeq = 0
			if e, ok := m.entry(m.load.path); ok {
				return m.open(e)
			}
		}
		return nil
	}
	if msg.seq != m.load.seq {
		// Superseded; a whole briefing is still worth keeping for
		// when it is opened again.
		if !msg.reload && msg.err == nil && m.load.fresh(msg.doc) {
			m.load.remember(msg.doc)
		}
		return nil
	}
	m.load.path = ""
	if msg.err != nil && msg.reload && m.Reading() {
		m.keep(msg.err.Error())
		return nil
	}
	if msg.err != nil {
		m.setStatus(msg.err.Error(), true)
		if !msg.reload {
			m.direct = false
		}
		return nil
	}
	if msg.reload && m.Reading() && m.reader.doc.entry.Path == msg.doc.entry.Path {
		if why := shrunk(m.reader.doc.b, msg.doc.b); why != "" {
			m.keep(why)
			return nil
		}
	}
	m.kept = ""
	m.showDoc(msg.doc, msg.reload)
	return m.pump()
}

// reload re-reads the library after files changed on disk.
func (m *Model) reload(msg ReloadMsg) tea.Cmd {
	if m.opts.Reload == nil {
		return nil
	}
	if r := m.reading; r != nil {
		// The parts still to come read the files as they are now; a
		// file already read is read again once the last part is in.
		r.reloads = append(r.reloads, msg.Paths...)
		r.reloadAll = r.reloadAll || len(msg.Paths) == 0
		return nil
	}
	paths, seq := m.load.queue(msg.Paths)
	return reloadLibraryCmd(m.opts.Reload, m.lib, paths, seq)
}

// reloadLibraryCmd re-opens the library off the event loop.
func reloadLibraryCmd(reload func(*briefings.Library, []string) (*briefings.Library, error), from *briefings.Library, paths []string, seq int) tea.Cmd {
	return contain(func() tea.Msg {
		lib, err := reload(from, paths)
		return libraryReloadedMsg{seq: seq, lib: lib, paths: paths, err: err}
	}, func(c *Crash) tea.Msg {
		return libraryReloadedMsg{seq: seq, paths: paths, err: fmt.Errorf("reload: %s", c.Value)}
	})
}

// reloaded refreshes the list and, if the open briefing changed, reloads it
// keeping pane and position.
func (m *Model) reloaded(msg libraryReloadedMsg) tea.Cmd {
	if msg.seq != m.load.reloadSeq {
		return nil // a newer reload is on its way
	}
	if msg.err != nil {
		m.setStatus(msg.err.Error(), true)
		return nil
	}
	if msg.lib == nil {
		return nil
	}
	m.lib = msg.lib
	changed := func(p string) bool {
		if len(msg.paths) == 0 {
			return true
		}
		for _, q := range msg.paths {
			if samePath(p, q) {
				return true
			}
		}
		return false
	}
	m.load.forget(changed, m.reader.doc)

	var selected string
	if it, ok := m.list.SelectedItem().(entryItem); ok {
		selected = it.e.Path
	}
	cmds := []tea.Cmd{m.tagFilter(m.list.SetItems(m.items()))}
	for i, it := range m.list.Items() {
		if it.(entryItem).e.Path == selected {
			m.list.Select(i)
			break
		}
	}
	m.status = ""
	m.setProblemsStatus()

	if m.state == stateReader && m.reader.doc != nil {
		path := m.reader.doc.entry.Path
		e, ok := m.entry(path)
		switch {
		case !ok && m.problemFor(path) != "":
			// Malformed now (often a save in progress): keep reading the
			// last good version and say what is wrong.
			m.keep(m.problemFor(path))
		case !ok:
			m.state = stateLibrary
			m.reader = readerModel{}
			m.direct = false
			m.setStatus(path+" is no longer in the library", true)
		case changed(path):
			cmds = append(cmds, loadBriefingCmd(m.lib, e, m.load.version(e), m.load.reopen(), true))
		}
	}
	return tea.Batch(cmds...)
}

// keep notes that the briefing on screen stays although its file changed,
// and why.
func (m *Model) keep(why string) {
	m.kept = cleanText("file changed: kept last good version (" + why + ")")
}

// shrunk says why a reloaded briefing looks like a save in progress rather
// than an edit, or "": a pane that had items has none, an extra section is
// gone, or it has less than half the items and parts it could not read. A
// file is written front to back, so a half-written one loses its end.
func shrunk(old, cur *briefings.Briefing) string {
	if old == nil || cur == nil {
		return ""
	}
	was := []int{len(old.Summary), len(old.Actors), len(old.Timeline), len(old.Quotes), len(old.Sections)}
	now := []int{len(cur.Summary), len(cur.Actors), len(cur.Timeline), len(cur.Quotes), len(cur.Sections)}
	wasAll, nowAll := 0, 0
	lost := false
	for i := range was {
		wasAll += was[i]
		nowAll += now[i]
		if now[i] < was[i] && (now[i] == 0 || i == len(was)-1) {
			lost = true
		}
	}
	if lost || (2*nowAll < wasAll && len(cur.Unread) > 0) {
		return fmt.Sprintf("it has %d of %d items; reopen it to see it as it is", nowAll, wasAll)
	}
	return ""
}

// problemFor returns the library's problem with the file at path, or "".
func (m *Model) problemFor(path string) string {
	for _, p := range m.lib.Problems() {
		if samePath(p.File, path) {
			return p.Error()
		}
	}
	return ""
}

// samePath reports whether two paths name the same briefing: watchers may
// report paths absolute or relative where the library has them relative.
func samePath(a, b string) bool {
	a, b = filepath.ToSlash(filepath.Clean(a)), filepath.ToSlash(filepath.Clean(b))
	return a == b || strings.HasSuffix(a, "/"+b) || strings.HasSuffix(b, "/"+a)
}
