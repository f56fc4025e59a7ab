"""Article text cut into pieces at highlight boundaries, so templates escape every piece.

HTML is never built from article text by concatenation: the text is split at the offsets of
the marks that cover it, and each piece goes to the template as plain text with the classes,
group keys and anchors of the marks covering it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from firsthand.model import Article, Dossier, Span


class ReportError(ValueError):
    """The dossier contradicts itself (a span outside its article, an unknown id)."""


@dataclass(frozen=True)
class Mark:
    """A highlighted range of one text: CSS classes, group keys for the page script, an anchor."""

    start: int
    end: int
    classes: tuple[str, ...] = ()
    keys: tuple[str, ...] = ()
    anchor: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Piece:
    text: str
    classes: tuple[str, ...] = ()
    keys: tuple[str, ...] = ()
    anchors: tuple[str, ...] = ()
    title: str | None = None

    @property
    def marked(self) -> bool:
        return bool(self.classes or self.keys or self.anchors)


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def pieces(text: str, marks: Sequence[Mark], offset: int = 0) -> list[Piece]:
    """`text` (which starts at `offset` of its article) cut at every mark boundary.

    Marks are in article offsets; a mark reaching outside `text` is clipped to it. Anchors go
    on the piece where their mark starts, so a link lands on the first word of its sentence.
    """
    end_of_text = offset + len(text)
    inside = [m for m in marks if m.end > offset and m.start < end_of_text and m.end > m.start]
    bounds = sorted(
        {offset, end_of_text}
        | {max(m.start, offset) for m in inside}
        | {min(m.end, end_of_text) for m in inside}
    )
    result: list[Piece] = []
    for left, right in itertools.pairwise(bounds):
        covering = [m for m in inside if m.start <= left and m.end >= right]
        result.append(
            Piece(
                text=text[left - offset : right - offset],
                classes=_unique(c for m in covering for c in m.classes),
                keys=_unique(k for m in covering for k in m.keys),
                anchors=_unique(
                    m.anchor for m in covering if m.anchor and max(m.start, offset) == left
                ),
                title=next((m.title for m in reversed(covering) if m.title), None),
            )
        )
    return result


def check_span(span: Span, article: Article) -> None:
    """Raises ReportError unless `span` lies inside `article` and quotes it exactly."""
    if not 0 <= span.start <= span.end <= len(article.text):
        raise ReportError(
            f"span {span.start}:{span.end} lies outside article {article.id} "
            f"({article.source}, {len(article.text)} characters)"
        )
    found = article.text[span.start : span.end]
    if found != span.text:
        raise ReportError(
            f"span {span.start}:{span.end} of article {article.id} ({article.source}) "
            f"says {span.text[:60]!r} but the article has {found[:60]!r} there"
        )


def check_dossier(dossier: Dossier) -> None:
    """Raises ReportError on any id or offset that does not resolve, before anything is drawn."""
    by_id = {a.id: a for a in dossier.articles}

    def article(article_id: str, where: str) -> Article:
        if article_id not in by_id:
            raise ReportError(f"{where} names article {article_id!r}, which is not in the dossier")
        return by_id[article_id]

    for mention in dossier.mentions:
        check_span(
            Span(
                article_id=mention.article_id,
                start=mention.start,
                end=mention.end,
                text=mention.text,
            ),
            article(mention.article_id, f"mention {mention.id}"),
        )
    for story in dossier.stories:
        where = f"story {story.id}"
        for article_id in story.article_ids:
            article(article_id, where)
        claim_ids = {c.id for c in story.claims}
        spans: list[Span] = list(story.off_story)
        for claim in story.claims:
            spans += claim.mentions
        for conflict in story.conflicts:
            for claim_id in conflict.claim_ids:
                if claim_id not in claim_ids:
                    raise ReportError(
                        f"conflict {conflict.id} of {where} names unknown claim {claim_id!r}"
                    )
            spans += [s for side in conflict.sides for s in side.mentions]
        for hit in story.lens:
            spans += hit.evidence + hit.denials
        members = set(story.article_ids)
        for span in spans:
            if span.article_id not in members:
                raise ReportError(
                    f"{where} points at article {span.article_id!r}, which is not in the story"
                )
        # Derivation evidence may quote a source article of another story.
        for derivation in story.derivations:
            article(derivation.article_id, f"a derivation of {where}")
            spans += [s for e in derivation.evidence for s in e.spans]
        for span in spans:
            check_span(span, article(span.article_id, where))
