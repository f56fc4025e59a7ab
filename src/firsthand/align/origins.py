"""Which origin each mention traces back to, read from the origins the reuse stage found.

`story.origins` lists the roots of the story's lines of reporting, each with the articles that
reach it: the same notion `story.independent_origin_count` counts. A mention traces back to
the roots its article reaches, with two rules only a sentence can settle: a mention credited
to an outside origin of the story (an NGO report, a news agency), by its claimant or by an
attribution in its sentence, traces back to that origin, and what a partly independent article
reports outside the passages it took counts as its own outlet's. Without origins (reuse has not
run) each outlet is its own origin. Mentions whose roots overlap are one line of reporting
(`independent_lines`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from rapidfuzz import fuzz

from firsthand.align.match import different_speakers
from firsthand.align.text import (
    HEARSAY,
    REPORTS_THAT,
    denial,
    is_specific_source,
    quote_words,
    same_quote,
    same_source,
)
from firsthand.model import Article, Derivation, Mention, Origin, Story, surname

UNNAMED_REPORTS = "unnamed reports"
"""The one origin of hearsay that names no source ('reportedly'): ten outlets repeating that
something was reportedly done are not ten confirmations."""


@dataclass(frozen=True)
class Provenance:
    article_roots: dict[str, frozenset[str]]
    """article id -> the roots its reporting traces back to."""
    own: dict[str, str]
    """article id -> its own outlet, for what a partly independent article reports itself."""
    outside: list[str]
    """Names of the story's origins that are not articles of it (outlets, agencies, reports)."""
    credited: dict[str, list[tuple[int, int, str]]]
    """article id -> spans of its sentences that credit an outside origin, with that origin."""
    carried: dict[str, str]
    """mention id -> the outside origin credited for the same speaker just before ("X told
    Chosun Ilbo: '...'. He added: '...'")."""
    partly_independent: dict[str, list[Derivation]]
    """article id -> derivations of an article that adds reporting of its own."""
    taken_from: dict[str, frozenset[str]]
    """article id -> the articles of the story it derives from, directly or through others."""
    taken: dict[str, list[Derivation]]
    """article id -> its derivations from articles of the story, with the passages taken."""
    article_origins: frozenset[str]
    """Names of the story's origins that are articles of it."""
    traced: bool
    """False when reuse has not run: each outlet then counts as its own origin."""

    def roots(self, mention: Mention) -> frozenset[str]:
        """The roots a mention traces back to: the outside origin its own sentence credits
        ("..., Ajel quoted him as saying"), or that the sentence before credited for the same
        speaker, or that it names as claimant; else its article's roots, or `UNNAMED_REPORTS`
        for hearsay an outlet tells on its own account."""
        named = self._named_origin(mention)
        return frozenset({named}) if named is not None else self._unnamed_roots(mention)

    def _unnamed_roots(self, mention: Mention) -> frozenset[str]:
        """The roots of a mention whose sentence names no outside origin (see `roots`)."""
        roots = self.article_roots[mention.article_id]
        derivations = self.partly_independent.get(mention.article_id)
        if derivations and not any(_inside_evidence(mention, d) for d in derivations):
            return self._own_roots(mention)
        # What an outlet tells on its own account as hearsay rests on no outlet's reporting.
        if roots == {self.own[mention.article_id]}:
            return self._own_roots(mention)
        return roots

    def _named_origin(self, mention: Mention) -> str | None:
        """The outside origin the mention's sentence credits, or the sentence before credited
        for the same speaker, or the one it names as claimant."""
        own_credit = _credit(mention, self.credited)
        if own_credit is not None:
            return own_credit
        if mention.id in self.carried:
            return self.carried[mention.id]
        # A described claimant ("the news outlet") is no name: it shares words with any origin.
        if is_specific_source(mention.claimant, mention.text):
            assert mention.claimant is not None
            for name in self.outside:
                if same_source(mention.claimant, name):
                    return name
        return None

    def claim_traces(self, members: Sequence[Mention]) -> list[tuple[frozenset[str], str | None]]:
        """Each mention's roots and claimant (see `roots`, `claimant`), for the mentions of one
        claim. An article that credits the claim to an outside origin in one sentence and
        repeats it in its own voice in another (the lead and a caption) has it from that
        origin in both: one article does not corroborate what it credits to someone else."""
        named = {m.id: self._named_origin(m) for m in members}
        credited: dict[str, set[str]] = {}
        for mention in members:
            origin = named[mention.id]
            if origin is not None:
                credited.setdefault(mention.article_id, set()).add(origin)
        stating = {m.article_id for m in members}
        traces = []
        for mention in members:
            origin = named[mention.id]
            if origin is not None:
                roots = frozenset({origin})
            elif mention.article_id in credited:
                roots = frozenset(credited[mention.article_id])
            elif self._added(mention, stating):
                roots = self._own_roots(mention)
            else:
                roots = self._unnamed_roots(mention)
            traces.append((roots, self.claimant(mention)))
        return _one_source_per_wording(members, traces)

    def _added(self, mention: Mention, stating: set[str]) -> bool:
        """What a derived article adds to the articles it took from: a statement none of them
        makes, in a sentence outside the passages it took ('Police say she died at 2:20 a.m.'
        in a rewrite of an article that gives no time), is its own reporting, not theirs."""
        article_id = mention.article_id
        sources = self.taken_from.get(article_id)
        # Only under articles of the story: an article that also reaches an agency or a cited
        # newsroom may have what it adds from there.
        if not sources or not self.article_roots[article_id] <= self.article_origins:
            return False
        lineage = sources | {article_id}
        # Nor what a sibling states too: two copies of one article adding the same sentence
        # have it from a fuller version of their source.
        if any(
            other != article_id and (self.taken_from.get(other, frozenset()) | {other}) & lineage
            for other in stating
        ):
            return False
        return not any(_inside_evidence(mention, d) for d in self.taken[article_id])

    def _own_roots(self, mention: Mention) -> frozenset[str]:
        """An outlet's own account, or `UNNAMED_REPORTS` for hearsay it tells on that account."""
        if self.hearsay(mention):
            return frozenset({UNNAMED_REPORTS})
        return frozenset({self.own[mention.article_id]})

    @staticmethod
    def hearsay(mention: Mention) -> bool:
        """Told as what unnamed others say ('has reportedly been killed', 'rumours that he
        died'), naming no source; a sentence denying the rumours it tells of is its denier's
        ('The firm said the rumors that ... is "totally ludicrous"')."""
        told = HEARSAY.search(mention.text) or REPORTS_THAT.search(mention.text)
        return (
            told is not None
            and not is_specific_source(mention.claimant, mention.text)
            and denial(mention.text) is None
        )

    def claimant(self, mention: Mention) -> str | None:
        """The named party a mention's statement rests on ("according to the SITE Intelligence
        Group", "Hewlett-Packard said", the speaker of a quotation), when it is not the
        article's own outlet: articles relaying one party's statement relay one source, and
        outlets printing one person's words have them from that person."""
        name = mention.claimant
        if not is_specific_source(name, mention.text):
            return None
        assert name is not None
        return None if same_source(name, self.own[mention.article_id]) else name


