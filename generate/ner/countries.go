package ner

import (
	"strings"
	"sync"
)

// countryTable lists sovereign states and a few territories that act in
// the news as governments do: canonical name | other names | adjectives
// and demonyms, alternatives separated by ";". It mirrors the first three
// columns of the generator's table (generate/countries.go): this package
// cannot import the generator (the generator will import it), and the
// tagger needs the list both as a feature and to tell a country from other
// places. One table could serve both once the generator imports this
// package.
const countryTable = `
Afghanistan||Afghan;Afghans;Afghani
Albania||Albanian;Albanians
Algeria||Algerian;Algerians
Andorra||Andorran;Andorrans
Angola||Angolan;Angolans
Antigua and Barbuda|Antigua|Antiguan;Antiguans
Argentina||Argentine;Argentinian;Argentines;Argentinians
Armenia||Armenian;Armenians
Australia||Australian;Australians
Austria||Austrian;Austrians
Azerbaijan||Azerbaijani;Azerbaijanis;Azeri;Azeris
Bahamas|The Bahamas|Bahamian;Bahamians
Bahrain||Bahraini;Bahrainis
Bangladesh||Bangladeshi;Bangladeshis
Barbados||Barbadian;Barbadians
Belarus||Belarusian;Belarusians;Belarussian
Belgium||Belgian;Belgians
Belize||Belizean;Belizeans
Benin||Beninese
Bhutan||Bhutanese
Bolivia||Bolivian;Bolivians
Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina|Bosnian;Bosnians
Botswana||Motswana;Batswana
Brazil||Brazilian;Brazilians
Brunei||Bruneian;Bruneians
Bulgaria||Bulgarian;Bulgarians
Burkina Faso||Burkinabe
Burundi||Burundian;Burundians
Cabo Verde|Cape Verde|Cape Verdean;Cape Verdeans
Cambodia||Cambodian;Cambodians
Cameroon||Cameroonian;Cameroonians
Canada||Canadian;Canadians
Central African Republic|CAR|Central African
Chad||Chadian;Chadians
Chile||Chilean;Chileans
China|PRC;People's Republic of China;Mainland China|Chinese
Colombia||Colombian;Colombians
Comoros||Comorian;Comorians
Congo|Republic of the Congo;Congo-Brazzaville|Congolese
Democratic Republic of the Congo|DRC;DR Congo;Congo-Kinshasa|
Costa Rica||Costa Rican;Costa Ricans
Cote d'Ivoire|Ivory Coast;Côte d'Ivoire|Ivorian;Ivorians
Croatia||Croatian;Croatians;Croat;Croats
Cuba||Cuban;Cubans
Cyprus||Cypriot;Cypriots
Czech Republic|Czechia|Czech;Czechs
Denmark||Danish;Dane;Danes
Djibouti||Djiboutian;Djiboutians
Dominica||Dominican
Dominican Republic||Dominicans
Ecuador||Ecuadorian;Ecuadorians;Ecuadorean
Egypt||Egyptian;Egyptians
El Salvador||Salvadoran;Salvadorans;Salvadorean
Equatorial Guinea||Equatorial Guinean;Equatoguinean
Eritrea||Eritrean;Eritreans
Estonia||Estonian;Estonians
Eswatini|Swaziland|Swazi;Swazis
Ethiopia||Ethiopian;Ethiopians
Fiji||Fijian;Fijians
Finland||Finnish;Finn;Finns
France||French;Frenchman;Frenchwoman
Gabon||Gabonese
Gambia|The Gambia|Gambian;Gambians
Georgia||Georgian;Georgians
Germany||German;Germans
Ghana||Ghanaian;Ghanaians
Greece||Greek;Greeks
Grenada||Grenadian;Grenadians
Guatemala||Guatemalan;Guatemalans
Guinea||Guinean;Guineans
Guinea-Bissau||Bissau-Guinean
Guyana||Guyanese
Haiti||Haitian;Haitians
Honduras||Honduran;Hondurans
Hungary||Hungarian;Hungarians
Iceland||Icelandic;Icelander;Icelanders
India||Indian;Indians
Indonesia||Indonesian;Indonesians
Iran|Islamic Republic of Iran;Islamic Republic|Iranian;Iranians;Persian
Iraq||Iraqi;Iraqis
Ireland|Republic of Ireland;Eire|Irish;Irishman
Israel||Israeli;Israelis
Italy||Italian;Italians
Jamaica||Jamaican;Jamaicans
Japan||Japanese
Jordan||Jordanian;Jordanians
Kazakhstan||Kazakh;Kazakhs;Kazakhstani
Kenya||Kenyan;Kenyans
Kiribati||I-Kiribati
Kuwait||Kuwaiti;Kuwaitis
Kyrgyzstan|Kyrgyz Republic|Kyrgyz;Kyrgyzstani
Laos|Lao PDR|Lao;Laotian;Laotians
Latvia||Latvian;Latvians
Lebanon||Lebanese
Lesotho||Basotho;Mosotho
Liberia||Liberian;Liberians
Libya||Libyan;Libyans
Liechtenstein||Liechtensteiner
Lithuania||Lithuanian;Lithuanians
Luxembourg||Luxembourgish;Luxembourger;Luxembourgers
Madagascar||Malagasy
Malawi||Malawian;Malawians
Malaysia||Malaysian;Malaysians
Maldives|The Maldives|Maldivian;Maldivians
Mali||Malian;Malians
Malta||Maltese
Marshall Islands||Marshallese
Mauritania||Mauritanian;Mauritanians
Mauritius||Mauritian;Mauritians
Mexico||Mexican;Mexicans
Micronesia|Federated States of Micronesia|Micronesian
Moldova||Moldovan;Moldovans
Monaco||Monegasque
Mongolia||Mongolian;Mongolians
Montenegro||Montenegrin;Montenegrins
Morocco||Moroccan;Moroccans
Mozambique||Mozambican;Mozambicans
Myanmar|Burma|Myanmarese;Burmese
Namibia||Namibian;Namibians
Nauru||Nauruan
Nepal||Nepali;Nepalese
Netherlands|The Netherlands;Holland|Dutch;Dutchman
New Zealand||New Zealander;New Zealanders;Kiwi
Nicaragua||Nicaraguan;Nicaraguans
Niger||Nigerien;Nigeriens
Nigeria||Nigerian;Nigerians
North Korea|DPRK;Democratic People's Republic of Korea|North Korean;North Koreans
North Macedonia|Macedonia|Macedonian;Macedonians
Norway||Norwegian;Norwegians
Oman||Omani;Omanis
Pakistan||Pakistani;Pakistanis
Palau||Palauan
Panama||Panamanian;Panamanians
Papua New Guinea|PNG|Papua New Guinean
Paraguay||Paraguayan;Paraguayans
Peru||Peruvian;Peruvians
Philippines|The Philippines|Filipino;Filipinos;Philippine
Poland||Polish;Pole;Poles
Portugal||Portuguese
Qatar||Qatari;Qataris
Romania||Romanian;Romanians
Russia|Russian Federation|Russian;Russians
Rwanda||Rwandan;Rwandans
Saint Kitts and Nevis|St Kitts and Nevis|Kittitian
Saint Lucia|St Lucia|Saint Lucian;St Lucian
Saint Vincent and the Grenadines|St Vincent|Vincentian
Samoa||Samoan;Samoans
San Marino||Sammarinese
Sao Tome and Principe|São Tomé and Príncipe|Santomean
Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudis
Senegal||Senegalese
Serbia||Serbian;Serbians;Serb;Serbs
Seychelles||Seychellois
Sierra Leone||Sierra Leonean
Singapore||Singaporean;Singaporeans
Slovakia||Slovak;Slovaks;Slovakian
Slovenia||Slovenian;Slovenians;Slovene
Solomon Islands||Solomon Islander
Somalia||Somali;Somalis
South Africa||South African;South Africans
South Korea|Republic of Korea;ROK|South Korean;South Koreans
South Sudan||South Sudanese
Spain||Spanish;Spaniard;Spaniards
Sri Lanka||Sri Lankan;Sri Lankans
Sudan||Sudanese
Suriname||Surinamese
Sweden||Swedish;Swede;Swedes
Switzerland||Swiss
Syria|Syrian Arab Republic|Syrian;Syrians
Tajikistan||Tajik;Tajiks
Tanzania||Tanzanian;Tanzanians
Thailand||Thai;Thais
Timor-Leste|East Timor|Timorese
Togo||Togolese
Tonga||Tongan;Tongans
Trinidad and Tobago|Trinidad|Trinidadian;Trinidadians
Tunisia||Tunisian;Tunisians
Turkey|Turkiye;Türkiye|Turkish;Turk;Turks
Turkmenistan||Turkmen
Tuvalu||Tuvaluan
Uganda||Ugandan;Ugandans
Ukraine||Ukrainian;Ukrainians
United Arab Emirates|UAE;U.A.E.;Emirates|Emirati;Emiratis
United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton;Britons;Brit
United States|US;U.S.;USA;U.S.A.;America;United States of America|American;Americans
Uruguay||Uruguayan;Uruguayans
Uzbekistan||Uzbek;Uzbeks
Vanuatu||Ni-Vanuatu
Venezuela||Venezuelan;Venezuelans
Vietnam|Viet Nam|Vietnamese
Yemen||Yemeni;Yemenis
Zambia||Zambian;Zambians
Zimbabwe||Zimbabwean;Zimbabweans
Taiwan|Republic of China|Taiwanese
Kosovo||Kosovar;Kosovars
Palestine|State of Palestine;Palestinian territories|Palestinian;Palestinians
Vatican|Holy See;Vatican City|
Hong Kong||Hongkonger;Hongkongers
Macau|Macao|Macanese
Greenland||Greenlandic;Greenlander;Greenlanders
Puerto Rico||Puerto Rican;Puerto Ricans
Gibraltar||Gibraltarian;Gibraltarians
Western Sahara||Sahrawi;Sahrawis
Somaliland||Somalilander;Somalilanders
Scotland||Scottish
Wales||Welsh
Northern Ireland||
`

