package generate

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// extractText runs the extractor on text, one document, and returns its
// actors as "Name (type, role)" and the rules that decided, as "rule:
// text".
func extractText(text string) (actors, rules []string) {
	x := newExtractor(segmentDoc(0, text))
	x.traceRule = func(rule, text string) { rules = append(rules, rule+": "+text) }
	x.run()
	for _, a := range x.output([]string{"S1"}) {
		if a.Role == "" {
			actors = append(actors, fmt.Sprintf("%s (%s)", a.Name, a.Type))
		} else {
			actors = append(actors, fmt.Sprintf("%s (%s, %s)", a.Name, a.Type, a.Role))
		}
	}
	return actors, rules
}

// spanCases hold each actor span rule to a sentence, keyed by the rule
// that must decide the span given; want is an actor the sentence must
// give ("Name (type, role)"), or "" when the span names no one.
var spanCases = []struct{ rule, text, span, want string }{
	{"tracked as", "Glass Heron actors exploited two flaws. Industry reporting also refers to this activity as Storm-1873, UNC4411 and Pewter Kite.", "Pewter Kite", ""},
	{"tracked as", "A cyber-espionage group tracked as Slate Lynx broke into the network. Slate Lynx overlaps with a cluster that Northmark Labs tracks as TG-2019 and that the Dutch firm Vendelbo Cyber calls Quiet Heron.", "Quiet Heron", ""},
	{"state or province", "Prices rose in Tennessee, while Queensland and New South Wales reported falls.", "New South Wales", ""},
	{"state or province", "It will close an assembly plant in Nashua, N.H. The company was founded in Fargo, N.D., in 1946.", "N.D.", ""},
	{"state or province", "The company was founded in Sacramento, Calif., in 1946.", "Calif", ""},
	{"party tag", "Days after the vote, Sen. Ana Ruiz, D-Texas, spoke.", "D-Texas", ""},
	{"party tag", "\"We were not going to let it go,\" said council member Dolores Whitfield-Hart (D-Benedict Shores), who led the talks.", "D-Benedict Shores", ""},
	{"organization", "The Cabin Crew Guild said its members turned down the offer.", "Cabin Crew Guild", "Cabin Crew Guild (organization)"},
	{"organization", "Amnesty International has documented a crackdown since 2014.", "Amnesty International", "Amnesty International (organization)"},
	{"pronoun I", "Dr Peter Lomax said: 'Every doctor I know would tell him not to do it.'", "I", ""},
	{"place it is based in", "The bug was nicknamed \"Gossamer\" by the Tel Aviv-based firm Ninefold Labs, which found it.", "Tel Aviv-based", ""},
	{"title of a work", "Marta Ruiz Calvo said her debut novel Clara Vance had sold 40,000 copies.", "Clara Vance", ""},
	{"firm's office", "Shares rose on Tuesday, Kestrel Vane's chief executive, Mireille Duchâtel-Ong, told Reuters.", "Kestrel Vane", "Kestrel Vane (organization)"},
	{"holiday", "Yesterday was Martin Luther King Day, so schools were closed.", "Martin Luther King Day", ""},
	{"sports team", "SOCCER - LUENEBURG STAY TOP.\n\nSV Lueneburg beat Fortuna Goettingen 2-1 in the league on Saturday with a late goal from their striker, and Paderborn drew 1-1 with Kickers Bielefeld.", "Kickers Bielefeld", "Kickers Bielefeld (organization)"},
	{"sports team", "Heerenveen drew 1-1 with Rotterdam, whose coach was sent off, in the league on Sunday; Rotterdam defender Arjen ter Horst missed a penalty.", "Heerenveen", "Heerenveen (organization)"},
	{"state's attorney", "The court heard from Assistant State's Attorney Mark Brannigan on Monday.", "Assistant State", ""},
	{"stock index", "The Dow Jones Industrial Average closed at 8,017; the Dow had risen for four weeks.", "Dow", ""},
	{"stock index", "The broader S&P 500 gained eight points, or one percent, and the S&P ended higher.", "S&P", ""},
	{"stock index", "In other markets, the German DAX and the Japanese Nikkei 225 indexes remained even.", "German DAX", ""},
	{"stock index", "The British FTSE 100 slipped 2 percent.", "British FTSE", ""},
	{"stock index", "The Standard and Poor's 500 index lost 26 points.", "Standard", ""},
	{"stock index", "The FTSE 100 has today gone up in value by 8.26%.", "FTSE", ""},
	{"stock index", "In Frankfurt, Germany's DAX was up by a fifth of a percent.", "DAX", ""},
	{"stock index", "The Russell 2000 Index of smaller companies dropped.", "Russell", ""},
	{"hyphenated countries", "The UK-Albania talks ended on Monday.", "UK-Albania", "Albania (country)"},
	{"results and scoreboards", "Almere 1 (Verhoeven 70) Purmerend 0.", "Purmerend", "Purmerend (organization)"},
	{"results and scoreboards", "Rapid Zaandam 3 (Kuipers 12, 67, Van Gelder 80) Leeuwarden 1.", "Van Gelder", "Van Gelder (person)"},
	{"whole country", "Albania cut ties with Iran.", "Albania", "Albania (country)"},
	{"whole country", "The school's Spanish dual-language program will move.", "Spanish", ""},
	{"whole country", "Rosa Quintero, a parent, spoke in Portuguese through an interpreter.", "Portuguese", ""},
	{"whole country", "The notice was printed in German.", "German", ""},
	{"whole country", "The boats were seized in Spanish waters.", "Spanish", "Spain (country)"},
	{"person of firm", `"Markets will not like this," said Ruth Okafor of Lagos Capital Partners.`, "Ruth Okafor of Lagos Capital Partners", "Ruth Okafor (person, of Lagos Capital Partners)"},
	{"person of firm", "Voters re-elected Ana Lim of the Green Party and Tom Baker of the Labour Party.", "Tom Baker of the Labour Party", "Tom Baker (person, of the Labour Party)"},
	{"person of firm", "In the west the seat went to Lena Marsh of KPDL.", "Lena Marsh of KPDL", "Lena Marsh (person, of KPDL)"},
	{"also known as", "The Houthis, formally known as Ansar Allah, said their forces had fired.", "Ansar Allah", ""},
	{"party and its members", "Fine Gael TDs said they would vote against it.", "Fine Gael TDs", "Fine Gael (organization)"},
	{"council in lower case", "In a statement, Harwich council said it accepted every finding.", "Harwich", "Harwich council (organization)"},
	{"person of firm", "Also elected was Ormond Pike of Free People's Party.", "Ormond Pike of Free People's Party", "Ormond Pike (person, of Free People's Party)"},
	{"person of firm", "Elected were Fernando Cheung of the Labour Party, Raymond Chan of People Power, and Leung Kwok-hung of LSD.", "Raymond Chan of People Power", "People Power (organization)"},
	{"title before name", "Albanian Prime Minister Edi Rama said on Monday that the embassy would close.", "Albanian Prime Minister Edi Rama", "Edi Rama (person, Albanian Prime Minister)"},
	{"title before name", "U.S. Secretary of State Antony Blinken spoke on Monday.", "U.S. Secretary of State Antony Blinken", "Antony Blinken (person, U.S. Secretary of State)"},
	{"title before name", "Days after Texas Gov. Mark Bell declared an emergency, talks began.", "Texas Gov. Mark Bell", "Mark Bell (person, Texas Gov.)"},
	{"given name that is a country", `"The queue is long," said Sofia Restrepo.`, "Sofia Restrepo", "Sofia Restrepo (person)"},
	{"country prefix", "The US Treasury Department sanctioned the service.", "US Treasury Department", "US Treasury Department (organization)"},
	{"country prefix", "Iranian Telegram channels spread the claim.", "Iranian Telegram", "Telegram (organization)"},
	{"country prefix", "The news agency Bangladesh Sangbad Sangstha (BSS) reported it.", "Bangladesh Sangbad Sangstha", "Bangladesh Sangbad Sangstha (organization, news agency)"},
	{"country prefix", "The team arrived in Washington D.C. after many difficulties.", "Washington D.C.", ""},
	{"threat actor", "The attack was attributed to Sandworm, a unit of Russian military intelligence.", "Sandworm", "Sandworm (group, unit of Russian military intelligence)"},
	{"threat actor", "The theft was carried out by Lazarus Group, investigators said.", "Lazarus Group", "Lazarus Group (group)"},
	{"threat actor", "Hackers known as Fancy Bear sent the emails.", "Fancy Bear", "Fancy Bear (group, Hackers)"},
	{"threat actor", "A group called Black Basta claimed the attack.", "Black Basta", "Black Basta (group, group)"},
	{"threat actor", "Emails sent by APT28 carried the malware.", "APT28", "APT28 (group)"},
	{"threat actor", "The militant group Hamas said it fired rockets.", "Hamas", "Hamas (group, militant group)"},
	{"organization", "The Ministry of Justice said it would appeal.", "Ministry of Justice", "Ministry of Justice (organization)"},
	{"organization", "Leaders met on Monday. Nato said nothing.", "Nato", "Nato (organization)"},
	{"organization", "The engines were made by Pratt & Whitney Canada, the union said.", "Pratt & Whitney Canada", "Pratt & Whitney Canada (organization)"},
	{"organization", "The case was passed to CPS Wessex on Monday.", "CPS Wessex", "CPS Wessex (organization)"},
	{"organization", "The study by the Massachusetts Institute of Technology and Colorado State University of the US was published.", "Colorado State University", "Colorado State University (organization)"},
	{"organization", "The study by the Massachusetts Institute of Technology and Colorado State University of the US was published.", "Massachusetts Institute of Technology", "Massachusetts Institute of Technology (organization)"},
	{"organization", "Scientists with the University of Sheffield of the UK took part.", "University of Sheffield", "University of Sheffield (organization)"},
	{"organization", "The shares of Bank of America Corp. and JPMorgan Chase & Co. rose.", "JPMorgan Chase & Co.", "JPMorgan Chase & Co. (organization)"},
	{"country prefix", "Sales rose at Subaru and South Korean Hyundai Motor Company last month.", "South Korean Hyundai Motor Company", "South Korean Hyundai Motor Company (organization)"},
	{"organization", "The Securities and Exchange Commission opened an inquiry.", "Securities and Exchange Commission", "Securities and Exchange Commission (organization)"},
	{"organization", "The Department of Health and Human Services said so.", "Department of Health and Human Services", "Department of Health and Human Services (organization)"},
	{"named thing", "Cyclone Fanja hit the coast on Monday.", "Cyclone Fanja", ""},
	{"named thing", "The USS Carl Vinson was nearby.", "USS Carl Vinson", ""},
	{"named thing", "She won the Turlough O'Carolan Prize in 2009.", "Turlough O'Carolan Prize", ""},
	{"named thing", "The Polar Satellite Launch Vehicle lifted off.", "Polar Satellite Launch Vehicle", ""},
	{"named thing", "Marches were held on International Women's Day.", "International Women", ""},
	{"initials and surname", "K.C. Maurer, the treasurer, said the works were donated.", "K.C. Maurer", "K.C. Maurer (person)"},
	{"name given only", "\"We queued for an hour,\" said a baker outside the branch who gave only his first name, Wojciech.", "Wojciech", "Wojciech (person)"},
	{"name given only", "A nurse, who identified herself only as Marisol, said the ward was full.", "Marisol", "Marisol (person)"},
	{"initials and surname", "Senior counsel N. Sankaranarayanan Pillai, appearing for the petitioners, said the order was void.", "N. Sankaranarayanan Pillai", "N. Sankaranarayanan Pillai (person)"},
	{"initials and surname", "Pádraig Ó Súilleabháin from Castleisland said his mother waited.", "Pádraig Ó Súilleabháin", "Pádraig Ó Súilleabháin (person)"},
	{"initials and surname", "Councillor Aoife Ní Bhriain and Cathal Mac Giolla Phádraig voted against it.", "Cathal Mac Giolla Phádraig", "Cathal Mac Giolla Phádraig (person)"},
	{"organization", "The photo shows Charles Bolden, NASA Administrator, at the ceremony.", "NASA Administrator", "NASA (organization)"},
	{"organization", "The photo shows Charles Bolden, NASA Administrator, at the ceremony.", "NASA Administrator", ""},
	{"initials and surname", "Toss: Kampen. Umpires: H. Bakker, E. Oosterhuis.", "H. Bakker", "H. Bakker (person)"},
	{"organization", "The 100-seat Saeima rejected the motion by 54 votes to 38.", "Saeima", "Saeima (organization)"},
	{"organization", "The sale of Baltic Star Lines, the largest item, collapsed.", "Baltic Star Lines", "Baltic Star Lines (organization)"},
	{"organization", "The Spanish subsidiary, Hallberg Iberica SA, returned to profit.", "Hallberg Iberica SA", "Hallberg Iberica SA (organization)"},
	{"described before", "He noted that the building society Castlemere had promised to pass on the cut.", "Castlemere", "Castlemere (organization, building society)"},
	{"post-nominal", "Ainsworth's counsel, Simon Pryce QC, said his client would consider an appeal.", "Simon Pryce QC", "Simon Pryce (person)"},
	{"post-nominal", `In the words of the Crown prosecutor, Mark Tedeschi, QC, "Gloria cried."`, "QC", ""},
	{"post-nominal", "Speaking for the defence, Tom Molomby, SC, said that they should be declared not guilty.", "SC", ""},
	{"organization", "The lanterns stretch from NTU Hospital Station to the river.", "NTU Hospital Station", ""},
	{"organization", "The orbiter will go to the museum at Wright-Patterson Air Force Base in Ohio.", "Wright-Patterson Air Force Base", ""},
	{"organization", "The plan is permitted under the Gold Reserve Act of 1934.", "Gold Reserve Act", ""},
	{"acronym after", "Doctors Without Borders (DWB), which runs two clinics, said its staff were tired.", "Doctors Without Borders", "Doctors Without Borders (organization)"},
	{"quoted name", `The deal was struck by a firm known as "Northwind".`, "Northwind", "Northwind (organization, firm)"},
	{"named as", "A firm calling itself BlackVault sold the data.", "BlackVault", "BlackVault (organization, firm)"},
	{"threat actor", `The attack was claimed by a group known as "Rhysida".`, "Rhysida", "Rhysida (group, group)"},
	{"threat actor", "The attack was carried out by a criminal group known as ‘Ember Spider’, active since 2021.", "Ember Spider", "Ember Spider (group, criminal group)"},
	{"based or spokesperson for", "The rocket was built by Leeds-based Skyward Launch.", "Skyward Launch", "Skyward Launch (organization, Leeds-based)"},
	{"based or spokesperson for", "A spokesperson for Northlight Launch said the rocket failed.", "Northlight Launch", "Northlight Launch (organization)"},
	{"at or from firm", "Analysts at Keller Brandt expect a cut.", "Keller Brandt", "Keller Brandt (organization)"},
	{"at or from firm", "Researchers from Citizen Lab said the spyware was used.", "Citizen Lab", "Citizen Lab (organization)"},
	{"described before", "The attack was discovered by cybersecurity firm Corvane.", "Corvane", "Corvane (organization, cybersecurity firm)"},
	{"described before", "He met his Turkish counterpart, Mevlut Cavusoglu, on Monday.", "Mevlut Cavusoglu", "Mevlut Cavusoglu (person, Turkish counterpart)"},
	{"described before", "Its lead developer, Mateo Ruiz, wrote in a post on Wednesday.", "Mateo Ruiz", "Mateo Ruiz (person, lead developer)"},
	{"described before", "The mall was bought by property developer Harwell Estates.", "Harwell Estates", "Harwell Estates (organization, property developer)"},
	{"described before", "Apple's store passes U.S. electronics retailer Best Buy for the No. 2 spot.", "Best Buy", "Best Buy (organization, electronics retailer)"},
	{"described before", "Warhol photographed disco club owner Steve Rubell of Studio 54 in 1977.", "Steve Rubell of Studio", "Steve Rubell (person, disco club owner)"},
	{"described after", "Kestrel Point, a cybersecurity firm, declined to say more.", "Kestrel Point", "Kestrel Point (organization, cybersecurity firm)"},
	{"name and kind", "The Vostok group said its fighters had left.", "Vostok", "Vostok group (organization)"},
	{"name and kind", "Yemen's Houthi movement said it fired missiles.", "Houthi", "Houthi movement (organization)"},
	{"described after", "Liceo Gonzaga, a catholic school in Milan, said it would pay.", "Liceo Gonzaga", "Liceo Gonzaga (organization, catholic school in Milan)"},
	{"coordinated with a body", "Last month, GM and Chrysler were given loans worth $17.4 billion.", "Chrysler", "Chrysler (organization)"},
	{"coordinated with a body", "Sales at General Motors fell. The Big Three automakers - Chrysler, Ford, and General Motors - pleaded for aid.", "Chrysler", "Chrysler (organization)"},
	{"coordinated with a body", "Earlier this week, the Big Three automakers - Ford, Chrysler, and General Motors - pleaded for aid.", "Chrysler", "Chrysler (organization)"},
	{"described before", "It quoted critics like immigration barrister Colin Yeo, and the Joint Council for the Welfare of Immigrants.", "Colin Yeo", "Colin Yeo (person, immigration barrister)"},
	{"tagged name", "The talks were led by Rodaba Noori and others.", "Rodaba Noori", "Rodaba Noori (person)"},
	{"tagged name", "US markets are closed on Monday for Martin Luther King Jr.", "Martin Luther King Jr.", "Martin Luther King Jr. (person)"},
	{"tagged name", "María José Salazar de la Fuente, the IFRC's head of operations, said from Lima that roads were cut.", "María José Salazar de la Fuente", "María José Salazar de la Fuente (person)"},
	{"person name", "Pan-democrat veteran Cyd Ho from the Labour Party lost her seat.", "Cyd Ho", "Cyd Ho (person)"},
	{"person name", "Bernd Stolzenburg, IG Metall's district leader in Hesse, who met the board on Monday, said the union would press on.", "Bernd Stolzenburg", "Bernd Stolzenburg (person)"},
	{"person name", "Alfonso Gutiérrez de la Serna said the basin had been forgotten.", "Alfonso Gutiérrez de la Serna", "Alfonso Gutiérrez de la Serna (person)"},
	{"person name", "Other pro-Beijing members elected were FTU's Kwok Wai-keung and the DAB.", "Kwok Wai-keung", "Kwok Wai-keung (person)"},
}

