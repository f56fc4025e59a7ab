"""Readers for text, HTML, JSONL and WARC inputs; cleaning; metadata; exact-duplicate merging."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from firsthand.model import Article, IngestError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


def read_paths(
    paths: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | IngestError]:
    """Yields one Article per readable input and one IngestError per bad one, never raising."""
    raise NotImplementedError("ingest")


def deduplicate(articles: Sequence[Article]) -> list[Article]:
    """Merges articles whose cleaned text is identical, recording the other sources."""
    raise NotImplementedError("ingest")
