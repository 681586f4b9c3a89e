package briefings

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// dateRE matches the timeline date forms YYYY, YYYY-MM and YYYY-MM-DD.
var dateRE = regexp.MustCompile(`^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`)

// summaryBlock reads paragraphs (and list items, for "Key points" lists).
func (p *docParser) summaryBlock(b *Briefing, n ast.Node) {
	switch n.(type) {
	case *ast.Paragraph:
		if st, ok := p.statement(n); ok {
			b.Summary = append(b.Summary, st)
			p.summaryLines = append(p.summaryLines, p.nodeLine(n))
		}
	case *ast.List:
		p.listBlock(n, "Summary", "one paragraph per statement ending with [S1]", func(para ast.Node, line int) {
			if st, ok := p.statement(para); ok {
				b.Summary = append(b.Summary, st)
				p.summaryLines = append(p.summaryLines, line)
			}
		})
	default:
		p.problem(p.nodeLine(n), "unexpected %s in Summary: write one paragraph per statement, ending with its citations [S1]", describe(n))
	}
}

func (p *docParser) statement(para ast.Node) (Statement, bool) {
	t := p.inlineText(para)
	if t.text == "" && len(t.cites) == 0 {
		return Statement{}, false
	}
	return Statement{Text: t.text, Cites: t.cites}, true
}

// listBlock calls item for every item of a list whose only content is one
// paragraph, and records a problem for anything else.
func (p *docParser) listBlock(n ast.Node, section, shape string, item func(para ast.Node, line int)) {
	list, ok := n.(*ast.List)
	if !ok {
		p.problem(p.nodeLine(n), "unexpected %s in %s: expected a bullet list, one item per entry: %s", describe(n), section, shape)
		return
	}
	for it := list.FirstChild(); it != nil; it = it.NextSibling() {
		line := p.nodeLine(it)
		if b := p.walking; b != nil {
			p.fastBefore(b, line) // the items read without goldmark come first
		}
		para := it.FirstChild()
		if para == nil {
			continue // an empty item says nothing
		}
		if _, ok := para.(*ast.Paragraph); !ok {
			if _, ok := para.(*ast.TextBlock); !ok {
				p.problem(line, "unexpected %s in a %s item: expected %s", describe(para), section, shape)
				continue
			}
		}
		if extra := para.NextSibling(); extra != nil {
			p.problem(p.nodeLine(extra), "unexpected %s inside a %s item: each item is one line: %s", describe(extra), section, shape)
			continue
		}
		item(para, line)
	}
}

// listLen is the number of items of n when it is a list.
func listLen(n ast.Node) int {
	if _, ok := n.(*ast.List); ok {
		return n.ChildCount()
	}
	return 0
}

// strongPrefix splits a paragraph that starts with **bold** text into the
// bold node and the rest, or returns nil.
func strongPrefix(para ast.Node) *ast.Emphasis {
	e, ok := para.FirstChild().(*ast.Emphasis)
	if !ok || e.Level != 2 {
		return nil
	}
	return e
}

// actor parses "**Name** (type): role. Also: alias; alias [S1]".
func (p *docParser) actor(para ast.Node, line int) (Actor, bool) {
	e := strongPrefix(para)
	if e == nil {
		p.problem(line, "an actor starts with the name in bold: - **Name** (type): role. Also: alias; alias [S1]")
		return Actor{}, false
	}
	name := p.inlineText(e)
	name.toks = nil // the next call reuses their buffer
	return p.actorOf(name, p.inlineTextFrom(para, e.NextSibling()), line)
}

// actorOf makes an actor of the text of its bold name and of the rest of
// its item. Both of Parse's readings of an item come here (see
// fastitems.go), so that they cannot build different actors.
func (p *docParser) actorOf(name, rest inline, line int) (Actor, bool) {
	a := Actor{Name: name.text, Cites: mergeCites(name.cites, rest.cites)}
	if a.Name == "" {
		p.problem(line, "an actor has an empty name")
		return Actor{}, false
	}
	toks := rest.toks
	toks = trimToks(toks)
	// (type)
	if len(toks) > 0 && toks[0].is('(') {
		for i := 1; i < len(toks); i++ {
			if toks[i].is(')') {
				a.Type = strings.ToLower(collapseToks(toks[1:i]))
				toks = trimToks(toks[i+1:])
				break
			}
		}
	}
	// Also: aliases
	head, aliases := toks, []tok(nil)
	for i := 0; i+5 <= len(toks); i++ {
		if toks[i+4].is(':') && strings.EqualFold(toksString(toks[i:i+4]), "also") &&
			(i == 0 || isSpaceTok(toks[i-1]) || toks[i-1].is('.')) {
			head, aliases = toks[:i], toks[i+5:]
			break
		}
	}
	head = trimToks(head)
	if len(head) > 0 && (head[0].is(':') || head[0].is(',') || head[0].is('-') || head[0].r == '—' || head[0].r == '–') {
		head = trimToks(head[1:])
	}
	if aliases != nil && len(head) > 0 && head[len(head)-1].is('.') {
		head = head[:len(head)-1]
	}
	a.Role = collapseToks(head)
	if aliases != nil {
		start := 0
		for i := 0; i <= len(aliases); i++ {
			if i == len(aliases) || aliases[i].is(';') {
				if al := collapseToks(aliases[start:i]); al != "" {
					a.Aliases = append(a.Aliases, al)
				}
				start = i + 1
			}
		}
	}
	return a, true
}

