"""The ILO lens on the hand-labelled sentences and on real news that is not about forced labour."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from bench import _data
from bench.lens_quality import (
    SPLITS,
    Scores,
    blind_sentences,
    false_positives,
    labelled_sentences,
    match_labelled,
    pooled,
    score,
    scores_of,
)
from firsthand.lenses import Lens, load
from firsthand.lenses.trained import load_weights
from tests.conftest import requires_shared_data


@pytest.fixture(scope="module")
def ilo() -> Lens:
    return load("ilo-forced-labour")


@pytest.fixture(scope="module")
def cue_matcher_scores(ilo: Lens) -> dict[str, Scores]:
    """The cue and embedding matcher (what a user lens gets) on the built-in lens's YAML."""
    untrained = replace(ilo, trained=False)
    splits = {split: labelled_sentences(split) for split in SPLITS}
    return {
        split: score(items, match_labelled(untrained, items)) for split, items in splits.items()
    }


@pytest.fixture(scope="module")
def trained_scores(ilo: Lens) -> dict[str, Scores]:
    """The shipped classifier on the splits it was trained on (in-sample)."""
    splits = {split: labelled_sentences(split) for split in SPLITS}
    return {split: score(items, match_labelled(ilo, items)) for split, items in splits.items()}


@pytest.fixture(scope="module")
def leave_one_split_out() -> dict[str, Scores]:
    """The classifier's honest figures: each split scored by a model trained without it."""
    report = load_weights("ilo-forced-labour").report["leave_one_split_out"]
    return {split: scores_of(counts) for split, counts in report.items()}


def test_the_labelled_set_is_big_enough_and_covers_every_indicator(ilo: Lens) -> None:
    items = labelled_sentences()
    assert len(items) >= 120
    covered = Counter(i for item in items for i in item.indicators)
    assert all(covered[indicator.id] >= 8 for indicator in ilo.indicators)
    assert sum(1 for item in items if item.source != "written") >= 30
    assert {item.split for item in items} == {"dev", "test", "test2", "test3", "test4"}


# The aims are precision >= 0.9 and recall >= 0.75 on text by a writer not seen in training.
# Every split is now training data of the shipped classifier, so the honest figure is the
# leave-one-split-out one, recorded with the weights by bench/lens_train.py (test4 is the only
# split whose writer the cues and examples never studied). These floors guard those figures.
LEAVE_ONE_SPLIT_OUT_FLOORS = {"all": (0.9, 0.7), "test4": (0.8, 0.55)}


@pytest.mark.parametrize("split", ["all", "test4"])
def test_leave_one_split_out_precision_and_recall(
    leave_one_split_out: dict[str, Scores], split: str
) -> None:
    chosen = leave_one_split_out.values() if split == "all" else [leave_one_split_out[split]]
    total = pooled(chosen)
    precision, recall = LEAVE_ONE_SPLIT_OUT_FLOORS[split]
    assert total.precision() >= precision
    assert total.recall() >= recall


@pytest.mark.parametrize("split", SPLITS)
def test_the_shipped_classifier_on_its_training_splits(
    trained_scores: dict[str, Scores], split: str
) -> None:
    """In-sample (trained on every split): a guard against a broken runtime, not a measure."""
    assert trained_scores[split].precision() >= 0.9
    assert trained_scores[split].recall() >= 0.85


@pytest.mark.parametrize("split", SPLITS)
def test_a_denial_is_never_evidence(trained_scores: dict[str, Scores], split: str) -> None:
    assert trained_scores[split].denials_total >= 5
    assert trained_scores[split].denials_as_evidence == 0


# The cue and embedding matcher is what user lenses get: its figures on the built-in lens's
# YAML guard it against regressions. test2 and test3 were each written blind, scored once
# (P 0.806 R 0.453; P 0.859 R 0.635), then studied; test4's floors sit under its one blind
# score (P 0.859, R 0.604).
@pytest.mark.parametrize(
    ("split", "precision", "recall"),
    [("test", 0.9, 0.8), ("test2", 0.9, 0.8), ("test3", 0.9, 0.8), ("test4", 0.85, 0.55)],
)
def test_the_cue_matcher_on_the_labelled_splits(
    cue_matcher_scores: dict[str, Scores], split: str, precision: float, recall: float
) -> None:
    assert cue_matcher_scores[split].precision() >= precision
    assert cue_matcher_scores[split].recall() >= recall


# test5 (tests/lenses/blind_sentences.yaml) is the blind measure: a fifth writer, never trained
# or tuned on, scored once on 2026-11-23 (classifier P 0.904 R 0.392; cue matcher P 0.797
# R 0.392; no denial counted as evidence by either). Its recall is far below the aim of 0.75
# (see README, Limits); these floors only guard against a regression.
def test_the_blind_split_is_scored_and_no_denial_counts(ilo: Lens) -> None:
    items = blind_sentences()
    assert {item.split for item in items} == {"test5"}
    assert not {item.text for item in items} & {item.text for item in labelled_sentences()}
    scores = score(items, match_labelled(ilo, items))
    assert scores.precision() >= 0.85
    assert scores.recall() >= 0.35
    assert scores.denials_total >= 15
    assert scores.denials_as_evidence == 0


@requires_shared_data
def test_real_news_not_about_forced_labour_is_rarely_tagged(ilo: Lens) -> None:
    articles = [(d["doc_id"], d["text"]) for d in _data.basil_docs() + _data.newswcl_docs()]
    run = false_positives(ilo, articles)
    assert run.articles == 350
    assert len(run.tagged) < run.articles / 100
