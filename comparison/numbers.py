"""Numbers with what they count: counts, ordinals, quantities with units, money.

Values (``Fact.value``):

- ``number``: "<n> <noun>" with the noun singular ("6-day trip" -> "6 day", "seven days" ->
  "7 day", "two ballistic missiles" -> "2 missile"); ordinals "<n>th <noun>" ("2nd meeting",
  "second summit" -> "2nd meeting": summit and talks count as meetings);
- ``quantity``: the amount in SI units, four significant digits ("984 feet" -> "299.9 m",
  "300 metres" -> "300 m", "6.7-inch" -> "0.1702 m"; also km/h, mph, kg, tonnes, litres,
  cubic yards and feet ("13,000 cubic yards" -> "~9939 m3"), hectares, temperatures in
  degrees Celsius ("47.6C", "40 °C", "-5C"; "104F" -> "40 degC"), and bytes:
  "256GB" -> "256000000000 B");
- ``money``: "<n> <ISO currency>" ("$1,199" -> "1199 USD", "799 dollars" -> "799 USD").

A prefix marks an imprecise value: "~" (about, around, nearly, some...), ">=" (more than,
over, at least), "<=" (up to, under, less than, at most).

Number words are read up to the trillions ("two hundred and fifty"; "half a million", "a
quarter of a million dollars" = 250,000 USD). A number is kept only
with the noun it counts: the first plural noun among the next four words (for one and for
ordinals the last word before a stop word or a verb), "%"/"percent" (a premium to a named
price is its own unit: "a premium of 27% to Wabash's closing price" is "percent (over
closing price)", never compared with one "to its average share price"), or else a tally
written before it in its sentence when a verb of level stands right before the number,
however far its head ("the number of people killed by the earthquake that struck on
Tuesday has risen to 112", "the number of dead is now 112", "the toll rose from 79 to
112": person; its words go to ``NumberFact.counted`` for the role), or people in a
partitive of a nominal adjective ("nine of the sick", "two of the injured"), or the plural
noun of a partitive ("at least 19 of the whales": whale, the span running to the noun, so
that the verb after it is the count's: "had died"), or a tally that a verb before it
raises to the number ("bringing the number of people killed in the collapse to two":
person; "eight more homes were evacuated, bringing the total to 22": a tally without its
noun counts what the count before it counts, and takes its predicate, "evacuated"), or
else a noun just before it across bridge words ("magnitude 6.8", "a crew of 25", "the
death toll rose to 112"). So "one of them", years and identifiers
("Soyuz-2", "COVID-19") make no fact. Counts of the dead (deaths, victims, toll...) count
people.

Comparison: counts must match exactly. Quantities and money carry the precision they are
written with ("3 feet" is 2.5-3.5 feet, so it agrees with "1 metre"; "$1.2 million" is
1.15-1.25 million), at least 1% for quantities (conversions are rounded: 984 ft = 299.9 m
agrees with 300 m, 290 m does not) and 0.5% for money. "~" widens to 10%, ">=" and "<="
are open intervals; two values are compatible when their intervals overlap. Two bounds of
one direction are two reports of the same figure, not two intervals: "at least 42 homes"
and "at least 61 homes" disagree, "more than 2,300" and "at least 2,200" agree (within
BOUND_TOLERANCE, 10%). Different
nouns, dimensions or currencies are never compared.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .errors import FactValueError
from .roles import IRREGULAR_PAST, LEXICON, MORE_IRREGULAR, NOUN
from .text import Doc, Token, overlaps, word_list, word_set

NUMBER = "number"
QUANTITY = "quantity"
MONEY = "money"

_SMALL = word_list(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
)
_TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate(word_list("twenty thirty forty fifty sixty seventy eighty ninety"))
}
_SCALES = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_WORD_VALUES: dict[str, float] = {
    **{w: float(i) for i, w in enumerate(_SMALL)},
    **{w: float(v) for w, v in _TENS.items()},
}
_ORDINALS = {
    w: i + 1
    for i, w in enumerate(
        word_list(
            "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
            "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
            "twentieth"
        )
    )
}
_NUMWORD = "|".join(sorted([*_WORD_VALUES, *_SCALES, "dozen"], key=len, reverse=True))

_DIGITS_RE = re.compile(
    r"(?:(?<=\bRs)|(?<=\bRM)|(?<![\w.,/]))(?<![\w.,/]-)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d,]\d|\.\d|\d|(?:st|nd|rd|th)\b)"
    r"(?:\s+(million|billion|trillion|thousand)\b|\s?(bn|mn|tn)\b)?"
)
_SCALE_WORDS = {"bn": 1e9, "mn": 1e6, "tn": 1e12}
_WORDS_RE = re.compile(
    rf"\b(?i:(?:a\s+(?=hundred|thousand|million|dozen))?(?:{_NUMWORD})"
    rf"(?:(?:\s+|-)(?:and\s+)?(?:{_NUMWORD}))*)\b"
)
_FRACTIONS = {
    "half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "a quarter": 25.0,
    "one quarter": 25.0, "a fifth": 20.0, "one fifth": 20.0, "a tenth": 10.0,
    "one tenth": 10.0, "two thirds": 200 / 3, "two-thirds": 200 / 3,
    "three quarters": 75.0, "three-quarters": 75.0, "two fifths": 40.0,
    "three fifths": 60.0, "four fifths": 80.0,
}
_HALF_RE = re.compile(  # "half a million", "a quarter of a million": a share of a scale word
    r"(?i)\b(" + "|".join(sorted(_FRACTIONS, key=len, reverse=True)) + r")\s+"
    r"(?:of\s+)?an?\s+(hundred|thousand|million|billion|trillion)\b"
)
_ORDINAL_DIGITS_RE = re.compile(r"(?<![\w.,/-])(\d+)(?:st|nd|rd|th)\b")
_ORDINAL_WORDS_RE = re.compile(rf"\b(?i:({'|'.join(_ORDINALS)}))\b")

_QUALIFIERS = (
    ("~", "about|around|approximately|roughly|nearly|almost|some|an estimated"),
    (">=", "more than|over|at least|upwards of"),
    ("<=", "up to|at most|less than|fewer than|under|no more than|as much as|as many as"),
)
_QUALIFIER_RE = re.compile(
    r"(?i)\b(" + "|".join(w for _, words in _QUALIFIERS for w in words.split("|")) + r")\s+$"
)
_CURRENCY_PREFIX = {
    "US$": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "R$": "BRL",
    "Rs": "INR",
    "RM": "MYR",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₩": "KRW",
    "₽": "RUB",
    "₹": "INR",
}
_CURRENCY_PREFIX_RE = re.compile(
    r"((?:\b(?:US|CA|AU|NZ|HK|[CASR]))?\$|€|£|¥|₩|₽|₹|\bRs\.?\s?|\bRM\s?"
    r"|\b(?:USD|EUR|GBP|JPY|CNY|RUB|KRW|INR|CAD|AUD|CHF|SGD|MYR|HKD|NZD|PLN|SEK|NOK|DKK|CZK"
    r"|HUF|RON|TRY|ZAR|MXN|BRL|UAH)\s?)$"
)
_CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "yen": "JPY",
    "yuan": "CNY",
    "won": "KRW",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "rupee": "INR",
    "rupees": "INR",
    "pounds sterling": "GBP",
    "francs": "CHF",
    "ringgit": "MYR",
    "renminbi": "CNY",
    "zloty": "PLN",
    "zlotys": "PLN",
    "zlotych": "PLN",
    "forints": "HUF",
    "kronor": "SEK",
    "kroner": "NOK",
    "koruna": "CZK",
    "lei": "RON",
    "hryvnias": "UAH",
    "rand": "ZAR",
}
_SCALE_ABBR = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9}

_LENGTH = {
    "km": 1000.0,
    "kilometre": 1000.0,
    "kilometer": 1000.0,
    "m": 1.0,
    "metre": 1.0,
    "meter": 1.0,
    "cm": 0.01,
    "centimetre": 0.01,
    "centimeter": 0.01,
    "mm": 0.001,
    "millimetre": 0.001,
    "millimeter": 0.001,
    "nautical mile": 1852.0,
    "mile": 1609.344,
    "ft": 0.3048,
    "feet": 0.3048,
    "foot": 0.3048,
    "yard": 0.9144,
    "inch": 0.0254,
    "inches": 0.0254,
}
_MASS = {
    "kg": 1.0,
    "kilogram": 1.0,
    "kilo": 1.0,
    "g": 0.001,
    "gram": 0.001,
    "tonne": 1000.0,
    "ton": 1000.0,
    "lb": 0.45359237,
    "lbs": 0.45359237,
    "pound": 0.45359237,
    "ounce": 0.028349523125,
    "oz": 0.028349523125,
    "kilogramme": 1.0,
    "metric ton": 1000.0,
}
_VOLUME = {
    "litre": 0.001,
    "liter": 0.001,
    "gallon": 0.00378541,
    "barrel": 0.158987,
    "cubic metre": 1.0,
    "cubic meter": 1.0,
    "cubic yard": 0.764554857984,
    "cubic foot": 0.028316846592,
    "cubic feet": 0.028316846592,
    "m3": 1.0,
    "megalitre": 1000.0,
    "megaliter": 1000.0,
    "acre-foot": 1233.48183754752,
    "acre-feet": 1233.48183754752,
}
_AREA = {
    "square kilometre": 1e6,
    "square kilometer": 1e6,
    "sq km": 1e6,
    "km2": 1e6,
    "square mile": 2.589988e6,
    "square metre": 1.0,
    "square meter": 1.0,
    "m2": 1.0,
    "hectare": 1e4,
    "ha": 1e4,
    "acre": 4046.8564224,
}
_SPEED = {
    "km/h": 1 / 3.6,
    "kph": 1 / 3.6,
    "kilometres per hour": 1 / 3.6,
    "kilometers per hour": 1 / 3.6,
    "mph": 0.44704,
    "miles per hour": 0.44704,
    "knot": 0.514444,
}
_DATA = {"kb": 1e3, "mb": 1e6, "gb": 1e9, "tb": 1e12, "KB": 1e3, "MB": 1e6, "GB": 1e9,
         "TB": 1e12, "kilobyte": 1e3, "megabyte": 1e6, "gigabyte": 1e9, "terabyte": 1e12}
_POWER = {"kw": 1e3, "mw": 1e6, "gw": 1e9, "watt": 1.0, "kilowatt": 1e3, "megawatt": 1e6,
          "gigawatt": 1e9}
_ENERGY = {"kwh": 1e3, "mwh": 1e6, "gwh": 1e9, "twh": 1e12, "wh": 1.0}
_CHARGE = {"mah": 1e-3, "ah": 1.0}
_FREQUENCY = {"hz": 1.0, "khz": 1e3, "mhz": 1e6, "ghz": 1e9, "hertz": 1.0}
_PIXELS = {"mp": 1e6, "megapixel": 1e6}
_DIMENSIONS = {"m": _LENGTH, "kg": _MASS, "m3": _VOLUME, "m2": _AREA, "m/s": _SPEED,
               "B": _DATA, "W": _POWER, "Wh": _ENERGY, "Ah": _CHARGE, "Hz": _FREQUENCY,
               "px": _PIXELS}
_UNIT_FACTORS = {
    unit: (si, factor) for si, table in _DIMENSIONS.items() for unit, factor in table.items()
}
_UPPER_UNITS = word_list("kW MW GW kWh MWh GWh TWh Wh mAh Ah Hz kHz MHz GHz MP")
_UNIT_RE = re.compile(
    r"\s*-?\s*("
    + "|".join(
        re.escape(u) + ("s?" if len(u) > 3 and not u.endswith("s") else "")
        for u in sorted([*_UNIT_FACTORS, *_UPPER_UNITS], key=len, reverse=True)
    )
    + r")(?![\w/])"
)

_STOP = word_set(
    "a an the and or but of to in on at for with without from by over under into about "
    "after before since during between against per than as that which who whom whose this "
    "these those its his her their our your my is are was were be been being has have had "
    "will would can could may might must should shall do does did ago more most less other "
    "another each every all both some any no not only just also than then there here it "
    "they he she we you i towards toward across through within around near via amid despite "
    "among upon onto off out up down like if when while where"
)
_IRREGULAR = {
    "people": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "series": "series",
    "species": "species",
    "news": "news",
    "data": "data",
}
_NOUN_SYNONYMS = {
    "summit": "meeting", "talk": "meeting",
    # a count of the dead is a count of people, however it is worded
    "death": "person", "fatality": "person", "victim": "person", "casualty": "person",
    "dead": "person", "toll": "person", "body": "person",
    "injured": "person", "wounded": "person", "missing": "person",
}
_BRIDGE = word_set(
    "of at to is was were stood stands rose risen climbed reached hit jumped now has had "
    "been a an the"
)
# Nouns counted without a plural ending: "25 crew", "79 dead", "300 staff".
COLLECTIVE_NOUNS = word_set(
    "crew staff personnel dead injured wounded missing police aircraft cattle livestock "
    "sheep deer fish"
)
_TALLY_NOUNS = word_set("number count total tally figure")
_COUNT_PARTICIPLES = word_set("killed injured wounded affected displaced evacuated")
MEASURE_NOUNS = word_set(
    "magnitude level category grade force stage phase scale score rating index toll crew "
    "capacity strength"
)
_IDIOMS = frozenset({"time", "times", "place", "hand", "half"})
_NOT_ONE_BEFORE = frozenset(
    {"no", "any", "every", "some", "the", "this", "that", "which", "each", "anyone", "someone"}
)


@dataclass(frozen=True)
class NumberSpec:
    low: float
    high: float


def singular(word: str) -> str:
    """Singular of an English noun, by a few rules ("missiles" -> "missile")."""
    word = word.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _looks_plural(word: str) -> bool:
    return word in _IRREGULAR or (
        word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2
    )


def _canonical_noun(word: str) -> str:
    noun = singular(word)
    return _NOUN_SYNONYMS.get(noun, noun)


def words_value(text: str) -> float | None:
    """The number of a run of number words ("two hundred and fifty" -> 250)."""
    total, current = 0.0, 0.0
    for word in re.split(r"[\s-]+", text.lower()):
        if word == "and":
            continue
        if word == "a":
            current = current or 1.0
        elif word in ("hundred", "dozen"):
            current = (current or 1.0) * (100.0 if word == "hundred" else 12.0)
        elif word in _SCALES:
            total += (current or 1.0) * _SCALES[word]
            current = 0.0
        elif word in _WORD_VALUES:
            current += _WORD_VALUES[word]
        else:
            return None
    return total + current


def format_number(value: float) -> str:
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.6g}"


def _significant(value: float, digits: int = 4) -> float:
    if value == 0:
        return 0.0
    return round(value, digits - 1 - math.floor(math.log10(abs(value))))


def _verb_like(tok: Token, position: int) -> bool:
    entry = LEXICON.get(tok.lower)
    if (entry is not None and entry.pos != NOUN) or tok.lower in IRREGULAR_PAST | MORE_IRREGULAR:
        return True
    return position > 0 and tok.lower.endswith("ed")


def _noun_run(doc: Doc, end: int) -> list[Token]:
    """Up to four words after offset ``end``, up to a stop word or a verb."""
    run: list[Token] = []
    for tok in [t for t in doc.tokens if t.start >= end][:4]:
        if not tok.is_word or tok.lower in _STOP or tok.text.isdigit():
            break
        if _verb_like(tok, len(run)):
            break
        run.append(tok)
    return run


def _noun_after(doc: Doc, end: int, count: float, ordinal: bool) -> tuple[str, int] | None:
    """The counted noun after offset ``end`` and where it ends."""
    lower = [t for t in _noun_run(doc, end) if not t.is_capitalised]
    if not lower:
        return None
    if ordinal or count == 1:
        head: Token | None = lower[-1]
    else:
        head = next(
            (t for t in lower if _looks_plural(t.lower) or t.lower in COLLECTIVE_NOUNS), None
        )
    if head is None or head.lower in _IDIOMS:
        return None
    position = lower.index(head)
    if head.lower == "members" and position > 0:  # "25 crew members": crew
        return _canonical_noun(lower[position - 1].lower), head.end
    return _canonical_noun(head.lower), head.end


@dataclass(frozen=True)
class _Raw:
    start: int
    end: int
    value: float
    ordinal: bool = False


def _raw_numbers(doc: Doc) -> Iterator[_Raw]:
    text = doc.folded
    for m in _ORDINAL_DIGITS_RE.finditer(text):
        yield _Raw(m.start(), m.end(), float(m.group(1)), ordinal=True)
    for m in _ORDINAL_WORDS_RE.finditer(text):
        if not re.search(r"(?i)\b(a|per|split)\s+$", text[: m.start()]):
            yield _Raw(m.start(), m.end(), float(_ORDINALS[m.group(1).lower()]), ordinal=True)
    for m in _DIGITS_RE.finditer(text):
        number = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
        scale = _SCALES.get(m.group(3) or "") or _SCALE_WORDS.get(m.group(4) or "", 1.0)
        yield _Raw(m.start(), m.end(), number * scale)
    for m in _HALF_RE.finditer(text):  # "half a million", "a quarter of a million"
        share = _FRACTIONS[" ".join(m.group(1).lower().split())] / 100
        yield _Raw(m.start(), m.end(), share * _SCALES[m.group(2).lower()])
    for m in _WORDS_RE.finditer(text):
        value = words_value(m.group(0))
        if value is not None and _one_counts(text, m):
            yield _Raw(m.start(), m.end(), value)


def _one_counts(text: str, match: re.Match[str]) -> bool:
    if match.group(0).lower() != "one":
        return True
    before = re.findall(r"\w+", text[: match.start()].lower())[-1:]
    after = re.findall(r"\w+", text[match.end() :].lower())[:1]
    return not (set(before) & _NOT_ONE_BEFORE or set(after) & {"of", "another", "or", "by"})


def _qualifier(text: str, start: int) -> tuple[str, int]:
    """The imprecision prefix ("~", ">=", "<=") written before ``start``, and its offset."""
    window = max(0, start - 20)
    found = _QUALIFIER_RE.search(text[window:start])
    if found is None:
        return "", start
    word = found.group(1).lower()
    prefix = next(p for p, words in _QUALIFIERS if word in words.split("|"))
    return prefix, window + found.start()


@dataclass(frozen=True)
class NumberFact:
    kind: str
    start: int
    end: int
    value: str
    # Words outside the span that say what is counted, for its role: the tally's noun
    # phrase and head ("people", "killed", "number" in "the number of people killed by the
    # quake has risen to 112"; facts.py reads "killed").
    counted: tuple[str, ...] = ()


def _money(doc: Doc, raw: _Raw) -> NumberFact | None:
    text = doc.folded
    prefix = _CURRENCY_PREFIX_RE.search(text[max(0, raw.start - 5) : raw.start])
    after = text[raw.end :]
    scale = re.match(r"(k|mn|m|bn)\b", after) if prefix else None
    amount, end = raw.value, raw.end
    if scale:
        amount, end = amount * _SCALE_ABBR[scale.group(1)], end + scale.end()
    if prefix:
        symbol = prefix.group(1).strip().rstrip(".")
        currency = _CURRENCY_PREFIX.get(symbol, symbol)
        return NumberFact(
            MONEY, raw.start - len(prefix.group(0)), end, f"{format_number(amount)} {currency}"
        )
    scale = re.match(r"(k|m)\s+(?=(?:pounds sterling|[a-z]+)\b)", after)
    if scale:  # "50m euros"
        amount, end, after = amount * _SCALE_ABBR[scale.group(1)], end + 1, after[1:]
    word = re.match(r"(?:\s+|-)(pounds sterling|[a-z]+)\b", after)  # "15,000-euro bonus"
    if word and word.group(1) in _CURRENCY_WORDS:
        currency = _CURRENCY_WORDS[word.group(1)]
        return NumberFact(MONEY, raw.start, end + word.end(), f"{format_number(amount)} {currency}")
    return None


CELSIUS = "degC"
_TEMPERATURE_RE = re.compile(
    r"(?:\s*[°º]\s*|\s+degrees?\s+|)(C|F)(?![\w$])"
    r"|\s*(?:[°º]\s*|degrees?\s+)?(Celsius|Fahrenheit|centigrade)\b"
)


def _temperature(doc: Doc, raw: _Raw) -> NumberFact | None:
    """ "47.6C", "40 °C", "104F", "40 degrees Celsius": the temperature in degrees Celsius
    (unit CELSIUS: "104F" -> "40 degC")."""
    found = _TEMPERATURE_RE.match(doc.folded, raw.end)
    if found is None:
        return None
    scale = (found.group(1) or found.group(2)).lower()
    celsius = (raw.value - 32.0) * 5.0 / 9.0 if scale.startswith("f") else raw.value
    negative = doc.folded[max(0, raw.start - 1) : raw.start] in ("-", "\u2212")
    start = raw.start - 1 if negative else raw.start
    value = format_number(_significant(-celsius if negative and celsius > 0 else celsius))
    return NumberFact(QUANTITY, start, found.end(), f"{value} {CELSIUS}")


def _quantity(doc: Doc, raw: _Raw) -> NumberFact | None:
    temperature = _temperature(doc, raw)
    if temperature is not None:
        return temperature
    found = _UNIT_RE.match(doc.folded, raw.end)
    if found is None:
        return None
    unit = found.group(1).lower()
    key = unit if unit in _UNIT_FACTORS else unit[:-1]
    si, factor = _UNIT_FACTORS[key]
    value = format_number(_significant(raw.value * factor))
    return NumberFact(QUANTITY, raw.start, found.end(), f"{value} {si}")


def _noun_before(doc: Doc, start: int) -> tuple[str, int] | None:
    """The noun a number measures when written before it: "magnitude 6.8", "a crew of 25",
    "the death toll rose to 112". Only bridge words may stand between; a noun right before
    the number must be a measure noun (MEASURE_NOUNS: "magnitude 6.8", "level 3"), since an
    adjective stands there too ("a strong 7.1 quake"). A head before "of/from" wins: "the
    toll from the quake rose to 112" counts the toll, "the number of people killed rose to
    112" counts people (a participle such as "killed" may follow the counted noun)."""
    tokens = [t for t in doc.tokens if t.end <= start]
    bridged = False
    for position in range(len(tokens) - 1, max(-1, len(tokens) - 6), -1):
        tok = tokens[position]
        if tok.lower in _BRIDGE or (bridged and tok.lower in _COUNT_PARTICIPLES):
            bridged = True
            continue
        if not tok.is_word or tok.is_capitalised or tok.lower in _STOP or tok.text[0].isdigit():
            return None  # "rose from 79 to 112": 79 counts nothing
        if _verb_like(tok, 1) or tok.lower.endswith(("ing", "ly")):
            return None
        if not bridged and tok.lower not in MEASURE_NOUNS:
            return None
        return _head_noun(tokens, position)
    return None