// countryKind says what a country form is.
type countryKind uint8

const (
	notCountry countryKind = iota
	countryName
	countryAdj
)

type countryForm struct {
	name string // canonical name
	kind countryKind
}

// countryForms maps formKey of every name and adjective to its country.
var countryForms = sync.OnceValue(func() map[string]countryForm {
	forms := map[string]countryForm{}
	add := func(s string, f countryForm) {
		if k := formKey(s); k != "" {
			if _, dup := forms[k]; !dup {
				forms[k] = f
			}
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(countryTable), "\n") {
		f := strings.Split(line, "|")
		name := f[0]
		for _, n := range append([]string{name}, splitAlt(f[1])...) {
			add(n, countryForm{name, countryName})
			if strings.HasPrefix(n, "The ") {
				add(n[4:], countryForm{name, countryName})
			}
		}
		for _, a := range splitAlt(f[2]) {
			add(a, countryForm{name, countryAdj})
		}
	}
	return forms
})

// countryFirstWords holds the first word of every form, so that most
// tokens are rejected with one lookup.
var countryFirstWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for k := range countryForms() {
		m[strings.SplitN(strings.ReplaceAll(k, "-", " "), " ", 2)[0]] = true
	}
	return m
})

// maxCountryTokens is the longest form, in tokens, tried when matching.
const maxCountryTokens = 7

