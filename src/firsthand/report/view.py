"""What the templates draw, computed from a Dossier: one StoryView per story.

Every link target is an id made from indices (story, article, offsets), never from text, and
every piece of article text reaches the template as a Piece to be escaped there.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from firsthand.model import (
    Article,
    Claim,
    Conflict,
    Derivation,
    Dossier,
    LensHit,
    MentionRef,
    Span,
    Story,
    Value,
)
from firsthand.report.graph import EdgeSpec, GraphLayout, NodeSpec, layout
from firsthand.report.text import Mark, Piece, check_dossier, pieces

VERDICTS: dict[str, str] = {
    "contested": "the articles disagree",
    "corroborated": "two or more independent origins agree",
    "echoed": "several articles, but all trace back to one origin",
    "single-source": "only one article says it",
}
DERIVATION_KINDS: dict[str, str] = {
    "copy": "copies passages word for word",
    "rewrite": "rewrites the other's text",
    "cites": "names it as its source",
}
# Value kinds a conflict of each kind is about, to pick which values of a sentence to highlight.
CONFLICT_VALUE_KINDS: dict[str, set[str]] = {
    "value": {"quantity", "multiplier", "change", "ordinal", "age"},
    "distinct-figures": {"quantity", "multiplier", "change", "ordinal", "age"},
    "magnitude": {"quantity", "magnitude"},
    "date": {"date", "year", "time"},
}


@dataclass(frozen=True)
class SpanLink:
    """A sentence quoted elsewhere in the page, linking to where it stands in its article."""

    article_label: str
    outlet: str
    href: str
    pieces: list[Piece]


@dataclass(frozen=True)
class ArticleView:
    article: Article
    label: str
    anchor: str
    date: str
    pieces: list[Piece]


@dataclass(frozen=True)
class SideView:
    value: str
    sentences: list[SpanLink]


@dataclass(frozen=True)
class ConflictView:
    conflict: Conflict
    key: str
    anchor: str
    href: str
    sides: list[SideView]
    claims: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Cell:
    state: str
    text: str = ""
    href: str | None = None


@dataclass(frozen=True)
class ClaimRow:
    claim: Claim
    key: str
    anchor: str
    href: str
    cells: list[Cell]
    sources: list[SpanLink]


@dataclass(frozen=True)
class DerivedFrom:
    text: str
    href: str | None
    kind: str
    uncredited: bool
    partly_independent: bool
    direction_known: bool
    external: bool


@dataclass(frozen=True)
class SourceRow:
    article: ArticleView
    derived_from: list[DerivedFrom]
    origin: str | None


@dataclass(frozen=True)
class LensRow:
    hit: LensHit
    key: str
    cells: list[Cell]


@dataclass(frozen=True)
class StoryView:
    story: Story
    anchor: str
    summary: str
    date_range: str
    articles: list[ArticleView]
    sources: list[SourceRow]
    graph: GraphLayout
    conflicts: list[ConflictView]
    single_source: list[ClaimRow]
    claims: list[ClaimRow]
    verdict_counts: dict[str, int]
    kinds: list[str]
    lens: list[LensRow]
    off_story: list[SpanLink]
    off_story_key: str


@dataclass(frozen=True)
class DossierView:
    dossier: Dossier
    stories: list[StoryView]
    claim_count: int
    conflict_count: int


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _overlaps(a: Span, b: Span) -> bool:
    return a.article_id == b.article_id and a.start < b.end and b.start < a.end


class _StoryBuilder:
    """Builds one StoryView; ids are prefixed with the story's index so they stay unique."""

    def __init__(self, dossier: Dossier, story: Story, index: int) -> None:
        self.dossier = dossier
        self.story = story
        self.prefix = f"s{index}"
        self.by_id = {a.id: a for a in dossier.articles}
        members = [self.by_id[article_id] for article_id in story.article_ids]
        # Oldest first, so the labels A1, A2... read as a timeline.
        members.sort(key=lambda a: (a.published or "9999", a.outlet, a.id))
        self.members = members
        self.labels = {a.id: f"A{n}" for n, a in enumerate(members, start=1)}
        self.claim_keys = {c.id: f"{self.prefix}c{n}" for n, c in enumerate(story.claims)}
        self.claims_by_id = {c.id: c for c in story.claims}
        self.claim_anchors = {c.id: f"{self.prefix}-claim-{n}" for n, c in enumerate(story.claims)}
        self.conflicts_of: dict[str, list[Conflict]] = {}
        for conflict in story.conflicts:
            for claim_id in conflict.claim_ids:
                self.conflicts_of.setdefault(claim_id, []).append(conflict)

    def article_anchor(self, article_id: str) -> str:
        return f"{self.prefix}-{self.labels[article_id]}"

    def span_anchor(self, span: Span) -> str:
        return f"{self.article_anchor(span.article_id)}-{span.start}-{span.end}"

    def outlet(self, article_id: str) -> str:
        return self.by_id[article_id].outlet

    def link(self, span: Span, highlights: Sequence[Mark] = ()) -> SpanLink:
        return SpanLink(
            article_label=self.labels[span.article_id],
            outlet=self.outlet(span.article_id),
            href="#" + self.span_anchor(span),
            pieces=pieces(span.text, highlights, offset=span.start),
        )

    def origin_label(self, name: str) -> str:
        """An origin or derivation source for a reader: an outlet for an article id."""
        if name in self.by_id:
            article = self.by_id[name]
            label = self.labels.get(name)
            return f"{label} {article.outlet}" if label else article.outlet
        return name

    # -- article text -------------------------------------------------------------------

    def marks(self) -> dict[str, list[Mark]]:
        found: dict[str, list[Mark]] = {a.id: [] for a in self.members}

        def add(span: Span, mark_classes: tuple[str, ...], key: str, title: str) -> None:
            found[span.article_id].append(
                Mark(
                    span.start,
                    span.end,
                    mark_classes,
                    (key,),
                    self.span_anchor(span),
                    title,
                )
            )

        for claim in self.story.claims:
            for ref in claim.mentions:
                classes: tuple[str, ...] = ("mention", f"v-{claim.verdict}")
                if ref.off_story:
                    classes += ("off-story",)
                add(ref, classes, self.claim_keys[claim.id], f"{claim.verdict}: {claim.statement}")
        for n, conflict in enumerate(self.story.conflicts):
            for side in conflict.sides:
                for span in side.mentions:
                    title = f"{conflict.kind} conflict; this article says {side.value}"
                    add(span, ("conflict",), f"{self.prefix}x{n}", title)
        for n, hit in enumerate(self.story.lens):
            for span in hit.evidence:
                add(span, ("lens",), f"{self.prefix}l{n}", f"{hit.lens}: {hit.indicator}")
            for span in hit.denials:
                add(span, ("lens-denial",), f"{self.prefix}l{n}", f"denies {hit.indicator}")
        for span in self.story.off_story:
            add(span, ("off-story",), f"{self.prefix}o", "about another story: not counted")
        return found

    def article_views(self) -> list[ArticleView]:
        marks = self.marks()
        return [
            ArticleView(
                article=a,
                label=self.labels[a.id],
                anchor=self.article_anchor(a.id),
                date=(a.published or "")[:10],
                pieces=pieces(a.text, marks[a.id]),
            )
            for a in self.members
        ]

    # -- header and sources -----------------------------------------------------------

    def summary(self) -> str:
        """What the independent-origin count means, in one plain sentence."""
        total = len(self.members)
        count = self.story.independent_origin_count
        head = f"{_plural(total, 'article')}, {_plural(count, 'independent origin')}"
        if not self.story.origins:
            if count == 0:
                return f"{_plural(total, 'article')}; where they come from was not traced."
            return head + "."
        members = set(self.story.article_ids)
        traced: list[tuple[str, int]] = []
        for origin in self.story.origins:
            followers = len(members.intersection(origin.article_ids))
            if followers:
                traced.append((self.origin_label(origin.name), followers))
        traced_ids = {a for o in self.story.origins for a in o.article_ids}
        untraced = total - len(members & traced_ids)
        if count == 1 and len(traced) == 1 and untraced == 0:
            return (
                f"{head}: all retell {traced[0][0]}, so their agreement is one account "
                "repeated, not confirmation."
            )
        # An article may draw on several origins, so each origin says how many draw on it.
        parts = [
            f"{name} ({_plural(n, 'article')})"
            for name, n in sorted(traced, key=lambda t: (-t[1], t[0]))
        ]
        if untraced:
            parts.append(f"{untraced} not traced to an origin")
        closing = ""
        if count < total:
            verb = "stands" if count == 1 else "stand"
            closing = f" Only {_plural(count, 'separate account')} {verb} behind what they report."
        return f"{head}: " + ", ".join(parts) + "." + closing

    def date_range(self) -> str:
        dates = sorted((a.published or "")[:10] for a in self.members if a.published)
        if not dates:
            return "dates unknown"
        return dates[0] if dates[0] == dates[-1] else f"{dates[0]} – {dates[-1]}"

    def derived_from(self, derivation: Derivation) -> DerivedFrom:
        source = derivation.derived_from or derivation.origin or "unknown"
        in_story = source in self.labels
        return DerivedFrom(
            text=self.origin_label(source),
            href="#" + self.article_anchor(source) if in_story else None,
            kind=derivation.kind,
            uncredited=derivation.uncredited,
            partly_independent=derivation.partly_independent,
            direction_known=derivation.direction_known,
            external=source not in self.by_id,
        )

    def sources(self, views: list[ArticleView]) -> list[SourceRow]:
        rows = []
        for view in views:
            derivations = [d for d in self.story.derivations if d.article_id == view.article.id]
            origins = [o.name for o in self.story.origins if view.article.id in o.article_ids]
            rows.append(
                SourceRow(
                    article=view,
                    derived_from=[self.derived_from(d) for d in derivations],
                    origin=self.origin_label(origins[0]) if origins else None,
                )
            )
        return rows

    def graph(self) -> GraphLayout:
        nodes: dict[str, NodeSpec] = {
            a.id: NodeSpec(
                label=f"{self.labels[a.id]} {a.outlet}",
                detail=f"{a.title} ({(a.published or 'undated')[:10]})",
                external=False,
                href="#" + self.article_anchor(a.id),
            )
            for a in self.members
        }

        def outside(name: str) -> str:
            key = f"origin:{name}"
            if key not in nodes:
                known = name in self.by_id
                nodes[key] = NodeSpec(
                    label=self.origin_label(name),
                    detail="an article of another story" if known else "outside the corpus",
                    external=not known,
                    href=None,
                )
            return key

        for origin in self.story.origins:
            if not origin.in_corpus:
                outside(origin.name)
        edges = []
        for d in self.story.derivations:
            source = d.derived_from or d.origin
            if source is None or d.article_id not in nodes:
                continue
            key = source if source in self.labels else outside(source)
            flags = [d.kind] + (["uncredited"] if d.uncredited else [])
            if not d.direction_known:
                flags.append("direction unknown")
            edges.append(
                EdgeSpec(
                    source=key,
                    target=d.article_id,
                    kind=d.kind,
                    uncredited=d.uncredited,
                    direction_known=d.direction_known,
                    title=f"{self.origin_label(d.article_id)} from "
                    f"{self.origin_label(source)}: {', '.join(flags)}",
                )
            )
        return layout(nodes, edges)

    # -- claims and conflicts ---------------------------------------------------------

    def value_marks(self, span: Span, conflict: Conflict, value: str) -> list[Mark]:
        """Where the differing value stands in a side's sentence: its words, else its values."""
        needle = value.strip()
        if needle:
            # Whole words only, and "300" is not found inside "1,300" or "2.300".
            pattern = rf"(?<!\w)(?<!\d[.,]){re.escape(needle)}(?!\w)(?![.,]\d)"
            marks = [
                Mark(span.start + m.start(), span.start + m.end(), ("diff",))
                for m in re.finditer(pattern, span.text, re.IGNORECASE)
            ]
            if marks:
                return marks
        wanted = CONFLICT_VALUE_KINDS.get(conflict.kind)
        article = self.by_id[span.article_id]
        values: list[Value] = [
            v
            for claim_id in conflict.claim_ids
            for ref in self.claims_by_id[claim_id].mentions
            if _overlaps(ref, span)
            for v in ref.values
            if span.start <= v.start < v.end <= span.end
            and article.text[v.start : v.end] == v.surface
            and (wanted is None or v.kind in wanted)
        ]
        return [Mark(v.start, v.end, ("diff",)) for v in values]

    def conflict_views(self) -> list[ConflictView]:
        views = []
        for n, conflict in enumerate(self.story.conflicts):
            key = f"{self.prefix}x{n}"
            sides = [
                SideView(
                    value=side.value,
                    sentences=[
                        self.link(span, self.value_marks(span, conflict, side.value))
                        for span in side.mentions
                    ],
                )
                for side in conflict.sides
            ]
            first = next((s for side in conflict.sides for s in side.mentions), None)
            views.append(
                ConflictView(
                    conflict=conflict,
                    key=key,
                    anchor=f"{self.prefix}-conflict-{n}",
                    href="#" + self.span_anchor(first) if first else "#",
                    sides=sides,
                    claims=[
                        (self.claims_by_id[c].statement, "#" + self.claim_anchors[c])
                        for c in conflict.claim_ids
                    ],
                )
            )
        return views

    def cell(self, claim: Claim, article_id: str) -> Cell:
        refs: list[MentionRef] = [r for r in claim.mentions if r.article_id == article_id]
        if not refs:
            return Cell("silent")
        href = "#" + self.span_anchor(refs[0])
        for conflict in self.conflicts_of.get(claim.id, []):
            for side in conflict.sides:
                if any(_overlaps(r, s) for r in refs for s in side.mentions):
                    return Cell("conflict", side.value, href)
        if all(r.off_story for r in refs):
            return Cell("off-story", "aside", href)
        surfaces = [v.surface for v in refs[0].values]
        return Cell("agree", ", ".join(surfaces[:2]) or "says so", href)

    def claim_rows(self) -> list[ClaimRow]:
        """One row per claim, disagreements first, then by how well each is sourced."""
        rows = []
        order = list(VERDICTS)
        for claim in sorted(self.story.claims, key=lambda c: order.index(c.verdict)):
            rows.append(
                ClaimRow(
                    claim=claim,
                    key=self.claim_keys[claim.id],
                    anchor=self.claim_anchors[claim.id],
                    href="#" + self.span_anchor(claim.mentions[0]) if claim.mentions else "#",
                    cells=[self.cell(claim, a.id) for a in self.members],
                    sources=[self.link(ref) for ref in claim.mentions],
                )
            )
        return rows

    def lens_rows(self) -> list[LensRow]:
        rows = []
        for n, hit in enumerate(self.story.lens):
            cells = []
            for article in self.members:
                evidence = [s for s in hit.evidence if s.article_id == article.id]
                denials = [s for s in hit.denials if s.article_id == article.id]
                if evidence:
                    cells.append(Cell("agree", "evidence", "#" + self.span_anchor(evidence[0])))
                elif denials:
                    cells.append(Cell("conflict", "denies", "#" + self.span_anchor(denials[0])))
                else:
                    cells.append(Cell("silent"))
            rows.append(LensRow(hit=hit, key=f"{self.prefix}l{n}", cells=cells))
        return rows

    def build(self) -> StoryView:
        views = self.article_views()
        rows = self.claim_rows()
        return StoryView(
            story=self.story,
            anchor=f"{self.prefix}-story",
            summary=self.summary(),
            date_range=self.date_range(),
            articles=views,
            sources=self.sources(views),
            graph=self.graph(),
            conflicts=self.conflict_views(),
            single_source=[r for r in rows if r.claim.verdict == "single-source"],
            claims=rows,
            verdict_counts=dict(Counter(c.verdict for c in self.story.claims)),
            kinds=sorted({c.kind for c in self.story.claims}),
            lens=self.lens_rows(),
            off_story=[self.link(span) for span in self.story.off_story],
            off_story_key=f"{self.prefix}o",
        )


def story_view(dossier: Dossier, story: Story, index: int = 0) -> StoryView:
    return _StoryBuilder(dossier, story, index).build()


def dossier_view(dossier: Dossier) -> DossierView:
    """Checks every id and offset of the dossier, then builds the view of each story."""
    check_dossier(dossier)
    return DossierView(
        dossier=dossier,
        stories=[story_view(dossier, s, n) for n, s in enumerate(dossier.stories)],
        claim_count=sum(len(s.claims) for s in dossier.stories),
        conflict_count=sum(len(s.conflicts) for s in dossier.stories),
    )
