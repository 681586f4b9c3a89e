package countries

import (
	"strings"
	"sync"
)

// Row is one line of Table: a country's canonical name, its other names,
// its adjectives and demonyms, and its capitals.
type Row struct {
	Name                         string
	Others, Adjectives, Capitals []string
}

// Rows is Table read once, in its order: every reader of the table reads
// it the same way.
var Rows = sync.OnceValue(func() []Row {
	var rows []Row
	for _, line := range strings.Split(strings.TrimSpace(Table), "\n") {
		f := strings.Split(line, "|")
		rows = append(rows, Row{Name: f[0], Others: alternatives(f[1]), Adjectives: alternatives(f[2]), Capitals: alternatives(f[3])})
	}
	return rows
})

// alternatives splits a field's ";"-separated alternatives; none is nil.
func alternatives(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ";")
}
