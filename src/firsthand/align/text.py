"""Small text tools shared by matching and stance: tokens, masks, source names, quotes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import justext
from rapidfuzz import fuzz

from firsthand.model import name_part

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
# jusText's English stop list (a trafilatura dependency): function words and news fillers.
STOPWORDS = frozenset(word.strip('"(') for word in justext.get_stoplist("English"))
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


def words(text: str) -> list[str]:
    return [match.group(0).lower().strip("'’") for match in _WORD.finditer(text)]


def stem(word: str) -> str:
    """A crude English stem, enough to meet 'killed'/'kills'/'killing', 'workers'/'worker'
    and 'fined'/'fines'/'fine' (a final 'e' goes, as suffixes eat it: 'fin-ed')."""
    for suffix, keep in (("ing", 4), ("ed", 3), ("es", 4), ("s", 3)):
        if word.endswith(suffix) and len(word) >= len(suffix) + keep:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def content_words(text: str) -> list[str]:
    """The words that say what a text is about: no stopwords, none shorter than three letters."""
    return [word for word in words(text) if word not in STOPWORDS and len(word) > 2]


@lru_cache(maxsize=1 << 16)
def content_stems(text: str) -> frozenset[str]:
    """Stems of the content words; cached, as alignment asks again for each pair."""
    return frozenset(stem(word) for word in content_words(text))


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
    # One name inside a word of the other: 'India' and 'the Indian navy'.
    return any(a.startswith(b) or b.startswith(a) for a in tokens_a for b in tokens_b)


def quote_words(quote: str) -> str:
    return " ".join(words(quote))


MIN_QUOTE_WORDS = 5
"""Shorter quotes ('no comment') are said by many people: never evidence of the same quote."""


def same_quote(first: str | None, second: str | None) -> bool:
    """The same quoted words, allowing one to be trimmed or lightly edited."""
    if not first or not second:
        return False
    a, b = quote_words(first), quote_words(second)
    shorter = a if len(a) <= len(b) else b
    if len(shorter.split()) < MIN_QUOTE_WORDS:
        return False
    return fuzz.partial_ratio(a, b) >= 90
