package briefings

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// Pane is one page of the reader: one of the four standard panes or an extra
// section. Markdown is ready for glamour.
type Pane struct {
	Title    string
	Markdown string
	// Items are the byte ranges [start, end) in Markdown of a standard
	// pane's items, in order: one per statement, actor, event or quote,
	// so that a reader finds them without parsing the markdown again.
	// nil for the other panes.
	Items [][2]int
}

// Panes returns the Summary, Actors, Timeline and Source quotes panes, then
// one per extra section, as markdown ready for glamour: no front matter and
// no "## " heading of its own (the reader's tab bar names the pane).
// Citations stay as [S1]; the Summary pane ends with the list of sources so
// that readers can see what [S1] is. A nil briefing has no panes.
func (b *Briefing) Panes() []Pane {
	if b == nil {
		return nil
	}
	var panes []Pane
	for i, write := range []func(*paneWriter){b.summaryPane, b.actorsPane, b.timelinePane, b.quotesPane} {
		var w paneWriter
		// Sized ahead: a pane of 100,000 actors grew its text and items
		// some 60 times, a quarter of what a big briefing's Panes allocated.
		n, size := b.paneSize(i)
		w.Grow(size)
		w.items = make([][2]int, 0, n)
		write(&w)
		panes = append(panes, Pane{Title: StandardPanes[i], Markdown: w.String(), Items: w.items})
	}
	// An extra section is its text as written: what could not be read of
	// it (a line cut) is marked after it. Such marks are rare: gathered in
	// one pass, not looked for in every section.
	var extra map[int]unreadMarks
	for _, u := range b.Unread {
		if u.Pane >= len(StandardPanes) {
			if extra == nil {
				extra = map[int]unreadMarks{}
			}
			extra[u.Pane] = append(extra[u.Pane], u)
		}
	}
	for _, s := range b.Sections {
		md := s.Markdown
		if strings.TrimSpace(md) == "" {
			md = EmptyPane
		}
		md += "\n"
		if marks, ok := extra[len(panes)]; ok {
			var w paneWriter
			w.WriteString(md)
			marks.write(&w, math.MaxInt)
			md = w.String()
		}
		panes = append(panes, Pane{Title: s.Title, Markdown: md})
	}
	if len(b.Unread) > 0 {
		panes = append(panes, Pane{Title: ProblemsPane, Markdown: b.problemsPane()})
	}
	return panes
}

// PaneTitles returns the titles of Panes, in order, without rendering
// them: a search of a whole library picks panes by title (brief grep
// --pane) for every briefing it reads.
func (b *Briefing) PaneTitles() []string {
	if b == nil {
		return nil
	}
	titles := slices.Clone(StandardPanes)
	for _, s := range b.Sections {
		titles = append(titles, s.Title)
	}
	if len(b.Unread) > 0 {
		titles = append(titles, ProblemsPane)
	}
	return titles
}

// EmptyPane is what a pane with nothing in it says: an extra section
// without text, or any pane the reader is given blank.
const EmptyPane = "*This section is empty.*"

// emptyText is what an empty standard pane says: that the file has no such
// section, or that the section lists nothing.
func (b *Briefing) emptyText(section, empty string) string {
	if slices.Contains(b.Missing, section) {
		return "*This briefing has no " + section + " section.*"
	}
	return empty
}

// paneSize is about the size of standard pane i's markdown and its number
// of items.
func (b *Briefing) paneSize(i int) (items, size int) {
	const per = 24 // markup and cites around an item's text
	switch i {
	case 0:
		for _, s := range b.Summary {
			size += len(s.Text) + per
		}
		return len(b.Summary), size + 128*len(b.Sources)
	case 1:
		for _, a := range b.Actors {
			size += len(a.Name) + len(a.Type) + len(a.Role) + per
			for _, x := range a.Aliases {
				size += len(x) + 2
			}
		}
		return len(b.Actors), size
	case 2:
		for _, e := range b.Timeline {
			size += len(e.Date) + len(e.End) + len(e.Expression) + len(e.Anchor) + len(e.Text) + per
		}
		return len(b.Timeline), size
	default:
		for _, q := range b.Quotes {
			size += len(q.Text) + len(q.Speaker) + per
		}
		return len(b.Quotes), size
	}
}

// ProblemsPane is the title of the pane that lists what Parse could not
// read, after the others, in a briefing that has such parts.
const ProblemsPane = "Problems"

func (b *Briefing) problemsPane() string {
	var w strings.Builder
	w.WriteString("These lines could not be read; the rest of the briefing is shown.\n\n")
	ps := make([]Problem, len(b.Unread))
	for i, u := range b.Unread {
		ps[i] = u.Problem
	}
	w.WriteString(ProblemList(ps))
	return w.String()
}

// ProblemList is markdown that lists problems, one item each, as
// file:line: reason, escaped so that a file name shows as it is.
func ProblemList(ps []Problem) string {
	var w strings.Builder
	for _, p := range ps {
		w.WriteString("- " + escapeText(p.Error(), false) + "\n")
	}
	return w.String()
}

// paneWriter writes a standard pane's markdown and where its items are.
type paneWriter struct {
	strings.Builder
	items [][2]int
}

