"""Which sentences speak of which indicator: a cue-phrase gate, then embedding similarity.

A sentence is a candidate for an indicator when one of its cue phrases matches (cheap: most
sentences never reach the embedder). A candidate is tagged when its cosine to the nearest
example sentence reaches the indicator's threshold, its nearest neighbour among examples and
near misses is an example, and its mean cosine to the `NEIGHBOURS` nearest examples beats that
to the `NEIGHBOURS` nearest near misses by the lens margin. Averaging a few neighbours keeps
one odd example from tagging, or one odd near miss from vetoing, a sentence on its own.
Tagged sentences whose cue is negated, or that deny what they say, are denials.

A sentence about one abuse often brushes another indicator's cue in passing ("workers who
refused overtime were fined a day's wages": overtime, not withheld wages). With the
lens's `secondary_gap`, a sentence keeps only the indicators whose score is within that gap of
its best one, so a weak second match does not ride on a strong first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from firsthand.embed import embedder
from firsthand.lenses.cues import denial_spans, find, is_denial
from firsthand.lenses.definition import Indicator, Lens

Vectors = npt.NDArray[np.float32]

NEIGHBOURS = 3


@dataclass(frozen=True)
class IndicatorMatch:
    indicator: str
    score: float
    denied: bool


@dataclass(frozen=True)
class IndicatorVectors:
    indicator: Indicator
    examples: Vectors
    negatives: Vectors
    any_cue: re.Pattern[str]


def nearest(similarities: Vectors, count: int) -> tuple[float, float]:
    """The highest similarity and the mean of the `count` highest (-1 for no vectors at all)."""
    if not len(similarities):
        return -1.0, -1.0
    top = np.sort(similarities)[-count:]
    return float(top[-1]), float(np.mean(top))


def _any_cue(indicator: Indicator) -> re.Pattern[str]:
    """One pattern for all of an indicator's cues: a single search rejects most sentences."""
    return re.compile(
        "|".join(f"(?:{cue.pattern.pattern})" for cue in indicator.cues), re.IGNORECASE
    )


class LensMatcher:
    """Matches sentences against one lens; built once per lens and process (embeds examples)."""

    def __init__(self, lens: Lens) -> None:
        self.lens = lens
        model = embedder()
        self.indicators = [
            IndicatorVectors(
                ind, model.embed(ind.examples), model.embed(ind.negatives), _any_cue(ind)
            )
            for ind in lens.indicators
        ]

    def candidates(self, text: str) -> list[tuple[IndicatorVectors, bool]]:
        """Indicators whose cues match `text`, each with whether the sentence denies it."""
        found: list[tuple[IndicatorVectors, bool]] = []
        denials: list[tuple[int, int]] | None = None
        for vectors in self.indicators:
            if not vectors.any_cue.search(text):
                continue
            cue_matches = find(vectors.indicator.cues, text)
            if cue_matches:
                if denials is None:
                    denials = denial_spans(self.lens.denials, text)
                found.append((vectors, is_denial(cue_matches, denials)))
        return found

    def match(self, texts: Sequence[str], in_context: Sequence[bool]) -> list[list[IndicatorMatch]]:
        """For each text, the indicators it is tagged with (or denies), best score first."""
        if len(texts) != len(in_context):
            raise ValueError(f"{len(texts)} texts but {len(in_context)} context flags")
        gated = [
            (index, self.candidates(text))
            for index, (text, relevant) in enumerate(zip(texts, in_context, strict=True))
            if relevant
        ]
        gated = [(index, found) for index, found in gated if found]
        results: list[list[IndicatorMatch]] = [[] for _ in texts]
        if not gated:
            return results
        sentence_vectors = embedder().embed([texts[index] for index, _ in gated])
        for row, (index, found) in enumerate(gated):
            vector = sentence_vectors[row]
            for vectors, denied in found:
                score, examples_mean = nearest(vectors.examples @ vector, NEIGHBOURS)
                nearest_miss, misses_mean = nearest(vectors.negatives @ vector, NEIGHBOURS)
                if (
                    score >= vectors.indicator.threshold
                    and score > nearest_miss
                    and examples_mean - misses_mean >= self.lens.margin
                ):
                    results[index].append(IndicatorMatch(vectors.indicator.id, score, denied))
            results[index] = self._strongest(results[index])
        return results

    def _strongest(self, found: list[IndicatorMatch]) -> list[IndicatorMatch]:
        """Best score first; without those further than `secondary_gap` below the best."""
        found = sorted(found, key=lambda match: -match.score)
        gap = self.lens.secondary_gap
        if gap is None or not found:
            return found
        return [match for match in found if match.score >= found[0].score - gap]
