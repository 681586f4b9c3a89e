package ui

import tea "charm.land/bubbletea/v2"

// Hooks for in-briefing search (package ui/search builds on these): the
// rendered lines of every pane, highlight overlays drawn in View, per-pane
// tab badges, and scrolling to a line. All must be called from Update (the
// event loop), like everything else on Model.

// Reading reports whether a briefing is open in the reader.
func (m *Model) Reading() bool { return m.state == stateReader && m.reader.doc != nil }

// PaneCount returns the number of panes of the open briefing, 0 when none
// is open.
func (m *Model) PaneCount() int {
	if m.reader.doc == nil {
		return 0
	}
	return len(m.reader.doc.titles)
}

// PaneTitles returns the titles of the open briefing's panes.
func (m *Model) PaneTitles() []string {
	if m.reader.doc == nil {
		return nil
	}
	return append([]string(nil), m.reader.doc.titles...)
}

// ActivePane returns the index of the visible pane.
func (m *Model) ActivePane() int { return m.reader.active }

// PaneLines returns the rendered lines of pane i at the current width and
// style, exactly as the reader draws them (with SGR sequences; strip them
// with ansi.Strip, columns are cells), and whether the pane is completely
// rendered. Rendering is progressive: an incomplete pane grows, so match
// again when LinesRevision changes. The slice must not be modified.
func (m *Model) PaneLines(i int) (lines []string, complete bool) {
	if m.reader.doc == nil || i < 0 || i >= len(m.reader.doc.titles) {
		return nil, false
	}
	p := m.cache.peek(m.reader.paneKey(i, m.textWidth(), m.styleName))
	if p == nil {
		return nil, false
	}
	return p.lines, p.complete()
}

// LinesRevision changes whenever the rendered lines of any pane may have
// changed: a chunk rendered, a resize, a style change, a reload.
func (m *Model) LinesRevision() uint64 {
	return m.cache.rev + uint64(m.textWidth())<<40 + uint64(len(m.styleName))<<56
}

// SetHighlights sets the highlights drawn over pane i, sorted by Line then
// Start; nil clears them. Lines are indexes into PaneLines(i).
func (m *Model) SetHighlights(i int, hs []Highlight) {
	if m.reader.highlights == nil {
		m.reader.highlights = map[int][]Highlight{}
	}
	if hs == nil {
		delete(m.reader.highlights, i)
		return
	}
	m.reader.highlights[i] = hs
}

// ClearHighlights removes every highlight and badge.
func (m *Model) ClearHighlights() {
	m.reader.highlights = nil
	m.reader.badges = nil
}

// SetPaneBadge sets a short text shown after pane i's title in the tab bar
// (e.g. "(3)" for search matches); "" removes it.
func (m *Model) SetPaneBadge(i int, badge string) {
	if m.reader.badges == nil {
		m.reader.badges = map[int]string{}
	}
	if badge == "" {
		delete(m.reader.badges, i)
		return
	}
	m.reader.badges[i] = cleanText(badge)
}

// ShowLine makes pane i active and scrolls it so that line is visible with
// context lines above it when possible. It returns a command that must be
// returned from Update (the pane may need rendering).
func (m *Model) ShowLine(i, line, context int) tea.Cmd {
	if m.reader.doc == nil || i < 0 || i >= len(m.reader.doc.titles) {
		return nil
	}
	m.reader.active = i
	if p := m.activeRender(); p != nil {
		m.reader.setY(i, p, m.bodyHeight(), line-context)
	}
	return m.pump()
}

// Viewport returns the first visible line of the active pane and the
// number of lines the body shows.
func (m *Model) Viewport() (first, height int) {
	h := m.bodyHeight()
	p := m.activeRender()
	if p == nil {
		return 0, h
	}
	return m.reader.y(m.reader.active, p, h), h
}

// SetStatus shows a message in the footer until the next key press.
func (m *Model) SetStatus(msg string) { m.setStatus(msg, false) }
