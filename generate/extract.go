package generate

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brief-team/brief/briefings"
)

// pending is a capitalized span not yet explained: it becomes a mention
// when it matches a known actor (a surname, an acronym), else it is dropped.
type pending struct{ sent, a, b int }

// pendingRole is a role named before its holder ("Iran's foreign minister
// says ... Hossein Amir-Abdollahian revealed ...").
type pendingRole struct {
	sent int
	role string
}

// text returns the original text of tokens [a,b) of sentence si.
func (x *extractor) text(si, a, b int) string {
	s := x.sents[si]
	if a >= b {
		return ""
	}
	return s.text[s.toks[a].start:s.toks[b-1].end]
}

func (x *extractor) doc(si int) int { return x.sents[si].doc }

// newActor returns the actor named key, creating it.
func (x *extractor) actorFor(name, typ string) *actor {
	k := normName(name)
	if a, ok := x.byKey[k]; ok && (a.typ == typ || typ == "") {
		return a
	}
	ck := ""
	if typ == briefings.ActorOrganization {
		ck = countryBodyKey(name)
	}
	if a, ok := x.byKey[ck]; ok && ck != "" && a.typ == typ {
		if lastWordUpper(name) && !lastWordUpper(a.name) {
			// The body's proper name, "Lithuanian Navy", over "Lithuania's navy".
			old := a.name
			x.setName(a, name)
			name = old
			a.seen[k] = true
			a.aliases = append([]string{name}, a.aliases...)
		} else {
			a.addAlias(name)
		}
		x.byKey[k] = a
		return a
	}
	a := &actor{id: len(x.actors), typ: typ, seen: map[string]bool{k: true}, docs: map[int]bool{}, first: x.order}
	x.setName(a, name)
	x.order++
	x.actors = append(x.actors, a)
	x.byKey[k] = a
	if ck != "" {
		x.byKey[ck] = a
	}
	return a
}

func lastWordUpper(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && unicode.IsUpper([]rune(f[len(f)-1])[0])
}

// countryBodyKey is the key of a body named after its country, whatever
// the country's form: "Lithuania's navy" and "Lithuanian Navy" are one. It
// is "" for other names.
func countryBodyKey(name string) string {
	toks := tokenize(name)
	f, cn := countryFormAt(toks, 0)
	if cn == 0 || f.kind == cmCapital {
		return ""
	}
	rest := cn
	if rest < len(toks) && toks[rest].n == "'s" {
		rest++
	}
	if rest >= len(toks) {
		return ""
	}
	return "\x00" + f.c.name + " " + normName(name[toks[rest].start:])
}

func (x *extractor) countryActor(c *country) *actor {
	if a, ok := x.byCountry[c]; ok {
		return a
	}
	a := &actor{id: len(x.actors), typ: briefings.ActorCountry, seen: map[string]bool{normName(c.name): true}, docs: map[int]bool{}, first: x.order, country: c}
	x.setName(a, c.name)
	x.order++
	x.actors = append(x.actors, a)
	x.byCountry[c] = a
	return a
}

func (x *extractor) add(m mention) {
	if m.surface == "" {
		m.surface = x.text(m.sent, m.a, m.b)
	}
	x.mentions[m.sent] = append(x.mentions[m.sent], m)
}

// run finds every mention in every sentence and builds the actors.
func (x *extractor) run() {
	var pend []pending
	for si := range x.sents {
		x.stop.check()
		toks := x.sents[si].toks
		used := make([]bool, len(toks))
		for _, sp := range capSpans(toks) {
			// Leading common words capitalized at the start of a sentence
			// or a quotation are not part of a name.
			a := sp.a
			if countryAt(toks, a) < sp.b-a {
				for a < sp.b && countryAt(toks, a) == 0 && (determiners[toks[a].lower()] || placeCompound(toks[a].n) || commonCapitalized[toks[a].lower()] && (a == 0 || toks[a-1].kind != tWord && toks[a-1].kind != tNum)) {
					a++
				}
			}
			// "Thirteen of the Security Council's members": a part of it.
			if a > sp.a && a < sp.b && toks[a].lower() == "of" && toks[a-1].kind == tWord && commonCapitalized[toks[a-1].lower()] {
				a++
				if a < sp.b && toks[a].lower() == "the" {
					a++
				}
			}
			if a >= sp.b {
				continue
			}
			if p, ok := x.classify(si, a, sp.b, used); !ok {
				pend = append(pend, p)
			}
		}
		x.lowerPatterns(si, used, &x.roles)
	}
	x.resolvePending(pend)
	x.mergeBareHeads()
	x.mergeTypeClashes()
	x.assignPendingRoles(x.roles)
	x.locatives()
	for si, ms := range x.mentions {
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].a < ms[j].a })
		for _, m := range ms {
			if m.act != nil {
				m.act.docs[x.doc(si)] = true
			}
		}
	}
}

