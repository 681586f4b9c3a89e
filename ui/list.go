package ui

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/paginator"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	xansi "github.com/charmbracelet/x/ansi"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/ui/search"
)

// entryItem is one briefing in the library list.
type entryItem struct {
	e     briefings.Entry
	title string // sanitized once: the delegate renders on every frame
	tags  string
	// filter is what the library filter searches, one field a line, the
	// title first (see libraryFilter).
	filter string
}

func newEntryItem(e briefings.Entry) entryItem {
	tags := make([]string, 0, len(e.Tags))
	for _, t := range e.Tags {
		tags = append(tags, cleanText(t))
	}
	title := cleanText(e.Title)
	if strings.TrimSpace(title) == "" {
		title = cleanText(e.Path)
	}
	it := entryItem{e: e, title: title, tags: strings.Join(tags, ", ")}
	fields := []string{title, it.tags, cleanText(e.Marking), cleanText(e.Date)}
	for _, p := range e.Publishers {
		fields = append(fields, cleanText(p))
	}
	for _, st := range e.SourceTitles {
		fields = append(fields, cleanText(st))
	}
	it.filter = strings.Join(fields, "\n")
	return it
}

// FilterValue implements list.Item: title, tags, marking, date,
// publishers and source titles, one a line (see libraryFilter).
func (i entryItem) FilterValue() string { return i.filter }

// libraryFilter is the library list's filter. Every word of the term must
// match a field of the item (title, tags, marking, date, publisher, source
// title), ignoring case and diacritics: items where every word is a whole
// word of the item come first, then those where every word begins one
// ("pol" for Poland, "2024" for 2024-05-01), then those where it is only
// inside one; each group with matches in the title first, then in list
// order (newest first). Only when no item has the words does the filter
// fall back to fuzzy matching of title and tags, as before, for typos and
// abbreviations: a short title that merely contains the letters no longer
// ranks above a word that begins with them.
func libraryFilter(term string, targets []string) []list.Rank {
	words := strings.Fields(search.Fold(term))
	if len(words) == 0 {
		return list.DefaultFilter(term, targets)
	}
	type scored struct {
		rank        list.Rank
		tier, score int
	}
	var hits []scored
	var restIdx []int
	var rest []string
	for i, t := range targets {
		fields := strings.Split(t, "\n")
		tier, score, idx, ok := wordMatch(words, fields)
		if ok {
			hits = append(hits, scored{list.Rank{Index: i, MatchedIndexes: idx}, tier, score})
			continue
		}
		restIdx = append(restIdx, i)
		fuzzyTarget := fields[0]
		if len(fields) > 1 {
			fuzzyTarget += " " + fields[1]
		}
		rest = append(rest, fuzzyTarget)
	}
	sort.SliceStable(hits, func(a, b int) bool {
		if hits[a].tier != hits[b].tier {
			return hits[a].tier > hits[b].tier
		}
		return hits[a].score > hits[b].score
	})
	ranks := make([]list.Rank, 0, len(hits))
	for _, h := range hits {
		ranks = append(ranks, h.rank)
	}
	if len(ranks) > 0 {
		// A fuzzy match of a long title is noise next to real ones.
		return ranks
	}
	for _, r := range list.DefaultFilter(term, rest) {
		r.Index = restIdx[r.Index]
		ranks = append(ranks, r)
	}
	return ranks
}

// How a word of the filter matches a field.
const (
	matchInside = 1 + iota // inside a word
	matchPrefix            // at the beginning of a word
	matchWord              // a whole word
)

