package generate

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/brief-team/brief/briefings"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"
)

// sentence is one segmented sentence of a source.
type sentence struct {
	doc  int    // index of the document
	para int    // paragraph index within the document
	pos  int    // sentence index within the document
	text string // original text, whitespace collapsed
	toks []token
	// caption: the paragraph repeated a line, as saved pages repeat a photo
	// caption; such sentences stay out of the summary.
	caption bool
	// credited: the paragraph is a caption known by the credit it ends
	// with ("Image: NASA."). It stays out of the summary only: news gold
	// dates a caption's events and names its people as any sentence's.
	credited bool
	// turn: in a transcript, the first sentence of a speaker's turn holds
	// the name its label gave ("ROB FENWICK, CNN METEOROLOGIST: ..."),
	// the label itself cut from the text.
	turn string
}

// turnLabel matches a transcript's speaker label: a name in capitals, a
// role after a comma (radio writes it in lower case), how the speaker was
// heard in brackets, a colon: "CAROL MERRIWEATHER, CNN ANCHOR: ",
// "KOWALCZYK: ", "KAREN ASHBY, host: ", "TOMÁS REYES, reporting: ",
// "MARISOL VERA (through interpreter): ".
var turnLabel = lazyRegexp(`^(\p{Lu}[\p{Lu}.'&-]*(?: \p{Lu}[\p{Lu}.'&-]*){0,4})(?:, (?:[\p{Lu}0-9][\p{Lu}0-9.'&/() -]{0,60}(?:, [\p{Lu}0-9][\p{Lu}0-9.'&/() -]{0,40})?|[a-z][a-z ]{1,30}))?(?: \([a-z][\pL ,-]{1,40}\))?: +\S`)

// transcriptTurns reads the speaker label of each paragraph of a
// transcript: a document where three paragraphs or more open with one
// (a "NEW DELHI:" dateline or an "UPDATE:" makes none). It returns, per
// paragraph, the name ("" for none) and the length of the label.
func transcriptTurns(paras []string) (names []string, cut []int) {
	names, cut = make([]string, len(paras)), make([]int, len(paras))
	n := 0
	for i, p := range paras {
		// A label ends in a colon: most paragraphs have none, and the
		// expression, tried on each paragraph of each source, was a
		// hundredth of the generator's time with titleLabel's.
		if strings.IndexByte(p, ':') < 0 {
			continue
		}
		if m := turnLabel().FindStringSubmatchIndex(p); m != nil && m[3]-m[2] >= 2 {
			names[i], cut[i] = p[m[2]:m[3]], m[1]-1
			n++
		}
	}
	if n < 3 {
		if names, cut := namedTurns(paras); names != nil {
			return names, cut
		}
		return interviewTurns(paras)
	}
	return names, cut
}

// titleLabel matches a speaker's label in title case opening a paragraph:
// "Julien Marchand: ", "Marchand: ".
var titleLabel = lazyRegexp(`^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}): +\S`)

// namedTurns reads an interview printed with its speakers' names as
// labels in title case, "Julien Marchand: ..." then "Marchand: ...": four
// labelled paragraphs or more, of two speakers or more (by the label's
// last word), each labelling two paragraphs at least. A paragraph or two
// opening "Note:" or "Update:" make none.
func namedTurns(paras []string) (names []string, cut []int) {
	names, cut = make([]string, len(paras)), make([]int, len(paras))
	bySpeaker := map[string]int{}
	n := 0
	for i, p := range paras {
		if strings.IndexByte(p, ':') < 0 { // no label (see transcriptTurns)
			continue
		}
		m := titleLabel().FindStringSubmatchIndex(p)
		if m == nil {
			continue
		}
		label := p[m[2]:m[3]]
		if notSpeakerLabels.hasLower(label) {
			continue
		}
		names[i], cut[i] = label, m[1]-1
		bySpeaker[lastWord(label)]++
		n++
	}
	if n < 4 || len(bySpeaker) < 2 {
		return nil, nil
	}
	for _, c := range bySpeaker {
		if c < 2 {
			return nil, nil
		}
	}
	return names, cut
}

// notSpeakerLabels open a paragraph with a colon and name no speaker.
var notSpeakerLabels = words(`note notes update updated correction clarification disclaimer
	source sources related read watch listen photo photos video caption credit warning background`)

// lastWord is the last word of s.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// answerTurn names the turns of an interview printed as questions and
// answers: spoken by whoever the text says it interviewed (interviewee).
const answerTurn = "\x00answer"

// interviewTurns reads an interview printed as questions and answers,
// two of each at least ("Q: ...", "A: ..."): the answers are turns
// (answerTurn), the questions no one's words.
func interviewTurns(paras []string) (names []string, cut []int) {
	label := func(p, l string) int {
		if !strings.HasPrefix(p, l+":") {
			return -1
		}
		rest := strings.TrimLeft(p[len(l)+1:], " ")
		if rest == "" || len(rest) == len(p)-len(l)-1 {
			return -1
		}
		return len(p) - len(rest)
	}
	names, cut = make([]string, len(paras)), make([]int, len(paras))
	qs, as := 0, 0
	for i, p := range paras {
		if label(p, "Q") > 0 {
			qs++
		}
		if c := label(p, "A"); c > 0 {
			names[i], cut[i] = answerTurn, c
			as++
		}
	}
	if qs < 2 || as < 2 {
		return nil, nil
	}
	return names, cut
}

// sanitize strips control characters and escape sequences: source text must
// never drive the reader's terminal.
func sanitize(s string) string { return briefings.Sanitize(s) }

// straighten replaces curly quotes and apostrophes by straight ones, for
// matching only; outputs keep the original characters.
var straightener = sync.OnceValue(func() *strings.Replacer {
	return strings.NewReplacer(straightPairs...)
})

// straightPairs are the marks straighten replaces, each before its
// replacement.
var straightPairs = []string{
	"“", `"`, "”", `"`, "„", `"`, "‟", `"`, "«", `"`, "»", `"`,
	"‘", "'", "’", "'", "‚", "'", "‛", "'", "′", "'",
}

