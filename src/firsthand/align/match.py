"""Candidate pairs of mentions (blocked, never all pairs) and the decision for each pair.

A pair is either the same statement (an edge for grouping into a claim), a conflict (two
statements about the same thing that cannot both be right, or a "distinct figures" note), or
nothing. Typed values, counted nouns, units, quotes and source names are the hard evidence;
the MiniLM cosine and lexical overlap of the text around the values are the soft evidence.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from rapidfuzz import fuzz

from firsthand.align import values as V
from firsthand.align.text import (
    DOUBTING,
    REPORTS_THAT,
    Denial,
    content_stems,
    denial,
    different_sources,
    framing_aside,
    is_personal_name,
    masked,
    negation_aside,
    quote_words,
    same_quote,
    states_denied,
)
from firsthand.model import ConflictKind, Mention, Modality, Value, name_part, surname
from firsthand.words import content_words, stem, words

SAME_WITH_VALUES = 0.55
"""Cosine above which two mentions sharing an equal typed value state the same thing."""
SAME_WITH_WEAK_VALUES = 0.75
"""The same when every shared value is one many sentences of a story share (see `_weak`)."""
SMALL_COUNT = 12
"""A bare count up to this ('two countries', 'three men') is too common to tie two sentences."""
SAME_WITHOUT_VALUES = 0.85
"""Cosine above which two mentions without a shared value state the same thing."""
SAME_SLOT = 0.75
"""Cosine above which two mentions whose values differ are about the same thing."""
SAME_EVENT = 0.85
"""Cosine for two different dates to be about the same event: stories date many events."""
SAME_ARTICLE_FRAME = 85.0
"""Frame similarity for two differing figures inside one article."""
MIN_SHARED_CONTEXT = 2
"""A conflict needs this many shared content words besides the figures: no bare datelines."""
DISTINCT_SLOT = 0.7
"""The same bar for differing figures credited to two different named sources."""
SAME_SLOT_MASKED = 80.0
"""rapidfuzz token-set ratio of the two texts with their values masked, for the same test."""
REFRAMED = 0.88
"""Cosine for a change of framing (fact vs forecast) of the very same figures."""
REFRAMED_WORDING = 80.0
"""And the wording ratio: on real stories, looser bars mostly caught one clause's 'would'
colouring a whole sentence."""
DETAIL_FRAME = 90.0
"""Ratio of two texts with the differing names masked: only one name changed, the rest kept."""
SUBJECT_WORDS = 4
"""Words between a name and a figure for the figure to be that name's (see _subject)."""
NEAR_BEFORE = 3
NEAR_AFTER = 2
"""Content words either side of a figure that say what it is ('fined', 'fines could reach')."""
DENIAL = 0.65
"""Cosine between a denial and a sentence stating what it denies."""
DENIAL_FULLY_STATED = 0.45
"""The same when the sentence states every word of what is denied: a short denial ('is
denying their plans to segregate passengers') and a long report of the plan share little
else."""
STANDING: frozenset[Modality] = frozenset({"asserted", "hedged"})
"""Modalities in which a statement can be denied: stated as fact, or as reported."""
SHINGLE = 4
MIN_SHARED_STEMS = 2
COMMON_STEM_SHARE = 0.15
"""Stems in more than this share of a story's mentions (its main names) do not block."""
COMMON_STEM_FLOOR = 30
"""Stems in this many mentions or fewer always block: in a small story the main names are what
its one-line retellings share ('al-Britani has reportedly been killed in Syria'), and pairing
them costs little. On the FNC-1 test clusters: 32 fewer single-source claims, no new conflict."""


@dataclass(frozen=True)
class Finding:
    """A conflict found between two mentions; values are shown as written (normalised)."""

    kind: ConflictKind
    first: Mention
    second: Mention
    first_value: str
    second_value: str


@dataclass(frozen=True)
class Judgement:
    same: float | None = None
    """Score of a 'same statement' edge, or None."""
    finding: Finding | None = None


NOTHING = Judgement()


def _block_key(value: Value) -> tuple[str, str] | None:
    """Values that can relate at all share a key; None for a value nothing compares with.

    Dates meet only the very same date here: a story dates many events, so other dates
    written out meet in `candidate_pairs` only when their sentences share words too.
    """
    if V.slot(value) == "date":
        return ("date", value.date) if value.date else None
    if value.low is None and value.high is None:
        return None
    return V.slot(value), (value.unit or "").lower()


