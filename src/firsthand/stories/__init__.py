"""Grouping articles into stories: candidates by LSH and shared rare terms, then average
linkage over a pair score from term, name and lead-embedding similarity (see `index`)."""

from __future__ import annotations

from collections.abc import Sequence

from firsthand.model import Article, Story
from firsthand.stories.index import Level, OldIndexFormat, StoryIndex

__all__ = ["Level", "OldIndexFormat", "StoryIndex", "group"]


def group(
    articles: Sequence[Article], level: Level = "event", embeddings: bool = True
) -> list[Story]:
    """Stories (articles about the same event) over the whole corpus, largest first.

    `level="topic"` groups more loosely: it groups events as the event level does, then joins
    whole events of the same kind (two earthquakes) into one group.
    `embeddings=False` skips the lead embeddings (faster, a little less accurate).
    """
    index = StoryIndex(level=level, embeddings=embeddings)
    index.add(articles)
    return index.stories()
