package generate

import (
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/segment"
	"gopkg.in/neurosnap/sentences.v1/english"
)

// segCases are paragraphs in news style with their sentences, hand split:
// abbreviations, initials, dotted country names, quotes ending sentences,
// ellipses and decimals. They measure the two segmenters considered.
var segCases = [][]string{
	{"U.S. officials said on Monday that the talks had failed.", "They gave no details."},
	{"Gen. Mark Milley met Mr. Zelenskiy in Kyiv.", "The meeting lasted an hour."},
	{`"We will not stand alone," he said.`, "The crowd cheered."},
	{"The Biden administration stated that it will “hold Iran accountable for activities that endanger the security of a US ally.”", "Albania has since cut diplomatic ties with Iran."},
	{"Shares fell 3.5% to $12.40 in early trading.", "Analysts at J.P. Morgan cut their target."},
	{"This extreme response ... is fully proportionate, he said.", "Tirana accused Tehran."},
	{"The U.K. and the U.S. signed the deal on Jan. 5.", "It takes effect in March."},
	{"Dr. Smith, of St. Mary's Hospital, was not available.", "A spokesperson declined to comment."},
	{"The company, Acme Inc., said it would appeal.", "Its shares rose."},
	{"Iran's foreign minister says an Iranian interest section will be opened in Albania.", "Hossein Amir-Abdollahian revealed Saturday that the ministry has agreed."},
	{"She asked: “Why now?”", "Nobody answered."},
	{"The vote was 52-48.", "Sen. Joe Manchin voted no."},
	{"It was founded in 1998 by John D. Rockefeller IV.", "The foundation is based in N.Y."},
	{"Officials said the attack began at 3 a.m. local time.", "No one was hurt."},
	{"“Is this the end?” she asked.", "He did not reply."},
	{"The prime minister left No. 10 Downing Street at noon.", "Ms. Lee followed."},
	{"The attacks of Sept. 11 changed the agency.", "Its budget doubled!", "Critics objected."},
	{"Mandiant expressed “moderate confidence” that the attackers were acting for Tehran.", "The July 23-24 conference was canceled."},
	{"Prof. Ana Silva, of the University of Lisbon, disagreed.", "Her study was published in Nature."},
}

type splitter func(string) []string

func proseSplit() splitter {
	s, err := segment.New()
	if err != nil {
		panic(err)
	}
	return func(t string) []string { return s.SegmentText(t) }
}

func neurosnapSplit() splitter {
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		panic(err)
	}
	return func(t string) []string {
		var out []string
		for _, s := range tok.Tokenize(t) {
			if x := strings.TrimSpace(s.Text); x != "" {
				out = append(out, x)
			}
		}
		return out
	}
}

func segAccuracy(split splitter) (right int, wrong []string) {
	for _, c := range segCases {
		got := split(strings.Join(c, " "))
		if strings.Join(got, "\n") == strings.Join(c, "\n") {
			right++
		} else {
			wrong = append(wrong, strings.Join(got, " | "))
		}
	}
	return right, wrong
}

// joinLower joins a piece starting in lower case to the sentence before,
// as segmentDoc does.
func joinLower(split splitter) splitter {
	return func(s string) []string {
		var out []string
		for _, p := range split(s) {
			if len(out) > 0 && p != "" && strings.ToLower(p[:1]) == p[:1] && strings.ToUpper(p[:1]) != p[:1] {
				out[len(out)-1] += " " + p
				continue
			}
			out = append(out, p)
		}
		return out
	}
}

// TestSegmenterChoice records why neurosnap/sentences' English tokenizer
// is used rather than prose v3's segment package (which wraps the same
// Punkt model with extra rules). Measured on these news cases each gets one
// wrong: prose v3 breaks "Gen. Mark Milley" after "Gen.", neurosnap breaks
// "“Is this the end?” she asked." -- an error segmentDoc repairs by joining
// a sentence that starts in lower case, while prose's stays. Speed on 200 KB
// of news is the same (BenchmarkSegment*, about 50 MB/s each), so accuracy
// decides.
func TestSegmenterChoice(t *testing.T) {
	pr, pw := segAccuracy(proseSplit())
	nr, nw := segAccuracy(neurosnapSplit())
	t.Logf("prose v3 segment: %d/%d cases right; wrong: %q", pr, len(segCases), pw)
	t.Logf("neurosnap english: %d/%d cases right; wrong: %q", nr, len(segCases), nw)
	pj, _ := segAccuracy(joinLower(proseSplit()))
	nj, _ := segAccuracy(joinLower(neurosnapSplit()))
	t.Logf("with lower-case joining: prose v3 %d, neurosnap %d", pj, nj)
	if nj < pj || nr < pr {
		t.Errorf("neurosnap splits %d (%d joined) cases right, prose v3 %d (%d): reconsider the choice", nr, nj, pr, pj)
	}
	if nr < len(segCases)-2 {
		t.Errorf("neurosnap splits only %d of %d cases right", nr, len(segCases))
	}
	// The generator's own splitting (paragraphs, then the chosen tokenizer).
	gr, gw := segAccuracy(func(t string) []string {
		var out []string
		for _, s := range segmentDoc(0, t) {
			out = append(out, s.text)
		}
		return out
	})
	t.Logf("segmentDoc: %d/%d cases right; wrong: %q", gr, len(segCases), gw)
	if gr < len(segCases) {
		t.Errorf("segmentDoc splits %d cases right, the tokenizer alone %d; wrong: %q", gr, nr, gw)
	}
}

func benchSplit(b *testing.B, split splitter) {
	docs, size := benchDocs(b, 200<<10)
	var texts []string
	for _, d := range docs {
		texts = append(texts, paragraphs(d.Text)...)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			split(t)
		}
	}
}

// BenchmarkSegmentProse and BenchmarkSegmentNeurosnap compare the speed of
// the two segmenters on the same 200 KB of paragraphs.
func BenchmarkSegmentProse(b *testing.B)     { benchSplit(b, proseSplit()) }
func BenchmarkSegmentNeurosnap(b *testing.B) { benchSplit(b, neurosnapSplit()) }

// TestSegmentWordsTheModelTakesForAbbreviations: the English model keeps
// "ill", "ore", "ok", "no" and "wash" as abbreviations (Illinois, Oregon,
// Oklahoma, number, Washington), which are written with a capital or
// before a number; in lower case, before a capital, they end a sentence.
func TestSegmentWordsTheModelTakesForAbbreviations(t *testing.T) {
	for _, c := range [][]string{
		{"The following week, three of his housemates fell ill.", "By Tuesday, cases had been confirmed."},
		{"The port ships iron ore.", "Prices fell in May."},
		{"The council voted no.", "The mayor resigned."},
		{"He was born in Peoria, Ill., in 1950.", "He moved to Chicago."},
		{"The team ranked no. 3 in May.", "It fell later."},
		// The model takes a number before a full stop for an ordinal's;
		// with a decimal point or a colon it is a time, a price or a
		// mark that ends the sentence.
		{"Gemechu finished in 3:31.79.", "Norway's Sondre Haugland was third."},
		{"Prices rose 4.5 percent to $3.20.", "Shares fell."},
		{"He ran 10.11.", "Then he left."},
	} {
		var got []string
		for _, s := range segmentDoc(0, strings.Join(c, " ")) {
			got = append(got, s.text)
		}
		if strings.Join(got, "\n") != strings.Join(c, "\n") {
			t.Errorf("split %q, want %q", got, c)
		}
	}
}