// TestSpanRules reads each case's sentence and checks that its rule
// decided the span and that the actor it names is found.
func TestSpanRules(t *testing.T) {
	for _, c := range spanCases {
		t.Run(c.rule, func(t *testing.T) {
			actors, rules := extractText(c.text)
			if !slices.Contains(rules, c.rule+": "+c.span) {
				t.Errorf("%q: %q not decided by %q; rules: %q", c.text, c.span, c.rule, rules)
			}
			if c.want != "" && !slices.Contains(actors, c.want) {
				t.Errorf("%q: no actor %q in %q", c.text, c.want, actors)
			}
			if c.want == "" {
				for _, a := range actors {
					if strings.HasPrefix(a, c.span+" (") {
						t.Errorf("%q: %q names an actor: %q", c.text, c.span, a)
					}
				}
			}
		})
	}
}

// TestEverySpanRuleHasACase: a rule without a case could change unnoticed.
func TestEverySpanRuleHasACase(t *testing.T) {
	has := map[string]bool{}
	for _, c := range spanCases {
		has[c.rule] = true
	}
	names := map[string]bool{}
	for _, r := range spanRules {
		if names[r.name] {
			t.Errorf("two span rules named %q", r.name)
		}
		names[r.name] = true
		if !has[r.name] {
			t.Errorf("span rule %q has no case in spanCases", r.name)
		}
	}
	for _, c := range spanCases {
		if !names[c.rule] {
			t.Errorf("case %q names no rule: %q", c.text, c.rule)
		}
	}
}

// TestSpanRuleExamples: each example a rule gives in spanRules is read by
// that rule (examples are separated by ";").
func TestSpanRuleExamples(t *testing.T) {
	for _, r := range spanRules {
		for _, ex := range strings.Split(r.example, ";") {
			_, rules := extractText(strings.TrimSpace(ex) + ".")
			if !slices.ContainsFunc(rules, func(s string) bool { return strings.HasPrefix(s, r.name+": ") }) {
				t.Errorf("%s: example %q is read by %q", r.name, ex, rules)
			}
		}
	}
}

// TestRomanNumeralIsNoAcronym: a part or a monarch's number is no body's
// name, "part XVII"; an acronym that spells a valid numeral in L, C, D or M
// still is one.
func TestRomanNumeralIsNoAcronym(t *testing.T) {
	for _, s := range []string{"II", "XVII", "XIV", "XXI", "IX"} {
		if isAcronym(s) {
			t.Errorf("%s read as an acronym", s)
		}
	}
	for _, s := range []string{"MDC", "CDC", "NATO"} {
		if !isAcronym(s) {
			t.Errorf("%s not read as an acronym", s)
		}
	}
	noActor(t, `Matthew Ingram called it "Scientology vs. the Internet, part XVII".`, "XVII")
}

// TestCountryAbbreviationWrittenOut: a body named with a country's dotted
// abbreviation is also found under the country's full name; a body named
// after a country's name is also found under its bare name (another
// source's "Home Office"); nothing more.
func TestCountryAbbreviationWrittenOut(t *testing.T) {
	x := newExtractor(segmentDoc(0, "The U.S. Environmental Protection Agency and the UK Home Office said so."))
	x.run()
	want := map[string][]string{"U.S. Environmental Protection Agency": {"United States Environmental Protection Agency", "Environmental Protection Agency"}, "UK Home Office": {"Home Office"}}
	for _, a := range x.output([]string{"S1"}) {
		if w, ok := want[a.Name]; ok {
			if !slices.Equal(a.Aliases, w) {
				t.Errorf("%s: aliases %q, want %q", a.Name, a.Aliases, w)
			}
			delete(want, a.Name)
		}
	}
	if len(want) > 0 {
		t.Errorf("not found: %v", want)
	}
}

// TestNameEdgesNotNames: a stance compound before a name ("Pro-Beijing")
// and a capitalized preposition after one ("DAB In the ...", a caption
// without its full stop) are not part of any actor's name.
func TestNameEdgesNotNames(t *testing.T) {
	for text, bad := range map[string]string{
		"Ann Chiang of DAB In the Kowloon West constituency was re-elected.": "DAB In",
		"For the Pro-Beijing camp, Elizabeth Quat of DAB was elected.":       "Pro-Beijing",
		"Grandfather Owen Marsh, 67, died at the scene.":                     "Grandfather",
		"Widow Helen Marsh, 64, read a statement.":                           "Widow",
	} {
		noActor(t, text, bad+" (")
	}
}

// noActor fails when text gives an actor written "Name (type, role)"
// that begins with prefix.
func noActor(t *testing.T, text, prefix string) {
	t.Helper()
	actors, _ := extractText(text)
	for _, a := range actors {
		if strings.HasPrefix(a, prefix) {
			t.Errorf("%q: actor %q", text, a)
		}
	}
}

// TestCodeIsNoBody: a mission's code after a body's name is neither part
// of that name nor a body of its own, whatever describes it.
func TestCodeIsNoBody(t *testing.T) {
	actors, _ := extractText("Columbia lifted off from the Kennedy Space Center on STS-1, the first space shuttle mission.")
	if !slices.Equal(actors, []string{"Kennedy Space Center (organization)"}) {
		t.Errorf("actors %q, want only Kennedy Space Center", actors)
	}
}

// TestPluralAndUnitAreNoAcronyms: the plural of a word that is no body's
// acronym ("SUVs") and a unit ("GHz") name no body.
func TestPluralAndUnitAreNoAcronyms(t *testing.T) {
	for _, text := range []string{"Sales of other models such as SUVs and pickup trucks also increased.", "It runs at 2 GHz in the base model."} {
		if actors, _ := extractText(text); len(actors) > 0 {
			t.Errorf("%q: actors %q", text, actors)
		}
	}
}

// TestSurnameBeforeNounIsNoPerson: a known person's surname used before a
// noun ("the Warhol Polaroids") is no new person; a name written family
// name first ("Wong Yuk-man" after "Raymond Wong") still is one.
func TestSurnameBeforeNounIsNoPerson(t *testing.T) {
	actors, _ := extractText("Andy Warhol took thousands of pictures. Among them are the Warhol Polaroids donated to the museum.")
	if !slices.Equal(actors, []string{"Andy Warhol (person)"}) {
		t.Errorf("actors %q, want only Andy Warhol", actors)
	}
	actors, _ = extractText("Raymond Wong won the seat. Wong Yuk-man lost his.")
	if !slices.Contains(actors, "Wong Yuk-man (person)") {
		t.Errorf("actors %q, want Wong Yuk-man", actors)
	}
}

// TestApposedToANameIsNoPerson: a word set after a name the rules read
// ("Senator John Cornyn, Republican from Texas,") is said of that person,
// not a person described by the name.
func TestApposedToANameIsNoPerson(t *testing.T) {
	actors, _ := extractText("Senator John Cornyn, Republican from Texas, issued a statement.")
	if !slices.Equal(actors, []string{"John Cornyn (person, Senator)"}) {
		t.Errorf("actors %q, want only John Cornyn", actors)
	}
}

// TestCapitalAndDistrictIsOnePlace: "Washington D.C." is a place; the
// district's abbreviation names no body.
func TestCapitalAndDistrictIsOnePlace(t *testing.T) {
	if actors, _ := extractText("The team arrived in Washington D.C. after many difficulties."); len(actors) > 0 {
		t.Errorf("actors %q, want none", actors)
	}
}

// TestPossessiveIsNoIndexNumber: "'s" after a name is no index's number:
// "the Church of Scientology's requests to take down the video" names a
// body, though "down" follows it closely.
func TestPossessiveIsNoIndexNumber(t *testing.T) {
	actors, _ := extractText("Other sites went along with the Church of Scientology's requests to take down the video.")
	if !slices.Contains(actors, "Church of Scientology (organization)") {
		t.Errorf("actors %q, want Church of Scientology", actors)
	}
}

// TestQuotedNameOfAnotherNoun: a quoted name after a possessive's noun
// names that noun's thing, not the body before it.
func TestQuotedNameOfAnotherNoun(t *testing.T) {
	actors, _ := extractText(`The refugee team listed their country as "Hope" on their shirts.`)
	if len(actors) > 0 {
		t.Errorf("actors %q, want none", actors)
	}
}

// TestNoPersonAfterPlacePreposition: "near the X" names a place, whatever
// the tagger makes of it.
func TestNoPersonAfterPlacePreposition(t *testing.T) {
	noActor(t, "At least 76 people were killed when the Al-Ghaza Hotel near the Masjid Al-Haram collapsed.", "Masjid Al-Haram")
}

// TestCoordinationIsNotABody: a comma also sets off a place and a clause,
// and a body's member is a person: none of these is a body.
func TestCoordinationIsNotABody(t *testing.T) {
	for text, name := range map[string]string{
		"The shuttle went to the California Science Center in Los Angeles, California following its retirement.": "California",
		"According to The Register, Apple will demand that the labels pay.":                                      "Register",
		"Other members elected were FTU's Kwok Wai-keung and DAB's Horace Cheung.":                               "Kwok Wai-keung",
	} {
		noActor(t, text, name+" (organization")
	}
}

// TestFromAPlaceIsNoBody: "a retired teacher from Droitwich" says where
// someone comes from, not a body; "an analyst from Cazenove" names the
// firm the analyst works for.
func TestFromAPlaceIsNoBody(t *testing.T) {
	noActor(t, "Joan Pritchett, 71, a retired maths teacher from Droitwich, died at the scene.", "Droitwich (")
	actors, _ := extractText("Prices will fall, said Tom Reed, an analyst from Cazenove.")
	wantActors(t, actors, "Cazenove (organization)")
}

// TestKinshipIsNoName: "Grandmother" or "Widow" opening a sentence
// describes the person named after it; it is no part of the name.
func TestKinshipIsNoName(t *testing.T) {
	for text, want := range map[string]string{
		"Grandmother Joan Pritchett, 71, a retired maths teacher from Droitwich, died at the scene on the morning of March 9 after being struck from behind by a van near the junction.": "Joan Pritchett (person",
		"Widow Margaret Tull, 64, a former nurse from Bromsgrove, read a statement to the court.":                                                                                        "Margaret Tull (person",
	} {
		actors, _ := extractText(text)
		if !slices.ContainsFunc(actors, func(a string) bool { return strings.HasPrefix(a, want) }) {
			t.Errorf("%q: no %s...) in %q", text, want, actors)
		}
	}
}

// TestBylineFurnitureIsNoActor: a byline and its date are the page's, not
// the story's: "Aisha Rahman Housing correspondent" is no person, "Tue"
// of "Tue 11 Mar 2025" no one; a given name that is also a capital opens
// a person's name where the tagger reads one ("According to Sofia
// Marchetti, head of ...").
func TestBylineFurnitureIsNoActor(t *testing.T) {
	text := "Council ignored warnings\n\nAisha Rahman Housing correspondent\nTue 11 Mar 2025 18.05 GMT\n\nThe council failed tenants, the ombudsman found."
	actors, _ := extractText(text)
	noActorsLike(t, actors, "Aisha", "Tue")
	got, _ := extractText(`According to Sofia Marchetti, head of European autos research at Corvin Capital, "the tariff hit is manageable."`)
	if !slices.ContainsFunc(got, func(a string) bool { return strings.HasPrefix(a, "Sofia Marchetti (person") }) {
		t.Errorf("no Sofia Marchetti (person) in %q", got)
	}
}

// TestWeekdayAbbreviationIsADate: "Tue 11 Mar 2025" is a date, so "Tue"
// begins no name; "Sun" alone may be a newspaper's.
func TestWeekdayAbbreviationIsADate(t *testing.T) {
	if toks := tokenize("Tue 11 Mar 2025 18.05 GMT"); !isDateWord(toks, 0) {
		t.Errorf("Tue of %q is no date word", "Tue 11 Mar 2025")
	}
	if toks := tokenize("Sun readers complained."); isDateWord(toks, 0) {
		t.Errorf("Sun of %q is a date word", "Sun readers complained.")
	}
}

// TestClubsAndSpokespeopleOfPeople: a football club's name is a body's
// ("Rio Grande United", "Cascadia FC"), and a spokesperson for a person
// the text named speaks for that person, who stays a person.
func TestClubsAndSpokespeopleOfPeople(t *testing.T) {
	actors, _ := extractText("Ndlovu's header gave Cascadia FC a 2-1 win over Rio Grande United on Saturday. Cascadia will host Carolina Athletic in the final.")
	wantActors(t, actors, "Cascadia FC (organization)", "Rio Grande United (organization)", "Carolina Athletic (organization)")
	actors, _ = extractText(`Gov. Elena Ruiz-Carter, a Democrat, has said she will act. "The governor has been clear," said Jordan Pike, a spokesperson for Ruiz-Carter.`)
	noActorsLike(t, actors, "Ruiz-Carter (")
}

