package generate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brief-team/brief/briefings"
)

// spanAt is a run of capitalized tokens [a,b) of sentence si that a span
// rule reads; used marks the sentence's tokens already explained.
type spanAt struct {
	si, a, b int
	toks     []token
	used     []bool
}

// n is the span's length in tokens.
func (s spanAt) n() int { return s.b - s.a }

// spanRule is one way a capitalized span names actors: a name, an example
// (the span in it is the one the rule reads) and apply, which records the
// mentions and returns found, or pass. A rule that reads only the head of
// the span returns again, with the start of the rest in pending's a.
type spanRule struct {
	name, example string
	apply         func(x *extractor, s spanAt) (pending, verdict)
}

// spanRules are tried in order on each span (classify); the first that
// does not pass decides. Order is precedence: a country before an
// organization's cue, a title before a name before the descriptions
// around it, and a plain name of people last.
var spanRules = []spanRule{
	{"party tag", `Sen. Ana Ruiz, D-Texas, spoke`, (*extractor).spanPartyTag},
	{"pronoun I", `every doctor I know says so`, (*extractor).spanPronounI},
	{"state's attorney", `Assistant State's Attorney Mark Brannigan said`, (*extractor).spanStatesAttorney},
	{"holiday", `Yesterday was Martin Luther King Day; ads ran since Labor Day`, (*extractor).spanHoliday},
	{"place it is based in", `the Tel Aviv-based firm Ninefold Labs; a Hong Kong-owned ship`, (*extractor).spanPlaceCompound},
	{"title of a work", `in the 1969 film Easy Rider; her debut novel Clara Vance sold well`, (*extractor).spanWorkTitle},
	{"named thing", `Cyclone Fanja hit; the MV Andrianampoinimerina sank; the USS Carl Vinson; the Polar Satellite Launch Vehicle; on International Women's Day`, (*extractor).spanNamedThing},
	{"stock index", `the FTSE 100 index fell; the Nasdaq Composite rose; the German DAX slipped 2 points`, (*extractor).spanStockIndex},
	{"hyphenated countries", `UK-Albania talks`, (*extractor).spanHyphenCountries},
	{"sports team", `Groningen beat Utrecht 3-1 with a late goal from their striker, the league's top scorer`, (*extractor).spanSportsTeam},
	{"results and scoreboards", `Almere 1 (Verhoeven 70) Purmerend 0; Victoria Apeldoorn 2 2 0 0 6 1 6; J. Bosman c Tahir b Van Os 14; Clarke 10-2-38-2`, (*extractor).spanResults},
	{"whole country", `Albania cut ties; a Spanish dual-language program`, (*extractor).spanCountry},
	{"state or province", `prices rose in New South Wales`, (*extractor).spanSubnationalPlace},
	{"person of firm", `said Megan Liu of Redfern Research`, (*extractor).spanPersonOfFirm},
	{"title before name", `Albanian Prime Minister Edi Rama said`, (*extractor).spanTitleName},
	{"given name that is a country", `"We wait," said Sofia Restrepo`, (*extractor).spanGivenNameCountry},
	{"country prefix", `the US Treasury Department; Iranian Telegram`, (*extractor).spanCountryPrefix},
	{"tracked as", `Glass Heron actors exploited the flaw, and others refer to this activity as Storm-1873, UNC4411 and Pewter Kite`, (*extractor).spanTrackedAs},
	{"threat actor", `the attack was attributed to Sandworm; the hack was carried out by Lazarus Group; hackers known as Fancy Bear; a group called Black Basta; a group known as "Rhysida"; the militant group Hamas; sent by APT28`, (*extractor).spanThreatActor},
	{"initials and surname", `K.C. Maurer, the treasurer, said; N. Sankaranarayanan Pillai; Pádraig Ó Súilleabháin`, (*extractor).spanInitialsSurname},
	{"name given only", `a retired teacher who gave only her first name, Hannelore; a shopkeeper who identified himself only as Tomasz`, (*extractor).spanNameGivenOnly},
	{"post-nominal", `the prosecutor, Mark Tedeschi, QC, said`, (*extractor).spanPostNominal},
	{"organization", `the Ministry of Justice; NATO; Nato; CPS Wessex`, (*extractor).spanOrg},
	{"acronym after", `Doctors Without Borders (DWB) said`, (*extractor).spanAcronymAfter},
	{"quoted name", `a firm known as "Northwind"`, (*extractor).spanQuotedName},
	{"also known as", `the Houthis, formally known as Ansar Allah, said`, (*extractor).spanAlsoKnownAs},
	{"party and its members", `Labour MPs said; Fine Gael TDs voted`, (*extractor).spanPartyMembers},
	{"named as", `a firm calling itself BlackVault`, (*extractor).spanNamedAs},
	{"based or spokesperson for", `built by Edinburgh-based Northlight Launch`, (*extractor).spanBased},
	{"at or from firm", `analysts at Keller Brandt`, (*extractor).spanAtFirm},
	{"described before", `the cybersecurity firm Corvane; his Turkish counterpart, Mevlut Cavusoglu, said`, (*extractor).spanDescribedBefore},
	{"described after", `Kestrel Point, a cybersecurity firm, said`, (*extractor).spanDescribedAfter},
	{"name and kind", `the Vostok group said`, (*extractor).spanNameAndKind},
	{"coordinated with a body", `GM and Chrysler were given loans`, (*extractor).spanCoordinatedBody},
	{"council in lower case", `Lowbridge council said it accepted the findings`, (*extractor).spanLowerCouncil},
	{"firm's office", `Kestrel Vane's chief executive, Ana Ruiz, said; Tessellate's chief security officer said`, (*extractor).spanFirmsOffice},
	{"tagged name", `the talks were led by Rodaba Noori`, (*extractor).spanTagged},
	{"person name", `Alfonso Gutiérrez de la Serna said`, (*extractor).spanPersonName},
}

// classify turns span [a,b) of sentence si into mentions. It returns false
// (and the span) when nothing in it is known yet.
func (x *extractor) classify(si, a, b int, used []bool) (pending, bool) {
	s := spanAt{si: si, a: a, b: b, toks: x.sents[si].toks, used: used}
	for {
		p, v, _ := x.spanRule(s)
		if v != again {
			return p, v == found
		}
		s.a = p.a
	}
}

// spanRule tries spanRules in order on s: the first that does not pass
// decides, and spanRule returns its verdict and index. When all pass,
// the span is pending (stop, -1).
func (x *extractor) spanRule(s spanAt) (pending, verdict, int) {
	for k, r := range spanRules {
		if p, v := r.apply(x, s); v != pass {
			if x.traceRule != nil {
				x.traceRule(r.name, x.text(s.si, s.a, s.b))
			}
			return p, v, k
		}
	}
	return pending{s.si, s.a, s.b}, stop, -1
}

// restFrom is the verdict of a rule that has read s up to token a: the rules
// are tried again on [a, s.b).
func restFrom(s spanAt, a int) (pending, verdict) {
	return pending{sent: s.si, a: a, b: s.b}, again
}

// spanPartyTag: a party-and-state tag, "D-Texas", names no one.
func (x *extractor) spanPartyTag(s spanAt) (pending, verdict) {
	// "(D-Benedict Shores)": a district of several words in brackets.
	if s.n() == 1 && partyTag(s.toks[s.a]) || s.n() <= 4 && partyTag(s.toks[s.a]) && wordIs(s.toks, s.a-1, "(") && wordIs(s.toks, s.b, ")") {
		markUsed(s.used, s.a, s.b)
		return pending{}, found
	}
	return pending{}, pass
}

// spanPronounI: "I" is the pronoun, never a name ("Every doctor I know"
// had been read as a person named I, described as a doctor).
func (x *extractor) spanPronounI(s spanAt) (pending, verdict) {
	if s.n() != 1 || s.toks[s.a].n != "I" {
		return pending{}, pass
	}
	markUsed(s.used, s.a, s.b)
	return pending{}, found
}

// spanHoliday: a name before "Day" names a holiday, "Martin Luther King
// Day", "Labor Day", not a person ("King" is no title here); "Doris Day",
// a given name and "Day", is a person. So do the Islamic calendar's
// months and feasts, "Dhu al-Hijjah", "Eid al-Adha".
func (x *extractor) spanHoliday(s spanAt) (pending, verdict) {
	toks, a, b := s.toks, s.a, s.b
	// "the Martin Luther King, Jr. Day holiday": the name before a
	// suffix and "Day" is the day's.
	k := b
	if wordIs(toks, k, ",") && wordIs(toks, k+1, "jr", "jr.") {
		k += 2
	}
	if k > b || wordIs(toks, b-1, "jr", "jr.") {
		for wordIs(toks, k, ".") {
			k++
		}
		if tokenAt(toks, k).n == "Day" {
			markUsed(s.used, a, b)
			return pending{}, found
		}
	}
	if !islamicCalendar.has(toks[a].lower()) && (s.n() < 2 || toks[b-1].n != "Day" || s.n() == 2 && givenNames.has(toks[a].lower())) {
		return pending{}, pass
	}
	markUsed(s.used, a, b)
	return pending{}, found
}

// spanPlaceCompound: a run of capitals that ends in a place's compound,
// "Tel Aviv-based", "Hong Kong-owned", describes what follows and names
// no one.
func (x *extractor) spanPlaceCompound(s spanAt) (pending, verdict) {
	if !placeCompound(s.toks[s.b-1].n) {
		return pending{}, pass
	}
	markUsed(s.used, s.a, s.b)
	return pending{}, found
}

// spanFirmsOffice: what only a firm has, "Kestrel Vane's chief
// executive", "Tessellate's shareholders", makes its owner a firm, however
// its name reads, unless the text has named a person so.
func (x *extractor) spanFirmsOffice(s spanAt) (pending, verdict) {
	if s.n() > 4 || !firmOwned(s.toks, s.b) || x.knownPerson(s.si, s.a, s.b) || x.possessiveInName(s.si, s.a, s.b) {
		return pending{}, pass
	}
	x.org(s.si, s.a, s.b, s.used)
	return pending{}, found
}

// possessiveInName says a body the text has read opens its name with the
// span and its possessive, "Brewster's Coffee Co." for "Brewster's board":
// the "'s" is that name's own, and the span alone names no one.
func (x *extractor) possessiveInName(si, a, b int) bool {
	return x.orgs.ownFirst.first(normName(x.text(si, a, b))+"'s") != nil
}

// firmOwned says the possessive at b owns what only a firm has: a chief
// executive or other chief officer, a CEO, a board, shareholders, a
// headquarters, a subsidiary, a chairman or a founder. ("Ruiz's chief of
// staff" is a person's.)
func firmOwned(toks []token, b int) bool {
	if !wordIs(toks, b, "'s", "’s") {
		return false
	}
	chief := false
	for i := b + 1; i < len(toks) && i <= b+4 && toks[i].kind == tWord; i++ {
		switch l := toks[i].lower(); {
		case firmOnly.has(l), chief && (l == "executive" || l == "officer"):
			return true
		case l == "chief":
			chief = true
		case l == "of":
			return false
		}
	}
	return false
}

// firmOnly are what a firm has and a person does not.
var firmOnly = words(`ceo cfo coo cto shareholders headquarters subsidiary subsidiaries board chairman chairwoman
	founder co-founder`)

// spanWorkTitle: a name right after the noun of its kind of work ("the
// 1969 film Easy Rider", "her debut novel Clara Vance") is the work's
// title, which is no actor however much it reads like a person's name. The
// nouns are those that are not also verbs taking a name ("play", "book").
//
// In apposition, set off by commas, a product's noun does so too: "The
// studio's mobile game, Starfall Mobile, launched in 2021".
func (x *extractor) spanWorkTitle(s spanAt) (pending, verdict) {
	n := s.a - 1
	apposition := wordIs(s.toks, n, ",") && wordIs(s.toks, s.b, ",", ".")
	if apposition {
		n--
	}
	if n < 0 || !workNouns.has(s.toks[n].lower()) && !(apposition && productNouns.has(s.toks[n].lower())) {
		return pending{}, pass
	}
	markUsed(s.used, s.a, s.b)
	return pending{}, found
}

// spanNamedThing: a storm, a ship, a prize, a vehicle or an instrument
// named with the word that says what it is, which is no actor however
// like a person's its name: "Cyclone Fanja", "Hurricane Katrina", "the MV
// Andrianampoinimerina", "the USS Carl Vinson", "the Turlough O'Carolan
// Prize", "the Polar Satellite Launch Vehicle", "International Women's
// Day".
func (x *extractor) spanNamedThing(s spanAt) (pending, verdict) {
	toks, a, b := s.toks, s.a, s.b
	first, last := toks[a].n, toks[b-1].lower()
	switch {
	case s.n() >= 2 && stormWords.hasLower(first),
		s.n() >= 2 && shipPrefixes.has(first),
		// "under Operation Bouclier du Lac", "Operation Ngolo": a
		// military operation, which no one is.
		s.n() >= 2 && first == "Operation",
		s.n() >= 2 && thingTails.has(last),
		wordIs(toks, b, "'s") && tokenAt(toks, b+1).n == "Day",
		// "Rue Saint-Denis", "Calle Mayor", "Chez Gibou": a street, a
		// square or a restaurant named the French, Spanish or Italian
		// way, its kind first.
		s.n() >= 2 && placeStarts.has(strings.ToLower(first)),
		// "presented on Sunday at the Transatlantic Congress on Metabolic
		// Disease": a gathering things are presented at.
		s.n() >= 3 && anyWordIn(toks, a, b, gatheringWords) && wordIs(toks, a-1, "the") && wordIs(toks, a-2, "at") && presentedBefore(toks, a),
		// "a grey Toyota Hilux", "the stolen Holden Commodore": a car,
		// after an article or an adjective ("Holden Chow said" opens a
		// sentence).
		s.n() >= 2 && s.n() <= 3 && carMakers.hasLower(first) && a > 0 && toks[a-1].kind == tWord && !toks[a-1].upper() && !hasOrgCue(toks, a, b):
	default:
		return pending{}, pass
	}
	markUsed(s.used, a, b)
	return pending{}, found
}

