"""An article's own reporting: the statements it has from sources of its own.

Used to tell an outlet that only retells an origin from one that adds reporting of its own
("partly independent"). Three kinds of statement count: quotations of five or more words
whose speaker and words no source text has; statements of named people no source text names
("Jane Roe said the plant had closed"); and statements of unnamed sources the article
describes as its own ("people briefed on the discussions said", "one of these people, who
spoke on condition of anonymity") when no other text of the story has that description.

Each statement came through a channel. Only the article's own counts: a statement in a
sentence that credits another origin ("X told The Guardian", "the Journal reported, citing a
person familiar with the matter") and what the same speaker says next ("She added: ...")
came through that origin; one made in public ("said in a statement", "wrote on Twitter",
"at a news conference") is open to every outlet to copy.

Speakers and claimants come from the claims stage when it found them, else from the
"…," X said / X said, "…" frame next to the quotation; a pronoun speaker is unknown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from rapidfuzz import fuzz

from firsthand.model import ORGANISATION_WORDS, Article, Mention, name_part, surname
from firsthand.reuse.units import blank_quotes, overlaps, paragraph_spans, quoted_spans
from firsthand.sentences import sentence_spans

_PERSON = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.? )?[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}"
_VERB = r"(?:said|says|added|adds|told|tells|wrote|writes|explained|recalled|insisted|noted)"
_AFTER = re.compile(
    rf"^[,\s]*(?:{_VERB} (?P<a>{_PERSON})|(?P<b>{_PERSON}),?(?: [\w\s,'’-]{{0,60}},)? {_VERB})"
)
_BEFORE = re.compile(rf"(?P<c>{_PERSON}) {_VERB}[^.\"“”]{{0,40}}[:,]\s*$")
MIN_QUOTE_WORDS = 5
SAME_QUOTE = 85.0
"""rapidfuzz partial ratio above which a quotation counts as found in another text."""
EXCERPT_PARAGRAPHS = 3
"""paragraphs after "According to X, ...:" that may be X's text set off as a block"""

