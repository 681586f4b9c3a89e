package server

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/parser"
)

// accessFile is the YAML an operator writes to say which keys may read which
// briefings. Example:
//
//	grants:
//	  - keys: ["*"]                       # every authenticated key
//	    markings: [TLP:CLEAR, TLP:GREEN, unmarked]
//	  - keys: [alice@analyst-1, "SHA256:dGhpcyBpcyBub3QgYSByZWFsIGZpbmdlcnByaW50IQ"]
//	    markings: [TLP:AMBER]
//	  - keys: [bob@laptop]
//	    tags: [iran]                      # every marking, but only these tags
//	  - keys: [lead@desk]
//	    all: true
type accessFile struct {
	Grants []grantRule `yaml:"grants"`
}

// grantRule gives the keys it names the briefings it describes: those whose
// marking is in Markings AND which carry one of Tags (an empty list does not
// restrict), or every briefing when All is set. A key's access is the union
// of every rule naming it.
type grantRule struct {
	Keys     []string `yaml:"keys"`
	Tags     []string `yaml:"tags"`
	Markings []string `yaml:"markings"`
	All      bool     `yaml:"all"`

	line int // for messages about this rule
}

// unmarkedWord is how an access file names briefings without a marking.
const unmarkedWord = "unmarked"

var sha256Fingerprint = regexp.MustCompile(`^SHA256:[A-Za-z0-9+/]{43}$`)