// collapseSpace is strings.Join(strings.Fields(s), " "): the words of s
// with single spaces between. It returns s itself when s is so already,
// as nearly every line and name is, or s without the space around it, as
// the segmenter gives a sentence, where Fields and Join would copy it
// twice (throughput is a requirement: 1 MB/s per core).
func collapseSpace(s string) string {
	s = strings.TrimSpace(s) // the space Fields drops at either end
	prevSpace := true        // no space may open s
	for i := 0; i < len(s); {
		// Bytes, not runes, for ASCII: every line of every source comes
		// here (throughput is a requirement: 1 MB/s per core).
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		if r > ' ' && r < utf8.RuneSelf || !unicode.IsSpace(r) {
			prevSpace = false
			continue
		}
		if r != ' ' || prevSpace {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = true
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// straighten returns s itself when it holds none of the marks: every mark
// starts with byte 0xC2 or 0xE2, and the tokenizer asks it of every word,
// where the Replacer would copy the word twice (throughput is a
// requirement: 1 MB/s per core).
func straighten(s string) string {
	if strings.IndexByte(s, 0xE2) < 0 && strings.IndexByte(s, 0xC2) < 0 {
		return s
	}
	return straightener().Replace(s)
}

// boilerplate matches whole lines that are page furniture, not article text:
// share buttons, photo credits, "Source: ..." lines, navigation. Three kinds
// open with any text and are regexps of their own, tried only on lines
// holding their mark ("@", "/", "contributed"): in one regexp they kept every line's
// match busy for 80 characters, three times the cost of the rest.
var boilerplate = lazyAnchored(`(?i)^(?:share|share this(?: article| story| page)?|share on \w+|tweet|email|e-mail|print|copy link|comments?|advertisement|ad|sponsored|related(?: articles| stories| content| news)?|read more\b.{0,100}|see also|more on this|most (?:read|popular|viewed|shared)(?: (?:from|on|in) [^.,;:!?]{1,40})?|trending(?: now| stories| news)?|top stories|you may also like|recommended(?: for you| stories| reading)?|editors'? picks|subscribe(?: now)?|sign up.*newsletter.*|follow us.*|click here.*|watch:.*|listen:.*|(?:photo|image|picture|video|credit|photo credit|file photo|caption)s?(?: by)?\s*[:/].{0,120}|(?:source|sources|via)\s*:.{0,80}|our standards:.{0,80}|skip advertisement|press play to listen.{0,60}|voiced by artificial intelligence\.?|share via|read time:.{0,20}|also read\b.{0,120}|get (?:the )?latest\b.{0,160}|see more|\(with inputs from .{0,60}\)|media contacts?:?|reporting from .{0,40}|news and press release|posted \d.{0,30}|reuse this content|additional reporting by .{1,80}|©.*|copyright .{0,120}|journal references?:.{0,300}|cite this page:?|\(c\) ?(?:copyright|\d{4})\b.{0,120}|all rights reserved\.?|\(?(?:photo|image)s?:? (?:by|courtesy of|credit) .{0,120}\)?|(?:getty images|shutterstock|afp photo|reuters photo|ap photo)(?: via .{0,40})?|\(end\).{0,60}|of [\pL ]{2,40} newswires?|\d\d-\d\d-\d\d \d{4} ?(?:et|gmt|bst|cet)|by [A-Z][\pL.'-]+(?: [A-Z][\pL.'-]+){0,3}(?:,? (?:and|&) [A-Z][\pL.'-]+(?: [A-Z][\pL.'-]+){0,3})?(?:,.{0,40})?|(?:keywords?|tags?|topics?)\s*:?\s+[^.!?]{1,200}|permalink\s*:?\s+\S{1,200})$`)

// breadcrumbs says t is a site's trail of sections, "News | Planning",
// "LOCAL | CITY HALL": parts of one or two words between bars, no digit
// and no mark.
func breadcrumbs(t string) bool {
	if !strings.Contains(t, " | ") || strings.ContainsAny(t, "0123456789.,;:!?\"()") {
		return false
	}
	for p := range strings.SplitSeq(t, "|") {
		if n := len(strings.Fields(p)); n == 0 || n > 2 {
			return false
		}
	}
	return true
}

// shareWords are the labels of a page's sharing buttons.
var shareWords = words(`share send email e-mail print copy link x line facebook twitter google+ whatsapp linkedin
	reddit digg telegram pinterest tumblr messenger weibo wechat threads bluesky mastodon flipboard
	this article story page on via · | • /`)

// shareButtons says t is a row of sharing buttons: "Share this article:
// Facebook · Twitter · Digg", "Share Send Facebook Twitter Google+
// Whatsapp".
func shareButtons(t string) bool {
	// t opens with its first word: one that is not "share..." makes no
	// row, before the line is split (only ASCII letters lower to
	// "share", and EqualFold folds more).
	if len(t) < 5 || !strings.EqualFold(t[:5], "share") {
		return false
	}
	f := strings.Fields(strings.ToLower(t))
	if len(f) < 2 || len(f) > 16 || !strings.HasPrefix(f[0], "share") {
		return false
	}
	for _, w := range f {
		if !shareWords.has(w) && !shareWords.has(strings.TrimRight(w, ":,")) {
			return false
		}
	}
	return true
}

// promotion says t is a site's promotion of its own newsletters or apps,
// a sentence of it opening with the call to act: "Get a look at the day
// ahead in tech with the Reuters Tech News newsletter. Sign up here.",
// "Catch all the Corporate news ... Download The Mint News App to get
// Daily Market Updates.", "(Catch all the Business News ... on The
// Economic Times.)"
func promotion(t string) bool {
	// "(Catch all the Business News, Breaking News Events and Latest
	// News Updates on The Economic Times.)": the site's line under every
	// story, in brackets or not.
	if c := strings.TrimPrefix(t, "("); len(t) <= 240 && len(c) > len("catch all the ") && strings.EqualFold(c[:len("catch all the ")], "catch all the ") && hasFold(c, " news") && hasFold(c, "updates") {
		return true
	}
	if len(t) > 240 || !hasFold(t, "sign up") && !hasFold(t, "subscribe") && !hasFold(t, "download") {
		return false
	}
	for _, s := range strings.SplitAfter(t, ". ") {
		s = strings.TrimSpace(s)
		for _, call := range []string{"sign up here", "sign up now", "sign up for our", "subscribe here", "subscribe now", "subscribe to our"} {
			if len(s) >= len(call) && strings.EqualFold(s[:len(call)], call) {
				return true
			}
		}
		if len(s) > len("download ") && strings.EqualFold(s[:len("download ")], "download ") && hasFold(s, " app") {
			return true
		}
	}
	return false
}

// labelledLink says t is a link under its label and nothing else, "AP
// Olympics: https://apnews.com/hub/olympic-games".
func labelledLink(t string) bool {
	i := strings.Index(t, ": http")
	return i > 0 && i <= 60 && !strings.ContainsAny(t[i+2:], " \t") && strings.Contains(t[i:], "://")
}

// acknowledgementOfCountry says t is an Australian site's standing
// acknowledgement of the land's traditional custodians, printed under
// every story ("ABC acknowledges Aboriginal and Torres Strait Islander
// peoples as the First Australians and Traditional Custodians ...").
func acknowledgementOfCountry(t string) bool {
	return hasFold(t, "acknowledge") && (hasFold(t, "traditional custodians") || hasFold(t, "traditional owners"))
}

// adLabel says t is an advertisement its label opens: "TEXT AD: Call
// Premium Times Ads Desk on ...", "ADVERTISEMENT: ...", "Sponsored: ...".
func adLabel(t string) bool {
	head, _, ok := strings.Cut(t, ":")
	if !ok || len(head) > 16 {
		return false
	}
	head = strings.TrimSpace(head)
	for _, l := range adLabels {
		if strings.EqualFold(head, l) {
			return true
		}
	}
	return false
}

// adLabels open an advertisement's line before its colon. Compared
// without making a lower-case copy: isBoilerplate asks of every line.
var adLabels = []string{"text ad", "ad", "advert", "advertisement", "sponsored", "sponsored content", "paid content", "promoted"}

// editorsNote says t is a wire's note to editors, "(ATTN: ADDS opposition
// lawmaker's comments in paras 8-9)".
func editorsNote(t string) bool {
	if strings.HasPrefix(t, "(ATTN:") || strings.HasPrefix(t, "ATTN:") {
		return true
	}
	// "(Corrects spelling of ... in sixth paragraph)", "(Updates with
	// closing prices)": what a wire's version changed, no sentence of the
	// story (one ends in a stop inside its brackets).
	if !strings.HasPrefix(t, "(") || !strings.HasSuffix(t, ")") {
		return false
	}
	inner := t[1 : len(t)-1]
	if strings.HasSuffix(inner, ".") || strings.ContainsAny(inner, "()") {
		return false
	}
	first, _, _ := strings.Cut(inner, " ")
	return versionNotes.has(strings.ToLower(first))
}

// versionNotes open a wire's note on what a version of a story changed.
var versionNotes = words(`corrects updates adds recasts repeats refiles changes fixes removes inserts clarifies rewrites deletes`)

// boilerplateHeads are the words boilerplate's alternatives open with, in
// lower case ("e" for "e-mail").
var boilerplateHeads = words(`share tweet email e print copy comment comments advertisement ad
sponsored related read see more subscribe sign follow click watch listen photo photos image
images picture pictures video videos credit credits file caption captions source sources via
our skip press voiced also get media reporting news posted reuse additional copyright all
getty shutterstock afp reuters ap of by most trending top you recommended editors journal cite
keywords keyword tags tag topics topic permalink`)

// mayBeBoilerplate says boilerplate may match t: its first word is a head
// of one of its alternatives, or t opens with a mark, a digit or a letter
// beyond ASCII (whose case folding the expression knows best). Most lines
// are prose, and trying the expression's sixty alternatives on each was
// a twentieth of the generator's time (throughput is a requirement).
func mayBeBoilerplate(t string) bool {
	i := 0
	for i < len(t) && 'a' <= t[i]|0x20 && t[i]|0x20 <= 'z' {
		i++
	}
	if i == 0 {
		return t != "" && (t[0] == '(' || t[0] >= utf8.RuneSelf || '0' <= t[0] && t[0] <= '9')
	}
	if i < len(t) && t[i] >= utf8.RuneSelf {
		return true
	}
	// t[:i] is ASCII letters: in lower case on the stack, not in a new
	// string, when it fits.
	var low [16]byte
	if i > len(low) {
		return boilerplateHeads.hasLower(t[:i])
	}
	for k := range i {
		low[k] = t[k] | 0x20
	}
	return boilerplateHeads.get().words[string(low[:i])]
}

// scriptField matches a header field of a broadcast script, as the Voice
// of America's: "DATE=3/12/96", "TYPE=CORRESPONDENT REPORT".
var scriptField = lazyAnchored(`^[A-Z][A-Z_]{1,15}=\S`)

// archiveFields label a news archive's record of a story ("SECTION:
// METRO; Page B01", "LENGTH: 498 words", "BODY:"): the record's, not the
// story's. HEADLINE and DATELINE hold the story's own words and stay.
var archiveFields = []string{"BODY:", "SECTION:", "LENGTH:", "BYLINE:", "LOAD-DATE:", "LANGUAGE:", "PUBLICATION-TYPE:", "DOCUMENT-TYPE:", "GRAPHIC:", "JOURNAL-CODE:"}

// archiveField says line t is one of archiveFields.
func archiveField(t string) bool {
	for _, f := range archiveFields {
		if strings.HasPrefix(t, f) {
			return true
		}
	}
	return false
}

// editorInitials matches the line of editors' initials a wire script
// ends with: "NEB/PO/JWH/RAE".
var editorInitials = lazyAnchored(`^[A-Z]{2,4}(?:/[A-Z]{2,4}){1,8}$`)

// bylineRole matches a byline without "By", a name and the writer's desk:
// "Aisha Rahman Housing correspondent", "Jane Smith and Tom Lee Political
// editors", "NAKAMURA AYA, Nikkei staff writer, and KIM JI-HOON,
// Contributing writer". Names are capitalized, so it is case-sensitive.
var bylineRole = lazyAnchored(`^[A-Z][\pL.'-]+(?: [A-Z][\pL.'-]+){1,3}(?:,? (?:[A-Za-z]+ ){0,2}(?:` + bylineDesks + `))?(?:,? (?:and|&) [A-Z][\pL.'-]+(?: [A-Z][\pL.'-]+){1,3})?,? (?:[A-Za-z]+ ){0,2}(?:` + bylineDesks + `)s?$`)

// bylineDesk matches a byline's desk on a line of its own, under the
// writer's name: "Associated Press Writer", "Staff Reporter of THE WALL
// STREET JOURNAL".
var bylineDesk = lazyAnchored(`^[A-Z](?:[\pL.&'-]* ){0,3}(?i:` + bylineDesks + `)s?(?: (?:of|for|at) [\pL.&' -]{1,40})?$`)

// bylineDesks are the words a byline's desk ends with.
const bylineDesks = `correspondent|editor|reporter|writer|columnist|journalist`

// endsInByline says l ends with a writer's desk, the only lines bylineRole
// may match.
func endsInByline(l string) bool {
	for w := range strings.SplitSeq(bylineDesks, "|") {
		if strings.HasSuffix(l, w) || strings.HasSuffix(l, w+"s") {
			return true
		}
	}
	return false
}

// boilerplateContributed matches a credit line, "Jane Doe contributed
// reporting to this story.": it opens with any text, so it is tried only
// on lines holding its word.
var boilerplateContributed = lazyAnchored(`(?i)^(?:.{1,80} contributed (?:reporting )?to this (?:report|story|article)\.?)$`)

// hasFold says s holds sub, an ASCII word, in any case. The word
// must hold neither k nor s, whose folds include runes outside ASCII
// (the Kelvin sign, the long s) that (?i) in a regexp would match.
func hasFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 == sub[0] && strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// citationLine matches an item of a story's list of sources or related
// news (a bulleted line): a title in quotation marks, a dash, who published it and when,
// `"Medieval coin hoard found at Wye priory" — BBC News, August 16, 2006`,
// after its writer's name if it has one (`Emma Rudge. "..." — Hereford
// Times, August 17, 2006`). Neither its words nor its names are the
// story's.
var citationLine = lazyAnchored(`^(?:[^"“”]{2,80}\. )?["“][^"“”]{3,240}["”] ?[—–-] ?[^,"“”]{2,80}, [^"“”]{0,40}\d{4}\.?$`)

// newsroomLine matches a wire desk's sign-off, "-- Johannesburg Newsroom
// +27 11 482 1003" (its dashes already trimmed as a bullet's).
var newsroomLine = lazyAnchored(`^[A-Z][\pL .'-]{1,40} [Nn]ewsroom(?: [+()\d .-]{5,25})?$`)

// boilerplateEmail matches a contact line: an e-mail address and a little
// text around it.
var boilerplateEmail = lazyAnchored(`(?i)^(?:.{0,80}\S+@\S+\.[a-z]{2,}.{0,80})$`)

// boilerplateAgency matches a photo credit ending in an agency: "John
// Doe/Getty Images".
var boilerplateAgency = lazyAnchored(`(?i)^(?:.{0,60}/(?:getty images|afp|reuters|ap|epa|shutterstock)\)?)$`)

// dateline matches the place (and agency, date) news puts before a story's
// first sentence: "LONDON: ", "ROTTERDAM (Reuters) - ", "DUBAI/LONDON, Sept 9 — ", "TIRANA, Albania,
// Sept. 7 (AP) — ", "NEW YORK -- ", the AP wire's "LOS ANGELES (AP) _ ", a
// release's "NEW YORK, March 5, 2016 /PRNewswire/ -- ". The place is in
// capitals. With a date or an agency it may stand alone, a line of its own
// ("NEW YORK, March 5, 2016"): the third group then ends the text.
var dateline = lazyRegexp(`^([A-Z][A-Z'./-]+(?: [A-Z][A-Z'./-]+){0,3})(?:, [A-Z][\pL.]+(?: (?:of (?:the )?)?[A-Z][\pL.]+){0,3})?((?:,? [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?(?: ?\([^()]{1,40}\))?)(?: ?(?::|-{1,2}|–|—|_|/[A-Za-z ]{2,30}/ ?(?:-{1,2}|–|—)) +|--|—|(\s*)$)`)

// agencyLead matches an agency's name in brackets opening a story with no
// place before it: "(CNN) -- ", "(CNN)", "(AP) — ".
var agencyLead = lazyRegexp(`^\((?:CNN|AP|AFP|Reuters?|UPI|Xinhua|PTI|IANS|dpa|ANSA|EFE|Bloomberg|CP|AAP|PA|Kyodo|Yonhap|Bernama|ANI|UNI)\) ?(?:--?|–|—)? ?`)

// dropDateline removes a dateline from the start of a paragraph's first
// sentence: it says where the story was filed, not what happened, and
// would open a summary with "LONDON:".
func dropDateline(t string) string {
	// "(CNN) -- A powerful storm ...": the agency alone, no place.
	if m := agencyLead().FindStringIndex(t); m != nil {
		return t[m[1]:]
	}
	m := dateline().FindStringSubmatchIndex(t)
	if m == nil {
		return t
	}
	place := t[m[2]:m[3]]
	letters := 0
	for _, r := range place {
		if unicode.IsUpper(r) {
			letters++
		}
	}
	rest := t[m[1]:]
	if m[6] >= 0 {
		// A place alone is a heading; with its date or agency, a dateline.
		if letters < 4 || m[4] == m[5] {
			return t
		}
		return ""
	}
	r, _ := utf8.DecodeRuneInString(rest)
	// "UK: ..." or "FBI - ..." are more likely a headline's subject than a
	// place; the story must go on with a capital or a quotation mark.
	if letters < 4 || !(unicode.IsUpper(r) || strings.ContainsRune("\"“‘'", r)) {
		return t
	}
	return rest
}

// endOfArticle matches a line after which a page has only navigation:
// topic tags, related links.
var endOfArticle = lazyRegexp(`(?i)^(?:explore more on these topics|related topics|more on these topics|topics)$`)

// mayEndArticle says endOfArticle may match line: trimmed, it ends in
// "s", "S" or a rune beyond ASCII (the long s, U+017F, which (?i) folds
// to s). Every line of every source is tried, and the expression costs
// more than this (throughput is a requirement: 1 MB/s per core).
func mayEndArticle(line string) bool {
	t := strings.TrimSpace(line)
	if t == "" {
		return false
	}
	c := t[len(t)-1]
	return c == 's' || c == 'S' || c >= utf8.RuneSelf
}

// creditTail matches a picture credit at the end of a caption line:
// "... in Strasbourg. Photograph: Frederick Florin/AFP", "Credit: X for
// The New York Times", "© UNHCR/Hadjer Moussa", "(AP Photo/Mark Tenney)".
var creditTail = lazyRegexp(`\s+(?:(?:Photo|Photograph|Image|Picture|Credit)s?(?: by)?\s*:\s*.{1,120}|©\s*.{1,120}|\([^()]{0,40}\b(?:Photo|Photograph)\b[^()]{0,60}\))$`)

// mediaCredit matches the credit a video's or a recording's caption ends
// with ("... at the opening. Video: Miharris & Acphillips."). The credit
// stays in the text (it names who made it); it marks the caption.
var mediaCredit = lazyRegexp(`\s(?:Video|Audio)s?\s*:\s*[^:]{1,80}$`)

// moreWordsThan reports whether s has more than n words, reading no
// further than the word past n: a paragraph may be one 10 MB line.
func moreWordsThan(s string, n int) bool {
	for range strings.FieldsSeq(s) {
		if n--; n < 0 {
			return true
		}
	}
	return false
}

// dropTrailingTags cuts the topic tags a page ends with: a run of short
// lines (four words or fewer, no punctuation but a colon) after the last
// prose.
func dropTrailingTags(text string) string {
	lines := strings.Split(strings.TrimRight(text, "\n \t"), "\n")
	end := len(lines)
	tags := 0
	for end > 0 {
		l := strings.TrimSpace(lines[end-1])
		if l == "" {
			end--
			continue
		}
		if moreWordsThan(l, 4) || strings.ContainsAny(l, ".,;!?\"“”'‘’()") {
			break
		}
		end--
		tags++
	}
	if tags < 2 { // one short last line may be the story's own
		return text
	}
	return strings.Join(lines[:end], "\n")
}

// nameTitleAbbrevs stand before a name and never end a sentence.
var nameTitleAbbrevs = &lazyWords{build: func() *wordTable {
	return newWordTable(map[string]bool{
		"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "prof.": true,
		"gen.": true, "lt.": true, "col.": true, "sgt.": true, "capt.": true, "cmdr.": true, "adm.": true,
		"gov.": true, "sen.": true, "rep.": true, "rev.": true, "maj.": true, "pres.": true, "st.": true,
		"atty.": true, "usec.": true, "asec.": true, "engr.": true, "hon.": true, "brig.": true, "supt.": true, "ma.": true,
	})
}}

// endsWithTitle says a sentence fragment ends with a title abbreviation.
func endsWithTitle(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	return nameTitleAbbrevs.hasLower(s[i+1:])
}

// suffixGoesOn says fragment t opens with a firm's legal form that goes on
// the one before it, which ends with another: "Pazhayidom Infra Projects
// Pvt. | Ltd.", "Hanwa Co. | Ltd.".
func suffixGoesOn(prev, t string) bool {
	i := strings.LastIndexByte(prev, ' ')
	if !legalFormsBefore.hasLower(prev[i+1:]) {
		return false
	}
	w, _, _ := strings.Cut(t, " ")
	return legalFormsAfter.hasLower(strings.TrimRight(w, ".,;:"))
}

// legalFormsBefore end a fragment the splitter may have cut a firm's name
// after; legalFormsAfter open the fragment that goes on it. Asked with
// hasLower, as endsWithTitle asks, of every fragment: no string is made.
var (
	legalFormsBefore = words(`pvt. co. corp. inc. sdn.`)
	legalFormsAfter  = words(`ltd limited llc plc inc corp bhd`)
)

// titleCaseLine says a line is a headline or a link's title, not prose:
// four words or more, every one longer than three letters capitalized (a
// headline's verbs too: "Coalition Revives Bill"), and no closing stop.
func titleCaseLine(l string) bool {
	if endsSentence(l) {
		return false
	}
	fields := strings.Fields(l)
	// A scoreboard's line ends with the runs or the figures: "J. BOSMAN
	// c Tahir b Van Os 14", "Bowling: Clarke 10-2-38-2, ..., Rademaker
	// 9-1-51-1".
	if n := len(fields); n > 0 {
		if r, _ := utf8.DecodeRuneInString(fields[n-1]); unicode.IsDigit(r) {
			return false
		}
	}
	words, caps := 0, 0
	for _, w := range fields {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if len(w) <= 3 && unicode.IsLower(r) {
			continue // "of", "to", "and" stay small in a headline
		}
		words++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return words >= 4 && caps == words
}

// bulletPrefix strips list bullets before the boilerplate test.
var bulletPrefix = lazyRegexp(`^[\s•·▪◦*\-–—|>]+`)

// isBulletRune is a rune of bulletPrefix; trimming them is what replacing
// the pattern does, without the regular expression's cost on every line
// (throughput is a requirement: 1 MB/s per core with the tagger).
func isBulletRune(r rune) bool {
	return strings.ContainsRune("\t\n\f\r •·▪◦*-–—|>", r)
}

// mayHaveCredit says l holds a word creditTail or mediaCredit needs: most lines hold
// none, and the test is cheaper than the regular expression.
func mayHaveCredit(l string) bool {
	return strings.Contains(l, "©") || strings.Contains(l, "Photo") || strings.Contains(l, "Image") || strings.Contains(l, "Picture") || strings.Contains(l, "Credit") || strings.Contains(l, "Video") || strings.Contains(l, "Audio")
}

func isBoilerplate(line string) bool {
	t := strings.TrimSpace(strings.TrimLeftFunc(line, isBulletRune))
	if t == "" {
		return true
	}
	if len(t) > 200 {
		return false
	}
	if mayBeBoilerplate(t) && boilerplate().MatchString(t) ||
		strings.Contains(t, "@") && boilerplateEmail().MatchString(t) ||
		hasFold(t, "contributed") && boilerplateContributed().MatchString(t) ||
		strings.Contains(t, "ewsroom") && newsroomLine().MatchString(t) ||
		t != strings.TrimSpace(line) && (strings.ContainsAny(t, "—–") || strings.Contains(t, "\" -")) && citationLine().MatchString(t) ||
		strings.Contains(t, "/") && boilerplateAgency().MatchString(t) ||
		endsInByline(t) && bylineRole().MatchString(t) || len(t) < 60 && bylineDesk().MatchString(t) {
		return true
	}
	if breadcrumbs(t) || shareButtons(t) || editorsNote(t) || adLabel(t) || acknowledgementOfCountry(t) || promotion(t) || labelledLink(t) {
		return true
	}
	// A broadcast script's header field ("TYPE=CORRESPONDENT REPORT",
	// "BYLINE=PETER OKELLO") and its editors' initials ("NEB/PO/JWH").
	if scriptField().MatchString(t) || editorInitials().MatchString(t) || archiveField(t) {
		return true
	}
	// A transcript's stage direction, "(BEGIN VIDEOTAPE)", "(APPLAUSE)",
	// and its notice, "THIS IS A RUSH TRANSCRIPT. ...".
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && strings.ToUpper(t) == t && strings.IndexFunc(t, unicode.IsLetter) >= 0 ||
		strings.HasPrefix(t, "THIS IS A RUSH TRANSCRIPT") {
		return true
	}
	// A line of nothing but bullets, dashes or symbols.
	for _, r := range t {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// paragraphs splits article text into cleaned paragraphs: boilerplate lines
// dropped, a line seen before (a photo caption repeated) kept once, markdown
// heading and list markers removed, whitespace collapsed.
func paragraphs(text string) []string {
	ps, _, _ := paragraphsCaptions(text, nil)
	return ps
}

// paragraphsCaptions is paragraphs, also saying which paragraphs had a
// repeated line removed (captions) and which stand alone ending in a
// picture's, video's or recording's credit (credited).
func paragraphsCaptions(text string, st *stopper) (out []string, captions, credited map[int]bool) {
	text = dropTrailingTags(sanitize(text))
	captions, credited = map[int]bool{}, map[int]bool{}
	var cur []string
	seen := map[string]int{}
	wrap := wrapped(text)
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for _, line := range strings.Split(text, "\n") {
		st.check()
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		if mayEndArticle(line) && endOfArticle().MatchString(strings.TrimSpace(line)) {
			break
		}
		// A line left out ends the paragraph so far: the lines around it
		// are not one passage of the source, and an item quoting them
		// joined would be found in no source ("Date: ... / Source: ... /
		// Summary: ...").
		if isBoilerplate(line) {
			flush()
			continue
		}
		l := collapseSpace(line)
		credit := false
		if mayHaveCredit(l) {
			c := creditTail().ReplaceAllString(l, "")
			credit = c != l || mediaCredit().MatchString(l)
			l = c
		}
		if len(cur) == 0 && len(out) > 0 && titleCaseLine(l) {
			continue // a headline of another story, a link
		}
		l = strings.TrimLeft(l, "#")
		bulleted := false
		// bulletPrefix matches only a line opening with one of its runes:
		// most lines open with a word, and the replacing copied each.
		if r, _ := utf8.DecodeRuneInString(l); isBulletRune(r) {
			l = bulletPrefix().ReplaceAllStringFunc(l, func(m string) string {
				if strings.ContainsAny(m, "•·▪◦*") || strings.HasPrefix(strings.TrimSpace(m), "- ") || strings.TrimSpace(m) == "-" || strings.TrimSpace(m) == ">" {
					bulleted = true
					return ""
				}
				return m
			})
		}
		l = strings.TrimSpace(l)
		// A list's item is a paragraph of its own, full stop or not: "-
		// Kyle Brannigan ... at Maidstone Crown Court" / "- He struck ..."
		// had run together into "Maidstone Crown Court He".
		if bulleted {
			flush()
		}
		if l == "" {
			continue
		}
		// "[Photo: Nguyen Thi Lan crosses the line ...]": a caption in
		// brackets, a paragraph of its own, read for who it names but no
		// event nor summary sentence.
		if bracketCaption(l) {
			flush()
			captions[len(out)] = true
			cur = append(cur, l)
			flush()
			continue
		}
		key := strings.ToLower(straighten(l))
		if p, ok := seen[key]; ok && len(l) > 20 {
			captions[p] = true
			flush()
			continue
		}
		seen[key] = len(out) // the index cur will get when flushed
		if credit && len(cur) == 0 {
			credited[len(out)] = true
		}
		// A short heading ("Key Points") stands alone, not run into the
		// prose under it.
		heading := !wrap && !moreWordsThan(l, 3) && !strings.ContainsAny(l, ".,;:!?\"“”'‘’()0123456789")
		if heading {
			flush()
		}
		// A line ending a sentence is a paragraph of its own when the source
		// puts one paragraph per line without blank lines.
		cur = append(cur, l)
		if endsSentence(l) && !wrap || heading || bulleted || credit {
			flush()
		}
	}
	flush()
	return out, captions, credited
}

// bracketCaption says line l is a picture's caption in square brackets,
// "[Photo: ...]", "[Image: ...]".
func bracketCaption(l string) bool {
	if len(l) < 3 || l[0] != '[' || l[len(l)-1] != ']' {
		return false
	}
	head, _, ok := strings.Cut(l[1:], ":")
	if !ok {
		return false
	}
	// "[Photo caption: ...]", "[File photo: ...]": a caption's word opens
	// or ends a head of a few words.
	f := strings.Fields(strings.ToLower(head))
	return len(f) > 0 && len(f) <= 3 && (captionHeads.has(f[0]) || captionHeads.has(f[len(f)-1]))
}

// captionHeads open a caption in brackets.
var captionHeads = words(`photo photos image images picture pictures caption graphic video map pictured`)

// wrapped guesses whether a text hard-wraps its paragraphs (many lines, most
// of them not ending a sentence), in which case single newlines join lines.
func wrapped(text string) bool {
	lines, open := 0, 0
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		lines++
		if !endsSentence(l) {
			open++
		}
	}
	return lines >= 4 && open*2 > lines
}

func endsSentence(l string) bool {
	l = strings.TrimRight(l, `"'”’)] `)
	if l == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(l)
	return r == '.' || r == '!' || r == '?' || r == ':'
}

// segmenter is the Punkt sentence tokenizer with its English model, loaded
// once. It was chosen over prose v3's segment package by measurement (see
// TestSegmenterChoice and BenchmarkSegment*): equally fast, and its one miss
// on the news cases is one segmentDoc repairs. Tokenize does not modify the
// tokenizer, so it is shared.
var segmenter = sync.OnceValue(func() *sentences.DefaultSentenceTokenizer {
	s, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		panic("generate: loading the sentence model: " + err.Error())
	}
	w, ok := s.WordTokenizer.(*english.WordTokenizer)
	if !ok {
		return s
	}
	w.PunctStrings = sentencePunct{w.PunctStrings}
	// The model's word tokenizer, where it and its annotations read
	// words, with the faster answers of punktWords.
	fast := punktWords{w}
	s.WordTokenizer = fast
	ortho := func(o sentences.Ortho) {
		if o, ok := o.(*sentences.OrthoContext); ok {
			o.TokenType, o.TokenFirst = fast, fast
		}
	}
	for i, a := range s.Annotations {
		switch a := a.(type) {
		case *sentences.TypeBasedAnnotation:
			a.TokenExistential = fast
		case *sentences.TokenBasedAnnotation:
			a.TokenParser = fast
			ortho(a.Ortho)
		case *english.MultiPunctWordAnnotation:
			a.TokenParser = fast
			ortho(a.Ortho)
			s.Annotations[i] = dottedAbbrevs{a}
		}
	}
	return s
})

// punktWords is the segmenter's English word tokenizer, giving its answers
// sooner where it and the annotations ask them of every token beside a
// mark (throughput is a requirement: 1 MB/s per core): a word's type
// without the numeric expression when it holds no digit, which the
// expression needs; its first letter's case without converting it to
// runes; its closing marks only when it holds a full stop, question or
// exclamation mark, which each of them holds.
type punktWords struct{ *english.WordTokenizer }

// Type is the model's: lower case, a number "##number##", no commas.
func (w punktWords) Type(t *sentences.Token) string {
	if hasDigit(t.Tok) {
		return w.WordTokenizer.Type(t)
	}
	typ := strings.ToLower(t.Tok)
	if len(typ) == 1 {
		return typ
	}
	return strings.ReplaceAll(typ, ",", "")
}

// TypeNoPeriod is the model's, with Type: the type without a final full
// stop.
func (w punktWords) TypeNoPeriod(t *sentences.Token) string {
	typ := w.Type(t)
	if len(typ) > 1 && typ[len(typ)-1] == '.' {
		return typ[:len(typ)-1]
	}
	return typ
}

// TypeNoSentPeriod is the model's, with Type: the type without the full
// stop of a sentence's end.
func (w punktWords) TypeNoSentPeriod(t *sentences.Token) string {
	if t.SentBreak {
		return w.TypeNoPeriod(t)
	}
	return w.Type(t)
}

// FirstUpper says the token's first letter is a capital.
func (w punktWords) FirstUpper(t *sentences.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Tok)
	return t.Tok != "" && unicode.IsUpper(r)
}

// FirstLower says the token's first letter is lower case.
func (w punktWords) FirstLower(t *sentences.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Tok)
	return t.Tok != "" && unicode.IsLower(r)
}

// HasSentEndChars is the English model's: a mark closing a sentence
// inside or before a closing quote or bracket.
func (w punktWords) HasSentEndChars(t *sentences.Token) bool {
	return strings.ContainsAny(t.Tok, ".?!") && w.WordTokenizer.HasSentEndChars(t)
}

// dottedAbbrevs is the segmenter's annotation of dotted abbreviations
// ("F.B.I."), given only the tokens with two full stops or more, as its
// expression needs, and the token after each: it ran the expression on
// every token beside a mark of every paragraph (throughput is a
// requirement: 1 MB/s per core). Pairs are annotated in the same order.
type dottedAbbrevs struct {
	*english.MultiPunctWordAnnotation
}

// Annotate annotates the pairs of tokens whose first may be a dotted
// abbreviation.
func (a dottedAbbrevs) Annotate(tokens []*sentences.Token) []*sentences.Token {
	for i := 0; i+1 < len(tokens); i++ {
		if strings.Count(tokens[i].Tok, ".") >= 2 {
			a.MultiPunctWordAnnotation.Annotate(tokens[i : i+2])
		}
	}
	return tokens
}

// sentencePunct is the segmenter's punctuation, whose HasSentencePunct
// reads a word once, where the model's reads it once per mark: its word
// tokenizer asks it of every word of every paragraph, and it was a third
// of the word tokenizer's time (throughput is a requirement: 1 MB/s per
// core).
type sentencePunct struct{ sentences.PunctStrings }

// HasSentencePunct says w holds a full stop, a question or an exclamation
// mark, as the model's does.
func (sentencePunct) HasSentencePunct(w string) bool {
	// A loop over the bytes: strings.ContainsAny looks each rune of a
	// short word up in the set in turn, and the tokenizer asks this of
	// every word (throughput is a requirement: 1 MB/s per core). The
	// marks are ASCII, which no byte of a longer UTF-8 sequence is.
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '.', '!', '?':
			return true
		}
	}
	return false
}

