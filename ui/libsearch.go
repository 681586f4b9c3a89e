package ui

import (
	"context"
	"runtime"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/ui/search"
)

// Search across the library: from the list, ctrl+f opens a search over the
// items of every briefing the viewer may see, with the reader's matching
// (package search). Results arrive as they are found: a command searches
// a block of briefings and the next block is asked for when its results
// arrive, so the event loop never waits and a new keystroke (or leaving
// the search, or quitting) cancels the search in flight. A finished
// search is kept, so going back from a briefing, or typing a query again,
// costs nothing. enter opens the briefing at the item, its search active:
// n and N go on inside it, and back returns to the results.

// librarySearchKey opens the library search (documented in help and the
// README; "/" filters the list).
var librarySearchKey = key.NewBinding(key.WithKeys("ctrl+f"), key.WithHelp("ctrl+f", "search all briefings"))

// libSearchBlock is how many briefings one command searches: small enough
// that the first results show at once, large enough to keep every CPU busy.
var libSearchBlock = 16 * runtime.GOMAXPROCS(0)

// libSearchCacheSize bounds the finished searches kept, and
// libSearchCacheRows the rows they hold together: a word every briefing
// of a library of 10,000 holds finds some 250,000 items, and sixteen such
// searches kept took the reader past 1 GB.
const libSearchCacheSize = 16

var libSearchCacheRows = 50_000

// libRow is one result: a matching item of a briefing.
type libRow struct {
	brief *libBrief
	first bool // first row of its briefing: shows the count
	hit   search.ItemHit
	nth   int // matches of the query in the item's pane before this item
}

// libBrief is what the rows of one briefing share.
type libBrief struct {
	entry briefings.Entry // the listing's entry, to open
	title string          // the briefing's title as just read
	count int             // matching items of the briefing
}

// libResults is what a search found so far.
type libResults struct {
	rows      []libRow
	briefings int
	matches   int
	unread    int // briefings that could not be read, or not fully
	searched  int // briefings searched
	done      bool
	panes     map[string]string // one copy of each pane title the rows name
}

// pane returns the results' copy of a pane title.
func (r *libResults) pane(title string) string {
	if p, ok := r.panes[title]; ok {
		return p
	}
	if r.panes == nil {
		r.panes = map[string]string{}
	}
	p := strings.Clone(title)
	r.panes[p] = p
	return p
}

// libSearchMsg carries the results of one block of briefings.
type libSearchMsg struct {
	gen      int
	from, to int
	hits     []search.BriefingHits
	idx      []int // the index in paths of each of hits
}

// libJump opens a result's briefing at its item with the search active.
type libJump struct {
	path, pane, raw string
	nth             int
	paneSet         bool // the result's pane is shown (rendered first)
	applied         bool
	seen            *search.Index
}

// libSearch is the state of the library search. The zero value is closed.
type libSearch struct {
	open  bool
	input textinput.Model
	raw   string
	query *search.Query
	err   string

	gen    int
	ctx    context.Context
	cancel context.CancelFunc
	// keepCtx is libKeepCmd's, ended by keep.
	keepCtx context.Context
	keep    context.CancelFunc
	lib     *briefings.Library
	paths   []string
	byPath  map[string]briefings.Entry
	res     *libResults

	cursor, top int

	cache    map[string]*libResults // finished searches by query, for cacheLib
	cacheLib *briefings.Library

	jump *libJump
}

// libSearchUpdate handles the messages the library search owns and
// reports whether it did.
func (m *Model) libSearchUpdate(msg tea.Msg) (tea.Cmd, bool) {
	ls := &m.ls
	switch msg := msg.(type) {
	case libSearchMsg:
		return m.libSearchFound(msg), true
	case AccessMsg:
		// The grant changed: what was found may no longer be allowed.
		ls.cache = nil
		if ls.res != nil {
			m.libSearchFilter()
		}
		return nil, false
	case tea.PasteMsg:
		if ls.open && m.state == stateLibrary && m.load.path == "" {
			return m.libSearchInput(msg), true
		}
	case tea.KeyPressMsg:
		if m.state == stateReader {
			if ls.jump != nil && ls.jump.applied {
				ls.jump = nil // the reader moves on its own now
			}
			return nil, false
		}
		if !ls.open {
			if key.Matches(msg, librarySearchKey) && !m.list.SettingFilter() {
				return m.libSearchOpen(), true
			}
			return nil, false
		}
		return m.libSearchKey(msg), true
	}
	return nil, false
}

