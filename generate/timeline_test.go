package generate

import (
	"strings"
	"testing"

	"github.com/brief-team/brief/briefings"
)

// eventDateCases hold each event-date rule to a sentence it decides: the
// date the sentence is listed under ("": it is not listed), keyed by the
// rule that must decide the standing of one of its dates ("": none does;
// every date is the main clause's).
var eventDateCases = []struct{ rule, pub, text, want string }{
	{"comparison", "2022-09-20", "Albanian Prime Minister Edi Rama stated that the attack was carried out by the same aggressors as the July hack, which Washington identified as Iran.", ""},
	{"comparison", "2010-03-03", "Ford said on Tuesday that its sales rose 43% in February compared to the same period last year.", "2010-03-02"},
	{"comparison", "2024-11-14", "Exports were higher than in 2019, the ministry said.", ""},
	{"", "2025-06-22", "He has proposed a three-year transition, with a presidential vote no earlier than 2027.", "2027"},
	{"", "1996-03-12", "Fighting flared again as recently as last week.", "1996-03-04"},
	{"", "2019-05-02", "The stake was sold as late as 2017, the filing shows.", "2017"},
	{"", "2014-10-14", "Kyle Ansbach served as chief of staff until March, when he left.", "2014-03"},
	{"", "1993-07-20", "The Army Corps of Engineers now expects the river to crest there on Thursday.", "1993-07-22"},
	{"", "2025-10-30", "We expect the board to honour every commitment it made in February.", "2025-02"},
	{"", "2005-01-18", "The first test flight may take place as early as March, and the first flight is expected in mid-2006.", "2006-06"},
	{"starting point", "2009-02-24", "The Dow fell 3.41% to end the day at 7,114.3, its lowest level since October 1997.", "2009-02-24"},
	{"starting point", "2009-02-24", "It was the lowest ending for the index since October 9, 2002.", ""},
	{"starting point", "2009-03-20", "The index has not closed above 8,000 since February.", ""},
	{"", "1998-02-06", "The company reported results for the fourth quarter on Wednesday.", "1998-02-04"},
	{"", "2021-02-02", "Harbourline will release its results for the financial year ended Dec 31, 2020 on Feb 25.", "2021-02-25"},
	{"", "2014-10-08", "The Cassowary Census 2012-13 report, released on Tuesday, was compiled from surveys.", "2014-10-07"},
	{"", "2021-12-01", "Expo 2020 closed on Tuesday after six months.", "2021-11-30"},
	{"", "2024-05-10", "Profit for 2023 was restated on 2 May.", "2024-05-02"},
	{"", "2024-05-10", "The firm reported a profit for the first quarter.", "2024-01"},
	{"", "1998-02-06", "Analysts expect another increase in March.", "1998-03"},
	{"", "2010-01-27", "The agency will publish December industrial production on Friday.", "2010-01-29"},
	{"", "2017-04-20", "Restrepo will learn by the end of July whether he faces a ban, after the tribunal closed a hearing on Tuesday.", "2017-07"},
	{"", "1995-08-17", "Relief flights carrying tents were to begin Friday from Lima, the commission said.", "1995-08-18"},
	{"", "2003-10-16", "The weather bureau forecast another 200 to 300 millimetres of rain on Friday.", "2003-10-17"},
	{"", "2020-02-05", "She expects strong Pongal-season sales in January to show up in the next set of results.", "2020-01"},
	{"", "1998-02-06", "The bank will decide at its March meeting.", "1998-03"},
	{"starting point", "2024-03-12", "\"We have seen nothing like it since the 1980s,\" said Eleanor Marsh.", ""},
	{"starting point", "2024-03-12", "Nobody had crossed the pass since 2019.", ""},
	{"", "2024-11-14", "Scholz has led the SPD since September 2021.", "2021-09"},
	{"leading clause", "2024-11-14", "After talks collapsed in March, the two sides met again on 3 June.", "2024-06-03"},
	{"quoted words", "2008-03-13", `"We said on the first of February that we would not sit in a cabinet with them," he said on Wednesday night.`, "2008-03-12"},
	{"quoted words", "2008-03-13", `He said: "We decided it in February."`, "2008-02"},
	{"leading clause", "2024-03-12", "Under the plan approved Monday, new boundaries will take effect at the start of the 2024-25 school year.", "2024"},
	{"", "2024-03-12", "In 2021, the district closed a school.", "2021"},
	{"", "2024-11-14", "In the past six months, prices rose.", "2024-05-14"},
	{"", "2025-06-24", "At an extraordinary summit in Abuja on Sunday, heads of state demanded that the junta free the president within 30 days.", "2025-06-22"},
	{"inserted clause", "2024-11-14", "The firm, which was founded in 1998, was sold on 3 June.", "2024-06-03"},
	{"inserted clause", "2024-11-14", "Officials said the vote, which was held on 3 June, was fair.", "2024-06-03"},
	{"", "2022-09-20", "Iran has upped its attacks in recent months, with Albania accusing Tehran of an incident earlier this month and another in July.", "2022-09"},
	{"", "2023-04-23", "Albania cut ties in September last September.", "2022-09"},
	{"", "2011-04-05", "The shuttle will launch at the end of the month on April 29.", "2011-04-29"},
	{"", "2013-07-24", "The House is scheduled to leave for its August recess on Aug. 2.", "2013-08-02"},
	{"inserted clause", "2016-06-21", "Demand is expected to peak at the end of the June school holidays, which end on Sunday.", "2016-06-26"},
	{"", "2006-08-17", "This year's season runs from 31 July to 25 August and involves about 40 volunteers.", "2006-07-31"},
	{"", "2006-08-17", "Last year's champion was knocked out on Sunday.", "2006-08-13"},
	{"", "2006-08-17", "Tuesday's vote was close.", "2006-08-15"},
	{"", "2025-10-30", "Kessler reported a 41% drop in third-quarter operating profit on Thursday.", "2025-10-30"},
	{"", "2007-10-24", "The company also said third-quarter profit fell 38 percent.", "2007-07"},
	{"inserted clause", "2025-07-21", "Halvorsen, which will report second-quarter results on July 29, said it would suspend share buybacks.", "2025-07-29"},
	{"inserted clause", "2011-09-22", "Callum MacRury, the saxophonist who founded the band in 1962, died on Tuesday in Inverness.", "2011-09-20"},
	{"inserted clause", "2014-10-10", "The chamber, a court which was set up in 1994 to hear art cases, ruled on Thursday that the men were guilty.", "2014-10-09"},
	{"subject's clause", "2023-03-10", "The UN-brokered truce that began in April 2022 formally expired in October 2022, officials said.", "2022-10"},
	{"subject's clause", "2023-03-08", "The man who was arrested on Friday appeared in court on Monday.", "2023-03-06"},
	{"", "2023-03-10", "He said that the truce began in April 2022 and held until October.", "2022-04"},
	{"subject's clause", "2023-03-10", "The firm that Smith founded in 1998 is still his.", "1998"},
	{"", "2006-08-17", "In the late 1980's Apple Computer added audio recording, prompting Apple Corps to sue again in 1989.", "1980"},
	{"", "2012-06-14", "Prosecutors said Harlan accepted cash from Raymond Kucinski, the owner of Kucinski Towing & Recovery, between 2006 and 2010.", "2006"},
	{"", "2011-03-08", "Secunia has said that as of March 4, 2011, IE6 has 277 vulnerabilities.", "2011-03-04"},
}

