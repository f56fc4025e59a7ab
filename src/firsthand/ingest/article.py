"""Building an Article from cleaned text and whatever metadata the input carried."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import py3langid
import xxhash

from firsthand.ingest.clean import Cleaned, clean_text
from firsthand.ingest.dates import iso_date
from firsthand.ingest.files import BadInput
from firsthand.model import Article

# Below this many words the language guess is noise. The first 300 characters (about 50 words)
# are enough: they gave 'en' for every article of ECB+, BASIL and NewsWCL50, as the whole did.
_MIN_WORDS_FOR_LANGUAGE = 8
_LANGUAGE_SAMPLE_CHARS = 300
_FALLBACK_TITLE_CHARS = 100


@dataclass
class Metadata:
    """What the container (HTML head, JSONL fields, WARC record) said about the article."""

    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    url: str | None = None


def article_id(text: str) -> str:
    """Stable id of a cleaned text: identical texts get the same id."""
    return xxhash.xxh3_128_hexdigest(text.encode("utf-8"))


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, 'und' when the text is too short to tell."""
    if len(text.split(None, _MIN_WORDS_FOR_LANGUAGE)) < _MIN_WORDS_FOR_LANGUAGE:
        return "und"
    language, _ = py3langid.classify(text[:_LANGUAGE_SAMPLE_CHARS])
    return str(language)


def outlet_of_url(url: str | None) -> str | None:
    """The host of a URL without "www.", or None when there is no host."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname
    if not host:
        return None
    return host.removeprefix("www.")


def _fallback_title(text: str) -> str:
    first_line = text.split("\n", 1)[0]
    if len(first_line) <= _FALLBACK_TITLE_CHARS:
        return first_line
    return first_line[:_FALLBACK_TITLE_CHARS].rsplit(" ", 1)[0] + "…"


def build_article(
    source: str,
    raw_text: str,
    given: Metadata,
    name: str,
    pasted: bool,
) -> Article:
    """Cleans `raw_text` and fills the Article's fields: metadata first, then the text itself.

    `name` is the outlet of last resort (the file name); `pasted` is as in `clean_text`.
    """
    cleaned: Cleaned = clean_text(raw_text, title=given.title, pasted=pasted)
    if not cleaned.text:
        raise BadInput("no article text left after cleaning")
    url = given.url or cleaned.url
    published = iso_date(given.published) if given.published else None
    return Article(
        id=article_id(cleaned.text),
        source=source,
        outlet=given.outlet or cleaned.outlet or outlet_of_url(url) or name,
        title=cleaned.title or _fallback_title(cleaned.text),
        published=published or cleaned.published,
        language=detect_language(cleaned.text),
        author=given.author or cleaned.author,
        text=cleaned.text,
        removed=cleaned.removed,
    )
