"""The pipeline and its executors.

`ingest` and `claims` are maps over articles; `stories` is one grouping; `reuse`, `align` and
`lenses` run one after another in one map over stories. The executor decides where a map runs
(this process, a process pool, or Dask); no stage knows which.
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
from firsthand.ingest import DEFAULT_MAX_BYTES, deduplicate, read_files, read_paths
from firsthand.model import Article, Dossier, IngestError, Mention, Story
from firsthand.store import Store

STORY_INDEX_BLOB = "stories.index"
StoryStage = Callable[[Story, Sequence[Article], Sequence[Mention]], Story]
STORY_STAGES = "reuse, align, lenses"
"""The progress label of the per-story stages, which run together story by story."""

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
    """What ingest produced: unique articles, the bad inputs (each named), and the stories
    when a store already keeps them (else None: the pipeline groups the articles itself)."""

    articles: list[Article] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    stories: list[Story] | None = None
    read: int = 0
    added: int = 0


def ingest_paths(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
    corpus = Corpus()
    read: list[Article] = []
    for item in read_paths(list(paths), max_bytes=max_bytes):
        if isinstance(item, IngestError):
            corpus.errors.append(item)
        else:
            read.append(item)
    corpus.articles = deduplicate(read)
    corpus.read = len(read)
    return corpus


def update_stories(store: Store, stored: Sequence[Article]) -> list[Story]:
    """Places the stored articles (`stored`: all of them) that the saved story index has not
    seen yet, and saves the index.

    Articles already placed keep their story, so adding to a store never regroups the corpus;
    an index left behind by an interrupted add simply catches up here.
    """
    blob = store.load_blob(STORY_INDEX_BLOB)
    try:
        index = stories.StoryIndex.from_bytes(blob) if blob else stories.StoryIndex()
    except stories.OldIndexFormat:
        # an index of an older format weighs terms otherwise: rebuilt from the stored articles
        index = stories.StoryIndex()
    index.add(stored)
    store.save_blob(STORY_INDEX_BLOB, index.to_bytes())
    store.set_story_assignments(index.assignments())
    return index.stories()


def add_to_store(paths: Iterable[str], store: Store, max_bytes: int = DEFAULT_MAX_BYTES) -> Corpus:
    """Ingests into `store`, one transaction per input file (a failure keeps earlier files),
    then places the new articles into stories. Returns the whole stored corpus."""
    corpus = Corpus()
    for _, items in read_files(list(paths), max_bytes=max_bytes):
        corpus.errors += [item for item in items if isinstance(item, IngestError)]
        articles = [item for item in items if isinstance(item, Article)]
        corpus.read += len(articles)
        corpus.added += store.add(articles)
    corpus.articles = store.articles()
    corpus.stories = update_stories(store, corpus.articles)
    return corpus


def load_corpus(
    paths: Iterable[str], db: str | Path | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Corpus:
    """The corpus to analyse: `paths` alone, or `paths` added to the store `db` and all of it."""
    if db is None:
        return ingest_paths(paths, max_bytes=max_bytes)
    with Store(db) as store:
        return add_to_store(paths, store, max_bytes=max_bytes)


def _tracked(stage: str, results: Iterator[R], total: int, progress: Progress | None) -> list[R]:
    collected: list[R] = []
    for result in results:
        collected.append(result)
        if progress is not None:
            progress(stage, len(collected), total)
    return collected


def _story_steps(
    steps: Sequence[StoryStage],
    articles_by_id: dict[str, Article],
    mentions_by_article: dict[str, list[Mention]],
    story: Story,
) -> Story:
    """Runs the per-story stages one after another on one story, in one worker: its articles
    and mentions are shipped once, and the embedder's cache gives align and the lenses the
    sentences reuse has just embedded."""
    members = [articles_by_id[article_id] for article_id in story.article_ids]
    mentions = [m for article_id in story.article_ids for m in mentions_by_article[article_id]]
    for step in steps:
        story = step(story, members, mentions)
    return story


def analyze_corpus(
    articles: Sequence[Article],
    errors: Sequence[IngestError] = (),
    executor: Executor | None = None,
    progress: Progress | None = None,
    lens_names: Sequence[str] = ("ilo-forced-labour",),
    grouped: Sequence[Story] | None = None,
) -> Dossier:
    """Runs every stage after ingest; `grouped` are stories already kept by a store."""
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

    per_article = _tracked("claims", executor.map(claims.extract, english), len(english), progress)
    mentions_by_article = {a.id: found for a, found in zip(english, per_article, strict=True)}
    for article in skipped:
        mentions_by_article[article.id] = []

    story_list = list(grouped) if grouped is not None else stories.group(list(articles))

    articles_by_id = {a.id: a for a in articles}
    lens_list = [lenses.load(name) for name in lens_names]
    steps: list[StoryStage] = [
        reuse.trace,
        align.align,
        functools.partial(lenses.apply, lenses=lens_list),
    ]
    task = functools.partial(_story_steps, steps, articles_by_id, mentions_by_article)
    story_list = _tracked(STORY_STAGES, executor.map(task, story_list), len(story_list), progress)

    return Dossier(
        generated_at=datetime.now(UTC).isoformat(timespec="seconds"),
        articles=list(articles),
        stories=story_list,
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
    corpus = load_corpus([str(p) for p in paths], db=db, max_bytes=max_bytes)
    return analyze_corpus(
        corpus.articles,
        corpus.errors,
        make_executor(executor),
        progress,
        grouped=corpus.stories,
    )
