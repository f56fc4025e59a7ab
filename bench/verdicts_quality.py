"""FNC-1 stance from claim alignment: headline (a one-sentence article) vs body.

Thresholds are calibrated on a sample of the train split only, then the competition test
split is scored with the official weighted FNC score and per-class F1.

    .venv/bin/python -m bench.verdicts_quality [--train-bodies N]
"""

from __future__ import annotations

import argparse
import itertools
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import numpy.typing as npt

from bench import _data
from bench._report import publish
from firsthand import claims
from firsthand.align.stance import (
    STANCES,
    ClaimAlignment,
    Stance,
    StanceThresholds,
    align_claim,
    stance,
)
from firsthand.embed import embedder
from firsthand.model import Article, Mention
from firsthand.sentences import sentence_spans

BASELINE = 79.53
"""Official FNC-1 baseline (gradient boosting on hand features), % of the maximum score."""
BEST_PUBLISHED = 82.02
"""Best published (Talos, SOLAT in the SWEN), % of the maximum score."""
RELATED = ("agree", "disagree", "discuss")
SEED = 1
"""Fixed sample of train bodies, so calibration is repeatable."""


def fnc_score(gold: Sequence[str], predicted: Sequence[str]) -> tuple[float, float]:
    """The official weighted score and its maximum (scorer.py of FakeNewsChallenge/fnc-1)."""
    score = best = 0.0
    for truth, guess in zip(gold, predicted, strict=True):
        best += 0.25 if truth == "unrelated" else 1.0
        if truth == guess:
            score += 0.25 if truth == "unrelated" else 0.75
        if truth in RELATED and guess in RELATED:
            score += 0.25
    return score, best


def f1(gold: Sequence[str], predicted: Sequence[str], label: str) -> float:
    hits = sum(t == p == label for t, p in zip(gold, predicted, strict=True))
    guessed, actual = predicted.count(label), gold.count(label)
    if not hits:
        return 0.0
    precision, recall = hits / guessed, hits / actual
    return 2 * precision * recall / (precision + recall)


def _sentence_mentions(article: Article) -> list[Mention]:
    """One plain mention per sentence: the fallback while the claims stage is not built."""
    return [
        Mention(
            id=f"{article.id}:{start}",
            article_id=article.id,
            start=start,
            end=end,
            text=article.text[start:end],
        )
        for start, end in sentence_spans(article.text)
    ]


def mentions_of(article: Article) -> tuple[list[Mention], bool]:
    """The claims stage's mentions, or sentence mentions when it is not built (flag False)."""
    try:
        found = claims.extract(article)
    except NotImplementedError:
        return _sentence_mentions(article), False
    return found or _sentence_mentions(article), True


@dataclass
class Split:
    pairs: list[tuple[str, int, str]]
    """(headline, body id, gold stance)."""
    headline: dict[str, Mention]
    articles: dict[int, Article]
    bodies: dict[int, list[Mention]]
    headline_vector: dict[str, npt.NDArray[np.float32]]
    body_vectors: dict[int, npt.NDArray[np.float32]]
    extracted: bool


def _article(article_id: str, text: str) -> Article:
    return Article(
        id=article_id, source=f"fnc1:{article_id}", outlet=article_id, title="", text=text
    )


def headline_mention(article: Article) -> tuple[Mention, bool]:
    found, extracted = mentions_of(article)
    whole = Mention(
        id=f"{article.id}:0",
        article_id=article.id,
        start=0,
        end=len(article.text),
        text=article.text,
    )
    widest = max(found, key=lambda m: m.end - m.start, default=whole)
    # The headline is one claim: keep the typed fields of its widest mention, over all its text.
    return whole.model_copy(
        update={"modality": widest.modality, "negated": widest.negated, "claimant": widest.claimant}
    ), extracted


def load(split: str, body_limit: int | None) -> Split:
    bodies_text = _data.fnc1_bodies(split)
    chosen = sorted(bodies_text)
    if body_limit:
        chosen = sorted(random.Random(SEED).sample(chosen, min(body_limit, len(chosen))))
    keep = set(chosen)
    pairs = [
        (row["Headline"], int(row["Body ID"]), row["Stance"])
        for row in _data.fnc1_stances(split)
        if int(row["Body ID"]) in keep
    ]
    extracted = True
    articles = {body_id: _article(f"body-{body_id}", bodies_text[body_id]) for body_id in chosen}
    bodies: dict[int, list[Mention]] = {}
    for body_id, body in articles.items():
        bodies[body_id], ok = mentions_of(body)
        extracted &= ok
    headline: dict[str, Mention] = {}
    for number, text in enumerate(sorted({h for h, _, _ in pairs})):
        headline[text], ok = headline_mention(_article(f"headline-{number}", text))
        extracted &= ok
    texts = [m.text for h in headline.values() for m in (h,)]
    texts += [m.text for ms in bodies.values() for m in ms]
    vectors = embedder().embed(texts)
    headline_vector = {h: vectors[i] for i, h in enumerate(headline)}
    body_vectors, cursor = {}, len(headline)
    for body_id, found in bodies.items():
        body_vectors[body_id] = vectors[cursor : cursor + len(found)]
        cursor += len(found)
    return Split(pairs, headline, articles, bodies, headline_vector, body_vectors, extracted)