// parseAccess parses and checks an access file; every error names the file
// and line.
func parseAccess(name string, data []byte) (*accessFile, error) {
	// Unmarshal reads the first YAML document only: rules after a "---"
	// would be ignored without a word, so a second document is an error.
	if f, err := parser.ParseBytes(data, 0); err == nil && len(f.Docs) > 1 {
		line := 1
		if d := f.Docs[1]; d.Start != nil && d.Start.Position != nil {
			line = d.Start.Position.Line
		}
		return nil, fmt.Errorf("%s:%d: a second YAML document (\"---\"): an access file is one document; put every grant in one \"grants:\" list", name, line)
	}
	var af accessFile
	if err := yaml.UnmarshalWithOptions(data, &af, yaml.DisallowUnknownField()); err != nil {
		var ye yaml.Error
		if errors.As(err, &ye) && ye.GetToken() != nil && ye.GetToken().Position != nil {
			p := ye.GetToken().Position
			return nil, fmt.Errorf("%s:%d:%d: %s", name, p.Line, p.Column, ye.GetMessage())
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	lines := grantLines(data, len(af.Grants))
	if len(af.Grants) == 0 {
		return nil, fmt.Errorf("%s:1: no grants: add a \"grants:\" list (an access file that grants nothing would lock everyone out)", name)
	}
	var problems []string
	for i := range af.Grants {
		g := &af.Grants[i]
		g.line = lines[i]
		at := fmt.Sprintf("%s:%d: grant %d", name, g.line, i+1)
		if len(g.Keys) == 0 {
			problems = append(problems, at+": no keys: list fingerprints (SHA256:...), authorized_keys comments or \"*\"")
		}
		for _, k := range g.Keys {
			k = strings.TrimSpace(k)
			switch {
			case k == "":
				problems = append(problems, at+": empty key name")
			case strings.HasPrefix(strings.ToUpper(k), "MD5:"):
				problems = append(problems, fmt.Sprintf("%s: %q: use the SHA256 fingerprint (ssh-keygen -lf KEY.pub)", at, k))
			case strings.HasPrefix(k, "SHA256:") && !sha256Fingerprint.MatchString(k):
				problems = append(problems, fmt.Sprintf("%s: %q is not a SHA256 fingerprint (SHA256: and 43 base64 characters)", at, k))
			}
		}
		// An empty marking or tag matches nothing a briefing can carry (a
		// briefing without marking is "unmarked"): a typo, never an intent.
		for _, m := range g.Markings {
			if strings.TrimSpace(m) == "" {
				problems = append(problems, at+": empty marking: name one (TLP:CLEAR, ...) or \"unmarked\" for briefings without a marking")
				break
			}
		}
		for _, tag := range g.Tags {
			if strings.TrimSpace(tag) == "" {
				problems = append(problems, at+": empty tag: remove it or name a tag")
				break
			}
		}
		switch {
		case g.All && (len(g.Tags) > 0 || len(g.Markings) > 0):
			problems = append(problems, at+": \"all: true\" with tags or markings is ambiguous; keep one")
		case !g.All && len(g.Tags) == 0 && len(g.Markings) == 0:
			problems = append(problems, at+": grants nothing: give tags, markings, or all: true")
		}
	}
	if len(problems) > 0 {
		return nil, errors.New(strings.Join(problems, "\n"))
	}
	return &af, nil
}

// grantLines finds the line of each item of the grants list, for messages.
func grantLines(data []byte, n int) []int {
	lines := make([]int, n)
	f, err := parser.ParseBytes(data, 0)
	if err != nil {
		return lines
	}
	for i := range lines {
		p, err := yaml.PathString(fmt.Sprintf("$.grants[%d]", i))
		if err != nil {
			continue
		}
		node, err := p.FilterFile(f)
		if err != nil || node == nil || node.GetToken() == nil || node.GetToken().Position == nil {
			continue
		}
		lines[i] = node.GetToken().Position.Line
	}
	return lines
}

// grant is what one session may read: the rules that named its key.
type grant struct {
	rules []grantRule
}

// allows reports whether a briefing with this marking and these tags is
// inside the grant. A nil grant (no access file) allows everything.
func (g *grant) allows(marking string, tags []string) bool {
	if g == nil {
		return true
	}
	for _, r := range g.rules {
		if r.allows(marking, tags) {
			return true
		}
	}
	return false
}

// everything reports whether the grant covers every briefing, whatever its
// marking and tags.
func (g *grant) everything() bool {
	if g == nil {
		return true
	}
	for _, r := range g.rules {
		if r.All {
			return true
		}
	}
	return false
}

func (r grantRule) allows(marking string, tags []string) bool {
	if r.All {
		return true
	}
	if len(r.Markings) > 0 {
		m := strings.TrimSpace(marking)
		if m == "" {
			m = unmarkedWord
		}
		ok := false
		for _, want := range r.Markings {
			if strings.EqualFold(strings.TrimSpace(want), m) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	if len(r.Tags) > 0 {
		for _, want := range r.Tags {
			for _, t := range tags {
				if strings.EqualFold(strings.TrimSpace(want), strings.TrimSpace(t)) {
					return true
				}
			}
		}
		return false
	}
	return true
}

// grantFor collects the rules naming a key by fingerprint, by its
// authorized_keys comment, or "*". It returns nil, false when no rule does.
func (af *accessFile) grantFor(fingerprint, comment string) (*grant, bool) {
	g := &grant{}
	for _, r := range af.Grants {
		for _, k := range r.Keys {
			k = strings.TrimSpace(k)
			if k == "*" || k == fingerprint || (comment != "" && k == comment) {
				g.rules = append(g.rules, r)
				break
			}
		}
	}
	return g, len(g.rules) > 0
}

// unknownKeys lists the key names in the file that match none of keys, so
// that a typo in a comment is reported at start rather than discovered by a
// locked-out analyst.
func (af *accessFile) unknownKeys(name string, keys []authorizedKey) []string {
	known := map[string]bool{"*": true}
	for _, k := range keys {
		known[k.fingerprint] = true
		if k.comment != "" {
			known[k.comment] = true
		}
	}
	var out []string
	for _, r := range af.Grants {
		for _, k := range r.Keys {
			if !known[strings.TrimSpace(k)] {
				out = append(out, fmt.Sprintf("%s:%d: key %q matches no key in authorized_keys", name, r.line, k))
			}
		}
	}
	return out
}

// accessPolicy is the access file, re-read when it changes so that an
// operator can grant or revoke without a restart. New sessions see the new
// rules; a file that no longer parses keeps the last good rules (and is
// logged), since failing open or locking everyone out would both be worse.
type accessPolicy struct {
	path string
	mu   sync.Mutex
	mod  time.Time
	size int64
	file *accessFile
	warn func(error)
}

func loadAccess(path string, warn func(error)) (*accessPolicy, error) {
	p := &accessPolicy{path: path, warn: warn}
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("access file: %w", err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("access file: %w", err)
	}
	af, err := parseAccess(filepath.Base(path), data)
	if err != nil {
		return nil, err
	}
	p.file, p.mod, p.size = af, fi.ModTime(), fi.Size()
	return p, nil
}

// current returns the rules in force, re-reading the file if it changed.
func (p *accessPolicy) current() *accessFile {
	p.mu.Lock()
	defer p.mu.Unlock()
	fi, err := os.Stat(p.path)
	if err != nil {
		if p.warn != nil && p.size >= 0 {
			p.warn(fmt.Errorf("access file: %w; keeping the last rules read", err))
		}
		p.size = -1
		return p.file
	}
	if fi.ModTime().Equal(p.mod) && fi.Size() == p.size {
		return p.file
	}
	p.mod, p.size = fi.ModTime(), fi.Size()
	data, err := os.ReadFile(p.path)
	if err == nil {
		var af *accessFile
		if af, err = parseAccess(filepath.Base(p.path), data); err == nil {
			p.file = af
			return af
		}
	}
	if p.warn != nil {
		p.warn(fmt.Errorf("%w; keeping the last rules read", err))
	}
	return p.file
}
