"""The whole pipeline on the invented example corpus: every planted conflict, no false ones."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from firsthand.model import Conflict, Dossier
from firsthand.run import analyze

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CONFLICT_KINDS = {"value", "date", "magnitude", "modality", "claimant", "speaker"}


def _expected() -> list[dict[str, Any]]:
    path = EXAMPLES / "expected.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


@pytest.fixture(scope="module")
def dossier() -> Dossier:
    if not (EXAMPLES / "corpus").is_dir():
        pytest.skip("examples/corpus not present")
    return analyze([EXAMPLES / "corpus"])


def _conflicts(dossier: Dossier) -> list[Conflict]:
    return [conflict for story in dossier.stories for conflict in story.conflicts]


def _states(conflict: Conflict, passage: str) -> bool:
    return any(
        passage in span.text or span.text in passage
        for side in conflict.sides
        for span in side.mentions
    )


def _planted(kind_filter: set[str], flagged: bool) -> list[Any]:
    cases = []
    for entry in _expected():
        if entry["kind"] in kind_filter and entry.get("flag") is flagged:
            cases.append(pytest.param(entry, id=entry["id"]))
    return cases


@pytest.mark.parametrize("entry", _planted(CONFLICT_KINDS, flagged=True))
def test_planted_conflict_is_found(dossier: Dossier, entry: dict[str, Any]) -> None:
    found = [
        c
        for c in _conflicts(dossier)
        if c.kind == entry["kind"] and all(_states(c, side) for side in entry["sides"])
    ]
    assert found, [(c.kind, c.explanation) for c in _conflicts(dossier)]
    assert found[0].explanation.endswith(".")


@pytest.mark.parametrize("entry", _planted({"same-value", "distinct-figures"}, flagged=False))
def test_equal_or_distinct_figures_are_not_contested(
    dossier: Dossier, entry: dict[str, Any]
) -> None:
    contradictions = [c for c in _conflicts(dossier) if c.kind != "distinct-figures"]
    assert not [
        c.explanation for c in contradictions if all(_states(c, side) for side in entry["sides"])
    ]
