"""Trains the ILO lens's classifier: `python -m bench.lens_train` writes
src/firsthand/lenses/data/ilo-forced-labour.npz (see firsthand.lenses.trained).

It lives in bench/, not in the package: it needs scikit-learn (a dev dependency), the labelled
sentences under tests/ and the news in ../shared/data, none of which an installed firsthand has.

Training data, per indicator (a sentence is positive when it speaks of the indicator, as
evidence or as a denial: telling the two apart is the denial rules' job, see `trained`):
  - the labelled sentences of every split (tests/lenses/labelled_sentences.yaml);
  - the lens YAML's examples (positive for their indicator, negative for the others) and its
    near misses (negative for all);
  - hard negatives: every sentence of the training half of ../shared/data (split by doc id
    hash, see bench.lens_quality.is_held_out_news) whose article passes the lens's context gate,
    as at run time, minus sentences that are also in the labelled file.

Evaluation is leave-one-split-out: the splits come from different writers (dev, test and test2
from the project, test3, test4, test6 and test7 each from a separate writer), so a held-out
split is the best stand-in for a new writer. The decision threshold of each indicator is
chosen inside the training folds only (nested leave-one-split-out), as the lowest logit at
which the out-of-fold labelled precision reaches PRECISION_TARGET and the out-of-fold news tags
stay within NEWS_TAGS_PER_100; the shipped thresholds come from the same procedure over all splits.
The news sentences are split into as many hash groups as there are splits, each leaving with
the split of the same number, so out-of-fold news tags are honest too.

The account model (denials told without a denial word, see firsthand.lenses.trained) learns
denial sentences against evidence sentences; its threshold lets at most EVIDENCE_LOST of the
evidence, out of fold, be read as denials.

Everything is deterministic (lbfgs, no sampling): a rerun gives the same weights and, as the
.npz entries carry a fixed date, the same file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from bench import _data
from bench.lens_quality import (
    LABELLED,
    LENS,
    SPLITS,
    Labelled,
    is_held_out_news,
    labelled_sentences,
    pooled,
    score,
    scores_of,
    shared_articles,
)
from firsthand.embed import embedder
from firsthand.lenses import Lens, load
from firsthand.lenses.definition import builtin_text
from firsthand.lenses.matcher import IndicatorMatch, LensMatcher
from firsthand.lenses.trained import (
    Weights,
    decide,
    denial_inputs,
    features,
    sha256_text,
    tagged_matches,
)
from firsthand.sentences import sentence_spans

Floats = npt.NDArray[np.float64]
Embed = Callable[[Sequence[str]], npt.NDArray[np.float32]]

REGULARISATION = 0.05  # sklearn's C on standardised features: strong, the positives are few
POSITIVE_WEIGHT = 4.0  # a positive counts as this many labelled negatives
NEWS_WEIGHT = 20.0  # all news negatives together weigh this many times the other negatives
PRECISION_TARGET = 0.92  # out-of-fold, a little above the aim of 0.9 that new text must meet
# per indicator per 100 news articles; 0.08 let 1.07 per 100 through on the held-out half
NEWS_TAGS_PER_100 = 0.04
EVIDENCE_LOST = 0.02  # share of evidence sentences the account model may read as denials
SECONDARY_GAP = 0.3  # probability: see firsthand.lenses.trained.decide
ALWAYS_TRAINED = -1  # fold of the lens's own examples and near misses
WEIGHTS = (
    Path(__file__).resolve().parents[1] / "src" / "firsthand" / "lenses" / "data" / f"{LENS}.npz"
)


@dataclass
class TrainingSet:
    texts: list[str]
    vectors: npt.NDArray[np.float32]
    features: Floats  # sentences x indicators x CUE_FEATURES
    topic: npt.NDArray[np.bool_]  # sentences x indicators: evidence or denial of it
    account_inputs: Floats  # see firsthand.lenses.trained.denial_inputs
    account: npt.NDArray[np.int64]  # 1 a denial, 0 evidence, -1 neither (not trained on)
    fold: npt.NDArray[np.int64]  # ALWAYS_TRAINED, or the split / news hash group
    news: npt.NDArray[np.bool_]
    labelled: list[Labelled | None]  # the labelled item of each row, if any
    news_articles: int  # articles (in context or not) in the training half


def news_fold(doc_id: str) -> int:
    """A fixed hash group 0..4 of a news document, independent of the held-out half's hash."""
    return hashlib.sha256(f"fold:{doc_id}".encode()).digest()[0] % len(SPLITS)


