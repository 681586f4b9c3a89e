package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/textinput"
	"charm.land/glamour/v2/ansi"
	glamourstyles "charm.land/glamour/v2/styles"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/brief-team/brief/ui/search"
)

// plainMarks are the match marks of styles without attributes: the
// current match in guillemets, the others in brackets.
var plainMarks = search.Marks{Open: "[", Close: "]", CurrentOpen: "»", CurrentClose: "«"}

// Style names accepted by Options.Style and RenderPane.
const (
	StyleDark  = "dark"
	StyleLight = "light"
	StyleASCII = "ascii"
	StyleNoTTY = "notty"
)

// Styles holds every style the reader draws with, so that no other file
// styles text inline. Build it with NewStyles; it is rebuilt when the
// terminal's background turns out to be light.
type Styles struct {
	// Name is the style this set was built for: dark, light, ascii or notty.
	Name string

	// Reader header.
	Title lipgloss.Style
	Meta  lipgloss.Style

	// Tab bar.
	Tab       lipgloss.Style
	ActiveTab lipgloss.Style
	TabGap    string
	// ActiveTabMark, when set, brackets the active tab (two characters,
	// e.g. "[]"), for styles without attributes.
	ActiveTabMark string

	// Footer.
	Footer    lipgloss.Style
	Position  lipgloss.Style
	Status    lipgloss.Style
	ErrorText lipgloss.Style

	// Library list items.
	ItemTitle         lipgloss.Style
	ItemSelectedTitle lipgloss.Style
	ItemDesc          lipgloss.Style
	ItemSelectedDesc  lipgloss.Style
	ItemMatch         lipgloss.Style
	ItemTags          lipgloss.Style

	// Markings by TLP level (FIRST TLP 2.0: the colour on black), and any
	// other marking.
	TLPRed, TLPAmber, TLPGreen, TLPClear, OtherMarking lipgloss.Style

	// Search highlights drawn over rendered lines (see Highlight).
	Match        lipgloss.Style
	CurrentMatch lipgloss.Style
	// MatchMarks, when set, are drawn around the matches as text, for
	// terminals without attributes (notty, TERM=dumb): the current match
	// and the others must still be told apart.
	MatchMarks search.Marks

	// Gutter marks the selected library item.
	Gutter string

	// TooSmall is the message shown when the window is below the minimum.
	TooSmall lipgloss.Style

	// Sep separates fields in one line ("·", or "-" in ascii).
	Sep string
	// Ellipsis marks truncated text.
	Ellipsis string

	// Components.
	Help help.Styles
	List list.Styles

	// Markdown is the glamour style of the panes.
	Markdown ansi.StyleConfig
}

