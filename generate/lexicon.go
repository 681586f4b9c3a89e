package generate

import (
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// The generator's tables (word sets, the country forms, month names,
// regular expressions) are built on first use, not when the program
// starts: the reader links this package and must not pay for them until
// a briefing is generated.

// wordSet is a set of lower-case words (or phrases, "_" for a space),
// built on first use.
type wordSet = *lazyWords

// lazyWords is a wordSet: its list of words (or a function that builds
// its table) and, once built, the table. A package variable of it is laid
// out by the compiler, with no work at start-up; a sync.OnceValue per set
// made three allocations each, most of the package's start-up cost.
type lazyWords struct {
	list  string
	build func() *wordTable // instead of list
	once  sync.Once
	table atomic.Pointer[wordTable]
}

// words is the wordSet of the words in list, separated by white space.
func words(list string) wordSet { return &lazyWords{list: list} }

// get is the set's table, built on first use.
func (s *lazyWords) get() *wordTable {
	if t := s.table.Load(); t != nil {
		return t
	}
	s.once.Do(func() {
		if s.build != nil {
			s.table.Store(s.build())
			return
		}
		s.table.Store(newWordTable(set(s.list)))
	})
	return s.table.Load()
}

// has says w is in the set.
func (s *lazyWords) has(w string) bool { return s.get().has(w) }

// hasLower is has(strings.ToLower(w)), lowering an ASCII w on the stack:
// the rules ask it of names and titles, and strings.ToLower made a new
// string of each with a capital.
func (s *lazyWords) hasLower(w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return s.has(strings.ToLower(w))
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return s.has(strings.ToLower(w))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return s.get().has(string(buf[:len(w)]))
}

// wordTable is a wordSet's words, with a bit set for each word's first
// byte, last byte and length (wordBit). The rules ask their sets of
// nearly every token, and most tokens are in none: the bit, clear for
// most of them, answers without hashing the word, where the map's lookup
// was a fourteenth of the generator's time (throughput is a requirement:
// 1 MB/s per core).
type wordTable struct {
	words map[string]bool
	bits  [1 << 14 / 64]uint64
}

func newWordTable(words map[string]bool) *wordTable {
	t := &wordTable{words: words}
	for w := range words {
		i := wordBit(w)
		t.bits[i/64] |= 1 << (i % 64)
	}
	return t
}

// wordBit is w's bit in a wordTable: its first and last bytes (their low
// five bits) and its length up to 15.
func wordBit(w string) uint {
	if w == "" {
		return 0
	}
	return uint(w[0]&31)<<9 | uint(w[len(w)-1]&31)<<4 | uint(min(len(w), 15))
}

// has says w is in the table.
func (t *wordTable) has(w string) bool {
	if i := wordBit(w); t.bits[i/64]&(1<<(i%64)) == 0 {
		return false
	}
	return t.words[w]
}

// lazyRegexp is a regular expression compiled on first use.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[strings.ReplaceAll(w, "_", " ")] = true
	}
	return m
}

// titleWords are capitalized titles that put a role before a name
// ("Prime Minister Edi Rama", "Gen. Mark Milley"). Lower-cased keys.
var titleWords = words(`president vice-president president-elect minister premier chancellor secretary
	secretary-general ambassador envoy spokesperson spokesman spokeswoman director director-general
	chairman chairwoman chair chief ceo cfo coo cto founder co-founder governor gov. mayor senator sen. rep.
	representative congressman congresswoman general gen. gen colonel col. admiral adm. commander cmdr.
	lieutenant lt. captain capt. major maj. sergeant sgt. king queen prince princess emir sheikh sultan
	pope cardinal archbishop bishop rabbi imam ayatollah judge justice prosecutor attorney commissioner
	inspector superintendent detective constable officer mr. mrs. ms. dr. prof. prof mr mrs ms dr professor mp mep lawmaker
	deputy leader head speaker counsel ombudsman auditor treasurer comptroller marshal chancellor
	executive president's minister's ambassador's td msp mla dci dcs dsu insp. supt. supt cllr
	maj-gen lt-gen brig-gen lt-col maj.-gen. lt.-gen. brig.-gen. lt.-col. cr cr. hon. hon
	assemblyman assemblywoman assemblymember councilman councilwoman councilmember councillor
	councilor alderman alderwoman delegate del. lt col brig atty atty. usec usec. asec asec. engr engr.
	alhaji mallam shri smt datuk datin dato tun seri sri clerk member father fr. rev. rev reverend pastor
	magistrate coroner registrar pak ibu bapak haji hajji vice-marshal air-marshal vice-admiral rear-admiral
	major-general lieutenant-general brigadier-general lieutenant-colonel brigadier commodore`)

