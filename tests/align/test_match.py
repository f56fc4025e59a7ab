"""The 'same statement' bar of align's judge: weak shared values and merely overlapping figures.

Cosines are given, not computed, so each test pins one rule at one side of its bar.
"""

from __future__ import annotations

from typing import Any

from firsthand.align.match import (
    SAME_SLOT,
    SAME_WITH_VALUES,
    SAME_WITH_WEAK_VALUES,
    candidate_pairs,
    judge,
)
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


QUOTED = "I can assure you that is not her Twitter account and I have had it suspended"


def _quoted(sentence: str, speaker: str, outlet: str) -> Mention:
    source = article(outlet, outlet, sentence)
    return mention(source, sentence, quote=QUOTED, speaker=speaker, kind="quote")


def test_the_same_quote_from_two_named_people_is_a_speaker_conflict() -> None:
    first = _quoted(f"“{QUOTED},” talent manager Jillian Neal told TheWrap.", "Jillian Neal", "a")
    second = _quoted(f"“{QUOTED},” Maria Lopez told reporters.", "Maria Lopez", "b")
    finding = judge(first, second, 0.9).finding
    assert finding is not None and finding.kind == "speaker"


def test_a_quote_given_to_an_owner_or_an_organisation_is_no_speaker_conflict() -> None:
    # FNC-1 test 1310: "A rep for Bonet tells Gossip Cop, “...”" (the rep speaks, not Bonet);
    # an organisation may speak through the person the other sentence names.
    first = _quoted(f"“{QUOTED},” talent manager Jillian Neal told TheWrap.", "Jillian Neal", "a")
    owner = _quoted(f"A rep for Bonet tells Gossip Cop, “{QUOTED}.”", "Lisa Bonet", "b")
    body = _quoted(f"The agency said: “{QUOTED}.”", "The Pentagon", "c")
    assert judge(first, owner, 0.9).finding is None
    assert judge(first, body, 0.9).finding is None


def _percent(number: float) -> dict[str, Any]:
    return {"kind": "change", "low": number, "high": number, "unit": "percent"}


def test_share_moves_during_trading_are_no_value_conflict() -> None:
    # Two reports of one morning's premarket move, written at different times.
    premarket = _pair(
        (
            "Shares of the company were up 5.1 percent at $37 in premarket trading on Monday.",
            [("5.1 percent", _percent(5.1))],
        ),
        (
            "Shares of the company rose almost 8 percent in premarket trading on Monday.",
            [("8 percent", _percent(8))],
        ),
    )
    assert judge(*premarket, 0.95).finding is None
    closing = _pair(
        ("Shares of the firm closed up 5.1 percent on Monday.", [("5.1 percent", _percent(5.1))]),
        ("Shares of the firm closed up 8 percent on Monday.", [("8 percent", _percent(8))]),
    )
    finding = judge(*closing, 0.95).finding
    assert finding is not None and finding.kind == "value"


def _age(years: int) -> dict[str, Any]:
    return {"kind": "age", "low": years, "high": years}


def test_two_ages_for_one_named_person_conflict_but_two_peoples_ages_do_not() -> None:
    # FNC-1 test 2231 and 290: "Igor Vorozhbitsyn, 41, was walking to his favourite fishing
    # spot ..." against "Igor Vorozhbitsyn, 42, was heading toward his favorite fishing spot".
    one_person = _pair(
        (
            "Russian man Igor Petrov, 41, was walking to his favourite fishing spot.",
            [("41", _age(41))],
        ),
        (
            "Igor Petrov, 42, was heading toward his favorite fishing spot in Yakutia.",
            [("42", _age(42))],
        ),
    )
    one_person[0].entities.append("Igor Petrov")
    one_person[1].entities.append("Igor Petrov")
    finding = judge(*one_person, 0.82).finding
    assert finding is not None and finding.kind == "value"
    two_people = _pair(
        ("Igor Petrov, 41, was walking to his fishing spot.", [("41", _age(41))]),
        ("Oleg Sidorov, 42, was walking to his fishing spot.", [("42", _age(42))]),
    )
    two_people[0].entities.append("Igor Petrov")
    two_people[1].entities.append("Oleg Sidorov")
    assert judge(*two_people, 0.9).finding is None
    # FNC-1 test 1257 and 1510: the age next to the nephew's name is his, not his aunt's.
    aunt_and_nephew = _pair(
        (
            "Xue Paan was babysitting her nephew, 3-year-old Qiang Qiang, at home.",
            [("3", _age(3))],
        ),
        ("Xue Paan, 37, was babysitting her nephew Qiang Qiang at home.", [("37", _age(37))]),
    )
    aunt_and_nephew[0].entities.extend(["Xue Paan", "Qiang Qiang"])
    aunt_and_nephew[1].entities.extend(["Xue Paan", "Qiang Qiang"])
    assert judge(*aunt_and_nephew, 0.9).finding is None


def test_a_denial_meets_the_sentences_it_denies_however_common_their_words() -> None:
    # In a story about an airline segregating passengers, 'segregate' and 'passengers' are in
    # every other sentence, too common to block on; the denial is still compared with them.
    filler = [
        f"Passengers on flight {n} complained as the airline weighed plans to segregate them."
        for n in range(40)
    ]
    stated = "The airline is planning on segregating passengers after complaints."
    denying = "A marketing manager for the airline is denying their plans to segregate passengers."
    source = article("a", "Herald", " ".join([*filler, stated]))
    other = article("b", "Ledger", denying)
    mentions = [mention(source, sentence) for sentence in [*filler, stated]]
    mentions.append(mention(other, denying))
    assert (len(filler), len(filler) + 1) in candidate_pairs(mentions)