def _head_noun(tokens: list[Token], position: int) -> tuple[str, int]:
    """The noun at ``position``, or the head of "toll from the quake", "number of people"."""
    noun = tokens[position]
    back = position - 1
    while back >= 0 and tokens[back].lower in ("the", "a", "an", "this", "its"):
        back -= 1
    if back >= 1 and tokens[back].lower in ("of", "from", "in"):
        head = tokens[back - 1]
        if head.lower in _TALLY_NOUNS:
            return _canonical_noun(noun.lower), head.start
        if head.lower in MEASURE_NOUNS:
            return _canonical_noun(head.lower), head.start
    return _canonical_noun(noun.lower), noun.start


_LEVEL_RE = re.compile(
    r"(?i)\b(?:rose|risen|rises|rising|climbed|climbs|jumped|jumps|increased|increases|grew"
    r"|grown|soared|surged|swelled|reached|reaches|hit|hits|stands|stood|is|was|are|were"
    r"|remains|remained|fell|fallen|dropped|decreased|revised|raised|lowered|updated"
    r"|upgraded|downgraded|corrected)(?:\s+(?:now|again|further|sharply|steadily|overnight|on\s+\w+))*"
    r"\s+(?:(?:to|at|from)\s+|from\s+[\d,.]+\s+to\s+)?(?:(?:"
    + "|".join(w for _, ws in _QUALIFIERS for w in ws.split("|"))
    + r")\s+)?$"
)
_TALLY_RE = re.compile(
    r"(?i)\b(?:(death|casualty|fatality|injury|victim)\s+)?(toll|tally|count|number|total"
    r"|figure)s?\b(?:\s+of\s+(?:the\s+|those\s+)?(?=[a-z]))?"
)
_TALLY_REACH = 160  # characters from the tally's head to its verb
_COUNTED_AFTER = re.compile(
    r"^\s+(?:(?:who|that)\s+(?:(?:have|has|had|were|was|are|is|been|being)\s+)*)?"
    r"(?:(?:now|reportedly|confirmed|officially|still)\s+)*([a-z]+)"
)


