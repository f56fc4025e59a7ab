"""Grouping articles into stories: candidates by LSH, decision per candidate pair."""

from __future__ import annotations

from collections.abc import Sequence

from firsthand.model import Article, Story


def group(articles: Sequence[Article]) -> list[Story]:
    """Stories (articles about the same event) over the whole corpus."""
    raise NotImplementedError("stories stage")