// TestEventDateRules lists each case's sentence once, under the date its
// rules choose, and checks its rule is one that decided a date's standing.
func TestEventDateRules(t *testing.T) {
	for _, c := range eventDateCases {
		name := c.rule
		if name == "" {
			name = "main clause"
		}
		t.Run(name, func(t *testing.T) {
			br := mustGenerate(t, Options{Published: c.pub}, "Head\n\n"+c.text)
			var got []string
			for _, e := range br.Timeline {
				got = append(got, e.Date)
			}
			if strings.Join(got, " ") != c.want {
				t.Errorf("%q (published %s): listed under %q, want %q", c.text, c.pub, got, c.want)
			}
			toks := tokenize(c.text)
			decided := map[string]bool{}
			for _, h := range finder(t, c.pub).find(toks) {
				if _, k := dateStanding(toks, h); k >= 0 {
					decided[eventDateRules[k].name] = true
				}
			}
			if c.rule != "" && !decided[c.rule] || c.rule == "" && len(decided) > 0 {
				t.Errorf("%q: decided by %v, want %q", c.text, decided, c.rule)
			}
		})
	}
}

// TestEveryEventDateRuleHasACase: a rule without a case could change
// unnoticed, and a rule must read its own example.
func TestEveryEventDateRuleHasACase(t *testing.T) {
	has := map[string]bool{}
	for _, c := range eventDateCases {
		has[c.rule] = true
	}
	f := finder(t, "2025-06-18")
	for _, r := range eventDateRules {
		if !has[r.name] {
			t.Errorf("event-date rule %q has no case", r.name)
		}
		toks := tokenize(r.example)
		read := false
		for _, h := range f.find(toks) {
			if _, k := dateStanding(toks, h); k >= 0 && eventDateRules[k].name == r.name {
				read = true
			}
		}
		if !read {
			t.Errorf("%s: its example %q is not decided by it", r.name, r.example)
		}
	}
}

