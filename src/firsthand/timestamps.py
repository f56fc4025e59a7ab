"""Recognising a line that holds only a date or time ("Updated 4:08 p.m. ET, May 2, 2013").

Shared by ingest, which removes such lines as debris, and claims, which never takes one for a
statement: a dateline left in pasted text says when a page was stamped, not what happened.
"""

from __future__ import annotations

import re

TIMESTAMP_MAX_CHARS = 100


def vocabulary(*chunks: str) -> frozenset[str]:
    """A word set from space-separated chunks (ingest's line rules build theirs the same way)."""
    return frozenset(" ".join(chunks).split())


MONTHS = vocabulary(
    "january february march april may june july august september october november december",
    "jan feb mar apr jun jul aug sep sept oct nov dec",
)
WEEKDAYS = vocabulary(
    "monday tuesday wednesday thursday friday saturday sunday",
    "mon tue tues wed thu thur thurs fri sat sun",
)
_STAMP_WORDS = (
    MONTHS
    | WEEKDAYS
    | vocabulary(
        "published updated posted first last modified created date on at am pm a p m ago",
        "hour hours hr hrs minute minutes min mins day days week weeks month months year years",
        "just now today yesterday and",
    )
)
_DIGIT = re.compile(r"\d")
_TIME_ZONE = re.compile(r"^([A-Z]{1,4}T|UTC|Z)$")
_STAMP_SEPARATOR = re.compile(r"[\s,:/|@()\[\].\-–—]+")
_NUMERIC_DATE_OR_TIME = re.compile(r"\d{1,2}\s*:\s*\d{2}|\d{1,4}\s*[/.-]\s*\d{1,2}")
_NUMBERISH = re.compile(r"^\d{1,4}(st|nd|rd|th|h|am|pm)?$", re.IGNORECASE)


def is_timestamp(line: str) -> bool:
    """A line holding only a publication date or time: "Updated 4:08 p.m. ET, May 2, 2013"."""
    if len(line) > TIMESTAMP_MAX_CHARS or not _DIGIT.search(line):
        return False
    tokens = [t for t in _STAMP_SEPARATOR.split(line) if t]
    if not tokens:
        return False
    has_date = False
    for token in tokens:
        lowered = token.casefold()
        if _NUMBERISH.match(token):
            continue
        if lowered in _STAMP_WORDS:
            has_date = has_date or lowered in MONTHS or lowered == "ago"
            continue
        if not _TIME_ZONE.match(token):
            return False
    return has_date or bool(_NUMERIC_DATE_OR_TIME.search(line))
