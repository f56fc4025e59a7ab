"""Ages given one person across a story (firsthand.align.ages)."""

from __future__ import annotations

from datetime import date

from firsthand.align.ages import age_disagreements
from firsthand.model import Mention
from tests.align._build import article, mention

FIRST = article("a", "Daily One", "Dana Reyes, 34, was arrested on Monday.")
SECOND = article("b", "Daily Two", "Police charged 35-year-old Dana Reyes with theft.")


def _mentions() -> list[Mention]:
    return [
        mention(FIRST, FIRST.text, values=[("34", {"kind": "age", "low": 34, "high": 34})]),
        mention(
            SECOND,
            SECOND.text,
            values=[("35-year-old", {"kind": "age", "low": 35, "high": 35})],
        ),
    ]


def test_two_ages_for_one_name_disagree() -> None:
    [(person, sides)] = age_disagreements(_mentions(), {})
    assert person == "Dana Reyes"
    assert sorted(age for age, _ in sides) == [34, 35]


def test_reports_months_apart_may_straddle_a_birthday() -> None:
    published = {"a": date(2014, 1, 5), "b": date(2014, 9, 30)}
    assert age_disagreements(_mentions(), published) == []
    published["b"] = date(2014, 1, 6)
    assert len(age_disagreements(_mentions(), published)) == 1