// libSearchOpen opens the search line, with the last search if any.
func (m *Model) libSearchOpen() tea.Cmd {
	ls := &m.ls
	ls.open = true
	m.status = ""
	ls.input = textinput.New()
	ls.input.Prompt = "search all briefings: "
	st := m.styles.List.Filter
	st.Cursor.Blink = false
	ls.input.SetStyles(st)
	ls.input.SetValue(ls.raw)
	ls.input.CursorEnd()
	return ls.input.Focus()
}

// libSearchClose closes the search and stops it.
func (m *Model) libSearchClose() {
	ls := &m.ls
	ls.open = false
	ls.input.Blur()
	m.libSearchStop()
}

func (m *Model) libSearchStop() {
	ls := &m.ls
	ls.gen++
	for _, c := range []*context.CancelFunc{&ls.cancel, &ls.keep} {
		if *c != nil {
			(*c)()
			*c = nil
		}
	}
}

func (m *Model) libSearchKey(msg tea.KeyPressMsg) tea.Cmd {
	ls := &m.ls
	n := 0
	if ls.res != nil {
		n = len(ls.res.rows)
	}
	page := max(1, m.libSearchRows()-1)
	switch msg.String() {
	case "ctrl+c":
		return m.quit()
	case "esc":
		m.libSearchClose()
		return nil
	case "enter":
		if n > 0 && m.load.path == "" {
			return m.libSearchOpenRow(ls.res.rows[ls.cursor])
		}
		return nil
	case "down", "ctrl+n", "ctrl+j":
		ls.cursor = min(n-1, ls.cursor+1)
	case "up", "ctrl+p", "ctrl+k":
		ls.cursor = max(0, ls.cursor-1)
	case "pgdown":
		ls.cursor = min(n-1, ls.cursor+page)
	case "pgup":
		ls.cursor = max(0, ls.cursor-page)
	default:
		if m.load.path != "" {
			return nil
		}
		return m.libSearchInput(msg)
	}
	ls.cursor = max(0, ls.cursor)
	return nil
}

// libSearchInput feeds the search line and starts a search of the new
// query, cancelling the one in flight.
func (m *Model) libSearchInput(msg tea.Msg) tea.Cmd {
	ls := &m.ls
	var cmd tea.Cmd
	ls.input, cmd = ls.input.Update(msg)
	raw := ls.input.Value()
	if raw == ls.raw && (ls.res != nil || ls.err != "") {
		return cmd
	}
	ls.raw = raw
	q, err := search.Compile(raw)
	if err != nil {
		ls.err = err.Error()
		return cmd
	}
	ls.err = ""
	return tea.Batch(cmd, m.libSearchStart(q))
}

// libSearchStart searches the library for q, or takes a finished search.
func (m *Model) libSearchStart(q *search.Query) tea.Cmd {
	ls := &m.ls
	m.libSearchStop()
	ls.query, ls.cursor, ls.top = q, 0, 0
	if q.Empty() {
		ls.res = nil
		return nil
	}
	if ls.cacheLib != m.lib {
		ls.cache, ls.cacheLib = nil, m.lib
	}
	if r, ok := ls.cache[ls.raw]; ok {
		ls.res = r
		return nil
	}
	ls.res = &libResults{}
	ls.lib = m.lib
	ls.paths, ls.byPath = nil, map[string]briefings.Entry{}
	if m.lib != nil {
		for _, e := range m.lib.Entries() {
			if m.allowed(e) {
				ls.paths = append(ls.paths, e.Path)
				ls.byPath[e.Path] = e
			}
		}
	}
	if len(ls.paths) == 0 {
		ls.res.done = true
		return nil
	}
	ls.ctx, ls.cancel = context.WithCancel(m.ctx)
	return m.libSearchBlockCmd(ls.ctx, 0)
}

