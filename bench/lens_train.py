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
The single model and the gate learn from all of it; the gated model's indicator part from the
labelled sentences and the lens's sentences only. Its neighbour features come from labelled
sentences of other splits only (another writer's), as a new writer's sentence at run time has
no neighbours of its own. The vocabulary of the term weights (both indicator models' and the
account model's) is fitted on the training rows' labelled and lens sentences only (terms in at
least MIN_SENTENCES of them), so a held-out split's own words stay unknown, as a new writer's
would.

Evaluation is nested leave-one-split-out: the splits come from different writers (dev, test and
test2 from the project, test3, test4, test6, test7, test11 and test12 each from a separate
writer), so a held-out split is the best stand-in for a new writer. Each outer split is scored
by models trained without it, with a blend weight (BLEND_WEIGHTS) and a precision aim
(PRECISION_TARGETS) chosen by leave-one-split-out over the other splits only (`choose`), and
per-indicator thresholds from those splits' out-of-fold logits: the lowest logit at which the
labelled precision reaches the aim and the news tags stay within NEWS_TAGS_PER_100. The shipped
weight, aim and thresholds come from the same procedure over all splits. The news sentences are
split into as many hash groups as there are splits, each leaving with the split of the same
number, so out-of-fold news tags are honest too.

The account model (denials told without a denial word, see firsthand.lenses.trained) learns
denial sentences against evidence sentences, from their vectors and terms; its threshold lets
at most EVIDENCE_LOST of the evidence, out of fold, be read as denials.

Everything is deterministic (lbfgs, no sampling): a rerun gives the same weights and, as the
.npz entries carry a fixed date, the same file.
"""

from __future__ import annotations

import hashlib
import itertools
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from bench import _data
from bench.lens_quality import (
    LABELLED,
    LENS,
    NEW_WRITERS,
    SPLITS,
    Labelled,
    Scores,
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
    CUE_FEATURES,
    NEIGHBOUR_FEATURES,
    Weights,
    decide,
    denial_inputs,
    features,
    gated_logits,
    lexical_features,
    lexical_terms,
    neighbour_features,
    sha256_text,
    tagged_matches,
)
from firsthand.sentences import sentence_spans

Floats = npt.NDArray[np.float64]
Embed = Callable[[Sequence[str]], npt.NDArray[np.float32]]

REGULARISATION = 0.05  # sklearn's C on standardised features: strong, the positives are few
POSITIVE_WEIGHT = 4.0  # a positive counts as this many labelled negatives
NEWS_WEIGHT = 20.0  # all news negatives together weigh this many times the other negatives
PRECISION_AIM = 0.9  # what new text must meet
# Out-of-fold precision the thresholds aim at, from PRECISION_AIM up (chosen by `choose`, which
# keeps an aim only if the held-out new writers' precision still reaches PRECISION_AIM)
PRECISION_TARGETS = (0.90, 0.91, 0.92, 0.93, 0.94, 0.95)
BLEND_WEIGHTS = (0.3, 0.4, 0.5, 0.6, 0.7)  # the single model's share (chosen by `choose`)
# per indicator per 100 news articles; 0.08 let 1.07 per 100 through on the held-out half
NEWS_TAGS_PER_100 = 0.04
# The lexical features' scale against the standardised dense inputs: a sentence's terms have
# unit length in all, so each alone is much smaller than one standardised input; the scale lets
# a telling word earn a weight under the same regularisation (nested leave-one-split-out at
# blend weight 0.7 and aim 0.94, new writers: R 0.494 without terms, 0.502 at scale 3, 0.556
# at 20, 0.560 at 40)
LEXICAL_SCALE = 40.0
MIN_SENTENCES = 2  # a term seen in one training sentence is that sentence's, not a pattern
EVIDENCE_LOST = 0.02  # share of evidence sentences the account model may read as denials
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
    """A fixed hash group (one per split) of a news document, independent of the held-out
    half's hash."""
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


Mask = npt.NDArray[np.bool_]
Rows = npt.NDArray[np.intp]


@dataclass(frozen=True)
class Model:
    """One regression on unscaled features: logit = x @ weights + terms @ lexical + bias."""

    weights: Floats
    bias: float
    lexical: Floats  # empty for a model that does not read the terms

    def logits(self, inputs: Floats, terms: sparse.csr_matrix | None = None) -> Floats:
        dense: Floats = inputs @ self.weights + self.bias
        return dense if terms is None else dense + terms @ self.lexical


def fit_vocabulary(texts: Sequence[str]) -> dict[str, int]:
    """term -> column, for the terms of at least MIN_SENTENCES of `texts`."""
    counts = Counter(term for text in texts for term in lexical_terms(text))
    kept = sorted(term for term, count in counts.items() if count >= MIN_SENTENCES)
    return {term: column for column, term in enumerate(kept)}


def single_inputs(data: TrainingSet, k: int, rows: Rows) -> Floats:
    """The single model's inputs for indicator k: the sentence vector, then its cue features."""
    return np.hstack([data.vectors[rows].astype(np.float64), data.features[rows, k, :]])


def gate_inputs(data: TrainingSet, rows: Rows) -> Floats:
    """The gate's inputs: the sentence vector, then every indicator's cue features."""
    cues = data.features[rows].reshape(len(rows), -1)
    return np.hstack([data.vectors[rows].astype(np.float64), cues])


def indicator_inputs(data: TrainingSet, k: int, rows: Rows, neighbours: Floats) -> Floats:
    """The gated model's indicator inputs: the single model's, then the neighbour features."""
    return np.hstack([single_inputs(data, k, rows), neighbours[:, k, :]])


def _regression(
    inputs: Floats,
    labels: npt.NDArray[np.bool_],
    sample_weight: Floats | None = None,
    class_weight: str | None = None,
    terms: sparse.csr_matrix | None = None,
) -> Model:
    """A logistic regression on standardised inputs (and the terms times LEXICAL_SCALE), with
    the scaling folded into the weights so that inference stays dot products on unscaled
    inputs."""
    scaler = StandardScaler().fit(inputs)
    scaled = scaler.transform(inputs)
    regression = LogisticRegression(C=REGULARISATION, max_iter=2000, class_weight=class_weight)
    if terms is None:
        regression.fit(scaled, labels, sample_weight=sample_weight)
    else:
        wide = sparse.hstack([sparse.csr_matrix(scaled), terms * LEXICAL_SCALE], format="csr")
        regression.fit(wide, labels, sample_weight=sample_weight)
    dense = inputs.shape[1]
    weights = regression.coef_[0][:dense] / scaler.scale_
    return Model(
        weights=weights,
        bias=float(regression.intercept_[0] - weights @ scaler.mean_),
        lexical=regression.coef_[0][dense:] * LEXICAL_SCALE,
    )


def fit(
    inputs: Floats, positive: Mask, news: Mask, terms: sparse.csr_matrix | None = None
) -> Model:
    weight = np.where(positive, POSITIVE_WEIGHT, 1.0)
    other_negatives = np.sum(~positive & ~news)
    if news.any():
        weight[news] = NEWS_WEIGHT * other_negatives / news.sum()
    return _regression(inputs, positive, sample_weight=weight, terms=terms)


def fit_account(inputs: Floats, denial: Mask, terms: sparse.csr_matrix) -> Model:
    """The account model: denials against evidence, classes weighted equally. It reads the
    terms too, as the indicator models do: without them, nested leave-one-split-out (blend 0.7,
    aim 0.94) read 11 of 122 denials as evidence, with them 5 (new writers 9 -> 5 of 86; their
    R 0.560 -> 0.570, P 0.891 -> 0.908)."""
    return _regression(inputs, denial, class_weight="balanced", terms=terms)


def known_terms(data: TrainingSet, train: Mask) -> tuple[dict[str, int], sparse.csr_matrix]:
    """The vocabulary fitted on the `train` rows' labelled and lens sentences (not the news),
    and every row's lexical features over it."""
    vocabulary = fit_vocabulary([data.texts[row] for row in np.flatnonzero(train & ~data.news)])
    return vocabulary, lexical_features(vocabulary, data.texts)


class Neighbours:
    """The neighbour features of training rows (see firsthand.lenses.trained): a row's
    neighbours are the labelled sentences among the fitted rows, from other splits than its own."""

    def __init__(self, data: TrainingSet) -> None:
        self.pool = np.flatnonzero([item is not None for item in data.labelled])
        self.pool_fold = data.fold[self.pool]
        self.pool_topic = data.topic[self.pool]
        self.vectors = data.vectors[self.pool].astype(np.float16)
        # float16 as shipped, so that training sees the cosines the runtime will
        self.similarities = data.vectors.astype(np.float64) @ self.vectors.astype(np.float64).T
        self.row_fold = data.fold

    def features(self, rows: Rows, train: Mask) -> Floats:
        """rows x indicators x NEIGHBOUR_FEATURES, neighbours from the `train` rows."""
        result = np.zeros((len(rows), self.pool_topic.shape[1], len(NEIGHBOUR_FEATURES)))
        available = train[self.pool]
        row_folds = self.row_fold[rows]
        for fold in np.unique(row_folds):
            same = row_folds == fold
            columns = available & (self.pool_fold != fold)
            result[same] = neighbour_features(
                self.similarities[np.ix_(rows[same], columns)], self.pool_topic[columns]
            )
        return result


@dataclass(frozen=True)
class Blend:
    """The blend's models (see firsthand.lenses.trained), fitted on the `train` rows."""

    single: list[Model]
    gate: Model
    indicator: list[Model]
    train: Mask
    vocabulary: dict[str, int]
    terms: sparse.csr_matrix  # every row's lexical features over `vocabulary`

    def parts(self, data: TrainingSet, neighbours: Neighbours, rows: Rows) -> tuple[Floats, Floats]:
        """The single and the gated model's logits of `rows` (rows x indicators)."""
        near = neighbours.features(rows, self.train)
        terms = self.terms[rows]
        single = np.column_stack(
            [
                model.logits(single_inputs(data, k, rows), terms)
                for k, model in enumerate(self.single)
            ]
        )
        indicator = np.column_stack(
            [
                model.logits(indicator_inputs(data, k, rows, near), terms)
                for k, model in enumerate(self.indicator)
            ]
        )
        return single, gated_logits(self.gate.logits(gate_inputs(data, rows)), indicator)


def fit_blend(data: TrainingSet, neighbours: Neighbours, train: Mask) -> Blend:
    indicators = data.topic.shape[1]
    rows = np.flatnonzero(train)
    sentences = np.flatnonzero(train & ~data.news)
    vocabulary, terms = known_terms(data, train)
    single = [
        fit(single_inputs(data, k, rows), data.topic[rows, k], data.news[rows], terms[rows])
        for k in range(indicators)
    ]
    about_forced_labour = np.asarray(data.topic[rows].any(axis=1))
    gate = fit(gate_inputs(data, rows), about_forced_labour, data.news[rows])
    near = neighbours.features(sentences, train)
    no_news = np.zeros(len(sentences), dtype=bool)
    indicator = [
        fit(
            indicator_inputs(data, k, sentences, near),
            data.topic[sentences, k],
            no_news,
            terms[sentences],
        )
        for k in range(indicators)
    ]
    return Blend(
        single=single,
        gate=gate,
        indicator=indicator,
        train=train,
        vocabulary=vocabulary,
        terms=terms,
    )


class OutOfFold:
    """The single and gated logits of the rows of left-out splits, from the blend fitted
    without them, for every set of up to three left-out splits: nested leave-one-split-out
    chooses thresholds (third level) for the choice of weight and aim (second) of each
    outer split (first)."""

    def __init__(self, data: TrainingSet, neighbours: Neighbours) -> None:
        self.fold = data.fold
        self.parts: dict[frozenset[int], tuple[Rows, Floats, Floats]] = {}
        for size in (1, 2, 3):
            for left_out in itertools.combinations(range(len(SPLITS)), size):
                rows = np.flatnonzero(np.isin(data.fold, left_out))
                blend = fit_blend(data, neighbours, ~np.isin(data.fold, left_out))
                self.parts[frozenset(left_out)] = (rows, *blend.parts(data, neighbours, rows))

    def logits(self, left_out: frozenset[int], fold: int, weight: float) -> tuple[Rows, Floats]:
        """The rows of `fold` (one of `left_out`) and their blended logits."""
        rows, single, gated = self.parts[left_out]
        mine = self.fold[rows] == fold
        return rows[mine], weight * single[mine] + (1 - weight) * gated[mine]


def account_threshold(data: TrainingSet, folds: Sequence[int]) -> float:
    """The lowest logit at which at most EVIDENCE_LOST of the evidence sentences of `folds`,
    scored out of fold, would be read as accounts (denials)."""
    fitted = np.isin(data.fold, [*folds, ALWAYS_TRAINED])
    usable = fitted & (data.account >= 0)
    evidence_logits: list[float] = []
    for fold in folds:
        train = usable & (data.fold != fold)
        _, terms = known_terms(data, fitted & (data.fold != fold))
        model = fit_account(data.account_inputs[train], data.account[train] == 1, terms[train])
        held_out = usable & (data.fold == fold) & (data.account == 0)
        evidence_logits += list(model.logits(data.account_inputs[held_out], terms[held_out]))
    ranked = sorted(evidence_logits, reverse=True)
    allowed = int(EVIDENCE_LOST * len(ranked))
    return float(np.nextafter(ranked[allowed], np.inf))


def account_flags(data: TrainingSet, left_out: frozenset[int]) -> Mask:
    """Every row's account flag from the account model (and threshold) fitted without the
    `left_out` splits."""
    folds = [fold for fold in range(len(SPLITS)) if fold not in left_out]
    fitted = ~np.isin(data.fold, list(left_out))
    rows = fitted & (data.account >= 0)
    _, terms = known_terms(data, fitted)
    model = fit_account(data.account_inputs[rows], data.account[rows] == 1, terms[rows])
    flags = model.logits(data.account_inputs, terms) >= account_threshold(data, folds)
    return np.asarray(flags)


def threshold_from(
    logits: Floats, positive: Mask, news: Mask, news_articles: int, target: float
) -> float:
    """The lowest logit at which the labelled precision reaches `target` and the news tags
    stay within NEWS_TAGS_PER_100, from out-of-fold logits."""
    candidates = np.unique(logits[positive])
    if not len(candidates):
        return 0.0

    def at_or_above(values: Floats) -> npt.NDArray[np.intp]:
        ordered = np.sort(values)
        return len(ordered) - np.searchsorted(ordered, candidates, side="left")

    true_positives = at_or_above(logits[positive])
    labelled_negatives = at_or_above(logits[~positive & ~news])
    news_tags = at_or_above(logits[news])
    precision = true_positives / np.maximum(true_positives + labelled_negatives, 1)
    news_budget = NEWS_TAGS_PER_100 * news_articles / 100
    meets = (precision >= target) & (news_tags <= news_budget)
    return float(candidates[np.argmax(meets)]) if meets.any() else float(candidates[-1]) + 1.0


@dataclass(frozen=True)
class Nested:
    """What nested leave-one-split-out needs: the data, the out-of-fold logits, and the
    account flags fitted without each set of up to two splits."""

    lens: Lens
    data: TrainingSet
    out_of_fold: OutOfFold
    accounts: dict[frozenset[int], Mask]

    def thresholds(
        self, left_out: frozenset[int], folds: Sequence[int], weight: float, target: float
    ) -> Floats:
        """Per indicator, from the logits of `folds`, each fold's from the blend fitted
        without it and the `left_out` splits."""
        scored = [self.out_of_fold.logits(left_out | {fold}, fold, weight) for fold in folds]
        rows = np.concatenate([rows for rows, _ in scored])
        logits = np.vstack([logits for _, logits in scored])
        data = self.data
        articles = round(data.news_articles * len(folds) / len(SPLITS))
        return np.array(
            [
                threshold_from(logits[:, k], data.topic[rows, k], data.news[rows], articles, target)
                for k in range(data.topic.shape[1])
            ]
        )

    def held_out(
        self, left_out: frozenset[int], fold: int, weight: float, target: float
    ) -> tuple[Rows, Floats, Floats]:
        """`fold`'s rows, their logits from the blend fitted without it and `left_out`, and
        the thresholds chosen on the other remaining splits."""
        others = [f for f in range(len(SPLITS)) if f != fold and f not in left_out]
        rows, logits = self.out_of_fold.logits(left_out | {fold}, fold, weight)
        return rows, logits, self.thresholds(left_out | {fold}, others, weight, target)

    def scores(self, left_out: frozenset[int], fold: int, weight: float, target: float) -> Scores:
        """The labelled sentences of `fold` scored as the runtime would tag and deny them."""
        rows, logits, thresholds = self.held_out(left_out, fold, weight, target)
        labelled = [at for at, row in enumerate(rows) if self.data.labelled[row] is not None]
        items = [item for item in (self.data.labelled[rows[at]] for at in labelled) if item]
        accounts = self.accounts[left_out | {fold}]
        found = matches_of(
            self.lens, self.data, rows[labelled], logits[labelled], thresholds, accounts
        )
        return score(items, found)

    def choose(self, left_out: frozenset[int]) -> tuple[float, float]:
        """The blend weight and precision aim with the best leave-one-split-out recall on the
        remaining new writers' splits at PRECISION_AIM (or else the best precision)."""
        new_writers = [
            fold
            for fold, split in enumerate(SPLITS)
            if split in NEW_WRITERS and fold not in left_out
        ]
        results = {
            (weight, target): pooled(
                self.scores(left_out, fold, weight, target) for fold in new_writers
            )
            for weight in BLEND_WEIGHTS
            for target in PRECISION_TARGETS
        }
        meeting = [choice for choice, s in results.items() if s.precision() >= PRECISION_AIM]
        if meeting:
            return max(meeting, key=lambda c: (results[c].recall(), results[c].precision()))
        return max(results, key=lambda c: (results[c].precision(), results[c].recall()))


def nested(lens: Lens, data: TrainingSet) -> Nested:
    out_of_fold = OutOfFold(data, Neighbours(data))
    every = range(len(SPLITS))
    accounts = {
        frozenset(left_out): account_flags(data, frozenset(left_out))
        for size in (1, 2)
        for left_out in itertools.combinations(every, size)
    }
    return Nested(lens=lens, data=data, out_of_fold=out_of_fold, accounts=accounts)


def leave_one_split_out(
    run: Nested,
) -> tuple[Floats, Floats, Mask, list[tuple[float, float]]]:
    """Outer leave-one-split-out logits for every labelled and news row, the thresholds each
    outer fold chose from its own training splits (folds x indicators), the account flags, and
    each outer fold's choice of blend weight and precision aim."""
    data = run.data
    logits = np.full(data.topic.shape, np.nan)
    thresholds = np.zeros((len(SPLITS), data.topic.shape[1]))
    accounts = np.zeros(len(data.texts), dtype=bool)
    choices: list[tuple[float, float]] = []
    for fold in range(len(SPLITS)):
        left_out = frozenset({fold})
        weight, target = run.choose(left_out)
        choices.append((weight, target))
        rows, logits[rows], thresholds[fold] = run.held_out(frozenset(), fold, weight, target)
        accounts[rows] = run.accounts[left_out][rows]
    return logits, thresholds, accounts, choices


def matches_of(
    lens: Lens,
    data: TrainingSet,
    rows: Sequence[int] | Rows,
    logits: Floats,
    thresholds: Floats,
    accounts: Mask,
) -> list[list[IndicatorMatch]]:
    """What the runtime would tag and deny for `rows` (with their logits), from out-of-fold
    logits and account flags (of every row)."""
    texts = [data.texts[row] for row in rows]
    tagged = decide(logits, thresholds)
    return tagged_matches(lens, texts, tagged, accounts[np.asarray(rows, dtype=np.intp)])


def evaluation(
    lens: Lens,
    data: TrainingSet,
    logits: Floats,
    fold_thresholds: Floats,
    accounts: Mask,
) -> dict[str, Any]:
    """The leave-one-split-out figures as counts (bench/lens_quality turns them into P/R)."""
    rows = [row for row, item in enumerate(data.labelled) if item is not None]
    per_split: dict[str, dict[str, Any]] = {}
    for fold, split in enumerate(SPLITS):
        in_split = [row for row in rows if data.fold[row] == fold]
        items = [item for item in (data.labelled[row] for row in in_split) if item is not None]
        found = matches_of(lens, data, in_split, logits[in_split], fold_thresholds[fold], accounts)
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
        found = matches_of(lens, data, in_fold, logits[in_fold], fold_thresholds[fold], accounts)
        news_tags += sum(1 for matches in found for m in matches if not m.denied)
    return {
        "leave_one_split_out": per_split,
        "news_out_of_fold": {"tags": news_tags, "articles": data.news_articles},
    }


def train(lens: Lens, data: TrainingSet) -> Weights:
    run = nested(lens, data)
    logits, fold_thresholds, accounts, choices = leave_one_split_out(run)
    weight, target = run.choose(frozenset())
    every = list(range(len(SPLITS)))
    neighbours = Neighbours(data)
    blend = fit_blend(data, neighbours, np.ones(len(data.texts), dtype=bool))
    trained = data.account >= 0
    account = fit_account(
        data.account_inputs[trained], data.account[trained] == 1, blend.terms[trained]
    )
    dimensions = data.vectors.shape[1]
    neighbour = dimensions + len(CUE_FEATURES)  # where the indicator part's neighbour weights start
    report = evaluation(lens, data, logits, fold_thresholds, accounts)
    report["choices"] = {split: list(choice) for split, choice in zip(SPLITS, choices, strict=True)}
    report["settings"] = {
        "regularisation": REGULARISATION,
        "positive_weight": POSITIVE_WEIGHT,
        "news_weight": NEWS_WEIGHT,
        "blend_weights": list(BLEND_WEIGHTS),
        "precision_targets": list(PRECISION_TARGETS),
        "blend": weight,
        "precision_target": target,
        "news_tags_per_100": NEWS_TAGS_PER_100,
        "evidence_lost": EVIDENCE_LOST,
        "lexical_scale": LEXICAL_SCALE,
        "min_sentences": MIN_SENTENCES,
        "training_sentences": len(data.texts),
        "news_sentences": int(data.news.sum()),
    }
    return Weights(
        indicators=tuple(i.id for i in lens.indicators),
        vector=np.array([model.weights[:dimensions] for model in blend.single]),
        cue=np.array([model.weights[dimensions:] for model in blend.single]),
        bias=np.array([model.bias for model in blend.single]),
        gate_vector=blend.gate.weights[:dimensions],
        gate_cue=blend.gate.weights[dimensions:].reshape(len(lens.indicators), -1),
        gate_bias=blend.gate.bias,
        indicator_vector=np.array([model.weights[:dimensions] for model in blend.indicator]),
        indicator_cue=np.array([model.weights[dimensions:neighbour] for model in blend.indicator]),
        indicator_neighbour=np.array([model.weights[neighbour:] for model in blend.indicator]),
        indicator_bias=np.array([model.bias for model in blend.indicator]),
        neighbours=neighbours.vectors,
        neighbour_topic=neighbours.pool_topic,
        vocabulary=tuple(blend.vocabulary),
        lexical=np.array([model.lexical for model in blend.single]),
        indicator_lexical=np.array([model.lexical for model in blend.indicator]),
        blend=weight,
        threshold=run.thresholds(frozenset(), every, weight, target),
        account=account.weights,
        account_lexical=account.lexical,
        account_bias=account.bias,
        account_threshold=account_threshold(data, every),
        lens_sha256=sha256_text(builtin_text(lens.name)),
        labelled_sha256=sha256_text(LABELLED.read_text(encoding="utf-8")),
        report=report,
    )


def main() -> None:
    if not _data.available():
        raise SystemExit("../shared/data not found: its news are the hard negatives")
    lens = load(LENS)
    weights = train(lens, build(lens, embedder().embed))
    WEIGHTS.write_bytes(weights.to_bytes())
    report = weights.report
    per_split = {
        split: scores_of(counts) for split, counts in report["leave_one_split_out"].items()
    }
    for split, scores in per_split.items():
        weight, target = report["choices"][split]
        print(
            f"{split}: nested leave-one-split-out P {scores.precision():.3f} "
            f"R {scores.recall():.3f} (blend weight {weight}, precision aim {target})"
        )
    for name, splits in (("new writers", NEW_WRITERS), ("all", SPLITS)):
        total = pooled(per_split[split] for split in splits)
        print(
            f"{name}: nested leave-one-split-out P {total.precision():.3f} R {total.recall():.3f}"
        )
    news = report["news_out_of_fold"]
    print(f"out-of-fold news tags: {news['tags']} in {news['articles']} articles")
    settings = report["settings"]
    print(
        f"shipped: blend weight {settings['blend']}, precision aim {settings['precision_target']}"
    )
    print(f"wrote {WEIGHTS} ({WEIGHTS.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
