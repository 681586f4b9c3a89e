package briefings

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// idRE is the form of a source id, as citations write it: S1, S12, R3.
var idRE = regexp.MustCompile(`^[A-Z]{1,3}[0-9]{1,4}$`)

// isoDayRE is the form of the briefing date and of source publication dates.
var isoDayRE = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)

// knownFrontMatter lists the front matter keys the format defines.
var (
	knownFrontMatter = []string{"title", "date", "tags", "marking", "sources"}
	knownSourceKeys  = []string{"id", "title", "publisher", "url", "published", "path"}
)

// Lint returns every problem in a briefing file, each with file and line:
// the syntax problems Parse reports, then semantic ones: missing title or
// date, malformed dates, duplicate or malformed source ids, unknown
// front matter keys, citations of unknown sources, uncited items, a
// timeline out of chronological order, unknown actor types, duplicate
// actors, and a "# " title that disagrees with the front matter.
// A briefing that lints clean is what brief generate must produce.
func Lint(name string, data []byte) []Problem {
	p := newParser(name, data)
	b := p.parse()
	probs := append(Problems(nil), p.probs...)
	if b == nil {
		return probs
	}
	l := &linter{name: name, p: p, b: b, probs: probs, fm: p.frontMatterLines(), ids: map[string]bool{}, used: map[string]bool{}}
	l.frontMatter()
	l.items()
	l.uncitedSources()
	slices.SortStableFunc(l.probs, func(a, b Problem) int { return a.Line - b.Line })
	return l.probs
}

// linter is one run of Lint: the problems found so far, and the source
// ids listed (ids) and cited (used), which the checks of the front matter
// and of the items share.
type linter struct {
	name      string
	p         *docParser
	b         *Briefing
	fm        fmLines
	probs     []Problem
	ids, used map[string]bool
}

