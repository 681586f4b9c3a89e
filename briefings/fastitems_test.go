package briefings

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// reading is everything a parse gives its callers: the briefing, the
// problems and the lines of the items (Lint, ParseItems).
type reading struct {
	B                                                                        *Briefing
	Probs                                                                    Problems
	SummaryLines, ActorLines, EventLines, QuoteLines, SectionLines, Preamble []int
}

// readWith parses data with the fast reading of plain items on or off,
// and reports whether the fast reading stood (had items and did not fail).
func readWith(data []byte, fast bool) (r reading, stood bool) {
	p := newParser("t.md", data)
	p.noFast = !fast
	b := p.parse()
	if fast && b != nil && !p.fellBack {
		_, items, ok := p.plainItems()
		stood = ok && len(items) > 0
	}
	return reading{
		B: b, Probs: p.probs,
		SummaryLines: p.summaryLines, ActorLines: p.actorLines, EventLines: p.eventLines,
		QuoteLines: p.quoteLines, SectionLines: p.sectionLines, Preamble: []int{p.preamble, p.h1Line},
	}, stood
}

// checkFastReading fails t when the fast reading of data differs from
// goldmark's alone in anything.
func checkFastReading(t *testing.T, data []byte) (stood bool) {
	t.Helper()
	fast, stood := readWith(data, true)
	slow, _ := readWith(data, false)
	if !reflect.DeepEqual(fast, slow) {
		t.Fatalf("the fast reading differs from goldmark's\n--- input:\n%s\n--- fast:\n%#v\n--- goldmark:\n%#v", data, fast, slow)
	}
	return stood
}

// itemPieces are what random item lines are made of: the shapes Write
// emits and every character the fast reading must refuse or get right.
var itemPieces = []string{
	"Ali", "Hoxha", "2022-09-07", "2022", "2022-13", "2022-02-30", "2022/2023", " to ", "–", "—",
	" ", "  ", "\t", ":", ": ", ".", ". Also: ", "; ", ",", "(", ")", " (person)", " (expected)",
	" (Last Friday, from S2's date 2022-09-20)", "-", "--",
	"[S1]", " [S1]", " [S1, S2]", "[S1](u)", "[x]", "[", "]", "![S1]", "!", "[S1]]",
	"*", "**", "_", "__", "`", "``", "\\", "\\*", "&", "&amp;", "&#27;", "<", "<b>", "<http://x>", ">",
	"#", "~", "|", "é", "\u00a0", "\u3000", "\u200b", "’", "'", "\"", "http://x.y", "www.x.y",
}

// otherLines are the lines between items: everything that could change
// how an item line, or its blanking, reads.
var otherLines = []string{
	"", "", "", " ", "  indented", "    code", "```", "~~~", "> quote", "> - **Q** x", "1. x", "2) x",
	"* x", "+ x", "-", "- ", "---", "***", "* * *", "===", "[S1]: http://x", "<div>", "<!--", "-->",
	"text line", "## Actors ##", "# Title", "### Sub", "Actors", "  - **N** nested", "-  **W** wide",
	"- plain item", "  continued", "\\", "  ## Actors", "## Timeline", "## Notes", "## Summary",
}

var headings = []string{"## Actors", "## Timeline", "## Key actors", "## Chronology", "## Summary", "## Notes", "## Source quotes", "##  actors:"}

// randomItemDoc builds a briefing of item-shaped lines with random
// punctuation, other lines and headings.
func randomItemDoc(r *rand.Rand) []byte {
	var sb strings.Builder
	sb.WriteString("---\ntitle: t\ndate: 2022-09-08\n---\n")
	if r.IntN(4) == 0 {
		sb.WriteString("# H\n")
	}
	for range 1 + r.IntN(4) {
		sb.WriteString("\n" + headings[r.IntN(len(headings))] + "\n\n")
		for range r.IntN(12) {
			switch k := r.IntN(10); {
			case k < 2:
				sb.WriteString(otherLines[r.IntN(len(otherLines))] + "\n")
			case k < 5:
				// Write's shapes, with a little noise.
				if r.IntN(2) == 0 {
					fmt.Fprintf(&sb, "- **%s**: %s%s\n", itemPieces[r.IntN(12)], randomPieces(r, 3), " [S1]")
				} else {
					fmt.Fprintf(&sb, "- **Name %d** (person): %s. Also: x; y [S%d]\n", r.IntN(9), randomPieces(r, 2), 1+r.IntN(3))
				}
			default:
				sb.WriteString("- **" + randomPieces(r, 3) + "**" + randomPieces(r, 6) + "\n")
			}
		}
	}
	s := sb.String()
	if r.IntN(8) == 0 {
		s = strings.TrimSuffix(s, "\n") // no newline at the end
	}
	return []byte(s)
}

func randomPieces(r *rand.Rand, n int) string {
	var sb strings.Builder
	for range r.IntN(n + 1) {
		sb.WriteString(itemPieces[r.IntN(len(itemPieces))])
	}
	return sb.String()
}

// TestFastItemsRandom compares the fast reading with goldmark's on 20,000
// random briefings of item lines (FuzzPlainItems explores further).
func TestFastItemsRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	stood := 0
	for range n {
		if checkFastReading(t, randomItemDoc(r)) {
			stood++
		}
	}
	// A generator that no longer makes plain items would test nothing.
	if stood < n/4 {
		t.Fatalf("the fast reading stood in %d of %d documents", stood, n)
	}
	t.Logf("the fast reading stood in %d of %d documents", stood, n)
}

// TestFastItemsShapes: Write's item lines are read without goldmark, and a
// briefing of them reads the same.
func TestFastItemsShapes(t *testing.T) {
	data := []byte("---\ntitle: t\n---\n\n## Actors\n\n- **Ali Hoxha** (person): a minister. Also: Ali; A. H. [S1, S2]\n- **Q**\n- **Z. Org.**: role [S3]\n\n## Timeline\n\n- **2022-09-07**: Albania cut ties [S1].\n- **2022-07-15/2022-07-17** (expected; Last Friday, from S2's date 2022-09-20): x [S2]\n- **2022-02-30**: bad date\n")
	p := newParser("t.md", data)
	p.parse()
	if _, items, ok := p.plainItems(); !ok || len(items) != 6 {
		t.Fatalf("%d plain items, want 6", len(items))
	}
	if p.fellBack {
		t.Fatal("the fast reading failed")
	}
	checkFastReading(t, data)
}
