package eval

import (
	"testing"

	"github.com/brief-team/brief/briefings"
)

// TestEventsScoredBySentence: the timeline lists a sentence once, under the
// date of the event it reports, while the gold annotates every time
// expression. A sentence is one event, dated right when its entry carries
// a date the gold gives any of the sentence's expressions, or a range from
// one to another ("from 2004 to 2009", annotated as two points). A
// sentence in two entries is counted as such.
func TestEventsScoredBySentence(t *testing.T) {
	g := Gold{Events: []GoldEvent{
		{SentenceContains: "cut ties in September, after the July hack", AcceptedDates: []string{"2022-09"}},
		{SentenceContains: "cut ties in September, after the July hack", AcceptedDates: []string{"2022-07"}},
		{SentenceContains: "taxes due from 2004 to 2009", AcceptedDates: []string{"2004"}},
		{SentenceContains: "taxes due from 2004 to 2009", AcceptedDates: []string{"2009"}},
		{SentenceContains: "opened on Monday", AcceptedDates: []string{"2022-09-19"}},
		{SentenceContains: "opened on Monday", AcceptedDates: []string{"*"}, Optional: true},
		{SentenceContains: "closed in May", AcceptedDates: []string{"2022-05"}},
	}}
	b := &briefings.Briefing{Timeline: []briefings.Event{
		{Date: "2004", End: "2009", Text: "The taxes due from 2004 to 2009 stand."},
		{Date: "2022-07", Text: "Albania cut ties in September, after the July hack."},
		{Date: "2022-09", Text: "Albania cut ties in September, after the July hack."},
		{Date: "2022-09-20", Text: "The office opened on Monday."},
	}}
	fs := Score(b, g)
	if fs.GoldEvents != 4 || fs.FoundEvents != 2 {
		t.Errorf("events %d/%d, want 2/4 (the ties and the taxes; not the office, nor the closing):\n%v", fs.FoundEvents, fs.GoldEvents, fs.Problems)
	}
	if fs.Repeated != 1 {
		t.Errorf("sentences in two entries: %d, want 1", fs.Repeated)
	}
	if fs.GoldDates != 6 || fs.FoundDates != 2 {
		t.Errorf("expressions %d/%d, want 2/6 (September and July)", fs.FoundDates, fs.GoldDates)
	}
}