// NewStyles returns the styles for a style name: "dark", "light", "ascii"
// or "notty". Unknown names get dark. Colours are chosen with
// lipgloss.LightDark and written at full fidelity; Bubble Tea downsamples
// them to the terminal's profile (256 or 16 colours, none under NO_COLOR).
// It is long on purpose: one table, each theme's styles side by side.
func NewStyles(name string) Styles {
	switch name {
	case StyleLight, StyleASCII, StyleNoTTY:
	default:
		name = StyleDark
	}
	s := Styles{Name: name, Sep: " · ", Ellipsis: "…", TabGap: "", Gutter: "│ "}
	plain := name == StyleASCII || name == StyleNoTTY
	isDark := name != StyleLight
	ld := lipgloss.LightDark(isDark)
	c := lipgloss.Color

	base := lipgloss.NewStyle()
	subdued := ld(c("#6C6C6C"), c("#9A9A9A"))
	accent := ld(c("#5A3FD6"), c("#A48BFF"))
	text := ld(c("#1A1A1A"), c("#E4E4E4"))

	if plain {
		s.Sep = " - "
		s.Ellipsis = "..."
		s.Gutter = "> "
	}

	switch name {
	case StyleNoTTY:
		// No attributes at all: the output is meant to read as plain text.
		s.Title, s.Meta = base, base
		s.Tab, s.ActiveTab = base, base
		s.ActiveTabMark = "[]"
		s.Footer, s.Position, s.Status, s.ErrorText = base, base, base, base
		s.ItemTitle, s.ItemSelectedTitle, s.ItemDesc, s.ItemSelectedDesc = base, base, base, base
		s.ItemMatch, s.ItemTags = base, base
		s.TLPRed, s.TLPAmber, s.TLPGreen, s.TLPClear, s.OtherMarking = base, base, base, base, base
		// Reverse where the terminal draws it; the marks tell the current
		// match from the others where it does not.
		s.Match, s.CurrentMatch = base.Reverse(true), base.Reverse(true)
		s.MatchMarks = plainMarks
		s.TooSmall = base
	case StyleASCII:
		// Attributes but no colour.
		s.Title = base.Bold(true)
		s.Meta = base
		s.Tab = base
		s.ActiveTab = base.Bold(true).Reverse(true)
		s.Footer, s.Position, s.Status = base, base, base
		s.ErrorText = base.Bold(true)
		s.ItemTitle = base
		s.ItemSelectedTitle = base.Bold(true)
		s.ItemDesc = base
		s.ItemSelectedDesc = base
		s.ItemMatch = base.Underline(true)
		s.ItemTags = base
		s.TLPRed, s.TLPAmber, s.TLPGreen, s.TLPClear, s.OtherMarking = base.Bold(true), base.Bold(true), base.Bold(true), base.Bold(true), base
		s.Match, s.CurrentMatch = attrMatch, attrCurrent
		s.TooSmall = base.Bold(true)
	default:
		s.Title = base.Bold(true).Foreground(text)
		s.Meta = base.Foreground(subdued)
		s.Tab = base.Foreground(subdued)
		// Bold keeps the active tab visible when colour is stripped
		// (NO_COLOR). Not underline: lipgloss underlines rune by rune, which
		// costs bytes on every frame.
		s.ActiveTab = base.Bold(true).Background(accent).Foreground(ld(c("#FFFFFF"), c("#1A1A1A")))
		s.Footer = base.Foreground(subdued)
		s.Position = base.Foreground(accent)
		s.Status = base.Foreground(subdued).Italic(true)
		s.ErrorText = base.Bold(true).Foreground(ld(c("#C62828"), c("#FF6B6B")))
		s.ItemTitle = base.Foreground(text)
		s.ItemSelectedTitle = base.Bold(true).Foreground(accent)
		s.ItemDesc = base.Foreground(subdued)
		s.ItemSelectedDesc = base.Foreground(ld(c("#7E66E0"), c("#8C7BD6")))
		s.ItemMatch = base.Underline(true)
		s.ItemTags = base.Foreground(ld(c("#2E7D6B"), c("#6FC3B2")))
		black := c("#000000")
		s.TLPRed = base.Bold(true).Background(black).Foreground(c("#FF2B2B"))
		s.TLPAmber = base.Bold(true).Background(black).Foreground(c("#FFC000"))
		s.TLPGreen = base.Bold(true).Background(black).Foreground(c("#33FF00"))
		s.TLPClear = base.Bold(true).Background(black).Foreground(c("#FFFFFF"))
		s.OtherMarking = base.Bold(true).Foreground(text)
		s.Match = base.Reverse(true)
		s.CurrentMatch = base.Bold(true).Background(c("#FFC000")).Foreground(black)
		s.TooSmall = base.Bold(true).Foreground(text)
	}

	if plain {
		s.Help = help.Styles{
			Ellipsis:       base,
			ShortKey:       base.Bold(name == StyleASCII),
			ShortDesc:      base,
			ShortSeparator: base,
			FullKey:        base.Bold(name == StyleASCII),
			FullDesc:       base,
			FullSeparator:  base,
		}
		s.Help.ShortSeparator = base
		s.List = list.DefaultStyles(true)
		s.List.Title = base.Bold(name == StyleASCII)
		s.List.TitleBar = base.Padding(0, 0, 1, 2)
		s.List.StatusBar = base.Padding(0, 0, 1, 2)
		s.List.StatusEmpty = base
		s.List.StatusBarActiveFilter = base
		s.List.StatusBarFilterCount = base
		s.List.NoItems = base
		s.List.DefaultFilterCharacterMatch = s.ItemMatch
		s.List.ActivePaginationDot = base.SetString("*")
		s.List.InactivePaginationDot = base.SetString(".")
		s.List.DividerDot = base.SetString(" - ")
		s.List.ArabicPagination = base
		s.List.PaginationStyle = base.PaddingLeft(2)
		st := textinput.StyleState{Text: base, Placeholder: base, Suggestion: base, Prompt: base}
		s.List.Filter = textinput.Styles{Focused: st, Blurred: st}
	} else {
		s.Help = help.DefaultStyles(isDark)
		s.List = list.DefaultStyles(isDark)
		s.List.Title = base.Bold(true).Background(accent).Foreground(ld(c("#FFFFFF"), c("#1A1A1A"))).Padding(0, 1)
		s.List.DefaultFilterCharacterMatch = s.ItemMatch
	}

	// A blinking cursor redraws twice a second for nothing (and costs bytes
	// over SSH); the filter's cursor stays still.
	s.List.Filter.Cursor.Blink = false

	switch name {
	case StyleLight:
		s.Markdown = glamourstyles.LightStyleConfig
	case StyleASCII:
		s.Markdown = plainMarkdown(glamourstyles.ASCIIStyleConfig, true)
	case StyleNoTTY:
		s.Markdown = plainMarkdown(glamourstyles.NoTTYStyleConfig, false)
	default:
		s.Markdown = glamourstyles.DarkStyleConfig
	}
	return s
}

