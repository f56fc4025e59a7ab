"""Prints a benchmark table and writes it as one section of docs/benchmarks.md.

Each script owns one section (between marker comments), so scripts can run in any order
without overwriting each other's figures.
"""

from __future__ import annotations

import json
import os
import platform
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

BENCHMARKS = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"
HEADER = "# Benchmarks\n\nWritten by the scripts in `bench/`; each section names its script.\n"


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    def cell(value: object) -> str:
        if isinstance(value, float):
            return f"{value:,.3f}" if abs(value) < 10 else f"{value:,.1f}"
        if isinstance(value, int):
            return f"{value:,}"
        return str(value).replace("|", "\\|")

    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def publish(
    section: str,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    notes: str = "",
) -> str:
    """Prints the table and replaces section `section` of docs/benchmarks.md with it."""
    machine = (
        f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} cores"
    )
    stamp = datetime.now(UTC).strftime("%Y-%m-%d")
    body = f"## {title}\n\n`python -m bench.{section}`, {stamp}, {machine}.\n\n"
    body += markdown_table(headers, rows) + "\n"
    if notes:
        body += "\n" + notes.strip() + "\n"
    print(body)
    begin, end = f"<!-- begin:{section} -->", f"<!-- end:{section} -->"
    block = f"{begin}\n{body}{end}"
    current = BENCHMARKS.read_text(encoding="utf-8") if BENCHMARKS.exists() else HEADER
    pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.DOTALL)
    if pattern.search(current):
        updated = pattern.sub(lambda _: block, current)
    else:
        updated = current.rstrip("\n") + "\n\n" + block + "\n"
    BENCHMARKS.parent.mkdir(parents=True, exist_ok=True)
    BENCHMARKS.write_text(updated, encoding="utf-8")
    return body


Judgement = TypeVar("Judgement")


def judgements(path: Path, _shape: type[Judgement]) -> dict[str, Judgement]:
    """Hand judgements of a sample bench, keyed by fingerprint; none before the first."""
    if not path.exists():
        return {}
    loaded: dict[str, Judgement] = json.loads(path.read_text(encoding="utf-8"))
    return loaded