// honorifics are titles that are part of a name when an office comes
// before them ("Foreign Minister Prince Faisal bin Farhan").
var honorifics = words(`king queen prince princess emir sheikh sultan crown`)

// nameTitles are honorifics that never form a role on their own.
var nameTitles = words(`mr. mrs. ms. dr. prof. prof mr mrs ms dr`)

// roleHeads are nouns that end a role phrase ("Iran's foreign minister",
// "the British ambassador in Tirana", "his Turkish counterpart").
var roleHeads = words(`president minister premier chancellor secretary secretary-general ambassador envoy
	spokesperson spokesman spokeswoman director director-general chairman chairwoman chair chief ceo cfo
	coo cto founder co-founder governor mayor senator representative congressman congresswoman general
	colonel admiral commander lieutenant captain major sergeant king queen prince princess emir sheikh
	sultan pope cardinal archbishop bishop rabbi imam ayatollah judge justice prosecutor attorney lawyer
	commissioner inspector superintendent detective officer official officials professor lawmaker
	legislator deputy leader head speaker counterpart diplomat negotiator analyst expert researcher
	economist strategist adviser advisor aide correspondent reporter journalist editor columnist
	activist campaigner candidate manager partner member executive president-elect scientist consultant
	engineer historian author writer analyst chief-executive owner investor banker trader
	commentator director-general vice-president mp mep meps coach player doctor surgeon nurse teacher student
	resident witness survivor victim suspect defendant plaintiff hacker researcher specialist
	representative delegate observer monitor regulator police-chief administrator coordinator organiser organizer
	curator librarian archivist
	secretary-of-state barrister solicitor ombudsman auditor treasurer comptroller
	assemblyman assemblywoman assemblymember councilman councilwoman councilmember councillor
	councilor alderman alderwoman striker midfielder defender goalkeeper winger playmaker schoolteacher volunteer
	farmer fisherman pilot driver shopkeeper pensioner retiree homeowner landlord tenant mechanic electrician
	plumber carpenter firefighter paramedic steward`)

// facilityWords end the names of places built for a use, which a body's
// cue word may sit inside: "NTU Hospital Station", "Andrews Air Force Base".
var facilityWords = words(`station base complex airport stadium arena square street road avenue
	bridge terminal airfield`)

// lawWords end the names of laws and treaties, in title case: "Gold
// Reserve Act", "Good Friday Agreement".
var lawWords = words(`Act Acts Treaty Accord Accords Amendment Directive Agreement Ordinance Regulation Regulations
	Convention Protocol Statute Charter`)

// possessiveDeterminers begin a noun phrase that belongs to someone.
var possessiveDeterminers = words(`their its his her our my your`)

// nameSuffixes end a person's name after the surname: "Jr.", "III".
var nameSuffixes = words(`jr jr. sr sr. ii iii iv`)

// trailingFunctionWords are prepositions and articles, in title case, that
// begin a phrase after a name when a caption or heading lacks its full
// stop ("DAB In the Kowloon West constituency").
var trailingFunctionWords = words(`In At On For By To With From The A An`)

