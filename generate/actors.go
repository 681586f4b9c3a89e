package generate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mention kinds.
const (
	mPerson = iota
	mOrg
	mCountry  // country name or adjective
	mCapital  // a capital standing for its government
	mLocative // a capital as a place ("in Tirana"): an alias, not an actor on its own
	mRole     // a role without a name ("Iran's foreign minister says")
)

// mention is one place a sentence names an actor: tokens [a,b) of sentence
// sent.
type mention struct {
	sent, a, b int
	kind       int
	act        *actor
	role       string // mRole: the role phrase
	roleHead   string // mRole: its head noun
	surface    string // the text as written
}

// actor is an actor being built.
type actor struct {
	id      int    // order of creation, which lookups keep
	name    string // set by extractor.setName
	norm    string // normName(name)
	indexed bool   // listed in the organization indexes
	typ     string
	role    string
	aliases []string
	seen    map[string]bool // normalised name and aliases
	docs    map[int]bool
	first   int // order of first mention
	country *country
	tokens  []string // person: name tokens, lower case
}

func (a *actor) addAlias(s string) {
	s = strings.TrimSpace(s)
	k := normName(s)
	if k == "" || a.seen[k] {
		return
	}
	a.seen[k] = true
	a.aliases = append(a.aliases, s)
}

// normName is the matching key of a name: straight quotes, lower case, no
// leading article, no dots, single spaces.
func normName(s string) string {
	s = strings.ToLower(straighten(s))
	s = strings.ReplaceAll(s, ".", "")
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimPrefix(s, "the ")
	return s
}

// extractor holds the actor state across all documents.
type extractor struct {
	sents      []sentence
	actors     []*actor
	byKey      map[string]*actor // normalised name or alias -> actor
	byCountry  map[*country]*actor
	mentions   [][]mention // per sentence
	roles      []pendingRole
	order      int
	quoted     [][]bool        // per sentence and token: inside a quotation (markQuoted)
	paraQuotes map[int][]quote // a paragraph's quotations, by its first sentence (markQuoted)

	byWord      map[string][]mentionPos // mentions by the words of their actor's name and role (lastMentionWith)
	orgs        orgIndexes              // organizations by name, word prefix, initials
	stop        *stopper                // ends the run when the generation is cancelled
	surnames    actorIndex              // people by last name token
	familyFirst actorIndex              // people of three or more name tokens, by the first
	firstOfTwo  actorIndex              // people of two name tokens, by the first
}

func newExtractor(sents []sentence) *extractor {
	return &extractor{
		sents: sents, byKey: map[string]*actor{}, byCountry: map[*country]*actor{}, mentions: make([][]mention, len(sents)),
		orgs: newOrgIndexes(), surnames: actorIndex{}, familyFirst: actorIndex{}, firstOfTwo: actorIndex{},
	}
}

// span is a run of capitalized tokens.
type span struct{ a, b int }

var connectors = set(`of for de del della di da do dos das du van von der den ter bin ibn al el la le y`)