// add records a problem at line.
func (l *linter) add(line int, format string, args ...any) {
	l.probs = append(l.probs, Problem{File: l.name, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// frontMatter checks the front matter: its keys, title, date and sources.
func (l *linter) frontMatter() {
	p, b, fm, add, ids := l.p, l.b, l.fm, l.add, l.ids
	for _, k := range fm.unknown {
		add(k.line, "front matter: unknown key %q (known: %s)", k.key, strings.Join(knownFrontMatter, ", "))
	}
	if b.Title == "" {
		add(fm.line("title"), "missing title: add \"title: ...\" to the front matter")
	} else if p.h1 != "" && p.h1 != b.Title {
		add(p.h1Line, "the \"# \" heading %q differs from the front matter title %q", p.h1, b.Title)
	}
	switch {
	case b.Date == "":
		add(fm.line("date"), "missing date: add \"date: YYYY-MM-DD\" to the front matter")
	case !isoDayRE.MatchString(b.Date) || checkDate(b.Date) != nil:
		add(fm.line("date"), "bad date %q: the briefing date is YYYY-MM-DD", b.Date)
	}
	if len(b.Sources) == 0 {
		add(fm.line("sources"), "no sources: list the documents the briefing cites under \"sources:\"")
	}
	for i, s := range b.Sources {
		line := fm.source(i)
		switch {
		case s.ID == "":
			add(line, "source %d has no id", i+1)
		case !idRE.MatchString(s.ID):
			add(line, "source id %q cannot be cited: use a form such as S1", s.ID)
		case ids[s.ID]:
			add(line, "duplicate source id %s", s.ID)
		}
		ids[s.ID] = true
		if s.Title == "" {
			add(line, "source %s has no title", s.ID)
		}
		if s.Published != "" && (!isoDayRE.MatchString(s.Published) && !dateRE.MatchString(s.Published) || checkDate(s.Published) != nil) {
			add(line, "source %s: bad published date %q: use YYYY-MM-DD", s.ID, s.Published)
		}
	}
	for _, k := range fm.unknownSource {
		add(k.line, "front matter: unknown source key %q (known: %s)", k.key, strings.Join(knownSourceKeys, ", "))
	}
	if p.preamble > 0 {
		add(p.preamble, "text before the first \"## \" section is not part of a standard pane (shown as \"Preamble\")")
	}
}

// items checks the items of each pane: their citations, and what each
// kind of item must say.
func (l *linter) items() {
	p, b, add, ids, used, name := l.p, l.b, l.add, l.ids, l.used, l.name
	cites := func(line int, what string, cs []string) {
		if len(cs) == 0 {
			add(line, "uncited %s: end it with the sources it comes from, e.g. [S1]", what)
		}
		for _, c := range cs {
			used[c] = true
			if !ids[c] {
				add(line, "%s cites [%s], which is not among the sources", what, c)
			}
		}
	}
	at := func(lines []int, i int) int {
		if i < len(lines) {
			return lines[i]
		}
		return 0
	}
	if len(b.Summary) == 0 {
		add(p.bodyStartLine(), "no summary: add a \"## Summary\" section with at least one statement")
	}
	for _, section := range b.Missing {
		if section == "Summary" {
			continue // "no summary" above
		}
		// Not an error: a briefing may have nothing to list. But a reader
		// cannot tell a forgotten section from an empty one.
		l.probs = append(l.probs, Problem{
			File: name, Line: p.bodyStartLine(), Warning: true,
			Msg: fmt.Sprintf("no \"## %s\" section: the %s pane says so; add the heading, even with nothing under it, when there is nothing to list", section, section),
		})
	}
	for i, s := range b.Summary {
		cites(at(p.summaryLines, i), "summary statement", s.Cites)
	}
	names := map[string]int{}
	for i, a := range b.Actors {
		line := at(p.actorLines, i)
		cites(line, "actor "+a.Name, a.Cites)
		switch a.Type {
		case ActorPerson, ActorOrganization, ActorCountry, ActorGroup:
		case "":
			add(line, "actor %s has no type: write \"**%s** (person)\" (or organization, country, group)", a.Name, a.Name)
		default:
			add(line, "actor %s has unknown type %q: use person, organization, country or group", a.Name, a.Type)
		}
		key := strings.ToLower(a.Name)
		if first, dup := names[key]; dup {
			add(line, "actor %s is listed twice (first at line %d)", a.Name, first)
		} else {
			names[key] = line
		}
	}
	for i, e := range b.Timeline {
		line := at(p.eventLines, i)
		cites(line, "timeline entry "+dateRange(e), e.Cites)
		if e.Text == "" {
			add(line, "timeline entry %s says nothing happened", dateRange(e))
		}
		if e.End != "" && e.End < e.Date {
			add(line, "timeline entry %s ends before it starts", dateRange(e))
		}
		if i > 0 && e.Date < b.Timeline[i-1].Date {
			add(line, "timeline out of order: %s comes after %s (line %d); entries are chronological", e.Date, b.Timeline[i-1].Date, at(p.eventLines, i-1))
		}
		if e.AnchorSource != "" {
			si := slices.IndexFunc(b.Sources, func(s Source) bool { return s.ID == e.AnchorSource })
			switch {
			case si < 0:
				add(line, "timeline entry %s is counted from %s's date, but there is no source %s", dateRange(e), e.AnchorSource, e.AnchorSource)
			case b.Sources[si].Published != "" && b.Sources[si].Published != e.Anchor:
				add(line, "timeline entry %s is counted from %s's date %s, but %s was published %s", dateRange(e), e.AnchorSource, e.Anchor, e.AnchorSource, b.Sources[si].Published)
			}
		}
	}
	for i, q := range b.Quotes {
		cites(at(p.quoteLines, i), "quote", q.Cites)
	}
}

// uncitedSources reports the sources no item cites.
func (l *linter) uncitedSources() {
	b, fm, add, used := l.b, l.fm, l.add, l.used
	for i, s := range b.Sources {
		if s.ID != "" && !used[s.ID] && idRE.MatchString(s.ID) {
			add(fm.source(i), "source %s is never cited", s.ID)
		}
	}
}

// bodyStartLine is the first line after the front matter.
func (p *docParser) bodyStartLine() int { return p.lineOf(p.bodyOff) }

type keyLine struct {
	key  string
	line int
}

// fmLines locates front matter keys by line, for messages. It reads the
// YAML lines textually: the YAML has already been decoded successfully.
type fmLines struct {
	keys          map[string]int
	sources       []int
	unknown       []keyLine
	unknownSource []keyLine
}

var (
	topKeyRE    = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_-]*)\s*:`)
	sourceKeyRE = regexp.MustCompile(`^\s+(-\s+)?([A-Za-z_][A-Za-z0-9_-]*)\s*:`)
)

func (p *docParser) frontMatterLines() fmLines {
	f := fmLines{keys: map[string]int{}}
	inSources := false
	for n := 2; n <= len(p.lineStarts); n++ {
		l := string(p.lineBytes(n))
		if t := strings.TrimRight(l, " \t"); t == "---" || t == "..." {
			break
		}
		if m := topKeyRE.FindStringSubmatch(l); m != nil {
			f.keys[m[1]] = n
			inSources = m[1] == "sources"
			if !slices.Contains(knownFrontMatter, m[1]) {
				f.unknown = append(f.unknown, keyLine{m[1], n})
			}
			continue
		}
		if !inSources {
			continue
		}
		if m := sourceKeyRE.FindStringSubmatch(l); m != nil {
			if m[1] != "" {
				f.sources = append(f.sources, n)
			}
			if !slices.Contains(knownSourceKeys, m[2]) {
				f.unknownSource = append(f.unknownSource, keyLine{m[2], n})
			}
		}
	}
	return f
}

// line returns the line of a top-level key, or 1 (the front matter) when the
// key is absent.
func (f fmLines) line(key string) int {
	if n, ok := f.keys[key]; ok {
		return n
	}
	return 1
}

// source returns the line of the i-th source entry.
func (f fmLines) source(i int) int {
	if i < len(f.sources) {
		return f.sources[i]
	}
	return f.line("sources")
}
