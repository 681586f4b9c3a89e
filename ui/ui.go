// Package ui is brief's Bubble Tea reader: a library list of briefings and a
// reader with one pane per section (Summary, Actors, Timeline, Source quotes
// and any extra sections), rendered with glamour off the event loop.
//
// Keys follow glow and less. When a briefing is opened straight from the
// command line (brief FILE, Options.Open), q quits as in glow FILE and less;
// esc and backspace still show the library. Otherwise q goes back from a
// briefing to the library and quits from the library; ctrl+c quits anywhere.
package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	xansi "github.com/charmbracelet/x/ansi"

	"github.com/brief-team/brief/briefings"
)

// Smallest window the reader lays out; below it, it says so.
const (
	MinWidth  = 40
	MinHeight = 12
)

// Options configure a reader. A zero Options with a Library is valid.
type Options struct {
	// Library is the briefings to list.
	Library *briefings.Library
	// Open is an Entry.Path to open straight away (brief FILE).
	Open string
	// Allow is an access grant: entries it rejects are neither listed nor
	// opened. nil allows all (the SSH server sets it per session).
	Allow func(briefings.Entry) bool
	// Style is "" to detect dark or light from the terminal's background, or
	// "dark", "light", "ascii" or "notty" to force one.
	Style string
	// Reload returns the library after the files at paths (Entry.Path
	// form; nil: any file) changed, given the library the reader has;
	// nil disables reloading. briefings.(*Library).Refresh is one.
	Reload func(from *briefings.Library, paths []string) (*briefings.Library, error)
	// OnOpen, if set, is called with the Entry.Path of each briefing the
	// user opens (the SSH server logs it). It runs on the event loop, so it
	// must be quick.
	OnOpen func(path string)
	// Width is the widest the panes' text is wrapped at, as glow's
	// --width: 0 for DefaultWidth, a negative value for the full window.
	// A narrower window wins; the header and footer use the whole window.
	Width int
	// HideProblems keeps the library's unreadable files out of the footer:
	// a session whose grant is limited must not learn the names of files
	// outside it (the SSH server logs them instead).
	HideProblems bool
	// Redact, if set, rewrites every status line before it is shown (the
	// SSH server turns its own paths into library-relative ones).
	Redact func(string) string
	// Context, if set, ends the reader's background work (rendering) when
	// it is done: the SSH server passes the session's. The reader also
	// stops its work when it quits and on Close.
	Context context.Context
	// ReadSource, if set, reads the file of a source of the briefing at
	// entryPath; nil reads it with Library.SourceFile (confined to the
	// library). The SSH server sets it so that a session learns nothing of
	// a source it may not read.
	ReadSource func(entryPath string, src briefings.Source) ([]byte, error)
}

// Crash is a panic the reader caught in its own code.
type Crash struct {
	Value string // what was panicked with
	Stack []byte // where
}

// newCrash records a recovered panic value and where it happened.
func newCrash(r any) *Crash { return &Crash{Value: fmt.Sprint(r), Stack: debug.Stack()} }

// Error implements error.
func (c *Crash) Error() string { return "internal error: " + c.Value }

// crashMsg carries a panic caught in a command.
type crashMsg struct{ c *Crash }

// guard runs a command's work, turning a panic into a crashMsg so that
// Bubble Tea never prints a stack trace on the analyst's screen.
func guard(f func() tea.Msg) tea.Cmd {
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = crashMsg{newCrash(r)}
			}
		}()
		return f()
	}
}

// crashNote is all a crashed reader draws until its next message quits it.
const crashNote = "brief hit an internal error; press any key to quit."

// crashView stays on the alternate screen, so the note leaves with the
// reader instead of staying in the shell's scrollback beside the one-line
// error the caller prints.
func crashView() tea.View {
	v := tea.NewView(crashNote)
	v.AltScreen = true
	return v
}

// Crashed returns the panic that ended the reader, or nil. A crashed reader
// quits at once and draws nothing more; its caller says what happened.
func (m *Model) Crashed() *Crash { return m.crash }

// ReloadMsg tells a running reader that briefing files changed on disk
// (sent by main or the server through tea.Program.Send). Paths are the
// changed Entry paths; empty means anything may have changed.
type ReloadMsg struct{ Paths []string }