// TestNoSentenceTwice: a sentence naming several dates is one timeline
// entry, and so is the same sentence in two sources (citing both).
func TestNoSentenceTwice(t *testing.T) {
	a := "Head\n\nPolice arrested him on 3 March, and he was charged on 5 March.\n\n" +
		"The plant, opened in 2009, closed in 2012 and reopened in 2015.\n\n" +
		"Iran has upped its attacks in recent months, with Albania accusing Tehran of an incident earlier this month and another in July."
	br := mustGenerate(t, Options{Published: "2024-09-20"}, a, a)
	seen := map[string]bool{}
	for _, e := range br.Timeline {
		if seen[e.Text] {
			t.Errorf("in two entries: %q", e.Text)
		}
		seen[e.Text] = true
		if len(e.Cites) != 2 {
			t.Errorf("%q cites %v, want both sources", e.Text, e.Cites)
		}
	}
	if len(br.Timeline) != 3 {
		t.Errorf("%d entries, want 3: %+v", len(br.Timeline), br.Timeline)
	}
}

// TestRangeStaysRange: "between February 12 and February 15" is one entry
// from the first day to the last, not two single days.
func TestRangeStaysRange(t *testing.T) {
	br := mustGenerate(t, Options{Published: "2024-03-01"}, "Head\n\nVoters cast ballots between February 12 and February 15, the commission said.")
	if len(br.Timeline) != 1 || br.Timeline[0].Date != "2024-02-12" || br.Timeline[0].End != "2024-02-15" {
		t.Errorf("timeline %+v, want one entry 2024-02-12/2024-02-15", br.Timeline)
	}
}

// TestExpectedEvents: what a sentence expects or plans, or dates after
// its source was published, is marked expected; what it reports done is
// not.
func TestExpectedEvents(t *testing.T) {
	for _, c := range []struct {
		pub, text string
		want      bool
	}{
		{"2024-02-13", "The next hearing is on February 20.", true},
		// What someone is ordered to do by a day is to come; what "a juror
		// who asked not to be named" said of Friday, and a reference's date
		// ("quoting incident 0811 of 15 November"), are not.
		{"2009-03-12", "The judge ordered him to surrender his passport by Monday.", true},
		{"2016-10-14", "One juror, a retired teacher who asked not to be named, said the panel spent most of Friday morning watching the video.", false},
		{"2025-11-18", "Anyone with information is asked to call 101, quoting incident 0811 of 15 November.", false},
		{"2024-02-13", "The board will hold a public hearing next Thursday.", true},
		{"2024-02-13", "Talks are expected to continue until the end of next week.", true},
		{"2024-02-13", "Ministers will meet in Brussels this month.", true},
		{"2008-10-24", "Ford predicted that it would be solidly profitable by 2011.", true},
		{"2024-02-13", "The company plans to open the plant in March.", true},
		{"2024-02-13", "The court ruled on Monday that the vote will be held again.", false},
		{"2024-02-13", "The plant closed on February 3.", false},
		{"2014-01-28", "The exhibit is to run from January 23 through March 9.", false},
		{"2024-02-13", "This year has seen a record number of crossings.", false},
	} {
		br := mustGenerate(t, Options{Published: c.pub}, "Head\n\n"+c.text)
		if len(br.Timeline) != 1 {
			t.Errorf("%q: timeline %+v", c.text, br.Timeline)
			continue
		}
		if e := br.Timeline[0]; e.Expected != c.want {
			t.Errorf("%q (published %s): %s expected %v, want %v", c.text, c.pub, e.Date, e.Expected, c.want)
		}
	}
}

