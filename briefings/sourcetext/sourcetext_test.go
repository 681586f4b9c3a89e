package sourcetext

import (
	"errors"
	"strings"
	"testing"

	"github.com/brief-team/brief/briefings"
)

func TestRead(t *testing.T) {
	d, err := Read("a.md", []byte("---\ntitle: T\npublisher: P\nurl: https://x\npublished: 2024-01-02T10:00:00Z\n---\nT\n\nBody one.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "T" || d.Publisher != "P" || d.URL != "https://x" || d.Published != "2024-01-02" || d.Text != "\nBody one.\n" {
		t.Errorf("front matter: %+v", d)
	}
	if _, err := Read("bad.md", []byte("---\ntitle: [x\n---\n")); err == nil || !strings.HasPrefix(err.Error(), "bad.md:") {
		t.Errorf("bad front matter: %v", err)
	}
}

// TestReadSanitizes: the text is what the reader may show as it is, so
// escape sequences and invisible characters are gone, and offsets into it
// are offsets into what is shown.
func TestReadSanitizes(t *testing.T) {
	for _, name := range []string{"a.txt", "a.html"} {
		in := "Iran\x1b[31m said\u200b on Monday that talks had ended without agreement.\x07"
		if strings.HasSuffix(name, ".html") {
			in = "<html><body><article><p>" + in + "</p><p>Officials from both sides said they would meet again in the spring.</p></article></body></html>"
		}
		d, err := Read(name, []byte(in))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(d.Text, "Iran said on Monday that talks had ended without agreement.") || strings.ContainsAny(d.Text, "\x1b\x07\u200b") {
			t.Errorf("%s: text not sanitized: %q", name, d.Text)
		}
	}
}

// TestFromLibrary: the shipped library's sources read, as the generator
// read them, from the binary alone; an unreadable one says why.
func TestFromLibrary(t *testing.T) {
	l, err := briefings.OpenFS(briefings.Shipped)
	if err != nil {
		t.Fatal(err)
	}
	b, err := l.Load("iran-albania.md")
	if err != nil {
		t.Fatal(err)
	}
	d, err := FromLibrary(l, "iran-albania.md", b.Sources[1])
	if err != nil || !strings.Contains(d.Text, "Last Friday, the US Treasury Department sanctioned") {
		t.Errorf("S2: %v %q", err, d.Text)
	}
	if _, err := FromLibrary(l, "iran-albania.md", briefings.Source{ID: "S9", Path: "../x.txt"}); !errors.Is(err, briefings.ErrOutside) {
		t.Errorf("outside: %v", err)
	}
}

// TestDatelineGivesPublished: a plain article's byline block dates it, as
// a reader sees it does ("Published Thursday, March 20, 2025"); a story
// sentence that names a date does not, nor does a date past the opening
// lines, and front matter wins.
func TestDatelineGivesPublished(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Headline here\n\nBy Tom Whitcroft, Crime Reporter\nFriday 14 November 2025, 4:52 pm\n\nA driver was jailed on Wednesday.\n", "2025-11-14"},
		{"Headline\n\nBy MARISOL VEGA, Associated Press | Updated 7:48 PM MST, April 16, 2025\n\nPHOENIX (AP) — The House voted on Wednesday.\n", "2025-04-16"},
		{"Headline\n\nOctober 30, 2025 9:14 AM GMT+1 Updated 3 hours ago\n\nProfit fell.\n", "2025-10-30"},
		{"Headline\n\nBy Hannah Osei-Bonsu, Global Development Desk\nPublished Thursday, March 20, 2025\n\nSix weeks after the cyclone, ...\n", "2025-03-20"},
		{"Headline\n\nSaturday, November 8, 2025 | 11:37 p.m.\n\nThe match ended late.\n", "2025-11-08"},
		{"Headline\n\n2025-03-02\n\nThe talks ended.\n", "2025-03-02"},
		{"Headline\n\nTOKYO, June 12, 2025 (Nikkei) -- Kitamura Chemical will supply photoresist to Hanul Semiconductor, the two companies said.\n", "2025-06-12"},
		{"Headline\n\nFRANKFURT, Oct 30, 2025 (Reuters) - Kessler reported a drop in profit on Thursday.\n", "2025-10-30"},
		// A sentence of the story, not a dateline.
		{"Headline\n\nTOKYO, the city, said on June 12, 2025 - that it would.\n", ""},
		{"Headline\n\nThe storm hit the coast on March 3, 2025.\n\nMore followed.\n", ""},
		{"Headline\n\nThe storm hit the coast on March 3, 2025, and\nthen moved inland\n\nMore.\n", ""},
		// Too far into the article.
		{"Headline\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nMarch 3, 2025\n", ""},
		// Front matter wins.
		{"---\npublished: 2024-01-02\n---\nHeadline\n\nMarch 3, 2025\n\nText.\n", "2024-01-02"},
		// Not a date.
		{"Headline\n\nBy Ann Lee | 3 min read\n\nText.\n", ""},
	}
	for _, c := range cases {
		d, err := Read("a.txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		if d.Published != c.want {
			t.Errorf("%q: published %q, want %q", c.text, d.Published, c.want)
		}
	}
}

