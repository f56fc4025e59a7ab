"""Claim mentions: sentences, typed values, quotes and speakers, claimants, modality.

`extract(article)` turns one article into the checkable statements it makes. A mention is a
sentence (or a clause, when one sentence holds several statements with values of their own), or
a whole quotation with the sentences it spans. Only checkable statements become mentions: ones
with figures, dates, quotes, or an event with named participants.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date

from firsthand.claims.attribution import (
    CLAIM_VERB,
    NAME,
    NON_NAMES,
    PERSON_NAME,
    PLACEHOLDER,
    SPEECH,
    WEB_ADDRESS_NAME,
    PersonIndex,
    Source,
    bare_attribution,
    cited_source,
    closing_attribution,
    colon_subject,
    comparable_name,
    find_source,
    framing,
    is_negated,
    is_speaker_phrase,
    modality,
    names_an_event,
    offset_source,
    strip_to_name,
    undecided_quotes,
)
from firsthand.claims.dates import date_values, publication_date
from firsthand.claims.quotes import DOUBLE_MARK, quote_regions, single_quote_regions
from firsthand.claims.values import numeric_values
from firsthand.ingest.rules import CAPTION_POINTER, WIRE_CREDIT
from firsthand.model import LEADING_FUNCTION_WORDS, Article, Mention, Value, name_part
from firsthand.sentences import sentence_spans
from firsthand.timestamps import is_timestamp

__all__ = ["comparable_name", "extract"]

FIGURE_KINDS = {"quantity", "magnitude", "multiplier", "change", "age"}
DATE_KINDS = {"year", "date", "time"}
SHORT_QUOTE_WORDS = 4
ATTRIBUTION_SENTENCE_WORDS = 10
EVENT_MIN_WORDS = 6
SEMICOLON = re.compile(r";\s+")
# Words that mark what follows as a term or a name, not as speech: 'so-called “acquihires”',
# 'this alleged “Crabzilla”', 'a channel using the name “X”', 'a group dubbed “Y”'.
NAMING_BEFORE = re.compile(
    r"(?:\bso-called|\b(?i:the|a|an|this|these|those|its|his|her|their)\s+(?:\w+ly\s+)?"
    r"alleged|\b(?:dubbed|nicknamed|named|titled|entitled|headlined|captioned|"
    r"(?:known|referred\s+to|billed)\s+as),?|"
    r"\b(?i:the|a|an|its|his|her|their)\s+(?:name|term|word|phrase|hashtag|title|label|"
    r"nickname|moniker|slogan)s?|\b(?i:a|an|the)\s+[\w-]+\s+called)"
    # ... and the names listed after the first: 'known as “John,” “George” and “Ringo”'
    r"(?:[\s,]*+\ufffc++[\s,]*+(?:and|or)?)*+\s*$"
)
# A reporting verb closing the sentence right after a short quotation: '“a disgrace,” Smith
# said', '“sad,” said Dr. Jill Stein', '“terrible” and “sad,” she said'.
CLOSING_SPEECH = re.compile(
    rf"[\s,\ufffc]*(?:(?!(?:but|which|who|that)\b)[\w'’.-]+[\s,\ufffc]+){{0,4}}?{SPEECH.pattern}"
)
WORD_CHARACTER = re.compile(r"\w")
# A name's verb of saying and the subject pronoun of what it says: "Nash has said he ...".
PRONOUN_AFTER_VERB = re.compile(
    r"\s+(?:has\s+|had\s+|also\s+|later\s+)*(?:said|says|told\s+\w+(?:\s+\w+)?|added|adds|"
    r"explained|claimed|claims|insisted|insists)\s+(?:that\s+)?(?P<pronoun>he|she)\b"
)
# A coordinate clause that opens with its own subject: "but there are now claims ...", "and
# the company apparently developed ...", "while gold bands could ..." (not "and that ...",
# which goes on with the verb before it: "said it had negotiated ..., and that it was ...").
CLAUSE_WITH_SUBJECT = re.compile(
    r"(?:and|but|while|whereas)\s+(?:\w+ly\s+)?(?:[A-Z\d]|(?:the|a|an|he|she|it|they|we|you|"
    r"there|this|these|those|his|her|its|their|our|some|many|most|several|few|all)\b)"
)
# A wire dateline opening a paragraph, "London (AFP) - ", "WASHINGTON, Oct 4 (Reuters) —": where
# and by whom, never a source or the subject of the sentence after it (blanked for attribution).
DATELINE = re.compile(
    r"^[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}(?:,[ \t]+[\w.'’ -]{1,30}?)?[ \t]*"
    r"\([A-Z][\w.&/ -]{0,30}\)[ \t]*[-—–]+[ \t]*",
    re.MULTILINE,
)
STATEMENT_BEFORE_COLON_WORDS = 4
QUESTION_AFTER_STATEMENT = re.compile(
    r",\s+(?:but|and|so)\s+(?:what|why|how|who|where|when|which|would|will|can|could|do|does|"
    r"did|is|are|was|were)\b[^,;]*\?$"
)
# "Source: Giphy", "Via: The Verge", "h/t New York Daily News", "Hat tip: ...": who a piece
# came from (reuse reads such credits from the text), not a statement.
CREDIT_OPENING = re.compile(r"(?:(?:sources?|via|courtesy|credits?|hat\s+tip)\s*:|h/t\b)", re.I)
# "Update at 5:38 p.m.", "UPDATED: Oct. 5, 2014": when the page changed, nothing more.
UPDATE_STAMP = re.compile(r"(?i:update[ds]?|last\s+updated)\s*:?\s*(?P<at>.+?)[\s:.-]*")
# The newsroom's own note on its reporting: "We've contacted both Microsoft and Mojang for
# comment, and will update if we hear back.", "We've reached out to Mojang for clarification."
NEWSROOM_NOTE = re.compile(
    r"(?:We|I)(?:['’]ve|\s+have)?\s+(?:\w+ly\s+)?(?:contacted|reached\s+out\s+to|asked|e-?mailed|"
    r"called|approached|requested)\b[^.;]*?\b(?:for\s+(?:\w+\s+)?(?:comment|clarification|response|"
    r"statement|confirmation|information|details)|will\s+update)\b|(?:We|I)(?:['’]ll|\s+will)\s+"
    r"update\s+(?:this|the|our|you|if|when|as)\b"
)
# A verb of saying a few words before the colon that ends a paragraph: what follows is the
# words said ("wrote in a blog post:", "told Magharebia:"), unless they point at a picture or a
# post the page lost ("tweeted the following picture:", "posted by the fake account:").
BLOCK_INTRO = re.compile(
    r"\b(?:said|says|say|wrote|writes|told|tells|added|adds|explained|explains|tweeted|tweets|"
    r"stated|states|reported|reports|[Aa]ccording\s+to|noted|notes|continued|argued|argues|"
    r"declared|warned|insisted|replied|responded|announced|put\s+it)"
    r"(?:[ \t]+(?!(?:pictures?|photos?|images?|videos?|clips?|links?|charts?|graphs?|maps?|"
    r"screenshots?|gifs?)\b)[\w'’.-]+){0,5}[ \t]*:\s*$"
)
# A sentence's end: a closing mark; a caption written into a paragraph has none.
SENTENCE_CLOSE = re.compile(r"[.!?…\"”’')\]\ufffc]\s*$")
# Where one sentence hands over to a coordinate clause: "..., and ...", "..., but ..."; not
# "..., and to ...", which stays under the verb before it ("were expected to X, and to Y").
COORDINATION = re.compile(r",\s+(?=(?:and|but|while|whereas)\s+(?!to\b))")
# A finite verb, conservatively: an auxiliary or modal, a regular or common irregular past
# tense, or a present tense after a subject pronoun. Without one the words after ", and" are a
# list item ("$300, $400, and $500"), not a clause.
FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|shall|should|must|"
    r"does|did|said|says|told|rose|fell|grew|paid|sold|made|took|gave|won|lost|went|came|"
    r"began|spent|built|(?!hundred\b|indeed\b)[a-z]{2,}ed|"
    r"(?:[Ii]t|[Hh]e|[Ss]he|who|which)\s+(?:[a-z]+ly\s+)?[a-z]+s)\b"
)


@dataclass
class _Unit:
    """A stretch of sentences that becomes at most one mention, with its quotations."""

    first: int
    last: int
    start: int
    end: int
    quotes: list[tuple[int, int]]
    block: bool = False  # a sentence of an unquoted block quotation ("X wrote:" + paragraph)


def extract(article: Article) -> list[Mention]:
    """Every checkable statement of one article, with offsets into its cleaned text."""
    text = article.text
    base = publication_date(article.published)
    sentences = sentence_spans(text)
    if not sentences:
        return []
    regions = quote_regions(text)
    outside = DATELINE.sub(lambda match: " " * len(match.group()), _blank(text, regions))
    people = PersonIndex.build(outside, sentences)
    units = _units(text, outside, sentences, regions)
    quote_units = {unit.first for unit in units if unit.quotes}
    blocks = _block_quotes(text, outside, sentences, quote_units)
    mentions: list[Mention] = []
    previous_quote: tuple[int, str | None] | None = None  # (last sentence index, speaker)
    for position, unit in enumerate(units):
        if unit.quotes:
            source = _quote_source(text, outside, sentences, units, position, quote_units)
            adjacent = (
                previous_quote if previous_quote and previous_quote[0] == unit.first - 1 else None
            )
            quoted = " ".join(text[start:end] for start, end in unit.quotes)
            speaker = _resolved(text, source, people, adjacent, quoted)
            if source is None and adjacent:
                speaker = adjacent[1]
            # When the source was the sentence after the quotation ("Mr. Lopez said."), a
            # quotation right after that sentence still continues the same speaker.
            attributed_after = source is not None and source.start >= unit.end
            previous_quote = (unit.last + attributed_after, speaker)
            cited = cited_source(outside[unit.start : unit.end])
            claimant = (
                _resolved(text, offset_source(cited, unit.start), people, None)
                if cited
                else speaker
            )
            mentions.append(_mention(article, unit, base, outside, speaker, claimant))
            continue
        if unit.first in blocks:
            # The block's source says it; a sentence naming a source of its own inside it
            # ("X said that ...") is that source's claim, as the block retells it.
            speaker = _resolved(text, blocks[unit.first], people, None)
            own = _claimant(text, outside, unit.start, unit.end, people)
            block = _Unit(unit.first, unit.last, unit.start, unit.end, [], block=True)
            mentions.append(_mention(article, block, base, outside, speaker, own or speaker))
            continue
        if _states_nothing(outside[unit.start : unit.end]):
            continue
        claimant = _claimant(text, outside, unit.start, unit.end, people)
        clauses = _clauses(text, outside, unit, base)
        for start, end in clauses:
            clause = _Unit(unit.first, unit.last, start, end, [])
            # A clause naming its own source ("..., and the mayor said 30 were hurt") keeps it;
            # the others share the sentence's ("..., the Herald reported.").
            own = _claimant(text, outside, start, end, people) if len(clauses) > 1 else None
            mention = _mention(article, clause, base, outside, None, own or claimant)
            if is_timestamp(mention.text.strip()):
                continue  # a dateline left in the text: when a page was stamped, no statement
            if mention.kind != "event" or _is_event(mention):
                mentions.append(mention)
    return mentions


def _block_quotes(
    text: str, outside: str, sentences: list[tuple[int, int]], quote_units: set[int]
) -> dict[int, Source]:
    """The sentences of a paragraph quoted without quotation marks, set off by a sentence that
    ends with a colon right after a verb of saying ("Markus Persson wrote in a blog post:",
    "He said:", "According to the BBC:"), each with the person, group or outlet that sentence
    names: its words are that source's."""
    blocks: dict[int, Source] = {}
    for index, (start, end) in enumerate(sentences[:-1]):
        sentence = outside[start:end]
        if "\n" not in text[end : sentences[index + 1][0]]:
            continue
        # A paragraph of a bare name and a colon ("9to5Mac:") hands over to that source's
        # words, when the article has it report elsewhere too ("9to5Mac also reports"; not a
        # label: "Update:", "And:").
        bare = BARE_NAME_INTRO.fullmatch(sentence.strip())
        if bare and _paragraph_alone(text, start, end) and _reports(outside, bare.group("name")):
            source: Source | None = Source(bare.group("name"), "name", start)
        elif BLOCK_INTRO.search(sentence):
            source = offset_source(find_source(sentence), start)
            if source is not None and not is_speaker_phrase(source):
                continue
        else:
            continue
        if source is None:
            continue
        paragraph = []
        for following in range(index + 1, len(sentences)):
            paragraph.append(following)
            if (
                following + 1 == len(sentences)
                or "\n" in text[sentences[following][1] : sentences[following + 1][0]]
            ):
                break  # the paragraph ends
        # A paragraph that ends with a colon introduces something else ("Josh Wingrove, a
        # reporter ..., tweets:"); a quoted one is a quotation already.
        if (
            not outside[sentences[paragraph[-1]][0] : sentences[paragraph[-1]][1]]
            .rstrip()
            .endswith(":")
        ):
            blocks.update((i, source) for i in paragraph if i not in quote_units)
    return blocks


