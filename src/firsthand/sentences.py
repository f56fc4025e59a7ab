"""Sentence spans over cleaned text, shared by every stage that works per sentence."""

from __future__ import annotations

from functools import lru_cache

import nupunkt


@lru_cache(maxsize=1)
def _tokenizer() -> nupunkt.PunktSentenceTokenizer:
    return nupunkt.load_default_model()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence; paragraphs (blank lines) always end a sentence."""
    spans: list[tuple[int, int]] = []
    tokenizer = _tokenizer()
    offset = 0
    for paragraph in text.split("\n"):
        if paragraph.strip():
            for start, end in tokenizer.span_tokenize(paragraph):
                piece = paragraph[start:end]
                lead = len(piece) - len(piece.lstrip())
                trail = len(piece.rstrip())
                if trail > lead:
                    spans.append((offset + start + lead, offset + start + trail))
        offset += len(paragraph) + 1
    return spans