@dataclass(frozen=True)
class _Counted:
    noun: str
    start: int
    end: int
    words: tuple[str, ...] = ()  # NumberFact.counted


def _sentence_start(text: str, end: int) -> int:
    found = [m.end() for m in re.finditer(r"[.;:!?](?=\s)", text[:end])]
    return found[-1] if found else 0


def _tally_noun(doc: Doc, match: re.Match[str]) -> tuple[str, tuple[str, ...]] | None:
    """What a tally counts, and the words that say so: "the death toll" (person; "death",
    "toll"), "the number of people killed" (person; "people", "killed", "number"), "the
    number of dead" (person), "the number of homes destroyed" (home)."""
    head = tuple(w.lower() for w in match.group(1, 2) if w)
    if not match.group(0).rstrip().lower().endswith(("of", "the", "those")):
        return ("person", head) if "toll" in head or len(head) == 2 else None
    run = list(re.finditer(r"[a-z]+", doc.folded[match.end() : match.end() + 40].lower()))[:3]
    stop = next((i for i, m in enumerate(run) if m.group(0) in _STOP), len(run))
    run = run[:stop]
    if match.group(0).lower().rstrip().endswith("those"):  # "the number of those killed"
        return ("person", (run[0].group(0), *head)) if run else None
    noun = next(
        (m for m in run if m.group(0) in _NOUN_SYNONYMS or m.group(0) in COLLECTIVE_NOUNS
         or (_looks_plural(m.group(0)) and m.group(0) not in _STOP)),
        None,
    )
    if noun is None:
        return None
    after = _COUNTED_AFTER.match(doc.folded[match.end() + noun.end() :].lower())
    words = (noun.group(0), *([after.group(1)] if after else []), *head)
    return _canonical_noun(noun.group(0)), words


