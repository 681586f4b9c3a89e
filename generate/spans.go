package generate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brief-team/brief/briefings"
)

// span is a run of capitalized tokens.
type span struct{ a, b int }

// connectors join the words of a name: "of", and its words in other
// languages ("voor", "für", the Tagalog "ng" of "Bangko Sentral ng
// Pilipinas").
var connectors = words(`of for voor für ng pour des sur para pela pelo ` + particleWords)

// firmTrades are cue words that end a firm's name by its trade, after
// which "of" and a country or city say where the firm is.
var firmTrades = words(`software systems solutions technologies industries electronics motors airlines airways
	microsystems semiconductor semiconductors telecom telecoms logistics shipping`)

// listCues end a body's name that lists its fields ("Transport,
// Construction and Housing Authority").
var listCues = words(`authority ministry department agency commission committee board council office service
	directorate inspectorate administration`)

// ministryWords say a name is a ministry's or a department's.
var ministryWords = words(`ministry department minister secretary`)

// anyWordIn says a word of set is among toks[a:b] (lower case).
func anyWordIn(toks []token, a, b int, set wordSet) bool {
	for i := a; i < b; i++ {
		if set.has(toks[i].lower()) {
			return true
		}
	}
	return false
}

// nameParticles are the connectors inside a person's name: "Salazar de
// la Fuente", "Ludwig van Beethoven", "Mohammed bin Salman".
var nameParticles = words(particleWords)

const particleWords = `de del della dela di da do dos das du los las van von der den ter zu af bin bint ibn al el la le y arap`

