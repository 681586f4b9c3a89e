// Package eval scores the generator against gold annotations: hand-made
// gold files for invented and shipped sources (Evaluate) and the realdev
// corpus of real Wikinews articles (EvaluateRealdev), with ROUGE for
// summaries. It is apart from the generator so that the reader and the
// generate command do not carry the scorer, and so that the scorer uses
// the generator only as a user would: Generate on documents.
package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/brief-team/brief/briefings"
	"github.com/brief-team/brief/generate"
)

// Gold is one hand-made annotation file (see ../shared/gold/README.md).
type Gold struct {
	Source    string      `json:"source"`
	Published string      `json:"published"`
	Actors    []GoldActor `json:"actors"`
	Events    []GoldEvent `json:"events"`
	Quotes    []GoldQuote `json:"quotes"`
	NotDates  []string    `json:"not_dates"`
	// Summaries are reference summaries (a news site's highlights), where
	// the gold has them: the generator's summary is scored against them
	// with ROUGE, beside Lead-3.
	Summaries []string `json:"reference_summaries,omitempty"`

	// sentences: the source's text split into sentences (normMatch'ed),
	// when the scorer has it, so that expressions the gold places by
	// different words of one sentence are one event.
	sentences []string
}

// GoldActor is an annotated actor.
type GoldActor struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Role     *string  `json:"role"`
	Aliases  []string `json:"aliases"`
	Optional bool     `json:"optional"`
}

// GoldEvent is an annotated dated event.
type GoldEvent struct {
	Expression       string   `json:"expression"`
	SentenceContains string   `json:"sentence_contains"`
	AcceptedDates    []string `json:"accepted_dates"`
	Event            string   `json:"event"`
	Optional         bool     `json:"optional"`

	// wholeSentence: SentenceContains is the event's whole sentence, as a
	// corpus split it; a timeline entry carries it when either holds the
	// other, compared by letters and digits (see alnum).
	wholeSentence bool
	// since: the expression opens a span ("since 2003", "lowest level
	// since April 1997"), the start of a state the sentence reports, not
	// when what it reports happened: the timeline does not list the
	// sentence under it. Tallied apart (Since), never in Events.
	since bool
}

// GoldQuote is an annotated quotation.
type GoldQuote struct {
	Contains         string   `json:"contains"`
	Speaker          *string  `json:"speaker"`
	AcceptedSpeakers []string `json:"accepted_speakers"`

	// speakerUnknown: the gold does not say who speaks; the speaker is
	// not scored.
	speakerUnknown bool
	// byLetters: Contains was rebuilt from tokens; compare letters and
	// digits only (see alnum).
	byLetters bool
}

// Counts are the raw tallies behind the scores, so files add up.
type Counts struct {
	GoldActors, PredActors, MatchedActors int // non-optional gold; predicted not matching optional gold; matches
	TypeRight, RoleGold, RoleRight        int
	GoldEvents, FoundEvents               int // gold sentences with a dated expression; those dated right
	GoldDates, FoundDates                 int // the gold's dated expressions; those whose sentence carries their date
	Repeated                              int // sentences in more than one timeline entry
	GoldSince, FoundSince                 int // "since X" expressions, not events; those whose sentence is under X anyway
	GoldQuotes, FoundQuotes, SpeakerRight int
	SpeakerGold                           int // found quotes whose gold says who speaks (or that nobody does)
}

