package eval

import (
	"slices"
	"testing"
)

// realdevFloor holds the realdev test split's figures at what the generator
// reaches, so that they cannot fall back unnoticed. Raise a floor when a
// general rule raises the figure; never tune rules on the test articles
// (look at the dev split: RealdevSplit).
//
// events is the share of gold sentences dated right (Counts.Dates). It was
// the share of dated expressions, 0.844 (GUM) and 0.774 (MEANTIME), while
// a sentence was listed under every date it named; a sentence is now
// listed once, under its event's date (and captions, and dates a sentence
// only compares with, not at all), so that yardstick was replaced by the
// sentence, and the floors set at what the generator reaches on it. No
// sentence may be in two entries. "since X" expressions are no events (see
// opensSpan): MEANTIME's events rose 0.784 -> 0.816 when they left the
// count.
//
// speakers are scored on our own annotation of who speaks every quotation
// (testdata/realdev/speakers, made without seeing the generator); its
// first run on this split gave GUM 0.963 (27 quotes) and MEANTIME 0.626
// (131), and the quotes it adds count in quotes found.
//
// The actor precision floors went down once, with the rule that a name
// joined to a body by "and" or in a list is a body ("GM and Chrysler"):
// GUM 0.6785 -> 0.675 while its recall rose 0.603 -> 0.611 (F1 0.639 ->
// 0.642), and MEANTIME 0.3885 -> 0.3845 (its gold leaves out bodies such
// as Chevron and Commerzbank: a lower bound, see its README). On the dev
// split MEANTIME's recall rose 0.796 -> 0.817, and the blind sets gained
// three gold bodies.
//
// MEANTIME's gold also lists 20 entities with no name (a DBpedia class
// link: "Financial analysts" five times, "government", "Central banks
// across the world", "555 people"); they became optional (see named),
// and MEANTIME's actor recall on this split went 0.857 -> 0.880 (dev
// 0.817 -> 0.867). So did its coordinations ("General Motors and
// Chrysler", whose bodies a briefing lists one by one): 0.880 -> 0.888
// (dev 0.867 -> 0.883). And MEANTIME's actors are read one per referent
// (mergedActors: bracketed notes, a country's other names, one referent
// split over instances): 0.888 -> 0.892 (dev 0.883 -> 0.905). The
// generator then found the firm before a corporate title ("Apple CEO Tim
// Cook"): 0.896 -> 0.901 (dev 0.923 -> 0.932), and football clubs' cue
// words linked "United Auto Workers" to its UAW: 0.901 -> 0.905 (dev
// unchanged).
//
// A single mark that nothing in its paragraph closes ("Charles O
// 'Reilly", "since the '90s") had opened a quotation that hid every
// double-quoted one after it. Found now, MEANTIME's quotes found on this
// split rose 0.936 -> 0.986; the 7 quotes it adds are scored for their
// speakers, 4 of them right, so the right speakers rose 89 -> 93 while
// their share fell 0.679 -> 0.674 (dev: quotes 0.944 -> 0.972, speakers
// 0.912 -> 0.924 with the rule for words a sentence's subject introduces).
// A name before "Day" names a holiday, not a person ("Martin Luther King
// Day", from blind14): GUM's actor precision 0.675 -> 0.681. Words a
// sentence's subject introduces after a comma, the subject found past a
// clause with no comma ("After the case closed Apple Computer CEO Steve
// Jobs extended an invitation ..., "we have ..."): MEANTIME's speakers
// 0.674 -> 0.696 (dev 0.924 -> 0.933).
//
// The AP wire's “...” quotation marks (blind17) found one more quote
// on this split, opened by ” and closed by ”: quotes 0.986 -> 0.993; its
// speaker is not the gold's, so the share fell 0.696 -> 0.691 with the
// right speakers unchanged at 96. Since then the count of right speakers
// has a floor of its own, so that a share falling with more quotes found
// cannot hide a speaker lost.
//
// The rules for the first runs of blind21 (campaign news) and blind22
// (general news) raised MEANTIME's speakers on this split 0.691 -> 0.705
// (96 -> 98 right): a sentence's opening subject read past its title and
// a party's tag, and a campaign named in the text is an actor of its own.
// Nothing on the dev split moved with them but GUM's actors (F1 0.741 ->
// 0.745). A one-word bank's name is a body ("Bundesbank", from blind23):
// MEANTIME's actor precision 0.387 -> 0.385 on this split; on the dev
// split the body it added is Citibank, which MEANTIME's gold leaves out.
//
// GUM's actor precision went down a second time, 0.699 -> 0.6935, with the
// fix that a body renamed to its longer name keeps the name it had as an
// alias ("SEC" of the Securities and Exchange Commission, "Apple" of
// "Apple Inc.": addAlias had taken the old name for one it had, and
// dropped it). Recall held; on the dev split nothing moved but aliases
// added ("USI" of the University of Southern Indiana, "Barclays" of
// Barclays Capital); blind17's precision rose 0.952 -> 0.967, and
// MEANTIME's recall here, which "Shares of Apple Inc." read as one body
// had lowered to 0.901, went back to 0.905. The test articles were not
// looked at.
//
// With the rules of 2026-12-07 (a body's bare name after a country's as
// its alias, a given name before a family's joining word, descriptions
// that end at a relative clause, ...; dev GUM P 0.788 -> 0.799, R 0.709
// -> 0.718) this split's GUM precision went 0.6935 -> 0.703 and recall
// 0.611 -> 0.619; the floors follow. The test articles were not looked at.
//
// With the rules of the next round (titles of works, what only a firm has,
// firms' trades; dev GUM P 0.799 -> 0.801) GUM's precision here went
// 0.703 -> 0.709; MEANTIME's 0.392 -> 0.391, above its floor. The test
// articles were not looked at.
var realdevFloor = map[string]struct {
	actorP, actorR, events float64
	quotes, speakers       float64
	speakersRight          int
	rouge1                 float64 // ROUGE-1 F x100 against human summaries
}{
	"GUM":      {actorP: 0.708, actorR: 0.618, events: 0.750, quotes: 0.916, speakers: 0.962, speakersRight: 26, rouge1: 35.0},
	"MEANTIME": {actorP: 0.3845, actorR: 0.9045, events: 0.816, quotes: 0.992, speakers: 0.704, speakersRight: 98},
}

