"""Typed, normalised values in one sentence: quantities, vague magnitudes, multipliers, changes,
ages, times of day and ordinals. Years and calendar dates live in `dates.py`.

Numbers come from two sources: digits (a regex) and spelled-out words (text2num's
`find_numbers` over our own tokens, so every number keeps exact offsets). Each number is then
read in its context: a qualifier or currency before it, a scale word, unit, counted noun or rate
after it, and a second number joined by "to"/"and"/"-" for a range.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from text_to_num import find_numbers

from firsthand.claims.words import is_plural_noun, singular
from firsthand.model import Value

# Text that contains digits but no quantities: links, addresses, handles, phone numbers.
NOT_NUMBERS = re.compile(
    r"https?://\S+|www\.\S+|\S+@\S+\.\w+|[@#]\w+"
    r"|(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[.-]\d{4}\b"
    r"|\+\d{1,3}(?:[\s.-]\d{2,4}){2,4}\b"
    r"|\b\d{2,5}(?: \d{2,5}){2,}\b"  # "13 11 14", "08457 90 90 90"
)
DIGITS = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]\d)")
ATTACHED_SCALE = re.compile(r"(thousand|million|billion|trillion|bn|mn|m|k|b|tn)\b", re.IGNORECASE)
SPACED_SCALE = re.compile(r"\s+(thousand|million|billion|trillion)\b", re.IGNORECASE)
SCALES = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6,
    "b": 1e9, "bn": 1e9, "billion": 1e9, "tn": 1e12, "trillion": 1e12,
}  # fmt: skip
DECADE_SUFFIX = re.compile(r"s\b")
ORDINAL_SUFFIX = re.compile(r"(st|nd|rd|th)\b", re.IGNORECASE)
# "No. 10", "number 5", "#3", "Section 230": labels, not amounts.
LABEL_BEFORE = re.compile(r"(?:\bNos?\.|\bnumber|#)\s*$", re.IGNORECASE)
NUMBER_WORD_HINT = re.compile(
    r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion|trillion|first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
)
NUMBER_TOKENS = re.compile(r"[^\W\d_]+|[^\w\s-]|(?<![^\W\d_])-|-(?![^\W\d_])")

CURRENCY_BEFORE = re.compile(
    r"(?:(?P<sym>US\$|A\$|C\$|HK\$|NZ\$|S\$|\$|€|£|¥|₹)|\b(?P<code>USD|EUR|GBP|JPY|CNY|INR|"
    r"CHF|Rs\.?)\s?)\s*$"
)
CURRENCY_SYMBOLS = {
    "$": "USD", "US$": "USD", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "NZ$": "NZD",
    "S$": "SGD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "Rs": "INR", "Rs.": "INR",
}  # fmt: skip
QUALIFIER_BEFORE = re.compile(
    r"\b(?P<q>more than|over|exceeding|above|in excess of|upwards of|greater than|at least|"
    r"no fewer than|no less than|a minimum of|just over|nearly|almost|close to|just under|"
    r"just shy of|about|around|approximately|roughly|some|an estimated|estimated|circa|"
    r"up to|as many as|as much as|as few as|at most|no more than|a maximum of|fewer than|"
    r"less than|under|below|just|only|a mere|exactly|precisely)\s+$",
    re.IGNORECASE,
)
# Bounds (low factor, high factor) relative to the stated figure; None = open.
QUALIFIER_BOUNDS: dict[str, tuple[float | None, float | None]] = {
    **dict.fromkeys(
        ["more than", "over", "exceeding", "above", "in excess of", "upwards of", "greater than",
         "at least", "no fewer than", "no less than", "a minimum of"],
        (1.0, None),
    ),
    "just over": (1.0, 1.1),
    **dict.fromkeys(
        ["nearly", "almost", "close to", "just under", "just shy of"], (0.9, 1.0)
    ),
    **dict.fromkeys(
        ["about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
         "circa"],
        (0.9, 1.1),
    ),
    **dict.fromkeys(
        ["up to", "as many as", "as much as", "at most", "no more than", "a maximum of",
         "fewer than", "less than", "under", "below"],
        (None, 1.0),
    ),
    "as few as": (1.0, None),
    **dict.fromkeys(["just", "only", "a mere", "exactly", "precisely"], (1.0, 1.0)),
}  # fmt: skip

PERCENT_AFTER = re.compile(r"\s?(?:%|percent\b|per\s?cent\b|percentage points?\b)", re.IGNORECASE)
CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupee": "INR", "peso": "MXN", "ruble": "RUB", "rouble": "RUB", "franc": "CHF",
}  # fmt: skip
# A currency as the second half of a compound adjective: "a multimillion-dollar suit".
CURRENCY_ADJECTIVE = re.compile(rf"\s?-?\s?({'|'.join(CURRENCY_WORDS)})\b", re.IGNORECASE)
MEASURE_UNITS = {
    "second", "minute", "hour", "day", "week", "month", "year", "decade", "century",
    "mile", "kilometer", "kilometre", "km", "meter", "metre", "foot", "inch", "yard", "acre",
    "hectare", "ton", "tonne", "barrel", "gallon", "litre", "liter", "kilogram", "kg",
    "pound", "lb", "ounce", "degree", "mph",
}  # fmt: skip
UNIT_AFTER = re.compile(r"\s?(?:-|\s)?([a-z]+)\b")
# (hyphenated before a noun too: "a $2 million-a-day income", "a $2million-a-year war chest")
RATE_AFTER = re.compile(
    r"(?:\s*|-)(?:(?:a|an|per|each|every)(?:\s+|-)|/)(hour|day|night|week|month|year|shift|person|head|"
    r"capita|worker|employee|student|household|annum)\b(?!\s+(?:ago|earlier|later|before|after))",
    re.IGNORECASE,
)
RATE_ADVERB = re.compile(r"\s+(hourly|daily|weekly|monthly|annually|yearly)\b", re.IGNORECASE)
ADVERB_RATE = {
    "hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month",
    "annually": "year", "yearly": "year", "annum": "year",
}  # fmt: skip
AGE_AFTER = re.compile(r"(?:-|\s)years?(?:-|\s)old\b|\s+years?\s+of\s+age\b", re.IGNORECASE)
UNIT_OF_AGE_AFTER = re.compile(r"\s+(?:months?|weeks?|days?)\b", re.IGNORECASE)
AGE_BEFORE = re.compile(r"\b(?:aged|age(?:\s+of)?|ages),?\s+$", re.IGNORECASE)
# An age in commas after a name or a noun for a person: "Hefner, 88,", "The Playboy founder, 88,"
NAME_COMMA_BEFORE = re.compile(
    r"(?:[A-Z][\w'’.-]+|\b[a-z]{2,}(?:er|or|ist|man|woman|wife|son|daughter|mother|father|boy|"
    r"girl|star|actress|victim|suspect|teen|teenager)),\s$"
)
TIME_OF_DAY = re.compile(r"\s?(?:([ap])\.m\.|([ap])m\b|o'clock\b)", re.IGNORECASE)
CLOCK = re.compile(
    r"(?<![\w:.])(\d{1,2})(?::([0-5]\d)|\.([0-5]\d)(?=\s?(?:[ap]\.?m\b|[ap]\.m\.)))(?![\d:])",
    re.IGNORECASE,
)
FOLD_AFTER = re.compile(r"(?:-|\s)?fold\b", re.IGNORECASE)
TIMES_AFTER = re.compile(r"\s+times\s+(?:more|less|fewer|as|the|over|[a-z]+er)\b", re.IGNORECASE)
CHANGE_VERB = (
    r"(?P<verb>rose|rise|rises|risen|rising|increased?|increases|increasing|grew|grow|grows|"
    r"grown|growing|climbed?|climbs|climbing|jumped?|jumps|jumping|surged?|surges|soared?|"
    r"soars|gained?|gains|raised?|fell|fall|falls|fallen|falling|dropped|drops?|dropping|"
    r"declined?|declines|declining|decreased?|decreases|decreasing|shrank|shrunk|shrinks?|"
    r"slipped|slips?|plunged?|plunges|plummeted|tumbled|slumped|cut|cuts|lowered|reduced|"
    r"lost|loses|down|up)"
)
FALLING = re.compile(
    r"fell|fall|drop|declin|decreas|shr|slip|plung|plummet|tumbl|slump|cut|lower|reduc|lost|"
    r"loses|down"
)
CHANGE_BEFORE = re.compile(CHANGE_VERB + r"\s+(?:by\s+)?$", re.IGNORECASE)
FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
CHANGE_IN_SENTENCE = re.compile(r"\b" + CHANGE_VERB + r"\b", re.IGNORECASE)
RANGE_JOIN = re.compile(
    r"\s*(?:to|and|or|-|–|—|through)\s*(?:just\s+|about\s+|around\s+|some\s+)?"
    r"(?:US\$|\$|€|£|¥)?\s*$",
    re.IGNORECASE,
)
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
MULTIPLIER_WORDS = re.compile(
    r"\b(?:(doubled|doubling)|(tripled|tripling|trebled)|(quadrupled|quadrupling)|"
    r"(halved|halving)|(twice)\s+(?:as|the)\b)(?![\s-]+(?:down|back|up|out)\b)",
    re.IGNORECASE,
)
FRACTION_CHANGE = re.compile(
    r"\b" + CHANGE_VERB + r"\s+by\s+(?P<frac>(?:a|one|two|three)[\s-](?:half|third|thirds|"
    r"quarter|quarters|fifth|fifths)|half)\b",
    re.IGNORECASE,
)
FRACTIONS = {
    "half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
    "fifth": 0.2, "fifths": 0.2,
}  # fmt: skip
SMALL_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}
VAGUE = re.compile(
    r"\b(?:(?P<tens>tens|hundreds)\s+of\s+(?P<scale>thousands|millions|billions)|"
    r"(?P<plural>dozens|hundreds|thousands|millions|billions|trillions)|"
    r"(?P<multi>multi\s?-?\s?(?:million|billion|trillion))|"
    r"(?P<scores>scores)(?=\s+of\b)|(?P<handful>a\s+handful)|(?P<several>several)|"
    r"(?P<open>countless|innumerable|untold\s+numbers|a\s+staggering\s+number)|"
    r"(?P<dozen>(?:half\s+)?a\s+dozen)|half\s+a\s+(?P<half>million|billion))\b",
    re.IGNORECASE,
)
PLURAL_MAGNITUDES = {
    "dozens": (24.0, 99.0), "hundreds": (200.0, 999.0), "thousands": (2e3, 9999.0),
    "millions": (2e6, 9999999.0), "billions": (2e9, 9999999999.0),
    "trillions": (2e12, 9999999999999.0),
}  # fmt: skip
# "countless", "a staggering number": more than anyone counted; only a floor is known.
OPEN_MAGNITUDE_FLOOR = 100.0
COUNT_STOP = {
    "of", "in", "on", "at", "to", "and", "or", "but", "who", "that", "which", "were", "was",
    "are", "is", "have", "has", "had", "from", "for", "with", "by", "as", "than", "a", "an",
    "the", "per", "each", "this", "these", "those", "their", "his", "her", "its", "ago",
    "earlier", "later", "will", "would", "could", "been",
}  # fmt: skip
# Between a part and its whole: "of the first", "of his", "out of", "of the remaining".
PART_OF = re.compile(
    r"\s+(?:out\s+)?of\s+(?:(?:the|his|her|its|their|our|my|your|those|these)\s+|"
    r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+)?"
    r"(?:(?:first|last|next|final|past|top|remaining|original|other)\s+)?"
)
COUNT_WORD = re.compile(r"\s+(?:of\s+(?:the\s+|those\s+|them\s+|whom\s+)?)?")
ANY_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@dataclass
class Number:
    """A number found in a sentence: offsets into the sentence and its plain value."""

    start: int
    end: int
    value: float
    ordinal: bool = False
    words: bool = False
    scale: float = 1.0


class _Tok:
    """A token for text2num's `find_numbers` (it only needs `text()`)."""

    __slots__ = ("end", "start", "word")

    def __init__(self, match: re.Match[str]) -> None:
        self.word = match.group()
        self.start = match.start()
        self.end = match.end()

    def text(self) -> str:
        return self.word

    def nt_separated(self, previous: _Tok) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


