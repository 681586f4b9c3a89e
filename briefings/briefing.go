// Package briefings holds the Briefing model, its markdown file format
// (parse, write, JSON), the loading of a library of briefings, and the
// briefings shipped with brief.
//
// It imports nothing from Charm: the reader (package ui), the generator and
// the SSH server all build on it, and it must stay usable by scripts.
package briefings

import "strings"

// Briefing is one intelligence-style briefing: metadata from the YAML front
// matter, then the four standard panes and any extra sections.
//
// The JSON field names are part of brief's interface (`brief export`); see
// briefing.schema.json.
type Briefing struct {
	Title    string      `json:"title"`
	Date     string      `json:"date"` // ISO date, YYYY-MM-DD
	Tags     []string    `json:"tags"`
	Marking  string      `json:"marking"` // e.g. TLP:CLEAR; empty when unmarked
	Sources  []Source    `json:"sources"`
	Summary  []Statement `json:"summary"`
	Actors   []Actor     `json:"actors"`
	Timeline []Event     `json:"timeline"`
	Quotes   []Quote     `json:"quotes"`
	Sections []Section   `json:"sections"`

	// Unread lists the parts of the body Parse could not read, each where
	// it stood; the rest of the briefing is read as usual. Write does not
	// write them, and Panes shows them in place.
	Unread []Unread `json:"-"`

	// Missing names the standard sections (of StandardPanes) the file
	// has no heading for, so that a pane can say the section is missing
	// rather than empty. Write leaves out a missing section that has no
	// items.
	Missing []string `json:"-"`
}

// Unread is a part of a briefing's body that Parse could not read, and
// where it stood: before item Index of standard pane Pane (an index into
// StandardPanes), in the extra section Pane-len(StandardPanes) (marked
// after its text), or elsewhere (-1).
type Unread struct {
	Problem
	Pane, Index int
}

// Source is one source document a briefing cites, as [ID].
type Source struct {
	ID        string `json:"id"` // S1, S2, ...
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	URL       string `json:"url"`
	Published string `json:"published"` // ISO date
	Path      string `json:"path"`      // relative to the briefing file; optional
}

// Statement is one summary sentence and the sources it comes from.
type Statement struct {
	Text  string   `json:"text"`
	Cites []string `json:"cites"`
	// Evidence is set by `brief export` only (see Evidence).
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Actor types.
const (
	ActorPerson       = "person"
	ActorOrganization = "organization"
	ActorCountry      = "country"
	ActorGroup        = "group"
)

// Actor is a person, organization, country or group the sources name.
type Actor struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"` // one of the Actor* constants
	Role    string   `json:"role"` // as the text gives it; may be empty
	Aliases []string `json:"aliases"`
	Cites   []string `json:"cites"`
}

// Event is one dated timeline entry. Date is YYYY, YYYY-MM or YYYY-MM-DD;
// End is set (same forms) when the event spans a range START/END.
type Event struct {
	Date string `json:"date"`
	End  string `json:"end"`
	// Expected says the sources expect or plan the event: it had not
	// happened when they were written. The file writes "(expected)" after
	// the date.
	Expected bool `json:"expected"`
	// Expression, when the date was counted from another, is the date's
	// words in the source ("Last Friday"); Anchor is the date it was
	// counted from, and AnchorSource the source whose publication date
	// that is (empty: a date the source told before, "the previous day"
	// after "on 3 March"). The file writes "(Last Friday, from S2's date
	// 2022-09-20)" after the date.
	Expression   string   `json:"expression"`
	Anchor       string   `json:"anchor"`
	AnchorSource string   `json:"anchor_source"`
	Text         string   `json:"text"`
	Cites        []string `json:"cites"`
	// Evidence is set by `brief export` only (see Evidence).
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Note is what the file writes in parentheses after the entry's date, as
// plain text: "expected", the derivation "Last Friday, from S2's date
// 2022-09-20", or both joined by "; "; "" when there is nothing to note.
// A derivation needs its Expression and Anchor.
func (e Event) Note() string {
	var parts []string
	if e.Expected {
		parts = append(parts, "expected")
	}
	if d := e.derivation(); d != "" {
		parts = append(parts, e.Expression+d)
	}
	return strings.Join(parts, "; ")
}

// derivation is what follows the expression in a note: ", from S2's date
// 2022-09-20" or ", from 2024-03-09"; "" when the date was not counted
// from another.
func (e Event) derivation() string {
	if e.Expression == "" || e.Anchor == "" {
		return ""
	}
	if e.AnchorSource != "" {
		return ", from " + e.AnchorSource + "'s date " + e.Anchor
	}
	return ", from " + e.Anchor
}

// Quote is a passage quoted in a source, with its speaker when the text
// names one.
type Quote struct {
	Text    string   `json:"text"`
	Speaker string   `json:"speaker"` // empty: unattributed or a label
	Cites   []string `json:"cites"`
	// Evidence is set by `brief export` only (see Evidence).
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Section is a level-2 section other than the four standard ones, kept as
// markdown and shown as an extra pane.
type Section struct {
	Title    string `json:"title"`
	Markdown string `json:"markdown"`
}
