"""Reuse and provenance: passage alignment, attribution chains, derivation graph, origins."""

from __future__ import annotations

from collections.abc import Sequence

from firsthand.model import Article, Mention, Story


def trace(story: Story, articles: Sequence[Article], mentions: Sequence[Mention]) -> Story:
    """The story with derivations, origins, independent-origin count and off-story passages."""
    raise NotImplementedError("reuse stage")