// classify turns span [a,b) of sentence si into mentions. It returns false
// (and the span) when nothing in it is known yet.
func (x *extractor) classify(si, a, b int, used []bool) (pending, bool) {
	toks := x.sents[si].toks
	n := b - a
	if n == 1 && partyTag(toks[a]) {
		markUsed(used, a, b)
		return pending{}, true
	}

	// "UK-Albania": hyphenated country names.
	if n == 1 && strings.Contains(toks[a].n, "-") && countryAt(toks, a) == 0 {
		parts := strings.Split(toks[a].n, "-")
		all := len(parts) > 1
		for _, p := range parts {
			if _, ok := countryForms[formKey(p)]; !ok {
				all = false
			}
		}
		if all {
			for _, p := range parts {
				f := countryForms[formKey(p)]
				x.add(mention{sent: si, a: a, b: b, kind: mCountry, act: x.countryActor(f.c), surface: p})
			}
			return pending{}, true
		}
	}

	// A whole country name, adjective or capital; not a language: "a
	// Spanish dual-language program", "French lessons".
	if f, cn := countryFormAt(toks, a); cn == n {
		if f.kind != cmAdj || !languageAt(toks, b) {
			x.countryMention(si, a, b, f)
		}
		markUsed(used, a, b)
		return pending{}, true
	}

	// `"...," said Megan Liu of Redfern Research`: a person, then where
	// the person works. "University of Oxford" has one word before "of".
	if k := indexWord(toks, a, b, "of"); k-a >= 2 && k-a <= 3 && k+1 < b && !hasOrgCue(toks, a, k) && lastTitle(toks, a, k) < 0 &&
		(givenNames[toks[a].lower()] || a >= 1 && reportingVerbs[toks[a-1].lower()] && toks[a-1].lower() != "according" || hasOrgCue(toks, k+1, b) || acronymAt(toks, b)) &&
		countryAt(toks, a) == 0 && !isAcronym(toks[a].s) {
		x.person(si, a, k, x.text(si, k, b))
		markUsed(used, a, k)
		rest := k + 1
		if toks[rest].lower() == "the" {
			rest++
		}
		return x.classify(si, rest, b, used)
	}

	// A title before a name: "Albanian Prime Minister Edi Rama". Not a
	// title that ends a body's name: "Ministry of Justice", "Office of the
	// President".
	// "Minister of Territorial Administration" is an office, though
	// "Administration" names bodies.
	officeOf := func(t int) bool {
		return t+1 < b && (toks[t+1].lower() == "of" || toks[t+1].lower() == "for") && !hasOrgCue(toks, a, t)
	}
	if t := lastTitle(toks, a, b); t >= 0 && (!hasOrgCue(toks, t+1, b) || officeOf(t)) && !titleInOrgName(toks, a, t) && !knownOrgs[x.text(si, a, b)] {
		ns := t + 1
		// "Foreign Minister Prince Faisal bin Farhan": a royal or
		// religious honorific after an office belongs to the name.
		if honorifics[toks[t].lower()] && t > a {
			if t2 := lastTitle(toks, a, t); t2 >= 0 && t2 == t-1 && !honorifics[toks[t2].lower()] {
				ns, t = t, t2
			}
		}
		if ns < b && (toks[ns].lower() == "of" || toks[ns].lower() == "for") {
			// "Secretary of State Antony Blinken", "Prime Minister of Albania"
			rest := ns + 1
			if rest < b && toks[rest].lower() == "the" {
				rest++
			}
			if cn := countryAt(toks, rest); cn > 0 && rest+cn == b {
				ns = b
			} else if b-rest >= 3 {
				ns = b - 2
			} else {
				ns = b
			}
		}
		roleStart := x.roleStart(si, a)
		roleEnd := t + 1
		if ns > roleEnd && ns < b {
			roleEnd = ns // "Secretary of State" before "Antony Blinken"
		}
		role := ""
		if !nameTitles[toks[t].lower()] || t > a {
			role = x.text(si, roleStart, roleEnd)
			if nameTitles[toks[t].lower()] {
				role = x.text(si, roleStart, t)
			}
		}
		x.countriesIn(si, roleStart, ns)
		markUsed(used, roleStart, b)
		if ns >= b {
			if role != "" {
				x.add(mention{sent: si, a: roleStart, b: b, kind: mRole, role: role, roleHead: toks[t].lower()})
				if b >= len(toks) || toks[b].n != "," {
					x.roles = append(x.roles, pendingRole{sent: si, role: role})
				}
			}
			return pending{}, true
		}
		if cn := countryAt(toks, ns); cn == b-ns {
			f, _ := countryFormAt(toks, ns)
			x.countryMention(si, ns, b, f)
			x.add(mention{sent: si, a: roleStart, b: ns, kind: mRole, role: role, roleHead: toks[t].lower()})
			return pending{}, true
		}
		// "... for the East and Horn of Africa": words of the office, no name.
		if !isCapTok(toks[ns]) || connectors[toks[ns].lower()] {
			if role != "" {
				x.add(mention{sent: si, a: roleStart, b: b, kind: mRole, role: x.text(si, roleStart, b), roleHead: toks[t].lower()})
			}
			return pending{}, true
		}
		// "Judge Helena Lindqvist of Sweden": the country is not the name.
		if k := indexWord(toks, ns+1, b, "of"); k > ns {
			if cn := countryAt(toks, k+1); cn > 0 && k+1+cn == b {
				f, _ := countryFormAt(toks, k+1)
				x.countryMention(si, k+1, b, f)
				b = k
			}
		}
		if role == "" {
			// "Dr Patrick Ndlovu, the WHO representative in Mozambique",
			// "BNP standing committee member Mr Aminul Haque Chowdhury"
			if r, kind := x.descriptorAfter(si, b); kind == briefings.ActorPerson {
				role = r
			} else if r, kind, _ := x.descriptorBefore(si, a); kind == briefings.ActorPerson {
				role = r
			}
		}
		x.person(si, ns, b, role)
		return pending{}, true
	}

	// A given name that is also a country or a capital: `said Sofia
	// Restrepo`, "Jordan Hale, who ...".
	if n >= 2 && n <= 3 && givenNames[toks[a].lower()] && countryAt(toks, a) == 1 && !hasOrgCue(toks, a, b) && countryAt(toks, a+1) == 0 && x.personEvidence(si, a, b) && x.personContext(si, a, b) {
		role, kind := x.descriptorAfter(si, b)
		if kind != briefings.ActorPerson {
			role = ""
		}
		x.person(si, a, b, role)
		markUsed(used, a, b)
		return pending{}, true
	}

	// A country before the rest: "US Treasury Department", "Iranian Embassy",
	// "Iranian Telegram".
	if f, cn := countryFormAt(toks, a); cn > 0 && cn < n {
		// "Bangladesh Sangbad Sangstha (BSS)": the acronym spells the whole.
		if acronymAt(toks, b) && initials(x.text(si, a, b)) == strings.ToUpper(toks[b+1].s) {
			x.org(si, a, b, used)
			return pending{}, true
		}
		if knownOrgs[x.text(si, a+cn, b)] {
			if f.kind != cmCapital {
				x.add(mention{sent: si, a: a, b: a + cn, kind: mCountry, act: x.countryActor(f.c)})
			}
			x.org(si, a+cn, b, used)
			return pending{}, true
		}
		if hasOrgCue(toks, a+cn, b) {
			if f.kind != cmCapital {
				x.add(mention{sent: si, a: a, b: a + cn, kind: mCountry, act: x.countryActor(f.c)})
			}
			x.org(si, a, b, used)
			return pending{}, true
		}
		x.countryMention(si, a, a+cn, f)
		markUsed(used, a, a+cn)
		return x.classify(si, a+cn, b, used)
	}

	// Organizations: a cue word, a known name, an acronym, an acronym
	// and a place ("CPS Wessex", "UNICEF Bangladesh").
	acr := isAcronym(toks[a].s) && !notOrgAcronyms[toks[a].s] && !isAllCapsWord(toks, a) && !identifierAt(toks, a) && !currencyAt(toks, a)
	if hasOrgCue(toks, a, b) || knownOrgs[x.text(si, a, b)] || n == 1 && knownAcronymTitled(toks[a].s) || indexWord(toks, a, b, "&") > a || acr && (n == 1 || n == 2 && !isAcronym(toks[a+1].s) && !creditWords[toks[a+1].lower()]) {
		x.org(si, a, b, used)
		return pending{}, true
	}
	if acronymAt(toks, b) {
		x.org(si, a, b, used)
		if role, kind := x.descriptorAfter(si, b); kind == briefings.ActorOrganization {
			x.setRole(si, a, role)
		}
		return pending{}, true
	}

	// A name given in quotes after a description: a group known as
	// "Rhysida", the company, called "X"; not the firm's "Earn" program.
	closesAt := func(k int) bool { return k < len(toks) && (toks[k].kind == tDQ || toks[k].kind == tSQClose) }
	if a > 1 && (toks[a-1].kind == tDQ || toks[a-1].kind == tSQOpen) && toks[a-2].n != "'s" && (closesAt(b) || b < len(toks) && toks[b].n == "," && closesAt(b+1)) && n <= 4 {
		if k := orgHeadBefore(toks, a-2, 4, func(t token) bool { return t.kind == tDQ || t.kind == tSQOpen || t.n == "." }); k >= 0 {
			x.org(si, a, b, used)
			x.setRole(si, a, toks[k].s)
			return pending{}, true
		}
	}
	// The same without quotes: "a group calling itself BlackVault", "a
	// gang known as Scattered Spider".
	if a >= 2 && n <= 4 && namingWords[toks[a-1].lower()] && (toks[a-1].lower() != "as" || toks[a-2].lower() == "known") {
		if k := orgHeadBefore(toks, a-2, 3, func(t token) bool { return t.kind != tWord }); k >= 0 {
			x.org(si, a, b, used)
			x.setRole(si, a, toks[k].s)
			return pending{}, true
		}
	}

	// "built by Edinburgh-based Northlight Launch", "a spokesperson for
	// Northlight Launch": said of a company, not a person.
	based := a >= 1 && n <= 4 && strings.HasSuffix(toks[a-1].lower(), "-based") && !x.personEvidence(si, a, b)
	if based || a >= 2 && n <= 4 && toks[a-1].lower() == "for" && (toks[a-2].lower() == "spokesperson" || toks[a-2].lower() == "spokesman" || toks[a-2].lower() == "spokeswoman") {
		x.org(si, a, b, used)
		if based {
			x.setRole(si, a, toks[a-1].s)
		}
		return pending{}, true
	}
	// "analysts at Morgan Stanley", "researchers from Citizen Lab".
	if a >= 2 && (toks[a-1].lower() == "at" || toks[a-1].lower() == "from") && n <= 4 {
		h := toks[a-2].lower()
		if roleHeads[h] || roleHeads[strings.TrimSuffix(h, "s")] || h == "analysts" || h == "researchers" || h == "economists" || h == "employees" || h == "staff" || h == "executives" {
			x.org(si, a, b, used)
			if role, kind := x.descriptorAfter(si, b); kind == briefings.ActorOrganization {
				x.setRole(si, a, role)
			}
			return pending{}, true
		}
	}

	// Described by what comes before or after it.
	if role, kind, rs := x.descriptorBefore(si, a); kind != "" && n <= 5 {
		markUsed(used, rs, a)
		if kind == briefings.ActorOrganization {
			x.org(si, a, b, used)
			x.setRole(si, a, role)
			return pending{}, true
		}
		if n >= 2 || b < len(toks) {
			x.person(si, a, b, role)
			markUsed(used, a, b)
			return pending{}, true
		}
	}
	if role, kind := x.descriptorAfter(si, b); kind != "" && n <= 5 {
		if kind == briefings.ActorOrganization {
			x.org(si, a, b, used)
			x.setRole(si, a, role)
			return pending{}, true
		}
		if n >= 2 {
			x.person(si, a, b, role)
			markUsed(used, a, b)
			return pending{}, true
		}
	}
	// "Yemen's Houthi movement", "the Wagner group": a name and the kind of
	// body it is, in lower case.
	if n <= 3 && b < len(toks) && toks[b].kind == tWord && !toks[b].upper() && postDescriptors[toks[b].lower()] && !adjectivalCompound(toks[b-1].n) &&
		(b+1 >= len(toks) || toks[b+1].kind != tWord || stopAfterHead[toks[b+1].lower()] || reportingVerbs[toks[b+1].lower()] || strings.HasSuffix(toks[b+1].lower(), "ed")) &&
		!x.personEvidence(si, a, b) {
		x.org(si, a, b+1, used)
		// "the Renew Europe group" is also just "Renew Europe".
		if act := x.byKey[normName(x.text(si, a, b+1))]; act != nil {
			act.addAlias(x.text(si, a, b))
		}
		return pending{}, true
	}
	// Up to four names, with particles between: "Alfonso Gutiérrez de la Serna".
	if caps := capsIn(toks, a, b); caps >= 2 && caps <= 4 && n <= caps+2 && x.personEvidence(si, a, b) {
		x.person(si, a, b, "")
		markUsed(used, a, b)
		return pending{}, true
	}
	return pending{si, a, b}, false
}

