"""Which origin each article traces back to, read from the derivations the reuse stage drew."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from firsthand.model import Article, Story


@dataclass(frozen=True)
class Provenance:
    origin_of: dict[str, str]
    """article id -> origin name."""
    traced: bool
    """False when reuse has not run: each outlet then counts as its own origin."""


def provenance(story: Story, articles: Sequence[Article]) -> Provenance:
    """Follows derived_from chains to the root; an article with no derivation is its own origin.

    An article's own origin is its outlet, so two pieces by one outlet never count as two
    independent sources. Raises ValueError when the derivations form a cycle.
    """
    by_id = {article.id: article for article in articles}
    parent: dict[str, str] = {}
    named_origin: dict[str, str] = {}
    for derivation in story.derivations:
        if derivation.derived_from is not None:
            parent[derivation.article_id] = derivation.derived_from
        if derivation.origin:
            named_origin[derivation.article_id] = derivation.origin

    def root(article_id: str) -> str:
        seen = [article_id]
        current = article_id
        while current in parent:
            current = parent[current]
            if current in seen:
                raise ValueError(f"story {story.id}: derivation cycle through {' -> '.join(seen)}")
            seen.append(current)
        if current in named_origin:
            return named_origin[current]
        if current in by_id:
            return by_id[current].outlet or current
        return current  # an origin outside the corpus, named by the derivation

    origin_of = {a.id: named_origin.get(a.id) or root(a.id) for a in articles}
    traced = bool(story.derivations or story.origins)
    return Provenance(origin_of, traced)