def _written_date(mention: Mention) -> bool:
    return any(V.slot(v) == "date" and v.date and not v.relative for v in mention.values)


def candidate_pairs(mentions: Sequence[Mention]) -> set[tuple[int, int]]:
    """Index pairs sharing a value, a quote shingle, or two uncommon content stems; and
    pairs of dated sentences that share as many content words as a date conflict needs."""
    by_value: dict[tuple[str, str], set[int]] = defaultdict(set)
    by_quote: dict[tuple[str, ...], set[int]] = defaultdict(set)
    by_stem: dict[str, set[int]] = defaultdict(set)
    for index, mention in enumerate(mentions):
        for value in mention.values:
            key = _block_key(value)
            if key is not None:
                by_value[key].add(index)
        if mention.quote:
            tokens = quote_words(mention.quote).split()
            for start in range(max(1, len(tokens) - SHINGLE + 1)):
                by_quote[tuple(tokens[start : start + SHINGLE])].add(index)
        for word_stem in content_stems(mention.text):
            by_stem[word_stem].add(index)
    pairs: set[tuple[int, int]] = set()
    for bucket in (*by_value.values(), *by_quote.values()):
        pairs.update(combinations(sorted(bucket), 2))
    common = max(COMMON_STEM_FLOOR, int(COMMON_STEM_SHARE * len(mentions)))
    shared: Counter[tuple[int, int]] = Counter()
    for bucket in by_stem.values():
        if 1 < len(bucket) <= common:
            shared.update(combinations(sorted(bucket), 2))
    pairs.update(pair for pair, count in shared.items() if count >= MIN_SHARED_STEMS)
    pairs.update(_denial_pairs(mentions))
    dated = [index for index, mention in enumerate(mentions) if _written_date(mention)]
    pairs.update(
        (first, second)
        for first, second in combinations(dated, 2)
        if len(content_stems(mentions[first].text) & content_stems(mentions[second].text))
        >= MIN_SHARED_CONTEXT
    )
    return pairs


def _denial_pairs(mentions: Sequence[Mention]) -> set[tuple[int, int]]:
    """A denial with every sentence holding half the words of what it denies: in a story about
    the denied thing those words are its commonest ('plans to segregate passengers' in a story
    about segregating passengers), too common to block on. Denials are few, so this is cheap."""
    pairs: set[tuple[int, int]] = set()
    for index, mention in enumerate(mentions):
        found = denial(mention.text)
        if found is None:
            continue
        denied = content_stems(found.said)
        for other, stated in enumerate(mentions):
            shared = len(denied & content_stems(stated.text))
            if other != index and shared >= max(MIN_SHARED_STEMS, len(denied) / 2):
                pairs.add((min(index, other), max(index, other)))
    return pairs


def _pairable(left: list[Value], right: list[Value]) -> list[tuple[Value, Value]]:
    """Values of one slot paired where the pairing is unambiguous.

    First by what they measure (unit and counted noun): one value each on both sides. What is
    left is paired in order when both sides have as many, else only exact equals are paired.
    """

    if not left or not right:
        return []

    def key(value: Value) -> tuple[str, str | None]:
        return (value.unit or "").lower(), V.counted_stem(value)

    left_keys, right_keys = [key(v) for v in left], [key(v) for v in right]
    paired: list[tuple[Value, Value]] = []
    for measure in set(left_keys) & set(right_keys):
        these = [v for v, k in zip(left, left_keys, strict=True) if k == measure]
        those = [v for v, k in zip(right, right_keys, strict=True) if k == measure]
        if len(these) == len(those) == 1:
            paired.append((these[0], those[0]))
    used = {id(v) for pair in paired for v in pair}
    rest_left = [v for v in left if id(v) not in used]
    rest_right = [v for v in right if id(v) not in used]
    if len(rest_left) == len(rest_right):
        return paired + list(zip(rest_left, rest_right, strict=True))
    return paired + [(a, b) for a in rest_left for b in rest_right if V.compare(a, b) == "same"]


