package briefings

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// decodePlainFrontMatter decodes front matter written in the plain form
// the format's examples, the generator and Write use, without the YAML
// decoder: top-level keys at column 0 holding a one-line scalar, tags as
// "[a, b]" or a list of "- a" lines, sources as a list of "- key: value"
// entries. ok is false for anything else (a comment, a multi-line value,
// an escape, an unknown or repeated key, a value YAML would read as a
// number, a boolean or null...), and the YAML decoder decides: every
// error, and every message, is still its. What ok accepts decodes to what
// the YAML decoder gives (FuzzPlainFrontMatter, TestPlainFrontMatter).
//
// It is an optimisation only, for a search that reads every briefing of a
// library: goccy/go-yaml took about 150 us for a 1 KB front matter, half
// of the CPU of `brief grep` for a rare word.
func decodePlainFrontMatter(yml []byte) (fm frontMatter, ok bool) {
	var seen [5]bool // title, date, tags, marking, sources
	for len(yml) > 0 {
		line, rest := cutLine(yml)
		yml = rest
		if isBlankLine(line) {
			continue
		}
		key, value, ok := cutKey(line)
		if !ok {
			return frontMatter{}, false
		}
		var k int
		switch key {
		case "title":
			fm.Title, ok = plainScalar(value, false)
		case "date":
			k = 1
			fm.Date, ok = plainScalar(value, false)
		case "tags":
			k = 2
			if isBlankLine(value) {
				fm.Tags, yml, ok = plainList(yml)
			} else {
				fm.Tags, ok = plainFlowList(value)
			}
		case "marking":
			k = 3
			fm.Marking, ok = plainScalar(value, false)
		case "sources":
			k = 4
			if !isBlankLine(value) {
				return frontMatter{}, false
			}
			fm.Sources, yml, ok = plainSources(yml)
		default:
			return frontMatter{}, false
		}
		if !ok || seen[k] {
			return frontMatter{}, false
		}
		seen[k] = true
	}
	return fm, true
}

// cutLine splits off the first line of b, without its newline.
func cutLine(b []byte) (line, rest []byte) {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return b[:i], b[i+1:]
	}
	return b, nil
}

// isBlankLine reports a line of spaces only.
func isBlankLine(l []byte) bool {
	for _, c := range l {
		if c != ' ' {
			return false
		}
	}
	return true
}

// indentOf is the number of leading spaces of a line.
func indentOf(l []byte) int {
	n := 0
	for n < len(l) && l[n] == ' ' {
		n++
	}
	return n
}

// cutKey splits "key: value" or "key:" at column 0, for a key of
// lower-case letters; value is what follows the colon.
func cutKey(line []byte) (key string, value []byte, ok bool) {
	i := 0
	for i < len(line) && line[i] >= 'a' && line[i] <= 'z' {
		i++
	}
	if i == 0 || i == len(line) || line[i] != ':' {
		return "", nil, false
	}
	value = line[i+1:]
	if len(value) > 0 && value[0] != ' ' {
		return "", nil, false
	}
	return string(line[:i]), value, true
}

// plainList reads the "- value" lines of a block list from the front of
// yml, all at one indentation, and returns the rest.
func plainList(yml []byte) (list []string, rest []byte, ok bool) {
	indent := -1
	for len(yml) > 0 {
		line, next := cutLine(yml)
		if isBlankLine(line) {
			yml = next
			continue
		}
		n := indentOf(line)
		if indent < 0 {
			indent = n
		}
		if n == 0 && line[0] != '-' {
			break // the next key
		}
		if n != indent || !bytes.HasPrefix(line[n:], []byte("- ")) {
			return nil, nil, false
		}
		v, ok := plainScalar(line[n+2:], false)
		if !ok {
			return nil, nil, false
		}
		list = append(list, v)
		yml = next
	}
	if len(list) == 0 {
		return nil, nil, false // "tags:" alone is null
	}
	return list, yml, true
}

// plainFlowList reads "[a, b]".
func plainFlowList(value []byte) ([]string, bool) {
	v := bytes.TrimRight(bytes.TrimLeft(value, " "), " ")
	if len(v) < 2 || v[0] != '[' || v[len(v)-1] != ']' {
		return nil, false
	}
	v = v[1 : len(v)-1]
	list := []string{}
	if isBlankLine(v) {
		return list, true
	}
	for _, item := range bytes.Split(v, []byte(",")) {
		s, ok := plainScalar(item, true)
		if !ok {
			return nil, false
		}
		list = append(list, s)
	}
	return list, true
}