// TestDerivedDates: a date counted from the publication date or from a day
// told before carries its words and what it was counted from.
func TestDerivedDates(t *testing.T) {
	a := "Head\n\n" +
		"Last Friday, the US Treasury sanctioned Iran's spy service.\n\n" +
		"The embassy closed on 8 September 2022.\n\n" +
		"The July 23-24 conference was canceled.\n\n" +
		"Police arrested him on 3 March 2022. He was charged two days later."
	dow := "Markets\n\nThe Dow Jones Industrial Average posted a modest gain, ending the day at 8,017."
	br := mustGenerate(t, Options{Published: "2022-09-20"}, a, dow)
	want := map[string][3]string{ // expression, anchor, anchor source
		"Last Friday":               {"Last Friday", "2022-09-20", "S1"},
		"The embassy closed":        {},
		"The July 23-24 conference": {"July 23-24", "2022-09-20", "S1"},
		"Police arrested him":       {},
		"He was charged":            {"two days later", "2022-03-03", ""},
		"ending the day":            {"ending the day", "2022-09-20", "S2"},
	}
	for frag, w := range want {
		eachEntry(t, br, frag, func(e briefings.Event) {
			if got := [3]string{e.Expression, e.Anchor, e.AnchorSource}; got != w {
				t.Errorf("%q: derived %q, want %q", e.Text, got, w)
			}
		})
	}
}

// TestFurnitureIsNoEvent: photo captions, credits, bylines and the lines
// that date a page are not events, while the story's sentences are.
func TestFurnitureIsNoEvent(t *testing.T) {
	a := "Head\n\n" +
		"By Karin Lindqvist | Updated Oct. 22, 2024\n\n" +
		"Feb 13, 2024 11:42 AM IST\n\n" +
		"Posted Tue 18 Feb 2025 at 3:12pm\n\n" +
		"October 04, 2005\n\n" +
		"Aired January 18, 2005 - 10:00 ET\n\n" +
		"Date 17.02.2025\n\n" +
		"Selin Aksoy |18.02.2025 - Update : 18.02.2025\n\n" +
		"Business | Kwame Mensah | 17 February 2025\n\n" +
		"A police officer stands in front of the embassy, as Albania cuts ties with Iran, in Tirana, Albania, September 8, 2022.\n\n" +
		"Image caption, The rocket lifting off from the pad on 17 June 2025\n\n" +
		"[Photo: Nguyen Thi Lan crosses the line in Halls Gap on Sunday, April 5. (ABC Local: Tom Ferreira-Banks)]\n\n" +
		"[Image: Coast guard divers near the hull of the ferry. Photo taken on June 18, 2013.]\n\n" +
		"[Photo caption: A candidate speaks to reporters in Fresno on Feb. 12.]\n\n" +
		"October 16, 2016 / 9:14 AM / Updated 3 hours ago\n\n" +
		"September 4, 2019 / 5:52 PM / Updated an hour ago\n\n" +
		"Albania cut ties with Iran on 7 September 2022.\n\n" +
		"The talks were held in Vienna, Austria, on 12 June 2023.\n\n" +
		"A man has been charged with murder, police announced on Tuesday, 18 February 2025."
	br := mustGenerate(t, Options{Published: "2025-02-18"}, a)
	var got []string
	for _, e := range br.Timeline {
		got = append(got, e.Text)
	}
	want := []string{"Albania cut ties with Iran on 7 September 2022.", "The talks were held in Vienna, Austria, on 12 June 2023.", "A man has been charged with murder, police announced on Tuesday, 18 February 2025."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("timeline %q, want %q", got, want)
	}
}

// TestEventDateWithoutHitAtPossessive: a sentence whose first token is a
// possessive "'s" (as when a sentence too long to read whole is cut before
// one) and that has no event date gives none, and does not read before
// its first token.
func TestEventDateWithoutHitAtPossessive(t *testing.T) {
	for _, s := range []string{"Tirana's nothing more was said", "Tirana’s nothing more was said"} {
		toks := tokenize(s)[1:]
		if h, ok := eventDate(toks, nil); ok || h.date != "" {
			t.Errorf("%q: event date %+v", s, h)
		}
	}
}

// TestOfThatYear: "in early April of that year" is in the year told last,
// in its sentence or the one before, not the one nearest the story.
func TestOfThatYear(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Chernihiv was occupied in the spring of 2022. Attacks have come since the troops withdrew in early April of that year.", "2022-03/2022-05 2022-04"},
		{"The truce that began in April 2022 formally expired in October of that year, but fighting stopped.", "2022-10"},
		{"The firm moved in 2019. It was sold on 3 June of the same year.", "2019 2019-06-03"},
	} {
		br := mustGenerate(t, Options{Published: "2025-02-18"}, "Head\n\n"+c.text)
		var got []string
		for _, e := range br.Timeline {
			d := e.Date
			if e.End != "" {
				d += "/" + e.End
			}
			got = append(got, d)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%q: listed under %q, want %q", c.text, got, c.want)
		}
	}
}

