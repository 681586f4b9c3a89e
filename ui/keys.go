package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
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
