"""Stance from claim alignment: unrelated, discuss, agree and disagree on invented articles."""

from __future__ import annotations

import pytest

from firsthand.align.stance import Stance, StanceThresholds, align_claim, stance
from firsthand.embed import embedder
from firsthand.sentences import sentence_spans
from tests.align._build import article, mention

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
    alignment = align_claim(claim, vectors[0], mentions, vectors[1:])
    assert stance(claim, alignment, THRESHOLDS) == expected
