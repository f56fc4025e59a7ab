"""Quality of the ILO forced-labour lens.

1. Precision and recall per indicator on the hand-labelled sentences
   (tests/lenses/labelled_sentences.yaml): the shipped classifier's nested leave-one-split-out
   figures
   (recorded with its weights by bench/lens_train.py), against the cue matcher that user
   lenses get; and both on the blind sentences (tests/lenses/blind_sentences.yaml), which
   neither training nor tuning ever read. Denials must never count as evidence.
2. False positives on the articles of ../shared/data (news that is not about forced labour):
   sentences tagged per 100 articles on the half the classifier never trained on, and on all.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from bench import _data
from bench._report import publish
from firsthand.lenses import Lens, load, matcher_for
from firsthand.lenses.matcher import IndicatorMatch
from firsthand.lenses.trained import load_weights
from firsthand.sentences import sentence_spans

LABELLED = Path(__file__).resolve().parents[1] / "tests" / "lenses" / "labelled_sentences.yaml"
BLIND = LABELLED.with_name("blind_sentences.yaml")
LENS = "ilo-forced-labour"
SPLIT_ROLES = {
    "test": (
        "held out, though in the second round of issue #7 its regressions were read twice, "
        "and two cue changes and one near miss were kept or dropped on that evidence"
    ),
    "test2": (
        "written blind and measured once before the recall work of issue #7 (P 0.806, R 0.453),"
        " then studied in that work"
    ),
    "test3": (
        "written blind by a separate writer from the ILO indicator names alone, after the "
        "recall work of issue #7, and measured once (P 0.859, R 0.635, 2 denials counted as "
        "evidence), then studied in its second round"
    ),
    "test4": (
        "written blind by another separate writer from the ILO indicator names alone, during "
        "the second recall round of issue #7; first (blind) score P 0.859, R 0.604, 1 denial "
        "counted as evidence; then trained on by the classifier round"
    ),
    "dev": "looked at while tuning",
    "test6": (
        "written blind by a sixth writer from the ILO indicator names alone, during the clause "
        "round of issue #7; first (blind) score with the sentence-only classifier P 0.886, "
        "R 0.415, 2 denials counted as evidence; then trained on"
    ),
    "test7": (
        "written blind by a seventh writer from the ILO indicator names alone, during the "
        "clause round of issue #7; first (blind) score with the sentence-only classifier "
        "P 0.868, R 0.430, 3 denials counted as evidence; then trained on"
    ),
    "test11": (
        "written blind by an eleventh writer from the ILO indicator names alone, as training "
        "data on 2026-11-24 (wire-service and investigative reporting); first (blind) score with "
        "the blend shipped before it P 0.883, R 0.552, 2 denials counted as evidence (cue "
        "matcher P 0.769, R 0.521); then trained on"
    ),
    "test12": (
        "written blind by a twelfth writer from the ILO indicator names alone, as training data "
        "on 2026-11-24 (understated European and North American reporting: inspectors, "
        "tribunals, audits); first (blind) score with the blend shipped before it P 0.922, "
        "R 0.490, 1 denial counted as evidence (cue matcher P 0.917, R 0.458); then trained on"
    ),
    "test5": (
        "written blind by a fifth writer from the ILO indicator names alone, with abuse mostly "
        "implied by its consequence; never trained or tuned on, scored once with both matchers; "
        "the single-model classifier scored P 0.938 R 0.375, and the blend that replaced it, "
        "scored once on 2026-11-24, P 0.946 R 0.442"
    ),
    "test8": (
        "written blind by an eighth writer from the ILO indicator names alone (court, "
        "supply-chain and feature reporting, abuse shown through a detail); never trained or "
        "tuned on; scored once on 2026-11-23 with three classifiers: five training splits "
        "P 0.877 R 0.570, seven splits with a news budget of 0.08 tags per 100 articles P 0.892 "
        "R 0.580, and the shipped seven splits with 0.04 P 0.902 R 0.550 (chosen for the "
        "held-out false-positive aim, not on this split); on 2026-11-24 the blend of the "
        "single model and the gated model (shipped on its nested leave-one-split-out figures, "
        "not on this split) replaced it and scored P 0.934 R 0.570"
    ),
    "test9": (
        "written by a ninth writer from the ILO indicator names alone as training data "
        "(translated and regional reporting, abuse shown through its consequence); scored "
        "blind once on 2026-11-24 by the shipped blend, P 0.841 R 0.558; a blend retrained "
        "with it was not shipped, so it stays blind"
    ),
    "test10": (
        "written by a tenth writer from the ILO indicator names alone as training data (long "
        "court, audit and disclosure sentences with several indicators); scored blind once on "
        "2026-11-24 by the shipped blend, P 0.951 R 0.554; a blend retrained with it was not "
        "shipped, so it stays blind"
    ),
}
SPLITS = ("dev", "test", "test2", "test3", "test4", "test6", "test7", "test11", "test12")
"""The splits of LABELLED: the classifier's training data."""
NEW_WRITERS = ("test4", "test6", "test7", "test11", "test12")
"""The splits whose writers the cues and examples never studied: the stand-in for new text."""
BLIND_SPLITS = ("test5", "test8", "test9", "test10")
"""The splits of BLIND: never trained or tuned on."""
REPORTED_SPLITS = ("test12", "test11", "test7", "test6", "test4", "test3", "test", "test2", "dev")