type state int

const (
	stateLibrary state = iota
	stateReader
)

// Model is the root model: the library list and the reader. Create one per
// program (and per SSH session) with New.
type Model struct {
	// crash is a panic caught in Update or View (see Crash).
	crash  *Crash
	opts   Options
	lib    *briefings.Library
	state  state
	width  int
	height int

	styleName string // effective style
	detect    bool   // Style "" : follow the terminal's background
	// profile is the terminal's colour profile (tea.ColorProfileMsg): the
	// styles adapt to a terminal without colour or attributes.
	profile colorprofile.Profile
	styles  Styles
	keys    KeyMap
	help    help.Model

	list   list.Model
	reader readerModel
	cache  *renderCache
	// ctx ends with the model (Close, quit, Options.Context); renderCtx
	// with the briefing being read: renders take it, so that none
	// outlives its reader (see stopRenders).
	ctx          context.Context
	cancel       context.CancelFunc
	renderCtx    context.Context
	renderCancel context.CancelFunc
	docs         []*loadedDoc // recently loaded briefings, newest last

	// direct is set while reading the briefing given by Options.Open: q quits.
	direct bool
	// loading is the path being loaded; loadSeq rejects stale loads.
	loading string
	loadSeq int
	// reloadGen counts reloads per path; it is part of a rendering's version.
	reloadGen map[string]int
	// reloadSeq rejects all but the latest library reload; pendingPaths
	// (pendingAll: every path) collects what changed since the last one
	// applied.
	reloadSeq    int
	pendingPaths []string
	pendingAll   bool
	// openPending holds Options.Open until Init.
	openPending string
	// prefetchSeq identifies the latest selection change (see prefetch).
	prefetchSeq int
	// prefetching is the path and version being prefetched; awaitSeq is
	// the loadSeq of an open waiting for that prefetch.
	prefetching string
	awaitSeq    int

	status    string
	statusErr bool
	// kept is set while the open briefing's file reads as much less than
	// the version on screen (a save in progress): that version stays,
	// and this note stays in the footer until a complete one arrives.
	kept string

	// search is the in-briefing search (search.go).
	search searchState
	// ls is the search across the library (libsearch.go).
	ls libSearch
	// provenance: the current item, evidence and going back (evidence.go).
	provState
}

// New returns a reader for opts. It does no I/O: loading and rendering run
// in commands.
func New(opts Options) *Model {
	m := &Model{
		opts:        opts,
		lib:         opts.Library,
		keys:        DefaultKeyMap(),
		help:        help.New(),
		cache:       newRenderCache(),
		reloadGen:   map[string]int{},
		openPending: opts.Open,
	}
	switch opts.Style {
	case StyleDark, StyleLight, StyleASCII, StyleNoTTY:
		m.styleName = opts.Style
	default:
		// Paint at once in dark and switch if the terminal answers that its
		// background is light: a terminal that answers no queries must not
		// stall the reader.
		m.styleName = StyleDark
		m.detect = true
	}
	m.styles = NewStyles(m.styleName)
	m.help.Styles = m.styles.Help
	parent := opts.Context
	if parent == nil {
		parent = context.Background()
	}
	m.ctx, m.cancel = context.WithCancel(parent)
	m.list = newList(m.items(), m.styles, m.keys)
	m.direct = opts.Open != ""
	m.setProblemsStatus()
	return m
}

// Close stops the reader's background work: renders still queued or
// running end at their next block. Call it when the program that ran the
// model has ended (the SSH server does, when a session ends); quitting
// does it too.
func (m *Model) Close() { m.cancel() }

