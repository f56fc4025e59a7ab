"""Small text tools shared by matching and stance: tokens, masks, source names, quotes."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from rapidfuzz import fuzz

from firsthand.model import ORGANISATION_WORDS, name_part
from firsthand.words import STOPWORDS, WORD, content_words, stem, words

# Words that name a kind of source rather than a particular one: never evidence of a clash.
_GENERIC_SOURCES = frozenset(
    (
        *("he", "she", "they", "it", "we", "i", "you", "who", "someone", "people"),
        *("official", "officials", "authority", "authorities", "source", "sources"),
        *("report", "reports", "statement", "media", "government", "police", "local"),
        *("spokesman", "spokeswoman", "spokesperson", "witness", "witnesses", "residents"),
        *("expert", "experts", "analyst", "analysts", "observers", "critics"),
    )
)
_HONORIFICS = frozenset(
    ("mr", "mrs", "ms", "dr", "sir", "president", "minister", "gov", "sen", "rep", "the", "a")
)


@lru_cache(maxsize=1 << 16)
def content_stems(text: str) -> frozenset[str]:
    """Stems of the content words; cached, as alignment asks again for each pair."""
    return frozenset(stem(word) for word in content_words(text))


def lowercase_stems(text: str) -> frozenset[str]:
    """Stems of the content words written in lower case: what is said, not who is named."""
    written = (match.group(0).strip("'’") for match in WORD.finditer(text))
    return frozenset(
        stem(word)
        for word in written
        if word[:1].islower() and word not in STOPWORDS and len(word) > 2
    )


def masked(text: str, pieces: Iterable[tuple[int, int]]) -> str:
    """The text with each (start, end) piece (relative offsets) replaced by one '#'."""
    result, cursor = [], 0
    for start, end in sorted(pieces):
        if start < cursor:
            continue
        result.append(text[cursor:start])
        result.append("#")
        cursor = end
    result.append(text[cursor:])
    return "".join(result)


def _name_tokens(name: str) -> set[str]:
    """A source is told by its name, not its role: two spokespeople of one campaign share role
    words ('Lis Smith, Obama campaign spokeswoman'), not identity."""
    return {word for word in words(name_part(name)) if word not in _HONORIFICS}


_SENTENCE_START = re.compile(r"(?:^|[.!?:;][\"'“”’)]*\s+|[\"“]\s*)$")


_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "its", "their"))


def _described(name: str) -> bool:
    """'The US software giant', 'a Chinese state firm': a description ending in a common noun,
    which may stand for any named source of the story ('Microsoft'), not a name of its own."""
    parts = name.split()
    return len(parts) > 1 and parts[0].lower() in _DETERMINERS and parts[-1][:1].islower()


def is_specific_source(name: str | None, context: str | None = None) -> bool:
    """A named source ('Red Cross', 'John Kerry'), not 'officials' or a pronoun.

    With `context` (the sentence naming it), a name capitalised only on its first word must
    stand somewhere other than a sentence start: 'Payslips show ...' names no one.
    """
    if not name or not any(char.isupper() for char in name):
        return False
    if _described(name):
        return False
    tokens = _name_tokens(name)
    if not tokens or tokens <= _GENERIC_SOURCES:
        return False
    capitalised_inside = any(word[:1].isupper() for word in name.split()[1:])
    if context is None or capitalised_inside:
        return True
    # Only the first word is capitalised ('Payslips', 'A local newspaper'): a name only if it
    # stands somewhere other than at the start of a sentence.
    return any(
        not _SENTENCE_START.search(context[: match.start()])
        for match in re.finditer(re.escape(name), context)
    )


def is_personal_name(name: str) -> bool:
    """'Patrick Ryder', 'A.J. Smith': two or more capitalised words, not an organisation or a
    description ('The Pentagon', 'ISIS', 'the US Central Command', "Iraq's UN Ambassador",
    'Secretary of Defense')."""
    tokens = [token for token in name_part(name).split() if token.lower() not in _HONORIFICS]
    return (
        len(tokens) >= 2
        and all(token[:1].isupper() for token in tokens)
        and not any(token.endswith(("'s", "’s", "'", "’")) for token in tokens)
        and not all(token.isupper() for token in tokens)
        and not any(ORGANISATION_WORDS.fullmatch(token.strip(".,")) for token in tokens)
    )


def _initials(tokens: list[str]) -> str:
    return "".join(token[0] for token in tokens if token)


def different_sources(
    first: str | None,
    second: str | None,
    first_context: str | None = None,
    second_context: str | None = None,
) -> bool:
    """True only when both name specific sources that cannot be the same one.

    'Kerry' and 'John Kerry', 'UN' and 'United Nations', 'police' and anyone are never
    different: precision matters more than catching every misattribution.
    """
    if not (
        is_specific_source(first, first_context) and is_specific_source(second, second_context)
    ):
        return False
    assert first is not None and second is not None
    if same_source(first, second):
        return False
    compact = ["".join(words(name_part(name))) for name in (first, second)]
    return fuzz.ratio(*compact) < 80


_SHORTEST_STEM = 3


def same_source(first: str, second: str) -> bool:
    """Names that share a word or an acronym: 'the Herald' and 'The Meridian Herald'."""
    tokens_a, tokens_b = _name_tokens(first), _name_tokens(second)
    if tokens_a & tokens_b:
        return True
    ordered_a = [w for w in words(name_part(first)) if w not in _HONORIFICS]
    ordered_b = [w for w in words(name_part(second)) if w not in _HONORIFICS]
    compact_a, compact_b = "".join(ordered_a), "".join(ordered_b)
    if compact_a in (_initials(ordered_b), compact_b) or compact_b == _initials(ordered_a):
        return True
    # One name inside a word of the other: 'India' and 'the Indian navy'; not an initial
    # ('Jimmy N. Gardner' is not 'NBCToday.co').
    return any(
        (a.startswith(b) or b.startswith(a)) and min(len(a), len(b)) >= _SHORTEST_STEM
        for a in tokens_a
        for b in tokens_b
    )


def quote_words(quote: str) -> str:
    return " ".join(words(quote))


MIN_QUOTE_WORDS = 5
"""Shorter quotes ('no comment') are said by many people: never evidence of the same quote."""


QUOTE_RUN_WORDS = 8
"""Quoted words in one unbroken run that make two quotations one remark, however each outlet
cut and transcribed the rest ("who's going to believe me? Bill Cosby, the all-American dad,
the all-American husband, Mr Jell-O, the guy everybody loves" / "Who would believe me? Bill
Cosby, the all-American dad, the all-American husband, Mr. Jell-O, that everybody loved")."""


@lru_cache(maxsize=1 << 16)
def same_quote(first: str | None, second: str | None) -> bool:
    """The same quoted words, allowing one to be trimmed or lightly edited."""
    if not first or not second:
        return False
    a, b = quote_words(first), quote_words(second)
    shorter = a if len(a) <= len(b) else b
    if len(shorter.split()) < MIN_QUOTE_WORDS:
        return False
    if fuzz.partial_ratio(a, b) >= 90:
        return True
    words_a, words_b = a.split(), b.split()
    run = SequenceMatcher(None, words_a, words_b, autojunk=False).find_longest_match()
    return run.size >= QUOTE_RUN_WORDS


# What a denial rejects: reports, claims, rumours... ("denied reports that ...").
_REPORTED = (
    r"(?:reports?|claims?|suggestions?|rumou?rs?|allegations?|accusations?|assertions?|"
    r"speculation|stories|story|articles?|news)"
)
_DENYING = (
    r"(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?|refut(?:e|ed|es|ing)|"
    r"reject(?:ed|s|ing)?|debunk(?:ed|s|ing)?|rebut(?:ted|s|ting)?|discount(?:ed|s|ing)?|"
    r"rubbish(?:ed|es|ing)?|trash(?:ed|es|ing)?|quash(?:ed|es|ing)?|scotch(?:ed|es|ing)?)"
)
_QUALIFIERS = (
    r"(?:(?:the|these|those|such|his|her|their|its|any|all|earlier|recent|media|press|online|"
    r"widespread|persistent|new|latest|initial|previous)\s+)*"
)
# What calls a report false: a word of falsehood, or of scorn a spokesman uses for a rumour
# ("ridiculous", "totally ludicrous"), often in quotation marks.
_CALLED_FALSE = (
    r"[\"'“‘]?(?:(?:a|an)\s+)?(?:(?:complete|total|elaborate|internet|online|cruel|sick|"
    r"100 per ?cent)\s+)*(?:hoax|fake|false|untrue|not true|fabricated|baseless|unfounded|bogus|"
    r"a lie|ridiculous|ludicrous|absurd|nonsense|rubbish|made up|invented)"
)
_UTTERLY = r"[\"'“‘]?(?:(?:also|all|simply|completely|entirely|totally|utterly)\s+)?"
_WRONGLY = r"(?:incorrectly|wrongly|erroneously|falsely|mistakenly)"
_TOLD_AS = r"(?:stated|said|reported|claimed|wrote|identified|described)"
# A clause's subject straight after 'claims'/'reports' when 'that' is left out: a pronoun, a
# determiner or a capitalised name, never a day or month ('denied reports Monday that ...').
_SUBJECT_NEXT = (
    r"(?=(?:he|she|it|they|we|I|the|a|an|his|her|their|its)\s"
    r"|(?-i:[A-Z][a-z]+)\s(?!(?:that|of)\b))"
    rf"(?!(?:{'|'.join(name for name in (*calendar.day_name, *calendar.month_name) if name)})\b)"
)
# The denied statement is the group 'said'; a denying verb is the group 'verb', and whoever
# stands before it denies. Gerunds exclude the pronouns ending in '-ing' ('anything').
_DENIALS = (
    # "Boko Haram denied claims by Nigeria's government that it has agreed to a ceasefire",
    # "rejected claims she has been killed" (no 'that'), "trashed reports that claimed ..."
    re.compile(
        rf"\b(?P<verb>{_DENYING})\s+{_QUALIFIERS}{_REPORTED}\b"
        rf"(?:\s+(?:by|from|in|of)\s+[^,]{{1,60}}?)?,?\s+(?:(?:that|of)\s+|{_SUBJECT_NEXT})"
        rf"(?:{_TOLD_AS}\s+(?:that\s+)?)?(?P<said>.+)",
        re.IGNORECASE,
    ),
    # "An Iraqi official denied that a woman detained in Lebanon is ..."
    re.compile(rf"\b(?P<verb>{_DENYING})\s+that\s+(?P<said>.+)", re.IGNORECASE),
    # "a manager for the airline is denying their plans to segregate passengers": a plan denied
    # is the plan others report ('plans to segregate' stays in what is denied)
    re.compile(
        rf"\b(?P<verb>{_DENYING})\s+{_QUALIFIERS}(?P<said>(?:plans?|intentions?)\s+to\s+.+)",
        re.IGNORECASE,
    ),
    # "Sudan has denied striking South Sudanese territory"
    re.compile(
        rf"\b(?P<verb>{_DENYING})\s+"
        rf"(?P<said>(?:ever\s+)?(?!(?:any|every|some|no)thing\b)[a-z]{{2,}}ing\b.+)",
        re.IGNORECASE,
    ),
    # "An article saying NASA confirmed six days of darkness is fake", "rumors that its robots
    # are roaming the campus are not true"
    re.compile(
        rf"\b{_REPORTED}\s+(?:claiming|saying|suggesting|stating|that)\s+(?P<said>.+?)\s+"
        rf"(?:is|was|are|were|has been|have been)\s+{_UTTERLY}{_CALLED_FALSE}\b",
        re.IGNORECASE,
    ),
    # A report told as coming from a source the sentence calls fake: "A fake version of NBC
    # ... published a story yesterday which stated that Hefner's body had been found"
    re.compile(
        rf"\b(?:fake|bogus|hoax|spoof|phony|phoney|satirical|parody)\b.{{0,80}}?"
        rf"\b(?:published|posted|ran|carried|spread|put out)\b.{{0,60}}?\b{_REPORTED}\b"
        rf".{{0,60}}?\b(?:which|that)\s+(?:stated|said|claimed|reported|alleged)\s+"
        rf"(?:that\s+)?(?P<said>.+)",
        re.IGNORECASE,
    ),
    # A correction: "The original brief stated incorrectly that Shlomo Tawil was the director"
    re.compile(
        rf"\b(?:{_WRONGLY}\s+{_TOLD_AS}|{_TOLD_AS}\s+{_WRONGLY})\s+(?:that\s+)?(?P<said>.+)",
        re.IGNORECASE,
    ),
    # The writer's own denial: "Some sites are claiming it's from a TV show, but it's not."
    re.compile(
        r"\b(?:claim(?:s|ed|ing)?|say(?:s|ing)?|said|report(?:s|ed|ing)?)\s+(?:that\s+)?"
        r"(?P<said>[^,]+?),\s+but\s+(?:it|that|this|they|he|she)\s*"
        r"(?:is|was|are|were|'s|’s|did|does|do)?\s*(?:not|n't|n’t)\s*[.,;!]",
        re.IGNORECASE,
    ),
    # "Hunter said ... 10 members of the Islamic State were apprehended, a claim DHS said was
    # false": the statement stands before the comma
    re.compile(
        rf"^(?P<said>.+?),\s+(?:a|an)\s+(?:claim|report|allegation|assertion|story)\s+"
        rf"(?:that\s+)?[^,]{{0,60}}?\b(?:said|says|called|denied|dismissed)\s+"
        rf"(?:was\s+|is\s+|as\s+)?{_CALLED_FALSE}\b",
        re.IGNORECASE,
    ),
)
_ENDS_IN_REPORT = re.compile(rf"\b{_REPORTED}$", re.IGNORECASE)
# The writer's rebuttal of what others said, stated in the negative: "Most Hong Kong
# protesters aren't purposefully mimicking the gesture, as some have suggested" denies that
# they are; "Contrary to earlier reports that the plane crashed, ..." denies that it crashed.
_REBUTTED = re.compile(
    r"^(?P<said>.+?(?:\bnot\b|\bnever\b|n['’]t\b).*?),[\"”’']?\s*(?:as|like)\s+"
    r"(?:some|many|others|critics|several|reports|(?:some|many|several|earlier)\s+\w+)\s+"
    r"(?:have\s+|has\s+|had\s+)?(?:suggested|claimed|reported|speculated|said|alleged|assumed|"
    r"argued|believed|thought|feared)\b",
    re.IGNORECASE,
)
_CONTRARY = re.compile(
    rf"\bcontrary\s+to\s+{_QUALIFIERS}{_REPORTED}\s+that\s+(?P<said>[^,]+)", re.IGNORECASE
)
_FIRST_NEGATION = re.compile(r"\s+(?:not|never)\b|(?<=\w)n['’]t\b", re.IGNORECASE)
_NEGATED_STEMS = {"wo": "will", "ca": "can", "sha": "shall"}


def _affirmed(negated: str) -> str:
    """The statement a negated one denies: its first negation taken out ('aren't' -> 'are',
    'won't' -> 'will')."""
    found = _FIRST_NEGATION.search(negated)
    if found is None:
        return negated
    before = negated[: found.start()]
    if found.group().lower().endswith(("n't", "n’t")):
        word = re.search(r"(\w+)$", before)
        if word and word.group(1).lower() in _NEGATED_STEMS:
            before = before[: word.start()] + _NEGATED_STEMS[word.group(1).lower()]
    return before + negated[found.end() :]


# A denied statement ends where its main clause does: 'that her vocal cords were being
# biopsied | when she went into cardiac arrest', or where the denier goes on speaking: 'denied
# reports that he is dead | and said the rumours were exaggerated' (but 'that he was arrested
# and charged' is one statement).
_CLAUSE_END = re.compile(
    r",\s|;|\s[—–-]\s|\(|\s(?:when|while|after|before|because|as|since|although|though|"
    r"which|who|where|until|whereas)\s|\sand\s+(?:\w+ly\s+)?(?:said|added|told|insisted|stated|"
    r"called|described|explained|noted|wrote|tweeted)\b",
    re.IGNORECASE,
)
# Where the predicate of a denied statement starts: its first auxiliary or verb form.
_PREDICATE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|be|been|being|can|could|did|does|do|may|"
    r"might|should|must|[a-z]+(?:ed|ing))\b"
)
# A sentence that tells of reports or claims ('reports that he had died', 'the bizarre story
# about ...', 'a story on a parody site', 'the story states that') does not assert what they
# say.
REPORTS_THAT = re.compile(
    rf"\b{_REPORTED}\s+(?:that|of|about|saying|claiming|stating|suggesting|on\s+(?:a|an|the)|"
    rf"(?:states|stated|says|said|claims|claimed|alleges|alleged)\s+that)\b"
    # a report told by its title: "Vox published a story headlined, '...'", "an article
    # Monday titled '...'"
    rf"|\b{_REPORTED}(?:\s+\w+){{0,2}}?,?\s+(?:headlined|titled|entitled)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Denial:
    said: str
    """What is denied or called false: its first clause, when it follows the denial."""
    denier_end: int | None
    """Offset of the denying verb (whoever is named before it denies); None when the sentence
    calls a report false without a verb of denial ('a story ... is fake')."""
    called_false_by: str | None = None
    """The later sentence of the same article that calls the report false, when the sentence
    denied only tells of the report (see `debunked_reports`)."""

    @property
    def of_plan(self) -> bool:
        """A plan or intention denied ('denying their plans to segregate passengers'): what it
        denies is told as a forecast ('will order staff to keep men and women apart')."""
        return _PLAN.match(self.said) is not None


_PLAN = re.compile(r"(?:plans?|intentions?)\s+to\b", re.IGNORECASE)


# A sentence that calls a report told before it false without restating it ("Fortunately, the
# entire story is fabricated", "the rumour was 'ridiculous'", "IBM denies the story"). The
# report's own content is in the sentence that told of it (_TELLS_OF_REPORT).
_REPORT_BACK = (
    rf"\b(?:the|this|that|these|those|such)\s+(?:(?:entire|whole|original|viral|latest|same)\s+)?"
    rf"{_REPORTED}\b(?!\s+(?:that|of|about|by|from|saying|claiming|stating|suggesting)\b)"
)
CALLED_FALSE_BACK = re.compile(
    rf"{_REPORT_BACK}\s+(?:(?:is|was|are|were|has been|have been|turned out to be|proved)\s+"
    rf"{_UTTERLY}{_CALLED_FALSE}|(?:is|was|are|were)\s*(?:not|n't|n’t)\s+(?:true|accurate))\b"
    rf"|\b{_DENYING}\s+{_REPORT_BACK}"
    # "termed the reports as 'false' and 'misleading'", "called the story a hoax"
    rf"|\b(?:termed|called|described|branded|labell?ed)\s+{_REPORT_BACK}\s+(?:as\s+)?"
    rf"{_UTTERLY}{_CALLED_FALSE}\b",
    re.IGNORECASE,
)
# A sentence that tells what a report says: "published a story which stated that X", "rumours
# that X", "a report saying X".
_TELLS_OF_REPORT = re.compile(
    rf"\b{_REPORTED}\b[^.;]{{0,80}}?\b(?:(?:which|that)\s+)?(?:stated|states|said|says|claimed|"
    rf"claims|reported|alleged|alleges|suggested|saying|claiming|stating|suggesting|that)\s+"
    rf"(?:that\s+)?(?P<said>.+)",
    re.IGNORECASE,
)
# Or by its teller: "Ajel reported that X".
_TOLD_THAT = re.compile(
    r"\b(?:reported|claimed|alleged|wrote|stated)\s+that\s+(?P<said>.+)", re.IGNORECASE
)
REPORT_BACK_REACH = 4
"""Mentions a sentence calling 'the story' false may look back for the one telling of it."""


def debunked_reports(texts: Sequence[str]) -> dict[int, Denial]:
    """Of one article's sentences in order, those telling of a report that a later sentence
    calls false without restating it, each with what the report says: a hoax debunk first
    tells the hoax ("NBCToday.co published a story which stated that Hefner had died"), then
    calls it false ("Fortunately, the entire story is fabricated")."""
    found: dict[int, Denial] = {}
    for index, text in enumerate(texts):
        called = CALLED_FALSE_BACK.search(text)
        if denial(text) is not None or called is None:
            continue
        # "Although Ajel reported that X, the source of the quote said the story was
        # fabricated": the report is told in the debunking sentence itself.
        told_here = _TELLS_OF_REPORT.search(text[: called.start()]) or _TOLD_THAT.search(
            text[: called.start()]
        )
        if told_here and "," in told_here.group("said"):
            said = told_here.group("said").rsplit(",", 1)[0]
            found.setdefault(index, Denial(_first_clause(said), None, called_false_by=text.strip()))
            continue
        for back in range(index - 1, max(-1, index - 1 - REPORT_BACK_REACH), -1):
            told = _TELLS_OF_REPORT.search(texts[back])
            if told:
                said = _first_clause(told.group("said"))
                found.setdefault(back, Denial(said, None, called_false_by=text.strip()))
                break
    return found


@lru_cache(maxsize=1 << 16)
def denial(text: str) -> Denial | None:
    """What a sentence denies or calls false; None if it denies no statement.

    'Denied bail' or 'rejected a subpoena' deny no statement: only reports, claims, a 'that'
    clause or a gerund ('denied striking ...') are what a denial rejects.
    """
    rebutted = _REBUTTED.search(text)
    if rebutted is not None:
        return Denial(_affirmed(rebutted.group("said")), None)
    contrary = _CONTRARY.search(text)
    if contrary is not None:
        return Denial(_first_clause(contrary.group("said")), None)
    for pattern in _DENIALS:
        match = pattern.search(text)
        if match is None:
            continue
        said = match.group("said")
        if "verb" not in pattern.groupindex:
            if _ENDS_IN_REPORT.search(said):
                continue  # 'reports that X knew the story was false': the story is called false
            return Denial(said, None)
        if _NEGATED_VERB.search(text, 0, match.start("verb")):
            continue  # "The statement does not deny that AARP is open to ...": no denial
        return Denial(_first_clause(said), match.start("verb"))
    return None


_NEGATED_VERB = re.compile(
    r"(?:\b(?:not|never|refused\s+to|declined\s+to)|n['’]t)\s+$", re.IGNORECASE
)


def _first_clause(said: str) -> str:
    """The main clause a denied statement opens with; an appositive between its subject and
    its verb is left out ('Rehana, famed for killing 100 fighters, was beheaded')."""
    end = _CLAUSE_END.search(said, 1)
    if end is None:
        return said
    closing = said.find(", ", end.end())
    if end.group().startswith(",") and closing != -1 and not _PREDICATE.search(said[: end.start()]):
        return _first_clause(said[: end.start()] + " " + said[closing + 2 :])
    return said[: end.start()]


DENIED_COVERAGE = 0.5
"""Share of the denied statement's content stems another sentence must state to state it."""


FULLY_STATED_STEMS = 3
"""Content stems a denied statement needs for 'all of them stated' to be strong evidence."""


def states_denied(found: Denial, text: str, fully: bool = False) -> bool:
    """`text` states what `found` denies: half the denied statement's content stems, and a
    word of its predicate, for its subject and names alone are no statement ('vocal cords
    ... swelled' does not state that 'vocal cords were being biopsied'). `fully`: every one of
    them, and at least FULLY_STATED_STEMS."""
    denied_stems = content_stems(found.said)
    shared = denied_stems & content_stems(text)
    if fully and (shared != denied_stems or len(denied_stems) < FULLY_STATED_STEMS):
        return False
    predicate = _PREDICATE.search(found.said)
    said = found.said[predicate.start() :] if predicate else found.said
    # A verb of the predicate must keep its voice: 'she has been killed' is not stated by
    # 'she claimed to have killed 100 militants' (a noun, 'a biopsy', has no voice).
    said_voice, text_voice = voices(found.said), voices(text)
    voice_changed = {
        word for word, voice in said_voice.items() if text_voice.get(word, voice) != voice
    }
    return (
        bool(denied_stems)
        and len(shared) >= DENIED_COVERAGE * len(denied_stems)
        and bool(shared & lowercase_stems(said) - voice_changed)
    )


_PARTICIPLE = re.compile(
    r"\b(?P<be>(?:be|been|being|is|are|was|were)\s+(?:[a-z]+ly\s+)?)?"
    r"(?P<verb>[a-z]+(?:ed|en|wn))\b",
    re.IGNORECASE,
)


def voices(text: str) -> dict[str, str]:
    """Stem -> 'passive' or 'active' for the participles a text uses in one voice only
    ('has been reportedly killed' -> passive, 'to have killed 100' -> active)."""
    seen: dict[str, set[str]] = {}
    for match in _PARTICIPLE.finditer(text):
        voice = "passive" if match.group("be") else "active"
        seen.setdefault(stem(match.group("verb").lower()), set()).add(voice)
    return {word: next(iter(found)) for word, found in seen.items() if len(found) == 1}


# Hearsay that names no source: the outlet passes on what unnamed others say ('has reportedly
# been killed', 'is said to have', 'according to media reports', 'it is believed that').
# 'Allegedly' is left out: in crime reports it stands for a charge, whose source is known.
HEARSAY = re.compile(
    r"\b(?:reportedly"
    r"|(?:is|are|was|were|has been|have been)\s+(?:widely\s+)?"
    r"(?:reported|said|believed|thought|understood|rumou?red)\s+to\b"
    r"|according to (?:(?:unconfirmed|media|local|press|news|several|some|many|multiple|early|"
    r"initial)\s+)*reports\b"
    r"|(?:^|\b(?:unconfirmed|media|news|press|local|some|several|multiple)\s+)reports\s+"
    r"(?:say|said|suggest|suggested|claim|claimed|indicate|indicated)\b"
    r"|it\s+(?:is|was|has been)\s+(?:widely\s+)?"
    r"(?:believed|reported|thought|rumou?red|understood|claimed|said)(?:\s+[^.,;]{0,40}?)?\s+that"
    # ... and by the noun: "were reported killed", "on unconfirmed reports that", "there were
    # rumours on the Internet that", "a report went viral claiming that"
    r"|(?:is|are|was|were)\s+reported\s+(?:killed|dead|missing|injured|wounded|captured|arrested)"
    r"|(?:on|amid|after|following|despite)\s+(?:(?:unconfirmed|unverified|media|press|news|"
    r"recent|early|initial)\s+)*(?:reports|rumou?rs|speculation)\s+(?:that|of)"
    r"|(?:unconfirmed|unverified)\s+(?:reports?|rumou?rs?)"
    r"|(?:reports?|rumou?rs?)\s+(?:is|are|was|were|remain)\s+(?:still\s+)?unconfirmed"
    r"|rumou?rs?\s+(?:[^.,;]{0,60}?\s)?(?:that|claiming|saying|suggesting)"
    r"|(?:a|the)\s+(?:\w+\s+){0,2}(?:report|story|rumou?r)\s+(?:\w+\s+){0,2}"
    r"(?:went viral|went wild|surfaced|emerged|circulated|spread|did the rounds|made the rounds)"
    r"|(?:published|posted|ran|carried)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:story|report|article|post)"
    r"|there\s+(?:are|were|have been|had been)\s+(?:\w+\s+)?(?:reports|rumou?rs|claims)\s+"
    r"(?:that|of)"
    r")\b",
    re.IGNORECASE,
)
# Words by which a sentence reports a statement without standing behind it, or doubts it.
DOUBTING = re.compile(
    r"\b(?:alleged(?:ly)?|purported(?:ly)?|rumou?r\w*|speculat\w*|unconfirmed|unverified|"
    r"doubt\w*|hoax\w*|fake[ds]?|faking|false(?:ly)?|untrue|not true|dispute[sd]?|"
    r"recant\w*|retract\w*|"
    rf"{_DENYING})\b",
    re.IGNORECASE,
)


# Grammatical negation; a verb of denial ('denied', 'refused') is no aside: what follows it is
# the very statement denied, which `denial` reads.
_NEGATION_WORD = r"(?:not|never|no(?:\s+longer)?|none|nobody|nothing|neither|nor|cannot|\w+n['’]t)"
_GRAMMATICAL_NEGATION = re.compile(rf"\b{_NEGATION_WORD}\b", re.IGNORECASE)
_DENYING_VERB = re.compile(rf"\b(?:{_DENYING}|refus\w*|disput\w*|contradict\w*)\b", re.IGNORECASE)
# Where a part a retelling may leave out ends: a parenthesis, a relative clause, a sentence
# or a quotation. Not 'as', 'when' or 'because', whose clause goes on with what is stated.
_ASIDE_END = re.compile(
    r",\s|;|\s[—–-]\s|[().!?:\"“”]|\s(?:who|whom|whose|which|where)\s", re.IGNORECASE
)
# A negation after a contrast ('... landed her appearances, but they told us they are not
# interviewing her') rebuts what came before: no aside.
_CONTRAST_BEFORE_NEGATION = re.compile(
    rf"\b(?:but|however|yet|though|although)\b.*\b{_NEGATION_WORD}\b", re.IGNORECASE | re.DOTALL
)
# Function words two clauses may share without telling of the same thing. The stopword list
# of `content_words` is too wide here: it drops 'back', 'life', 'five', 'days'.
_FUNCTION_WORD = re.compile(
    r"about|after|also|been|before|could|does|from|have|into|just|more|most|much|only|said|says|"
    r"should|some|such|than|that|their|them|then|there|these|they|this|those|very|were|what|"
    r"when|where|which|while|will|with|would|your|\w+n't"
)
SHARED_PREFIX = 5
"""Letters two stems share to count as one word ('injur' of 'injuries' and 'injured')."""


def negation_aside(negated: str, other: str) -> bool:
    """Every negation of `negated` sits in a clause of which `other` uses no word: the negation
    belongs to a part the other leaves out ('the doctor, who has not been publicly identified,
    took a selfie' / 'the doctor took a selfie'), not to what both state. False when a clause
    with a negation shares a word with `other` ('did not exactly save a boy from becoming a
    werewolf' / 'adopted a boy to prevent him from becoming a werewolf'), for a verb of denial,
    after a contrast, or when no negation is found to check."""
    clauses = _negation_clauses(negated)
    return bool(clauses) and _shares_no_word(clauses, other)


def framing_aside(framed: str, cues: Sequence[tuple[int, int]], other: str) -> bool:
    """Every hedge or forecast word of `framed` (at `cues`, offsets in it) sits in a clause
    that tells something of its own, of which `other` uses no word: the framing belongs to a
    part the other leaves out ('"I'm not positive all three were targeted, but there appeared
    to be some purpose," Craft said' / '"I'm not positive all three were targeted'). A clause
    whose only words are the hedge ('..., but it may not') borrows what it frames."""
    if not cues:
        return False
    clauses = _framing_clauses(framed, tuple(cues))
    return all(clause[0] for clause in clauses) and _shares_no_word(clauses, other)


@lru_cache(maxsize=1 << 14)
def _framing_clauses(text: str, cues: tuple[tuple[int, int], ...]) -> tuple[WordKeys, ...]:
    """The word keys of each clause of `text` holding one of `cues`, without the cue words:
    what the clause tells besides its framing. Cached, as `_negation_clauses`: a mention
    meets many others."""
    clauses = []
    for start, end in _clause_spans(text):
        inside = [(cue_start, cue_end) for cue_start, cue_end in cues if start <= cue_start < end]
        if inside:
            own = text[start:end]
            for cue_start, cue_end in inside:
                blank = " " * (cue_end - cue_start)
                own = own[: cue_start - start] + blank + own[cue_end - start :]
            clauses.append(_word_keys(own))
    return tuple(clauses)


def _shares_no_word(clauses: Iterable[WordKeys], other: str) -> bool:
    probes, prefixes = _word_keys(other)
    return not any(probes & clause[1] or clause[0] & prefixes for clause in clauses)


def _clause_spans(text: str) -> list[tuple[int, int]]:
    """Start and end of each part of `text` between two `_ASIDE_END` marks."""
    ends = [(match.start(), match.end()) for match in _ASIDE_END.finditer(text)]
    starts = [0] + [end for _, end in ends]
    return list(zip(starts, [start for start, _ in ends] + [len(text)], strict=True))


WordKeys = tuple[frozenset[tuple[int, str]], frozenset[tuple[int, str]]]


@lru_cache(maxsize=1 << 14)
def _negation_clauses(text: str) -> tuple[WordKeys, ...]:
    """The word keys (see `_word_keys`) of each clause of `text` with a negation; none for a
    text with a verb of denial or a negation after a contrast."""
    if _DENYING_VERB.search(text) or _CONTRAST_BEFORE_NEGATION.search(text):
        return ()
    return tuple(
        _word_keys(text[start:end])
        for start, end in _clause_spans(text)
        if _GRAMMATICAL_NEGATION.search(text, start, end)
    )


@lru_cache(maxsize=1 << 14)
def _word_keys(text: str) -> WordKeys:
    """Keys under which two texts' telling words meet when their stems agree on their first
    SHARED_PREFIX letters, or on all of the shorter one ('injur' of 'injuries' and 'injured'):
    each stem's own capped prefix (the probe), and every prefix of it of three letters up to
    that cap (the index). Two stems meet when either one's probe is in the other's index."""
    probes: set[tuple[int, str]] = set()
    prefixes: set[tuple[int, str]] = set()
    for word in _telling_words(text):
        root = stem(word)
        cap = min(SHARED_PREFIX, len(root))
        probes.add((cap, root[:cap]))
        prefixes.update((length, root[:length]) for length in range(min(3, cap), cap + 1))
    return frozenset(probes), frozenset(prefixes)


def _telling_words(text: str) -> list[str]:
    """Words of four letters or more that are no function word."""
    return [word for word in words(text) if len(word) > 3 and not _FUNCTION_WORD.fullmatch(word)]
