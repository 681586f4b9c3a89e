package ui

import (
	"fmt"
	"slices"
	"sort"
	"sync"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	xansi "github.com/charmbracelet/x/ansi"

	"github.com/brief-team/brief/ui/search"
)

// Search within a briefing (issue 3), as in less: "/" opens a search line
// in the footer and matches are highlighted in every pane as the query is
// typed; enter keeps the search, n/N walk the matches across panes, esc
// cancels (while typing) or clears the highlights (while reading).
//
// The matching itself is package search. Preparing a pane's text for it
// (stripping and joining the rendered lines) is done once per rendering in
// a command; each keystroke then re-scans plain text only, also in a
// command, so a huge briefing never stalls the event loop. View draws the
// highlights of the visible lines only.

// searchHelpText is shown by ctrl+r (or ? on an empty search line).
const searchHelpText = "regexp: type /re/ in Go syntax, e.g. /cyber.*attack/ · all lower case ignores case"

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
	s := &m.search
	before := *s
	before.before = nil
	s.before = &before
	s.doc = m.reader.doc
	s.origin = searchPos{active: m.reader.active, pos: slices.Clone(m.reader.pos)}
	s.typing, s.jump, s.err, s.help, s.noMatch, s.wrapped = true, true, "", false, "", false
	s.input = textinput.New()
	s.input.Prompt = "/"
	st := m.styles.List.Filter
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
	s := &m.search
	s.gen++
	s.want = m.searchSnaps()
	if s.inflight {
		s.pending = true
		return nil
	}
	return m.searchStartJob()
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