BARE_NAME_INTRO = re.compile(rf"(?P<name>{NAME}):")


def _reports(outside: str, name: str) -> bool:
    """The article has `name` say or report something: "9to5Mac also reports", "according to
    9to5Mac"."""
    named = re.escape(name)
    return (
        re.search(
            rf"(?<![\w-]){named}\s+(?:also\s+|has\s+|had\s+)?(?:{SPEECH.pattern})|"
            rf"(?:[Aa]ccording\s+to|via)\s+{named}\b",
            outside,
        )
        is not None
    )


def _paragraph_alone(text: str, start: int, end: int) -> bool:
    """`start`-`end` is a paragraph of its own."""
    return (start == 0 or "\n" in text[max(0, start - 2) : start]) and "\n" in text[end : end + 2]


def _states_nothing(sentence: str) -> bool:
    """A question ("What did you do this weekend?", "Did she take on a godson?") asks and
    states nothing; a credit ("Source: Giphy", "h/t New York Daily News"), an update stamp
    ("Update at 5:38 p.m."), the newsroom's note that it asked for comment, or a photo caption
    left at a paragraph's end ("Picture is an explosion from an allied air-strike on Sunday")
    is page furniture. `sentence` has its quotations blanked: a quoted question ('muttering
    “why?”') is the speaker's, and the sentence around it states."""
    stripped = sentence.strip()
    if NEWSROOM_NOTE.match(stripped) or WIRE_CREDIT.match(stripped):
        return True  # (a wire's staff credit closing a paragraph: "(Reporting by X; ...)")
    if not SENTENCE_CLOSE.search(stripped) and CAPTION_POINTER.search(stripped):
        return True
    # ".?" is a scraping artefact after a statement; a statement may also end in a question
    # after a colon ("the question became: What about ...?"), unless a short label opens it,
    # or in a question of its own coordinated after it ("..., but why would he do it?").
    if stripped.endswith("?") and not stripped.endswith(".?"):
        before_colon = stripped.rpartition(": ")[0]
        return len(before_colon.split()) < STATEMENT_BEFORE_COLON_WORDS and not (
            QUESTION_AFTER_STATEMENT.search(stripped)
        )
    stamp = UPDATE_STAMP.fullmatch(stripped)
    return bool(CREDIT_OPENING.match(stripped) or (stamp and is_timestamp(stamp.group("at"))))


