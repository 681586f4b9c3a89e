// Package sourcetext reads a source document (plain text, markdown with
// optional YAML front matter, or a saved web page) into its metadata and
// article text. The generator reads its input with it, and the reader and
// `brief lint --verify` read the very same text to find an item's evidence:
// one reading, so that byte offsets into Document.Text mean the same thing
// everywhere. It imports nothing from Charm and nothing from the generator.
package sourcetext

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/brief-team/brief/briefings"
	"github.com/goccy/go-yaml"
)

// Document is one source document: its metadata and its plain text.
type Document struct {
	Path      string // as given by the caller (for the briefing's source list)
	Title     string
	Publisher string
	URL       string
	Published string // ISO date YYYY-MM-DD; relative dates resolve against it
	// PublishedFromByline says Published was read from the article's
	// byline or dateline, not given as metadata: a date the user gives
	// outweighs it.
	PublishedFromByline bool
	// Text is the article text, paragraphs separated by blank lines,
	// sanitized (briefings.Sanitize) so that it can be shown as it is and
	// offsets into it are offsets into what the reader shows.
	Text string
}

// frontMatter mirrors the YAML front matter a source may begin with.
type frontMatter struct {
	Title     string `yaml:"title"`
	Publisher string `yaml:"publisher"`
	URL       string `yaml:"url"`
	Published string `yaml:"published"`
	Date      string `yaml:"date"` // accepted as a synonym of published
}

// MaxSize bounds one source so that a stray binary cannot make the
// generator (or a verification) run for minutes.
const MaxSize = briefings.MaxSourceFile

// Read reads one source document. path names it in errors and picks the
// reader: .html/.htm files go through readability (article text and
// metadata); other files are text or markdown, optionally starting with YAML
// front matter (title, publisher, url, published). Without front matter a
// first line followed by a blank line is the title.
func Read(path string, data []byte) (Document, error) {
	if len(data) > MaxSize {
		return Document{}, fmt.Errorf("%s: source too large (%d bytes, limit %d)", path, len(data), MaxSize)
	}
	doc := Document{Path: path}
	if !utf8.Valid(data) {
		data = []byte(strings.ToValidUTF8(string(data), "\uFFFD"))
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")

	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml":
		doc, err := readHTML(doc, text)
		doc.Text = briefings.Sanitize(doc.Text)
		return doc, err
	}

	body := text
	if fm, rest, line, ok, err := splitFrontMatter(text); err != nil {
		return Document{}, fmt.Errorf("%s:%d: %v", path, line, err)
	} else if ok {
		var meta frontMatter
		if err := yaml.Unmarshal([]byte(fm), &meta); err != nil {
			return Document{}, fmt.Errorf("%s:%d: front matter: %s", path, 1+yamlLine(err), firstLine(err.Error()))
		}
		doc.Title = oneLine(meta.Title)
		doc.Publisher = oneLine(meta.Publisher)
		doc.URL = oneLine(meta.URL)
		pub := meta.Published
		if pub == "" {
			pub = meta.Date
		}
		if pub != "" {
			iso, err := NormDate(pub)
			if err != nil {
				return Document{}, fmt.Errorf("%s:%d: front matter: published: %v", path, line, err)
			}
			doc.Published = iso
		}
		body = rest
	}

	// "ADVISORY - The following story ... is repeated for general
	// distribution.": a wire's note to editors above the headline is
	// neither the title nor the story's text (with no headline under it,
	// it is the text's start, and stays).
	unnoted := ""
	if note, rest, ok := strings.Cut(strings.TrimLeft(body, "\n"), "\n\n"); ok && doc.Title == "" && wireNote(note) {
		unnoted, body = body, rest
	}
	// A first line followed by a blank line is a headline: the title when
	// none was given, and not article text either way.
	trimmed := strings.TrimLeft(body, "\n")
	first, after, hasNL := strings.Cut(trimmed, "\n")
	blankNext := hasNL && (strings.HasPrefix(after, "\n") || strings.TrimSpace(after) == "")
	head := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(first), "#"))
	if blankNext && head != "" && len(head) < 300 && (!strings.HasSuffix(head, ".") || datelineNext(after)) && !trailNext(after) &&
		(doc.Title == "" || sameText(head, doc.Title)) {
		if doc.Title == "" {
			doc.Title = oneLine(head)
		}
		body = after
	} else if deck, rest, ok := headlineDeck(head, after); ok && doc.Title == "" {
		// A headline set over two lines ("Dunmore Agrees to Pellam
		// Takeover" / "As Quarterly Profit Falls 38%") is one title.
		doc.Title = oneLine(head + " " + deck)
		body = rest
	}
	if doc.Title == "" {
		if title, rest, ok := headlineUnderMasthead(body); ok {
			doc.Title = oneLine(title)
			body = rest
		}
	}
	if doc.Title == "" && unnoted != "" {
		body = unnoted
	}
	// "By . Anna Edwards . PUBLISHED: . 09:43 EST, 1 May 2013 . | .
	// UPDATED: . ...": a page's byline run into its first sentence.
	if rest, date, ok := dailyMailByline(body); ok {
		body = rest
		if doc.Published == "" && date != "" {
			doc.Published, doc.PublishedFromByline = date, true
		}
	}
	if doc.Published == "" {
		doc.Published = bylineDate(body)
		doc.PublishedFromByline = doc.Published != ""
	}
	doc.Text = briefings.Sanitize(body)
	return doc, nil
}

