package generate

import (
	"strconv"
	"strings"

	"github.com/brief-team/brief/briefings"
)

// The helpers the span rules (span_rules.go) share: what the words around
// a span make it, and the threat actors and armed groups a row reads.

// titledName records what follows the title at t of a span spanTitleName
// read: the name from ns with its role, a country, or the office alone.
func (x *extractor) titledName(s spanAt, t, ns, roleStart int, role string) {
	toks, si, a, b := s.toks, s.si, s.a, s.b
	if ns >= b {
		if role != "" {
			x.add(mention{sent: si, a: roleStart, b: b, kind: mRole, role: role, roleHead: toks[t].lower()})
			if b >= len(toks) || toks[b].n != "," {
				x.roles = append(x.roles, pendingRole{sent: si, role: role})
			}
		}
		return
	}
	if cn := countryAt(toks, ns); cn == b-ns {
		f, _ := countryFormAt(toks, ns)
		x.countryMention(si, ns, b, f)
		x.add(mention{sent: si, a: roleStart, b: ns, kind: mRole, role: role, roleHead: toks[t].lower()})
		return
	}
	// "... for the East and Horn of Africa": words of the office, no name.
	if !isCapTok(toks[ns]) || connectors.has(toks[ns].lower()) {
		if role != "" {
			x.add(mention{sent: si, a: roleStart, b: b, kind: mRole, role: x.text(si, roleStart, b), roleHead: toks[t].lower()})
		}
		return
	}
	// "U.S. Attorney Laura B. Kincaid for the Middle District of
	// Tennessee": the district an office serves is no part of a name.
	if k := indexWord(toks, ns+1, b, "for"); k > ns {
		b = k
	}
	// "Judge Helena Lindqvist of Sweden": the country is not the name.
	if k := indexWord(toks, ns+1, b, "of"); k > ns {
		if cn := countryAt(toks, k+1); cn > 0 && k+1+cn == b {
			f, _ := countryFormAt(toks, k+1)
			x.countryMention(si, k+1, b, f)
			b = k
		} else if n := b - k - 1; n >= 1 && n <= 2 && !hasOrgCue(toks, k+1, b) && !isAcronym(toks[k+1].s) && !knownOrgs.has(x.text(si, k+1, b)) && !x.bodyKnownAt(si, k+1) {
			// "Rep. Luis Ocampo of Tucson": a home town, no part of the
			// name nor a body.
			b = k
		} else if b-k-1 == 1 && isAcronym(toks[k+1].s) && !notOrgAcronyms.has(toks[k+1].s) {
			// "Trial Attorney Kenji T. Abernathy of CCIPS": the section
			// she is of, by its acronym.
			x.org(si, k+1, b, s.used)
			b = k
		} else if st := k + 1; wordIs(toks, st, "the") && st+1 < b && hasOrgCue(toks, st+1, b) {
			// "Dr. Helen Montclair of the Paris Observatory": the body
			// she is of, no part of her name.
			x.org(si, st, b, s.used)
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
}

// anyUsed says a token of [a,b) is explained already.
func anyUsed(used []bool, a, b int) bool {
	for i := a; i < b; i++ {
		if used[i] {
			return true
		}
	}
	return false
}

// notPerson says the words around [a,b) make it something other than a
// person, whatever the tagger says: a description ("a Virginia
// Democrat"), a place ("in Porto Romano", "Capitol Hill", "the ports of
// Durres and Porto Romano"). A wrong actor costs the reader more than a
// missing one.
func (x *extractor) notPerson(si, a, b int) bool {
	toks := x.sents[si].toks
	if a > 0 && (toks[a-1].lower() == "a" || toks[a-1].lower() == "an" || placePreps.has(toks[a-1].lower())) {
		return true
	}
	// "near the Masjid Al-Haram": after a preposition of place and an
	// article, a place.
	if a > 1 && toks[a-1].lower() == "the" && placePreps.has(toks[a-2].lower()) {
		return true
	}
	for i := a; i < b; i++ {
		if notNameWords.has(toks[i].lower()) {
			return true
		}
	}
	// "Martin Luther King, Jr. Day": a name's suffix begins no name, and
	// a name before "Day" names a holiday.
	if nameSuffixes.has(toks[a].lower()) || wordIs(toks, b, ",") && b+2 < len(toks) && nameSuffixes.has(toks[b+1].lower()) && toks[b+2].n == "Day" || b < len(toks) && toks[b].n == "Day" {
		return true
	}
	// "St Thomas' hospital", "St. Louis": a saint's name names a place.
	if l := toks[a].lower(); (l == "st" || l == "st." || l == "saint") && b-a >= 2 {
		return true
	}
	if b-a == 1 && x.bySurname(toks[a].lower(), x.doc(si)) == nil && !ageDescribed(toks, b) {
		// One word the tagger calls a person, not the surname of a person
		// named in full, is as often a product, a place, a people or an
		// organization's short name ("Safari", "Mecca", "Arabs", "Acme"):
		// the rules after read it, and an unknown one stays out.
		return true
	}
	for i := a; i < b; i++ {
		// An acronym is no part of a person's name; a middle initial,
		// "George W. Bush", is.
		if toks[i].kind != tWord || isAllCaps(toks[i].s) && len(toks[i].s) > 1 && !(i > a && i < b-1 && oneInitial(toks[i].s)) || furnitureWords.has(toks[i].lower()) {
			return true
		}
	}
	// A picture credit, "[File: Ibrahim Mohammed Ishak/AFP]".
	if b < len(toks) && toks[b].n == "/" {
		return true
	}
	// "the Warhol Polaroids": a known person's surname used before a
	// noun (attributively) names that person's things, not someone new.
	// A given name after it, or a hyphenated one ("Leung Kwok-hung"), is
	// a name.
	if b-a == 2 && !strings.Contains(toks[a+1].n, "-") && !givenNames.has(toks[a+1].lower()) {
		for _, p := range x.surnames[toks[a].lower()] {
			if len(p.tokens) >= 2 && p.tokens[len(p.tokens)-1] == toks[a].lower() {
				return true
			}
		}
	}
	return placeWords.has(toks[b-1].lower()) || placeListBefore(toks, a)
}

// ageDescribed says the name ending at b is given an age, as news gives
// people it names by a first name only: "Camille, a 29-year-old nurse",
// "Marie, 34,".
func ageDescribed(toks []token, b int) bool {
	if ageAfter(toks, b) {
		return true
	}
	if b+2 >= len(toks) || toks[b].n != "," || !wordIs(toks, b+1, "a", "an") {
		return false
	}
	age, rest, ok := strings.Cut(toks[b+2].n, "-")
	if n, err := strconv.Atoi(age); err != nil || n <= 0 || n >= 120 || !ok {
		return false
	}
	return rest == "year-old" || rest == "years-old"
}

// placeAfterPrep says a name with no organization's cue word follows a
// preposition of place, "a mother from El Geneina": a place the tagger
// took for a body; the rules before read "analysts at Morgan Stanley".
func placeAfterPrep(toks []token, a, b int) bool {
	return a > 0 && (placePreps.has(toks[a-1].lower()) || toks[a-1].lower() == "from") && !hasOrgCue(toks, a, b)
}

// placeListBefore says token a is in a list of names after "the <places>
// of": "the ports of Durres and Porto Romano".
func placeListBefore(toks []token, a int) bool {
	i := a - 1
	for i >= 0 && (toks[i].n == "," || toks[i].lower() == "and" || isCapTok(toks[i])) {
		i--
	}
	if i < 1 || toks[i].lower() != "of" {
		return false
	}
	w := toks[i-1].lower()
	if strings.HasSuffix(w, "ies") {
		w = strings.TrimSuffix(w, "ies") + "y"
	} else {
		w = strings.TrimSuffix(w, "s")
	}
	return placeWords.has(w) || placeNouns.has(w)
}

// furnitureWords are the words of a page's buttons and links, "Share
// Article via Facebook", which a tagger trained on prose reads as names.
var furnitureWords = words(`share article subscribe comment comments print follow email newsletter sign login`)

// placeNouns name settlements, which placeWords (parts of a name) leave out.
var placeNouns = words(`town village capital harbour harbor settlement municipality`)

// group records a threat actor or armed group: an organization's mention
// (acronyms, aliases, what follows) whose actor is of type group.
func (x *extractor) group(si, a, b int, used []bool, role string) {
	// What the text says of the name outweighs the tagger's or a rule's
	// earlier reading of it as a person ("Ember Spider").
	if act, ok := x.byKey[normName(x.text(si, a, b))]; ok && act.typ == briefings.ActorPerson {
		act.typ = briefings.ActorGroup
	}
	x.org(si, a, b, used)
	ms := x.mentions[si]
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].kind == mOrg && ms[i].act != nil && ms[i].a <= a+1 {
			ms[i].act.typ = briefings.ActorGroup
			if ms[i].act.role == "" && role != "" {
				ms[i].act.role = cleanRole(role)
			}
			return
		}
	}
}

