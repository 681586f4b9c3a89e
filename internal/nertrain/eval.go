package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/generate"
	"github.com/brief-team/brief/generate/eval"
	"github.com/brief-team/brief/generate/ner"
)

// article is one realdev article with its gold and the rules' actors.
type article struct {
	name  string
	doc   generate.Document
	gold  eval.Gold
	rules []briefings.Actor
	corp  string
}

// variant turns an article into predicted actors.
type variant struct {
	name string
	run  func(a article) []briefings.Actor
}

func loadRealdev(dir, split string) ([]article, error) {
	arts, err := eval.ReadRealdev(dir, split)
	if err != nil {
		return nil, err
	}
	var out []article
	for _, a := range arts {
		// The tagger's score is of actors alone.
		g := eval.Gold{Source: a.Name, Published: a.Gold.Published, Actors: a.Gold.Actors}
		b, err := generate.Generate([]generate.Document{a.Doc}, generate.Options{Published: a.Gold.Published})
		if err != nil {
			return nil, fmt.Errorf("%s: %v", a.Doc.Path, err)
		}
		out = append(out, article{name: a.Name, doc: a.Doc, gold: g, rules: b.Actors, corp: a.Corpus})
	}
	return out, nil
}

// asBriefing turns the tagger's actors into the briefing's, for Score.
func asBriefing(as []ner.Actor) []briefings.Actor {
	var out []briefings.Actor
	for _, a := range as {
		out = append(out, briefings.Actor{Name: a.Name, Type: a.Type, Aliases: a.Aliases})
	}
	return out
}

// keys are the matching keys of an actor's names, as Score compares them.
func keys(a briefings.Actor) []string {
	k := []string{normKey(a.Name)}
	for _, al := range a.Aliases {
		k = append(k, normKey(al))
	}
	return k
}

// normKey mirrors the eval's name normalisation (generate's normName):
// lower case, straight quotes, no dots, no leading "the".
func normKey(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"").Replace(strings.ToLower(s))
	s = strings.ReplaceAll(s, ".", "")
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimPrefix(s, "the ")
}

func shares(a briefings.Actor, set map[string]bool) bool {
	for _, k := range keys(a) {
		if set[k] {
			return true
		}
	}
	return false
}

func keySet(as []briefings.Actor) map[string]bool {
	m := map[string]bool{}
	for _, a := range as {
		for _, k := range keys(a) {
			m[k] = true
		}
	}
	return m
}

// union: the rules' actors, then the tagger's that share no name with
// one of them.
func union(rules, tagged []briefings.Actor) []briefings.Actor {
	seen := keySet(rules)
	out := append([]briefings.Actor(nil), rules...)
	for _, a := range tagged {
		if !shares(a, seen) {
			out = append(out, a)
		}
	}
	return out
}

// confirmed: the actors of one list that share a name with the other's.
func confirmed(as, by []briefings.Actor) []briefings.Actor {
	seen := keySet(by)
	var out []briefings.Actor
	for _, a := range as {
		if shares(a, seen) {
			out = append(out, a)
		}
	}
	return out
}

// agree combines the two lists: an actor both find (named as the rules
// name it), and an actor one alone finds when keep says its type is one
// that list finds precisely enough alone.
func agree(rules, tagged []briefings.Actor, keepRules, keepTagger func(string) bool) []briefings.Actor {
	tk, rk := keySet(tagged), keySet(rules)
	var out []briefings.Actor
	for _, a := range rules {
		if shares(a, tk) || keepRules(a.Type) {
			out = append(out, a)
		}
	}
	for _, a := range tagged {
		if !shares(a, rk) && keepTagger(a.Type) {
			out = append(out, a)
		}
	}
	return out
}

func ofType(as []briefings.Actor, keep func(string) bool) []briefings.Actor {
	var out []briefings.Actor
	for _, a := range as {
		if keep(a.Type) {
			out = append(out, a)
		}
	}
	return out
}