// orgCueWords mark a capitalized name as an organization.
var orgCueWords = words(`ministry department agency embassy consulate council commission committee court
	parliament congress senate assembly legislature subcommittee bank fund organization organisation union party army navy cooperative co-operative garda
	force forces guard guards corps police service services office bureau administration authority
	institute university college school foundation association federation league group corporation
	corp corp. inc inc. ltd ltd. llc plc co. company companies holdings technologies labs laboratories
	airlines airways motors energy petroleum pharmaceuticals network networks telegraph times post
	news journal herald guardian tribune gazette daily chronicle observer express mirror press
	broadcasting broadcaster radio television tv agency's cabinet government directorate command
	brigade brigades battalion regiment squadron fleet militia movement front alliance coalition secretariat
	tribunal board trust exchange reserve treasury pentagon kremlin intelligence security unit
	centre center club society academy hospital church synod diocese conference-board inspectorate clinic
	harakat jama'at jamaat jamaah liwa kataib saraya jabhat jaish hizb tanzim
	observatory laboratory survey chamber chambers campaign patrol holding banca banco banque bangko landesbank girozentrale credito collective forum guild bhd bhd. berhad
	universidad universidade università université universität universiteit instituto institut instituut
	ministerio ministère ministero ministerie dirección direção fundación fundação stiftung stichting
	discos disques ediciones edizioni editora
	partners capital ventures systems solutions software media studios records publishing house
	nations microsystems semiconductor semiconductors telecom telecoms telecommunications maritime
	shipping logistics industries enterprises electronics robotics aerospace therapeutics
	pharma biotech chemicals mining forum team league confederation ag gmbh nv bv spa srl llp pllc regulator
	fc afc cf united athletic rovers wanderers albion corinthians rangers hotspur harriers programme dal motor electric coastguard
	sa lines railway railways
	bhd berhad sdn pte tbk samiti sangh sabha morcha parishad manch
	sejm saeima seimas riigikogu knesset bundestag bundesrat duma riksdag storting folketing
	althing eduskunta sabor majlis oireachtas dáil dail seanad`)

// institutionCues are the cue words that end a whole institution's name
// (institutionCue).
var institutionCues = words(`university college institute school hospital museum academy
	foundation company corporation bank`)

// tradeTails end a firm's name after its own words, "Thomson Financial",
// "Tangshan Huaxin Ceramics", "Hanseong Mobile": cue words only after a name's first word
// ("Financial markets closed" names no one).
var tradeTails = words(`financial ceramics textiles plastics foods metals cement apparel garments beverages
	brewery breweries distillery mills mobile homes pictures releasing films entertainment devices research
	interactive equities securities analytics renewables coaches buses underwriters fisheries taverns inns hotels lumber
	timber haulage logistics payments mutual supermarkets computer computers aircraft brothers advisors advisers
	books editions salvage medevac helicopters cruises ferries towage commodities futures fuels refining midstream
	grains co-op controls cartons terminals packaging medtech elementary`)

// possessiveFirms are firms whose one-word name is a possessive, "Moody's",
// "Sainsbury's": the "'s" is the name's, not a possessive's.
var possessiveFirms = words(`moody mcdonald sainsbury macy kellogg lloyd wendy domino christie sotheby hershey
	denny dillard kohl`)

// corporateSuffixes end a firm's name: "Citigroup Inc.", "JPMorgan Chase & Co.".
var corporateSuffixes = words(`corp corp. inc inc. ltd ltd. plc co. llc pllc llp bhd bhd. berhad pte pvt pvt. asa ag gmbh nv oyj spa s.p.a. holding holdings`)

// loneCommonNouns are cue words of bodies that, capitalized and alone, are
// common nouns ("the Government"), as written; those that name one body
// alone ("Congress", "Parliament", "Treasury") are not here.
var loneCommonNouns = words(`Government Administration Company Companies Team Union Airlines University
	College School Council Committee Commission Department Ministry Agency Office Board Court Group
	Bank Fund Service Services Authority Institute Foundation Association Federation League
	Corporation Network Club Society Academy Hospital Church Center Centre Movement Alliance
	Coalition Unit Forum Trust Organization Organisation Bureau Directorate Press Chamber Campaign Media Email E-mail E-Mail`)