func isCapTok(t token) bool {
	if t.kind != tWord {
		return false
	}
	if t.upper() {
		return true
	}
	// al-Assad, el-Sisi, bin-Salman
	for _, p := range []string{"al-", "el-", "bin-", "ibn-", "abu-"} {
		if strings.HasPrefix(t.n, p) && len(t.n) > len(p) {
			r, _ := utf8.DecodeRuneInString(t.n[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// isDateWord says a capitalized token is a month or weekday, which never
// starts or continues a name.
func isDateWord(toks []token, i int) bool {
	l := toks[i].lower()
	if _, ok := weekdays[l]; ok {
		return true
	}
	if _, ok := weekdays[strings.TrimSuffix(l, "s")]; ok {
		return true
	}
	if m, ok := months[l]; ok {
		if m == 5 || l == "march" || l == "august" || l == "april" || l == "june" {
			// May/April/June/August are also names: "Theresa May".
			if i > 0 && isCapTok(toks[i-1]) && givenNames[toks[i-1].lower()] {
				return false
			}
		}
		return true
	}
	return false
}

// maxNameTokens bounds a run of capitalized words: a name is read with
// rules that look across the whole run, so a run of a whole text (a
// headline in capitals, one name repeated) would cost the square of its
// length. The longest name in the news, web and test texts measured is 34
// tokens; longer runs are cut into runs of this many.
const maxNameTokens = 48

// capSpans finds maximal runs of capitalized words, joined by name
// connectors ("Embassy of the Islamic Republic of Iran") and parenthesised
// acronyms ("Mojahedin-e Khalq (MEK) Organization").
func capSpans(toks []token) []span {
	var out []span
	i := 0
	for i < len(toks) {
		if !isCapTok(toks[i]) || isDateWord(toks, i) {
			i++
			continue
		}
		a := i
		j := i + 1
		sawOf := false
		for j < len(toks) && j-a < maxNameTokens {
			// A model code ends a name: "Pratt & Whitney Canada PW127M".
			if isCapTok(toks[j]) && !isDateWord(toks, j) && !strings.ContainsAny(toks[j].n, "0123456789") {
				j++
				continue
			}
			l := toks[j].lower()
			// connector (+ "the") + capitalized word; "on" after a body's
			// cue: "Commission on Human Rights", "Council on Foreign Relations".
			if connectors[l] || l == "on" && hasOrgCue(toks, a, j) {
				k := j + 1
				if k < len(toks) && toks[k].lower() == "the" {
					k++
				} else if k < len(toks) && connectors[toks[k].lower()] && !isCapTok(toks[k]) {
					k++ // "Gutiérrez de la Serna", "van der Leyen"
				}
				if k < len(toks) && isCapTok(toks[k]) && !isDateWord(toks, k) && !(l == "of" && countryAt(toks, k) > 0 && countryAt(toks, k) == spanEndCap(toks, k) && !hasOrgCue(toks, a, j) && !hasTitle(toks, a, j)) {
					if l == "of" || l == "for" || l == "on" {
						sawOf = true
					}
					j = k + 1
					continue
				}
			}
			if l == "and" && j+1 < len(toks) && isCapTok(toks[j+1]) {
				if n := countryAt(toks, a); n > j-a+1 {
					j = a + n
					continue
				}
				// "Minister for Disaster Management and Relief"
				if sawOf && (hasOrgCue(toks, a, j) || hasTitle(toks, a, j)) {
					j += 2
					continue
				}
				// "Securities and Exchange Commission": the cue comes after.
				lead := a // "The Independent Electoral and Boundaries Commission"
				if determiners[toks[lead].lower()] {
					lead++
				}
				// "The Socialists and Democrats (S&D)": the acronym spells the
				// names joined.
				if k := j + 1 + spanEndCap(toks, j+1); acronymAt(toks, k) && acronymLetters(toks[k+1].s) == initialsOf(toks, lead, k) {
					j = k
					continue
				}
				if k := j + 1 + spanEndCap(toks, j+1); !hasOrgCue(toks, a, j) && hasOrgCue(toks, j+1, k) && countryAt(toks, lead) == 0 && !knownOrgs[toks[lead].n] && j-lead <= 2 {
					j = k
					continue
				}
			}
			// "Pratt & Whitney", "British Airline Pilots' Association".
			if (toks[j].n == "&" || toks[j].n == "'" && toks[j].kind == tWord) && j+1 < len(toks) && isCapTok(toks[j+1]) {
				j += 2
				continue
			}
			// "Ministry of Economy, Trade and Industry": a list inside a
			// body's name after "of".
			if l == "," && sawOf && hasOrgCue(toks, a, j) && j+3 < len(toks) && isCapTok(toks[j+1]) && toks[j+2].lower() == "and" && isCapTok(toks[j+3]) {
				j += 4
				continue
			}
			// "(MEK) Organization"
			if toks[j].n == "(" && j+3 < len(toks) && toks[j+2].n == ")" && isAcronym(toks[j+1].s) && isCapTok(toks[j+3]) {
				j += 4
				continue
			}
			break
		}
		out = append(out, span{a, j})
		i = j
	}
	return out
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

func hasOrgCue(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if orgCueWords[toks[i].lower()] {
			return true
		}
	}
	return false
}

func hasTitle(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if titleWords[toks[i].lower()] {
			return true
		}
	}
	return false
}

func isAcronym(s string) bool {
	s = strings.ReplaceAll(s, ".", "")
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

// notOrgAcronyms are capitalised abbreviations that are not actors.
var notOrgAcronyms = set(`IT AI TV GDP CEO CFO COO CTO PM AM PR HIV AIDS COVID COVID-19 UTC GMT USD EUR GBP DNA ID
	VPN PC OK II III IV VI LNG EV IPO SMS GPS CCTV UAV UAVs RPG IED ICBM KM MW GW VAT NGO NGOs MP MPs
	BC AD USB PDF FAQ CV TB GB MB OS IP URL HTML API QR PIN CPU GPU LLC LTD INC PLC CO SUV ATM DDoS
	RAM ROM Q1 Q2 Q3 Q4 H1 H2 NFT ETF PHOTO PHOTOS FILE VIDEO WATCH READ MORE UPDATE UPDATED EXCLUSIVE
	BREAKING LIVE FM FMs PMs MEP MEPs FIR FIRs ET PT CT CET CEST EET EEST WET BST EST EDT CST CDT MST MDT PST PDT JST
	AEST AEDT IST`)

// countryAt returns how many tokens starting at i form a country name,
// adjective or capital (0: none). The longest form wins.
func countryAt(toks []token, i int) int {
	_, n := countryFormAt(toks, i)
	return n
}

// regionWords before a country's adjective make a region's: "Latin
// American", "Native American", "African American".
var regionWords = set(`latin native african asian central pan anglo hispano`)

func countryFormAt(toks []token, i int) (countryForm, int) {
	if i >= len(toks) || !isCapTok(toks[i]) {
		return countryForm{}, 0
	}
	if currencyAt(toks, i) { // "US$3 billion", "US dollars"
		return countryForm{}, 0
	}
	var best countryForm
	bestN := 0
	// The key is formKey of the words so far: token text is already
	// straight and has no spaces, so only dots go. Most capitalized words
	// begin no form, and the loop ends there (measured: this lookup was a
	// quarter of the generator's time while it built formKey each step).
	key := ""
	for n := 1; n <= maxCountryWords && i+n <= len(toks); n++ {
		t := toks[i+n-1]
		if t.kind != tWord {
			break
		}
		w := t.n
		if strings.IndexByte(w, '.') >= 0 {
			w = strings.ReplaceAll(w, ".", "")
		}
		if n > 1 {
			key += " "
		}
		key += w
		if f, ok := countryForms[key]; ok {
			best, bestN = f, n
		} else if n == 1 && isAllCaps(t.n) && utf8.RuneCountInString(t.n) > 3 {
			// A dateline in capitals: "LONDON".
			if f, ok := countryForms[formKey(titleCase(t.n))]; ok {
				best, bestN = f, n
			}
		}
		if !countryPrefixes[key] {
			break
		}
	}
	// "Latin American countries", "Native Americans": a region's people.
	if bestN > 0 && best.kind == cmAdj && i > 0 && toks[i-1].upper() && regionWords[toks[i-1].lower()] {
		return countryForm{}, 0
	}
	return best, bestN
}

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
var locatives = set(`in at to from near outside inside into across around through via within toward towards`)

// govModifiers are lower-case words allowed between a country and a
// government body ("foreign ministry", "spy service").
var roleModifiers = set(`former then acting deputy outgoing incoming late new interim current ex chief senior top
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
var determiners = set(`the a an his her its their our my your this that these those`)