// lowerAbbrevs are words the English model takes for abbreviations
// (Illinois, Oregon, Oklahoma, Washington) that are plain words in lower
// case: "fell ill.", "iron ore." end sentences.
var lowerAbbrevs = []string{" ill. ", " ore. ", " ok. ", " wash. "}

// missedBreak is where t, one sentence to the model, ends a sentence the
// model reads on past: after one of lowerAbbrevs ("fell ill."), or after a
// number with a decimal point or a colon ("finished in 3:31.79. Norway's
// Sondre Haugland was third", "to $3.20. Shares fell"), which the model
// takes for an ordinal's; before a capital. The index just past the full
// stop, or -1. It reads t only up to the break it returns (and a few
// bytes past), so that the loop cutting a paragraph at each break stays
// linear however many breaks one of the model's sentences holds.
func missedBreak(t string) int {
	best := len(t) // no break found yet
	for from := 0; from < best; {
		i := strings.Index(t[from:best], ". ")
		if i < 0 {
			break
		}
		j := from + i // the full stop
		from = j + 2
		if r, _ := utf8.DecodeRuneInString(t[j+2:]); unicode.IsUpper(r) && decimalBefore(t[:j]) {
			best = j + 1
		}
	}
	for _, w := range lowerAbbrevs {
		for from := 0; from < best; {
			// A match must start before the break found so far.
			i := strings.Index(t[from:min(best+len(w), len(t))], w)
			if i < 0 {
				break
			}
			j := from + i + len(w)
			if r, _ := utf8.DecodeRuneInString(t[j:]); unicode.IsUpper(r) {
				best = min(best, j-1)
				break
			}
			from = j - 1
		}
	}
	if best == len(t) {
		return -1
	}
	return best
}