// placeStarts open names of streets, squares and eateries in French,
// Spanish, Portuguese and Italian.
var placeStarts = words(`rue calle avenida rua praça piazza viale chez`)

// gatheringWords name meetings where work is presented.
var gatheringWords = words(`congress conference symposium meeting`)

// presentedBefore says a verb of presenting comes at most ten words
// before token a, in its clause.
func presentedBefore(toks []token, a int) bool {
	for k := a - 1; k >= 0 && k >= a-10; k-- {
		if toks[k].n == ";" || toks[k].kind == tDQ {
			return false
		}
		if presentVerbs.has(toks[k].lower()) {
			return true
		}
	}
	return false
}

// presentVerbs say work was shown at a gathering.
var presentVerbs = words(`presented presents present unveiled announced reported`)

// sectionWords number the parts of a law: "sections 7 and 13(2) of the
// Act".
var sectionWords = words(`section sections article articles rule rules clause clauses`)

// calendarEras are the eras written after a year: the Ethiopian
// calendar's (E.C.), Nepal's Bikram Sambat (BS), the Hijri (AH), the
// Buddhist (BE).
var calendarEras = words(`EC BS AH BE CE BCE AD BC`)

// carMakers open the names of car models: "Toyota Hilux", "Volkswagen
// Passat".
var carMakers = words(`toyota holden volkswagen ford nissan honda bmw mercedes mercedes-benz audi hyundai kia
	mazda subaru peugeot renault fiat volvo skoda chevrolet dodge jeep tesla mitsubishi suzuki vauxhall opel citroen
	citroën lexus porsche isuzu datsun`)

// stormWords name a storm before its name ("Tropical Storm Marilag",
// "Super Typhoon Haiyan" too).
var stormWords = words(`cyclone hurricane typhoon storm tropical super`)

// shipPrefixes stand before a ship's name: "MV", "HMS", "USS".
var shipPrefixes = words(`MV MS MT MY SS RMS HMS HMAS HMCS HMNZS USS USNS USCGC INS RV FV HMC`)

// thingTails end the names of prizes, vehicles, instruments and
// gatherings ("the Nimbus Summit").
var thingTails = words(`prize award awards medal trophy vehicle telescope rover spacecraft satellite probe
	vaccine summit expo festival`)

// productNouns name kinds of product whose name may follow them in
// apposition.
var productNouns = words(`game games app apps browser phone smartphone handset console software drug vaccine
	series show podcast`)

// workNouns name kinds of creative work whose title may follow them, and
// kinds of ship ("the research vessel Southern Kestrel").
var workNouns = words(`film movie documentary biopic album song novel memoir opera musical sitcom
	vessel ship ferry tanker freighter trawler yacht liner`)

// islamicCalendar opens the names of the Islamic calendar's months and
// feasts: "10 Dhu al-Hijjah 1443", "Eid al-Adha" are dates, not people.
var islamicCalendar = words(`eid dhu muharram safar rabi jumada rajab sha'ban shaban ramadan shawwal`)

// spanStatesAttorney: "(Assistant) State's Attorney", a US prosecutor's
// title, is no body's possessive: the person after it is the actor.
func (x *extractor) spanStatesAttorney(s spanAt) (pending, verdict) {
	toks, a, b := s.toks, s.a, s.b
	if toks[b-1].n != "State" || s.n() > 2 || s.n() == 2 && !wordIs(toks, a, "assistant", "deputy") || !wordIs(toks, b, "'s") || !wordIs(toks, b+1, "attorney") {
		return pending{}, pass
	}
	markUsed(s.used, a, b)
	return pending{}, found
}

// spanHyphenCountries: "UK-Albania" names both countries.
func (x *extractor) spanHyphenCountries(s spanAt) (pending, verdict) {
	toks, a := s.toks, s.a
	if s.n() != 1 || !strings.Contains(toks[a].n, "-") || x.countryAt(s.si, a) != 0 {
		return pending{}, pass
	}
	parts := strings.Split(toks[a].n, "-")
	for _, p := range parts {
		if _, ok := countryForms()[formKey(p)]; !ok {
			return pending{}, pass
		}
	}
	if len(parts) <= 1 {
		return pending{}, pass
	}
	for _, p := range parts {
		f := countryForms()[formKey(p)]
		x.add(mention{sent: s.si, a: a, b: s.b, kind: mCountry, act: x.countryActor(f.c), surface: p})
	}
	return pending{}, found
}

// spanCountry: a whole country name, adjective or capital; a country's
// adjective before a language word, or standing for the language after
// "in", names no one ("a Spanish dual-language program", "French lessons",
// "spoke in Spanish through an interpreter").
func (x *extractor) spanCountry(s spanAt) (pending, verdict) {
	if x.countryAt(s.si, s.a) != s.n() {
		return pending{}, pass
	}
	// "the Digital Rights Circle (DRC) ... The DRC said": an
	// acronym the document spells out for a body is that body's, not a
	// country's.
	if s.n() == 1 && isAllCaps(s.toks[s.a].s) && x.definedAcronym(s.si, s.toks[s.a].s) {
		return pending{}, pass
	}
	f, _ := countryFormAt(s.toks, s.a)
	if f.kind != cmAdj || !languageAt(s.toks, s.b) && !languageObject(s.toks, s.a, s.b) {
		x.countryMention(s.si, s.a, s.b, f)
	}
	markUsed(s.used, s.a, s.b)
	return pending{}, found
}

// definedAcronym says the document of sentence si spells acr out in
// brackets after a name whose capitals are its letters: "the Digital
// Rights Circle (DRC)". Read once per document, when a country's acronym
// is first met.
func (x *extractor) definedAcronym(si int, acr string) bool {
	x.readAcronyms(si)
	return x.defined[acr]
}

// termAcronym says the document of sentence si spells acr out in brackets
// after words in lower case, a thing's: "Crimean-Congo haemorrhagic fever
// (CCHF)", "chronic obstructive pulmonary disease (COPD)"; not a body's
// ("the special investigation team (SIT)").
func (x *extractor) termAcronym(si int, acr string) bool {
	x.readAcronyms(si)
	return x.terms[acr]
}

// termLetters says the words before token i (a bracket) spell acr by
// their first letters (and those of their parts after hyphens), one of
// them in lower case.
func termLetters(toks []token, i int, acr string) bool {
	// "the special investigation team (SIT)": a body, in lower case.
	if l := lowerAt(toks, i-1); orgCueWords.has(l) || isOrgDescriptor(l) || l == "team" || l == "teams" {
		return false
	}
	want := strings.ToLower(acronymLetters(acr))
	lower := false
	for k := i - 1; k >= 0 && k >= i-8 && want != ""; k-- {
		t := toks[k]
		if t.kind != tWord {
			return false
		}
		parts := strings.Split(t.n, "-")
		for p := len(parts) - 1; p >= 0; p-- {
			r, _ := utf8.DecodeRuneInString(parts[p])
			if r == utf8.RuneError || want == "" || !strings.HasSuffix(want, string(unicode.ToLower(r))) {
				return false
			}
			want = want[:len(want)-len(string(unicode.ToLower(r)))]
		}
		if !t.upper() {
			lower = true
		}
	}
	return want == "" && lower
}

// readAcronyms reads, once per document, the acronyms it spells out in
// brackets (definedAcronym, termAcronym).
func (x *extractor) readAcronyms(si int) {
	doc := x.doc(si)
	if x.defined == nil || x.definedDoc != doc {
		x.defined, x.terms, x.definedDoc = map[string]bool{}, map[string]bool{}, doc
		first := si
		for first > 0 && x.doc(first-1) == doc {
			first--
		}
		for s := first; s < len(x.sents) && x.doc(s) == doc; s++ {
			toks := x.sents[s].toks
			for i := range toks {
				if !acronymAt(toks, i) {
					continue
				}
				a := i
				for a > 0 && i-a < 10 && (isCapTok(toks[a-1]) || connectors.has(toks[a-1].lower()) || wordIs(toks, a-1, "and", "the")) {
					a--
				}
				if wordIs(toks, a, "the") {
					a++
				}
				// Not a country's own name: "the United Arab Emirates (UAE)".
				if a < i && acronymLetters(toks[i+1].s) == initialsOf(toks, a, i) && countryAt(toks, a) != i-a {
					x.defined[toks[i+1].s] = true
				} else if termLetters(toks, i, toks[i+1].s) {
					x.terms[toks[i+1].s] = true
				}
			}
		}
	}
}

// inChargeAt says the run of capitals at a goes on an office that "in"
// cut: "Special Agent in Charge Douglas R. Whitaker".
func inChargeAt(toks []token, a int) bool {
	return toks[a].n == "Charge" && a >= 2 && wordIs(toks, a-1, "in") && (titleWords.has(toks[a-2].lower()) || toks[a-2].n == "Agent")
}

// spanPersonOfFirm: `"...," said Megan Liu of Redfern Research`, "Lena Marsh
// of KPDL": a person, then where the person works (a body by its cue word
// or its acronym). "University of Oxford" has one word before "of".
func (x *extractor) spanPersonOfFirm(s spanAt) (pending, verdict) {
	toks, a, b := s.toks, s.a, s.b
	k := indexWord(toks, a, b, "of")
	if k-a < 2 || k-a > 4 || k+1 >= b || hasOrgCue(toks, a, k) || lastTitle(toks, a, k) >= 0 || inChargeAt(toks, a) || notNameWords.has(toks[k-1].lower()) ||
		!(givenNames.has(toks[a].lower()) || a >= 1 && speechVerb(toks[a-1].lower()) || hasOrgCue(toks, k+1, b) || possessiveOrgCue(toks, b) || acronymAt(toks, b) || b == k+2 && isAcronym(toks[k+1].s) ||
			// "the Minister of State for Electoral Reform, Dervla Ní
			// Bhriain of Comhar, said": a person's apposition.
			a > 0 && toks[a-1].n == "," && x.personContext(s.si, a, b)) ||
		x.countryAt(s.si, a) != 0 || isAcronym(toks[a].s) {
		return pending{}, pass
	}
	role := x.text(s.si, k, b)
	if possessiveOrgCue(toks, b) {
		role = x.text(s.si, k, b+2) // "of New People's Party"
	}
	x.person(s.si, a, k, role)
	markUsed(s.used, a, k)
	next := k + 1
	if wordIs(toks, next, "the") {
		next++
	}
	// The tagger may read the body as a person ("Raymond Chan of People
	// Power"); no one is a person's "of".
	for _, t := range x.tagged[s.si] {
		if t.a == next && t.b == b && t.typ == briefings.ActorPerson && x.countryAt(s.si, next) == 0 && !anyUsed(s.used, next, b) {
			x.org(s.si, next, b, s.used)
			return pending{}, found
		}
	}
	return restFrom(s, next)
}

// possessiveOrgCue says the name ending at b goes on as a body's name in
// the possessive, "New People's Party", "Workers' Party".
func possessiveOrgCue(toks []token, b int) bool {
	return b+1 < len(toks) && (toks[b].n == "'s" || toks[b].n == "'") && orgCueWords.has(toks[b+1].lower())
}