func variants(m *ner.Model) []variant {
	tag := func(o ner.Options) func(a article) []briefings.Actor {
		return func(a article) []briefings.Actor { return asBriefing(m.Actors(a.doc.Text, o)) }
	}
	def := tag(ner.Default)
	noMerge := ner.Default
	noMerge.MergeNames = false
	noMajority := ner.Default
	noMajority.MajorityType = false
	noHyph := ner.Default
	noHyph.JoinHyphens = false
	noTitles := ner.Default
	noTitles.StripTitles = false
	noTitlePer := ner.Default
	noTitlePer.TitleMeansPerson = false
	noAff := ner.Default
	noAff.CutAffiliation = false
	twice := ner.Default
	twice.MinMentions = 2
	isCountry := func(t string) bool { return t == ner.Country }
	notCountry := func(t string) bool { return t != ner.Country }
	isPerson := func(t string) bool { return t == ner.Person }
	none := func(string) bool { return false }
	return []variant{
		{"rules (generator today)", func(a article) []briefings.Actor { return a.rules }},
		{"tagger alone", tag(ner.Options{})},
		{"tagger + trim, drop lower", tag(ner.Options{DropLower: true, TrimEdges: true})},
		{"tagger + merge names", tag(ner.Options{DropLower: true, TrimEdges: true, MergeNames: true})},
		{"tagger Default (+ majority type)", def},
		{"  Default without merge", tag(noMerge)},
		{"  Default without hyphen joins", tag(noHyph)},
		{"  Default without title strip", tag(noTitles)},
		{"  Default without title means person", tag(noTitlePer)},
		{"  Default without affiliation cut", tag(noAff)},
		{"  Default without majority", tag(noMajority)},
		{"  Default, >= 2 mentions", tag(twice)},
		{"tagger people/orgs + rules' countries", func(a article) []briefings.Actor {
			return append(ofType(def(a), notCountry), ofType(a.rules, isCountry)...)
		}},
		{"union rules + tagger", func(a article) []briefings.Actor { return union(a.rules, def(a)) }},
		{"union tagger + rules", func(a article) []briefings.Actor { return union(def(a), a.rules) }},
		{"agree + persons of either", func(a article) []briefings.Actor {
			return agree(a.rules, def(a), isPerson, isPerson)
		}},
		{"agree + persons of either + tagger's orgs named twice", func(a article) []briefings.Actor {
			all := m.Actors(a.doc.Text, ner.Default)
			out := agree(a.rules, asBriefing(all), isPerson, isPerson)
			rk := keySet(a.rules)
			for _, x := range all {
				b := asBriefing([]ner.Actor{x})[0]
				if x.Type == ner.Organization && len(x.Mentions) >= 2 && !shares(b, rk) {
					out = append(out, b)
				}
			}
			return out
		}},
		{"agree + tagger's persons", func(a article) []briefings.Actor {
			return agree(a.rules, def(a), none, isPerson)
		}},
		{"agree + persons of either + rules' orgs", func(a article) []briefings.Actor {
			return agree(a.rules, def(a), notCountry, isPerson)
		}},
		{"agree + persons and orgs of either", func(a article) []briefings.Actor {
			return agree(a.rules, def(a), notCountry, notCountry)
		}},
		{"rules confirmed by tagger", func(a article) []briefings.Actor { return confirmed(a.rules, def(a)) }},
		{"tagger confirmed by rules", func(a article) []briefings.Actor { return confirmed(def(a), a.rules) }},
		{"rules confirmed + tagger's countries", func(a article) []briefings.Actor {
			r := confirmed(ofType(a.rules, notCountry), def(a))
			return union(r, ofType(def(a), isCountry))
		}},
	}
}

// evalRealdev scores every variant on the realdev split, per corpus, with
// the generator's own actor matching (eval.Score).
func evalRealdev(w io.Writer, m *ner.Model, dir, split, only string, verbose bool) error {
	arts, err := loadRealdev(dir, split)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "realdev %s split: %d articles\n", split, len(arts))
	fmt.Fprintf(w, "%-40s %-9s %6s %6s %6s %6s  %s\n", "variant", "corpus", "P", "R", "F1", "type", "matched/pred/gold")
	for _, v := range variants(m) {
		if only != "" && !strings.Contains(v.name, only) {
			continue
		}
		tot := map[string]*eval.Counts{}
		for _, a := range arts {
			b := &briefings.Briefing{Actors: v.run(a)}
			fs := eval.Score(b, a.gold)
			c := tot[a.corp]
			if c == nil {
				c = &eval.Counts{}
				tot[a.corp] = c
			}
			c.GoldActors += fs.GoldActors
			c.PredActors += fs.PredActors
			c.MatchedActors += fs.MatchedActors
			c.TypeRight += fs.TypeRight
			if verbose {
				fmt.Fprintf(w, "%s %s: P %.3f R %.3f\n", v.name, a.name, fs.Precision(), fs.Recall())
				for _, p := range fs.Problems {
					if strings.Contains(p, "actor") {
						fmt.Fprintln(w, "    "+p)
					}
				}
			}
		}
		for _, corp := range []string{"GUM", "MEANTIME"} {
			c := tot[corp]
			if c == nil {
				continue
			}
			fmt.Fprintf(w, "%-40s %-9s %6.3f %6.3f %6.3f %6.3f  %d/%d/%d\n", v.name, corp, c.Precision(), c.Recall(), c.F1(), c.TypeAccuracy(),
				c.MatchedActors, c.PredActors, c.GoldActors)
		}
	}
	return nil
}

// breakdown scores subsets of the actors: found by both, by the rules
// only, by the tagger only, by type; the precision of each subset says
// which to take into a combination.
func breakdown(w io.Writer, m *ner.Model, dir, split string) error {
	arts, err := loadRealdev(dir, split)
	if err != nil {
		return err
	}
	type key struct{ corp, set, typ string }
	tot := map[key]*eval.Counts{}
	var order []key
	for _, a := range arts {
		tagged := asBriefing(m.Actors(a.doc.Text, ner.Default))
		tk, rk := keySet(tagged), keySet(a.rules)
		sets := map[string][]briefings.Actor{}
		for _, x := range a.rules {
			if shares(x, tk) {
				sets["both (rules' actor)"] = append(sets["both (rules' actor)"], x)
			} else {
				sets["rules only"] = append(sets["rules only"], x)
			}
		}
		for _, x := range tagged {
			if !shares(x, rk) {
				sets["tagger only"] = append(sets["tagger only"], x)
			}
		}
		for set, as := range sets {
			for _, typ := range []string{"person", "organization", "country"} {
				sub := ofType(as, func(t string) bool { return t == typ })
				fs := eval.Score(&briefings.Briefing{Actors: sub}, a.gold)
				k := key{a.corp, set, typ}
				c := tot[k]
				if c == nil {
					c = &eval.Counts{}
					tot[k] = c
					order = append(order, k)
				}
				c.PredActors += fs.PredActors
				c.MatchedActors += fs.MatchedActors
			}
		}
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if a.corp != b.corp {
			return a.corp < b.corp
		}
		if a.set != b.set {
			return a.set < b.set
		}
		return a.typ < b.typ
	})
	for _, k := range order {
		c := tot[k]
		fmt.Fprintf(w, "%-9s %-20s %-13s right %3d of %3d = %.2f\n", k.corp, k.set, k.typ, c.MatchedActors, c.PredActors, c.Precision())
	}
	return nil
}
