"""Calendar dates and relative dates in one sentence, resolved against the publication date.

Absolute dates ("March 3, 2016", "3 March", "June 2015") are read by regex; relative ones
("yesterday", "on Tuesday", "two weeks ago", "last year", "this June") are resolved with
dateparser on the short span only, with the article's publication date as RELATIVE_BASE.
Without a publication date a relative date is kept as `relative=True` with no `date`: never
guessed. Plain years ("in 2016") are read with the other numbers in `values.py`.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from firsthand.model import Value

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Month and weekday names only when capitalised: "may" and "march" are also verbs.
FULL_MONTH = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
MONTH = rf"(?:{FULL_MONTH}|(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d)"
COUNT = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)"

DATE_PATTERN = re.compile(
    rf"\b(?:(?P<md_month>{MONTH})\s+(?P<md_day>{DAY})(?!\d)(?:,?\s+(?P<md_year>{YEAR}))?"
    rf"|(?P<dm_day>{DAY})\s+(?:of\s+)?(?P<dm_month>{MONTH})(?:,?\s+(?P<dm_year>{YEAR}))?"
    rf"|(?P<my_month>{MONTH}),?\s+(?P<my_year>{YEAR})"
    rf"|(?P<iso>{YEAR}-[01]\d-[0-3]\d)"
    rf"|(?P<rel_month>(?:this|last|next|(?<=\b[Ii]n\s)|(?<=\b[Ss]ince\s)|(?<=\b[Uu]ntil\s)"
    rf"|(?<=\b[Bb]y\s)|(?<=\b[Ee]arly\s)|(?<=\b[Ll]ate\s)|(?<=\b[Mm]id-))\s*{FULL_MONTH})"
    rf"|(?P<relative>(?:(?:last|this|next|past|coming)\s+(?:{WEEKDAY}|week|weekend|month|year))"
    rf"|{WEEKDAY}|yesterday|today|tonight|tomorrow"
    rf"|(?:earlier|later)\s+this\s+(?:week|month|year)"
    rf"|{COUNT}\s+(?:days?|weeks?|months?|years?)\s+ago))(?![\w-])",
    re.IGNORECASE,
)
DATE_HINT = re.compile(
    rf"{MONTH}|{WEEKDAY}|\b(?:yesterday|today|tonight|tomorrow|ago|last|this|next|past|coming|"
    rf"earlier|later)\b|\d{{4}}-\d\d",
    re.IGNORECASE,
)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
PERIOD_FORMAT = {"day": "%Y-%m-%d", "week": "%G-W%V", "month": "%Y-%m", "year": "%Y"}


def publication_date(published: str | None) -> date | None:
    """The article's publication date from its ISO 8601 string, None when absent."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published[:10]).date()
    except ValueError as bad:
        raise ValueError(f"Article.published is not ISO 8601: {published!r}") from bad


def date_values(sentence: str, offset: int, base: date | None) -> list[Value]:
    """Dates of one sentence; `offset` is its start in the article text."""
    if not DATE_HINT.search(sentence):
        return []
    values: list[Value] = []
    for match in DATE_PATTERN.finditer(sentence):
        iso, relative, kind = _read(match.groupdict(), base)
        if iso is None and not relative:
            continue
        values.append(
            Value(
                kind=kind,
                surface=match.group(),
                start=offset + match.start(),
                end=offset + match.end(),
                date=iso,
                relative=relative,
            )
        )
    return values


def _read(groups: dict[str, str | None], base: date | None) -> tuple[str | None, bool, str]:
    """(ISO date or None, unresolved-relative flag, value kind) for one date match."""
    if groups["iso"]:
        return groups["iso"], False, "date"
    for prefix in ("md", "dm"):
        month_text = groups[f"{prefix}_month"]
        if month_text:
            month = MONTHS[month_text.rstrip(".").lower()]
            day = int(re.sub(r"\D", "", groups[f"{prefix}_day"] or ""))
            year_text = groups[f"{prefix}_year"]
            return _month_day(month, day, int(year_text) if year_text else None, base)
    if groups["my_month"] and groups["my_year"]:
        month = MONTHS[groups["my_month"].rstrip(".").lower()]
        return f"{groups['my_year']}-{month:02d}", False, "date"
    if groups["rel_month"]:
        return _relative_month(groups["rel_month"], base)
    phrase = (groups["relative"] or "").lower()
    if base is None:
        return None, True, "year" if phrase.endswith("year") else "date"
    if phrase in WEEKDAYS:
        # A bare weekday in news copy is the latest one on or before publication.
        back = (base.weekday() - WEEKDAYS.index(phrase)) % 7
        return (base - timedelta(days=back)).isoformat(), False, "date"
    resolved = _dateparser(phrase, base.isoformat())
    if resolved is None:
        return None, True, "date"
    return resolved, False, "year" if len(resolved) == 4 else "date"


def _month_day(
    month: int, day: int, year: int | None, base: date | None
) -> tuple[str | None, bool, str]:
    if year is not None:
        return _checked(year, month, day), False, "date"
    if base is None:
        return f"--{month:02d}-{day:02d}", True, "date"
    # No year: the year that puts the date nearest the publication date.
    candidates = [y for y in (base.year - 1, base.year, base.year + 1) if _valid(y, month, day)]
    if not candidates:
        return None, False, "date"
    nearest = min(candidates, key=lambda y: abs((date(y, month, day) - base).days))
    return date(nearest, month, day).isoformat(), False, "date"


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _checked(year: int, month: int, day: int) -> str | None:
    return date(year, month, day).isoformat() if _valid(year, month, day) else None


def _relative_month(phrase: str, base: date | None) -> tuple[str | None, bool, str]:
    """ "this June", "last March", "in May": a month whose year comes from the base date; a
    bare month is the one nearest the publication date."""
    if base is None:
        return None, True, "date"
    words = phrase.lower().split()
    month = MONTHS[words[-1]]
    year = base.year
    if words[0] == "last":
        year -= 1 if month >= base.month else 0
    elif words[0] == "next":
        year += 1 if month <= base.month else 0
    elif words[0] != "this":
        year = min(
            (base.year - 1, base.year, base.year + 1),
            key=lambda y: abs((y - base.year) * 12 + month - base.month),
        )
    return f"{year}-{month:02d}", False, "date"


@lru_cache(maxsize=4096)
def _dateparser(phrase: str, base_iso: str) -> str | None:
    from dateparser.date import DateDataParser

    base = datetime.fromisoformat(base_iso)
    future = phrase.startswith(("next", "coming", "tomorrow", "later"))
    parser = DateDataParser(
        languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future" if future else "past"},
    )
    data = parser.get_date_data(phrase)
    if data.date_obj is None:
        return None
    resolved: datetime = data.date_obj
    return resolved.strftime(PERIOD_FORMAT.get(data.period or "day", "%Y-%m-%d"))
