"""Claim mentions: sentences, typed values, quotes and speakers, claimants, modality."""

from __future__ import annotations

from firsthand.model import Article, Mention


def extract(article: Article) -> list[Mention]:
    """Every checkable statement of one article, with offsets into its cleaned text."""
    raise NotImplementedError("claims stage")