// spanTitleName: a title before a name, "Albanian Prime Minister Edi
// Rama", "Secretary of State Antony Blinken"; not a title that ends a
// body's name, "Ministry of Justice", "Office of the President"; but
// "Minister of Territorial Administration" is an office, though
// "Administration" names bodies.
func (x *extractor) spanTitleName(s spanAt) (pending, verdict) {
	toks, a, b := s.toks, s.a, s.b
	officeOf := func(t int) bool {
		return t+1 < b && nextIs(toks, t, "of", "for") && !hasOrgCue(toks, a, t)
	}
	t := lastTitle(toks, a, b)
	// "Detective Garda Siobhán Ní Bhraonáin": an Irish police officer's
	// rank after a title is the title's ("Garda" alone is the force).
	if t >= a && t+2 < b && toks[t+1].n == "Garda" {
		t++
	}
	// "Justice R. Wayne Lindqvist of the Ontario Superior Court of
	// Justice": a title in the name of the body the person is "of" is
	// the body's; the person's is the one before the name.
	if k := indexWord(toks, a, b, "of"); k > a && t > k && indexWord(toks, k, b, "and") < 0 {
		if t0 := lastTitle(toks, a, k); t0 >= 0 && t0+1 < k && isCapTok(toks[t0+1]) {
			t = t0
		}
	}
	// "Trial Attorney Kenji T. Abernathy of CCIPS and Assistant U.S.
	// Attorney Maria Lopez": two titled people, each with an office.
	if t > a {
		if k := indexWord(toks, a, t, "and"); k > a {
			if t1 := lastTitle(toks, a, k); t1 >= 0 && t1+2 < k && isCapTok(toks[t1+1]) && isCapTok(toks[t1+2]) && !titleWords.has(toks[t1+1].lower()) {
				sub := s
				sub.b = k
				if _, v := x.spanTitleName(sub); v == found {
					return restFrom(s, k+1)
				}
			}
		}
	}
	// "Special Agent in Charge Douglas R. Whitaker": the office runs over
	// "in", which ends a run of capitals.
	inCharge := t < 0 && inChargeAt(toks, a)
	if inCharge {
		t = a
	}
	// "Inspector Gary Lowe of the Leicester City Centre neighbourhood
	// team": the titled person, then the body they belong to.
	// "Garda Sergeant Martina Culleton of Kilcarrig Garda Station",
	// "Inspector Meena Gaikwad of the Tilak Road traffic division": so
	// too before a place.
	if t >= 0 && (hasOrgCue(toks, t+1, b) || indexWord(toks, t+1, b, "of") > 0 && indexWord(toks, a, min(b+1, len(toks)), "and") < 0) && !officeOf(t) && !titleInOrgName(toks, a, t) {
		if k := indexWord(toks, t+1, b, "of"); k >= t+3 && k <= t+4 && !hasOrgCue(toks, t+1, k) && k+1 < b {
			sub := s
			sub.b = k
			if _, v := x.spanTitleName(sub); v == found {
				next := k + 1
				if wordIs(toks, next, "the") {
					next++
				}
				return restFrom(s, next)
			}
		}
	}
	// "the General Data Protection Regulation": a law, whatever word
	// opens it.
	if t < 0 || hasOrgCue(toks, t+1, b) && !officeOf(t) || titleInOrgName(toks, a, t) || knownOrgs.has(x.text(s.si, a, b)) || s.n() >= 3 && lawWords.has(toks[b-1].s) {
		return pending{}, pass
	}
	// "Michel Mayor and Didier Queloz": a given name (of the lists, or
	// the tagger's), then a title that ends the span, is a person whose
	// surname is an office ("Mayor" had been read as the title of the
	// next person named).
	if s.n() == 2 && t == a+1 && !titleWords.has(toks[a].lower()) && !roleModifiers.has(toks[a].lower()) &&
		(knownGivenName(toks[a].lower()) || x.taggedPerson(s.si, a, a+1) || x.taggedPerson(s.si, a, b)) &&
		!x.namesBody(s.si, a, a+1) && !(a > 0 && (determiners.has(toks[a-1].lower()) || roleModifiers.has(toks[a-1].lower()))) {
		x.person(s.si, a, b, "")
		markUsed(s.used, a, b)
		return pending{}, found
	}
	// "Martin Luther King Jr.", "Martin Luther King, Jr.": a title word
	// followed by a generation's suffix is part of a name; a suffix
	// begins no one's name.
	if t > a && (t+1 < b && nameSuffixes.has(toks[t+1].lower()) || t+1 == b && wordIs(toks, b, ",") && b+1 < len(toks) && nameSuffixes.has(toks[b+1].lower())) {
		return pending{}, pass
	}
	ns := t + 1
	// "Foreign Minister Prince Faisal bin Farhan": a royal or religious
	// honorific after an office belongs to the name.
	if honorifics.has(toks[t].lower()) && t > a {
		if t2 := lastTitle(toks, a, t); t2 >= 0 && t2 == t-1 && !honorifics.has(toks[t2].lower()) {
			ns, t = t, t2
		}
	}
	if ns < b && wordIs(toks, ns, "of", "for") {
		// "Secretary of State Antony Blinken", "Prime Minister of Albania"
		rest := ns + 1
		if rest < b && wordIs(toks, rest, "the") {
			rest++
		}
		if cn := x.countryAt(s.si, rest); cn > 0 && rest+cn == b {
			ns = b
		} else if hasOrgCue(toks, b-1, b) && b-rest >= 3 && wordIs(toks, ns+1, "the") {
			// "the Chief Medical Director of the Oke-Ogun Specialist
			// Hospital": an office and a body of three words or more
			// after "of the", which ends the run, no one named (the
			// person, if any, comes after the comma); not a portfolio,
			// "Minister of Territorial Administration".
			x.org(s.si, rest, b, s.used)
			markUsed(s.used, a, b)
			return pending{}, found
		} else if b-rest >= 3 && !wordIs(toks, b-3, "for", "of", "and", "on") {
			ns = b - 2
		} else {
			// "the Minister of State for Electoral Reform, Dervla Ní
			// Bhriain": a portfolio after "for" is the office's, and the
			// person, if any, comes after the comma.
			ns = b
		}
	}
	roleStart := x.roleStart(s.si, a)
	if inCharge {
		roleStart = a - 2
		for roleStart > 0 && isCapTok(toks[roleStart-1]) {
			roleStart--
		}
	}
	roleEnd := t + 1
	if ns > roleEnd && ns < b {
		roleEnd = ns // "Secretary of State" before "Antony Blinken"
	}
	role := ""
	if !nameTitles.has(toks[t].lower()) || t > a {
		role = x.text(s.si, roleStart, roleEnd)
		if nameTitles.has(toks[t].lower()) {
			role = x.text(s.si, roleStart, t)
		}
	}
	x.countriesIn(s.si, roleStart, ns)
	x.employerBeforeTitle(s, t)
	markUsed(s.used, roleStart, b)
	x.titledName(s, t, ns, roleStart, role)
	return pending{}, found
}

// corporateTitles are titles held at a firm or an institution, not over a
// place: the capitalized words before them name the employer ("Apple CEO
// Tim Cook"), where before "Mayor" or "Governor" they name a city or a
// state.
var corporateTitles = words(`ceo cfo coo cto chairman chairwoman founder co-founder president
	spokesman spokeswoman spokesperson`)

// partisanWords are capitalized adjectives of party before a title
// ("Republican Senator"), not a body.
var partisanWords = words(`republican democratic democrat conservative liberal socialist communist independent`)

// employerBeforeTitle notes the body named right before a corporate
// title of span s, whose last title word is at t: "Apple CEO Tim Cook",
// "former Chrysler President Tom LaSorda". The employer is an actor of the
// text (resolveEmployers); the role keeps its words too.
func (x *extractor) employerBeforeTitle(s spanAt, t int) {
	toks := s.toks
	k := t
	for k > s.a && titleWords.has(toks[k-1].lower()) {
		k--
	}
	corporate := false
	for i := k; i <= t; i++ {
		corporate = corporate || corporateTitles.has(toks[i].lower())
	}
	p := s.a
	if wordIs(toks, p, "former", "ex") {
		p++
	}
	// "a Fianna Fáil TD", "Labour MP": a known body before any title is
	// the holder's party or employer.
	// "the Saskatchewan Party MLA for Wolverine Plains": so is a party.
	if p < k && (knownOrgs.has(x.text(s.si, p, k)) || k-p >= 2 && toks[k-1].n == "Party") && !anyUsed(s.used, p, k) {
		x.employers = append(x.employers, pending{sent: s.si, a: p, b: k})
		return
	}
	// A name with a body's cue word is a body of its own, often part of
	// another ("Ecowas Commission President", "Board President"), which
	// the name rules read where the text names it; a firm's legal suffix
	// is no such word ("Apple Inc. CEO").
	if !corporate || p >= k || k-p > 3 || anyUsed(s.used, p, k) {
		return
	}
	for i := p; i < k; i++ {
		if l := toks[i].lower(); orgCueWords.has(l) && !corporateSuffixes.has(l) {
			return
		}
	}
	for i := p; i < k; i++ {
		l := toks[i].lower()
		if !isCapTok(toks[i]) || titleWords.has(l) || roleModifiers.has(l) || partisanWords.has(l) || x.countryAt(s.si, i) != 0 || isDateWord(toks, i) {
			return
		}
	}
	x.employers = append(x.employers, pending{sent: s.si, a: p, b: k})
}

// spanGivenNameCountry: a given name that is also a country or a capital,
// `said Sofia Restrepo`, "Jordan Hale, who ...".
func (x *extractor) spanGivenNameCountry(s spanAt) (pending, verdict) {
	toks, a, b := s.toks, s.a, s.b
	if n := s.n(); n < 2 || n > 3 || !givenNames.has(toks[a].lower()) || x.countryAt(s.si, a) != 1 || hasOrgCue(toks, a, b) || x.countryAt(s.si, a+1) != 0 ||
		!x.personEvidence(s.si, a, b) || !x.personContext(s.si, a, b) && !x.taggedAs(s.si, a, b, briefings.ActorPerson) {
		return pending{}, pass
	}
	role, kind := x.descriptorAfter(s.si, b)
	if kind != briefings.ActorPerson {
		role = ""
	}
	x.person(s.si, a, b, role)
	markUsed(s.used, a, b)
	return pending{}, found
}

// spanLowerCouncil: a local council written in lower case, as British
// papers do, "Lowbridge council", "Kensington and Chelsea council": the
// place and "council" name the body.
func (x *extractor) spanLowerCouncil(s spanAt) (pending, verdict) {
	toks, a, b := s.toks, s.a, s.b
	if b >= len(toks) || toks[b].n != "council" || s.n() > 4 || hasOrgCue(toks, a, b) || x.countryAt(s.si, a) != 0 || x.knownPerson(s.si, a, b) {
		return pending{}, pass
	}
	for i := a; i < b; i++ {
		if toks[i].kind != tWord || isAllCaps(toks[i].s) && len(toks[i].s) > 1 {
			return pending{}, pass
		}
	}
	x.org(s.si, a, b+1, s.used)
	return pending{}, found
}

// taggedAs says the tagger reads exactly [a,b) of sentence si as typ:
// "According to Sofia Marchetti, head of ...", a given name that is also
// a capital, in a context the tagger learned and the rules do not list.
func (x *extractor) taggedAs(si, a, b int, typ string) bool {
	for _, t := range x.tagged[si] {
		if t.a == a && t.b == b && t.typ == typ {
			return true
		}
	}
	return false
}

// landFeatures name a place after a country's name: "Niger Delta".
var landFeatures = words(`delta basin river valley canal peninsula sea strait mountains highlands plateau desert city
	rainforest lowlands coast`)

// spanCountryPrefix: a country before the rest, "US Treasury Department",
// "Iranian Embassy", "Iranian Telegram": the country, then the body or
// whatever the rest names.
func (x *extractor) spanCountryPrefix(s spanAt) (pending, verdict) {
	toks, si, a, b := s.toks, s.si, s.a, s.b
	if cn := x.countryAt(si, a); cn == 0 || cn >= s.n() {
		return pending{}, pass
	}
	f, cn := countryFormAt(toks, a)
	// "the Niger Delta", "Mexico City", "the Congo Basin": a country's
	// name before a feature of the land is a place, not the country.
	if f.kind == cmName && s.n() == cn+1 && landFeatures.has(toks[a+cn].lower()) {
		markUsed(s.used, a, b)
		return pending{}, found
	}
	// "Washington D.C.": a capital and the abbreviation of its district
	// or state are one place.
	if f.kind == cmCapital && s.n() == cn+1 && dottedInitials(toks[a+cn].s) {
		x.countryMention(si, a, a+cn, f)
		markUsed(s.used, a, b)
		return pending{}, found
	}
	// "Bangladesh Sangbad Sangstha (BSS)": the acronym spells the whole.
	if acronymAt(toks, b) && initials(x.text(si, a, b)) == strings.ToUpper(toks[b+1].s) {
		x.org(si, a, b, s.used)
		return pending{}, found
	}
	if knownOrgs.has(x.text(si, a+cn, b)) {
		if f.kind != cmCapital {
			x.add(mention{sent: si, a: a, b: a + cn, kind: mCountry, act: x.countryActor(f.c)})
		}
		x.org(si, a+cn, b, s.used)
		return pending{}, found
	}
	if hasOrgCue(toks, a+cn, b) {
		// "Iranian Foreign Ministry" speaks for Iran; the American
		// Astronomical Society and British Airways for no country.
		if f.kind == cmName || f.kind == cmAdj && anyWordIn(toks, a+cn, b, govHeads) {
			x.add(mention{sent: si, a: a, b: a + cn, kind: mCountry, act: x.countryActor(f.c)})
		}
		x.org(si, a, b, s.used)
		return pending{}, found
	}
	x.countryMention(si, a, a+cn, f)
	markUsed(s.used, a, a+cn)
	return restFrom(s, a+cn)
}