// wireNotes open a wire's notes to editors.
var wireNotes = []string{"ADVISORY", "EDITORS", "EDITOR'S NOTE", "ATTENTION", "REPEATING", "NOTE TO EDITORS"}

// wireNote says para is a wire's note to editors: one of wireNotes, in
// capitals, then a dash or a colon ("ADVISORY - The following story,
// issued earlier ..., is repeated"), or an archive's copyright line.
func wireNote(para string) bool {
	// "Copyright 1991 The Associated Press. All Rights Reserved.": an
	// archive's line above the headline.
	if !strings.Contains(para, "\n") && (strings.HasPrefix(para, "Copyright ") || strings.HasPrefix(para, "©") || strings.HasPrefix(para, "(c) ")) {
		return true
	}
	for _, w := range wireNotes {
		if rest, ok := strings.CutPrefix(para, w); ok && (strings.HasPrefix(rest, " -") || strings.HasPrefix(rest, " –") || strings.HasPrefix(rest, ":")) {
			return true
		}
	}
	return false
}

// headlineUnderMasthead reads the headline of a page copied with what
// a paper sets above it: a masthead and its date line ("THE LENAPE VALLEY
// SENTINEL" / "Saturday, September 15, 2007"), a section label ("LOCAL
// NEWS"), a site's topic tags ("Cybercrime" / "Government") or its
// navigation ("NEWS | SPORTS | LETTERS"). Those
// paragraphs come first, each of at most four short lines with no stop
// (the first may carry a masthead's tagline), holding a date line or only
// words of their own; the headline is the first paragraph of one line of
// four words or more after them, with no stop, no date and no byline, or
// a short headline in capitals over such a line, its deck. rest is body without the headline and the
// labels above it; a date line stays (it dates the page), apart from the
// masthead around it.
func headlineUnderMasthead(body string) (title, rest string, ok bool) {
	trimmed := strings.TrimLeft(body, "\n")
	off := 0
	above := "" // the paragraphs above the headline that stay
	for n := 0; n < 4 && off < len(trimmed); n++ {
		para, _, _ := strings.Cut(trimmed[off:], "\n\n")
		next := off + len(para) + 2
		lines := strings.Split(strings.TrimSpace(para), "\n")
		headline := func(l string) bool {
			return len(strings.Fields(l)) >= 4 && len(l) < 200 && !endsWithStop(l) && lineDate(l) == "" &&
				!strings.HasPrefix(strings.ToLower(l), "by ") && strings.ContainsFunc(l, unicode.IsLower) && !breadcrumb(l)
		}
		if n > 0 && len(lines) == 1 {
			if l := strings.TrimSpace(lines[0]); headline(l) {
				return l, above + trimmed[min(next, len(trimmed)):], true
			}
		}
		// "NIGHT ON THE ICE" / "Pilot, three cruise passengers survive
		// ...": a short headline in capitals over its deck, one title.
		// "Markets" / "Natural Gas Jumps to ...": a section's label of a
		// word or two over the headline.
		if len(lines) == 2 {
			h, deck := strings.TrimSpace(lines[0]), strings.TrimSpace(lines[1])
			f := strings.Fields(h)
			if n > 0 && len(f) >= 2 && len(f) <= 8 && strings.ToUpper(h) == h && !strings.HasSuffix(h, ".") && lineDate(h) == "" && headline(deck) {
				return h + " " + deck, above + trimmed[min(next, len(trimmed)):], true
			}
			if len(f) >= 1 && len(f) <= 2 && !strings.HasSuffix(h, ".") && lineDate(h) == "" && headline(deck) {
				return deck, above + trimmed[min(next, len(trimmed)):], true
			}
		}
		if len(lines) > 4 {
			return "", "", false
		}
		dated, short := false, true
		// "IN THIS ISSUE" / "1. Brent-WTI spread ..." / "2. ...": a
		// newsletter's contents, numbered lines under a label in capitals.
		contents := len(lines) >= 2 && strings.ToUpper(lines[0]) == lines[0] && len(strings.Fields(lines[0])) <= 4
		for i, l := range lines {
			l = strings.TrimSpace(l)
			if len(l) > 100 || strings.HasSuffix(l, ".") {
				return "", "", false
			}
			dated = dated || lineDate(l) != ""
			short = short && (len(strings.Fields(l)) <= 4 || navBar(l) || breadcrumb(l) || contents && i > 0 && numberedLine(l))
		}
		// "The Mon Valley Courier / Serving Monessen, Charleroi ... /
		// LOCAL NEWS": a masthead of three or four lines may carry its
		// tagline; a headline and its deck are two.
		if n == 0 && len(lines) >= 3 && len(strings.Fields(lines[0])) <= 5 {
			short = true
		}
		// "Caldermoor University | News and events", "UNHCR - The UN
		// Refugee Agency" over a breadcrumb: a site's name.
		if n == 0 && len(lines) == 1 && trailNext(trimmed[min(next, len(trimmed)):]) {
			short = true
		}
		if !dated && !short {
			return "", "", false
		}
		// The masthead and its date line stay (the date dates the page);
		// a section's label ("LOCAL NEWS") is no more the story's text
		// than its headline.
		if dated {
			// Only the date line: a masthead's name and tagline ("Crude,
			// products and pipeline intelligence for ...") would read as
			// the story's first sentence.
			for _, l := range lines {
				if lineDate(strings.TrimSpace(l)) != "" {
					above += l + "\n"
				}
			}
			above += "\n"
		}
		off = next
	}
	return "", "", false
}