// currencyAt says the word at i names a currency: "US$3 billion", "13.6
// billion US dollars", "Turkish lira".
func currencyAt(toks []token, i int) bool {
	return i+1 < len(toks) && (toks[i+1].n == "$" && toks[i+1].start == toks[i].end || currencyNouns[toks[i+1].lower()])
}

// currencyNouns follow a country's name or adjective in a currency's name.
var currencyNouns = set(`dollar dollars cent cents euro euros pound pounds peso pesos rupee rupees yen yuan
	renminbi franc francs ruble rubles rouble roubles lira liras riyal riyals rial rials dinar dinars
	dirham dirhams shekel shekels naira rand won ringgit baht real reais krona kronor krone kroner
	zloty forint hryvnia lari tenge cedi cedis shilling shillings kwacha birr taka`)

// languageAt says the words at i make a country's adjective a language:
// "Spanish dual-language program", "French lessons", "Arabic-speaking".
func languageAt(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	l := toks[i].lower()
	return languageNouns[l] || strings.HasSuffix(l, "-language") || strings.HasSuffix(l, "-speaking") || strings.HasSuffix(l, "-speakers")
}

// languageNouns follow a language's name.
var languageNouns = set(`language languages speaking speaker speakers lessons classes class course courses
	translation translations translator translators interpreter interpreters dialect subtitles
	version edition teacher teachers literature`)

// knownAcronymTitled says w is a known acronym written as a word, as the
// BBC and the Guardian write them: "Nato", "Ecowas", "Unicef".
func knownAcronymTitled(w string) bool {
	u := strings.ToUpper(w)
	return len(w) > 3 && w != u && knownOrgs[u] && isAllCaps(u)
}

// creditWords after an agency's acronym make a picture credit, "AP Photo".
var creditWords = set(`photo photos image images picture pictures video file`)

// possessives open a description that belongs to something named before.
var possessives = set(`its their his her our`)

// partyTag says a token is a US party-and-state tag, "D-Ohio", "R-Texas":
// it describes the name before it and names no one.
func partyTag(t token) bool {
	return len(t.n) > 2 && (t.n[0] == 'D' || t.n[0] == 'R' || t.n[0] == 'I') && t.n[1] == '-' && t.n[2] >= 'A' && t.n[2] <= 'Z'
}

// placePreps come before places, not people.
var placePreps = set(`in near at outside inside across`)

// positionWords place a person in a picture: "X, left, and Y".
var positionWords = set(`left right centre center second third front back top bottom`)

// officeBefore finds the title word of a capitalized office ending at
// token i ("Foreign Secretary", "Minister of Territorial Administration",
// "Regional Director for the East"), looking back over capitalized words
// and the small words of a title; -1 when there is none.
func officeBefore(toks []token, i int) int {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		l := toks[k].lower()
		if titleWords[l] && !nameTitles[l] && toks[k].upper() {
			return k
		}
		if !isCapTok(toks[k]) && l != "of" && l != "for" && l != "the" && l != "and" {
			return -1
		}
	}
	return -1
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
	return orgDescriptors[w] || len(w) > len("maker") && strings.HasSuffix(w, "maker")
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

// identifierAt says the capitals at i are part of a code, not a body's
// acronym: "K-Us-27/2023" (digits inside), "IMO 9412387" (a number after).
func identifierAt(toks []token, i int) bool {
	if strings.ContainsAny(toks[i].n, "0123456789") {
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
	return len(toks[i].s) > 5 && isAllCaps(toks[i].s)
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
		if titleWords[toks[i].lower()] {
			return i
		}
	}
	return -1
}

// roleStart extends a role backwards over lower-case modifiers ("former"),
// a country possessive ("Iran's") and hyphenated prefixes.
func (x *extractor) roleStart(si, a int) int {
	toks := x.sents[si].toks
	i := a
	for k := 0; k < 3 && i > 0; k++ {
		p := toks[i-1]
		l := p.lower()
		if p.kind == tWord && (l == "former" || l == "then" || l == "acting" || l == "deputy" || l == "outgoing" || l == "incoming" || l == "interim" || l == "late" || l == "ex" || l == "current" || l == "new") {
			i--
			continue
		}
		if l == "'s" && i >= 2 {
			if cn := countryAtEnd(toks, i-1); cn > 0 {
				i = i - 1 - cn
				continue
			}
		}
		break
	}
	return i
}