// TestRealdevSplit pins the split rule: moving an article between the
// splits would mix what was tuned on into what is reported.
func TestRealdevSplit(t *testing.T) {
	for name, want := range map[string]string{
		"gum_news_afghan.txt": "dev", "meantime_apple_43503.txt": "dev",
	} {
		if got := RealdevSplit(name); got != want {
			t.Errorf("%s: %s, want %s", name, got, want)
		}
	}
}

// TestRealdevTestSplit scores the generator on the realdev test split
// (real Wikinews articles, human gold) and fails below the floors.
func TestRealdevTestSplit(t *testing.T) {
	s, err := EvaluateRealdev("../testdata/realdev", "test")
	if err != nil {
		t.Fatal(err)
	}
	for corpus, floor := range realdevFloor {
		sc, ok := s[corpus]
		if !ok || len(sc.Files) == 0 {
			t.Fatalf("no %s articles in the test split", corpus)
		}
		c := sc.Total
		ours, lead := sc.Summaries.Mean()
		t.Logf("%s (%d articles): actors P %.3f R %.3f F1 %.3f, events %d/%d = %.3f (in two entries: %d; expressions %d/%d = %.3f), quotes %.3f, speakers %.3f (%d), ROUGE-1/2/L %.1f/%.1f/%.1f vs Lead-3 %.1f/%.1f/%.1f",
			corpus, len(sc.Files), c.Precision(), c.Recall(), c.F1(), c.FoundEvents, c.GoldEvents, c.Dates(), c.Repeated, c.FoundDates, c.GoldDates, c.Expressions(),
			c.QuotesFound(), c.SpeakerAccuracy(), c.SpeakerGold, 100*ours.R1, 100*ours.R2, 100*ours.RL, 100*lead.R1, 100*lead.R2, 100*lead.RL)
		if c.Repeated > 0 {
			t.Errorf("%s: %d sentences in two timeline entries", corpus, c.Repeated)
		}
		check := func(what string, got, min float64) {
			if got < min-1e-9 {
				t.Errorf("%s %s %.3f fell below %.3f", corpus, what, got, min)
			}
		}
		check("actor precision", c.Precision(), floor.actorP)
		check("actor recall", c.Recall(), floor.actorR)
		check("events dated right", c.Dates(), floor.events)
		check("quotes found", c.QuotesFound(), floor.quotes)
		check("speakers right", c.SpeakerAccuracy(), floor.speakers)
		check("right speakers (count)", float64(c.SpeakerRight), float64(floor.speakersRight))
		check("ROUGE-1", 100*ours.R1, floor.rouge1)
	}
}

