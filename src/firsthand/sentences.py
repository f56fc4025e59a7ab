"""Sentence spans over cleaned text, shared by every stage that works per sentence."""

from __future__ import annotations

import re
from functools import lru_cache

import nupunkt

# A sentence never opens with a closing bracket or a lower-case word ("iPhone" aside): such a
# piece follows a false stop after an abbreviation ("Rep. Paul Ryan (R-Wis.), who ...",
# "the R.N.C. did not respond"), so it is joined to the sentence before.
_CONTINUATION = re.compile(r"[)\]]|[a-z](?![a-z]*[A-Z])")


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
                if trail <= lead:
                    continue
                span = (offset + start + lead, offset + start + trail)
                if spans and spans[-1][1] > offset and _CONTINUATION.match(piece, lead):
                    spans[-1] = (spans[-1][0], span[1])
                else:
                    spans.append(span)
        offset += len(paragraph) + 1
    return spans
