package ui

import (
	"slices"
	"sync"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/brief-team/brief/ui/search"
)

// Search within a briefing, as in less: "/" opens a search line
// in the footer and matches are highlighted in every pane as the query is
// typed; enter keeps the search, n/N walk the matches across panes, esc
// cancels (while typing) or clears the highlights (while reading).
//
// The matching itself is package search. Preparing a pane's text for it
// (stripping and joining the rendered lines) is done once per rendering in
// a command; each keystroke then re-scans plain text only, also in a
// command, so a huge briefing never stalls the event loop. View draws the
// highlights of the visible lines only.

// paneSnap names the rendering a search ran on: a pane's render and its
// revision (a new chunk, a resize, a style change or a reload all change it).
type paneSnap struct {
	r   *paneRender
	rev uint64
}

// searchPane is one rendering prepared for searching, built at most once,
// by whichever search command needs it first.
type searchPane struct {
	once  sync.Once
	name  string
	lines []string // a copy of the slice: the render keeps splicing its own
	pane  *search.Pane
}

func (p *searchPane) get() *search.Pane {
	p.once.Do(func() { p.pane = search.NewPane(p.name, p.lines) })
	return p.pane
}

// searchDoneMsg carries the matches of a search command.
type searchDoneMsg struct {
	gen   int
	index *search.Index
	snaps []paneSnap
}

// searchPos is the reader's position, restored when a search is cancelled.
type searchPos struct {
	active int
	pos    []scrollPos
}

// searchState is the reader's search. The zero value is no search.
type searchState struct {
	doc    *loadedDoc // the briefing the search belongs to
	typing bool
	input  textinput.Model

	raw   string        // the query as typed
	query *search.Query // nil: no search
	err   string        // invalid regexp: the footer shows it, nothing else changes
	help  bool          // show searchHelpText

	index   *search.Index
	snaps   []paneSnap // the renderings index was computed on
	current int        // current match, -1 for none
	wrapped bool       // the last n/N wrapped around
	noMatch string     // "no matches for ..." after a search found nothing

	origin searchPos // where the reader was when "/" was pressed
	before *searchState
	jump   bool // go to the first match after origin when the matches arrive

	gen      int        // generation of the latest search asked for
	want     []paneSnap // the renderings it asked for
	inflight bool
	pending  bool // another search is needed when the one in flight returns

	panes map[paneSnap]*searchPane

	// onlyTyping: the &PATTERN line is open (see showOnly).
	onlyTyping bool
	onlyInput  textinput.Model

	hl      *search.Highlighter
	hlStyle string
	hlMarks search.Marks
}

func (s *searchState) active() bool { return s.query != nil && !s.query.Empty() }

// searchKeys are the search line's own bindings.
var (
	searchHelpKey   = key.NewBinding(key.WithKeys("ctrl+r"), key.WithHelp("ctrl+r", "regexp help"))
	searchAcceptKey = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "search"))
	searchCancelKey = key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel"))
)

// searchUpdate handles the messages search owns: the search line's keys,
// "/", n, N and esc in the reader, and search results. It reports whether
// it handled msg.
func (m *Model) searchUpdate(msg tea.Msg) (tea.Cmd, bool) {
	s := &m.search
	switch msg := msg.(type) {
	case searchDoneMsg:
		return m.searchDone(msg), true
	case showOnlyMsg:
		m.showOnlyDone(msg)
		return nil, true
	case tea.PasteMsg:
		if s.typing {
			return m.searchInput(msg), true
		}
		if s.onlyTyping {
			var cmd tea.Cmd
			s.onlyInput, cmd = s.onlyInput.Update(msg)
			return cmd, true
		}
	case tea.KeyPressMsg:
		if m.state != stateReader || m.reader.doc == nil {
			return nil, false
		}
		if s.onlyTyping {
			return m.showOnlyKey(msg), true
		}
		if s.typing {
			return m.searchTypingKey(msg), true
		}
		switch {
		case key.Matches(msg, m.keys.Search):
			m.status = ""
			return m.searchStart(), true
		case key.Matches(msg, m.keys.NextMatch):
			m.status = ""
			return m.searchStep(true), true
		case key.Matches(msg, m.keys.PrevMatch):
			m.status = ""
			return m.searchStep(false), true
		case msg.String() == "esc" && (s.active() || s.noMatch != ""):
			m.status = ""
			m.searchClear()
			return nil, true
		}
	}
	return nil, false
}