@dataclass(frozen=True)
class Labelled:
    text: str
    indicators: frozenset[str]
    denies: frozenset[str]
    split: str
    source: str


def _read_labelled(path: Path, splits: Sequence[str]) -> list[Labelled]:
    items = []
    for number, raw in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")), 1):
        if raw.get("split") not in splits:
            raise ValueError(f"{path}: item {number}: split must be one of {splits}")
        items.append(
            Labelled(
                text=raw["text"],
                indicators=frozenset(raw.get("indicators") or ()),
                denies=frozenset(raw.get("denies") or ()),
                split=raw["split"],
                source=raw.get("source", "written"),
            )
        )
    return items


def labelled_sentences(split: str | None = None) -> list[Labelled]:
    """The hand-labelled training set, optionally one split (see SPLITS)."""
    items = _read_labelled(LABELLED, SPLITS)
    return [item for item in items if split is None or item.split == split]


def blind_sentences() -> list[Labelled]:
    """The blind splits (BLIND_SPLITS): scored only, never read by training or tuning."""
    return _read_labelled(BLIND, BLIND_SPLITS)


def match_labelled(lens: Lens, items: Sequence[Labelled]) -> list[list[IndicatorMatch]]:
    """Each sentence matched on its own, as if its article passed the lens's context gate."""
    return matcher_for(lens).match([item.text for item in items], [True] * len(items))


@dataclass
class Scores:
    true_positive: Counter[str] = field(default_factory=Counter)
    false_positive: Counter[str] = field(default_factory=Counter)
    false_negative: Counter[str] = field(default_factory=Counter)
    denials_as_evidence: int = 0
    denials_flagged: int = 0
    denials_total: int = 0

    def precision(self, indicator: str | None = None) -> float:
        tp, fp = self._counts(indicator)[:2]
        return tp / (tp + fp) if tp + fp else 1.0

    def recall(self, indicator: str | None = None) -> float:
        tp, _, fn = self._counts(indicator)
        return tp / (tp + fn) if tp + fn else 1.0

    def _counts(self, indicator: str | None) -> tuple[int, int, int]:
        if indicator is None:
            return (
                sum(self.true_positive.values()),
                sum(self.false_positive.values()),
                sum(self.false_negative.values()),
            )
        return (
            self.true_positive[indicator],
            self.false_positive[indicator],
            self.false_negative[indicator],
        )


def score(items: Sequence[Labelled], matches: Sequence[list[IndicatorMatch]]) -> Scores:
    scores = Scores()
    for item, found in zip(items, matches, strict=True):
        tagged = {m.indicator for m in found if not m.denied}
        flagged = {m.indicator for m in found if m.denied}
        for indicator in tagged & item.indicators:
            scores.true_positive[indicator] += 1
        for indicator in tagged - item.indicators:
            scores.false_positive[indicator] += 1
        for indicator in item.indicators - tagged:
            scores.false_negative[indicator] += 1
        scores.denials_total += len(item.denies)
        scores.denials_as_evidence += len(item.denies & tagged)
        scores.denials_flagged += len(item.denies & flagged)
    return scores


def is_held_out_news(doc_id: str) -> bool:
    """The fixed half of ../shared/data (by doc id hash) the lens classifier never trains on."""
    return hashlib.sha256(doc_id.encode()).digest()[0] % 2 == 1