def _masked(sentence: str) -> list[tuple[int, int]]:
    return [m.span() for m in NOT_NUMBERS.finditer(sentence)]


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)


def find_numbers_in(sentence: str, taken: list[tuple[int, int]]) -> list[Number]:
    """Every number of the sentence outside `taken` spans (dates, links...), in order."""
    blocked = taken + _masked(sentence)
    found: list[Number] = []
    for match in DIGITS.finditer(sentence):
        start, end = match.span()
        if _inside(start, end, blocked):
            continue
        before = sentence[:start]
        after = sentence[end:]
        # Glued to letters or slashes: "COVID-19", "F-16", "9/11", "24/7", "No. 10".
        if before.endswith(("-", "/")) and re.search(r"[^\W\d_][-/]$|\d/$", before):
            continue
        if after.startswith("/") or LABEL_BEFORE.search(before[-12:]):
            continue
        value = float(match.group().replace(",", ""))
        ordinal = ORDINAL_SUFFIX.match(after)
        if ordinal:
            found.append(Number(start, end + ordinal.end(), value, ordinal=True))
            continue
        scale = ATTACHED_SCALE.match(after)
        if scale and (scale.group(1).lower() not in ("m", "b") or CURRENCY_BEFORE.search(before)):
            factor = SCALES[scale.group(1).lower()]
            found.append(Number(start, end + scale.end(), value * factor, scale=factor))
            continue
        if after[:1].isalpha() and not DECADE_SUFFIX.match(after):
            continue  # "4G", "3D", "737MAX"
        spaced = SPACED_SCALE.match(after)
        if spaced:
            factor = SCALES[spaced.group(1).lower()]
            found.append(Number(start, end + spaced.end(), value * factor, scale=factor))
            continue
        found.append(Number(start, end, value))
    if NUMBER_WORD_HINT.search(sentence):
        found += _spelled_numbers(sentence, blocked + [(n.start, n.end) for n in found])
        found.sort(key=lambda n: n.start)
    return found


