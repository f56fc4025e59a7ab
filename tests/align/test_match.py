"""The 'same statement' bar of align's judge: weak shared values and merely overlapping figures.

Cosines are given, not computed, so each test pins one rule at one side of its bar.
"""

from __future__ import annotations

from typing import Any

from firsthand.align.match import SAME_SLOT, SAME_WITH_VALUES, SAME_WITH_WEAK_VALUES, judge
from firsthand.model import Mention
from tests.align._build import article, mention

BETWEEN_WEAK_BARS = (SAME_WITH_VALUES + SAME_WITH_WEAK_VALUES) / 2
BETWEEN_SLOT_BARS = (SAME_WITH_VALUES + SAME_SLOT) / 2


def _pair(
    first: tuple[str, list[tuple[str, dict[str, Any]]]],
    second: tuple[str, list[tuple[str, dict[str, Any]]]],
) -> tuple[Mention, Mention]:
    """Two mentions of two outlets' articles, each one sentence with its typed values."""
    one, other = article("a", "Herald", first[0]), article("b", "Ledger", second[0])
    return mention(one, first[0], first[1]), mention(other, second[0], second[1])


def _year(year: int) -> dict[str, Any]:
    return {"kind": "year", "low": year, "high": year, "date": str(year)}


def test_a_shared_year_with_a_low_cosine_is_not_the_same_statement() -> None:
    pair = _pair(
        ("The president delayed certifying the deal signed in 2015.", [("2015", _year(2015))]),
        ("The deal agreed in 2015 required Iran to cut its stockpile.", [("2015", _year(2015))]),
    )
    assert judge(*pair, BETWEEN_WEAK_BARS).same is None
    assert judge(*pair, SAME_WITH_WEAK_VALUES).same is not None


def test_a_small_bare_count_or_a_weekday_alone_is_weak_evidence() -> None:
    countries = {"kind": "quantity", "low": 2, "high": 2, "counted": "countries"}
    sunday = {"kind": "date", "date": "2016-06-12", "relative": True}
    pair = _pair(
        (
            "The minister warned the two countries on Sunday.",
            [("two", countries), ("Sunday", sunday)],
        ),
        ("Tariffs on the two countries rose on Sunday.", [("two", countries), ("Sunday", sunday)]),
    )
    assert judge(*pair, BETWEEN_WEAK_BARS).same is None


def test_a_clock_time_or_a_large_count_keeps_the_lower_bar() -> None:
    time = {"kind": "time", "low": 3.55, "high": 3.55}
    workers = {"kind": "quantity", "low": 24, "high": 24, "counted": "workers"}
    fire = _pair(
        ("The fire was reported at 3:33 a.m.", [("3:33 a.m.", time)]),
        ("Crews spotted flames at 3:33 a.m.", [("3:33 a.m.", time)]),
    )
    hurt = _pair(
        ("Twenty-four workers were hurt in the blast.", [("Twenty-four workers", workers)]),
        ("The explosion injured 24 workers.", [("24 workers", workers)]),
    )
    assert judge(*fire, BETWEEN_WEAK_BARS).same is not None
    assert judge(*hurt, BETWEEN_WEAK_BARS).same is not None


def test_figures_that_only_overlap_by_rounding_are_not_the_same_figure() -> None:
    yards = {"kind": "quantity", "unit": "yard"}
    pair = _pair(
        (
            "He caught a 7-yard pass before hurting his knee.",
            [("7-yard", {**yards, "low": 7, "high": 7})],
        ),
        (
            "He ran 10 yards before he bruised his leg.",
            [("10 yards", {**yards, "low": 10, "high": 10})],
        ),
    )
    assert judge(*pair, BETWEEN_SLOT_BARS).same is None
    assert judge(*pair, SAME_SLOT).same is not None


def test_a_vague_amount_against_a_range_is_not_the_same_figure() -> None:
    migrants = {"counted": "migrants"}
    pair = _pair(
        (
            "Hundreds of migrants will reach the border this week.",
            [("Hundreds of migrants", {**migrants, "kind": "magnitude", "low": 200, "high": 999})],
        ),
        (
            "Between 150 and 200 migrants plan to ask for asylum.",
            [("150 and 200 migrants", {**migrants, "kind": "quantity", "low": 150, "high": 200})],
        ),
    )
    assert judge(*pair, BETWEEN_SLOT_BARS).same is None