// spanOrg: an organization by a cue word, a known name, an acronym, or
// an acronym and a place ("CPS Wessex", "UNICEF Bangladesh").
func (x *extractor) spanOrg(s spanAt) (pending, verdict) {
	toks, a, b, n := s.toks, s.a, s.b, s.n()
	// "Retailer Fennimore Stores plc was a bright spot", "Insurer Aviva
	// rose", "Champions Eindhoven bounced back": a wire's descriptor, capitalized only because it opens the
	// sentence, is no part of the name after it. Agent nouns only
	// ("Airline Pilots Association", "Bank of England" keep their first
	// word), and not before a bare suffix ("Carrier Corp").
	if l := toks[a].lower(); n >= 2 && a == leadInEnd(toks) && !orgCueWords.has(toks[a+1].lower()) &&
		(isOrgDescriptor(l) && !orgCueWords.has(l) && strings.HasSuffix(l, "er") || sportsDescriptors.has(l) && x.sportsDoc(x.sents[s.si].doc)) {
		return restFrom(s, a+1)
	}
	// "told The Globe and Mail": a title a capitalized "The" opens in
	// mid-sentence, "and" and all, is one body (a paper, a firm).
	if n == 3 && wordIs(toks, a+1, "and") && a >= 2 && toks[a-1].n == "The" && toks[a-2].kind == tWord && !x.personEvidence(s.si, a, a+1) {
		x.org(s.si, a, b, s.used)
		return pending{}, found
	}
	// "section 120-B of the IPC": a code of law its sections are of.
	if n == 1 && isAllCaps(toks[a].s) && wordIs(toks, a-1, "the") && wordIs(toks, a-2, "of") && anyWordIn(toks, max(0, a-7), a-2, sectionWords) {
		markUsed(s.used, a, b)
		return pending{}, found
	}
	// "the 2012 E.C. budget year", "the 2081 BS budget": a calendar's era
	// after a year, no body.
	if n == 1 && a >= 1 && toks[a-1].kind == tNum && len(toks[a-1].n) == 4 && calendarEras.has(strings.ReplaceAll(toks[a].s, ".", "")) {
		markUsed(s.used, a, b)
		return pending{}, found
	}
	// "Directive 92/43/EEC": an acronym closing a code of numbers and
	// slashes is the code's, no body acting.
	if n == 1 && a >= 2 && toks[a-1].n == "/" && toks[a-2].kind == tNum {
		markUsed(s.used, a, b)
		return pending{}, found
	}
	// "Crimean-Congo haemorrhagic fever (CCHF) ... CCHF is spread by
	// ticks": an acronym spelled out for a thing names no body.
	if n == 1 && isAllCaps(toks[a].s) && x.termAcronym(s.si, toks[a].s) {
		markUsed(s.used, a, b)
		return pending{}, found
	}
	// "Treasury yields", "Treasury bills": the government's debt, not the
	// department.
	if n == 1 && toks[a].lower() == "treasury" && wordIs(toks, b, "yields", "yield", "bonds", "bond", "notes", "bills", "securities", "market", "markets", "auction", "auctions", "prices") {
		markUsed(s.used, a, b)
		return pending{}, found
	}
	// "Labour costs will rise", capitalized to open a sentence or a
	// quotation: work, not the party.
	if n == 1 && wordIs(toks, a, "labour", "labor") && wordIs(toks, b, "costs", "cost", "market", "markets", "shortage", "shortages", "force", "productivity", "supply") {
		markUsed(s.used, a, b)
		return pending{}, found
	}
	// No one: a page's label ("Press Release: New Zealand Defence
	// Force"), a bill by its number ("Senate Bill 112", "House Bill
	// 1187"), the sovereign's consent ("the Royal assent"), a seat's
	// district, a place ("the 68th Assembly District", "Colorado's 8th
	// Congressional District").
	pageLabel := n == 2 && wordIs(toks, a, "press", "news", "media") && wordIs(toks, a+1, "release", "releases", "enquiries", "contact", "contacts")
	bill := n == 2 && wordIs(toks, a+1, "bill") && b < len(toks) && toks[b].kind == tNum
	assent := n <= 2 && wordIs(toks, a, "royal") && wordIs(toks, a+1, "assent") || n == 1 && wordIs(toks, a, "royal") && wordIs(toks, b, "assent")
	seat := n >= 2 && toks[b-1].n == "District" && wordIs(toks, b-2, "assembly", "congressional", "senate", "legislative", "house", "electoral", "council")
	if pageLabel || bill || assent || seat {
		markUsed(s.used, a, b)
		return pending{}, found
	}
	// "Kessler Automobil AG (KSLG.DE)": a stock ticker names the firm
	// before it, no body of its own.
	if n == 1 && tickerAt(toks, a) {
		markUsed(s.used, a, b)
		return pending{}, found
	}
	acr := isAcronym(toks[a].s) && !notOrgAcronyms.has(toks[a].s) && !pluralAcronym(toks[a].s) && !unitSymbol(toks[a].s) && !(n == 1 && biologyAfter(toks, b)) &&
		!isAllCapsWord(toks, a) && !identifierAt(toks, a) && !currencyAt(toks, a)
	// "Charles Bolden, NASA Administrator": a body's acronym and a title
	// is an office; the body is the acronym alone.
	if acr && n == 2 && (titleWords.has(toks[a+1].lower()) || roleHeads.has(toks[a+1].lower())) {
		x.org(s.si, a, a+1, s.used)
		markUsed(s.used, a, b)
		return pending{}, found
	}
	// "NTU Hospital Station", "Wright-Patterson Air Force Base": a name
	// that ends in a kind of place is that place, though a body's cue word
	// is inside it.
	// "the Gold Reserve Act", "the Paris Accord": a law or a treaty is
	// what bodies made, not a body. Title case only ("ACT" is a party).
	// "the UEFA Cup", "the World Cup": a competition, no body.
	// ("State Administration for Market Regulation" is a body: a
	// body's cue before "Regulation", the field it regulates.)
	if n >= 2 && lawWords.has(toks[b-1].s) && !(strings.HasPrefix(toks[b-1].s, "Regulation") && hasOrgCue(toks, a, b-1)) || n >= 2 && toks[b-1].n == "Cup" {
		x.countriesIn(s.si, a, b)
		markUsed(s.used, a, b)
		return pending{}, found
	}
	if n >= 2 && facilityWords.has(toks[b-1].lower()) && !knownOrgs.has(x.text(s.si, a, b)) {
		markUsed(s.used, a, b)
		return pending{}, found
	}
	// "Marchbank told members", after "Fiona Marchbank": the surname of
	// a person the document named, though it ends in "bank".
	if n == 1 && bankCompound(toks[a].lower()) && !orgCueWords.has(toks[a].lower()) && x.bySurname(toks[a].lower(), x.doc(s.si)) != nil {
		return pending{}, pass
	}
	// "Amnesty International", "Transparency International": a body
	// named for its reach ("... International Airport" is a place, above).
	if hasOrgCue(toks, a, b) || n >= 2 && n <= 3 && toks[b-1].n == "International" || knownOrgs.has(x.text(s.si, a, b)) || n == 1 && knownAcronymTitled(toks[a].s) || indexWord(toks, a, b, "&") > a ||
		acr && (n == 1 || n == 2 && !isAcronym(toks[a+1].s) && !creditWords.has(toks[a+1].lower())) {
		x.org(s.si, a, b, s.used)
		return pending{}, found
	}
	return pending{}, pass
}

// spanInitialsSurname: dotted initials before a capitalized word, "K.C.
// Maurer", "A.S. Heagle", are a person's, not an acronym's body; a
// country's ("U.S. Steel") and a body's cue word ("J.P. Morgan Bank") are
// read by the rules after.
func (x *extractor) spanInitialsSurname(s spanAt) (pending, verdict) {
	toks, a, b := s.toks, s.a, s.b
	if x.countryAt(s.si, a) != 0 || hasOrgCue(toks, a, b) || isAcronym(toks[b-1].s) || toks[b-1].kind != tWord {
		return pending{}, pass
	}
	// "N. Sankaranarayanan Pillai": an initial and two names, as the
	// South Asian press writes them; "Pádraig Ó Súilleabháin", "Aoife Ní
	// Bhriain": a Gaelic surname's particle between two names.
	initial := dottedInitials(toks[a].s) || oneInitial(toks[a].s)
	switch {
	case s.n() == 2 && initial:
	case s.n() == 3 && initial && !isAcronym(toks[a+1].s):
	case s.n() >= 3 && s.n() <= 4 && gaelicParticles.has(toks[a+1].s) && !isAcronym(toks[a].s):
	default:
		return pending{}, pass
	}
	x.person(s.si, a, b, "")
	markUsed(s.used, a, b)
	return pending{}, found
}

// spanNameGivenOnly: the one name someone the text describes gave,
// "a retired teacher ... who gave only her first name, Hannelore", "a
// shopkeeper who identified himself only as Tomasz", "who gave her name
// only as Ruth": a person, though one word.
func (x *extractor) spanNameGivenOnly(s spanAt) (pending, verdict) {
	toks, a := s.toks, s.a
	if s.n() > 2 || givenNameAt(toks, a) < 0 {
		return pending{}, pass
	}
	x.person(s.si, a, s.b, "")
	markUsed(s.used, a, s.b)
	return pending{}, found
}

// givenNameAt is where the words that say the name at a is all someone
// gave of it begin ("gave only her first name, Hannelore", "identified
// himself only as Tomasz", "gave her name only as Ruth"), or -1.
func givenNameAt(toks []token, a int) int {
	k := a - 1
	switch {
	case wordIs(toks, k, ","):
		k--
	case wordIs(toks, k, "as"):
		k--
		if wordIs(toks, k, "only") {
			k--
		}
	default:
		return -1
	}
	if wordIs(toks, k, "name") {
		if wordIs(toks, k-1, "first", "given") {
			k--
		}
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if wordIs(toks, j, "gave", "give", "gives", "giving", "offered") {
				return j
			}
		}
		return -1
	}
	if wordIs(toks, k, "himself", "herself", "themselves") {
		k--
	}
	if wordIs(toks, k, "identified", "identifying") {
		return k
	}
	return -1
}

// gaelicParticles stand between an Irish or Scottish given name and the
// surname they begin: "Ó", "Ní", "Mac", "Nic", "Uí", "Mhic".
var gaelicParticles = words(`Ó Ní Mac Nic Uí Mhic`)

// oneInitial says w is one capital and its dot, "H." of "H. Bakker", the
// wires' way with umpires, scorers and lists of names.
func oneInitial(w string) bool {
	return len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.'
}

// dottedInitials says w is two or three capitals, each with its dot:
// "K.C.", "J.R.R.".
func dottedInitials(w string) bool {
	n := 0
	for i := 0; i < len(w); i += 2 {
		if i+1 >= len(w) || w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
		n++
	}
	return n >= 2 && n <= 3
}

// spanPostNominal: a short capitalized abbreviation set off by commas
// right after a person's name is a letter after the name (a rank, an
// honour, a degree: "Mark Tedeschi, QC,", "Tom Molomby, SC, said", "Jane
// Roe, OBE."), not a body: a body after a name comes with "of", "at" or
// "from".
func (x *extractor) spanPostNominal(s spanAt) (pending, verdict) {
	toks, a := s.toks, s.a
	// "Simon Pryce QC said": the letters right after the name, no comma
	// between; the person is the name before them.
	if b := s.b; s.n() >= 3 && s.n() <= 4 && postNominals.has(toks[b-1].s) && capsIn(toks, a, b-1) == b-1-a && !hasOrgCue(toks, a, b-1) && x.countryAt(s.si, a) == 0 {
		x.person(s.si, a, b-1, "")
		markUsed(s.used, a, b)
		return pending{}, found
	}
	if s.n() != 1 || utf8.RuneCountInString(strings.ReplaceAll(toks[a].s, ".", "")) > 3 || !isAcronym(toks[a].s) || !prevIs(toks, a, ",") ||
		!(a+1 >= len(toks) || toks[a+1].kind == tPunct && strings.Contains(",.;)", toks[a+1].n)) {
		return pending{}, pass
	}
	for _, m := range x.mentions[s.si] {
		if m.kind == mPerson && m.b == a-1 {
			markUsed(s.used, a, s.b)
			return pending{}, found
		}
	}
	return pending{}, pass
}

// postNominals are letters a person's name is written with, after it:
// "Simon Pryce QC", "Jane Roe OBE", "Tom Lee MP", a fellowship's
// "Ingrid Halvorsen-Muir FRS".
var postNominals = words(`QC KC SC MP MEP MSP TD MLA MPP MNA OBE MBE CBE KBE DBE GBE FRS FRSE FBA FREng FMedSci FRCP FRCS`)

// unitSymbol says w is a unit of frequency, "GHz", "MHz": the capitals
// of a unit, not of a body. ("SUVs", the plural of a word that is no
// body's acronym, is left out with it above.)
func unitSymbol(w string) bool {
	return len(w) == 3 && strings.HasSuffix(w, "Hz")
}

