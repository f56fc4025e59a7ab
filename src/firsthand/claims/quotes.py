"""Quoted words: straight and curly double quotes, guillemets and typewriter pairs (``...''),
across sentences. A quote that runs on over paragraphs (the news convention: its paragraph is
left unclosed and the next one opens with a quote mark) is one quotation per paragraph, each a
statement of its own that keeps the speaker; so is a paragraph after one left open that closes
a quotation without opening it (the continuation's opening mark left out). A text with no
double marks at all may quote with single ones, as British papers do ('I was threatened,' he
said)."""

from __future__ import annotations

import re

QUOTE_MARK = re.compile(r"[\"“”«»„]|''|``|\n")
CLOSING = ("”", "»")
# Two apostrophes or two back ticks typed for a double mark: the apostrophes close a quote as
# a straight mark does, or open one; the back ticks only open.
NEUTRAL = ('"', "''")


DOUBLE_MARK = re.compile(r"[\"“”«»„]|''|``")
# A single mark opens a quote after a space, a bracket or a dash and before a word; it closes one
# after a word and before a space or punctuation. Inside a word it is an apostrophe ("Foley’s").
SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]))[‘'](?=[\w…])", re.MULTILINE)
SINGLE_CLOSING = re.compile(r"(?<=[^\s‘'])[’'](?=[\s,.;:!?)\]—–-]|$)", re.MULTILINE)


def quote_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quotation, marks included, in text order."""
    if not DOUBLE_MARK.search(text):
        return single_quote_regions(text)
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    runs_on = False  # the last paragraph with text ended inside a quotation
    paragraph_start = 0
    for match in QUOTE_MARK.finditer(text):
        mark, at = match.group(), match.start()
        if mark == "\n":
            # A paragraph's end closes its quotation; when the next paragraph reopens it, that
            # paragraph is a quotation of its own (the caller keeps the speaker).
            if open_at is not None:
                regions.append((open_at, at))
                open_at = None
                runs_on = True
            elif text[paragraph_start:at].strip():
                runs_on = False
            paragraph_start = at + 1
            continue
        if open_at is None:
            if mark == "”" and runs_on:
                # A paragraph that closes a quotation it never opened, after one left open: the
                # quotation ran on and its opening mark was left out (not a stray mark).
                words = text[paragraph_start:at]
                regions.append((paragraph_start + len(words) - len(words.lstrip()), match.end()))
            elif mark not in CLOSING:
                open_at = at
            runs_on = False
        elif mark in CLOSING or mark in NEUTRAL:
            regions.append((open_at, match.end()))
            open_at = None
        # else: an opening mark inside an open quote (a nested quote typed with double marks)
    if open_at is not None:
        regions.append((open_at, len(text.rstrip())))
    return [(start, end) for start, end in regions if end - start > 2]


def single_quote_regions(text: str) -> list[tuple[int, int]]:
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
            if open_at is not None:
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