def _stated(mention: Mention) -> list[Value]:
    """The values as stated, without conversions in brackets ('$10 (€8)', '£900 (Dh4,275)')."""
    stated: list[Value] = []
    for value in mention.values:
        gap = mention.text[: value.start - mention.start][-3:]
        if stated and gap.rstrip().endswith("(") and stated[-1].end >= value.start - len(gap):
            continue
        stated.append(value)
    return stated


def aligned_values(first: Mention, second: Mention) -> list[tuple[Value, Value, V.Relation]]:
    """Pairs of comparable values (amounts, dates, others); different counted things never."""
    pairs: list[tuple[Value, Value, V.Relation]] = []
    if not first.values or not second.values:
        return pairs
    slots: tuple[dict[str, list[Value]], dict[str, list[Value]]] = ({}, {})
    for side, mention in zip(slots, (first, second), strict=True):
        for value in _stated(mention):
            side.setdefault(V.slot(value), []).append(value)
    for slot in ("amount", "date", "other"):
        for a, b in _pairable(slots[0].get(slot, []), slots[1].get(slot, [])):
            relation = V.compare(a, b)
            if relation != "incomparable" and V.counted_compatible(a, b):
                pairs.append((a, b, relation))
    return pairs


Spans = list[tuple[int, int]]


def edge_spans(first: Mention, second: Mention) -> tuple[Spans, Spans]:
    """What a 'same' edge rests on in each mention, as article offsets: the values it pairs
    and, of the longer of two matching quotes, the stretch the shorter one matches. A mention
    whose edge rests on neither (the cosine alone, or the shorter quote) rests on all of it.

    A sentence that quotes two remarks or states two figures can match one sentence on each;
    grouping uses these spans not to chain the two through it.
    """
    spans: tuple[Spans, Spans] = ([], [])
    for a, b, _ in aligned_values(first, second):
        spans[0].append((a.start, a.end))
        spans[1].append((b.start, b.end))
    if first.quote and second.quote and same_quote(first.quote, second.quote):
        longer, shorter, side = (
            (first, second, 0) if len(first.quote) >= len(second.quote) else (second, first, 1)
        )
        assert shorter.quote is not None
        window = fuzz.partial_ratio_alignment(shorter.quote.lower(), longer.text.lower())
        if window is not None:
            spans[side].append((longer.start + window.dest_start, longer.start + window.dest_end))
        spans[1 - side].append((shorter.start, shorter.end))
    whole = ([(first.start, first.end)], [(second.start, second.end)])
    return (spans[0] or whole[0], spans[1] or whole[1])


def overlapping(first: Spans, second: Spans) -> bool:
    return any(a < d and c < b for a, b in first for c, d in second)


# An ordinal written before a capitalised word is part of a name: "the 14th Amendment", "Texas'
# 27th Congressional District", "Fifth Avenue".
_NAMED_BY_ORDINAL = re.compile(r"^\s+[A-Z]")


def _weak(value: Value, mention: Mention) -> bool:
    """A value many sentences of one story share: a year, a date or weekday, an age, a small
    count or rank with no unit, or an ordinal that is part of a name. On real stories these
    alone tied unrelated sentences (the year of a deal, the day of the event, 'two countries',
    'the first time', Trump's, Ryan's and Pence's remarks on 'the 14th Amendment'); clock
    times are specific enough.
    """
    if V.slot(value) == "date" or value.kind == "age":
        return True
    if value.kind == "ordinal" and _NAMED_BY_ORDINAL.match(
        mention.text[value.end - mention.start :]
    ):
        return True
    return (
        value.kind in ("quantity", "ordinal")
        and not value.unit
        and value.high is not None
        and value.low == value.high <= SMALL_COUNT
    )


def _same_bar(
    pairs: Sequence[tuple[Value, Value, V.Relation]], first: Mention, second: Mention
) -> float:
    """The cosine two mentions with these paired values (none clashing) need to be one claim."""
    if any(relation == "compatible" for _, _, relation in pairs):
        # Figures that merely overlap ('7 yards' / '10 yards' by rounding, 'about 13' / '15',
        # 'hundreds' / '150 to 200') are not a contradiction, nor evidence of the same figure.
        return SAME_SLOT
    # An age on either side makes the pair an age ('The Playboy founder, 88,' read as a count).
    if all(
        (_weak(a, first) and _weak(b, second)) or "age" in (a.kind, b.kind) for a, b, _ in pairs
    ):
        return SAME_WITH_WEAK_VALUES
    return SAME_WITH_VALUES