// endsWithStop says l ends a sentence: a full stop that closes no
// abbreviation in capitals ("... Grips U.S." is a headline).
func endsWithStop(l string) bool {
	if !strings.HasSuffix(l, ".") {
		return false
	}
	w := l[strings.LastIndexByte(l, ' ')+1:]
	for i := 0; i+1 < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return true
		}
	}
	return len(w)%2 != 0
}

// numberedLine says l opens with a number and a full stop, "1. Calendar".
func numberedLine(l string) bool {
	i := 0
	for i < len(l) && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	return i > 0 && i < 3 && strings.HasPrefix(l[i:], ". ")
}

// navBar says l is a site's navigation, sections of a word or two
// between bars, or set apart by two spaces or more: "NEWS | SPORTS |
// OUTDOORS | POLICE BLOTTER", "HOME  NEWS  COUNTIES  REGION".
func navBar(l string) bool {
	parts := strings.Split(l, " | ")
	if len(parts) < 3 {
		parts = strings.Split(strings.TrimSpace(l), "  ")
		parts = slices.DeleteFunc(parts, func(p string) bool { return strings.TrimSpace(p) == "" })
	}
	return len(parts) >= 3 && shortParts(parts)
}

// trailNext says the paragraph after a first line is a site's breadcrumb
// or navigation ("Home > News > 2012 > May"): the line above it is the
// site's masthead, not the story's headline.
func trailNext(after string) bool {
	para, _, _ := strings.Cut(strings.TrimLeft(after, "\n"), "\n\n")
	para = strings.TrimSpace(para)
	// "Source: Xinhua | 2015-06-10 21:47:05 | Editor: Zhao Lanying" is a
	// date line under a headline.
	return para != "" && !strings.ContainsAny(para, "\n:") && lineDate(para) == "" && (breadcrumb(para) || navBar(para))
}

// breadcrumb says l is a site's trail to a section, parts of a word or
// three between arrows: "AWARDS & DECISIONS > Motor industry", "News ›
// World › Europe".
func breadcrumb(l string) bool {
	parts := strings.FieldsFunc(l, func(r rune) bool { return r == '>' || r == '›' || r == '»' })
	return len(parts) >= 2 && len(parts) <= 6 && shortParts(parts)
}

