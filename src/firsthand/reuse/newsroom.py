"""Which newsroom's text an uncredited original of the story is.

Corpus articles carry no publisher's name we can trust (a scraped page, an FNC-1 body): the
New York Post's own story sits in the pile as "outlet-1719" beside articles that retell it
"according to the New York Post". Counted as it is, the Post and outlet-1719 are two lines of
reporting, and every claim the two share looks corroborated. When the articles that share
copied or lightly edited passages with an article that credits no one all credit one newsroom
X, that article is X's text (or a copy of it), and its line is X's. So it is when an article
prints, next to its credit of X, a quotation ("..., the police chief told the Times of India")
that the uncredited article holds word for word: the words were given to X. The evidence kept
is the shared passages or quotations and the credits of X in the articles that hold them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from firsthand.model import Derivation, Evidence, Span
from firsthand.reuse.attribution import Attribution
from firsthand.reuse.graph import StoryFacts, _span, is_derivation
from firsthand.reuse.origins import origin_kind
from firsthand.reuse.passages import LEXICAL_MATCH, VERBATIM, PairAlignment
from firsthand.reuse.units import (
    Sentence,
    normalised_words,
    overlaps,
    paragraph_spans,
    quoted_spans,
)

SHARED_SENTENCES = 2
"""copied or lightly edited sentences two articles must share to tie one to the other's credit:
one sentence is a quotation any outlet may reprint; two are a passage."""
QUOTE_WORDS = 6
"""words of a quotation two articles must share word for word to tie one to the other's credit
of the newsroom it was told to: shorter ones ("no comment") are anyone's."""
_SOURCE_LINE = re.compile(r"(?m)^[ \t]*(?:[Ss]ources?|SOURCES?|[Vv]ia|VIA)[ \t]*:[ \t]*\S")
_EMBED = re.compile(r"pic\.twitter\.com|https?://|\(@\w+\)")
INTERVIEW_CREDITS = frozenset(("told", "quoted", "quoted by"))
"""credits that say a speaker's words were given to the newsroom ("told the Times of India",
"the BBC quoted him as saying"); "The Post reports" beside a quotation may only retell a public
statement every outlet printed."""


@dataclass(frozen=True)
class Link:
    """Why an uncredited article is a newsroom's text: what another article shares with it,
    and the newsrooms that article credits for it."""

    other: int
    newsrooms: set[str]
    shared: list[Evidence]
    lexical: list[float]
    quotations: frozenset[tuple[str, ...]] = frozenset()
    """the quotations shared, when the tie is quotations told to the newsroom"""


def _newsrooms(
    facts: StoryFacts, position: int, keep: Callable[[Attribution], bool] = lambda _: True
) -> set[str]:
    """The newsrooms and agencies outside the story that the article credits (by the
    attributions `keep` accepts)."""
    outlets = [a.outlet for a in facts.articles]
    in_story = {facts.names.canonical(o) for o in outlets}
    own = facts.names.canonical(facts.articles[position].outlet)
    return {
        name
        for attribution in facts.attributions[position]
        if (name := facts.names.canonical(attribution.name)) not in in_story | {own}
        and origin_kind(attribution.name, outlets) in ("outlet", "agency")
        and keep(attribution)
    }


def _credits_no_one(facts: StoryFacts, position: int) -> bool:
    """No credit of another origin, nor a source line naming anyone else ("Source: Reddit":
    the passages others share with it may be the post both took)."""
    own = facts.names.canonical(facts.articles[position].outlet)
    return all(
        facts.names.canonical(a.name) == own for a in facts.attributions[position]
    ) and not _SOURCE_LINE.search(facts.articles[position].text)


def _credits_copied_along(facts: StoryFacts, position: int, link: Link) -> bool:
    """Every newsroom the article credits inside the text it shares with `link.other` is
    credited by the other article too (a copy keeps its original's credits)."""
    mine = [
        (span.start, span.end)
        for evidence in link.shared
        for span in evidence.spans
        if span.article_id == facts.articles[position].id
    ]
    inside = _newsrooms(facts, position, lambda a: overlaps(mine, a.start, a.end))
    return inside <= _newsrooms(facts, link.other)


