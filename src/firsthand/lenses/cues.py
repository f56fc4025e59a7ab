"""Cue phrases: a small, readable pattern language compiled to regular expressions.

Syntax (case-insensitive; the same in built-in and user lenses):
  - ` ... ` separates groups that must appear in order with at most `GAP_WORDS` words between;
  - inside a group, `|` separates alternatives; an alternative is one or more adjacent words;
  - `word*` matches any ending (`confiscat*` -> confiscated, confiscation), `?` makes the
    previous letter optional (`labo?r`), `#` is any number in digits or words;
  - a phrase starting with `re:` is a raw Python regular expression.

A cue that itself contains a negation (`not allowed ... leave`) carries it; for any other cue a
negation earlier in the same clause, or inside the matched words, turns the match into a denial.
A denial phrase makes a denial unless it is one of the cue's own words: one inside a `...` gap
("the recruiter denied charging them fees" for `recruiter ... fee*`) still counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

GAP_WORDS = 5
NEGATION_SCOPE_WORDS = 8
RAW_PREFIX = "re:"

_NUMBER = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|hundreds?|thousands?|dozens?)"
)
_GAP = rf"\W+(?:\w+\W+){{0,{GAP_WORDS}}}?"
_NEGATOR_WORDS = frozenset(
    {"not", "never", "no", "without", "nor", "neither", "none", "nobody", "cannot", "nothing"}
)
_WORD = re.compile(r"[\w'’]+")
_CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]—–]|\b(?:but|although|though|while|whereas|because|however|yet|who|which)\b",
    re.IGNORECASE,
)
_POSSESSIVES = frozenset({"her", "his", "their", "its", "my", "our", "your"})
_BE_OR_GET = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "getting"}
)

# Sentences that deny or dispute what they mention. "Denied" only counts in its
# denial-of-an-allegation sense: never in the passive ("workers were denied food"), and only
# before a clause, a gerund, an allegation noun or the end of the clause.
DEFAULT_DENIALS: tuple[str, ...] = (
    r"re:\bden(?:y|ies|ied|ying)\s+(?:that|any|all|ever|having|it|this|wrongdoing|responsibility"
    r"|knowledge|involvement|(?:the|these|those|such)\s+(?:\w+\s+)?(?:allegations?|claims?"
    r"|accusations?|reports?|charges?|suggestions?)|\w+ing)\b",
    r"re:\bden(?:y|ies|ied|ying)\s*(?:[,.;:!?\"”)]|$)",
    r"re:\bdenials?\b",
    "reject*|dismiss*|disput*|contest*|refut*|rebut* ... allegation*|claim*|accusation*|report*"
    "|charge*|suggestion*|assertion*",
    "no evidence|no sign|no signs|no indication|no trace|no proof|no record|no reports|no cases",
    "found no|find no|finds no|saw no|see no|seen no|uncovered no",
    "baseless|unfounded|untrue|groundless|fabricated|not true|without foundation|without merit",
    "is false|are false|was false|were false|as false|been false|completely false|totally false"
    "|false allegation*|false claim*|false report*|false accusation*",
)


class CueError(ValueError):
    """A cue phrase that cannot be compiled; the message names the phrase."""


@dataclass(frozen=True)
class Cue:
    phrase: str
    pattern: re.Pattern[str]
    carries_negation: bool


def _alternative(words: str) -> str:
    parts: list[str] = []
    for word in words.split():
        if word == "#":
            parts.append(_NUMBER)
            continue
        body = re.escape(word).replace(r"\*", r"\w*").replace(r"\?", "?")
        body = re.sub("['’]", "['’]", body)
        parts.append(body)
    joined = r"\W+".join(parts)
    start = "" if words.startswith("n'") else r"\b"
    end = r"\b" if re.search(r"[\w*#]$", words) else ""
    return start + joined + end


def compile_cue(phrase: str) -> Cue:
    """Compiles one cue phrase; raises CueError naming the phrase when it is malformed."""
    if not isinstance(phrase, str) or not phrase.strip():
        raise CueError(f"cue {phrase!r}: must be a non-empty string")
    if phrase.startswith(RAW_PREFIX):
        source = phrase[len(RAW_PREFIX) :].strip()
        words = set()
    else:
        groups = [group.strip() for group in phrase.split("...")]
        if any(not group for group in groups):
            raise CueError(f"cue {phrase!r}: '...' must stand between two groups of words")
        alternatives = [[alt.strip() for alt in group.split("|")] for group in groups]
        if any(not alt for group in alternatives for alt in group):
            raise CueError(f"cue {phrase!r}: empty alternative around '|'")
        # One capturing group per word group: `find` tells the cue's words from its gaps.
        source = _GAP.join(
            "(" + "|".join(_alternative(alt) for alt in group) + ")" for group in alternatives
        )
        words = {w.lower() for group in alternatives for alt in group for w in alt.split()}
    try:
        pattern = re.compile(source, re.IGNORECASE)
    except re.error as problem:
        raise CueError(f"cue {phrase!r}: {problem}") from problem
    return Cue(phrase=phrase, pattern=pattern, carries_negation=any(map(_is_negator, words)))


def _is_negator(word: str) -> bool:
    lowered = word.lower()
    return lowered in _NEGATOR_WORDS or lowered.endswith(("n't", "n’t"))


def _negates(words: list[str]) -> bool:
    """Whether a negation is among `words`. "Without" before a possessive speaks of something
    the worker lacks ("without her passport, which the recruiter kept"): a loss, not a denial."""
    return any(
        _is_negator(word)
        and not (
            word.lower() == "without"
            and position + 1 < len(words)
            and words[position + 1].lower() in _POSSESSIVES
        )
        for position, word in enumerate(words)
    )


def _negated(text: str, match: re.Match[str], cue: Cue) -> bool:
    """A negation whose scope reaches the match, or one inside it when the cue has none.

    A negation's scope runs forward to the end of its clause, at most `NEGATION_SCOPE_WORDS`
    words: "no worker had ever been locked in" negates "locked in"; "not paid, they were
    beaten" does not negate "beaten".
    """
    clause = _CLAUSE_BREAK.split(text[: match.start()])[-1]
    if _negates(_WORD.findall(clause)[-NEGATION_SCOPE_WORDS:]):
        return True
    return not cue.carries_negation and _negates(_WORD.findall(match.group()))


@dataclass(frozen=True)
class CueMatch:
    start: int
    end: int
    negated: bool
    words: tuple[tuple[int, int], ...]  # spans of the cue's own words (a raw cue: all of it)


def find(cues: tuple[Cue, ...], text: str) -> list[CueMatch]:
    """Every cue match in `text`, each marked negated or not."""
    found: list[CueMatch] = []
    for cue in cues:
        raw = cue.phrase.startswith(RAW_PREFIX)
        for match in cue.pattern.finditer(text):
            groups = range(1, 1 if raw else len(match.groups()) + 1)
            words = tuple(match.span(group) for group in groups) or (match.span(),)
            found.append(CueMatch(match.start(), match.end(), _negated(text, match, cue), words))
    return [_under_earlier_negation(text, match, found) for match in found]


def _under_earlier_negation(text: str, match: CueMatch, found: list[CueMatch]) -> CueMatch:
    """A match later in the clause of a negated match is negated too: in "no crew member had
    ever been prevented from going ashore", the negation of "prevented" covers "ashore"."""
    if match.negated:
        return match
    covered = any(
        other.negated
        and other.start < match.start
        and not _CLAUSE_BREAK.search(text, other.end, max(other.end, match.start))
        for other in found
    )
    return replace(match, negated=True) if covered else match


def _passive(text: str, start: int) -> bool:
    before = [w.lower() for w in _WORD.findall(text[:start])[-2:]]
    return any(w in _BE_OR_GET for w in before)


def denial_spans(denials: tuple[Cue, ...], text: str) -> list[tuple[int, int]]:
    """Where `text` denies or disputes something (passive 'were denied X' is deprivation)."""
    spans: list[tuple[int, int]] = []
    for cue in denials:
        for match in cue.pattern.finditer(text):
            if match.group().lower().startswith("den") and _passive(text, match.start()):
                continue
            spans.append((match.start(), match.end()))
    return spans


def is_denial(cue_matches: list[CueMatch], denials: list[tuple[int, int]]) -> bool:
    """True when every cue match is negated, or a denial phrase is not one of a cue's words."""
    if all(match.negated for match in cue_matches):
        return True
    return any(
        not any(
            word_start <= start and end <= word_end
            for match in cue_matches
            for word_start, word_end in match.words
        )
        for start, end in denials
    )