def _relative(mention: Mention, value: Value) -> tuple[int, int]:
    return value.start - mention.start, value.end - mention.start


def _frame_similarity(first: Mention, second: Mention) -> float:
    """Token-set ratio of the two texts with every value masked: is the rest the same?"""
    return fuzz.token_set_ratio(
        masked(first.text, [_relative(first, v) for v in first.values]),
        masked(second.text, [_relative(second, v) for v in second.values]),
    )


def _measured(a: Value, b: Value) -> bool:
    """Both figures say what they measure, and it is the same: a date, a unit, a counted noun.

    A bare '24' against a bare '9' is too often a score, a clock time or a page number.
    """
    if V.slot(a) == "date":
        return True
    unit_a, unit_b = (a.unit or "").lower(), (b.unit or "").lower()
    if unit_a or unit_b:
        return unit_a == unit_b
    counted_a, counted_b = V.counted_stem(a), V.counted_stem(b)
    return counted_a is not None and counted_a == counted_b


def _context_stems(mention: Mention) -> frozenset[str]:
    return content_stems(masked(mention.text, [_relative(mention, v) for v in mention.values]))


def _shared_context(first: Mention, second: Mention) -> int:
    """Content words the two mentions share outside their values: what the figures are about."""
    return len(_context_stems(first) & _context_stems(second))


def _name_words(mention: Mention) -> set[str]:
    return {word for entity in mention.entities for word in content_words(entity)}


def _anchored(first: Mention, second: Mention, pairs: Sequence[tuple[Value, Value]]) -> bool:
    """Hard evidence that two differently worded sentences of two articles state one thing.

    The one figure of both sentences, with its unit or counted noun, a name both use
    ('Kessling', 'the inspectorate' for 'the Orvenne Labour Inspectorate'), and one word for
    what the figure is among the words next to it on both sides ('fined $2 million', 'fines
    ... could reach $2 million'): retellings reword a sentence too much for the cosine.
    """
    if first.article_id == second.article_id or len(pairs) != 1:
        return False
    if _amount_count(first) != 1 or _amount_count(second) != 1:
        return False  # several figures: a statistics line, not one figure retold
    names_first, names_second = _name_words(first), _name_words(second)
    if not (names_first & set(words(second.text)) or names_second & set(words(first.text))):
        return False
    names = {stem(word) for word in names_first | names_second}
    return any(
        V.slot(a) == "amount"
        and _measured(a, b)
        and _next_to(first, a) & _next_to(second, b) - names
        for a, b in pairs
    )


def _amount_count(mention: Mention) -> int:
    return sum(V.slot(value) == "amount" for value in mention.values)


def _unpaired_bare_amount(
    first: Mention, second: Mention, pairs: Sequence[tuple[Value, Value, V.Relation]]
) -> bool:
    """A figure that says neither its unit nor what it counts, left out of the pairing."""
    paired = {id(value) for a, b, _ in pairs for value in (a, b)}
    return any(
        V.slot(value) == "amount"
        and id(value) not in paired
        and not value.unit
        and not value.counted
        for value in (*first.values, *second.values)
    )


def _next_to(mention: Mention, value: Value) -> set[str]:
    """Stems of the content words nearest the value: NEAR_BEFORE before it, NEAR_AFTER after."""
    start, end = _relative(mention, value)
    before = content_words(mention.text[:start])
    after = content_words(mention.text[end:])
    return {stem(word) for word in before[-NEAR_BEFORE:] + after[:NEAR_AFTER]}


TOLL_STEMS = {
    toll: frozenset(stem(word) for word in words)
    for toll, words in (
        ("dead", ("killed", "dead", "died", "death", "fatalities", "lives", "bodies")),
        ("hurt", ("injured", "wounded", "hurt", "injuries", "hospitalised", "hospitalized")),
    )
}
"""What a casualty figure counts, by the words next to it."""


def _toll(mention: Mention, value: Value) -> set[str]:
    near = _next_to(mention, value)
    return {toll for toll, stems in TOLL_STEMS.items() if near & stems}