// wordMatch matches every word against the fields (the first is the
// title). tier is the weakest of the words' best matches, score adds them
// up (a match in the title counts more), idx are the title's runes matched.
func wordMatch(words, fields []string) (tier, score int, idx []int, ok bool) {
	folded := make([]string, len(fields))
	var titleRunes []int // byte offset of folded title -> rune index of title
	for f, field := range fields {
		if f == 0 {
			folded[f], titleRunes = foldRunes(field)
		} else {
			folded[f] = search.Fold(field)
		}
	}
	tier = matchWord
	for _, w := range words {
		best, bestField, at := 0, -1, -1
		for f, text := range folded {
			if q, o := matchIn(text, w); q > best || (q == best && q > 0 && f == 0 && bestField != 0) {
				best, bestField, at = q, f, o
			}
		}
		if best == 0 {
			return 0, 0, nil, false
		}
		tier = min(tier, best)
		score += 2 * best
		if bestField == 0 {
			score++
			for b := at; b < at+len(w) && b < len(titleRunes); b++ {
				if len(idx) == 0 || idx[len(idx)-1] != titleRunes[b] {
					idx = append(idx, titleRunes[b])
				}
			}
		}
	}
	return tier, score, idx, true
}

// matchIn returns how well w matches text (0: not at all) and where.
func matchIn(text, w string) (quality, at int) {
	at = -1
	for i := 0; i+len(w) <= len(text); {
		o := strings.Index(text[i:], w)
		if o < 0 {
			break
		}
		o += i
		q := matchInside
		if o == 0 || isFilterSep(text[o-1]) {
			q = matchPrefix
			if e := o + len(w); e == len(text) || isFilterSep(text[e]) {
				q = matchWord
			}
		}
		if q > quality {
			quality, at = q, o
		}
		if quality == matchWord {
			break
		}
		i = o + 1
	}
	return quality, at
}

// isFilterSep reports whether a byte separates words for the filter:
// "tlp:clear" and "2024-05-01" stay one word each, and "2024" begins the
// date.
func isFilterSep(c byte) bool {
	switch c {
	case ' ', ',', ';', '.', '(', ')', '[', ']', '"', '\'', '/', '-':
		return true
	}
	return false
}

// foldRunes folds s as search.Fold does and maps each byte of the result
// to the index of the rune of s it comes from, to highlight the match in
// the title.
func foldRunes(s string) (string, []int) {
	var b strings.Builder
	var m []int
	for i, r := range []rune(s) {
		var f string
		if r < 0x80 {
			f = strings.ToLower(string(r))
		} else {
			f = search.Fold(string(r))
		}
		b.WriteString(f)
		for range len(f) {
			m = append(m, i)
		}
	}
	return b.String(), m
}

// entryDelegate draws a list item on two lines: the title, then date,
// marking, source count and tags.
type entryDelegate struct {
	styles Styles
}

// Height implements list.ItemDelegate.
func (d entryDelegate) Height() int { return 2 }

// Spacing implements list.ItemDelegate.
func (d entryDelegate) Spacing() int { return 1 }