def _blank(text: str, regions: list[tuple[int, int]]) -> str:
    """The text with quotations replaced by placeholders of equal length (offsets kept)."""
    pieces: list[str] = []
    at = 0
    for start, end in regions:
        pieces += [text[at:start], PLACEHOLDER * (end - start)]
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


def _units(
    text: str, outside: str, sentences: list[tuple[int, int]], regions: list[tuple[int, int]]
) -> list[_Unit]:
    starts = [start for start, _ in sentences]
    ends = [end for _, end in sentences]
    quoted: list[_Unit] = []
    for start, end in regions:
        first = max(0, bisect_right(starts, start) - 1)
        last = max(first, min(len(sentences) - 1, bisect_left(ends, end)))
        span_start, span_end = sentences[first][0], max(sentences[last][1], end)
        if not _is_quotation(text, outside, start, end, span_start, span_end):
            continue
        if quoted and first <= quoted[-1].last:
            merged = quoted[-1]
            merged.last = max(merged.last, last)
            merged.end = max(merged.end, span_end)
            merged.quotes.append((start, end))
            continue
        quoted.append(_Unit(first, last, span_start, span_end, [(start, end)]))
    units: list[_Unit] = []
    index = 0
    for unit in quoted:
        units += [_Unit(i, i, *sentences[i], []) for i in range(index, unit.first)]
        units.append(unit)
        index = unit.last + 1
    units += [_Unit(i, i, *sentences[i], []) for i in range(index, len(sentences))]
    return units


