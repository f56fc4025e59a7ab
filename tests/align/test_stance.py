"""Stance from claim alignment: unrelated, discuss, agree and disagree on invented articles,
and disagree on a real FNC-1 debunk read as the align stage reads denials."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bench import _data
from bench.verdicts_quality import headline_mention, mentions_of
from firsthand.align.stance import Stance, StanceThresholds, align_claim, stance
from firsthand.embed import embedder
from firsthand.sentences import sentence_spans
from tests.align._build import article, mention
from tests.conftest import requires_shared_data

HEADLINE = article("h", "headline", "Giant squid washes ashore on Brindle beach")
BODIES = {
    "agree": "A giant squid washed ashore on Brindle beach on Sunday. "
    "Marine biologists measured the animal at nine metres.",
    "discuss": "A giant squid reportedly washed ashore on Brindle beach, according to posts "
    "on social media. Photos of the animal appear to show a creature nine metres long.",
    "disagree": "Pictures of a giant squid on Brindle beach are a hoax. The images were doctored "
    "from a 2011 photo, and the claim is false, the coastguard said.",
    "unrelated": "The city council approved a new budget for road repairs on Tuesday. "
    "Taxes will not rise this year.",
}
THRESHOLDS = StanceThresholds(
    related_cosine=0.45,
    related_coverage=0.5,
    aligned_cosine=0.4,
    agree_share=0.3,
    refuting_mentions=1,
    hedged_share=0.2,
)


@pytest.mark.parametrize("expected", list(BODIES))
def test_stance_of_invented_bodies(expected: Stance) -> None:
    body = article("b", "body", BODIES[expected])
    mentions = [mention(body, body.text[start:end]) for start, end in sentence_spans(body.text)]
    claim = mention(HEADLINE, HEADLINE.text)
    vectors = embedder().embed([claim.text, *(m.text for m in mentions)])
    alignment = align_claim(claim, vectors[0], body, mentions, vectors[1:])
    assert stance(claim, alignment, THRESHOLDS) == expected


# Calibrated on the FNC-1 train sample (bench/verdicts_quality.py).
CALIBRATED = replace(THRESHOLDS, refuting_mentions=2, hedged_share=0.15)
GRAVITY = (
    "Planetary Alignment On Jan 4, 2015 Will Decrease Gravity For 5 Minutes Causing Partial "
    "Weightlessness"
)


@pytest.fixture(scope="module")
def fnc1_train_bodies() -> dict[int, str]:
    return _data.fnc1_bodies("train")


def _real_stance(headline: str, body_id: int, bodies: dict[int, str]) -> tuple[Stance, bool]:
    """Stance of a real FNC-1 body towards a headline, as the bench reads them; and whether
    one of the body's mentions denies the headline's claim."""
    claim, _ = headline_mention(article(f"headline-{body_id}", "headline", headline))
    body = article(f"body-{body_id}", "body", bodies[body_id])
    mentions, _ = mentions_of(body)
    vectors = embedder().embed([claim.text, *(m.text for m in mentions)])
    alignment = align_claim(claim, vectors[0], body, mentions, vectors[1:])
    return stance(claim, alignment, CALIBRATED), alignment.denied


@requires_shared_data
def test_a_real_debunk_disagrees_through_the_align_stages_denial_reading(
    fnc1_train_bodies: dict[int, str],
) -> None:
    # Train body 1377 (gold: disagree): "An article saying a “planetary alignment” on January 4,
    # 2015, “will decrease gravity for 5 minutes” and cause partial weightlessness is fake."
    assert _real_stance(GRAVITY, 1377, fnc1_train_bodies) == ("disagree", True)


@requires_shared_data
def test_a_real_retelling_agrees_or_discusses(fnc1_train_bodies: dict[int, str]) -> None:
    # Train body 844 (gold: agree) retells the forecast without calling it false.
    found, denied = _real_stance(GRAVITY, 844, fnc1_train_bodies)
    assert found in ("agree", "discuss")
    assert not denied