func splitAlt(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ";")
}

var formKeyReplacer = strings.NewReplacer("’", "'", "‘", "'", ".", "")

// formKey is the lookup key of a surface form: straight apostrophes, no
// dots ("U.S." = "US"), hyphens without spaces around them (the tokenizer
// cuts "Bosnia-Herzegovina" in three), single spaces, case kept (so "US" is
// not "us").
func formKey(s string) string {
	if !strings.ContainsAny(s, "’‘. -\t\n") {
		return s // most words: nothing to change
	}
	s = formKeyReplacer.Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(s, " - ", "-")
}

// CountryName returns the canonical name of the country that name names
// ("U.S." and "the United States" give "United States"), and whether it
// names one; adjectives and demonyms ("American") do not.
func CountryName(name string) (string, bool) {
	name = strings.TrimSpace(name)
	for _, the := range []string{"the ", "The "} {
		name = strings.TrimPrefix(name, the)
	}
	f, ok := countryForms()[formKey(name)]
	if !ok || f.kind != countryName {
		return "", false
	}
	return f.name, true
}

// countryMarks labels each token inside a country form, longest match
// first: the tagger's gazetteer feature.
func countryMarks(words []string) []countryKind {
	marks := make([]countryKind, len(words))
	for i := 0; i < len(words); {
		// Every form starts with a capital: most tokens stop here.
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
		if n == 0 {
			i++
			continue
		}
		for j := i; j < i+n; j++ {
			marks[j] = kind
		}
		i += n
	}
	return marks
}