func (c *Counts) add(o Counts) {
	c.GoldActors += o.GoldActors
	c.PredActors += o.PredActors
	c.MatchedActors += o.MatchedActors
	c.TypeRight += o.TypeRight
	c.RoleGold += o.RoleGold
	c.RoleRight += o.RoleRight
	c.GoldEvents += o.GoldEvents
	c.FoundEvents += o.FoundEvents
	c.GoldDates += o.GoldDates
	c.FoundDates += o.FoundDates
	c.Repeated += o.Repeated
	c.GoldSince += o.GoldSince
	c.FoundSince += o.FoundSince
	c.GoldQuotes += o.GoldQuotes
	c.FoundQuotes += o.FoundQuotes
	c.SpeakerRight += o.SpeakerRight
	c.SpeakerGold += o.SpeakerGold
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Precision of actors.
func (c Counts) Precision() float64 { return ratio(c.MatchedActors, c.PredActors) }

// Recall of actors.
func (c Counts) Recall() float64 { return ratio(c.MatchedActors, c.GoldActors) }

// F1 of actors.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// TypeAccuracy is the share of matched actors with the gold type.
func (c Counts) TypeAccuracy() float64 { return ratio(c.TypeRight, c.MatchedActors) }

// RoleAccuracy is the share of matched actors with a gold role whose role
// agrees with it.
func (c Counts) RoleAccuracy() float64 { return ratio(c.RoleRight, c.RoleGold) }

// Dates is the share of gold events (sentences with a non-optional dated
// expression) whose timeline entry carries an accepted date.
func (c Counts) Dates() float64 { return ratio(c.FoundEvents, c.GoldEvents) }

// Expressions is the share of non-optional dated expressions whose
// sentence a timeline entry carries under the expression's date. A
// sentence is listed once, under its event's date, so this counts a
// sentence's other dates (an earlier hack it compares with) as missed.
func (c Counts) Expressions() float64 { return ratio(c.FoundDates, c.GoldDates) }

// QuotesFound is the share of gold quotes found.
func (c Counts) QuotesFound() float64 { return ratio(c.FoundQuotes, c.GoldQuotes) }

// SpeakerAccuracy is the share of found quotes with an accepted speaker.
func (c Counts) SpeakerAccuracy() float64 { return ratio(c.SpeakerRight, c.SpeakerGold) }

// FileScore is the evaluation of one source against its gold file.
type FileScore struct {
	Source string
	Counts
	Problems []string // each miss, for people improving the rules
}

// Scores is the evaluation of the generator against a gold directory.
type Scores struct {
	Files []FileScore
	Total Counts
	// Summaries: ROUGE against human summaries, where the gold has them.
	Summaries SummaryScores
}

// String renders the scores as `brief eval` prints them.
func (s Scores) String() string {
	var sb strings.Builder
	line := func(name string, c Counts) {
		fmt.Fprintf(&sb, "%-28s actors P %.3f R %.3f F1 %.3f  type %.3f  role %.3f  events %.3f (%d/%d) twice %d  dates %.3f (%d/%d)  quotes %.3f (%d/%d)  speakers %.3f\n",
			name, c.Precision(), c.Recall(), c.F1(), c.TypeAccuracy(), c.RoleAccuracy(), c.Dates(), c.FoundEvents, c.GoldEvents, c.Repeated,
			c.Expressions(), c.FoundDates, c.GoldDates, c.QuotesFound(), c.FoundQuotes, c.GoldQuotes, c.SpeakerAccuracy())
		if c.GoldSince > 0 {
			fmt.Fprintf(&sb, "%-28s   not events: %d \"since X\" expressions, %d of them listed under X anyway\n", "", c.GoldSince, c.FoundSince)
		}
	}
	for _, f := range s.Files {
		line(f.Source, f.Counts)
		for _, p := range f.Problems {
			sb.WriteString("    " + p + "\n")
		}
	}
	line("TOTAL", s.Total)
	if s.Summaries.N > 0 {
		ours, lead := s.Summaries.Mean()
		fmt.Fprintf(&sb, "%-28s ROUGE-1/2/L %.1f/%.1f/%.1f  Lead-3 %.1f/%.1f/%.1f  (%d articles, F-measure x100)\n", "SUMMARY",
			100*ours.R1, 100*ours.R2, 100*ours.RL, 100*lead.R1, 100*lead.R2, 100*lead.RL, s.Summaries.N)
	}
	return sb.String()
}

// Evaluate generates a briefing from each source named by a gold file in
// goldDir (NAME.gold.json, its "source" in sourcesDir) and scores it. A
// source without a publication date uses the gold file's.
func Evaluate(goldDir, sourcesDir string) (Scores, error) {
	files, err := filepath.Glob(filepath.Join(goldDir, "*.gold.json"))
	if err != nil {
		return Scores{}, err
	}
	if len(files) == 0 {
		return Scores{}, fmt.Errorf("%s: no *.gold.json files", goldDir)
	}
	sort.Strings(files)
	var s Scores
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return Scores{}, err
		}
		var g Gold
		if err := json.Unmarshal(data, &g); err != nil {
			return Scores{}, fmt.Errorf("%s: %v", f, err)
		}
		src := filepath.Join(sourcesDir, g.Source)
		sdata, err := os.ReadFile(src)
		if err != nil {
			return Scores{}, err
		}
		doc, err := generate.ReadSource(src, sdata)
		if err != nil {
			return Scores{}, err
		}
		b, err := generate.Generate([]generate.Document{doc}, generate.Options{Published: g.Published})
		if err != nil {
			return Scores{}, fmt.Errorf("%s: %v", src, err)
		}
		g.sentences = sourceSentences(doc.Text)
		fs := Score(b, g)
		fs.Source = g.Source
		s.Files = append(s.Files, fs)
		s.Total.add(fs.Counts)
		if len(g.Summaries) > 0 {
			var ours []string
			for _, st := range b.Summary {
				ours = append(ours, st.Text)
			}
			s.Summaries.add(RougeScore(strings.Join(ours, " "), g.Summaries), RougeScore(Lead3(doc), g.Summaries))
		}
	}
	return s, nil
}