def _is_quotation(
    text: str, outside: str, start: int, end: int, span_start: int, span_end: int
) -> bool:
    """Quoted speech, not scare quotes or a title: long enough, a sentence of its own, or next
    to a reporting verb, unless a naming phrase ("so-called", "known as") marks it as a term.
    Long quoted words between a determiner and its noun name something: 'the symbolic “hands
    up, don’t shoot” gesture' (a short one may be the speaker's word: 'a “destructive” force')."""
    if len(text[start:end].split()) >= SHORT_QUOTE_WORDS:
        # (after a verb of saying, the quoted words are the speaker's: 'said that a “number of
        # critical issues remain unresolved” about ...')
        named = _is_modifier(text, outside, start, end) and not SPEECH.search(
            _before(outside, start)
        )
        return not named
    # A quotation that is a sentence of its own: “God help us.”
    if WORD_CHARACTER.search(outside, span_start, span_end) is None:
        return True
    before = outside[span_start:start]
    # '“a disgrace,” Smith said', '“sad,” said Dr. Jill Stein': speech even after a naming word.
    if CLOSING_SPEECH.match(outside, end, span_end):
        return True
    # 'so-called “acquihires,”', 'this alleged “Crabzilla.”', 'using the name “iCrackUriDevice”':
    # a term or name the writer marks, whatever verb the sentence has elsewhere (US style puts
    # the comma or full stop inside the marks, so these look like short quotations).
    if NAMING_BEFORE.search(before):
        return False
    verbs = SPEECH.finditer(outside, span_start, span_end)
    return any(not _is_naming_word(outside, verb) for verb in verbs)