def _tally_before(doc: Doc, start: int) -> tuple[str, tuple[str, ...]] | None:
    """The tally a count is the level of, written before it in its sentence with a verb of
    level or change right before the number: "the number of people killed by the
    earthquake that struck on Tuesday has risen to 112", "the death toll now stands at
    112", "the number of dead is now 112", "the toll has climbed to at least 112". Its head
    may be far from the number (a relative clause between), so the nearest noun is not
    the counted one ("the quake has risen to 112" counts no quakes)."""
    text = doc.folded
    level = _LEVEL_RE.search(text[max(0, start - 60) : start])
    if level is None:
        return None
    verb = max(0, start - 60) + level.start()
    window = max(_sentence_start(text, verb), verb - _TALLY_REACH)
    tallies = list(_TALLY_RE.finditer(text, window, verb))
    return _tally_noun(doc, tallies[-1]) if tallies else None


def _counted_noun(doc: Doc, raw: _Raw) -> _Counted | None:
    """The noun a count counts and the span it covers: the noun after it, or a tally
    before it (``_tally_before``), or a noun before it (``_noun_before``)."""
    after = doc.folded[raw.end :]
    compound = re.match(r"-([a-z]+)\b", after)
    if compound and compound.group(1) not in _STOP:
        return _Counted(_canonical_noun(compound.group(1)), raw.start, raw.end + compound.end())
    percent = re.match(r"\s?(%|per\s?cent\b)", after)
    if percent:
        return _Counted("percent", raw.start, raw.end + percent.end())
    found = _noun_after(doc, raw.end, raw.value, raw.ordinal)
    if found is not None:
        return _Counted(found[0], raw.start, found[1])
    if not raw.ordinal and _PARTITIVE_RE.match(after):
        return _Counted("person", raw.start, raw.end)  # "nine of the sick": people
    part = None if raw.ordinal else _PART_OF_RE.match(after)
    if part is not None:  # "19 of the whales": whales, the part counted, its noun in the span
        return _Counted(_canonical_noun(part.group(1).lower()), raw.start, raw.end + part.end())
    if raw.ordinal:
        return None
    tally = _tally_before(doc, raw.start) or _brought_to(doc, raw.start)
    if tally is not None:
        return _Counted(tally[0], raw.start, raw.end, tally[1])
    backward = _noun_before(doc, raw.start)
    return _Counted(backward[0], backward[1], raw.end) if backward else None


