"""Ingest speed and cleaning quality on real news text (ECB+, BASIL, NewsWCL50).

Each article is written to a temporary folder twice: as a pasted .txt with marker lines and
the debris of scraped pages around and inside it, and as a simple HTML page with navigation,
a cookie banner, related links and a footer. `read_paths` then reads each folder; the figures
are articles/s and MB/s of input (best of a few runs, after a warm-up), plus how much of the
debris was removed with the right reason and how many real paragraphs came through verbatim.

The page builders are shared with tests/ingest, which assert the same things on single articles.
"""

from __future__ import annotations

import html
import os
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench import _data
from bench._report import publish
from firsthand.ingest import read_paths
from firsthand.ingest.clean import PARAGRAPH_SEPARATOR, normalize_whitespace
from firsthand.model import Article

TEXT_RUNS = 3
HTML_RUNS = 2

# (reason cleaning must record, debris line), before the headline.
DEBRIS_BEFORE_TITLE = [
    ("navigation", "Home > Politics > Congress"),
    ("navigation", "News | World | Politics | Business | Opinion"),
]
# Between the headline and the body.
DEBRIS_AFTER_TITLE = [
    ("byline", "By JANE ROE and JOHN DOE, The Example Times"),
    ("dateline", "Published: July 2, 2010 | Updated: 9:56 AM ET"),
    ("image-file", "DSC_0412-steele-rnc.jpg"),
    ("photo-credit", "Photo: Jane Roe/Reuters"),
    ("view-counter", "12,345 views"),
    ("main-version-link", "Link to main version"),
]
# Between the body's paragraphs (after the first, second, third...).
DEBRIS_INSIDE_BODY = [
    ("share-subscribe", "Share this article: Facebook Twitter Email"),
    ("advertisement", "Advertisement"),
    ("photo-credit", "(Photo by Alex Wong/Getty Images)"),
    ("related-link", "Read more: Republicans weigh their options for the fall"),
]
# After the body.
DEBRIS_AFTER_BODY = [
    ("share-subscribe", "Subscribe to our newsletter for daily updates."),
    ("recently-added", "Recently added"),
    ("recently-added", "Senate passes spending bill after long debate"),
    ("recently-added", "Storm knocks out power to thousands"),
    ("recently-added", "Governor signs education overhaul"),
    ("navigation", "Tags: Politics, Afghanistan, Republican Party"),
]


def all_debris() -> list[tuple[str, str]]:
    return DEBRIS_BEFORE_TITLE + DEBRIS_AFTER_TITLE + DEBRIS_INSIDE_BODY + DEBRIS_AFTER_BODY


def paragraphs_of(text: str) -> list[str]:
    """A shared-data text's paragraphs (blank-line or line separated), spaces normalised."""
    return [p for p in normalize_whitespace(text).split("\n") if p]


def dirty_text(title: str, paragraphs: list[str], markers: list[str]) -> str:
    """A pasted article: marker lines, debris, the headline twice, body with debris, link list."""
    lines = [*markers, ""]
    lines += [line for _, line in DEBRIS_BEFORE_TITLE]
    lines += [title, title]
    lines += [line for _, line in DEBRIS_AFTER_TITLE]
    lines.append("")
    for index, paragraph in enumerate(paragraphs):
        lines += [paragraph, ""]
        if index < len(DEBRIS_INSIDE_BODY):
            lines += [DEBRIS_INSIDE_BODY[index][1], ""]
    lines += [line for _, line in DEBRIS_AFTER_BODY]
    return "\n".join(lines) + "\n"


