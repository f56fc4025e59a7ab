"""Conflicts the align stage reports on real stories (ECB+ event clusters, BASIL triplets).

Prints counts per kind and a fixed random sample of 30 conflicts to check by hand; the share
judged correct is recorded in HAND_CHECK below and published with the table.

    .venv/bin/python -m bench.conflicts_sample
"""

from __future__ import annotations

import contextlib
import random
import time
from collections import Counter, defaultdict
from collections.abc import Iterable

from bench import _data
from bench._report import publish
from firsthand import claims, reuse
from firsthand.align import align
from firsthand.model import Article, Conflict, ConflictKind, Story

SAMPLE = 30
SEED = 7
KINDS: tuple[ConflictKind, ...] = (
    "value",
    "date",
    "magnitude",
    "modality",
    "claimant",
    "speaker",
    "detail",
    "distinct-figures",
)
HAND_CHECK = (
    "5 of 16 judged correct (31 %) on 2026-11-23 (13 vs 14 countries for the 2004 tsunami, "
    "five vs four months in prison, a spokesman's figure retold as 'it is thought', 'were "
    "said to have been rescued' vs 'were rescued', 'would become' vs 'became the fifth coach "
    "fired'). Wrong: ECB+ text tokenised as '1, 000' and '41 / 2' read as 000 and 2 (3), "
    "different players' statistics in sports stories (3), a dateline, a currency conversion "
    "in brackets, 'Pelosi' vs 'the House speaker' and 'Sudan' vs 'Khartoum' (one referent, "
    "two names), 'will be' vs 'is to be sentenced', one same-article pair about two people"
)
"""Result of the last hand check of the printed sample (updated by whoever checks it)."""


def _stories(
    name: str, docs: Iterable[dict[str, object]], story_key: str, outlet_key: str | None
) -> list[tuple[Story, list[Article]]]:
    grouped: dict[str, list[Article]] = defaultdict(list)
    for doc in docs:
        outlet = str(doc[outlet_key]) if outlet_key else str(doc["doc_id"])
        grouped[str(doc[story_key])].append(
            Article(
                id=f"{name}:{doc['doc_id']}",
                source=f"{name}:{doc['doc_id']}",
                outlet=outlet,
                title=str(doc.get("title") or ""),
                text=str(doc["text"]),
                published=str(doc["date"]) if doc.get("date") else None,
            )
        )
    return [
        (Story(id=f"{name}:{key}", title=key, article_ids=[a.id for a in members]), members)
        for key, members in sorted(grouped.items())
        if len(members) > 1
    ]


def run(dataset: str, stories: list[tuple[Story, list[Article]]]) -> list[tuple[str, Conflict]]:
    found: list[tuple[str, Conflict]] = []
    for story, articles in stories:
        mentions = [m for article in articles for m in claims.extract(article)]
        # Without reuse, align counts each outlet as its own origin.
        with contextlib.suppress(NotImplementedError):
            story = reuse.trace(story, articles, mentions)
        found += [(dataset, conflict) for conflict in align(story, articles, mentions).conflicts]
    return found


def main() -> None:
    started = time.perf_counter()
    datasets = {
        "ECB+": _stories("ecb", _data.ecbplus_docs(), "cluster_id", None),
        "BASIL": _stories("basil", _data.basil_docs(), "triplet_id", "source"),
    }
    found: list[tuple[str, Conflict]] = []
    for name, stories in datasets.items():
        found += run(name, stories)
    counts = Counter((name, conflict.kind) for name, conflict in found)
    rows = [
        [name, len(datasets[name]), *(counts[(name, kind)] for kind in KINDS)] for name in datasets
    ]
    sample = random.Random(SEED).sample(found, min(SAMPLE, len(found)))
    print(f"Sample of {len(sample)} conflicts to check by hand:\n")
    for number, (name, conflict) in enumerate(sample, start=1):
        print(f"{number:2}. [{name} {conflict.kind}] {conflict.explanation}")
        for side in conflict.sides:
            for span in side.mentions[:2]:
                print(f"      {side.value!r}: {span.text[:300]!r}")
        print()
    publish(
        section="conflicts_sample",
        title="Conflicts found on real stories (ECB+ event clusters, BASIL triplets)",
        headers=["data set", "stories", *KINDS],
        rows=rows,
        notes=(
            f"{len(found)} conflicts in {sum(len(s) for s in datasets.values())} stories, "
            f"{time.perf_counter() - started:.0f} s. Hand check of a random sample of "
            f"{len(sample)} (seed {SEED}): {HAND_CHECK}."
        ),
    )


if __name__ == "__main__":
    main()
