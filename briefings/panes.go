package briefings

import (
	"slices"
	"strconv"
	"strings"
)

// Pane is one page of the reader: one of the four standard panes or an extra
// section. Markdown is ready for glamour.
type Pane struct {
	Title    string
	Markdown string
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
	panes := []Pane{
		{Title: StandardPanes[0], Markdown: b.summaryPane()},
		{Title: StandardPanes[1], Markdown: b.actorsPane()},
		{Title: StandardPanes[2], Markdown: b.timelinePane()},
		{Title: StandardPanes[3], Markdown: b.quotesPane()},
	}
	for _, s := range b.Sections {
		md := s.Markdown
		if strings.TrimSpace(md) == "" {
			md = EmptyPane
		}
		panes = append(panes, Pane{Title: s.Title, Markdown: md + "\n"})
	}
	if len(b.Unread) > 0 {
		panes = append(panes, Pane{Title: ProblemsPane, Markdown: b.problemsPane()})
	}
	return panes
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
func (us *unreadMarks) write(w *strings.Builder, i int) {
	for len(*us) > 0 && (*us)[0].Index <= i {
		u := (*us)[0]
		// A paragraph of its own, marked by a sign as well as by bold so
		// that it shows without colour.
		w.WriteString("\n**⚠ Line " + strconv.Itoa(u.Line) + " not read:** " + escapeText(u.Msg, false) + "\n\n")
		*us = (*us)[1:]
	}
}

func (b *Briefing) summaryPane() string {
	var w strings.Builder
	un := b.unreadIn(0)
	for i, s := range b.Summary {
		un.write(&w, i)
		w.WriteString(joinCite(escapeText(s.Text, true), s.Cites) + "\n\n")
	}
	n := len(un)
	un.write(&w, len(b.Summary))
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
	return w.String()
}

func (b *Briefing) actorsPane() string {
	un := b.unreadIn(1)
	if len(b.Actors) == 0 && len(un) == 0 {
		return b.emptyText("Actors", "*No actors.*") + "\n"
	}
	var w strings.Builder
	for i, a := range b.Actors {
		un.write(&w, i)
		w.WriteString("- **" + escapeText(a.Name, false) + "**")
		if a.Type != "" {
			w.WriteString(" (" + escapeText(a.Type, false) + ")")
		}
		if a.Role != "" {
			w.WriteString(" — " + escapeText(a.Role, false))
		}
		w.WriteString(citeSuffix(a.Cites))
		if len(a.Aliases) > 0 {
			var al []string
			for _, x := range a.Aliases {
				al = append(al, escapeText(x, false))
			}
			w.WriteString("  \n  *Also:* " + strings.Join(al, "; "))
		}
		w.WriteString("\n")
	}
	un.write(&w, len(b.Actors))
	return w.String()
}

func (b *Briefing) timelinePane() string {
	un := b.unreadIn(2)
	if len(b.Timeline) == 0 && len(un) == 0 {
		return b.emptyText("Timeline", "*No dated events.*") + "\n"
	}
	var w strings.Builder
	for i, e := range b.Timeline {
		un.write(&w, i)
		d := e.Date
		if e.End != "" {
			d += " – " + e.End
		}
		w.WriteString("- **" + escapeText(d, false) + "** — " + joinCite(escapeText(e.Text, false), e.Cites) + "\n")
	}
	un.write(&w, len(b.Timeline))
	return w.String()
}

// quotesPane writes quotes as paragraphs in curly quotes rather than block
// quotes: glamour's block quotes mis-wrap long lines (a word escapes the
// bar), and quotes are the longest lines a briefing has.
func (b *Briefing) quotesPane() string {
	un := b.unreadIn(3)
	if len(b.Quotes) == 0 && len(un) == 0 {
		return b.emptyText("Source quotes", "*No quotes.*") + "\n"
	}
	var w strings.Builder
	for i, q := range b.Quotes {
		if i > 0 {
			w.WriteString("\n")
		}
		un.write(&w, i)
		w.WriteString("“" + escapeText(q.Text, false) + "”\n")
		switch {
		case q.Speaker != "":
			w.WriteString("\n*— " + escapeText(q.Speaker, false) + "*" + citeSuffix(q.Cites) + "\n")
		case len(q.Cites) > 0:
			w.WriteString("\n" + formatCites(q.Cites) + "\n")
		}
	}
	un.write(&w, len(b.Quotes))
	return w.String()
}