// plainSources reads the entries of sources from the front of yml: each
// "- key: value" at one indentation, its other keys on the lines below,
// two columns further in. It returns the rest.
func plainSources(yml []byte) (list []fmSource, rest []byte, ok bool) {
	indent := -1
	var seen [6]bool
	for len(yml) > 0 {
		line, next := cutLine(yml)
		if isBlankLine(line) {
			yml = next
			continue
		}
		n := indentOf(line)
		if indent < 0 {
			indent = n
		}
		var kv []byte
		switch {
		case n == indent && bytes.HasPrefix(line[n:], []byte("- ")):
			list = append(list, fmSource{})
			seen = [6]bool{}
			kv = line[n+2:]
		case n == indent+2 && len(list) > 0:
			kv = line[n:]
		case n == 0 && line[0] != '-':
			return list, yml, len(list) > 0 // the next key
		default:
			return nil, nil, false
		}
		key, value, ok := cutKey(kv)
		if !ok {
			return nil, nil, false
		}
		s := &list[len(list)-1]
		var k int
		var field *string
		switch key {
		case "id":
			k, field = 0, &s.ID
		case "title":
			k, field = 1, &s.Title
		case "publisher":
			k, field = 2, &s.Publisher
		case "url":
			k, field = 3, &s.URL
		case "published":
			k, field = 4, &s.Published
		case "path":
			k, field = 5, &s.Path
		default:
			return nil, nil, false
		}
		if seen[k] {
			return nil, nil, false
		}
		seen[k] = true
		if *field, ok = plainScalar(value, false); !ok {
			return nil, nil, false
		}
		yml = next
	}
	return list, nil, len(list) > 0
}

// plainScalar reads a one-line value: "double quoted" with no escape but
// \" and \\, 'single quoted', or plain text that starts with a letter (or
// is a date, YYYY-MM-DD), of letters, digits, single spaces and the
// punctuation of titles and URLs, and that YAML does not read as anything but a
// string. inFlow: an item of "[...]", where ":" is not allowed either.
// An empty value is null in YAML: not ok.
func plainScalar(v []byte, inFlow bool) (string, bool) {
	v = bytes.TrimRight(bytes.TrimLeft(v, " "), " ")
	if len(v) == 0 {
		return "", false
	}
	switch v[0] {
	case '"':
		return doubleQuoted(v)
	case '\'':
		return singleQuoted(v)
	}
	if isDate(v) {
		return string(v), true
	}
	if c := v[0]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0xc2 && c < 0xf5) {
		return "", false
	}
	for i := 0; i < len(v); {
		c := v[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRune(v[i:])
			if r == utf8.RuneError || r < 0xa1 || r == 0x2028 || r == 0x2029 || r == 0xfeff {
				return "", false
			}
			i += size
			continue
		}
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case c == ' ':
			if v[i+1] == ' ' { // (never the last byte: v is trimmed)
				return "", false
			}
		case strings.IndexByte(".-_/()%;+=?!'", c) >= 0:
		case c == ',' && !inFlow:
		case c == ':' && !inFlow:
			if i+1 == len(v) || v[i+1] == ' ' {
				return "", false
			}
		default:
			return "", false
		}
		i++
	}
	if len(v) <= 5 && notString[strings.ToLower(string(v))] {
		return "", false
	}
	return string(v), true
}

// notString is plain words a YAML decoder may read as a boolean, null or
// number.
var notString = map[string]bool{
	"true": true, "false": true, "yes": true, "no": true, "on": true, "off": true,
	"y": true, "n": true, "null": true, "nan": true, "inf": true,
}

// isDate reports YYYY-MM-DD.
func isDate(v []byte) bool {
	if len(v) != 10 || v[4] != '-' || v[7] != '-' {
		return false
	}
	for i, c := range v {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// doubleQuoted reads a whole "..." value whose only escapes are \" and \\.
func doubleQuoted(v []byte) (string, bool) {
	if len(v) < 2 || v[len(v)-1] != '"' {
		return "", false
	}
	in := v[1 : len(v)-1]
	if bytes.IndexByte(in, '\\') < 0 {
		if bytes.IndexByte(in, '"') >= 0 || !printable(in) {
			return "", false
		}
		return string(in), true
	}
	out := make([]byte, 0, len(in))
	for i := 0; i < len(in); i++ {
		switch c := in[i]; c {
		case '"':
			return "", false
		case '\\':
			if i+1 == len(in) || in[i+1] != '"' && in[i+1] != '\\' {
				return "", false
			}
			i++
			out = append(out, in[i])
		default:
			out = append(out, c)
		}
	}
	if !printable(out) {
		return "", false
	}
	return string(out), true
}

// singleQuoted reads a whole '...' value, ” standing for '.
func singleQuoted(v []byte) (string, bool) {
	if len(v) < 2 || v[len(v)-1] != '\'' {
		return "", false
	}
	in := v[1 : len(v)-1]
	if !printable(in) {
		return "", false
	}
	if bytes.IndexByte(in, '\'') < 0 {
		return string(in), true
	}
	s := string(in)
	for i := 0; i < len(s); i++ {
		if s[i] == '\'' {
			if i+1 == len(s) || s[i+1] != '\'' {
				return "", false
			}
			i++
		}
	}
	return strings.ReplaceAll(s, "''", "'"), true
}

// printable reports text of printable ASCII (no tab) and characters past
// U+00A0 but the line and paragraph separators and the byte order mark.
func printable(b []byte) bool {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError || r < 0xa1 || r == 0x2028 || r == 0x2029 || r == 0xfeff {
			return false
		}
		i += size
	}
	return true
}
