package briefings

import (
	"os"
	"strings"
	"testing"
)

// The example in FORMAT.md is a valid, lint-clean briefing.
func TestFormatDocExample(t *testing.T) {
	doc, err := os.ReadFile("../FORMAT.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(doc), "```markdown\n")
	if !ok {
		t.Fatal("no ```markdown example in FORMAT.md")
	}
	// The example itself contains no fence, so the next one closes it.
	example, _, ok := strings.Cut(rest, "\n```\n")
	if !ok {
		t.Fatal("example not closed")
	}
	b, err := Parse("FORMAT.md", []byte(example+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Summary) != 2 || len(b.Actors) != 3 || len(b.Timeline) != 3 || len(b.Quotes) != 2 || len(b.Sections) != 1 {
		t.Errorf("example parsed as %+v", b)
	}
	if ps := Lint("FORMAT.md", []byte(example+"\n")); len(ps) > 0 {
		t.Errorf("example has problems: %v", Problems(ps))
	}
}