// spanAcronymAfter: a name followed by its acronym in brackets is a body.
func (x *extractor) spanAcronymAfter(s spanAt) (pending, verdict) {
	if !acronymAt(s.toks, s.b) {
		return pending{}, pass
	}
	// "Jerzy Malinowski (PSL)", "Marianne Hofreiter (CSU)": a person and
	// the party in brackets, whose letters are not the name's.
	if toks := s.toks; s.n() >= 2 && s.n() <= 3 && !hasOrgCue(toks, s.a, s.b) && acronymLetters(toks[s.b+1].s) != initialsOf(toks, s.a, s.b) &&
		(givenNames.has(toks[s.a].lower()) || x.taggedPerson(s.si, s.a, s.b)) {
		x.person(s.si, s.a, s.b, "")
		markUsed(s.used, s.a, s.b)
		return pending{}, found
	}
	x.org(s.si, s.a, s.b, s.used)
	if role, kind := x.descriptorAfter(s.si, s.b); kind == briefings.ActorOrganization {
		x.setRole(s.si, s.a, role)
	}
	return pending{}, found
}

// taggedPerson says the tagger read tokens [a,b) of sentence si as one
// person's name.
func (x *extractor) taggedPerson(si, a, b int) bool {
	for _, t := range x.tagged[si] {
		if t.a == a && t.b == b && t.typ == briefings.ActorPerson {
			return true
		}
	}
	return false
}

// nameJoiners open the family part of a name of several words, after a
// given name: "Ben Mustapha", "Abu Shakra", "Kumar Bhardwaj".
var nameJoiners = words(`ben bin ibn bint abu al el shah kumar singh ould`)

// givenNameBefore says token a-1 of span s, unread, is a plain name that
// may open a person's: no title, role, country, date, body or common word.
func (x *extractor) givenNameBefore(s spanAt, a int) bool {
	k := a - 1
	t := s.toks[k]
	l := t.lower()
	return !s.used[k] && t.kind == tWord && isCapTok(t) && !isAllCaps(t.n) && !titleWords.has(l) && !roleHeads.has(l) && !roleModifiers.has(l) &&
		!commonCapitalized.has(l) && !notNameWords.has(l) && x.countryAt(s.si, k) == 0 && !isDateWord(s.toks, k) && !x.namesBody(s.si, k, a) &&
		!nameParticles.has(l) && !strings.HasSuffix(l, "'s")
}

// namesBody says tokens [a,b) of sentence si are the name of a body, of
// the lists or of the text so far ("Airbus President", "former Chrysler
// President": the body's title).
func (x *extractor) namesBody(si, a, b int) bool {
	name := x.text(si, a, b)
	if knownOrgs.has(name) {
		return true
	}
	act, ok := x.byKey[normName(name)]
	return ok && act.typ != briefings.ActorPerson
}

// spanQuotedName: a name given in quotes after a description, a group
// known as "Rhysida", the company, called "X"; not the firm's "Earn"
// program.
func (x *extractor) spanQuotedName(s spanAt) (pending, verdict) {
	toks, a, b := s.toks, s.a, s.b
	closesAt := func(k int) bool { return k < len(toks) && (toks[k].kind == tDQ || toks[k].kind == tSQClose) }
	if a <= 1 || toks[a-1].kind != tDQ && toks[a-1].kind != tSQOpen || toks[a-2].n == "'s" || !(closesAt(b) || b < len(toks) && toks[b].n == "," && closesAt(b+1)) || s.n() > 4 {
		return pending{}, pass
	}
	// A possessive between opens another noun phrase: in "the team listed
	// their country as "Hope"", the name is the country's, not the team's.
	k := orgHeadBefore(toks, a-2, 4, func(t token) bool {
		return t.kind == tDQ || t.kind == tSQOpen || t.n == "." || possessiveDeterminers.has(t.lower())
	})
	if k < 0 {
		return pending{}, pass
	}
	x.org(s.si, a, b, s.used)
	x.setRole(s.si, a, toks[k].s)
	return pending{}, found
}

// spanAlsoKnownAs: another name of an actor the text has just named, "the
// Houthis, formally known as Ansar Allah", "Meta, formerly known as
// Facebook": an alias, not a second actor.
func (x *extractor) spanAlsoKnownAs(s spanAt) (pending, verdict) {
	toks, a := s.toks, s.a
	// "also known as Reza Ghassemi and Mohammad Reza Ghasemi-Nejad": back
	// over the names listed before this one to the "as".
	k := a - 1
	if k >= 0 && toks[k].kind == tDQ {
		k-- // `a/k/a "Bruce Karimi,"`
	}
	k, ok := backOverList(toks, k, 4, 3)
	if !ok {
		return pending{}, pass
	}
	var e int
	switch {
	case k >= 3 && wordIs(toks, k, "as") && wordIs(toks, k-1, "known") && wordIs(toks, k-2, "also", "formally", "officially", "formerly", "better", "widely"):
		e = k - 2
	case k >= 5 && wordIs(toks, k, "a") && wordIs(toks, k-1, "/") && wordIs(toks, k-2, "k") && wordIs(toks, k-3, "/") && wordIs(toks, k-4, "a"):
		e = k - 4 // "a/k/a", as courts and prosecutors write it
	default:
		return pending{}, pass
	}
	if toks[e-1].n == "," {
		e--
	}
	m, ok := x.mentionEndingAt(s.si, e)
	// "Vadim Pletnev-Orlov, a Russian citizen from Staten Island also
	// known as Arkadii Pletnev": the person the apposition is about, not
	// the place that closes it.
	if (!ok || m.act == nil || m.act.typ != briefings.ActorPerson) && s.n() >= 2 {
		if p, found := x.personOpening(s.si, e); found {
			m, ok = p, true
		}
	}
	if !ok || m.act == nil || m.kind == mRole {
		return pending{}, pass
	}
	x.add(mention{sent: s.si, a: a, b: s.b, kind: m.kind, act: m.act})
	m.act.addAlias(x.text(s.si, a, s.b))
	x.byKey[normName(x.text(s.si, a, s.b))] = m.act
	markUsed(s.used, a, s.b)
	return pending{}, found
}

// personOpening is the person named at the start of the apposition that
// runs up to token e of sentence si: "Vadim Pletnev-Orlov, a Russian
// citizen from Staten Island".
func (x *extractor) personOpening(si, e int) (mention, bool) {
	toks := x.sents[si].toks
	for c := e - 1; c > 0 && c >= e-16; c-- {
		if toks[c].n != "," {
			continue
		}
		n := c
		if c >= 2 && toks[c-1].kind == tNum && toks[c-2].n == "," {
			n = c - 2 // "Arkady Pletnyov, 51, a dual U.S.-Russian citizen"
		}
		if p, ok := x.mentionEndingAt(si, n); ok && p.act != nil && p.act.typ == briefings.ActorPerson && determiners.has(lowerAt(toks, c+1)) {
			return p, true
		}
		return mention{}, false
	}
	return mention{}, false
}

// backOverList walks back from token k, at the end of a list of names
// before the one read ("Storm-1873, UNC4411 and", "Reza Ghassemi and"), over
// at most items names of at most words capitals each, to the word before
// the list; ok is false when a separator has no name before it.
func backOverList(toks []token, k, words, items int) (int, bool) {
	for n := 0; n < items && k >= 2 && (toks[k].n == "," || wordIs(toks, k, "and", "or")); n++ {
		j := k - 1
		for j >= 0 && j >= k-words && isCapTok(toks[j]) {
			j--
		}
		if j == k-1 {
			return k, false
		}
		k = j
	}
	return k, true
}

// spanTrackedAs: the names other trackers give the threat actor the text
// has named, "refers to this activity as Storm-1873, UNC4411 and Pewter
// Kite", "clusters other vendors track as UNC5127": aliases of the last
// group named, not actors of their own.
func (x *extractor) spanTrackedAs(s spanAt) (pending, verdict) {
	toks, a := s.toks, s.a
	if s.n() > 3 {
		return pending{}, pass
	}
	// Back over the list before the name to its "as".
	k, ok := backOverList(toks, a-1, 3, len(toks))
	if !ok {
		return pending{}, pass
	}
	tracked := false
	switch {
	case wordIs(toks, k, "calls", "call", "dubs", "dub"):
		// "a cluster that Northmark Labs tracks as TG-2019 and that the
		// Dutch firm Vendelbo Cyber calls Quiet Heron": another firm's
		// name for it, in a sentence of tracking.
		for j := k - 1; j >= 0; j-- {
			tracked = tracked || trackingVerbs.has(toks[j].lower()) && wordIs(toks, j+1, "as")
		}
	case wordIs(toks, k, "as"):
		for j := k - 1; j >= 0 && j >= k-5 && toks[j].kind == tWord; j-- {
			tracked = tracked || trackingVerbs.has(toks[j].lower())
		}
	default:
		return pending{}, pass
	}
	if !tracked {
		return pending{}, pass
	}
	g := x.lastGroup(s.si, a)
	if g == nil {
		return pending{}, pass
	}
	name := x.text(s.si, a, s.b)
	x.add(mention{sent: s.si, a: a, b: s.b, kind: mOrg, act: g})
	g.addAlias(name)
	x.byKey[normName(name)] = g
	markUsed(s.used, a, s.b)
	return pending{}, found
}

// lastGroup is the group actor named last before token a of sentence si,
// in its document, or nil.
func (x *extractor) lastGroup(si, a int) *actor {
	for k := si; k >= 0 && x.sents[k].doc == x.sents[si].doc; k-- {
		ms := x.mentions[k]
		for i := len(ms) - 1; i >= 0; i-- {
			if m := ms[i]; m.act != nil && m.act.typ == briefings.ActorGroup && (k < si || m.b <= a) {
				return m.act
			}
		}
	}
	return nil
}

// memberPlurals are a party's members in a parliament, written after its
// name: "Labour MPs", "Fine Gael TDs".
var memberPlurals = words(`MPs MEPs TDs MSPs MLAs MKs MPPs MHAs`)

// spanPartyMembers: a party's name and its members, "Labour MPs said":
// the party is a body, the members no one's name.
func (x *extractor) spanPartyMembers(s spanAt) (pending, verdict) {
	toks, a, b := s.toks, s.a, s.b
	if s.n() < 2 || s.n() > 4 || !memberPlurals.has(toks[b-1].s) || x.countryAt(s.si, a) == b-1-a {
		return pending{}, pass
	}
	x.org(s.si, a, b-1, s.used)
	markUsed(s.used, a, b)
	return pending{}, found
}

// spanNamedAs: the same without quotes, "a group calling itself
// BlackVault", "a gang known as Scattered Spider".
func (x *extractor) spanNamedAs(s spanAt) (pending, verdict) {
	toks, a := s.toks, s.a
	if a < 2 || s.n() > 4 || !namingWords.has(toks[a-1].lower()) || prevIs(toks, a, "as") && !wordIs(toks, a-2, "known") {
		return pending{}, pass
	}
	k := orgHeadBefore(toks, a-2, 3, func(t token) bool { return t.kind != tWord })
	if k < 0 {
		return pending{}, pass
	}
	x.org(s.si, a, s.b, s.used)
	x.setRole(s.si, a, toks[k].s)
	return pending{}, found
}

// spanBased: "built by Edinburgh-based Northlight Launch", "a spokesperson
// for Northlight Launch": said of a company, not a person.
func (x *extractor) spanBased(s spanAt) (pending, verdict) {
	toks, a, n := s.toks, s.a, s.n()
	based := a >= 1 && n <= 4 && strings.HasSuffix(toks[a-1].lower(), "-based") && !x.personEvidence(s.si, a, s.b)
	if !based && !(a >= 2 && n <= 4 && prevIs(toks, a, "for") && wordIs(toks, a-2, "spokesperson", "spokesman", "spokeswoman")) {
		return pending{}, pass
	}
	// "a spokesperson for Ruiz-Carter": a person the text named, who has
	// spokespeople too.
	if !based && x.knownPerson(s.si, a, s.b) {
		return pending{}, pass
	}
	x.org(s.si, a, s.b, s.used)
	if based {
		x.setRole(s.si, a, toks[a-1].s)
	}
	return pending{}, found
}

// spanAtFirm: "analysts at Keller Brandt", "researchers from Citizen
// Lab": people's workplace.
func (x *extractor) spanAtFirm(s spanAt) (pending, verdict) {
	toks, a := s.toks, s.a
	if a < 2 || !prevIs(toks, a, "at", "from") || s.n() > 4 {
		return pending{}, pass
	}
	h := toks[a-2].lower()
	if !roleHeads.has(h) && !roleHeads.has(strings.TrimSuffix(h, "s")) && !wordIs(toks, a-2, "analysts", "researchers", "economists", "employees", "staff", "executives") {
		return pending{}, pass
	}
	// "a retired teacher from Droitwich": after "from", where someone
	// comes from is as often a place; a body needs its cue word or an
	// acronym, or a head that works for a firm ("an analyst from
	// Cazenove", "a spokesman from Boeing").
	if wordIs(toks, a-1, "from") && !hasOrgCue(toks, a, s.b) && !(s.n() == 1 && isAcronym(toks[a].s)) && !firmHeads.has(strings.TrimSuffix(h, "s")) {
		return pending{}, pass
	}
	x.org(s.si, a, s.b, s.used)
	if role, kind := x.descriptorAfter(s.si, s.b); kind == briefings.ActorOrganization {
		x.setRole(s.si, a, role)
	}
	return pending{}, found
}

