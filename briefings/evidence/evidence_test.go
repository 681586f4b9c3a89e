package evidence

import (
	"errors"
	"strings"
	"testing"

	"github.com/brief-team/brief/briefings"
)

func shipped(t *testing.T) (*briefings.Library, string, *briefings.Briefing) {
	t.Helper()
	l, err := briefings.OpenFS(briefings.Shipped)
	if err != nil {
		t.Fatal(err)
	}
	const p = "iran-albania.md"
	b, err := l.Load(p)
	if err != nil {
		t.Fatal(err)
	}
	return l, p, b
}

// TestShippedEvidence: every item of the shipped briefing is found in each
// source it cites, and the 2022-09-16 entry points at "Last Friday".
func TestShippedEvidence(t *testing.T) {
	l, p, b := shipped(t)
	r := Find(b, func(s briefings.Source) ([]byte, error) { return l.SourceFile(p, s) })
	for _, s := range r.Sources {
		if s.Err != nil || s.Text == "" {
			t.Fatalf("source %s: %v", s.ID, s.Err)
		}
	}
	n := 0
	for _, it := range r.Items {
		if len(it.Evidence) == 0 {
			t.Errorf("%s %d: no evidence", it.Kind, it.Index)
		}
		for _, ev := range it.Evidence {
			n++
			if ev.Status != Found {
				t.Errorf("%s %d %q: %s in %s (closest %q)", it.Kind, it.Index, it.Text, ev.Status, ev.Source, ev.Closest)
				continue
			}
			src := r.Sources[0]
			for _, s := range r.Sources {
				if s.ID == ev.Source {
					src = s
				}
			}
			if !strings.Contains(src.Text[ev.Sentence.Start:ev.Sentence.End], src.Text[ev.Match.Start:ev.Match.End]) ||
				ev.Sentence.Start > ev.Match.Start || ev.Sentence.End < ev.Match.End {
				t.Errorf("%s %d: sentence %v does not hold match %v", it.Kind, it.Index, ev.Sentence, ev.Match)
			}
			if it.Kind != Quote && !sameFolded(src.Text[ev.Match.Start:ev.Match.End], it.Text) {
				t.Errorf("%s %d: match %q is not the item %q", it.Kind, it.Index, src.Text[ev.Match.Start:ev.Match.End], it.Text)
			}
		}
	}
	if n < len(r.Items) {
		t.Errorf("%d evidence for %d items", n, len(r.Items))
	}
	var friday *Evidence
	for i, e := range b.Timeline {
		if e.Date == "2022-09-16" {
			for _, it := range r.Items {
				if it.Kind == Timeline && it.Index == i {
					friday = &it.Evidence[0]
				}
			}
		}
	}
	if friday == nil {
		t.Fatal("no 2022-09-16 entry")
	}
	text := r.Sources[1].Text
	if friday.DateText != "Last Friday" || text[friday.Date.Start:friday.Date.End] != "Last Friday" {
		t.Errorf("date expression %q at %v", friday.DateText, friday.Date)
	}
	if !strings.HasPrefix(text[friday.Sentence.Start:], "Last Friday, the US Treasury Department sanctioned") ||
		!strings.HasSuffix(text[:friday.Sentence.End], "a US ally.”") {
		t.Errorf("sentence %q", text[friday.Sentence.Start:friday.Sentence.End])
	}
}

func sameFolded(a, b string) bool {
	return string(normalize(a, false).norm) == string(normalize(b, false).norm)
}

const article = `Iran hack

TIRANA — Albania’s prime minister, Edi Rama, said on Monday that the attack was “the work of a state”.
The government cut ties with Tehran in September. Rama said the decision was final.

- Officials said the servers were restored within
  two days, and that no data was lost.

“We will not be intimidated,” Rama told reporters. The U.S. Treasury sanctioned the ministry last Friday.`

func find(t *testing.T, b *briefings.Briefing) *Report {
	t.Helper()
	b.Sources = []briefings.Source{{ID: "S1", Title: "A", Path: "a.txt", Published: "2022-09-20"}}
	return Find(b, func(s briefings.Source) ([]byte, error) { return []byte(article), nil })
}

// TestFolding: whitespace, line breaks, list markers, quote marks, dashes
// and case do not hide an item.
func TestFolding(t *testing.T) {
	b := &briefings.Briefing{
		Summary: []briefings.Statement{
			{Text: `Albania's prime minister, Edi Rama, said on Monday that the attack was "the work of a state".`, Cites: []string{"S1"}},
			{Text: "Officials said the servers were restored within two days, and that no data was lost.", Cites: []string{"S1"}},
			{Text: "THE GOVERNMENT CUT TIES WITH TEHRAN IN SEPTEMBER.", Cites: []string{"S1"}},
			{Text: "TIRANA - Albania’s prime minister", Cites: []string{"S1"}},
		},
		Quotes: []briefings.Quote{{Text: "We will not be intimidated,", Speaker: "Edi Rama", Cites: []string{"S1"}}},
	}
	r := find(t, b)
	for _, it := range r.Items {
		if len(it.Evidence) != 1 || it.Evidence[0].Status != Found {
			t.Errorf("%q: %+v", it.Text, it.Evidence)
		}
	}
	text := r.Sources[0].Text // the headline is the title, not text
	ev := r.Items[4].Evidence[0]
	if got := text[ev.Sentence.Start:ev.Sentence.End]; got != "“We will not be intimidated,” Rama told reporters." {
		t.Errorf("quote's sentence %q", got)
	}
	ev = r.Items[2].Evidence[0]
	if got := text[ev.Match.Start:ev.Match.End]; got != "The government cut ties with Tehran in September." {
		t.Errorf("match %q", got)
	}
}

