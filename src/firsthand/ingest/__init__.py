"""Readers for text, HTML, JSONL and WARC inputs; cleaning; metadata; exact-duplicate merging."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from firsthand.ingest.files import BadInput, expand
from firsthand.ingest.readers import read_file
from firsthand.model import Article, IngestError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024

__all__ = ["DEFAULT_MAX_BYTES", "deduplicate", "read_files", "read_paths"]


def _files(paths: Sequence[str]) -> Iterator[str | IngestError]:
    for argument in paths:
        for found in expand(argument):
            if isinstance(found, BadInput):
                yield IngestError(source=argument, reason=str(found))
            else:
                yield found


def read_paths(
    paths: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | IngestError]:
    """Yields one Article per readable input and one IngestError per bad one, never raising."""
    for found in _files(paths):
        if isinstance(found, IngestError):
            yield found
        else:
            yield from read_file(found, max_bytes)


def read_files(
    paths: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[tuple[str, list[Article | IngestError]]]:
    """Like `read_paths`, grouped per input file: (file, its articles and errors).

    The store adds each group in one transaction, so a failure leaves whole files in or out.
    """
    for found in _files(paths):
        if isinstance(found, IngestError):
            yield found.source, [found]
        else:
            yield found, list(read_file(found, max_bytes))


def deduplicate(articles: Sequence[Article]) -> list[Article]:
    """Merges articles whose cleaned text is identical, recording the other sources."""
    first_by_id: dict[str, Article] = {}
    for article in articles:
        kept = first_by_id.get(article.id)
        if kept is None:
            first_by_id[article.id] = article.model_copy(deep=True)
            continue
        for source in (article.source, *article.duplicate_sources):
            if source != kept.source and source not in kept.duplicate_sources:
                kept.duplicate_sources.append(source)
    return list(first_by_id.values())
