"""Lenses: domain taxonomies over claims (ILO forced-labour indicators first)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from firsthand.model import Article, Mention, Story


@dataclass(frozen=True)
class Lens:
    name: str
    indicators: dict[str, dict[str, object]] = field(default_factory=dict)


def builtin() -> list[str]:
    return []


def load(name_or_path: str) -> Lens:
    return Lens(name=name_or_path)


def apply(
    story: Story, articles: Sequence[Article], mentions: Sequence[Mention], lenses: Sequence[Lens]
) -> Story:
    """The story with `lens` filled: one LensHit per lens indicator."""
    raise NotImplementedError("lenses stage")
