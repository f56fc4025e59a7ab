"""Lenses: domain taxonomies over claims (ILO forced-labour indicators first).

For each story and each indicator of a lens, `apply` finds the sentences that speak of the
indicator (a built-in lens with trained weights: a classifier per indicator, see `trained`;
any other lens: cue phrases, then embedding similarity to its example sentences, see
`matcher`), keeps denials apart, and gives the indicator a status from the independent origins
behind its evidence: `supported` (two or more), `reported` (one origin, several articles),
`single-source`, or `not found`.

What is matched: the mentions of the story's claims when align has filled `story.claims`;
otherwise the story's mentions from the claims stage; otherwise every sentence of its articles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from firsthand.lenses.definition import Indicator, Lens, LensError, builtin, load, parse
from firsthand.lenses.matcher import IndicatorMatch, LensMatcher
from firsthand.lenses.trained import TrainedMatcher
from firsthand.model import Article, Claim, LensHit, Mention, Span, Story
from firsthand.sentences import sentence_spans

__all__ = ["Indicator", "Lens", "LensError", "apply", "builtin", "load", "matcher_for", "parse"]


@lru_cache(maxsize=8)
def matcher_for(lens: Lens) -> LensMatcher:
    """The lens's trained matcher when it ships weights, else its cue and embedding matcher;
    built once per lens and process (both embed the lens's examples)."""
    return TrainedMatcher(lens) if lens.trained else LensMatcher(lens)


@dataclass(frozen=True)
class _Unit:
    """One piece of text the lens looks at, and the claim it belongs to (if align ran)."""

    span: Span
    claim: Claim | None


def _units(story: Story, articles: Sequence[Article], mentions: Sequence[Mention]) -> list[_Unit]:
    if story.claims:
        return [
            _Unit(Span(article_id=m.article_id, start=m.start, end=m.end, text=m.text), claim)
            for claim in story.claims
            for m in claim.mentions
            if not m.off_story
        ]
    members = set(story.article_ids)
    if mentions:
        return [
            _Unit(Span(article_id=m.article_id, start=m.start, end=m.end, text=m.text), None)
            for m in mentions
            if m.article_id in members
        ]
    return [
        _Unit(Span(article_id=a.id, start=start, end=end, text=a.text[start:end]), None)
        for a in articles
        if a.id in members
        for start, end in sentence_spans(a.text)
    ]


def _unique_spans(scored: list[tuple[float, _Unit]]) -> list[Span]:
    spans: dict[tuple[str, int, int], Span] = {}
    for _, unit in sorted(scored, key=lambda pair: -pair[0]):
        spans.setdefault((unit.span.article_id, unit.span.start, unit.span.end), unit.span)
    return list(spans.values())


def _independent_origins(
    story: Story, evidence: list[tuple[float, _Unit]], denying_claims: set[str]
) -> int:
    """Independent origins behind the evidence; denying articles never count.

    With reuse's origins: the distinct origins of the evidence articles. Without them: the
    largest origin count of a matched claim that nothing denies and that is not contested
    (such a claim may owe its origins to the side that denies).
    """
    origin_of = {a: origin.name for origin in story.origins for a in origin.article_ids}
    if origin_of:
        return len(
            {origin_of[u.span.article_id] for _, u in evidence if u.span.article_id in origin_of}
        )
    counts = [
        u.claim.independent_origin_count
        for _, u in evidence
        if u.claim is not None
        and u.claim.verdict != "contested"
        and u.claim.id not in denying_claims
    ]
    return max(counts, default=0)


def _hit(
    lens: Lens,
    indicator: Indicator,
    story: Story,
    units: list[_Unit],
    matches: list[list[IndicatorMatch]],
) -> LensHit:
    evidence: list[tuple[float, _Unit]] = []
    denials: list[tuple[float, _Unit]] = []
    for unit, found in zip(units, matches, strict=True):
        for match in found:
            if match.indicator == indicator.id:
                (denials if match.denied else evidence).append((match.score, unit))
    denying_claims = {u.claim.id for _, u in denials if u.claim is not None}
    claim_ids = list(
        dict.fromkeys(u.claim.id for _, u in sorted(evidence, key=lambda p: -p[0]) if u.claim)
    )
    if not evidence:
        status = "not found"
    elif _independent_origins(story, evidence, denying_claims) >= 2:
        status = "supported"
    elif len({u.span.article_id for _, u in evidence}) >= 2:
        status = "reported"
    else:
        status = "single-source"
    return LensHit(
        lens=lens.name,
        indicator=indicator.id,
        status=status,
        claim_ids=claim_ids,
        evidence=_unique_spans(evidence),
        denials=_unique_spans(denials),
    )


def apply(
    story: Story, articles: Sequence[Article], mentions: Sequence[Mention], lenses: Sequence[Lens]
) -> Story:
    """The story with `lens` filled: one LensHit per lens indicator, strongest evidence first."""
    units = _units(story, articles, mentions)
    by_id = {a.id: a for a in articles}
    missing = {u.span.article_id for u in units} - by_id.keys()
    if missing:
        raise ValueError(f"story {story.id}: articles not given: {', '.join(sorted(missing))}")
    hits: list[LensHit] = []
    for lens in lenses:
        relevant = {article_id: lens.in_context(a.text) for article_id, a in by_id.items()}
        matches = matcher_for(lens).match(
            [u.span.text for u in units], [relevant[u.span.article_id] for u in units]
        )
        hits += [_hit(lens, indicator, story, units, matches) for indicator in lens.indicators]
    return story.model_copy(update={"lens": hits})
