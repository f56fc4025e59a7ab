"""Value comparison: equal figures however written are the same; incompatible ones conflict."""

from __future__ import annotations

from typing import Any

import pytest

from firsthand.align.values import Relation, compare, conflict_kind, shown
from firsthand.model import Value


def value(surface: str, kind: str = "quantity", **fields: Any) -> Value:
    return Value(kind=kind, surface=surface, start=0, end=len(surface), **fields)  # type: ignore[arg-type]


SAME: list[tuple[Value, Value]] = [
    (value("24", low=24, high=24), value("twenty-four", low=24, high=24)),
    (
        value("$300 to $500", low=300, high=500, unit="USD"),
        value("three hundred to five hundred dollars", low=300, high=500, unit="USD"),
    ),
    (
        value("more than 7,000", low=7000, qualifier="more than"),
        value("over 7,000", low=7000, qualifier="over"),
    ),
    (value("2016", kind="year", date="2016"), value("in 2016", kind="year", date="2016")),
]


@pytest.mark.parametrize(("first", "second"), SAME)
def test_equal_values_however_written_are_the_same(first: Value, second: Value) -> None:
    assert compare(first, second) == "same"


CASES: list[tuple[Value, Value, Relation]] = [
    # Open and approximate intervals: only figures no reading reconciles conflict.
    (
        value("over 9,000", low=9000, qualifier="over"),
        value("about 2,000", low=1800, high=2200, qualifier="about"),
        "conflict",
    ),
    (
        value("over 7,000", low=7000, qualifier="over"),
        value("7,500", low=7500, high=7500),
        "compatible",
    ),
    (value("7,000", low=7000, high=7000), value("7,200", low=7200, high=7200), "compatible"),
    (value("24", low=24, high=24), value("25", low=25, high=25), "conflict"),
    (
        value("nearly 500", low=450, high=500, qualifier="nearly"),
        value("480", low=480, high=480),
        "compatible",
    ),
    (
        value("up to 300", high=300, qualifier="up to"),
        value("250", low=250, high=250),
        "compatible",
    ),
    # Units must match before figures are compared at all.
    (
        value("$5", low=5, high=5, unit="USD"),
        value("5 %", low=5, high=5, unit="percent"),
        "incomparable",
    ),
    # One figure given another period: a drift; two figures for two periods may both be right.
    (
        value("$2 million a day", low=2e6, high=2e6, unit="USD", per="day"),
        value("$2million-a-year", low=2e6, high=2e6, unit="USD", per="year"),
        "conflict",
    ),
    (
        value("$2 million a day", low=2e6, high=2e6, unit="USD", per="day"),
        value("$730 million a year", low=7.3e8, high=7.3e8, unit="USD", per="year"),
        "incomparable",
    ),
    # Vague amounts: far apart by a factor of two or more.
    (
        value("dozens", kind="magnitude", low=24, high=99),
        value("4,500", low=4500, high=4500),
        "conflict",
    ),
    (
        value("dozens", kind="magnitude", low=24, high=99),
        value("thousands", kind="magnitude", low=2000, high=9999),
        "conflict",
    ),
    (
        value("hundreds", kind="magnitude", low=200, high=999),
        value("1,200", low=1200, high=1200),
        "compatible",
    ),
    # Dates: a year is compatible with a day inside it.
    (
        value("2016", kind="year", date="2016"),
        value("March 3, 2016", kind="date", date="2016-03-03"),
        "compatible",
    ),
    (value("2019", kind="year", date="2019"), value("2017", kind="year", date="2017"), "conflict"),
    (
        value("last year", kind="year", relative=True),
        value("2017", kind="year", date="2017"),
        "incomparable",
    ),
    (value("2019", kind="year", date="2019"), value("19", low=19, high=19), "incomparable"),
]


@pytest.mark.parametrize(("first", "second", "expected"), CASES)
def test_relation(first: Value, second: Value, expected: Relation) -> None:
    assert compare(first, second) == expected
    assert compare(second, first) == expected


def test_conflict_kind_names_dates_and_vague_amounts() -> None:
    assert (
        conflict_kind(
            value("2019", kind="year", date="2019"), value("2017", kind="year", date="2017")
        )
        == "date"
    )
    assert (
        conflict_kind(
            value("dozens", kind="magnitude", low=24, high=99), value("4,500", low=4500, high=4500)
        )
        == "magnitude"
    )


def test_shown_value_keeps_the_surface_and_adds_the_reading() -> None:
    assert shown(value("24", low=24, high=24)) == "24"
    over = value("more than 7,000", low=7000, qualifier="more than", counted="workers")
    assert shown(over) == "more than 7,000 [>7,000 workers]"
    about = value("about 2,000", low=1800, high=2200, qualifier="about")
    assert shown(about) == "about 2,000 [~2,000]"


def test_a_bare_figure_with_a_qualifier_reads_like_stated_bounds() -> None:
    bare = value("over 9,000", low=9000, high=9000, qualifier="over")
    assert compare(bare, value("over 9,000", low=9000, qualifier="over")) == "compatible"
    assert compare(bare, value("12,000", low=12000, high=12000)) == "compatible"


def test_dates_resolved_from_weekdays_or_last_year_never_conflict() -> None:
    thursday = value("Thursday", kind="date", date="2025-03-06")
    wednesday = value("Wednesday", kind="date", date="2025-03-05")
    assert compare(thursday, wednesday) == "incomparable"
    last_year = value("last year", kind="year", date="2024")
    assert compare(last_year, value("2019", kind="year", date="2019")) == "incomparable"
    assert compare(last_year, value("in 2024", kind="year", date="2024")) == "same"
