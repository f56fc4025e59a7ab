"""Size and opening time of the HTML dossier of one 50-article story, in headless Chromium.

The story is synthetic but dense, built over the 50 real NewsWCL50 articles: every third
sentence is a mention, mentions are grouped into claims across articles, with conflicts,
derivations, origins outside the corpus and lens hits, so the page carries far more marks
than a real story of that size. Targets: under 3 MB, open (load + first layout) under 2 s.
"""

from __future__ import annotations

import random
import re
import statistics
import time
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import get_args

from playwright.sync_api import sync_playwright

from bench import _data
from bench._report import publish
from firsthand.model import (
    Article,
    Claim,
    Conflict,
    ConflictSide,
    Derivation,
    Dossier,
    LensHit,
    Mention,
    MentionRef,
    Origin,
    Span,
    Story,
    Value,
    Verdict,
)
from firsthand.report import write
from firsthand.sentences import sentence_spans

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
MAX_BYTES = 3_000_000
MAX_OPEN_SECONDS = 2.0
RUNS = 5
NUMBER = re.compile(r"\d[\d,.]*\d|\d")


def _articles() -> list[Article]:
    return [
        Article(
            id=f"wcl-{doc['doc_id']}",
            source=doc["url"] or f"newswcl50:{doc['doc_id']}",
            outlet=doc["outlet"],
            title=doc["text"].split("\n", 1)[0][:120],
            published=f"2017-0{1 + n % 9}-{10 + n % 18}",
            language="en",
            text=doc["text"],
        )
        for n, doc in enumerate(_data.newswcl_docs())
    ]


def _mentions(article: Article) -> list[Mention]:
    found = []
    for n, (start, end) in enumerate(sentence_spans(article.text)[::3]):
        text = article.text[start:end]
        values = [
            Value(
                kind="quantity",
                surface=m.group(0),
                start=start + m.start(),
                end=start + m.end(),
                low=1.0,
                high=1.0,
            )
            for m in NUMBER.finditer(text)
        ]
        found.append(
            Mention(
                id=f"{article.id}-m{n}",
                article_id=article.id,
                start=start,
                end=end,
                text=text,
                kind="figure" if values else "event",
                values=values,
            )
        )
    return found


def _span(mention: Mention) -> Span:
    return Span(
        article_id=mention.article_id, start=mention.start, end=mention.end, text=mention.text
    )


def build_dossier(seed: int = 7) -> Dossier:
    """One story over all 50 articles, with claims, conflicts, derivations and lens hits."""
    rng = random.Random(seed)
    articles = _articles()
    mentions = [m for a in articles for m in _mentions(a)]
    pool = list(mentions)
    rng.shuffle(pool)
    verdicts: tuple[Verdict, ...] = get_args(Verdict)
    claims: list[Claim] = []
    while pool:
        group = [pool.pop() for _ in range(min(len(pool), rng.randint(1, 6)))]
        verdict = "single-source" if len(group) == 1 else rng.choice(verdicts[:3])
        claims.append(
            Claim(
                id=f"c{len(claims)}",
                statement=group[0].text[:160],
                kind=group[0].kind,
                verdict=verdict,
                independent_origin_count=rng.randint(1, 3),
                mentions=[MentionRef.of(m) for m in group],
            )
        )
    contested = [c for c in claims if c.verdict == "contested" and len(c.mentions) >= 2]
    conflicts = [
        Conflict(
            id=f"x{n}",
            kind=rng.choice(["value", "date", "claimant", "detail"]),
            claim_ids=[claim.id],
            explanation=f"Articles disagree on '{claim.statement[:40]}'.",
            sides=[
                ConflictSide(value=f"value {side}", mentions=[ref_span])
                for side, ref_span in enumerate(
                    Span(article_id=r.article_id, start=r.start, end=r.end, text=r.text)
                    for r in claim.mentions[:2]
                )
            ],
        )
        for n, claim in enumerate(contested[:40])
    ]
    ids = [a.id for a in articles]
    derivations = [
        Derivation(
            article_id=article_id,
            derived_from=ids[n // 3] if n % 4 else f"Wire service {n % 3}",
            origin=f"Wire service {n % 3}",
            kind=rng.choice(["copy", "rewrite", "cites"]),
            uncredited=n % 5 == 0,
        )
        for n, article_id in enumerate(ids)
        if n
    ]
    origins = [
        Origin(
            name=f"Wire service {k}",
            article_ids=ids[k::3],
            in_corpus=False,
            kind="agency",
        )
        for k in range(3)
    ]
    lens = [
        LensHit(
            lens="ilo-forced-labour",
            indicator=f"indicator {k}",
            status="reported",
            evidence=[_span(m) for m in rng.sample(mentions, 4)],
        )
        for k in range(11)
    ]
    story = Story(
        id="story-50",
        title="A 50-article story over NewsWCL50",
        article_ids=ids,
        origins=origins,
        independent_origin_count=3,
        derivations=derivations,
        claims=claims,
        conflicts=conflicts,
        lens=lens,
    )
    return Dossier(
        generated_at="2024-01-01T00:00:00+00:00",
        articles=articles,
        stories=[story],
        mentions=mentions,
    )


def open_seconds(path: Path) -> list[float]:
    """Wall time from navigation to a laid-out page (load event, then a forced layout)."""
    timings = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for _ in range(RUNS):
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            started = time.perf_counter()
            page.goto(path.as_uri(), wait_until="load")
            page.evaluate("document.body.getBoundingClientRect().height")
            timings.append(time.perf_counter() - started)
            page.close()
        browser.close()
    return timings


def main() -> None:
    if not _data.available():
        raise SystemExit(f"real-news data not found at {_data.SHARED_DATA}")
    dossier = build_dossier()
    story = dossier.stories[0]
    with TemporaryDirectory() as folder:
        started = time.perf_counter()
        path = write(dossier, Path(folder) / "dossier.html", "html")
        render = time.perf_counter() - started
        size = path.stat().st_size
        timings = open_seconds(path)
    opened = statistics.median(timings)
    counts = f"{len(story.claims)} / {len(dossier.mentions)} / {len(story.conflicts)}"
    rows: list[list[object]] = [
        ["articles", len(dossier.articles), ""],
        ["claims / mentions / conflicts", counts, ""],
        ["file size (MB)", size / 1e6, "pass" if size < MAX_BYTES else "FAIL (limit 3 MB)"],
        ["render in Python (s)", render, ""],
        [
            f"open in headless Chromium, median of {RUNS} (s)",
            opened,
            "pass" if opened < MAX_OPEN_SECONDS else "FAIL (limit 2 s)",
        ],
        ["open, slowest run (s)", max(timings), ""],
    ]
    publish(
        section="dossier_size",
        title="Dossier size and opening time (50-article story)",
        headers=["measure", "value", "target"],
        rows=rows,
        notes=(
            "Synthetic story over the 50 NewsWCL50 articles: every third sentence is a mention, "
            "mentions grouped 1-6 per claim, up to 40 conflicts, 49 derivations, 11 lens rows. "
            "Open = `page.goto(file, wait_until='load')` plus a forced layout, in Debian's "
            "chromium driven by Playwright."
        ),
    )


if __name__ == "__main__":
    main()