// libSearchBlockCmd searches the next block of briefings from index from.
func (m *Model) libSearchBlockCmd(ctx context.Context, from int) tea.Cmd {
	ls := &m.ls
	lib, q, allow, disk, gen := ls.lib, ls.query, m.opts.Allow, m.opts.Disk, ls.gen
	// Blocks grow with what is searched (a quarter of it): each block is a
	// round trip through the event loop, about 30 of them for 10,000
	// briefings instead of 300.
	to := min(len(ls.paths), from+max(libSearchBlock, from/4))
	paths := ls.paths[from:to]
	return guard(func() tea.Msg {
		msg := libSearchMsg{gen: gen, from: from, to: to}
		// allow is checked again on each briefing as read: the file may
		// have been re-marked since the library listed it.
		search.SearchLibrary(ctx, lib, paths, q, libSearchOptions(allow, disk), func(i int, h search.BriefingHits) bool {
			// The rows keep copies of the texts they show, not the
			// strings the search read them in: those share the text of
			// the whole briefing, and a word every briefing holds would
			// keep every briefing of the library alive. Copied here, off
			// the event loop, into one string per briefing.
			size := len(h.Entry.Title)
			for _, it := range h.Items {
				size += len(it.Text)
			}
			var b strings.Builder
			b.Grow(size)
			b.WriteString(h.Entry.Title)
			for _, it := range h.Items {
				b.WriteString(it.Text)
			}
			all, at := b.String(), len(h.Entry.Title)
			h.Entry.Title = all[:at]
			for k, it := range h.Items {
				h.Items[k].Text = all[at : at+len(it.Text)]
				at += len(it.Text)
			}
			msg.hits = append(msg.hits, h)
			msg.idx = append(msg.idx, from+i)
			return true
		})
		if ctx.Err() != nil {
			return nil
		}
		return msg
	})
}

// libSearchOptions is where the library search keeps the items it reads.
// The local reader keeps them in its disk cache only: held in memory too,
// the items of 10,000 briefings took the reader from 83 MB to 1.18 GB of
// memory after two searches (the heap's garbage on top of 280 MB of
// items), for a search that counted in 1.1 s instead of 1.9 s. The
// server, which has no disk cache, keeps them in the process's memory,
// shared by every session (each checked against its file as it is now).
func libSearchOptions(allow func(briefings.Entry) bool, disk *search.DiskCache) search.Options {
	if disk != nil && allow == nil {
		return search.Options{Disk: disk}
	}
	return search.Options{Allow: allow, Cache: search.Cache}
}

// libSearchFound takes a block's results and asks for the next block.
func (m *Model) libSearchFound(msg libSearchMsg) tea.Cmd {
	ls := &m.ls
	if msg.gen != ls.gen || ls.res == nil {
		return nil
	}
	r := ls.res
	// Room for the rows of the whole search, guessed from those so far:
	// growing by doubling copied a quarter of a million rows several
	// times over (a tenth of a second at 10,000 briefings).
	n := len(r.rows)
	for _, h := range msg.hits {
		n += len(h.Items)
	}
	if n > cap(r.rows) && msg.to > 0 {
		r.rows = slices.Grow(r.rows, n*len(ls.paths)/msg.to*9/8-len(r.rows))
	}
	for _, h := range msg.hits {
		e, ok := ls.byPath[h.Path]
		if h.Err != nil {
			r.unread++
		}
		if !ok || len(h.Items) == 0 || (h.Entry.Path != "" && !m.allowed(h.Entry)) {
			continue
		}
		r.briefings++
		r.matches += h.Matches
		// Texts were copied by the search (libSearchBlockCmd); pane
		// titles are shared.
		b := &libBrief{entry: e, title: h.Entry.Title, count: len(h.Items)}
		before := map[string]int{}
		for k, it := range h.Items {
			it.Pane = r.pane(it.Pane)
			r.rows = append(r.rows, libRow{brief: b, first: k == 0, hit: it, nth: before[it.Pane]})
			before[it.Pane] += it.Matches
		}
	}
	r.searched = msg.to
	if msg.to < len(ls.paths) {
		return m.libSearchBlockCmd(ls.ctx, msg.to)
	}
	r.done = true
	m.libSearchStop()
	if len(r.rows) <= libSearchCacheRows {
		held := len(r.rows)
		for _, c := range ls.cache {
			held += len(c.rows)
		}
		if ls.cache == nil || len(ls.cache) >= libSearchCacheSize || held > libSearchCacheRows {
			ls.cache = map[string]*libResults{}
		}
		ls.cache[ls.raw] = r
	}
	return m.libKeepCmd()
}

