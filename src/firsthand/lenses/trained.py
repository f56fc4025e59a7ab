"""A learned decision per indicator, for the built-in lenses that ship weights (data/NAME.npz).

The cue gate of `matcher` only lets through the phrasings its cues foresaw, so sentences by
writers who put things differently were missed. A trained lens scores every sentence of an
article that passes the lens's context gate, cue or no cue, with a weighted average of two
models' logits (weights and thresholds from `python -m bench.lens_train`; numpy-only inference):

- the single model: one logistic regression per indicator over the sentence's MiniLM vector
  and three cue features of that indicator: whether one of its cues matches, the cosine to its
  nearest example, and the margin of its nearest examples over its nearest near misses. The
  cue features carry the hand-written knowledge; the vector lets other phrasings through.
  It also reads the words: a weight per term of a fitted vocabulary (`lexical_terms`: stems
  of the content words and of adjacent pairs), as a mean-pooled vector dilutes the one word
  ("passport", "deducted") that tells a short sentence's indicator.
- the gated model: a gate ("is this sentence about forced labour at all", trained against the
  news negatives too) times an indicator model trained on labelled sentences only ("given that
  it is, which indicator"), whose inputs add two neighbour features: the mean cosine to the
  nearest labelled sentences of the indicator, and its margin over the nearest labelled
  sentences without it, and the same terms as the single model. Neighbours reach phrasings
  that no single weight vector covers; the labelled sentence vectors ship with the weights
  (float16) for that.

The single model, which learns each indicator against the news too, is the sharper on news;
the gated one reaches more of a new writer's phrasings. The blend weight and the precision aim
behind the thresholds were chosen by nested leave-one-split-out (see bench/lens_train.py).

Denials are kept apart as in `matcher`: a tagged indicator whose cue matches are all negated or
sit beside a denial phrase, or (with no cue match) a sentence with a denial phrase, is denied.
A classifier that reads past the cues also finds the accused side's account told without any
denial word ("the firm said all wages had been paid in full and on time"), so a second learned
model, over the sentence vector, the denial-phrase flag and the same terms, marks such accounts
as denials. The terms show it the words of an account that a pooled vector blurs, as they do
the indicator models (fewer denials read as evidence: see bench/lens_train.py, fit_account).
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from functools import cached_property
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import sparse

from firsthand.embed import DIMENSIONS, embedder
from firsthand.lenses.cues import denial_spans, find, is_denial
from firsthand.lenses.definition import Indicator, Lens, LensError, builtin_text, weights_file
from firsthand.lenses.matcher import (
    NEIGHBOURS,
    IndicatorMatch,
    IndicatorVectors,
    LensMatcher,
    Vectors,
    nearest,
)
from firsthand.words import content_words, stem

Floats = npt.NDArray[np.float64]

CUE_FEATURES = ("cue", "nearest", "margin")


def cue_features(
    cue_hit: bool, example_similarities: Vectors, miss_similarities: Vectors
) -> Floats:
    """The cue features of one sentence for one indicator (see CUE_FEATURES)."""
    closest, examples_mean = nearest(example_similarities, NEIGHBOURS)
    _, misses_mean = nearest(miss_similarities, NEIGHBOURS)
    return np.array([float(cue_hit), closest, examples_mean - misses_mean])


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def features(
    indicators: Sequence[IndicatorVectors], texts: Sequence[str], vectors: npt.NDArray[np.float32]
) -> Floats:
    """sentences x indicators x CUE_FEATURES. A sentence is never compared with itself (a lens
    example read back would have cosine 1), so training on the lens's examples is honest."""
    result = np.zeros((len(texts), len(indicators), len(CUE_FEATURES)))
    for k, indicator in enumerate(indicators):
        example_similarities = vectors @ indicator.examples.T
        miss_similarities = vectors @ indicator.negatives.T
        examples = indicator.indicator.examples
        negatives = indicator.indicator.negatives
        for row, text in enumerate(texts):
            result[row, k] = cue_features(
                bool(indicator.any_cue.search(text)),
                example_similarities[row, [text != s for s in examples]],
                miss_similarities[row, [text != s for s in negatives]],
            )
    return result