def scores_of(counts: dict[str, Any]) -> Scores:
    """A split's stored counts back as Scores."""
    scores = Scores()
    scores.true_positive.update(counts["true_positive"])
    scores.false_positive.update(counts["false_positive"])
    scores.false_negative.update(counts["false_negative"])
    as_evidence, flagged, total = counts["denials"]
    scores.denials_as_evidence, scores.denials_flagged, scores.denials_total = (
        as_evidence,
        flagged,
        total,
    )
    return scores


def shared_articles() -> Iterator[tuple[str, str]]:
    """(doc id, text) of every article in ../shared/data."""
    for doc in _data.ecbplus_docs():
        yield f"ecbplus:{doc['doc_id']}", doc["text"]
    for doc in _data.basil_docs():
        yield f"basil:{doc['doc_id']}", doc["text"]
    for doc in _data.newswcl_docs():
        yield f"newswcl50:{doc['doc_id']}", doc["text"]
    for split in ("train", "competition_test"):
        for body_id, text in _data.fnc1_bodies(split).items():
            yield f"fnc1-{split}:{body_id}", text


@dataclass
class FalsePositiveRun:
    articles: int
    sentences: int
    in_context: int
    candidates: int
    tagged: list[tuple[str, str]]
    denied: int
    seconds: float


def false_positives(lens: Lens, articles: Sequence[tuple[str, str]]) -> FalsePositiveRun:
    """Runs the lens over every sentence of `articles`; any evidence found is a false positive."""
    matcher = matcher_for(lens)
    started = time.perf_counter()
    texts: list[str] = []
    owners: list[str] = []
    relevant: list[bool] = []
    for doc_id, text in articles:
        in_context = lens.in_context(text)
        for start, end in sentence_spans(text):
            texts.append(text[start:end])
            owners.append(doc_id)
            relevant.append(in_context)
    candidates = sum(
        1 for text, ok in zip(texts, relevant, strict=True) if ok and matcher.candidates(text)
    )
    found = matcher.match(texts, relevant)
    seconds = time.perf_counter() - started
    tagged = [(owners[i], m.indicator) for i, ms in enumerate(found) for m in ms if not m.denied]
    return FalsePositiveRun(
        articles=len(articles),
        sentences=len(texts),
        in_context=sum(relevant),
        candidates=candidates,
        tagged=tagged,
        denied=sum(1 for ms in found for m in ms if m.denied),
        seconds=seconds,
    )


def pooled(scores: Iterable[Scores]) -> Scores:
    """The counts of several score sets added up (micro-averaged P and R)."""
    total = Scores()
    for one in scores:
        total.true_positive += one.true_positive
        total.false_positive += one.false_positive
        total.false_negative += one.false_negative
        total.denials_as_evidence += one.denials_as_evidence
        total.denials_flagged += one.denials_flagged
        total.denials_total += one.denials_total
    return total


def _positives(items: Sequence[Labelled], indicator_id: str | None) -> int:
    """Positive labels among `items`: of one indicator, or of all (None)."""
    return sum(
        len(item.indicators) if indicator_id is None else indicator_id in item.indicators
        for item in items
    )


def _denials(scores: dict[str, Scores]) -> str:
    return "; ".join(
        f"{split} {s.denials_as_evidence} of {s.denials_total} counted as evidence "
        f"({s.denials_flagged} flagged as denials)"
        for split, s in scores.items()
    )


def _false_positive_notes(lens: Lens) -> list[str]:
    articles = list(shared_articles())
    run = false_positives(lens, articles)
    held_out = {doc for doc, _ in articles if is_held_out_news(doc)}
    held_out_tags = [(doc, ind) for doc, ind in run.tagged if doc in held_out]
    per_indicator = Counter(indicator for _, indicator in run.tagged)
    return [
        f"False positives on the held-out half of ../shared/data (never trained on): "
        f"{len(held_out_tags)} tagged sentences in {len(held_out):,} articles = "
        f"**{100 * len(held_out_tags) / len(held_out):.2f} per 100 articles**. On all of it "
        f"(the other half gave the classifier's hard negatives): {len(run.tagged)} in "
        f"{run.articles:,} articles = **{100 * len(run.tagged) / run.articles:.2f} per 100 "
        f"articles** ({len({doc for doc, _ in run.tagged})} articles; "
        + ", ".join(f"{k} {v}" for k, v in per_indicator.most_common())
        + f"). {run.sentences:,} sentences, {run.in_context:,} in articles about work and "
        f"scored; {run.denied} denials; {run.seconds:.1f} s including sentence splitting and "
        "embedding (the pipeline has embedded them already in reuse).",
        "Tagged: " + ", ".join(f"{doc} ({ind})" for doc, ind in run.tagged),
    ]


