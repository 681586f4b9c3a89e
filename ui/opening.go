package ui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/brief-team/brief/briefings"
)

// A big library is read a part at a time (Options.Opening): the list
// paints at once, before any front matter is read, and grows as each
// part arrives, its footer saying how far reading has got. A briefing is
// listed only once its front matter is read the way Parse reads it, so
// the grant is applied to what the reader will show. Live reloads wait
// until the last part is in.

// readingFirstPart is the size of the first part read: small, so that the
// first briefings show within a frame or two.
const readingFirstPart = 64

// readingPart is the size of the other parts: every part rebuilds the
// list, so parts are big enough that this stays a small share of the
// reading.
const readingPart = 1024

// readingState is the reading of a library in parts.
type readingState struct {
	o           *briefings.Opening
	read, total int // total is -1 until the directory is listed
	parts       int
	// reloads are the changes reported while reading, for a reload once
	// it is done; reloadAll when one reload said any file may have changed.
	reloads   []string
	reloadAll bool
	// listed is each briefing's list item, made once: every part lists
	// the library read so far, and making every item again for each part
	// grew as the square of the library (at 100,000, 10 s of the 18 s
	// it took to list them all went to making items again).
	listed map[string]entryItem
}

// libraryReadMsg carries one part of the library.
type libraryReadMsg struct {
	lib         *briefings.Library
	read, total int
	done        bool
	err         error
}

// readPartCmd reads the next part of the library off the event loop; it
// reads nothing once the reader has gone.
func (m *Model) readPartCmd() tea.Cmd {
	r := m.reading
	o, ctx, n := r.o, m.ctx, readingPart
	switch {
	case r.parts == 0:
		n = readingFirstPart
	case r.read/8 > n:
		// A part is an eighth of what is read: a library of 100,000
		// lists itself in 30 parts, not 100, each a new snapshot.
		n = r.read / 8
	}
	r.parts++
	return guard(func() tea.Msg {
		if ctx.Err() != nil {
			o.Close()
			return nil
		}
		lib, done, err := o.Read(n)
		read, total := o.Progress()
		return libraryReadMsg{lib: lib, read: read, total: total, done: done, err: err}
	})
}

// libraryRead lists the briefings of one more part, keeping the selection
// (the top of the list while the cursor has not moved), and asks for the
// next part, or, at the end, for the reloads that waited.
func (m *Model) libraryRead(msg libraryReadMsg) tea.Cmd {
	r := m.reading
	if r == nil {
		return nil
	}
	r.read, r.total = msg.read, msg.total
	m.lib = msg.lib
	top := m.list.Index() == 0 && !m.list.IsFiltered() && !m.list.SettingFilter()
	selected := m.selectedPath()
	cmds := []tea.Cmd{m.tagFilter(m.list.SetItems(m.items()))}
	if !top {
		for i, it := range m.list.Items() {
			if it.(entryItem).e.Path == selected {
				m.list.Select(i)
				break
			}
		}
	}
	m.setProblemsStatus()
	if msg.err != nil {
		m.setStatus(msg.err.Error(), true)
	}
	if !msg.done {
		return tea.Batch(append(cmds, m.readPartCmd())...)
	}
	m.reading = nil
	cmds = append(cmds, m.diskFillCmd())
	if r.reloadAll || len(r.reloads) > 0 {
		paths := r.reloads
		if r.reloadAll {
			paths = nil
		}
		cmds = append(cmds, m.reload(ReloadMsg{Paths: paths}))
	}
	return tea.Batch(cmds...)
}

// readingNote is the list's footer while the library is read.
func (r *readingState) note() string {
	if r.total < 0 {
		return "reading the library…"
	}
	return fmt.Sprintf("reading %s of %s…", groupDigits(r.read), groupDigits(r.total))
}

// groupDigits writes n with a comma every three digits: 10,000.
func groupDigits(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
