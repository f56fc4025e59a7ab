"""Throughput of the claims stage over every article of ../shared/data, on 2 processes.

Articles are built from ECB+, BASIL, NewsWCL50 and the FNC-1 bodies (train and test); each is run
through `firsthand.claims.extract` in a process pool of two workers, end to end (sentences,
values, dates, quotes, speakers, claimants).
"""

from __future__ import annotations

import time
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from bench import _data, _report
from firsthand.claims import extract
from firsthand.model import Article

WORKERS = 2


def _article(doc_id: str, text: str, published: str | None = None) -> Article:
    return Article(
        id=doc_id, source=doc_id, outlet="bench", title="", published=published, text=text
    )


def corpus() -> dict[str, list[Article]]:
    """Every article of the shared data, by data set."""
    basil: list[dict[str, Any]] = _data.basil_docs()
    return {
        "ecbplus": [_article(d["doc_id"], d["text"]) for d in _data.ecbplus_docs()],
        "basil": [_article(d["doc_id"], d["text"], d["date"]) for d in basil],
        "newswcl50": [_article(d["doc_id"], d["text"]) for d in _data.newswcl_docs()],
        "fnc1": [
            _article(f"fnc1-{split}-{body_id}", text)
            for split in ("train", "competition_test")
            for body_id, text in _data.fnc1_bodies(split).items()
        ],
    }


def mention_count(article: Article) -> int:
    return len(extract(article))


def main() -> None:
    sets = corpus()
    rows: list[list[object]] = []
    every = [a for articles in sets.values() for a in articles]
    with ProcessPoolExecutor(WORKERS) as pool:
        list(pool.map(mention_count, every[:WORKERS], chunksize=1))  # warm the workers
        for name, articles in [*sets.items(), ("all", every)]:
            words = sum(len(a.text.split()) for a in articles)
            started = time.perf_counter()
            mentions = sum(pool.map(mention_count, articles, chunksize=16))
            seconds = time.perf_counter() - started
            rows.append(
                [name, len(articles), words, mentions, seconds, words / seconds, mentions / seconds]
            )
    _report.publish(
        section="claims_speed",
        title="Claims: extraction speed",
        headers=["data set", "articles", "words", "mentions", "seconds", "words/s", "mentions/s"],
        rows=rows,
        notes=(
            f"`firsthand.claims.extract` end to end in a pool of {WORKERS} processes. "
            "Target: at least 20,000 words/s. The machine is shared, so figures vary run to run."
        ),
    )


if __name__ == "__main__":
    main()