QUOTE_SPEAKER_WORDS = 6
"""Quoted words enough to be one person's: 'no comment' or a slogan is said by many."""
VERBATIM_WORDS = 10
"""A sentence this long, printed word for word by outlets reuse did not link, has one source
(the document, statement or wire copy they all print): independent reporters never write the
same ten words."""
VERBATIM_RATIO = 95
SPOKEN_VERBATIM_WORDS = 6
"""Shorter for a sentence in the first or second person, or pleading: a report prints it as
someone's words ('Please don't be sad, it's for the better', from a note four outlets print)."""
_FIRST_PERSON = ("i", "me", "my", "mine", "we", "us", "our", "i'm", "i've")
_SPOKEN = frozenset((*_FIRST_PERSON, "you", "your", "yours", "you're", "please"))


def _long_quote(mention: Mention) -> bool:
    """Quoted words enough to be one person's (see QUOTE_SPEAKER_WORDS)."""
    return len(quote_words(mention.quote or "").split()) >= QUOTE_SPEAKER_WORDS


def _verbatim_length(wording: str) -> bool:
    """A sentence long enough that printing it word for word shows one source."""
    words = wording.split()
    enough = SPOKEN_VERBATIM_WORDS if _SPOKEN & set(words) else VERBATIM_WORDS
    return len(words) >= enough


