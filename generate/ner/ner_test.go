package ner

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"
)

// loadedAtInit records whether anything read the model before the tests
// ran: the model must be read on first use, never at init.
var loadedAtInit = loads.Load()

func TestModelNotLoadedAtInit(t *testing.T) {
	if loadedAtInit != 0 {
		t.Fatalf("the model was read %d times at init", loadedAtInit)
	}
}

func readDev(t *testing.T) []Sentence {
	t.Helper()
	f, err := os.Open("testdata/dev.conll")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// Floors of the embedded model on ner-train's dev.conll (which chose its
// epochs but never trained it), so that a new model cannot fall back.
// Raise them with a better model.
const (
	devTokenF1Floor  = 0.653
	devEntityF1Floor = 0.636
)

func TestDevF1(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	e := m.Score(readDev(t))
	tp, tr, tf := e.Token()
	ep, er, ef := e.Entity()
	t.Logf("dev.conll: token P %.4f R %.4f F1 %.4f; entity P %.4f R %.4f F1 %.4f; %d features", tp, tr, tf, ep, er, ef, m.Features())
	if tf < devTokenF1Floor {
		t.Errorf("token F1 %.4f fell below %.3f", tf, devTokenF1Floor)
	}
	if ef < devEntityF1Floor {
		t.Errorf("entity F1 %.4f fell below %.3f", ef, devEntityF1Floor)
	}
}

const sample = `U.S. President Donald Trump met Afghan Ambassador Hamdullah Mohib in Washington on Tuesday. "It was a good meeting," Trump said. Mohib later told the United Nations that Afghanistan wanted peace. The UN did not comment; neither did Google.`

// TestTaggingDeterministic: the same text gets the same tags, whether
// tagged again, by a model read afresh from its bytes, or concurrently.
func TestTaggingDeterministic(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	dev := readDev(t)[:400]
	var words [][]string
	for _, s := range dev {
		words = append(words, s.Words)
	}
	first := m.TagDoc(words)
	again, err := ReadModel(bytes.NewReader(modelData))
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan [][]string, 4)
	for range 4 {
		go func() { done <- m.TagDoc(words) }()
	}
	for range 4 {
		if got := <-done; !reflect.DeepEqual(got, first) {
			t.Fatal("concurrent tagging differs")
		}
	}
	if !reflect.DeepEqual(again.TagDoc(words), first) {
		t.Fatal("a model read again tags differently")
	}
	if !reflect.DeepEqual(Actors(sample), Actors(sample)) {
		t.Fatal("Actors differs between calls")
	}
}

