package ui

import (
	"slices"

	tea "charm.land/bubbletea/v2"
)

// AccessMsg tells a running reader that its access grant changed (the SSH
// server sends it when the access file or authorized_keys changes).
// Options.Allow already answers with the new grant: the reader applies it
// to the list, forgets briefings it no longer allows, and closes the open
// one if it is not allowed any more, saying Note.
type AccessMsg struct {
	// Note is shown when the open briefing is closed.
	Note string
	// HideProblems replaces Options.HideProblems: a grant narrowed from
	// everything must stop naming unreadable files.
	HideProblems bool
}

// accessChanged applies an AccessMsg.
func (m *Model) accessChanged(msg AccessMsg) tea.Cmd {
	m.opts.HideProblems = msg.HideProblems
	closed := false
	if m.state == stateReader && m.reader.doc != nil && !m.allowed(m.reader.doc.entry) {
		m.state = stateLibrary
		m.reader = readerModel{}
		m.direct = false
		closed = true
	}
	if m.load.path != "" {
		if _, ok := m.entry(m.load.path); !ok {
			// A load under way for a briefing no longer allowed: its
			// result must not be shown.
			m.load.drop()
			closed = true
		}
	}
	m.load.docs = slices.DeleteFunc(m.load.docs, func(d *loadedDoc) bool { return !m.allowed(d.entry) })

	var selected string
	if it, ok := m.list.SelectedItem().(entryItem); ok {
		selected = it.e.Path
	}
	cmd := m.tagFilter(m.list.SetItems(m.items()))
	for i, it := range m.list.Items() {
		if it.(entryItem).e.Path == selected {
			m.list.Select(i)
			break
		}
	}
	m.status = ""
	m.setProblemsStatus()
	if closed {
		m.setStatus(msg.Note, true)
	}
	return cmd
}