def _spelled_numbers(sentence: str, blocked: list[tuple[int, int]]) -> list[Number]:
    tokens = [_Tok(m) for m in NUMBER_TOKENS.finditer(sentence)]
    numbers: list[Number] = []
    for occurrence in find_numbers(tokens, "en", threshold=0):
        first, last = tokens[occurrence.start], tokens[occurrence.end - 1]
        start, end = first.start, last.end
        surface = sentence[start:end].lower()
        previous = tokens[occurrence.start - 1].word.lower() if occurrence.start else ""
        if _inside(start, end, blocked):
            continue
        if surface in ("one", "zero") or surface.endswith("s"):
            continue  # "one of the", "no one"; "hundreds" is a vague magnitude, not 100
        if occurrence.is_ordinal and previous in ("a", "one", "two", "three", "per", "every"):
            continue  # "a second", "a third of", "two-thirds": fractions and durations
        if occurrence.is_ordinal and surface == "second" and sentence[end : end + 1] == "s":
            continue
        numbers.append(
            Number(start, end, float(occurrence.value), ordinal=occurrence.is_ordinal, words=True)
        )
    return numbers


def _counted(sentence: str, at: int) -> tuple[str | None, int]:
    """The counted noun after offset `at` ("7,000 migrant workers" -> "worker", "56 percent of
    the vote" -> "vote") and its end. Capitalised adjectives are passed over ("300 Iraqi
    soldiers"); after "of" a singular noun counts too."""
    lead = COUNT_WORD.match(sentence, at)
    if lead and re.search(r"\b(?:them|whom)\b", lead.group()):
        return None, at  # "Five of them died": a pronoun, no noun, stands for the whole
    position = lead.end() if lead else at
    after_of = bool(lead and "of" in lead.group())
    last: re.Match[str] | None = None
    for _ in range(3):
        word = ANY_WORD.match(sentence, position)
        if word is None:
            break
        text = word.group()
        if text.lower() in COUNT_STOP:
            break
        if text[0].islower():
            if is_plural_noun(text):
                return singular(text), word.end()
            last = word
        space = re.match(r"\s+", sentence[word.end() :])
        if space is None:
            break
        position = word.end() + space.end()
    if after_of and last is not None:
        return last.group(), last.end()
    return None, at


