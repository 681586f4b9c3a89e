package ui

import (
	tea "charm.land/bubbletea/v2"
	"github.com/brief-team/brief/ui/search"
)

// Moving among the matches of a search in a briefing: to the first after
// where the search started, with n and N across panes, and back.

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

func (m *Model) searchOriginPos() search.Pos {
	o := m.search.origin
	y := 0
	if o.active == m.reader.active {
		y, _ = m.Viewport()
	}
	return search.Pos{Pane: o.active, Line: y}
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
	filtered := m.reader.shown(match.Pane, m.cache.peek(m.reader.paneKey(match.Pane, m.textWidth(), m.styleName))) != nil
	if !filtered && match.Pane == m.reader.active && match.Line >= top && match.Line < top+h-1 {
		return nil
	}
	ctx := max(1, min(5, h/4))
	return m.ShowLine(match.Pane, match.Line, ctx)
}