// decimalBefore says s ends in a number with a decimal point or a colon
// between digits: "3:31.79", "$3.20", "10.11".
func decimalBefore(s string) bool {
	k := len(s)
	for k > 0 && s[k-1] >= '0' && s[k-1] <= '9' {
		k--
	}
	if k == len(s) || k < 2 || s[k-1] != '.' && s[k-1] != ':' {
		return false
	}
	return s[k-2] >= '0' && s[k-2] <= '9'
}

// segmentDoc splits one document's text into sentences: paragraphs first
// (a paragraph always ends a sentence), then the tokenizer, then a sentence
// starting in lower case is joined to the one before ("“Why?” she asked.").
func segmentDoc(di int, text string) []sentence { return segmentDocStop(nil, di, text, nil) }

// segmentDocStop is segmentDoc appending to out, stopped by st.
func segmentDocStop(out []sentence, di int, text string, st *stopper) []sentence {
	first := len(out) // the document's first sentence
	seg := segmenter()
	paras, captions, credited := paragraphsCaptions(text, st)
	turns, cut := transcriptTurns(paras)
	st.now()
	// Each sentence as its fragments, joined once at the end: joining
	// fragment by fragment copied the sentence each time, the square of
	// its length for a paragraph of fragments. frags holds a paragraph's
	// fragments in order and starts the index of each sentence's first,
	// both kept from paragraph to paragraph (throughput is a requirement:
	// 1 MB/s per core).
	var frags []string
	var starts []int
	var slab tokenSlab
	ahead := 0 // the bytes of the paragraphs after this one
	for _, p := range paras {
		ahead += len(p)
	}
	// add puts a fragment of the tokenizer's on the paragraph's sentences
	// (one closure for the document, not one per paragraph).
	add := func(t string) {
		// A fragment starting in lower case, or after a title that
		// stands before a name ("led by Capt. | Ousman Jallow"), goes on
		// the sentence before.
		if r, _ := utf8.DecodeRuneInString(t); len(starts) > 0 {
			// "LAVAL, Que. | (CP) -- Huguette ...": the agency goes on the
			// place its dateline opens with, whose abbreviation ended no
			// sentence.
			if unicode.IsLower(r) || endsWithTitle(frags[len(frags)-1]) || suffixGoesOn(frags[len(frags)-1], t) ||
				len(frags) == 1 && r == '(' && agencyLead().MatchString(t) && dateline().MatchString(frags[0]) {
				frags = append(frags, t)
				return
			}
		}
		starts = append(starts, len(frags))
		frags = append(frags, t)
	}
	for pi, p := range paras {
		st.check()
		ahead -= len(p)
		turn := ""
		if turns != nil && turns[pi] != "" {
			turn, p = turns[pi], p[cut[pi]:]
		}
		frags, starts = frags[:0], starts[:0]
		for _, s := range seg.Tokenize(p) {
			t := collapseSpace(s.Text)
			if t == "" {
				continue
			}
			for k := missedBreak(t); k > 0; k = missedBreak(t) {
				add(t[:k])
				t = t[k+1:]
			}
			add(t)
		}
		for i, a := range starts {
			b := len(frags)
			if i+1 < len(starts) {
				b = starts[i+1]
			}
			t := strings.Join(frags[a:b], " ")
			if i == 0 && turn == "" {
				if t = dropDateline(t); t == "" {
					continue
				}
			}
			cutSentence(t, slab.tokenize(t, ahead), func(text string, toks []token) {
				out = append(out, sentence{doc: di, para: pi, pos: len(out) - first, text: text, toks: toks, caption: captions[pi], credited: credited[pi], turn: turn})
				turn = ""
			})
		}
	}
	return out
}

