// Package generate turns source documents (news articles as text, markdown or
// saved web pages) into a briefing: an extractive summary, the actors named,
// a dated timeline and the quoted passages, every item citing its source.
//
// Everything is rule-based and deterministic: no network, no model download,
// no clock. The same documents and options always give the same briefing, and
// every text in it is a source sentence or a span of one.
package generate

import (
	"github.com/brief-team/brief/briefings/sourcetext"
)

// Document is one source document: its metadata and its plain text. It is
// sourcetext's, so that the reader finds evidence in the very text the
// generator read.
type Document = sourcetext.Document

// ReadSource reads one source document (see sourcetext.Read): .html/.htm
// files go through readability; other files are text or markdown,
// optionally starting with YAML front matter (title, publisher, url,
// published). Without front matter a first line followed by a blank line is
// the title.
func ReadSource(path string, data []byte) (Document, error) {
	return sourcetext.Read(path, data)
}

// oneLine collapses whitespace and strips control characters.
func oneLine(s string) string {
	return collapseSpace(sanitize(s))
}

// normDate accepts an ISO date, optionally followed by a time (RFC 3339),
// and returns YYYY-MM-DD.
func normDate(s string) (string, error) { return sourcetext.NormDate(s) }