// knownOrgs are well-known organizations named by a single word or an
// acronym; news rarely explains them.
var knownOrgs = words(`NATO UN EU IAEA WHO OPEC IMF FBI CIA NSA GCHQ MI5 MI6 Mossad Pentagon Kremlin Interpol
	Europol Reuters AFP AP Bloomberg BBC CNN Xinhua TASS IRNA ISNA Tasnim Fars Al_Jazeera Hamas Hezbollah
	Taliban ISIS ISIL Houthis Wagner Microsoft Google Apple Amazon Meta Facebook Twitter Telegram
	WhatsApp Mandiant CrowdStrike Kaspersky Symantec ESET Huawei Samsung Tesla OpenAI Nvidia Intel
	Gazprom Aramco Boeing Airbus ECB Fed ICC ICJ OSCE ASEAN G7 G20 WTO UNESCO UNICEF UNHCR Red_Cross
	Amnesty NSO Palantir IRGC MOIS DHS CISA NCSC Europol Frontex Eurojust United_Nations European_Union
	White_House Downing_Street Associated_Press World_Bank Islamic_State Muslim_Brotherhood Labour Labor
	Conservatives Tories Democrats Republicans Likud Fatah Hamas PKK Al-Qaeda al-Qaeda Al-Shabaab Boko_Haram
	Interpol Whitehall Elysee Élysée Quai_d'Orsay Knesset Bundestag Duma Kremlin Vatican Politburo Commons Lords
	General_Staff ECOWAS SADC IGAD UNICEF UNHCR UNESCO UNFPA UNRWA Sinn_Féin Sinn_Fein Fine_Gael Fianna_Fáil
	Fianna_Fail Syriza Fidesz Podemos Kuomintang Ennahda Cal_Fire Le_Monde Le_Figaro Libération Der_Spiegel
	El_País El_Pais La_Repubblica Haaretz Die_Zeit Greens Liberal_Democrats Lib_Dems Bundeswehr
	Goldman_Sachs Morgan_Stanley JPMorgan JPMorgan_Chase Citigroup HSBC Barclays UBS Credit_Suisse
	Deutsche_Bank BNP_Paribas Lehman_Brothers Merrill_Lynch Wells_Fargo BlackRock Toyota Volkswagen
	Nissan Siemens Nokia Ericsson IBM Walmart ExxonMobil Chevron Pfizer Moderna AstraZeneca Novartis`)

// partyForms are the names news gives one party (or one central bank), by
// the key of the body they all stand for: "the Tories", "the
// Conservatives" and "the Conservative Party" are one actor; so are "the
// Fed" and "the Federal Reserve".
var partyForms = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for key, forms := range map[string]string{
		"conservative party": "conservatives conservative tories tory conservative_party",
		"labour party":       "labour labour_party",
		"liberal democrats":  "lib_dems lib_dem liberal_democrat liberal_democrats liberal_democratic_party",
		"democratic party":   "democratic_party democrats",
		"republican party":   "republican_party republicans gop",
		"federal reserve":    "fed federal_reserve_board federal_reserve_system us_federal_reserve",
		"house of commons":   "commons house_of_commons",
		"house of lords":     "lords house_of_lords",
	} {
		for _, f := range strings.Fields(forms) {
			m[strings.ReplaceAll(f, "_", " ")] = key
		}
	}
	return m
})

// placeWords end names of places, never of people.
var placeWords = words(`street road avenue square island islands river sea ocean channel mountain mountains valley bay gulf lakes
	strait province region county city state district peninsula desert lake coast border airport port
	bridge park hill hills heights plain plains basin canal nagar colony`)

// notNameWords are capitalized words that describe people without naming
// them ("a Virginia Democrat"), or that name a place for exhibits, never a
// person ("the National Museum", "Pace Galleries").
var notNameWords = words(`democrat democrats republican republicans conservative conservatives liberal liberals tory
	tories socialist socialists communist communists christian christians muslim muslims jewish jews
	sunni shiite shia catholic catholics protestant museum museums gallery galleries`)

// orgDescriptors are lower-case nouns that, right before a name, say it is
// an organization ("cybersecurity firm Mandiant", "the opposition group X").
var orgDescriptors = words(`firm company group agency organization organisation broadcaster newspaper daily
	outlet network bank carrier airline lender insurer maker manufacturer giant startup start-up
	provider tank watchdog regulator party movement militia union charity nonprofit ngo institute
	publisher website platform channel service conglomerate retailer operator developer chain
	organisation consultancy contractor supplier producer exporter importer fund body alliance
	coalition faction outfit brand app tabloid magazine weekly wire station studio team club
	gang cartel syndicate collective consortium association federation council committee commission
	mission delegation panel opposition school university college academy foundation society
	carmaker automaker shipbuilder shipyard chipmaker drugmaker brewer refiner miner utility
	subsidiary unit division affiliate arm`)

