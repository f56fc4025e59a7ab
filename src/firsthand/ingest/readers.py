"""One reader per input format; each yields Articles and IngestErrors and never raises."""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from firsthand.ingest.article import Metadata, build_article
from firsthand.ingest.files import BadInput, check_size, decode, kind_of, read_bytes, refuse_binary
from firsthand.ingest.html import extract_html
from firsthand.model import Article, IngestError

Item = Article | IngestError
_JSONL_FIELDS = ("title", "url", "outlet", "published")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _stem(path: str) -> str:
    name = Path(path).name
    kind = kind_of(name)
    return name[: -len(kind)] if kind else Path(path).stem


def read_text(path: str, max_bytes: int) -> Iterator[Item]:
    text = decode(read_bytes(path, max_bytes))
    if not text.strip():
        raise BadInput("empty file")
    yield build_article(path, text, Metadata(), name=_stem(path), pasted=True)


def read_html(path: str, max_bytes: int) -> Iterator[Item]:
    yield _html_article(path, decode(read_bytes(path, max_bytes)), url=None, name=_stem(path))


def _html_article(
    source: str, page: str, url: str | None, name: str, given: Metadata | None = None
) -> Article:
    """An article from an HTML page; `given` metadata (a JSONL line's fields) beats the page's."""
    extracted = extract_html(page, url)
    given = given or Metadata()
    merged = Metadata(
        title=given.title or extracted.title,
        outlet=given.outlet or extracted.outlet,
        published=given.published or extracted.published,
        author=given.author or extracted.author,
        url=given.url or extracted.url,
    )
    return build_article(source, extracted.text, merged, name=name, pasted=False)


def read_jsonl(path: str, max_bytes: int) -> Iterator[Item]:
    """One article per line: `text` or `html`, optional title, url, outlet, published."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below; errors map to BadInput
    except OSError as error:
        raise BadInput(f"cannot be read ({error.strerror or error})") from None
    with handle:
        refuse_binary(handle.read(8192))
        handle.seek(0)
        any_line = False
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            any_line = True
            source = f"{path}:{number}"
            try:
                check_size(len(raw), max_bytes)
                yield _jsonl_article(source, raw, _stem(path))
            except BadInput as error:
                yield IngestError(source=source, reason=str(error))
    if not any_line:
        raise BadInput("empty file")


def _jsonl_article(source: str, raw: bytes, name: str) -> Article:
    try:
        record: Any = json.loads(raw.strip())
    except UnicodeDecodeError:
        raise BadInput("not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise BadInput(f"malformed JSON at column {error.colno}: {error.msg}") from None
    if not isinstance(record, dict):
        raise BadInput("not a JSON object")
    for key in (*_JSONL_FIELDS, "text", "html"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise BadInput(f"field '{key}' is not a string")
    given = Metadata(**{key: record.get(key) or None for key in _JSONL_FIELDS})
    if record.get("text"):
        return build_article(source, record["text"], given, name=name, pasted=True)
    if record.get("html"):
        return _html_article(source, record["html"], given.url, name, given)
    raise BadInput("no 'text' or 'html' field")


def read_warc(path: str, max_bytes: int) -> Iterator[Item]:
    """Response records holding HTML; each record's source is its target URI."""
    html_records = 0
    try:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = record.http_headers.get_header("Content-Type") or ""
                status = record.http_headers.get_statuscode() or ""
                if not content_type.startswith(_HTML_TYPES) or not status.startswith("2"):
                    continue
                html_records += 1
                uri = record.rec_headers.get_header("WARC-Target-URI") or f"{path}#{html_records}"
                try:
                    body = record.content_stream().read(max_bytes + 1)
                    check_size(len(body), max_bytes)
                    page = decode(body, _charset(content_type))
                    yield _html_article(uri, page, uri, name=_stem(path))
                except BadInput as error:
                    yield IngestError(source=uri, reason=str(error))
    except (ArchiveLoadFailed, StatusAndHeadersParserException, EOFError, zlib.error) as error:
        raise BadInput(f"not a readable WARC file ({error or type(error).__name__})") from None
    except OSError as error:
        raise BadInput(f"cannot be read ({error.strerror or error})") from None
    if html_records == 0:
        raise BadInput("WARC holds no HTML response records")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"'")
    return None


READERS: dict[str, Callable[[str, int], Iterator[Item]]] = {
    ".txt": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".warc": read_warc,
    ".warc.gz": read_warc,
}


def read_file(path: str, max_bytes: int) -> Iterator[Item]:
    """Every article of one file, and one IngestError per bad part of it (or for the file)."""
    kind = kind_of(path)
    if kind is None:
        yield IngestError(
            source=path,
            reason=f"unsupported file type (expected {', '.join(READERS)})",
        )
        return
    try:
        yield from READERS[kind](path, max_bytes)
    except BadInput as error:
        yield IngestError(source=path, reason=str(error))
