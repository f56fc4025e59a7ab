"""Alignment of mentions across a story's articles into claims, verdicts and conflicts."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date

from firsthand.align.ages import age_disagreements
from firsthand.align.explain import explanation
from firsthand.align.match import (
    NOTHING,
    Finding,
    Judgement,
    Spans,
    candidate_pairs,
    edge_spans,
    judge,
    overlapping,
)
from firsthand.align.origins import UNNAMED_REPORTS, Provenance, independent_lines, provenance
from firsthand.align.text import CALLED_FALSE_BACK, Denial, debunked_reports
from firsthand.embed import embedder
from firsthand.model import (
    Article,
    Claim,
    Conflict,
    ConflictKind,
    ConflictSide,
    Mention,
    MentionRef,
    Span,
    Story,
    Verdict,
)
from firsthand.sentences import sentence_spans

__all__ = ["align"]

UNTRACED_NOTE = "provenance not traced: each outlet counted as its own origin"
HEARSAY_NOTE = "told only as hearsay ('reportedly', 'is said to'): no article names a source"


def _off_story(mention: Mention, spans: Sequence[Span]) -> bool:
    return any(
        span.article_id == mention.article_id
        and span.start < mention.end
        and mention.start < span.end
        for span in spans
    )


def _checked(
    story: Story, articles: Sequence[Article], mentions: Sequence[Mention]
) -> list[Mention]:
    """The story's mentions outside off-story passages; bad references raise ValueError."""
    texts = {article.id: article.text for article in articles}
    missing = set(story.article_ids) - set(texts)
    if missing:
        raise ValueError(f"story {story.id}: articles not given: {sorted(missing)}")
    for mention in mentions:
        text = texts.get(mention.article_id)
        if text is None:
            raise ValueError(f"mention {mention.id}: article {mention.article_id} not in story")
        if text[mention.start : mention.end] != mention.text:
            raise ValueError(
                f"mention {mention.id}: text does not match article "
                f"{mention.article_id}[{mention.start}:{mention.end}]"
            )
    return [m for m in mentions if not _off_story(m, story.off_story)]


def debunked_mentions(
    articles: Sequence[Article], mentions: Sequence[Mention]
) -> dict[str, Denial]:
    """Mentions (by id) in a sentence telling of a report that its article later calls false
    (the sentence calling it false often states nothing checkable and is no mention)."""
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_article[mention.article_id].append(mention)
    found = {}
    for article in articles:
        if article.id not in by_article or not CALLED_FALSE_BACK.search(article.text):
            continue
        spans = sentence_spans(article.text)
        told = debunked_reports([article.text[start:end] for start, end in spans])
        for index, called in told.items():
            start, end = spans[index]
            for mention in by_article[article.id]:
                if start <= mention.start < end:
                    found[mention.id] = called
    return found


def _judgements(
    mentions: Sequence[Mention],
    derived: set[tuple[str, str | None]],
    debunked: dict[str, Denial],
) -> list[tuple[int, int, Judgement]]:
    """Each candidate pair's judgement; only pairs that the cosine could decide are embedded.

    A judgement only gains findings and edges as the cosine rises, so a pair judged NOTHING
    at a cosine of 1 is settled by its hard evidence alone and needs no embedding.
    """

    def retold(first: int, second: int) -> bool:
        """Reuse drew a derivation between the two articles: one retells the other."""
        ends = mentions[first].article_id, mentions[second].article_id
        return ends in derived or ends[::-1] in derived

    pairs = [
        (first, second)
        for first, second in sorted(candidate_pairs(mentions))
        if judge(mentions[first], mentions[second], 1.0, retold(first, second), debunked) != NOTHING
    ]
    needed = sorted({index for pair in pairs for index in pair})
    if not needed:
        return []
    vectors = embedder().embed([mentions[index].text for index in needed])
    row = {index: position for position, index in enumerate(needed)}
    found = []
    for first, second in pairs:
        cosine = float(vectors[row[first]] @ vectors[row[second]])
        judgement = judge(
            mentions[first], mentions[second], cosine, retold(first, second), debunked
        )
        if judgement != NOTHING:
            found.append((first, second, judgement))
    return found


