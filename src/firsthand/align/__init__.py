"""Alignment of mentions across a story's articles into claims, verdicts and conflicts."""

from __future__ import annotations

from collections.abc import Sequence

from firsthand.model import Article, Mention, Story


def align(story: Story, articles: Sequence[Article], mentions: Sequence[Mention]) -> Story:
    """The story with claims (each with a verdict) and conflicts."""
    raise NotImplementedError("align stage")