// shortParts says every part of a navigation bar or a breadcrumb is a
// section's name, of one to three words.
func shortParts(parts []string) bool {
	for _, p := range parts {
		if n := len(strings.Fields(p)); n == 0 || n > 3 {
			return false
		}
	}
	return true
}

// headlineDeck reads the second line of a headline set over two lines,
// head the first: a short line, then a blank line, that ends in no stop
// and is neither a byline ("By ...") nor a date. rest is the text after
// it.
func headlineDeck(head, after string) (deck, rest string, ok bool) {
	second, rest, hasNL := strings.Cut(after, "\n")
	deck = strings.TrimSpace(second)
	if !hasNL || head == "" || len(head) >= 200 || strings.HasSuffix(head, ".") || deck == "" || len(deck) >= 200 ||
		!strings.HasPrefix(rest, "\n") || strings.ContainsAny(deck[len(deck)-1:], ".:-") ||
		strings.HasPrefix(strings.ToLower(deck), "by ") || monthDayYear().MatchString(deck) || dayMonthYear().MatchString(deck) || isoDate().MatchString(deck) {
		return "", "", false
	}
	return deck, rest, true
}

// dmByline matches the byline block the Daily Mail runs into an article's
// first sentence, its parts set off by " . ": the writers, then when it
// was published and updated, or last updated.
var dmByline = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*By \. [^.\n]{1,80}? \. (?:(?:and|&) [^.\n]{1,80}? \. )?(?:PUBLISHED: \. ([^|\n]{5,60}?) \. \| \. UPDATED: \. [^|\n]{5,60}? \. |Last updated at ([^.\n]{5,60}?) \. )?`)
})

// dailyMailByline cuts a Daily Mail byline block from the start of body
// and reads its publication date ("" when it gives none).
func dailyMailByline(body string) (rest, date string, ok bool) {
	trimmed := strings.TrimLeft(body, "\n")
	m := dmByline().FindStringSubmatchIndex(trimmed)
	if m == nil {
		return body, "", false
	}
	for _, g := range [][2]int{{m[2], m[3]}, {m[4], m[5]}} {
		if g[0] >= 0 {
			if d := lineDate(trimmed[g[0]:g[1]]); d != "" {
				date = d
			}
		}
	}
	return trimmed[m[1]:], date, true
}

// monthPattern names a month in full or abbreviated.
const monthPattern = `(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`

// lineDates match a full date on a byline or dateline: "March 20, 2025",
// "14 November 2025", "2025-03-02".
// They are compiled on first use: the reader imports this package and
// should not pay for them at start-up.
var (
	monthDayYear = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\b` + monthPattern + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	})
	dayMonthYear = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+` + monthPattern + `,?\s+(\d{4})\b`)
	})
	isoDate = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`) })
	// dottedDate is day, month and year set off by dots, as most of
	// Europe writes them: "Published 5.11.2019 16:10".
	dottedDate = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`) })
)

// bylineWords are the lower-case words a byline or dateline holds beside
// names, dates and times: "Published", "Updated 3 hours ago", "3 min read".
var bylineWords = map[string]bool{
	"by": true, "and": true, "cents": true, "pence": true, "at": true, "on": true, "published": true, "updated": true,
	"posted": true, "last": true, "ago": true, "hours": true, "hour": true, "minutes": true, "min": true,
	"read": true, "reading": true, "time": true, "am": true, "pm": true, "a.m.": true, "p.m.": true,
	"an": true, "a": true, "mins": true, // "Updated an hour ago"
	"edition": true, // "Vol. 18, No. 412 | 12 September 1996 | Subscribers' edition"
}

// bylineDate is the date of a plain article's byline or dateline, among
// the opening lines a reader sees it dated by: "By X | Updated 7:48 PM
// MST, April 16, 2025", "Friday 14 November 2025, 4:52 pm". A line that
// reads as a sentence ("The storm hit on March 3, 2025.") dates nothing:
// relative dates resolve against this one, so a wrong date is worse than
// none. Only above the story's third paragraph of prose: a page copied
// whole sets section labels, a headline and a deck (no prose: no stop
// ends them) above the byline.
func bylineDate(body string) string {
	paras := 0
	for para := range strings.SplitSeq(strings.TrimLeft(body, "\n"), "\n\n") {
		if strings.TrimSpace(para) == "" {
			continue
		}
		if paras >= 3 {
			break
		}
		if t := strings.TrimRight(strings.TrimSpace(para), `"”’'`); strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") {
			paras++
		}
		for line := range strings.SplitSeq(para, "\n") {
			line = strings.TrimSpace(line)
			if d := lineDate(line); d != "" {
				return d
			}
			if d := datelineDate(line); d != "" {
				return d
			}
		}
	}
	return ""
}

