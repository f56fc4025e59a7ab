"""The pipeline and its executors.

`ingest` and `claims` are maps over articles; `stories` is one grouping; `reuse`, `align` and
`lenses` are maps over stories. The executor decides where a map runs (this process, a process
pool, or Dask); no stage knows which.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, Protocol, TypeVar

from firsthand import align, claims, lenses, reuse, stories
from firsthand.ingest import DEFAULT_MAX_BYTES, deduplicate, read_paths
from firsthand.model import Article, Dossier, IngestError, Mention, Story

T = TypeVar("T")
R = TypeVar("R")

ExecutorName = Literal["local", "pool", "dask"]
Progress = Callable[[str, int, int], None]
"""Called as progress(stage, done, total) after each item of a stage."""


class Executor(Protocol):
    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]: ...


class LocalExecutor:
    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        return map(fn, items)


class PoolExecutor:
    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        chunksize = max(1, len(items) // (4 * (self.workers or 2)))
        with ProcessPoolExecutor(self.workers) as pool:
            yield from pool.map(fn, items, chunksize=chunksize)


class DaskExecutor:
    """Runs maps on a Dask cluster: a LocalCluster by default, or the scheduler at `address`."""

    def __init__(self, address: str | None = None) -> None:
        self.address = address

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        from dask.distributed import Client, LocalCluster

        cluster = None if self.address else LocalCluster(processes=True, dashboard_address=None)
        client = Client(self.address or cluster)
        try:
            # Results are taken in submission order, so stages see the same order as locally.
            for future in client.map(fn, list(items), pure=False):
                yield future.result()
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


def make_executor(name: ExecutorName, address: str | None = None) -> Executor:
    if name == "pool":
        return PoolExecutor()
    if name == "dask":
        return DaskExecutor(address)
    return LocalExecutor()


@dataclass
class Corpus:
    """What ingest produced: unique articles and the bad inputs, each named."""

    articles: list[Article] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)


def ingest_paths(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
    corpus = Corpus()
    read: list[Article] = []
    for item in read_paths(list(paths), max_bytes=max_bytes):
        if isinstance(item, IngestError):
            corpus.errors.append(item)
        else:
            read.append(item)
    corpus.articles = deduplicate(read)
    return corpus


def _tracked(stage: str, results: Iterator[R], total: int, progress: Progress | None) -> list[R]:
    collected: list[R] = []
    for result in results:
        collected.append(result)
        if progress is not None:
            progress(stage, len(collected), total)
    return collected


def _story_step(
    step: Callable[[Story, Sequence[Article], Sequence[Mention]], Story],
    articles_by_id: dict[str, Article],
    mentions_by_article: dict[str, list[Mention]],
    story: Story,
) -> Story:
    """Runs one per-story stage with only that story's articles and mentions (cheap to ship)."""
    members = [articles_by_id[article_id] for article_id in story.article_ids]
    mentions = [m for article_id in story.article_ids for m in mentions_by_article[article_id]]
    return step(story, members, mentions)


def analyze_corpus(
    articles: Sequence[Article],
    errors: Sequence[IngestError] = (),
    executor: Executor | None = None,
    progress: Progress | None = None,
    lens_names: Sequence[str] = ("ilo-forced-labour",),
) -> Dossier:
    executor = executor or LocalExecutor()
    notes: list[str] = []

    english = [a for a in articles if a.language in ("en", "und")]
    english_ids = {a.id for a in english}
    skipped = [a for a in articles if a.id not in english_ids]
    if skipped:
        notes.append(
            f"{len(skipped)} non-English article(s) kept but not analysed: "
            + ", ".join(sorted({a.source for a in skipped})[:10])
        )

    try:
        per_article = _tracked(
            "claims", executor.map(claims.extract, english), len(english), progress
        )
    except NotImplementedError as missing:
        notes.append(f"claims: not yet implemented ({missing}); no claims extracted")
        per_article = [[] for _ in english]
    mentions_by_article = {a.id: found for a, found in zip(english, per_article, strict=True)}
    for article in skipped:
        mentions_by_article[article.id] = []

    try:
        grouped = stories.group(list(articles))
    except NotImplementedError as missing:
        notes.append(f"stories: not yet implemented ({missing}); all articles form one story")
        grouped = (
            [
                Story(
                    id="story-1",
                    title=articles[0].title if articles else "",
                    article_ids=[a.id for a in articles],
                )
            ]
            if articles
            else []
        )

    articles_by_id = {a.id: a for a in articles}
    lens_list = [lenses.load(name) for name in lens_names]
    steps: list[tuple[str, Callable[[Story, Sequence[Article], Sequence[Mention]], Story]]] = [
        ("reuse", reuse.trace),
        ("align", align.align),
        ("lenses", functools.partial(lenses.apply, lenses=lens_list)),
    ]
    for stage, step in steps:
        task = functools.partial(_story_step, step, articles_by_id, mentions_by_article)
        try:
            grouped = _tracked(stage, executor.map(task, grouped), len(grouped), progress)
        except NotImplementedError as missing:
            notes.append(f"{stage}: not yet implemented ({missing})")

    return Dossier(
        generated_at=datetime.now(UTC).isoformat(timespec="seconds"),
        articles=list(articles),
        stories=grouped,
        mentions=[m for found in per_article for m in found],
        errors=list(errors),
        notes=notes,
    )


def analyze(
    paths: Sequence[str | Path] = (),
    db: str | Path | None = None,
    executor: ExecutorName = "local",
    progress: Progress | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Dossier:
    """Python API: ingest `paths` (and/or a store), run every stage, return the Dossier."""
    corpus = ingest_paths([str(p) for p in paths], max_bytes=max_bytes)
    articles = corpus.articles
    if db is not None:
        from firsthand.store import Store

        with Store(db) as store:
            store.add(corpus.articles)
            articles = store.articles()
    return analyze_corpus(articles, corpus.errors, make_executor(executor), progress)