def _same_wording(a: Mention, b: Mention, wording_a: str, wording_b: str) -> bool:
    """The same quoted words, or the same sentence word for word: alone, or inside a longer
    passage (a note's sentence reprinted on its own by some outlets and within a long
    quotation by another). `wording_*`: each text's normalised words, computed once per
    mention."""
    if _long_quote(a) and same_quote(a.quote, b.quote):
        return True
    shorter, longer = sorted((wording_a, wording_b), key=len)
    if not _verbatim_length(shorter):
        return False
    if fuzz.ratio(shorter, longer) >= VERBATIM_RATIO:
        return True
    # Inside a passage at least a sentence longer, the sentence is found as lightly edited
    # ('100%' / '100 percent'); of two sentences of about one length, 'more than 7,000' and
    # 'over 7,000' are two wordings.
    holds_more = len(longer.split()) >= len(shorter.split()) + VERBATIM_WORDS
    return holds_more and fuzz.partial_ratio(shorter, longer) >= VERBATIM_RATIO


def _one_source_per_wording(
    members: Sequence[Mention], traces: list[tuple[frozenset[str], str | None]]
) -> list[tuple[frozenset[str], str | None]]:
    """Outlets printing the same words have them from one source: the person who said them,
    however each names that person ('a hospital spokesman', 'a spokesperson for the hospital',
    no one), or the document or copy they all print ('When I was 16 I realized that my parents
    would never come around', reprinted from a teenager's note by four outlets in their own
    reports). Not when two outlets give the words to different named people: that is a
    speaker conflict."""
    source_of: dict[int, str] = {}
    wordings = [quote_words(m.text) for m in members]
    for first, second in combinations(range(len(members)), 2):
        a, b = members[first], members[second]
        if (
            a.article_id == b.article_id
            # Already one line, and no speaker to name it by: a label adds nothing.
            or (traces[first][0] & traces[second][0] and not (a.speaker or b.speaker))
            or not _same_wording(a, b, wordings[first], wordings[second])
            or different_speakers(a, b)
        ):
            continue
        name = source_of.get(first) or source_of.get(second) or _source_name(a, b)
        source_of[first] = source_of[second] = name
    return [
        (roots, source_of.get(index, claimant)) for index, (roots, claimant) in enumerate(traces)
    ]


def _source_name(*printing: Mention) -> str:
    """How the outlets name the source of the words they print: a specific name written beside
    them first ('Mr. Trump said', not a 'he said' resolved to someone else), else any specific
    name, else as told, else the words' opening."""
    named = [
        (m.speaker, m) for m in printing if m.speaker and is_specific_source(m.speaker, m.text)
    ]
    named += [
        (m.claimant, m) for m in printing if m.claimant and is_specific_source(m.claimant, m.text)
    ]
    written = [name for name, m in named if surname(name) in m.text]
    told = [m.speaker for m in printing if m.speaker]
    if named or told:
        return (written or [name for name, _ in named] or told)[0]
    words = (printing[0].quote or "") if _long_quote(printing[0]) else printing[0].text
    opening = " ".join(quote_words(words).split()[:QUOTE_SPEAKER_WORDS])
    return f"the source of '{opening} ...'"


def independent_lines(traces: Iterable[tuple[frozenset[str], str | None]]) -> list[str]:
    """The independent lines of reporting behind some mentions, from each mention's roots and
    claimant (see `Provenance`), each line named by its claimants and roots joined with ' + '.

    Mentions whose roots overlap share a line: one article relaying Emirates247 and RT.com and
    another relaying Emirates247 alone are not two independent sources. So do mentions that rest
    on the same claimant: five outlets printing what SITE said are one source, SITE.
    """
    lines: list[tuple[set[str], list[str]]] = []
    for roots, claimant in traces:
        joined_roots, joined_claimants = set(roots), [claimant] if claimant else []
        for line in list(lines):
            line_roots, line_claimants = line
            shares_claimant = any(
                same_source(mine, theirs) for mine in joined_claimants for theirs in line_claimants
            )
            if line_roots & joined_roots or shares_claimant:
                joined_roots |= line_roots
                joined_claimants += [c for c in line_claimants if c not in joined_claimants]
                lines.remove(line)
        lines.append((joined_roots, joined_claimants))
    hearsay: tuple[set[str], list[str]] = ({UNNAMED_REPORTS}, [])
    if len(lines) > 1 and hearsay in lines:
        # Hearsay beside a named line of reporting is most likely that same report: it adds
        # no origin of its own, and never makes a claim corroborated.
        lines.remove(hearsay)
    return sorted(_line_name(roots, claimants) for roots, claimants in lines)