def _is_naming_word(outside: str, verb: re.Match[str]) -> bool:
    """ "so-called", "the alleged": a reporting verb's form used as an adjective."""
    return NAMING_BEFORE.search(outside, max(0, verb.start() - 40), verb.end()) is not None


def _quote_source(
    text: str,
    outside: str,
    sentences: list[tuple[int, int]],
    units: list[_Unit],
    position: int,
    quote_units: set[int],
) -> Source | None:
    """The source of a quotation: in its own sentences, else in a short attribution sentence
    right after it ("Mr. Lopez said."), else before a colon just ahead of it."""
    unit = units[position]
    found = find_source(outside[unit.start : unit.end]) or colon_subject(
        outside[unit.start : unit.quotes[0][0]]
    )
    if found:
        return offset_source(found, unit.start)
    if position + 1 < len(units) and units[position + 1].first not in quote_units:
        following = units[position + 1]
        sentence = outside[following.start : following.end]
        if len(sentence.split()) <= ATTRIBUTION_SENTENCE_WORDS and bare_attribution(sentence):
            found = find_source(sentence)
            # Only a sentence that opens with its source: "Mr. Lopez said." / "He added:".
            if found and found.start <= len(sentence) - len(sentence.lstrip()) + 4:
                return offset_source(found, following.start)
    if position > 0:
        preceding = units[position - 1]
        sentence = outside[preceding.start : preceding.end]
        if sentence.rstrip(PLACEHOLDER + " ").endswith(":"):
            found = find_source(sentence) or colon_subject(sentence)
            return offset_source(found, preceding.start)
    return None