// searchAfter runs after every Update: it drops the search when another
// briefing is opened and searches again when the panes' lines changed (a
// chunk rendered, a resize, a reload), so highlights follow the new layout.
func (m *Model) searchAfter(cmd tea.Cmd) tea.Cmd {
	s := &m.search
	if s.doc != nil && (m.reader.doc == nil || m.reader.doc.entry.Path != s.doc.entry.Path) {
		m.searchClear()
		// Generations only grow: a search of the old briefing still in
		// flight must not pass for one of the new.
		m.search = searchState{gen: s.gen + 1}
		return cmd
	}
	if m.reader.doc != nil && s.doc != m.reader.doc {
		s.doc = m.reader.doc // a reload of the same briefing
	}
	if m.state == stateReader {
		cmd = tea.Batch(cmd, m.showOnlyRun())
	}
	if !s.active() || m.state != stateReader {
		return cmd
	}
	if !slices.Equal(m.searchSnaps(), s.want) {
		return tea.Batch(cmd, m.searchRun())
	}
	return cmd
}

// searchStart opens the search line.
func (m *Model) searchStart() tea.Cmd {
	origin := searchPos{active: m.reader.active, pos: slices.Clone(m.reader.pos)}
	return m.search.open(m.reader.doc, origin, m.styles.List.Filter)
}

// open opens the search line on doc, keeping the search it replaces (see
// revert) and where the reader was.
func (s *searchState) open(doc *loadedDoc, origin searchPos, st textinput.Styles) tea.Cmd {
	before := *s
	before.before = nil
	s.before = &before
	s.doc = doc
	s.origin = origin
	s.typing, s.jump, s.err, s.help, s.noMatch, s.wrapped = true, true, "", false, "", false
	s.input = textinput.New()
	s.input.Prompt = "/"
	st.Cursor.Blink = false
	s.input.SetStyles(st)
	s.input.SetValue("")
	return s.input.Focus()
}

// searchTypingKey handles a key while the search line is open.
func (m *Model) searchTypingKey(msg tea.KeyPressMsg) tea.Cmd {
	s := &m.search
	switch {
	case key.Matches(msg, m.keys.ForceQuit):
		return m.quit()
	case key.Matches(msg, searchAcceptKey):
		if s.err != "" {
			return nil // invalid regexp: stay on the line, its error shown
		}
		s.typing, s.help = false, false
		s.input.Blur()
		if q, _ := search.Compile(s.input.Value()); q.Empty() {
			// enter on an empty line keeps the previous search
			m.searchRestore()
			m.searchRevert()
			s.before, s.jump = nil, false
			return nil
		}
		s.before = nil
		if s.index != nil && !s.inflight && !s.pending {
			return m.searchSettle()
		}
		return nil // settled when the matches arrive
	case key.Matches(msg, searchCancelKey):
		m.searchRestore()
		m.searchRevert()
		s.typing, s.help, s.err, s.before, s.jump = false, false, "", nil, false
		s.input.Blur()
		return nil
	case key.Matches(msg, searchHelpKey), msg.String() == "?" && s.input.Value() == "":
		s.help = !s.help
		return nil
	}
	return m.searchInput(msg)
}

// searchInput feeds the search line and searches for the new query.
func (m *Model) searchInput(msg tea.Msg) tea.Cmd {
	s := &m.search
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	raw := s.input.Value()
	if raw == s.raw && s.query != nil {
		return cmd
	}
	s.help = false
	q, err := search.Compile(raw)
	if err != nil {
		s.err = err.Error() // nothing else changes
		s.raw = raw
		return cmd
	}
	s.err, s.noMatch = "", ""
	if q.Empty() {
		// Nothing typed yet (or just the slash of a regexp): show the
		// search from before "/" again, at the old position.
		m.searchRestore()
		m.searchRevert()
		return cmd
	}
	s.raw, s.query, s.jump = raw, q, true
	return tea.Batch(cmd, m.searchRun())
}

// searchSnaps returns the renderings the search must cover now.
func (m *Model) searchSnaps() []paneSnap {
	n := m.PaneCount()
	snaps := make([]paneSnap, n)
	for i := range n {
		if p := m.cache.peek(m.reader.paneKey(i, m.textWidth(), m.styleName)); p != nil {
			snaps[i] = paneSnap{p, p.rev}
		}
	}
	return snaps
}

