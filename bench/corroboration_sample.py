"""How often the verdict 'corroborated' is right on real stories (NewsWCL50, BASIL, ECB+).

Runs claims -> reuse -> align on NewsWCL50 events, BASIL triplets and ECB+ event clusters,
counts the claims judged corroborated (two or more independent origins) and echoed, and prints
a seeded sample of corroborated claims per data set, each with every member mention and the
'same' edges among them (cosine, shared values). Judgements made by hand live in
bench/corroboration_judged.json, keyed by a fingerprint of the sorted member spans (correct:
every member states the same claim; a one-line reason naming the cause).

The sample of a seed is the SAMPLE_PER_SET claims with the smallest sha1(seed, fingerprint):
a claim that appears or disappears changes the sample by that claim only, so the judgements of
the rest stay in it. How the judged draws relate to changes in align:
- the 'same' bars for weak shared values (0.7) and merely compatible figures were set on an
  earlier random draw (the first 35 judgements); seeds 7 and 8 were judged after, held out;
- grouping no longer chains two claims through a mention that holds both, small ordinals
  count as weak, and datelines are no claims; seed 9 was judged after those changes;
- then, with seeds 7-9 in view, the weak-value bar rose to 0.75 and a bare figure no longer
  agrees with one that says what it counts; seed 10 was judged after, held out;
- then claimants, quotes in single marks and datelines' agencies were read better, and
  mentions resting on one claimant became one line of reporting; seed 11 was judged after;
- then more newsroom credits, claimants in appositives and modals in relative clauses were
  read; the four claims that change brought into the samples were judged as they came;
- then denials became conflicts (a denial and what it denies never join), back-references
  ("the site notes") credit the newsroom named before, and scare quotes, denials' claimants
  and past-ability 'could' were read better; the one claim that brought in was judged;
- then hearsay with no named source became one origin, an article repeating what it credits
  stopped corroborating it, small stories paired mentions on their main names, glued
  sentences were split, claimants and modality were read better, and station names,
  republication notes and edition families were read; the five claims that brought in
  were judged as they came;
- then reports called false later became denials, hearsay was read by its noun ('rumours
  that', 'were reported killed'), one figure counting the dead and the hurt became two
  claims, and claimants in tails ('a report in Forbes') were read; the one claim that
  brought in was judged as it came;
- then a quotation came to rest on its named speaker (outlets printing one person's words are
  one line), which left 104 of the judged claims corroborated; the 23 claims it brought into
  the samples were judged as they came (20 right);
- then outlets printing the same words (a quotation, however each names its speaker, or a
  sentence word for word) became one source, and an ordinal inside a name ('the 14th
  Amendment') a weak value; the 30 claims that brought into the samples were judged as they
  came (28 right).
Every judged claim still corroborated is counted too, whichever sample drew it.

    .venv/bin/python -m bench.corroboration_sample [--seed 7 8 ...]
"""

from __future__ import annotations

import argparse
import hashlib
import time
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import TypedDict

from bench import _data
from bench._report import judgements, publish
from bench.conflicts_sample import _stories, aligned
from firsthand.align import values as V
from firsthand.align.match import aligned_values, judge
from firsthand.align.text import same_quote
from firsthand.embed import embedder
from firsthand.model import Claim, Mention, Story

SAMPLE_PER_SET = 10
SEEDS = (7, 8, 9, 10, 11)
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


def sample(claims: list[tuple[Story, Claim]], seed: int) -> list[tuple[Story, Claim]]:
    """The SAMPLE_PER_SET claims whose fingerprints hash lowest under this seed."""

    def rank(item: tuple[Story, Claim]) -> str:
        return hashlib.sha1(f"{seed}:{fingerprint(item[1])}".encode()).hexdigest()

    return sorted(claims, key=rank)[:SAMPLE_PER_SET]


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