// TestSentenceOpeningBodyNames: a body's name that opens a sentence keeps
// its first word ("National Science Foundation officials said"), and a
// stock ticker after a firm is no body ("Kessler Automobil AG (KSLG.DE)",
// Bloomberg's "Jinhai (1799 HK)" and "Vodafone (VOD LN)").
func TestSentenceOpeningBodyNames(t *testing.T) {
	actors, _ := extractText("National Science Foundation officials said grants would rise. State Department officials agreed. New York Times reporters asked. Kessler Automobil AG (KSLG.DE) reported a drop. Apple Inc. (AAPL.O) rose. Jinhai (1799 HK) gained 18 percent, and Vodafone Group Plc (VOD LN) fell. Volganeft shares <VLGN.RTS> rose 9.2 percent. \"The ADR is the good news,\" she said.")
	wantActors(t, actors, "National Science Foundation (organization)", "State Department (organization)", "New York Times (organization)")
	noActorsLike(t, actors, "KSLG", "DE (", "AAPL", "Science Foundation", "HK", "VOD", "LN", "VLGN", "RTS", "ADR")
}

// TestProgrammeIsABody: "the World Food Programme said" is a body
// speaking, not a person.
func TestProgrammeIsABody(t *testing.T) {
	actors, _ := extractText("The World Food Programme said in a statement last Friday that it had already halved rations.")
	wantActors(t, actors, "World Food Programme (organization)")
}

// TestHomeTownIsNoName: "Rep. Luis Ocampo of Tucson" is Luis Ocampo; a
// body after "of" stays the person's ("Judge Anna Berg of the High
// Court" is read by other rules).
func TestHomeTownIsNoName(t *testing.T) {
	actors, _ := extractText("Democratic Rep. Luis Ocampo of Tucson, who co-sponsored the bill, brushed that argument aside.")
	wantActorsLike(t, actors, "Luis Ocampo (person")
}

// TestSaintIsAPlace: "St Thomas' hospital" names a place, no person.
func TestSaintIsAPlace(t *testing.T) {
	noActor(t, "Her son, Tyler, was admitted to St Thomas' hospital in January last year with a chest infection.", "St Thomas (")
}

// TestMeasureAcronymsAreNoBodies: "the CPI", "PPI", "EUV" and "CCTV"
// name figures and things, whatever the tagger reads.
func TestMeasureAcronymsAreNoBodies(t *testing.T) {
	text := "Traders petitioned Leicester City Council last month for more CCTV cameras and street lighting in the area. Consumer prices rose, the CPI showed, and the PPI fell. Kitamura makes photoresist for extreme ultraviolet (EUV) lithography."
	for _, p := range []string{"CCTV (", "CPI (", "PPI (", "EUV ("} {
		noActor(t, text, p)
	}
}

// TestAlsoKnownAsIsAnAlias: "the Houthis, formally known as Ansar Allah"
// gives one actor with two names, and the second name used alone later
// is that actor, no person; parties without a cue word are bodies.
func TestAlsoKnownAsIsAnAlias(t *testing.T) {
	actors, _ := extractText("The Houthis, formally known as Ansar Allah, said in a statement that their forces had targeted a Saudi position. Ansar Allah later denied it.")
	noActorsLike(t, actors, "Ansar Allah (")
	actors, _ = extractText("Sinn Féin tabled the motion, and Fine Gael TDs said they would vote against it.")
	wantActors(t, actors, "Sinn Féin (organization)", "Fine Gael (organization)")
	// Several other names, and a court's "a/k/a" in quotation marks.
	actors, _ = extractText("The network was run by Mohammad-Reza Qasemi Nezhad, also known as Reza Ghassemi and Mohammad Reza Ghasemi-Nejad, an Iranian businessman. Behrouz Karimi-Sadeghi, a/k/a \"Bruce Karimi,\" 58, of Wayne, pleaded guilty. Vadim Pletnev-Orlov, 51, a dual U.S.-Russian citizen from Staten Island also known as Arkadii Pletnev and Alex Plett, was arrested.")
	noActorsLike(t, actors, "Mohammad Reza Ghasemi-Nejad (", "Reza Ghassemi (", "Bruce Karimi (", "Arkadii Pletnev (", "Alex Plett (")
	wantActors(t, actors, "Mohammad-Reza Qasemi Nezhad (person)", "Behrouz Karimi-Sadeghi (person)", "Vadim Pletnev-Orlov (person)")
}

// TestRanksAndTitledMembers: police ranks and a parliament's titles
// before a name make a person ("DCI Whitlock", "Independent TD Tomás
// Fahy", "Cllr Aisha Patel"), and a titled person "of" a body is that
// person, the body apart ("Inspector Gary Lowe of the Leicester City
// Centre neighbourhood policing team").
func TestRanksAndTitledMembers(t *testing.T) {
	actors, _ := extractText(`Independent TD Tomás Fahy said he had voted against the motion. "Please check your footage," DCI Whitlock said. Extra patrols will be in place, according to Inspector Gary Lowe of the Leicester City Centre neighbourhood policing team. Cllr Aisha Patel agreed.`)
	wantActorsLike(t, actors, "Tomás Fahy (person", "Whitlock (person", "Gary Lowe (person", "Aisha Patel (person")
}

// TestKnownBodyBeforeATitle: a known body before any title is the
// holder's party or employer ("a Fianna Fáil TD", "Fed Governor").
func TestKnownBodyBeforeATitle(t *testing.T) {
	actors, _ := extractText("Mr Brennan, a Fianna Fáil TD for Cork North-Central, was defiant.")
	wantActors(t, actors, "Fianna Fáil (organization)")
}

// TestTreasuryDebtIsNoBody: "Treasury yields climbed" speaks of bonds;
// "the Treasury said" is the department.
func TestTreasuryDebtIsNoBody(t *testing.T) {
	noActor(t, "US stocks fell while Treasury yields climbed ahead of inflation data.", "Treasury (")
	actors, _ := extractText("The Treasury said it would sell more bonds.")
	wantActors(t, actors, "Treasury (organization)")
}

// TestTwoDeskBylineIsFurniture: "NAKAMURA AYA, Nikkei staff writer, and
// KIM JI-HOON, Contributing writer" is the page's byline, no actors.
func TestTwoDeskBylineIsFurniture(t *testing.T) {
	text := "NAKAMURA AYA, Nikkei staff writer, and KIM JI-HOON, Contributing writer\n\nHanul Semiconductor will buy photoresist, the company said."
	for _, p := range []string{"AYA (", "NAKAMURA", "KIM JI-HOON"} {
		noActor(t, text, p)
	}
}

// TestBylineLinesAndLabels: a byline's next line joined to a name is no
// part of it ("Le Monde with AFP / Published on ..."); plural members,
// ZIP codes and train services are no bodies; "Shiromani Akali Dal" and
// "Cal Fire" are.
func TestBylineLinesAndLabels(t *testing.T) {
	text := "Le Monde with AFP\nPublished on March 7, 2025, at 11:20 am\n\nThe Shiromani Akali Dal won three seats, and MLAs met on Monday. Residents in ZIP code 95726 were told to leave, Cal Fire said. Only one TGV train in three ran."
	actors, _ := extractText(text)
	noActorsLike(t, actors, "AFP Published", "MLAs (", "ZIP (", "TGV (")
	more, _ := extractText(`"The minister has little room," an adviser told Le Monde.`)
	actors = append(actors, more...)
	wantActors(t, actors, "Shiromani Akali Dal (organization)", "Cal Fire (organization)", "Le Monde (organization)")
}

// TestFirmByItsFirstWord: a firm named in full is named after by its first
// word, which a verb follows ("Daesan said", "Daesan rose"), though the
// word ends as adjectives do; a place after "in" is no body's short name,
// though a body is named after it ("jobs in Korea", "the Korea Exchange").
// It failed before: "Daesan said" had no speaker, and "Korea" was the
// exchange's.
func TestFirmByItsFirstWord(t *testing.T) {
	text := "Members of the union at Daesan Motor Company voted on Wednesday. \"With this agreement we can concentrate again,\" Daesan said. Shares in Daesan rose 2.3 percent on the Korea Exchange on Thursday. \"We will work, as long as jobs in Korea are protected,\" the union said."
	checkQuoteSpeakers(t, []speakerCase{{text, "With this agreement we can concentrate again", "Daesan Motor Company"}})
	br := mustGenerate(t, Options{Published: "2007-10-11"}, "Deal\n\n"+text)
	for _, a := range br.Actors {
		if a.Name == "Korea Exchange" && slices.Contains(a.Aliases, "Korea") {
			t.Errorf("Korea Exchange has the alias Korea: %+v", a)
		}
	}
}

// TestPageTagLines: a page's tag line, "Keywords Gelsenkirchen, Ruhr,
// coal mining", and its permalink are furniture, naming no one. It failed
// before: "Keywords Gelsenkirchen" was a person.
func TestPageTagLines(t *testing.T) {
	actors, _ := extractText("Museum prize\n\nThe Hartley Trust won the prize on Monday.\n\nKeywords Gelsenkirchen, Ruhr, coal mining, museums\n\nTags: Bolton Wanderers, Ruhr\n\nPermalink http://p.dw.com/p/1IqK7")
	noActorsLike(t, actors, "Keywords", "Gelsenkirchen", "Tags", "Bolton Wanderers", "Permalink")
	wantActorsLike(t, actors, "Hartley Trust (organization")
}

// TestWikinewsForms: forms of volunteer news writing. "the University of
// Arizona and NASA" are two bodies; "Martin Luther King, Jr. Day" is a
// holiday, no actor; "Hyundai Motor, which was down 6.1 percent" is a
// firm, not an index; "the Greens" are a party.
func TestWikinewsForms(t *testing.T) {
	actors, _ := extractText("Scientists from the University of Arizona and NASA announced on Thursday that they had found water. Markets were closed on Monday for the Martin Luther King, Jr. Day holiday. Samsung fell 4.2 percent, and Hyundai Motor, which was down 6.1 percent, led losses. The Greens held their seven seats.")
	wantActors(t, actors, "University of Arizona (organization)", "NASA (organization)", "Hyundai Motor (organization)", "Greens (organization)")
	noActorsLike(t, actors, "Jr. Day", "Martin Luther King")
}

// wantActors fails for each actor, written "Name (type, role)", that
// actors lacks.
func wantActors(t *testing.T, actors []string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(actors, w) {
			t.Errorf("no %s in %q", w, actors)
		}
	}
}

// noActorsLike fails for each actor that begins with one of prefixes
// ("Kessler board", "UEFA Cup"): names that must not be actors.
func noActorsLike(t *testing.T, actors []string, prefixes ...string) {
	t.Helper()
	for _, a := range actors {
		for _, p := range prefixes {
			if strings.HasPrefix(a, p) {
				t.Errorf("actor %q in %q", a, actors)
			}
		}
	}
}

// wantActorsLike fails for each prefix ("Joan Pritchett (person") that
// no actor begins with.
func wantActorsLike(t *testing.T, actors []string, prefixes ...string) {
	t.Helper()
	for _, p := range prefixes {
		if !slices.ContainsFunc(actors, func(a string) bool { return strings.HasPrefix(a, p) }) {
			t.Errorf("no %s...) in %q", p, actors)
		}
	}
}

// TestLowerCasePlc: a firm named with "plc" in lower case, as British
// wires write it, is a body of that whole name, wherever the sentence puts
// it; its board is no other body.
func TestLowerCasePlc(t *testing.T) {
	actors, _ := extractText("London stocks\n\nA takeover approach for engineering group Kessler plc lit up the market. Retailer Fennimore Stores plc was a bright spot. Anglo-Caspian Resources plc shed 3.1 percent to 511p. The Kessler board said it would consider the offer.")
	wantActorsLike(t, actors, "Kessler plc (organization", "Fennimore Stores plc (organization", "Anglo-Caspian Resources plc (organization")
	noActorsLike(t, actors, "Kessler board")
}

// TestSportsTeams: in a report on team sport, clubs named by their towns
// are bodies where they play or employ; players named by surname stay
// people.
func TestSportsTeams(t *testing.T) {
	actors, _ := extractText("Soccer\n\nStriker Dirk van der Meulen scored twice as Groningen beat Utrecht 3-1 on Saturday to stay top of the league.\n\nChampions Eindhoven, beaten 2-0 at home by Heerenveen last weekend, bounced back with a 4-0 win at Breda.\n\n\"The reaction was what I wanted,\" said Eindhoven coach Frans Wijnberg after the match.")
	wantActors(t, actors, "Groningen (organization)", "Utrecht (organization)", "Heerenveen (organization)", "Breda (organization)", "Eindhoven (organization)")
	tennis, _ := extractText("Tennis\n\nPete Sampras beat Andre Agassi 6-4 6-3 in the final. His coach said the match was his best of the season. Sampras beat Agassi again in March.")
	wantActorsLike(t, tennis, "Pete Sampras (person", "Andre Agassi (person")
	for _, a := range tennis {
		if strings.Contains(a, "(organization") {
			t.Errorf("a player as a body: %q", tennis)
		}
	}
	surnames, _ := extractText("Tennis\n\nSampras beat Agassi 6-4 6-3 in the final of the season's last tournament.")
	for _, a := range surnames {
		if strings.Contains(a, "(organization") {
			t.Errorf("a player as a body: %q", surnames)
		}
	}
}

// TestHolidaysAndUtilities: a holiday is no person, and a utility named
// "... Electric" is a body.
func TestHolidaysAndUtilities(t *testing.T) {
	actors, _ := extractText("Storm\n\nYesterday was Martin Luther King Day, so schools were closed. The group has run radio ads since Labor Day. Bay State Electric says about 84,000 customers are still in the dark.")
	wantActors(t, actors, "Bay State Electric (organization)")
	for _, a := range actors {
		if strings.Contains(a, "Day") {
			t.Errorf("a holiday as an actor: %q", actors)
		}
	}
}

// TestPartiesAndPlatforms: a party's names are one actor, a platform
// named only as the medium of someone's words is none, and a GP or a super
// PAC is no body.
func TestPartiesAndPlatforms(t *testing.T) {
	actors, _ := extractText("By-election\n\nThe Liberal Democrats have snatched the Conservative stronghold. The Conservatives blamed turnout, and the Tories will regroup. Mrs Castleton, a local GP, thanked the Lib Dems. Mr Mehra wrote on Twitter: \"Disappointing night.\" The super PAC spent heavily.")
	wantActorsLike(t, actors, "Liberal Democrats (organization", "Conservatives (organization")
	noActorsLike(t, actors, "Tories (", "Conservative (", "Twitter", "GP (", "PAC (", "Democrats (")
	acting, _ := extractText("Platforms\n\nTwitter suspended the account on Monday, the company said.")
	wantActorsLike(t, acting, "Twitter (organization")
}

// TestRebelsAndTimeZones: a name before the fighters it names is a group,
// not a country's ("Congolese rebels"); a time zone is no body.
func TestRebelsAndTimeZones(t *testing.T) {
	actors, _ := extractText("Congo\n\nThe M23 rebel group seized Goma in November 2012, and Congolese rebels fled. The U.N. peacekeeping mission in Congo, known as MONUSCO, sent troops. Updated 1838 GMT (0238 HKT) February 25, 2014.")
	wantActors(t, actors, "M23 (group, rebel group)")
	noActorsLike(t, actors, "HKT", "Congolese")
}

// TestTitlesAndCalendars: hyphenated ranks and an Australian councillor's
// "Cr" are titles, not names; the Islamic calendar's months and feasts are
// no people.
func TestTitlesAndCalendars(t *testing.T) {
	actors, _ := extractText("Zamfara\n\nMaj-Gen Obi-Lawson told reporters the troops had arrived. Cr Pearce said it was a blow. Prayers marked Eid al-Adha on 10 Dhu al-Hijjah 1443.")
	wantActorsLike(t, actors, "Obi-Lawson (person", "Pearce (person")
	noActorsLike(t, actors, "Eid", "Dhu", "Maj-Gen", "Cr ")
}