// searchRun asks for a search of the current query over the current
// renderings. One search command runs at a time: while one is in flight the
// newest request waits for it, so fast typing on a huge briefing queues no
// backlog.
func (m *Model) searchRun() tea.Cmd {
	if !m.search.request(m.searchSnaps()) {
		return nil
	}
	return m.searchStartJob()
}

// request records a search of the renderings snaps and reports whether it
// may start now; else it starts when the one in flight returns.
func (s *searchState) request(snaps []paneSnap) bool {
	s.gen++
	s.want = snaps
	if s.inflight {
		s.pending = true
		return false
	}
	return true
}

// searchStartJob starts the search command for the latest request.
func (m *Model) searchStartJob() tea.Cmd {
	s := &m.search
	snaps := s.want
	if s.panes == nil {
		s.panes = map[paneSnap]*searchPane{}
	}
	keep := map[paneSnap]*searchPane{}
	entries := make([]*searchPane, len(snaps))
	for i, sn := range snaps {
		if sn.r == nil || sn.r.rev != sn.rev {
			continue
		}
		e := s.panes[sn]
		if e == nil {
			e = &searchPane{name: m.reader.doc.titles[i], lines: slices.Clone(sn.r.lines)}
		}
		keep[sn] = e
		entries[i] = e
	}
	s.panes = keep
	s.inflight, s.pending = true, false
	gen, q := s.gen, s.query
	return guard(func() tea.Msg {
		panes := make([]*search.Pane, len(entries))
		for i, e := range entries {
			if e != nil {
				panes[i] = e.get()
			}
		}
		return searchDoneMsg{gen: gen, index: search.Search(panes, q), snaps: snaps}
	})
}

// searchDone takes the matches of a search command.
func (m *Model) searchDone(msg searchDoneMsg) tea.Cmd {
	s := &m.search
	s.inflight = false
	if msg.gen != s.gen || s.pending || !s.active() {
		if s.active() {
			s.want = m.searchSnaps()
			return m.searchStartJob()
		}
		return nil
	}
	prevK := s.current
	s.index, s.snaps = msg.index, msg.snaps
	m.searchBadges()
	if s.jump {
		if s.typing {
			return m.searchJump()
		}
		return m.searchSettle()
	}
	// Same query on new renderings: stay on the same match.
	s.current = min(prevK, s.index.Len()-1)
	return nil
}

// searchSettle ends typing: the search stays if it found something.
func (m *Model) searchSettle() tea.Cmd {
	s := &m.search
	s.jump = false
	if s.index == nil || s.index.Len() == 0 {
		if m.reader.doc != nil && m.reader.doc.lead {
			// Only the beginning of the briefing is loaded: keep the
			// search, and settle again when the whole arrives.
			s.jump = true
			s.noMatch = "no matches yet for " + s.raw
			return nil
		}
		msg := "no matches for " + s.raw
		m.searchRestore()
		m.searchClear()
		s.noMatch = msg
		return nil
	}
	s.noMatch = ""
	if s.current < 0 {
		k, _ := s.index.After(m.searchOriginPos())
		s.current = k
		return m.searchShow(k)
	}
	return nil
}

// searchRevert brings back the search from before "/" (or none).
func (m *Model) searchRevert() {
	m.search.revert()
	m.searchBadges()
}

// revert brings back the search from before "/" (or none).
func (s *searchState) revert() {
	if b := s.before; b != nil && b.active() {
		s.raw, s.query, s.index, s.snaps, s.current, s.wrapped = b.raw, b.query, b.index, b.snaps, b.current, false
		// Its renderings may have changed meanwhile: ask again.
		s.want = nil
	} else {
		s.raw, s.query, s.index, s.snaps, s.want, s.current, s.wrapped = "", nil, nil, nil, nil, -1, false
		s.gen++ // a search in flight is stale
	}
	s.noMatch, s.jump = "", false
}

// searchClear drops the search and its highlights.
func (m *Model) searchClear() {
	m.search.clear()
	m.searchBadges()
}

// clear drops the search.
func (s *searchState) clear() {
	s.query, s.raw, s.index, s.snaps, s.want, s.current = nil, "", nil, nil, nil, -1
	s.wrapped, s.noMatch, s.err, s.help, s.jump = false, "", "", false, false
	s.pending = false
	s.gen++ // a search in flight is stale
}
