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
    """Writes the dossier in `fmt` to `out` (a file, or a folder for csv); returns the path.

    HTML, CSV and JSON-LD first check that every id and offset resolves (ReportError if
    not); JSON is the model dump as it stands, the form to debug a stage with.
    """
    if fmt == "csv":
        from firsthand.report.frames import write_csv
        from firsthand.report.text import check_dossier

        check_dossier(dossier)
        return write_csv(dossier, out)
    if out.is_dir():
        raise IsADirectoryError(f"{fmt} output needs a file name, but {out} is a folder")
    if fmt == "json":
        content = to_json(dossier)
    elif fmt == "jsonld":
        from firsthand.report.jsonld import to_jsonld
        from firsthand.report.text import check_dossier

        check_dossier(dossier)
        content = to_jsonld(dossier)
    elif fmt == "html":
        from firsthand.report.html import render_dossier

        content = render_dossier(dossier)
    else:
        raise ValueError(f"unknown output format {fmt!r}: use html, json, csv or jsonld")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(content, encoding="utf-8")
    return out