// item writes one item of the pane.
func (w *paneWriter) item(md string) {
	start := w.Len()
	w.WriteString(md)
	w.items = append(w.items, [2]int{start, w.Len()})
}

// unreadMarks writes, in place, the parts of one standard pane that Parse
// could not read: at marks(w, i), those that stood before item i.
type unreadMarks []Unread

func (b *Briefing) unreadIn(pane int) unreadMarks {
	var us unreadMarks
	for _, u := range b.Unread {
		if u.Pane == pane {
			us = append(us, u)
		}
	}
	return us
}

// write writes the marks that stood before item i, and drops them.
func (us *unreadMarks) write(w *paneWriter, i int) {
	for len(*us) > 0 && (*us)[0].Index <= i {
		u := (*us)[0]
		// A paragraph of its own, marked by a sign as well as by bold so
		// that it shows without colour.
		w.WriteString("\n**⚠ Line " + strconv.Itoa(u.Line) + " not read:** " + escapeText(u.Msg, false) + "\n\n")
		*us = (*us)[1:]
	}
}

func (b *Briefing) summaryPane(w *paneWriter) {
	un := b.unreadIn(0)
	for i, s := range b.Summary {
		un.write(w, i)
		w.item(joinCite(escapeText(s.Text, true), s.Cites) + "\n")
		w.WriteString("\n")
	}
	n := len(un)
	un.write(w, len(b.Summary))
	if len(b.Summary) == 0 && n == 0 {
		w.WriteString(b.emptyText("Summary", "*No summary.*") + "\n\n")
	}
	if len(b.Sources) > 0 {
		w.WriteString("---\n\n**Sources**\n\n")
		for _, s := range b.Sources {
			w.WriteString("- **[" + escapeText(s.ID, false) + "]** ")
			var parts []string
			if s.Title != "" {
				parts = append(parts, "*"+escapeText(s.Title, false)+"*")
			}
			if s.Publisher != "" {
				parts = append(parts, escapeText(s.Publisher, false))
			}
			if s.Published != "" {
				parts = append(parts, escapeText(s.Published, false))
			}
			w.WriteString(strings.Join(parts, ", "))
			if s.URL != "" {
				w.WriteString("  \n  " + escapeText(s.URL, false))
			}
			w.WriteString("\n")
		}
	}
}

func (b *Briefing) actorsPane(w *paneWriter) {
	un := b.unreadIn(1)
	if len(b.Actors) == 0 && len(un) == 0 {
		w.WriteString(b.emptyText("Actors", "*No actors.*") + "\n")
		return
	}
	for i, a := range b.Actors {
		un.write(w, i)
		start := w.Len() // written in place: a builder per actor was a copy of each
		w.WriteString("- **" + escapeText(a.Name, false) + "**")
		if a.Type != "" {
			w.WriteString(" (" + escapeText(a.Type, false) + ")")
		}
		if a.Role != "" {
			w.WriteString(" — " + escapeText(a.Role, false))
		}
		w.WriteString(citeSuffix(a.Cites))
		if len(a.Aliases) > 0 {
			w.WriteString("  \n  *Also:* ")
			for k, x := range a.Aliases {
				if k > 0 {
					w.WriteString("; ")
				}
				w.WriteString(escapeText(x, false))
			}
		}
		w.WriteString("\n")
		w.items = append(w.items, [2]int{start, w.Len()})
	}
	un.write(w, len(b.Actors))
}

func (b *Briefing) timelinePane(w *paneWriter) {
	un := b.unreadIn(2)
	if len(b.Timeline) == 0 && len(un) == 0 {
		w.WriteString(b.emptyText("Timeline", "*No dated events.*") + "\n")
		return
	}
	for i, e := range b.Timeline {
		un.write(w, i)
		d := e.Date
		if e.End != "" {
			d += " – " + e.End
		}
		note := ""
		if n := e.Note(); n != "" {
			note = " (" + escapeText(n, false, '(', ')') + ")"
		}
		w.item("- **" + escapeText(d, false) + "**" + note + " — " + joinCite(escapeText(e.Text, false), e.Cites) + "\n")
	}
	un.write(w, len(b.Timeline))
}

// quotesPane writes quotes as paragraphs in curly quotes rather than block
// quotes: glamour's block quotes mis-wrap long lines (a word escapes the
// bar), and quotes are the longest lines a briefing has.
func (b *Briefing) quotesPane(w *paneWriter) {
	un := b.unreadIn(3)
	if len(b.Quotes) == 0 && len(un) == 0 {
		w.WriteString(b.emptyText("Source quotes", "*No quotes.*") + "\n")
		return
	}
	for i, q := range b.Quotes {
		if i > 0 {
			w.WriteString("\n")
		}
		un.write(w, i)
		it := "“" + escapeText(q.Text, false) + "”\n"
		switch {
		case q.Speaker != "":
			it += "\n*— " + escapeText(q.Speaker, false) + "*" + citeSuffix(q.Cites) + "\n"
		case len(q.Cites) > 0:
			it += "\n" + formatCites(q.Cites) + "\n"
		}
		w.item(it)
	}
	un.write(w, len(b.Quotes))
}