// TestPossessiveInNames: a possessive inside a firm's or an office's name
// is part of it ("Brewster's Coffee Co.", "the Prosecutor General's
// Office"); a country's stays its own ("Iraq's Oil Ministry").
func TestPossessiveInNames(t *testing.T) {
	actors, _ := extractText("Coffee\n\nBrewster's Coffee Co. rejected the bid. Ukraine's Prosecutor General's Office opened a case. The Falmouth Coastguard sent a helicopter. The Bundeswehr will buy drones. Iraq's Oil Ministry said so.")
	wantActors(t, actors, "Brewster's Coffee Co. (organization)", "Prosecutor General's Office (organization)", "Falmouth Coastguard (organization)", "Bundeswehr (organization)", "Oil Ministry (organization)", "Iraq (country)")
	// "the U.S. Attorney's Office": the country is the office's name, no
	// owner.
	actors, _ = extractText("Sentencing\n\nPress release from the U.S. Attorney's Office for the District of New Jersey:\n\nThis press release was produced by the U.S. Attorney's Office for the District of New Jersey.")
	noActorsLike(t, actors, "Press (")
	wantActors(t, actors, "U.S. Attorney's Office for the District of New Jersey (organization)")
}

// TestCompetitionIsNoBody: "the UEFA Cup" is a competition, not an actor.
func TestCompetitionIsNoBody(t *testing.T) {
	actors, _ := extractText("Soccer\n\nEindhoven will meet Turkish club Bursa in the first round of the UEFA Cup on September 10.")
	noActorsLike(t, actors, "UEFA Cup")
}

// TestWireFurniture: a Voice of America script's header fields
// ("TYPE=CORRESPONDENT REPORT") and editors' initials ("NEB/PO/JWH"), and
// a Reuters instrument code after a firm ("<RHCG.DE>"), name no one, and
// VOA's spelled-out acronym ("U-N-H-C-R") is a body. It failed before:
// TYPE, TITLE, NEB, PO, JWH, RHCG and DE were organizations, U-N-H-C-R a
// person.
func TestWireFurniture(t *testing.T) {
	actors, _ := extractText("Refugees to return\n\nVOICE OF AMERICA\nDATE=3/12/96\nTYPE=CORRESPONDENT REPORT\nNUMBER=2-191045\nTITLE=TANZANIA / REFUGEES\nBYLINE=PETER OKELLO\nDATELINE=NAIROBI\n\n" +
		"TEXT: The agreement was signed Monday after talks with the U-N-H-C-R. The U-N-H-C-R said the convoys would leave in April.\n\n" +
		"FRANKFURT, Feb 25 (Reuters) - German chemicals group Rheintal Chemie AG <RHCG.DE> said on Friday its profit rose.\n\nNEB/PO/JWH/RAE")
	noActorsLike(t, actors, "TYPE", "TITLE", "NEB", "PO (", "JWH", "RHCG", "DE (", "NUMBER", "BYLINE", "DATELINE", "PETER OKELLO")
	wantActors(t, actors, "U-N-H-C-R (organization)")
}

// TestResultsAndScoreboards: the wires' results lists, standings tables
// and cricket scoreboards name their clubs and players by the numbers
// beside them: "Almere 1 (Verhoeven 70) Purmerend 0", "Victoria Apeldoorn
// 2 2 0 0 6 1 6", "J. BOSMAN c Tahir b Van Os 14", "Clarke 10-2-38-2". It
// failed before: none of these was an actor.
func TestResultsAndScoreboards(t *testing.T) {
	soccer := "SOCCER - FIRST DIVISION RESULTS.\n\nAMSTERDAM 1996-08-25\n\nResults of first division matches played at the weekend:\n\n" +
		"Almere 1 (Verhoeven 70) Purmerend 0. Halftime 0-0. Attendance 3,800.\n\n" +
		"Rapid Zaandam 3 (Kuipers 12, 67, Van Gelder 80) Leeuwarden 1 (Dekker 55). Halftime 1-0.\n\n" +
		"Hengelo 0 Blauw-Wit Amersfoort 0.\n\n" +
		"Standings (tabulated under played, won, drawn, lost, goals for, goals against, points):\n\n" +
		"Victoria Apeldoorn      2 2 0 0 6 1 6\nRapid Zaandam           2 1 1 0 4 2 4\nGouda                   2 0 1 1 3 4 1\n"
	actors, _ := extractText(soccer)
	wantActors(t, actors, "Almere (organization)", "Purmerend (organization)", "Rapid Zaandam (organization)", "Leeuwarden (organization)",
		"Hengelo (organization)", "Blauw-Wit Amersfoort (organization)", "Victoria Apeldoorn (organization)", "Gouda (organization)",
		"Verhoeven (person)", "Kuipers (person)", "Van Gelder (person)", "Dekker (person)")
	cricket := "CRICKET - CUP FINAL SCOREBOARD.\n\nAMSTELVEEN 1996-08-25\n\nScoreboard in the cup final on Sunday:\n\nHILVERSUM\n\n" +
		"J. BOSMAN c Tahir b Van Os 14\nP. DE GROOT lbw b Clarke 52\nA. VISSER run out 23\nT. HOLLANDER not out 38\nExtras (lb-5 w-7 nb-3) 15\nTotal (for 6 wickets, 50 overs) 228\n\n" +
		"Bowling: Clarke 10-2-38-2, Van Os 10-0-47-2, Rademaker 9-1-51-1\n"
	actors, _ = extractText(cricket)
	wantActors(t, actors, "J. BOSMAN (person)", "P. DE GROOT (person)", "A. VISSER (person)", "T. HOLLANDER (person)",
		"Tahir (person)", "Van Os (person)", "Clarke (person)", "Rademaker (person)")
	noActorsLike(t, actors, "HILVERSUM (person")
}

// TestSurnameBeforeFullName: a person named by surname before the full
// name is one person with it ("c Tahir b Van Os 14", then "N. TAHIR c
// Khan b Snel 48"). It failed before: Tahir and N. TAHIR were two.
func TestSurnameBeforeFullName(t *testing.T) {
	actors, _ := extractText("CRICKET - SCOREBOARD.\n\nAMSTELVEEN 1996-08-25\n\nHILVERSUM\n\nJ. BOSMAN c Tahir b Van Os 14\nS. KHAN c and b Van Os 71\n\nKAMPEN\n\nN. TAHIR c Khan b Snel 48\nF. VAN OS lbw b Wolters 17\n")
	noActorsLike(t, actors, "Tahir (person")
	wantActors(t, actors, "N. TAHIR (person)")
}

// TestAirLinesShortName: "Harmon Air Lines" is Harmon, as "Northstar
// Airways" is Northstar. It failed before: Harmon was a second body.
func TestAirLinesShortName(t *testing.T) {
	actors, _ := extractText("Airlines merge\n\nHarmon Air Lines and Northstar Airways agreed to merge on Monday. Harmon will keep its name, and Northstar's pilots will vote.")
	wantActors(t, actors, "Harmon Air Lines (organization)")
	noActorsLike(t, actors, "Harmon (")
}

// TestAmbiguousCapitals: a capital that names as much else is no country:
// "Victoria" (a state, a club), "Kingston", "Georgetown". It failed
// before: the Seychelles, Jamaica and Guyana were actors.
func TestAmbiguousCapitals(t *testing.T) {
	actors, _ := extractText("Hydrogen plan\n\nThe Victoria state government said on Monday that the plant would close. Assen 1 Victoria Apeldoorn 4. She studied at Georgetown and grew up in Kingston.")
	noActorsLike(t, actors, "Seychelles", "Jamaica", "Guyana")
}

// TestCapitalOfAnotherPlace: a capital's name followed by another place
// than its country is a town of that name there ("San Jose, California",
// "Paris, Texas"), not the capital, and names no country. It failed
// before: Costa Rica and France were actors.
func TestCapitalOfAnotherPlace(t *testing.T) {
	actors, _ := extractText("Apple event\n\nThe event is to be held at the California Theater in downtown San Jose, California. The festival moved to Paris, Texas, in 1990. Officials in Tirana, Albania, said the talks would go on.")
	noActorsLike(t, actors, "Costa Rica", "France")
	wantActorsLike(t, actors, "Albania (country")
}

// TestEmployerBeforeLowerTitle: the firm before a corporate title in lower
// case is an actor ("Tunebay chairman Stephen Marsh"), the one the text
// names in full when it does ("Corvane chief executive ..." is Corvane
// Aeronautics), and no word capitalized for opening a sentence ("Local
// president Frank Ostrowski"). It failed before: Tunebay was no actor.
func TestEmployerBeforeLowerTitle(t *testing.T) {
	actors, _ := extractText("Air show\n\nCorvane Aeronautics announced orders on Monday. Corvane chief executive Marianne Duclos said the line would open. Tunebay chairman Stephen Marsh said the store had opened.\n\nLocal president Frank Ostrowski said the plant would close.")
	wantActors(t, actors, "Tunebay (organization)")
	noActorsLike(t, actors, "Corvane (", "Local (")
}

// TestPartyWordsAndStateTitles: a party's word before a name describes
// the person ("Republican Tom Hurley"), a state legislator's title is a
// title ("state Assemblywoman Alicia Ortega"), and "Tonight" opening a
// sentence begins no name.
func TestPartyWordsAndStateTitles(t *testing.T) {
	actors, _ := extractText("Debate\n\nRepublican Tom Hurley, a former Clark County commissioner, told his opponent, state Assemblywoman Alicia Ortega, that she was wrong. Hurley tweeted: \"Tonight Nevada saw the difference.\" Democrat Priya Natarajan, a teacher, agreed with Del. Linda Carraway.")
	wantActorsLike(t, actors, "Tom Hurley (person", "Alicia Ortega (person", "Priya Natarajan (person", "Linda Carraway (person")
	noActorsLike(t, actors, "Republican Tom", "Assemblywoman Alicia", "Tonight", "Democrat Priya", "Del. Linda")
}

// TestNicknameInName: a nickname in quotation marks inside a name
// (`Robert "Bobby" Castellano`) leaves the person's name whole, and the
// nickname is no quote of anyone's.
func TestNicknameInName(t *testing.T) {
	text := "Primary\n\nGina Pike beat state Assemblyman Robert \"Bobby\" Castellano by 212 votes. Castellano said he would \"wait for every ballot.\""
	actors, _ := extractText(text)
	wantActorsLike(t, actors, "Robert Castellano (person")
	noActorsLike(t, actors, "Robert (", "Bobby")
	checkQuoteSpeakers(t, []speakerCase{
		{text, "wait for every ballot.", "Robert Castellano"},
		{text, "Bobby", ""},
	})
}

// TestNicknameAfterUnlistedGivenName: a nickname in quotation marks after
// a given name the lists do not know, and inside a name described after
// it, leaves the name whole too.
func TestNicknameAfterUnlistedGivenName(t *testing.T) {
	text := "Polls\n\nMa. Lourdes \"Malou\" Dimaculangan-Reyes, a former provincial board member, lost to reelectionist Mayor Rodolfo \"Dodong\" Panganiban Salcedo by 1,138 votes.\n\n\"We have affidavits,\" Dimaculangan-Reyes told the Inquirer by phone."
	actors, _ := extractText(text)
	wantActorsLike(t, actors, "Ma. Lourdes Dimaculangan-Reyes (person", "Rodolfo Panganiban Salcedo (person")
	noActorsLike(t, actors, "Rodolfo (", "Malou", "Dodong")
	checkQuoteSpeakers(t, []speakerCase{
		{text, "We have affidavits", "Ma. Lourdes Dimaculangan-Reyes"},
		{text, "Malou", ""},
	})
}

// TestMiddleInitialsAndParticles: a middle initial is part of a name
// ("George W. Bush"), "d'" begins a family name, and a titled person "of
// the" body is the person and the body.
func TestMiddleInitialsAndParticles(t *testing.T) {
	actors, _ := extractText("Planets\n\nGeorge W. Bush spoke on Monday. A translation by Alexander J. Whitford is due. The court heard Sylvie d'Arnoux-Béranger, 39, a former restorer. \"It is rocky,\" said Dr. Helen Montclair of the Paris Observatory, the lead author.")
	wantActorsLike(t, actors, "George W. Bush (person", "Alexander J. Whitford (person", "Sylvie d'Arnoux-Béranger (person", "Helen Montclair (person", "Paris Observatory (organization")
	noActorsLike(t, actors, "Helen Montclair of")
}

// TestCampaignIsABody: a candidate's campaign the text names is a body,
// named for the candidate in full and known by the text's words.
func TestCampaignIsABody(t *testing.T) {
	actors, _ := extractText("Primary\n\nRep. Lowell Dwyer faces Clay Whitsett on Thursday. Later Monday, the Dwyer campaign sent reporters a statement.")
	wantActorsLike(t, actors, "Lowell Dwyer campaign (organization", "Lowell Dwyer (person")
}

// TestCountryWonAndClubsPlayedFor: "Australia won" is the country, not a
// currency's name; a score with an en dash makes a report
// on sport; a club is read where someone plays for it or it is a side.
func TestCountryWonAndClubsPlayedFor(t *testing.T) {
	actors, _ := extractText("Final\n\nAustralia won the Pacific Rim Cup on Sunday night, beating Chile 2–1 in the final at Stadium Australia. The coach praised the squad after the match, and the team's goalkeeper saved a penalty. " +
		"Tran, who plays his club football for Melbourne Southern, scored. Kim, who plays for the Incheon Seagulls, did not. Valenzuela plays for Spanish second-division side Unión Deportiva Tarifa.")
	wantActors(t, actors, "Australia (country)", "Chile (country)")
	wantActorsLike(t, actors, "Melbourne Southern (organization", "Incheon Seagulls (organization", "Unión Deportiva Tarifa (organization")
	noActorsLike(t, actors, "Australia (organization")
}

// TestPartyInBracketsAndBankWords: a person's party in brackets after the
// name leaves the person a person ("Jerzy Malinowski (PSL)"); banks,
// holdings and a German Landesbank are bodies by their words.
func TestPartyInBracketsAndBankWords(t *testing.T) {
	actors, _ := extractText("Warsaw\n\nJerzy Malinowski (PSL), deputy chairman of the committee, says the party will vote against it. Marianne Hofreiter (CSU) said a compromise was possible. The bank's branches were taken over by Credito Lombardo Veneto. Banca Ferrosi collapsed. Lead manager Mittelrhein Landesbank said the bonds were sold. Vestergaard Holding last tapped the market in March.")
	wantActorsLike(t, actors, "Jerzy Malinowski (person", "Marianne Hofreiter (person", "Credito Lombardo Veneto (organization", "Banca Ferrosi (organization", "Mittelrhein Landesbank (organization", "Vestergaard Holding (organization")
	noActorsLike(t, actors, "Jerzy Malinowski (organization", "Marianne Hofreiter (organization")
}

// TestBankCompound: a bank named in one word is a body.
func TestBankCompound(t *testing.T) {
	actors, _ := extractText("Bonn\n\nThe Bundesbank, in its monthly report last week, warned that any delay would damage the plans.")
	wantActors(t, actors, "Bundesbank (organization)")
}

// TestRatingAgencies: a possessive inside a firm's name that "Service"
// ends, and at the end of a name joined by "&", is the name's.
func TestRatingAgencies(t *testing.T) {
	actors, _ := extractText("Bonds\n\nVestergaard Holding, rated A2 by Moody's Investors Service and A by Standard & Poor's, last tapped the market in March 1995.")
	wantActorsLike(t, actors, "Moody's Investors Service (organization", "Standard & Poor's (organization")
	noActorsLike(t, actors, "Investors Service (", "Standard & Poor (")
	// A firm whose name is a possessive, alone.
	more, _ := extractText("Markets\n\nRatings agency Moody's cut Portugal's credit rating to junk status earlier this week.")
	wantActorsLike(t, more, "Moody's (organization")
	noActorsLike(t, more, "Moody (")
}