# Words said where every outlet can take them down: the statement is public, not reporting.
PUBLIC_STATEMENT = re.compile(
    r"\b(?:in|via|through) (?:a|an|the|its|his|her|their|a joint) (?:[\w-]+ ){0,2}"
    r"(?:statement|press release|news release|release|blog ?post|blog|post|posting|tweet|"
    r"Facebook post|Instagram post|video|announcement|open letter|filing|"
    r"(?:press|news) conference|(?:press )?briefing|speech|address|communiqu[eé])s?\b"
    r"|\b(?:wrote|posted|said|announced|tweeted|shared) (?:on|to) (?:his |her |its |their )?"
    r"(?:Twitter|Facebook|Instagram|Reddit|LinkedIn|YouTube|Tumblr|blog|website|web ?site|"
    r"Weibo|Telegram)\b"
    r"|\btweet(?:s|ed|ing)\b|\bwr(?:ote|ites|iting) (?:a|an|the|his|her|their) (?:[\w-]+ )?"
    r"(?:story|article|piece|column|op-ed|editorial|report|post|book|letter)\b"
    r"|\b(?:told|at) (?:a |the )?(?:press|news) conference\b|\b(?:told|to) reporters\b"
)
# Unnamed sources an article describes: "people briefed on the discussions", "a person with
# knowledge of the matter", "an official who spoke on condition of anonymity". The
# qualifier is the description's identity (`key`): two texts that both have "a person
# familiar with the matter" may have one source, so only a description no other text has
# counts as the article's own. A definite or partitive form ("one of these people", "the
# person briefed on the talks") refers back to the last one described.
_SOURCE_NOUN = (
    r"(?:people|persons?|sources?|officials?|insiders?|executives?|diplomats?|aides?|"
    r"employees?|individuals?|advisers?|advisors?|staffers?|investors?|bankers?)"
)
_QUALIFIER = (
    r"(?:briefed on|familiar with|close to|(?:with|having) (?:direct |detailed |first-?hand )?"
    r"knowledge of|knowledgeable about|involved in|privy to|with access to|"
    r"(?:, )?(?:who|speaking|talking) (?:spoke |talked )?on (?:the )?condition of anonymity|"
    r"(?:, )?who (?:asked|requested|declined|did not want|wished) (?:not )?to be "
    r"(?:named|identified)|(?:, )?who (?:was|were|is|are) not authori[sz]ed to|"
    # "officials told us": the newsroom says it was told
    r"(?:told|tell|tells|telling|spoke to|speaking to) (?:us|this (?:newspaper|paper|"
    r"publication|website|site|reporter|correspondent|station|network))\b)"
)
UNNAMED_SOURCE = re.compile(
    r"\b(?:(?P<anaphor>(?:one|two|some|several|both|each|another|either|none) of "
    r"(?:these|those|the|them)|the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?)?"
    rf"{_SOURCE_NOUN}\s*(?P<key>{_QUALIFIER})"
    # what the source knows about, for the reader: "briefed on the discussions"
    r"(?:\s+(?!(?:said|says|told|tells|added|that|on|in|at|to|for|last|earlier)\b)(?:(?:the|a|an|his|her|its|their|this)\s+)?"
    r"[\w'’-]+)?",
    re.IGNORECASE,
)
# A described source is the sentence's source when a statement verb follows it in its clause
# ("people briefed on the talks said", "five people close to the deal have confirmed",
# "officials told us") or
# "according to" / "citing" / "said" comes before it; not when it is what the sentence is about
# ("people involved in the product are said to have moved").
_VERB_AFTER = re.compile(
    r"[^.;:]{0,80}?\b(?<!is )(?<!are )(?<!was )(?<!were )(?<!be )"
    r"(?:said|say|says|told|tell|tells|confirmed|confirm|confirms|added|indicated|warned|"
    r"cautioned|insisted|explained)\b"
)
_CREDIT_BEFORE = re.compile(
    r"\b(?:according to|citing|quoting|told by|said|says)\s+(?:[\w.’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A named person's statement of the article's own is told as said now ("X said", "according
# to X"), not as remarks made before ("X has said", "after she said this").
_SAID = re.compile(
    r"\b(?<!have )(?<!has )(?<!had )(?<!she )(?<!he )(?<!they )"
    r"(?:said|says|told|tells)\b|\baccording to\b"
)
_PRONOUN = re.compile(r"^(?:he|she|they|it|we|i)$", re.IGNORECASE)
_JOURNALIST = re.compile(
    r"\b(?:reporter|correspondent|journalist|editor|columnist|anchor|host|blogger|writer)s?\b",
    re.IGNORECASE,
)
_TITLE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Rep|Gov|Gen|Col|Capt|Sgt|Lt)\.?\s")

Kind = Literal["quote", "named", "unnamed", "other"]
Channel = Literal["own", "credited", "public"]


@dataclass(frozen=True)
class Statement:
    """A stretch the article credits to a source, with the channel it came through."""

    start: int
    end: int
    text: str
    """the quoted words, or the sentence"""
    source: str | None
    """the speaker or claimant, or the unnamed source's description"""
    kind: Kind
    """"quote" (5+ words), "named" (a person's unquoted statement), "unnamed" (a described
    unnamed source), "other" (anyone else: counts for nothing, but carries a channel)"""
    channel: Channel = "own"
    key: str | None = None
    """for an unnamed source: the qualifier that identifies its description"""
    refers_back: bool = False
    """an unnamed source named by a definite or partitive form ("one of these people")"""


def statements(
    article: Article, mentions: Sequence[Mention], credits: Sequence[tuple[int, int]]
) -> list[Statement]:
    """The article's statements in text order, each with the channel it came through.

    `credits` are the spans where the article credits an origin other than itself ("told
    Reuters", "The Journal reported"): a statement whose sentence holds one is credited, and
    so is one in a paragraph excerpted from a credited origin (see `_excerpts`).
    """
    text = article.text
    blanked = blank_quotes(text)
    credits = [*credits, *_excerpts(text, paragraph_spans(text), credits)]
    own_mentions = [m for m in mentions if m.article_id == article.id]
    found = [
        *_quotations(text, own_mentions, blanked, credits),
        *_attributed(own_mentions, blanked, credits),
        *_described(text, blanked, credits),
    ]
    found.sort(key=lambda pair: pair[0].start)
    return _carried(found)


