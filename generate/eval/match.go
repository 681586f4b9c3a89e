package eval

import "strings"

// The scorer's own normalisation of names, quotes and roles. It is written
// out here, not borrowed from the generator, so that a change to how the
// generator keys its actors cannot move the yardstick it is measured by;
// at the split it was the generator's, character for character.

// straightener replaces curly quotes and apostrophes by straight ones.
var straightener = strings.NewReplacer("“", `"`, "”", `"`, "„", `"`, "‟", `"`, "«", `"`, "»", `"`,
	"‘", "'", "’", "'", "‚", "'", "‛", "'", "′", "'")

func straighten(s string) string { return straightener.Replace(s) }

// normName is the matching key of a name: straight quotes, lower case, no
// leading article, no dots, single spaces.
func normName(s string) string {
	s = strings.ToLower(straighten(s))
	s = strings.ReplaceAll(s, ".", "")
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimPrefix(s, "the ")
	return s
}

// determiners are left out when roles are compared.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "my": true, "your": true, "this": true, "that": true, "these": true, "those": true,
}