def _groups(
    mentions: Sequence[Mention], judgements: Sequence[tuple[int, int, Judgement]]
) -> list[int]:
    """Group of each mention: strongest 'same' edges first, never joining two that conflict.

    Nor through a hub: a mention that joined its group on one of its quotes or figures and
    would join the other group on another one (see `edge_spans`), with no other edge between
    the two groups. 'We are honored' and 'we will secure the border' quoted in one paragraph
    are two statements, and so are the $8 billion and the $5.7 billion of one sentence.
    """
    group = list(range(len(mentions)))
    members: dict[int, set[int]] = {index: {index} for index in range(len(mentions))}
    clashes: dict[int, set[int]] = defaultdict(set)
    neighbours: dict[int, set[int]] = defaultdict(set)
    for first, second, judgement in judgements:
        if judgement.finding is not None:
            clashes[first].add(second)
            clashes[second].add(first)
        if judgement.same is not None:
            neighbours[first].add(second)
            neighbours[second].add(first)
    joined_on: dict[int, Spans] = defaultdict(list)  # what each mention joined its group on

    def hub(mention: int, spans: Spans, other_group: int) -> bool:
        """`mention` would link its group to the other on a part it did not join on."""
        if not joined_on[mention] or overlapping(spans, joined_on[mention]):
            return False
        own = members[group[mention]] - {mention}
        return not any(neighbours[index] & members[other_group] for index in own)

    edges = sorted(((j.same, a, b) for a, b, j in judgements if j.same is not None), reverse=True)
    for _, first, second in edges:
        left, right = group[first], group[second]
        if left == right:
            continue
        if any(clashes[index] & members[right] for index in members[left]):
            continue
        spans_first, spans_second = edge_spans(mentions[first], mentions[second])
        if hub(first, spans_first, right) or hub(second, spans_second, left):
            continue
        joined_on[first] += spans_first
        joined_on[second] += spans_second
        if len(members[left]) < len(members[right]):
            left, right = right, left
        for index in members.pop(right):
            group[index] = left
            members[left].add(index)
    return group


def _statement(mentions: Sequence[Mention], joined: Counter[str]) -> Mention:
    """The clearest wording: asserted, joined to the most other members (a lead sentence that
    carries several claims joined its group on one of them and would show another), of a
    readable length."""
    return min(
        mentions,
        key=lambda m: (m.modality != "asserted", -joined[m.id], abs(len(m.text) - 140), m.id),
    )


def _verdict(article_count: int, origin_count: int, contested: bool) -> Verdict:
    if contested:
        return "contested"
    if origin_count >= 2:
        return "corroborated"
    return "echoed" if article_count >= 2 else "single-source"


def _note(traced: bool, origins: Sequence[str]) -> str | None:
    if not traced:
        return UNTRACED_NOTE
    return HEARSAY_NOTE if list(origins) == [UNNAMED_REPORTS] else None


def _span(mention: Mention) -> Span:
    return Span(
        article_id=mention.article_id, start=mention.start, end=mention.end, text=mention.text
    )


def _conflict(
    conflict_id: str,
    kind: ConflictKind,
    claim_ids: list[str],
    sides: list[tuple[str, list[Mention]]],
    outlets: dict[str, str],
) -> Conflict:
    """A conflict from its two sides, each a value as shown and the mentions stating it."""
    return Conflict(
        id=conflict_id,
        kind=kind,
        claim_ids=claim_ids,
        explanation=explanation(kind, sides, outlets),
        sides=[
            ConflictSide(value=value, mentions=[_span(m) for m in side_mentions])
            for value, side_mentions in sides
        ],
    )


def _conflicts(
    story: Story,
    findings: Sequence[Finding],
    claim_of: dict[str, str],
    outlets: dict[str, str],
) -> list[Conflict]:
    """One conflict per kind and pair of claims, gathering every mention on either side."""
    merged: dict[tuple[ConflictKind, str, str], list[Finding]] = defaultdict(list)
    for finding in findings:
        ends = sorted([claim_of[finding.first.id], claim_of[finding.second.id]])
        merged[(finding.kind, ends[0], ends[1])].append(finding)
    conflicts = []
    for number, ((kind, _, _), group) in enumerate(sorted(merged.items()), start=1):
        left = claim_of[group[0].first.id]
        sides: dict[int, tuple[str, list[Mention]]] = {}
        for finding in group:
            swap = int(claim_of[finding.first.id] != left)  # possible only across two claims
            stated = ((finding.first, finding.first_value), (finding.second, finding.second_value))
            for position, (mention, value) in enumerate(stated):
                _, side_mentions = sides.setdefault(position ^ swap, (value, []))
                if mention not in side_mentions:
                    side_mentions.append(mention)
        conflicts.append(
            _conflict(
                f"{story.id}:x{number}",
                kind,
                list(dict.fromkeys([left, claim_of[group[0].second.id]])),
                [sides[0], sides[1]],
                outlets,
            )
        )
    return conflicts


