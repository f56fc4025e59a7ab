"""The project's own example corpus (invented articles) reads as its README describes."""

from __future__ import annotations

from pathlib import Path

import pytest

from firsthand.ingest import read_paths
from firsthand.model import Article

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    read = list(read_paths([str(CORPUS)]))
    assert all(isinstance(item, Article) for item in read), read
    return {Path(a.source).name: a for a in read if isinstance(a, Article)}


def test_every_article_with_outlet_and_date(articles: dict[str, Article]) -> None:
    found = {name: (a.outlet, a.published) for name, a in articles.items()}
    assert found == {
        "buzzlinehub-fish-factory.txt": ("BuzzLine Hub", "2025-03-07"),
        "coastal-ledger-kessling-workers.txt": ("The Coastal Ledger", "2025-03-06"),
        "cpw-wire.jsonl:1": ("Continental Press Wire", "2025-03-04"),
        "cpw-wire.jsonl:2": ("Continental Press Wire", "2025-03-05"),
        "lumen-global-kessling.html": ("Lumen Global", "2025-03-05"),
        "meridian-herald-kessling-investigation.html": ("The Meridian Herald", "2025-03-03"),
        "meridian-herald-port-strike.html": ("The Meridian Herald", "2025-03-06"),
        "newsdeck-kessling-summary.txt": ("NewsDeck Daily", "2025-03-04"),
    }
    assert {a.language for a in articles.values()} == {"en"}


def test_pasted_text_debris_is_gone(articles: dict[str, Article]) -> None:
    for name in ("buzzlinehub-fish-factory.txt", "newsdeck-kessling-summary.txt"):
        article = articles[name]
        reasons = {r.reason for r in article.removed}
        assert {"title", "navigation", "repeated-headline", "image-file", "photo-credit"} <= reasons
        assert {"view-counter", "share-subscribe", "recently-added"} <= reasons
        for debris in ("Home >", ".jpg", "views", "Share this article", "Recently added"):
            assert debris not in article.text, (name, debris)
        assert not article.text.split("\n\n")[-1].startswith("Subscribe")


def test_wire_dateline_and_credit_line_are_metadata(articles: dict[str, Article]) -> None:
    wire = articles["cpw-wire.jsonl:1"]
    assert wire.author == "Lena Hartig"
    assert wire.text.startswith("Orvenne's labour inspectorate has opened an inquiry")
    assert "Reporting by" not in wire.text