// normMatch normalises text for matching: straight quotes, lower case,
// single spaces.
func normMatch(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(straighten(s))), " ")
}

// Score scores one briefing against one gold file.
func Score(b *briefings.Briefing, g Gold) FileScore {
	var fs FileScore
	scoreActors(&fs, b, g)
	scoreEvents(&fs, b, g)
	scoreQuotes(&fs, b, g)
	return fs
}

// scoreActors matches actors by name or alias, non-optional gold first,
// and checks their types and roles.
func scoreActors(fs *FileScore, b *briefings.Briefing, g Gold) {
	c := &fs.Counts
	names := func(name string, aliases []string) map[string]bool {
		m := map[string]bool{normName(name): true}
		for _, a := range aliases {
			m[normName(a)] = true
		}
		return m
	}
	predNames := make([]map[string]bool, len(b.Actors))
	for i, a := range b.Actors {
		predNames[i] = names(a.Name, a.Aliases)
	}
	used := make([]bool, len(b.Actors))
	match := func(g GoldActor) int {
		gn := names(g.Name, g.Aliases)
		// Prefer the predicted actor whose own name is a gold name.
		for i, a := range b.Actors {
			if !used[i] && gn[normName(a.Name)] {
				return i
			}
		}
		for i := range b.Actors {
			if used[i] {
				continue
			}
			for n := range predNames[i] {
				if gn[n] {
					return i
				}
			}
		}
		return -1
	}
	ignored := 0
	for _, ga := range g.Actors {
		if ga.Optional {
			continue
		}
		c.GoldActors++
		i := match(ga)
		if i < 0 {
			fs.Problems = append(fs.Problems, "missed actor "+ga.Name)
			continue
		}
		used[i] = true
		c.MatchedActors++
		p := b.Actors[i]
		if p.Type == ga.Type {
			c.TypeRight++
		} else {
			fs.Problems = append(fs.Problems, fmt.Sprintf("type of %s: %s, gold %s", p.Name, p.Type, ga.Type))
		}
		if ga.Role != nil {
			c.RoleGold++
			if RoleAgrees(p.Role, *ga.Role) {
				c.RoleRight++
			} else {
				fs.Problems = append(fs.Problems, fmt.Sprintf("role of %s: %q, gold %q", p.Name, p.Role, *ga.Role))
			}
		}
	}
	for _, ga := range g.Actors {
		if ga.Optional {
			if i := match(ga); i >= 0 {
				used[i] = true
				ignored++
			}
		}
	}
	for i, a := range b.Actors {
		if !used[i] {
			fs.Problems = append(fs.Problems, "extra actor "+a.Name+" ("+a.Type+")")
		}
	}
	c.PredActors = len(b.Actors) - ignored
}

