"""Readers over real articles written to tmp_path as .txt, .html, .jsonl and WARC files."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from firsthand.ingest import deduplicate, html, read_files, read_paths
from firsthand.ingest.article import article_id
from firsthand.ingest.clean import PARAGRAPH_SEPARATOR
from firsthand.model import Article, IngestError
from tests.conftest import requires_shared_data
from tests.ingest import pages

BASIL_ID = "2b95d2cf-e979-4f9c-ae27-9a5370934f23_1"
ECBPLUS_ID = "27_10ecb"
# Written for this test (not from a publisher): a French news paragraph.
FRENCH = (
    "Le conseil municipal a adopté mardi soir le budget de l'année prochaine, après un débat "
    "de plus de six heures. La maire a déclaré que les impôts locaux n'augmenteraient pas."
)


def split(items: list[Article | IngestError]) -> tuple[list[Article], list[IngestError]]:
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, IngestError)],
    )


def read(
    *paths: Path | str, max_bytes: int | None = None
) -> tuple[list[Article], list[IngestError]]:
    arguments = [str(p) for p in paths]
    if max_bytes is None:
        return split(list(read_paths(arguments)))
    return split(list(read_paths(arguments, max_bytes=max_bytes)))


@pytest.fixture(scope="module")
def basil() -> dict[str, Any]:
    return pages.basil_doc(BASIL_ID)


@pytest.fixture(scope="module")
def basil_paragraphs(basil: dict[str, Any]) -> list[str]:
    return pages.paragraphs_of(basil["text"])


def write_warc(path: Path, records: list[tuple[str, str, bytes]], gzip: bool = False) -> None:
    """(target URI, content type, body) response records, plus a request record."""
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for uri, content_type, body in records:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    uri, "response", payload=io.BytesIO(body), http_headers=headers
                )
            )
            request = StatusAndHeaders("GET / HTTP/1.1", [], is_http_request=True)
            writer.write_record(
                writer.create_warc_record(
                    uri, "request", payload=io.BytesIO(b""), http_headers=request
                )
            )


# --- text files ------------------------------------------------------------------------------


@requires_shared_data
def test_text_file_with_markers_and_debris(
    tmp_path: Path, basil: dict[str, Any], basil_paragraphs: list[str]
) -> None:
    markers = ["OUTLET: The Example Times", "PUBLISHED: 2010-07-02", f"URL: {basil['url']}"]
    path = tmp_path / "steele.txt"
    path.write_text(pages.dirty_text(basil["title"], basil_paragraphs, markers), encoding="utf-8")

    (article,), errors = read(path)

    assert errors == []
    assert article.source == str(path)
    assert (article.outlet, article.published) == ("The Example Times", "2010-07-02")
    assert article.title == basil["title"]
    assert article.author == "Jane Roe and John Doe"
    assert article.language == "en"
    assert article.id == article_id(article.text)
    assert article.text.split(PARAGRAPH_SEPARATOR)[1:] == basil_paragraphs[1:]
    reasons = {r.reason for r in article.removed}
    assert {reason for reason, _ in pages.inserted_debris(len(basil_paragraphs))} <= reasons


@requires_shared_data
def test_bare_text_file_outlet_is_the_file_name(tmp_path: Path) -> None:
    doc = pages.ecbplus_doc(ECBPLUS_ID)
    path = tmp_path / "crn-ie-patch.txt"
    path.write_text(doc["text"], encoding="utf-8")

    (article,), _ = read(path)

    assert article.outlet == "crn-ie-patch"
    assert article.title == "Microsoft Releases Critical Patch For IE Zero Day Flaw"
    assert article.published is None


@requires_shared_data
def test_legacy_encoding_is_decoded(tmp_path: Path, basil_paragraphs: list[str]) -> None:
    text = PARAGRAPH_SEPARATOR.join(basil_paragraphs)
    path = tmp_path / "cp1252.txt"
    path.write_bytes(text.encode("cp1252"))

    (article,), _ = read(path)

    assert "“a war of Obama’s choosing.”" in article.text


def test_non_english_article_is_kept_and_marked(tmp_path: Path) -> None:
    (tmp_path / "conseil.txt").write_text(FRENCH, encoding="utf-8")
    (article,), _ = read(tmp_path / "conseil.txt")
    assert article.language == "fr"


def test_very_short_text_has_undetermined_language(tmp_path: Path) -> None:
    (tmp_path / "short.txt").write_text("Fire at the port.", encoding="utf-8")
    (article,), _ = read(tmp_path / "short.txt")
    assert article.language == "und"


# --- HTML ------------------------------------------------------------------------------------


@requires_shared_data
def test_html_page_main_text_and_metadata(
    tmp_path: Path, basil: dict[str, Any], basil_paragraphs: list[str]
) -> None:
    page = pages.html_page(
        basil["title"], basil_paragraphs, "The Example Times", basil["date"], "Jane Roe"
    )
    path = tmp_path / "steele.html"
    path.write_text(page, encoding="utf-8")

    (article,), errors = read(path)

    assert errors == []
    assert article.title == basil["title"]
    assert article.outlet == "The Example Times"
    assert article.published == basil["date"]
    assert article.author == "Jane Roe"
    kept = article.text.split(PARAGRAPH_SEPARATOR)
    assert kept == [basil_paragraphs[0].removeprefix("WASHINGTON — "), *basil_paragraphs[1:]]
    for debris in ("cookies", "All rights reserved", "Most read", "Privacy", "Home"):
        assert debris not in article.text
    assert ("repeated-headline", basil["title"]) in {(r.reason, r.text) for r in article.removed}


@requires_shared_data
def test_html_fallback_when_trafilatura_finds_nothing(
    tmp_path: Path,
    basil: dict[str, Any],
    basil_paragraphs: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = pages.html_page(basil["title"], basil_paragraphs, "Site", basil["date"], "Jane Roe")
    path = tmp_path / "fallback.htm"
    path.write_text(page, encoding="utf-8")
    monkeypatch.setattr(html.trafilatura, "bare_extraction", lambda *a, **k: None)

    (article,), _ = read(path)

    assert basil_paragraphs[3] in article.text.split(PARAGRAPH_SEPARATOR)
    assert article.title == f"{basil['title']} | Site"
    assert article.outlet == "fallback"


@requires_shared_data
def test_short_html_article_keeps_its_paragraphs(tmp_path: Path) -> None:
    # Under 250 characters trafilatura would fall back to the page's text on one line.
    headline, *paragraphs = pages.paragraphs_of(pages.ecbplus_doc("13_17ecb")["text"])
    path = tmp_path / "short.html"
    path.write_text(pages.html_page(headline, paragraphs, "S", "2008-12-14", "J. Roe"), "utf-8")

    (article,), _ = read(path)

    assert article.text.split(PARAGRAPH_SEPARATOR) == paragraphs


def test_script_rendered_page_falls_back_to_json_ld(tmp_path: Path) -> None:
    body = {"@type": "NewsArticle", "headline": "Budget approved", "articleBody": FRENCH}
    page = (
        "<html><head><title>Budget approved</title><script type='application/ld+json'>"
        f"{json.dumps(body)}</script></head><body><div id='app'></div></body></html>"
    )
    (tmp_path / "app.html").write_text(page, encoding="utf-8")
    (article,), _ = read(tmp_path / "app.html")
    assert (article.text, article.title) == (FRENCH, "Budget approved")


# --- JSONL -----------------------------------------------------------------------------------


@requires_shared_data
def test_jsonl_lines_text_and_html(
    tmp_path: Path, basil: dict[str, Any], basil_paragraphs: list[str]
) -> None:
    ecb = pages.ecbplus_doc(ECBPLUS_ID)
    page = pages.html_page(basil["title"], basil_paragraphs, "Page Site", basil["date"], "A B")
    lines = [
        json.dumps({"text": ecb["text"], "url": "https://www.crn.example/news/ie.htm"}),
        "",
        json.dumps({"html": page, "outlet": "New York Times", "published": "July 2, 2010"}),
        json.dumps({"text": PARAGRAPH_SEPARATOR.join(basil_paragraphs[1:4]), "title": "T"}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    (first, second, third), errors = read(path)

    assert errors == []
    assert [a.source for a in (first, second, third)] == [f"{path}:1", f"{path}:3", f"{path}:4"]
    assert first.outlet == "crn.example"
    assert first.title == "Microsoft Releases Critical Patch For IE Zero Day Flaw"
    assert (second.outlet, second.published, second.title) == (
        "New York Times",
        "2010-07-02",
        basil["title"],
    )
    assert (third.title, third.outlet) == ("T", "batch")


def test_jsonl_bad_lines_are_named_by_number(tmp_path: Path) -> None:
    good = json.dumps({"text": FRENCH})
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        "\n".join(
            [
                good,
                '{"text": "unterminated',
                "[1, 2]",
                json.dumps({"title": "no body"}),
                json.dumps({"text": 42}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )

    articles, errors = read(path)

    assert len(articles) == 1
    assert [(e.source, e.reason.split(" ")[0]) for e in errors] == [
        (f"{path}:2", "malformed"),
        (f"{path}:3", "not"),
        (f"{path}:4", "no"),
        (f"{path}:5", "field"),
    ]
    assert "column" in errors[0].reason


# --- WARC ------------------------------------------------------------------------------------


@requires_shared_data
@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_response_records(
    tmp_path: Path, name: str, basil: dict[str, Any], basil_paragraphs: list[str]
) -> None:
    ecb = pages.ecbplus_doc(ECBPLUS_ID)
    page_one = pages.html_page(basil["title"], basil_paragraphs, "", basil["date"], "Jane Roe")
    page_two = pages.html_page(
        "Patch released", pages.paragraphs_of(ecb["text"])[1:], "", "2008-12-17", "J. Doe"
    )
    path = tmp_path / name
    write_warc(
        path,
        [
            ("https://www.example-times.com/steele", "text/html; charset=utf-8", page_one.encode()),
            ("https://cdn.example.com/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
            ("https://news.example.org/ie-patch", "text/html", page_two.encode()),
        ],
        gzip=name.endswith(".gz"),
    )

    articles, errors = read(path)

    assert errors == []
    assert [a.source for a in articles] == [
        "https://www.example-times.com/steele",
        "https://news.example.org/ie-patch",
    ]
    assert [a.outlet for a in articles] == ["example-times.com", "news.example.org"]
    assert basil_paragraphs[2] in articles[0].text


def test_warc_without_html_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "images.warc"
    write_warc(path, [("https://cdn.example.com/a.png", "image/png", b"\x89PNG\r\n")])
    articles, errors = read(path)
    assert articles == []
    assert errors == [IngestError(source=str(path), reason="WARC holds no HTML response records")]


# --- paths -----------------------------------------------------------------------------------


def test_folders_are_walked_recursively_in_order(tmp_path: Path) -> None:
    for relative in ["b/two.txt", "a/one.txt", "a/deeper/three.txt", ".hidden/x.txt", "z.pdf"]:
        target = tmp_path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"{FRENCH} {relative}", encoding="utf-8")

    articles, errors = read(tmp_path)

    assert errors == []
    assert [Path(a.source).relative_to(tmp_path).as_posix() for a in articles] == [
        "a/deeper/three.txt",
        "a/one.txt",
        "b/two.txt",
    ]


def test_glob_patterns(tmp_path: Path) -> None:
    for name in ["one.txt", "two.txt", "three.html"]:
        (tmp_path / name).write_text(f"{FRENCH} {name}", encoding="utf-8")
    articles, _ = read(tmp_path / "*.txt")
    assert [Path(a.source).name for a in articles] == ["one.txt", "two.txt"]
    _, errors = read(tmp_path / "*.jsonl")
    assert errors[0].reason == "no supported files match this pattern"


def test_exact_duplicates_are_merged(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": FRENCH}) + "\n", encoding="utf-8")
    articles, _ = read(tmp_path)

    (merged,) = deduplicate(articles)

    assert merged.source == str(tmp_path / "a.txt")
    assert merged.duplicate_sources == [f"{tmp_path / 'b.jsonl'}:1"]


# --- bad input: one error each, the rest still read ------------------------------------------


def test_every_bad_input_gets_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "good.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03PK" * 200)
    (tmp_path / "empty.txt").write_text(" \n\n", encoding="utf-8")
    (tmp_path / "undecodable.txt").write_bytes(bytes(range(128, 256)) * 8)
    (tmp_path / "huge.txt").write_text(FRENCH * 40, encoding="utf-8")
    (tmp_path / "locked.txt").write_text(FRENCH + " locked", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"text": \n', encoding="utf-8")
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "debris.txt").write_text("Share this article\n12,345 views\n", encoding="utf-8")
    write_warc(tmp_path / "empty.warc", [])
    (tmp_path / "not-a.warc").write_text("hello", encoding="utf-8")
    real_open = open

    def locked_open(path: Any, *args: Any, **kwargs: Any) -> Any:
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", locked_open)

    paths = [*sorted(tmp_path.iterdir()), tmp_path / "missing.txt"]
    articles, errors = read(*paths, max_bytes=4_000)

    assert [Path(a.source).name for a in articles] == ["good.txt"]
    reasons = {Path(e.source).name: e.reason for e in errors}
    huge = len((FRENCH * 40).encode())
    assert reasons == {
        "bad.jsonl:1": "malformed JSON at column 9: Expecting value",
        "binary.txt": "binary file, not text",
        "debris.txt": "no article text left after cleaning",
        "empty.txt": "empty file",
        "empty.warc": "WARC holds no HTML response records",
        "huge.txt": f"{huge:,} bytes, over the limit of 4,000 bytes per article",
        "locked.txt": "permission denied",
        "missing.txt": "no such file or folder",
        "not-a.warc": reasons["not-a.warc"],
        "report.pdf": "unsupported file type (expected .txt, .html, .htm, .jsonl, .warc, .warc.gz)",
        "undecodable.txt": "undecodable: not text in any known encoding",
    }
    assert reasons["not-a.warc"].startswith("not a readable WARC file")
    assert all("\n" not in e.reason for e in errors)


def test_read_files_groups_items_by_input_file(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"text": FRENCH}) + "\nnot json\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(FRENCH + " b", encoding="utf-8")
    groups = [(Path(name).name, len(items)) for name, items in read_files([str(tmp_path)])]
    assert groups == [("a.jsonl", 2), ("b.txt", 1)]