// Highlights drawn with attributes only (ascii, and any style under
// NO_COLOR): the other matches underlined, the current one in bold
// reverse video, so that it is the most visible, as with colour.
var (
	attrMatch   = lipgloss.NewStyle().Underline(true)
	attrCurrent = lipgloss.NewStyle().Reverse(true).Bold(true)
)

// ForProfile adapts the styles to what the terminal can draw (Bubble Tea
// reports it in tea.ColorProfileMsg). Under NO_COLOR (ASCII) colours are
// dropped, so highlights, the active tab and the selected item must stand
// out by attributes; under TERM=dumb (NoTTY) attributes are dropped too, so
// they are marked with visible text. Colour profiles need nothing.
func (s Styles) ForProfile(p colorprofile.Profile) Styles {
	switch {
	case p == colorprofile.NoTTY:
		s.MatchMarks = plainMarks
		s.ActiveTabMark = "[]"
		s.Gutter = "> "
	case p == colorprofile.ASCII && s.Name != StyleNoTTY:
		s.Match, s.CurrentMatch = attrMatch, attrCurrent
		s.ActiveTab = lipgloss.NewStyle().Bold(true).Reverse(true)
	}
	return s
}

// plainMarkdown is a glamour style for ascii and notty without literal
// markdown: glamour's own spell emphasis and strong text with asterisks
// ("*— Edi Rama* [S1]", "**Actor**"). With attributes (ascii) they are
// drawn in italic and bold; without (notty), as plain text.
func plainMarkdown(c ansi.StyleConfig, attrs bool) ansi.StyleConfig {
	c.Emph = ansi.StylePrimitive{}
	c.Strong = ansi.StylePrimitive{}
	c.Strikethrough = ansi.StylePrimitive{}
	if attrs {
		yes := true
		c.Emph.Italic = &yes
		c.Strong.Bold = &yes
		c.Strikethrough.CrossedOut = &yes
	}
	return c
}

// Marking returns the style for a marking such as "TLP:AMBER" or
// "TLP:AMBER+STRICT".
func (s Styles) Marking(marking string) lipgloss.Style {
	m := strings.ToUpper(strings.TrimSpace(marking))
	m = strings.TrimPrefix(m, "TLP:")
	switch {
	case strings.HasPrefix(m, "RED"):
		return s.TLPRed
	case strings.HasPrefix(m, "AMBER"):
		return s.TLPAmber
	case strings.HasPrefix(m, "GREEN"):
		return s.TLPGreen
	case strings.HasPrefix(m, "CLEAR"), strings.HasPrefix(m, "WHITE"):
		return s.TLPClear
	}
	return s.OtherMarking
}