def _different_tolls(first: Mention, a: Value, second: Mention, b: Value) -> bool:
    """'50 people were killed' and 'at least 50 people were injured': one figure counting the
    dead on one side and the hurt on the other states two things."""
    toll_a, toll_b = _toll(first, a), _toll(second, b)
    return bool(toll_a and toll_b and not toll_a & toll_b)


CLOSING_STEMS = frozenset({stem(word) for word in ("closed", "ended", "finished", "settled")})
"""Words that date a figure to the end of a period (a market's close, a season's end)."""


def _at_close(mention: Mention, value: Value) -> bool:
    return bool(_next_to(mention, value) & CLOSING_STEMS)


MARKET_WORDS = re.compile(
    r"\b(?:shares?|stocks?|trading|traded|premarket|pre-market|futures|index|Nasdaq|Dow)\b",
    re.IGNORECASE,
)


def _market_move(mention: Mention, value: Value) -> bool:
    """A price's move in percent: written with its sign like a quote ('HPQ +2.00%'), or in a
    sentence about trading. It changes by the minute: two reports of it differ unless both
    give the close."""
    if value.unit != "percent":
        return False
    return value.surface.lstrip()[:1] in "+-−" or MARKET_WORDS.search(mention.text) is not None


def _subject(mention: Mention, value: Value) -> str | None:
    """The name just before the value ('Smith scored 24 points'): whose figure it is.

    Only a name at most SUBJECT_WORDS words before the figure: further away it is as often a
    place in another clause ('a quake off Indonesia ... killed 230,000 in 13 countries').
    """
    at = value.start - mention.start
    named = [
        (end, entity)
        for entity in mention.entities
        if (end := mention.text.rfind(entity, 0, at) + len(entity)) >= len(entity)
        and end <= at
        and len(words(mention.text[end:at])) <= SUBJECT_WORDS
    ]
    return max(named)[1] if named else None


def _ages_of_one_person(first: Mention, a: Value, second: Mention, b: Value) -> bool:
    """Two ages given to one named person ('Igor Vorozhbitsyn, 41,' and 'Igor Vorozhbitsyn,
    42,'): a bare age is otherwise no measure (two people's ages differ)."""
    if a.kind != "age" or b.kind != "age":
        return False
    holders = _age_holder(first, a), _age_holder(second, b)
    return None not in holders and surname(holders[0] or "") == surname(holders[1] or "")


def _age_holder(mention: Mention, value: Value) -> str | None:
    """The name an age stands next to: 'Xue Paan, 37,' or '3-year-old Qiang Qiang'; not a name
    further off ('Xue Paan was babysitting her nephew, 3-year-old ...')."""
    before = mention.text[: value.start - mention.start].rstrip(" ,(")
    after = mention.text[value.end - mention.start :]
    for entity in mention.entities:
        if before.endswith(entity) or re.match(rf"[\s,]+{re.escape(entity)}\b", after):
            return entity
    return None


_PRONOUNS = frozenset(("he", "she", "they", "it", "his", "her", "their", "its"))


def _pronoun_led(mention: Mention) -> bool:
    opening = words(mention.text[:20])
    return bool(opening) and opening[0] in _PRONOUNS


def _wording(first: Mention, second: Mention, name_a: str = "", name_b: str = "") -> float:
    """Character-level ratio of the two texts with values (and the given names) masked."""

    def frame(mention: Mention, name: str) -> str:
        pieces = [_relative(mention, v) for v in mention.values]
        at = mention.text.find(name) if name else -1
        if at >= 0:
            pieces.append((at, at + len(name)))
        return masked(mention.text, pieces)

    return fuzz.ratio(frame(first, name_a), frame(second, name_b))


def _different_claimants(first: Mention, second: Mention) -> bool:
    """Two different named claimants, each named in its own sentence (not from 'he said')."""
    if not different_sources(first.claimant, second.claimant, first.text, second.text):
        return False
    assert first.claimant is not None and second.claimant is not None
    return surname(first.claimant) in first.text and surname(second.claimant) in second.text