def _resolved(
    text: str,
    source: Source | None,
    people: PersonIndex,
    previous_quote: tuple[int, str | None] | None,
    quoted: str = "",
) -> str | None:
    if source is None or (source.kind == "common" and names_an_event(source.text)):
        return None  # "The impending move ... set off", "an 11-hour delay": no one speaks
    if source.kind == "quoted":  # the quoted words, without their marks
        return text[source.start + 1 : source.start + len(source.text) - 1].strip(" ,.") or None
    if source.kind == "pronoun":
        recent = [previous_quote[1]] if previous_quote and previous_quote[1] else []
        resolved = people.resolve(source.text, source.start, _names(recent), quoted)
        return people.described(resolved) if resolved else None
    if source.kind == "name":
        # "Nash has said he understood ...", with Derek and Tanya Nash named: the pronoun after
        # the verb tells which (only then: in "Ibrahim said she is not his wife" she is not)
        cue = PRONOUN_AFTER_VERB.match(text, source.start + len(source.text))
        surname = strip_to_name(source.text).split()[-1:]
        shared = cue and surname and len(people.bearers.get(surname[0], [])) > 1
        gender = {"he": "m", "she": "f"}[cue.group("pronoun")] if cue and shared else None
        return people.identify(source.text, gender)
    holder = people.holder(source.text, source.start)
    if holder:
        return people.described(holder, source.text)
    return (
        people.author(source.text, source.start)
        or people.introduced(source.text, source.start)
        or people.organisation(source.text, source.start)
        or source.text
    )


def _names(speakers: list[str]) -> list[str]:
    """Speakers without the role that `PersonIndex.described` added: "Lis Smith, ..." -> "Lis
    Smith", for comparison with the names of the person index."""
    return [name_part(speaker) for speaker in speakers]


def _values(text: str, start: int, end: int, base: date | None) -> list[Value]:
    dates = date_values(text[start:end], start, base)
    taken = [(v.start - start, v.end - start) for v in dates]
    return sorted(dates + numeric_values(text[start:end], start, taken), key=lambda v: v.start)


def _claimant(text: str, outside: str, start: int, end: int, people: PersonIndex) -> str | None:
    found = find_source(outside[start:end], CLAIM_VERB)
    return _resolved(text, offset_source(found, start), people, None)