_PARTITIVE_RE = re.compile(
    r"(?i)\s+of\s+(?:the|those|these)\s+(?:sick|ill|injured|wounded|dead|missing|infected"
    r"|displaced|affected|hospitali[sz]ed|elderly|accused|survivors?)\b"
)
_PART_OF_RE = re.compile(
    r"(?i)\s+of\s+(?:the|those|these|its|their)\s+(?:[a-z]+\s+){0,2}?([a-z]+s)\b(?!\s+of\b)"
)
_BROUGHT_RE = re.compile(
    r"(?i)\b(?:bringing|brings|brought|taking|takes|took|pushing|pushes|pushed|raising|raises"
    r"|raised|lifting|lifts|lifted)\s+(?:the|its|their)\s+"
)
_TO_RE = re.compile(r"(?i)\bto\s+(?:(?:about|around|some|nearly|almost|at\s+least)\s+)?$")
_MORE_RE = re.compile(r"(?i)\s+(?:more|further|additional|other|new)\b")


def _brought_to(doc: Doc, start: int) -> tuple[str, tuple[str, ...]] | None:
    """ "Eight more homes were evacuated, bringing the total to 22" (home), "bringing the
    number of people killed in the collapse to two" (person): a tally raised to the count
    by a verb before it in its sentence. A tally without its noun counts what the count
    before it in the sentence counts ("eight more homes")."""
    text = doc.folded
    if not _TO_RE.search(text[max(0, start - 30) : start]):
        return None
    sentence = _sentence_start(text, start)
    verbs = list(_BROUGHT_RE.finditer(text, sentence, start))
    tally = _TALLY_RE.match(text, verbs[-1].end()) if verbs else None
    if tally is None:
        return None
    named = _tally_noun(doc, tally)
    if named is not None:
        return named
    earlier = _earlier_count(doc, sentence, verbs[-1].start())
    head = tuple(w.lower() for w in tally.group(1, 2) if w)
    return (earlier[0], (*earlier, *head)) if earlier is not None else None