// TestEventDayGoesOn: a lead that names the event's day and then the day
// the story is told ("capsized late on Saturday ..., and rescuers were
// searching on Sunday", told on Sunday) is followed by sentences told from
// the event's day: clock times with no day of their own are Saturday's.
func TestEventDayGoesOn(t *testing.T) {
	a := "Ferry capsizes\n\nA passenger ferry capsized off Mindoro late on Saturday, killing nine people, and rescuers were searching for 14 others on Sunday.\n\n" +
		"The ferry overturned at 11:42 p.m. about four miles from port.\n\nIt had left Batangas City at 8:15 p.m., the coast guard said.\n\n" +
		"The search will resume at first light on Monday."
	checkTimeline(t, mustGenerate(t, Options{Published: "2016-10-16"}, a), map[string]string{
		"The ferry overturned at 11:42 p.m. about four miles from port.": "2016-10-15",
		"It had left Batangas City at 8:15 p.m., the coast guard said.":  "2016-10-15",
		"The search will resume at first light on Monday.":               "2016-10-17",
	})
}

// TestPreviousWeekday: "the previous Tuesday" is the last Tuesday before
// the day the story last told ("last night", a Tuesday), not that day.
func TestPreviousWeekday(t *testing.T) {
	a := "Tax breaks\n\nThe county council voted 5 to 4 last night to approve the package.\n\nThe council had put off a decision the previous Tuesday amid complaints."
	checkTimeline(t, mustGenerate(t, Options{Published: "1995-10-11"}, a), map[string]string{
		"The council had put off a decision the previous Tuesday": "1995-10-03",
	})
}

// TestFirstMonthsOfAYear: "the first nine months of 2023" is January to
// September, a figure's period; a point date the same sentence names
// ("starting in September") is its event's, the period giving way.
func TestFirstMonthsOfAYear(t *testing.T) {
	a := "Trade figures\n\nExports to Russia rose 66 per cent in the first nine months of 2023, up 31.6 percent from the same period of 2022.\n\n" +
		"Imports in the first two months of the year had cost the state oil company more than N310 billion.\n\n" +
		"The company said demand had fallen by 27 percent in the first four months of the year, and that it would cut shifts starting in September."
	br := mustGenerate(t, Options{Published: "2024-02-14"}, a)
	checkTimeline(t, br, map[string]string{
		"Exports to Russia rose 66 per cent":                       "2023-01",
		"Imports in the first two months of the year":              "2024-01",
		"demand had fallen by 27 percent in the first four months": "2024-09",
	})
	for frag, end := range map[string]string{"Exports to Russia": "2023-09", "Imports in": "2024-02"} {
		eachEntry(t, br, frag, func(e briefings.Event) {
			if e.End != end {
				t.Errorf("%q: %s to %s, want a range of the year's first months", e.Text, e.Date, e.End)
			}
		})
	}
}

// TestFromTheSamePeriod: "up 9 percent from the same period last year"
// compares, as "compared with the same period" does: the day the
// sentence reports on is its date.
func TestFromTheSamePeriod(t *testing.T) {
	a := "Sales report\n\nSales rose 9 percent from the same period last year, the company said on Tuesday.\n\n" +
		"Exports rose from 2019 to 2021, the ministry said."
	checkTimeline(t, mustGenerate(t, Options{Published: "2024-05-16"}, a), map[string]string{
		"Sales rose 9 percent from the same period last year": "2024-05-14",
		"Exports rose from 2019 to 2021":                      "2019",
	})
}

