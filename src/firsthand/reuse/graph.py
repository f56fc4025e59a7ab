"""The derivation graph of one story: who copied, rewrote or cited whom, and the origins.

An aligned pair becomes a derivation when it shares a real passage: at least three matched
sentences and either a large share of one article (or two copied ones, one verbatim, that
are a large share of a short article), or one run of three lightly edited
sentences (shared wire copy inside otherwise independent reports), or four sentences of
their own (unquoted) words copied verbatim, wherever they stand (paragraphs lifted from an
origin into a longer rewrite). Direction comes from
publication dates, else from attribution (the article that credits the other's outlet is the
derivative), else from a whole-article credit (a dateline, credit line, byline or
republication note on one side only: the side that credits no one is the copy), else from the
newsroom's own voice ("this newspaper has received", "our source": the side that speaks as the
reporting newsroom is the original), else from containment (the origin holds more material
the other lacks).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from firsthand.model import Article, Derivation, Evidence, Origin, Span, Story
from firsthand.reuse.attribution import (
    CREDIT_LINES,
    NEWSROOM_VOICE,
    OUTLET_FINDS,
    REPUBLICATION,
    Attribution,
    clean_name,
)
from firsthand.reuse.origins import OriginNames, origin_kind
from firsthand.reuse.passages import LEXICAL_MATCH, VERBATIM, PairAlignment, SentenceMatch
from firsthand.reuse.reporting import Statement, describe, own_reporting
from firsthand.reuse.units import blank_quotes

MIN_MATCHES = 3
MIN_COVERAGE = 0.3
SHORT_COPY = 2
"""copied sentences (one verbatim) that make a derivation when they cover MIN_COVERAGE of one
article"""
"""share of one article's own words inside matched sentences that makes a derivation"""
WIRE_RUN = 3
"""consecutive lightly edited sentences that make a derivation whatever the coverage"""
VERBATIM_SENTENCES = 4
"""verbatim sentence matches that make a derivation whatever the coverage and order"""
CONTAINMENT_MARGIN = 0.15
"""how much more unmatched material the origin must hold for containment to decide"""


def is_derivation(alignment: PairAlignment) -> bool:
    covered = max(alignment.left_coverage, alignment.right_coverage) >= MIN_COVERAGE
    if len(alignment.matches) < MIN_MATCHES:
        # A short article (a brief, an aggregator's few lines under "Read more here") can keep
        # only two sentences of its source: copied, one word for word, and a large share of it.
        copied = [m.lexical for m in alignment.matches if m.lexical >= LEXICAL_MATCH]
        return covered and len(copied) >= SHORT_COPY and max(copied) >= VERBATIM
    if covered:
        return True
    if sum(m.lexical >= VERBATIM for m in alignment.matches) >= VERBATIM_SENTENCES:
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
    statements: Sequence[Sequence[Statement]]
    names: OriginNames
    derivations: list[Derivation] = field(default_factory=list)

    def written_attributions(self, derived: int, source: int) -> list[Attribution]:
        """`derived`'s attributions less those copied along with `source`'s text (the
        source's own "an investigation by the Herald found"): the derivative did not write
        those, so they neither credit the source nor tell which came first."""
        derived_text = self.articles[derived].text
        source_text = _flat(self.articles[source].text)
        return [
            a
            for a in self.attributions[derived]
            if _flat(derived_text[a.start : a.end]) not in source_text
        ]

    def credits(self, derived: int, source: int) -> list[Attribution]:
        """Attributions `derived` wrote naming `source`'s outlet or an origin `source` credits
        too ("From CNN:" above a passage of an article datelined "(CNN)"); and the news agency
        or dateline credit both carry (both ran the same wire copy, credit line included)."""
        outlet = self.names.canonical(self.articles[source].outlet)
        outlets = [a.outlet for a in self.articles]
        shared = {self.names.canonical(a.name) for a in self.attributions[source]}
        written = self.written_attributions(derived, source)
        return [
            a
            for a in self.attributions[derived]
            if (a in written and self.names.canonical(a.name) in {outlet, *shared})
            or (
                self.names.canonical(a.name) in shared
                and (a.pattern in CREDIT_LINES or origin_kind(a.name, outlets) == "agency")
            )
        ]

    def cites_outlet(self, derived: int, source: int) -> bool:
        outlet = self.names.canonical(self.articles[source].outlet)
        return any(
            self.names.canonical(a.name) == outlet
            for a in self.written_attributions(derived, source)
        )

    def republished(self, position: int) -> bool:
        """The article says it is another publisher's text ("This article originally appeared
        at X", "Reprinted with permission of X", "[With AFP]", "Source: X, Y")."""
        return any(a.pattern in REPUBLICATION for a in self.attributions[position])

    def reprints(self, position: int) -> bool:
        """The article says it reprints another publisher's article ("originally appeared at
        X"), not only that a wire's copy went into it ("[With AFP]")."""
        return any(a.pattern in REPUBLICATION - CREDIT_LINES for a in self.attributions[position])

    def own_credit(self, position: int) -> bool:
        """The article carries its own newsroom's or wire's credit for all of its text: a
        dateline or credit line, or a byline that ingest kept as metadata."""
        return any(a.pattern in CREDIT_LINES for a in self.attributions[position]) or any(
            r.reason in ("byline", "credit-line")
            or (r.reason == "dateline" and _PLACE_DATELINE.search(r.text))
            for r in self.articles[position].removed
        )

    def newsroom_voice(self, position: int) -> list[tuple[int, int]]:
        """Spans where the article speaks, outside quotations, as the newsroom that did the
        reporting: "this newspaper has received", "our source", "told this paper", "we can
        reveal", or its own outlet named as the one that obtained or was told something."""
        article = self.articles[position]
        own_text = blank_quotes(article.text)
        spans = [m.span() for m in NEWSROOM_VOICE.finditer(own_text)]
        own = self.names.canonical(article.outlet)
        spans += [
            m.span()
            for m in OUTLET_FINDS.finditer(own_text)
            if self.names.canonical(clean_name(m["name"])) == own
        ]
        return spans