// maxSentenceTokens bounds a sentence: many rules look around a name
// within its sentence, so the generator's cost grows with the square of
// the longest sentence. No sentence of the news, web and test texts
// measured reaches 170 tokens; a text with no full stop (one word
// repeated, a pasted log) is cut into pieces of this many.
const maxSentenceTokens = 256

// cutSentence gives piece the sentence t (tokens toks) as pieces of at
// most maxSentenceTokens tokens, each with its own text and token
// offsets, in order: nearly every sentence is one piece, given as it is.
func cutSentence(t string, toks []token, piece func(text string, toks []token)) {
	if len(toks) <= maxSentenceTokens {
		piece(t, toks)
		return
	}
	for a := 0; a < len(toks); a += maxSentenceTokens {
		b := min(a+maxSentenceTokens, len(toks))
		base := toks[a].start
		pt := make([]token, b-a)
		for i, tk := range toks[a:b] {
			tk.start -= base
			tk.end -= base
			pt[i] = tk
		}
		piece(t[base:toks[b-1].end], pt)
	}
}

// Sentences returns the sentences of a document's text as the generator
// reads them, so that a baseline summary (eval's Lead-3) is cut where the
// generator's own summary is.
func Sentences(text string) []string {
	ss := segmentDoc(0, text)
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.text
	}
	return out
}
