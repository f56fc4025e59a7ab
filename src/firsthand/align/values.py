"""Comparison of typed values: the hard evidence for "same figure" and "cannot both be true".

Quantities and vague amounts compare as intervals. A qualifier widens or opens the interval
("over 7,000" is 7,000..inf, "about 2,000" is 2,000 +-20 %), and a bare round figure keeps its
rounding ("7,000" is 6,500..7,500), so only figures that no reasonable reading reconciles are
called a conflict. Dates compare by their ISO prefix ("2016" is compatible with "2016-03-03").
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from firsthand.model import Value

Relation = Literal["same", "compatible", "conflict", "incomparable"]
"""same: equal after normalisation; compatible: both can be true; conflict: they cannot."""

Slot = Literal["amount", "date", "other"]

# Qualifier classes, matched on the normalised qualifier text the claims stage records.
_LOWER_BOUND = (
    "over",
    "more than",
    "above",
    "exceed",
    "upward",
    "in excess",
    "at least",
    "no fewer",
    "no less",
    "greater than",
    "higher than",
    "plus",
)
_UPPER_BOUND = (
    "under",
    "less than",
    "fewer than",
    "below",
    "up to",
    "as many as",
    "as much as",
    "at most",
    "no more",
    "maximum",
    "lower than",
)
_NEARLY = ("nearly", "almost", "close to", "just under", "just shy", "approaching")
_APPROXIMATE = (
    "about",
    "around",
    "approx",
    "roughly",
    "some",
    "estimated",
    "circa",
    "or so",
    "more or less",
    "an estimated",
    "reportedly",
    "~",
)
APPROXIMATE_SLACK = 0.1
"""'about X' gets this much beyond its stated bounds: news rounding is loose."""
MAGNITUDE_GAP = 2.0
"""A vague amount contradicts another amount only when the two are this factor apart."""


@dataclass(frozen=True)
class Interval:
    low: float
    high: float


def qualifier_class(qualifier: str | None) -> str:
    """'over', 'under', 'nearly', 'about' or 'exact' for the qualifier text of a value."""
    if not qualifier:
        return "exact"
    text = qualifier.lower().strip()
    for name, cues in (
        ("nearly", _NEARLY),
        ("over", _LOWER_BOUND),
        ("under", _UPPER_BOUND),
        ("about", _APPROXIMATE),
    ):
        if any(cue in text for cue in cues):
            return name
    return "exact"


def slot(value: Value) -> Slot:
    """Which values can be compared at all: amounts with amounts, dates with dates."""
    if value.kind in ("quantity", "magnitude"):
        return "amount"
    if value.kind in ("year", "date"):
        return "date"
    return "other"


def counted_stem(value: Value) -> str | None:
    """What a figure counts, reduced to a crude singular head noun ('Workers' -> 'worker')."""
    if not value.counted:
        return None
    head = value.counted.lower().split()[-1].strip(".,;:")
    for suffix in ("ies", "es", "s"):
        if head.endswith(suffix) and len(head) > len(suffix) + 2:
            return head[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return head


def _rounding(number: float) -> float:
    """Half the place of the last non-zero digit of a round integer: 7,000 -> 500, 24 -> 0."""
    if number != int(number) or number == 0:
        return 0.0
    place = 1
    integer = abs(int(number))
    while integer % (place * 10) == 0:
        place *= 10
    return place / 2 if place >= 10 else 0.0


def _bounds(value: Value) -> tuple[float, float] | None:
    """Stated bounds with an open side as infinity; None when the value has no numbers."""
    if value.low is None and value.high is None:
        return None
    low = -math.inf if value.low is None else value.low
    high = math.inf if value.high is None else value.high
    qualifier = qualifier_class(value.qualifier)
    # The claims stage already opens or widens bounds for a qualifier; a bare figure with a
    # qualifier (low == high) is opened here so both encodings read the same.
    if qualifier == "over" and high == low:
        high = math.inf
    if qualifier == "under" and high == low:
        low = -math.inf
    return low, high


def interval(value: Value) -> Interval | None:
    """What the value allows, or None when it carries no numbers to compare."""
    bounds = _bounds(value)
    if bounds is None:
        return None
    low, high = bounds
    if value.kind == "magnitude":
        return Interval(low, high)
    if qualifier_class(value.qualifier) in ("about", "nearly"):
        return Interval(low * (1 - APPROXIMATE_SLACK), high * (1 + APPROXIMATE_SLACK))
    if low == high:
        return Interval(low - _rounding(low), high + _rounding(high))
    return Interval(low, high)


def _same_units(a: Value, b: Value) -> bool:
    return (a.unit or "").lower() == (b.unit or "").lower() and (a.per or "") == (b.per or "")


def _rate_changed(a: Value, b: Value) -> bool:
    """One figure, its period changed: '$2 million a day' retold as '$2 million a year'. (Two
    different figures per day and per year can both be right.)"""
    return (
        (a.unit or "").lower() == (b.unit or "").lower()
        and a.per is not None
        and b.per is not None
        and a.per != b.per
        and (a.low, a.high) == (b.low, b.high)
        and a.low is not None
    )


def counted_compatible(a: Value, b: Value) -> bool:
    """Both count the same thing, or one of them does not say what it counts."""
    first, second = counted_stem(a), counted_stem(b)
    return first is None or second is None or first == second


def _compare_amounts(a: Value, b: Value) -> Relation:
    if not _same_units(a, b):
        if _rate_changed(a, b):
            return "conflict"
        return "incomparable"
    first, second = interval(a), interval(b)
    if first is None or second is None:
        return "incomparable"
    if (
        a.kind == b.kind
        and a.low == b.low
        and a.high == b.high
        and qualifier_class(a.qualifier) == qualifier_class(b.qualifier)
    ):
        return "same"
    if "magnitude" in (a.kind, b.kind):
        apart = _gap_factor(first, second) >= MAGNITUDE_GAP
    else:
        apart = min(first.high, second.high) < max(first.low, second.low)
    if apart:
        return "conflict"
    # A bare figure that falls inside what another counts is chance, not agreement: the
    # magnitude '6.1' of a quake and 'at least five people' it killed.
    return "compatible" if _says_what(a) == _says_what(b) else "incomparable"


def _says_what(value: Value) -> bool:
    """The figure names its unit or what it counts."""
    return value.unit is not None or counted_stem(value) is not None


def _gap_factor(first: Interval, second: Interval) -> float:
    """How many times larger the upper interval starts than the lower one ends (1: overlap)."""
    lower, upper = (first, second) if first.high <= second.high else (second, first)
    if upper.low <= lower.high:
        return 1.0
    return math.inf if lower.high <= 0 else upper.low / lower.high


def _written_out(value: Value) -> bool:
    """A date given in figures ('2019', 'March 3'), not resolved from 'Thursday' or 'last year'.

    Resolving those depends on each article's own publication date, so two articles can turn
    the same day into two dates: never evidence of a conflict.
    """
    return not value.relative and any(char.isdigit() for char in value.surface)


def _compare_dates(a: Value, b: Value) -> Relation:
    if not a.date or not b.date:
        return "incomparable"
    if a.date == b.date:
        return "same"
    if not (_written_out(a) and _written_out(b)):
        return "incomparable"
    if a.date == b.date:
        return "same"
    if a.date.startswith(b.date) or b.date.startswith(a.date):
        return "compatible"
    return "conflict"


def compare(a: Value, b: Value) -> Relation:
    """How two values of mentions about the same thing relate."""
    if slot(a) != slot(b):
        return "incomparable"
    if slot(a) == "amount":
        return _compare_amounts(a, b)
    if slot(a) == "date":
        return _compare_dates(a, b)
    if a.kind != b.kind or not _same_units(a, b) or a.low is None or b.low is None:
        return "incomparable"
    return "same" if (a.low, a.high) == (b.low, b.high) else "conflict"


def conflict_kind(a: Value, b: Value) -> Literal["value", "date", "magnitude"]:
    """The conflict kind a journalist would name for two contradicting values."""
    if slot(a) == "date" or "time" in (a.kind, b.kind):
        return "date"
    if "magnitude" in (a.kind, b.kind):
        return "magnitude"
    return "value"


def _number(number: float) -> str:
    rounded = round(number, 6)
    if rounded == int(rounded):
        return f"{int(rounded):,}"
    return f"{rounded:,.2f}".rstrip("0").rstrip(".")


def normalised(value: Value) -> str:
    """The value as compared, for brackets after the surface text: '[>7,000 workers]'."""
    bounds = _bounds(value)
    if slot(value) == "date" or bounds is None:
        return value.date or value.surface
    low, high = bounds
    qualifier = qualifier_class(value.qualifier)
    if value.kind == "magnitude":
        figure = f"~{_number(low)}-{_number(high)}"
    elif qualifier == "over" or math.isinf(high):
        figure = f">{_number(low)}"
    elif qualifier == "under" or math.isinf(low):
        figure = f"<={_number(high)}"
    elif qualifier == "about":
        figure = f"~{_number((low + high) / 2)}"
    elif qualifier == "nearly":
        figure = f"nearly {_number(high)}"
    else:
        figure = _number(low) if low == high else f"{_number(low)}-{_number(high)}"
    extras = [part for part in (value.unit, value.counted) if part]
    if value.per:
        extras.append(f"per {value.per}")
    return " ".join([figure, *extras])


def shown(value: Value) -> str:
    """Surface text, with the normalised reading in brackets when it adds something."""
    reading = normalised(value)
    if reading.replace(",", "") in value.surface.replace(",", ""):
        return value.surface
    return f"{value.surface} [{reading}]"