// TestAlteredAndMissing: a changed word leaves an item approximately
// found, with the closest sentence; words no source says are not found;
// a word cut short is not a match.
func TestAlteredAndMissing(t *testing.T) {
	b := &briefings.Briefing{
		Summary: []briefings.Statement{
			{Text: "The government cut ties with Tehran in October.", Cites: []string{"S1"}},
			{Text: "Iran denied any role and threatened retaliation against Tirana.", Cites: []string{"S1"}},
			{Text: "The government cut ties with Teh", Cites: []string{"S1"}}, //nolint:misspell // a sentence cut off mid-word on purpose
		},
		Quotes: []briefings.Quote{{Text: "We will never be intimidated", Cites: []string{"S1"}}},
	}
	r := find(t, b)
	if ev := r.Items[0].Evidence[0]; ev.Status != Approximate || ev.Closest != "The government cut ties with Tehran in September." || ev.Score < ApproximateScore {
		t.Errorf("altered: %+v", ev)
	}
	if ev := r.Items[1].Evidence[0]; ev.Status != NotFound {
		t.Errorf("missing: %+v", ev)
	}
	if ev := r.Items[2].Evidence[0]; ev.Status == Found {
		t.Errorf("a word cut short matched: %+v", ev)
	}
	if ev := r.Items[3].Evidence[0]; ev.Status != Approximate || !strings.Contains(ev.Closest, "We will not be intimidated") {
		t.Errorf("altered quote: %+v", ev)
	}
}

// TestUnreadableSource: a source without text gives its items no evidence
// and says why, once.
func TestUnreadableSource(t *testing.T) {
	b := &briefings.Briefing{
		Sources: []briefings.Source{{ID: "S1"}},
		Summary: []briefings.Statement{{Text: "x", Cites: []string{"S1"}}, {Text: "y", Cites: []string{"S1", "S9"}}},
	}
	calls := 0
	r := Find(b, func(s briefings.Source) ([]byte, error) {
		calls++
		return nil, &briefings.SourceError{ID: s.ID, Err: briefings.ErrNoPath}
	})
	if calls != 1 || !errors.Is(r.Sources[0].Err, briefings.ErrNoPath) || len(r.Items[0].Evidence) != 0 || len(r.Items[1].Evidence) != 0 {
		t.Errorf("calls %d, %+v", calls, r)
	}
}

func TestTimelineDate(t *testing.T) {
	b := &briefings.Briefing{Timeline: []briefings.Event{
		{Date: "2022-09", Text: "The government cut ties with Tehran in September.", Cites: []string{"S1"}},
		{Date: "2022-09-16", Text: "The U.S. Treasury sanctioned the ministry last Friday.", Cites: []string{"S1"}},
		{Date: "2022-09-19", Text: "Albania’s prime minister, Edi Rama, said on Monday that the attack was “the work of a state”.", Cites: []string{"S1"}},
		// The expression the entry gives is the one looked for.
		{Date: "2022-09-20", Expression: "within two days", Anchor: "2022-09-20", AnchorSource: "S1", Text: "Officials said the servers were restored within two days, and that no data was lost.", Cites: []string{"S1"}},
	}}
	r := find(t, b)
	for i, want := range []string{"in September", "last Friday", "on Monday", "within\n  two days"} {
		if got := r.Items[i].Evidence[0].DateText; got != want {
			t.Errorf("entry %d: date expression %q, want %q", i, got, want)
		}
	}
}

func TestMentions(t *testing.T) {
	actors := []briefings.Actor{
		{Name: "Edi Rama", Aliases: []string{"Rama"}},
		{Name: "Albania", Aliases: []string{"Tirana"}},
		{Name: "US Treasury", Aliases: []string{"U.S. Treasury"}},
	}
	ms := Mentions(article, actors)
	var got []string
	for _, m := range ms[0] {
		got = append(got, article[m.Start:m.End])
	}
	if strings.Join(got, "|") != "Edi Rama|Rama|Rama" {
		t.Errorf("Rama: %q", got)
	}
	if len(ms[1]) != 1 { // "Albania’s" counts; "TIRANA" is not "Tirana"
		t.Errorf("Albania: %v", ms[1])
	}
	if len(ms[2]) != 1 {
		t.Errorf("US Treasury: %v", ms[2])
	}
}

// TestOffsetsAcrossFolding: offsets map back to the text exactly where
// folding changed lengths (curly quotes, a capital whose lower case is
// shorter, whitespace runs, a dropped list marker).
func TestOffsetsAcrossFolding(t *testing.T) {
	text := "Intro line here.\n\n- L’ÉCOLE   “İstanbul”  —  it said ÄÖ was fine.\nNext one."
	ix := newIndex(text)
	ev := ix.findAll([]string{`l'école "istanbul" - it said äö was fine.`}, []Kind{Summary})[0]
	if ev.Status != Found || text[ev.Match.Start:ev.Match.End] != "L’ÉCOLE   “İstanbul”  —  it said ÄÖ was fine." {
		t.Errorf("%+v: %q", ev, text[ev.Match.Start:ev.Match.End])
	}
}
