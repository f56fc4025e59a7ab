"""The matcher's decision: a cue gate, then the nearest examples against the nearest near misses."""

from __future__ import annotations

from dataclasses import replace

from firsthand.lenses import parse
from firsthand.lenses.matcher import LensMatcher

WAGES_LENS = """
name: wages
threshold: 0.3
margin: 0.0
indicators:
  - id: unpaid
    label: Unpaid wages
    cues: ["not|never|n't|without|nothing ... paid|pay", paid|pay|wages]
    examples:
      - The farm workers had not been paid for six months.
      - The employer kept the labourers' wages and paid them nothing.
      - Migrant cleaners worked for a year without receiving any pay.
    negatives:
      - The retailer will pay a dividend to shareholders in March.
      - Shareholders were paid a special dividend after the sale.
"""


def tagged(text: str) -> list[str]:
    matcher = LensMatcher(parse(WAGES_LENS, where="test lens"))
    return [match.indicator for match in matcher.match([text], [True])[0] if not match.denied]


def test_a_sentence_near_the_examples_is_tagged() -> None:
    assert tagged("The kitchen staff said they had not been paid since the spring.") == ["unpaid"]


def test_a_sentence_whose_nearest_neighbour_is_a_near_miss_is_not_tagged() -> None:
    assert tagged("The company paid its shareholders a dividend this year.") == []


def test_a_sentence_without_a_cue_never_reaches_the_embedder() -> None:
    assert tagged("The farm workers had not received anything for six months.") == []


TWO_INDICATOR_LENS = """
name: two
threshold: 0.2
margin: -1
secondary_gap: 0.05
indicators:
  - id: passports
    label: Passports kept
    cues: [passport*]
    examples: [The employer kept the workers' passports in his safe.]
  - id: leaving
    label: Not free to leave
    cues: [leave]
    examples: [The workers were locked in the compound and could not leave.]
"""


def test_a_second_indicator_far_below_the_best_is_dropped() -> None:
    lens = parse(TWO_INDICATOR_LENS, where="test lens")
    text = "The manager kept their passports in a safe, so they could not leave the country."
    kept = LensMatcher(lens).match([text], [True])[0]
    loose = LensMatcher(replace(lens, secondary_gap=None)).match([text], [True])[0]
    assert len(loose) == 2
    assert [m.indicator for m in kept] == [loose[0].indicator]
    assert loose[0].score - loose[1].score > 0.05
