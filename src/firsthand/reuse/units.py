"""Sentence and paragraph units of one article, with the text outside quotations.

Reuse is judged on an article's own words: two outlets quoting the same speech share the
quote but did not copy each other, so quoted text is masked before any comparison.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from text_to_num import alpha2digit

from firsthand.model import Article
from firsthand.sentences import sentence_spans

_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*")
_DIGIT_GROUP = re.compile(r"(?<=\d),(?=\d{3})")
_CURLY_QUOTE = re.compile(r"“[^”\n]*(?:”|$)", re.MULTILINE)
_STRAIGHT_QUOTE = re.compile(r'"[^"\n]*(?:"|$)', re.MULTILINE)
QUOTE_MARK = "…"

MIN_OWN_WORDS = 6
"""Sentences with fewer own (unquoted) words carry too little to show reuse."""
INTRODUCER_MAX_WORDS = 25
"""A paragraph ending in a colon introduces a block quote only if this short: longer ones are
the outlet's own sentences that happen to end in a colon before a list."""


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, marks included (an unclosed quote runs to the line end),
    and of each block quote.

    A block quote is the paragraph right after a short one that ends in a colon ("According to
    CNN, the email reads:"): outlets set a statement or letter off as a block without quotation
    marks, and two that print the same letter have not copied each other.
    """
    spans = [m.span() for m in _CURLY_QUOTE.finditer(text)]
    spans += [m.span() for m in _STRAIGHT_QUOTE.finditer(text)]
    paragraphs = paragraph_spans(text)
    spans += [
        block
        for (start, end), block in pairwise(paragraphs)
        if text[end - 1] == ":" and len(text[start:end].split()) <= INTRODUCER_MAX_WORDS
    ]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            continue
        if end - start > 2:
            merged.append((start, end))
    return merged


def overlaps(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    """Some span of `spans` overlaps [start, end)."""
    return any(span_start < end and start < span_end for span_start, span_end in spans)


def blank_quotes(text: str) -> str:
    """`text` with every quotation (see `quoted_spans`) blanked out, offsets kept."""
    blanked = list(text)
    for start, end in quoted_spans(text):
        blanked[start:end] = " " * (end - start)
    return "".join(blanked)


def mask_quotes(text: str, quotes: list[tuple[int, int]], start: int, end: int) -> str:
    """text[start:end] with each part inside `quotes` (spans of `text`) replaced by one mark."""
    pieces: list[str] = []
    cursor = start
    for q_start, q_end in quotes:
        if q_end <= cursor or q_start >= end:
            continue
        pieces.append(text[cursor : max(cursor, q_start)])
        pieces.append(QUOTE_MARK)
        cursor = min(q_end, end)
    pieces.append(text[cursor:end])
    return "".join(pieces)


def normalised_words(text: str) -> list[str]:
    """Lower-case words with spelled-out numbers turned into digits ("twenty" -> "20")."""
    digits = _DIGIT_GROUP.sub("", alpha2digit(text, "en"))
    return [w.lower().replace("’", "'") for w in _WORD.findall(digits)]


@dataclass(frozen=True)
class Sentence:
    article: int
    """position of the article in the story's article list"""
    index: int
    """position of the sentence in its article"""
    paragraph: int
    start: int
    end: int
    own_text: str
    """the sentence with quotations masked"""
    own_words: tuple[str, ...]

    @property
    def comparable(self) -> bool:
        return len(self.own_words) >= MIN_OWN_WORDS


@dataclass(frozen=True)
class Paragraph:
    article: int
    index: int
    start: int
    end: int
    sentences: tuple[int, ...]
    """indices of its sentences in the article's sentence list"""


@dataclass(frozen=True)
class ArticleUnits:
    position: int
    """position of the article in the story's article list"""
    article: Article
    sentences: tuple[Sentence, ...]
    paragraphs: tuple[Paragraph, ...]


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line; news text puts one paragraph on a line."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((offset + lead, offset + lead + len(stripped)))
        offset += len(line) + 1
    return spans


def article_units(position: int, article: Article) -> ArticleUnits:
    sentences: list[Sentence] = []
    paragraphs: list[Paragraph] = []
    spans = sentence_spans(article.text)
    quotes = quoted_spans(article.text)
    cursor = 0
    for p_index, (p_start, p_end) in enumerate(paragraph_spans(article.text)):
        members: list[int] = []
        while cursor < len(spans) and spans[cursor][0] < p_end:
            start, end = spans[cursor]
            own = mask_quotes(article.text, quotes, start, end)
            sentences.append(
                Sentence(
                    position,
                    len(sentences),
                    p_index,
                    start,
                    end,
                    own,
                    tuple(normalised_words(own)),
                )
            )
            members.append(len(sentences) - 1)
            cursor += 1
        paragraphs.append(Paragraph(position, p_index, p_start, p_end, tuple(members)))
    return ArticleUnits(position, article, tuple(sentences), tuple(paragraphs))
