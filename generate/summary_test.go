package generate

import (
	"slices"
	"strings"
	"testing"
)

// summaryOf generates a briefing from the texts and returns its summary
// sentences.
func summaryOf(t *testing.T, texts ...string) []string {
	t.Helper()
	b := mustGenerate(t, Options{Published: "2024-03-15"}, texts...)
	var out []string
	for _, s := range b.Summary {
		out = append(out, s.Text)
	}
	return out
}

// TestSummaryRules holds one case per rule of the summary: each names what a
// summary must or must not hold.
func TestSummaryRules(t *testing.T) {
	lead := "The port authority of Rotterdam closed three terminals on Thursday after a fire broke out in a warehouse near the harbour entrance."
	second := "Firefighters from four towns fought the blaze for nine hours before they brought it under control late on Thursday night."
	third := "The authority said the terminals would reopen on Monday once inspectors had checked the cranes and the power lines."
	fourth := "Shipping companies diverted eleven container vessels to Antwerp and Hamburg while the terminals stayed closed to traffic."
	for _, c := range []struct {
		rule      string
		text      string
		want, not []string
	}{
		{
			rule: "one source gives its first three eligible sentences, in order",
			text: "Fire closes port\n\n" + lead + " " + second + " " + third + " " + fourth,
			want: []string{lead, second, third}, not: []string{fourth},
		},
		{
			rule: "a long lead sentence is kept",
			text: "Fire closes port\n\n" + "The port authority of Rotterdam, the largest port in Europe, closed three of its busiest container terminals on Thursday morning after a fire that started in a warehouse storing chemicals and fertiliser near the harbour entrance spread to two neighbouring sheds and sent thick smoke over the city and its suburbs. " + second,
			want: []string{"The port authority of Rotterdam, the largest port in Europe"},
		},
		{
			rule: "a sentence opening with a pronoun follows the sentence it leans on",
			text: "Fire closes port\n\n" + lead + " It was the third fire at the port this year and the worst since the terminals opened in 2015. " + second,
			want: []string{lead, "It was the third fire at the port this year"},
		},
		{
			rule: "a sentence opening with a pronoun is left out without the sentence it leans on",
			text: "Fire closes port\n\n" + lead + " " + second + " " + third + " " + fourth + " They expect to lose two days of traffic at least, the shipping companies said on Friday.",
			not:  []string{"They expect to lose"},
		},
		{
			rule: "a caption or heading, with no closing stop, is left out",
			text: "Fire closes port\n\nSmoke rises over the container terminal in Rotterdam on Thursday morning\n\n" + lead + " " + second,
			want: []string{lead}, not: []string{"Smoke rises over"},
		},
		{
			rule: "a photo caption, known by the credit it ends with, is left out",
			text: "Fire closes port\n\nFirefighters at the container terminal in Rotterdam on Thursday, March 14, 2024. Image: Port of Rotterdam.\n\n" + lead + " " + second + " " + third,
			want: []string{lead, second, third}, not: []string{"Firefighters at the container"},
		},
		{
			rule: "a video's caption, known by its credit, is left out",
			text: "Fire closes port\n\nThe fire seen from the harbour entrance on Thursday night, from a tug. Video: Harbour Watch.\n\n" + lead + " " + second + " " + third,
			want: []string{lead, second, third}, not: []string{"The fire seen from"},
		},
		{
			rule: "a fragment opening in lower case is left out",
			text: "Fire closes port\n\nfirefighters at the container terminal in Rotterdam in 2019.\n\n" + lead + " " + second + " " + third,
			want: []string{lead, second, third}, not: []string{"firefighters at the container"},
		},
		{
			rule: "a bare quote, its speaker elsewhere, is left out",
			text: "Fire closes port\n\n" + lead + "\n\n\"We have never seen a fire spread this fast in a modern terminal with these systems.\"\n\n" + second,
			want: []string{lead, second}, not: []string{"We have never seen"},
		},
		{
			rule: "a quote with its speaker may stay",
			text: "Fire closes port\n\n" + lead + " \"We have never seen a fire spread this fast in a modern terminal,\" the fire chief said.",
			want: []string{"the fire chief said"},
		},
	} {
		t.Run(c.rule, func(t *testing.T) {
			got := strings.Join(summaryOf(t, c.text), "\n")
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("summary lacks %q:\n%s", w, got)
				}
			}
			for _, n := range c.not {
				if strings.Contains(got, n) {
					t.Errorf("summary holds %q:\n%s", n, got)
				}
			}
		})
	}
}