def _rate(sentence: str, at: int) -> tuple[str | None, int]:
    rate = RATE_AFTER.match(sentence, at)
    if rate:
        word = rate.group(1).lower()
        return ADVERB_RATE.get(word, word), rate.end()
    adverb = RATE_ADVERB.match(sentence, at)
    if adverb:
        return ADVERB_RATE[adverb.group(1).lower()], adverb.end()
    return None, at


def _unit_after(sentence: str, at: int) -> tuple[str | None, str | None, int]:
    """(unit, counted, end) right after a number."""
    percent = PERCENT_AFTER.match(sentence, at)
    if percent:
        unit = "percentage point" if "point" in percent.group().lower() else "percent"
        counted, end = _counted(sentence, percent.end())
        return unit, counted, end if counted else percent.end()
    word = UNIT_AFTER.match(sentence, at)
    if word:
        lemma = singular(word.group(1))
        if lemma in CURRENCY_WORDS:
            return CURRENCY_WORDS[lemma], None, word.end()
        if lemma == "pound" and re.match(r"\s+sterling", sentence[word.end() :]):
            return "GBP", None, word.end() + len(" sterling")
        if lemma in MEASURE_UNITS:
            return lemma, None, word.end()
    counted, end = _counted(sentence, at)
    if counted in MEASURE_UNITS:
        return counted, None, end  # "21 consecutive years"
    return None, counted, end


