// Package countries is the table of countries the generator and its
// tagger (generate/ner) both read: one list, so that the two never
// disagree on what is a country.
package countries

// Table lists every UN member state, a few widely recognised others and
// territories that act in the news as governments do (Hong Kong,
// Greenland, Scotland), a line each: canonical name | other names |
// adjectives and demonyms | capitals (used as metonyms for governments:
// "Tirana accused ..."). Alternatives are separated by ";". A capital
// that names as much else is left out: Victoria (an Australian state, a
// queen, a club's "Victoria Apeldoorn"), Kingston and Georgetown (towns
// and a university).
const Table = `
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
Guyana||Guyanese|
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
Jamaica||Jamaican;Jamaicans|
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
Seychelles||Seychellois|
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