def _line_name(roots: set[str], claimants: list[str]) -> str:
    """Claimants first, each spelling once ("the WSJ" is named by the root "Wall Street
    Journal"), then the roots."""
    named: list[str] = []
    for claimant in sorted(claimants, key=len, reverse=True):
        if not any(same_source(claimant, other) for other in [*roots, *named]):
            named.append(re.sub(r"^[Tt]he\s+", "", claimant))
    return " + ".join([*sorted(named), *sorted(roots)])


def _credit(mention: Mention, credited: dict[str, list[tuple[int, int, str]]]) -> str | None:
    """The outside origin the mention's own sentence credits, if any."""
    for start, end, name in credited.get(mention.article_id, []):
        if start < mention.end and mention.start < end:
            return name
    return None


def _carried_credits(
    mentions: Iterable[Mention], credited: dict[str, list[tuple[int, int, str]]]
) -> dict[str, str]:
    """Mentions with no credit of their own that continue the last credited speaker's words
    ("he added", "the source said"): they come through the same origin. Any other speaker
    in between ends the credit, so it never reaches someone the origin did not quote."""
    carried: dict[str, str] = {}
    by_article: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_article.setdefault(mention.article_id, []).append(mention)
    for article_mentions in by_article.values():
        last: tuple[str, str] | None = None  # (speaker, origin) of the last credited mention
        for mention in sorted(article_mentions, key=lambda m: m.start):
            speaker = mention.speaker or mention.claimant
            if not speaker:
                continue
            credit = _credit(mention, credited)
            if credit is not None:
                last = (speaker, credit)
            elif last is not None and same_source(speaker, last[0]):
                carried[mention.id] = last[1]
            else:
                last = None
    return carried


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


def provenance(
    story: Story, articles: Sequence[Article], mentions: Sequence[Mention] = ()
) -> Provenance:
    own = {a.id: a.outlet or a.id for a in articles}
    partly: dict[str, list[Derivation]] = {}
    for derivation in story.derivations:
        if derivation.partly_independent:
            partly.setdefault(derivation.article_id, []).append(derivation)
    # A partly independent article's own outlet is listed as a root of its own (see reuse).
    own_lines = [
        o for o in story.origins if o.kind == "article" and set(o.article_ids) <= set(partly)
    ]
    article_roots = {}
    for article in articles:
        roots = _roots(article.id, story.origins, own_lines)
        article_roots[article.id] = frozenset(roots or [own[article.id]])
    outside = [o.name for o in story.origins if o.kind != "article"]
    credited: dict[str, list[tuple[int, int, str]]] = {}
    for derivation in story.derivations:
        if derivation.derived_from not in outside:
            continue
        for evidence in derivation.evidence:
            if evidence.kind == "attribution":
                credited.setdefault(derivation.article_id, []).extend(
                    (span.start, span.end, derivation.derived_from) for span in evidence.spans
                )
    ids = {a.id for a in articles}
    taken: dict[str, list[Derivation]] = {}
    for derivation in story.derivations:
        if derivation.derived_from in ids and derivation.kind != "cites":
            taken.setdefault(derivation.article_id, []).append(derivation)
    return Provenance(
        article_roots=article_roots,
        taken_from={article_id: _ancestors(article_id, taken) for article_id in taken},
        taken=taken,
        article_origins=frozenset(o.name for o in story.origins if o.kind == "article"),
        own=own,
        outside=outside,
        credited=credited,
        carried=_carried_credits(mentions, credited),
        partly_independent=partly if story.origins else {},
        traced=bool(story.origins),
    )


def _ancestors(article_id: str, taken: dict[str, list[Derivation]]) -> frozenset[str]:
    """The articles an article derives from, directly or through others."""
    found: set[str] = set()
    todo = [article_id]
    while todo:
        for derivation in taken.get(todo.pop(), []):
            parent = str(derivation.derived_from)
            if parent not in found and parent != article_id:
                found.add(parent)
                todo.append(parent)
    return frozenset(found)
