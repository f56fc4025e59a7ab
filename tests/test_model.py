"""The dossier JSON shape promised by the foundation issue is fixed: these fields must exist."""

from __future__ import annotations

import json
from typing import Any

from typer.testing import CliRunner

from firsthand.cli import app
from firsthand.model import dossier_schema

REQUIRED = {
    "Dossier": {"schema_version", "articles", "stories"},
    "Article": {"id", "source", "title", "outlet", "published", "language", "text"},
    "Story": {
        "id",
        "title",
        "article_ids",
        "origins",
        "independent_origin_count",
        "derivations",
        "claims",
        "conflicts",
    },
    "Origin": {"name", "article_ids", "in_corpus"},
    "Derivation": {"article_id", "derived_from", "origin", "kind", "evidence"},
    "Claim": {"id", "statement", "kind", "verdict", "independent_origin_count", "mentions"},
    "MentionRef": {
        "article_id",
        "start",
        "end",
        "text",
        "values",
        "claimant",
        "speaker",
        "modality",
    },
    "Conflict": {"id", "kind", "claim_ids", "explanation", "sides"},
    "ConflictSide": {"value", "mentions"},
    "Span": {"article_id", "start", "end", "text"},
}


def _properties(schema: dict[str, Any], name: str) -> set[str]:
    definition = schema if name == "Dossier" else schema["$defs"][name]
    return set(definition["properties"])


def test_schema_has_every_promised_field() -> None:
    schema = dossier_schema()
    for name, fields in REQUIRED.items():
        assert fields <= _properties(schema, name), name


def test_schema_command_prints_the_same_schema() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == dossier_schema()
