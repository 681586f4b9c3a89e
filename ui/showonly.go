package ui

import (
	"slices"
	"sort"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/brief-team/brief/ui/search"
)

// showOnly is the &PATTERN filter of a pane: the lines of its items that
// match, computed off the event loop for one rendering of the pane.
type showOnly struct {
	raw   string
	q     *search.Query
	r     *paneRender // the rendering rows index; nil until computed
	rev   uint64
	rows  []int // lines of r shown, in order
	items int   // matching items
	y     int   // first visible row
	busy  bool  // a command is computing rows
}

// shown returns pane i's filter when its rows fit rendering p.
func (r *readerModel) shown(i int, p *paneRender) *showOnly {
	f := r.only[i]
	if f == nil || p == nil || f.r != p || f.rev != p.rev {
		return nil
	}
	return f
}

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