// quit stops the background work and quits the program.
func (m *Model) quit() tea.Cmd {
	m.cancel()
	return tea.Quit
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

// Init implements tea.Model.
func (m *Model) Init() tea.Cmd {
	var cmds []tea.Cmd
	if m.detect {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	// brief FILE: start loading at once; rendering waits for the size.
	if path := m.openPending; path != "" {
		m.openPending = ""
		if e, ok := m.entry(path); ok {
			cmds = append(cmds, m.open(e))
		} else {
			m.direct = false
			m.setStatus(path+": no such briefing", true)
		}
	} else {
		cmds = append(cmds, m.prefetchLater())
	}
	return tea.Batch(cmds...)
}

// prefetchDelay is how long the cursor rests on a briefing before it is
// loaded in the background, so that enter paints at once. Parsing a big
// briefing takes long (about 300 ms for 5 MB); most of it is done by the
// time a reader decides to open it.
var prefetchDelay = 150 * time.Millisecond

// prefetchMsg fires prefetchDelay after the selection last changed.
type prefetchMsg struct{ seq int }

// prefetchLater schedules a prefetch of the selected briefing.
func (m *Model) prefetchLater() tea.Cmd {
	m.prefetchSeq++
	seq := m.prefetchSeq
	return tea.Tick(prefetchDelay, func(time.Time) tea.Msg { return prefetchMsg{seq: seq} })
}

// prefetch loads the selected briefing if the cursor is still on it.
func (m *Model) prefetch(msg prefetchMsg) tea.Cmd {
	if msg.seq != m.prefetchSeq || m.state != stateLibrary || m.lib == nil || m.loading != "" {
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
	v := m.version(e)
	for _, d := range m.docs {
		if d.entry.Path == e.Path && d.version == v {
			return nil
		}
	}
	cmd := loadBriefingCmd(m.lib, e, v, 0, false)
	m.prefetching = e.Path + "\x00" + v
	return func() tea.Msg {
		msg := cmd().(briefingLoadedMsg)
		msg.prefetch = true
		return msg
	}
}

// items returns the list items for the library entries the grant allows.
func (m *Model) items() []list.Item {
	if m.lib == nil {
		return nil
	}
	var items []list.Item
	for _, e := range m.lib.Entries() {
		if m.allowed(e) {
			items = append(items, newEntryItem(e))
		}
	}
	return items
}

func (m *Model) allowed(e briefings.Entry) bool {
	return m.opts.Allow == nil || m.opts.Allow(e)
}

// entry finds an allowed entry by path.
func (m *Model) entry(path string) (briefings.Entry, bool) {
	if m.lib == nil {
		return briefings.Entry{}, false
	}
	for _, e := range m.lib.Entries() {
		if e.Path == path && m.allowed(e) {
			return e, true
		}
	}
	return briefings.Entry{}, false
}

func (m *Model) setProblemsStatus() {
	if ps := m.problems(); len(ps) > 0 {
		msg := ps[0].Error()
		if len(ps) > 1 {
			msg = fmt.Sprintf("%d files not loaded (! lists them): %s", len(ps), msg)
		} else {
			msg = "not loaded: " + msg + " (! lists it)"
		}
		m.setStatus(msg, true)
	}
}

// problems returns the library's unreadable files that this viewer may
// see (none under HideProblems).
func (m *Model) problems() []briefings.Problem {
	if m.lib == nil || m.opts.HideProblems {
		return nil
	}
	return m.lib.Problems()
}

// showProblems opens, in the reader, the list of every file the library
// could not read, each as file:line: reason; back returns to the library.
func (m *Model) showProblems() {
	md := briefings.ProblemList(m.problems())
	b := &briefings.Briefing{Title: "Files not loaded"}
	d := &loadedDoc{
		entry: briefings.Entry{Title: b.Title}, version: "problems", b: b,
		titles: []string{"Not loaded"}, chunks: [][]chunk{splitChunks(paneMarkdown(md))},
	}
	m.reader = newReader(d, 0)
	m.state = stateReader
}

func (m *Model) setStatus(s string, isErr bool) {
	if m.opts.Redact != nil {
		s = m.opts.Redact(s)
	}
	m.status, m.statusErr = cleanText(s), isErr
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
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = briefingLoadedMsg{seq: seq, reload: reload, err: fmt.Errorf("%s: %v", e.Path, r)}
			}
		}()
		b, err := lib.Load(e.Path)
		if err != nil {
			return briefingLoadedMsg{seq: seq, reload: reload, err: err}
		}
		return briefingLoadedMsg{seq: seq, doc: newLoadedDoc(e, version, b), reload: reload}
	}
}

// leadBytes is how much of a big briefing's body is parsed for its first
// screen (about 5 ms) while the whole of it loads.
var leadBytes = 128 << 10

