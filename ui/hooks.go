package ui

// Hooks for in-briefing search (package ui/search builds on these): the
// rendered lines of every pane, highlight overlays drawn in View, per-pane
// tab badges, and scrolling to a line. All must be called from Update (the
// event loop), like everything else on Model.

// PaneTitles returns the titles of the open briefing's panes.
func (m *Model) PaneTitles() []string {
	if m.reader.doc == nil {
		return nil
	}
	return append([]string(nil), m.reader.doc.titles...)
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

// SetStatus shows a message in the footer until the next key press.
func (m *Model) SetStatus(msg string) { m.setStatus(msg, false) }