// datelineDate is the date of a wire dateline opening the story's first
// paragraph, "TOKYO, June 12, 2025 (Nikkei) -- Kitamura Chemical ...": a
// place in capitals, the date, the agency, a dash.
func datelineDate(line string) string {
	r, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(r) {
		return ""
	}
	place, _, _ := strings.Cut(line, ",")
	if place == "" || strings.ToUpper(place) != place || len(place) > 40 {
		return ""
	}
	for _, dash := range []string{" -- ", " — ", " – ", " - "} {
		if head, _, ok := strings.Cut(line, dash); ok && len(head) <= 80 {
			return lineDate(head)
		}
	}
	return ""
}

// lineDate is the date of one byline or dateline, or "".
func lineDate(line string) string {
	if line == "" || len(line) > 120 || strings.HasSuffix(line, ".") && !strings.HasSuffix(line, ".m.") {
		return ""
	}
	var y, m, d int
	var rest string
	if g := monthDayYear().FindStringSubmatchIndex(line); g != nil {
		m, d, y = MonthNumber(line[g[2]:g[3]]), atoi(line[g[4]:g[5]]), atoi(line[g[6]:g[7]])
		rest = line[:g[0]] + " " + line[g[1]:]
	} else if g := dayMonthYear().FindStringSubmatchIndex(line); g != nil {
		d, m, y = atoi(line[g[2]:g[3]]), MonthNumber(line[g[4]:g[5]]), atoi(line[g[6]:g[7]])
		rest = line[:g[0]] + " " + line[g[1]:]
	} else if g := isoDate().FindStringSubmatchIndex(line); g != nil {
		y, m, d = atoi(line[g[2]:g[3]]), atoi(line[g[4]:g[5]]), atoi(line[g[6]:g[7]])
		rest = line[:g[0]] + " " + line[g[1]:]
	} else if g := dottedDate().FindStringSubmatchIndex(line); g != nil {
		d, m, y = atoi(line[g[2]:g[3]]), atoi(line[g[4]:g[5]]), atoi(line[g[6]:g[7]])
		rest = line[:g[0]] + " " + line[g[1]:]
	} else {
		return ""
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if m == 0 || t.Day() != d || int(t.Month()) != m || y < 1900 {
		return ""
	}
	// Beside the date only names (capitalized), numbers, times and a
	// byline's own words.
	words := strings.FieldsFunc(rest, func(r rune) bool {
		return r == ' ' || r == ',' || r == '|' || r == '\t' || r == '(' || r == ')' || r == '-' || r == '—' || r == '–'
	})
	if len(words) > 14 {
		return ""
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !bylineWords[strings.TrimSuffix(strings.ToLower(w), ":")] {
			return ""
		}
	}
	return t.Format("2006-01-02")
}

// MonthNumber is 1-12 for a month's name or abbreviation ("Sept.",
// "march"), else 0. The evidence finder reads months with it too.
func MonthNumber(s string) int {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(s, m) {
			return i + 1
		}
	}
	return 0
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// splitFrontMatter splits "---\nYAML\n---\n" off the start of text. line is
// the line of a problem when err is set.
func splitFrontMatter(text string) (fm, rest string, line int, ok bool, err error) {
	if !strings.HasPrefix(text, "---\n") {
		return "", text, 0, false, nil
	}
	pos := 4
	for pos <= len(text) {
		end := strings.IndexByte(text[pos:], '\n')
		var l string
		if end < 0 {
			l = text[pos:]
		} else {
			l = text[pos : pos+end]
		}
		if t := strings.TrimRight(l, " \t"); t == "---" || t == "..." {
			next := len(text)
			if end >= 0 {
				next = pos + end + 1
			}
			return text[4:pos], text[next:], 1, true, nil
		}
		if end < 0 {
			break
		}
		pos += end + 1
	}
	return "", "", 1, false, errors.New(`front matter not closed: no "---" line after the "---" that starts it`)
}

// yamlLine returns the line, within the YAML, of a go-yaml error (1 when
// unknown).
func yamlLine(err error) int {
	var ye yaml.Error
	if errors.As(err, &ye) {
		if tk := ye.GetToken(); tk != nil && tk.Position != nil {
			return tk.Position.Line
		}
	}
	return 1
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

// oneLine collapses whitespace and strips control characters.
func oneLine(s string) string {
	return strings.Join(strings.Fields(briefings.Sanitize(s)), " ")
}

// datelineNext says the text after a first line opens with a wire's
// dateline, a place in capitals ("BRUSSELS, Aug 23 (Reuters) -", "LONDON
// 1996-08-20"): the line before it is the story's headline, even with a
// full stop ("EU: EU Commission proposes deep cut in Baltic cod
// catches."), where a first line ending in one is otherwise a sentence.
func datelineNext(after string) bool {
	para := strings.TrimLeft(after, "\n")
	// "(Corrects spelling of ... in sixth paragraph)": a correction's
	// note between a wire's headline and its dateline.
	if note, rest, ok := strings.Cut(para, "\n\n"); ok && strings.HasPrefix(note, "(") && strings.HasSuffix(note, ")") && !strings.Contains(note, "\n") {
		para = strings.TrimLeft(rest, "\n")
	}
	i := 0
	for i < len(para) && (para[i] >= 'A' && para[i] <= 'Z' || para[i] == ' ' && i+1 < len(para) && para[i+1] >= 'A' && para[i+1] <= 'Z' || para[i] == '.' || para[i] == '-' || para[i] == '\'') {
		i++
	}
	if i < 3 || i >= len(para) {
		return false
	}
	return para[i] == ',' || para[i] == ' ' && i+1 < len(para) && (para[i+1] == '(' || para[i+1] >= '0' && para[i+1] <= '9')
}

// straightener replaces curly quotes and apostrophes by straight ones, for
// comparing a headline with the title.
var straightener = strings.NewReplacer("“", `"`, "”", `"`, "„", `"`, "‟", `"`, "«", `"`, "»", `"`,
	"‘", "'", "’", "'", "‚", "'", "‛", "'", "′", "'")

func sameText(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(straightener.Replace(a)), " "), strings.Join(strings.Fields(straightener.Replace(b)), " "))
}

