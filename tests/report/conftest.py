from __future__ import annotations

import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import ClassVar

import pytest

from firsthand.model import Article, Dossier, IngestError
from firsthand.run import Corpus, Progress
from tests.report import synthetic

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
requires_chromium = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason="Debian's chromium is not installed (make browser installs it)",
)


@pytest.fixture(scope="session")
def dossier() -> Dossier:
    return synthetic.build()


class MemoryStore:
    """Stands in for firsthand.store.Store: same calls, articles kept per database path."""

    stored: ClassVar[dict[Path, dict[str, Article]]] = {}

    def __init__(self, path: Path) -> None:
        self.articles_by_id = self.stored.setdefault(path, {})

    def add(self, articles: list[Article]) -> int:
        new = [a for a in articles if a.id not in self.articles_by_id]
        self.articles_by_id.update((a.id, a) for a in new)
        return len(new)

    def articles(self) -> list[Article]:
        return list(self.articles_by_id.values())

    def close(self) -> None:
        pass


class SyntheticAnalysis:
    """Analyses a stored corpus into the synthetic dossier, restricted to what is stored."""

    def __init__(self, dossier: Dossier) -> None:
        self.dossier = dossier
        self.calls = 0

    def __call__(self, articles: Sequence[Article], *, progress: Progress | None = None) -> Dossier:
        self.calls += 1
        stored = {a.id for a in articles}
        if progress is not None:
            progress("align", 1, 1)
        return self.dossier.model_copy(
            update={
                "articles": [a for a in self.dossier.articles if a.id in stored]
                + [a for a in articles if a.id not in {b.id for b in self.dossier.articles}],
                "stories": [s for s in self.dossier.stories if set(s.article_ids) <= stored],
                "mentions": [m for m in self.dossier.mentions if m.article_id in stored],
            }
        )


def no_ingest(paths: Iterable[str]) -> Corpus:
    """An ingest that reads nothing: each path becomes one named error."""
    return Corpus(errors=[IngestError(source=p, reason="not read in tests") for p in paths])
