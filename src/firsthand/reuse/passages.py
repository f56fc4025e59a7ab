"""Passage alignment between the articles of one story, passim-style.

Candidate pairs come from cheap evidence only: shared word 5-grams of the articles' own
(unquoted) words, or one pair of sentences whose embeddings nearly coincide. Only those pairs
are aligned, sentence against sentence, in and out of order: a sentence pair matches when its
own words are lightly edited copies of each other (rapidfuzz ratio) or when the two sentences
are paraphrases (MiniLM cosine). Matches are one-to-one and grouped into passages.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from firsthand.embed import DIMENSIONS, embedder
from firsthand.reuse.units import ArticleUnits, Sentence

SHINGLE = 5
MIN_SHARED_SHINGLES = 2
MAX_SHINGLE_HOLDERS = 50
"""a 5-gram in more articles than this is boilerplate, not evidence of reuse"""
LEXICAL_MATCH = 0.8
"""rapidfuzz ratio of own words above which two sentences are copies, lightly edited."""
SEMANTIC_MATCH = 0.9
"""MiniLM cosine above which two sentences are paraphrases of each other."""
VERBATIM = 0.95
"""mean lexical ratio of a pair's matches above which the reuse is a copy, not a rewrite."""
PASSAGE_GAP = 2
"""sentences may be dropped or inserted inside a passage: up to this step on either side."""

Vectors = npt.NDArray[np.float32]


@dataclass(frozen=True)
class SentenceMatch:
    left: Sentence
    right: Sentence
    lexical: float
    semantic: float

    @property
    def similarity(self) -> float:
        return max(self.lexical, self.semantic)


@dataclass(frozen=True)
class PairAlignment:
    """The matched sentences of two articles (positions `left` < `right` in the story)."""

    left: int
    right: int
    matches: tuple[SentenceMatch, ...]
    left_coverage: float
    """share of the left article's comparable own words inside matched sentences"""
    right_coverage: float

    @property
    def lexical(self) -> float:
        return float(np.mean([m.lexical for m in self.matches])) if self.matches else 0.0

    def passages(self) -> list[list[SentenceMatch]]:
        """Runs of matches that advance together on both sides (small gaps allowed)."""
        runs: list[list[SentenceMatch]] = []
        for match in sorted(self.matches, key=lambda m: m.left.index):
            if runs:
                last = runs[-1][-1]
                step_left = match.left.index - last.left.index
                step_right = match.right.index - last.right.index
                if 0 < step_left <= PASSAGE_GAP and 0 < step_right <= PASSAGE_GAP:
                    runs[-1].append(match)
                    continue
            runs.append([match])
        return runs


def sentence_vectors(units: Sequence[ArticleUnits]) -> list[Vectors]:
    """One unit vector per comparable sentence's own words; zeros for the others."""
    rows = [(u.position, s.index) for u in units for s in u.sentences if s.comparable]
    texts = [units[a].sentences[i].own_text for a, i in rows]
    embedded = embedder().embed(texts)
    vectors = [np.zeros((len(u.sentences), DIMENSIONS), dtype=np.float32) for u in units]
    for (article, index), vector in zip(rows, embedded, strict=True):
        vectors[article][index] = vector
    return vectors


def _shingles(units: ArticleUnits) -> set[int]:
    found: set[int] = set()
    for sentence in units.sentences:
        words = sentence.own_words
        found.update(hash(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))
    return found


def candidate_pairs(
    units: Sequence[ArticleUnits], vectors: Sequence[Vectors]
) -> set[tuple[int, int]]:
    """Article pairs worth aligning: shared rare 5-grams, or a near-identical sentence pair."""
    postings: dict[int, list[int]] = defaultdict(list)
    for position, article in enumerate(units):
        for shingle in _shingles(article):
            postings[shingle].append(position)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for holders in postings.values():
        if 1 < len(holders) <= MAX_SHINGLE_HOLDERS:
            for pair in combinations(holders, 2):
                shared[pair] += 1
    pairs = {pair for pair, count in shared.items() if count >= MIN_SHARED_SHINGLES}

    comparable = [
        (position, vectors[position][[s.index for s in u.sentences if s.comparable]])
        for position, u in enumerate(units)
    ]
    stacked = (
        np.vstack([rows for _, rows in comparable]) if comparable else np.zeros((0, DIMENSIONS))
    )
    owners = (
        np.concatenate([np.full(len(rows), position) for position, rows in comparable])
        if comparable
        else np.zeros(0, dtype=int)
    )
    for position, rows in comparable:
        if not len(rows):
            continue
        scores = rows @ stacked.T
        hits = np.unique(owners[(scores >= SEMANTIC_MATCH).any(axis=0)])
        pairs.update((position, int(other)) for other in hits if other > position)
    return pairs


def align_pair(
    left: ArticleUnits, right: ArticleUnits, left_vectors: Vectors, right_vectors: Vectors
) -> PairAlignment:
    """One-to-one sentence matches between two articles, best first, in any order."""
    a = [s for s in left.sentences if s.comparable]
    b = [s for s in right.sentences if s.comparable]
    if not a or not b:
        return PairAlignment(left.position, right.position, (), 0.0, 0.0)
    semantic = left_vectors[[s.index for s in a]] @ right_vectors[[s.index for s in b]].T
    lexical = cdist(
        [" ".join(s.own_words) for s in a],
        [" ".join(s.own_words) for s in b],
        scorer=fuzz.ratio,
        dtype=np.float32,
    ) / np.float32(100.0)
    matched = (lexical >= LEXICAL_MATCH) | (semantic >= SEMANTIC_MATCH)
    candidates = sorted(
        zip(*np.nonzero(matched), strict=True),
        key=lambda ij: -max(lexical[ij], semantic[ij]),
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    matches: list[SentenceMatch] = []
    for i, j in candidates:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        matches.append(SentenceMatch(a[i], b[j], float(lexical[i, j]), float(semantic[i, j])))
    return PairAlignment(
        left.position,
        right.position,
        tuple(matches),
        _coverage(a, used_a),
        _coverage(b, used_b),
    )


def _coverage(sentences: list[Sentence], used: set[int]) -> float:
    total = sum(len(s.own_words) for s in sentences)
    covered = sum(len(sentences[i].own_words) for i in used)
    return covered / total if total else 0.0


def align_story(units: Sequence[ArticleUnits], vectors: Sequence[Vectors]) -> list[PairAlignment]:
    """Alignments of every candidate pair of the story's articles that matched anything."""
    alignments = []
    for left, right in sorted(candidate_pairs(units, vectors)):
        alignment = align_pair(units[left], units[right], vectors[left], vectors[right])
        if alignment.matches:
            alignments.append(alignment)
    return alignments