def different_speakers(first: Mention, second: Mention) -> bool:
    """Two different people, each named in their own sentence as the one who speaks, neither
    named in the other's.

    Only people's names are compared: an organisation or a description ('The Pentagon',
    'Iraq's UN Ambassador') may speak through the person the other sentence names.
    """
    if not different_sources(first.speaker, second.speaker, first.text, second.text):
        return False
    assert first.speaker is not None and second.speaker is not None
    if not (is_personal_name(first.speaker) and is_personal_name(second.speaker)):
        return False
    # A speaker resolved from "he said" is a guess: only names in both sentences are compared,
    # and not as an owner or an object ("Donald Trump's intentions", "a rep for Bonet").
    explicit = _named_speaking(first.speaker, first.text) and _named_speaking(
        second.speaker, second.text
    )
    crossed = surname(second.speaker) in first.text or surname(first.speaker) in second.text
    return explicit and not crossed


def _named_speaking(speaker: str, text: str) -> bool:
    name = re.escape(surname(speaker))
    return any(
        not _OWNER_OR_OBJECT.search(text, 0, match.start())
        and not text.startswith(("'s", "’s"), match.end())
        for match in re.finditer(rf"\b{name}\b", text)
    )


_OWNER_OR_OBJECT = re.compile(
    r"\b(?:for|of|to|with|about|against|by|from)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}$"
)


def _abbreviation(name: str) -> bool:
    return len(name) <= 3 or name.isupper()


def _asserted(mention: Mention) -> bool:
    return mention.modality == "asserted"


def _framed_aside(first: Mention, second: Mention) -> bool:
    """The one of two mentions that is hedged or a forecast is so only in a part the other
    leaves out (see `framing_aside`)."""
    framed, other = (second, first) if _asserted(first) else (first, second)
    return framing_aside(framed.text, framed.modality_cues, other.text)


def _modality_words(mention: Mention) -> str:
    return (
        "fact"
        if _asserted(mention)
        else {"forecast": "forecast", "hedged": "possibility"}[mention.modality]
    )


def _name_words_in(name: str, text: str) -> bool:
    return bool(set(content_words(name)) & set(words(text)))


def _detail(first: Mention, second: Mention) -> Finding | None:
    """One named entity swapped for another in an otherwise unchanged sentence."""
    only_first = [e for e in first.entities if e not in second.entities and e in first.text]
    only_second = [e for e in second.entities if e not in first.entities and e in second.text]
    if len(only_first) != 1 or len(only_second) != 1:
        return None
    name_a, name_b = only_first[0], only_second[0]
    if _abbreviation(name_a) or _abbreviation(name_b) or not different_sources(name_a, name_b):
        return None  # 'US', 'IE', 'Lt': too often a short form of the other name
    if len(name_a.split()) < 2 or len(name_b.split()) < 2:
        # A one-word name is too often a place inside the other ('Sudan' / 'Khartoum') or
        # another name for the same referent ('Pelosi' / 'the House speaker').
        return None
    if _name_words_in(name_a, second.text) or _name_words_in(name_b, first.text):
        return None  # the other sentence names it too: both are there, nothing was swapped
    at_a, at_b = first.text.index(name_a), second.text.index(name_b)
    before_a = first.text[:at_a].split()[-1:]
    before_b = second.text[:at_b].split()[-1:]
    if not before_a or before_a != before_b:
        return None  # the word that gives the role ('in', 'by', 'from') must be the same
    frame_a = masked(first.text, [(at_a, at_a + len(name_a))])
    frame_b = masked(second.text, [(at_b, at_b + len(name_b))])
    if fuzz.ratio(frame_a, frame_b) < DETAIL_FRAME:
        return None
    return Finding("detail", first, second, name_a, name_b)


