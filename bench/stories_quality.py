"""Story grouping quality: B-cubed P/R/F1, ARI and NMI against gold groupings in ../shared/data.

    python -m bench.stories_quality               # score every set, write docs/benchmarks.md
    python -m bench.stories_quality --calibrate   # refit weights and thresholds, print them
    python -m bench.stories_quality --lone        # the hard case with a lone report, printed

Calibration split: FNC-1 train bodies and the odd-numbered ECB+ topics. Everything else
(even ECB+ topics, BASIL, NewsWCL50, FNC-1 test bodies) is held out; the table says which.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import random
import time
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from bench import _data
from bench._report import publish
from firsthand.embed import embedder
from firsthand.model import Article
from firsthand.stories import group
from firsthand.stories import index as story_index
from firsthand.stories.index import Level, candidate_features


@dataclass
class Labelled:
    name: str
    articles: list[Article]
    gold: dict[str, str]
    level: Level = "event"
    held_out: bool = True


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a predicted grouping against the gold one."""
    if set(predicted) != set(gold):
        raise ValueError("predicted and gold groupings cover different items")
    predicted_members: dict[str, set[str]] = defaultdict(set)
    gold_members: dict[str, set[str]] = defaultdict(set)
    for item, label in predicted.items():
        predicted_members[label].add(item)
    for item, label in gold.items():
        gold_members[label].add(item)
    precision = recall = 0.0
    for item in gold:
        shared = len(predicted_members[predicted[item]] & gold_members[gold[item]])
        precision += shared / len(predicted_members[predicted[item]])
        recall += shared / len(gold_members[gold[item]])
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def ari_nmi(predicted: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float]:
    """Adjusted Rand index and normalised mutual information (arithmetic mean)."""
    items = sorted(gold)
    cells = Counter((predicted[i], gold[i]) for i in items)
    rows = Counter(predicted[i] for i in items)
    cols = Counter(gold[i] for i in items)
    n = len(items)

    def pairs(count: int) -> float:
        return count * (count - 1) / 2

    index = sum(pairs(c) for c in cells.values())
    row_pairs, col_pairs = (
        sum(pairs(c) for c in rows.values()),
        sum(pairs(c) for c in cols.values()),
    )
    expected = row_pairs * col_pairs / pairs(n)
    maximum = (row_pairs + col_pairs) / 2
    ari = (index - expected) / (maximum - expected) if maximum != expected else 1.0
    mutual = sum(c / n * math.log(n * c / (rows[r] * cols[g])) for (r, g), c in cells.items())

    def entropy(counts: Counter[str]) -> float:
        return -sum(c / n * math.log(c / n) for c in counts.values())

    denominator = (entropy(rows) + entropy(cols)) / 2
    return ari, mutual / denominator if denominator else 1.0


def datasets() -> list[Labelled]:
    ecb = _data.ecbplus_articles()
    sets = []
    for parity, held_out in ((1, False), (0, True)):
        part = [(a, d) for a, d in ecb if d["topic"] % 2 == parity]
        label = "odd" if parity else "even"
        articles = [a for a, _ in part]
        sets.append(
            Labelled(
                f"ECB+ {label} topics, event",
                articles,
                {a.id: d["cluster_id"] for a, d in part},
                held_out=held_out,
            )
        )
        sets.append(
            Labelled(
                f"ECB+ {label} topics, topic",
                articles,
                {a.id: str(d["topic"]) for a, d in part},
                "topic",
                held_out,
            )
        )
    for dates in (True, False):
        basil = _data.basil_articles(dates=dates)
        sets.append(
            Labelled(
                "BASIL" + ("" if dates else ", dates hidden"),
                [a for a, _ in basil],
                {a.id: d["triplet_id"] for a, d in basil},
            )
        )
    wcl = _data.newswcl_articles()
    sets.append(
        Labelled("NewsWCL50", [a for a, _ in wcl], {a.id: str(d["event_id"]) for a, d in wcl})
    )
    for split, held_out in (("train", False), ("competition_test", True)):
        fnc = _data.fnc1_articles(split)
        sets.append(
            Labelled(
                f"FNC-1 {split} bodies",
                [a for a, _ in fnc],
                {a.id: c for a, c in fnc},
                held_out=held_out,
            )
        )
    return sets


SMALL_CORPUS_TOPICS = 4
TOPIC_CENTROIDS = (0.0, 1.0, 2.0, 3.0)
"""Weights of the lead-centroid cosine tried for topics (0: plain average linkage)."""


