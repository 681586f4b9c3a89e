package eval

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/brief-team/brief/generate"
)

// realdevGold is one gold file of the realdev corpus (real Wikinews
// articles annotated by GUM and MEANTIME; see generate/testdata/realdev/README.md).
type realdevGold struct {
	Published string `json:"published"`
	Corpus    string `json:"corpus"`
	Actors    []struct {
		Name    string   `json:"name"`
		Type    string   `json:"type"`
		Aliases []string `json:"aliases"`
	} `json:"actors"`
	Events []struct {
		Date       string `json:"date"`
		Expression string `json:"expression"`
		Sentence   string `json:"sentence"`
		Kind       string `json:"kind"`
		Dateline   bool   `json:"dateline"`
	} `json:"events"`
	Quotes []struct {
		Text    string  `json:"text"`
		Speaker *string `json:"speaker"`
		Basis   string  `json:"basis"`
	} `json:"quotes"`
	NotAnnotated []string `json:"not_annotated"`
	Summaries    []string `json:"reference_summaries"`
}

// RealdevSplit says whether a realdev article is in the dev or the test
// split. The rule, fixed once: the FNV-1a 32-bit hash of the file's base
// name without extension ("gum_news_afghan") is even for dev, odd for test.
// Rules are looked at and tuned on dev only; test is reported.
func RealdevSplit(name string) string {
	h := fnv.New32a()
	h.Write([]byte(strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))))
	if h.Sum32()%2 == 0 {
		return "dev"
	}
	return "test"
}

// asGold maps a realdev gold file onto the held-out gold's schema and its
// matching, scoring what the realdev gold covers:
//   - actors: every named actor, with its aliases; no role is annotated;
//   - events: every dated expression with its sentence and date, except the
//     article's date line (it dates the article, not an event) and GUM's
//     "bounded" spans (mostly durations such as "15 years"), which are
//     optional: neither counted nor counted against;
//   - quotes: their words, and the speaker only where the corpus gives one
//     (GUM annotates no speakers).
func (r realdevGold) asGold(source string) Gold {
	g := Gold{Source: source, Published: r.Published}
	for _, a := range r.Actors {
		g.Actors = append(g.Actors, GoldActor{Name: a.Name, Type: a.Type, Aliases: a.Aliases})
	}
	for _, e := range r.Events {
		g.Events = append(g.Events, GoldEvent{
			Expression: e.Expression, SentenceContains: e.Sentence, AcceptedDates: []string{e.Date},
			Optional: e.Dateline || e.Kind == "bounded", wholeSentence: true,
		})
	}
	speakers := !strings.Contains(strings.Join(r.NotAnnotated, " "), "quote_speakers")
	for _, q := range r.Quotes {
		gq := GoldQuote{Contains: q.Text, Speaker: q.Speaker, speakerUnknown: !speakers && q.Speaker == nil, byLetters: true}
		if q.Speaker != nil {
			gq.AcceptedSpeakers = []string{*q.Speaker}
		}
		g.Quotes = append(g.Quotes, gq)
	}
	return g
}

// alnum keeps the letters and digits of s, lower-cased: realdev's texts
// were rebuilt from tokens ("six - member"), so sentences are compared by
// their words' characters alone.
func alnum(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			sb.WriteRune(unicode.ToLower(r))
		}
	}
	return sb.String()
}

// EvaluateRealdev scores the generator on the realdev articles under dir
// (articles/*.txt, gold/*.json) of one split ("dev", "test" or "" for
// both), per corpus (GUM, MEANTIME).
func EvaluateRealdev(dir, split string) (map[string]Scores, error) {
	files, err := filepath.Glob(filepath.Join(dir, "gold", "*.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no gold/*.json files", dir)
	}
	sort.Strings(files)
	out := map[string]Scores{}
	for _, f := range files {
		if split != "" && RealdevSplit(f) != split {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var r realdevGold
		if err := json.Unmarshal(data, &r); err != nil {
			return nil, fmt.Errorf("%s: %v", f, err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".json") + ".txt"
		src := filepath.Join(dir, "articles", name)
		sdata, err := os.ReadFile(src)
		if err != nil {
			return nil, err
		}
		doc, err := generate.ReadSource(src, sdata)
		if err != nil {
			return nil, err
		}
		b, err := generate.Generate([]generate.Document{doc}, generate.Options{Published: r.Published})
		if err != nil {
			return nil, fmt.Errorf("%s: %v", src, err)
		}
		fs := Score(b, r.asGold(name))
		fs.Source = name
		s := out[r.Corpus]
		s.Files = append(s.Files, fs)
		s.Total.add(fs.Counts)
		if len(r.Summaries) > 0 {
			var ours []string
			for _, st := range b.Summary {
				ours = append(ours, st.Text)
			}
			s.Summaries.add(RougeScore(strings.Join(ours, " "), r.Summaries), RougeScore(Lead3(doc), r.Summaries))
		}
		out[r.Corpus] = s
	}
	return out, nil
}

// SummaryScores compares the generator's summaries with Lead-3 against
// human reference summaries, averaged over articles.
type SummaryScores struct {
	N           int
	Ours, Lead3 Rouge // sums; see Mean
}

func (s *SummaryScores) add(ours, lead Rouge) {
	s.N++
	s.Ours = Rouge{s.Ours.R1 + ours.R1, s.Ours.R2 + ours.R2, s.Ours.RL + ours.RL}
	s.Lead3 = Rouge{s.Lead3.R1 + lead.R1, s.Lead3.R2 + lead.R2, s.Lead3.RL + lead.RL}
}

// Mean returns the average ROUGE of the generator's summaries and of Lead-3.
func (s SummaryScores) Mean() (ours, lead Rouge) {
	if s.N == 0 {
		return
	}
	n := float64(s.N)
	return Rouge{s.Ours.R1 / n, s.Ours.R2 / n, s.Ours.RL / n}, Rouge{s.Lead3.R1 / n, s.Lead3.R2 / n, s.Lead3.RL / n}
}