@dataclass
class _Reading:
    """One number read in its context, before being turned into a Value."""

    kind: str
    start: int
    end: int
    low: float | None
    high: float | None
    unit: str | None = None
    counted: str | None = None
    per: str | None = None
    qualifier: str | None = None
    scale: float = 1.0


def _read(sentence: str, number: Number) -> _Reading | None:
    before = sentence[: number.start]
    after_at = number.end
    value = number.value
    if number.ordinal:
        return _Reading("ordinal", number.start, number.end, value, value)
    clock = TIME_OF_DAY.match(sentence, after_at)
    if clock and value <= 12 and value == int(value):
        hour = value % 12 + (12 if (clock.group(1) or clock.group(2) or "").lower() == "p" else 0)
        return _Reading("time", number.start, clock.end(), hour, hour)
    age = AGE_AFTER.match(sentence, after_at)
    age_context = AGE_BEFORE.search(before[-9:]) or (
        NAME_COMMA_BEFORE.search(before[-30:]) and sentence[after_at : after_at + 1] in (",;)")
    )
    in_units = UNIT_OF_AGE_AFTER.match(sentence, after_at)  # "at the age of nine months"
    if age or (age_context and not in_units and value < 120 and value == int(value)):
        return _Reading("age", number.start, age.end() if age else after_at, value, value)
    fold = FOLD_AFTER.match(sentence, after_at) or TIMES_AFTER.match(sentence, after_at)
    if fold:
        return _Reading("multiplier", number.start, fold.end(), value, value)

    start = number.start
    currency = CURRENCY_BEFORE.search(before[-6:])
    unit: str | None = None
    if currency:
        symbol = currency.group("sym") or currency.group("code").rstrip()
        unit = CURRENCY_SYMBOLS.get(symbol, symbol.upper())
        start -= len(currency.group())
        before = sentence[:start]
    qualifier_match = QUALIFIER_BEFORE.search(before[-25:])
    qualifier = qualifier_match.group("q").lower() if qualifier_match else None
    if qualifier_match:
        start -= len(qualifier_match.group())
    following_unit, counted, end = _unit_after(sentence, after_at)
    unit = unit or following_unit
    per, rate_end = _rate(sentence, end)
    end = max(end, rate_end)
    if unit is None and qualifier is None and not number.words:
        if _follows_label(sentence, number.start):
            return None
        if _is_year(sentence, number):
            decade = sentence[number.end : number.end + 1] == "s"
            return _Reading("year", number.start, number.end + decade, value, value + 9 * decade)
        if counted is None and _precedes_label(sentence, number.end):
            return None
    low, high = _bounds(value, qualifier)
    return _Reading("quantity", start, end, low, high, unit, counted, per, qualifier, number.scale)


