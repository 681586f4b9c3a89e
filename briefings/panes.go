package briefings

import (
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
			md = "*This section is empty.*"
		}
		panes = append(panes, Pane{Title: s.Title, Markdown: md + "\n"})
	}
	return panes
}

func (b *Briefing) summaryPane() string {
	var w strings.Builder
	for _, s := range b.Summary {
		w.WriteString(joinCite(escapeText(s.Text, true), s.Cites) + "\n\n")
	}
	if len(b.Summary) == 0 {
		w.WriteString("*No summary.*\n\n")
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
	if len(b.Actors) == 0 {
		return "*No actors.*\n"
	}
	var w strings.Builder
	for _, a := range b.Actors {
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
	return w.String()
}

func (b *Briefing) timelinePane() string {
	if len(b.Timeline) == 0 {
		return "*No dated events.*\n"
	}
	var w strings.Builder
	for _, e := range b.Timeline {
		d := e.Date
		if e.End != "" {
			d += " – " + e.End
		}
		w.WriteString("- **" + escapeText(d, false) + "** — " + joinCite(escapeText(e.Text, false), e.Cites) + "\n")
	}
	return w.String()
}

// quotesPane writes quotes as paragraphs in curly quotes rather than block
// quotes: glamour's block quotes mis-wrap long lines (a word escapes the
// bar), and quotes are the longest lines a briefing has.
func (b *Briefing) quotesPane() string {
	if len(b.Quotes) == 0 {
		return "*No quotes.*\n"
	}
	var w strings.Builder
	for i, q := range b.Quotes {
		if i > 0 {
			w.WriteString("\n")
		}
		w.WriteString("“" + escapeText(q.Text, false) + "”\n")
		switch {
		case q.Speaker != "":
			w.WriteString("\n*— " + escapeText(q.Speaker, false) + "*" + citeSuffix(q.Cites) + "\n")
		case len(q.Cites) > 0:
			w.WriteString("\n" + formatCites(q.Cites) + "\n")
		}
	}
	return w.String()
}
