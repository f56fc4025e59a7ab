"""An article's own reporting: the quotations it carries and who it says spoke them.

Used to tell an outlet that only retells an origin from one that adds new quotes from new
people ("partly independent"). Speakers come from the claims stage when it found them, else
from the "…," X said / X said, "…" frame next to the quotation; a pronoun speaker is unknown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from firsthand.model import Article, Mention, surname
from firsthand.reuse.units import quoted_spans

_PERSON = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.? )?[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}"
_VERB = r"(?:said|says|added|adds|told|tells|wrote|writes|explained|recalled|insisted|noted)"
_AFTER = re.compile(
    rf"^[,\s]*(?:{_VERB} (?P<a>{_PERSON})|(?P<b>{_PERSON}),?(?: [\w\s,'’-]{{0,60}},)? {_VERB})"
)
_BEFORE = re.compile(rf"(?P<c>{_PERSON}) {_VERB}[^.\"“”]{{0,40}}[:,]\s*$")
MIN_QUOTE_WORDS = 5
SAME_QUOTE = 85.0
"""rapidfuzz partial ratio above which a quotation counts as found in another text."""


@dataclass(frozen=True)
class Quotation:
    start: int
    end: int
    text: str
    speaker: str | None


def quotations(article: Article, mentions: Sequence[Mention] = ()) -> list[Quotation]:
    """Quotations of at least five words, with a named speaker when one can be read."""
    found: list[Quotation] = []
    for start, end in quoted_spans(article.text):
        words = article.text[start:end].strip('"“”').split()
        if len(words) < MIN_QUOTE_WORDS:
            continue
        speaker = next(
            (
                m.speaker
                for m in mentions
                if m.speaker and m.article_id == article.id and m.start <= start < m.end
            ),
            None,
        ) or _speaker_nearby(article.text, start, end)
        found.append(Quotation(start, end, " ".join(words), speaker))
    return found


def _speaker_nearby(text: str, start: int, end: int) -> str | None:
    after = _AFTER.match(text[end : end + 120])
    if after:
        return after.group("a") or after.group("b")
    before = _BEFORE.search(text[max(0, start - 120) : start])
    return before.group("c") if before else None


def new_voices(quotes: Sequence[Quotation], elsewhere: Sequence[str]) -> list[Quotation]:
    """Quotations whose words and whose speaker appear in none of the `elsewhere` texts."""
    lowered = [text.lower() for text in elsewhere]
    fresh: list[Quotation] = []
    for quote in quotes:
        if quote.speaker is None:
            continue
        name = surname(quote.speaker).lower()
        if any(re.search(rf"\b{re.escape(name)}\b", text) for text in lowered):
            continue
        if any(fuzz.partial_ratio(quote.text.lower(), text) >= SAME_QUOTE for text in lowered):
            continue
        fresh.append(quote)
    return fresh