def judge(
    first: Mention,
    second: Mention,
    cosine: float,
    retold: bool = False,
    debunked: Mapping[str, Denial] | None = None,
) -> Judgement:
    """Same statement, conflict, or nothing, for two mentions of one story.

    `retold`: reuse drew a derivation between the two articles (one copies, rewrites or cites
    the other), so a reworded sentence may retell the other's (see `_anchored`): on real
    stories, articles that merely share an origin state one figure in several framings.
    `debunked`: mentions (by id) telling of a report that their article later calls false
    (see `debunked_reports`).
    """
    debunked = debunked or {}
    denial = denial_finding(first, second, cosine, debunked) or denial_finding(
        second, first, cosine, debunked
    )
    if denial is not None:
        return Judgement(finding=denial)
    if first.negated != second.negated:
        negated, other = (first, second) if first.negated else (second, first)
        if not negation_aside(negated.text, other.text):
            return NOTHING  # "did" vs "did not" with no kind to report: never merged either
    if first.quote and second.quote and same_quote(first.quote, second.quote):
        if different_speakers(first, second):
            assert first.speaker is not None and second.speaker is not None
            return Judgement(
                finding=Finding("speaker", first, second, first.speaker, second.speaker)
            )
        return Judgement(same=1.0 + cosine)
    pairs = aligned_values(first, second)
    clashing = [(a, b) for a, b, relation in pairs if relation == "conflict"]
    if len(clashing) > 1:
        return NOTHING  # several figures differ: more likely another event than a contradiction
    if clashing:
        if _unpaired_bare_amount(first, second, pairs):
            return NOTHING  # 'five of the first eight points': which figure is which is unclear
        return _clash(first, second, cosine, *clashing[0])
    if any(_different_tolls(first, a, second, b) for a, b, _ in pairs):
        return NOTHING
    if pairs:
        identical = all(relation == "same" for _, _, relation in pairs)
        anchored = retold and identical and _anchored(first, second, [(a, b) for a, b, _ in pairs])
        if cosine < SAME_WITH_VALUES and not anchored:
            return NOTHING
        score = cosine + 0.2 * len(pairs)
        return _restated(
            first, second, cosine, identical, score, anchored, _same_bar(pairs, first, second)
        )
    detail = _detail(first, second)  # the whole sentence but one name is hard evidence
    if detail is not None:
        return Judgement(finding=detail)
    if cosine < SAME_WITHOUT_VALUES:
        return NOTHING
    # No shared figure: never a change of framing or of source, only the same statement.
    return _restated(first, second, cosine, False, cosine, False, SAME_WITHOUT_VALUES)


def deniable(stated: Mention, of_plan: bool = False) -> bool:
    """`stated` stands behind what it states, so that a denial or a debunk contradicts it.

    A question, a negated sentence, a sentence that itself doubts, disputes or denies, or one
    that tells of reports ('reports that he had died') is not contradicted by a denial.
    `of_plan`: what is denied is a plan or intention (`Denial.of_plan`).
    """
    if stated.negated:
        return False
    # A hedged statement ('has reportedly been beheaded') is contested by a denial as much as
    # a plain one; a forecast or a condition is not yet a statement to deny, unless what is
    # denied is the plan it tells of.
    if stated.modality not in STANDING and not (of_plan and stated.modality == "forecast"):
        return False
    text = stated.text
    return (
        denial(text) is None
        and not text.rstrip(" \"'”’").endswith("?")
        and not DOUBTING.search(text)
        and not REPORTS_THAT.search(text)
    )


def denial_finding(
    stated: Mention, denying: Mention, cosine: float, debunked: Mapping[str, Denial]
) -> Finding | None:
    """`denying` denies or calls false what `stated` states as fact or as someone's claim.

    The stated side must stand behind it (`deniable`). What it states must be what is denied,
    predicate and all (`states_denied`).
    """
    found = denial(denying.text) or debunked.get(denying.id)  # cached, nearly always None
    if found is None or cosine < DENIAL_FULLY_STATED or not deniable(stated, found.of_plan):
        return None
    if cosine < DENIAL and not states_denied(found, stated.text, fully=True):
        return None
    if not states_denied(found, stated.text):
        return None
    denier = denying.claimant
    named = (
        denier is not None
        and found.denier_end is not None
        and name_part(denier) in denying.text[: found.denier_end]  # (its role is added)
    )
    return Finding(
        "denial",
        stated,
        denying,
        f"as said by {stated.claimant}"
        if stated.claimant
        else "as fact"
        if stated.modality == "asserted"
        else "with a hedge",
        f"as denied by {denier}"
        if named
        else "as denied"
        if found.denier_end
        else f"as told, then called false: “{found.called_false_by}”"
        if found.called_false_by
        else "as false",
    )