// Update implements list.ItemDelegate.
func (d entryDelegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

// Render implements list.ItemDelegate.
func (d entryDelegate) Render(w io.Writer, m list.Model, index int, item list.Item) {
	it, ok := item.(entryItem)
	if !ok {
		return
	}
	s := d.styles
	width := m.Width()
	selected := index == m.Index()
	titleStyle, descStyle := s.ItemTitle, s.ItemDesc
	gutter := "  "
	if selected {
		titleStyle, descStyle = s.ItemSelectedTitle, s.ItemSelectedDesc
		gutter = descStyle.Render(s.Gutter)
	}

	title := it.title
	if m.FilterState() != list.Unfiltered {
		var inTitle []int
		n := len([]rune(title))
		for _, r := range m.MatchesForItem(index) {
			if r < n {
				inTitle = append(inTitle, r)
			}
		}
		title = lipgloss.StyleRunes(title, inTitle, titleStyle.Inherit(s.ItemMatch), titleStyle)
	} else {
		title = titleStyle.Render(title)
	}

	parts := []string{descStyle.Render(orDash(it.e.Date))}
	if it.e.Marking != "" {
		parts = append(parts, s.Marking(it.e.Marking).Render(cleanText(it.e.Marking)))
	} else {
		// Said, so that a briefing with no marking and one whose marking
		// was forgotten do not look alike.
		parts = append(parts, descStyle.Render(unmarked))
	}
	parts = append(parts, descStyle.Render(plural(it.e.Sources, "source", "sources")))
	if it.tags != "" {
		parts = append(parts, s.ItemTags.Render(it.tags))
	}
	desc := strings.Join(parts, descStyle.Render(s.Sep))

	line1 := xansi.Truncate(gutter+title, width, s.Ellipsis)
	line2 := xansi.Truncate(gutter+desc, width, s.Ellipsis)
	fmt.Fprintf(w, "%s\n%s", line1, line2)
}

// unmarked is what the library and the header show for a briefing with no
// marking (the word the access file uses for it too).
const unmarked = "unmarked"

func orDash(s string) string {
	if s = cleanText(s); s == "" {
		return "undated"
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// newList builds the library list. Quitting belongs to the root model
// (and bubbles v2.2.1 binds the list's quit to "v"), so the list's quit
// bindings are disabled, and so is its help: the root composes help.
func newList(items []list.Item, styles Styles, keys KeyMap) list.Model {
	l := list.New(nil, entryDelegate{styles: styles}, 0, 0)
	// A page number, not a dot per page: bubbles builds the dots by string
	// concatenation on every resize and filter, so their cost grows with
	// the square of the library (10,000 briefings: 4.7 s of CPU at start).
	l.Paginator.Type = paginator.Arabic
	l.SetItems(items)
	l.Title = "brief"
	l.SetStatusBarItemName("briefing", "briefings")
	l.SetShowHelp(false)
	l.DisableQuitKeybindings()
	l.Filter = libraryFilter
	applyListStyles(&l, styles)
	return l
}

// applyListStyles restyles the list; bubbles' list.New hard-codes dark
// styles and does not pass its Styles on to the filter input and paginator.
func applyListStyles(l *list.Model, styles Styles) {
	l.Styles = styles.List
	l.FilterInput.SetStyles(styles.List.Filter)
	l.Paginator.ActiveDot = styles.List.ActivePaginationDot.String()
	l.Paginator.InactiveDot = styles.List.InactivePaginationDot.String()
	l.SetDelegate(entryDelegate{styles: styles})
}

// listKeysOf exposes the list's own bindings for the composed help.
func listKeysOf(l list.Model) listKeys {
	k := l.KeyMap
	return listKeys{
		Up: k.CursorUp, Down: k.CursorDown, PrevPage: k.PrevPage, NextPage: k.NextPage,
		Start: k.GoToStart, End: k.GoToEnd, Filter: k.Filter, ClearFilter: k.ClearFilter,
		Accept: k.AcceptWhileFiltering, Cancel: k.CancelWhileFiltering,
	}
}

// items returns the list items for the library entries the grant allows.
func (m *Model) items() []list.Item {
	if m.lib == nil {
		return nil
	}
	// While the library is read in parts, each briefing's item is made
	// once (readingState.listed): every part lists all read so far.
	var made map[string]entryItem
	if r := m.reading; r != nil {
		if r.listed == nil {
			r.listed = map[string]entryItem{}
		}
		made = r.listed
	}
	var items []list.Item
	for _, e := range m.lib.Entries() {
		if !m.allowed(e) {
			continue
		}
		it, ok := made[e.Path]
		if !ok {
			it = newEntryItem(e)
			if made != nil {
				made[e.Path] = it
			}
		}
		items = append(items, it)
	}
	return items
}

func (m *Model) allowed(e briefings.Entry) bool {
	return m.opts.Allow == nil || m.opts.Allow(e)
}

// entry finds an allowed entry by path.
func (m *Model) entry(path string) (briefings.Entry, bool) {
	if m.lib == nil {
		return briefings.Entry{}, false
	}
	for _, e := range m.lib.Entries() {
		if e.Path == path && m.allowed(e) {
			return e, true
		}
	}
	return briefings.Entry{}, false
}

func (m *Model) setProblemsStatus() {
	if ps := m.problems(); len(ps) > 0 {
		msg := ps[0].Error()
		if len(ps) > 1 {
			msg = fmt.Sprintf("%d files not loaded (! lists them): %s", len(ps), msg)
		} else {
			msg = "not loaded: " + msg + " (! lists it)"
		}
		m.setStatus(msg, true)
	}
}

// problems returns the library's unreadable files that this viewer may
// see (none under HideProblems).
func (m *Model) problems() []briefings.Problem {
	if m.lib == nil || m.opts.HideProblems {
		return nil
	}
	return m.lib.Problems()
}

// showProblems opens, in the reader, the list of every file the library
// could not read, each as file:line: reason; back returns to the library.
func (m *Model) showProblems() {
	md := briefings.ProblemList(m.problems())
	b := &briefings.Briefing{Title: "Files not loaded"}
	d := &loadedDoc{
		entry: briefings.Entry{Title: b.Title}, version: "problems", b: b,
		titles: []string{"Not loaded"}, chunks: [][]chunk{splitChunks(paneMarkdown(md))},
	}
	m.reader = newReader(d, 0)
	m.state = stateReader
}

// updateList forwards a message to the list and schedules a prefetch when
// the selection moved.
func (m *Model) updateList(msg tea.Msg) tea.Cmd {
	before := m.selectedPath()
	var cmd tea.Cmd
	m.list, cmd = m.list.Update(msg)
	cmd = m.tagFilter(cmd)
	if _, ok := msg.(list.FilterMatchesMsg); ok {
		m.clampListPage()
	}
	if after := m.selectedPath(); after != before && after != "" {
		cmd = tea.Batch(cmd, m.load.prefetchLater())
	}
	return cmd
}

// filterResult is a result of the list's filter, numbered in the order
// the command that computed it was made (see tagFilter).
type filterResult struct {
	seq uint64
	msg list.FilterMatchesMsg
}

// tagFilter numbers the filter result a command of the list may bring.
// bubbles' list computes each filter result in a command of its own and
// takes whichever arrives, but Bubble Tea runs commands concurrently: the
// result for "l" could arrive after the one for "lives" and stay on
// screen. Numbered, a result older than the one shown is dropped
// (gotFilterResult).
func (m *Model) tagFilter(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	m.filterSeq++
	return tagFilterCmd(cmd, m.filterSeq)
}

func tagFilterCmd(cmd tea.Cmd, seq uint64) tea.Cmd {
	return func() tea.Msg {
		switch msg := cmd().(type) {
		case list.FilterMatchesMsg:
			return filterResult{seq: seq, msg: msg}
		case tea.BatchMsg:
			for i, c := range msg {
				if c != nil {
					msg[i] = tagFilterCmd(c, seq)
				}
			}
			return msg
		default:
			return msg
		}
	}
}

// gotFilterResult gives the list a filter result unless a newer one was
// given already.
func (m *Model) gotFilterResult(r filterResult) tea.Cmd {
	if r.seq < m.filterShown || m.state != stateLibrary {
		return nil
	}
	m.filterShown = r.seq
	return m.updateList(r.msg)
}

// clampListPage puts the list's page and cursor back inside its visible
// items. bubbles' list (v2.1.1 to v2.2.2) takes an asynchronous filter
// result without updating its paginator, so keys that arrive with the
// filter in one read (a paste, a laggy SSH link: "/9", enter, G) leave it on
// a page the result does not have, and its View slices out of range.
func (m *Model) clampListPage() {
	n := len(m.list.VisibleItems())
	m.list.Paginator.SetTotalPages(n)
	if i := m.list.Index(); i >= n || m.list.Paginator.Page >= m.list.Paginator.TotalPages {
		m.list.Select(max(0, min(i, n-1)))
	}
}

func (m *Model) selectedPath() string {
	if it, ok := m.list.SelectedItem().(entryItem); ok {
		return it.e.Path
	}
	return ""
}