def small_corpora(labelled: Labelled) -> list[Labelled]:
    """The set cut into corpora of SMALL_CORPUS_TOPICS consecutive gold groups each.

    Term weights depend on the corpus (a topic's words are rarer among 20 topics than among
    4), so a topic threshold that only suits one corpus size is a poor one.
    """
    labels = sorted(set(labelled.gold.values()), key=lambda label: (len(label), label))
    parts = []
    for start in range(0, len(labels) - SMALL_CORPUS_TOPICS + 1, SMALL_CORPUS_TOPICS):
        kept = set(labels[start : start + SMALL_CORPUS_TOPICS])
        articles = [a for a in labelled.articles if labelled.gold[a.id] in kept]
        gold = {a.id: labelled.gold[a.id] for a in articles}
        parts.append(dataclasses.replace(labelled, articles=articles, gold=gold))
    return parts


def evaluate(sets: Sequence[Labelled], embeddings: bool) -> list[list[object]]:
    rows: list[list[object]] = []
    for labelled in sets:
        if embeddings:
            embedder().forget()  # each row embeds its own leads: its seconds stand alone
        started = time.perf_counter()
        stories = group(labelled.articles, level=labelled.level, embeddings=embeddings)
        seconds = time.perf_counter() - started
        predicted = {article_id: s.id for s in stories for article_id in s.article_ids}
        rows.append(
            _scored_row(
                labelled.name,
                embeddings,
                labelled.held_out,
                (predicted, labelled.gold),
                len(stories),
                seconds,
            )
        )
        print(*rows[-1], sep=" | ", flush=True)
    return rows


LONE_SEEDS = (1, 2, 3)


def lone_reports(labelled: Labelled, embeddings: bool) -> tuple[int, int]:
    """Lone reports that share a story with the other, same-kind event of their ECB+ topic,
    and all lone reports tried.

    Each corpus keeps one event of every topic whole and one random article of the other (both
    roles, LONE_SEEDS seeds). The event rows never test this: there every event has about ten
    articles, which form a group of their own that a report of that event joins first, so a
    looser merge rule can look harmless there and still join a lone report to the wrong event.
    """
    events: dict[str, list[Article]] = defaultdict(list)
    for article in labelled.articles:
        events[labelled.gold[article.id]].append(article)
    topics: dict[str, list[str]] = defaultdict(list)
    for event in sorted(events):
        topics[event.split("_")[0]].append(event)  # cluster ids are <topic>_<subtopic>
    joined = tried = 0
    for role in (0, 1):
        for seed in LONE_SEEDS:
            rng = random.Random(seed)
            articles: list[Article] = []
            whole_of: dict[str, str] = {}
            for pair in topics.values():
                if len(pair) != 2:
                    continue
                articles += events[pair[1 - role]]
                lone = rng.choice(events[pair[role]])
                articles.append(lone)
                whole_of[lone.id] = pair[1 - role]
            for story in group(articles, embeddings=embeddings):
                golds = {labelled.gold[article_id] for article_id in story.article_ids}
                for article_id in whole_of.keys() & set(story.article_ids):
                    joined += whole_of[article_id] in golds
            tried += len(whole_of)
    return joined, tried


def merged_f1(rows: Sequence[Sequence[object]], first: str, second: str) -> str:
    """F1 over the union of two halves, weighted by their article counts."""
    picked = [r for r in rows if r[0] in (first, second) and r[1] == "on"]
    total = sum(int(str(r[3])) for r in picked)
    f1 = sum(float(str(r[8])) * int(str(r[3])) for r in picked) / total
    return f"{f1:.3f}"


def fit_logistic(
    features: npt.NDArray[np.float64], labels: npt.NDArray[np.bool_]
) -> npt.NDArray[np.float64]:
    """Weights (then bias) of an L2-regularised logistic regression, by Newton's method."""
    design = np.hstack([features, np.ones((len(features), 1))])
    weights = np.zeros(design.shape[1])
    target = labels.astype(np.float64)
    for _ in range(30):
        probability = 1 / (1 + np.exp(-design @ weights))
        gradient = design.T @ (probability - target) + 1e-3 * weights
        hessian = (design * (probability * (1 - probability))[:, None]).T @ design
        weights -= np.linalg.solve(hessian + 1e-3 * np.eye(len(weights)), gradient)
    return weights


