package briefings

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Write renders a briefing in the markdown format (see FORMAT.md). For any
// briefing b returned by Parse, Parse(Write(b)) equals b. Text is escaped so
// that markdown punctuation in it stays text. Items that cannot be written
// (a statement with neither text nor citations, an actor with no name, a
// quote with no words) are left out, as Parse never returns them. Write(nil)
// is nil.
func Write(b *Briefing) []byte {
	if b == nil {
		return nil
	}
	var w strings.Builder
	writeFrontMatter(&w, b)
	if b.Title != "" {
		w.WriteString("\n# " + escapeHeading(b.Title) + "\n")
	}

	if b.writes("Summary", len(b.Summary)) {
		w.WriteString("\n## Summary\n")
	}
	for _, s := range b.Summary {
		if s.Text == "" && len(s.Cites) == 0 {
			continue
		}
		w.WriteString("\n" + joinCite(escapeText(s.Text, true), s.Cites) + "\n")
	}

	if b.writes("Actors", len(b.Actors)) {
		w.WriteString("\n## Actors\n")
	}
	for i, a := range b.Actors {
		if i == 0 {
			w.WriteString("\n")
		}
		if a.Name == "" {
			continue
		}
		w.WriteString("- " + actorLine(a) + "\n")
	}

	if b.writes("Timeline", len(b.Timeline)) {
		w.WriteString("\n## Timeline\n")
	}
	for i, e := range b.Timeline {
		if i == 0 {
			w.WriteString("\n")
		}
		w.WriteString("- **" + escapeText(dateRange(e), false) + "**" + eventNoteText(e) + ":")
		if e.Text != "" {
			w.WriteString(" " + escapeText(e.Text, false))
		}
		w.WriteString(citeSuffix(e.Cites) + "\n")
	}

	if b.writes("Source quotes", len(b.Quotes)) {
		w.WriteString("\n## Source quotes\n")
	}
	for _, q := range b.Quotes {
		if q.Text == "" {
			continue
		}
		w.WriteString("\n> " + escapeText(q.Text, true) + "\n")
		switch {
		case q.Speaker != "":
			w.WriteString(">\n> — " + joinCite(escapeText(q.Speaker, false), q.Cites) + "\n")
		case len(q.Cites) > 0:
			w.WriteString(">\n> " + formatCites(q.Cites) + "\n")
		}
	}

	for _, s := range b.Sections {
		w.WriteString("\n## " + escapeHeading(s.Title) + "\n")
		if s.Markdown != "" {
			w.WriteString("\n" + s.Markdown + "\n")
		}
	}
	return []byte(w.String())
}

// writeFrontMatter writes b's front matter; an empty optional field is
// left out, title and date never.
func writeFrontMatter(w *strings.Builder, b *Briefing) {
	w.WriteString("---\n")
	w.WriteString("title: " + yamlScalar(b.Title, false) + "\n")
	w.WriteString("date: " + yamlScalar(b.Date, false) + "\n")
	if len(b.Tags) > 0 {
		w.WriteString("tags: [")
		for i, t := range b.Tags {
			if i > 0 {
				w.WriteString(", ")
			}
			w.WriteString(yamlScalar(t, true))
		}
		w.WriteString("]\n")
	}
	if b.Marking != "" {
		w.WriteString("marking: " + yamlScalar(b.Marking, false) + "\n")
	}
	if len(b.Sources) > 0 {
		w.WriteString("sources:\n")
		for _, s := range b.Sources {
			w.WriteString("  - id: " + yamlScalar(s.ID, false) + "\n")
			for _, kv := range [][2]string{{"title", s.Title}, {"publisher", s.Publisher}, {"url", s.URL}, {"published", s.Published}, {"path", s.Path}} {
				if kv[1] != "" {
					w.WriteString("    " + kv[0] + ": " + yamlScalar(kv[1], false) + "\n")
				}
			}
		}
	}
	w.WriteString("---\n")
}

// dateRange formats an event's date as DATE or START/END.
// writes reports whether Write writes the heading of a standard section
// with n items: always, unless the section was missing when parsed and is
// still empty.
func (b *Briefing) writes(section string, n int) bool {
	return n > 0 || !slices.Contains(b.Missing, section)
}

func dateRange(e Event) string {
	if e.End != "" {
		return e.Date + "/" + e.End
	}
	return e.Date
}

// eventNoteText is the note written after an entry's date, " (expected;
// Last Friday, from S2's date 2022-09-20)", or "" when it has none. The
// expression is escaped: its parentheses and semicolons stay its own.
func eventNoteText(e Event) string {
	var parts []string
	if e.Expected {
		parts = append(parts, "expected")
	}
	if d := e.derivation(); d != "" {
		parts = append(parts, escapeText(e.Expression, false, '(', ')', ';')+d)
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, "; ") + ")"
}