// TestOpensSpan: an expression after "since" starts a span; the same words
// elsewhere date an event.
func TestOpensSpan(t *testing.T) {
	for _, c := range []struct {
		sentence, expr string
		want           bool
	}{
		{"The index fell to its lowest level since April 1997.", "April 1997", true},
		{"The Dow has fallen almost fifteen percent since the start of this year.", "the start of this year", true},
		{"It has not closed above 8,000 since February.", "since February", true},
		{"Sweden won its first opening match since 1958.", "1958", true},
		{"The plant closed in February, since demand fell.", "February", false},
		{"Since then, on March 3, the board met.", "March 3", false},
		{"It fell in 1997; it has risen since 1997.", "1997", true},
	} {
		if got := opensSpan(c.sentence, c.expr); got != c.want {
			t.Errorf("opensSpan(%q, %q) = %v, want %v", c.sentence, c.expr, got, c.want)
		}
	}
}

// TestNamed: MEANTIME's unnamed entities are optional; names are not.
func TestNamed(t *testing.T) {
	for s, want := range map[string]bool{
		"Airbus": true, "the Big Three": true, "Bank of America": true, "Detik.com": true, "APPLE": true,
		"Financial analysts": false, "government": false, "555 people": false, "Central banks across the world": false, "550": false,
	} {
		if got := named(s); got != want {
			t.Errorf("named(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCoordination: two names joined by "and" are two actors; one name
// with "and" inside is one.
func TestCoordination(t *testing.T) {
	for s, want := range map[string]bool{
		"General Motors and Chrysler": true, "Boeing and Martin": true,
		"Bank of England and Wales": false, "Financial analysts and traders": false, "Airbus": false,
	} {
		if got := coordination(s); got != want {
			t.Errorf("coordination(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMergedActors: MEANTIME's bracketed notes, a country's other names
// and one referent split over instances are read as one actor each.
func TestMergedActors(t *testing.T) {
	got := mergedActors([]realdevActor{
		{Name: "China (People's Republic of China)", Type: "country"},
		{Name: "People's Republic of China", Type: "country"},
		{Name: "China (People's Republic of China)", Type: "country"},
		{Name: "All Nippon Airways (ANA)", Type: "organization"},
		{Name: "United States of America", Type: "country"},
		{Name: "China Eastern Airlines", Type: "organization"},
	})
	if len(got) != 4 {
		t.Fatalf("%d actors, want 4: %v", len(got), got)
	}
	has := func(i int, alias string) bool {
		for _, a := range append([]string{got[i].Name}, got[i].Aliases...) {
			if normName(a) == normName(alias) {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		i     int
		alias string
	}{{0, "China"}, {1, "ANA"}, {1, "All Nippon Airways"}, {2, "United States"}} {
		if !has(c.i, c.alias) {
			t.Errorf("actor %v lacks %q", got[c.i], c.alias)
		}
	}
	if has(3, "China") {
		t.Errorf("a body named after a country is not the country: %v", got[3])
	}
}

// TestBracketNames reads MEANTIME's bracketed notes.
func TestBracketNames(t *testing.T) {
	for n, want := range map[string][]string{
		"Thomas (Tom) Enders (CEO of Airbus)": {"Thomas Enders", "Tom", "CEO of Airbus"},
		"All Nippon Airways (ANA)":            {"All Nippon Airways", "ANA"},
		"Airbus":                              nil,
		"Broken (note":                        nil,
	} {
		if got := bracketNames(n); !slices.Equal(got, want) {
			t.Errorf("bracketNames(%q) = %q, want %q", n, got, want)
		}
	}
}
