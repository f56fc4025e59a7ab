"""Loaders for the real-news evaluation sets in ../shared/data (never copied into this repo)."""

from __future__ import annotations

import csv
import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from firsthand.ingest.clean import clean_text
from firsthand.model import Article

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def available() -> bool:
    return SHARED_DATA.is_dir()


def jsonl(relative: str) -> Iterator[dict[str, Any]]:
    with gzip.open(SHARED_DATA / relative, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


# ECB+ ships tokens re-joined with spaces ("1, 000", "40. 3", "`` Scrubs ''", "AMD ’ s"):
# undone here so numbers, times and quotes read as a news article prints them. Spaces only, so
# a rule never joins two lines (sentences).
_DETOKENISE = (
    (re.compile(r"``[ ]?|[ ]?''"), '"'),
    (re.compile(r"(?<![\d,])(\d{1,3}(?:,\d{3})*), (\d{3})(?!\d)"), r"\1,\2"),
    (re.compile(r"(\d)1 / 2(?!\d)"), r"\1 1/2"),  # "4½" was flattened to "41 / 2"
    (re.compile(r"(\d) ?([/:]) (\d)"), r"\1\2\3"),
    (re.compile(r"(\d)\. (\d)"), r"\1.\2"),
    (
        re.compile(r"(\w) ([’']) ?(s|t|re|ve|ll|d|m)\b"),
        r"\1\2\3",
    ),  # "AMD ’ s", "don ' t"  # one sentence a line: "40. 3 million" is 40.3
    (re.compile(r"(\d|\b[A-Z]{1,2}) - (?=\w)"), r"\1-"),
    (
        re.compile(r"\b([a-z]{2,}) - (?!(?:the|a|an|and|or|but|to|it|he|she|they|who)\b)(?=[a-z])"),
        r"\1-",
    ),
)


def detokenised(text: str) -> str:
    """ECB+ text as printed: '230, 000' -> '230,000', '90 - day' -> '90-day'."""
    for pattern, replacement in _DETOKENISE:
        previous = None
        while previous != text:  # chains: "1, 000, 000", "26 - year - old"
            previous, text = text, pattern.sub(replacement, text)
    return text


def ecbplus_docs() -> list[dict[str, Any]]:
    """982 docs: doc_id, topic, subtopic, cluster_id (gold event), url, sentences, text.

    Texts and sentences are detokenised (see `detokenised`); sentences stay lines of the text.
    """
    docs = []
    for doc in jsonl("ecbplus/docs.jsonl.gz"):
        doc["text"] = detokenised(doc["text"])
        doc["sentences"] = [
            {**sentence, "text": detokenised(sentence["text"])} for sentence in doc["sentences"]
        ]
        docs.append(doc)
    return docs


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


def _first_line(text: str, limit: int = 200) -> str:
    """Title stand-in for sets that ship none: the first non-empty line, cut at `limit`."""
    for line in text.split("\n"):
        if line.strip():
            return line.strip()[:limit]
    return ""


def dateline(text: str) -> str | None:
    """The publication date ingest reads from a date line of the text ("Posted September 26,
    2013 - 3:47pm"), as `firsthand analyze` would give the article. Only the date: the benches
    keep the text as shipped, so the spans judged by hand keep their offsets."""
    return clean_text(text).published


def as_article(
    doc_id: str, text: str, outlet: str, title: str | None = None, published: str | None = None
) -> Article:
    """An Article as ingest would build it from one shared-data document (id = doc id)."""
    return Article(
        id=doc_id,
        source=doc_id,
        outlet=outlet,
        title=title if title is not None else _first_line(text),
        published=published,
        language="en",
        text=text,
    )


def ecbplus_articles() -> list[tuple[Article, dict[str, Any]]]:
    """(article, raw doc) for the 982 ECB+ docs; no dates; outlet is the URL host if known."""
    pairs = []
    for doc in ecbplus_docs():
        host = (doc.get("url") or "").split("/")[2:3]
        pairs.append((as_article(doc["doc_id"], doc["text"], host[0] if host else "ecb"), doc))
    return pairs


def basil_articles(dates: bool = True) -> list[tuple[Article, dict[str, Any]]]:
    """(article, raw doc) for the 300 BASIL docs; `dates=False` hides publication dates."""
    return [
        (
            as_article(
                doc["doc_id"],
                doc["text"],
                doc["source"],
                doc["title"],
                doc["date"] if dates else None,
            ),
            doc,
        )
        for doc in basil_docs()
    ]


def newswcl_articles() -> list[tuple[Article, dict[str, Any]]]:
    """(article, raw doc) for the 50 NewsWCL50 docs (no dates in the set)."""
    return [(as_article(doc["doc_id"], doc["text"], doc["outlet"]), doc) for doc in newswcl_docs()]


def fnc1_articles(split: str) -> list[tuple[Article, str]]:
    """(article, derived claim cluster id) for the FNC-1 bodies of split 'train' or
    'competition_test'; ids are 'fnc1-<split>-<Body ID>'."""
    clusters = fnc1_clusters(split)
    return [
        (as_article(f"fnc1-{split}-{body_id}", body, "fnc1"), clusters[body_id])
        for body_id, body in fnc1_bodies(split).items()
    ]
