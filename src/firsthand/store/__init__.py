"""The embedded SQLite corpus store: adding the same input twice changes nothing.

One SQLite file in WAL mode. Each `add` call is one transaction, so a failure part-way through
leaves the store exactly as it was before that call; callers add one input file per call.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from firsthand.model import Article

SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    seq INTEGER PRIMARY KEY,  -- insertion order (rows are never deleted)
    id TEXT NOT NULL UNIQUE,
    added_at TEXT NOT NULL,
    record TEXT NOT NULL  -- the Article as JSON (its sources are in article_sources)
);
CREATE TABLE IF NOT EXISTS article_sources (
    seq INTEGER PRIMARY KEY,  -- insertion order (rows are never deleted)
    article_id TEXT NOT NULL REFERENCES articles(id),
    source TEXT NOT NULL,
    UNIQUE (article_id, source)
);
CREATE TABLE IF NOT EXISTS blobs (
    name TEXT PRIMARY KEY,
    data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS story_assignments (
    article_id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL
);
"""


class StoreError(Exception):
    """The store file cannot be used; the message names the file and the reason."""


class Store:
    """A corpus of articles in one SQLite file, with what the stories stage keeps between runs."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None)
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot open the store ({error})") from None
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            with self._transaction():
                self._create_schema()
        except sqlite3.DatabaseError as error:
            self._db.close()
            raise StoreError(f"{self.path}: not a firsthand store ({error})") from None
        except StoreError:
            self._db.close()
            raise

    def _create_schema(self) -> None:
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                self._db.execute(statement)
        self._db.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)",
            (SCHEMA_VERSION,),
        )
        (found,) = self._db.execute(
            "SELECT value FROM meta WHERE key = 'schema_version'"
        ).fetchone()
        if found != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store has schema version {found}, this firsthand reads "
                f"version {SCHEMA_VERSION}"
            )

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """BEGIN ... COMMIT, or ROLLBACK on any exception (which is re-raised)."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def add(self, articles: Sequence[Article]) -> int:
        """Adds articles not yet stored, in one transaction; returns how many were new.

        An article already stored (same id, so same cleaned text) is not stored again; a source
        it was not yet known under is recorded as one more source of it.
        """
        added = 0
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        with self._transaction():
            for article in articles:
                record = article.model_dump_json(exclude={"duplicate_sources"})
                inserted = self._db.execute(
                    "INSERT OR IGNORE INTO articles (id, added_at, record) VALUES (?, ?, ?)",
                    (article.id, stamp, record),
                )
                added += inserted.rowcount
                self._db.executemany(
                    "INSERT OR IGNORE INTO article_sources (article_id, source) VALUES (?, ?)",
                    [(article.id, s) for s in (article.source, *article.duplicate_sources)],
                )
        return added

    def articles(self) -> list[Article]:
        """Every stored article in the order first added, with all the sources it was seen at."""
        sources: dict[str, list[str]] = {}
        for article_id, source in self._db.execute(
            "SELECT article_id, source FROM article_sources ORDER BY seq"
        ):
            sources.setdefault(article_id, []).append(source)
        found: list[Article] = []
        for article_id, record in self._db.execute("SELECT id, record FROM articles ORDER BY seq"):
            first, *others = sources[article_id]
            article = Article.model_validate_json(record)
            found.append(article.model_copy(update={"source": first, "duplicate_sources": others}))
        return found

    def save_blob(self, name: str, data: bytes) -> None:
        """Keeps `data` under `name`, replacing what was there (state a stage reuses later)."""
        with self._transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO blobs (name, data) VALUES (?, ?)", (name, data)
            )

    def load_blob(self, name: str) -> bytes | None:
        row = self._db.execute("SELECT data FROM blobs WHERE name = ?", (name,)).fetchone()
        return None if row is None else bytes(row[0])

    def set_story_assignments(self, mapping: dict[str, str]) -> None:
        """Replaces the stored grouping with `mapping` (article id -> story id)."""
        with self._transaction():
            self._db.execute("DELETE FROM story_assignments")
            self._db.executemany(
                "INSERT INTO story_assignments (article_id, story_id) VALUES (?, ?)",
                sorted(mapping.items()),
            )

    def story_assignments(self) -> dict[str, str]:
        rows = self._db.execute("SELECT article_id, story_id FROM story_assignments")
        return dict(rows.fetchall())