def _whole(sentence: str, part: Number, following: list[Number]) -> tuple[Number, _Reading] | None:
    """The whole a count is a part of: "five of Creighton's first eight points" -> eight
    points, "three of the 12 plants", "two out of three voters"."""
    whole = next((n for n in following if not n.ordinal), None)
    if whole is None or not PART_OF.fullmatch(sentence, part.end, whole.start):
        return None
    reading = _read(sentence, whole)
    return (whole, reading) if reading is not None and reading.kind == "quantity" else None


def _part_of(part: _Reading, whole: _Reading) -> _Reading:
    """A part of a whole counts the whole's noun but is no count of it: "five of the first
    eight points" is not "five points" and never the same measure as "11 points". The whole
    goes into `per` (a part of N is a proportion: 5 per 8), so only another part of the same
    whole compares with it; it is no value of its own, as "the first eight points" counts a
    stretch of the game, not anyone's total."""
    assert whole.low is not None
    return _Reading(
        part.kind,
        part.start,
        max(part.end, whole.end),
        part.low,
        part.high,
        unit=whole.unit,
        counted=whole.counted or part.counted,
        per=_figure(whole.low)
        if whole.low == whole.high
        else f"{_figure(whole.low)}-{_figure(whole.high)}",
        qualifier=part.qualifier,
        scale=part.scale,
    )


def _figure(number: float | None) -> str:
    """12000.0 -> "12,000", 2.5 -> "2.5": a whole as a reader writes it."""
    if number is None:
        return ""
    return f"{int(number):,}" if number == int(number) else f"{number:,}"


def _as_change(sentence: str, reading: _Reading) -> _Reading:
    """ "rose 5 percent", "fell by 10 to 15 percent": a signed change rather than a level."""
    change = CHANGE_BEFORE.search(sentence[: reading.start][-30:])
    if change is None or reading.unit not in ("percent", "percentage point"):
        return reading
    sign = -1.0 if FALLING.match(change.group("verb").lower()) else 1.0
    low, high = _signed(reading.low, reading.high, sign)
    return replace(reading, kind="change", low=low, high=high)


def _year_iso(reading: _Reading) -> str | None:
    """ISO year of a plain year ("2016"); None for decades ("1990s") and other kinds."""
    if reading.kind != "year" or reading.low != reading.high or reading.low is None:
        return None
    return str(int(reading.low))


def _is_year(sentence: str, number: Number) -> bool:
    text = sentence[number.start : number.end]
    return len(text) == 4 and text.isdigit() and 1000 <= number.value <= 2099


def _signed(
    low: float | None, high: float | None, sign: float
) -> tuple[float | None, float | None]:
    if sign > 0:
        return low, high
    return (-high if high is not None else None), (-low if low is not None else None)


def _precedes_label(sentence: str, end: int) -> bool:
    """A number right before a capitalised singular word: "6 Plus", "737 MAX"."""
    following = LABEL_WORD_AFTER.match(sentence, end)
    return following is not None and not is_plural_noun(following.group(1).lower())


def _follows_label(sentence: str, at: int) -> bool:
    """A number right after a capitalised word: "Boeing 737", "Section 230", "iPhone 6"."""
    previous = LABEL_WORD_BEFORE.search(sentence[:at])
    if previous is None:
        return False
    at_sentence_start = not sentence[: previous.start()].strip(" \"“‘'(")
    return not at_sentence_start and previous.group(1) not in MONTH_NAMES


