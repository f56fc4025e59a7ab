"""Which names are specific sources, and which two cannot be the same one."""

from __future__ import annotations

import pytest

from firsthand.align.text import different_sources, is_specific_source


@pytest.mark.parametrize(
    ("name", "specific"),
    [
        ("Red Cross", True),
        ("the New York Times", True),
        ("the US State Department", True),
        ("officials", False),
        # descriptions ending in a common noun stand for a named source, they name none
        ("The US software giant", False),
        ("a Chinese state firm", False),
    ],
)
def test_specific_sources(name: str, specific: bool) -> None:
    assert is_specific_source(name) is specific


@pytest.mark.parametrize(
    ("first", "second", "different"),
    [
        ("Microsoft", "Apple", True),
        ("Microsoft", "The US software giant", False),
        ("John Kerry", "Kerry", False),
        ("UN", "United Nations", False),
    ],
)
def test_different_sources(first: str, second: str, different: bool) -> None:
    assert different_sources(first, second) is different


def test_sources_are_told_apart_by_name_not_role() -> None:
    # speakers carry the role the article gave them
    assert different_sources(
        "Lis Smith, Obama campaign spokeswoman", "Ben LaBolt, Obama campaign press secretary"
    )
    assert not different_sources("Elijah Cummings, D-Md.", "Cummings")
