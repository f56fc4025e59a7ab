"""Publication dates from metadata values and date lines, as ISO 8601 dates."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

_SPACED_TIME = re.compile(r"(\d)\s*:\s*(\d\d)")
_SPACED_MERIDIEM = re.compile(r"\b([ap])\.\s*m\.?", re.IGNORECASE)
_STAMP_PREFIX = re.compile(
    r"^\s*(first |last )?(published|updated|posted|modified|created|date)( on| at)?\s*:?\s*",
    re.IGNORECASE,
)


_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = "(?P<month>" + "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
# The two ways news sites write a full date in words: "May 2, 2013" and "2 May 2013".
_WRITTEN_DATES = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
]
_ISO_DATE = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_HAS_YEAR = re.compile(r"\b\d{4}\b|\b\d{1,2}\s*[/.]\s*\d{1,2}\s*[/.]\s*\d{2}\b")
_DATEPARSER_SETTINGS: dict[str, Any] = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def iso_date(value: str) -> str | None:
    """ISO 8601 date ("2024-03-05") of a date written any common way, or None if not a full date.

    Datetimes keep only the date: the local time of publication is rarely reliable.
    """
    text = value.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    if (written := _written_date(text)) is not None:
        return written
    if not _HAS_YEAR.search(text):
        return None  # relative ("5 hours ago") or partial ("March 5"): no reliable date
    # A date line may carry two stamps ("Published ... | Updated ..."): the first one counts.
    first = _STAMP_PREFIX.sub("", re.split(r"\s[|•·]\s", text)[0])
    first = _SPACED_MERIDIEM.sub(r"\1m", _SPACED_TIME.sub(r"\1:\2", first))
    import dateparser  # slow to import and to run; only for dates the patterns miss

    try:
        parsed: datetime | None = dateparser.parse(
            first, languages=["en"], settings=_DATEPARSER_SETTINGS
        )
    except (ValueError, OverflowError):
        return None
    if parsed is None or not date(1800, 1, 1) <= parsed.date() <= date(2200, 1, 1):
        return None
    found: date = parsed.date()
    return found.isoformat()


def _written_date(text: str) -> str | None:
    """The first "2013-05-02", "May 2, 2013" or "2 May 2013" in `text`, if a valid date."""
    candidates = [p.search(text) for p in (_ISO_DATE, *_WRITTEN_DATES)]
    found = [m for m in candidates if m is not None]
    if not found:
        return None
    match = min(found, key=lambda m: m.start())
    month = match.group("month")
    number = int(month) if month.isdigit() else _MONTH_NUMBERS[month.casefold()]
    try:
        return date(int(match.group("year")), number, int(match.group("day"))).isoformat()
    except ValueError:
        return None
