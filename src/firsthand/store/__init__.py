"""The embedded SQLite corpus store: adding the same input twice changes nothing."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from firsthand.model import Article


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

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
        pass

    def add(self, articles: list[Article]) -> int:
        """Adds articles not yet stored, in one transaction; returns how many were new."""
        raise NotImplementedError("store")

    def articles(self) -> list[Article]:
        raise NotImplementedError("store")
