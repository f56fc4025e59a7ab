"""The SQLite store: idempotent adds, whole-call transactions, reopening, stories' state."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bench import _data
from firsthand.ingest import deduplicate, read_paths
from firsthand.model import Article
from firsthand.store import SCHEMA_VERSION, Store, StoreError
from tests.conftest import requires_shared_data


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> list[Article]:
    """Five real BASIL articles ingested from text files."""
    folder = tmp_path_factory.mktemp("basil")
    for doc in _data.basil_docs()[:5]:
        (folder / f"{doc['doc_id']}.txt").write_text(
            f"TITLE: {doc['title']}\nOUTLET: {doc['source']}\n\n{doc['text']}", encoding="utf-8"
        )
    read = [item for item in read_paths([str(folder)]) if isinstance(item, Article)]
    assert len(read) == 5
    return read


@requires_shared_data
def test_add_then_read_back(tmp_path: Path, articles: list[Article]) -> None:
    with Store(tmp_path / "corpus.db") as store:
        assert store.add(articles) == 5
        assert store.articles() == articles


@requires_shared_data
def test_adding_the_same_articles_again_changes_nothing(
    tmp_path: Path, articles: list[Article]
) -> None:
    db = tmp_path / "corpus.db"
    with Store(db) as store:
        store.add(articles)
    before = _dump(db)
    with Store(db) as store:
        assert store.add(articles) == 0
        assert store.add(articles[:2]) == 0
    assert _dump(db) == before


@requires_shared_data
def test_a_known_article_at_a_new_source_records_the_source(
    tmp_path: Path, articles: list[Article]
) -> None:
    copy = articles[0].model_copy(update={"source": "https://mirror.example/steele"})
    with Store(tmp_path / "corpus.db") as store:
        store.add(articles[:1])
        assert store.add([copy]) == 0
        (stored,) = store.articles()
    assert stored.source == articles[0].source
    assert stored.duplicate_sources == ["https://mirror.example/steele"]
    assert deduplicate([articles[0], copy]) == [stored]


@requires_shared_data
def test_a_crash_mid_add_leaves_the_store_as_before(
    tmp_path: Path, articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "corpus.db"
    with Store(db) as store:
        store.add(articles[:2])

    calls = 0
    real_dump = Article.model_dump_json

    def crash_on_second(self: Article, **kwargs: object) -> str:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise RuntimeError("disk unplugged")
        return real_dump(self, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Article, "model_dump_json", crash_on_second)
    with Store(db) as store, pytest.raises(RuntimeError, match="disk unplugged"):
        store.add(articles[2:])  # the next file: its first article is written, then the crash
    monkeypatch.undo()

    with Store(db) as store:
        assert store.articles() == articles[:2]
        assert store.add(articles[2:]) == 3


def test_blobs_and_story_assignments_survive_reopening(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    with Store(db) as store:
        assert store.load_blob("lsh") is None
        store.save_blob("lsh", b"\x00\x01state")
        store.save_blob("lsh", b"newer state")
        store.set_story_assignments({"a1": "s1", "a2": "s1"})
        store.set_story_assignments({"a1": "s1", "a3": "s2"})
    with Store(db) as store:
        assert store.load_blob("lsh") == b"newer state"
        assert store.story_assignments() == {"a1": "s1", "a3": "s2"}


def test_store_uses_wal_and_records_its_schema_version(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    Store(db).close()
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        version = raw.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        assert version == (SCHEMA_VERSION,)


def test_a_store_from_another_schema_version_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "corpus.db"
    Store(db).close()
    with sqlite3.connect(db) as raw:
        raw.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema version 99"):
        Store(db)


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("not a database\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="not a firsthand store"):
        Store(notes)


def _dump(db: Path) -> list[str]:
    with sqlite3.connect(db) as raw:
        return list(raw.iterdump())
