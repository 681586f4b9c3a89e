package ui

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// KeyMap holds every key binding of the reader and the library. The root
// model owns quitting, help and navigation between the two screens; the
// library list keeps its own cursor and filter bindings.
type KeyMap struct {
	// Global.
	Quit      key.Binding // back from a briefing, quit from the library
	ForceQuit key.Binding // quit anywhere
	Help      key.Binding // toggle full help

	// Library.
	Open     key.Binding
	Problems key.Binding // list the files the library could not read

	// Reader: panes.
	Back     key.Binding
	Pane     key.Binding // 1-9: jump to a pane
	NextPane key.Binding
	PrevPane key.Binding

	// Reader: scrolling.
	Up           key.Binding
	Down         key.Binding
	PageUp       key.Binding
	PageDown     key.Binding
	HalfPageUp   key.Binding
	HalfPageDown key.Binding
	Top          key.Binding
	Bottom       key.Binding
	LineDown     key.Binding // ctrl+e, as in less
	LineUp       key.Binding // ctrl+y
	// Count is only for help: a number before a line move repeats it.
	Count key.Binding

	// Reader: as in less, = tells where you are, &PATTERN shows only the
	// matching items of the pane.
	Info     key.Binding
	ShowOnly key.Binding

	// Reader: search (see search.go).
	Search    key.Binding
	NextMatch key.Binding
	PrevMatch key.Binding
}

// DefaultKeyMap returns brief's key bindings: less- and vim-like scrolling,
// number keys and tab/h/l for panes.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),

		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Problems: key.NewBinding(key.WithKeys("!"), key.WithHelp("!", "list problems")),

		Back:     key.NewBinding(key.WithKeys("esc", "backspace"), key.WithHelp("esc", "library")),
		Pane:     key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-4", "pane")),
		NextPane: key.NewBinding(key.WithKeys("tab", "l", "right"), key.WithHelp("tab/l", "next pane")),
		PrevPane: key.NewBinding(key.WithKeys("shift+tab", "h", "left"), key.WithHelp("shift+tab/h", "prev pane")),

		Up:           key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("↑/k", "up")),
		Down:         key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("↓/j", "down")),
		PageUp:       key.NewBinding(key.WithKeys("pgup", "b", "ctrl+b"), key.WithHelp("pgup/b/ctrl+b", "page up")),
		PageDown:     key.NewBinding(key.WithKeys("pgdown", "space", "f", "ctrl+f"), key.WithHelp("space/f/ctrl+f", "page down")),
		HalfPageUp:   key.NewBinding(key.WithKeys("ctrl+u", "u"), key.WithHelp("ctrl+u", "½ page up")),
		HalfPageDown: key.NewBinding(key.WithKeys("ctrl+d", "d"), key.WithHelp("ctrl+d", "½ page down")),
		Top:          key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "top")),
		Bottom:       key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "bottom")),
		LineDown:     key.NewBinding(key.WithKeys("ctrl+e"), key.WithHelp("ctrl+e", "line down")),
		LineUp:       key.NewBinding(key.WithKeys("ctrl+y"), key.WithHelp("ctrl+y", "line up")),
		Count:        key.NewBinding(key.WithKeys("0"), key.WithHelp("10j/10k", "count (a number that names no pane)")),

		Info:     key.NewBinding(key.WithKeys("="), key.WithHelp("=", "file, sources, position")),
		ShowOnly: key.NewBinding(key.WithKeys("&"), key.WithHelp("&pattern", "only matching items (& all)")),

		Search:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		NextMatch: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match")),
		PrevMatch: key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "prev match")),
	}
}

// readerHelp is the help.KeyMap of the reader screen.
type readerHelp struct {
	k         KeyMap
	direct    bool // opened with brief FILE: q quits
	noLibrary bool // and there is no library for esc to go back to
	panes     int  // of the open briefing: the pane keys' help says 1-N
}

// pane is the pane-number binding, its help naming the keys that work.
func (h readerHelp) pane() key.Binding {
	b := h.k.Pane
	if n := min(h.panes, 9); n > 1 {
		b.SetHelp(fmt.Sprintf("1-%d", n), "pane")
	}
	return b
}

// ShortHelp implements help.KeyMap.
func (h readerHelp) ShortHelp() []key.Binding {
	q := h.k.Quit
	if !h.direct {
		q.SetHelp("q", "library")
	}
	return []key.Binding{h.k.NextPane, h.pane(), h.k.Down, h.k.Up, nextItemKey, evidenceKey, h.k.Search, q, h.k.Help}
}

// Pinned is how many of the last short-help keys the footer always shows:
// search, quit and help.
func (h readerHelp) Pinned() int { return 3 }

// FullHelp implements help.KeyMap.
func (h readerHelp) FullHelp() [][]key.Binding {
	q := h.k.Quit
	if !h.direct {
		q.SetHelp("q", "back to library")
	}
	return [][]key.Binding{
		{h.pane(), h.k.NextPane, h.k.PrevPane},
		{h.k.Down, h.k.Up, h.k.PageDown, h.k.PageUp},
		{h.k.HalfPageDown, h.k.HalfPageUp, h.k.Top, h.k.Bottom},
		{h.k.LineDown, h.k.LineUp, h.k.Count},
		{h.k.Search, h.k.NextMatch, h.k.PrevMatch},
		{h.k.ShowOnly, h.k.Info},
		provHelp,
		h.quitKeys(q),
	}
}

