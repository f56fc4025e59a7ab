"""The derivation graph of one story: who copied, rewrote or cited whom, and the origins.

An aligned pair becomes a derivation when it shares a real passage: at least three matched
sentences and either a large share of one article, or one run of three lightly edited
sentences (shared wire copy inside otherwise independent reports). Direction comes from
publication dates, else from attribution (the article that credits the other's outlet is the
derivative), else from containment (the origin holds more material the other lacks).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from firsthand.model import Article, Derivation, Evidence, Origin, Span
from firsthand.reuse.attribution import Attribution
from firsthand.reuse.origins import OriginNames, origin_kind
from firsthand.reuse.passages import LEXICAL_MATCH, VERBATIM, PairAlignment, SentenceMatch
from firsthand.reuse.reporting import Quotation, new_voices

MIN_MATCHES = 3
MIN_COVERAGE = 0.3
"""share of one article's own words inside matched sentences that makes a derivation"""
WIRE_RUN = 3
"""consecutive lightly edited sentences that make a derivation whatever the coverage"""
CONTAINMENT_MARGIN = 0.15
"""how much more unmatched material the origin must hold for containment to decide"""


def is_derivation(alignment: PairAlignment) -> bool:
    if len(alignment.matches) < MIN_MATCHES:
        return False
    if max(alignment.left_coverage, alignment.right_coverage) >= MIN_COVERAGE:
        return True
    return any(
        len(run) >= WIRE_RUN and float(np.mean([m.lexical for m in run])) >= LEXICAL_MATCH
        for run in alignment.passages()
    )


def _published(article: Article) -> date | None:
    if not article.published:
        return None
    try:
        return date.fromisoformat(article.published[:10])
    except ValueError as bad:
        raise ValueError(
            f"article {article.id}: published {article.published!r} is not an ISO date"
        ) from bad


@dataclass
class StoryFacts:
    """What the graph is built from, per article position in the story."""

    articles: Sequence[Article]
    attributions: Sequence[Sequence[Attribution]]
    quotations: Sequence[Sequence[Quotation]]
    names: OriginNames
    derivations: list[Derivation] = field(default_factory=list)

    def credits(self, derived: int, source: int) -> list[Attribution]:
        """Attributions in `derived` naming `source`'s outlet, or a news agency that `source`
        credits too (both ran the same wire copy). Another origin the source names, copied
        along with its text, does not credit the source."""
        outlet = self.names.canonical(self.articles[source].outlet)
        outlets = [a.outlet for a in self.articles]
        agencies = {
            self.names.canonical(a.name)
            for a in self.attributions[source]
            if origin_kind(a.name, outlets) == "agency"
        }
        return [
            a
            for a in self.attributions[derived]
            if self.names.canonical(a.name) == outlet or self.names.canonical(a.name) in agencies
        ]

    def cites_outlet(self, derived: int, source: int) -> bool:
        outlet = self.names.canonical(self.articles[source].outlet)
        return any(self.names.canonical(a.name) == outlet for a in self.attributions[derived])


def _span(article: Article, start: int, end: int) -> Span:
    return Span(article_id=article.id, start=start, end=end, text=article.text[start:end])


def _passage_evidence(facts: StoryFacts, alignment: PairAlignment, derived: int) -> list[Evidence]:
    evidence = []
    for run in alignment.passages():
        derived_side = [m.left if derived == alignment.left else m.right for m in run]
        source_side = [m.right if derived == alignment.left else m.left for m in run]
        how = _how_similar(run)
        evidence.append(
            Evidence(
                kind="passage",
                spans=[
                    _span(facts.articles[derived], derived_side[0].start, derived_side[-1].end),
                    _span(
                        facts.articles[source_side[0].article],
                        min(s.start for s in source_side),
                        max(s.end for s in source_side),
                    ),
                ],
                similarity=round(float(np.mean([m.similarity for m in run])), 3),
                note=f"{len(run)} sentence(s), {how}",
            )
        )
    return evidence


def _how_similar(run: Sequence[SentenceMatch]) -> str:
    lexical = float(np.mean([m.lexical for m in run]))
    if lexical >= VERBATIM:
        return "verbatim"
    return "lightly edited" if lexical >= LEXICAL_MATCH else "paraphrased"


