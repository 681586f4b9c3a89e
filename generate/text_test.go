package generate

import (
	"slices"
	"strings"
	"testing"
	"unsafe"
)

// TestStraighten: every curly mark becomes its straight form, also in a
// word of plain ASCII around it, and text without one comes back as it
// was. straighten skips the Replacer when neither lead byte of the marks
// is present, so a mark with another lead byte would be missed: the test
// fails then.
func TestStraighten(t *testing.T) {
	for i := 0; i < len(straightPairs); i += 2 {
		in := "O" + straightPairs[i] + "Brien"
		if got, want := straighten(in), "O"+straightPairs[i+1]+"Brien"; got != want {
			t.Errorf("straighten(%q) = %q, want %q", in, got, want)
		}
	}
	for _, s := range []string{"", "plain text", "café — naïve", "a\u00a0b"} {
		if got := straighten(s); got != s {
			t.Errorf("straighten(%q) = %q, want it unchanged", s, got)
		}
	}
	if got := straighten("«Oui», dit-il ‘non’"); strings.ContainsAny(got, "«»‘’") {
		t.Errorf("marks left in %q", got)
	}
}

// TestContributedLine: a credit line of who contributed to the story is
// page furniture in any case, and a sentence using the word is not.
func TestContributedLine(t *testing.T) {
	for _, l := range []string{"Jane Doe contributed reporting to this story.", "JANE DOE CONTRIBUTED TO THIS REPORT", "Staff writer Tom Lee Contributed to this article"} {
		if !isBoilerplate(l) {
			t.Errorf("isBoilerplate(%q) = false, want true", l)
		}
	}
	for _, l := range []string{"The fund contributed $5 million to the campaign.", "Heavy rain contributed to this year's poor harvest."} {
		if isBoilerplate(l) {
			t.Errorf("isBoilerplate(%q) = true, want false", l)
		}
	}
}

// TestCollapseSpace: collapseSpace is strings.Join(strings.Fields(s), " ")
// on every kind of space, and returns s itself when nothing changes.
func TestCollapseSpace(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\nb", "a\u00a0b", "a\u2009b", "café au lait", "  x  y  ", "a \u3000 b", "é", "a b c d"} {
		want := strings.Join(strings.Fields(s), " ")
		if got := collapseSpace(s); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
	s := "one two three"
	if got := collapseSpace(s); unsafe.StringData(got) != unsafe.StringData(s) {
		t.Errorf("collapseSpace copied %q", s)
	}
}

// TestASCIINormName: normName's one pass over ASCII gives the key its
// steps give (straighten, lower case, no dots, collapseSpace, no leading
// "the "), on edge cases and on every run of one to four words of the
// repository's sources; other text it leaves to them.
func TestASCIINormName(t *testing.T) {
	steps := func(s string) string {
		s = strings.ToLower(straighten(s))
		s = strings.ReplaceAll(s, ".", "")
		s = collapseSpace(s)
		return strings.TrimPrefix(s, "the ")
	}
	cases := []string{
		"", " ", ".", "the", "the ", "The  U.S.", " the x", "THE\tX", "a . b", "a .", ". a", "thex", "the.x", "The the", "a\v\fb\r\n", "a\x1cb",
		strings.Repeat("Ab. ", 40), "The " + strings.Repeat("x", 70),
	}
	for _, d := range repoDocs(t) {
		w := strings.Fields(d.Text)
		for i := range w {
			for n := 1; n <= 4 && i+n <= len(w); n++ {
				cases = append(cases, strings.Join(w[i:i+n], " "))
			}
		}
	}
	for _, s := range cases {
		got, ok := asciiNormName(s)
		if !ok {
			if isASCIIText(s) {
				t.Fatalf("asciiNormName(%q) refused ASCII", s)
			}
			continue
		}
		if want := steps(s); got != want {
			t.Fatalf("asciiNormName(%q) = %q, want %q", s, got, want)
		}
	}
	s := "iran"
	if got, _ := asciiNormName(s); unsafe.StringData(got) != unsafe.StringData(s) {
		t.Errorf("asciiNormName copied %q", s)
	}
}

