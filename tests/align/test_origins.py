"""Provenance per mention: copies trace to their origin, cited outside sources count once."""

from __future__ import annotations

import pytest

from firsthand.align.origins import provenance
from firsthand.model import Derivation, Evidence, Span, Story
from tests.align._build import article, mention

ORIGIN = article(
    "o", "Harbour Times", "The pier closed on Monday. The Port Board said 40 ships wait."
)
COPY = article("c", "Copy Daily", "The pier closed on Monday. Repairs will take a month.")
OTHER = article("x", "Coast News", "Officials of the Port Board said 40 ships wait offshore.")


def _story(*derivations: Derivation) -> Story:
    return Story(id="s", title="", article_ids=["o", "c", "x"], derivations=list(derivations))


def test_a_copy_traces_to_the_origin_outlet_and_roots_to_themselves() -> None:
    sources = provenance(
        _story(Derivation(article_id="c", derived_from="o", kind="copy")), [ORIGIN, COPY, OTHER]
    )
    assert sources.traced
    assert sources.origin(mention(COPY, "The pier closed on Monday.")) == "Harbour Times"
    assert sources.origin(mention(OTHER, OTHER.text)) == "Coast News"


def test_partly_independent_article_owns_what_it_did_not_take() -> None:
    taken = Span(article_id="c", start=0, end=26, text=COPY.text[:26])
    cites = Derivation(
        article_id="c",
        derived_from="o",
        kind="cites",
        partly_independent=True,
        evidence=[Evidence(kind="passage", spans=[taken])],
    )
    sources = provenance(_story(cites), [ORIGIN, COPY, OTHER])
    assert sources.origin(mention(COPY, "The pier closed on Monday.")) == "Harbour Times"
    assert sources.origin(mention(COPY, "Repairs will take a month.")) == "Copy Daily"


def test_mentions_credited_to_a_cited_outside_source_share_it() -> None:
    cites = Derivation(article_id="x", derived_from="Port Board", kind="cites")
    sources = provenance(_story(cites), [ORIGIN, COPY, OTHER])
    said = mention(ORIGIN, "The Port Board said 40 ships wait.", claimant="The Port Board")
    assert sources.origin(said) == "Port Board"
    assert sources.origin(mention(OTHER, OTHER.text, claimant="Port Board")) == "Port Board"


def test_without_derivations_provenance_is_marked_untraced() -> None:
    assert not provenance(_story(), [ORIGIN, COPY, OTHER]).traced


def test_a_derivation_cycle_is_an_error() -> None:
    story = _story(
        Derivation(article_id="c", derived_from="o", kind="copy"),
        Derivation(article_id="o", derived_from="c", kind="copy"),
    )
    with pytest.raises(ValueError, match="cycle"):
        provenance(story, [ORIGIN, COPY, OTHER])