// quitKeys are the last column of the full help: esc only when there is
// a library to go back to.
func (h readerHelp) quitKeys(q key.Binding) []key.Binding {
	if h.noLibrary {
		return []key.Binding{q, h.k.ForceQuit, h.k.Help}
	}
	return []key.Binding{h.k.Back, q, h.k.ForceQuit, h.k.Help}
}

// libraryHelp is the help.KeyMap of the library screen: the list's own
// cursor and filter bindings plus the root's.
type libraryHelp struct {
	k         KeyMap
	list      listKeys
	filtering bool
	problems  bool // files could not be read: "!" lists them
}

// listKeys are the list bindings shown in help.
type listKeys struct {
	Up, Down, PrevPage, NextPage, Start, End, Filter, ClearFilter, Accept, Cancel key.Binding
}

// ShortHelp implements help.KeyMap.
func (h libraryHelp) ShortHelp() []key.Binding {
	if h.filtering {
		return []key.Binding{h.list.Accept, h.list.Cancel}
	}
	all := librarySearchKey
	all.SetHelp("ctrl+f", "search all")
	short := []key.Binding{h.list.Up, h.list.Down, h.k.Open, h.list.Filter, all, h.list.ClearFilter}
	if h.problems {
		short = append(short, h.k.Problems)
	}
	return append(short, h.k.Quit, h.k.Help)
}

// FullHelp implements help.KeyMap.
func (h libraryHelp) FullHelp() [][]key.Binding {
	if h.filtering {
		return [][]key.Binding{{h.list.Accept, h.list.Cancel}}
	}
	return [][]key.Binding{
		{h.list.Up, h.list.Down, h.list.PrevPage, h.list.NextPage},
		{h.list.Start, h.list.End, h.k.Open},
		{h.list.Filter, h.list.ClearFilter, librarySearchKey, h.k.Problems},
		{h.k.Quit, h.k.ForceQuit, h.k.Help},
	}
}

// key routes a key press: global keys first (unless the list's filter input
// has the focus), then the active screen (readerKey, lessKey, the list).
// Before it, update gives keys to the modes that own them: provenance
// (provUpdate, evidence.go), then search and the & filter (searchUpdate,
// search.go; showOnlyKey, showonly.go).
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
	if p := m.activeRender(); p != nil && r.scroll(msg, m.keys, p, m.bodyHeight()) {
		return m.pump() // the chunk now on screen may need rendering first
	}
	return nil
}

// lessKey handles the reader's keys from less that need more than a
// binding: a count before a line move, = and &. It reports whether it
// handled msg. Digits are handled here too: a number names a pane or, when
// it names none, counts.
func (m *Model) lessKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	r := &m.reader
	k := m.keys
	if t := msg.Text; len(t) == 1 && t[0] >= '0' && t[0] <= '9' && msg.Mod == 0 {
		// A number that names a pane switches to it at once; one that
		// names none (10, or 5 with four panes) is a count for a line
		// move that follows, as in less, which undoes the switch its
		// first digit made. A digit that names a pane, or comes after a
		// pause, starts a new number: 3 (to read the Timeline) then 5j
		// is five lines, not 35.
		d, panes := int(t[0]-'0'), len(r.doc.titles)
		now := time.Now()
		pause := now.Sub(r.countAt) > countPause
		r.countAt = now
		if next := r.count*10 + d; r.count == 0 || pause || (d >= 1 && d <= panes && next > panes) {
			// A new number: pressing 2 then 3 shows pane 3, not 23.
			r.count, r.countFrom = d, r.active
		} else {
			r.count = min(next, 1_000_000)
		}
		if n := r.count; n >= 1 && n <= panes {
			r.active = n - 1
		}
		return m.pump(), true
	}
	count := r.count
	r.count = 0
	if count <= len(r.doc.titles) {
		count = 0 // it was a pane
	}
	switch {
	case count > 0 && (key.Matches(msg, k.Down) || key.Matches(msg, k.Up) ||
		key.Matches(msg, k.LineDown) || key.Matches(msg, k.LineUp)):
		// The digits were a count: back to the pane the first switched from.
		r.active = clampInt(r.countFrom, 0, len(r.doc.titles)-1)
		p := m.activeRender()
		if p == nil {
			return m.pump(), true
		}
		if key.Matches(msg, k.Up) || key.Matches(msg, k.LineUp) {
			count = -count
		}
		r.scrollBy(p, m.bodyHeight(), count)
		return m.pump(), true
	case key.Matches(msg, k.Info):
		m.setStatus(m.info(), false)
		return nil, true
	case key.Matches(msg, k.ShowOnly):
		return m.showOnlyStart(), true
	}
	return nil, false
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

func (m *Model) backToLibrary() {
	m.state = stateLibrary
	m.stopRenders()
	m.kept = ""
	m.direct = false
	if m.reader.doc != nil && m.reader.doc.lead {
		// Leaving while the whole briefing loads: it is kept when it
		// arrives, but no longer opened.
		m.load.drop()
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