// actorLine renders "**Name** (type): role. Also: alias; alias [S1]".
func actorLine(a Actor) string {
	var sb strings.Builder
	sb.WriteString("**" + escapeText(a.Name, false) + "**")
	if a.Type != "" {
		sb.WriteString(" (" + escapeText(a.Type, false, '(', ')') + ")")
	}
	if a.Role != "" {
		role := escapeText(a.Role, false, ':')
		if len(a.Aliases) > 0 && strings.HasSuffix(role, ".") && !strings.HasSuffix(role, `\.`) {
			// The "." before "Also:" is dropped when read; keep this one.
			role = role[:len(role)-1] + `\.`
		}
		sb.WriteString(": " + role)
	}
	if len(a.Aliases) > 0 {
		sb.WriteString(". Also: ")
		n := 0
		for _, al := range a.Aliases {
			if al == "" {
				continue
			}
			if n > 0 {
				sb.WriteString("; ")
			}
			sb.WriteString(escapeText(al, false, ';'))
			n++
		}
	}
	sb.WriteString(citeSuffix(a.Cites))
	return sb.String()
}

// formatCites renders ids as "[S1, S2]".
func formatCites(ids []string) string {
	return "[" + strings.Join(ids, ", ") + "]"
}

func citeSuffix(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return " " + formatCites(ids)
}

func joinCite(text string, ids []string) string {
	if text == "" {
		return formatCites(ids)
	}
	return text + citeSuffix(ids)
}

// escapeText backslash-escapes the characters of s that markdown would
// otherwise read as markup, plus extra structural characters. lineStart
// says s begins a line, where "#", "-", "1." and the like start blocks.
func escapeText(s string, lineStart bool, extra ...rune) string {
	if !needsEscape(s, lineStart, extra) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s) + 8)
	for i, r := range s {
		esc := false
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '~', '|':
			esc = true
		case '&':
			// Only where it could start an entity.
			if i+1 < len(s) {
				c := s[i+1]
				esc = c == '#' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
			}
		default:
			for _, x := range extra {
				if r == x {
					esc = true
				}
			}
		}
		if !esc && i == 0 && lineStart {
			switch r {
			case '#', '>', '-', '+', '=', '!':
				esc = true
			}
		}
		if !esc && lineStart && (r == '.' || r == ')') && i > 0 && i <= 9 && allDigits(s[:i]) {
			esc = true // "1." or "1)" would start an ordered list
		}
		if esc {
			sb.WriteByte('\\')
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// needsEscape is the fast path of escapeText: most text has nothing to
// escape, and Write and Panes run over megabytes of it.
func needsEscape(s string, lineStart bool, extra []rune) bool {
	if lineStart && s != "" {
		switch s[0] {
		case '#', '>', '-', '+', '=', '!':
			return true
		}
		if s[0] >= '0' && s[0] <= '9' {
			return true // maybe "1." - let the slow path decide
		}
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\', '`', '*', '_', '[', ']', '<', '~', '|', '&':
			return true
		}
	}
	for _, x := range extra {
		if strings.ContainsRune(s, x) {
			return true
		}
	}
	return false
}

func allDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// escapeHeading escapes text for an ATX heading, whose closing "#"s would
// otherwise be dropped.
func escapeHeading(s string) string {
	return escapeText(s, false, '#')
}

// yamlScalar renders s as a YAML scalar: plain when that is unambiguous,
// double-quoted with escapes otherwise. flow is set inside [...].
func yamlScalar(s string, flow bool) string {
	if plainSafe(s, flow) {
		return s
	}
	var sb strings.Builder
	sb.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			sb.WriteString(`\"`)
		case r == '\\':
			sb.WriteString(`\\`)
		case r == '\n':
			sb.WriteString(`\n`)
		case r == '\t':
			sb.WriteString(`\t`)
		case r == utf8.RuneError || !unicode.IsPrint(r) && r != ' ':
			if r > 0xffff {
				fmt.Fprintf(&sb, `\U%08X`, r)
			} else {
				fmt.Fprintf(&sb, `\u%04X`, r)
			}
		default:
			sb.WriteRune(r)
		}
	}
	sb.WriteByte('"')
	return sb.String()
}

// plainSafe reports whether s reads back as the same string when written as
// a plain YAML scalar. It is deliberately conservative: letters first (or
// an ISO date), a small set of punctuation, no YAML keywords.
func plainSafe(s string, flow bool) bool {
	if s == "" {
		return false
	}
	if len(s) == 10 && dateRE.MatchString(s) {
		return true
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(first) && !strings.HasPrefix(s, "./") && !strings.HasPrefix(s, "../") {
		return false
	}
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "on", "off", "null", "y", "n":
		return false
	}
	prev := ' '
	for i, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
		case r == ' ':
			if prev == ' ' {
				return false
			}
		case strings.ContainsRune(".-_/()'+?=%~@!$", r):
		case r == ':':
			if flow || i+1 >= len(s) || s[i+1] == ' ' {
				return false
			}
		case r == ',':
			if flow {
				return false
			}
		default:
			return false
		}
		prev = r
	}
	return prev != ' '
}