// TestShortNamesOfBodies: wire copy names a firm in full once and by the
// first words of its name after: "Cardell" is Cardell Aviation Inc.;
// "Tomoe Denki", which alone reads as a person's name, is Tomoe Denki
// Corp. A short name that begins two bodies' names stays apart, and a
// city is not the paper named after it.
func TestShortNamesOfBodies(t *testing.T) {
	actors, _ := extractText("Cardell delays jet\n\nBusiness-jet maker Cardell Aviation Inc. said Wednesday it would delay the jet. \"It is money out of Cardell's pocket,\" said Paul Kessinger, an analyst. Ray Delgado, the union's chief negotiator at Cardell, said members were ready. Tomoe Denki Corp. said it would cut jobs. Tomoe Denki will hold 60 percent of the venture, said Masaru Kitagawa, chairman of the Tomoe Denki Workers' Union.")
	noActorsLike(t, actors, "Cardell (", "Tomoe Denki (")
	wantActorsLike(t, actors, "Cardell Aviation Inc. (organization", "Tomoe Denki Corp. (organization")
	more, _ := extractText("Halbrook Capital and Halbrook Securities advised the buyer. An analyst at Halbrook said the price was fair. The Denver Post said the deal was done. A spokesman for Denver said the city would not comment.")
	wantActorsLike(t, more, "Halbrook Capital (organization", "Halbrook Securities (organization", "Denver Post (organization")
	// A parliament is not its committee; a Danish firm's "A/S" is its name's.
	more, _ = extractText("The court bars the Knesset from enforcing the suspension. Last week, the Knesset House Committee voted 14 to 8 to suspend him. The bonds are guaranteed by parent Vestergaard Holding A/S. Vestergaard Holding last tapped the market in 1995.")
	wantActorsLike(t, more, "Knesset (organization", "Knesset House Committee (organization", "Vestergaard Holding A/S (organization")
}

// TestMonthAbbreviationsInNames: "Jun" and "Jan" with no day or year
// beside them are names ("Li Jun", "Jan Kowalski"), not months.
func TestMonthAbbreviationsInNames(t *testing.T) {
	actors, _ := extractText("Trade\n\nAnne-Sophie Mertens, who works alongside Beijing lawyer Li Jun, said the commission had erred. Jan Kowalski, the mayor of Gdansk, said on Jun 5 that the port would reopen.")
	wantActorsLike(t, actors, "Li Jun (person", "Jan Kowalski (person")
}

// TestIndustryWordsNameBodies: a name that ends in its trade's plural or
// in "Financial" is a firm's, not a person's.
func TestIndustryWordsNameBodies(t *testing.T) {
	actors, _ := extractText("Duties\n\nAmong the hardest hit is Tangshan Huaxin Ceramics, which was given 21.3 percent. Analysts surveyed by Thomson Financial had expected more. Sun Life Financial said profit rose.")
	wantActorsLike(t, actors, "Tangshan Huaxin Ceramics (organization", "Thomson Financial (organization", "Sun Life Financial (organization")
}

// TestPlayersByPosition: a player's position before the name is a role
// ("Brazilian striker Thiago Barreto"), and a verb before it is not part
// of it.
func TestPlayersByPosition(t *testing.T) {
	actors, _ := extractText("Transfer\n\nFrench Ligue 1 club Stade Atlantique have signed Brazilian striker Thiago Barreto from Esporte Clube Serra Azul for a fee of €14 million. Barreto, 23, passed a medical on Monday.")
	wantActors(t, actors, "Thiago Barreto (person, Brazilian striker)")
}

// TestNameOfWho: a full name no rule explains is a person's when its
// surname alone is a "who" later in the story.
func TestNameOfWho(t *testing.T) {
	actors, _ := extractText("By-election\n\nMargaret Tolhurst has been elected mayor, winning a by-election called after the resignation of Graham Petrie in July.\n\nPetrie, who was first elected mayor in 2007, resigned on July 28.")
	wantActorsLike(t, actors, "Graham Petrie (person")
}

// TestCurrencySigns: "US$2.1 billion" names an amount, not a country or a
// body.
func TestCurrencySigns(t *testing.T) {
	actors, _ := extractText("Bank\n\nTanabe defended the Carrow Hale investment, which cost the bank US$2.1 billion. Canberra offered A$6.2 billion.")
	noActorsLike(t, actors, "US (", "United States (", "A (")
}

// TestFirmNamesInFull: "Hong Kong-based" describes the firm after it;
// "Carrow Hale" and "Pacifica Orient", read as people's names, are the
// firms "Carrow Hale & Co." and "Pacifica Orient Airways"; "the People's
// Bank of China" keeps its possessive; "Hanseong Mobile" is a firm.
func TestFirmNamesInFull(t *testing.T) {
	actors, _ := extractText("Airlines\n\nHong Kong-based Pacifica Orient Airways said it would join the alliance. Pacifica Orient will add 40 routes. Mizukawa bought a stake in Carrow Hale & Co., a New York brokerage, in 2007. Carrow Hale has since lost half its value. The People's Bank of China raised rates on Tuesday. Korvala has sued its South Korean rival Hanseong Mobile.")
	wantActorsLike(t, actors, "Pacifica Orient Airways (organization", "Carrow Hale & Co. (organization", "People's Bank of China (organization", "Hanseong Mobile (organization")
	noActorsLike(t, actors, "Hong Kong-based", "Pacifica Orient (", "Carrow Hale (", "Bank of China (")
	// A firm's trade before its legal form: "Condor Ridge" is "Condor
	// Ridge Resources PLC".
	actors, _ = extractText("Mines\n\nLondon-listed Condor Ridge Resources PLC said on Wednesday that a strike had halted its mine. Condor Ridge said in a statement that output fell in the second quarter.")
	wantActorsLike(t, actors, "Condor Ridge Resources PLC (organization")
	noActorsLike(t, actors, "Condor Ridge (")
	// A trade alone after the short name: "Harrowgate Kline" is
	// "Harrowgate Kline Securities".
	actors, _ = extractText("Rates\n\nJeremy Ashcombe-Lau, an economist at Harrowgate Kline Securities, had forecast no change. Harrowgate Kline's analysts had called an increase premature.")
	wantActorsLike(t, actors, "Harrowgate Kline Securities (organization")
	noActorsLike(t, actors, "Harrowgate Kline (")
}

// TestExhibitPlacesAreNoPeople: a name the tagger calls a person that
// ends in "Museum" or "Galleries" is a place, not a person.
func TestExhibitPlacesAreNoPeople(t *testing.T) {
	actors, _ := extractText("Shuttles\n\nThe crew compartment trainer will go to the National Museum of the U.S. Air Force in Dayton. The McCutchan Art Center and Pace Galleries at USI base the exhibit on 100 Polaroids.")
	noActorsLike(t, actors, "National Museum (person", "Pace Galleries (person")
}

// TestHonorificsOfManyPresses: the titles and honorifics of South and
// South-East Asian, Gulf, African and Philippine papers precede a name and
// are no part of it; "Ma." (Maria) and "arap" are.
func TestHonorificsOfManyPresses(t *testing.T) {
	actors, _ := extractText("Officials\n\nLt Col Khalid bin Saif al-Harthy, a spokesman for the authority, said four people were rescued. Datuk Seri Wong Chee Meng, the minister, said so. Tan Sri Abdul Rahman Mohd Yusof, the chairman, said the board agreed. The report was signed by COA Director Atty. Crisanto P. Aguinaldo, who said it was final. The union's branch secretary, Dr Kiprono arap Chepkwony, said doctors would strike. Ma. Cristina Lagdameo-Uy, a mayor, said she was unconvinced. Sri Lanka's exports rose.")
	wantActorsLike(t, actors, "Khalid bin Saif al-Harthy (person", "Wong Chee Meng (person", "Abdul Rahman Mohd Yusof (person", "Crisanto P. Aguinaldo (person", "Kiprono arap Chepkwony (person", "Ma. Cristina Lagdameo-Uy (person", "Sri Lanka (country")
	noActorsLike(t, actors, "Col Khalid", "Seri Wong", "Tan Sri", "Atty (", "Kiprono (")
}

// TestBodiesAndNamesOfManyPresses: Indian bodies named in Hindi
// ("Samiti"), Malaysian firms ("Bhd"), a Hong Kong ordinance, a name
// written family name first elsewhere in the story, and a nickname after a
// given name the gender lists know.
func TestBodiesAndNamesOfManyPresses(t *testing.T) {
	actors, _ := extractText("Region\n\nThe Jhajjar Kisan Sangharsh Samiti said farmers would protest. Harbourline agreed to buy Sinar Pelabuhan Bhd on Friday; Sinar Pelabuhan said the board agreed. He was charged under the Prevention of Bribery Ordinance. Alhaji Abdulrazaq Olanrewaju Bello-Ibrahim won the seat. Supporters of Bello-Ibrahim Abdulrazaq Olanrewaju, who addressed them on Sunday, cheered. Sen. Ma. Cristina “Tina” Lagdameo-Uy was unconvinced.")
	wantActorsLike(t, actors, "Jhajjar Kisan Sangharsh Samiti (organization", "Sinar Pelabuhan Bhd (organization", "Abdulrazaq Olanrewaju Bello-Ibrahim (person", "Ma. Cristina Lagdameo-Uy (person")
	noActorsLike(t, actors, "Sinar Pelabuhan (", "Bribery Ordinance", "Bello-Ibrahim Abdulrazaq", "Ma. Cristina (")
	// A name of four by its first two: a Malay name's given names.
	more, _ := extractText("Ports\n\nTan Sri Abdul Rahman Mohd Yusof, the executive chairman, said the board agreed. \"Harbourline understood that our people are our value,\" Tan Sri Abdul Rahman said in a statement.")
	wantActorsLike(t, more, "Abdul Rahman Mohd Yusof (person")
	noActorsLike(t, more, "Abdul Rahman (")
}

// TestBanksByName: the big banks and firms the news names without a
// cue word are bodies, not people ("Goldman Sachs", "Morgan Stanley").
func TestBanksByName(t *testing.T) {
	actors, _ := extractText("Deal\n\nGoldman Sachs advised the council. Morgan Stanley and Credit Suisse led the sale.")
	wantActorsLike(t, actors, "Goldman Sachs (organization", "Morgan Stanley (organization", "Credit Suisse (organization")
}

// TestShoutedWordsAreNoNames: common words set in capitals ("A NEW virus",
// a release's "NEWS RELEASE") name no body when the story writes them in
// lower case too; "WHO" stays the body though "who" is a word.
func TestShoutedWordsAreNoNames(t *testing.T) {
	actors, _ := extractText("Virus\n\nNEWS RELEASE\n\nA NEW virus carried by ticks is behind an outbreak that has killed 14 people, health officials said. The WHO said the new virus spreads in the dry season, and the news reached those who watch such outbreaks. The release came on Monday.")
	noActorsLike(t, actors, "NEW (", "NEWS RELEASE (", "A NEW (")
	wantActorsLike(t, actors, "WHO (organization")
}

// TestPeopleByTheirTrades: a name after an ordinary person's trade
// ("retired schoolteacher Loretta Ward") is a person's.
func TestPeopleByTheirTrades(t *testing.T) {
	actors, _ := extractText("Fossil\n\nA volunteer, retired schoolteacher Loretta Ward of Kanab, Utah, spotted a piece of the frill in September 2006.")
	wantActorsLike(t, actors, "Loretta Ward (person")
}

// TestTechnicalAcronyms: the acronyms of computing, security and payments
// ("TCP port 4443", "a SQL injection flaw", "YARA rules", "60 BTC") name
// no body; a body's acronym beside them still does.
func TestTechnicalAcronyms(t *testing.T) {
	actors, _ := extractText("The flaws, with CVSS scores of 8.2 and 9.1, let an attacker run commands over TCP port 4443, the FBI said. " +
		"The group sent ISO disk images with a malicious DLL and used a SQL injection flaw; YARA rules and SHA-256 hashes are on GitHub. " +
		"Traffic left over HTTPS and the gang asked for 60 BTC, sent to an IBAN in Latvia, CISA said.")
	noActorsLike(t, actors, "CVSS", "TCP", "DLL", "SQL", "YARA", "HTTPS", "BTC", "IBAN")
	wantActorsLike(t, actors, "FBI (organization", "CISA (organization")
}

// TestThreatActorDefinitions: a threat-intelligence write-up defines its
// actor ("Copper Marten is a financially motivated intrusion set"), names
// its operators ("Glass Heron actors exploited"), and lists the names
// other trackers give it ("refers to this activity as Storm-1873, UNC4411
// and Pewter Kite"): one group with those aliases, not three more actors.
func TestThreatActorDefinitions(t *testing.T) {
	actors, _ := extractText("Copper Marten is a financially motivated intrusion set that Veilwatch has tracked since 2021. " +
		"Copper Marten sold access to whoever paid.")
	wantActorsLike(t, actors, "Copper Marten (group")
	actors, _ = extractText("Between January 10 and January 22, 2024, Glass Heron actors exploited two flaws in the appliance. " +
		"Industry reporting also refers to this activity as Storm-1873, UNC4411 and Pewter Kite. " +
		"Its activity overlaps with clusters other vendors track as UNC5127.")
	wantActorsLike(t, actors, "Glass Heron (group")
	noActorsLike(t, actors, "Storm-1873", "UNC4411", "Pewter Kite", "UNC5127")
	x := newExtractor(segmentDoc(0, "Glass Heron actors exploited two flaws. Industry reporting also refers to this activity as Storm-1873, UNC4411 and Pewter Kite."))
	x.run()
	for _, a := range x.output([]string{"S1"}) {
		if a.Name == "Glass Heron" && len(a.Aliases) != 3 {
			t.Errorf("Glass Heron's aliases %q, want Storm-1873, UNC4411, Pewter Kite", a.Aliases)
		}
	}
	// Actors of the stage are people still.
	actors, _ = extractText("Broadway actors Emma Stone and Paul Rudd exploited the pause to rehearse.")
	noActorsLike(t, actors, "Broadway (group")
	actors, _ = extractText("Hollywood actors went on strike in July, the union said.")
	noActorsLike(t, actors, "Hollywood (group")
}

// TestOfficialsOfAPressRelease: a prosecutor's office writes its people
// with a middle initial, the district they serve and the section they
// come from; none of that is their name, and two of them joined by "and"
// are two people, each with an office.
func TestOfficialsOfAPressRelease(t *testing.T) {
	actors, _ := extractText("The announcement was made by U.S. Attorney Laura B. Kincaid for the Middle District of Tennessee.")
	wantActorsLike(t, actors, "Laura B. Kincaid (person, U.S. Attorney)")
	actors, _ = extractText("Trial Attorney Kenji T. Abernathy of CCIPS and Assistant U.S. Attorney Maria Lopez are prosecuting the case.")
	wantActorsLike(t, actors, "Kenji T. Abernathy (person, Trial Attorney)", "Maria Lopez (person, Assistant U.S. Attorney)", "CCIPS (organization")
	actors, _ = extractText(`"It was bad," said Special Agent in Charge Douglas R. Whitaker of the FBI's Nashville field office.`)
	wantActorsLike(t, actors, "Douglas R. Whitaker (person, Special Agent in Charge")
	noActorsLike(t, actors, "Charge")
	actors, _ = extractText(`"It was bad," said Special Agent in Charge Douglas R. Whitaker of the FBI Memphis Field Office.`)
	wantActorsLike(t, actors, "Douglas R. Whitaker (person, Special Agent in Charge")
	noActorsLike(t, actors, "Charge")
	actors, _ = extractText("\"It wants the address book,\" says Sanna Ylönen, Lead Analyst at Revontuli Security.")
	noActorsLike(t, actors, "Lead Analyst")
	wantActorsLike(t, actors, "Sanna Ylönen (person")
	actors, _ = extractText("Shares of Mercer Lane Holdings, which owns a stake in the chain, fell 3.1%.")
	wantActorsLike(t, actors, "Mercer Lane Holdings (organization")
	noActorsLike(t, actors, "Shares")
	actors, _ = extractText("A ransomware attack has knocked out phone systems at Cumberland Ridge Health System, forcing the hospital chain to divert ambulances.")
	wantActorsLike(t, actors, "Cumberland Ridge Health System (organization")
}

