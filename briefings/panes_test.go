package briefings

import (
	"os"
	"strings"
	"testing"
)

func TestPanes(t *testing.T) {
	data, err := os.ReadFile("iran-albania.md")
	if err != nil {
		t.Fatal(err)
	}
	b := mustParse(t, string(data))
	b.Sections = append(b.Sections, Section{Title: "Analyst notes", Markdown: "Some *notes*."}, Section{Title: "Empty"})
	panes := b.Panes()
	var titles []string
	for _, p := range panes {
		titles = append(titles, p.Title)
		if strings.HasPrefix(p.Markdown, "---") || strings.Contains(p.Markdown, "\n## ") || strings.HasPrefix(p.Markdown, "## ") {
			t.Errorf("%s pane has front matter or its own heading:\n%s", p.Title, p.Markdown)
		}
	}
	if got := strings.Join(titles, "|"); got != "Summary|Actors|Timeline|Source quotes|Analyst notes|Empty" {
		t.Fatalf("titles %s", got)
	}
	if got := strings.Join(b.PaneTitles(), "|"); got != strings.Join(titles, "|") {
		t.Errorf("PaneTitles %s, Panes %s", got, strings.Join(titles, "|"))
	}
	b.Unread = append(b.Unread, Unread{Problem: Problem{File: "x.md", Line: 3, Msg: "bad"}, Pane: -1})
	if got := b.PaneTitles(); got[len(got)-1] != ProblemsPane || len(got) != len(b.Panes()) {
		t.Errorf("PaneTitles with problems: %v", got)
	}
	for i, want := range []string{
		"used by police and security services to share information about migrants and criminals. [S2]\n",
		"- **Hossein Amir-Abdollahian** (person) — Iran's foreign minister [S1]  \n  *Also:* Amir-Abdollahian\n",
		"- **2022-07-23 – 2022-07-24** (July 23-24, from S1's date 2023-04-23) — The July 23-24 conference",
		"“same aggressors”\n\n*— Edi Rama* [S2]\n",
		"Some *notes*.",
		"*This section is empty.*",
	} {
		if !strings.Contains(panes[i].Markdown, want) {
			t.Errorf("%s pane lacks %q:\n%s", panes[i].Title, want, panes[i].Markdown)
		}
	}
	// The summary pane ends with the sources, so [S1] can be looked up.
	if !strings.Contains(panes[0].Markdown, "**Sources**") || !strings.Contains(panes[0].Markdown, "- **[S2]** *Suspected Iran hack reveals UK-Albania migrant talks*, Arab News") {
		t.Errorf("summary pane lacks sources:\n%s", panes[0].Markdown)
	}
	// An unattributed quote shows its citation alone.
	if !strings.Contains(panes[3].Markdown, "“sensitive”\n\n[S2]\n") {
		t.Errorf("quotes pane:\n%s", panes[3].Markdown)
	}
}

func TestPanesEmptyAndEscaped(t *testing.T) {
	b := &Briefing{Summary: []Statement{{Text: "# not a *heading* [S9]", Cites: []string{"S1"}}}}
	p := b.Panes()
	if len(p) != 4 {
		t.Fatalf("%d panes", len(p))
	}
	if p[0].Markdown != "\\# not a \\*heading\\* \\[S9\\] [S1]\n\n" {
		t.Errorf("summary %q", p[0].Markdown)
	}
	for i, want := range []string{"", "*No actors.*", "*No dated events.*", "*No quotes.*"} {
		if !strings.Contains(p[i].Markdown, want) {
			t.Errorf("pane %d: %q", i, p[i].Markdown)
		}
	}
}