def _share(correct: int, checked: int) -> str:
    return f"{100 * correct / checked:.0f} %" if checked else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, nargs="+", default=list(SEEDS))
    seeds: list[int] = parser.parse_args().seed
    started = time.perf_counter()
    datasets = {
        "NewsWCL50": _stories("wcl", _data.newswcl_docs(), "event_id", "outlet"),
        "BASIL": _stories("basil", _data.basil_docs(), "triplet_id", "source"),
        "ECB+": _stories("ecb", _data.ecbplus_docs(), "cluster_id", None),
    }
    verdicts = judgements(JUDGED, Judged)
    rows: list[list[object]] = []
    sampled: dict[int, list[Claim]] = {seed: [] for seed in seeds}
    totals = [0, 0, 0]
    present: set[str] = set()
    number = 0
    for name, stories in datasets.items():
        corroborated: list[tuple[Story, Claim]] = []
        echoed = 0
        by_id: dict[str, Mention] = {}
        for story, mentions in aligned(stories):
            by_id.update((m.id, m) for m in mentions)
            corroborated += [(story, c) for c in story.claims if c.verdict == "corroborated"]
            echoed += sum(c.verdict == "echoed" for c in story.claims)
        present |= {fingerprint(claim) for _, claim in corroborated}
        print(f"{name}: {len(corroborated)} corroborated, {echoed} echoed")
        totals = [
            a + b for a, b in zip(totals, (len(stories), len(corroborated), echoed), strict=True)
        ]
        for seed in seeds:
            drawn = sample(corroborated, seed)
            print(f"sample, seed {seed}:\n")
            for story, claim in drawn:
                number += 1
                _show(number, name, story, claim, by_id, verdicts.get(fingerprint(claim)))
            checked = [
                verdicts[k] for k in map(fingerprint, (c for _, c in drawn)) if k in verdicts
            ]
            correct = sum(verdict["correct"] for verdict in checked)
            rows.append(
                [
                    name,
                    len(stories),
                    len(corroborated),
                    echoed,
                    seed,
                    len(drawn),
                    correct,
                    _share(correct, len(checked)),
                ]
            )
            sampled[seed] += [claim for _, claim in drawn]
    notes = []
    for seed in seeds:
        checked = [verdicts[k] for k in map(fingerprint, sampled[seed]) if k in verdicts]
        correct = sum(verdict["correct"] for verdict in checked)
        rows.append(
            ["all", *totals, seed, len(sampled[seed]), correct, _share(correct, len(checked))]
        )
        # A wrong one's reason opens with its cause ('weak shared value: ...').
        causes = Counter(v["reason"].split(":")[0] for v in checked if not v["correct"])
        unjudged = [fingerprint(c) for c in sampled[seed] if fingerprint(c) not in verdicts]
        notes.append(
            f"seed {seed}: {correct} of {len(checked)} judged correct"
            + (f" ({_share(correct, len(checked))})" if checked else "")
            + (
                "; causes of the wrong ones: "
                + ", ".join(f"{cause} ({count})" for cause, count in causes.most_common())
                if causes
                else ""
            )
            + (f"; not judged yet: {', '.join(unjudged)}" if unjudged else "")
        )
    # Judged claims that align no longer forms (as they were) say what a change removed.
    kept = [verdict["correct"] for key, verdict in verdicts.items() if key in present]
    notes.append(
        f"of all {len(verdicts)} judged claims ({sum(v['correct'] for v in verdicts.values())} "
        f"correct), {len(kept)} are still corroborated ({sum(kept)} correct)"
    )
    hand_check = ". ".join(notes)
    print(f"Hand check: {hand_check}")
    publish(
        section="corroboration_sample",
        title="Precision of 'corroborated' on real stories (NewsWCL50, BASIL, ECB+)",
        headers=[
            "data set",
            "stories",
            "corroborated",
            "echoed",
            "seed",
            "sampled",
            "judged correct",
            "share",
        ],
        rows=rows,
        notes=(
            f"{time.perf_counter() - started:.0f} s. Hand check of {SAMPLE_PER_SET} "
            "corroborated claims per data set and seed (those whose fingerprints hash lowest "
            "under the seed; seed 11 was the last drawn, and the module's docstring says what "
            "changed after each draw); correct = every member mention states the "
            "same claim (same fact, same figure where figures are given). Judgements in "
            f"bench/corroboration_judged.json. {hand_check}."
        ),
    )


if __name__ == "__main__":
    main()