def calibrate(sets: Sequence[Labelled], embeddings: bool) -> None:
    """Fits the pair weights on calibration pairs, then each level's threshold for B-cubed F1
    (for topics, the mean of the whole sets' F1 and that of their small corpora, with the
    weight of the lead-centroid cosine on a grid of its own)."""
    calibration = [s for s in sets if not s.held_out]
    features, labels = [], []
    for labelled in calibration:
        if labelled.level != "event":
            continue
        pairs, found = candidate_features(labelled.articles, embeddings=embeddings)
        features.append(found.astype(np.float64))
        labels.append(np.array([labelled.gold[a] == labelled.gold[b] for a, b in pairs]))
    weights = fit_logistic(np.vstack(features), np.concatenate(labels))
    print("logistic weights (terms, names, lead, bias):", np.round(weights, 3))
    fitted = dataclasses.replace(
        story_index.CALIBRATIONS[embeddings],
        terms=float(weights[0]),
        names=float(weights[1]),
        lead=float(weights[2]) if embeddings else 0.0,
    )
    for level in ("event", "topic"):
        scored = [s for s in calibration if s.level == level]
        parts = [part for s in scored for part in small_corpora(s)] if level == "topic" else []
        # topics merge whole events over a shorter range, so their grid is finer
        thresholds = np.arange(-1.0, 8.01, 0.25) if level == "event" else np.arange(0.0, 3.01, 0.1)
        centroids = TOPIC_CENTROIDS if level == "topic" and embeddings else (fitted.centroid,)
        best: tuple[float, float, float] = (-1.0, 0.0, 0.0)
        for centroid in centroids:
            for threshold in thresholds:
                story_index.CALIBRATIONS[embeddings] = dataclasses.replace(
                    fitted, centroid=centroid, **{level: float(threshold)}
                )
                f1 = float(np.mean([_f1(s, embeddings) for s in scored]))
                if parts:
                    # topics: the whole sets and their small corpora count half each
                    f1 = (f1 + float(np.mean([_f1(s, embeddings) for s in parts]))) / 2
                print(
                    f"{level} threshold {threshold:.2f} centroid {centroid:.1f}: "
                    f"mean B-cubed F1 {f1:.3f}",
                    flush=True,
                )
                best = max(best, (f1, float(threshold), centroid))
        fitted = dataclasses.replace(fitted, centroid=best[2], **{level: best[1]})
        print(f"best {level} threshold {best[1]:.2f}, centroid {best[2]:.1f} (F1 {best[0]:.3f})")
    print(fitted)


ONE_STORY_MIN = 5
"""Bodies a claim cluster needs to be scored as a corpus of its own."""
ONE_STORY_SPLITS = ("train", "competition_test")


def one_story_corpora(split: str, embeddings: bool) -> list[object]:
    """The FNC-1 claim clusters of `split` grouped each on its own, as a journalist loads one
    story's coverage: every split of a cluster costs recall (precision is 1 by construction).
    Term weights then come from one story's articles only. The train clusters are calibration
    data, the competition-test clusters held out."""
    clusters: dict[str, list[Article]] = defaultdict(list)
    for article, cluster in _data.fnc1_articles(split):
        clusters[cluster].append(article)
    chosen = {c: articles for c, articles in clusters.items() if len(articles) >= ONE_STORY_MIN}
    predicted, gold, stories = {}, {}, 0
    started = time.perf_counter()
    for cluster, articles in sorted(chosen.items()):
        grouped = group(articles, embeddings=embeddings)
        stories += len(grouped)
        for story in grouped:
            for article_id in story.article_ids:
                predicted[article_id] = f"{cluster}:{story.id}"
                gold[article_id] = cluster
    seconds = time.perf_counter() - started
    name = f"FNC-1 {split} clusters, each alone (>= {ONE_STORY_MIN} bodies)"
    held_out = split != "train"
    return _scored_row(name, embeddings, held_out, (predicted, gold), stories, seconds)


def _scored_row(
    name: str,
    embeddings: bool,
    held_out: bool,
    grouping: tuple[Mapping[str, str], Mapping[str, str]],
    stories: int,
    seconds: float,
) -> list[object]:
    """A table row: the set, its mode, its split, sizes, B-cubed, ARI, NMI and seconds."""
    predicted, gold = grouping
    precision, recall, f1 = bcubed(predicted, gold)
    ari, nmi = ari_nmi(predicted, gold)
    return [
        name,
        "on" if embeddings else "off",
        "held out" if held_out else "calibration",
        len(gold),
        len(set(gold.values())),
        stories,
        precision,
        recall,
        f1,
        ari,
        nmi,
        seconds,
    ]