def _quotations(
    text: str, mentions: Sequence[Mention], blanked: str, credits: Sequence[tuple[int, int]]
) -> list[tuple[Statement, bool]]:
    """Each quotation, with the speaker the claims stage or the frame next to it gives."""
    sentences = sentence_spans(text)
    found = []
    for start, end in quoted_spans(text):
        words = text[start:end].strip('"“”').split()
        holder = next((m for m in mentions if m.start <= start < m.end), None)
        speaker = (holder.speaker if holder else None) or _speaker_nearby(text, start, end)
        region = (holder.start, holder.end) if holder else _covering(sentences, start, end)
        kind: Kind = "quote" if len(words) >= MIN_QUOTE_WORDS else "other"
        statement = Statement(start, end, " ".join(words), speaker, kind)
        found.append(_with_channel(statement, region, blanked, credits))
    return found


def _attributed(
    mentions: Sequence[Mention], blanked: str, credits: Sequence[tuple[int, int]]
) -> list[tuple[Statement, bool]]:
    """Each unquoted mention the claims stage credits to a speaker or claimant."""
    found = []
    for mention in mentions:
        source = mention.speaker or mention.claimant
        # quotations are read above; a described source below, with its description
        if not source or mention.quote or UNNAMED_SOURCE.search(source):
            continue
        said = _SAID.search(blanked, mention.start, mention.end)
        kind: Kind = "named" if said and _is_person(source) else "other"
        statement = Statement(mention.start, mention.end, mention.text, source, kind)
        found.append(_with_channel(statement, (mention.start, mention.end), blanked, credits))
    return found


def _described(
    text: str, blanked: str, credits: Sequence[tuple[int, int]]
) -> list[tuple[Statement, bool]]:
    """Each sentence whose source is an unnamed one the article describes."""
    paragraphs = paragraph_spans(text)
    found = []
    for start, end in sentence_spans(text):
        for match in UNNAMED_SOURCE.finditer(blanked, start, end):
            if not (
                _VERB_AFTER.match(blanked, match.start("key"), end)
                or _CREDIT_BEFORE.search(blanked, max(start, match.start() - 20), match.start())
            ):
                continue
            described = Statement(
                start=start,
                end=end,
                text=text[start:end],
                source=match.group(0).strip(" ,"),
                kind="unnamed",
                key=_key(match["key"]),
                refers_back=match["anaphor"] is not None,
            )
            # A described source after a credit in its paragraph is the credited origin's
            # ("TechCrunch reports that ... As many as five people close to the deal have
            # confirmed"): a newsroom introduces its own sources apart from others' reports.
            paragraph = next((p for p, p_end in paragraphs if p <= start < p_end), start)
            found.append(_with_channel(described, (start, end), blanked, credits, paragraph))
    return found


def _with_channel(
    statement: Statement,
    region: tuple[int, int],
    blanked: str,
    credits: Sequence[tuple[int, int]],
    credited_from: int | None = None,
) -> tuple[Statement, bool]:
    """The statement with the channel its region writes (a credit inside it, from
    `credited_from` on when given; else a public statement), and whether one was written."""
    start, end = region
    if overlaps(credits, start if credited_from is None else credited_from, end):
        return replace(statement, channel="credited"), True
    if PUBLIC_STATEMENT.search(blanked[start:end]):
        return replace(statement, channel="public"), True
    return statement, False


def _carried(found: Sequence[tuple[Statement, bool]]) -> list[Statement]:
    """Channels carried forward: a statement that writes none came through the channel its
    speaker last spoke through ("She told ITV News: '...'. ... she said: '...'"), or, with
    no speaker (a bare quotation, "he"), the one the statement before it came through. An
    unnamed source is known by its description, and one that refers back ("one of these
    people") is the one last described."""
    carried: list[Statement] = []
    by_speaker: dict[str, Channel] = {}
    last_unnamed: Statement | None = None
    for statement, written in found:
        if statement.kind == "unnamed" and statement.refers_back and last_unnamed is not None:
            statement = replace(statement, key=last_unnamed.key)
        if statement.kind == "unnamed":
            speaker: str | None = f"unnamed: {statement.key}"
        else:
            speaker = _speaker_key(statement.source)
        if not written and speaker in by_speaker:
            statement = replace(statement, channel=by_speaker[speaker])
        elif not written and speaker is None and carried:
            statement = replace(statement, channel=carried[-1].channel)
        if speaker is not None:
            by_speaker[speaker] = statement.channel
        if statement.kind == "unnamed":
            last_unnamed = statement
        carried.append(statement)
    return carried