// event parses "**DATE**: text [S1]" where DATE is YYYY, YYYY-MM,
// YYYY-MM-DD or START/END.
func (p *docParser) event(para ast.Node, line int) (Event, bool) {
	e := strongPrefix(para)
	if e == nil {
		p.problem(line, "a timeline entry starts with its date in bold: - **YYYY-MM-DD**: event [S1]")
		return Event{}, false
	}
	d := p.inlineText(e)
	d.toks = nil // the next call reuses their buffer
	return p.eventOf(d, p.inlineTextFrom(para, e.NextSibling()), line)
}

// eventOf makes a timeline entry of the text of its bold date and of the
// rest of its item, for both of Parse's readings of an item, as actorOf.
func (p *docParser) eventOf(d, rest inline, line int) (Event, bool) {
	start, end, err := parseDateRange(d.text)
	if err != nil {
		p.problem(line, "timeline: %v", err)
		return Event{}, false
	}
	ev := Event{Date: start, End: end, Cites: mergeCites(d.cites, rest.cites)}
	toks := trimToks(rest.toks)
	if note, after, ok := eventNote(toks); ok && ev.readNote(note) {
		toks = after
	}
	if len(toks) > 0 && toks[0].is(':') {
		toks = toks[1:]
	}
	ev.Text = collapseToks(toks)
	return ev, true
}

// eventNote splits "(NOTE): text" into NOTE and ": text": a parenthesis
// right after the date, closed before the colon. ok is false otherwise.
func eventNote(toks []tok) (note, after []tok, ok bool) {
	if len(toks) == 0 || !toks[0].is('(') {
		return nil, nil, false
	}
	for i := 1; i < len(toks); i++ {
		switch {
		case toks[i].is('('):
			return nil, nil, false
		case toks[i].is(')'):
			after = trimToks(toks[i+1:])
			if len(after) == 0 || !after[0].is(':') {
				return nil, nil, false
			}
			return toks[1:i], after, true
		}
	}
	return nil, nil, false
}

// anchorRE reads what follows ", from " in a derivation: "S2's date
// 2022-09-20" (a source's publication date) or "2024-03-09".
var anchorRE = regexp.MustCompile(`^(?:([A-Z]{1,3}[0-9]{1,4})['’]s date )?([0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?)$`)

// readNote reads an entry's note into e: parts separated by ";", each
// "expected" or a derivation "EXPRESSION, from S2's date 2022-09-20" (or
// ", from 2024-03-09"), at most one of each. A note it cannot read leaves
// e as it was and says so: the parenthesis is then the entry's text, as it
// was before notes were written.
func (e *Event) readNote(note []tok) bool {
	var n Event
	start := 0
	for i := 0; i <= len(note); i++ {
		if i < len(note) && !note[i].is(';') {
			continue
		}
		part := trimToks(note[start:i])
		start = i + 1
		if strings.EqualFold(collapseToks(part), "expected") && !n.Expected {
			n.Expected = true
			continue
		}
		if n.Expression != "" {
			return false
		}
		// The last ", from " splits the expression from its anchor.
		cut := -1
		for k := len(part) - 1; k >= 0 && cut < 0; k-- {
			if part[k].is(',') && strings.HasPrefix(toksString(part[k+1:]), " from ") {
				cut = k
			}
		}
		if cut < 0 {
			return false
		}
		m := anchorRE.FindStringSubmatch(collapseToks(part[cut+len(" from ")+1:]))
		n.Expression = collapseToks(part[:cut])
		if m == nil || n.Expression == "" || checkDate(m[2]) != nil {
			return false
		}
		n.AnchorSource, n.Anchor = m[1], m[2]
	}
	e.Expected, e.Expression, e.Anchor, e.AnchorSource = n.Expected, n.Expression, n.Anchor, n.AnchorSource
	return true
}