def _clash(first: Mention, second: Mention, cosine: float, a: Value, b: Value) -> Judgement:
    """Differing values about the same thing: a contradiction, or two sources' own figures.

    Other values that agree (the same year, the same count of countries) are not taken as
    evidence: on real stories they tied box scores and weapon lists to the wrong sentences.
    """
    one_person = _ages_of_one_person(first, a, second, b)
    if not (
        (_measured(a, b) or one_person) and _shared_context(first, second) >= MIN_SHARED_CONTEXT
    ):
        return NOTHING
    if not _next_to(first, a) & _next_to(second, b):
        return NOTHING  # 'seven-year history' and 'eight-year offer' measure different things
    if _at_close(first, a) != _at_close(second, b):
        return NOTHING  # 'plunged 5.4 per cent' during the day vs 'closed down 3.9 percent'
    if _market_move(first, a) and _market_move(second, b) and not _at_close(first, a):
        return NOTHING  # 'up 5.1 percent in premarket trading' an hour before 'almost 8 percent'
    subjects = _subject(first, a), _subject(second, b)
    if different_sources(*subjects, first.text, second.text):
        return NOTHING  # one player's or one country's figure against another's
    two_sources = _different_claimants(first, second)
    if first.article_id == second.article_id:
        # Lists, box scores and specifications repeat one frame with different figures: only
        # a near-verbatim restatement inside one article is a contradiction, and not when a
        # pronoun is its subject ('He leaves behind two children' about each of two victims).
        if cosine < SAME_SLOT or _frame_similarity(first, second) < SAME_ARTICLE_FRAME:
            return NOTHING
        if _pronoun_led(first) or _pronoun_led(second):
            return NOTHING
    else:
        # Naming two sources lowers the cosine of otherwise equal sentences; a lower bar is
        # safe there because distinct figures are a note, not a contradiction.
        needed = DISTINCT_SLOT if two_sources else SAME_SLOT
        if V.slot(a) == "date":
            needed = SAME_EVENT
        # One person's age needs no same frame: the rest of the sentences may tell it apart.
        framed = one_person or _frame_similarity(first, second) >= SAME_SLOT_MASKED
        if cosine < needed or not framed:
            return NOTHING
    if two_sources:
        return Judgement(
            finding=Finding(
                "distinct-figures",
                first,
                second,
                f"{V.shown(a)} ({first.claimant})",
                f"{V.shown(b)} ({second.claimant})",
            )
        )
    return Judgement(finding=Finding(V.conflict_kind(a, b), first, second, V.shown(a), V.shown(b)))


def _restated(
    first: Mention,
    second: Mention,
    cosine: float,
    identical: bool,
    score: float,
    anchored: bool,
    same_bar: float,
) -> Judgement:
    """The same statement: unless its framing (fact vs forecast) or its source changed.

    Anchored pairs (see `_anchored`) need no wording bar for those findings, and become a
    'same' edge only on the cosine (`same_bar`), like any other.
    """
    if _asserted(first) != _asserted(second):
        if _framed_aside(first, second):
            # The framing is of a part the other leaves out: no reframing to show. Not joined
            # either: joining let a statement framed elsewhere pull whole claim groups together.
            return NOTHING
        reworded = cosine < REFRAMED or _wording(first, second) < REFRAMED_WORDING
        if not identical or (reworded and not anchored):
            return NOTHING
        return Judgement(
            finding=Finding(
                "modality", first, second, _modality_words(first), _modality_words(second)
            )
        )
    if _different_claimants(first, second):
        assert first.claimant is not None and second.claimant is not None
        recredited = _wording(first, second, first.claimant, second.claimant) >= DETAIL_FRAME
        # Reworded, only credits that name no one the other sentence names: 'left in Sudan
        # when South Sudan seceded' does not credit South Sudan.
        crossed = surname(first.claimant) in second.text or surname(second.claimant) in first.text
        if not identical or not (
            (anchored and not crossed) or (cosine >= SAME_SLOT and recredited)
        ):
            # Two named sources for compatible figures, or a wire relaying a primary source in
            # its own words: two claims, no clash.
            return NOTHING
        return Judgement(
            finding=Finding("claimant", first, second, first.claimant, second.claimant)
        )
    return Judgement(same=score) if cosine >= same_bar else NOTHING