def _passage_link(facts: StoryFacts, position: int, alignment: PairAlignment) -> Link | None:
    """Passages the article shares with the other side of `alignment`, when there are enough
    copied sentences and the other side credits a newsroom."""
    # An embedded post ("... pic.twitter.com/...") is copied from the platform, not from
    # either newsroom.
    copied = sum(
        m.lexical >= LEXICAL_MATCH and not _EMBED.search(m.left.own_text) for m in alignment.matches
    )
    if copied < SHARED_SENTENCES and not is_derivation(alignment):
        return None
    other = alignment.right if alignment.left == position else alignment.left
    runs = [
        (
            [m.left if alignment.left == position else m.right for m in run],
            [m.right if alignment.left == position else m.left for m in run],
            run,
        )
        for run in alignment.passages()
    ]
    # A newsroom that interviewed someone for another part of the other article ("the boy's
    # father told NYDN" below a passage taken from the local paper) is not where the shared
    # passages come from; one credited as the source of the report, or inside them, may be.
    spans = [
        (_stretch(facts, other, theirs).start, _stretch(facts, other, theirs).end)
        for _, theirs, _ in runs
    ]
    # A round-up crediting several newsrooms prints each one's text under its credit ("a story
    # in Quartz ... According to the story, ...:" over Quartz's paragraphs): a credit in the
    # shared passages or the paragraph that leads into them says whose they are.
    lead_ins = [(_lead_in(facts.articles[other].text, start), end) for start, end in spans]
    newsrooms = _newsrooms(
        facts, other, lambda a: overlaps(lead_ins, a.start, a.end)
    ) or _newsrooms(
        facts,
        other,
        lambda a: a.pattern not in INTERVIEW_CREDITS or overlaps(spans, a.start, a.end),
    )
    if not newsrooms:
        return None
    shared = []
    for mine, theirs, run in runs:
        shared.append(
            Evidence(
                kind="passage",
                spans=[_stretch(facts, position, mine), _stretch(facts, other, theirs)],
                similarity=round(float(np.mean([m.similarity for m in run])), 3),
                note=f"{len(run)} sentence(s) also in an article crediting "
                + ", ".join(sorted(newsrooms)),
            )
        )
    return Link(other, newsrooms, shared, [m.lexical for m in alignment.matches])


def _lead_in(text: str, position: int) -> int:
    """Start of the paragraph that leads into the one at `position`, past the block quotes
    between them (the passage shared may begin after the first paragraphs of a block)."""
    paragraphs = paragraph_spans(text)
    blocks = quoted_spans(text)
    at = next((i for i, (_, end) in enumerate(paragraphs) if position < end), len(paragraphs) - 1)
    at = max(at - 1, 0)
    while at > 0 and any(
        q_start <= paragraphs[at][0] and paragraphs[at][1] <= q_end for q_start, q_end in blocks
    ):
        at -= 1
    return paragraphs[at][0]


def _stretch(facts: StoryFacts, position: int, sentences: Sequence[Sentence]) -> Span:
    return _span(
        facts.articles[position], min(s.start for s in sentences), max(s.end for s in sentences)
    )


def _quotations(text: str) -> list[tuple[tuple[str, ...], int, int]]:
    """(words, start, end) of each quotation long enough to be one speaker's own words."""
    found = []
    for start, end in quoted_spans(text):
        words = tuple(normalised_words(text[start:end]))
        if len(words) >= QUOTE_WORDS:
            found.append((words, start, end))
    return found


def _quote_links(facts: StoryFacts, position: int) -> list[Link]:
    """Other articles that print a quotation of the article's word for word and say, in the
    quotation's paragraph or the one before, that it was told to a newsroom ("Both families
    have resolved the matter," the police chief told the Times of India)."""
    article = facts.articles[position]
    mine = {words: (start, end) for words, start, end in _quotations(article.text)}
    links = []
    for other, candidate in enumerate(facts.articles):
        if other == position:
            continue
        paragraphs = paragraph_spans(candidate.text)
        newsrooms: set[str] = set()
        shared = []
        quotations = set()
        for words, start, _ in _quotations(candidate.text):
            if words not in mine:
                continue
            at = next(i for i, (_, p_end) in enumerate(paragraphs) if start < p_end)
            told_in = [(paragraphs[max(at - 1, 0)][0], paragraphs[at][1])]
            local = _newsrooms(facts, other, _told_within(told_in))
            if not local:
                continue
            newsrooms |= local
            quotations.add(words)
            shared.append(
                Evidence(
                    kind="passage",
                    spans=[
                        _span(article, *mine[words]),
                        _span(candidate, paragraphs[at][0], paragraphs[at][1]),
                    ],
                    similarity=1.0,
                    note="quotation also printed by an article crediting "
                    + ", ".join(sorted(local)),
                )
            )
        if shared:
            links.append(Link(other, newsrooms, shared, [1.0] * len(shared), frozenset(quotations)))
    return links


def _told_within(spans: list[tuple[int, int]]) -> Callable[[Attribution], bool]:
    def told(attribution: Attribution) -> bool:
        return attribution.pattern in INTERVIEW_CREDITS and overlaps(
            spans, attribution.start, attribution.end
        )

    return told