// govHeads follow a country adjective or possessive to name a body of that
// country in lower case ("the Iranian foreign ministry", "Iran's spy
// service", "the Biden administration").
var govHeads = words(`ministry government administration embassy consulate service agency police army
	military navy parliament cabinet regime presidency judiciary legislature junta treasury
	intelligence`)

// speechVerb says l (lower case) is a reporting verb a speaker says with:
// "according" is one of reportingVerbs for "according to X", which has
// no subject and no speaker after it.
func speechVerb(l string) bool { return l != "according" && reportingVerbs.has(l) }

// reportingVerbs introduce speech or a stated position.
var reportingVerbs = words(`said says say saying told tells tell stated states state stating added adds
	claimed claims claim claiming declared declares announced announces announce reported reports
	report wrote writes write noted notes note explained explains argued argues insisted insists
	warned warns urged urges asked asks answered replied replies responded responds confirmed
	confirms denied denies admitted admits acknowledged acknowledges revealed reveals expressed
	expresses accused accuses accusing alleged alleges described describes called calls vowed vows
	pledged pledges promised promises threatened threatens tweeted quote-tweeted retweeted posted commented comments
	suggested suggests predicted predicts recalled recalls stressed stresses emphasized emphasised
	emphasizes emphasises underlined underscored added continued concluded observed remarked
	countered conceded cautioned demanded demands maintained maintains asserted asserts contended retorted retorts
	estimated believes believed thinks thought hoped hopes feared fears welcomed condemned condemns
	criticised criticized blamed blames praised praises dismissed rejected rejects described
	labelled labeled termed branded characterised characterized quoted quoting telling saying ruled arguing insisting
	enthused enthuses exclaimed exclaims joked jokes quipped quips boasted boasts spoke according
	assured assures reassured reassures reiterated reiterates testified testifies complained complains
	lamented laments affirmed affirms informed informs calling describing`)

// labelCues right before a quotation make it a label or a name, not speech
// ("emails designated “sensitive”", "the so-called “shadow fleet”").
var labelCues = words(`designated dubbed so-called termed labelled labeled branded titled entitled named
	nicknamed codenamed code-named marked known stamped classified headlined captioned billed`)

// docNouns are documents that can be the source of a quoted passage.
var docNouns = words(`correspondence letter letters report document documents memo memorandum email emails
	e-mail message messages statement cable filing indictment complaint lawsuit ruling verdict
	judgment judgement order decree directive resolution communique communiqué notice leaflet
	manifesto post tweet transcript minutes brief briefing assessment advisory bulletin note`)

// pronouns that can stand for a speaker.
var (
	personPronouns = words(`he she`)
	groupPronouns  = words(`it they`)
)

// commonCapitalized are words written with a capital at the start of a
// sentence that never begin a name.
var commonCapitalized = words(`a an the this that these those there here it its he she they we i you his her
	their our my your who what when where why how which while whereas although though if unless as
	at by for from in into of on onto over under with without within after before since until during
	about against among between through throughout despite according but and or nor so yet also
	however meanwhile moreover furthermore still then thus therefore instead later earlier last next
	several some many most much more few other another each every all both either neither no not
	one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
	seventeen eighteen nineteen twenty dozens hundreds thousands members half part none any shares
	organizers organisers supporters opponents shareholders investors employees rival rivals
	first second third former new old recent such
	only just even already again once today yesterday tomorrow now currently previously separately
	officials relations police security authorities residents analysts experts critics sources
	reports local state federal national international global regional western eastern northern
	southern central senior top chief deputy acting interim suspected alleged unidentified
	following amid given like unlike beyond toward towards near inside outside across along around
	above below behind beside besides upon via per ahead instead speaking asked asked describing
	although let please thanks meanwhile overall elsewhere nearly almost about roughly some
	is are was were has have had do does did will would can could should may might must
	attack attacks hackers government governments ministers
	grandfather grandmother grandson granddaughter widow widower mother father son daughter brother sister
	husband wife uncle aunt nephew niece cousin`)

