"""Outputs of a dossier: single-file HTML, JSON, CSV folder, JSON-LD, DataFrames."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from firsthand.model import Dossier

Format = Literal["html", "json", "csv", "jsonld"]


def format_for(out: Path) -> Format:
    """The format a path's suffix asks for: .json, .jsonld, a folder (csv), else HTML."""
    suffix = out.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".jsonld", ".json-ld"):
        return "jsonld"
    if suffix == "" or out.is_dir():
        return "csv"
    return "html"


def to_json(dossier: Dossier) -> str:
    return dossier.model_dump_json(indent=2)


def write(dossier: Dossier, out: Path, fmt: Format) -> Path:
    """Writes the dossier in `fmt` to `out` (a file, or a folder for csv); returns the path."""
    if fmt == "json":
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(to_json(dossier), encoding="utf-8")
        return out
    raise NotImplementedError(f"{fmt} output")
