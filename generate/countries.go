package generate

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// countryTable lists every UN member state, a few widely recognised
// others and territories that act in the news as governments do (Hong
// Kong, Greenland, Scotland): canonical name | other names | adjectives and demonyms | capitals
// (used as metonyms for governments: "Tirana accused ..."). Alternatives
// are separated by ";".
const countryTable = `
Afghanistan||Afghan;Afghans;Afghani|Kabul
Albania||Albanian;Albanians|Tirana
Algeria||Algerian;Algerians|Algiers
Andorra||Andorran;Andorrans|Andorra la Vella
Angola||Angolan;Angolans|Luanda
Antigua and Barbuda|Antigua|Antiguan;Antiguans|St. John's
Argentina||Argentine;Argentinian;Argentines;Argentinians|Buenos Aires
Armenia||Armenian;Armenians|Yerevan
Australia||Australian;Australians|Canberra
Austria||Austrian;Austrians|Vienna
Azerbaijan||Azerbaijani;Azerbaijanis;Azeri;Azeris|Baku
Bahamas|The Bahamas|Bahamian;Bahamians|Nassau
Bahrain||Bahraini;Bahrainis|Manama
Bangladesh||Bangladeshi;Bangladeshis|Dhaka
Barbados||Barbadian;Barbadians|Bridgetown
Belarus||Belarusian;Belarusians;Belarussian|Minsk
Belgium||Belgian;Belgians|
Belize||Belizean;Belizeans|Belmopan
Benin||Beninese|Porto-Novo
Bhutan||Bhutanese|Thimphu
Bolivia||Bolivian;Bolivians|La Paz;Sucre
Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina|Bosnian;Bosnians|Sarajevo
Botswana||Motswana;Batswana|Gaborone
Brazil||Brazilian;Brazilians|Brasilia;Brasília
Brunei||Bruneian;Bruneians|Bandar Seri Begawan
Bulgaria||Bulgarian;Bulgarians|Sofia
Burkina Faso||Burkinabe|Ouagadougou
Burundi||Burundian;Burundians|Gitega
Cabo Verde|Cape Verde|Cape Verdean;Cape Verdeans|Praia
Cambodia||Cambodian;Cambodians|Phnom Penh
Cameroon||Cameroonian;Cameroonians|Yaounde;Yaoundé
Canada||Canadian;Canadians|Ottawa
Central African Republic|CAR|Central African|Bangui
Chad||Chadian;Chadians|N'Djamena
Chile||Chilean;Chileans|Santiago
China|PRC;People's Republic of China;Mainland China|Chinese|Beijing
Colombia||Colombian;Colombians|Bogota;Bogotá
Comoros||Comorian;Comorians|Moroni
Congo|Republic of the Congo;Congo-Brazzaville|Congolese|Brazzaville
Democratic Republic of the Congo|DRC;DR Congo;Congo-Kinshasa||Kinshasa
Costa Rica||Costa Rican;Costa Ricans|San Jose;San José
Cote d'Ivoire|Ivory Coast;Côte d'Ivoire|Ivorian;Ivorians|Yamoussoukro;Abidjan
Croatia||Croatian;Croatians;Croat;Croats|Zagreb
Cuba||Cuban;Cubans|Havana
Cyprus||Cypriot;Cypriots|Nicosia
Czech Republic|Czechia|Czech;Czechs|Prague
Denmark||Danish;Dane;Danes|Copenhagen
Djibouti||Djiboutian;Djiboutians|
Dominica||Dominican|Roseau
Dominican Republic||Dominicans|Santo Domingo
Ecuador||Ecuadorian;Ecuadorians;Ecuadorean|Quito
Egypt||Egyptian;Egyptians|Cairo
El Salvador||Salvadoran;Salvadorans;Salvadorean|San Salvador
Equatorial Guinea||Equatorial Guinean;Equatoguinean|Malabo
Eritrea||Eritrean;Eritreans|Asmara
Estonia||Estonian;Estonians|Tallinn
Eswatini|Swaziland|Swazi;Swazis|Mbabane
Ethiopia||Ethiopian;Ethiopians|Addis Ababa
Fiji||Fijian;Fijians|Suva
Finland||Finnish;Finn;Finns|Helsinki
France||French;Frenchman;Frenchwoman|Paris
Gabon||Gabonese|Libreville
Gambia|The Gambia|Gambian;Gambians|Banjul
Georgia||Georgian;Georgians|Tbilisi
Germany||German;Germans|Berlin
Ghana||Ghanaian;Ghanaians|Accra
Greece||Greek;Greeks|Athens
Grenada||Grenadian;Grenadians|St. George's
Guatemala||Guatemalan;Guatemalans|Guatemala City
Guinea||Guinean;Guineans|Conakry
Guinea-Bissau||Bissau-Guinean|Bissau
Guyana||Guyanese|Georgetown
Haiti||Haitian;Haitians|Port-au-Prince
Honduras||Honduran;Hondurans|Tegucigalpa
Hungary||Hungarian;Hungarians|Budapest
Iceland||Icelandic;Icelander;Icelanders|Reykjavik;Reykjavík
India||Indian;Indians|New Delhi;Delhi
Indonesia||Indonesian;Indonesians|Jakarta
Iran|Islamic Republic of Iran;Islamic Republic|Iranian;Iranians;Persian|Tehran;Teheran
Iraq||Iraqi;Iraqis|Baghdad
Ireland|Republic of Ireland;Eire|Irish;Irishman|Dublin
Israel||Israeli;Israelis|Jerusalem;Tel Aviv
Italy||Italian;Italians|Rome
Jamaica||Jamaican;Jamaicans|Kingston
Japan||Japanese|Tokyo
Jordan||Jordanian;Jordanians|Amman
Kazakhstan||Kazakh;Kazakhs;Kazakhstani|Astana
Kenya||Kenyan;Kenyans|Nairobi
Kiribati||I-Kiribati|Tarawa
Kuwait||Kuwaiti;Kuwaitis|Kuwait City
Kyrgyzstan|Kyrgyz Republic|Kyrgyz;Kyrgyzstani|Bishkek
Laos|Lao PDR|Lao;Laotian;Laotians|Vientiane
Latvia||Latvian;Latvians|Riga
Lebanon||Lebanese|Beirut
Lesotho||Basotho;Mosotho|Maseru
Liberia||Liberian;Liberians|Monrovia
Libya||Libyan;Libyans|Tripoli
Liechtenstein||Liechtensteiner|Vaduz
Lithuania||Lithuanian;Lithuanians|Vilnius
Luxembourg||Luxembourgish;Luxembourger;Luxembourgers|
Madagascar||Malagasy|Antananarivo
Malawi||Malawian;Malawians|Lilongwe
Malaysia||Malaysian;Malaysians|Kuala Lumpur
Maldives|The Maldives|Maldivian;Maldivians|Male;Malé
Mali||Malian;Malians|Bamako
Malta||Maltese|Valletta
Marshall Islands||Marshallese|Majuro
Mauritania||Mauritanian;Mauritanians|Nouakchott
Mauritius||Mauritian;Mauritians|Port Louis
Mexico||Mexican;Mexicans|Mexico City
Micronesia|Federated States of Micronesia|Micronesian|Palikir
Moldova||Moldovan;Moldovans|Chisinau;Chișinău
Monaco||Monegasque|
Mongolia||Mongolian;Mongolians|Ulaanbaatar;Ulan Bator
Montenegro||Montenegrin;Montenegrins|Podgorica
Morocco||Moroccan;Moroccans|Rabat
Mozambique||Mozambican;Mozambicans|Maputo
Myanmar|Burma|Myanmarese;Burmese|Naypyidaw;Naypyitaw
Namibia||Namibian;Namibians|Windhoek
Nauru||Nauruan|Yaren
Nepal||Nepali;Nepalese|Kathmandu
Netherlands|The Netherlands;Holland|Dutch;Dutchman|Amsterdam;The Hague
New Zealand||New Zealander;New Zealanders;Kiwi|Wellington
Nicaragua||Nicaraguan;Nicaraguans|Managua
Niger||Nigerien;Nigeriens|Niamey
Nigeria||Nigerian;Nigerians|Abuja
North Korea|DPRK;Democratic People's Republic of Korea|North Korean;North Koreans|Pyongyang
North Macedonia|Macedonia|Macedonian;Macedonians|Skopje
Norway||Norwegian;Norwegians|Oslo
Oman||Omani;Omanis|Muscat
Pakistan||Pakistani;Pakistanis|Islamabad
Palau||Palauan|Ngerulmud
Panama||Panamanian;Panamanians|Panama City
Papua New Guinea|PNG|Papua New Guinean|Port Moresby
Paraguay||Paraguayan;Paraguayans|Asuncion;Asunción
Peru||Peruvian;Peruvians|Lima
Philippines|The Philippines|Filipino;Filipinos;Philippine|Manila
Poland||Polish;Pole;Poles|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari;Qataris|Doha
Romania||Romanian;Romanians|Bucharest
Russia|Russian Federation|Russian;Russians|Moscow
Rwanda||Rwandan;Rwandans|Kigali
Saint Kitts and Nevis|St Kitts and Nevis|Kittitian|Basseterre
Saint Lucia|St Lucia|Saint Lucian;St Lucian|Castries
Saint Vincent and the Grenadines|St Vincent|Vincentian|Kingstown
Samoa||Samoan;Samoans|Apia
San Marino||Sammarinese|
Sao Tome and Principe|São Tomé and Príncipe|Santomean|
Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudis|Riyadh
Senegal||Senegalese|Dakar
Serbia||Serbian;Serbians;Serb;Serbs|Belgrade
Seychelles||Seychellois|Victoria
Sierra Leone||Sierra Leonean|Freetown
Singapore||Singaporean;Singaporeans|
Slovakia||Slovak;Slovaks;Slovakian|Bratislava
Slovenia||Slovenian;Slovenians;Slovene|Ljubljana
Solomon Islands||Solomon Islander|Honiara
Somalia||Somali;Somalis|Mogadishu
South Africa||South African;South Africans|Pretoria;Cape Town
South Korea|Republic of Korea;ROK|South Korean;South Koreans|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish;Spaniard;Spaniards|Madrid
Sri Lanka||Sri Lankan;Sri Lankans|Colombo
Sudan||Sudanese|Khartoum
Suriname||Surinamese|Paramaribo
Sweden||Swedish;Swede;Swedes|Stockholm
Switzerland||Swiss|Bern;Berne
Syria|Syrian Arab Republic|Syrian;Syrians|Damascus
Tajikistan||Tajik;Tajiks|Dushanbe
Tanzania||Tanzanian;Tanzanians|Dodoma
Thailand||Thai;Thais|Bangkok
Timor-Leste|East Timor|Timorese|Dili
Togo||Togolese|Lome;Lomé
Tonga||Tongan;Tongans|Nuku'alofa
Trinidad and Tobago|Trinidad|Trinidadian;Trinidadians|Port of Spain
Tunisia||Tunisian;Tunisians|Tunis
Turkey|Turkiye;Türkiye|Turkish;Turk;Turks|Ankara
Turkmenistan||Turkmen|Ashgabat
Tuvalu||Tuvaluan|Funafuti
Uganda||Ugandan;Ugandans|Kampala
Ukraine||Ukrainian;Ukrainians|Kyiv;Kiev
United Arab Emirates|UAE;U.A.E.;Emirates|Emirati;Emiratis|Abu Dhabi
United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton;Britons;Brit|London
United States|US;U.S.;USA;U.S.A.;America;United States of America|American;Americans|Washington
Uruguay||Uruguayan;Uruguayans|Montevideo
Uzbekistan||Uzbek;Uzbeks|Tashkent
Vanuatu||Ni-Vanuatu|Port Vila
Venezuela||Venezuelan;Venezuelans|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni;Yemenis|Sanaa;Sana'a
Zambia||Zambian;Zambians|Lusaka
Zimbabwe||Zimbabwean;Zimbabweans|Harare
Taiwan|Republic of China|Taiwanese|Taipei
Kosovo||Kosovar;Kosovars|Pristina
Palestine|State of Palestine;Palestinian territories|Palestinian;Palestinians|Ramallah
Vatican|Holy See;Vatican City||
Hong Kong||Hongkonger;Hongkongers|
Macau|Macao|Macanese|
Greenland||Greenlandic;Greenlander;Greenlanders|Nuuk
Puerto Rico||Puerto Rican;Puerto Ricans|
Gibraltar||Gibraltarian;Gibraltarians|
Western Sahara||Sahrawi;Sahrawis|
Somaliland||Somalilander;Somalilanders|Hargeisa
Scotland||Scottish|Edinburgh
Wales||Welsh|Cardiff
Northern Ireland|||Belfast
`