// knownPerson says [a,b) names a person already known.
func (x *extractor) knownPerson(si, a, b int) bool {
	var buf [64]byte
	act, ok := x.byKey[string(normNameLookup(buf[:0], x.text(si, a, b)))]
	return ok && act.typ == briefings.ActorPerson || b-a == 1 && x.bySurname(x.sents[si].toks[a].lower(), x.doc(si)) != nil
}

// aboutAttack says sentence si speaks of an attack, where "attributed to"
// and "carried out by" name who did it.
func (x *extractor) aboutAttack(si int) bool {
	for _, t := range x.sents[si].toks {
		if attackWords.has(t.lower()) {
			return true
		}
	}
	return false
}

// threatNounBefore returns the word for hackers or a group at or just
// before token k ("hackers known as", "a group called", "a group calling
// itself"), or -1.
func threatNounBefore(toks []token, k int) int {
	for i := k; i >= 0 && i >= k-2; i-- {
		if toks[i].n == "," {
			continue // "The group, known as"
		}
		if groupNouns.has(toks[i].lower()) || toks[i].lower() == "hackers" || toks[i].lower() == "hacker" {
			return i
		}
	}
	return -1
}

// threatDescription is the description ending at token k, with the
// adjective before it: "criminal group", "hacking group", "group".
func threatDescription(x *extractor, si int, toks []token, k int) string {
	if k > 0 && threatAdjectives.has(toks[k-1].lower()) {
		return x.text(si, k-1, k+1)
	}
	return toks[k].s
}