// nameAdjectives open bodies' names as often as sentences ("National
// Science Foundation", "Federal Reserve", "New York Times", "State
// Department"): kept at a sentence's start when a cue word follows.
var nameAdjectives = words(`national international federal central global regional western eastern northern
	southern local state new first`)

// givenNames is a short list of common given names from many languages,
// evidence that an otherwise unexplained capitalized pair is a person.
var givenNames = words(`john james robert michael william david richard joseph thomas charles christopher
	daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
	ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
	brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose
	adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry
	gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel
	logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason
	philip louis mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy
	betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah
	stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole
	helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth
	julie olivia joyce virginia victoria sofia georgia jordan chad mohamed muhammad mohammad
	maria maría josé jose jordi juan carlos luis miguel pedro pablo javier antonio manuel francisco
	ana lucía lucia carmen elena kelly lauren christina joan evelyn judith megan andrea cheryl
	hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice
	judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie
	brittany charlotte marie kayla alexis lori alastair priti boris rishi keir liz theresa antony
	joe kamala hillary barack emmanuel olaf angela vladimir sergei sergey dmitry alexei alexey
	volodymyr dmytro oleksiy xi li wang zhang recep mevlut hakan ebrahim hossein ali mohammad
	mohammed muhammad ahmad ahmed hassan hussein abdullah abdul omar khalid mahmoud mustafa ibrahim
	youssef yusuf hamid reza javad mahmoud masoud abbas naftali benjamin yair isaac yitzhak moshe
	avi edi ilir gledis erion bajram olta ursula josep charles emmanuel giorgia mario matteo pedro
	jair luiz narendra rahul imran shehbaz nawaz fumio shinzo jacinda justin
	anthony antonio jens mark mette sanna annalena robert nikki ron kevin nancy chuck mitch
	tulsi marco pete kristi lloyd avril merrick alejandro janet gina jake linda samantha
	xavier francois françois jean-yves jean-luc pierre marine jacques nicolas helmut friedrich
	andrzej mateusz viktor petr aleksandar milorad aleksandar igor ivan nikolai yevgeny ramzan
	abiy cyril paul william uhuru william yoweri muhammadu bola nana tayyip mevlüt`)

// months maps month names and abbreviations to numbers.
var months = sync.OnceValue(func() map[string]int {
	return map[string]int{
		"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
		"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
		"jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sep.": 9,
		"sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12, "jan": 1, "feb": 2, "apr": 4, "jun": 6,
		"jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
	}
})

// weekdays maps weekday names to time.Weekday numbers.
var weekdays = sync.OnceValue(func() map[string]int {
	return map[string]int{
		"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
	}
})

// stopAfterHead are words that may follow an organization head noun; any
// other lower-case word makes the head a modifier ("UK government
// documents").
var stopAfterHead = words(`for of in on at to from by with and or but that which who whom whose is was are
	were has have had will would can could should may might must also said says say told stated
	claimed added announced reported warned did does do not as after before since over under into
	against about than then when while if because so its their his her the a an this these those`)

// numberWords for "two weeks ago".
var numberWords = sync.OnceValue(func() map[string]int {
	return map[string]int{
		"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
		"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
		"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
		"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
		"several": -1, "few": -1,
	}
})

// subnationalPlaces are the states of the United States and Australia and
// the provinces and territories of Canada, lower case: places, which the
// tagger at times reads as a body or a person ("the Ohio freight firm").
// Names that are as often a person's or a city's are left out
// (Washington, Virginia, Victoria, Georgia, Montana). A wordSet: the
// rule asks it of every span it reaches, and hasLower lowers a span on
// the stack where strings.ToLower made a string of each.
var subnationalPlaces = &lazyWords{build: func() *wordTable {
	m := map[string]bool{}
	for _, n := range strings.Split(`alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|nebraska|nevada|new hampshire|new jersey|new mexico|new york state|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|west virginia|wisconsin|wyoming|`+
		`alberta|british columbia|manitoba|new brunswick|newfoundland and labrador|nova scotia|ontario|prince edward island|quebec|saskatchewan|yukon|nunavut|northwest territories|`+
		`new south wales|queensland|south australia|tasmania|western australia|northern territory|australian capital territory`, "|") {
		m[n] = true
	}
	return newWordTable(m)
}}
