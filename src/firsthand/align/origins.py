"""Which origin each mention traces back to, read from the origins the reuse stage found.

`story.origins` lists the roots of the story's lines of reporting, each with the articles that
reach it: the same notion `story.independent_origin_count` counts. A mention traces back to
the roots its article reaches, with two rules only a sentence can settle: a mention credited
to an outside origin of the story (an NGO report, a news agency) traces back to that origin,
and what a partly independent article reports outside the passages it took counts as its own
outlet's. Without origins (reuse has not run) each outlet is its own origin.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from firsthand.align.text import same_source
from firsthand.model import Article, Derivation, Mention, Origin, Story


@dataclass(frozen=True)
class Provenance:
    article_origin: dict[str, str]
    """article id -> the origin its reporting traces back to."""
    own: dict[str, str]
    """article id -> its own outlet, for what a partly independent article reports itself."""
    outside: list[str]
    """Names of the story's origins that are not articles of it (outlets, agencies, reports)."""
    partly_independent: dict[str, list[Derivation]]
    """article id -> derivations of an article that adds reporting of its own."""
    traced: bool
    """False when reuse has not run: each outlet then counts as its own origin."""

    def origin(self, mention: Mention) -> str:
        for name in self.outside:
            if mention.claimant and same_source(mention.claimant, name):
                return name
        derivations = self.partly_independent.get(mention.article_id)
        if derivations and not any(_inside_evidence(mention, d) for d in derivations):
            return self.own[mention.article_id]
        return self.article_origin[mention.article_id]


def _inside_evidence(mention: Mention, derivation: Derivation) -> bool:
    """The mention lies in a passage the article took or a sentence crediting the origin."""
    return any(
        span.article_id == mention.article_id
        and span.start < mention.end
        and mention.start < span.end
        for evidence in derivation.evidence
        if evidence.kind != "own-reporting"  # what it reports itself, not what it took
        for span in evidence.spans
    )


def _roots(article_id: str, origins: Sequence[Origin], own_lines: Sequence[Origin]) -> list[str]:
    """The roots an article reaches; outside ones only when it reaches no article of the story
    (an article relaying an agency is the agency's), since a cited report covers only the
    sentences credited to it."""
    reached = [o for o in origins if article_id in o.article_ids and o not in own_lines]
    articles = [o.name for o in reached if o.kind == "article"]
    return sorted(articles or [o.name for o in reached])


def provenance(story: Story, articles: Sequence[Article]) -> Provenance:
    own = {a.id: a.outlet or a.id for a in articles}
    partly: dict[str, list[Derivation]] = {}
    for derivation in story.derivations:
        if derivation.partly_independent:
            partly.setdefault(derivation.article_id, []).append(derivation)
    # A partly independent article's own outlet is listed as a root of its own (see reuse).
    own_lines = [
        o for o in story.origins if o.kind == "article" and set(o.article_ids) <= set(partly)
    ]
    article_origin = {}
    for article in articles:
        roots = _roots(article.id, story.origins, own_lines)
        article_origin[article.id] = " + ".join(roots) if roots else own[article.id]
    return Provenance(
        article_origin=article_origin,
        own=own,
        outside=[o.name for o in story.origins if o.kind != "article"],
        partly_independent=partly if story.origins else {},
        traced=bool(story.origins),
    )