// threatCode says w is an analysts' code name for a threat actor: APT, FIN,
// UNC, TA or DEV and digits ("APT28", "UNC3890", "DEV-0537").
func threatCode(w string) bool {
	for _, p := range []string{"APT", "FIN", "UNC", "TA", "DEV-", "DEV", "Storm-"} {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) > 0 && len(rest) <= 5 && strings.Trim(rest, "0123456789") == "" {
			return true
		}
	}
	return false
}

// groupNouns and threatAdjectives make a description of an armed group or
// threat actor: "militant group", "hacking collective", "ransomware gang".
var (
	groupNouns       = words(`group gang collective crew actor outfit militia movement faction network cell`)
	threatAdjectives = words(`militant armed hacking hacker hacktivist rebel terrorist ransomware threat extremist jihadist
		paramilitary insurgent cybercriminal criminal cyber-espionage espionage state-sponsored state-backed`)
	groupCues   = words(`group gang collective team`)
	attackWords = words(`attack attacks attacked cyberattack cyberattacks cyber-attack hack hacks hacked hacking breach
		breaches intrusion intrusions campaign bombing bombings strike strikes raid raids ransomware malware
		operation operations theft heist assault shooting killing killings`)
	// intrusionWords are the words of a computer intrusion.
	intrusionWords = words(`exploit exploits exploited exploiting vulnerability vulnerabilities flaw flaws malware ransomware
		phishing backdoor backdoors intrusion intrusions hacked hacking breached compromised cyberattack cyberattacks`)
)

// armedGroups types group the bodies the text describes as armed groups or
// threat actors, "The Rapid Support Forces (RSF), a paramilitary group":
// the description says what they are, whatever their cue word says.
func (x *extractor) armedGroups() {
	for _, a := range x.actors {
		if a.typ == briefings.ActorOrganization && armedDescription(a.role) {
			a.typ = briefings.ActorGroup
		}
	}
}