def _direction(facts: StoryFacts, alignment: PairAlignment) -> tuple[int, int, bool, str]:
    """(derived, source, direction_known, how it was decided)."""
    left, right = alignment.left, alignment.right
    left_date, right_date = _published(facts.articles[left]), _published(facts.articles[right])
    if left_date and right_date and left_date != right_date:
        if left_date > right_date:
            return left, right, True, "published later"
        return right, left, True, "published later"
    left_credits, right_credits = facts.cites_outlet(left, right), facts.cites_outlet(right, left)
    if left_credits != right_credits:
        if left_credits:
            return left, right, True, "credits the other outlet"
        return right, left, True, "credits the other outlet"
    left_unique, right_unique = 1 - alignment.left_coverage, 1 - alignment.right_coverage
    if abs(left_unique - right_unique) >= CONTAINMENT_MARGIN:
        if left_unique > right_unique:
            return right, left, True, "contained in the other (containment)"
        return left, right, True, "contained in the other (containment)"
    return right, left, False, "direction unknown: same date and similar containment"


def _reuse_derivation(facts: StoryFacts, alignment: PairAlignment) -> Derivation:
    derived, source, known, how = _direction(facts, alignment)
    credited = facts.credits(derived, source)
    same_outlet = facts.articles[derived].outlet == facts.articles[source].outlet
    evidence = _passage_evidence(facts, alignment, derived)
    evidence[0] = evidence[0].model_copy(update={"note": f"{evidence[0].note}; {how}"})
    evidence += [
        Evidence(
            kind="attribution",
            spans=[_span(facts.articles[derived], a.start, a.end)],
            note=f"credits {facts.names.canonical(a.name)}",
        )
        for a in credited
    ]
    return Derivation(
        article_id=facts.articles[derived].id,
        derived_from=facts.articles[source].id,
        kind="copy" if alignment.lexical >= VERBATIM else "rewrite",
        direction_known=known,
        uncredited=not credited and not same_outlet,
        evidence=evidence,
    )


def _cite_derivations(facts: StoryFacts, position: int, linked: set[str]) -> list[Derivation]:
    """One `cites` edge per origin the article names (not its own outlet, not already linked
    by reuse); an origin that is another story article's outlet links to that article."""
    article = facts.articles[position]
    own = facts.names.canonical(article.outlet)
    by_origin: dict[str, list[Attribution]] = {}
    for attribution in facts.attributions[position]:
        name = facts.names.canonical(attribution.name)
        if name != own:
            by_origin.setdefault(name, []).append(attribution)
    outlet_articles: dict[str, list[int]] = {}
    for other, candidate in enumerate(facts.articles):
        if other != position:
            outlet_articles.setdefault(facts.names.canonical(candidate.outlet), []).append(other)
    derivations = []
    for name, attributions in by_origin.items():
        in_corpus = outlet_articles.get(name, [])
        target = facts.articles[in_corpus[0]].id if len(in_corpus) == 1 else name
        if target in linked:
            continue
        derivations.append(
            Derivation(
                article_id=article.id,
                derived_from=target,
                origin=name,
                kind="cites",
                evidence=[
                    Evidence(
                        kind="attribution",
                        spans=[_span(article, a.start, a.end)],
                        note=f"{a.pattern}: {name}",
                    )
                    for a in attributions
                ],
            )
        )
    return derivations


def build_derivations(facts: StoryFacts, alignments: Sequence[PairAlignment]) -> list[Derivation]:
    """Reuse edges from aligned passages, then `cites` edges from attributions, then the
    partly-independent mark on every article that derives yet adds new voices."""
    derivations = [_reuse_derivation(facts, a) for a in alignments if is_derivation(a)]
    for position, article in enumerate(facts.articles):
        linked = {d.derived_from for d in derivations if d.article_id == article.id}
        derivations += _cite_derivations(facts, position, {x for x in linked if x})
    return [
        marked
        for position in range(len(facts.articles))
        for marked in _mark_own_reporting(facts, position, derivations)
    ]