def _clauses(text: str, outside: str, unit: _Unit, base: date | None) -> list[tuple[int, int]]:
    """The sentence, or its clauses when several carry values of their own, so that one
    clause's hedge, forecast or source is not read into another's figures.

    A ';' separates clauses when more than one side has values; ", and" / ", but" / ", while"
    only when every side has a figure or date (not just an ordinal) and a finite verb. Breaks
    are looked for outside quotations.
    """
    by_semicolon = _split(outside, unit.start, unit.end, SEMICOLON, 1)
    if sum(1 for start, end in by_semicolon if _values(text, start, end, base)) < 2:
        by_semicolon = [(unit.start, unit.end)]
    # A closing ", a spokesman said Friday" gives no clause a value or a verb of its own.
    body_end = unit.start + closing_attribution(outside[unit.start : unit.end])
    clauses: list[tuple[int, int]] = []
    for start, end in by_semicolon:
        coordinate = _split(outside, start, end, COORDINATION, 0)
        verbs = all(FINITE_VERB.search(text, s, min(e, body_end)) for s, e in coordinate)
        figures = [_has_figures(text, s, min(e, body_end), base) for s, e in coordinate]
        # "The message was retweeted over 5,000 times, but there are now claims she may have
        # been killed": a clause framed apart from the figures' is split off too, so that its
        # hedge or forecast is not read into the other clause's figures.
        # Only a clause with a subject of its own: "..., but remain the size of ..." and "...,
        # and also debut a new model" go on with the first clause's subject and its frame.
        framed = {modality(outside[s:e]) for s, e in coordinate}
        framed_apart = len(framed) > 1 and all(
            CLAUSE_WITH_SUBJECT.match(text, s) for s, _ in coordinate[1:]
        )
        if len(coordinate) > 1 and verbs and (all(figures) or (any(figures) and framed_apart)):
            clauses += coordinate
        else:
            clauses.append((start, end))
    return clauses


def _has_figures(text: str, start: int, end: int, base: date | None) -> bool:
    return any(v.kind in FIGURE_KINDS | DATE_KINDS for v in _values(text, start, end, base))


def _split(
    outside: str, start: int, end: int, breaks: re.Pattern[str], keep: int
) -> list[tuple[int, int]]:
    """`start`-`end` cut at each break; the first `keep` characters of a break stay with the
    clause before it (the ';')."""
    found = list(breaks.finditer(outside, start, end))
    bounds = [start] + [m.end() for m in found]
    ends = [m.start() + keep for m in found] + [end]
    return list(zip(bounds, ends, strict=True))


def _mention(
    article: Article,
    unit: _Unit,
    base: date | None,
    outside: str,
    speaker: str | None,
    claimant: str | None,
) -> Mention:
    text = article.text
    values = _values(text, unit.start, unit.end, base)
    surface = text[unit.start : unit.end]
    kinds = {value.kind for value in values}
    if unit.quotes or unit.block:
        kind = "quote"
    elif kinds & FIGURE_KINDS:
        kind = "figure"
    elif kinds & DATE_KINDS:
        kind = "date"
    else:
        kind = "event"
    # The quoted words without their marks or the comma that hands over to "she said".
    framed, cues = framing(_deciding_text(article, surface, outside, unit))
    quote = " … ".join(text[s + 1 : e - 1].strip().rstrip(",") for s, e in unit.quotes) or None
    if unit.block:
        quote = surface.strip()
    return Mention(
        id=f"{article.id}:{unit.start}-{unit.end}",
        article_id=article.id,
        start=unit.start,
        end=unit.end,
        text=surface,
        kind=kind,
        values=values,
        quote=quote,
        speaker=speaker,
        claimant=claimant,
        modality=framed,  # type: ignore[arg-type]
        modality_cues=cues,
        negated=is_negated(
            _blanked(surface, unit.start, _named_quotes(text, outside, unit), NAME_FILL)
        ),
        entities=_entities(outside[unit.start : unit.end]),
    )


def _deciding_text(article: Article, surface: str, outside: str, unit: _Unit) -> str:
    """The unit's text with the quoted fragments that do not decide its modality blanked."""
    undecided = undecided_quotes(article.text, outside, unit.quotes)
    named = _blanked(surface, unit.start, _named_quotes(article.text, outside, unit), NAME_FILL)
    return _blanked(named, unit.start, undecided, PLACEHOLDER)


# A quoted name stands for a noun: filled with word characters, it stays inside the clause it
# belongs to ("who is set to appear in the “Star Wars” sequel" is still a relative clause).
NAME_FILL = "_"