// TestRenamedBodyKeepsItsName: a body named short first and in full
// later ("Apple", then "Apple Inc."; "SEC", then the Securities and
// Exchange Commission) takes the full name and keeps the short one as an
// alias, so that a reader searching for it finds it.
func TestRenamedBodyKeepsItsName(t *testing.T) {
	for _, c := range []struct{ text, name, alias string }{
		{"Apple said sales of the iPhone rose. Shares of Apple Inc. fell 2% on Monday.", "Apple Inc.", "Apple"},
		{"The SEC opened an inquiry on Monday. The Securities and Exchange Commission declined to comment.", "Securities and Exchange Commission", "SEC"},
	} {
		x := newExtractor(segmentDoc(0, c.text))
		x.run()
		found := false
		for _, a := range x.output([]string{"S1"}) {
			if a.Name == c.name {
				found = true
				if !slices.Contains(a.Aliases, c.alias) {
					t.Errorf("%q: %s's aliases %q lack %q", c.text, a.Name, a.Aliases, c.alias)
				}
			}
		}
		if !found {
			t.Errorf("%q: no actor %q", c.text, c.name)
		}
	}
}

// TestLocalBodies: the bodies of local news, "North Yorkshire Fire and
// Rescue Service", "the Planning Inspectorate", "the Renwick Medical
// Clinic", a homebuilder ("Brackwell Homes"), and a member's party before
// the seat's title ("the Saskatchewan Party MLA for Wolverine Plains").
func TestLocalBodies(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Station Manager Gary Threlfall, of North Yorkshire Fire and Rescue Service, said a smoke alarm had saved the family.", "North Yorkshire Fire and Rescue Service (organization"},
		{"Brackwell Homes has already said it will appeal to the Planning Inspectorate.", "Planning Inspectorate (organization"},
		{"Brackwell Homes has already said it will appeal to the Planning Inspectorate.", "Brackwell Homes (organization"},
		{"Amara Okeke, one of two physicians at the Renwick Medical Clinic, said she was tired.", "Renwick Medical Clinic (organization"},
		{"Trent Halvorsen, the Saskatchewan Party MLA for Wolverine Plains, which includes Renwick, said the government had added staff.", "Saskatchewan Party (organization"},
		{"The Maritime and Commercial High Court in Copenhagen appointed the lawyer Mette Kjaergaard as trustee.", "Maritime and Commercial High Court (organization"},
	} {
		actors, _ := extractText(c.text)
		wantActorsLike(t, actors, c.want)
	}
	actors, _ := extractText("Station Manager Gary Threlfall, of North Yorkshire Fire and Rescue Service, said a smoke alarm had saved the family.")
	noActorsLike(t, actors, "Rescue Service")
}

// TestStatesAndProvinces: a US state, a Canadian province or an
// Australian state is a place, not a body or a person, wherever the
// tagger reads it as one ("the Ohio freight firm", "Ontario said").
func TestStatesAndProvinces(t *testing.T) {
	actors, _ := extractText("One of the victims, the Ohio freight firm Brennan & Holt Logistics, was encrypted on October 13.")
	noActorsLike(t, actors, "Ohio")
	wantActorsLike(t, actors, "Brennan & Holt Logistics (organization")
	actors, _ = extractText("Prices rose in Tennessee and Saskatchewan, while Queensland and New South Wales reported falls, said Mark Ruiz of Ohio State University.")
	noActorsLike(t, actors, "Tennessee", "Saskatchewan", "Queensland", "New South Wales")
	wantActorsLike(t, actors, "Ohio State University (organization")
}

// TestSentenceOpeningCommonWords: a sentence's first word, capitalized only
// because it opens it, is no part of the body after it: "Organizers of the
// Twin Ports Labor Assembly", "Rival Sahyadri Plastics".
func TestSentenceOpeningCommonWords(t *testing.T) {
	for _, c := range []struct{ text, want, not string }{
		{"Organizers of the Twin Ports Labor Assembly said the march would go ahead.", "Twin Ports Labor Assembly (organization", "Organizers"},
		{"Rival Sahyadri Plastics said it would cut prices.", "Sahyadri Plastics (organization", "Rival"},
		{"Supporters of the Green Party gathered outside.", "Green Party (organization", "Supporters"},
		{"Administrators of Marlowe Motor Company said the plant would close.", "Marlowe Motor Company (organization", "Administrators"},
	} {
		actors, _ := extractText(c.text)
		wantActorsLike(t, actors, c.want)
		noActorsLike(t, actors, c.not)
	}
}