// tickerAt says token i is a part of a stock ticker in parentheses, a
// symbol and its exchange's suffix: "(KSLG.DE)", "(AAPL.O)", "<RHCG.DE>",
// Bloomberg's symbol and exchange code: "(1799 HK)", "(VOD LN)", or a
// release's exchange and symbol: "(NYSE: TSRB)".
func tickerAt(toks []token, i int) bool {
	if bloombergTicker(toks, i) {
		return true
	}
	// A release's "(NYSE: TSRB)", "(Nasdaq: KLRX)": the symbol after its
	// exchange.
	if i >= 2 && toks[i].kind == tWord && isAllCaps(toks[i].s) && toks[i-1].n == ":" && exchanges.has(toks[i-2].s) {
		return true
	}
	caps := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].kind == tWord && strings.ToUpper(toks[k].s) == toks[k].s && toks[k].s != strings.ToLower(toks[k].s)
	}
	dot := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].n == "." }
	// Reuters writes its instrument codes in angle brackets: "<RHCG.DE>".
	paren := func(k int, p string) bool {
		return k >= 0 && k < len(toks) && (toks[k].n == p || p == "(" && toks[k].n == "<" || p == ")" && toks[k].n == ">")
	}
	// The symbol, then ".XX)"; the suffix, after "(SYMBOL.".
	// An exchange's suffix is of one or two letters, or three in angle
	// brackets ("<VLGN.RTS>", the Russian Trading System).
	suffix := func(k int) bool {
		return len(toks[k].s) <= 2 || len(toks[k].s) == 3 && k+1 < len(toks) && toks[k+1].n == ">"
	}
	return caps(i) && (paren(i-1, "(") && dot(i+1) && caps(i+2) && suffix(i+2) && paren(i+3, ")") && len(toks[i].s) >= 2 ||
		suffix(i) && dot(i-1) && caps(i-2) && paren(i-3, "(") && paren(i+1, ")"))
}

// exchanges are stock exchanges a release names before a firm's symbol,
// as written.
var exchanges = words(`NYSE Nasdaq NASDAQ AMEX LSE TSX TSXV ASX JSE NSE BSE HKEX SGX OTC OTCQX Euronext SIX`)

// bloombergTicker says token i is a part of "(SYMBOL CC)": a number or a
// symbol in capitals, then a two-letter exchange code.
func bloombergTicker(toks []token, i int) bool {
	code := func(k int) bool {
		return k >= 0 && k < len(toks) && len(toks[k].s) == 2 && isAllCaps(toks[k].s) && wordIs(toks, k+1, ")") && wordIs(toks, k-2, "(") &&
			(toks[k-1].kind == tNum || len(toks[k-1].s) <= 5 && isAllCaps(toks[k-1].s))
	}
	return code(i) || code(i+1)
}

// firmHeads are the people a firm's name follows with "from": "an analyst
// from Cazenove".
var firmHeads = words(`analyst spokesman spokeswoman spokesperson economist strategist executive researcher`)

// spanDescribedBefore: a name described by the words before it,
// "cybersecurity firm Mandiant", "his Turkish counterpart, Mevlut
// Cavusoglu". A one-word name ending its sentence is left to the rules
// after (the description is kept as used).
func (x *extractor) spanDescribedBefore(s spanAt) (pending, verdict) {
	role, kind, rs := x.descriptorBefore(s.si, s.a)
	// "a rewrite of the browser's memory manager, Tessellate's chief
	// security officer, Mireille Duchâtel-Ong": a name in apposition that
	// owns what comes after it is not what the words before describe
	// (without the comma it is: "localist group Youngspiration's Baggio
	// Leung").
	if kind == "" || s.n() > 5 || wordIs(s.toks, s.a-1, ",") && wordIs(s.toks, s.b, "'s", "’s") {
		return pending{}, pass
	}
	// "Senator John Cornyn, Republican from Texas": a person's name the
	// rules read already, and a comma, come before: the span is said of
	// that person.
	for _, m := range x.mentions[s.si] {
		if m.kind == mPerson && m.a >= rs && m.b == s.a-1 && s.toks[m.b].n == "," {
			return pending{}, pass
		}
	}
	markUsed(s.used, rs, s.a)
	if kind == briefings.ActorOrganization && !x.nameSaysPerson(s.si, s.a, s.b, role) {
		x.org(s.si, s.a, s.b, s.used)
		x.setRole(s.si, s.a, role)
		return pending{}, found
	}
	// "Orrin chairman Stephen Marsh": the firm before a corporate title
	// in lower case is the employer, an actor too (as "Apple CEO Tim
	// Cook").
	if t := s.a - 1; t-rs >= 1 && t-rs <= 3 && corporateTitles.has(s.toks[t].lower()) && !s.toks[t].upper() {
		// Not a word capitalized for opening the sentence ("Local
		// president Frank Ostrowski").
		firm := !(rs == leadInEnd(s.toks) && (commonCapitalized.has(s.toks[rs].lower()) || determiners.has(s.toks[rs].lower())))
		for k := rs; k < t; k++ {
			firm = firm && isCapTok(s.toks[k]) && x.countryAt(s.si, k) == 0 && !titleWords.has(s.toks[k].lower())
		}
		if firm {
			x.employers = append(x.employers, pending{sent: s.si, a: rs, b: t})
		}
	}
	if s.n() >= 2 || s.b < len(s.toks) {
		// "disco club owner Steve Rubell of Studio 54": the person is the
		// name before "of"; what follows is where they work.
		b := s.b
		if k := indexWord(s.toks, s.a, s.b, "of"); k-s.a >= 2 {
			b = k
		}
		x.person(s.si, s.a, b, role)
		markUsed(s.used, s.a, b)
		if b < s.b {
			return restFrom(s, b+1)
		}
		return pending{}, found
	}
	return pending{}, pass
}

// personOrFirm are the kinds of firm a person's trade is called too:
// "the Houston developer Lyle M. Tharpe".
var personOrFirm = words(`developer operator producer contractor supplier builder dealer trader broker distributor
	importer exporter publisher designer`)

// nameSaysPerson says a name, tokens [a,b) of sentence si, that a
// description of a trade a person or a firm may have calls a firm
// ("the Houston developer Lyle M. Tharpe") is a person's: two words or
// more and no body's cue word, with a given name the lexicon knows or a
// middle initial (the tagger's reading made "the prime contractor
// Northrop Grumman" a person).
func (x *extractor) nameSaysPerson(si, a, b int, role string) bool {
	toks := x.sents[si].toks
	head := role[strings.LastIndexByte(role, ' ')+1:]
	if b-a < 2 || !personOrFirm.has(strings.ToLower(head)) || hasOrgCue(toks, a, b) {
		return false
	}
	for k := a + 1; k < b-1; k++ {
		if oneInitial(toks[k].s) {
			return true
		}
	}
	return knownGivenName(toks[a].lower())
}

// spanDescribedAfter: a name described by an apposition after it,
// "Kestrel Point, a cybersecurity firm,", "Giovanna Rossi, 67, a resident
// of Faenza". A one-word person is not enough.
func (x *extractor) spanDescribedAfter(s spanAt) (pending, verdict) {
	role, kind := x.descriptorAfter(s.si, s.b)
	// "STS-1, the first space shuttle mission": a code of letters and a
	// number names a mission, a model or a flight, whatever describes it.
	if kind == "" || nameLength(s) > 5 || s.n() == 1 && strings.Contains(s.toks[s.a].n, "-") && identifierAt(s.toks, s.a) {
		return pending{}, pass
	}
	if kind == briefings.ActorOrganization && !x.nameSaysPerson(s.si, s.a, s.b, role) {
		a := s.a
		// "Save the Shallows, a volunteer group": a body's name that
		// opens the sentence may hold "the".
		if toks := s.toks; a == 2 && toks[1].n == "the" && isCapTok(toks[0]) && !determiners.has(toks[0].lower()) && !commonCapitalized.has(toks[0].lower()) {
			a = 0
		}
		x.org(s.si, a, s.b, s.used)
		x.setRole(s.si, a, role)
		return pending{}, found
	}
	if s.n() >= 2 {
		x.person(s.si, s.a, s.b, role)
		markUsed(s.used, s.a, s.b)
		return pending{}, found
	}
	return pending{}, pass
}

// spanNameAndKind: "Yemen's Houthi movement", "the Wagner group": a name
// and the kind of body it is, in lower case.
func (x *extractor) spanNameAndKind(s spanAt) (pending, verdict) {
	toks, a, b := s.toks, s.a, s.b
	if s.n() > 3 || b >= len(toks) || toks[b].kind != tWord || toks[b].upper() || !postDescriptors.has(toks[b].lower()) || adjectivalCompound(toks[b-1].n) ||
		!(b+1 >= len(toks) || toks[b+1].kind != tWord || stopAfterHead.has(toks[b+1].lower()) || reportingVerbs.has(toks[b+1].lower()) || strings.HasSuffix(toks[b+1].lower(), "ed")) ||
		x.personEvidence(s.si, a, b) {
		return pending{}, pass
	}
	// "The Kessler board said", after "Kessler plc": the firm's board is
	// the firm, no body of its own.
	if toks[b].lower() == "board" {
		if act := x.orgPrefixOf(x.text(s.si, a, b)); act != nil {
			x.add(mention{sent: s.si, a: a, b: b, kind: mOrg, act: act})
			markUsed(s.used, a, b)
			return pending{}, found
		}
	}
	// "The Wichita company blamed ...", after "Cardell Aviation Inc. said":
	// a word before "company" or "firm" says where the firm named before
	// is, or whose; it names no firm of its own.
	if s.n() == 1 && wordIs(toks, a-1, "the") && wordIs(toks, b, "company", "firm") {
		if act := x.bodyBefore(s.si, a); act != nil {
			x.add(mention{sent: s.si, a: a, b: b + 1, kind: mOrg, act: act})
			markUsed(s.used, a, b)
			return pending{}, found
		}
	}
	x.org(s.si, a, b+1, s.used)
	// "the Renew Europe group" is also just "Renew Europe".
	if act := x.byKey[normName(x.text(s.si, a, b+1))]; act != nil {
		act.addAlias(x.text(s.si, a, b))
	}
	return pending{}, found
}

// spanPersonName: up to four names, with particles between, "Alfonso
// Gutiérrez de la Serna", when something says it is a person.
func (x *extractor) spanPersonName(s spanAt) (pending, verdict) {
	if s.n() == 1 && x.firstNameOnly(s) {
		x.person(s.si, s.a, s.b, "")
		markUsed(s.used, s.a, s.b)
		return pending{}, found
	}
	caps := capsIn(s.toks, s.a, s.b)
	if caps < 2 || caps > 4 || s.n() > caps+2 || !x.personEvidence(s.si, s.a, s.b) {
		return pending{}, pass
	}
	// A name the text gave a body ("formally known as Ansar Allah") stays
	// that body's.
	if act, ok := x.byKey[normName(x.text(s.si, s.a, s.b))]; ok && act.typ != briefings.ActorPerson {
		return pending{}, pass
	}
	x.person(s.si, s.a, s.b, "")
	markUsed(s.used, s.a, s.b)
	return pending{}, found
}

// firstNameOnly says the one word of s opens its sentence as a person
// named by a first name alone, as local news quotes residents: "Jodie,
// 19, a student nurse, said", "Noreen, who has lived on Chapel Lane for
// 40 years, was more forgiving", "Amélie, a mother of two who ...": an
// age, a person's noun in apposition, a resident's "who has lived", or
// any "who" after a given name of the lists. Not a surname of someone the
// text named in full, and not in a sports story, where clubs are "who"
// too.
func (x *extractor) firstNameOnly(s spanAt) bool {
	toks, a, b := s.toks, s.a, s.b
	// Opening its sentence, or after a quotation's verb: `"...," said
	// Aino, a level designer`.
	opens := a == leadInEnd(toks) || a >= 2 && speechVerb(toks[a-1].lower()) && (toks[a-2].kind == tDQ || toks[a-2].n == ",")
	// "Girl, 6, dies after ...": a headline's noun for a person, no name.
	if !opens || toks[a].kind != tWord || isAllCaps(toks[a].s) || !wordIs(toks, b, ",") || humanHeads.has(toks[a].lower()) ||
		x.bySurname(toks[a].lower(), x.doc(s.si)) != nil || x.sportsDoc(x.sents[s.si].doc) || x.countryAt(s.si, a) != 0 {
		return false
	}
	// "Swiss financier Urs Tobler ... Tobler, who lives in Zurich": the
	// last word of a name the text gave before.
	// (At most 100 sentences back: the look is per candidate, and a
	// text of such sentences must stay linear.)
	doc := x.sents[s.si].doc
	for p := s.si; p >= 0 && p >= s.si-100 && x.sents[p].doc == doc; p-- {
		pt := x.sents[p].toks
		for k := 1; k < len(pt); k++ {
			if pt[k].n == toks[a].n && isCapTok(pt[k-1]) && (p != s.si || k != a) {
				return false
			}
		}
	}
	// "Ruud, a 52-year-old cyclist", and one the text says is not named
	// in full: "Thibault, who ... asked that his surname not be used".
	if ageAfter(toks, b) || wordIs(toks, b+1, "a", "an") && strings.HasSuffix(lowerAt(toks, b+2), "-year-old") || wordIs(toks, b+1, "who") && anonymous(toks) {
		return true
	}
	// "Noreen, who has lived on Chapel Lane", "Kiran, who has run a
	// paan stall": what a resident does, whatever the name.
	if wordIs(toks, b+1, "who") && (wordIs(toks, b+2, "lives", "lived", "works", "worked", "runs", "ran", "asked") ||
		wordIs(toks, b+2, "has", "had") && wordIs(toks, b+3, "lived", "run", "worked", "asked")) {
		return true
	}
	// "Amélie, a mother of two who lives on Blackwood Sideroad": a
	// person's noun in apposition.
	if wordIs(toks, b+1, "a", "an") {
		for k := b + 2; k < len(toks) && k <= b+5; k++ {
			if humanHeads.has(toks[k].lower()) || roleHeads.has(toks[k].lower()) || agentNoun(toks[k].lower()) {
				return true
			}
		}
	}
	return knownGivenName(toks[a].lower()) && wordIs(toks, b+1, "who")
}