LABEL_WORD_AFTER = re.compile(r" ([A-Z][\w'’-]*)")
LABEL_WORD_BEFORE = re.compile(r"([\w'’-]*[A-Z][\w'’-]*)\s$")
MONTH_NAMES = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
}  # fmt: skip


def _bounds(value: float, qualifier: str | None) -> tuple[float | None, float | None]:
    if qualifier is None:
        return value, value
    low_factor, high_factor = QUALIFIER_BOUNDS[qualifier]
    low = value * low_factor if low_factor is not None else None
    high = value * high_factor if high_factor is not None else None
    return low, high


def _joined(sentence: str, first: _Reading, second: _Reading) -> bool:
    """True when two readings form one range: "15 to 25 percent", "between $300 and $500"."""
    if first.kind != second.kind or first.kind not in ("quantity", "time", "age"):
        return False
    factor = second.scale if first.scale == 1.0 else 1.0
    if first.low is not None and second.high is not None and first.low * factor > second.high:
        return False  # "3-2": a score, not a range
    gap = sentence[first.end : second.start]
    join = RANGE_JOIN.fullmatch(gap) if len(gap) < 12 else None
    if join is None:
        return False
    word = gap.strip().split()[0].lower() if gap.strip() else ""
    if word == "and" and not BETWEEN_BEFORE.search(sentence[: first.start][-12:]):
        return False
    # "fell from about 40 to just 15" is a change between two figures, not a range.
    return not (
        FROM_BEFORE.search(sentence[: first.start][-8:]) and CHANGE_IN_SENTENCE.search(sentence)
    )


def _range(first: _Reading, second: _Reading) -> _Reading:
    # "between $140 and $150 million": the scale word of the second figure covers both.
    factor = second.scale if first.scale == 1.0 else 1.0
    return _Reading(
        first.kind,
        first.start,
        second.end,
        first.low * factor if first.low is not None else None,
        second.high,
        second.unit or first.unit,
        second.counted or first.counted,
        second.per or first.per,
        first.qualifier or second.qualifier,
    )


def numeric_values(sentence: str, offset: int, taken: list[tuple[int, int]]) -> list[Value]:
    """Values of one sentence (`offset` = its start in the article), outside `taken` spans."""
    values: list[Value] = []
    spans: list[tuple[int, int]] = list(taken)
    for clock in CLOCK.finditer(sentence):
        if not _inside(*clock.span(), spans):
            hour = int(clock.group(1)) + int(clock.group(2) or clock.group(3)) / 60
            ampm = TIME_OF_DAY.match(sentence, clock.end())
            end = clock.end()
            if ampm:
                end = ampm.end()
                if (ampm.group(1) or ampm.group(2) or "").lower() == "p" and hour < 12:
                    hour += 12
            values.append(_value(sentence, offset, "time", clock.start(), end, low=hour, high=hour))
            spans.append((clock.start(), end))
    values += _special_values(sentence, offset, spans)
    readings: list[_Reading] = []
    numbers = find_numbers_in(sentence, spans)
    wholes: set[int] = set()  # numbers read as the whole of a part: inside that part's value
    for position, number in enumerate(numbers):
        reading = _read(sentence, number)
        if reading is None or position in wholes or _inside(reading.start, reading.end, spans):
            continue
        whole = _whole(sentence, number, numbers[position + 1 :])
        if whole is not None and reading.kind == "quantity" and reading.unit is None:
            reading = _part_of(reading, whole[1])
            wholes.add(numbers.index(whole[0]))
        if readings and _joined(sentence, readings[-1], reading):
            readings[-1] = _range(readings[-1], reading)
            continue
        readings.append(reading)
    for reading in readings:
        if reading.kind == "quantity":
            reading = _as_change(sentence, reading)
        values.append(
            _value(
                sentence,
                offset,
                reading.kind,
                reading.start,
                reading.end,
                low=reading.low,
                high=reading.high,
                unit=reading.unit,
                counted=reading.counted,
                per=reading.per,
                qualifier=reading.qualifier,
                date=_year_iso(reading),
            )
        )
    values.sort(key=lambda v: v.start)
    return values


