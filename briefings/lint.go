package briefings

// Lint returns every problem in a briefing file, each with file and line.
func Lint(name string, data []byte) []Problem {
	_, err := Parse(name, data)
	if ps, ok := err.(Problems); ok {
		return ps
	}
	return nil
}