# "BEIRUT —": a correspondent's dateline, not a page's time stamp ("Updated 10:32 GMT")
_PLACE_DATELINE = re.compile(r"(?:—|–|--|-)\s*$")


def _flat(text: str) -> str:
    return " ".join(text.lower().split())


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
    contained = None
    if abs(left_unique - right_unique) >= CONTAINMENT_MARGIN:
        contained = right if left_unique > right_unique else left
    # A republication note says its article is a reprint, whatever the other's outlet is
    # called; unless the other is an excerpt of it (both then reprint one original).
    left_reprint, right_reprint = facts.reprints(left), facts.reprints(right)
    reprint = left if left_reprint else right
    other = right if reprint == left else left
    # A reprint that keeps the original's own credit ("(Reuters) -", "(Reporting by ...)")
    # beside a copy that dropped every credit is the faithful one: the other copied the wire.
    faithful = facts.own_credit(reprint) and not facts.own_credit(other)
    if left_reprint != right_reprint and contained in (None, reprint) and not faithful:
        return reprint, other, True, "says it is a reprint"
    # A wire's dateline or a newsroom's byline travels with its own text; a copy that dropped
    # every credit shows itself by that.
    left_credit, right_credit = facts.own_credit(left), facts.own_credit(right)
    if left_credit != right_credit:
        how = "the other carries its newsroom's credit (dateline, byline, credit line)"
        return (right, left, True, how) if left_credit else (left, right, True, how)
    # Only the newsroom that did the reporting writes "this newspaper has received" or "our
    # source"; its copy drops those words (the ones both keep decide nothing).
    left_voice = bool(facts.newsroom_voice(left))
    right_voice = bool(facts.newsroom_voice(right))
    if left_voice != right_voice:
        how = "the other speaks as the reporting newsroom ('this newspaper', 'our source')"
        return (right, left, True, how) if left_voice else (left, right, True, how)
    if contained is not None:
        source = left if contained == right else right
        return contained, source, True, "contained in the other (containment)"
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
        # a republication note credits the article it reprints, though its name for that
        # publisher may not be the name the story knows the article's outlet by
        uncredited=not credited and not same_outlet and not facts.republished(derived),
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
    """Reuse edges from aligned passages, then `cites` edges from attributions (see
    `mark_own_reporting` for the partly-independent mark)."""
    derivations = [_reuse_derivation(facts, a) for a in alignments if is_derivation(a)]
    for position, article in enumerate(facts.articles):
        linked = {d.derived_from for d in derivations if d.article_id == article.id}
        derivations += _cite_derivations(facts, position, {x for x in linked if x})
    return derivations


def mark_own_reporting(
    facts: StoryFacts, derivations: Sequence[Derivation], newsroom_texts: Collection[str] = ()
) -> list[Derivation]:
    """The derivations, marked partly independent on every article that derives yet has
    sources of its own; not on `newsroom_texts` (ids of articles that are all another
    newsroom's text, whose reporting is that newsroom's)."""
    return [
        marked
        for position in range(len(facts.articles))
        for marked in _mark_own_reporting(
            facts, position, derivations, facts.articles[position].id in newsroom_texts
        )
    ]


def _mark_own_reporting(
    facts: StoryFacts, position: int, derivations: Sequence[Derivation], newsroom_text: bool
) -> list[Derivation]:
    """The article's derivations, marked partly independent when it has statements from
    sources of its own (see `reporting.own_reporting`): people that none of its sources (its
    in-corpus sources; for an external origin, every other article of the story) quotes or
    names, and unnamed sources no other text of the story describes alike."""
    article = facts.articles[position]
    own = [d for d in derivations if d.article_id == article.id]
    texts = {a.id: a.text for a in facts.articles}
    elsewhere = [texts[d.derived_from] for d in own if d.derived_from in texts]
    external = [d.derived_from for d in own if d.derived_from and d.derived_from not in texts]
    others = [a.text for a in facts.articles if a.id != article.id] + external
    if external:
        elsewhere = others
    # A republished article is all its publisher's reporting, reached through the credit.
    republished = facts.republished(position) or newsroom_text
    fresh = (
        own_reporting(facts.statements[position], elsewhere, others)
        if own and not republished
        else []
    )
    if not fresh:
        return own
    note = Evidence(
        kind="own-reporting",
        spans=[_span(article, s.start, s.end) for s in fresh],
        note=describe(fresh),
    )
    return [
        d.model_copy(update={"partly_independent": True, "evidence": [*d.evidence, note]})
        for d in own
    ]