// TestSummaryCoversEachSourceLead: with several sources each one's lead is
// in the summary, before any source's second sentence, within 3-7 sentences
// and about 150 words.
func TestSummaryCoversEachSourceLead(t *testing.T) {
	var texts, leads []string
	for i, c := range []struct{ place, lead string }{
		{"Rotterdam", "Dockworkers in Rotterdam walked out on Monday over pay and the new shift rules announced last month."},
		{"Antwerp", "Antwerp's container terminals stood idle as crane operators joined a national strike called by three unions."},
		{"Hamburg", "Hamburg port police cleared a blockade of trucks outside the Burchardkai terminal early on Tuesday morning."},
		{"Le Havre", "French customs officers in Le Havre began a go-slow in support of the striking dockworkers along the coast."},
		{"Felixstowe", "Felixstowe expects more cargo this week as shipping lines divert vessels away from the continental ports."},
	} {
		place, l := c.place, c.lead
		leads = append(leads, l)
		texts = append(texts, "Strike in "+place+"\n\n"+l+" The operators said the talks with the union would resume in "+place+" next week, and that ships would wait at anchor."+
			" About "+strings.Repeat("nine", i+1)+" hundred containers were stuck on the quays of "+place+" by Tuesday evening, the harbour master said.")
	}
	got := summaryOf(t, texts...)
	if len(got) < 3 || len(got) > 7 {
		t.Fatalf("%d sentences, want 3-7:\n%s", len(got), strings.Join(got, "\n"))
	}
	words := 0
	for _, s := range got {
		words += len(strings.Fields(s))
	}
	if words > maxSummaryWords {
		t.Errorf("%d words, want at most %d", words, maxSummaryWords)
	}
	for _, l := range leads {
		if !strings.Contains(strings.Join(got, "\n"), l) {
			t.Errorf("no lead of its source: %q", l)
		}
	}
}

// TestSummaryOnceWhatSourcesShare: two sources with the same lead give it
// once.
func TestSummaryOnceWhatSourcesShare(t *testing.T) {
	lead := "The port authority of Rotterdam closed three terminals on Thursday after a fire broke out in a warehouse near the harbour entrance."
	got := strings.Join(summaryOf(t,
		"Fire closes port\n\n"+lead+" Firefighters from four towns fought the blaze for nine hours before they brought it under control.",
		"Rotterdam fire\n\n"+lead+" Shipping companies diverted eleven container vessels to Antwerp and Hamburg while the terminals stayed closed."), "\n")
	if n := strings.Count(got, lead); n != 1 {
		t.Errorf("the shared lead %d times, want once:\n%s", n, got)
	}
}

// TestLeadCandidatesKeepLeads: past the bound, the candidates kept are
// every document's first ones, then their second ones, in source order.
func TestLeadCandidatesKeepLeads(t *testing.T) {
	var sents []sentence
	var cand []int
	docs := maxSummaryCandidates / 10
	for d := range docs {
		for range 30 { // 30 candidates each: three times the bound
			cand = append(cand, len(sents))
			sents = append(sents, sentence{doc: d})
		}
	}
	got := leadCandidates(sents, cand)
	if len(got) != maxSummaryCandidates || !slices.IsSorted(got) {
		t.Fatalf("%d candidates kept, sorted %v; want %d", len(got), slices.IsSorted(got), maxSummaryCandidates)
	}
	perDoc := map[int]int{}
	for _, si := range got {
		perDoc[sents[si].doc]++
		if si%30 >= 10 {
			t.Fatalf("sentence %d, its document's candidate %d, kept before earlier ones", si, si%30)
		}
	}
	if len(perDoc) != docs {
		t.Errorf("%d documents kept, want all %d", len(perDoc), docs)
	}
}