def own_reporting(
    found: Sequence[Statement], source_texts: Sequence[str], other_texts: Sequence[str]
) -> list[Statement]:
    """The statements that are the article's own reporting.

    Quotations and named people are looked for in `source_texts` (what the article retells);
    unnamed descriptions in `other_texts` (every other text of the story): the description
    is all that identifies an unnamed source, so any other text that has it may share it.
    """
    sources = [text.lower() for text in source_texts]
    shared_keys = {
        _key(match["key"]) for text in other_texts for match in UNNAMED_SOURCE.finditer(text)
    }
    own: list[Statement] = []
    for statement in found:
        if statement.channel != "own" or statement.source is None:
            continue
        if statement.kind == "unnamed":
            if statement.key not in shared_keys:
                own.append(statement)
            continue
        if statement.kind not in ("quote", "named"):
            continue
        name = surname(statement.source).lower()
        if not name or any(re.search(rf"\b{re.escape(name)}\b", text) for text in sources):
            continue
        if statement.kind == "quote" and any(
            fuzz.partial_ratio(statement.text.lower(), text) >= SAME_QUOTE for text in sources
        ):
            continue
        own.append(statement)
    return own


def describe(own: Sequence[Statement]) -> str:
    """The evidence note: who the article's own reporting comes from (an unnamed source by
    the description that first introduced it)."""
    unnamed: dict[str | None, str] = {}
    for statement in sorted(own, key=lambda s: s.refers_back):
        if statement.kind == "unnamed" and statement.source:
            unnamed.setdefault(statement.key, statement.source)
    parts = []
    for label, names in (
        ("new quotes from", {s.source for s in own if s.kind == "quote" and s.source}),
        ("statements of", {s.source for s in own if s.kind == "named" and s.source}),
        ("its own unnamed sources:", set(unnamed.values())),
    ):
        if names:
            parts.append(f"{label} {', '.join(sorted(names))}")
    return "; ".join(parts)


def _excerpts(
    text: str, paragraphs: Sequence[tuple[int, int]], credits: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Paragraphs excerpted from a credited origin: those after a paragraph that credits it and
    ends in a colon ("According to The Wall Street Journal, ...:"), up to `EXCERPT_PARAGRAPHS`
    and until one that credits anew."""
    excerpts: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(paragraphs):
        if text[end - 1] != ":" or not overlaps(credits, start, end):
            continue
        for p_start, p_end in paragraphs[index + 1 : index + 1 + EXCERPT_PARAGRAPHS]:
            if overlaps(credits, p_start, p_end):
                break
            excerpts.append((p_start, p_end))
    return excerpts


def _key(qualifier: str) -> str:
    """'with direct knowledge of' -> 'knowledge of'; ', who spoke on condition of anonymity'
    -> 'condition of anonymity'."""
    lowered = " ".join(qualifier.lower().strip(" ,").split())
    lowered = re.sub(r"^(?:with|having) (?:direct |detailed |first-?hand )?", "", lowered)
    anonymity = re.search(r"condition of anonymity|to be (?:named|identified)|not authori", lowered)
    return anonymity.group(0) if anonymity else lowered


def _speaker_key(source: str | None) -> str | None:
    """The speaker's surname, lower case; None for no speaker or a pronoun."""
    if not source or _PRONOUN.match(source.strip()):
        return None
    return surname(source).lower() or None


def _is_person(source: str) -> bool:
    """A person's name introduced with a title ("Dr. Jane Roe") or a role after it ("Robert
    King, the U.S. special envoy"), two to four capitalised words that name no organisation.
    A journalist is not a source of the article's own: their words are their newsroom's
    reporting, whichever newsroom it is."""
    if _JOURNALIST.search(source):
        return False
    name = name_part(source).strip()
    if _TITLE.match(name):
        return True
    words = name.split()
    return (
        name != source.strip()
        and 2 <= len(words) <= 4
        and not ORGANISATION_WORDS.search(name)
        and all(re.fullmatch(r"[A-Z][a-z][\w'’-]*", word) for word in words)
    )


def _covering(sentences: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The stretch of the sentences that overlap [start, end)."""
    inside = [(s, e) for s, e in sentences if s < end and start < e]
    return (inside[0][0], inside[-1][1]) if inside else (start, end)


def _speaker_nearby(text: str, start: int, end: int) -> str | None:
    after = _AFTER.match(text[end : end + 120])
    if after:
        return after.group("a") or after.group("b")
    before = _BEFORE.search(text[max(0, start - 120) : start])
    return before.group("c") if before else None
