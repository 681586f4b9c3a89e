package eval

import (
	"strings"
	"sync"
)

// The scorer's own normalisation of names, quotes and roles. It is written
// out here, not borrowed from the generator, so that a change to how the
// generator keys its actors cannot move the yardstick it is measured by;
// at the split it was the generator's, character for character.

// straightener replaces curly quotes and apostrophes by straight ones.
// It is built on first use, as the generator's tables are: the reader
// links this package too.
var straightener = sync.OnceValue(func() *strings.Replacer {
	return strings.NewReplacer("“", `"`, "”", `"`, "„", `"`, "‟", `"`, "«", `"`, "»", `"`,
		"‘", "'", "’", "'", "‚", "'", "‛", "'", "′", "'")
})

func straighten(s string) string { return straightener().Replace(s) }

// normName is the matching key of a name: straight quotes, lower case, no
// leading article, no dots, single spaces.
func normName(s string) string {
	s = strings.ToLower(straighten(s))
	s = strings.ReplaceAll(s, ".", "")
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimPrefix(s, "the ")
	return s
}

// isDeterminer says w is left out when roles are compared.
func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those":
		return true
	}
	return false
}
