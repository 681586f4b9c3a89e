package briefings

import (
	"embed"
	"io/fs"
)

//go:embed *.md
var shipped embed.FS

// Shipped is the library of briefings that ship inside the brief binary
// (briefings/*.md), opened by OpenFS when no library directory is given.
var Shipped fs.FS = shipped