// country is one row of countryTable.
type country struct {
	name     string
	names    []string // canonical name and other names
	adjs     []string // adjectives and demonyms
	capitals []string
}

// Kinds of country mention.
const (
	cmName = iota
	cmAdj
	cmCapital
)

type countryForm struct {
	c    *country
	kind int
}

var countryForms = sync.OnceValue(loadCountries)

// countryPrefixes holds every run of leading words of a form ("Hong",
// "Hong Kong"), so that a lookup stops at the first word no form has.
var countryPrefixes = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for k := range countryForms() {
		w := strings.Fields(k)
		for i := 1; i <= len(w); i++ {
			m[strings.Join(w[:i], " ")] = true
		}
	}
	return m
})

// maxCountryWords is the longest form, in tokens, to try when matching.
const maxCountryWords = 6

func loadCountries() map[string]countryForm {
	forms := map[string]countryForm{}
	for _, line := range strings.Split(strings.TrimSpace(countryTable), "\n") {
		f := strings.Split(line, "|")
		c := &country{name: f[0], names: []string{f[0]}}
		split := func(s string) []string {
			if s == "" {
				return nil
			}
			return strings.Split(s, ";")
		}
		c.names = append(c.names, split(f[1])...)
		c.adjs = split(f[2])
		c.capitals = split(f[3])
		add := func(s string, kind int) {
			k := formKey(s)
			if _, dup := forms[k]; !dup {
				forms[k] = countryForm{c, kind}
			}
		}
		for _, n := range c.names {
			add(n, cmName)
			if strings.HasPrefix(n, "The ") {
				add(n[4:], cmName)
			}
		}
		for _, a := range c.adjs {
			add(a, cmAdj)
		}
		for _, cp := range c.capitals {
			add(cp, cmCapital)
		}
	}
	return forms
}