def html_page(title: str, paragraphs: list[str], site: str, date: str, author: str) -> str:
    """A simple news page: head metadata, nav, cookie banner, the article, related links, footer."""
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)} | {html.escape(site)}</title>
<meta property="og:site_name" content="{html.escape(site)}">
<meta property="og:title" content="{html.escape(title)}">
<meta name="author" content="{html.escape(author)}">
<meta property="article:published_time" content="{date}T08:30:00Z">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li></ul></nav>
</header>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience on our
site. By continuing you accept our cookie policy. <button>Accept all cookies</button></div>
<main><article><h1>{html.escape(title)}</h1>
<p class="byline">By {html.escape(author)}</p>
{body}</article>
<aside class="related"><h2>Most read</h2><ul><li><a href="/a">Storm knocks out power</a></li>
<li><a href="/b">Senate passes spending bill</a></li></ul></aside></main>
<footer><p>© 2024 {html.escape(site)}. All rights reserved.</p><a href="/privacy">Privacy</a>
<a href="/terms">Terms of use</a></footer></body></html>
"""


@dataclass
class Doc:
    doc_id: str
    title: str
    outlet: str
    date: str
    paragraphs: list[str]


def load_docs() -> list[Doc]:
    docs: list[Doc] = []
    for ecb in _data.ecbplus_docs():
        # ECB+ texts start with the headline line.
        headline, *body = paragraphs_of(ecb["text"])
        docs.append(Doc(ecb["doc_id"], headline, "ECB+ outlet", "2013-05-02", body))
    for basil in _data.basil_docs():
        body = paragraphs_of(basil["text"])
        docs.append(Doc(basil["doc_id"], basil["title"], basil["source"], basil["date"], body))
    for wcl in _data.newswcl_docs():
        headline, *body = paragraphs_of(wcl["text"])
        docs.append(Doc(str(wcl["doc_id"]), headline, wcl["outlet"], "2018-01-01", body))
    return [doc for doc in docs if doc.paragraphs]


def write_inputs(docs: list[Doc], folder: Path) -> tuple[Path, Path]:
    text_folder, html_folder = folder / "text", folder / "html"
    text_folder.mkdir()
    html_folder.mkdir()
    for doc in docs:
        markers = [f"OUTLET: {doc.outlet}", f"PUBLISHED: {doc.date}"]
        (text_folder / f"{doc.doc_id}.txt").write_text(
            dirty_text(doc.title, doc.paragraphs, markers), encoding="utf-8"
        )
        page = html_page(doc.title, doc.paragraphs, doc.outlet, doc.date, "Jane Roe")
        (html_folder / f"{doc.doc_id}.html").write_text(page, encoding="utf-8")
    return text_folder, html_folder


def timed_read(folder: Path, runs: int) -> tuple[float, list[Article], int]:
    """Best wall time of `runs` reads of the folder, its articles, and its errors."""
    best = float("inf")
    articles: list[Article] = []
    errors = 0
    for _ in range(runs):
        started = time.perf_counter()
        items = list(read_paths([str(folder)]))
        best = min(best, time.perf_counter() - started)
        articles = [item for item in items if isinstance(item, Article)]
        errors = len(items) - len(articles)
    return best, articles, errors


def kept_verbatim(doc: Doc, article: Article) -> int:
    """How many of the doc's real paragraphs are whole paragraphs of the cleaned text.

    A first paragraph that lost only a recorded dateline counts as kept.
    """
    kept = set(article.text.split(PARAGRAPH_SEPARATOR))
    datelines = [r.text for r in article.removed if r.reason == "dateline"]
    count = 0
    for paragraph in doc.paragraphs:
        undated = [paragraph.removeprefix(d).lstrip() for d in datelines if paragraph.startswith(d)]
        count += paragraph in kept or any(u in kept for u in undated)
    return count


def debris_removed(article: Article) -> int:
    removed = {(r.reason, r.text) for r in article.removed}
    return sum(item in removed for item in all_debris())


def main() -> None:
    docs = load_docs()
    by_id = {doc.doc_id: doc for doc in docs}
    with tempfile.TemporaryDirectory() as tmp:
        text_folder, html_folder = write_inputs(docs, Path(tmp))
        # Warm-up: loads the language model and trafilatura's tables, not part of the rate.
        list(read_paths([str(next(text_folder.iterdir())), str(next(html_folder.iterdir()))]))
        rows: list[list[object]] = []
        reasons: Counter[str] = Counter()
        inputs = (("text", text_folder, TEXT_RUNS), ("html", html_folder, HTML_RUNS))
        for kind, folder, runs in inputs:
            seconds, articles, errors = timed_read(folder, runs)
            megabytes = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
            paragraphs = sum(len(by_id[Path(a.source).stem].paragraphs) for a in articles)
            kept = sum(kept_verbatim(by_id[Path(a.source).stem], a) for a in articles)
            row: list[object] = [
                kind,
                len(articles),
                errors,
                round(megabytes, 1),
                round(len(articles) / seconds),
                round(megabytes / seconds, 2),
                f"{kept}/{paragraphs} ({kept / paragraphs:.1%})",
            ]
            if kind == "text":
                removed = sum(debris_removed(a) for a in articles)
                inserted = len(all_debris()) * len(articles)
                row.append(f"{removed}/{inserted} ({removed / inserted:.1%})")
                reasons = Counter(r.reason for a in articles for r in a.removed)
            else:
                row.append("n/a (trafilatura drops page furniture)")
            rows.append(row)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    publish(
        section="ingest",
        title="Ingest: speed and cleaning on real news text",
        headers=[
            "input",
            "articles",
            "errors",
            "MB",
            "articles/s",
            "MB/s",
            "real paragraphs kept verbatim",
            "inserted debris removed, right reason",
        ],
        rows=rows,
        notes=(
            f"{len(docs)} articles (ECB+, BASIL, NewsWCL50) written as dirty .txt files and as"
            " HTML pages, read with `read_paths` on one core; best of"
            f" {TEXT_RUNS} (text) / {HTML_RUNS} (HTML) runs. Load average during the run: {load}"
            " (the machine is shared). Targets: 2,000 text articles/s, 300 HTML pages/s.\n\n"
            "Removed segments in the text run, by reason: "
            + ", ".join(f"{reason} {count:,}" for reason, count in reasons.most_common())
            + ". Besides the inserted debris, ECB+ texts carry their own scraped date lines"
            " ('dateline') and BASIL/ECB+ first paragraphs their own datelines ('WASHINGTON —')."
        ),
    )


if __name__ == "__main__":
    main()
