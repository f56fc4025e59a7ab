"""Quoted words: straight and curly double quotes and guillemets, across sentences and across
paragraphs (the news convention: a quote that runs on leaves its paragraph unclosed and the next
paragraph opens with a quote mark). A text with no double marks at all may quote with single
ones, as British papers do ('I was threatened,' he said)."""

from __future__ import annotations

import re

QUOTE_MARK = re.compile(r"[\"“”«»„]|\n")
OPENING = "“«„"
CLOSING = "”»"


DOUBLE_MARK = re.compile(r"[\"“”«»„]")
# A single mark opens a quote after a space, a bracket or a dash and before a word; it closes one
# after a word and before a space or punctuation. Inside a word it is an apostrophe ("Foley’s").
SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]))[‘'](?=[\w…])", re.MULTILINE)
SINGLE_CLOSING = re.compile(r"(?<=[^\s‘'])[’'](?=[\s,.;:!?)\]—–-]|$)", re.MULTILINE)


def quote_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quotation, marks included, in text order."""
    if not DOUBLE_MARK.search(text):
        return _single_quote_regions(text)
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    line_start = 0
    for match in QUOTE_MARK.finditer(text):
        mark, at = match.group(), match.start()
        if mark == "\n":
            if open_at is not None and not _reopens(text, at):
                regions.append((open_at, at))
                open_at = None
            line_start = at + 1
            continue
        if open_at is None:
            if mark not in CLOSING:
                open_at = at
        elif at == _first_char(text, line_start):
            continue  # the opening mark of a paragraph that continues the quote
        elif mark in CLOSING or mark == '"':
            regions.append((open_at, at + 1))
            open_at = None
        # else: an opening mark inside an open quote (a nested quote typed with double marks)
    if open_at is not None:
        regions.append((open_at, len(text.rstrip())))
    return [(start, end) for start, end in regions if end - start > 2]


def _first_char(text: str, line_start: int) -> int:
    return line_start + len(text[line_start:]) - len(text[line_start:].lstrip(" \t"))


def _reopens(text: str, newline_at: int) -> bool:
    """True when the next non-blank paragraph starts with an opening quote mark."""
    rest = text[newline_at:].lstrip()
    return bool(rest) and rest[0] in OPENING + '"'


def _single_quote_regions(text: str) -> list[tuple[int, int]]:
    """Quotations in single marks, in a text that has no double ones; a quote left open at a
    paragraph's end runs on when the next paragraph opens with a mark, as with double marks."""
    marks = sorted(
        [(m.start(), "open") for m in SINGLE_OPENING.finditer(text)]
        + [(m.start(), "close") for m in SINGLE_CLOSING.finditer(text)]
        + [(m.start(), "line") for m in re.finditer("\n", text)]
    )
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    for at, kind in marks:
        if kind == "line":
            rest = text[at:].lstrip()
            if open_at is not None and not (rest and SINGLE_OPENING.match(rest)):
                regions.append((open_at, at))
                open_at = None
        elif kind == "open" and open_at is None:
            open_at = at
        elif kind == "close" and open_at is not None and at > open_at:
            regions.append((open_at, at + 1))
            open_at = None
    if open_at is not None:
        regions.append((open_at, len(text.rstrip())))
    return [(start, end) for start, end in regions if end - start > 2]