_PREDICATE_AFTER = re.compile(
    r"\s+(?:(?:had|have|has|were|was|been|are|is|be|now)\s+)*([a-z]+)"
)


def _earlier_count(doc: Doc, lo: int, hi: int) -> tuple[str, ...] | None:
    """The noun of the last count written between offsets ``lo`` and ``hi``, past words
    such as "more" ("eight more homes"), and the word of its predicate ("evacuated")."""
    for raw in sorted(_raw_numbers(doc), key=lambda r: -r.start):
        if lo <= raw.start and raw.end <= hi and not raw.ordinal:
            more = _MORE_RE.match(doc.folded, raw.end)
            found = _noun_after(doc, more.end() if more else raw.end, raw.value, False)
            if found is not None:
                predicate = _PREDICATE_AFTER.match(doc.folded.lower(), found[1])
                return (found[0], *([predicate.group(1)] if predicate else []))
    return None


_RATE_RE = re.compile(r"\s*(?:per|a|an|each|every)\s+(day|week|month|year|hour|minute|second)\b")
_CHANGE_RE = re.compile(
    r"(?i)\b(?:increase[sd]?|rose|risen|rise[sn]?|grew|grown|cut|cuts|reduced|fell|fallen|"
    r"dropped|gained|lost|up|down|climbed|jumped|raised|lowered|boosted|expanded|shrank|"
    r"decreased)\s+(?:(?!to\b|from\b)\w+\s+)?(?:by\s+)?$"
)


