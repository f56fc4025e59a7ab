"""Loaders for the real-news evaluation sets in ../shared/data (never copied into this repo)."""

from __future__ import annotations

import csv
import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def available() -> bool:
    return SHARED_DATA.is_dir()


def jsonl(relative: str) -> Iterator[dict[str, Any]]:
    with gzip.open(SHARED_DATA / relative, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def ecbplus_docs() -> list[dict[str, Any]]:
    """982 docs: doc_id, topic, subtopic, cluster_id (gold event), url, sentences, text."""
    return list(jsonl("ecbplus/docs.jsonl.gz"))


def basil_docs() -> list[dict[str, Any]]:
    """300 docs: doc_id, triplet_id (gold event), source (nyt/fox/hpo), title, date, text."""
    return list(jsonl("basil/docs.jsonl.gz"))


def basil_spans() -> list[dict[str, Any]]:
    return list(jsonl("basil/bias_spans.jsonl.gz"))


def newswcl_docs() -> list[dict[str, Any]]:
    """50 docs: doc_id, event_id (gold event), outlet_code, outlet, url, text."""
    return list(jsonl("newswcl50/docs.jsonl.gz"))


def fnc1_bodies(split: str) -> dict[int, str]:
    """split is 'train' or 'competition_test'."""
    with gzip.open(SHARED_DATA / "fnc1" / f"{split}_bodies.csv.gz", "rt", encoding="utf-8") as f:
        return {int(row["Body ID"]): row["articleBody"] for row in csv.DictReader(f)}


def fnc1_stances(split: str) -> list[dict[str, str]]:
    with gzip.open(SHARED_DATA / "fnc1" / f"{split}_stances.csv.gz", "rt", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def fnc1_clusters(split: str) -> dict[int, str]:
    """Body ID -> derived claim cluster id, for split 'train' or 'test'."""
    with open(SHARED_DATA / "fnc1" / "derived_claim_clusters.csv", encoding="utf-8") as f:
        return {
            int(row["Body ID"]): row["cluster_id"]
            for row in csv.DictReader(f)
            if row["split"] == split
        }