def _f1(labelled: Labelled, embeddings: bool) -> float:
    stories = group(labelled.articles, level=labelled.level, embeddings=embeddings)
    predicted = {article_id: s.id for s in stories for article_id in s.article_ids}
    return bcubed(predicted, labelled.gold)[2]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--calibrate", action="store_true")
    parser.add_argument("--lone", action="store_true", help="only the lone-report hard case")
    parser.add_argument("--no-embeddings", action="store_true")
    parser.add_argument("--only", default="", help="score only sets whose name contains this")
    args = parser.parse_args(argv)
    embeddings = not args.no_embeddings
    sets = [s for s in datasets() if args.only in s.name]
    if args.calibrate:
        calibrate(sets, embeddings)
        return
    if args.lone:
        for labelled in sets:
            if labelled.name.startswith("ECB+") and labelled.level == "event":
                joined, tried = lone_reports(labelled, embeddings)
                print(f"{labelled.name}: {joined} of {tried} lone reports joined the other event")
        return
    rows = evaluate(sets, embeddings)
    if args.only or args.no_embeddings:
        return
    rows += [one_story_corpora(split, embeddings) for split in ONE_STORY_SPLITS]
    rows += evaluate(sets, embeddings=False)
    rows += [one_story_corpora(split, embeddings=False) for split in ONE_STORY_SPLITS]
    ecb_event = merged_f1(rows, "ECB+ odd topics, event", "ECB+ even topics, event")
    ecb_topic = merged_f1(rows, "ECB+ odd topics, topic", "ECB+ even topics, topic")
    small = {
        (s.held_out, on): np.mean([_f1(part, on) for part in small_corpora(s)])
        for s in sets
        if s.level == "topic"
        for on in (True, False)
    }
    publish(
        section="stories_quality",
        title="Story grouping quality (B-cubed)",
        headers=[
            "set",
            "lead embeddings",
            "split",
            "articles",
            "gold groups",
            "stories",
            "B3 P",
            "B3 R",
            "B3 F1",
            "ARI",
            "NMI",
            "seconds",
        ],
        rows=rows,
        notes=f"""
`firsthand.stories.group` run separately on each set (ECB+ halves each as one corpus), with
lead embeddings (the default) and without (`embeddings=False`, each mode with its own
calibration). Pair weights were fitted by logistic regression
on candidate pairs of the calibration rows (odd ECB+ topics, FNC-1 train bodies) and the
merge thresholds chosen there for B-cubed F1 (`--calibrate`); all other rows are held out.
Near copies within a corpus share one lead embedding (see the speed section).
"event" rows are scored against ECB+ sub-topics (two same-type events per topic), "topic"
rows run `group(level="topic")`, which groups events first and then merges whole events by
average linkage less a weight times the cosine of their mean lead vectors (weight chosen with
the threshold), and are scored against the 43 topics. ECB+ all topics,
article-weighted, embeddings on: event F1 {ecb_event}, topic F1 {ecb_topic}. Term weights
depend on the corpus, so the topic threshold is chosen for the mean of the whole odd half's F1
and that of its {SMALL_CORPUS_TOPICS}-topic corpora (1, 3, 5, 7; 9, 11, ...). Mean topic F1 of
{SMALL_CORPUS_TOPICS}-topic corpora, embeddings on / off: odd topics (calibration)
{small[(False, True)]:.3f} / {small[(False, False)]:.3f}, even topics (held out)
{small[(True, True)]:.3f} / {small[(True, False)]:.3f}. ECB+ and
NewsWCL50 carry no dates; BASIL is scored with and without its dates. FNC-1 clusters are
derived (connected components of headline/body stance links), so they are a noisy reference.
The "each alone" rows group every FNC-1 cluster of {ONE_STORY_MIN} or more bodies as a corpus
of its own, as a journalist loads one story's coverage (train clusters: calibration,
competition-test clusters: held out). One story's own words are common in such a corpus, so
its document frequencies are blended with a background rate from MiniLM's frequency-ordered
vocabulary (`BACKGROUND_DOCUMENTS` in stories/index.py; README, Limits).
Aims: ECB+ topic F1 >= 0.95, ECB+ event F1 >= 0.85, BASIL F1 >= 0.90.
""",
    )


if __name__ == "__main__":
    main()
