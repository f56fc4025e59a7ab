"""Real articles from ../shared/data, to be written into dirty inputs in tmp_path (never the repo).

The debris lines and page builders are those of the ingest benchmark, so tests and benchmark
check the same inputs.
"""

from __future__ import annotations

from typing import Any

from bench import _data
from bench.ingest import (
    DEBRIS_INSIDE_BODY,
    dirty_text,
    html_page,
    inserted_debris,
    paragraphs_of,
)

__all__ = [
    "DEBRIS_INSIDE_BODY",
    "basil_doc",
    "dirty_text",
    "ecbplus_doc",
    "html_page",
    "inserted_debris",
    "paragraphs_of",
]


def basil_doc(doc_id: str) -> dict[str, Any]:
    return next(d for d in _data.basil_docs() if d["doc_id"] == doc_id)


def ecbplus_doc(doc_id: str) -> dict[str, Any]:
    return next(d for d in _data.ecbplus_docs() if d["doc_id"] == doc_id)
