"""A learned decision per indicator, for the built-in lenses that ship weights (data/NAME.npz).

The cue gate of `matcher` only lets through the phrasings its cues foresaw, so sentences by
writers who put things differently were missed. A trained lens scores every sentence of an
article that passes the lens's context gate, cue or no cue, with one logistic regression per
indicator over the sentence's MiniLM vector and three cue features of that indicator: whether
one of its cues matches, the cosine to its nearest example, and the margin of its nearest
examples over its nearest near misses. The cue features carry the hand-written knowledge; the
vector lets other phrasings of the same thing through. Weights and per-indicator thresholds
come from `python -m bench.lens_train`; inference is numpy only.

Denials are kept apart as in `matcher`: a tagged indicator whose cue matches are all negated or
sit beside a denial phrase, or (with no cue match) a sentence with a denial phrase, is denied.
A classifier that reads past the cues also finds the accused side's account told without any
denial word ("the firm said all wages had been paid in full and on time"), so a second learned
model, over the sentence vector and the denial-phrase flag, marks such accounts as denials.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

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


@dataclass(frozen=True)
class Weights:
    """One logistic regression per indicator, on unscaled features (scaling folded in)."""

    indicators: tuple[str, ...]
    vector: Floats  # indicators x DIMENSIONS
    cue: Floats  # indicators x len(CUE_FEATURES)
    bias: Floats  # indicators
    threshold: Floats  # indicators: tag when the logit reaches it
    account: Floats  # DIMENSIONS + 1: the account model (see TrainedMatcher)
    account_bias: float
    account_threshold: float
    secondary_gap: float  # a sentence keeps indicators within this probability of its best
    lens_sha256: str  # the lens YAML the weights were trained with
    labelled_sha256: str  # tests/lenses/labelled_sentences.yaml at training time
    report: dict[str, Any]  # cross-validated figures from training, for bench/lens_quality

    def logits(self, vectors: npt.NDArray[np.float32], features: Floats) -> Floats:
        """vectors: sentences x DIMENSIONS; features: sentences x indicators x CUE_FEATURES."""
        by_vector = vectors.astype(np.float64) @ self.vector.T
        by_cues: Floats = np.einsum("nkf,kf->nk", features, self.cue)
        return by_vector + by_cues + self.bias

    def accounts(self, inputs: Floats) -> npt.NDArray[np.bool_]:
        """Per sentence (rows of `denial_inputs`): whether it gives the accused side's account."""
        logits: Floats = inputs @ self.account + self.account_bias
        return logits >= self.account_threshold

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            indicators=np.array(self.indicators),
            vector=self.vector,
            cue=self.cue,
            bias=self.bias,
            threshold=self.threshold,
            account=self.account,
            account_bias=np.array(self.account_bias),
            account_threshold=np.array(self.account_threshold),
            secondary_gap=np.array(self.secondary_gap),
            lens_sha256=np.array(self.lens_sha256),
            labelled_sha256=np.array(self.labelled_sha256),
            report=np.array(json.dumps(self.report, sort_keys=True)),
        )
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> Weights:
        with np.load(io.BytesIO(data), allow_pickle=False) as stored:
            return cls(
                indicators=tuple(str(i) for i in stored["indicators"]),
                vector=stored["vector"],
                cue=stored["cue"],
                bias=stored["bias"],
                threshold=stored["threshold"],
                account=stored["account"],
                account_bias=float(stored["account_bias"]),
                account_threshold=float(stored["account_threshold"]),
                secondary_gap=float(stored["secondary_gap"]),
                lens_sha256=str(stored["lens_sha256"]),
                labelled_sha256=str(stored["labelled_sha256"]),
                report=json.loads(str(stored["report"])),
            )


def load_weights(lens_name: str) -> Weights:
    """The shipped weights of a built-in lens; LensError when they do not fit its YAML."""
    weights = Weights.from_bytes(weights_file(lens_name).read_bytes())
    if weights.lens_sha256 != sha256_text(builtin_text(lens_name)):
        raise LensError(
            f"built-in lens {lens_name}: its weights were trained on another version of its "
            "YAML; run `python -m bench.lens_train`"
        )
    return weights


def decide(
    logits: Floats, thresholds: Floats, secondary_gap: float
) -> list[list[tuple[int, float]]]:
    """Per sentence, the (indicator index, probability) pairs tagged, most probable first.

    A sentence about one abuse often reads a little like another; the gap keeps a weak second
    indicator from riding on a strong first.
    """
    probabilities = 1 / (1 + np.exp(-logits))
    found: list[list[tuple[int, float]]] = []
    for row, probability_row in zip(logits >= thresholds, probabilities, strict=True):
        tagged = sorted(
            ((int(k), float(probability_row[k])) for k in np.flatnonzero(row)),
            key=lambda pair: -pair[1],
        )
        if tagged:
            best = tagged[0][1]
            tagged = [(k, p) for k, p in tagged if p >= best - secondary_gap]
        found.append(tagged)
    return found


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
        logits = self.weights.logits(vectors, features(self.indicators, relevant_texts, vectors))
        tagged = decide(logits, self.weights.threshold, self.weights.secondary_gap)
        accounts = self.weights.accounts(denial_inputs(self.lens, relevant_texts, vectors))
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