NEIGHBOUR_FEATURES = ("neighbours", "neighbour_margin")


def _top_mean(similarities: Floats) -> Floats:
    """Per row, the mean of the NEIGHBOURS highest similarities (-1 with no columns at all)."""
    if similarities.shape[1] == 0:
        return np.full(len(similarities), -1.0)
    count = min(NEIGHBOURS, similarities.shape[1])
    means: Floats = np.mean(np.partition(similarities, -count, axis=1)[:, -count:], axis=1)
    return means


def neighbour_features(similarities: Floats, topic: npt.NDArray[np.bool_]) -> Floats:
    """sentences x indicators x NEIGHBOUR_FEATURES, from the sentences' cosines to labelled
    sentences (sentences x labelled) and those sentences' labels (labelled x indicators)."""
    result = np.zeros((len(similarities), topic.shape[1], len(NEIGHBOUR_FEATURES)))
    for k in range(topic.shape[1]):
        positives = _top_mean(similarities[:, topic[:, k]])
        result[:, k, 0] = positives
        result[:, k, 1] = positives - _top_mean(similarities[:, ~topic[:, k]])
    return result


def lexical_terms(text: str) -> set[str]:
    """The stems of a sentence's content words and of each pair of adjacent ones ("recruit
    fee"); numbers are left out, as they name one story's facts, not a kind of abuse."""
    stems = [stem(word) for word in content_words(text) if word[0].isalpha()]
    return {*stems, *(f"{first} {second}" for first, second in itertools.pairwise(stems))}


def lexical_features(vocabulary: Mapping[str, int], texts: Sequence[str]) -> sparse.csr_matrix:
    """sentences x vocabulary (`vocabulary`: term -> column): the sentences' known terms, each
    row of unit length, so that a long sentence's many terms weigh no more in all than a short
    one's few. Sparse: a story's thousands of sentences hold a few terms each."""
    columns: list[int] = []
    values: list[float] = []
    starts = [0]
    for text in texts:
        found = sorted(vocabulary[term] for term in lexical_terms(text) if term in vocabulary)
        columns += found
        values += [1 / np.sqrt(max(len(found), 1))] * len(found)
        starts.append(len(columns))
    return sparse.csr_matrix(
        (np.array(values), np.array(columns, dtype=np.intp), np.array(starts, dtype=np.intp)),
        shape=(len(texts), len(vocabulary)),
    )


def gated_logits(gate: Floats, indicator: Floats) -> Floats:
    """The logit of P(about forced labour) x P(this indicator | about it): gate is per
    sentence, indicator per sentence and indicator."""
    log_probability = -np.logaddexp(0, -gate)[:, None] - np.logaddexp(0, -indicator)
    # log(p / (1 - p)), kept finite when p rounds to 1
    logits: Floats = log_probability - np.log(-np.expm1(np.minimum(log_probability, -1e-12)))
    return logits


