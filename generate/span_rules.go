package generate

import (
	"strings"

	"github.com/brief-team/brief/briefings"
)

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