_PRICE_BASE_RE = re.compile(
    r"\s*(?:premium|discount|mark-?up)?\s*(?:to|over|above|below|on)\s+"
    r"(?:the\s+|its\s+|their\s+|[A-Za-z]+'s\s+)?([a-z-]+(?:\s+[a-z-]+)?)\s+price\b"
)


def _count(doc: Doc, raw: _Raw) -> NumberFact | None:
    found = _counted_noun(doc, raw)
    if found is None:
        return None
    noun, start, end = found.noun, found.start, found.end
    if raw.ordinal:
        return NumberFact(NUMBER, start, end, f"{ordinal_text(int(raw.value))} {noun}")
    rate = _RATE_RE.match(doc.folded, end)
    if rate is not None:  # "8,000 victims per day": a rate, not a total
        noun, end = f"{noun} per {rate.group(1)}", rate.end()
    if _CHANGE_RE.search(doc.folded[max(0, start - 40) : start]):
        noun = f"{noun} (change)"  # "increased by 65,000 soldiers": a difference, not a level
    elif noun == "percent" and (base := _PRICE_BASE_RE.match(doc.folded, end)) is not None:
        noun = f"percent (over {base.group(1)} price)"  # a premium to one price or another
    value = f"{format_number(raw.value)} {noun}"
    return NumberFact(NUMBER, start, end, value, found.words)