// spanCoordinatedBody: a name of one or two words joined by "and", "or"
// or a comma to a body's name is a body too: "GM and Chrysler", "Chrysler,
// Ford, and General Motors". Lists join like with like; a person has a
// given name or a person's context (personEvidence), and a surname of a
// person named in full stays that person.
func (x *extractor) spanCoordinatedBody(s spanAt) (pending, verdict) {
	toks, a, b := s.toks, s.a, s.b
	if s.n() > 2 || capsIn(toks, a, b) != s.n() || len(toks[a].s) < 2 || strings.ContainsAny(x.text(s.si, a, b), "'’") ||
		x.personEvidence(s.si, a, b) || x.knownPerson(s.si, a, b) || x.countryAt(s.si, a) != 0 ||
		// "FTU's Kwok Wai-keung and DAB's Horace Cheung": a body's member,
		// and a given name of hyphened syllables, are people.
		a > 0 && toks[a-1].n == "'s" || s.n() == 2 && strings.Contains(toks[a+1].n, "-") ||
		// "immigration barrister Colin Yeo, and ...": a role names a person;
		// so does one after it ("and Bolat Kenzhetayev, vice-minister of
		// energy").
		personHead(toks, a-1) || wordIs(toks, b, ",") && personHead(toks, b+1) {
		return pending{}, pass
	}
	// "GM and Chrysler": a body's mention before "and" or "or".
	if a >= 2 && wordIs(toks, a-1, "and", "or") {
		e := a - 1
		if toks[e-1].n == "," {
			e-- // "Ford, GM, and Chrysler"
		}
		if m, ok := x.mentionEndingAt(s.si, e); ok && m.kind == mOrg && m.act != nil {
			x.org(s.si, a, b, s.used)
			return pending{}, found
		}
	}
	// "Chrysler and Ford"; in a list, "Chrysler, Ford, and General
	// Motors": a comma joins only in a list of names that ends in "and"
	// or "or" before a body known by name (a comma also sets off places,
	// "Los Angeles, California", and clauses, "According to The Register,
	// Apple").
	if wordIs(toks, b, "and", "or") {
		if _, known := x.knownBodyAt(s.si, b+1); known {
			x.org(s.si, a, b, s.used)
			return pending{}, found
		}
	}
	// The list's start: after "in" or "at" it lists places ("in Durham,
	// North Carolina, and ...").
	st := a
	for st > 0 && (isCapTok(toks[st-1]) || toks[st-1].n == ",") {
		st--
	}
	if b < len(toks) && toks[b].n == "," && x.listEndsInBody(s.si, b) && !(st > 0 && placePreps.has(toks[st-1].lower())) {
		x.org(s.si, a, b, s.used)
		return pending{}, found
	}
	return pending{}, pass
}

// knownBodyAt says whether the capitalized words from token i of sentence si
// on (up to four) begin with a body the text has read before, or a
// well-known one; e is where those words end.
func (x *extractor) knownBodyAt(si, i int) (e int, known bool) {
	toks := x.sents[si].toks
	e = i
	for e < len(toks) && e < i+4 && isCapTok(toks[e]) {
		e++
	}
	for k := e; k > i; k-- {
		if act, ok := x.byKey[normName(x.text(si, i, k))]; ok && act.typ == briefings.ActorOrganization || k == i+1 && knownOrgs.has(toks[i].s) {
			return e, true
		}
	}
	return e, false
}

// listEndsInBody says the list going on at the comma at c ends, within a
// few items, in "and" or "or" and a body known by name or named with a
// body's cue word.
func (x *extractor) listEndsInBody(si, c int) bool {
	toks := x.sents[si].toks
	for i := c; i < len(toks) && i < c+12; i++ {
		if wordIs(toks, i, "and", "or") {
			j := i + 1
			e, known := x.knownBodyAt(si, j)
			// "..., Shanghai Airlines and Xiamen Airlines": a body's cue word.
			return known || e > j+1 && hasOrgCue(toks, j, e) && x.countryAt(si, j) != e-j
		}
		if toks[i].n != "," && !isCapTok(toks[i]) {
			return false
		}
	}
	return false
}

// spanSubnationalPlace: a US or Australian state or a Canadian province,
// the whole span, is a place: no one's name ("New South Wales reported
// falls").
func (x *extractor) spanSubnationalPlace(s spanAt) (pending, verdict) {
	if !subnationalPlaces.hasLower(x.text(s.si, s.a, s.b)) && !x.stateAbbreviation(s) {
		return pending{}, pass
	}
	markUsed(s.used, s.a, s.b)
	return pending{}, found
}

// stateAbbreviations are the abbreviations news writes for a state or
// province after a town: "Nashua, N.H.", "Sacramento, Calif.".
var stateAbbreviations = words(`ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. kans. ky. la. md. mass. mich.
	minn. miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn. vt. va. wash.
	w.va. wis. wyo. que. ont. b.c. alta. sask. man. n.s. n.b. nfld. p.e.i. n.s.w. qld. vic. tas.`)

// stateAbbreviation says span s is a state's abbreviation after a town
// and a comma ("Fargo, N.D., in 1946"): a place, though an abbreviation
// in capitals reads like a body's.
func (x *extractor) stateAbbreviation(s spanAt) bool {
	if s.n() != 1 || s.a < 2 || s.toks[s.a-1].n != "," || !isCapTok(s.toks[s.a-2]) {
		return false
	}
	w := s.toks[s.a].lower()
	if !strings.HasSuffix(w, ".") && wordIs(s.toks, s.b, ".") {
		w += "."
	}
	return stateAbbreviations.has(w)
}

// spanTagged: the names the tagger found inside a run that no rule of
// context explained, as the tagger types them. Names a rule read already
// (a title, a cue word, a description) keep the rule's type, which was
// measured more often right.
func (x *extractor) spanTagged(s spanAt) (pending, verdict) {
	v := pass
	if x.sents[s.si].caption {
		// A repeated caption names who took the picture, not who acted.
		return pending{}, pass
	}
	// "bought it from the Murphy family": a family by its surname, no
	// body (the tagger reads the surname as one).
	if s.n() == 1 && wordIs(s.toks, s.b, "family", "families") {
		markUsed(s.used, s.a, s.b)
		return pending{}, found
	}
	for _, t := range x.tagged[s.si] {
		if t.a < s.a || t.b > s.b || anyUsed(s.used, t.a, t.b) {
			continue
		}
		if known, ok := x.byKey[normName(x.text(s.si, t.a, t.b))]; ok && t.typ == briefings.ActorPerson && (known.typ == briefings.ActorOrganization || known.typ == briefings.ActorGroup) {
			// The text has said what this name is ("hackers known as
			// 'Ember Spider'"): that outweighs the tagger's type.
			t.typ = briefings.ActorOrganization
		}
		if t.typ == briefings.ActorPerson && x.notPerson(s.si, t.a, t.b) || t.typ == briefings.ActorOrganization && (t.b-t.a > 1 || placeAfterPrep(s.toks, t.a, t.b) || notOrgAcronyms.has(s.toks[t.a].s) || biologyAfter(s.toks, t.b)) {
			// A body of several words has a cue word the rules read
			// ("... Council", "... Party"); one they leave was, on the
			// realdev dev split, more often a product, a place or a title
			// ("Google Chrome", "State of Texas"): dropping them raised
			// precision 0.693 → 0.707 at the same recall.
			continue
		}
		if t.typ == briefings.ActorPerson {
			b := particleTail(s.toks, t.b, s.b)
			// "Curator Hendrik van der Merwe": a role opening the
			// sentence, read into the name, is the person's role.
			a, role := t.a, ""
			if b-a >= 3 && roleHeads.has(s.toks[a].lower()) && !knownGivenName(s.toks[a].lower()) {
				a, role = a+1, s.toks[a].lower()
			}
			// "Farouk Ben Mustapha", "Anil Kumar Bhardwaj", tagged from
			// the word that joins a family's name: a plain name just
			// before, in the same run of capitals, is the given name.
			if a == t.a && a > s.a && b-a <= 3 && nameJoiners.has(s.toks[a].lower()) && x.givenNameBefore(s, a) {
				a--
			}
			// "Inés Etcheverry Sosa", tagged from the family names: a
			// known given name just before, in the same run of capitals,
			// is the person's. (Any word opening a run the person's age
			// closes was tried, and took "Hurdler", "Owner" and
			// "Deckhand" into names.)
			if a == t.a && a > s.a && b-a <= 3 && knownGivenName(s.toks[a-1].lower()) {
				a--
			}
			// "Per Arne Tvedt", "Te Awa Moana": the tagger leaves a name's
			// opening word that is a common word elsewhere out.
			if a == t.a && a > s.a && nameOpener(s.toks[a-1].n) {
				a--
			}
			x.person(s.si, a, b, role)
			markUsed(s.used, min(a, t.a), b)
		} else {
			x.org(s.si, t.a, t.b, s.used)
		}
		v = found
	}
	return pending{}, v
}

// particleTail is where a person's name that the tagger ended at b ends:
// at end when the rest of the run, [b,end), is family names joined by a
// particle ("María José" + "Salazar de la Fuente"), else at b.
func particleTail(toks []token, b, end int) int {
	if b >= end || !isCapTok(toks[end-1]) || end-b > 5 {
		return b
	}
	particle := false
	for i := b; i < end; i++ {
		switch {
		case nameParticles.has(toks[i].n):
			particle = true
		case !isCapTok(toks[i]) || hasOrgCue(toks, i, i+1):
			return b
		}
	}
	if !particle {
		return b
	}
	return end
}

// spanThreatActor: a named threat actor or armed group, typed group, read
// from how the text uses the name: "attributed to Sandworm", "carried out
// by Lazarus Group" (in a sentence about an attack), "hackers known as
// Fancy Bear", "a group called Black Basta", "the militant group Hamas",
// or an analysts' code name ("APT28", "FIN7", "UNC3890"), or a name before
// the fighters it names ("the M23 rebel group"). A list of names would
// miss the next one.
func (x *extractor) spanThreatActor(s spanAt) (pending, verdict) {
	toks, a, b := s.toks, s.a, s.b
	if s.n() > 4 {
		return pending{}, pass
	}
	p := a // the word before the name, past an opening quote
	if p > 0 && (toks[p-1].kind == tDQ || toks[p-1].kind == tSQOpen) {
		p--
	}
	role := ""
	switch {
	case p >= 2 && (wordIs(toks, p-2, "attributed") && wordIs(toks, p-1, "to") || wordIs(toks, p-2, "out") && wordIs(toks, p-1, "by")) && x.aboutAttack(s.si):
		// A body named there is one the rules read (its cue word); a
		// person is not a group.
		if hasOrgCue(toks, a, b) && !groupCues.has(toks[b-1].lower()) || x.personEvidence(s.si, a, b) || x.knownPerson(s.si, a, b) {
			return pending{}, pass
		}
	case p >= 2 && namingWords.has(toks[p-1].lower()) && threatNounBefore(toks, p-2) >= 0:
		role = threatDescription(x, s.si, toks, threatNounBefore(toks, p-2))
	case p >= 2 && groupNouns.has(toks[p-1].lower()) && threatAdjectives.has(toks[p-2].lower()):
		role = x.text(s.si, p-2, p)
	case s.n() == 1 && threatCode(toks[a].s):
	// "Copper Marten is a financially motivated intrusion set": the text
	// defines the name.
	case definedAsThreat(toks, b) && !x.knownPerson(s.si, a, b) && !hasOrgCue(toks, a, b):
	// "Glass Heron actors exploited two flaws": the group's operators, in
	// a sentence about an attack.
	// (Not "Hollywood actors went on strike", nor "Broadway actors Emma
	// Stone and ...".)
	case wordIs(toks, b, "actors", "operators") && !isCapTok(tokenAt(toks, b+1)) && aboutIntrusion(toks) && !x.knownPerson(s.si, a, b) && !hasOrgCue(toks, a, b) && x.countryAt(s.si, a) == 0:
	// "the M23 rebel group", "Houthi rebels": a name before the fighters
	// it names (not a country's: "Congolese rebels" are no group's).
	case s.n() <= 3 && wordIs(toks, b, "rebel", "rebels", "militia", "militias", "insurgent", "insurgents", "guerrilla", "guerrillas") && x.countryAt(s.si, a) == 0 && !x.knownPerson(s.si, a, b) && !hasOrgCue(toks, a, b):
		e := b + 1
		if wordIs(toks, e, "group", "movement", "force", "alliance") {
			e++
		}
		role = x.text(s.si, b, e)
	default:
		return pending{}, pass
	}
	x.group(s.si, a, b, s.used, role)
	return pending{}, found
}