// parseDateRange splits "START/END" (also "START – END") and checks both.
func parseDateRange(s string) (start, end string, err error) {
	start = s
	for _, sep := range []string{"/", "–", "—", " to "} {
		if a, b, ok := strings.Cut(s, sep); ok {
			start, end = strings.TrimSpace(a), strings.TrimSpace(b)
			break
		}
	}
	if err := checkDate(start); err != nil {
		return "", "", err
	}
	if end != "" || strings.ContainsAny(s, "/–—") {
		if err := checkDate(end); err != nil {
			return "", "", err
		}
	}
	return start, end, nil
}

// checkDate accepts YYYY, YYYY-MM and YYYY-MM-DD with a real month and day.
func checkDate(s string) error {
	if !dateRE.MatchString(s) {
		return fmt.Errorf("bad date %q: use YYYY, YYYY-MM, YYYY-MM-DD or START/END", s)
	}
	if len(s) >= 7 {
		m := (s[5]-'0')*10 + s[6] - '0'
		if m < 1 || m > 12 {
			return fmt.Errorf("bad date %q: no month %d", s, m)
		}
		if len(s) == 10 {
			d := int(s[8]-'0')*10 + int(s[9]-'0')
			y := 0
			for _, c := range s[:4] {
				y = y*10 + int(c-'0')
			}
			if d < 1 || d > daysIn(y, int(m)) {
				return fmt.Errorf("bad date %q: no day %d in that month", s, d)
			}
		}
	}
	return nil
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// quoteBlock reads "> quoted words" followed by an attribution paragraph
// "> — Speaker [S1]" (or just "> [S1]").
func (p *docParser) quoteBlock(b *Briefing, n ast.Node) {
	bq, ok := n.(*ast.Blockquote)
	if !ok {
		p.problem(p.nodeLine(n), "unexpected %s in Source quotes: expected one block quote per quote: \"> words\", \">\", \"> — Speaker [S1]\"", describe(n))
		return
	}
	var paras []inline
	for c := bq.FirstChild(); c != nil; c = c.NextSibling() {
		if _, ok := c.(*ast.Paragraph); !ok {
			p.problem(p.nodeLine(c), "unexpected %s inside a quote: a quote is its words, then \"— Speaker [S1]\"", describe(c))
			return
		}
		paras = append(paras, p.inlineText(c))
	}
	if len(paras) == 0 {
		return
	}
	var q Quote
	last := &paras[len(paras)-1]
	toks := trimToks(last.toks)
	attributed := false
	if len(paras) >= 2 {
		// "> words", ">", "> — Speaker [S1]" (or just "> [S1]")
		if skip := attributionDash(toks); len(toks) == 0 || skip > 0 {
			q.Speaker = collapseToks(toks[skip:])
			q.Cites = last.cites
			paras = paras[:len(paras)-1]
			attributed = true
		}
	}
	if !attributed {
		// "> words" then "> — Speaker [S1]" on the next line of the same
		// paragraph, as people write by hand.
		for k := len(toks) - 1; k > 0; k-- {
			if toks[k].r == '\n' && !toks[k].esc {
				rest := trimToks(toks[k+1:])
				if skip := attributionDash(rest); skip > 0 {
					if words := collapseToks(toks[:k]); words != "" {
						q.Speaker = collapseToks(rest[skip:])
						last.text = words
					}
				}
				break
			}
		}
	}
	var words []string
	var cites []string
	for _, pa := range paras {
		if pa.text != "" {
			words = append(words, pa.text)
		}
		cites = mergeCites(cites, pa.cites)
	}
	q.Cites = mergeCites(cites, q.Cites)
	q.Text = strings.Join(words, " ")
	if q.Text == "" {
		p.problem(p.nodeLine(bq), "a quote has no quoted words")
		return
	}
	b.Quotes = append(b.Quotes, q)
	p.quoteLines = append(p.quoteLines, p.nodeLine(bq))
}

// attributionDash returns how many tokens of dash start a quote's
// attribution ("— Speaker", "― Speaker", "-- Speaker"), or 0.
func attributionDash(ts []tok) int {
	switch {
	case len(ts) > 0 && (ts[0].r == '—' || ts[0].r == '―'):
		return 1
	case len(ts) > 1 && ts[0].is('-') && ts[1].is('-'):
		return 2
	}
	return 0
}

// mergeCites appends the ids of b not already in a.
func mergeCites(a, b []string) []string {
	for _, id := range b {
		if !slices.Contains(a, id) {
			a = append(a, id)
		}
	}
	return a
}
