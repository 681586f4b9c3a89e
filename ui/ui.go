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

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/ui/search"
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
	// Opening, if set, is a library still to be read (Library is then
	// ignored): the list paints at once and grows a part at a time, its
	// footer counting the files read.
	Opening *briefings.Opening
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
	// Disk, if set, keeps the library search's items between processes
	// (search.DiskCache); the local reader sets it. It is never read for
	// a session with Allow set.
	Disk *search.DiskCache
}

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

	// filterSeq numbers the list's commands, filterShown the filter result
	// on screen (see tagFilter).
	filterSeq, filterShown uint64

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

	// direct is set while reading the briefing given by Options.Open: q quits.
	direct bool
	// load is what is being loaded, prefetched and reloaded (load.go).
	load loads

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
	// reading is the library being read a part at a time, nil once it is
	// read (opening.go).
	reading *readingState
	// provenance: the current item, evidence and going back (evidence.go).
	provState
}

// New returns a reader for opts. It does no I/O: loading and rendering run
// in commands.
func New(opts Options) *Model {
	m := &Model{
		opts:  opts,
		lib:   opts.Library,
		keys:  DefaultKeyMap(),
		help:  help.New(),
		cache: newRenderCache(),
		load:  newLoads(opts.Open),
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
	if opts.Opening != nil {
		m.lib = opts.Opening.Library()
		m.reading = &readingState{o: opts.Opening, total: -1}
	}
	m.list = newList(m.items(), m.styles, m.keys)
	m.direct = opts.Open != ""
	m.setProblemsStatus()
	return m
}

// Library returns the library the reader lists now: the last one read or
// reloaded.
func (m *Model) Library() *briefings.Library { return m.lib }

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

// Init implements tea.Model.
func (m *Model) Init() tea.Cmd {
	var cmds []tea.Cmd
	if m.detect {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	// brief FILE: start loading at once; rendering waits for the size.
	if path := m.load.openPending; path != "" {
		m.load.openPending = ""
		if e, ok := m.entry(path); ok {
			cmds = append(cmds, m.open(e))
		} else {
			m.direct = false
			m.setStatus(path+": no such briefing", true)
		}
	} else {
		cmds = append(cmds, m.load.prefetchLater())
	}
	if m.reading != nil {
		cmds = append(cmds, m.readPartCmd())
	} else {
		cmds = append(cmds, m.diskFillCmd())
	}
	return tea.Batch(cmds...)
}

func (m *Model) setStatus(s string, isErr bool) {
	if m.opts.Redact != nil {
		s = m.opts.Redact(s)
	}
	m.status, m.statusErr = cleanText(s), isErr
}

// Update implements tea.Model. A panic here ends the reader (policy fatal,
// see crash.go): it quits, and its caller reports the crash in one line
// (Crashed).
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if c, ok := msg.(crashMsg); ok && m.crash == nil {
		m.crash = c.c
	}
	if m.crash != nil {
		return m, m.quit()
	}
	var cmd tea.Cmd
	if c := recovered(func() { cmd = m.update(msg) }); c != nil {
		m.crash = c
		return m, m.quit()
	}
	return m, cmd
}

// update routes a message: the library search (libsearch.go), provenance
// (evidence.go) and search (search.go) first, then messages by type; keys go to m.key (keys.go).
func (m *Model) update(msg tea.Msg) (cmd tea.Cmd) {
	defer func() { cmd = m.searchAfter(cmd) }()
	defer func() { cmd = m.provAfter(cmd) }()
	defer func() { cmd = m.libSearchAfter(cmd) }()
	if cmd, ok := m.libSearchUpdate(msg); ok {
		return cmd
	}
	if cmd, ok := m.provUpdate(msg); ok {
		return cmd
	}
	if cmd, ok := m.searchUpdate(msg); ok {
		return cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m.resize(msg.Width, msg.Height)

	case tea.ColorProfileMsg:
		if msg.Profile != m.profile {
			m.profile = msg.Profile
			m.setStyle(m.styleName)
		}
		return nil

	case tea.BackgroundColorMsg:
		return m.background(msg)

	case chunkRenderedMsg:
		m.cache.deliver(msg)
		return m.pump()

	case prefetchMsg:
		return m.prefetch(msg)

	case briefingLoadedMsg:
		return m.loaded(msg)

	case ReloadMsg:
		return m.reload(msg)

	case libraryReadMsg:
		return m.libraryRead(msg)

	case AccessMsg:
		return m.accessChanged(msg)

	case libraryReloadedMsg:
		cmd := m.reloaded(msg)
		m.load.applied(msg.seq)
		return cmd

	case tea.MouseWheelMsg:
		return m.wheel(msg)

	case tea.MouseClickMsg:
		return m.click(msg)

	case tea.KeyPressMsg:
		return m.key(msg)

	case filterResult:
		return m.gotFilterResult(msg)
	}

	if m.state == stateLibrary {
		return m.updateList(msg)
	}
	return nil
}

// background follows the terminal's background, when the style is
// detected: light or dark.
func (m *Model) background(msg tea.BackgroundColorMsg) tea.Cmd {
	if m.detect {
		name := StyleDark
		if !msg.IsDark() {
			name = StyleLight
		}
		if name != m.styleName {
			m.setStyle(name)
			return m.pump()
		}
	}
	return nil
}

// click opens the pane of the tab clicked (row 2: under the two header
// lines).
func (m *Model) click(msg tea.MouseClickMsg) tea.Cmd {
	if msg.Button == tea.MouseLeft && m.state == stateReader && m.reader.doc != nil && !m.tooSmall() && msg.Y == 2 {
		if i := m.reader.tabAt(m.styles, m.width, msg.X); i >= 0 {
			m.reader.active = i
			return m.pump()
		}
	}
	return nil
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
