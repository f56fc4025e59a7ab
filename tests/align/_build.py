"""Hand-built articles and mentions, so alignment is tested without the claims stage."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from firsthand.model import Article, Mention, Value


def article(article_id: str, outlet: str, text: str) -> Article:
    return Article(id=article_id, source=f"{article_id}.txt", outlet=outlet, title="", text=text)


def mention(
    source: Article,
    sentence: str,
    values: Sequence[tuple[str, dict[str, Any]]] = (),
    **fields: Any,
) -> Mention:
    """The mention of `sentence` in `source`; each value is (surface in sentence, fields)."""
    start = source.text.index(sentence)
    typed = []
    for surface, value_fields in values:
        at = start + sentence.index(surface)
        typed.append(Value(surface=surface, start=at, end=at + len(surface), **value_fields))
    return Mention(
        id=f"{source.id}:{start}",
        article_id=source.id,
        start=start,
        end=start + len(sentence),
        text=sentence,
        values=typed,
        **fields,
    )
