"""Conflicts the align stage reports on real stories (ECB+ event clusters, BASIL triplets, and
the FNC-1 competition-test claim clusters, where rumours, hoaxes and their denials are told).

Prints counts per kind and a seeded random sample of up to 30 conflicts, each with both sides'
spans and a fingerprint. Judgements made by hand live in bench/conflicts_judged.json, keyed by
that fingerprint (correct: true/false, and a one-line reason); the share judged correct, and
the sampled conflicts nobody has judged yet, are printed and published with the table.

    .venv/bin/python -m bench.conflicts_sample
"""

from __future__ import annotations

import contextlib
import hashlib
import random
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypedDict, get_args

from bench import _data
from bench._report import judgements, publish
from firsthand import claims, reuse
from firsthand.align import align
from firsthand.model import Article, Conflict, ConflictKind, Mention, Story

SAMPLE = 30
SEED = 7
JUDGED = Path(__file__).with_name("conflicts_judged.json")
KINDS: tuple[ConflictKind, ...] = get_args(ConflictKind)


class Judged(TypedDict):
    kind: str
    values: list[str]
    correct: bool
    reason: str


def fingerprint(conflict: Conflict) -> str:
    """Stable across runs and story ids: the kind and both sides' first spans, in sorted order."""
    sides = sorted(
        f"{side.mentions[0].article_id}:{side.mentions[0].start}:{side.mentions[0].end}"
        for side in conflict.sides
    )
    return hashlib.sha1("|".join([conflict.kind, *sides]).encode()).hexdigest()[:12]


def _stories(
    name: str, docs: Iterable[dict[str, object]], story_key: str, outlet_key: str | None
) -> list[tuple[Story, list[Article]]]:
    grouped: dict[str, list[Article]] = defaultdict(list)
    for doc in docs:
        outlet = str(doc[outlet_key]) if outlet_key else str(doc["doc_id"])
        text = str(doc["text"])
        grouped[str(doc[story_key])].append(
            Article(
                id=f"{name}:{doc['doc_id']}",
                source=f"{name}:{doc['doc_id']}",
                outlet=outlet,
                title=str(doc.get("title") or ""),
                text=text,
                published=str(doc["date"]) if doc.get("date") else _data.dateline(text),
            )
        )
    return [
        (Story(id=f"{name}:{key}", title=key, article_ids=[a.id for a in members]), members)
        for key, members in sorted(grouped.items())
        if len(members) > 1
    ]


def _fnc1_docs(split: str) -> list[dict[str, object]]:
    """FNC-1 bodies with their derived claim cluster; bodies carry no outlet, so each is one."""
    bodies = _data.fnc1_bodies(split)
    return [
        {"doc_id": body_id, "text": bodies[body_id], "cluster": cluster}
        for body_id, cluster in sorted(_data.fnc1_clusters(split).items())
    ]


def aligned(stories: list[tuple[Story, list[Article]]]) -> Iterator[tuple[Story, list[Mention]]]:
    """Each story as claims -> reuse -> align leave it, with the mentions it was aligned from."""
    for story, articles in stories:
        mentions = [m for article in articles for m in claims.extract(article)]
        # Without reuse, align counts each outlet as its own origin.
        with contextlib.suppress(NotImplementedError):
            story = reuse.trace(story, articles, mentions)
        yield align(story, articles, mentions), mentions


def run(dataset: str, stories: list[tuple[Story, list[Article]]]) -> list[tuple[str, Conflict]]:
    return [(dataset, conflict) for story, _ in aligned(stories) for conflict in story.conflicts]


def _show(number: int, name: str, conflict: Conflict, verdict: Judged | None) -> None:
    status = "unjudged" if verdict is None else ("correct" if verdict["correct"] else "WRONG")
    print(f"{number:2}. [{name} {conflict.kind}] {fingerprint(conflict)} {status}")
    print(f"    {conflict.explanation}")
    for side in conflict.sides:
        for span in side.mentions[:2]:
            print(f"      {side.value!r} ({span.article_id}): {span.text!r}")
    if verdict is not None:
        print(f"    judged: {verdict['reason']}")
    print()


def _judged(
    conflicts: list[tuple[str, Conflict]], verdicts: dict[str, Judged]
) -> tuple[list[Judged], list[tuple[str, Conflict]]]:
    """The hand judgements of `conflicts` that have one, and the conflicts that have none."""
    judged, unjudged = [], []
    for name, conflict in conflicts:
        verdict = verdicts.get(fingerprint(conflict))
        if verdict is None:
            unjudged.append((name, conflict))
        else:
            judged.append(verdict)
    return judged, unjudged


def _every_conflict(found: list[tuple[str, Conflict]], verdicts: dict[str, Judged]) -> str:
    """How many of all the conflicts found are judged, and correct; shows the unjudged ones."""
    judged, unjudged = _judged(found, verdicts)
    if unjudged:
        print(f"\n{len(unjudged)} conflicts outside the sample not judged yet:\n")
    for number, (name, conflict) in enumerate(unjudged, start=1):
        _show(number, name, conflict, None)
    correct = sum(verdict["correct"] for verdict in judged)
    return f"{len(judged)} judged, {correct} correct" + (
        f", {len(unjudged)} not judged yet" if unjudged else ""
    )


def main() -> None:
    started = time.perf_counter()
    datasets = {
        "ECB+": _stories("ecb", _data.ecbplus_docs(), "cluster_id", None),
        "BASIL": _stories("basil", _data.basil_docs(), "triplet_id", "source"),
        "FNC-1 test": _stories("fnc1", _fnc1_docs("competition_test"), "cluster", None),
    }
    found: list[tuple[str, Conflict]] = []
    for name, stories in datasets.items():
        found += run(name, stories)
    counts = Counter((name, conflict.kind) for name, conflict in found)
    rows = [
        [name, len(datasets[name]), *(counts[(name, kind)] for kind in KINDS)] for name in datasets
    ]
    sample = random.Random(SEED).sample(found, min(SAMPLE, len(found)))
    verdicts = judgements(JUDGED, Judged)
    print(f"Sample of {len(sample)} conflicts to check by hand:\n")
    for number, (name, conflict) in enumerate(sample, start=1):
        _show(number, name, conflict, verdicts.get(fingerprint(conflict)))
    checked, not_checked = _judged(sample, verdicts)
    correct = sum(verdict["correct"] for verdict in checked)
    unjudged = [fingerprint(c) for _, c in not_checked]
    wrong = Counter(verdict["reason"] for verdict in checked if not verdict["correct"])
    hand_check = (
        f"{correct} of {len(checked)} judged correct"
        + (f" ({100 * correct / len(checked):.0f} %)" if checked else "")
        + (f"; wrong: {'; '.join(wrong)}" if wrong else "")
        + (f"; not judged yet: {', '.join(unjudged)}" if unjudged else "")
    )
    print(f"Hand check: {hand_check}")
    everything = _every_conflict(found, verdicts)
    print(f"All conflicts: {everything}")
    publish(
        section="conflicts_sample",
        title="Conflicts found on real stories (ECB+ events, BASIL triplets, FNC-1 claims)",
        headers=["data set", "stories", *KINDS],
        rows=rows,
        notes=(
            f"{len(found)} conflicts in {sum(len(s) for s in datasets.values())} stories, "
            f"{time.perf_counter() - started:.0f} s. Hand check of a random sample of "
            f"{len(sample)} (seed {SEED}), judgements in bench/conflicts_judged.json: "
            f"{hand_check}. All {len(found)} conflicts: {everything}."
        ),
    )


if __name__ == "__main__":
    main()