// TestTrainingDeterministic: the same data and options give the same
// model bytes.
func TestTrainingDeterministic(t *testing.T) {
	dev := readDev(t)[:600]
	train := func() []byte {
		p, _ := Prepare(dev)
		m := Train(p, TrainOptions{Epochs: 2, MinCount: 1, Seed: 7})
		b, err := m.Bytes(0.05)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a, b := train(), train()
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same data gave different bytes")
	}
	m, err := ReadModel(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	if e := m.Score(dev); e.EntRight == 0 {
		t.Fatal("a model trained on sentences finds none of their entities")
	}
}

func TestActors(t *testing.T) {
	as := Actors(sample)
	byName := map[string]Actor{}
	for _, a := range as {
		byName[a.Name] = a
		for _, m := range a.Mentions {
			if sample[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention %q at %d-%d reads %q", a.Name, m.Text, m.Start, m.End, sample[m.Start:m.End])
			}
		}
	}
	for name, typ := range map[string]string{
		"Donald Trump": Person, "United States": Country,
		"Afghanistan": Country, "United Nations": Organization,
	} {
		a, ok := byName[name]
		if !ok {
			t.Errorf("no actor %s in %+v", name, as)
			continue
		}
		if a.Type != typ {
			t.Errorf("%s: type %s, want %s", name, a.Type, typ)
		}
	}
	// Short mentions join the full name: "Trump", "UN".
	for name, n := range map[string]int{"Donald Trump": 2, "United Nations": 2} {
		if got := len(byName[name].Mentions); got != n {
			t.Errorf("%s: %d mentions, want %d: %+v", name, got, n, byName[name].Mentions)
		}
	}
	if _, ok := byName["Washington"]; ok {
		t.Error("a city is not an actor")
	}
}

func TestSpans(t *testing.T) {
	got := Spans(strings.Fields("B-PER I-PER O B-ORG B-ORG I-ORG I-LOC O B-MISC"))
	want := []Span{{0, 2, "PER"}, {3, 4, "ORG"}, {4, 6, "ORG"}, {6, 7, "LOC"}, {8, 9, "MISC"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Spans: %v, want %v", got, want)
	}
}

func TestCountryName(t *testing.T) {
	for in, want := range map[string]string{"U.S.": "United States", "the United States": "United States", "Britain": "United Kingdom", "Bosnia-Herzegovina": "Bosnia and Herzegovina"} {
		if got, ok := CountryName(in); !ok || got != want {
			t.Errorf("CountryName(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"American", "Washington", "us"} {
		if got, ok := CountryName(in); ok {
			t.Errorf("CountryName(%q) = %q, want none", in, got)
		}
	}
}

// tagAfresh tags one sentence by the model's definition: every feature
// of features and pairFeatures (what training reads) looked up and its
// row added, in their order.
func tagAfresh(m *Model, words []string, docCase map[string]string) []int {
	toks := infos(words, docCase)
	n := len(toks)
	em, pair := make([]float32, n*nTags), make([]float32, n*pairStride)
	for i := range toks {
		m.emit.addTo(em[i*nTags:(i+1)*nTags], features(nil, toks, i))
		m.pair.addTo(pair[i*pairStride:(i+1)*pairStride], pairFeatures(nil, toks, i))
	}
	return viterbi(em, pair, n, &m.trans)
}

// TestTaggerKeepsTags: a Tagger, which keeps each word's sums and rows
// across documents, gives every token the tag that scoring all its
// features afresh gives, also when its cache fills and starts again (a
// small bound here, smaller than some sentences), so the cache changes
// speed only.
func TestTaggerKeepsTags(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	texts, _ := realdevTexts(t)
	for _, max := range []int{maxCachedWords, 150} {
		tg := m.NewTagger()
		tg.words.max = max
		for _, text := range texts[:60] {
			var sents [][]string
			for _, s := range Sentences(text) {
				var w []string
				for _, tok := range s {
					w = append(w, tok.Text)
				}
				sents = append(sents, w)
			}
			got := tg.TagDoc(sents)
			dc := docCases(sents)
			for si, s := range sents {
				want := tagAfresh(m, s, dc)
				for i, tag := range want {
					if got[si][i] != Tags[tag] {
						t.Fatalf("max %d: %q: token %d %q tagged %s, afresh %s", max, strings.Join(s, " "), i, s[i], got[si][i], Tags[tag])
					}
				}
			}
			// A sentence longer than the bound is cached whole.
			bound := max
			for _, s := range sents {
				bound = maxInt(bound, len(s))
			}
			if tg.words.n > bound {
				t.Fatalf("max %d: the cache holds %d words", max, tg.words.n)
			}
		}
	}
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// TestFormKeyOfRun: keyBuf.formKey of a run of words is formKey of the
// words joined by spaces, to the byte, on the realdev texts' runs and on
// the odd cases (dots alone, curly apostrophes, hyphens, other spaces,
// invalid UTF-8).
func TestFormKeyOfRun(t *testing.T) {
	runs := [][]string{
		{"U.S."},
		{"U", ".", "S", "."},
		{"St", ".", "Lucia"},
		{"Bosnia", "-", "Herzegovina"},
		{"a", "-", "-", "b"},
		{"Côte", "d’Ivoire"},
		{"d‘", "x"},
		{"\u00a0", "x\u00a0y"},
		{"\xc2.\xa0"},
		{"\xe2.\x80\x99"},
		{""},
		{"", ""},
		{"-"},
		{" - "},
		{"x", "", "y"},
		{"a\tb"},
		{"..."},
	}
	texts, _ := realdevTexts(t)
	for _, text := range texts[:40] {
		for _, s := range Sentences(text) {
			for i := range s {
				for k := 1; k <= maxCountryTokens && i+k <= len(s); k++ {
					var run []string
					for _, tok := range s[i : i+k] {
						run = append(run, tok.Text)
					}
					runs = append(runs, run)
				}
			}
		}
	}
	var kb keyBuf
	for _, run := range runs {
		if got, want := string(kb.formKey(run)), formKey(strings.Join(run, " ")); got != want {
			t.Fatalf("formKey of %q = %q, want %q", run, got, want)
		}
	}
}

// TestCountryMarksPruned: countryMarks, which stops a match before a word
// no form has (countryPart), marks what trying every run does.
func TestCountryMarksPruned(t *testing.T) {
	every := func(words []string) []countryKind {
		marks := make([]countryKind, len(words))
		for i := 0; i < len(words); {
			if !capital(words[i]) || !countryFirstWords()[formKey(words[i])] {
				i++
				continue
			}
			n := 0
			var kind countryKind
			for k := min(maxCountryTokens, len(words)-i); k >= 1; k-- {
				if f, ok := countryForms()[formKey(strings.Join(words[i:i+k], " "))]; ok {
					n, kind = k, f.kind
					break
				}
			}
			for j := i; j < i+n; j++ {
				marks[j] = kind
			}
			i += max(n, 1)
		}
		return marks
	}
	sents := [][]string{
		{"the", "United", "States", "of", "America", "and", "Bosnia", "-", "Herzegovina"},
		{"The", "Gambia", ",", "U.S.", "and", "U", ".", "S", "."},
		{"Côte", "d’Ivoire"},
		{"Democratic", "Republic", "of", "the", "Congo", "'s"},
		{"New", "Zealand", "-", "based"},
	}
	texts, _ := realdevTexts(t)
	for _, text := range texts {
		for _, s := range Sentences(text) {
			var w []string
			for _, tok := range s {
				w = append(w, tok.Text)
			}
			sents = append(sents, w)
		}
	}
	for _, s := range sents {
		if got, want := countryMarks(s), every(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: marks %v, want %v", s, got, want)
		}
	}
}

// TestASCIINameKey: nameKey's ASCII path keys as its general steps do.
func TestASCIINameKey(t *testing.T) {
	slow := func(s string) string {
		s = strings.ToLower(normWord(s))
		s = strings.ReplaceAll(s, ".", "")
		s = strings.Join(strings.Fields(s), " ")
		return strings.TrimPrefix(s, "the ")
	}
	names := []string{
		"", " ", ".", "The United Nations", "the UN", "U.S.", "U. S.", " a  b\t", "THE  X", "the", "the ", "thex", "a . b",
		"Theresa May", "Ministry of Science and ICT", "x\x1fy", "St. John's", "the. x", ". the x", "The\tX", "a\v\fb\r",
	}
	texts, _ := realdevTexts(t)
	for _, text := range texts[:40] {
		for _, s := range Sentences(text) {
			for i := range s {
				for k := 1; k <= 4 && i+k <= len(s); k++ {
					names = append(names, text[s[i].Start:s[i+k-1].End])
				}
			}
		}
	}
	for _, n := range names {
		if got, want := nameKey(n), slow(n); got != want {
			t.Fatalf("nameKey(%q) = %q, want %q", n, got, want)
		}
	}
}