def training_news(lens: Lens, labelled: set[str]) -> tuple[list[tuple[str, int]], int]:
    """(sentence, fold) of the training half's articles about work, and its article count."""
    sentences: dict[str, int] = {}
    articles = 0
    for doc_id, text in shared_articles():
        if is_held_out_news(doc_id):
            continue
        articles += 1
        if not lens.in_context(text):
            continue
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            if sentence not in labelled:
                sentences.setdefault(sentence, news_fold(doc_id))
    return list(sentences.items()), articles


def build(lens: Lens, embed: Embed) -> TrainingSet:
    indicator_ids = [i.id for i in lens.indicators]
    column = {indicator: k for k, indicator in enumerate(indicator_ids)}
    items = labelled_sentences()
    news, news_articles = training_news(lens, {item.text for item in items})
    texts: list[str] = []
    folds: list[int] = []
    topics: list[set[str]] = []
    accounts: list[int] = []
    labelled: list[Labelled | None] = []

    def add(text: str, fold: int, names: set[str], account: int, item: Labelled | None) -> None:
        texts.append(text)
        folds.append(fold)
        topics.append(names)
        accounts.append(account)
        labelled.append(item)

    for item in items:
        # A sentence that both evidences one indicator and denies another teaches neither.
        account = -1 if item.indicators and item.denies else int(bool(item.denies))
        add(item.text, SPLITS.index(item.split), set(item.indicators | item.denies), account, item)
    for indicator in lens.indicators:
        for sentence in indicator.examples:
            add(sentence, ALWAYS_TRAINED, {indicator.id}, 0, None)
        for sentence in indicator.negatives:
            add(sentence, ALWAYS_TRAINED, set(), -1, None)
    first_news = len(texts)
    for sentence, fold in news:
        add(sentence, fold, set(), -1, None)
    vectors = embed(texts)
    topic = np.zeros((len(texts), len(indicator_ids)), dtype=bool)
    for row, names in enumerate(topics):
        topic[row, [column[name] for name in names]] = True
    return TrainingSet(
        texts=texts,
        vectors=vectors,
        features=features(LensMatcher(lens).indicators, texts, vectors),
        topic=topic,
        account_inputs=denial_inputs(lens, texts, vectors),
        account=np.array(accounts, dtype=np.int64),
        fold=np.array(folds, dtype=np.int64),
        news=np.arange(len(texts)) >= first_news,
        labelled=labelled,
        news_articles=news_articles,
    )


@dataclass(frozen=True)
class Model:
    """One indicator's regression on unscaled features: logit = x @ weights + bias."""

    weights: Floats  # DIMENSIONS + len(CUE_FEATURES)
    bias: float

    def logits(self, inputs: Floats) -> Floats:
        return inputs @ self.weights + self.bias


def inputs_of(data: TrainingSet, k: int) -> Floats:
    """The regression inputs for indicator k: the sentence vector, then its cue features."""
    return np.hstack([data.vectors.astype(np.float64), data.features[:, k, :]])


def _regression(
    inputs: Floats,
    labels: npt.NDArray[np.bool_],
    sample_weight: Floats | None = None,
    class_weight: str | None = None,
) -> Model:
    """A logistic regression on standardised inputs, with the scaling folded into the weights
    so that inference stays a single dot product on unscaled inputs."""
    scaler = StandardScaler().fit(inputs)
    regression = LogisticRegression(C=REGULARISATION, max_iter=2000, class_weight=class_weight)
    regression.fit(scaler.transform(inputs), labels, sample_weight=sample_weight)
    weights = regression.coef_[0] / scaler.scale_
    return Model(weights=weights, bias=float(regression.intercept_[0] - weights @ scaler.mean_))


def fit(inputs: Floats, positive: npt.NDArray[np.bool_], news: npt.NDArray[np.bool_]) -> Model:
    weight = np.where(positive, POSITIVE_WEIGHT, 1.0)
    other_negatives = np.sum(~positive & ~news)
    if news.any():
        weight[news] = NEWS_WEIGHT * other_negatives / news.sum()
    return _regression(inputs, positive, sample_weight=weight)


def fit_account(inputs: Floats, denial: npt.NDArray[np.bool_]) -> Model:
    """The account model: denials against evidence, classes weighted equally."""
    return _regression(inputs, denial, class_weight="balanced")