def _blanked(surface: str, offset: int, spans: list[tuple[int, int]], fill: str) -> str:
    """`surface` (which starts at `offset`) with `spans` filled with `fill`."""
    for start, end in spans:
        surface = surface[: start - offset] + fill * (end - start) + surface[end - offset :]
    return surface


# A quotation between a determiner (and an adjective) and its noun modifies that noun: 'the
# symbolic “hands up, don’t shoot” gesture', 'a “no show” fee', 'certain "no-go" zones'.
MODIFIER_BEFORE = re.compile(
    r"\b(?i:the|a|an|its|his|their|our|your|my|whose|certain)\s+"
    r"(?:[a-z][\w-]*(?:ic|al|ous|ive|ful|ar)\s+|same\s+)?$"
)
NOUN_AFTER = re.compile(
    r"\s*(?!(?:and|or|but|nor|is|are|was|were|be|been|has|have|had|will|would|can|could|may|"
    r"might|must|should|do|does|did|to|of|in|on|at|for|with|by|from|as|than|that|which|who|"
    r"whom|whose|when|where|while|because|if|he|she|it|they|we|you|his|her|its|their|this|"
    r"these|those|there|then|so|not|also)\b)[a-z][a-z-]*(?<!ly)\b"
)


def _named_quotes(text: str, outside: str, unit: _Unit) -> list[tuple[int, int]]:
    """The quoted words in `unit` that name something (a slogan, a title, a term) rather than
    say it: a negation or modal inside them ("don’t shoot") is not the sentence's own."""
    return [
        (start, end)
        for start, end, context in _quoted_spans(text, outside, unit.start, unit.end)
        if _is_modifier(text, context, start, end)
        or NAMING_BEFORE.search(_before(context, start)[-60:])
    ]


def _before(context: str, start: int) -> str:
    """The sentence before `start`."""
    return context[max(context.rfind(mark, 0, start) for mark in ".!?\n") + 1 : start]


def _is_modifier(text: str, context: str, start: int, end: int) -> bool:
    """The quotation at `start`-`end` stands between a determiner and its noun (closed with no
    comma or stop inside its marks: '“... Massacre,” stressing' hands over to a clause)."""
    noun = NOUN_AFTER.match(context, end)
    return bool(
        noun
        and not SPEECH.search(noun.group())
        and not QUOTE_CLOSING_PUNCTUATION.search(text, start, end)
        and MODIFIER_BEFORE.search(_before(context, start)[-60:])
    )


QUOTE_CLOSING_PUNCTUATION = re.compile(r"[,.;:!?]\W*$")


PLACEHOLDERS = re.compile(f"{PLACEHOLDER}+")


def _quoted_spans(text: str, outside: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Every quotation between `start` and `end`, with the text to read around it: the blanked
    quotations of `outside`, and in a text that quotes with double marks, the words in single
    marks too (a slogan inside a headline, "the ‘hands up’ gesture"), which it does not blank."""
    spans = [
        (found.start(), found.end(), outside)
        for found in PLACEHOLDERS.finditer(outside, start, end)
    ]
    if DOUBLE_MARK.search(text):
        taken = {found_start for found_start, _, _ in spans}
        spans += [
            (start + single_start, start + single_end, text)
            for single_start, single_end in single_quote_regions(text[start:end])
            if start + single_start not in taken
        ]
    return spans


def _entities(outside: str) -> list[str]:
    """Named participants: capitalised names outside the quoted words, in order."""
    found: list[str] = []
    for match in PERSON_NAME.finditer(outside):
        name = LEADING_FUNCTION_WORDS.sub("", match.group()).strip(" .")
        # (a web address alone is no participant: "send an email to tips@site.com")
        web_address = WEB_ADDRESS_NAME.fullmatch(name)
        if name and not NON_NAMES.match(name) and not web_address and name not in found:
            found.append(name)
    return found


def _is_event(mention: Mention) -> bool:
    """An event with named participants: a full sentence naming someone or something."""
    return bool(mention.entities) and len(mention.text.split()) >= EVENT_MIN_WORDS