def main() -> None:
    lens = load(LENS)
    weights = load_weights(LENS)
    splits = {split: labelled_sentences(split) for split in REPORTED_SPLITS}
    loso = {
        split: scores_of(counts) for split, counts in weights.report["leave_one_split_out"].items()
    }
    cue_lens = replace(lens, trained=False)
    cue = {split: score(items, match_labelled(cue_lens, items)) for split, items in splits.items()}
    trained = {split: score(items, match_labelled(lens, items)) for split, items in splits.items()}
    blind = blind_sentences()
    blind_splits = {
        split: [item for item in blind if item.split == split] for split in BLIND_SPLITS
    }
    blind_classifier = {
        split: score(items, match_labelled(lens, items)) for split, items in blind_splits.items()
    }
    blind_cue = {
        split: score(items, match_labelled(cue_lens, items))
        for split, items in blind_splits.items()
    }
    blind_name = " + ".join(BLIND_SPLITS) + " blind"
    columns = {
        f"classifier, {blind_name}": pooled(blind_classifier.values()),
        f"cue matcher, {blind_name}": pooled(blind_cue.values()),
        "classifier, leave-one-split-out": pooled(loso.values()),
        "cue matcher, all splits": pooled(cue.values()),
    }
    training = [item for items in splits.values() for item in items]
    rows: list[list[object]] = []
    for indicator_id, label in [(i.id, i.label) for i in lens.indicators] + [
        (None, "**all (micro)**")
    ]:
        rows.append(
            [label, _positives(training, indicator_id), _positives(blind, indicator_id)]
            + [
                cell
                for scores in columns.values()
                for cell in (scores.precision(indicator_id), scores.recall(indicator_id))
            ]
        )
    settings = weights.report["settings"]
    news = weights.report["news_out_of_fold"]
    choices = weights.report["choices"]
    new_writers = pooled(loso[split] for split in NEW_WRITERS)
    notes = [
        "The built-in lens blends two classifiers per indicator (firsthand.lenses.trained): a "
        "logistic regression over the MiniLM sentence vector, cue features and the sentence's "
        "words (stems and adjacent pairs of a vocabulary fitted on the labelled sentences), and "
        "a gate (about forced labour at all?) times an indicator model that also reads the "
        "nearest labelled sentences and the same words. They are trained by "
        "`python -m bench.lens_train` on every labelled split, the lens's examples and near "
        "misses, and "
        f"{settings['news_sentences']:,} sentences of the training half of ../shared/data as "
        f"hard negatives. The blind figures pool {' and '.join(BLIND_SPLITS)} "
        "(tests/lenses/blind_sentences.yaml): writers "
        "who never saw the cues, examples or earlier splits, and sentences that neither "
        "training nor tuning ever read. Leave-one-split-out is nested: it scores each training "
        "split by models trained without it, with the blend weight, precision aim and thresholds "
        "chosen on the other splits only; the splits come from different writers, "
        "but the cues and examples were tuned on dev, test, test2 and test3, which flatters "
        f"both matchers there; {', '.join(NEW_WRITERS)} come from writers the cues never "
        "studied. "
        "The cue matcher (what user lenses get) is scored on the same "
        "sentences; its first blind score on test4 was P 0.859, R 0.604. Two further new "
        "writers' sets, test9 (translated and regional reporting) and test10 (long court, audit "
        "and disclosure sentences), were written as training data on 2026-11-24 and first "
        "scored blind by this classifier: P 0.841 R 0.558 and P 0.951 R 0.554. A blend "
        "retrained with them scored nested leave-one-split-out P 0.902 R 0.497 over the five "
        "new writers' splits, under that blind recall, so it was not shipped and they joined "
        "the blind splits. Two more, test11 (wire-service and investigative reporting) and "
        "test12 (understated European and North American reporting), were written on "
        "2026-11-24 and first scored blind by the blend trained on seven splits (P 0.883 "
        "R 0.552 and P 0.922 R 0.490); retrained on nine splits with them and on today's "
        "sentence splitter, the blend scores nested P 0.898 R 0.510 on test4, test6 and test7 "
        "(0.890 / 0.500 retrained on seven), so it was shipped. On 2026-11-25 both models "
        "learned to weigh the sentence's words as well: with the blend weight and precision "
        "aim held at 0.7 and 0.94 for both, nested new-writer recall rose from 0.494 to 0.560 "
        "(precision 0.902 and 0.891; the words' scale, 40, was chosen on those same figures, "
        "20 gave 0.888 / 0.556); that blend, trained by the full procedure, scored blind P "
        "0.924 R 0.555 (the blend before it: P 0.928 R 0.503 with today's embedder). Then the "
        "account model (denials told without a denial word) learned the words too: at the same "
        "fixed weight and aim, nested new-writer P 0.891 -> 0.908, R 0.560 -> 0.570, denials "
        "counted as evidence 11 -> 5 of 122 (the gate reading the words gained 1.0 point of "
        "recall, under the 1.5 set beforehand, and was not kept); that blend, trained by the "
        "full procedure, scored blind P 0.925 R 0.583. Then every indicator over its threshold "
        "was kept (a sentence had dropped those more than 0.3 in probability below its best; "
        "at blend 0.5 and aim 0.92, nested new-writer R 0.599 -> 0.626, P 0.912 -> 0.902) and "
        "the nested choice could aim as low as 0.90 (it chose 0.90, blend 0.4: nested new "
        "writers P 0.913 -> 0.907, R 0.589 -> 0.601); that blend was shipped, and these blind "
        "figures are its own, scored once after that decision.",
        "Splits: "
        + "; ".join(
            f"{split} ({SPLIT_ROLES[split]}): {len(items)} sentences, "
            f"{sum(1 for i in items if i.indicators)} with an indicator, "
            f"{sum(1 for i in items if i.source != 'written')} real sentences from ../shared/data"
            for split, items in [*splits.items(), *blind_splits.items()]
        )
        + ".",
        "Classifier nested leave-one-split-out per split (with the blend weight and precision "
        "aim chosen on the other splits): "
        + "; ".join(
            f"{split} P {s.precision():.3f} R {s.recall():.3f} ({choice[0]}, {choice[1]})"
            for (split, s), choice in zip(loso.items(), choices.values(), strict=True)
        )
        + f"; the new writers' splits ({', '.join(NEW_WRITERS)}) pooled P "
        f"{new_writers.precision():.3f} R {new_writers.recall():.3f}. Shipped: blend weight "
        f"{settings['blend']}, precision aim {settings['precision_target']}"
        + f". Out-of-fold news tags on the training half: {news['tags']} in "
        f"{news['articles']:,} articles. In-sample (the shipped weights on their own training "
        "splits, not a measure): "
        + "; ".join(
            f"{split} P {s.precision():.3f} R {s.recall():.3f}" for split, s in trained.items()
        )
        + ".",
        "Denials, classifier leave-one-split-out: "
        + _denials(loso)
        + ". Shipped classifier: "
        + _denials(trained)
        + ". Cue matcher: "
        + _denials(cue)
        + ". Blind, classifier: "
        + _denials(blind_classifier)
        + "; cue matcher: "
        + _denials(blind_cue)
        + ".",
        "Blind per split, classifier: "
        + "; ".join(
            f"{split} P {s.precision():.3f} R {s.recall():.3f}"
            for split, s in blind_classifier.items()
        )
        + "; cue matcher: "
        + "; ".join(
            f"{split} P {s.precision():.3f} R {s.recall():.3f}" for split, s in blind_cue.items()
        )
        + ".",
    ]
    if _data.available():
        notes += _false_positive_notes(lens)
    else:
        notes.append("../shared/data not found: false-positive run skipped.")
    publish(
        section="lens_quality",
        title="Lens quality: ILO forced-labour indicators",
        headers=["indicator", "n (training splits)", f"n ({blind_name})"]
        + [f"{column} ({name})" for name in columns for column in ("P", "R")],
        rows=rows,
        notes="\n\n".join(notes),
    )


if __name__ == "__main__":
    main()