def resolve_origins(
    facts: StoryFacts, derivations: Sequence[Derivation]
) -> tuple[list[Derivation], list[Origin]]:
    """The story's origins, and each derivation's `origin` filled in.

    Roots are the articles that derive from nothing (named by outlet: one newsroom's root
    articles are one origin) and the origins outside the story that articles cite. A root's
    `article_ids` are the articles that reach it along derivations. A partly independent
    article is also an origin of its own (its outlet, kind "article"), for its own reporting.
    """
    articles = facts.articles
    outlet_name = {a.id: facts.names.canonical(a.outlet) for a in articles}
    position = {a.id: index for index, a in enumerate(articles)}
    sources: dict[str, list[str]] = {a.id: [] for a in articles}
    for d in derivations:
        if d.derived_from and d.derived_from != d.article_id:
            sources[d.article_id].append(d.derived_from)

    memo: dict[str, set[str]] = {}

    def roots_of(start: str) -> set[str]:
        if start in memo:
            return memo[start]
        found: set[str] = set()
        visited = {start}
        stack = [start]
        while stack:
            node = stack.pop()
            if node not in sources:
                found.add(node)  # an origin outside the story, by name
            elif not sources[node]:
                found.add(outlet_name[node])
            for source in sources.get(node, []):
                if source not in visited:
                    visited.add(source)
                    stack.append(source)
        if not found:
            # a cycle of reuse with no date or containment to break it: its first article
            # stands for all of it
            first = min((n for n in visited if n in position), key=position.__getitem__)
            found.add(outlet_name[first])
        memo[start] = found
        return found

    by_origin: dict[str, list[str]] = {}
    for article in articles:
        for name in sorted(roots_of(article.id)):
            by_origin.setdefault(name, []).append(article.id)
    for d in derivations:
        if d.partly_independent and d.article_id not in by_origin.get(
            outlet_name[d.article_id], []
        ):
            by_origin.setdefault(outlet_name[d.article_id], []).append(d.article_id)
    outlets = [a.outlet for a in articles]
    in_corpus = set(outlet_name.values())
    origins = [
        Origin(
            name=name,
            article_ids=members,
            in_corpus=name in in_corpus,
            kind="article" if name in in_corpus else origin_kind(name, outlets),  # type: ignore[arg-type]
        )
        for name, members in sorted(by_origin.items())
    ]
    filled = [
        d
        if d.origin
        else d.model_copy(
            update={"origin": ", ".join(sorted(roots_of(d.derived_from or d.article_id)))}
        )
        for d in derivations
    ]
    return filled, origins


def reporting_lines(story: Story) -> tuple[dict[str, list[str]], int]:
    """(article id -> the origin names it traces back to, independent lines of reporting).

    Lines of reporting are the weakly connected components of the graph whose nodes are the
    story's articles and its external origins and whose edges are the derivations (and each
    root origin's tie to the articles that reach it), plus one per partly independent outlet
    (its own reporting is a second line, when another article of the story shares its
    component). An article traces back to the root origins of its
    component, and a partly independent article to its own outlet as well.
    """
    own_reporting = {d.article_id for d in story.derivations if d.partly_independent}
    own_lines = [
        o for o in story.origins if o.kind == "article" and set(o.article_ids) <= own_reporting
    ]
    roots = [o for o in story.origins if o not in own_lines]
    parent: dict[str, str] = {}

    def find(node: str) -> str:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def union(first: str, second: str) -> None:
        parent[find(first)] = find(second)

    for article_id in story.article_ids:
        find(article_id)
    for d in story.derivations:
        if d.derived_from:
            union(d.article_id, d.derived_from)
    for origin in roots:
        for article_id in origin.article_ids:
            union(origin.name, article_id)
    root_names: dict[str, list[str]] = {}
    for origin in roots:
        root_names.setdefault(find(origin.name), []).append(origin.name)
    traced = {
        article_id: sorted(root_names.get(find(article_id), [])) for article_id in story.article_ids
    }
    for origin in own_lines:
        for article_id in origin.article_ids:
            traced[article_id].append(origin.name)
    components = {find(article_id) for article_id in story.article_ids}
    # Own reporting is a second line only beside a retelling of the origin within the story:
    # alone in its component, the partly independent article already is its line.
    extra = {
        o.name
        for o in own_lines
        if any(
            find(other) in {find(a) for a in o.article_ids}
            for other in story.article_ids
            if other not in o.article_ids
        )
    } - {o.name for o in roots}
    return traced, len(components) + len(extra)