// loadLeadCmd parses the lead of a big briefing (see loadedDoc.lead); it
// delivers nothing for a briefing small enough to load at once.
func loadLeadCmd(lib *briefings.Library, e briefings.Entry, version string, seq int) tea.Cmd {
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = nil // the whole load reports what is wrong
			}
		}()
		b, ok := lib.LoadLead(e.Path, leadBytes)
		if !ok {
			return nil
		}
		d := newLoadedDoc(e, version+"~lead", b)
		d.lead = true
		return briefingLoadedMsg{seq: seq, doc: d, lead: true}
	}
}

// newLoadedDoc cuts a briefing's panes into chunks for rendering.
func newLoadedDoc(e briefings.Entry, version string, b *briefings.Briefing) *loadedDoc {
	doc := &loadedDoc{entry: e, version: version, b: b}
	for i, p := range b.Panes() {
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
		doc.prov = newProvDoc(b, doc.chunks)
	}
	if len(doc.titles) == 0 { // never leave the reader without a pane
		doc.titles = []string{"Summary"}
		doc.chunks = [][]chunk{splitChunks(paneMarkdown(""))}
	}
	return doc
}

// reloadLibraryCmd re-opens the library off the event loop.
func reloadLibraryCmd(reload func(*briefings.Library, []string) (*briefings.Library, error), from *briefings.Library, paths []string, seq int) tea.Cmd {
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = libraryReloadedMsg{seq: seq, paths: paths, err: fmt.Errorf("reload: %v", r)}
			}
		}()
		lib, err := reload(from, paths)
		return libraryReloadedMsg{seq: seq, lib: lib, paths: paths, err: err}
	}
}

func (m *Model) version(e briefings.Entry) string {
	return strconv.FormatInt(e.ModTime.UnixNano(), 36) + "." + strconv.Itoa(m.reloadGen[e.Path])
}

// open starts loading an entry, or switches to it at once when it is
// loaded already.
func (m *Model) open(e briefings.Entry) tea.Cmd {
	if m.opts.OnOpen != nil {
		m.opts.OnOpen(e.Path)
	}
	v := m.version(e)
	for _, d := range m.docs {
		if d.entry.Path == e.Path && d.version == v {
			m.loadSeq++
			m.loading = ""
			m.showDoc(d, false)
			return m.pump()
		}
	}
	m.loadSeq++
	m.loading = e.Path
	// A big briefing's lead paints the first screen while the whole loads.
	lead := loadLeadCmd(m.lib, e, v, m.loadSeq)
	if m.prefetching == e.Path+"\x00"+v {
		// Being loaded already: open it when that load arrives rather
		// than parse it twice.
		m.awaitSeq = m.loadSeq
		return lead
	}
	return tea.Batch(lead, loadBriefingCmd(m.lib, e, v, m.loadSeq, false))
}

// showDoc switches to the reader on doc.
func (m *Model) showDoc(d *loadedDoc, keep bool) {
	if !d.lead {
		m.remember(d)
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
		m.cache.carry(old, d)
		m.cache.dropOthers(d.entry.Path, d.version)
	} else {
		m.reader = newReader(d, 0)
	}
	m.state = stateReader
}

// remember keeps the last few loaded briefings so that reopening one is
// instant; big briefings are not worth more.
func (m *Model) remember(d *loadedDoc) {
	m.docs = slices.DeleteFunc(m.docs, func(x *loadedDoc) bool { return x.entry.Path == d.entry.Path })
	m.docs = append(m.docs, d)
	if len(m.docs) > 3 {
		m.docs = m.docs[1:]
	}
}

// Layout: header (2 lines), tab bar (1), body, footer (1 or the full help).
func (m *Model) bodyHeight() int {
	return max(1, m.height-4-m.helpExtra()-m.hintExtra())
}

func (m *Model) helpExtra() int {
	if !m.help.ShowAll {
		return 0
	}
	return max(0, lipgloss.Height(m.fullHelp())-1)
}