def account_threshold(data: TrainingSet, folds: Sequence[int]) -> float:
    """The lowest logit at which at most EVIDENCE_LOST of the evidence sentences of `folds`,
    scored out of fold, would be read as accounts (denials)."""
    usable = np.isin(data.fold, [*folds, ALWAYS_TRAINED]) & (data.account >= 0)
    evidence_logits: list[float] = []
    for fold in folds:
        train = usable & (data.fold != fold)
        model = fit_account(data.account_inputs[train], data.account[train] == 1)
        held_out = usable & (data.fold == fold) & (data.account == 0)
        evidence_logits += list(model.logits(data.account_inputs[held_out]))
    ranked = sorted(evidence_logits, reverse=True)
    allowed = int(EVIDENCE_LOST * len(ranked))
    return float(np.nextafter(ranked[allowed], np.inf))


def account_flags(
    data: TrainingSet, train: npt.NDArray[np.bool_], threshold: float
) -> npt.NDArray[np.bool_]:
    """Every row's account flag from a model fitted on the `train` rows."""
    rows = train & (data.account >= 0)
    model = fit_account(data.account_inputs[rows], data.account[rows] == 1)
    return np.asarray(model.logits(data.account_inputs) >= threshold)


def threshold_from(
    logits: Floats,
    positive: npt.NDArray[np.bool_],
    news: npt.NDArray[np.bool_],
    news_articles: int,
) -> float:
    """The lowest logit at which the labelled precision reaches PRECISION_TARGET and the news
    tags stay within NEWS_TAGS_PER_100, from out-of-fold logits."""
    news_budget = NEWS_TAGS_PER_100 * news_articles / 100
    candidates = np.unique(logits[positive])
    for threshold in candidates:
        tagged = logits >= threshold
        true_positives = np.sum(tagged & positive)
        labelled_negatives = np.sum(tagged & ~positive & ~news)
        news_tags = np.sum(tagged & news)
        precision = true_positives / max(true_positives + labelled_negatives, 1)
        if precision >= PRECISION_TARGET and news_tags <= news_budget:
            return float(threshold)
    return float(candidates[-1]) + 1.0 if len(candidates) else 0.0


def out_of_fold_logits(data: TrainingSet, folds: Sequence[int], k: int) -> Floats:
    """Logits for the rows of `folds`, each from a model trained without its fold (rows of
    other folds, and the always-trained lens sentences, are nan)."""
    inputs = inputs_of(data, k)
    result = np.full(len(data.texts), np.nan)
    usable = np.isin(data.fold, [*folds, ALWAYS_TRAINED])
    for fold in folds:
        train = usable & (data.fold != fold)
        model = fit(inputs[train], data.topic[train, k], data.news[train])
        held_out = data.fold == fold
        result[held_out] = model.logits(inputs[held_out])
    return result


def choose_threshold(data: TrainingSet, folds: Sequence[int], k: int) -> float:
    """A threshold for indicator k from leave-one-fold-out over `folds` only."""
    logits = out_of_fold_logits(data, folds, k)
    rows = np.isin(data.fold, folds)
    news_share = len(folds) / len(SPLITS)
    return threshold_from(
        logits[rows],
        data.topic[rows, k],
        data.news[rows],
        round(data.news_articles * news_share),
    )


def leave_one_split_out(
    data: TrainingSet, indicators: int
) -> tuple[Floats, Floats, npt.NDArray[np.bool_]]:
    """Outer leave-one-split-out logits for every labelled and news row, the thresholds each
    outer fold chose from its own training splits (folds x indicators), and account flags."""
    logits = np.full((len(data.texts), indicators), np.nan)
    thresholds = np.zeros((len(SPLITS), indicators))
    accounts = np.zeros(len(data.texts), dtype=bool)
    every = list(range(len(SPLITS)))
    for fold in every:
        inner = [f for f in every if f != fold]
        usable = data.fold != fold
        held_out = data.fold == fold
        for k in range(indicators):
            inputs = inputs_of(data, k)
            model = fit(inputs[usable], data.topic[usable, k], data.news[usable])
            logits[held_out, k] = model.logits(inputs[held_out])
            thresholds[fold, k] = choose_threshold(data, inner, k)
        flags = account_flags(data, usable, account_threshold(data, inner))
        accounts[held_out] = flags[held_out]
    return logits, thresholds, accounts