def _day(published: str | None) -> date | None:
    """The day of an ISO 8601 publication date or datetime."""
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _age_conflicts(
    story: Story,
    mentions: Sequence[Mention],
    published: dict[str, date],
    found: Sequence[Conflict],
    claim_of: dict[str, str],
    outlets: dict[str, str],
) -> list[Conflict]:
    """A person given two ages (see `ages`), unless a value conflict already shows them."""
    shown = [{(s.article_id, s.start) for s in side.mentions} for c in found for side in c.sides]
    conflicts: list[Conflict] = []
    for person, sides in age_disagreements(mentions, published):
        at = [{(m.article_id, m.start) for m in side_mentions} for _, side_mentions in sides]
        if any(at[0] & one and at[1] & other for one in shown for other in shown):
            continue
        conflicts.append(
            _conflict(
                f"{story.id}:x{len(found) + len(conflicts) + 1}",
                "value",
                list(dict.fromkeys(claim_of[m.id] for _, ms in sides for m in ms)),
                [(f"{person}'s age as {age:g}", side_mentions) for age, side_mentions in sides],
                outlets,
            )
        )
    return conflicts


def align(story: Story, articles: Sequence[Article], mentions: Sequence[Mention]) -> Story:
    """The story with claims (each with a verdict) and conflicts.

    Mentions inside the story's off-story passages are left out. When reuse has not traced
    provenance, each outlet counts as its own origin and every claim says so.
    """
    kept = _checked(story, articles, mentions)
    sources: Provenance = provenance(story, articles, kept)
    outlets = {article.id: article.outlet or article.id for article in articles}
    derived = {(d.article_id, d.derived_from) for d in story.derivations}
    judgements = _judgements(kept, derived, debunked_mentions(articles, kept))
    group = _groups(kept, judgements)

    grouped: dict[int, list[Mention]] = defaultdict(list)
    for index, mention in enumerate(kept):
        grouped[group[index]].append(mention)
    order = {article_id: rank for rank, article_id in enumerate(story.article_ids)}
    ordered_groups = sorted(
        grouped.values(),
        key=lambda ms: min((order.get(m.article_id, 0), m.start) for m in ms),
    )
    joined: Counter[str] = Counter()  # 'same' edges of each mention inside its group
    for first, second, judgement in judgements:
        if judgement.same is not None and group[first] == group[second]:
            joined.update((kept[first].id, kept[second].id))
    claim_of = {}
    for number, members in enumerate(ordered_groups, start=1):
        for mention in members:
            claim_of[mention.id] = f"{story.id}:c{number}"

    findings = [j.finding for _, _, j in judgements if j.finding is not None]
    conflicts = _conflicts(story, findings, claim_of, outlets)
    published = {a.id: day for a in articles if (day := _day(a.published)) is not None}
    conflicts += _age_conflicts(story, kept, published, conflicts, claim_of, outlets)
    contested = {
        claim_id
        for conflict in conflicts
        if conflict.kind != "distinct-figures"
        # A denial contests what it denies, not itself: "she took to Instagram to deny the
        # rumours" is no less true for the rumour (its claim comes first, see `_conflicts`).
        for claim_id in (
            conflict.claim_ids[:1] if conflict.kind == "denial" else conflict.claim_ids
        )
    }
    claims = []
    for number, members in enumerate(ordered_groups, start=1):
        claim_id = f"{story.id}:c{number}"
        members = sorted(members, key=lambda m: (order.get(m.article_id, 0), m.start))
        origins = independent_lines(sources.claim_traces(members))
        article_count = len({m.article_id for m in members})
        claims.append(
            Claim(
                id=claim_id,
                statement=_statement(members, joined).text,
                kind=Counter(m.kind for m in members).most_common(1)[0][0],
                verdict=_verdict(article_count, len(origins), claim_id in contested),
                independent_origin_count=len(origins),
                origins=origins,
                mentions=[MentionRef.of(m) for m in members],
                note=_note(sources.traced, origins),
            )
        )
    return story.model_copy(update={"claims": claims, "conflicts": conflicts})