func isCapTok(t token) bool {
	if t.kind != tWord {
		return false
	}
	if t.upper() {
		return true
	}
	// al-Assad, el-Sisi, bin-Salman, d'Arnoux. Each prefix ends in its
	// second, third or fourth byte, a hyphen or an apostrophe: most
	// lower-case words have none there, and are no name without trying
	// each prefix (every token of every sentence comes here).
	if n := t.n; len(n) < 3 || n[1] != '\'' && n[2] != '-' && (len(n) < 5 || n[3] != '-') {
		return false
	}
	for _, p := range []string{"al-", "el-", "bin-", "ibn-", "abu-", "d'"} {
		if strings.HasPrefix(t.n, p) && len(t.n) > len(p) {
			r, _ := utf8.DecodeRuneInString(t.n[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// isDateWord says a capitalized token is a month, a weekday or "Today",
// which never starts or continues a name.
func isDateWord(toks []token, i int) bool {
	l := toks[i].lower()
	// Every weekday ends in "day", and only such a word ("Monday",
	// "Mondays") is looked up: each capitalized word of every sentence
	// comes here (throughput is a requirement: 1 MB/s per core).
	if strings.HasSuffix(l, "day") || strings.HasSuffix(l, "days") {
		if _, ok := weekdays()[l]; ok {
			return true
		}
		if _, ok := weekdays()[strings.TrimSuffix(l, "s")]; ok {
			return true
		}
	}
	// "Tonight Nevada saw the difference": a day named by a word.
	switch l {
	case "today", "tonight", "yesterday", "tomorrow":
		return true
	}
	// "Tue 11 Mar 2025", a byline's weekday: an abbreviation before a
	// day's number ("The Sun" alone is a newspaper).
	switch strings.TrimSuffix(l, ".") {
	case "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun":
		if i+1 < len(toks) && toks[i+1].kind == tNum {
			return true
		}
	}
	if m, ok := months()[l]; ok {
		// "Li Jun", "Jan Kowalski": a month's short form without its dot
		// is a month only beside a day or a year ("Jun 5", "5 Jan").
		if len(l) == 3 && m != 5 && !(i+1 < len(toks) && toks[i+1].kind == tNum || i > 0 && toks[i-1].kind == tNum) {
			return false
		}
		if m == 5 || l == "march" || l == "august" || l == "april" || l == "june" {
			// May/April/June/August are also names: "Theresa May".
			if i > 0 && isCapTok(toks[i-1]) && knownGivenName(toks[i-1].lower()) {
				return false
			}
		}
		return true
	}
	return false
}

// nicknameAt says tokens j.. are a nickname in quotation marks after a
// given name and before a capitalized surname: `Robert "Bobby"
// Castellano`, `Ma. Lourdes "Malou" Dimaculangan-Reyes` (a given name the
// lists do not know, but no body's word nor a title).
func nicknameAt(toks []token, j int) bool {
	if j <= 0 || j+3 >= len(toks) {
		return false
	}
	// In double quotation marks, or in single ones: `Margaret 'Peggy'
	// Dunstable`.
	quoted := toks[j].kind == tDQ && toks[j+2].kind == tDQ || toks[j].kind == tSQOpen && toks[j+2].kind == tSQClose
	return quoted && (knownGivenName(toks[j-1].lower()) || isCapTok(toks[j-1]) && !orgCueWords.has(toks[j-1].lower()) && !titleWords.has(toks[j-1].lower())) && toks[j].end == toks[j+1].start &&
		isCapTok(toks[j+1]) && toks[j+2].start == toks[j+1].end && isCapTok(toks[j+3]) && !isDateWord(toks, j+3)
}

// maxNameTokens bounds a run of capitalized words: a name is read with
// rules that look across the whole run, so a run of a whole text (a
// headline in capitals, one name repeated) would cost the square of its
// length. The longest name in the news, web and test texts measured is 34
// tokens; longer runs are cut into runs of this many.
const maxNameTokens = 48

// numberSign says token i is "No." before a number ("the No. 2
// retailer"): an abbreviation, no part of a name.
func numberSign(toks []token, i int) bool {
	return (toks[i].n == "No." || toks[i].n == "No" && i+1 < len(toks) && toks[i+1].n == ".") && i+1 < len(toks) && (toks[i+1].kind == tNum || i+2 < len(toks) && toks[i+1].n == "." && toks[i+2].kind == tNum)
}

// capSpans finds maximal runs of capitalized words, joined by name
// connectors ("Embassy of the Islamic Republic of Iran") and parenthesised
// acronyms ("Mojahedin-e Khalq (MEK) Organization"). It is one loop
// because each way of joining a name extends the same run and reads what
// the run holds so far (its cue words, an "of" already passed).
// venueWords end the names of shops, pubs and other places named for
// their owner or a saint: "Hank's Hardware", "Murphy's Bar".
var venueWords = words(`hardware kitchen bar pub cafe café restaurant bakery store stores shop market garage inn hotel tavern
	diner deli pharmacy chemist butchers grocery farm dairy brewery church chapel cathedral school college academy hospital
	hall centre center`)

// saintAt says a saint's title opens the name at a: "St", "St.",
// "Saint" before a capitalized name ("St Brigid's").
func saintAt(toks []token, a int) bool {
	return wordIs(toks, a, "st", "st.", "saint", "ste", "ste.") && a+1 < len(toks) && isCapTok(toks[a+1])
}

func capSpans(toks []token) []span {
	var out []span
	i := 0
	for i < len(toks) {
		if !isCapTok(toks[i]) || isDateWord(toks, i) || numberSign(toks, i) {
			i++
			continue
		}
		a := i
		j := i + 1
		sawOf := false
		for j < len(toks) && j-a < maxNameTokens {
			// A model code ends a name: "Pratt & Whitney Canada PW127M".
			if isCapTok(toks[j]) && !isDateWord(toks, j) && !numberSign(toks, j) && !hasDigit(toks[j].n) {
				j++
				continue
			}
			// "Red River Transit Workers Union Local 88", "Teamsters
			// Local 120": a union's local by its number ends the name.
			if toks[j].kind == tNum && toks[j-1].n == "Local" && j-1 > a && len(toks[j].n) <= 5 && strings.Trim(toks[j].n, "0123456789") == "" {
				j++
				break
			}
			// `Robert "Bobby" Castellano`: a nickname in quotation marks
			// between a given name and the surname.
			if nicknameAt(toks, j) {
				j += 4
				continue
			}
			// "Qingxi Pumped Storage Co., Ltd.": the legal form of Chinese,
			// Korean and Japanese firms holds a comma.
			if toks[j].n == "," && wordIs(toks, j-1, "co.", "co") && j+1 < len(toks) && (toks[j+1].n == "Ltd." || toks[j+1].n == "Ltd" || toks[j+1].n == "Limited") {
				j += 2
				continue
			}
			l := toks[j].lower()
			// "Declan Furlong-Hayes for Greenan Pictures Ltd": a person
			// speaks for a body; "Council for Foreign Relations" is one.
			if l == "for" && j-a >= 2 && j-a <= 3 && !hasOrgCue(toks, a, j) && !hasTitle(toks, a, j) {
				k := j + 1
				if wordIs(toks, k, "the") {
					k++
				}
				if e := k + spanEndCap(toks, k); e > k && hasOrgCue(toks, k, e) {
					break
				}
			}
			// connector (+ "the") + capitalized word; "on" after a body's
			// cue: "Commission on Human Rights", "Council on Foreign Relations".
			// ("Hank's Hardware on Main Street" is where the shop is.)
			if connectors.has(l) || l == "on" && hasOrgCue(toks, a, j) && indexWord(toks, a, j, "'s") < 0 {
				k := j + 1
				if k < len(toks) && toks[k].lower() == "the" {
					k++
				} else if k < len(toks) && connectors.has(toks[k].lower()) && !isCapTok(toks[k]) {
					k++ // "Gutiérrez de la Serna", "van der Leyen"
				}
				// "of" and a whole country after a name that is no body's is
				// a place ("Lena Marsh of Albania"), and so is one after an
				// institution's full name ("University of Sheffield of the
				// UK", "Colorado State University of the US").
				ofCountry := l == "of" && countryAt(toks, k) > 0 && countryAt(toks, k) == spanEndCap(toks, k)
				// A code after a connector is no part of a name: "Kennedy
				// Space Center on STS-1".
				// ("Troops of Operation Tsaftar Daji": an operation is a
				// name of its own.)
				if k < len(toks) && isCapTok(toks[k]) && !isDateWord(toks, k) && !numberSign(toks, k) && !hasDigit(toks[k].n) && !(ofCountry && !hasOrgCue(toks, a, j) && !hasTitle(toks, a, j)) && toks[k].n != "Operation" &&
					// ("Maria Lopez of the University of Chile": the cue
					// right before "of" takes the country as its name.)
					!(ofCountry && institutionCue(toks, a, j) && (sawOf && !institutionCue(toks, j-1, j) || k == j+2)) &&
					// "Sungwon Microelectronics Co. of South Korea", "Hsin-Yu
					// Precision Co. of Taichung": a legal form ends a firm's
					// name; the country or city is where it is. So does a
					// trade: "Sorvik Software of Stockholm".
					!(l == "of" && corporateSuffixes.has(toks[j-1].lower())) &&
					// ("Brandvold Salvage of Seattle": a town the lexicon
					// does not know is where too.)
					!(l == "of" && j-a >= 2 && (tradeTails.has(toks[j-1].lower()) || firmTrades.has(toks[j-1].lower()))) {
					if l == "of" || l == "for" || l == "on" {
						sawOf = true
					}
					j = k + 1
					continue
				}
			}
			// "Organisation for Security and Co-operation in Europe
			// (OSCE)": the acronym after spells the name over "in".
			if (l == "in" || l == "on" || l == "at") && j+1 < len(toks) && isCapTok(toks[j+1]) {
				lead := a
				if determiners.has(toks[lead].lower()) {
					lead++
				}
				if k := j + 1 + spanEndCap(toks, j+1); acronymAt(toks, k) && acronymLetters(toks[k+1].s) == initialsOf(toks, lead, k) {
					j = k
					continue
				}
			}
			if l == "and" && j+1 < len(toks) && isCapTok(toks[j+1]) {
				// "told The Globe and Mail": a name a capitalized "The"
				// opens in mid-sentence is one title, "and" and all.
				if the := j - 2; the >= a && toks[the].n == "The" && the > 0 && toks[the-1].kind == tWord && (j+2 >= len(toks) || !isCapTok(toks[j+2])) && countryAt(toks, j+1) == 0 {
					j += 2
					continue
				}
				if n := countryAt(toks, a); n > j-a+1 {
					j = a + n
					continue
				}
				// "Ana Lim of the Green Party and Tom Baker of the Labour
				// Party": after "and", a name with its own "of" is another
				// person and affiliation.
				if k := j + 1 + spanEndCap(toks, j+1); k-j-1 >= 2 && k-j-1 <= 3 && wordIs(toks, k, "of") && !hasOrgCue(toks, j+1, k) && !hasTitle(toks, j+1, k) {
					break
				}
				// "Bank of America Corp. and JPMorgan Chase": a firm's
				// suffix ends its name; "Massachusetts Institute of
				// Technology and Colorado State University": a second
				// institution's full name after "and" is another body.
				if corporateSuffixes.has(toks[j-1].lower()) {
					break
				}
				if k := j + 1 + spanEndCap(toks, j+1); sawOf && k-j-1 >= 2 && institutionCue(toks, k-1, k) {
					break
				}
				// "the University of Arizona and NASA": an acronym alone
				// after "and" is another body; not in a ministry's remit
				// ("Ministry of Science and ICT").
				if spanEndCap(toks, j+1) == 1 && isAcronym(toks[j+1].s) {
					if sawOf && anyWordIn(toks, a, j, ministryWords) && !knownOrgs.has(toks[j+1].s) {
						j += 2
						continue
					}
					break
				}
				// "Minister for Disaster Management and Relief"
				if sawOf && (hasOrgCue(toks, a, j) || hasTitle(toks, a, j)) {
					j += 2
					continue
				}
				// "Securities and Exchange Commission": the cue comes after.
				lead := a // "The Independent Electoral and Boundaries Commission"
				if determiners.has(toks[lead].lower()) {
					lead++
				}
				// "The Socialists and Democrats (S&D)": the acronym spells the
				// names joined.
				if k := j + 1 + spanEndCap(toks, j+1); acronymAt(toks, k) && acronymLetters(toks[k+1].s) == initialsOf(toks, lead, k) {
					j = k
					continue
				}
				// Not "Subaru and South Korean Hyundai Motor Company": a
				// name after "and" that starts with a country is its own.
				// "North Yorkshire Fire and Rescue Service": a place's name
				// before them (a county's of two words) too.
				// "The Maritime and Commercial High Court": one word before
				// "and", though a firm's ("Maritime").
				// "The U.S. Cybersecurity and Infrastructure Security
				// Agency": a country's name before the body's own words is
				// no name of its own.
				if cn := countryAt(toks, lead); cn > 0 && lead+cn < j {
					lead += cn
				}
				if k := j + 1 + spanEndCap(toks, j+1); (!hasOrgCue(toks, a, j) || j-lead == 1) && hasOrgCue(toks, j+1, k) && countryAt(toks, lead) == 0 && countryAt(toks, j+1) == 0 && !knownOrgs.has(toks[lead].n) && j-lead <= 3 {
					j = k
					continue
				}
				// "The England and Wales Cricket Board": two lands (a country
				// or one word) before the words of a board, a council, an
				// authority.
				if k, cn := j+1+spanEndCap(toks, j+1), countryAt(toks, j+1); (countryAt(toks, lead) == j-lead || j-lead == 1 && !knownOrgs.has(toks[lead].n)) && cn > 0 && j+1+cn < k && listCues.has(toks[k-1].lower()) {
					j = k
					continue
				}
			}
			// "The Pensioners' and Farmers' Alliance": a plural's
			// possessive before "and" and a body's name of the same kind.
			if toks[j].n == "'" && strings.HasSuffix(toks[j-1].n, "s") && wordIs(toks, j+1, "and") && j+2 < len(toks) && isCapTok(toks[j+2]) {
				e := j + 2
				for e < len(toks) && (isCapTok(toks[e]) || toks[e].n == "'" && e+1 < len(toks) && isCapTok(toks[e+1])) {
					e++
				}
				if hasOrgCue(toks, j+2, e) {
					j = e
					continue
				}
			}
			// "Pratt & Whitney", "British Airline Pilots' Association".
			if (toks[j].n == "&" || toks[j].n == "'" && toks[j].kind == tWord) && j+1 < len(toks) && isCapTok(toks[j+1]) {
				j += 2
				continue
			}
			// "Tessaro Industrial Brands, Inc. (NYSE: TSRB)": a firm's legal
			// form after a comma ends its name.
			if l == "," && j+1 < len(toks) && j-a >= 1 && wordIs(toks, j+1, "inc", "inc.", "ltd", "ltd.", "llc", "l.l.c.", "plc", "corp", "corp.", "lp", "l.p.", "llp") && (j+2 >= len(toks) || !isCapTok(toks[j+2])) {
				j += 2
				break
			}
			// "Pruitt, Danforth & Weil", "Kettering, Boyle & Company",
			// "Lowell, Crane and Co": partners' names, a firm's.
			if l == "," && (j-a == 1 || j-a >= 3 && wordIs(toks, j-2, "of", "at")) && j+3 < len(toks) && isCapTok(toks[j+1]) && !isCapTok(toks[j+2]) && isCapTok(toks[j+3]) &&
				(toks[j+2].n == "&" || wordIs(toks, j+2, "and") && wordIs(toks, j+3, "co", "co.", "company")) {
				j += 4
				continue
			}
			// "Danish Transport, Construction and Housing Authority": a
			// list of a body's fields before the cue that ends its name.
			// "House Community Safety, Justice & Reentry Committee": "&"
			// as "and", and a chamber's name before its committee's fields.
			if l == "," && !sawOf && j-a <= 3 && (!hasOrgCue(toks, a, j) || wordIs(toks, a, "house", "senate", "assembly") && !hasOrgCue(toks, a+1, j)) && j+3 < len(toks) && isCapTok(toks[j+1]) && (toks[j+2].lower() == "and" || toks[j+2].n == "&") && isCapTok(toks[j+3]) {
				if k := j + 3 + spanEndCap(toks, j+3); k-j-3 <= 3 && listCues.has(toks[k-1].lower()) && !hasOrgCue(toks, j+3, k-1) {
					j = k
					break
				}
			}
			// "Ministry of Economy, Trade and Industry": a list inside a
			// body's name after "of".
			if l == "," && sawOf && hasOrgCue(toks, a, j) && j+3 < len(toks) && isCapTok(toks[j+1]) && toks[j+2].lower() == "and" && isCapTok(toks[j+3]) {
				j += 4
				continue
			}
			// "Brewster's Coffee Co.", "the Prosecutor General's Office": a
			// possessive inside a name that a firm's suffix or "Office"
			// ends (not a country's: "Iraq's Oil Ministry").
			// "the U.S. Attorney's Office": a country that names the office,
			// owning nothing ("U.S." with no "'s"), before a title's.
			if c := countryAt(toks, a); toks[j].n == "'s" && j+1 < len(toks) && isCapTok(toks[j+1]) && (c == 0 || a+c <= j-1 && !wordIs(toks, a+c, "'s") && titleWords.has(toks[j-1].lower())) {
				if k := j + 1 + spanEndCap(toks, j+1); k-j-1 <= 4 && (corporateSuffixes.has(toks[k-1].lower()) || toks[k-1].n == "Office" || wordIs(toks, k-1, "service", "services")) {
					j = k
					continue
				}
				// "St Brigid's National School", "St. Luke's Methodist
				// Church": a saint's name and the place named for it;
				// "Hank's Hardware", "Mama Thandi's Kitchen": a shop or a
				// venue named for its owner.
				// Not a body's own place ("Halloway Health's Riverbend
				// Medical Center"): an owner of one word, or a person's
				// name of two.
				owner := j-a == 1 || j-a == 2 && (knownGivenName(toks[a].lower()) || wordIs(toks, a, "mama", "papa", "uncle", "auntie", "aunt", "ma", "pa"))
				if k := j + 1 + spanEndCap(toks, j+1); k-j-1 <= 3 && (saintAt(toks, a) || venueWords.has(toks[k-1].lower()) && owner) {
					j = k
					continue
				}
			}
			// "Standard & Poor's": a firm's name of two joined by "&" may
			// end in a possessive's form, before a comma or a verb.
			if toks[j].n == "'s" && j-a >= 3 && indexWord(toks, a, j, "&") > a && (j+1 >= len(toks) || toks[j+1].kind != tWord || !isCapTok(toks[j+1])) {
				j++
				break
			}
			// "the People's Bank of China", "People's Liberation Army".
			if toks[j].n == "'s" && toks[j-1].n == "People" && j+1 < len(toks) && isCapTok(toks[j+1]) {
				j++
				continue
			}
			// "Moody's", "McDonald's": a firm whose name is a possessive.
			if toks[j].n == "'s" && j-a == 1 && possessiveFirms.has(toks[a].lower()) {
				j++
				break
			}
			// "Kessler plc": a firm's suffix, in lower case as British
			// wires write it, ends its name.
			if toks[j].n == "plc" {
				j++
				break
			}
			// "(MEK) Organization"
			if toks[j].n == "(" && j+3 < len(toks) && toks[j+2].n == ")" && isAcronym(toks[j+1].s) && isCapTok(toks[j+3]) {
				j += 4
				continue
			}
			break
		}
		// "the 6th Armored Division", "the 82nd Airborne", "the 8th U.S.
		// Circuit Court of Appeals": a unit or a circuit's number is its
		// name's.
		if a > 0 && numberedUnit(toks, a-1, j) {
			a--
		}
		out = append(out, span{a, j})
		i = j
	}
	return out
}

// unitWords name a numbered unit of armed forces, or a numbered court or
// district: "the 3rd Battalion", "the 9th Circuit".
var unitWords = words(`division battalion brigade regiment corps fleet squadron army circuit
	infantry cavalry airborne armored armoured marines commando wing`)

// numberedUnit says tokens [o,b) are a unit by its number: an ordinal
// at o, and one of unitWords after it ("6th Armored Division").
func numberedUnit(toks []token, o, b int) bool {
	return ordinalNumber(toks[o].n) && anyWordIn(toks, o+1, b, unitWords)
}

// ordinalNumber says w is an ordinal in figures: "6th", "82nd", "1st", "3rd".
func ordinalNumber(w string) bool {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 {
		return false
	}
	switch w[i:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// acronymLetters is an acronym's capital letters: "S&D" is "SD".
func acronymLetters(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if unicode.IsUpper(r) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// initialsOf is the first letters of the capitalized words in [a,b).
func initialsOf(toks []token, a, b int) string {
	var sb strings.Builder
	for i := a; i < b; i++ {
		if isCapTok(toks[i]) {
			r, _ := utf8.DecodeRuneInString(toks[i].s)
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// spanEndCap returns the length of the run of capitalized tokens at k.
func spanEndCap(toks []token, k int) int {
	n := 0
	for k+n < len(toks) && isCapTok(toks[k+n]) {
		n++
	}
	return n
}

// institutionCue says a word of [a,b) names the kind of an institution
// whose full name is complete in itself (a university, a company), unlike
// a field ("Services", "Affairs") that a longer name may continue with.
func institutionCue(toks []token, a, b int) bool {
	return anyWordIn(toks, a, b, institutionCues)
}

func hasOrgCue(toks []token, a, b int) bool {
	// "Hank's Hardware", "Murphy's Bar": a venue named for its owner.
	if b-a >= 3 && venueWords.has(toks[b-1].lower()) && indexWord(toks, a, b, "'s") > a {
		return true
	}
	// "6th Armored Division": a numbered unit (capSpans).
	if b-a >= 2 && numberedUnit(toks, a, b) {
		return true
	}
	for i := a; i < b; i++ {
		// "Cumberland Ridge Health System", "the Federal Reserve System":
		// a system of hospitals or schools is a body; the Solar System
		// and an operating system are not.
		// "Human Rights Watch", "Bicol Disaster Accountability Watch": a
		// watch of two words or more is a body that watches; "Apple
		// Watch" is a product.
		// "Santé pour Tous Centrafrique", "Médicos para el Mundo": a
		// French or Spanish name that is "for" someone is a body's.
		if l := toks[i].lower(); (l == "pour" || l == "para") && i > a && i < b-1 {
			return true
		}
		// "The Social Democratic Left", "the Tamar Greens": a party's
		// last word after words of its own.
		if l := toks[i].lower(); orgCueWords.has(l) || bankCompound(l) && !personBefore(toks, a, i) || i > a && tradeTails.has(l) ||
			(l == "left" || l == "greens") && i == b-1 && i-a >= 1 && !determiners.has(toks[i-1].lower()) ||
			l == "system" && i > a && systemOwners.has(toks[i-1].lower()) || l == "watch" && i == b-1 && i-a >= 2 ||
			l == "local" && i > a && i == b-2 && toks[b-1].kind == tNum {
			return true
		}
	}
	return false
}

// bankCompound says a word is a bank's name of one word, "Bundesbank",
// "Rabobank", "Nordbank": a longer word ending in "bank".
func bankCompound(l string) bool {
	return len(l) > 6 && strings.HasSuffix(l, "bank")
}

// personBefore says the word at i of the run [a,...) follows a given name
// or a person's title: "Fiona Marchbank", "Ms Marchbank" are people,
// whatever the surname ends in.
func personBefore(toks []token, a, i int) bool {
	return i > a && (knownGivenName(toks[i-1].lower()) || titleWords.has(toks[i-1].lower()))
}

// systemOwners are the words before "System" in the name of a body that
// runs hospitals, schools or money.
var systemOwners = words(`health healthcare hospital medical school schools university college reserve transit
	pension retirement`)

func hasTitle(toks []token, a, b int) bool {
	return anyWordIn(toks, a, b, titleWords)
}

func isAcronym(s string) bool {
	s = strings.ReplaceAll(s, ".", "")
	if spelledAcronym(s) {
		s = strings.ReplaceAll(s, "-", "")
	}
	if romanNumeral(s) {
		return false // "part XVII", "Henry VIII"
	}
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 7 {
		return false
	}
	upper := 0
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	for _, r := range s {
		if unicode.IsUpper(r) {
			upper++
		} else if !unicode.IsDigit(r) && r != '-' && r != '&' && r != '+' {
			if unicode.IsLower(r) && upper >= 2 {
				continue // "IRGCs"? allow a trailing lower letter
			}
			// "AfD", "PiS": small letters inside capitals.
			if unicode.IsLower(r) && n <= 4 && unicode.IsUpper(first) && unicode.IsUpper(last) {
				continue
			}
			return false
		}
	}
	return upper >= 2
}

// romanNumeral says s is a Roman numeral written in I, V and X alone (2 to
// 39), as a part, a volume or a monarch is numbered ("XVII", "III"); the
// numerals with L, C, D and M spell real acronyms ("MDC", "CDC") too often.
func romanNumeral(s string) bool {
	if len(s) < 2 || strings.Trim(s, "IVX") != "" {
		return false
	}
	n, prev := 0, 0
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10}
	for i := len(s) - 1; i >= 0; i-- {
		v := val[s[i]]
		if v < prev {
			n -= v
		} else {
			n += v
		}
		prev = v
	}
	return n < 40 && toRoman(n) == s
}

// toRoman writes n (1 to 39) as a Roman numeral.
func toRoman(n int) string {
	var sb strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			sb.WriteString(p.s)
			n -= p.v
		}
	}
	return sb.String()
}

// notOrgAcronyms are capitalised abbreviations that are not actors.
var notOrgAcronyms = words(`GP GPs PAC PACs IT AI TV GDP CEO CFO COO CTO PM AM PR HIV AIDS COVID COVID-19 UTC GMT USD EUR GBP DNA ID
	PhD PhDs MBA MBAs MSc BSc LLB LLM MPhil DPhil
	VPN PC OK II III IV VI LNG EV IPO SMS GPS CCTV UAV UAVs RPG IED ICBM KM MW GW VAT NGO NGOs MP MPs
	MMR MBE OBE CBE KBE DBE DOI RIP
	BC AD USB PDF FAQ CV TB GB MB OS IP URL HTML API QR PIN CPU GPU LLC LTD INC PLC CO SUV ATM DDoS
	RAM ROM Q1 Q2 Q3 Q4 H1 H2 NFT ETF PHOTO PHOTOS FILE VIDEO WATCH READ MORE UPDATE UPDATED EXCLUSIVE
	BREAKING LIVE FM FMs PMs MEP MEPs FIR FIRs ET PT CT CET CEST EET EEST WET BST EST EDT CST CDT MST MDT PST PDT JST
	AEST AEDT IST HKT SGT KST MSK WIB PKT IRST AST ADT NZST NZDT ACST AWST SAST EAT WAT CAT CPI PPI PMI EUV DUV HR CCTVs ZIP TGV TER MLAs TDs MSPs MKs
	TCP UDP HTTP HTTPS FTP SFTP SSH RDP SMB DNS DHCP TLS SSL SQL DLL DLLs EXE LNK MSI JSON XML CSV SDK CLI GUI IoT ICS SCADA
	VM VMs CVE CVEs CVSS IOCs TTP TTPs MFA SSO OTP EDR XDR SIEM RCE XSS CSRF SSRF RAT RATs YARA SHA MD5 AES
	BTC ETH XMR USDT IBAN SSN BOD ENDS ADR ADRs GDR GDRs`)

func isAllCaps(s string) bool {
	has := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			has = true
		}
	}
	return has
}

func titleCase(s string) string {
	var sb strings.Builder
	start := true
	for _, r := range s {
		if start {
			sb.WriteRune(unicode.ToUpper(r))
		} else {
			sb.WriteRune(unicode.ToLower(r))
		}
		start = r == ' ' || r == '-'
	}
	return sb.String()
}

// locatives are prepositions after which a capital is a place.
var locatives = words(`in at to from near outside inside into across around through via within toward towards`)

// govModifiers are lower-case words allowed between a country and a
// government body ("foreign ministry", "spy service").
var roleModifiers = words(`former then acting deputy outgoing incoming late new interim current ex chief senior top
	foreign interior defense defence finance justice health education trade economy economic energy
	home state prime vice assistant general executive police security intelligence military naval
	army national regional local provincial federal district presidential spy cyber cybersecurity
	opposition ruling dissident militant rights human news media broadcast wire public private
	technology tech software security chemical oil gas shipping mining bank banking investment
	opposition islamist armed rebel separatist terrorist criminal hacking hacker extremist
	environmental research think advocacy watchdog campaign political communications press
	information digital data nuclear atomic space maritime border customs immigration police
	transport migration labour labor agriculture culture tourism sports youth women foreign-affairs
	special top-level lead principal associate managing permanent chief-of-staff secretary
	general-secretary treasury prosecutor's attorney's state-run state-owned state-backed
	government-run government-backed independent leading major largest biggest prominent
	well-known renowned veteran longtime long-time cyber-security cyber security-service`)

// determiners end a backwards scan for a role phrase.
var determiners = words(`the a an his her its their our my your this that these those`)

// knownAcronymTitled says w is a known acronym written as a word, as the
// BBC and the Guardian write them: "Nato", "Ecowas", "Unicef".
func knownAcronymTitled(w string) bool {
	u := strings.ToUpper(w)
	return len(w) > 3 && w != u && knownOrgs.has(u) && isAllCaps(u)
}

// creditWords after an agency's acronym make a picture credit, "AP Photo".
var creditWords = words(`photo photos image images picture pictures video file`)

// partyTag says a token is a US party-and-state tag, "D-Ohio", "R-Texas":
// it describes the name before it and names no one.
func partyTag(t token) bool {
	return len(t.n) > 2 && (t.n[0] == 'D' || t.n[0] == 'R' || t.n[0] == 'I') && t.n[1] == '-' && t.n[2] >= 'A' && t.n[2] <= 'Z'
}

// placeCompound says a capitalized word describes by a place or an owner,
// "Cambridge-based", "Iran-backed", "Panama-flagged", and so is not part
// of the name after it. ("Mojahedin-e" is a name.)
func placeCompound(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i < 0 || !adjectivalCompound(w) {
		return false
	}
	suf := strings.ToLower(w[i+1:])
	return len(suf) >= 3 && (strings.HasSuffix(suf, "ed") || suf == "run" || suf == "born" || suf == "made" || suf == "style" || suf == "bound")
}

// isOrgDescriptor says a lower-case noun describes an organization:
// "firm", "regulator", or a compound of "-maker" ("chipmaker", "carmaker").
func isOrgDescriptor(w string) bool {
	return orgDescriptors.has(w) || len(w) > len("maker") && strings.HasSuffix(w, "maker")
}

// titleInOrgName says the title at t follows "of" (or "of the") after an
// organization's cue word in [a,t).
func titleInOrgName(toks []token, a, t int) bool {
	k := t - 1
	if k > a && toks[k].lower() == "the" {
		k--
	}
	return k > a && (toks[k].lower() == "of" || toks[k].lower() == "for") && hasOrgCue(toks, a, k)
}

// hasDigit is strings.ContainsAny(s, "0123456789"), a loop over the bytes:
// ContainsAny looks each rune of a short word up in the set in turn, and
// the name rules ask it of most capitalized words (throughput is a
// requirement: 1 MB/s per core). No byte of a longer UTF-8 sequence is an
// ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// identifierAt says the capitals at i are part of a code, not a body's
// acronym: "K-Us-27/2023" (digits inside), "IMO 9412387" (a number after).
func identifierAt(toks []token, i int) bool {
	if hasDigit(toks[i].n) {
		return true
	}
	return i+1 < len(toks) && toks[i+1].kind == tNum && (i+2 >= len(toks) || toks[i+2].kind != tWord)
}

// capsIn counts the capitalized words in [a,b).
func capsIn(toks []token, a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if isCapTok(toks[i]) {
			n++
		}
	}
	return n
}

// indexWord returns the first token in [a,b) whose lower case is w, or -1.
func indexWord(toks []token, a, b int, w string) int {
	for i := a; i < b; i++ {
		if toks[i].lower() == w {
			return i
		}
	}
	return -1
}

// stanceCompound says w is "pro-" or "anti-" and a word: "Pro-Beijing".
func stanceCompound(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			l := strings.ToLower(w)
			return len(l) > 4 && strings.HasPrefix(l, "pro-") || len(l) > 5 && strings.HasPrefix(l, "anti-")
		}
	}
	// ASCII, whose lower case is as long and differs in A-Z only: the run
	// asks this of the first word of every name, and strings.ToLower made
	// a string of each.
	return len(w) > 4 && asciiPrefixFold(w, "pro-") || len(w) > 5 && asciiPrefixFold(w, "anti-")
}

// asciiPrefixFold says ASCII w starts with lower-case p, A-Z read as a-z.
func asciiPrefixFold(w, p string) bool {
	if len(w) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

// adjectivalCompound says a word like "Nashville-based" or "Iran-backed"
// describes rather than names.
func adjectivalCompound(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i < 0 || i+1 >= len(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsLower(r)
}

// isAllCapsWord says token i is a shouted ordinary word (a dateline, a
// heading), not an acronym: all capitals and longer than an acronym.
func isAllCapsWord(toks []token, i int) bool {
	return len(toks[i].s) > 5 && isAllCaps(toks[i].s) && !spelledAcronym(toks[i].s)
}

// spelledAcronym says s is an acronym spelled out letter by letter, as the
// Voice of America writes them for its readers: "U-N", "U-N-H-C-R".
func spelledAcronym(s string) bool {
	letters := strings.ReplaceAll(s, "-", "")
	return len(letters) >= 2 && len(letters)*2-1 == len(s) && isAllCaps(letters)
}

func markUsed(used []bool, a, b int) {
	for i := a; i < b && i < len(used); i++ {
		if i >= 0 {
			used[i] = true
		}
	}
}

// lastTitle returns the index of the last title word in [a,b), or -1. A
// title must be followed by a name or end the span.
func lastTitle(toks []token, a, b int) int {
	for i := b - 1; i >= a; i-- {
		if titleWords.has(toks[i].lower()) {
			return i
		}
	}
	return -1
}

// acronymAt says tokens i to i+2 are an acronym in brackets: "(RSF)".
func acronymAt(toks []token, i int) bool {
	return i+2 < len(toks) && toks[i].n == "(" && toks[i+2].n == ")" && isAcronym(toks[i+1].s)
}

// initials are the capitals starting the words of a name, skipping "of",
// "and", "the" ("Securities and Exchange Commission" -> "SEC").
func initials(name string) string {
	var sb strings.Builder
	n := 0
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			sb.WriteRune(r)
			n++
		}
	}
	if n < 2 {
		return ""
	}
	return sb.String()
}

// hyphenInitials are the initials of a name whose words are joined by
// hyphens, each part counted ("Self-Defense Forces" -> "SDF"), or "" when
// no word of it is so joined.
func hyphenInitials(name string) string {
	if !strings.Contains(name, "-") {
		return ""
	}
	return initials(strings.ReplaceAll(name, "-", " "))
}

// lowerPatterns finds bodies and roles written in lower case after a
// country: "the Iranian foreign ministry", "Iran's spy service", "Albanian
// police", "the Biden administration", "Iran's foreign minister".
func (x *extractor) lowerPatterns(si int, used []bool, roles *[]pendingRole) {
	toks := x.sents[si].toks
	for i := 0; i < len(toks); i++ {
		if !isCapTok(toks[i]) {
			continue
		}
		var f countryForm
		cn := x.countryAt(si, i)
		if cn > 0 {
			f, _ = countryFormAt(toks, i)
		}
		j := i + cn
		if cn > 0 && f.kind == cmCapital {
			// "Tehran's efforts" -- a capital may stand for its government
			// only with a possessive.
			if j >= len(toks) || toks[j].n != "'s" {
				continue
			}
		}
		if cn == 0 {
			// "the Biden administration": a surname before "administration".
			// Not inside a body's name already read: "the State
			// Administration for Market Regulation".
			if i+1 < len(toks) && toks[i+1].lower() == "administration" && !used[i] && (i > 0 || x.isPersonTok(si, i)) {
				name := x.text(si, i, i+2)
				act := x.actorFor(name, briefings.ActorOrganization)
				x.add(mention{sent: si, a: i, b: i + 2, kind: mOrg, act: act})
				used[i], used[i+1] = true, true
			}
			continue
		}
		if j < len(toks) && toks[j].n == "'s" {
			j++
		}
		k := j
		for k < len(toks) && k-j < 3 && toks[k].kind == tWord && !toks[k].upper() && roleModifiers.has(toks[k].lower()) && !roleHeads.has(toks[k].lower()) && !govHeads.has(toks[k].lower()) {
			k++
		}
		if k >= len(toks) || toks[k].kind != tWord || toks[k].upper() {
			continue
		}
		head := toks[k].lower()
		next := ""
		if k+1 < len(toks) {
			next = toks[k+1].lower()
			if toks[k+1].kind != tWord {
				next = ""
			}
		}
		if govHeads.has(head) && (next == "" || stopAfterHead.has(next) || strings.HasSuffix(next, "ed")) && !used[k] {
			end := k + 1
			if (head == "embassy" || head == "consulate") && next == "in" && k+2 < len(toks) && isCapTok(toks[k+2]) {
				end = k + 2 + spanEndCap(toks, k+2)
			}
			name := x.text(si, i, end)
			act := x.actorFor(name, briefings.ActorOrganization)
			if act.typ == briefings.ActorOrganization {
				act.addAlias(name)
			}
			x.add(mention{sent: si, a: i, b: end, kind: mOrg, act: act})
			if f.kind != cmCapital && !used[i] {
				x.add(mention{sent: si, a: i, b: i + cn, kind: mCountry, act: x.countryActor(f.c)})
			}
			markUsed(used, i, end)
			i = end - 1
			continue
		}
		if roleHeads.has(head) && !used[k] {
			// Followed by a name: the name's own rules take it.
			if k+1 < len(toks) && (isCapTok(toks[k+1]) || toks[k+1].n == "," && k+2 < len(toks) && isCapTok(toks[k+2])) {
				continue
			}
			role := x.text(si, i, k+1)
			x.add(mention{sent: si, a: i, b: k + 1, kind: mRole, role: role, roleHead: head})
			*roles = append(*roles, pendingRole{sent: si, role: role})
			i = k
		}
	}
}