def alignments(data: Split) -> list[ClaimAlignment]:
    """Each pair's headline aligned with its body (independent of the thresholds)."""
    return [
        align_claim(
            data.headline[text],
            data.headline_vector[text],
            data.articles[body_id],
            data.bodies[body_id],
            data.body_vectors[body_id],
        )
        for text, body_id, _ in data.pairs
    ]


def predict(
    data: Split, aligned: Sequence[ClaimAlignment], thresholds: StanceThresholds
) -> list[Stance]:
    return [
        stance(data.headline[text], alignment, thresholds)
        for (text, _, _), alignment in zip(data.pairs, aligned, strict=True)
    ]


def macro_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    return float(np.mean([f1(gold, predicted, label) for label in STANCES]))


def calibrate(data: Split) -> tuple[StanceThresholds, float]:
    """Best thresholds on the train sample: relatedness first, then the stance among related.

    Each step maximises the FNC score, except the debunking cut-off, which maximises macro F1:
    the FNC score pays 0.25 for any related guess, so a 'disagree' right less than half the
    time never pays and the score's best is never to predict it (Hanselowski et al. 2018, 'A
    Retrospective Analysis of the Fake News Challenge', propose macro F1 for this reason).
    """
    gold = [g for _, _, g in data.pairs]
    aligned = alignments(data)

    def fnc(predicted: Sequence[str]) -> float:
        got, best = fnc_score(gold, predicted)
        return got / best

    def macro(predicted: Sequence[str]) -> float:
        return macro_f1(gold, predicted)

    current = StanceThresholds()
    grid: dict[str, list[Any]] = {  # floats, and one count
        "related_cosine": [0.4, 0.45, 0.5, 0.55, 0.6, 0.65],
        "related_coverage": [0.4, 0.5, 0.6, 0.7, 0.8, 1.01],
        "aligned_cosine": [0.4, 0.5, 0.6, 0.7, 0.8],
        "agree_share": [0.3, 0.5, 0.7, 0.9, 1.01],
        "refuting_mentions": [1, 2, 3, 4, 1000],
        "hedged_share": [0.05, 0.1, 0.15, 0.2],
    }
    steps: tuple[tuple[tuple[str, ...], Callable[[Sequence[str]], float]], ...] = (
        (("related_cosine", "related_coverage"), fnc),
        (("refuting_mentions",), macro),
        (("aligned_cosine", "agree_share"), fnc),
        (("hedged_share", "agree_share"), fnc),
        (("aligned_cosine", "hedged_share"), fnc),
        (("refuting_mentions",), macro),
    )
    for names, objective in steps:
        candidates = [
            replace(current, **dict(zip(names, values, strict=True)))
            for values in itertools.product(*(grid[name] for name in names))
        ]
        current = max(candidates, key=lambda t: objective(predict(data, aligned, t)))
    return current, fnc(predict(data, aligned, current))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--train-bodies",
        type=int,
        default=400,
        help="train bodies sampled for calibration (all their pairs)",
    )
    args = parser.parse_args()

    started = time.perf_counter()
    train = load("train", args.train_bodies)
    thresholds, train_score = calibrate(train)
    test = load("competition_test", None)
    gold = [g for _, _, g in test.pairs]
    predicted = predict(test, alignments(test), thresholds)
    got, best = fnc_score(gold, predicted)
    elapsed = time.perf_counter() - started

    rows: list[list[object]] = [
        [
            "firsthand (claim alignment)",
            f"{100 * got / best:.1f}%",
            *(round(f1(gold, predicted, label), 3) for label in STANCES),
            round(macro_f1(gold, predicted), 3),
        ],
        ["official baseline", f"{BASELINE:.1f}%", "", "", "", "", ""],
        ["best published", f"{BEST_PUBLISHED:.1f}%", "", "", "", "", ""],
    ]
    counts = {label: predicted.count(label) for label in STANCES}
    notes = (
        f"competition_test: {len(test.pairs):,} pairs, {len(test.bodies)} bodies. "
        f"Thresholds calibrated on {len(train.pairs):,} train pairs ({len(train.bodies)} bodies; "
        f"train score {100 * train_score:.1f}%): {thresholds}; the debunking cut-off on "
        "macro F1, the others on the FNC score. "
        f"Predicted counts: {counts}. "
        + (
            "Mentions from the claims stage."
            if test.extracted and train.extracted
            else "The claims stage was not built: one plain mention per sentence (no modality, "
            "negation or claimant), so agree/discuss rest on alignment alone."
        )
        + f" Run time {elapsed:.0f} s. "
        + "Read with care: the weighted FNC score rewards the related/unrelated split and the "
        "majority 'discuss' class, so a system that never predicts 'disagree' can beat the "
        "baseline; macro F1 and disagree F1 are the honest measures here, and they are weak."
    )
    publish(
        section="verdicts_quality",
        title="FNC-1 stance from claim alignment (competition test)",
        headers=[
            "system",
            "FNC score",
            "F1 agree",
            "F1 disagree",
            "F1 discuss",
            "F1 unrelated",
            "macro F1",
        ],
        rows=rows,
        notes=notes,
    )


if __name__ == "__main__":
    main()