// TestTwoLineHeadline: a headline set over two lines (a wire's or a
// newspaper's headline and its deck) is the title, not the text; a byline
// or a date on the second line is no part of it.
func TestTwoLineHeadline(t *testing.T) {
	d, err := Read("a.txt", []byte("Dunmore Agrees to Pellam Takeover\nAs Quarterly Profit Falls 38%\n\nBy SUSAN LAFFERTY\n\nDunmore agreed to be acquired.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Dunmore Agrees to Pellam Takeover As Quarterly Profit Falls 38%" || strings.Contains(d.Text, "Quarterly") {
		t.Errorf("two-line headline: title %q, text %q", d.Title, d.Text)
	}
	for _, second := range []string{"By Susan Lafferty", "October 24, 2002", "The board agreed to the deal."} {
		d, err := Read("a.txt", []byte("Dunmore Agrees to Pellam Takeover\n"+second+"\n\nDunmore agreed to be acquired.\n"))
		if err != nil {
			t.Fatal(err)
		}
		if d.Title != "" || !strings.Contains(d.Text, second) {
			t.Errorf("%q as a headline's second line: title %q, text %q", second, d.Title, d.Text)
		}
	}
}

// TestDailyMailByline: the byline block a Daily Mail page runs into its
// first sentence ("By . Anna Edwards . PUBLISHED: . 09:43 EST, 1 May
// 2013 . | . UPDATED: . ...") dates the article and is no part of its text.
func TestDailyMailByline(t *testing.T) {
	for _, c := range []struct{ in, published string }{
		{"By . Anna Edwards . PUBLISHED: . 09:43 EST, 1 May 2013 . | . UPDATED: . 10:14 EST, 1 May 2013 . A farmer who fell down a well was rescued yesterday.", "2013-05-01"},
		{"By . Daily Mail Reporter . Last updated at 5:38 PM on 23rd February 2012 . A farmer who fell down a well was rescued yesterday.", "2012-02-23"},
		{"By . Associated Press . A farmer who fell down a well was rescued yesterday.", ""},
	} {
		d, err := Read("a.txt", []byte("Man rescued from well\n\n"+c.in+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		if d.Published != c.published || strings.TrimSpace(d.Text) != "A farmer who fell down a well was rescued yesterday." {
			t.Errorf("%q: published %q, text %q", c.in, d.Published, d.Text)
		}
	}
}

// TestWireHeadlineWithFullStop: a wire story's headline keeps its full
// stop ("EU: EU Commission proposes deep cut in Baltic cod catches.") and
// is still its title when a dateline opens the story after it; a first
// sentence with no dateline after it stays text.
func TestWireHeadlineWithFullStop(t *testing.T) {
	for _, c := range []struct{ in, title string }{
		{"EU: EU Commission proposes deep cut in Baltic cod catches.\n\nBRUSSELS, Aug 23 (Reuters) - The Commission proposed a cut.\n", "EU: EU Commission proposes deep cut in Baltic cod catches."},
		{"SOCCER - DUTCH FIRST DIVISION RESULTS.\n\nAMSTERDAM 1996-08-25\n\nResults of Dutch first division matches.\n", "SOCCER - DUTCH FIRST DIVISION RESULTS."},
		{"Just one sentence that ends here.\n\nAnd more.\n", ""},
		{"The storm hit the coast.\n\nIt was strong. NASA said so.\n", ""},
		// A wire's note to editors above the headline, and a correction's
		// note under it, are no story text and no title.
		{"ADVISORY - The following story, issued earlier for Russian clients, is repeated for general distribution. There is no change to the text.\n\nRUSSIA: Volganeft to sell 15 pct stake abroad via ADRs.\n\nMOSCOW, March 14 (Reuter) - Volganeft said on Friday it would sell a stake.\n", "RUSSIA: Volganeft to sell 15 pct stake abroad via ADRs."},
		{"CORRECTED - GOLF - FJALLSTROM CLINGS TO LEAD IN PORTUGAL.\n\n(Corrects spelling of South African player's name in sixth paragraph to Van Wyk-Malan)\n\nESTORIL, Portugal, April 18 (Reuters) - Sweden's Anders Fjallstrom shot a 70.\n", "CORRECTED - GOLF - FJALLSTROM CLINGS TO LEAD IN PORTUGAL."},
		{"ADVISORY - The storm hit the coast.\n\nIt was strong. NASA said so.\n", ""},
		// An archive's copyright line above the headline.
		{"Copyright 1991 The Associated Press. All Rights Reserved.\n\nFirst Tank Crews Fly Home as Army Begins Gulf Drawdown\n\nBy DELIA MARCHBANKS\nAssociated Press Writer\n\nDHAHRAN, Saudi Arabia (AP) _ The first 600 soldiers boarded jets here Thursday.\n", "First Tank Crews Fly Home as Army Begins Gulf Drawdown"},
		{"© 2004 Reuters. All rights reserved.\n\nThe storm hit the coast.\n\nIt was strong.\n", ""},
	} {
		d, err := Read("a.txt", []byte(c.in))
		if err != nil {
			t.Fatal(err)
		}
		if d.Title != c.title {
			t.Errorf("%q: title %q, want %q", c.in, d.Title, c.title)
		}
		if c.title == "" && !strings.Contains(d.Text, strings.TrimSpace(c.in)) {
			t.Errorf("%q: text %q lost some of it", c.in, d.Text)
		}
	}
}

// TestHeadlineUnderMasthead: a page copied with its masthead, date line
// and section label above the headline has that headline for its title
// (it had none, and brief generate refused to write the briefing); the
// masthead's date, price and all, is the publication date. Text that opens
// with prose has no title still.
func TestHeadlineUnderMasthead(t *testing.T) {
	for _, c := range []struct{ in, title, published string }{
		{
			"THE LENAPE VALLEY SENTINEL\nSaturday, September 15, 2007\n\nEx-booster treasurer charged with stealing $47,000 from football club\n\nBy KEVIN SHOLLENBERGER\nSentinel Staff Writer\n\nThe former treasurer was charged Thursday.\n",
			"Ex-booster treasurer charged with stealing $47,000 from football club", "2007-09-15",
		},
		{
			"THE DANFORTH LEDGER\nDanforth, Mich. | Wednesday, June 15, 2011 | 50 cents\n\nLOCAL NEWS\n\nCouncil OKs budget 4-3; McKinley Avenue firehouse to close\n\nNine city jobs cut in 2011-12 plan\n\nThe council voted Tuesday.\n",
			"Council OKs budget 4-3; McKinley Avenue firehouse to close", "2011-06-15",
		},
		{
			"The Mon Valley Courier\nServing Monessen, Charleroi, Belle Vernon and the Mid-Mon Valley\nLOCAL NEWS\n\nPennDOT closes Webster Ferry Bridge after inspectors find cracked steel\n\nBy Dominic Szalai-Greer, Courier Staff Writer\nOctober 18, 2018\n\nThe bridge was closed on Wednesday.\n",
			"PennDOT closes Webster Ferry Bridge after inspectors find cracked steel", "2018-10-18",
		},
		{
			"Cybercrime\nGovernment\nNews\n\nAshfall ransomware gang leaks student records after school district refuses to pay\n\nMarcus Whitfield\nMarch 14th, 2023\n\nThe gang posted the files.\n",
			"Ashfall ransomware gang leaks student records after school district refuses to pay", "2023-03-14",
		},
		// A site's section over its date line and "Updated an hour ago".
		{
			"World News\nSeptember 4, 2019 / 5:52 PM / Updated an hour ago\n\nU.S. sanctions tanker network it says shipped Iranian oil to Syria\n\nDanielle Okafor-Whitcombe\n\nWASHINGTON (Reuters) - The U.S. Treasury on Wednesday blacklisted nine people.\n",
			"U.S. sanctions tanker network it says shipped Iranian oil to Syria", "2019-09-04",
		},
		// A section's label over the headline, which ends in "U.S.".
		{
			"Markets\nNatural Gas Jumps to 2 1/2-Year High as Arctic Blast Grips U.S.\n\nBy Colleen Varga-Pruitt\nJanuary 6, 2014 - 3:41 PM EST\n\nNatural gas futures rose to the highest level in 2 1/2 years.\n",
			"Natural Gas Jumps to 2 1/2-Year High as Arctic Blast Grips U.S.", "2014-01-06",
		},
		// A newsletter's masthead, its contents and a section label.
		{
			"MIDCON BARREL WEEKLY\nCrude, products and pipeline intelligence for the U.S. midcontinent\nVol. 9, No. 7 | Monday, February 14, 2011\n\nIN THIS ISSUE\n1. Brent-WTI spread blows out past $15\n2. Bluestem floats a Cushing reversal\n3. Calendar\n\nTOP STORY\n\nBrent-WTI spread blows out as Cushing fills and Egypt simmers\n\nThe discount of West Texas Intermediate widened.\n",
			"Brent-WTI spread blows out as Cushing fills and Egypt simmers", "2011-02-14",
		},
		// A navigation bar under the masthead; a headline in capitals and
		// its deck.
		{
			"THE TONGASS LEDGER\nKetchikan's community newspaper since 1985\nVol. 14, No. 33 -- Thursday, August 20, 1998 -- 50 cents\n\nNEWS | SPORTS | OUTDOORS | POLICE BLOTTER | LETTERS | CLASSIFIEDS\n\nNIGHT ON THE ICE\nPilot, three cruise passengers survive night on ice after tour helicopter goes down\n\nBy Wendell Aukongak\n\nA Ketchikan tour pilot spent a cold night on a glacier.\n",
			"NIGHT ON THE ICE Pilot, three cruise passengers survive night on ice after tour helicopter goes down", "1998-08-20",
		},
		// A site's name and section over its breadcrumb: neither is the
		// headline.
		{
			"Caldermoor University | News and events\n\nHome > News > 2012 > May\n\nProfessor Ingrid Halvorsen-Muir, 1934-2012\n\nPublished on 16 May 2012 | Obituaries\n\nThe University is saddened to announce the death of Professor Ingrid Halvorsen-Muir.\n",
			"Professor Ingrid Halvorsen-Muir, 1934-2012", "2012-05-16",
		},
		// A navigation bar whose sections only spaces set apart, a
		// section's label, a headline and its deck, each a paragraph.
		{
			"THE EAST AFRICAN COURIER\nNairobi | Wednesday, July 29, 2009\n\nHOME  NEWS  COUNTIES  REGION  BUSINESS  OPINION  SPORTS\n\nREGION\n\nKenya, Ethiopia seal Moyale trade and security pact\n\nTraders hail deal but herders want grazing rights spelt out\n\nBy MOHAMED ABDI GUYO in Moyale\n\nKenya and Ethiopia on Monday signed a protocol.\n",
			"Kenya, Ethiopia seal Moyale trade and security pact", "2009-07-29",
		},
		// A bulletin's issue line ("Subscribers' edition") and the
		// section's breadcrumb ("AWARDS & DECISIONS > Motor industry").
		{
			"INDUSTRIAL RELATIONS BULLETIN\nVol. 18, No. 412 | 12 September 1996 | Subscribers' edition\n\nAWARDS & DECISIONS > Motor industry\n\nArbitrator backs Castle Vale line workers on pay but rejects line-speed claim\n\nBy Gillian Treharne-Oduya, Industrial Correspondent\n\nAn independent arbitrator has ordered the company to pay.\n",
			"Arbitrator backs Castle Vale line workers on pay but rejects line-speed claim", "1996-09-12",
		},
	} {
		d, err := Read("a.txt", []byte(c.in))
		if err != nil {
			t.Fatal(err)
		}
		// The masthead's date line stays (it dates the page); its name and
		// tagline are no more the story's text than the headline is (a
		// tagline had opened a summary: "Crude, products and pipeline
		// intelligence for the U.S. midcontinent Vol.").
		if d.Title != c.title || d.Published != c.published || strings.Contains(d.Text, c.title) || strings.Contains(d.Text, "LOCAL NEWS") || strings.Contains(d.Text, "Cybercrime") ||
			strings.Contains(d.Text, "intelligence for") || strings.Contains(d.Text, "Home >") || strings.Contains(d.Text, "BULLETIN") || strings.Contains(d.Text, "community newspaper") {
			t.Errorf("title %q, published %q, text %q; want title %q, published %q", d.Title, d.Published, d.Text, c.title, c.published)
		}
	}
	for _, in := range []string{
		"The council met on Tuesday, and the mayor\nsaid the budget would pass despite\nthe objections of two members\n\nA second paragraph that is short\n\nThe vote was 4-3.\n",
		"Bellhaven, Pa.\n\nThe former treasurer was charged Thursday with theft\n\nMore text.\n",
	} {
		d, err := Read("a.txt", []byte(in))
		if err != nil {
			t.Fatal(err)
		}
		if d.Title != "" {
			t.Errorf("prose %q: title %q, want none", in, d.Title)
		}
	}
}

// TestPageDateLines: the date lines of pages copied whole, a CERT's
// "Published 5.11.2019 16:10" (day, month, year, as most of Europe writes
// them), a blog's "08 Nov 2023 | Research Team | Reading time: 8
// minutes", and a byline under a masthead, section labels, a headline and
// its deck.
func TestPageDateLines(t *testing.T) {
	for _, c := range []struct{ in, published string }{
		{"Traficom | NCSC-FI\n\nInformation security now!\n\nPhishing from hijacked municipal email accounts targets public sector\n\nPublished 5.11.2019 16:10\n\nThe centre has received reports.\n", "2019-11-05"},
		{"VEILWATCH LABS | Research\n\nCopper Marten: the access broker\n\n08 Nov 2023 | Veilwatch Threat Research Team | Reading time: 8 minutes\n\nCopper Marten is an intrusion set.\n", "2023-11-08"},
		{"Stowling Mercury\n\nNews | Planning\n\nCouncillors throw out 140-home Mill Lane scheme\n\nDeveloper says it will appeal after planning committee votes 7-4\n\nBy Sam Ellery, Local Democracy Reporting Service\nWednesday, 10 July 2019\n\nPLANS for 140 homes have been refused.\n", "2019-07-10"},
	} {
		d, err := Read("a.txt", []byte(c.in))
		if err != nil {
			t.Fatal(err)
		}
		if d.Published != c.published {
			t.Errorf("published %q, want %q, of %q", d.Published, c.published, c.in)
		}
	}
	for _, l := range []string{"Version 5.11.2019 was released.", "Scores of 8.2 and 9.1 in 2024"} {
		if d := lineDate(l); d != "" {
			t.Errorf("lineDate(%q) = %q, want none", l, d)
		}
	}
}