// searchJump shows the first match at or after where the search started,
// or goes back there when there is none (incremental search).
func (m *Model) searchJump() tea.Cmd {
	s := &m.search
	if s.index.Len() == 0 {
		s.current = -1
		s.noMatch = "no matches for " + s.raw
		m.searchRestore()
		return nil
	}
	s.noMatch = ""
	m.searchRestore()
	k, _ := s.index.After(m.searchOriginPos())
	s.current = k
	return m.searchShow(k)
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

func (m *Model) searchOriginPos() search.Pos {
	o := m.search.origin
	y := 0
	if o.active == m.reader.active {
		y, _ = m.Viewport()
	}
	return search.Pos{Pane: o.active, Line: y}
}

// searchRevert brings back the search from before "/" (or none).
func (m *Model) searchRevert() {
	s := &m.search
	if b := s.before; b != nil && b.active() {
		s.raw, s.query, s.index, s.snaps, s.current, s.wrapped = b.raw, b.query, b.index, b.snaps, b.current, false
		// Its renderings may have changed meanwhile: ask again.
		s.want = nil
	} else {
		s.raw, s.query, s.index, s.snaps, s.want, s.current, s.wrapped = "", nil, nil, nil, nil, -1, false
		s.gen++ // a search in flight is stale
	}
	s.noMatch, s.jump = "", false
	m.searchBadges()
}

// searchRestore puts the reader back where the search started.
func (m *Model) searchRestore() {
	o := m.search.origin
	if o.pos == nil || m.reader.doc == nil || len(o.pos) != len(m.reader.pos) {
		return
	}
	m.reader.active = o.active
	copy(m.reader.pos, o.pos)
}

// searchStep is n (forward) or N: the next or previous match, crossing
// panes and wrapping at the ends.
func (m *Model) searchStep(forward bool) tea.Cmd {
	s := &m.search
	if !s.active() {
		if s.noMatch == "" {
			m.setStatus("no search: press / to search", false)
		}
		return nil
	}
	if s.index == nil || s.index.Len() == 0 {
		s.noMatch = "no matches for " + s.raw
		return nil
	}
	var k int
	var wrapped bool
	top, h := m.Viewport()
	here := search.Pos{Pane: m.reader.active, Line: top}
	if s.current >= 0 && s.current < s.index.Len() && m.searchVisible(s.current, top, h) {
		if forward {
			k, wrapped = s.index.Next(s.current)
		} else {
			k, wrapped = s.index.Prev(s.current)
		}
	} else if forward {
		k, wrapped = s.index.After(here)
	} else {
		k, wrapped = s.index.Before(here)
	}
	s.current, s.wrapped = k, wrapped
	return m.searchShow(k)
}

// searchVisible reports whether match k is on screen.
func (m *Model) searchVisible(k, top, h int) bool {
	match := m.search.index.Match(k)
	return match.Pane == m.reader.active && match.Line >= top && match.Line < top+h
}

// searchShow makes match k visible, with some context above it, unless it
// is on screen already.
func (m *Model) searchShow(k int) tea.Cmd {
	match := m.search.index.Match(k)
	top, h := m.Viewport()
	if match.Pane == m.reader.active && match.Line >= top && match.Line < top+h-1 {
		return nil
	}
	ctx := max(1, min(5, h/4))
	return m.ShowLine(match.Pane, match.Line, ctx)
}

// searchClear drops the search and its highlights.
func (m *Model) searchClear() {
	s := &m.search
	s.query, s.raw, s.index, s.snaps, s.want, s.current = nil, "", nil, nil, nil, -1
	s.wrapped, s.noMatch, s.err, s.help, s.jump = false, "", "", false, false
	s.pending = false
	s.gen++ // a search in flight is stale
	m.searchBadges()
}

// searchBadges shows each pane's match count in the tab bar.
func (m *Model) searchBadges() {
	s := &m.search
	for i := range m.PaneCount() {
		badge := ""
		if s.active() && s.index != nil {
			if n := s.index.Count(i); n > 0 {
				badge = fmt.Sprintf("(%d)", n)
			}
		}
		m.SetPaneBadge(i, badge)
	}
}

// searchOverlay draws the matches over line i of pane (View calls it for
// the visible lines only). Lines of a rendering the matches were not
// computed on are drawn as they are until the new matches arrive.
func (m *Model) searchOverlay(pane, i int, line string) string {
	s := &m.search
	if s.index == nil || s.index.Count(pane) == 0 || pane >= len(s.snaps) {
		return line
	}
	sn := s.snaps[pane]
	if sn.r == nil || sn.r != m.cache.peek(m.reader.paneKey(pane, m.textWidth(), m.styleName)) || sn.r.rev != sn.rev {
		return line
	}
	var buf [8]search.Segment
	segs := s.index.Segments(buf[:0], pane, i)
	if len(segs) == 0 {
		return line
	}
	if s.hl == nil || s.hlStyle != m.styleName || s.hlMarks != m.styles.MatchMarks {
		s.hl = search.NewMarkedHighlighter(m.styles.Match, m.styles.CurrentMatch, m.styles.MatchMarks)
		s.hlStyle, s.hlMarks = m.styleName, m.styles.MatchMarks
	}
	out := s.hl.Line(line, segs, s.current)
	if !s.hlMarks.IsZero() {
		// The marks widen the line: it must not wrap on the terminal. What
		// is cut is the padding glamour puts at the end of the line, or,
		// on a full line, its last few characters.
		out = xansi.Truncate(out, m.width, "")
	}
	return out
}

// searchFooter is the footer's search part: the search line while typing,
// else the query with "match K of M". ok is false when there is no search
// to show.
func (m *Model) searchFooter(width int) (text string, typing bool) {
	s := &m.search
	st := m.styles
	note := ""
	switch {
	case s.help:
		// shown whole above the footer (searchHint)
	case s.err != "":
		note = st.ErrorText.Render(s.err)
	case s.noMatch != "":
		note = st.ErrorText.Render(s.noMatch)
	case s.active() && s.index != nil && s.index.Len() > 0:
		note = st.Status.Render(m.searchCount())
	}
	if s.onlyTyping {
		in := s.onlyInput
		in.SetWidth(max(10, min(width/2, lipgloss.Width(in.Value())+1)))
		return " " + in.View() + "  " + st.Status.Render("only the items that match; & alone shows all"), true
	}
	if s.typing {
		in := s.input
		in.SetWidth(max(10, min(width/2, lipgloss.Width(in.Value())+1)))
		if note == "" {
			return " " + in.View(), true
		}
		return " " + in.View() + "  " + note, true
	}
	if s.active() && s.index != nil && s.index.Len() > 0 {
		return st.Status.Render("/"+cleanText(s.raw)) + "  " + note, false
	}
	return note, false
}

// searchCount is "match K of M", with "search wrapped" after a wrap.
func (m *Model) searchCount() string {
	s := &m.search
	n := s.index.Len()
	if s.current < 0 || s.current >= n {
		if n == 1 {
			return "1 match"
		}
		return fmt.Sprintf("%d matches", n)
	}
	txt := fmt.Sprintf("match %d of %d", s.current+1, n)
	if s.wrapped {
		txt += " · search wrapped"
	}
	return txt
}

// searchHelp is the help.KeyMap of the search line.
type searchHelp struct{}

// ShortHelp implements help.KeyMap.
func (searchHelp) ShortHelp() []key.Binding {
	return []key.Binding{searchAcceptKey, searchCancelKey, searchHelpKey}
}

// Pinned is how many of the last short-help keys the footer always shows:
// cancel and the regexp hint.
func (searchHelp) Pinned() int { return 2 }

// FullHelp implements help.KeyMap.
func (h searchHelp) FullHelp() [][]key.Binding { return [][]key.Binding{h.ShortHelp()} }

// showOnlyMsg carries the rows of a &PATTERN filter.
type showOnlyMsg struct {
	pane  int
	f     *showOnly
	r     *paneRender
	rev   uint64
	rows  []int
	items int
}

// showOnlyStart opens the &PATTERN line, as in less.
func (m *Model) showOnlyStart() tea.Cmd {
	s := &m.search
	s.onlyTyping = true
	s.onlyInput = textinput.New()
	s.onlyInput.Prompt = "&"
	st := m.styles.List.Filter
	st.Cursor.Blink = false
	s.onlyInput.SetStyles(st)
	return s.onlyInput.Focus()
}

// showOnlyKey handles a key while the &PATTERN line is open: enter
// applies it to the active pane (an empty pattern shows all), esc leaves
// things as they were.
func (m *Model) showOnlyKey(msg tea.KeyPressMsg) tea.Cmd {
	s := &m.search
	switch {
	case key.Matches(msg, m.keys.ForceQuit):
		return tea.Quit
	case key.Matches(msg, searchCancelKey):
		s.onlyTyping = false
		return nil
	case key.Matches(msg, searchAcceptKey):
		raw := s.onlyInput.Value()
		q, err := search.Compile(raw)
		if err != nil {
			m.setStatus(err.Error(), true)
			return nil // stay on the line, its error shown
		}
		s.onlyTyping = false
		r := &m.reader
		if q.Empty() {
			delete(r.only, r.active)
			return nil
		}
		if r.only == nil {
			r.only = map[int]*showOnly{}
		}
		r.only[r.active] = &showOnly{raw: raw, q: q}
		return m.showOnlyRun()
	}
	m.status = ""
	var cmd tea.Cmd
	s.onlyInput, cmd = s.onlyInput.Update(msg)
	return cmd
}

// showOnlyRun computes the rows of the active pane's filter when its
// rendering is complete and they are not computed for it yet. The pane is
// shown whole meanwhile.
func (m *Model) showOnlyRun() tea.Cmd {
	r := &m.reader
	f := r.only[r.active]
	if f == nil || f.busy {
		return nil
	}
	p := m.cache.peek(r.paneKey(r.active, m.textWidth(), m.styleName))
	if p == nil || !p.complete() || (f.r == p && f.rev == p.rev) {
		return nil
	}
	f.busy = true
	pane, rev, q := r.active, p.rev, f.q
	lines := slices.Clone(p.lines)
	return guard(func() tea.Msg {
		rows, items := showOnlyRows(lines, q)
		return showOnlyMsg{pane: pane, f: f, r: p, rev: rev, rows: rows, items: items}
	})
}

// showOnlyRows returns the lines of the items of lines that q matches, with
// the blank line that follows each, and how many items that is.
func showOnlyRows(lines []string, q *search.Query) (rows []int, items int) {
	sp := search.NewPane("", lines)
	x := search.Search([]*search.Pane{sp}, q)
	starts := sp.Items()
	keep := make([]bool, len(starts))
	for k := 0; k < x.Len(); k++ {
		line := x.Match(k).Line
		i := sort.SearchInts(starts, line+1) - 1
		if i >= 0 {
			keep[i] = true
		}
	}
	rows = []int{}
	for i, st := range starts {
		if !keep[i] {
			continue
		}
		if items == 0 {
			for l := 0; l < st; l++ {
				rows = append(rows, l) // the pane's top margin
			}
		}
		items++
		end := len(lines)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		for l := st; l < end; l++ {
			rows = append(rows, l)
		}
	}
	return rows, items
}

// showOnlyDone takes the rows of a filter still in place.
func (m *Model) showOnlyDone(msg showOnlyMsg) {
	msg.f.busy = false
	if m.reader.only[msg.pane] != msg.f {
		return // replaced or removed meanwhile
	}
	msg.f.r, msg.f.rev, msg.f.rows, msg.f.items, msg.f.y = msg.r, msg.rev, msg.rows, msg.items, 0
}
