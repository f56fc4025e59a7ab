"""Story grouping speed: articles/s and peak memory from ~3,900 real articles up to 50,000.

    python -m bench.stories_speed                        # default sizes, writes docs/benchmarks.md
    python -m bench.stories_speed --sizes 1000 3919      # quick look, prints only

The base set is every article in ../shared/data (ECB+, BASIL, NewsWCL50, FNC-1 train and test
bodies). Larger sizes repeat it with light perturbation (2% of words dropped, 2% of adjacent
words swapped, new ids), so the copies look like near-duplicate rewrites of the originals, and
most of them take their original's lead embedding instead of being embedded again: the table
says how many leads were embedded, and the 3,919 row is the rate on distinct articles.
Each size runs in a fresh process, so its peak resident memory is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from bench import _data
from bench._report import publish
from firsthand.model import Article
from firsthand.stories import group

DROP = 0.02
SWAP = 0.02
DEFAULT_SIZES = (
    (3_919, True),
    (10_000, True),
    (25_000, True),
    (50_000, True),
    (3_919, False),
    (50_000, False),
)


def base_articles() -> list[Article]:
    articles = [a for a, _ in _data.ecbplus_articles()]
    articles += [a for a, _ in _data.basil_articles()]
    articles += [a for a, _ in _data.newswcl_articles()]
    for split in ("train", "competition_test"):
        articles += [a for a, _ in _data.fnc1_articles(split)]
    return articles


def perturbed(article: Article, copy: int) -> Article:
    """A light rewrite of `article`: some words dropped, some neighbours swapped, a new id."""
    rng = random.Random(f"{article.id}/{copy}")
    words = [w for w in article.text.split(" ") if rng.random() >= DROP]
    for position in range(len(words) - 1):
        if rng.random() < SWAP:
            words[position], words[position + 1] = words[position + 1], words[position]
    return article.model_copy(
        update={
            "id": f"{article.id}~{copy}",
            "source": f"{article.source}~{copy}",
            "text": " ".join(words),
        }
    )


def corpus(size: int) -> list[Article]:
    base = base_articles()
    articles = base[:size]
    copy = 1
    while len(articles) < size:
        articles += [perturbed(a, copy) for a in base[: size - len(articles)]]
        copy += 1
    return articles


def measure(size: int, embeddings: bool) -> dict[str, float]:
    """Groups `size` articles in this process; returns seconds, stories, leads embedded and
    peak RSS."""
    articles = corpus(size)
    embedded = 0
    if embeddings:
        from firsthand.embed import embedder

        model = embedder()  # loaded before the clock starts, as in a running service
        model.forget()  # no vectors from an earlier size: each size starts cold
        compute = model.embed

        def counted(texts: Sequence[str]) -> npt.NDArray[np.float32]:
            nonlocal embedded
            embedded += len(texts)
            vectors: npt.NDArray[np.float32] = compute(texts)
            return vectors

        setattr(model, "embed", counted)  # noqa: B010
    started = time.perf_counter()
    stories = group(articles, embeddings=embeddings)
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "seconds": seconds,
        "stories": len(stories),
        "embedded": embedded,
        "peak_mib": peak_kib / 1024,
    }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="story grouping speed")
    parser.add_argument("--sizes", type=int, nargs="*", help="sizes to run (no publishing)")
    parser.add_argument("--no-embeddings", action="store_true")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one is not None:
        print(json.dumps(measure(args.one, not args.no_embeddings)))
        return
    runs = [(size, not args.no_embeddings) for size in args.sizes] if args.sizes else DEFAULT_SIZES
    rows: list[list[object]] = []
    for size, embeddings in runs:
        command = [sys.executable, "-m", "bench.stories_speed", "--one", str(size)]
        if not embeddings:
            command.append("--no-embeddings")
        finished = subprocess.run(command, capture_output=True, text=True)
        if finished.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{finished.stderr}")
        result = json.loads(finished.stdout.strip().splitlines()[-1])
        rows.append(
            [
                size,
                "on" if embeddings else "off",
                result["seconds"],
                size / result["seconds"],
                int(result["embedded"]) if embeddings else "",
                int(result["stories"]),
                result["peak_mib"],
            ]
        )
        print(*rows[-1], sep=" | ", flush=True)
    if args.sizes:
        return
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    publish(
        section="stories_speed",
        title="Story grouping speed",
        headers=[
            "articles",
            "lead embeddings",
            "seconds",
            "articles/s",
            "leads embedded",
            "stories",
            "peak MiB",
        ],
        rows=rows,
        notes=f"""
`firsthand.stories.group` on every article in ../shared/data (3,919) and, above that, the same
set repeated with light perturbation ({DROP:.0%} of words dropped, {SWAP:.0%} of neighbours
swapped, new ids). The large sizes are therefore mostly near copies of 3,919 articles: a copy
whose text shares MinHash keys with an earlier article and whose lead has nearly the same
words (Jaccard >= 0.9) takes that article's lead embedding instead of being embedded
("leads embedded" counts the rest), as wire copies would in a real feed. A corpus of 50,000
distinct articles would embed every lead: its rate is nearer the 3,919 row. Each size runs in
its own process; peak MiB is its maximum resident set (includes the Python interpreter, NumPy
and the ONNX model when embeddings are on). Seconds cover signatures, candidates, embedding and
clustering, not loading the data or the model. The machine is shared with other jobs, so
absolute figures vary between runs (load average at the end: {load}).
""",
    )


if __name__ == "__main__":
    main()