def _special_values(sentence: str, offset: int, spans: list[tuple[int, int]]) -> list[Value]:
    """Vague magnitudes, multiplier verbs and fractional changes; their spans join `spans`."""
    values: list[Value] = []
    for match in FRACTION_CHANGE.finditer(sentence):
        words = re.split(r"[\s-]", match.group("frac").lower())
        fraction = FRACTIONS[words[-1]] * (SMALL_COUNTS.get(words[0], 1) if len(words) > 1 else 1)
        sign = -1.0 if FALLING.match(match.group("verb").lower()) else 1.0
        start = match.start("frac")
        values.append(
            _value(
                sentence,
                offset,
                "change",
                start,
                match.end(),
                low=sign * fraction,
                high=sign * fraction,
                unit="fraction",
            )
        )
        spans.append((start, match.end()))
    for match in MULTIPLIER_WORDS.finditer(sentence):
        factor = (2.0, 3.0, 4.0, 0.5, 2.0)[match.lastindex - 1 if match.lastindex else 0]
        values.append(
            _value(
                sentence, offset, "multiplier", match.start(), match.end(), low=factor, high=factor
            )
        )
        spans.append(match.span())
    for match in VAGUE.finditer(sentence):
        if _inside(*match.span(), spans):
            continue
        low, high, kind = _vague_bounds(match)
        counted, end = _counted(sentence, match.end())
        if match.group("several") and counted is None:
            continue  # "several times", "several of them": too vague to check
        unit = None
        if counted is None and (adjective := CURRENCY_ADJECTIVE.match(sentence, match.end())):
            counted, end = adjective.group(1).lower(), adjective.end()  # "multibillion-dollar"
        if counted in CURRENCY_WORDS:
            unit, counted = CURRENCY_WORDS[counted], None
        elif counted in MEASURE_UNITS:
            unit, counted = counted, None
        per, rate_end = _rate(sentence, end)
        values.append(
            _value(
                sentence,
                offset,
                kind,
                match.start(),
                max(end, rate_end),
                low=low,
                high=high,
                unit=unit,
                counted=counted,
                per=per,
            )
        )
        spans.append((match.start(), max(end, rate_end)))
    return values


def _vague_bounds(match: re.Match[str]) -> tuple[float | None, float | None, str]:
    if match.group("tens"):
        scale = PLURAL_MAGNITUDES[match.group("scale").lower()][0] / 2
        factor = 10.0 if match.group("tens").lower() == "tens" else 100.0
        return 2 * factor * scale, 10 * factor * scale - 1, "magnitude"
    if match.group("plural"):
        low, high = PLURAL_MAGNITUDES[match.group("plural").lower()]
        return low, high, "magnitude"
    if match.group("multi"):
        # "a multimillion-dollar suit": several millions up to hundreds of millions.
        scale = SCALES[match.group("multi").lower().rsplit("multi", 1)[1].strip(" -")]
        return 2 * scale, 1000 * scale - 1, "magnitude"
    if match.group("scores"):
        return 40.0, 199.0, "magnitude"
    if match.group("handful") or match.group("several"):
        return 3.0, 9.0, "magnitude"
    if match.group("open"):
        return OPEN_MAGNITUDE_FLOOR, None, "magnitude"
    if match.group("dozen"):
        count = 6.0 if match.group("dozen").lower().startswith("half") else 12.0
        return count, count, "quantity"
    half = 0.5 * SCALES[match.group("half").lower()]
    return half, half, "quantity"


def _value(
    sentence: str,
    offset: int,
    kind: str,
    start: int,
    end: int,
    **fields: float | str | None,
) -> Value:
    return Value.model_validate(
        {
            "kind": kind,
            "surface": sentence[start:end],
            "start": offset + start,
            "end": offset + end,
            **fields,
        }
    )
