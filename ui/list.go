package ui

import (
	"fmt"
	"io"
	"strings"

	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/paginator"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	xansi "github.com/charmbracelet/x/ansi"

	"github.com/brief-team/brief/briefings"
)

// entryItem is one briefing in the library list.
type entryItem struct {
	e     briefings.Entry
	title string // sanitized once: the delegate renders on every frame
	tags  string
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
	return entryItem{e: e, title: title, tags: strings.Join(tags, ", ")}
}

// FilterValue implements list.Item: the fuzzy filter matches title and tags.
func (i entryItem) FilterValue() string { return i.title + " " + i.tags }

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