// formKey is the lookup key of a surface form: straightened, dots dropped
// ("U.S." = "US"), case kept (so "US" is not "us").
func formKey(s string) string {
	s = straighten(s)
	s = strings.ReplaceAll(s, ".", "")
	return strings.Join(strings.Fields(s), " ")
}

// countryAt returns how many tokens starting at i form a country name,
// adjective or capital (0: none). The longest form wins.
func countryAt(toks []token, i int) int {
	_, n := countryFormAt(toks, i)
	return n
}

// regionWords before a country's adjective make a region's: "Latin
// American", "Native American", "African American".
var regionWords = words(`latin native african asian central pan anglo hispano`)

func countryFormAt(toks []token, i int) (countryForm, int) {
	if i >= len(toks) || !isCapTok(toks[i]) {
		return countryForm{}, 0
	}
	if currencyAt(toks, i) { // "US$3 billion", "US dollars"
		return countryForm{}, 0
	}
	var best countryForm
	bestN := 0
	// The key is formKey of the words so far: token text is already
	// straight and has no spaces, so only dots go. Most capitalized words
	// begin no form, and the loop ends there (measured: this lookup was a
	// quarter of the generator's time while it built formKey each step).
	key := ""
	for n := 1; n <= maxCountryWords && i+n <= len(toks); n++ {
		t := toks[i+n-1]
		if t.kind != tWord {
			break
		}
		w := t.n
		if strings.IndexByte(w, '.') >= 0 {
			w = strings.ReplaceAll(w, ".", "")
		}
		if n > 1 {
			key += " "
		}
		key += w
		if f, ok := countryForms()[key]; ok {
			best, bestN = f, n
		} else if n == 1 && isAllCaps(t.n) && utf8.RuneCountInString(t.n) > 3 {
			// A dateline in capitals: "LONDON".
			if f, ok := countryForms()[formKey(titleCase(t.n))]; ok {
				best, bestN = f, n
			}
		}
		if !countryPrefixes()[key] {
			break
		}
	}
	// "Latin American countries", "Native Americans": a region's people.
	if bestN > 0 && best.kind == cmAdj && i > 0 && toks[i-1].upper() && regionWords.has(toks[i-1].lower()) {
		return countryForm{}, 0
	}
	return best, bestN
}