def matches_of(
    lens: Lens,
    data: TrainingSet,
    rows: Sequence[int],
    logits: Floats,
    thresholds: Floats,
    accounts: npt.NDArray[np.bool_],
) -> list[list[IndicatorMatch]]:
    """What the runtime would tag and deny for `rows`, from out-of-fold logits and flags."""
    texts = [data.texts[row] for row in rows]
    tagged = decide(logits[rows], thresholds, SECONDARY_GAP)
    return tagged_matches(lens, texts, tagged, accounts[rows])


def evaluation(
    lens: Lens,
    data: TrainingSet,
    logits: Floats,
    fold_thresholds: Floats,
    accounts: npt.NDArray[np.bool_],
) -> dict[str, Any]:
    """The leave-one-split-out figures as counts (bench/lens_quality turns them into P/R)."""
    rows = [row for row, item in enumerate(data.labelled) if item is not None]
    per_split: dict[str, dict[str, Any]] = {}
    for fold, split in enumerate(SPLITS):
        in_split = [row for row in rows if data.fold[row] == fold]
        items = [item for item in (data.labelled[row] for row in in_split) if item is not None]
        found = matches_of(lens, data, in_split, logits, fold_thresholds[fold], accounts)
        scores = score(items, found)
        per_split[split] = {
            "true_positive": dict(scores.true_positive),
            "false_positive": dict(scores.false_positive),
            "false_negative": dict(scores.false_negative),
            "denials": [scores.denials_as_evidence, scores.denials_flagged, scores.denials_total],
        }
    news_tags = 0
    for fold in range(len(SPLITS)):
        in_fold = [int(row) for row in np.flatnonzero(data.news & (data.fold == fold))]
        found = matches_of(lens, data, in_fold, logits, fold_thresholds[fold], accounts)
        news_tags += sum(1 for matches in found for m in matches if not m.denied)
    return {
        "leave_one_split_out": per_split,
        "news_out_of_fold": {"tags": news_tags, "articles": data.news_articles},
        "settings": {
            "regularisation": REGULARISATION,
            "positive_weight": POSITIVE_WEIGHT,
            "news_weight": NEWS_WEIGHT,
            "precision_target": PRECISION_TARGET,
            "news_tags_per_100": NEWS_TAGS_PER_100,
            "secondary_gap": SECONDARY_GAP,
            "evidence_lost": EVIDENCE_LOST,
            "training_sentences": len(data.texts),
            "news_sentences": int(data.news.sum()),
        },
    }


def train(lens: Lens, data: TrainingSet) -> Weights:
    indicators = len(lens.indicators)
    logits, fold_thresholds, accounts = leave_one_split_out(data, indicators)
    every = list(range(len(SPLITS)))
    models = [fit(inputs_of(data, k), data.topic[:, k], data.news) for k in range(indicators)]
    trained = data.account >= 0
    account = fit_account(data.account_inputs[trained], data.account[trained] == 1)
    dimensions = data.vectors.shape[1]
    return Weights(
        indicators=tuple(i.id for i in lens.indicators),
        vector=np.array([model.weights[:dimensions] for model in models]),
        cue=np.array([model.weights[dimensions:] for model in models]),
        bias=np.array([model.bias for model in models]),
        threshold=np.array([choose_threshold(data, every, k) for k in range(indicators)]),
        account=account.weights,
        account_bias=account.bias,
        account_threshold=account_threshold(data, every),
        secondary_gap=SECONDARY_GAP,
        lens_sha256=sha256_text(builtin_text(lens.name)),
        labelled_sha256=sha256_text(LABELLED.read_text(encoding="utf-8")),
        report=evaluation(lens, data, logits, fold_thresholds, accounts),
    )


def main() -> None:
    if not _data.available():
        raise SystemExit("../shared/data not found: its news are the hard negatives")
    lens = load(LENS)
    weights = train(lens, build(lens, embedder().embed))
    WEIGHTS.write_bytes(weights.to_bytes())
    per_split = {
        split: scores_of(counts) for split, counts in weights.report["leave_one_split_out"].items()
    }
    for split, scores in per_split.items():
        print(f"{split}: leave-one-split-out P {scores.precision():.3f} R {scores.recall():.3f}")
    total = pooled(per_split.values())
    print(f"all: leave-one-split-out P {total.precision():.3f} R {total.recall():.3f}")
    print(f"wrote {WEIGHTS}")


if __name__ == "__main__":
    main()
