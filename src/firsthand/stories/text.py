"""Cheap per-article signals for story grouping: content terms, name-like entities, a lead.

Everything here is a pure function of one article, so it runs once per article and never
per pair.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from firsthand.model import Article
from firsthand.sentences import sentence_spans

# English function words: in a small corpus document frequency cannot tell them apart from
# content words, so they are dropped outright.
_STOPWORD_LIST = """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each even few for
    from further had has have having he her here hers herself him himself his how i if in into
    is it its itself just like may me might more most much must my myself no nor not now of off
    on once only or other our ours ourselves out over own same says said say she should so some
    such than that the their theirs them themselves then there these they this those through to
    too under until up upon us very was we were what when where which while who whom whose why
    will with would yet you your yours yourself yourselves one two new mr mrs ms told according
"""
STOPWORDS = frozenset(_STOPWORD_LIST.split())

WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)
# A run of capitalised words, optionally joined by a short lower-case particle ("Bank of
# England", "Abu al-Baghdadi"); the first word may open a sentence, which is checked below.
NAME = re.compile(
    r"\b[A-Z][\w'’.-]*[\w](?:\s+(?:(?:of|de|del|da|al|bin|van|von|der|la|le)\s+)?[A-Z][\w'’.-]*[\w])*"
)
SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\"“”'`]\s*|\n\s*)$")
LEAD_SENTENCES = 3
LEAD_CHARS = 400


def content_terms(text: str) -> Counter[str]:
    """Lower-cased words minus function words and one-letter tokens, with their counts."""
    # One findall over the folded text: a per-match loop is most of the signature time.
    terms = Counter(WORD.findall(text.lower().replace("’", "'")))
    for word in [w for w in terms if len(w) < 2 or w in STOPWORDS]:
        del terms[word]
    return terms


def _opens_sentence(text: str, start: int) -> bool:
    return SENTENCE_OPENING.search(text[max(0, start - 3) : start]) is not None or start == 0


def name_entities(text: str) -> Counter[str]:
    """Capitalised names (people, places, organisations) as lower-cased strings with counts.

    A multi-word name also counts each of its words, so "Reid" later in the text matches
    "Tara Reid". A single capitalised word that only ever opens sentences, and is no part of
    a longer name, is not a name.
    """
    mid_sentence: set[str] = set()
    found: list[tuple[str, bool]] = []
    for match in NAME.finditer(text):
        surface = match.group()
        opening = _opens_sentence(text, match.start())
        words = surface.split()
        if opening and words[0].lower() in STOPWORDS:
            words = words[1:]
            opening = False
        if not words:
            continue
        name = " ".join(words).lower()
        found.append((name, opening and len(words) == 1))
        if not opening or len(words) > 1:
            mid_sentence.update([name, *name.split()])
    entities: Counter[str] = Counter()
    for name, only_opening in found:
        if only_opening and name not in mid_sentence:
            continue
        parts = [p for p in name.split() if p not in STOPWORDS and len(p) > 1]
        if len(parts) > 1:
            entities[name] += 1
        for part in parts:
            entities[part] += 1
    return entities


def lead(article: Article) -> str:
    """Title plus the first sentences: what an embedding of the article's subject reads."""
    text = article.text
    spans = sentence_spans(text[: LEAD_CHARS * 2])[:LEAD_SENTENCES]
    body = " ".join(text[start:end] for start, end in spans)[:LEAD_CHARS]
    title = article.title.strip()
    if title and not body.startswith(title):
        return f"{title}. {body}"
    return body


def published_day(article: Article) -> int | None:
    """The publication date as a day number, or None when unknown.

    Raises ValueError naming the article when `published` is present but not ISO 8601.
    """
    if not article.published:
        return None
    try:
        return date.fromisoformat(article.published[:10]).toordinal()
    except ValueError as error:
        raise ValueError(
            f"article {article.id}: published {article.published!r} is not an ISO 8601 date"
        ) from error