// countryAtEnd returns the length of a country form ending just before
// token end (exclusive).
func countryAtEnd(toks []token, end int) int {
	for n := 1; n <= maxCountryWords && end-n >= 0; n++ {
		if countryAt(toks, end-n) == n {
			return n
		}
	}
	return 0
}

func (x *extractor) countryMention(si, a, b int, f countryForm) {
	toks := x.sents[si].toks
	kind := mCountry
	if f.kind == cmCapital {
		kind = mCapital
		prev := ""
		if a > 0 {
			prev = toks[a-1].lower()
		}
		next := ""
		if b < len(toks) {
			next = toks[b].n
		}
		// "in Tirana", "Tirana, Albania", a dateline "LONDON:".
		if locatives[prev] || next == "," && b+1 < len(toks) && countryAt(toks, b+1) > 0 || next == ":" && a == 0 || next == "-" && a == 0 || a > 0 && toks[a-1].n == "," && a >= 2 && isCapTok(toks[a-2]) {
			kind = mLocative
		}
	}
	m := mention{sent: si, a: a, b: b, kind: kind}
	if kind == mLocative {
		m.surface = x.text(si, a, b)
		m.role = f.c.name // remembered for alias attachment
		x.add(m)
		return
	}
	m.act = x.countryActor(f.c)
	x.add(m)
}

// countriesIn records country mentions inside [a,b) (a role or an
// organization name), capitals excepted.
func (x *extractor) countriesIn(si, a, b int) {
	toks := x.sents[si].toks
	for i := a; i < b; i++ {
		if f, n := countryFormAt(toks, i); n > 0 && f.kind != cmCapital {
			x.add(mention{sent: si, a: i, b: i + n, kind: mCountry, act: x.countryActor(f.c)})
			i += n - 1
		}
	}
}

// person records a person mention with an optional role.
func (x *extractor) person(si, a, b int, role string) {
	toks := x.sents[si].toks
	name := x.text(si, a, b)
	// A single word matching a known person's surname is that person, and
	// so are two matching the end of a longer name ("Lorente Vicario" for
	// "María José Lorente Vicario", "Abu Sabib" for "Ibrahim Abu Sabib").
	var act *actor
	switch b - a {
	case 1:
		act = x.bySurname(toks[a].lower(), x.doc(si))
	case 2:
		if p := x.bySurname(toks[b-1].lower(), x.doc(si)); p != nil && len(p.tokens) > 2 && p.tokens[len(p.tokens)-2] == toks[a].lower() {
			act = p
		}
	}
	if act == nil {
		act = x.actorFor(name, briefings.ActorPerson)
		if act.tokens == nil {
			for i := a; i < b; i++ {
				act.tokens = append(act.tokens, toks[i].lower())
			}
			x.indexPerson(act)
		}
	} else {
		act.addAlias(name)
	}
	if act.role == "" && role != "" {
		act.role = cleanRole(role)
	}
	x.add(mention{sent: si, a: a, b: b, kind: mPerson, act: act})
}

// cleanRole drops a leading article and trailing punctuation.
func cleanRole(r string) string {
	r = strings.TrimSpace(r)
	for _, d := range []string{"the ", "a ", "an ", "The ", "A ", "An ", "his ", "her ", "its ", "their ", "His ", "Her "} {
		r = strings.TrimPrefix(r, d)
	}
	return strings.TrimRight(r, " ,;:")
}

func (x *extractor) setRole(si, a int, role string) {
	toks := x.sents[si].toks
	for i := len(x.mentions[si]) - 1; i >= 0; i-- {
		m := x.mentions[si][i]
		// The name's own mention, not a country read inside its
		// description ("the Spanish radio station Cadena SER").
		if m.kind == mCountry && m.a < a {
			continue
		}
		if (m.a <= a || m.a == a+1 && toks[a].lower() == "the") && m.act != nil {
			if m.act.role == "" && role != "" {
				m.act.role = cleanRole(role)
			}
			return
		}
	}
}

// bySurname finds the person whose last name is w, preferring doc.
func (x *extractor) bySurname(w string, doc int) *actor {
	// The surname, or the family name of a name written family name
	// first ("Yoon" for "Yoon Suk Yeol"): the first such person in order
	// of creation, or the first of them already cited by doc.
	cands := x.surnames[w]
	if !givenNames[w] && len(x.familyFirst[w]) > 0 {
		cands = slices.Clone(cands)
		for _, a := range x.familyFirst[w] {
			if !slices.Contains(cands, a) {
				cands = append(cands, a)
			}
		}
		slices.SortFunc(cands, func(a, b *actor) int { return a.id - b.id })
	}
	if len(cands) > 0 {
		for _, a := range cands {
			if a.docs[doc] {
				return a
			}
		}
		return cands[0]
	}
	// No surname matches: a two-word name may be written family name
	// first too ("Mr. Xi" for "Xi Jinping"), when the word names one
	// person only.
	if l := x.firstOfTwo[w]; len(l) == 1 {
		return l[0]
	}
	return nil
}

// org records an organization mention for span [a,b), extended by "in
// Brussels" after an embassy and by "(ACRONYM)".
func (x *extractor) org(si, a, b int, used []bool) {
	toks := x.sents[si].toks
	end := b
	last := toks[b-1].lower()
	if (last == "embassy" || last == "consulate" || last == "mission") && b+1 < len(toks) && toks[b].lower() == "in" && isCapTok(toks[b+1]) {
		end = b + 1 + max(1, spanEndCap(toks, b+1))
	}
	// Leading article.
	if toks[a].lower() == "the" {
		a++
	}
	name := x.text(si, a, end)
	var acr string
	if acronymAt(toks, end) {
		acr = toks[end+1].s
	}
	// "(MEK)" inside the name is an alias.
	for i := a; i+2 < end; i++ {
		if toks[i].n == "(" && toks[i+2].n == ")" {
			acr = toks[i+1].s
		}
	}
	var act *actor
	if ak, ok := x.byKey[normName(name)]; ok && ak.typ == briefings.ActorOrganization {
		act = ak
	} else if acr != "" && x.byKey[normName(acr)] != nil && x.byKey[normName(acr)].typ == briefings.ActorOrganization {
		act = x.byKey[normName(acr)]
		act.addAlias(name)
	} else if k := stripCountryPrefix(toks, a, end); k > a {
		// "US Treasury Department" after "Treasury Department" and vice versa.
		short := x.text(si, k, end)
		if ak, ok := x.byKey[normName(short)]; ok && ak.typ == briefings.ActorOrganization {
			act = ak
			act.addAlias(name)
		}
	}
	if act == nil {
		act = x.orgByPrefix(name)
	}
	if act == nil {
		act = x.orgByAcronym(name)
	}
	if act == nil {
		act = x.actorFor(name, briefings.ActorOrganization)
		if k := stripCountryPrefix(toks, a, end); k > a {
			if _, taken := x.byKey[normName(x.text(si, k, end))]; !taken {
				x.byKey[normName(x.text(si, k, end))] = act
			}
		}
	}
	if acr != "" {
		act.addAlias(acr)
		if _, taken := x.byKey[normName(acr)]; !taken {
			x.byKey[normName(acr)] = act
		}
	}
	if i := strings.Index(name, " ("); i > 0 && acr != "" {
		plain := strings.TrimSpace(name[:i] + strings.TrimPrefix(name[i:], " ("+acr+")"))
		act.addAlias(plain)
		x.byKey[normName(plain)] = act
	}
	// "Albania's Interior Ministry": the possessive form is an alias.
	if a >= 2 && toks[a-1].n == "'s" {
		if cn := countryAtEnd(toks, a-1); cn > 0 {
			act.addAlias(x.text(si, a-1-cn, end))
			f, _ := countryFormAt(toks, a-1-cn)
			x.add(mention{sent: si, a: a - 1 - cn, b: a - 1, kind: mCountry, act: x.countryActor(f.c)})
		}
	}
	x.countriesIn(si, a, end)
	markUsed(used, a, end)
	x.add(mention{sent: si, a: a, b: end, kind: mOrg, act: act})
	// A descriptor: "cybersecurity firm Mandiant", "IRNA state news agency".
	if act.role == "" {
		if role, typ, _ := x.descriptorBefore(si, a); typ == briefings.ActorOrganization {
			act.role = cleanRole(role)
		} else if role := x.postDescriptor(si, end); role != "" {
			act.role = role
		} else if role, typ := x.descriptorAfter(si, end); typ == briefings.ActorOrganization {
			act.role = cleanRole(role) // "Northbridge Health, a hospital chain,"
		}
	}
}