// fullHelp lays the full help's columns out in as many rows as the width
// needs. bubbles' help cuts the columns that do not fit with "…", which at
// 80 columns hid search and quit: the keys a newcomer opens help to find.
func (m *Model) fullHelp() string {
	groups := m.helpKeys().FullHelp()
	h := m.help
	h.SetWidth(0) // measure each row whole; truncateLines still guards
	var rows []string
	for start := 0; start < len(groups); {
		end := start + 1
		for end < len(groups) && lipgloss.Width(h.FullHelpView(groups[start:end+1])) < m.width {
			end++
		}
		rows = append(rows, indent(h.FullHelpView(groups[start:end]), " "))
		start = end
	}
	// It must leave the header (three lines) and one line of the body:
	// on a short window the rows lose the blank lines between them, then
	// what still does not fit.
	room := max(1, m.height-4)
	if about := m.readerAbout(); about != "" {
		rows = append([]string{about}, rows...)
	}
	if all := strings.Join(rows, "\n\n"); lipgloss.Height(all) <= room {
		return all
	}
	lines := strings.Split(strings.Join(rows, "\n"), "\n")
	if len(lines) > room {
		lines = append(lines[:room-1], " … more keys than this window holds: see the README")
	}
	return strings.Join(lines, "\n")
}