// libKeepCmd parses and keeps, in the process's cache, the briefings the
// search just finished did not parse (their bytes could not hold its
// word), so that the next search, this viewer's or another's, parses
// none. It runs while no search is in flight: the next keystroke, leaving
// the search or quitting cancels it, and the next finished search starts
// it again for what is left.
func (m *Model) libKeepCmd() tea.Cmd {
	ls := &m.ls
	if ls.lib == nil || len(ls.paths) == 0 {
		return nil
	}
	ctx, cancel := context.WithCancel(m.ctx)
	ls.keepCtx, ls.keep = ctx, cancel
	lib, paths, disk := ls.lib, ls.paths, m.opts.Disk
	if disk != nil && m.opts.Allow == nil {
		return guard(func() tea.Msg {
			disk.Fill(ctx, lib, paths)
			return nil
		})
	}
	return guard(func() tea.Msg {
		search.Cache.Keep(ctx, lib, paths, nil)
		return nil
	})
}

// diskFillDelay is how long after its library is read the reader starts
// keeping it in the disk cache: the first frames and the first briefing
// opened come first.
var diskFillDelay = 2 * time.Second

// diskFillCmd keeps, in the background and on one CPU, the items of every
// briefing of the library in the disk cache (search.DiskCache.Fill), so
// that even the first search of a library whose briefings no search has
// read yet finds them there. Only the local reader has a disk cache; it
// stops when the reader goes.
func (m *Model) diskFillCmd() tea.Cmd {
	disk, lib, ctx := m.opts.Disk, m.lib, m.ctx
	if disk == nil || m.opts.Allow != nil || lib == nil {
		return nil
	}
	var paths []string
	for _, e := range lib.Entries() {
		paths = append(paths, e.Path)
	}
	if len(paths) == 0 {
		return nil
	}
	return guard(func() tea.Msg {
		select {
		case <-time.After(diskFillDelay):
		case <-ctx.Done():
			return nil
		}
		disk.Fill(ctx, lib, paths)
		return nil
	})
}

// libSearchFilter drops the results the grant no longer allows.
func (m *Model) libSearchFilter() {
	r := m.ls.res
	r.rows = slices.DeleteFunc(r.rows, func(row libRow) bool { return !m.allowed(row.brief.entry) })
	m.ls.cursor = min(m.ls.cursor, max(0, len(r.rows)-1))
}

// libSearchOpenRow opens the briefing of a result; the search is applied
// when it shows (libSearchAfter).
func (m *Model) libSearchOpenRow(row libRow) tea.Cmd {
	e, ok := m.entry(row.brief.entry.Path)
	if !ok {
		m.setStatus(row.brief.entry.Path+": no longer in the library", true)
		return nil
	}
	m.ls.jump = &libJump{path: e.Path, pane: row.hit.Pane, raw: m.ls.raw, nth: row.nth}
	return m.open(e)
}

// libSearchAfter runs after every Update: once the briefing of a result
// is on screen it starts the reader's search for the query, on the
// result's pane, and goes to the result's match when the matches arrive.
func (m *Model) libSearchAfter(cmd tea.Cmd) tea.Cmd {
	j := m.ls.jump
	if j == nil || !m.Reading() || m.reader.doc.entry.Path != j.path {
		return cmd
	}
	pane := slices.Index(m.reader.doc.titles, j.pane)
	if pane < 0 {
		pane = 0
	}
	s := &m.search
	if !j.paneSet {
		j.paneSet = true
		m.reader.active = pane
		return tea.Batch(cmd, m.pump())
	}
	if !j.applied {
		// Only on the rendered pane: a search of nothing rendered yet
		// would settle as "no matches" and end.
		if p := m.activeRender(); p == nil || !p.complete() {
			return cmd
		}
		q, err := search.Compile(j.raw)
		if err != nil {
			m.ls.jump = nil
			return cmd
		}
		j.applied = true
		m.reader.active = pane
		s.doc = m.reader.doc
		s.raw, s.query, s.jump, s.current = j.raw, q, true, -1
		s.origin = searchPos{active: pane, pos: slices.Clone(m.reader.pos)}
		return cmd
	}
	if s.index == nil || s.index == j.seen || s.index.Count(pane) == 0 {
		return cmd
	}
	j.seen = s.index
	first := 0
	for first < s.index.Len() && s.index.PaneOf(first) != pane {
		first++
	}
	k := first + min(j.nth, s.index.Count(pane)-1)
	s.current = k
	return tea.Batch(cmd, m.searchShow(k))
}
