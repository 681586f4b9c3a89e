package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/brief-team/brief/generate"
	"github.com/brief-team/brief/generate/internal/countries"
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
	OtherTimex   []realdevTimex `json:"other_timex"`
	NotAnnotated []string       `json:"not_annotated"`
	Summaries    []string       `json:"reference_summaries"`
}

// realdevTimex is one of MEANTIME's other time expressions: a duration, a
// set, or a date it does not write as a day, month or year ("2008-Q3").
type realdevTimex struct {
	Expression string `json:"expression"`
	Sentence   string `json:"sentence"`
	Type       string `json:"timex3_type"`
	Value      string `json:"value"`
}

// timexDate writes a TIMEX3 date value that is a quarter, half, week,
// weekend, season or decade as the span of the generator's dates ("2008-Q3"
// is "2008-07/2008-09"); "" for any other value.
func timexDate(v string) string {
	var y, n int
	var tail string
	switch {
	case len(v) == 3:
		if d, err := strconv.Atoi(v); err == nil {
			return fmt.Sprintf("%d0/%d9", d, d)
		}
	case len(v) >= 7 && v[4] == '-':
		var err error
		if y, err = strconv.Atoi(v[:4]); err != nil {
			return ""
		}
		tail = v[5:]
	default:
		return ""
	}
	ym := func(y, m int) string { return fmt.Sprintf("%04d-%02d", y, m) }
	switch {
	case len(tail) == 2 && tail[0] == 'Q':
		if n = int(tail[1] - '0'); n >= 1 && n <= 4 {
			return ym(y, 3*n-2) + "/" + ym(y, 3*n)
		}
	case len(tail) == 2 && tail[0] == 'H':
		if n = int(tail[1] - '0'); n == 1 || n == 2 {
			return ym(y, 6*n-5) + "/" + ym(y, 6*n)
		}
	case strings.HasPrefix(tail, "W") && (len(tail) == 3 || tail[3:] == "-WE"):
		w, err := strconv.Atoi(tail[1:3])
		if err != nil {
			return ""
		}
		// ISO week w: the week with 4 January is week 1.
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		mon := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
		first, last := mon, mon.AddDate(0, 0, 6)
		if len(tail) > 3 {
			first = mon.AddDate(0, 0, 5)
		}
		return first.Format("2006-01-02") + "/" + last.Format("2006-01-02")
	default:
		if m, ok := map[string]int{"SP": 3, "SU": 6, "FA": 9, "AU": 9, "WI": 12}[tail]; ok {
			end := time.Date(y, time.Month(m)+2, 1, 0, 0, 0, 0, time.UTC)
			return ym(y, m) + "/" + ym(end.Year(), int(end.Month()))
		}
	}
	return ""
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
//     (GUM annotates no speakers);
//   - MEANTIME's other date expressions (quarters, weeks, seasons,
//     decades), optional.
func (r realdevGold) asGold(source string) Gold {
	g := Gold{Source: source, Published: r.Published}
	actors := r.Actors
	if r.Corpus == "MEANTIME" {
		actors = mergedActors(actors)
	}
	for _, a := range actors {
		// MEANTIME also lists entities that have a DBpedia class link but
		// no name ("Financial analysts", "government", "555 people"):
		// a briefing's actors are named, so these are optional.
		// It also lists coordinations ("General Motors and Chrysler"): a
		// briefing lists each body, scored where the gold lists it.
		unnamed := r.Corpus == "MEANTIME" && (!named(a.Name) && !slices.ContainsFunc(a.Aliases, named) || coordination(a.Name))
		g.Actors = append(g.Actors, GoldActor{Name: a.Name, Type: a.Type, Aliases: a.Aliases, Optional: unnamed})
	}
	for _, e := range r.Events {
		g.Events = append(g.Events, GoldEvent{
			Expression: e.Expression, SentenceContains: e.Sentence, AcceptedDates: []string{e.Date},
			Optional: e.Dateline || e.Kind == "bounded", wholeSentence: true,
			since: opensSpan(e.Sentence, e.Expression),
		})
	}
	// MEANTIME's quarters, weeks, seasons and decades are annotated apart:
	// a sentence dated by one is dated by what the gold covers but does not
	// score, so they are optional, neither asked for nor refused.
	for _, o := range r.OtherTimex {
		if d := timexDate(o.Value); d != "" && (o.Type == "DATE" || o.Type == "TIME") {
			g.Events = append(g.Events, GoldEvent{
				Expression: o.Expression, SentenceContains: o.Sentence, AcceptedDates: []string{d},
				Optional: true, wholeSentence: true,
			})
		}
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

// realdevActor is one actor of a realdev gold file.
type realdevActor = struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases"`
}

// mergedActors reads MEANTIME's actors as one actor per referent (GUM's
// gold merged its own: see its README). MEANTIME names instances with notes in brackets ("All Nippon Airways (ANA)",
// "Thomas (Tom) Enders (CEO of Airbus)"): each part is a name too. A
// country is the same country by any of its names ("United States of
// America", "US"), so each gets the country table's canonical name. And
// MEANTIME sometimes splits one referent over several instances ("China
// (People's Republic of China)" twice and "People's Republic of China" in
// one article): instances of the same type sharing a name are one actor,
// as a briefing lists it once.
func mergedActors(in []realdevActor) []realdevActor {
	var out []realdevActor
	for _, a := range in {
		names := append([]string{a.Name}, a.Aliases...)
		for _, n := range names {
			names = append(names, bracketNames(n)...)
		}
		if a.Type == "country" {
			for _, n := range names {
				if c := countryName(n); c != "" && !slices.Contains(names, c) {
					names = append(names, c)
				}
			}
		}
		k := map[string]bool{}
		for _, n := range names {
			k[normName(n)] = true
		}
		same := slices.IndexFunc(out, func(o realdevActor) bool {
			return o.Type == a.Type && slices.ContainsFunc(append([]string{o.Name}, o.Aliases...), func(n string) bool { return k[normName(n)] })
		})
		if same < 0 {
			out = append(out, realdevActor{Name: a.Name, Type: a.Type, Aliases: names[1:]})
			continue
		}
		out[same].Aliases = append(out[same].Aliases, names...)
	}
	return out
}

// bracketNames are the names in an instance name with bracketed notes:
// "Thomas (Tom) Enders (CEO of Airbus)" is "Thomas Enders", "Tom" and "CEO
// of Airbus"; a name without brackets gives none.
func bracketNames(n string) []string {
	var base strings.Builder
	var out []string
	for {
		o, rest, ok := strings.Cut(n, "(")
		if !ok {
			base.WriteString(n)
			break
		}
		in, after, ok := strings.Cut(rest, ")")
		if !ok {
			return nil
		}
		base.WriteString(o)
		out = append(out, strings.TrimSpace(in))
		n = after
	}
	if len(out) == 0 {
		return nil
	}
	return append([]string{strings.Join(strings.Fields(base.String()), " ")}, out...)
}

// countryName is the country table's canonical name for a country's name
// ("United States of America" -> "United States"), or "".
func countryName(s string) string { return countryNames()[normName(s)] }

// countryNames maps normName of every country's names to its canonical
// name.
var countryNames = sync.OnceValue(func() map[string]string {
	names := map[string]string{}
	for _, r := range countries.Rows() {
		for _, n := range append([]string{r.Name}, r.Others...) {
			names[normName(n)] = r.Name
		}
	}
	return names
})

// named says a realdev actor's name or alias is a name: one capitalized
// word ("Airbus"), or capitalized words after its first ("the Big Three",
// "Bank of America"); not "Financial analysts", "government" or "555
// people" (MEANTIME's instance labels capitalize their first word).
func named(s string) bool {
	w := strings.Fields(strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The "))
	if len(w) == 0 || !startsUpper(w[0]) {
		return false
	}
	return len(w) == 1 || slices.ContainsFunc(w[1:], startsUpper)
}

// coordination says a realdev actor's name joins two names with "and":
// "General Motors and Chrysler".
func coordination(s string) bool {
	a, b, ok := strings.Cut(s, " and ")
	return ok && named(a) && named(b) && !strings.Contains(a, " of") // "Bank of England and Wales" is one name
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// opensSpan reports whether expr, in sentence, is the start of a span
// after "since" ("its lowest level since April 1997", "since 2003"):
// realdev's gold annotates it as a dated expression like any other, but
// what the sentence reports did not happen then.
func opensSpan(sentence, expr string) bool {
	e := strings.ToLower(strings.TrimSpace(expr))
	if strings.HasPrefix(e, "since ") {
		return true
	}
	s := strings.ToLower(sentence)
	for off := 0; ; {
		i := strings.Index(s[off:], e)
		if i < 0 || e == "" {
			return false
		}
		before := strings.Fields(s[:off+i])
		if n := len(before); n > 0 && (before[n-1] == "since" || n > 1 && before[n-2] == "since" && before[n-1] == "the") {
			return true
		}
		off += i + len(e)
	}
}

// speakerFile is our own annotation of who speaks each quotation of a
// realdev article (speakers/NAME.json): neither corpus annotates speakers
// (MEANTIME's few are derived), so they were annotated by hand, from the
// articles alone, by annotators who had not seen the generator.
type speakerFile struct {
	Quotes []struct {
		Text     string   `json:"text"` // the quotation's first words
		Speaker  *string  `json:"speaker"`
		Accepted []string `json:"accepted"`
	} `json:"quotes"`
}

// addSpeakers adds the speakers of path (if it exists) to g: a corpus
// quote the annotated words begin gets the speaker when the corpus gives
// none (a corpus speaker is never replaced); other annotated quotations
// are added as quotes of their own. A null speaker says the article names
// nobody: the generator must give none.
func addSpeakers(g *Gold, path string) error {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	var sf speakerFile
	if err := json.Unmarshal(data, &sf); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	for _, q := range sf.Quotes {
		if alnum(q.Text) == "" {
			return fmt.Errorf("%s: a quote with no words", path)
		}
		gq := GoldQuote{Contains: q.Text, Speaker: q.Speaker, byLetters: true}
		if q.Speaker != nil {
			gq.AcceptedSpeakers = append([]string{*q.Speaker}, q.Accepted...)
		}
		i := slices.IndexFunc(g.Quotes, func(c GoldQuote) bool { return strings.Contains(alnum(c.Contains), alnum(q.Text)) })
		switch {
		case i < 0:
			g.Quotes = append(g.Quotes, gq)
		case g.Quotes[i].speakerUnknown:
			g.Quotes[i].Speaker, g.Quotes[i].AcceptedSpeakers, g.Quotes[i].speakerUnknown = gq.Speaker, gq.AcceptedSpeakers, false
		}
	}
	return nil
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

// RealdevArticle is one realdev article read with its gold.
type RealdevArticle struct {
	Name      string // the article's file name, NAME.txt
	Corpus    string // GUM or MEANTIME
	Doc       generate.Document
	Gold      Gold
	Summaries []string // human reference summaries (GUM only)
}

// ReadRealdev reads the realdev articles under dir (articles/*.txt,
// gold/*.json) of one split ("dev", "test" or "" for both), in file name
// order.
func ReadRealdev(dir, split string) ([]RealdevArticle, error) {
	files, err := filepath.Glob(filepath.Join(dir, "gold", "*.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no gold/*.json files", dir)
	}
	sort.Strings(files)
	var out []RealdevArticle
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
		g := r.asGold(name)
		if err := addSpeakers(&g, filepath.Join(dir, "speakers", strings.TrimSuffix(name, ".txt")+".json")); err != nil {
			return nil, err
		}
		out = append(out, RealdevArticle{Name: name, Corpus: r.Corpus, Doc: doc, Gold: g, Summaries: r.Summaries})
	}
	return out, nil
}

// EvaluateRealdev scores the generator on the realdev articles under dir
// of one split ("dev", "test" or "" for both), per corpus (GUM, MEANTIME).
func EvaluateRealdev(dir, split string) (map[string]Scores, error) {
	arts, err := ReadRealdev(dir, split)
	if err != nil {
		return nil, err
	}
	out := map[string]Scores{}
	for _, a := range arts {
		b, err := generate.Generate([]generate.Document{a.Doc}, generate.Options{Published: a.Gold.Published})
		if err != nil {
			return nil, fmt.Errorf("%s: %v", a.Doc.Path, err)
		}
		fs := Score(b, a.Gold)
		fs.Source = a.Name
		s := out[a.Corpus]
		s.Files = append(s.Files, fs)
		s.Total.add(fs.Counts)
		if len(a.Summaries) > 0 {
			var ours []string
			for _, st := range b.Summary {
				ours = append(ours, st.Text)
			}
			s.Summaries.add(RougeScore(strings.Join(ours, " "), a.Summaries), RougeScore(Lead3(a.Doc), a.Summaries))
		}
		out[a.Corpus] = s
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