// orgByPrefix finds an organization whose name extends name, or which name
// extends, by words naming the kind of body ("Treasury" and "Treasury
// Department", "Ardent" and "Ardent Health Services"). The longer name
// becomes the actor's name.
func (x *extractor) orgByPrefix(name string) *actor {
	n := normName(name)
	// A longer name beginning with n, or a shorter one n begins with;
	// either way the extra words must name a body, and one word does not
	// name a body of three or more ("Kestrel" for "Kestrel Maritime", not
	// "Gibraltar" for "Gibraltar Socialist Labour Party").
	a := x.orgs.prefixOK.first(n)
	ends := wordEnds(n)
	for k := 1; k < len(ends); k++ {
		if hasCue(n[ends[k-1]+1:]) && !(k == 1 && len(ends)-k >= 2) {
			a = earlier(a, x.orgs.full.first(n[:ends[k-1]]))
		}
	}
	if a == nil {
		return nil
	}
	if len(n) > len(a.norm) {
		a.addAlias(a.name)
		x.setName(a, name)
	} else {
		a.addAlias(name)
	}
	x.byKey[n] = a
	return a
}

// orgByAcronym links an acronym and the name it abbreviates, in either
// order: "SEC" and "Securities and Exchange Commission".
func (x *extractor) orgByAcronym(name string) *actor {
	var a *actor
	if isAcronym(name) {
		a = x.orgs.initials.first(strings.ReplaceAll(name, ".", ""))
	}
	if in := initials(name); in != "" {
		a = earlier(a, x.orgs.acronym.first(in))
	}
	if a == nil {
		return nil
	}
	if len(name) > len(a.name) {
		a.addAlias(a.name)
		x.setName(a, name)
	} else {
		a.addAlias(name)
	}
	x.byKey[normName(name)] = a
	return a
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

// stripCountryPrefix returns where the name [a,b) continues after a leading
// country form, or a when there is none.
func stripCountryPrefix(toks []token, a, b int) int {
	if cn := countryAt(toks, a); cn > 0 && a+cn < b {
		return a + cn
	}
	return a
}

// postDescriptors may follow an organization's name as its description.
var postDescriptors = set(`agency broadcaster newspaper daily outlet group firm company website tabloid militia movement
	union board party faction`)

// postDescriptor reads "state news agency" right after an organization's
// name: lower-case words ending in an organization noun.
func (x *extractor) postDescriptor(si, b int) string {
	toks := x.sents[si].toks
	i := b
	for i < len(toks) && i-b < 4 && toks[i].kind == tWord && !toks[i].upper() && !stopAfterHead[toks[i].lower()] {
		i++
	}
	if i == b || !postDescriptors[toks[i-1].lower()] {
		return ""
	}
	if i < len(toks) && toks[i].kind == tWord && !stopAfterHead[toks[i].lower()] {
		return ""
	}
	return x.text(si, b, i)
}

// descriptorBefore reads a description right before a name: "cybersecurity
// firm Mandiant", "his Turkish counterpart, Mevlut Cavusoglu", "Albania's
// former police director, Gledis Nano". It returns the role, the actor type
// it implies and where the role starts.
func (x *extractor) descriptorBefore(si, a int) (string, string, int) {
	toks := x.sents[si].toks
	i := a
	comma := false
	if i > 0 && toks[i-1].n == "," {
		comma = true
		i--
	}
	end := i
	// "the Foreign Secretary, Helen Caldwell", "Gibraltar's Chief
	// Minister, Nicholas Olivero": a capitalized office in apposition.
	if comma && i > 0 && toks[i-1].kind == tWord && toks[i-1].upper() && officeBefore(toks, i) >= 0 {
		// "Chad's Minister of Territorial Administration, Mahamat Yaya":
		// the office runs back to its title word.
		s := officeBefore(toks, i)
		for s > 0 && i-s < 10 && isCapTok(toks[s-1]) && !isDateWord(toks, s-1) {
			s--
		}
		if s >= 2 && toks[s-1].n == "'s" && isCapTok(toks[s-2]) {
			s -= 2
		}
		if s == 0 || determiners[toks[s-1].lower()] || toks[s-1].kind == tPunct || toks[s-1].kind == tDQ {
			x.countriesIn(si, s, end)
			return x.text(si, s, end), briefings.ActorPerson, s
		}
		return "", "", a
	}
	if i == 0 || toks[i-1].kind != tWord || toks[i-1].upper() {
		return "", "", a
	}
	head := toks[i-1].lower()
	typ := ""
	// "A spokesman for the group, Yahya Saree": ROLE for|of|at the NOUN.
	if comma && !roleHeads[head] {
		for k := i - 2; k >= 1 && k >= i-5; k-- {
			l := toks[k].lower()
			if (l == "for" || l == "of" || l == "at") && roleHeads[toks[k-1].lower()] {
				s := k - 1
				if s > 0 && determiners[toks[s-1].lower()] {
					s--
				}
				if s == 0 || toks[s-1].kind == tPunct || toks[s-1].kind == tDQ {
					return x.text(si, s, end), briefings.ActorPerson, s
				}
				break
			}
			if toks[k].kind != tWord || toks[k].upper() && !determiners[l] {
				break
			}
		}
	}
	switch {
	case roleHeads[head]:
		typ = briefings.ActorPerson
	case isOrgDescriptor(head) && (!comma || i >= 2 && possessives[toks[i-2].lower()] || i >= 3 && possessives[toks[i-3].lower()]):
		// With a comma only after a possessive: "Its Athens-based
		// operator, Delos Maritime".
		typ = briefings.ActorOrganization
		if i >= 2 && toks[i-2].lower() == "to" {
			return "", "", a // "plans to station UK Border Force officers"
		}
	default:
		return "", "", a
	}
	start := i - 1
	for k := 0; k < 4 && start > 0; k++ {
		p := toks[start-1]
		l := p.lower()
		if l == "'" || l == "’" {
			// A plural possessive, "employers' group", takes its owner;
			// a lone quotation mark ends the role.
			if start >= 2 && toks[start-2].kind == tWord && strings.HasSuffix(toks[start-2].lower(), "s") {
				start -= 2
			}
			break
		}
		if p.kind == tWord && (!p.upper() || placeCompound(p.n)) && !determiners[l] && !stopAfterHead[l] && !locatives[l] && l != "'s" {
			start--
			continue
		}
		if p.kind == tWord && p.upper() {
			if cn := countryAtEnd(toks, start); cn > 0 {
				f, _ := countryFormAt(toks, start-cn)
				if f.kind == cmAdj {
					start -= cn
					continue
				}
			}
		}
		if l == "'s" {
			if cn := countryAtEnd(toks, start-1); cn > 0 {
				start = start - 1 - cn
			} else if start >= 3 && toks[start-2].kind == tWord && !toks[start-2].upper() && determiners[toks[start-3].lower()] {
				// "The group's political leader, Ismail Haniyeh"
				start -= 2
			} else if start >= 2 && isCapTok(toks[start-2]) {
				// "Labour's shadow home secretary": the possessor is an
				// organization.
				pe := start - 1
				ps := pe
				for ps > 0 && pe-ps < 4 && isCapTok(toks[ps-1]) {
					ps--
				}
				// Not a person's: "Perić's lawyer, Tomislav Jurić".
				if !x.covered(si, ps, pe) && typ == briefings.ActorPerson && (pe-ps != 1 || x.bySurname(toks[ps].lower(), x.doc(si)) == nil) {
					x.org(si, ps, pe, make([]bool, len(toks)))
				}
				start = ps
			}
		} else if p.kind == tWord && p.upper() && typ == briefings.ActorPerson && !comma {
			// "Kremlin spokesman Dmitry Peskov", "White House spokesman".
			ps := start
			for ps > 0 && start-ps < 3 && isCapTok(toks[ps-1]) && countryAt(toks, ps-1) == 0 {
				ps--
			}
			// "Vietnamese Communist Party chief": a country adjective
			// may open the body's name.
			if cn := countryAtEnd(toks, ps); cn > 0 && ps < start {
				if f, _ := countryFormAt(toks, ps-cn); f.kind == cmAdj {
					ps -= cn
				}
			}
			if ps == 0 || !isCapTok(toks[ps-1]) {
				start = ps
			}
		}
		break
	}
	if comma {
		// "X, NAME" is an apposition only after a determiner, a
		// possessive or a clause boundary; "Iran, Iraq" is a list.
		if start > 0 {
			p := toks[start-1].lower()
			if !determiners[p] && !(p == "," || p == "\"" || p == "between" || p == "with" || p == "and" || p == "by" || p == "from" || p == "to" || p == "of" || p == "said" || p == "told") {
				return "", "", a
			}
		}
	}
	x.countriesIn(si, start, end)
	return x.text(si, start, end), typ, start
}

// descriptorAfter reads an apposition after a name: ", the British
// ambassador in Tirana," / ", a cybersecurity firm,".
func (x *extractor) descriptorAfter(si, b int) (string, string) {
	toks := x.sents[si].toks
	if ageAfter(toks, b) {
		b += 2 // "Giovanna Rossi, 67, a resident of Faenza"
	}
	if acronymAt(toks, b) {
		b += 3 // "The Rapid Support Forces (RSF), a paramilitary group,"
	}
	if b >= len(toks) || toks[b].n != "," {
		return "", ""
	}
	i := b + 1
	start := i
	for i < len(toks) && i-start < 12 {
		t := toks[i]
		if t.kind == tPunct || t.kind == tDQ {
			break
		}
		i++
	}
	if i == start {
		return "", ""
	}
	// The phrase: [det] [Country's|adj] modifiers HEAD... [prep phrase]
	k := start
	if determiners[toks[k].lower()] && toks[k].lower() != "this" && toks[k].lower() != "that" {
		k++
	}
	lastHead := -1
	end := i
	for ; k < i; k++ {
		l := toks[k].lower()
		if lastHead >= 0 && (l == "of" || l == "in" || l == "at" || l == "for" || l == "to" || l == "with" || l == "from" || l == "on") {
			if lastHead != k-1 {
				return "", ""
			}
			break
		}
		if roleHeads[l] || orgDescriptors[l] || humanHeads[l] {
			lastHead = k
			continue
		}
		// "a 34-year-old mother of five": an age is a modifier.
		if toks[k].kind == tWord && !toks[k].upper() && !stopAfterHead[l] && l != "who" || toks[k].kind == tNum && strings.HasSuffix(l, "-old") {
			continue
		}
		if l == "'s" || countryAt(toks, k) > 0 {
			continue
		}
		if toks[k].upper() && k+1 < i && toks[k+1].n == "'s" {
			continue
		}
		// A body's name before the head: "the WHO representative in
		// Yemen", "the White House press secretary".
		if toks[k].upper() && toks[k].kind == tWord && lastHead < 0 && k > start {
			continue
		}
		return "", ""
	}
	if lastHead < 0 || k == i && lastHead != i-1 {
		return "", ""
	}
	// A relative clause is not part of the role: "a resident of Faenza
	// whose ground floor was flooded".
	for j := lastHead + 1; j < end; j++ {
		if relativeWords[toks[j].lower()] {
			end = j
			break
		}
	}
	// "..., a spokesperson for the commission said": a clause with its own
	// subject, not a description of the name before it.
	// Only a finite verb makes a clause: "the state news agency" is not
	// one ("state" is also a verb).
	for j := start; j < end; j++ {
		if l := toks[j].lower(); reportingVerbs[l] && l != "according" && (l == "said" || l == "told" || strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "s")) {
			return "", ""
		}
	}
	l := toks[lastHead].lower()
	typ := briefings.ActorPerson
	if orgDescriptors[l] && !roleHeads[l] {
		typ = briefings.ActorOrganization
	}
	x.countriesIn(si, start, end)
	return x.text(si, start, end), typ
}