def ordinal_text(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _is_bare_year(doc: Doc, raw: _Raw) -> bool:
    return re.fullmatch(r"(1\d|20)\d\d|2100", doc.folded[raw.start : raw.end]) is not None


def _classify(doc: Doc, raw: _Raw) -> NumberFact | None:
    if raw.ordinal:
        return _count(doc, raw)
    if _is_bare_year(doc, raw):
        return _money(doc, raw) or _quantity(doc, raw)  # a year, not a count
    return _money(doc, raw) or _quantity(doc, raw) or _count(doc, raw)


_QUAKE_NOUN = r"(?:earthquakes?|quakes?|tremors?|temblors?|aftershocks?)"
_NO_UNIT = (  # a decimal followed by a unit is a quantity ("measured 6.2 metres"), no magnitude
    r"(?![\d.]\d|\s*(?:%|percent|per\s*cent|[kc]?m\b|kilomet|met(?:er|re)|mi\b|miles?\b"
    r"|f(?:ee)?t\b|[mb](?:illio)?n\b|inch|in\b|kg\b|kilo|tonnes?\b|tons?\b|lb))"
)
_MAGNITUDES = (
    re.compile(r"(?i)\bmagnitude[- ](\d{1,2}(?:\.\d)?)(?![\d.]\d)"),
    re.compile(r"(?i)(?<![\w.])(\d{1,2}(?:\.\d)?)[- ]magnitude\b"),
    re.compile(r"(?i)(?<![\w.])(\d{1,2}(?:\.\d)?)\s+on\s+the\s+Richter\b"),
    re.compile(
        r"(?i)\b(?:measured|measuring|registered|registering|of\s+magnitude|magnitude\s+of"
        r"|magnitude\s+at|magnitude\s+was|magnitude\s+to)\s+(?:at\s+)?(?:about\s+|around\s+)?"
        r"(\d{1,2}\.\d)" + _NO_UNIT
    ),
    re.compile(rf"(?i)(?<![\w.])(\d\.\d)(?=\s+{_QUAKE_NOUN}\b)"),
)


_IN_QUAKE_STORY = re.compile(
    r"(?i)\b(?:at|to|of|from|was|measuring|measured|registering|registered|reading|"
    r"estimated|put)\s+(\d\.\d)" + _NO_UNIT
)
_QUAKE_WORDS = re.compile(rf"(?i)\b(?:{_QUAKE_NOUN}|magnitude|seismic)\b")


def _magnitudes(doc: Doc, taken: list[tuple[int, int]]) -> list[NumberFact]:
    """Earthquake magnitudes however written: "magnitude-6.8", "6.8 magnitude", "measured
    7.1 on the Richter scale", "a magnitude of 6.8", "a strong 7.1 quake" -> "6.8 magnitude";
    in a statement about a quake (quake, tremor, magnitude, seismic...) also a bare decimal
    after at/to/of/was/measuring... ("initially put at 6.5, later upgraded to 6.8")."""
    found: list[NumberFact] = []
    patterns: tuple[re.Pattern[str], ...] = _MAGNITUDES
    if _QUAKE_WORDS.search(doc.folded):
        patterns = (*_MAGNITUDES, _IN_QUAKE_STORY)
    for pattern in patterns:
        for m in pattern.finditer(doc.folded):
            magnitude = "magnitude" in m.group(0).lower() and pattern is not _IN_QUAKE_STORY
            span = (m.start(), m.end()) if magnitude else m.span(1)
            if overlaps(span, taken):
                continue
            taken.append(span)
            found.append(NumberFact(NUMBER, *span, f"{format_number(float(m.group(1)))} magnitude"))
    return found


_FRACTION_RE = re.compile(
    r"(?i)\b(?:(?:about|around|roughly|nearly|almost|some|more than|over|less than|under)\s+)?"
    r"(" + "|".join(sorted(_FRACTIONS, key=len, reverse=True)) + r")\s+of\b"
    r"(?!\s+an?\s+(?:hundred|thousand|million|billion|trillion)\b)"  # "a quarter of a million"
    r"|\b(one|two|three)\s+(?:in|out\s+of)\s+(two|three|four|five|six|seven|eight|nine|ten)\b"
)


def _fractions(doc: Doc, taken: list[tuple[int, int]]) -> list[NumberFact]:
    """Shares written in words, as approximate percentages: "a fifth of" -> "~20 percent",
    "two-thirds of", "half of", "one in five"."""
    found: list[NumberFact] = []
    for m in _FRACTION_RE.finditer(doc.folded):
        if m.group(1):
            share = _FRACTIONS[m.group(1).lower()]
            end = m.end(1)
        else:
            share = 100 * (words_value(m.group(2)) or 0) / (words_value(m.group(3)) or 1)
            end = m.end()
        span = (m.start(), end)
        if overlaps(span, taken):
            continue
        qualifier = _qualifier(doc.folded + " ", m.start(1) if m.group(1) else m.start())[0]
        prefix = qualifier if qualifier in (">=", "<=") else "~"
        taken.append(span)
        value = format_number(_significant(share))
        found.append(NumberFact(NUMBER, *span, f"{prefix}{value} percent"))
    return found


def find_numbers(doc: Doc, taken: list[tuple[int, int]]) -> list[NumberFact]:
    """Counts, ordinals, quantities and money in ``doc``, none overlapping ``taken``."""
    found: list[NumberFact] = [*_magnitudes(doc, taken), *_fractions(doc, taken)]
    for raw in _raw_numbers(doc):
        if overlaps((raw.start, raw.end), taken):
            continue
        fact = _classify(doc, raw)
        if fact is None or overlaps((fact.start, fact.end), taken):
            continue
        prefix, start = _qualifier(doc.folded, fact.start)
        if prefix and not raw.ordinal:
            fact = NumberFact(fact.kind, start, fact.end, prefix + fact.value, fact.counted)
        taken.append((fact.start, fact.end))
        found.append(fact)
    return sorted(found, key=lambda f: f.start)


# --- comparison ---------------------------------------------------------------------------

_VALUE_RE = re.compile(r"(~|>=|<=)?(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)(st|nd|rd|th)? (.+)")


def split_value(value: str) -> tuple[str, float, bool, str]:
    """(qualifier, number, ordinal, unit) of a number, quantity or money value."""
    found = _VALUE_RE.fullmatch(value)
    if found is None:
        raise FactValueError(f"not a number value: {value!r}")
    return found.group(1) or "", float(found.group(2)), bool(found.group(3)), found.group(4)


def unit_key(value: str) -> str:
    """What a value counts or measures: its noun (ordinals apart), SI unit or currency."""
    _, _, ordinal, unit = split_value(value)
    return f"{unit} (ordinal)" if ordinal else unit


_FLOORS = {QUANTITY: 0.01, MONEY: 0.005}


def written_precision(text: str) -> float:
    """Relative precision of the first number written in ``text``: "3 feet" is 3 +- 0.5."""
    found = re.search(r"\d[\d,]*(?:\.(\d+))?", text)
    if found is None:
        return 0.0
    value = float(found.group(0).replace(",", ""))
    decimals = len(found.group(1) or "")
    return 0.5 * 10.0**-decimals / value if value else 0.0


BOUND_TOLERANCE = 0.10


def _spec(kind: str, value: str, text: str) -> NumberSpec:
    qualifier, number, _, _ = split_value(value)
    if qualifier == ">=":
        return NumberSpec(number, math.inf)
    if qualifier == "<=":
        return NumberSpec(-math.inf, number)
    tolerance = 0.0
    if kind in _FLOORS:
        tolerance = max(_FLOORS[kind], written_precision(text))
    if qualifier == "~":
        tolerance = max(tolerance, 0.10)
    spread = abs(number) * tolerance
    return NumberSpec(number - spread, number + spread)


def compatible(kind: str, value_a: str, value_b: str, text_a: str = "", text_b: str = "") -> bool:
    """Whether two values of one kind and unit can be the same amount (module doc)."""
    bound_a, number_a = split_value(value_a)[:2]
    bound_b, number_b = split_value(value_b)[:2]
    if bound_a == bound_b and bound_a in (">=", "<="):  # two reports of one bound
        return abs(number_a - number_b) <= BOUND_TOLERANCE * max(abs(number_a), abs(number_b))
    a, b = _spec(kind, value_a, text_a), _spec(kind, value_b, text_b)
    return a.low <= b.high and b.low <= a.high