// countryBodyKey is the key of a body named after its country, whatever
// the country's form: "Lithuania's navy" and "Lithuanian Navy" are one. It
// is "" for other names.
func countryBodyKey(name string) string {
	toks := tokenize(name)
	f, cn := countryFormAt(toks, 0)
	if cn == 0 || f.kind == cmCapital {
		return ""
	}
	rest := cn
	if rest < len(toks) && toks[rest].n == "'s" {
		rest++
	}
	if rest >= len(toks) {
		return ""
	}
	return "\x00" + f.c.name + " " + normName(name[toks[rest].start:])
}

// countryAtEnd returns the length of a country form ending just before
// token end (exclusive).
func countryAtEnd(toks []token, end int) int {
	for n := 1; n <= maxCountryWords && end-n >= 0; n++ {
		if countryAt(toks, end-n) == n {
			return n
		}
	}
	return 0
}

// stripCountryPrefix returns where the name [a,b) continues after a leading
// country form, or a when there is none.
func stripCountryPrefix(toks []token, a, b int) int {
	if cn := countryAt(toks, a); cn > 0 && a+cn < b {
		return a + cn
	}
	return a
}

// currencyAt says the word at i names a currency: "US$3 billion", "13.6
// billion US dollars", "Turkish lira".
func currencyAt(toks []token, i int) bool {
	return i+1 < len(toks) && (toks[i+1].n == "$" && toks[i+1].start == toks[i].end || currencyNouns.has(toks[i+1].lower()))
}

// currencyNouns follow a country's name or adjective in a currency's name.
var currencyNouns = words(`dollar dollars cent cents euro euros pound pounds peso pesos rupee rupees yen yuan
	renminbi franc francs ruble rubles rouble roubles lira liras riyal riyals rial rials dinar dinars
	dirham dirhams shekel shekels naira rand won ringgit baht real reais krona kronor krone kroner
	zloty forint hryvnia lari tenge cedi cedis shilling shillings kwacha birr taka`)

// languageAt says the words at i make a country's adjective a language:
// "Spanish dual-language program", "French lessons", "Arabic-speaking".
func languageAt(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	l := toks[i].lower()
	return languageNouns.has(l) || strings.HasSuffix(l, "-language") || strings.HasSuffix(l, "-speaking") || strings.HasSuffix(l, "-speakers")
}

// languageNouns follow a language's name.
var languageNouns = words(`language languages speaking speaker speakers lessons classes class course courses
	translation translations translator translators interpreter interpreters dialect subtitles
	version edition teacher teachers literature`)
