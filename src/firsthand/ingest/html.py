"""Main text and metadata of an HTML page: trafilatura, with a plainer fallback."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml.etree import ParserError
from trafilatura.settings import use_config

from firsthand.ingest.files import BadInput

# trafilatura swaps its result for a blunter extraction (the page's text in one line, title and
# byline included) when the article is under 250 characters; short articles are real.
_CONFIG = use_config()
_CONFIG.set("DEFAULT", "MIN_EXTRACTED_SIZE", "0")
# trafilatura logs a warning for every page it finds little in; the caller reports that itself.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


_FURNITURE = (
    "//script|//style|//noscript|//template|//nav|//header|//footer|//aside|//form"
    "|//iframe|//svg|//button|//*[@role='navigation' or @role='banner' or @role='contentinfo']"
)
# Innermost text blocks: a block holding other blocks is represented by them.
_BLOCKS = (
    "//*[self::p or self::h1 or self::h2 or self::h3 or self::h4 or self::li or self::blockquote"
    " or self::pre or self::td][not(.//p or .//li or .//blockquote)]"
)


@dataclass
class Extracted:
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    url: str | None = None
    fallback: bool = False


def extract_html(page: str, url: str | None = None) -> Extracted:
    """The article text (paragraphs one per line) and metadata of one HTML page."""
    if not page.strip():
        raise BadInput("empty HTML page")
    try:
        document = trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_tables=True,
            config=_CONFIG,
        )
    except (ValueError, TypeError, ParserError) as error:
        raise BadInput(f"HTML could not be parsed ({error})") from None
    if document is not None and not isinstance(document, dict) and (document.text or "").strip():
        return Extracted(
            text=document.text or "",
            title=document.title or None,
            outlet=document.sitename or None,
            published=document.date or None,
            author=document.author or None,
            url=document.url or url,
        )
    return _fallback(page, url)


def _fallback(page: str, url: str | None) -> Extracted:
    """trafilatura found no main text (short or unusual page): take the page's text blocks.

    Page furniture (navigation, header, footer, forms, scripts) is dropped; what remains is
    cleaned by the same rules as pasted text.
    """
    try:
        tree = lxml.html.fromstring(page)
    except (ValueError, ParserError) as error:
        raise BadInput(f"HTML could not be parsed ({error})") from None
    for furniture in tree.xpath(_FURNITURE):
        furniture.drop_tree()
    blocks = [" ".join(block.text_content().split()) for block in tree.xpath(_BLOCKS)]
    text = "\n".join(block for block in blocks if block)
    if not text:
        # No text blocks at all (a script-rendered page): its JSON-LD articleBody, if any.
        _, text, _ = trafilatura.baseline(page)
    if not text.strip():
        raise BadInput("no article text found in the HTML")
    title = tree.findtext(".//title")
    return Extracted(text=text, title=title.strip() if title else None, url=url, fallback=True)