// groupsByDeed types group the bodies the text shows acting as armed groups
// do: one that claims an attack ("The outlawed Hill Valley Liberation Army
// (HVLA) claimed responsibility for the attack"), one that has fighters
// ("fighters of the Lake Kivu Patriotic Coalition"). A body of a state
// ("the Israeli Army", "the Defence Ministry") is none, whatever it claims.
func (x *extractor) groupsByDeed() {
	for si, ms := range x.mentions {
		toks := x.sents[si].toks
		for _, m := range ms {
			act := m.act
			if act == nil || act.typ != briefings.ActorOrganization && act.typ != briefings.ActorPerson || m.kind == mCountry || m.kind == mCapital {
				continue
			}
			if !x.claimsAttack(si, toks, m.b) && !fightersOf(toks, m.a) {
				continue
			}
			if stateBody(act.name) {
				continue
			}
			act.typ = briefings.ActorGroup
		}
	}
}

// claimsAttack says the words from token k, after a name and its acronym
// in brackets, claim an attack the sentence speaks of: "(HVLA) claimed
// responsibility for the attack", "has claimed responsibility".
func (x *extractor) claimsAttack(si int, toks []token, k int) bool {
	if k < len(toks) && toks[k].n == "(" {
		for k < len(toks) && toks[k].n != ")" {
			k++
		}
		k++
	}
	if wordIs(toks, k, "has", "have", "had") {
		k++
	}
	return wordIs(toks, k, "claimed", "claims", "claiming") && wordIs(toks, k+1, "responsibility", "credit") && x.aboutAttack(si)
}

// fighterWords are the armed members of a group.
var fighterWords = words(`fighters militants gunmen insurgents rebels combatants militiamen guerrillas`)

// fightersOf says "fighters of (the)" stands before token a.
func fightersOf(toks []token, a int) bool {
	k := a - 1
	if wordIs(toks, k, "the") {
		k--
	}
	return wordIs(toks, k, "of", "from") && k > 0 && fighterWords.has(toks[k-1].lower())
}

// stateBody says a body's name is a state's: it names a country, or a
// ministry, police, army of government ("Israeli Army", "Defence
// Ministry"); a "Liberation Army" is no state's.
func stateBody(name string) bool {
	toks := tokenize(name)
	for i := range toks {
		if countryAt(toks, i) > 0 {
			return true
		}
		if l := toks[i].lower(); govHeads.has(l) && !(l == "army" && i > 0 && toks[i-1].lower() == "liberation") {
			return true
		}
	}
	return false
}

// armedDescription says a role describes an armed group or threat actor:
// a group noun after one of threatAdjectives ("paramilitary group",
// "ransomware gang"); "opposition group" is not one.
func armedDescription(role string) bool {
	f := strings.Fields(strings.ToLower(role))
	if len(f) < 2 || !groupNouns.has(f[len(f)-1]) {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if threatAdjectives.has(w) {
			return true
		}
	}
	return false
}

// bodyKnownAt says the capitalized words at token i of sentence si begin
// with a body the text has read before (knownBodyAt).
func (x *extractor) bodyKnownAt(si, i int) bool {
	_, known := x.knownBodyAt(si, i)
	return known
}

// definedAsThreat says the words from k define the name before them as a
// threat actor: "is a financially motivated intrusion set", "was a
// ransomware gang", "is a China-nexus threat actor".
func definedAsThreat(toks []token, k int) bool {
	if !wordIs(toks, k, "is", "was") || !wordIs(toks, k+1, "a", "an") {
		return false
	}
	for i := k + 2; i < len(toks) && i <= k+6 && toks[i].kind == tWord; i++ {
		l := toks[i].lower()
		if l == "intrusion" && wordIs(toks, i+1, "set") || l == "threat" && wordIs(toks, i+1, "actor", "group") ||
			l == "access" && wordIs(toks, i+1, "broker") || groupNouns.has(l) && i > k+2 && threatAdjectives.has(toks[i-1].lower()) {
			return true
		}
	}
	return false
}

// trackingVerbs say what other trackers call a threat actor: "vendors
// track as", "refers to this activity as".
var trackingVerbs = words(`track tracks tracked tracking refer refers referred referring designate designates designated`)

// aboutIntrusion says the sentence toks tells of a computer intrusion.
func aboutIntrusion(toks []token) bool {
	for _, t := range toks {
		if intrusionWords.has(t.lower()) {
			return true
		}
	}
	return false
}