// orgHeadBefore looks back from token from, over at most n more tokens,
// for a noun naming a kind of body ("group", "company"), stopping at a
// token stop accepts; it returns the noun's index or -1.
func orgHeadBefore(toks []token, from, n int, stop func(token) bool) int {
	for k := from; k >= 0 && k >= from-n; k-- {
		if l := toks[k].lower(); orgDescriptors[l] && !roleHeads[l] {
			return k
		}
		if stop(toks[k]) {
			return -1
		}
	}
	return -1
}

// namingWords introduce a name after a description.
var namingWords = set(`itself themselves as called named dubbed`)

// relativeWords open a relative clause.
var relativeWords = set(`who whose whom which that where when while`)

// acronymAt says tokens i to i+2 are an acronym in brackets: "(RSF)".
func acronymAt(toks []token, i int) bool {
	return i+2 < len(toks) && toks[i].n == "(" && toks[i+2].n == ")" && isAcronym(toks[i+1].s)
}

// ageAfter says the name ending before token b is followed by an age
// apposition: ", 67,".
func ageAfter(toks []token, b int) bool {
	if b+2 >= len(toks) || toks[b].n != "," || toks[b+1].kind != tNum || toks[b+2].n != "," {
		return false
	}
	n, err := strconv.Atoi(toks[b+1].n)
	return err == nil && n > 0 && n < 120
}