@dataclass(frozen=True)
class Weights:
    """The blend's regressions, on unscaled inputs (scaling folded in); see the module doc."""

    indicators: tuple[str, ...]
    vector: Floats  # the single model: indicators x DIMENSIONS
    cue: Floats  # indicators x len(CUE_FEATURES)
    bias: Floats  # indicators
    gate_vector: Floats  # the gate: DIMENSIONS
    gate_cue: Floats  # indicators x len(CUE_FEATURES): every indicator's cue features
    gate_bias: float
    indicator_vector: Floats  # the gated model's indicator part: indicators x DIMENSIONS
    indicator_cue: Floats  # indicators x len(CUE_FEATURES)
    indicator_neighbour: Floats  # indicators x len(NEIGHBOUR_FEATURES)
    indicator_bias: Floats  # indicators
    neighbours: npt.NDArray[np.float16]  # the labelled sentences' vectors: labelled x DIMENSIONS
    neighbour_topic: npt.NDArray[np.bool_]  # labelled x indicators: speaks of it
    vocabulary: tuple[str, ...]  # the terms the models weigh (see lexical_terms)
    lexical: Floats  # the single model's term weights: indicators x vocabulary
    indicator_lexical: Floats  # the gated model's indicator part's: indicators x vocabulary
    blend: float  # the single model's share of the blended logit
    threshold: Floats  # indicators: tag when the blended logit reaches it
    account: Floats  # DIMENSIONS + 1: the account model (see TrainedMatcher)
    account_lexical: Floats  # its term weights: vocabulary
    account_bias: float
    account_threshold: float
    lens_sha256: str  # the lens YAML the weights were trained with
    labelled_sha256: str  # tests/lenses/labelled_sentences.yaml at training time
    report: dict[str, Any]  # cross-validated figures from training, for bench/lens_quality

    @cached_property
    def columns(self) -> dict[str, int]:
        """term -> its column in `vocabulary` (built once, not for every story)."""
        return {term: column for column, term in enumerate(self.vocabulary)}

    def terms(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """sentences x vocabulary: the sentences' lexical features (see lexical_features)."""
        return lexical_features(self.columns, texts)

    def logits(
        self, vectors: npt.NDArray[np.float32], features: Floats, terms: sparse.csr_matrix
    ) -> Floats:
        """vectors: sentences x DIMENSIONS; features: sentences x indicators x CUE_FEATURES;
        terms: sentences x vocabulary (see `terms`)."""
        wide = vectors.astype(np.float64)
        single = (
            wide @ self.vector.T
            + np.einsum("nkf,kf->nk", features, self.cue)
            + terms @ self.lexical.T
            + self.bias
        )
        gate = wide @ self.gate_vector + np.einsum("nkf,kf->n", features, self.gate_cue)
        neighbours = neighbour_features(
            wide @ self.neighbours.astype(np.float64).T, self.neighbour_topic
        )
        indicator = (
            wide @ self.indicator_vector.T
            + np.einsum("nkf,kf->nk", features, self.indicator_cue)
            + np.einsum("nkf,kf->nk", neighbours, self.indicator_neighbour)
            + terms @ self.indicator_lexical.T
            + self.indicator_bias
        )
        gated = gated_logits(gate + self.gate_bias, indicator)
        blended: Floats = self.blend * single + (1 - self.blend) * gated
        return blended

    def accounts(self, inputs: Floats, terms: sparse.csr_matrix) -> npt.NDArray[np.bool_]:
        """Per sentence (rows of `denial_inputs`, and of `terms`): whether it gives the accused
        side's account."""
        logits: Floats = inputs @ self.account + terms @ self.account_lexical + self.account_bias
        return logits >= self.account_threshold

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        arrays: dict[str, Any] = {  # the fields only, not what `columns` caches
            field.name: np.array(getattr(self, field.name)) for field in fields(self)
        }
        arrays["report"] = np.array(json.dumps(self.report, sort_keys=True))
        np.savez_compressed(buffer, **arrays)
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> Weights:
        """The weights `to_bytes` wrote: arrays as stored, scalars as their field's type."""
        scalar = {"float": float, "str": str}
        with np.load(io.BytesIO(data), allow_pickle=False) as stored:

            def read(name: str, kind: str) -> Any:
                value = stored[name]
                if name == "report":
                    return json.loads(str(value))
                if name in ("indicators", "vocabulary"):
                    return tuple(str(item) for item in value)
                return scalar[kind](value) if value.ndim == 0 else value

            return cls(**{field.name: read(field.name, str(field.type)) for field in fields(cls)})


def load_weights(lens_name: str) -> Weights:
    """The shipped weights of a built-in lens; LensError when they do not fit its YAML."""
    weights = Weights.from_bytes(weights_file(lens_name).read_bytes())
    if weights.lens_sha256 != sha256_text(builtin_text(lens_name)):
        raise LensError(
            f"built-in lens {lens_name}: its weights were trained on another version of its "
            "YAML; run `python -m bench.lens_train`"
        )
    return weights


def decide(logits: Floats, thresholds: Floats) -> list[list[tuple[int, float]]]:
    """Per sentence, the (indicator index, probability) pairs tagged, most probable first.

    Every indicator whose logit reaches its threshold is kept: a sentence often tells several
    abuses at once ("lured with job offers, then told they owed for the fare"). A gap that
    dropped indicators far below the sentence's best (0.3 in probability until 2026-11-25) cost
    nested leave-one-split-out new-writer recall 0.626 -> 0.599 at blend 0.5 / aim 0.92 for
    0.010 of precision (see the README's lens limit).
    """
    probabilities = 1 / (1 + np.exp(-logits))
    return [
        sorted(
            ((int(k), float(probability_row[k])) for k in np.flatnonzero(row)),
            key=lambda pair: -pair[1],
        )
        for row, probability_row in zip(logits >= thresholds, probabilities, strict=True)
    ]


def denial_inputs(lens: Lens, texts: Sequence[str], vectors: npt.NDArray[np.float32]) -> Floats:
    """The account model's inputs: the sentence vector and whether a denial phrase occurs."""
    phrases = [[float(bool(denial_spans(lens.denials, text)))] for text in texts]
    return np.hstack([vectors.astype(np.float64), np.array(phrases).reshape(len(texts), 1)])


def denied_by_rule(lens: Lens, indicator: Indicator, text: str) -> bool:
    """Whether a sentence tagged with `indicator` denies it, by the cue and denial rules."""
    spans = denial_spans(lens.denials, text)
    cue_matches = find(indicator.cues, text)
    return is_denial(cue_matches, spans) if cue_matches else bool(spans)


class TrainedMatcher(LensMatcher):
    """Matches with the lens's trained weights; the same results shape as LensMatcher."""

    def __init__(self, lens: Lens) -> None:
        super().__init__(lens)
        self.weights = load_weights(lens.name)
        if self.weights.indicators != tuple(i.id for i in lens.indicators):
            raise LensError(f"{lens.path}: its weights are for other indicators")
        if self.weights.vector.shape[1] != DIMENSIONS:
            raise LensError(f"{lens.path}: its weights are for another embedding size")

    def match(self, texts: Sequence[str], in_context: Sequence[bool]) -> list[list[IndicatorMatch]]:
        if len(texts) != len(in_context):
            raise ValueError(f"{len(texts)} texts but {len(in_context)} context flags")
        rows = [index for index, relevant in enumerate(in_context) if relevant]
        results: list[list[IndicatorMatch]] = [[] for _ in texts]
        if not rows:
            return results
        relevant_texts = [texts[index] for index in rows]
        vectors = embedder().embed(relevant_texts)
        terms = self.weights.terms(relevant_texts)
        logits = self.weights.logits(
            vectors, features(self.indicators, relevant_texts, vectors), terms
        )
        tagged = decide(logits, self.weights.threshold)
        accounts = self.weights.accounts(denial_inputs(self.lens, relevant_texts, vectors), terms)
        for index, matches in zip(
            rows, tagged_matches(self.lens, relevant_texts, tagged, accounts), strict=True
        ):
            results[index] = matches
        return results


def tagged_matches(
    lens: Lens,
    texts: Sequence[str],
    tagged: list[list[tuple[int, float]]],
    accounts: npt.NDArray[np.bool_],
) -> list[list[IndicatorMatch]]:
    """The matches of tagged sentences, each denied by the rules or when the sentence gives
    the accused side's account."""
    return [
        [
            IndicatorMatch(
                lens.indicators[k].id,
                probability,
                bool(account) or denied_by_rule(lens, lens.indicators[k], text),
            )
            for k, probability in found
        ]
        for text, found, account in zip(texts, tagged, accounts, strict=True)
    ]