// quoteAll quotes each of s, joined by " or ".
func quoteAll(s []string) string {
	q := make([]string, len(s))
	for i, x := range s {
		q[i] = strconv.Quote(x)
	}
	return strings.Join(q, " or ")
}

// scoreQuotes finds gold quotes by their words and checks the speaker is
// among the accepted ones.
func scoreQuotes(fs *FileScore, b *briefings.Briefing, g Gold) {
	c := &fs.Counts
	for _, gq := range g.Quotes {
		c.GoldQuotes++
		norm := normMatch
		if gq.byLetters {
			norm = alnum
		}
		want := norm(gq.Contains)
		// The quote nearest to the gold's words: a transcript's turn holds
		// the words it quotes from someone else, which are a quote of
		// their own too.
		qi, size := -1, 0
		for i, q := range b.Quotes {
			if t := norm(q.Text); strings.Contains(t, want) && (qi < 0 || len(t) < size) {
				qi, size = i, len(t)
			}
		}
		if qi < 0 {
			fs.Problems = append(fs.Problems, fmt.Sprintf("missed quote %q", gq.Contains))
			continue
		}
		c.FoundQuotes++
		if gq.speakerUnknown {
			continue
		}
		c.SpeakerGold++
		sp := strings.ToLower(straighten(b.Quotes[qi].Speaker))
		ok := false
		if gq.Speaker == nil {
			// No named speaker: none is right, and so is a description
			// the gold accepts ("official" for "a METI official, who
			// asked not to be named").
			ok = sp == ""
			for _, acc := range gq.AcceptedSpeakers {
				if acc != "" && sp != "" && strings.Contains(sp, strings.ToLower(acc)) {
					ok = true
				}
			}
		} else {
			for _, acc := range gq.AcceptedSpeakers {
				if acc != "" && strings.Contains(sp, strings.ToLower(acc)) {
					ok = true
				}
			}
		}
		if ok {
			c.SpeakerRight++
		} else {
			want := "none"
			if gq.Speaker != nil {
				want = *gq.Speaker
			}
			fs.Problems = append(fs.Problems, fmt.Sprintf("speaker of %q: %q, gold %q", gq.Contains, b.Quotes[qi].Speaker, want))
		}
	}
}

// RoleAgrees says a predicted role says what the gold role says: after
// dropping articles, possessives and punctuation, one's words contain the
// other's, or they share at least half their words.
func RoleAgrees(pred, gold string) bool {
	words := func(s string) map[string]bool {
		s = strings.ToLower(straighten(s))
		s = strings.NewReplacer("'s", "", "(", " ", ")", " ", ",", " ", ".", " ", ";", " ", ":", " ").Replace(s)
		m := map[string]bool{}
		for _, w := range strings.Fields(s) {
			if !isDeterminer(w) {
				m[w] = true
			}
		}
		return m
	}
	p, g := words(pred), words(gold)
	if len(p) == 0 || len(g) == 0 {
		return len(p) == len(g)
	}
	inter := 0
	for w := range p {
		if g[w] {
			inter++
		}
	}
	if inter == len(p) || inter == len(g) {
		return true
	}
	return float64(inter)/float64(len(p)+len(g)-inter) >= 0.5
}