// personEvidence says an unexplained capitalized pair is a person: a given
// name first, a reporting verb or "who" after it.
func (x *extractor) personEvidence(si, a, b int) bool {
	toks := x.sents[si].toks
	for i := a; i < b; i++ {
		if toks[i].kind != tWord || isAllCaps(toks[i].s) && len(toks[i].s) > 1 {
			return false
		}
	}
	if a > 0 && (toks[a-1].lower() == "a" || toks[a-1].lower() == "an") {
		return false // "a Virginia Democrat": a description, not a name
	}
	// "a mother from El Geneina, who ...": after a preposition of place, a
	// place ("a letter from John Smith" has a given name).
	if a > 0 && (placePreps[toks[a-1].lower()] || toks[a-1].lower() == "from" && !givenNames[toks[a].lower()]) {
		return false
	}
	for i := a; i < b; i++ {
		if notNameWords[toks[i].lower()] {
			return false
		}
	}
	// "Capitol Hill" is a place; "Marcus Hill, a parent, said" a person.
	if placeWords[toks[b-1].lower()] && !(x.personContext(si, a, b) && b < len(toks) && toks[b].n == "," && (b+1 >= len(toks) || !relativeWords[toks[b+1].lower()])) {
		return false
	}
	return givenNames[toks[a].lower()] || x.personContext(si, a, b)
}

