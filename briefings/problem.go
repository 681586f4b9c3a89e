package briefings

import (
	"fmt"
	"strings"
)

// Problem is one defect in a briefing file, reported as "file:line: msg".
// Line is 1-based; 0 means the problem concerns the whole file.
type Problem struct {
	File string
	Line int
	Msg  string
	// Warning marks something worth a look that does not make the file
	// wrong (a missing section); lint fails only on the others.
	Warning bool
}

// Error formats the problem the way compilers do, so editors can jump to it.
func (p Problem) Error() string {
	msg := p.Msg
	if p.Warning {
		msg = "warning: " + msg
	}
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, msg)
	}
	return fmt.Sprintf("%s: %s", p.File, msg)
}

// Problems is every problem found in one or more files. It implements error
// so Parse can return all of them at once; Error joins them one per line.
type Problems []Problem

// Error joins the problems, one per line.
func (ps Problems) Error() string {
	var sb strings.Builder
	for i, p := range ps {
		if i > 0 {
			sb.WriteByte('\n')
		}
		sb.WriteString(p.Error())
	}
	return sb.String()
}
