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


def inserted_debris(paragraph_count: int) -> list[tuple[str, str]]:
    """The (reason, line) debris `dirty_text` puts around an article of that many paragraphs."""
    inside = DEBRIS_INSIDE_BODY[:paragraph_count]
    return DEBRIS_BEFORE_TITLE + DEBRIS_AFTER_TITLE + inside + DEBRIS_AFTER_BODY


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


@dataclass
class Timing:
    wall: float
    cpu: float


def timed_read(folder: Path, runs: int) -> tuple[Timing, list[Article], int]:
    """Best wall and CPU times of `runs` reads of the folder, its articles, and its errors."""
    best = Timing(float("inf"), float("inf"))
    articles: list[Article] = []
    errors = 0
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        items = list(read_paths([str(folder)]))
        best.wall = min(best.wall, time.perf_counter() - wall)
        best.cpu = min(best.cpu, time.process_time() - cpu)
        articles = [item for item in items if isinstance(item, Article)]
        errors = len(items) - len(articles)
    return best, articles, errors


def lost_paragraphs(doc: Doc, article: Article) -> list[str]:
    """Why each of the doc's paragraphs that is not a whole paragraph of the text went missing:
    the reason of the removed segment holding it, or 'changed'.

    A first paragraph that lost only a recorded dateline counts as kept.
    """
    kept = set(article.text.split(PARAGRAPH_SEPARATOR))
    reason_of = {r.text: r.reason for r in article.removed}
    datelines = [text for text, reason in reason_of.items() if reason == "dateline"]
    lost: list[str] = []
    for paragraph in doc.paragraphs:
        undated = [paragraph.removeprefix(d).lstrip() for d in datelines if paragraph.startswith(d)]
        if paragraph not in kept and not any(u in kept for u in undated):
            lost.append(reason_of.get(paragraph, "changed"))
    return lost


def debris_removed(doc: Doc, article: Article) -> tuple[int, int]:
    """(inserted debris lines removed with the right reason, inserted debris lines)."""
    removed = {(r.reason, r.text) for r in article.removed}
    inserted = inserted_debris(len(doc.paragraphs))
    return sum(item in removed for item in inserted), len(inserted)


def main() -> None:
    docs = load_docs()
    by_id = {doc.doc_id: doc for doc in docs}
    rows: list[list[object]] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        text_folder, html_folder = write_inputs(docs, Path(tmp))
        # Warm-up: loads the language model and trafilatura's tables, not part of the rate.
        list(read_paths([str(next(text_folder.iterdir())), str(next(html_folder.iterdir()))]))
        inputs = (("text", text_folder, TEXT_RUNS), ("html", html_folder, HTML_RUNS))
        for kind, folder, runs in inputs:
            timing, articles, errors = timed_read(folder, runs)
            megabytes = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
            pairs = [(by_id[Path(a.source).stem], a) for a in articles]
            paragraphs = sum(len(doc.paragraphs) for doc, _ in pairs)
            lost = Counter(reason for doc, a in pairs for reason in lost_paragraphs(doc, a))
            kept = paragraphs - sum(lost.values())
            row: list[object] = [
                kind,
                len(articles),
                errors,
                round(megabytes, 1),
                round(len(articles) / timing.wall),
                round(len(articles) / timing.cpu),
                round(megabytes / timing.cpu, 2),
                f"{kept:,}/{paragraphs:,} ({kept / paragraphs:.1%})",
            ]
            if kind == "text":
                counts = [debris_removed(doc, a) for doc, a in pairs]
                removed, inserted = sum(c[0] for c in counts), sum(c[1] for c in counts)
                row.append(f"{removed:,}/{inserted:,} ({removed / inserted:.1%})")
                reasons = Counter(r.reason for _, a in pairs for r in a.removed)
                notes.append(
                    "Removed segments in the text run, by reason: "
                    + ", ".join(f"{reason} {count:,}" for reason, count in reasons.most_common())
                    + "."
                )
            else:
                row.append("n/a (trafilatura drops page furniture)")
            rows.append(row)
            notes.append(
                f"Source paragraphs not kept verbatim ({kind}), by the reason they were removed: "
                + ", ".join(f"{reason} {count:,}" for reason, count in lost.most_common())
                + "."
            )
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    publish(
        section="ingest",
        title="Ingest: speed and cleaning on real news text",
        headers=[
            "input",
            "articles",
            "errors",
            "MB",
            "articles/s (wall)",
            "articles/s (CPU)",
            "MB/s (CPU)",
            "source paragraphs kept verbatim",
            "inserted debris removed, right reason",
        ],
        rows=rows,
        notes="\n\n".join(
            [
                f"{len(docs)} articles (ECB+, BASIL, NewsWCL50) written as dirty .txt files and as"
                " HTML pages, read with `read_paths` in one process; best of"
                f" {TEXT_RUNS} (text) / {HTML_RUNS} (HTML) runs. Wall-clock rates depend on the"
                f" load of this shared machine (load average at the end: {load}); CPU-time rates"
                " are what one free core does. Targets: 2,000 text articles/s, 300 HTML pages/s.",
                *notes,
                "The source texts carry debris of their own: ECB+ kept the date lines of the"
                " scraped pages ('dateline') and sometimes the headline again in the body; BASIL"
                " and ECB+ first paragraphs open with datelines ('WASHINGTON —'), removed as"
                " metadata and counted as kept.",
            ]
        ),
    )


if __name__ == "__main__":
    main()