// personContext says the words around [a,b) treat it as a person: an age,
// a reporting verb, "who".
func (x *extractor) personContext(si, a, b int) bool {
	toks := x.sents[si].toks
	// News gives a person's age after the name: "Giovanna Rossi, 67,".
	if ageAfter(toks, b) {
		return true
	}
	// A quotation's reporting clause: `"...," said Giovanna Rossi`.
	if a >= 2 && reportingVerbs[toks[a-1].lower()] && toks[a-1].lower() != "according" && (toks[a-2].n == "," || toks[a-2].kind == tDQ) && (b == len(toks) || toks[b].kind == tPunct) {
		return true
	}
	i := b
	if i < len(toks) && (toks[i].lower() == "also" || toks[i].lower() == "later" || toks[i].lower() == "has" || toks[i].lower() == "had") {
		i++
	}
	if i < len(toks) && (reportingVerbs[toks[i].lower()] && toks[i].lower() != "according" || toks[i].lower() == "who") {
		return true
	}
	if i+1 < len(toks) && toks[i].n == "," && toks[i+1].lower() == "who" {
		return true
	}
	// A caption's "X, left, and Y"; "X, a 34-year-old mother of five".
	if i+2 < len(toks) && toks[i].n == "," && (positionWords[toks[i+1].lower()] && (toks[i+2].n == "," || toks[i+2].n == ")") ||
		determiners[toks[i+1].lower()] && strings.HasSuffix(toks[i+2].lower(), "-year-old")) {
		return true
	}
	// "Marcus Hill, a Hawthorne parent and PTA treasurer, said": a name
	// and an apposition about a person before a verb.
	if i+1 < len(toks) && toks[i].n == "," && determiners[toks[i+1].lower()] {
		human := false
		for c := i + 1; c < len(toks) && c < i+24; c++ {
			if l := toks[c].lower(); humanHeads[l] || roleHeads[l] {
				human = true
			}
			if toks[c].n == "," {
				if human && c+1 < len(toks) && reportingVerbs[toks[c+1].lower()] && toks[c+1].lower() != "according" {
					return true
				}
				break
			}
		}
	}
	// "..., Yahya Saree, said": a name closing an apposition before a verb.
	if a > 0 && toks[a-1].n == "," && i+1 < len(toks) && toks[i].n == "," && reportingVerbs[toks[i+1].lower()] && toks[i+1].lower() != "according" {
		return true
	}
	return false
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
		f, cn := countryFormAt(toks, i)
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
		for k < len(toks) && k-j < 3 && toks[k].kind == tWord && !toks[k].upper() && roleModifiers[toks[k].lower()] && !roleHeads[toks[k].lower()] && !govHeads[toks[k].lower()] {
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
		if govHeads[head] && (next == "" || stopAfterHead[next] || strings.HasSuffix(next, "ed")) && !used[k] {
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
		if roleHeads[head] && !used[k] {
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

// covered says a mention already covers tokens [a,b) of sentence si.
func (x *extractor) covered(si, a, b int) bool {
	for _, m := range x.mentions[si] {
		if m.a <= a && b <= m.b && m.act != nil {
			return true
		}
	}
	return false
}

// mergeBareHeads gives a body named by its head word alone, "the
// Commission", "the Bank", to the one body of the text whose name has that
// head, "European Commission", "Bank of Canada". With two such bodies it
// stays apart.
func (x *extractor) mergeBareHeads() {
	// The bodies by the words their names end with, and by the word before
	// "of" that begins them; names do not change here.
	suffix, ofHead := actorIndex{}, actorIndex{}
	for _, a := range x.actors {
		if a.typ != briefings.ActorOrganization {
			continue
		}
		ends := wordEnds(a.norm)
		for k := 1; k < len(ends); k++ {
			suffix.add(a.norm[ends[k-1]+1:], a)
		}
		if len(ends) >= 3 && a.norm[ends[0]:ends[1]] == " of" {
			ofHead.add(a.norm[:ends[0]], a)
		}
	}
	into := map[*actor]*actor{}
	for _, bare := range x.actors {
		n := bare.norm
		// One word that names bodies ("Commission"), or a name that ends
		// in one ("House Committee" of "Knesset House Committee").
		w := strings.Fields(n)
		if bare.typ != briefings.ActorOrganization || len(w) == 0 || !orgCueWords[w[len(w)-1]] || len(w) > 1 && len(bare.aliases) > 0 {
			continue
		}
		// The one body, other than bare, whose name ends in n, or begins
		// with "n of" when n is one word.
		var full *actor
		many := false
		consider := func(l []*actor) {
			for _, a := range l {
				if a == bare || a == full {
					continue
				}
				if full != nil {
					many = true
					return
				}
				full = a
			}
		}
		consider(suffix[n])
		if len(w) == 1 && !many {
			consider(ofHead[n])
		}
		if many {
			full = nil
		}
		if full != nil {
			into[bare] = full
			full.addAlias(bare.name)
			if full.role == "" {
				full.role = bare.role
			}
			full.first = min(full.first, bare.first)
		}
	}
	x.moveMentions(into)
}

// moveMentions gives the mentions of each actor in into to the actor it
// maps to, which then has no mentions and is left out of the briefing.
func (x *extractor) moveMentions(into map[*actor]*actor) {
	if len(into) == 0 {
		return
	}
	for _, ms := range x.mentions {
		for i := range ms {
			if to, ok := into[ms[i].act]; ok {
				ms[i].act, ms[i].kind = to, kindOf(to)
			}
		}
	}
}

// mergeTypeClashes makes one organization of a name read as a person in
// one place ("Kestrel Point said", weak evidence) and as a body in another
// ("head of threat intelligence at Kestrel Point", "a cybersecurity firm").
func (x *extractor) mergeTypeClashes() {
	orgs := map[string]*actor{}
	for _, a := range x.actors {
		if a.typ == briefings.ActorOrganization {
			orgs[a.norm] = a
		}
	}
	into := map[*actor]*actor{}
	for _, a := range x.actors {
		if o := orgs[a.norm]; a.typ == briefings.ActorPerson && o != nil && a.role == "" {
			into[a] = o
		}
	}
	x.moveMentions(into)
}

func (x *extractor) isPersonTok(si, i int) bool {
	for _, m := range x.mentions[si] {
		if m.a <= i && i < m.b && m.kind == mPerson {
			return true
		}
	}
	return false
}

// resolvePending matches unexplained spans against the actors found:
// surnames, acronyms and other aliases.
func (x *extractor) resolvePending(pend []pending) {
	for _, p := range pend {
		x.stop.check()
		toks := x.sents[p.sent].toks
		name := x.text(p.sent, p.a, p.b)
		if x.covered(p.sent, p.a, p.b) {
			continue
		}
		if act, ok := x.byKey[normName(name)]; ok {
			x.add(mention{sent: p.sent, a: p.a, b: p.b, kind: kindOf(act), act: act})
			act.addAlias(name)
			continue
		}
		// "European leaders": an adjective, not short for "European Union".
		adjective := p.b-p.a == 1 && p.b < len(toks) && toks[p.b].kind == tWord && !toks[p.b].upper() &&
			(strings.HasSuffix(name, "an") || strings.HasSuffix(name, "ese") || strings.HasSuffix(name, "ish") || strings.HasSuffix(name, "ic"))
		if act := x.orgPrefixOf(name); act != nil && !adjective {
			x.add(mention{sent: p.sent, a: p.a, b: p.b, kind: mOrg, act: act})
			act.addAlias(name)
			continue
		}
		// A name listed beside a person's: "Andreea Ionescu, Mihai Vlad and
		// Sorin Pavel", "X, left, and Mihai Vlad".
		if n := p.b - p.a; n >= 2 && n <= 3 && !hasOrgCue(toks, p.a, p.b) && countryAt(toks, p.a) == 0 && x.listedWithPerson(p.sent, p.a, p.b) {
			x.person(p.sent, p.a, p.b, "")
			continue
		}
		if p.b-p.a <= 2 {
			last := toks[p.b-1].lower()
			if act := x.bySurname(last, x.doc(p.sent)); act != nil {
				// "Rama" or "Edi Rama" for "Edi Rama"; a first name before
				// the surname must agree.
				if p.b-p.a == 1 || len(act.tokens) >= 2 && act.tokens[len(act.tokens)-2] == toks[p.a].lower() {
					x.add(mention{sent: p.sent, a: p.a, b: p.b, kind: mPerson, act: act})
					act.addAlias(name)
					continue
				}
			}
		}
	}
}

// listedWithPerson says the span [a,b) is an item of a list whose item
// next to it is a person: joined by a comma or "and", across a caption's
// position word ("X, left, and Y").
func (x *extractor) listedWithPerson(si, a, b int) bool {
	toks := x.sents[si].toks
	// A list item opens after punctuation or "and", not after a
	// preposition: "minister for Climate Action, Jordi Ferrer".
	if a > 0 && toks[a-1].kind == tWord && toks[a-1].lower() != "and" && toks[a-1].lower() != "including" {
		return false
	}
	isPerson := func(m mention, ok bool) bool { return ok && m.act != nil && m.act.typ == briefings.ActorPerson }
	// The item before.
	k := a
	for k > 0 && (toks[k-1].n == "," || toks[k-1].lower() == "and") {
		k--
	}
	if k < a {
		if k >= 2 && positionWords[toks[k-1].lower()] && toks[k-2].n == "," {
			k -= 2
		}
		if isPerson(x.mentionEndingAt(si, k)) {
			return true
		}
	}
	// The item after.
	k = b
	for k < len(toks) && (toks[k].n == "," || toks[k].lower() == "and") {
		k++
	}
	return k > b && isPerson(x.mentionAt(si, k))
}

// orgPrefixOf finds the organization whose name begins with the words of
// name followed by words naming a body ("Ardent" for "Ardent Health
// Services").
func (x *extractor) orgPrefixOf(name string) *actor {
	return x.orgs.prefixCu.first(normName(name))
}

func kindOf(a *actor) int {
	switch a.typ {
	case briefings.ActorPerson:
		return mPerson
	case briefings.ActorCountry:
		return mCountry
	}
	return mOrg
}

// assignPendingRoles gives a role named without its holder to the next
// person introduced without a role within the next two sentences of the
// same document.
func (x *extractor) assignPendingRoles(roles []pendingRole) {
	for _, r := range roles {
		doc := x.doc(r.sent)
	search:
		for si := r.sent + 1; si < len(x.sents) && si <= r.sent+2 && x.doc(si) == doc; si++ {
			for _, m := range x.mentions[si] {
				if m.kind == mPerson && m.act != nil && m.act.role == "" && m.a == 0 {
					m.act.role = cleanRole(r.role)
					// The role mention was this person.
					for k := range x.mentions[r.sent] {
						if x.mentions[r.sent][k].kind == mRole && x.mentions[r.sent][k].role == r.role {
							x.mentions[r.sent][k].act = m.act
						}
					}
					break search
				}
			}
		}
	}
	// Role mentions with a head matching exactly one person's role are that
	// person ("the prime minister said").
	// A phrase can only match a role holding its head noun: the people
	// with a role, by the words of their roles; and each phrase's answer
	// once, as roles do not change here.
	byWord := actorIndex{}
	for _, a := range x.actors {
		if a.typ == briefings.ActorPerson && a.role != "" {
			for _, w := range strings.Fields(normName(a.role)) {
				byWord.add(w, a)
			}
		}
	}
	holder := map[string]*actor{}
	for si := range x.mentions {
		for k, m := range x.mentions[si] {
			if m.kind != mRole || m.act != nil {
				continue
			}
			found, done := holder[m.role]
			if !done {
				n := 0
				if pw := strings.Fields(normName(m.role)); len(pw) > 0 {
					for _, a := range byWord[pw[len(pw)-1]] {
						if roleMatches(a.role, m.role) {
							found = a
							n++
						}
					}
				}
				if n != 1 {
					found = nil
				}
				holder[m.role] = found
			}
			if found != nil {
				x.mentions[si][k].act = found
			}
		}
	}
}

// roleMatches says a role phrase refers to the holder of role: same head
// noun and no conflicting words.
func roleMatches(role, phrase string) bool {
	rw := strings.Fields(normName(role))
	pw := strings.Fields(normName(phrase))
	if len(rw) == 0 || len(pw) == 0 {
		return false
	}
	if rw[len(rw)-1] != pw[len(pw)-1] {
		// "prime minister" vs "Albanian Prime Minister in Tirana": compare
		// the head nouns found anywhere.
		found := false
		for _, w := range rw {
			if w == pw[len(pw)-1] {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	have := map[string]bool{}
	for _, w := range rw {
		have[strings.TrimSuffix(w, "'s")] = true
	}
	for _, w := range pw {
		w = strings.TrimSuffix(w, "'s")
		if !have[w] && !determiners[w] && w != "former" {
			return false
		}
	}
	return true
}

// locatives attaches place mentions of capitals ("in Tirana") as aliases of
// their country when the country is an actor.
func (x *extractor) locatives() {
	byName := map[string][]*actor{}
	for c, a := range x.byCountry {
		byName[c.name] = append(byName[c.name], a)
	}
	for si := range x.mentions {
		for k, m := range x.mentions[si] {
			if m.kind != mLocative {
				continue
			}
			for _, a := range byName[m.role] {
				a.addAlias(m.surface)
				x.mentions[si][k].act = a
			}
		}
	}
}