// TestTheFed: "the Fed" is the Federal Reserve, in either order.
func TestTheFed(t *testing.T) {
	for _, text := range []string{
		"US stocks fell after a Federal Reserve official spoke. Fed Governor Elaine Whitcombe said the central bank had no reason to hurry.",
		"The Fed held rates on Wednesday. The Federal Reserve said inflation had eased.",
	} {
		actors, _ := extractText(text)
		n := 0
		for _, a := range actors {
			if strings.HasPrefix(a, "Fed ") || strings.HasPrefix(a, "Federal Reserve ") {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q: %d actors for the Fed in %q", text, n, actors)
		}
	}
}

// TestTitledPersonEmploysNoOne: "Mr. Pruitt's former business partner,
// Ray Ostrander" makes no body of Mr. Pruitt.
func TestTitledPersonEmploysNoOne(t *testing.T) {
	actors, _ := extractText("Dale Pruitt, the Republican nominee, spoke on Monday. In 2010 he backed Mr. Pruitt's former business partner, Ray Ostrander, for the Clinton County Board of Supervisors.")
	noActorsLike(t, actors, "Mr. Pruitt (organization")
	wantActorsLike(t, actors, "Ray Ostrander (person")
}

// TestNamesTheTaggerCuts: "Peter Paul Rubens", which the tagger reads as
// two people side by side, is one.
func TestNamesTheTaggerCuts(t *testing.T) {
	actors, _ := extractText("The show places the painting alongside works by Jordaens and Peter Paul Rubens lent by museums in Brussels and Madrid.")
	wantActorsLike(t, actors, "Peter Paul Rubens (person")
	noActorsLike(t, actors, "Paul Rubens (person")
}

// TestGivenNameBeforeOffice: "Michel Mayor", a given name before a surname
// that is also an office, is a person (the office had been read as the
// title of the next person named, "Rachel Whitcombe (person, Michel
// Mayor)"); a body's title is no person.
func TestGivenNameBeforeOffice(t *testing.T) {
	actors, _ := extractText("The University of Geneva has a long history in the field. Michel Mayor and Didier Queloz, who were awarded half of the Nobel Prize in Physics in October, found the first planet. Rachel Whitcombe, an astronomer at the University of Leeds, called the result \"a very clean detection\".")
	wantActorsLike(t, actors, "Michel Mayor (person", "Didier Queloz (person")
	noActorsLike(t, actors, "Rachel Whitcombe (person, Michel")
	actors, _ = extractText("The A380 was built by Airbus. \"This is a major milestone,\" said Airbus President and Chief Executive Officer, Tom Enders.")
	noActorsLike(t, actors, "Airbus President (person")
}

// TestCountryAdjectiveInBodyName: a body named with a country's adjective
// speaks for the country only when it is of government.
func TestCountryAdjectiveInBodyName(t *testing.T) {
	actors, _ := extractText("The results were presented at the winter meeting of the American Astronomical Society last week.")
	wantActorsLike(t, actors, "American Astronomical Society (organization")
	noActorsLike(t, actors, "United States (country")
	actors, _ = extractText("The Iranian Foreign Ministry summoned the ambassador on Monday.")
	wantActorsLike(t, actors, "Iran (country")
	actors, _ = extractText("He studied at the University of Chile before moving to Geneva.")
	wantActorsLike(t, actors, "Chile (country")
}

// TestGroupsByDeed: a body that claims an attack, or has fighters, is an
// armed group, whatever its name's cue word; a state's body is not.
func TestGroupsByDeed(t *testing.T) {
	actors, _ := extractText("The outlawed Hill Valley Liberation Army (HVLA) claimed responsibility for the attack in an e-mail statement, police said.")
	wantActorsLike(t, actors, "Hill Valley Liberation Army (group")
	actors, _ = extractText("Officials blamed fighters of the Lake Kivu Patriotic Coalition for the shelling of the camp on Wednesday.")
	wantActorsLike(t, actors, "Lake Kivu Patriotic Coalition (group")
	actors, _ = extractText("A group calling itself Guardians of the Two Rivers claimed responsibility for the attack in a post on its Telegram channel.")
	wantActorsLike(t, actors, "Guardians of the Two Rivers (group")
	actors, _ = extractText("The Israeli Army claimed responsibility for the strike on the depot on Monday.")
	noActorsLike(t, actors, "Israeli Army (group")
}

// TestSurnameOfSeveralWords: "Gil de la Torre" and "Van der Merwe", a
// surname with a particle inside, are the person named in full; a role
// opening the sentence is no part of the name.
func TestSurnameOfSeveralWords(t *testing.T) {
	actors, _ := extractText("\"Today is not a happy day,\" said Fernando Gil de la Torre, the association's spokesman. Gil de la Torre said the association would appeal.")
	wantActorsLike(t, actors, "Fernando Gil de la Torre (person")
	noActorsLike(t, actors, "Gil de la Torre (person")
	actors, _ = extractText("Curator Hendrik van der Merwe, who has worked at the museum for 26 years, said the beadwork was among the finest of its kind. Van der Merwe said he had checked the gallery himself.")
	wantActorsLike(t, actors, "Hendrik van der Merwe (person, curator")
	noActorsLike(t, actors, "Curator Hendrik", "Van der Merwe (person")
	// A particle joined by a hyphen to the name before it.
	actors, _ = extractText(`"We disagree with the reading and will take this to court next month," said Sanne Oyelaran-de Wit, Pulsewise's general counsel.`)
	wantActorsLike(t, actors, "Sanne Oyelaran-de Wit (person")
	noActorsLike(t, actors, "Sanne Oyelaran-de (")
	// Spanish, Filipino and Swedish particles: "de los", "dela", "af".
	actors, _ = extractText("Coast guard commander Ramon de los Reyes Jr. said the search would go on. Barangay captain Felicidad dela Paz-Sumalpong said boats went out. The study is led by Anna-Liisa af Hällström, a professor.")
	wantActorsLike(t, actors, "Ramon de los Reyes Jr. (person", "Felicidad dela Paz-Sumalpong (person", "Anna-Liisa af Hällström (person")
	noActorsLike(t, actors, "Ramon (", "Felicidad (")
}

// TestPersonOfAUniversityOfAPlace: "Maria Lopez of the University of
// Chile" is a person of the university, whose name holds the country, and
// "the University of Bern" makes no government of Switzerland speak. It
// failed before: "of the University" was their role, the universities no
// actors, and Switzerland (for Bern) one.
func TestPersonOfAUniversityOfAPlace(t *testing.T) {
	actors, _ := extractText("Obituary\n\nTalks went on. Maria Lopez of the University of Chile said it was good. Jean Favre of the University of Bern said so.")
	wantActorsLike(t, actors, "University of Chile (organization", "University of Bern (organization", "Maria Lopez (person", "Jean Favre (person")
	noActorsLike(t, actors, "Switzerland (country")
}

// TestBodiesThatListTheirFields: a ministry's remit with an acronym in it
// and a body that lists its fields before its cue word are one body
// each; where a body is based is no part of its name.
func TestBodiesThatListTheirFields(t *testing.T) {
	actors, _ := extractText("She said the committee would call officials from the Ministry of Science and ICT to testify next week.")
	wantActorsLike(t, actors, "Ministry of Science and ICT (organization")
	actors, _ = extractText("The data came from the University of Arizona and NASA on Monday.")
	wantActorsLike(t, actors, "University of Arizona (organization", "NASA (organization")
	actors, _ = extractText("The Danish Transport, Construction and Housing Authority said it had suspended the airline's operating licence.")
	wantActorsLike(t, actors, "Danish Transport, Construction and Housing Authority (organization")
	noActorsLike(t, actors, "Transport (organization")
	actors, _ = extractText("Murat Ekinci of the Ankara-based Anatolian Energy Policy Center said the attacks had cut output.")
	wantActorsLike(t, actors, "Anatolian Energy Policy Center (organization")
}

// TestCountryBeforeBodyName: "US National Park Service" is also the
// "National Park Service" (another source's name for it, and the name
// an analyst searches), which is its alias; with the bare name later,
// one body.
func TestCountryBeforeBodyName(t *testing.T) {
	text := "The study was supported by the US National Park Service. The National Park Service said the data were public."
	actors, _ := extractText(text)
	wantActorsLike(t, actors, "US National Park Service (organization")
	noActorsLike(t, actors, "National Park Service (organization")
	br := mustGenerate(t, Options{Published: "2024-05-14"}, "Study\n\nThe study was supported by the Croucher Foundation, US National Science Foundation, and US National Park Service.")
	found := false
	for _, ac := range br.Actors {
		if ac.Name == "US National Park Service" {
			found = containsFold(ac.Aliases, "National Park Service")
		}
	}
	if !found {
		t.Errorf("no US National Park Service with its bare name as alias: %+v", br.Actors)
	}
}

// TestListIsNoDescription: the names after a body's in a list are not its
// description; a role in capitals after a person's name still is.
func TestListIsNoDescription(t *testing.T) {
	actors, _ := extractText("The study was supported by the Croucher Foundation, US National Science Foundation, and US National Park Service.")
	wantActorsLike(t, actors, "Croucher Foundation (organization)")
	actors, _ = extractText("\"We saw it early,\" said Helen Ashby, Director of Operations at the NCSC, on Monday.")
	wantActorsLike(t, actors, "Helen Ashby (person, Director of Operations")
}

// TestGivenNameBeforeFamilyJoiner: "Farouk Ben Mustapha", which the tagger
// reads from "Ben", is the whole name; a title before a name stays out.
func TestGivenNameBeforeFamilyJoiner(t *testing.T) {
	actors, _ := extractText("Four minutes later, the goalkeeper was substituted off due to injury and replaced by Farouk Ben Mustapha.")
	wantActorsLike(t, actors, "Farouk Ben Mustapha (person")
	actors, _ = extractText("The forecast was issued on Monday by Omar Abu Shakra, a forecaster at the NCM.")
	wantActorsLike(t, actors, "Omar Abu Shakra (person")
	actors, _ = extractText("Moderator Dana Pierce opened the debate on Monday.")
	noActorsLike(t, actors, "Moderator")
}

// TestSharesInAFirm: "Shares in Kessler-Brandt were down 9.3%" tells a
// firm's shares, not an index's level.
func TestSharesInAFirm(t *testing.T) {
	actors, _ := extractText("German carmaker Kessler-Brandt AG cut its forecast on Monday. Shares in Kessler-Brandt were down 9.3% at 41.20 euros. \"Demand remains solid,\" Kessler-Brandt said in the statement.")
	wantActorsLike(t, actors, "Kessler-Brandt AG (organization")
	x := newExtractor(segmentDoc(0, "German carmaker Kessler-Brandt AG cut its forecast on Monday. Shares in Kessler-Brandt were down 9.3% at 41.20 euros."))
	x.run()
	if x.isIndexName(0, "Kessler-Brandt") {
		t.Error("Kessler-Brandt read as a stock index")
	}
}

// actorCases hold rules that decide over a story, not one span: each
// text must give the actors want ("Name (type" or "Name (type, role)") and
// none of not (prefixes).
var actorCases = []struct {
	name, text string
	want, not  []string
}{
	// A body described after its name, the description followed by a
	// relative or a participle's clause, has that description; "who"
	// makes a person of any head; "the same group gained access" after a
	// name is a clause, no description.
	{"described after", "Save the Shallows, a volunteer group that has lobbied for kelp restoration since 2017, said the findings should end the argument.", []string{"Save the Shallows (organization, volunteer group)"}, nil},
	{"described after", "Players First, an athletes' group founded two years ago by players from Germany, said the suspension did not go far enough.", []string{"Players First (organization, athletes' group)"}, nil},
	{"described after", "Whitsett identified the donor as Ronald Teague, a Franklin real estate developer who gave the campaign $5,000 in 2012.", []string{"Ronald Teague (person"}, nil},
	{"described after", "Rep. Gong Tae-rim spoke to reporters on Monday. According to Gong, the same group gained access to the network in June.", nil, []string{"Gong (organization"}},
	// A surname ending in "bank" after a given name or a title is a
	// person's; alone, "Rabobank" is a bank.
	{"bank surname", "Fiona Marchbank, 44, the MP for Lune Valley, is standing. Ms Marchbank told members the party had to choose.", []string{"Fiona Marchbank (person"}, []string{"Fiona Marchbank (organization", "Ms Marchbank", "Marchbank (organization"}},
	{"bank surname", "Fiona Marchbank, 44, the MP for Lune Valley, is standing. Marchbank told members the party had to choose.", []string{"Fiona Marchbank (person"}, []string{"Marchbank (organization"}},
	{"bank surname", "Rabobank said on Monday it would cut 900 jobs.", []string{"Rabobank (organization"}, nil},
	// A given name of the gender lists opens a person's name; a name
	// before ", Jr. Day" is a holiday's.
	{"given name", "Russia's Oksana Mirgorodskaya cleared 4.75 metres to win the women's pole vault.", []string{"Oksana Mirgorodskaya (person"}, nil},
	{"given name", "US markets were closed on Monday for the Martin Luther King, Jr. Day holiday.", nil, []string{"Martin Luther King"}},
	{"given name", "U.S. markets are closed on Monday for Martin Luther King Jr.. Day, a national holiday.", nil, []string{"Martin Luther King"}},
	// A name of two or three words after a country's possessive or its
	// national's noun is a person's, as wires write them; not a
	// contest's name.
	{"national's name", "Norway's Sondre Haugland was third in a national record of 3:33.02.", []string{"Sondre Haugland (person"}, nil},
	{"national's name", "Jamaican Kemar O'Bryan-Walters won in 9.98 seconds, ahead of Briton Darren Oyelaran (10.11).", []string{"Darren Oyelaran (person"}, nil},
	{"national's name", "Lowe won the stage. New Zealander Aroha Te Whata was third.", []string{"Aroha Te Whata (person"}, nil},
	{"title before name", "In a statement read to the court by Detective Garda Siobhán Ní Bhraonáin, Mr Kilbride said it was bad. A Garda spokesman said the Garda Síochána would appeal.", []string{"Siobhán Ní Bhraonáin (person, Detective Garda", "Garda Síochána (organization"}, []string{"Garda Siobhán", "Garda Síochána (person"}},
	{"title before name", "\"I thank the President and Pak Harjono for their trust,\" she said. The talks were led by Haji Jemal Abdulkadir. Haji Jemal did not speak. \"It is worth more than any one seat,\" said Dr Lulwa bint Saad al-Hamdan, who teaches political science.", []string{"Harjono (person", "Jemal Abdulkadir (person", "Lulwa bint Saad al-Hamdan (person"}, []string{"Pak Harjono", "Haji Jemal (", "Lulwa (", "Saad al-Hamdan ("}},
	{"organization", "The costs will be covered from the federal budget for the 2012 E.C. budget year. The 2081 BS budget was passed.", nil, []string{"E.C.", "BS ("}},
	{"organization", "He was charged under section 120-B of the IPC, a spokesperson for the CBI said.", []string{"CBI (organization"}, []string{"IPC"}},
	{"organization", "Matthew Ingram wrote about it. He told The Globe and Mail in 2006 that he was tired.", []string{"Globe and Mail (organization"}, []string{"Globe (", "Mail ("}},
	{"person of firm", "Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed the conflict a war.", []string{"Matthew Ingram (person", "Globe and Mail (organization"}, []string{"Globe (", "Mail ("}},
	{"person name", "Girl, 6, dies after carbon monoxide leak\n\nJodie, 19, a student nurse, said it was cold.", []string{"Jodie (person"}, []string{"Girl ("}},
	{"tagged name", "Fishing stopped. Inés Etcheverry Sosa, 58, has fished out of the port of Piriápolis since 1979. Father-of-two Dean Whitcombe, 41, said so. Hurdler Chan Siu-ming, 24, agreed.", []string{"Inés Etcheverry Sosa (person", "Dean Whitcombe (person", "Chan Siu-ming (person"}, []string{"Etcheverry Sosa (", "Father-of-two", "Hurdler"}},
	{"organization", "The board did not carry out a proper assessment under Directive 92/43/EEC, the EU Habitats Directive.", nil, []string{"EEC"}},
	{"organization", "The release was sent on Monday.\n\nENDS", nil, []string{"ENDS"}},
	{"organization", "Regulators backed the first vaccine against Crimean-Congo haemorrhagic fever (CCHF), a tick-borne disease. CCHF is spread by ticks. The Digital Rights Circle (DRC) said so. The court asked the special investigation team (SIT) for a report, and the SIT agreed.", []string{"Digital Rights Circle (organization", "SIT (organization"}, []string{"CCHF"}},
	{"named thing", "He played every night at Chez Gibou on Rue Saint-Denis, and later on Calle Mayor.", nil, []string{"Chez Gibou", "Rue Saint-Denis", "Calle Mayor"}},
	{"named thing", "The results were presented on Sunday at the Transatlantic Congress on Metabolic Disease in Lisbon. Smith told the Congress on Thursday.", []string{"Congress (organization"}, []string{"Transatlantic Congress"}},
	{"named thing", "The ute, believed to be a grey Toyota Hilux, was found burnt out. He was driving the stolen Holden Commodore. Holden Chow said so.", []string{"Holden Chow (person"}, []string{"Toyota Hilux", "Holden Commodore"}},
	{"title before name", "Justice R. Wayne Lindqvist of the Ontario Superior Court of Justice said the law was void.", []string{"R. Wayne Lindqvist (person", "Ontario Superior Court of Justice (organization"}, []string{"Justice R. Wayne"}},
	{"organization", "\"Labour costs will rise, but losing production would have cost far more,\" he said. Labor shortages slowed the plant.", nil, []string{"Labour", "Labor"}},
	{"national's name", "Hamilton won the Spanish Grand Prix on Sunday.", nil, []string{"Grand Prix (person", "Spanish Grand Prix (person"}},
	// Clubs in a sports story: a particle inside the name, a club's
	// word, "champions" before it, a game "against" it.
	{
		"club", "Braganca lost 3-1 in the cup, and the club sacked its coach; the striker scored a late goal. Carreira named Wanderlei Assis, who coached Angolan champions Atletico Catumbela Sul until last season. Assis will be in charge for Sunday's home game against Vitoria de Portimao. Rebelo is the third coach to go, after Jorge Nogueira at Sporting Clube de Aveiro.",
		[]string{"Atletico Catumbela Sul (organization", "Vitoria de Portimao (organization", "Sporting Clube de Aveiro (organization"},
		nil,
	},
	{
		"club", "Braganca lost 3-1 to third-division Desportivo de Mirandela in the cup, and the club sacked its coach; the striker scored a late goal. Wednesday's defeat was the first by a top-flight club against Mirandela since 1989. Mirandela striker Edmilson Semedo scored twice.",
		[]string{"Desportivo de Mirandela (organization"},
		[]string{"Mirandela (organization"},
	},
	// A role of several before a list of names: each is a person, and a
	// name joined by "and" to a person "of" a place, itself "of" one, is
	// a person too.
	{"role of several", "The accord was signed in the Kyrgyz capital by foreign ministers Serik Aimakhanov of Kazakhstan and Kubanychbek Osmonkulov of Kyrgyzstan, after talks.", []string{"Serik Aimakhanov (person", "Kubanychbek Osmonkulov (person"}, nil},
	{"role of several", "Stade Rouennais ended leaders Brest Armorique's 11-match unbeaten run with a 2-1 home win on Saturday. The striker scored the first goal after the coach changed the side, and the league title race is open.", nil, []string{"Brest Armorique (person, leaders"}},
	// An acronym after a name spells it over "in": one body.
	{"acronym spells", "A diplomat from the Organisation for Security and Co-operation in Europe (OSCE), which helped broker the talks, told AFP the deal could serve as a model.", []string{"Organisation for Security and Co-operation in Europe (organization"}, []string{"Europe"}},
	// A place named for a saint or its owner with a possessive is one
	// name: "St Brigid's National School", "Hank's Hardware".
	{"possessive venue", "Parents at St Brigid's National School said the extension was overdue. Hank's Hardware on Main Street lost its roof, and St. Luke's Methodist Church opened its hall to families.", []string{"St Brigid's National School (organization", "Hank's Hardware (organization", "St. Luke's Methodist Church (organization"}, []string{"National School", "Hank (", "Methodist Church ("}},
	{"possessive venue", "Patients at Halloway Health's Riverbend Medical Center were moved on Monday.", nil, []string{"Halloway Health's Riverbend"}},
	// A nickname in single or double quotation marks inside a name the
	// lists' given name opens.
	{"nickname", "The council cut the route on Monday. Margaret 'Peggy' Dunstable, 81, said the bus was her lifeline.", []string{"Margaret Dunstable (person"}, []string{"Dunstable (person", "Peggy"}},
	{"nickname", "The council cut the route on Monday. Margaret \"Peggy\" Dunstable, 81, said the bus was her lifeline.", []string{"Margaret Dunstable (person"}, []string{"Dunstable (person", "Peggy"}},
	// Residents named by a first name alone, with an age, "who" or a
	// person's noun after it.
	{"first name only", "The council cut the route. Jodie, 19, a student nurse on placement, said the 42 was the only way she could reach early shifts.", []string{"Jodie (person"}, nil},
	{"first name only", "The quarry traffic has grown. Noreen, who has lived on Chapel Lane for 40 years, was more forgiving.", []string{"Noreen (person"}, nil},
	{"first name only", "Also convicted was Swiss financier Urs Tobler, three years. Tobler, who lives in Zurich, did not attend the trial.", []string{"Urs Tobler (person"}, []string{"Tobler (person"}},
	{"first name only", "The board voted 7-4 to close the school. Amélie, a mother of two who lives on Blackwood Sideroad, said her youngest started kindergarten there.", []string{"Amélie (person"}, nil},
	{"first name only", "For some users, the news came as a shock. Ruud, a 52-year-old cyclist from Utrecht, said he had joined for the discount.", []string{"Ruud (person"}, nil},
	{"first name only", "The fine was welcomed. Thibault, who sells enamel cookware near Lyon and asked that his surname not be used, said his sales halved.", []string{"Thibault (person"}, nil},
	{"first name only", "Staff were told on Monday. \"Honestly, people cheered,\" said Aino, a level designer who has worked on the game since 2011.", []string{"Aino (person"}, nil},
	{"first name only", "Arsenal, who won 2-1 at home, stayed top; the striker scored twice and the coach praised the goal.", nil, []string{"Arsenal (person"}},
	// A family by its surname is no body.
	{"family", "Sean Devaney, who has run Murphy's Bar since he bought it from the Murphy family in 1997, said his objection was about parking.", []string{"Murphy's Bar (organization"}, []string{"Murphy ("}},
	// Parties' names: a plural's possessive and "and", "Left" and
	// "Greens" at the end.
	{"party", "The Pensioners' and Farmers' Alliance, which won 11 seats, said it would open talks. The Social Democratic Left took nine seats.", []string{"Pensioners' and Farmers' Alliance (organization", "Social Democratic Left (organization"}, []string{"Farmers' Alliance ("}},
	{"party", "Deborah Okafor-Hale of the Tamar Greens took questions at the Guildhall. It was the Greens' best result since 1997.", []string{"Tamar Greens (organization"}, []string{"Greens ("}},
	// An operation is no actor; Arabic words for movement, group,
	// brigade, front, army and party open armed groups' names; "Gen"
	// without its full stop is a title.
	{"armed groups", "Troops of Operation Tsaftar Daji, which was launched in April to clear bandit camps, have been deployed to the area.", nil, []string{"Tsaftar", "Operation", "Troops"}},
	{"armed groups", "The army says it has cut the group's supply lines under Operation Bouclier du Lac, launched last month. The EU added two commanders of the Liwa al-Nasr al-Janubi and the Harakat Ansar al-Adl to its list. Gen Kwabena Asamoah-Darko said the base held.", []string{"Liwa al-Nasr al-Janubi (", "Harakat Ansar al-Adl (", "Kwabena Asamoah-Darko (person"}, []string{"Bouclier", "Operation", "Liwa al-Nasr al-Janubi (person", "Harakat Ansar al-Adl (person", "Gen Kwabena"}},
	// French and Portuguese connectors inside a body's name.
	{"foreign connectors", "Two aid workers were wounded near Birao, according to Santé pour Tous Centrafrique. The release was negotiated by the Conseil des Sages, a group of notables.", []string{"Santé pour Tous Centrafrique (organization", "Conseil des Sages ("}, []string{"Tous Centrafrique (", "Conseil ("}},
	// An acronym the text spells out for a body is no country's.
	{"defined acronym", "The United Arab Emirates (UAE) said on Monday it would mediate. The UAE sent an envoy.", []string{"United Arab Emirates (country"}, nil},
	{"defined acronym", "The case began with a complaint filed last August by the Digital Rights Circle (DRC), an Amsterdam privacy group. The DRC said it would also ask the regulator to look at two other apps.", []string{"Digital Rights Circle (organization"}, []string{"Democratic Republic of the Congo"}},
	// Laws and gatherings are no actors.
	{"laws and gatherings", "China's State Administration for Market Regulation (SAMR) approved the deal.", []string{"State Administration for Market Regulation (organization"}, nil},
	{"laws and gatherings", "The fine was the largest under the General Data Protection Regulation. Nimbus showed the tool at the Nimbus Summit in March, and the Geneva Convention was cited.", nil, []string{"General Data Protection Regulation", "Data Protection Regulation", "Nimbus Summit", "Geneva Convention"}},
	// A kind of firm ("developer", "operator") describes a person when the
	// name says person (a middle initial) or a role of a body follows it in
	// apposition.
	{"firm's kind", "A group led by the Houston developer Lyle M. Tharpe offered last month to put in $60 million.", []string{"Lyle M. Tharpe (person"}, nil},
	{"firm's kind", "The contracts were signed at a ceremony attended by Hou Shuming, vice-chairman of the China Council for Promoting Border Trade (CCPBT), and Bolat Kenzhetayev, vice-minister of energy of Kazakhstan.", []string{"Bolat Kenzhetayev (person"}, nil},
	{"firm's kind", "The mall was bought by the Houston developer Harwell Estates last month.", []string{"Harwell Estates (organization"}, nil},
	{"firm's kind", "Norrland Ferries, a 90-year-old ferry operator, said it would sail.", []string{"Norrland Ferries (organization"}, nil},
	// Firms named for their trade.
	{"trade", "Ellerby Taverns, which owns the building, said in a statement it was committed to rebuilding.", []string{"Ellerby Taverns (organization"}, nil},
	{"trade", "Within one month of the nano event, Apple Computer announced today another special event.", []string{"Apple Computer (organization"}, nil},
	{"trade", "In 1967 the company merged with Douglas Aircraft to form a new firm.", []string{"Douglas Aircraft (organization"}, nil},
	{"trade", "The album went platinum, according to her label, Discos Alameda, which said it had shipped 400,000 copies. Corrib Books said in a statement that Niamh was on a train. His label, Disques Boréal, announced his death. Wren Editions agreed.", []string{"Discos Alameda (organization", "Corrib Books (organization", "Disques Boréal (organization", "Wren Editions (organization"}, nil},
	{"trade", "Cobalt & Finch bought Wren's developer, Sorvik Software of Stockholm, for $340 million in 2010.", []string{"Sorvik Software (organization"}, []string{"Sorvik Software of Stockholm"}},
	{"trade", "\"Nobody should be surprised,\" said Lucinda Marsh-Okafor, a lawyer at Pruitt, Danforth & Weil who represents the holders. Marvin Oyelaran of Kettering, Boyle & Company agreed.", []string{"Pruitt, Danforth & Weil (organization", "Kettering, Boyle & Company (organization"}, []string{"Danforth & Weil (", "Pruitt (", "Boyle & Company ("}},
	{"trade", "Prices rose, said Lena Morrow, a broker at Prairie Line Commodities. Selangor Vantage Futures said stocks fell, and Calder Point Refining and Sumner Valley Co-op agreed.", []string{"Prairie Line Commodities (organization", "Selangor Vantage Futures (organization", "Calder Point Refining (organization", "Sumner Valley Co-op (organization"}, nil},
	{"trade", "A tug chartered by Brandvold Salvage of Seattle left Adak. A Boreal Medevac turboprop passed above.", []string{"Brandvold Salvage (organization", "Boreal Medevac (organization"}, []string{"Brandvold Salvage of Seattle"}},
	{"trade", "The parts were shipped through Perdana Aerotech Sdn. Bhd. in Kuala Lumpur, a front company.", []string{"Perdana Aerotech Sdn. Bhd. (organization"}, []string{"Bhd (", "Perdana Aerotech Sdn ("}},
	{"trade", "The pipes will go to Ertis Energy Holding of Pavlodar, and the ships to Bergvik Shipping ASA of Norway and Kessler Automobil AG of Stuttgart.", []string{"Ertis Energy Holding (organization", "Bergvik Shipping ASA (organization", "Kessler Automobil AG (organization"}, []string{"Ertis Energy Holding of Pavlodar", "Bergvik Shipping ASA of Norway", "Kessler Automobil AG of Stuttgart"}},
	{"trade", "\"We cannot pay salaries,\" said Lee Hyeon-taek, who heads the Asan Auto Parts Cooperative, which groups 340 suppliers. Donna Whitcombe-Sato of Hollis Street Advisors disagreed.", []string{"Asan Auto Parts Cooperative (organization", "Hollis Street Advisors (organization", "Donna Whitcombe-Sato (person"}, nil},
	{"trade", "\"Everybody wants to know,\" said Sal Benedetti-Ruiz, a trader for Marchetti Brothers at the New York Stock Exchange.", []string{"Marchetti Brothers (organization", "Sal Benedetti-Ruiz (person"}, nil},
	{"trade", "Card payments failed for six hours on Friday. Marlowe Payments said the fault lay with a supplier, and Veldhoven Mutual said it would review the deal.", []string{"Marlowe Payments (organization", "Veldhoven Mutual (organization"}, nil},
	// A titled person "of" a place or a body is the name before "of".
	{"titled person of", "Launching the Government's final push in Dublin on Sunday, the Minister of State for Electoral Reform, Dervla Ní Bhriain of Comhar, said the amendment was modest.", []string{"Dervla Ní Bhriain (person"}, []string{"Dervla Ní Bhriain of", "Electoral Reform"}},
	{"titled person of", "Garda Sergeant Martina Culleton of Kilcarrig Garda Station said officers had received three complaints.", []string{"Martina Culleton (person"}, []string{"Martina Culleton of"}},
	{"titled person of", "Assistant Police Inspector Meena Gaikwad of the Tilak Road traffic division said barricades had been placed around the pothole.", []string{"Meena Gaikwad (person"}, []string{"Meena Gaikwad of"}},
	// A platform named only as where words were posted is no actor;
	// one that acts is.
	{"platform", "The group, which has about 900 members, wrote on its Facebook page late Wednesday that the road was closed. Pastor Dale Whitford wrote in the church's WhatsApp group that services would resume.", nil, []string{"Facebook", "WhatsApp"}},
	{"platform", "Facebook removed the page on Thursday, the group said.", []string{"Facebook (organization"}, nil},
	// A month's name after a given name is a surname: "Eleanor May",
	// "Ruth April"; after anything else it stays a month.
	{"month surname", "Eleanor May, the council's highways director, said repairs would begin on Monday.", []string{"Eleanor May (person"}, nil},
	{"month surname", "\"We have seen nothing like it,\" said Eleanor May.", []string{"Eleanor May (person"}, nil},
	{"month surname", "In May the council closed the road.", nil, []string{"May", "In May"}},
	// "the Niger Delta" is a place, and names neither Niger nor a body.
	{"land feature", "The pipeline in the Niger Delta was bombed on Tuesday, the army said.", nil, []string{"Niger (country", "Niger Delta"}},
	{"land feature", "Niger said on Monday that it would close the border.", []string{"Niger (country"}, nil},
	// A name's translation in brackets stands between it and its
	// description.
	{"gloss", "Ahorradores Juntos (Savers Together), the association that filed the original complaint, welcomed the sentences.", []string{"Ahorradores Juntos (organization, association)"}, nil},
	// A county's clerk is a title before her name; Australia's Labor is a
	// party, Labor Day no body.
	{"clerk and Labor", "Eau Claire County Clerk Teresa Vang said her staff would begin the count on Tuesday morning.", []string{"Teresa Vang (person, Eau Claire County Clerk)"}, nil},
	{"clerk and Labor", "Labor frontbencher Tom Vukovic said the change of leader would not change the Liberals' record.", []string{"Labor (organization", "Tom Vukovic (person"}, nil},
	{"clerk and Labor", "The campaign had knocked on more than 40,000 doors since Labor Day.", nil, []string{"Labor"}},
	// "the Pensions Regulator" is a body, not a person named Regulator.
	{"regulator", "The Pensions Regulator said it had opened its own inquiry into the scheme's trustees in 2014.", []string{"Pensions Regulator (organization"}, nil},
	// A name described as a house of a parliament is a body, whatever the
	// tagger read.
	{"house of parliament", "Dáil Éireann, the lower house of the Irish parliament, on Tuesday passed a bill that would ban the sale of energy drinks.", []string{"Dáil Éireann (organization, lower house of the Irish parliament)"}, nil},
	// "PhD candidate Nguyen Thi Mai" names no body PhD.
	{"degree", "PhD candidate Nguyen Thi Mai, who led many of the night dives, said the urchins were easiest to count after dark.", []string{"Nguyen Thi Mai (person"}, []string{"PhD"}},
	// "the SDF" after "the Self-Defense Forces" is that body, its initials
	// counting each part of a hyphened word.
	{"hyphened initials", "Prefectural officials asked the Self-Defense Forces for help on Wednesday. Colonel Takeda Rie, who is leading the SDF unit, said her team had reached two districts.", []string{"Self-Defense Forces (organization"}, []string{"SDF (organization"}},
	// A name right after the noun of its kind of work is a title.
	{"title of a work", "Portrait shot of Dennis Hopper, famous for his role in the 1969 film Easy Rider, amongst the photographs.", []string{"Dennis Hopper (person"}, []string{"Easy Rider ("}},
	{"title of a work", "Marta Ruiz Calvo said her debut novel Clara Vance had sold 40,000 copies.", []string{"Marta Ruiz Calvo (person"}, []string{"Clara Vance ("}},
	{"title of a work", "The band's new album Lisbon Nights reached the top ten, said Tom Ellery, its manager.", []string{"Tom Ellery (person"}, []string{"Lisbon Nights ("}},
	{"title of a work", "Director Ana Ferro said the documentary Mother Danube would open the festival.", []string{"Ana Ferro (person"}, []string{"Mother Danube ("}},
	{"title of a work", "Hanul acquired Starfall in 2019. The studio's mobile game, Starfall Mobile, launched in 2021, and its browser, Meridian Zeta, in 2022.", nil, []string{"Starfall Mobile (", "Meridian Zeta ("}},
	// What only a firm has makes its owner a firm; the possessor of an
	// office in apposition is not what the words before describe.
	{"firm's office", "Shares rose on Tuesday, Kestrel Vane's chief executive, Mireille Duchâtel-Ong, told Reuters in an interview. Kestrel Vane shares fell 2.3% on Wednesday.", []string{"Kestrel Vane (organization"}, nil},
	{"firm's office", "Tessellate Inc on Tuesday released an update. The flaw was introduced in 2022 during a rewrite of the browser's memory manager, Tessellate's chief security officer, Mireille Duchâtel-Ong, told Reuters in an interview.", []string{"Mireille Duchâtel-Ong (person, Tessellate's chief security officer)"}, []string{"Tessellate (person"}},
	{"firm's office", "Brewster's Coffee Co. rejected the bid on Tuesday. In a letter to shareholders, Brewster's board said the offer was too low.", nil, []string{"Brewster ("}},
	{"firm's office", "Senator Ana Ruiz arrived late. Ruiz's chief of staff, Tom Baker, said she was ill.", nil, []string{"Ruiz (organization"}},
	// A firm's name may end in its trade, which no person's does.
	{"trades", "Festival\n\nOn Thursday, Cobalt Pictures said it had acquired the rights in May. A day later, Greenroom Releasing announced that it had bought the same rights. Parallax Devices will appeal, said Deepa Raghunathan, who follows the phone market for Brightline Research. Sandeep Kaur of Vantage Equities called it a catalogue play.", []string{"Cobalt Pictures (organization", "Greenroom Releasing (organization", "Parallax Devices (organization", "Brightline Research (organization", "Vantage Equities (organization"}, nil},
	// "and" inside a body's name after a country's, and between two
	// lands before a board's; two bodies otherwise.
	{"two fields", "Flaw\n\nThe U.S. Cybersecurity and Infrastructure Security Agency added the flaw to its catalogue earlier this week. The England and Wales Cricket Board said it would not comment. Talks between Britain and France Telecom stalled.", []string{"U.S. Cybersecurity and Infrastructure Security Agency (organization", "England and Wales Cricket Board (organization", "France Telecom (organization", "United Kingdom (country"}, []string{"Infrastructure Security Agency (", "Wales Cricket Board ("}},
	// A name without its middle names is the one with them, unless two
	// names share its first and last words.
	{"middle names", "Coventry Albion sack Nuno Quintela after home defeat\n\nCoventry Albion have sacked Nuno Ferraz Quintela after 17 months in charge. The Portuguese was told on Monday.", []string{"Nuno Ferraz Quintela (person"}, []string{"Nuno Quintela ("}},
	{"middle names", "Court\n\nMaria Lopez Garcia and Maria Ruiz Garcia were charged. Maria Garcia denied it.", []string{"Maria Lopez Garcia (person", "Maria Ruiz Garcia (person"}, nil},
	// A club's word ends its name.
	{"clubs", "Football\n\nCoventry Albion have sacked their manager after a 3-0 home defeat by Stoke Corinthians on Saturday.", []string{"Coventry Albion (organization", "Stoke Corinthians (organization"}, nil},
	// A place of two words and "-based" describe the firm, in full.
	{"place compound", "Flaw\n\nThe bug was nicknamed \"Gossamer\" by the Tel Aviv-based firm Ninefold Labs, which found it.", []string{"Ninefold Labs (organization, Tel Aviv-based firm)"}, []string{"Tel Aviv-based ("}},
}

// TestActorCases reads each of actorCases.
func TestActorCases(t *testing.T) {
	for _, c := range actorCases {
		t.Run(c.name, func(t *testing.T) {
			actors, _ := extractText(c.text)
			wantActorsLike(t, actors, c.want...)
			noActorsLike(t, actors, c.not...)
		})
	}
}

// TestTitleCaseHeadlineNames: a headline in title case capitalizes every
// word, so its runs of capitals are names only where the text writes them
// so outside it ("Appeals Court Throws Out ... Against Chemical Maker"
// names no one; "Marrowbone Chemical Corp." in the body is a firm).
func TestTitleCaseHeadlineNames(t *testing.T) {
	text := "Appeals Court Throws Out $48 Million Verdict Against Chemical Maker\n\nST. LOUIS (AP) - A federal appeals court threw out a jury verdict Tuesday against Marrowbone Chemical Corp., a chemical company.\n\nJudge Ellen Marsh wrote that the trial judge erred."
	actors, _ := extractText(text)
	noActorsLike(t, actors, "Appeals Court", "Chemical Maker", "Million Verdict")
	for _, want := range []string{"Marrowbone Chemical Corp. (organization", "Ellen Marsh (person"} {
		if !slices.ContainsFunc(actors, func(a string) bool { return strings.HasPrefix(a, want) }) {
			t.Errorf("no %s) in %q", want, actors)
		}
	}
	// A run the body writes too is read in the headline as there.
	x := newExtractor(segmentDoc(0, "Regulators Seize Control of Brazos Plains Savings Association\n\nDALLAS - Federal regulators moved to seize control of Brazos Plains Savings Association on Tuesday."))
	x.run()
	if ms := x.mentions[0]; len(ms) != 1 || ms[0].act == nil || ms[0].act.name != "Brazos Plains Savings Association" {
		t.Errorf("headline mentions %v, want Brazos Plains Savings Association", ms)
	}
}

// TestOneActorPerName: whatever the rules typed two actors of one name,
// a person and a body, the briefing lists the name once (brief lint
// refuses a name listed twice, so brief generate wrote nothing).
func TestOneActorPerName(t *testing.T) {
	x := newExtractor(segmentDoc(0, "Contract\n\nThe defense firm Northrop Grumman won the contract. Northrop Grumman will build the planes."))
	x.run()
	p := x.actorFor("Northrop Grumman", "person")
	p.role = "prime contractor"
	x.add(mention{sent: 1, a: 0, b: 2, kind: mPerson, act: p})
	x.mergeSameNames()
	acts := map[*actor]bool{}
	for _, ms := range x.mentions {
		for _, m := range ms {
			if m.act != nil && m.act.name == "Northrop Grumman" {
				acts[m.act] = true
			}
		}
	}
	if len(acts) != 1 {
		t.Errorf("Northrop Grumman is %d actors", len(acts))
	}
}

// TestPersonOfACountry: "Piotr Grabczyk of Poland, who finished fourth": a
// name, where its bearer is from, and what a person does is a person's.
func TestPersonOfACountry(t *testing.T) {
	actors, _ := extractText("The bronze goes to Piotr Grabczyk of Poland, who finished fourth with 392.5 kilograms. Anna Brzęczek of Poland said she would appeal.")
	wantActors(t, actors, "Piotr Grabczyk (person)", "Anna Brzęczek (person)")
}
