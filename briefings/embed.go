package briefings

import (
	"embed"
	"io/fs"
)

// The shipped library carries the source documents its briefings cite
// (sources/), so that the reader can show a briefing's evidence from the
// binary alone.
//
//go:embed *.md sources/*.txt
var shipped embed.FS

// Shipped is the library of briefings that ship inside the brief binary
// (briefings/*.md, and the sources they cite under sources/), opened by
// OpenFS when no library directory is given.
var Shipped fs.FS = shipped
