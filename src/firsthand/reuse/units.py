"""Sentence and paragraph units of one article, with the text outside quotations.

Reuse is judged on an article's own words: two outlets quoting the same speech share the
quote but did not copy each other, so quoted text is masked before any comparison.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

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


# "I", "my", "me", "I'm", "I've": the writer of a letter, a post or a statement in person.
# ("I-71" is a road)
_FIRST_PERSON = re.compile(r"\b(?:I(?!-)|my|My|me|mine|myself|I['’](?:m|ve|d|ll))\b")
FIRST_PERSON_MIN = 2
"""First-person words that make a paragraph someone's own words in a third-person report."""
LEAD_PARAGRAPHS = 2
"""Opening paragraphs of the outlet's own (unquoted) prose that tell whether it reports in the
third person."""
# A paragraph wholly in single quotes, as British copy sets off a quoted letter's paragraphs.
_SINGLE_QUOTED_PARAGRAPH = re.compile(r"[‘'][A-Z].*[’'][.,;]?")


def _first_person(text: str) -> bool:
    return len(_FIRST_PERSON.findall(text)) >= FIRST_PERSON_MIN


def _block_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs that print someone's words without quotation marks: the paragraph after a
    short one ending in a colon ("the note begins:"), and the first-person paragraphs that go
    on from it; and, in a report told in the third person, any first-person paragraph (a letter
    or post reprinted a paragraph at a time) or one wholly in single quotes."""
    first_person = [_first_person(text[start:end]) for start, end in paragraphs]
    # In a first-person piece (a column, a blogger's post) the "I" is the writer's own, and its
    # lead says so: a report's lead, the outlet's own voice, is in the third person however
    # much of a letter it then prints.
    lead = [
        person
        for (start, end), person in zip(paragraphs, first_person, strict=True)
        if text[start] not in "\"“‘'" and len(text[start:end].split()) >= MIN_OWN_WORDS
    ][:LEAD_PARAGRAPHS]
    third_person_report = bool(lead) and not any(lead)
    blocks = []
    in_block = False
    for index, (start, end) in enumerate(paragraphs):
        previous = paragraphs[index - 1] if index else None
        introduced = (
            previous is not None
            and text[previous[1] - 1] == ":"
            and len(text[previous[0] : previous[1]].split()) <= INTRODUCER_MAX_WORDS
        )
        in_block = introduced or (in_block and first_person[index])
        if (
            in_block
            or (third_person_report and first_person[index])
            or _SINGLE_QUOTED_PARAGRAPH.fullmatch(text, start, end)
        ):
            blocks.append((start, end))
    return blocks


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, marks included (an unclosed quote runs to the line end),
    and of each block quote (`_block_quotes`).

    Outlets set a statement, a letter or a post off as a block without quotation marks, and
    two that print the same letter quote one document: they have not copied each other.
    """
    spans = [m.span() for m in _CURLY_QUOTE.finditer(text)]
    spans += [m.span() for m in _STRAIGHT_QUOTE.finditer(text)]
    spans += _block_quotes(text, paragraph_spans(text))
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