// TestStanceCompound: the ASCII path reads a word as strings.ToLower's
// did, and other words take that path still ("ANTİ-": Go lowers İ to i).
func TestStanceCompound(t *testing.T) {
	ref := func(w string) bool {
		l := strings.ToLower(w)
		return len(l) > 4 && strings.HasPrefix(l, "pro-") || len(l) > 5 && strings.HasPrefix(l, "anti-")
	}
	for _, w := range []string{"", "pro-", "Pro-X", "PRO-BEIJING", "pro", "Prov-x", "anti-", "Anti-War", "ANTI-X", "antix-y", "ANTİ-X", "Prö-x", "pro-ö", "Pr0-x"} {
		if got, want := stanceCompound(w), ref(w); got != want {
			t.Errorf("stanceCompound(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestOneEditASCII: oneEdit reads ASCII words by bytes as it reads others
// by runes (the rune reading is the reference here), on every edit of
// every kind of a few names and on pairs of the sources' words.
func TestOneEditASCII(t *testing.T) {
	ref := func(a, b string) bool { return oneEditRunes([]rune(a), []rune(b)) }
	words := []string{"", "a", "ab", "Smith", "Smyth", "Smiht", "Smit", "Smiths", "mSith", "Smtih", "Jones", "Jnoes", "Jone"}
	for _, d := range repoDocs(t)[:5] {
		words = append(words, strings.Fields(d.Text)...)
	}
	for i, a := range words {
		for _, b := range words[max(0, i-40):min(len(words), i+40)] {
			if got, want := oneEdit(a, b), ref(a, b); got != want {
				t.Fatalf("oneEdit(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// TestNewsroomSignOff: a wire desk's sign-off is page furniture.
func TestNewsroomSignOff(t *testing.T) {
	for _, l := range []string{"-- Johannesburg Newsroom +27 11 482 1003", "-- Warsaw Newsroom +48 22 653 9700", "London Newsroom"} {
		if !isBoilerplate(l) {
			t.Errorf("isBoilerplate(%q) = false", l)
		}
	}
	if isBoilerplate("The Reuters newsroom in London was evacuated on Monday.") {
		t.Error("a sentence about a newsroom is no sign-off")
	}
}

// TestAnchoredPrefilter: the furniture expressions' first-byte filter
// never refuses a line the expression matches: every line of every test
// source, and lines made to match, get the answer the expression gives.
func TestAnchoredPrefilter(t *testing.T) {
	exprs := map[string]func() *anchoredRegexp{
		"boilerplate": boilerplate, "bylineRole": bylineRole, "bylineDesk": bylineDesk, "scriptField": scriptField,
		"editorInitials": editorInitials, "boilerplateEmail": boilerplateEmail, "boilerplateAgency": boilerplateAgency,
		"boilerplateContributed": boilerplateContributed, "newsroomLine": newsroomLine,
	}
	lines := []string{
		"Share this article", "SHARE", "ſhare", "© 2024 Reuters", "Photo: AP", "(Photo by John Doe/AFP)", "By Jane Smith",
		"by jane smith", "Kelvin", "Ｋelvin", "DATE=3/12/96", "NEB/PO/JWH", "Aisha Rahman Housing correspondent", "Associated Press Writer",
		"Jane Doe contributed reporting to this story.", "London Newsroom", "john@example.com", "\u00a0Share", "", "a",
	}
	for _, g := range []string{"../briefings/sources/*.txt", "testdata/*/sources/*.txt", "testdata/realdev/articles/*.txt"} {
		for _, d := range readSources(t, g) {
			for l := range strings.SplitSeq(d.Text, "\n") {
				lines = append(lines, strings.TrimSpace(strings.TrimLeftFunc(l, isBulletRune)))
			}
		}
	}
	matched := 0
	for name, e := range exprs {
		a := e()
		for _, l := range lines {
			want := a.re.MatchString(l)
			if want {
				matched++
			}
			if got := a.MatchString(l); got != want {
				t.Errorf("%s.MatchString(%q) = %v, the expression says %v", name, l, got, want)
			}
		}
	}
	if matched < 50 {
		t.Errorf("only %d lines matched: the test lines are missing", matched)
	}
}

// TestBulletsAreParagraphs: each item of a list is a paragraph of its
// own, whether or not it ends a sentence: a page's highlights had run
// together ("... at Maidstone Crown Court He struck ...").
func TestBulletsAreParagraphs(t *testing.T) {
	paras, _, _ := paragraphsCaptions("- Kyle Brannigan, 34, was found guilty at Maidstone Crown Court\n- He struck across Gillingham and Rainham\n- A widow wept as the verdicts were read out\n\nA serial burglar was convicted on Friday.", nil)
	want := []string{"Kyle Brannigan, 34, was found guilty at Maidstone Crown Court", "He struck across Gillingham and Rainham", "A widow wept as the verdicts were read out", "A serial burglar was convicted on Friday."}
	if !slices.Equal(paras, want) {
		t.Errorf("paragraphs %q, want %q", paras, want)
	}
}

// TestPromotionLines: a site's promotions of its newsletters and apps, an
// advertisement under its label, a labelled link, and the heading of its box of most-read stories are
// page furniture; sentences about newsletters, apps and links are not.
func TestPromotionLines(t *testing.T) {
	for _, l := range []string{
		"Get a look at the day ahead in tech with the Reuters Tech News newsletter. Sign up here.",
		"Catch all the Corporate news and Updates on Live Mint. Download The Mint News App to get Daily Market Updates.",
		"(Catch all the Business News, Breaking News Events and Latest News Updates on The Economic Times.)",
		"AP Olympics: https://apnews.com/hub/olympic-games",
		"Most Read from Bloomberg",
		"Most Popular",
		"Trending Now",
		"TEXT AD: Call Premium Times Ads Desk on +234 809 000 1122",
		"Sponsored: Five ways to save on your energy bill",
	} {
		if !isBoilerplate(l) {
			t.Errorf("isBoilerplate(%q) = false, want true", l)
		}
	}
	for _, l := range []string{
		"The newsletter, which has 40,000 readers, asked them to sign up for a protest.",
		"Users who download the app must agree to share their location, the regulator said on Monday, in a ruling that runs to 112 pages and that the company said it would appeal.",
		"The most read story on the site was about the floods.",
		"Catch all the fish you can, the minister told trawlermen on Monday, and the quota will follow.",
		"Ad spending: the agency said budgets fell 4% in the quarter, the first fall since 2020.",
	} {
		if isBoilerplate(l) {
			t.Errorf("isBoilerplate(%q) = true, want false", l)
		}
	}
	ps := paragraphs("Economics\n\nSouth Africa Holds Rates\n\nMost Read from Bloomberg\nRand Slides as Oil Tops $95 and Dollar Strengthens\nJohannesburg Office Vacancies Climb to Highest on Record\n\n(Bloomberg) -- South Africa's central bank kept its rate unchanged.\n")
	for _, p := range ps {
		if strings.Contains(p, "Oil Tops") || strings.Contains(p, "Vacancies") {
			t.Errorf("a most-read headline kept: %q", p)
		}
	}
}

// TestLeftOutLineEndsParagraph: a line of furniture left out between two
// lines ends the paragraph, so that no sentence joins text the source
// does not hold together (an item must be found in its source as it is).
func TestLeftOutLineEndsParagraph(t *testing.T) {
	paras, _, _ := paragraphsCaptions("Sinks\n\nDate: February 17, 2016\nSource: Northgate University\nSummary: Bacteria in hospital sinks swap genes, researchers have found.\n", nil)
	for _, p := range paras {
		if strings.Contains(p, "2016") && strings.Contains(p, "Bacteria") {
			t.Errorf("paragraph %q joins lines the source keeps apart", p)
		}
	}
}