// sportsCues are words of a report on team sport.
// (Words of any sport, "match", "season", "final", are left out: a
// tennis report's players are people.)
var sportsCues = words(`goal goals striker coach penalty league division midfielder defender goalkeeper
	club fixture fixtures standings scorer half-time referee`)

// sportsDescriptors open a sentence before a team's name in a sports
// report: "Champions Eindhoven bounced back".
var sportsDescriptors = words(`champions holders leaders hosts newcomers`)

// teamVerbs follow a team that plays: "Groningen beat Utrecht",
// "Heerenveen drew", "Utrecht levelled".
var teamVerbs = words(`beat drew lost won levelled leveled trailed thrashed edged routed`)

// teamRoles are a team's players and staff: "Eindhoven coach Frans
// Wijnberg", "Rotterdam defender Arjen ter Horst".
var teamRoles = words(`coach striker defender midfielder goalkeeper keeper winger captain manager forward`)

// sportsDoc says document doc reports team sport: a score ("3-1") and
// three different words of the game. One pass over every document, the
// first time it is asked, also notes the sentences that hold a score.
func (x *extractor) sportsDoc(doc int) bool {
	if x.sportsDocs == nil {
		x.sportsDocs = map[int]bool{}
		x.scoreSents = make([]bool, len(x.sents))
		cues := map[int]map[string]bool{}
		score := map[int]bool{}
		for si, st := range x.sents {
			for i, t := range st.toks {
				// "won 2–1": a score with an en dash, which the tokenizer
				// keeps apart.
				if t.kind == tNum && len(t.n) <= 2 && i+2 < len(st.toks) && st.toks[i+1].n == "–" && st.toks[i+2].kind == tNum && len(st.toks[i+2].n) <= 2 {
					score[st.doc] = true
					x.scoreSents[si] = true
				}
				if t.kind == tNum && scoreToken(t.n) {
					score[st.doc] = true
					x.scoreSents[si] = true
				} else if t.kind == tWord && sportsCues.has(t.lower()) {
					if cues[st.doc] == nil {
						cues[st.doc] = map[string]bool{}
					}
					cues[st.doc][t.lower()] = true
				}
			}
		}
		for d := range score {
			x.sportsDocs[d] = len(cues[d]) >= 3
		}
	}
	return x.sportsDocs[doc]
}

// scoreToken says s is a score: "3-1", "10-2".
func scoreToken(s string) bool {
	i := strings.IndexByte(s, '-')
	if i < 1 || i > 2 || len(s)-i-1 < 1 || len(s)-i-1 > 2 {
		return false
	}
	for k, r := range s {
		if k != i && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

// spanSportsTeam: in a report on team sport, a club named by its town is
// a body where the sentence has it play or employ: "Groningen beat
// Utrecht 3-1", "drew 1-1 with Heerenveen", "a 4-0 win at Breda",
// "Eindhoven coach Frans Wijnberg". Not a person's name, nor a country
// (a national side stays its country).
func (x *extractor) spanSportsTeam(s spanAt) (pending, verdict) {
	toks, a, b := s.toks, s.a, s.b
	// "Vitoria de Portimao", "Sporting Clube de Aveiro": a particle
	// between the capitals.
	particles := 0
	for k := a + 1; k < b-1; k++ {
		if nameParticles.has(toks[k].s) {
			particles++
		}
	}
	if s.n()-particles > 3 || capsIn(toks, a, b)+particles != s.n() || x.countryAt(s.si, a) != 0 || !x.sportsDoc(x.sents[s.si].doc) ||
		x.knownPerson(s.si, a, b) || x.personEvidence(s.si, a, b) ||
		// "English captain Harry Kane": a people's adjective, no club.
		s.n() == 1 && strings.HasSuffix(toks[a].lower(), "ish") {
		return pending{}, pass
	}
	// "Fortuna Goettingen", "Kickers Bielefeld", "Rot-Weiss Paderborn":
	// a word clubs are named with, before the town.
	if s.n() >= 2 && (clubWords.has(toks[a].lower()) || clubWords.has(toks[b-1].lower())) {
		x.org(s.si, a, b, s.used)
		return pending{}, found
	}
	hasScore := x.scoreSents[s.si]
	p := a - 1 // the word before the name, past "the"
	if wordIs(toks, p, "the") {
		p--
	}
	team := b < len(toks) && teamVerbs.has(toks[b].lower()) ||
		// "who plays for the Incheon Seagulls", "plays his club football
		// for Melbourne Southern", "second-division side Unión Deportiva
		// Tarifa".
		wordIs(toks, p, "for") && playedBefore(toks, p) || wordIs(toks, a-1, "side", "club") || sportsDescriptors.has(lowerAt(toks, a-1)) ||
		// "in charge for Sunday's home game against Vitoria de Portimao"
		wordIs(toks, a-1, "against") && wordIs(toks, a-2, "game", "match", "tie", "fixture", "clash", "derby") ||
		b+1 < len(toks) && teamRoles.has(toks[b].lower()) && !toks[b].upper() && isCapTok(toks[b+1]) ||
		hasScore && (wordIs(toks, a-1, "beat", "beating", "against", "over") ||
			wordIs(toks, a-1, "with") && wordIs(toks, a-2, "drew", "draw") ||
			wordIs(toks, a-1, "to") && wordIs(toks, a-2, "lost", "losing", "defeat") ||
			wordIs(toks, a-1, "by") && wordIs(toks, a-2, "beaten", "home", "held", "defeated") ||
			wordIs(toks, a-1, "at") && wordIs(toks, a-2, "win", "victory", "defeat", "draw"))
	if !team {
		return pending{}, pass
	}
	// "Pete Sampras beat Andre Agassi 6-4": the tagger reads a player by
	// a full name. (It reads towns alone as people too: one word passes.)
	for _, t := range x.tagged[s.si] {
		if s.n() > 1 && t.typ == briefings.ActorPerson && t.a < b && t.b > a {
			return pending{}, pass
		}
	}
	x.org(s.si, a, b, s.used)
	return pending{}, found
}

// playedBefore says a form of "play" comes a few words before token p:
// "plays his club football for".
func playedBefore(toks []token, p int) bool {
	for k := p - 1; k >= 0 && k >= p-4; k-- {
		if wordIs(toks, k, "play", "plays", "played", "playing", "signed", "joined") {
			return true
		}
	}
	return false
}

// clubWords name football clubs, before or after their town: "Fortuna
// Goettingen", "Eintracht Frankfurt", "Rot-Weiss Essen", "Hamburger SV".
var clubWords = words(`fortuna eintracht kickers borussia dynamo dinamo sporting olympique racing rapid slavia
	sparta spartak lokomotiv hertha werder alemannia energie hansa rot-weiss rot-weiß blau-weiss
	blau-wit arminia vfb vfl tsv sv fc ac afc cf sc fk nk hnk rcd clube desportivo desportiva deportivo deportiva
	atletico atlético athletic`)

// spanResults reads the names of a results list, a standings table and a
// cricket scoreboard, as the wires print them: the numbers beside a name
// say what it is. A club stands before its score, facing another with
// its own ("Almere 1 (Verhoeven 70) Purmerend 0", "Hengelo 0 Blauw-Wit
// Amersfoort 0"), or before a standings row ("Victoria Apeldoorn 2 2 0 0
// 6 1 6"); a player stands in the brackets after a score, before a minute
// ("(Kuipers 12, 67, Van Gelder 80)"), or in a scoreboard's line ("J.
// BOSMAN c Tahir b Van Os 14", "A. VISSER run out 23", "Clarke
// 10-2-38-2"). A country is left to the rule for countries.
func (x *extractor) spanResults(s spanAt) (pending, verdict) {
	toks, a, b := s.toks, s.a, s.b
	if s.n() > 4 || x.countryAt(s.si, a) == s.n() {
		return pending{}, pass
	}
	for k := a; k < b; k++ {
		if hasDigit(toks[k].n) {
			return pending{}, pass
		}
	}
	switch {
	case resultsTeam(toks, a, b):
		x.org(s.si, a, b, s.used)
		return pending{}, found
	case resultsScorer(toks, a, b) || scoreboardPlayer(toks, a, b):
		x.person(s.si, a, b, "")
		markUsed(s.used, a, b)
		return pending{}, found
	}
	return pending{}, pass
}

// score says token k is a match's score or a table's count: a number of
// one or two digits.
func score(toks []token, k int) bool {
	if k < 0 || k >= len(toks) || toks[k].kind != tNum || len(toks[k].n) > 2 {
		return false
	}
	for _, r := range toks[k].n {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// resultsTeam says [a,b) is a club in a results line or a standings row.
func resultsTeam(toks []token, a, b int) bool {
	if !score(toks, b) {
		return false
	}
	// A standings row: five counts or more.
	n := 0
	for k := b; k < len(toks) && score(toks, k); k++ {
		n++
	}
	if n >= 5 {
		return true
	}
	// The home side: its score, the scorers, then the other side's name
	// and score.
	k := b + 1
	if k < len(toks) && toks[k].n == "(" {
		for k < len(toks) && toks[k].n != ")" {
			k++
		}
		k++
	}
	if e := k + spanEndCap(toks, k); e > k && e-k <= 4 && score(toks, e) {
		return true
	}
	// The away side: after the home side's score (and scorers).
	p := a - 1
	if p >= 0 && toks[p].n == ")" {
		for p >= 0 && toks[p].n != "(" {
			p--
		}
		p--
	}
	if !score(toks, p) {
		return false
	}
	h := p - 1
	for h >= 0 && isCapTok(toks[h]) {
		h--
	}
	return h < p-1 && p-1-h <= 4
}

// resultsScorer says [a,b) is a scorer in the brackets after a score, a
// minute after the name: "3 (Kuipers 12, 67, Van Gelder 80)".
func resultsScorer(toks []token, a, b int) bool {
	if !score(toks, b) {
		return false
	}
	p := a - 1
	for p >= 0 && p >= a-12 && toks[p].n != "(" && toks[p].n != ")" {
		p--
	}
	return p >= 2 && toks[p].n == "(" && score(toks, p-1) && isCapTok(toks[p-2])
}

// scoreboardWords mark a cricket scoreboard's dismissals.
var scoreboardWords = words(`c b lbw st`)

// scoreboardPlayer says [a,b) is a player in a cricket scoreboard: a
// batsman before his dismissal ("c Tahir b Van Os 14", "lbw b", "run out",
// "not out"), a fielder or bowler in it, a bowler before his figures
// ("10-2-38-2").
func scoreboardPlayer(toks []token, a, b int) bool {
	mark := func(k int) bool { return k >= 0 && k < len(toks) && scoreboardWords.has(toks[k].n) }
	switch {
	case mark(b) && (mark(b+1) || mark(b+2) || isCapTok(tokenAt(toks, b+1))) || wordIs(toks, b, "run", "not") && wordIs(toks, b+1, "out"):
		return true
	case mark(a-1) && (mark(b) || tokenAt(toks, b).kind == tNum):
		return true
	case b < len(toks) && bowlingFigures(toks[b].n):
		return true
	}
	return false
}

// bowlingFigures says s is a bowler's overs, maidens, runs and wickets:
// "10-2-38-2".
func bowlingFigures(s string) bool {
	// Counted first, and the parts read in place: every word after a
	// capitalized run comes here, and splitting each was a fiftieth of
	// the generator's allocations.
	if strings.Count(s, "-") != 3 {
		return false
	}
	for p := range strings.SplitSeq(s, "-") {
		if p == "" || len(p) > 3 || strings.Trim(p, "0123456789.") != "" {
			return false
		}
	}
	return true
}

// pluralAcronym says an acronym ends in a small plural "s" after its
// capitals, "ODMs", "OEMs", "SMEs": a kind of thing, many of them, not
// one body.
func pluralAcronym(s string) bool {
	n := len(s)
	return n >= 3 && s[n-1] == 's' && 'A' <= s[n-2] && s[n-2] <= 'Z'
}

// nameLength is how many words a span's name has, a nickname in
// quotation marks inside it left out: `Ma. Lourdes "Malou"
// Dimaculangan-Reyes` has three.
func nameLength(s spanAt) int {
	n := s.n()
	for k := s.a + 1; k < s.b; k++ {
		if nicknameAt(s.toks, k) {
			n -= 3
		}
	}
	return n
}

// biologyAfter says the word at b makes the name before it a gene's, a
// protein's, a virus's or a drug's: "the COI gene", "an H5 virus".
func biologyAfter(toks []token, b int) bool {
	return wordIs(toks, b, "gene", "genes", "protein", "virus", "strain", "variant", "vaccine", "drug")
}

// nameOpener says a capitalized word that is a common word elsewhere opens
// a name before two more: the Scandinavian given name "Per" (a preposition
// in lower case), the Māori article "Te" ("Te Awa Moana").
func nameOpener(w string) bool { return w == "Per" || w == "Te" }
