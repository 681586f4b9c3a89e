package eval

import (
	"testing"

	"github.com/brief-team/brief/briefings"
)

// TestEventsScoredBySentence: the timeline lists a sentence once, under the
// date of the event it reports, while the gold annotates every time
// expression. A sentence is one event, dated right when its entry carries
// a date the gold gives any of the sentence's expressions, or a range from
// one to another ("from 2004 to 2009", annotated as two points). Dated by
// an optional expression, it is neither counted nor counted against. A
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
		{SentenceContains: "Fires, which burned in the second half of last year, have fallen since January", AcceptedDates: []string{"2024-07/2024-12"}},
		{SentenceContains: "Fires, which burned in the second half of last year, have fallen since January", AcceptedDates: []string{"2025-01"}, Optional: true},
	}}
	b := &briefings.Briefing{Timeline: []briefings.Event{
		{Date: "2004", End: "2009", Text: "The taxes due from 2004 to 2009 stand."},
		{Date: "2022-07", Text: "Albania cut ties in September, after the July hack."},
		{Date: "2022-09", Text: "Albania cut ties in September, after the July hack."},
		{Date: "2022-09-20", Text: "The office opened on Monday."},
		{Date: "2025-01", Text: "Fires, which burned in the second half of last year, have fallen since January."},
	}}
	fs := Score(b, g)
	if fs.GoldEvents != 4 || fs.FoundEvents != 2 {
		t.Errorf("events %d/%d, want 2/4 (the ties and the taxes; not the office, nor the closing; the fires not counted):\n%v", fs.FoundEvents, fs.GoldEvents, fs.Problems)
	}
	if fs.Repeated != 1 {
		t.Errorf("sentences in two entries: %d, want 1", fs.Repeated)
	}
	if fs.GoldDates != 7 || fs.FoundDates != 2 {
		t.Errorf("expressions %d/%d, want 2/7 (September and July)", fs.FoundDates, fs.GoldDates)
	}
}

// TestEventsGroupedBySourceSentence: hand-made gold names an event's
// sentence by any substring of it, so two expressions of one sentence may
// name it by different words; with the source's text at hand, they are
// one event.
func TestEventsGroupedBySourceSentence(t *testing.T) {
	g := Gold{Events: []GoldEvent{
		{SentenceContains: "OPEC+ agreed on Sunday", AcceptedDates: []string{"2023-12-03"}},
		{SentenceContains: "to the first half of 2024", AcceptedDates: []string{"2024-01/2024-06"}},
		{SentenceContains: "Prices rose", AcceptedDates: []string{"2023-12-04"}},
	}}
	g.sentences = sourceSentences("OPEC+ agreed on Sunday to postpone the cut to the first half\nof 2024, delegates said. Prices rose on Monday. Mr. Smith said so.")
	if got := sourceSentences("Leaders told the junta led by Capt. Ousman Jallow to act by May. J. Smith agreed."); len(got) != 2 {
		t.Errorf("a title or an initial ended a sentence: %q", got)
	}
	b := &briefings.Briefing{Timeline: []briefings.Event{
		{Date: "2023-12-03", Text: "OPEC+ agreed on Sunday to postpone the cut to the first half of 2024, delegates said."},
	}}
	if fs := Score(b, g); fs.GoldEvents != 2 || fs.FoundEvents != 1 {
		t.Errorf("events %d/%d, want 1/2:\n%v", fs.FoundEvents, fs.GoldEvents, fs.Problems)
	}
}

// TestEventsSameSpan: a date is matched by the days it covers, however it
// is written: "1960/1969" is GUM's "1960-01-01/1969-12-31".
func TestEventsSameSpan(t *testing.T) {
	g := Gold{Events: []GoldEvent{
		{SentenceContains: "touchstones of the 1960s", AcceptedDates: []string{"1960-01-01/1969-12-31"}},
		{SentenceContains: "by the end of the year", AcceptedDates: []string{"2006"}},
	}}
	b := &briefings.Briefing{Timeline: []briefings.Event{
		{Date: "1960", End: "1969", Text: "He was close to touchstones of the 1960s."},
		{Date: "2006-12-31", Text: "Plants will close by the end of the year."},
	}}
	if fs := Score(b, g); fs.FoundEvents != 1 || fs.FoundDates != 1 {
		t.Errorf("events %d, expressions %d, want 1 and 1 (the decade, not a day for a year):\n%v", fs.FoundEvents, fs.FoundDates, fs.Problems)
	}
}

// TestOtherTimexExcuses: MEANTIME annotates quarters, weeks, seasons and
// decades apart from its dates, in TIMEX3 values ("2008-Q3"). A sentence
// dated by one of them is dated by an expression the gold covers but does
// not score: like an optional one, it is not counted.
func TestOtherTimexExcuses(t *testing.T) {
	var r realdevGold
	sent := "Ford said it posted a profit in the third quarter of this year and predicted it would be profitable by 2011."
	r.Events = append(r.Events, struct {
		Date       string `json:"date"`
		Expression string `json:"expression"`
		Sentence   string `json:"sentence"`
		Kind       string `json:"kind"`
		Dateline   bool   `json:"dateline"`
	}{Date: "2011", Expression: "2011", Sentence: sent, Kind: "point"})
	r.OtherTimex = []realdevTimex{{Expression: "the third quarter of this year", Sentence: sent, Type: "DATE", Value: "2008-Q3"}}
	for _, c := range []struct {
		date, end string
		events    int
	}{{"2008-07", "2008-09", 0}, {"2008", "", 1}} {
		b := &briefings.Briefing{Timeline: []briefings.Event{{Date: c.date, End: c.end, Text: sent}}}
		if fs := Score(b, r.asGold("x.txt")); fs.GoldEvents != c.events || fs.FoundEvents != 0 {
			t.Errorf("dated %s/%s: events %d/%d, want 0/%d", c.date, c.end, fs.FoundEvents, fs.GoldEvents, c.events)
		}
	}
	for v, want := range map[string]string{"2008-Q3": "2008-07/2008-09", "2010-W04": "2010-01-25/2010-01-31", "2010-W04-WE": "2010-01-30/2010-01-31", "199": "1990/1999", "2009-SP": "2009-03/2009-05", "PAST_REF": ""} {
		if got := timexDate(v); got != want {
			t.Errorf("timexDate(%q) = %q, want %q", v, got, want)
		}
	}
}