// TestYearsLater: "Two years later", "a year later", "three years
// earlier" count from the last year the story told, and say so; "from
// $34.5 million two years earlier" and "compared with a profit of $15
// million a year earlier" are the times of figures compared with.
func TestYearsLater(t *testing.T) {
	a := "Obituary\n\nShe organized her first shop meeting in 1949, in the back room of the hall.\n\n" +
		"Two years later the workers walked out at the plant.\n\n" +
		"She was elected to the council in 1974. A year later she led the campaign for the new bridge.\n\n" +
		"The company also said third-quarter profit fell 38 percent to $21.4 million, from $34.5 million two years earlier.\n\n" +
		"Acme reported a first-quarter net loss of $42 million, compared with a profit of $15 million a year earlier.\n\n" +
		"She became mayor in 1980.\n\nThree years earlier she had lost a bid for the same seat by nine votes."
	br := mustGenerate(t, Options{Published: "1997-11-14"}, a)
	checkTimeline(t, br, map[string]string{
		"Two years later the workers walked out": "1951",
		"A year later she led the campaign":      "1975",
		"Three years earlier she had lost a bid": "1977",
	})
	// The quarters' own dates: a year earlier is the figures' compared with.
	checkTimeline(t, br, map[string]string{"The company also said third-quarter profit": "1997-07", "Acme reported": "1997-01"})
	eachEntry(t, br, "Two years later", func(e briefings.Event) {
		if e.Expression != "Two years later" || e.Anchor != "1949" {
			t.Errorf("%q: expression %q, anchor %q; want Two years later, from 1949", e.Text, e.Expression, e.Anchor)
		}
	})
}

// TestTwoWeekdays: "on Tuesday and Wednesday" (the next day) is the two
// days, as "from Monday to Thursday" is the days between; "on Monday and
// Thursday" is the first day's event.
func TestTwoWeekdays(t *testing.T) {
	a := "Talks\n\nThe commission held a second round of talks in Vientiane on Tuesday and Wednesday, without closing the gap.\n\n" +
		"Porters walked out from Monday to Thursday over pay.\n\n" +
		"The union met managers on Monday and Thursday."
	br := mustGenerate(t, Options{Published: "2019-11-22"}, a)
	want := map[string][2]string{
		"held a second round":    {"2019-11-19", "2019-11-20"},
		"Porters walked out":     {"2019-11-18", "2019-11-21"},
		"The union met managers": {"2019-11-18", ""},
	}
	for frag, w := range want {
		eachEntry(t, br, frag, func(e briefings.Event) {
			if e.Date != w[0] || e.End != w[1] {
				t.Errorf("%q: %s to %q, want %s to %q", e.Text, e.Date, e.End, w[0], w[1])
			}
		})
	}
}

// TestScheduledAndPastInClauses: a law that "takes effect July 1" or
// "comes into force on 1 July", told in March, does so this July; a
// relative clause in the past ("which agreed in May") is not planned by
// the "will" of the clause before it; "early July 18" is the day.
func TestScheduledAndPastInClauses(t *testing.T) {
	a := "Bills\n\nSenate Bill 211 allows hospitals to form buying cooperatives. It takes effect July 1.\n\n" +
		"The law comes into force on 1 July.\n\n" +
		"The order will be financed partly through Oriel Aviation Capital, which agreed in May to take 10 of the aircraft.\n\n" +
		"Controllers regained contact for about 40 minutes early July 18 but could not recover it."
	br := mustGenerate(t, Options{Published: "1997-03-13"}, a)
	checkTimeline(t, br, map[string]string{
		"It takes effect July 1.":             "1997-07-01",
		"The law comes into force on 1 July.": "1997-07-01",
		"which agreed in May to take 10":      "1996-05",
		"for about 40 minutes early July 18":  "1996-07-18",
	})
}

// eachEntry calls check on every timeline entry of br whose text holds
// frag, and fails when there is none.
func eachEntry(t *testing.T, br *briefings.Briefing, frag string, check func(briefings.Event)) {
	t.Helper()
	found := false
	for _, e := range br.Timeline {
		if strings.Contains(e.Text, frag) {
			found = true
			check(e)
		}
	}
	if !found {
		t.Errorf("no entry for %q in %+v", frag, br.Timeline)
	}
}

// TestTermsAndRequirements: "Spring term ends June 9" and "the contract
// expires June 30", told in April, are to come, as "must apply online by
// 5pm on Tuesday" is; "must have known" is past.
func TestTermsAndRequirements(t *testing.T) {
	a := "Term\n\nSpring term ends June 9.\n\nThe REA's current contract expires June 30.\n\n" +
		"Students who want to see their marked scripts must apply online by 5pm on Tuesday.\n\nHe must have known about it on Tuesday."
	checkTimeline(t, mustGenerate(t, Options{Published: "1995-04-21"}, a), map[string]string{
		"Spring term ends June 9.":                    "1995-06-09",
		"The REA's current contract expires June 30.": "1995-06-30",
		"must apply online by 5pm on Tuesday":         "1995-04-25",
		"He must have known about it on Tuesday.":     "1995-04-18",
	})
}
