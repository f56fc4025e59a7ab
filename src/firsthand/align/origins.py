"""Which origin each mention traces back to, read from the derivations the reuse stage drew.

An article copied, rewritten or cited from another article of the corpus traces back to that
article's origin (chains followed to the root); a root article is its outlet, so two pieces by
one outlet never count as two sources. A mention credited to a source that the story's
articles cite from outside the corpus (an NGO report, a spokesman) traces back to that source.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from firsthand.align.text import same_source
from firsthand.model import Article, Derivation, Mention, Story


@dataclass(frozen=True)
class Provenance:
    article_origin: dict[str, str]
    """article id -> origin name."""
    own: dict[str, str]
    """article id -> its own outlet, for what it reports itself."""
    external: list[str]
    """Out-of-corpus sources any article of the story cites."""
    partly_independent: dict[str, list[Derivation]]
    """article id -> derivations whose article adds reporting of its own."""
    traced: bool
    """False when reuse has not run: each outlet then counts as its own origin."""

    def origin(self, mention: Mention) -> str:
        for name in self.external:
            if mention.claimant and same_source(mention.claimant, name):
                return name
        for derivation in self.partly_independent.get(mention.article_id, []):
            if not _inside_evidence(mention, derivation):
                return self.own[mention.article_id]
        return self.article_origin[mention.article_id]


def _inside_evidence(mention: Mention, derivation: Derivation) -> bool:
    return any(
        span.article_id == mention.article_id
        and span.start < mention.end
        and mention.start < span.end
        for evidence in derivation.evidence
        for span in evidence.spans
    )


def provenance(story: Story, articles: Sequence[Article]) -> Provenance:
    """Raises ValueError when the in-corpus derivations form a cycle."""
    by_id = {article.id: article for article in articles}
    parent: dict[str, str] = {}
    external: list[str] = []
    partly: dict[str, list[Derivation]] = {}
    rank = {"copy": 0, "rewrite": 1, "cites": 2}
    for derivation in sorted(story.derivations, key=lambda d: rank[d.kind]):
        source = derivation.derived_from
        if source in by_id and source != derivation.article_id:
            if derivation.partly_independent:
                partly.setdefault(derivation.article_id, []).append(derivation)
            else:
                parent.setdefault(derivation.article_id, source)
        elif source:
            external.append(derivation.origin or source)

    def root(article_id: str) -> str:
        seen = [article_id]
        current = article_id
        while current in parent:
            current = parent[current]
            if current in seen:
                raise ValueError(f"story {story.id}: derivation cycle through {' -> '.join(seen)}")
            seen.append(current)
        return by_id[current].outlet or current

    for article_id, derivations in partly.items():
        # Passages it took from another article trace back to that article's origin.
        if article_id not in parent:
            parent[article_id] = derivations[0].derived_from or article_id
    return Provenance(
        article_origin={a.id: root(a.id) for a in articles},
        own={a.id: a.outlet or a.id for a in articles},
        external=external,
        partly_independent=partly,
        traced=bool(story.derivations or story.origins),
    )
