"""How often the verdict 'corroborated' is right on real stories (NewsWCL50, BASIL, ECB+).

Runs claims -> reuse -> align on NewsWCL50 events, BASIL triplets and ECB+ event clusters,
counts the claims judged corroborated (two or more independent origins) and echoed, and prints
a seeded random sample of corroborated claims (SAMPLE_PER_SET per data set), each with every
member mention and the 'same' edges among them (cosine, shared values). Judgements made by
hand live in bench/corroboration_judged.json, keyed by a fingerprint of the sorted member
spans (correct: every member states the same claim; a one-line reason naming the cause).

    .venv/bin/python -m bench.corroboration_sample
"""

from __future__ import annotations

import hashlib
import json
import random
import time
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import TypedDict

from bench import _data
from bench._report import publish
from bench.conflicts_sample import _stories, aligned
from firsthand.align import values as V
from firsthand.align.match import aligned_values, judge
from firsthand.align.text import same_quote
from firsthand.embed import embedder
from firsthand.model import Claim, Mention, Story

SAMPLE_PER_SET = 10
SEED = 7
JUDGED = Path(__file__).with_name("corroboration_judged.json")


class Judged(TypedDict):
    dataset: str
    story: str
    correct: bool
    reason: str


def fingerprint(claim: Claim) -> str:
    """Stable across runs and story ids: the claim's member spans, sorted."""
    spans = sorted(f"{m.article_id}:{m.start}:{m.end}" for m in claim.mentions)
    return hashlib.sha1("|".join(spans).encode()).hexdigest()[:12]


def judged() -> dict[str, Judged]:
    if not JUDGED.exists():
        return {}
    loaded: dict[str, Judged] = json.loads(JUDGED.read_text(encoding="utf-8"))
    return loaded


def _edges(story: Story, members: list[Mention]) -> list[str]:
    """The 'same' edges among a claim's members, as align's judge scores them: why they grouped."""
    derived = {(d.article_id, d.derived_from) for d in story.derivations}
    vectors = embedder().embed([m.text for m in members])
    lines = []
    for (i, first), (j, second) in combinations(enumerate(members), 2):
        cosine = float(vectors[i] @ vectors[j])
        ends = (first.article_id, second.article_id)
        retold = ends in derived or ends[::-1] in derived
        if judge(first, second, cosine, retold).same is None:
            continue
        evidence = [
            f"{V.shown(a)} {relation} {V.shown(b)} ({a.kind})"
            for a, b, relation in aligned_values(first, second)
        ]
        if first.quote and second.quote and same_quote(first.quote, second.quote):
            evidence.append("same quote")
        lines.append(f"m{i}-m{j} cos {cosine:.2f}: {', '.join(evidence) or 'cosine only'}")
    return lines


def _show(
    number: int,
    name: str,
    story: Story,
    claim: Claim,
    by_id: dict[str, Mention],
    verdict: Judged | None,
) -> None:
    status = "unjudged" if verdict is None else ("correct" if verdict["correct"] else "WRONG")
    print(f"{number:2}. [{name} {story.id}] {fingerprint(claim)} {status}, origins {claim.origins}")
    print(f"    statement: {claim.statement!r}")
    members = [by_id[ref.mention_id] for ref in claim.mentions]
    for index, mention in enumerate(members):
        print(f"    m{index} ({mention.article_id}): {mention.text!r}")
    for line in _edges(story, members):
        print(f"      edge {line}")
    if verdict is not None:
        print(f"    judged: {verdict['reason']}")
    print()


def main() -> None:
    started = time.perf_counter()
    datasets = {
        "NewsWCL50": _stories("wcl", _data.newswcl_docs(), "event_id", "outlet"),
        "BASIL": _stories("basil", _data.basil_docs(), "triplet_id", "source"),
        "ECB+": _stories("ecb", _data.ecbplus_docs(), "cluster_id", None),
    }
    verdicts = judged()
    rows: list[list[object]] = []
    sampled: list[tuple[str, Claim]] = []
    number = 0
    for name, stories in datasets.items():
        corroborated: list[tuple[Story, Claim]] = []
        echoed = 0
        by_id: dict[str, Mention] = {}
        for story, mentions in aligned(stories):
            by_id.update((m.id, m) for m in mentions)
            corroborated += [(story, c) for c in story.claims if c.verdict == "corroborated"]
            echoed += sum(c.verdict == "echoed" for c in story.claims)
        sample = random.Random(SEED).sample(corroborated, min(SAMPLE_PER_SET, len(corroborated)))
        print(f"{name}: {len(corroborated)} corroborated, {echoed} echoed; sample:\n")
        for story, claim in sample:
            number += 1
            _show(number, name, story, claim, by_id, verdicts.get(fingerprint(claim)))
        checked = [verdicts[k] for k in map(fingerprint, (c for _, c in sample)) if k in verdicts]
        correct = sum(verdict["correct"] for verdict in checked)
        rows.append(
            [
                name,
                len(stories),
                len(corroborated),
                echoed,
                len(sample),
                correct,
                f"{100 * correct / len(checked):.0f} %" if checked else "-",
            ]
        )
        sampled += [(name, claim) for _, claim in sample]
    checked = [verdicts[k] for k in map(fingerprint, (c for _, c in sampled)) if k in verdicts]
    correct = sum(verdict["correct"] for verdict in checked)
    rows.append(
        [
            "all",
            *(sum(int(str(row[column])) for row in rows) for column in range(1, 5)),
            correct,
            f"{100 * correct / len(checked):.0f} %" if checked else "-",
        ]
    )
    # A wrong one's reason opens with its cause ('weak shared value: ...').
    causes = Counter(v["reason"].split(":")[0] for v in checked if not v["correct"])
    unjudged = [fingerprint(c) for _, c in sampled if fingerprint(c) not in verdicts]
    hand_check = (
        f"{correct} of {len(checked)} judged correct"
        + (f" ({100 * correct / len(checked):.0f} %)" if checked else "")
        + (
            "; causes of the wrong ones: "
            + ", ".join(f"{cause} ({count})" for cause, count in causes.most_common())
            if causes
            else ""
        )
        + (f"; not judged yet: {', '.join(unjudged)}" if unjudged else "")
    )
    print(f"Hand check: {hand_check}")
    publish(
        section="corroboration_sample",
        title="Precision of 'corroborated' on real stories (NewsWCL50, BASIL, ECB+)",
        headers=[
            "data set",
            "stories",
            "corroborated",
            "echoed",
            "sampled",
            "judged correct",
            "share",
        ],
        rows=rows,
        notes=(
            f"{time.perf_counter() - started:.0f} s. Hand check of a random sample of "
            f"{len(sampled)} corroborated claims ({SAMPLE_PER_SET} per data set, seed {SEED}); "
            "correct = every member mention states the same claim (same fact, same figure "
            "where figures are given). Judgements in bench/corroboration_judged.json: "
            f"{hand_check}."
        ),
    )


if __name__ == "__main__":
    main()