def credited_originals(
    facts: StoryFacts, alignments: Sequence[PairAlignment], derivations: Sequence[Derivation]
) -> tuple[list[Derivation], set[str]]:
    """The derivations with an edge added from each uncredited original to the newsroom whose
    text it is (see the module), and the copies of it that credit that newsroom no longer
    marked uncredited; and the ids of the articles found to be all a newsroom's text."""
    # a copy whose direction is a guess (same day, alike in length) may be the original
    derives = {d.article_id for d in derivations if d.derived_from and d.direction_known}
    added: list[Derivation] = []
    owner_of: dict[str, str] = {}
    whole_texts: set[str] = set()
    for position, article in enumerate(facts.articles):
        # an article that credits anyone, or is known to take from another of the story, is
        # not the root
        if article.id in derives or _SOURCE_LINE.search(article.text):
            continue
        links = [
            link
            for alignment in alignments
            if position in (alignment.left, alignment.right)
            and (link := _passage_link(facts, position, alignment)) is not None
        ] + _quote_links(facts, position)
        if not _credits_no_one(facts, position):
            # A newsroom's text credits its own sources ("told Saudi daily Ajel", "the
            # Emirates247 website reported"), and a copy of it carries those credits along:
            # the article may still be the newsroom's text when none of its credits falls in
            # what it shares unless the other article copied that credit too, and the newsroom
            # the others credit is not one it credits itself (then it retells that newsroom).
            own_credits = _newsrooms(facts, position)
            links = [
                dataclasses.replace(link, newsrooms=link.newsrooms - own_credits)
                for link in links
                if _credits_copied_along(facts, position, link)
            ]
            links = [link for link in links if link.newsrooms]
        # Every article holding its passages must credit the same newsroom: two that credit
        # different ones leave it unknown whose text the original is.
        common = set.intersection(*(link.newsrooms for link in links)) if links else set()
        if len(common) != 1:
            continue
        (newsroom,) = common
        owner_of[article.id] = newsroom
        added.append(_owner_derivation(facts, position, newsroom, links))
        # Shared passages, or several quotations of the interview, make the article the
        # newsroom's text; one quotation only says that quote came from it (a listicle or a
        # follow-up quoting one line of the interview may report the rest itself).
        quotations = frozenset().union(*(link.quotations for link in links))
        if any(not link.quotations for link in links) or len(quotations) > 1:
            whole_texts.add(article.id)
    updated = [_settled(facts, d, owner_of) for d in derivations]
    return updated + added, whole_texts


def _settled(facts: StoryFacts, derivation: Derivation, owner_of: dict[str, str]) -> Derivation:
    """A derivation seen again once the newsroom texts are known: a copy whose direction was
    a guess points away from the newsroom's text (the other side, crediting no one, is the
    copy), and a copy of that text which names the newsroom is credited."""
    if (
        derivation.article_id in owner_of
        and not derivation.direction_known
        and derivation.kind != "cites"
        and derivation.derived_from not in owner_of
        # an uncredited twin; one that names a newsroom may be what named it to us
        and _credits_no_one(facts, _position(facts, derivation.derived_from))
    ):
        assert derivation.derived_from is not None
        passages = [
            e.model_copy(update={"spans": e.spans[::-1]})
            for e in derivation.evidence
            if e.kind == "passage"
        ]
        passages[0] = passages[0].model_copy(
            update={
                "note": f"{passages[0].note}; the other is {owner_of[derivation.article_id]}'s text"
            }
        )
        derivation = derivation.model_copy(
            update={
                "article_id": derivation.derived_from,
                "derived_from": derivation.article_id,
                "direction_known": True,
                "uncredited": True,
                "evidence": passages,
            }
        )
    position = _position(facts, derivation.article_id)
    if (
        derivation.uncredited
        and derivation.derived_from in owner_of
        and (
            owner_of[derivation.derived_from] in _newsrooms(facts, position)
            or facts.republished(position)
        )
    ):
        return derivation.model_copy(update={"uncredited": False})
    return derivation


def _position(facts: StoryFacts, article_id: str | None) -> int:
    return next(i for i, a in enumerate(facts.articles) if a.id == article_id)


def _owner_derivation(
    facts: StoryFacts, position: int, newsroom: str, links: Sequence[Link]
) -> Derivation:
    evidence: list[Evidence] = []
    for link in links:
        evidence += link.shared
        evidence += [
            Evidence(
                kind="attribution",
                spans=[_span(facts.articles[link.other], a.start, a.end)],
                note=f"the article sharing its text credits {newsroom}",
            )
            for a in facts.attributions[link.other]
            if facts.names.canonical(a.name) == newsroom
        ]
    lexical = [value for link in links for value in link.lexical]
    return Derivation(
        article_id=facts.articles[position].id,
        derived_from=newsroom,
        origin=newsroom,
        kind="copy" if float(np.mean(lexical)) >= VERBATIM else "rewrite",
        # its copies credit the newsroom; which of them ran first is not known
        direction_known=False,
        evidence=evidence,
    )