func (m *Model) tooSmall() bool {
	return m.width < MinWidth || m.height < MinHeight
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
		if pos := m.reader.pos[i]; pos.chunk > 0 && !pos.end {
			p.prioritize(pos.chunk)
		} else if pos.end {
			p.prioritize(len(p.chunks) - 1)
		}
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
	if active.complete() && m.cache.inflight < m.cache.workers {
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

// Update implements tea.Model.
func (m *Model) Update(msg tea.Msg) (_ tea.Model, cmd tea.Cmd) {
	// A bug must not leave a stack trace on the analyst's screen (Bubble
	// Tea prints one for panics it catches): the reader quits, and the
	// caller reports the crash in one line (see Crashed).
	defer func() {
		if r := recover(); r != nil {
			m.crash = newCrash(r)
			cmd = m.quit()
		}
	}()
	if c, ok := msg.(crashMsg); ok && m.crash == nil {
		m.crash = c.c
	}
	if m.crash != nil {
		return m, m.quit()
	}
	defer func() { cmd = m.searchAfter(cmd) }()
	defer func() { cmd = m.provAfter(cmd) }()
	defer func() { cmd = m.libSearchAfter(cmd) }()
	if cmd, ok := m.libSearchUpdate(msg); ok {
		return m, cmd
	}
	if cmd, ok := m.provUpdate(msg); ok {
		return m, cmd
	}
	if cmd, ok := m.searchUpdate(msg); ok {
		return m, cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m, m.resize(msg.Width, msg.Height)

	case tea.ColorProfileMsg:
		if msg.Profile != m.profile {
			m.profile = msg.Profile
			m.setStyle(m.styleName)
		}
		return m, nil

	case tea.BackgroundColorMsg:
		if m.detect {
			name := StyleDark
			if !msg.IsDark() {
				name = StyleLight
			}
			if name != m.styleName {
				m.setStyle(name)
				return m, m.pump()
			}
		}
		return m, nil

	case chunkRenderedMsg:
		m.cache.deliver(msg)
		return m, m.pump()

	case prefetchMsg:
		return m, m.prefetch(msg)

	case briefingLoadedMsg:
		if msg.doc != nil && !m.allowed(briefings.EntryOf(msg.doc.entry.Path, msg.doc.b)) {
			// The grant is checked again on what the reader would show: the
			// file may have been re-marked since the library listed it.
			msg.err = fmt.Errorf("%s: not available", msg.doc.entry.Path)
			msg.doc = nil
		}
		if msg.lead {
			// Only while its load is still the current one and running.
			if msg.seq == m.loadSeq && m.loading != "" && msg.doc != nil {
				m.showDoc(msg.doc, false)
				return m, m.pump()
			}
			return m, nil
		}
		if msg.prefetch {
			m.prefetching = ""
			if msg.err == nil && msg.doc != nil && m.version(msg.doc.entry) == msg.doc.version {
				m.remember(msg.doc)
			}
			if m.awaitSeq != 0 && m.awaitSeq == m.loadSeq && m.loading != "" {
				// enter was pressed while this load ran.
				m.awaitSeq = 0
				if e, ok := m.entry(m.loading); ok {
					return m, m.open(e)
				}
			}
			return m, nil
		}
		if msg.seq != m.loadSeq {
			// Superseded; a whole briefing is still worth keeping for
			// when it is opened again.
			if !msg.reload && msg.err == nil && msg.doc != nil && m.version(msg.doc.entry) == msg.doc.version {
				m.remember(msg.doc)
			}
			return m, nil
		}
		m.loading = ""
		if msg.err != nil && msg.reload && m.Reading() {
			m.keep(msg.err.Error())
			return m, nil
		}
		if msg.err != nil {
			m.setStatus(msg.err.Error(), true)
			if !msg.reload {
				m.direct = false
			}
			return m, nil
		}
		if msg.reload && m.Reading() && m.reader.doc.entry.Path == msg.doc.entry.Path {
			if why := shrunk(m.reader.doc.b, msg.doc.b); why != "" {
				m.keep(why)
				return m, nil
			}
		}
		m.kept = ""
		m.showDoc(msg.doc, msg.reload)
		return m, m.pump()

	case ReloadMsg:
		if m.opts.Reload == nil {
			return m, nil
		}
		// Reloads may overlap and finish out of order: only the latest
		// counts, and it re-reads every path changed since the last one
		// was applied.
		m.reloadSeq++
		m.pendingPaths = append(m.pendingPaths, msg.Paths...)
		if len(msg.Paths) == 0 {
			m.pendingAll = true
		}
		paths := slices.Clone(m.pendingPaths)
		if m.pendingAll {
			paths = nil
		}
		return m, reloadLibraryCmd(m.opts.Reload, m.lib, paths, m.reloadSeq)

	case AccessMsg:
		return m, m.accessChanged(msg)

	case libraryReloadedMsg:
		cmd := m.reloaded(msg)
		if msg.seq == m.reloadSeq {
			m.pendingPaths, m.pendingAll = nil, false
		}
		return m, cmd

	case tea.MouseWheelMsg:
		return m, m.wheel(msg)

	case tea.MouseClickMsg:
		// A click on a tab opens that pane (row 2: under the two header
		// lines).
		if msg.Button == tea.MouseLeft && m.state == stateReader && m.reader.doc != nil && !m.tooSmall() && msg.Y == 2 {
			if i := m.reader.tabAt(m.styles, m.width, msg.X); i >= 0 {
				m.reader.active = i
				return m, m.pump()
			}
		}
		return m, nil

	case tea.KeyPressMsg:
		return m, m.key(msg)
	}

	if m.state == stateLibrary {
		return m, m.updateList(msg)
	}
	return m, nil
}

// resize lays the screens out again. Only a width change re-renders, and
// only the visible pane first (pump), at the chunk on screen.
func (m *Model) resize(w, h int) tea.Cmd {
	m.width, m.height = w, h
	m.help.SetWidth(w)
	m.list.SetSize(w, max(1, h-1-m.helpExtra()))
	var cmds []tea.Cmd
	cmds = append(cmds, m.pump())
	return tea.Batch(cmds...)
}

func (m *Model) setStyle(name string) {
	m.styleName = name
	m.styles = NewStyles(name).ForProfile(m.profile)
	m.search.hl = nil // drawn with the old styles
	m.help.Styles = m.styles.Help
	applyListStyles(&m.list, m.styles)
}

// reloaded refreshes the list and, if the open briefing changed, reloads it
// keeping pane and position.
func (m *Model) reloaded(msg libraryReloadedMsg) tea.Cmd {
	if msg.seq != m.reloadSeq {
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
	for _, d := range m.docs {
		if changed(d.entry.Path) {
			m.reloadGen[d.entry.Path]++
		}
	}
	if m.reader.doc != nil && changed(m.reader.doc.entry.Path) {
		m.reloadGen[m.reader.doc.entry.Path]++
	}
	m.docs = slices.DeleteFunc(m.docs, func(d *loadedDoc) bool { return changed(d.entry.Path) })

	var selected string
	if it, ok := m.list.SelectedItem().(entryItem); ok {
		selected = it.e.Path
	}
	cmds := []tea.Cmd{m.list.SetItems(m.items())}
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
			m.loadSeq++
			cmds = append(cmds, loadBriefingCmd(m.lib, e, m.version(e), m.loadSeq, true))
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

func (m *Model) wheel(msg tea.MouseWheelMsg) tea.Cmd {
	n := 0
	switch msg.Button {
	case tea.MouseWheelDown:
		n = 3
	case tea.MouseWheelUp:
		n = -3
	default:
		return nil
	}
	if m.state == stateReader {
		if p := m.activeRender(); p != nil {
			m.reader.wheel(p, m.bodyHeight(), n)
		}
		return nil
	}
	if !m.list.SettingFilter() {
		for range max(n, -n) / 3 {
			if n > 0 {
				m.list.CursorDown()
			} else {
				m.list.CursorUp()
			}
		}
	}
	return nil
}

// key routes a key press: global keys first (unless the list's filter input
// has the focus), then the active screen.
func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, m.keys.ForceQuit) {
		return m.quit()
	}
	filtering := m.state == stateLibrary && m.list.SettingFilter()
	if !filtering {
		m.status = ""
		if key.Matches(msg, m.keys.Help) {
			m.help.ShowAll = !m.help.ShowAll
			m.list.SetSize(m.width, max(1, m.height-1-m.helpExtra()))
			return nil
		}
	}
	if m.state == stateReader {
		return m.readerKey(msg)
	}
	if !filtering {
		switch {
		case key.Matches(msg, m.keys.Quit):
			return m.quit()
		case key.Matches(msg, m.keys.Problems) && len(m.problems()) > 0:
			m.showProblems()
			return m.pump()
		case key.Matches(msg, m.keys.Open):
			if it, ok := m.list.SelectedItem().(entryItem); ok {
				if e, ok := m.entry(it.e.Path); ok {
					return m.open(e)
				}
			}
			return nil
		}
	}
	return m.updateList(msg)
}

// updateList forwards a message to the list and schedules a prefetch when
// the selection moved.
func (m *Model) updateList(msg tea.Msg) tea.Cmd {
	before := m.selectedPath()
	var cmd tea.Cmd
	m.list, cmd = m.list.Update(msg)
	if _, ok := msg.(list.FilterMatchesMsg); ok {
		m.clampListPage()
	}
	if after := m.selectedPath(); after != before && after != "" {
		cmd = tea.Batch(cmd, m.prefetchLater())
	}
	return cmd
}

// clampListPage puts the list's page and cursor back inside its visible
// items. bubbles' list (v2.1.1 to v2.2.2) takes an asynchronous filter
// result without updating its paginator, so keys that arrive with the
// filter in one read (a paste, a laggy SSH link: "/9", enter, G) leave it on
// a page the result does not have, and its View slices out of range.
func (m *Model) clampListPage() {
	n := len(m.list.VisibleItems())
	m.list.Paginator.SetTotalPages(n)
	if i := m.list.Index(); i >= n || m.list.Paginator.Page >= m.list.Paginator.TotalPages {
		m.list.Select(max(0, min(i, n-1)))
	}
}

func (m *Model) selectedPath() string {
	if it, ok := m.list.SelectedItem().(entryItem); ok {
		return it.e.Path
	}
	return ""
}

func (m *Model) readerKey(msg tea.KeyPressMsg) tea.Cmd {
	if cmd, ok := m.lessKey(msg); ok {
		return cmd
	}
	r := &m.reader
	n := len(r.doc.titles)
	switch {
	case key.Matches(msg, m.keys.Quit):
		if m.direct {
			return m.quit()
		}
		m.backToLibrary()
		return nil
	case key.Matches(msg, m.keys.Back):
		if m.noLibrary() {
			m.setStatus("brief was given this one file: q quits", false)
			return nil
		}
		m.backToLibrary()
		return nil
	case key.Matches(msg, m.keys.Pane):
		if i := int(msg.Text[0] - '1'); i < n {
			r.active = i
		}
		return m.pump()
	case key.Matches(msg, m.keys.NextPane):
		r.active = (r.active + 1) % n
		return m.pump()
	case key.Matches(msg, m.keys.PrevPane):
		r.active = (r.active - 1 + n) % n
		return m.pump()
	}
	if p := m.activeRender(); p != nil {
		r.scroll(msg, m.keys, p, m.bodyHeight())
	}
	return nil
}

func (m *Model) backToLibrary() {
	m.state = stateLibrary
	m.stopRenders()
	m.kept = ""
	m.direct = false
	if m.reader.doc != nil && m.reader.doc.lead {
		// Leaving while the whole briefing loads: it is kept when it
		// arrives, but no longer opened.
		m.loadSeq++
		m.loading = ""
	}
	if m.reader.doc != nil {
		for i, it := range m.list.VisibleItems() {
			if it.(entryItem).e.Path == m.reader.doc.entry.Path {
				m.list.Select(i)
				break
			}
		}
	}
}

func (m *Model) helpKeys() help.KeyMap {
	if m.state == stateReader && m.search.typing {
		return searchHelp{}
	}
	if m.state == stateReader {
		return readerHelp{k: m.keys, direct: m.direct, noLibrary: m.noLibrary(), panes: m.PaneCount()}
	}
	return libraryHelp{k: m.keys, list: listKeysOf(m.list), filtering: m.list.SettingFilter(), problems: len(m.problems()) > 0}
}

// View implements tea.Model. Only the root returns a tea.View; the screens
// return strings.
func (m *Model) View() (v tea.View) {
	defer func() {
		if r := recover(); r != nil {
			if m.crash == nil {
				m.crash = newCrash(r)
			}
			v = crashView()
		}
	}()
	if m.crash != nil {
		return crashView()
	}
	v = tea.NewView(m.content())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	return v
}

func (m *Model) content() string {
	if m.width == 0 {
		return ""
	}
	if m.tooSmall() {
		return m.tooSmallView()
	}
	if m.state == stateReader && m.reader.doc != nil {
		return m.readerView()
	}
	if m.ls.open {
		return m.libSearchView()
	}
	return m.libraryView()
}

func (m *Model) tooSmallView() string {
	msg := fmt.Sprintf("Window too small (%dx%d).\nbrief needs at least %dx%d.", m.width, m.height, MinWidth, MinHeight)
	if m.width < 24 || m.height < 3 {
		msg = "Too small"
	}
	return lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, m.styles.TooSmall.Render(msg))
}

func (m *Model) libraryView() string {
	s := m.styles
	var footer string
	switch {
	case m.loading != "":
		footer = s.Status.Render(" Opening " + cleanText(m.loading) + "…")
	case m.status != "":
		st := s.Status
		if m.statusErr {
			st = s.ErrorText
		}
		footer = st.Render(" " + m.status)
	default:
		footer = " " + m.help.View(m.helpKeys())
	}
	if m.help.ShowAll && m.status == "" && m.loading == "" {
		footer = m.fullHelp()
	}
	footer = truncateLines(footer, m.width, s.Ellipsis)
	body := m.list.View()
	if m.list.Items() == nil || len(m.list.Items()) == 0 {
		body = "\n  " + s.Status.Render("No briefings.")
		if m.lib != nil && m.lib.Dir() != "" && m.opts.Allow == nil {
			// A local reader on an empty --library or $BRIEF_LIBRARY says
			// where it looked and how to look elsewhere (not over SSH,
			// where Allow is set and the directory is the server's).
			body = "\n" + s.Status.Width(max(10, m.width-2)).MarginLeft(2).Render(
				"No briefings (*.md) in "+cleanText(m.lib.Dir())+".\n"+
					"Point brief at another directory with --library DIR or $BRIEF_LIBRARY.")
		}
	}
	bodyH := m.height - lipgloss.Height(footer)
	return fitHeight(body, bodyH) + "\n" + footer
}

func (m *Model) readerView() string {
	s := m.styles
	h := m.bodyHeight()
	p := m.activeRender()
	header := m.reader.headerView(s, m.width)
	tabs := m.reader.tabsView(s, m.width)
	m.reader.overlay = m.provOverlay
	body := m.reader.bodyView(s, p, h)

	footer := m.readerFooter(p, h)
	footer = truncateLines(footer, m.width, s.Ellipsis)
	return header + "\n" + tabs + "\n" + body + "\n" + footer
}

// fitHeight pads or cuts s to exactly h lines.
func fitHeight(s string, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:max(0, h)]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

func indent(s, prefix string) string {
	lines := strings.Split(s, "\n")
	for i := range lines {
		lines[i] = prefix + lines[i]
	}
	return strings.Join(lines, "\n")
}

func truncateLines(s string, w int, tail string) string {
	lines := strings.Split(s, "\n")
	for i := range lines {
		lines[i] = xansi.Truncate(lines[i], w, tail)
	}
	return strings.Join(lines, "\n")
}