// NormDate accepts an ISO date, optionally followed by a time (RFC 3339),
// or a written date ("January 2, 2006"), and returns YYYY-MM-DD.
func NormDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil && (len(s) == 10 || s[10] == 'T' || s[10] == ' ') {
			return t.Format("2006-01-02"), nil
		}
	}
	for _, layout := range []string{"January 2, 2006", "Jan 2, 2006", "2 January 2006", "02 Jan 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	return "", fmt.Errorf("%q is not a date (want YYYY-MM-DD)", s)
}

// readHTML extracts the article from a saved web page.
func readHTML(doc Document, page string) (Document, error) {
	var base *url.URL
	art, err := readability.FromReader(strings.NewReader(page), base)
	if err != nil {
		return Document{}, fmt.Errorf("%s: reading web page: %v", doc.Path, err)
	}
	if art.Node == nil {
		return Document{}, fmt.Errorf("%s: no article text found in the web page", doc.Path)
	}
	var sb strings.Builder
	if err := art.RenderText(&sb); err != nil {
		return Document{}, fmt.Errorf("%s: reading web page: %v", doc.Path, err)
	}
	doc.Title = oneLine(art.Title())
	doc.Publisher = oneLine(art.SiteName())
	if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
		doc.Published = t.Format("2006-01-02")
	}
	text := sb.String()
	// Readability ends paragraphs with one newline; the generator reads
	// paragraphs as blank-line separated.
	text = strings.ReplaceAll(text, "\r", "")
	var paras []string
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) != "" {
			paras = append(paras, strings.TrimSpace(l))
		}
	}
	doc.Text = strings.Join(paras, "\n\n")
	if strings.TrimSpace(doc.Text) == "" {
		return Document{}, fmt.Errorf("%s: no article text found in the web page", doc.Path)
	}
	return doc, nil
}

// FromLibrary reads source src of the briefing at entryPath in library l,
// confined to the library (see briefings.Library.SourceFile), and returns
// its text as the generator read it. The error says why there is no text:
// errors.Is it with briefings.ErrNoPath, ErrSourceMissing, ErrOutside.
func FromLibrary(l *briefings.Library, entryPath string, src briefings.Source) (Document, error) {
	data, err := l.SourceFile(entryPath, src)
	if err != nil {
		return Document{}, err
	}
	return Read(src.Path, data)
}