def _mark_own_reporting(
    facts: StoryFacts, position: int, derivations: Sequence[Derivation]
) -> list[Derivation]:
    """The article's derivations, marked partly independent when it quotes people that none
    of its sources (its in-corpus sources; for an external origin, every other article of
    the story) quotes or names."""
    article = facts.articles[position]
    own = [d for d in derivations if d.article_id == article.id]
    texts = {a.id: a.text for a in facts.articles}
    elsewhere = [texts[d.derived_from] for d in own if d.derived_from in texts]
    external = [d.derived_from for d in own if d.derived_from and d.derived_from not in texts]
    if external:
        elsewhere += [a.text for a in facts.articles if a.id != article.id] + external
    fresh = new_voices(facts.quotations[position], elsewhere) if own else []
    if not fresh:
        return own
    speakers = ", ".join(sorted({q.speaker for q in fresh if q.speaker}))
    note = Evidence(
        kind="attribution",
        spans=[_span(article, q.start, q.end) for q in fresh],
        note=f"own reporting: new quotes from {speakers}",
    )
    return [
        d.model_copy(update={"partly_independent": True, "evidence": [*d.evidence, note]})
        for d in own
    ]


def resolve_origins(
    facts: StoryFacts, derivations: Sequence[Derivation]
) -> tuple[list[Derivation], list[Origin]]:
    """Every article's origins, and each derivation's `origin` filled in.

    An article that derives from another article in the story inherits that article's
    origins; one that cites an external origin counts toward it; one that derives from
    nothing, or adds reporting of its own (partly independent), is an origin itself.
    """
    articles = facts.articles
    ids = {a.id for a in articles}
    sources: dict[str, list[str]] = {a.id: [] for a in articles}
    external: dict[str, list[str]] = {a.id: [] for a in articles}
    independent = {a.id for a in articles}
    partly = {d.article_id for d in derivations if d.partly_independent}
    for d in derivations:
        independent.discard(d.article_id)
        if d.derived_from in ids:
            sources[d.article_id].append(d.derived_from)
        elif d.derived_from:
            external[d.article_id].append(d.derived_from)
    independent |= partly

    own_names = _own_origin_names(facts, independent)
    memo: dict[str, set[str]] = {}

    def origins_of(article_id: str, visiting: frozenset[str]) -> set[str]:
        if article_id in memo:
            return memo[article_id]
        found = set(external[article_id])
        if article_id in own_names:
            found.add(own_names[article_id])
        for source in sources[article_id]:
            if source not in visiting:
                found |= origins_of(source, visiting | {article_id})
        if not found:
            # a cycle of reuse with no date or containment to break it: the first article
            # of the cycle stands for all
            found.add(_outlet_label(facts, article_id))
        memo[article_id] = found
        return found

    by_origin: dict[str, list[str]] = {}
    for article in articles:
        for name in origins_of(article.id, frozenset()):
            by_origin.setdefault(name, []).append(article.id)
    outlets = [a.outlet for a in articles]
    own_labels = set(own_names.values())
    origins = [
        Origin(
            name=name,
            article_ids=members,
            in_corpus=name in own_labels or any(facts.names.same(name, o) for o in outlets),
            kind="article" if name in own_labels else origin_kind(name, outlets),  # type: ignore[arg-type]
        )
        for name, members in sorted(by_origin.items())
    ]
    filled = [
        d
        if d.origin
        else d.model_copy(
            update={
                "origin": ", ".join(sorted(origins_of(d.derived_from or d.article_id, frozenset())))
            }
        )
        for d in derivations
    ]
    return filled, origins


def _outlet_label(facts: StoryFacts, article_id: str) -> str:
    article = next(a for a in facts.articles if a.id == article_id)
    return f"{article.outlet} ({article.id})"


def _own_origin_names(facts: StoryFacts, independent: set[str]) -> dict[str, str]:
    """An independent article's origin name: its outlet, with the article id when the
    outlet has several independent articles in the story."""
    outlets: dict[str, int] = {}
    for article in facts.articles:
        if article.id in independent:
            outlets[article.outlet] = outlets.get(article.outlet, 0) + 1
    return {
        a.id: a.outlet if outlets[a.outlet] == 1 else _outlet_label(facts, a.id)
        for a in facts.articles
        if a.id in independent
    }
