"""The ILO lens on the hand-labelled sentences and on real news that is not about forced labour."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from bench import _data
from bench.lens_quality import (
    NEW_WRITERS,
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
    assert {item.split for item in items} == set(SPLITS)
    assert len(SPLITS) == 9


# The aims are precision >= 0.9 and recall >= 0.75 on text by a writer not seen in training.
# Every split is now training data of the shipped classifier, so the honest figure is the
# nested leave-one-split-out one, recorded with the weights by bench/lens_train.py (test4, test6,
# test7, test11 and test12 are the splits whose writers the cues and examples never studied).
# These floors guard those figures. The single model scored P 0.921 R 0.597 over all seven splits
# and P 0.894 R 0.462 over the new writers' three; the blend that replaced it P 0.943 R 0.609 and
# P 0.914 R 0.507 (P 0.932 R 0.599 and P 0.890 R 0.500 when retrained on today's sentence
# splitter). Retrained with test11 and test12, it scores P 0.919 R 0.566 over all nine splits and
# P 0.892 R 0.510 over the five new writers' (P 0.898 R 0.510 over the first three). With term
# weights (firsthand.lenses.trained.lexical_terms), P 0.922 R 0.634 and P 0.896 R 0.570 (P 0.888
# R 0.545 over the first three: precision fell a point there, recall rose 3.5). With the account
# model reading the terms too, P 0.932 R 0.646 and P 0.913 R 0.589 (P 0.901 R 0.558 over the first
# three; test4 P 0.918 R 0.736), and 6 of 122 denials read as evidence instead of 13. Keeping
# every indicator over its threshold (no gap below the sentence's best) and letting the nested
# choice aim as low as 0.90: P 0.921 R 0.672 and P 0.907 R 0.601 (P 0.899 R 0.579 over the first
# three; test4 P 0.917 R 0.725), denials unchanged. test6 and test7 are harder (R about 0.5
# left out) than the others.
LEAVE_ONE_SPLIT_OUT_FLOORS = {
    "all": ((*SPLITS,), 0.92, 0.66),
    "new writers": (NEW_WRITERS, 0.9, 0.59),
    "first new writers": (("test4", "test6", "test7"), 0.89, 0.57),
    "test4": (("test4",), 0.9, 0.72),
}


@pytest.mark.parametrize("name", sorted(LEAVE_ONE_SPLIT_OUT_FLOORS))
def test_leave_one_split_out_precision_and_recall(
    leave_one_split_out: dict[str, Scores], name: str
) -> None:
    splits, precision, recall = LEAVE_ONE_SPLIT_OUT_FLOORS[name]
    total = pooled(leave_one_split_out[split] for split in splits)
    assert total.precision() >= precision
    assert total.recall() >= recall


def test_leave_one_split_out_denials_rarely_count_as_evidence(
    leave_one_split_out: dict[str, Scores],
) -> None:
    """6 of 122 with the account model reading the terms (13 without them)."""
    total = pooled(leave_one_split_out.values())
    assert total.denials_total >= 120
    assert total.denials_as_evidence <= 6


@pytest.mark.parametrize("split", SPLITS)
def test_the_shipped_classifier_on_its_training_splits(
    trained_scores: dict[str, Scores], split: str
) -> None:
    """In-sample (trained on every split): a guard against a broken runtime, not a measure.
    With term weights the models nearly learn their training sentences by heart (in-sample
    recall 0.95 to 1.0), so only the nested figures above say anything about new text."""
    assert trained_scores[split].precision() >= 0.9
    assert trained_scores[split].recall() >= 0.65


@pytest.mark.parametrize("split", SPLITS)
def test_a_denial_is_never_evidence(trained_scores: dict[str, Scores], split: str) -> None:
    assert trained_scores[split].denials_total >= 5
    assert trained_scores[split].denials_as_evidence == 0


# The cue and embedding matcher is what user lenses get: its figures on the built-in lens's
# YAML guard it against regressions. test2 and test3 were each written blind, scored once
# (P 0.806 R 0.453; P 0.859 R 0.635), then studied; the floors of test4, test6, test7, test11
# and test12 sit under their blind scores (P 0.859 R 0.604; P 0.880 R 0.468; P 0.818 R 0.421;
# P 0.769 R 0.521; P 0.917 R 0.458), which the cue matcher keeps, as the cues were not changed
# for them.
@pytest.mark.parametrize(
    ("split", "precision", "recall"),
    [
        ("test", 0.9, 0.8),
        ("test2", 0.9, 0.8),
        ("test3", 0.9, 0.8),
        ("test4", 0.85, 0.55),
        ("test6", 0.85, 0.42),
        ("test7", 0.78, 0.38),
        ("test11", 0.75, 0.5),
        ("test12", 0.9, 0.44),
    ],
)
def test_the_cue_matcher_on_the_labelled_splits(
    cue_matcher_scores: dict[str, Scores], split: str, precision: float, recall: float
) -> None:
    assert cue_matcher_scores[split].precision() >= precision
    assert cue_matcher_scores[split].recall() >= recall


# The blind splits (tests/lenses/blind_sentences.yaml), never trained or tuned on. test5 was
# scored once on 2026-11-23 by the five-split classifier (P 0.904 R 0.392; now P 0.938 R 0.375);
# test8 once the same day by three classifiers (the shipped one P 0.902 R 0.550). On 2026-11-24
# the blend that replaced that classifier scored test5 P 0.946 R 0.442 and test8 P 0.934
# R 0.570. Recall is far below the aim of 0.75 (see README, Limits); these floors only guard
# against a regression. One test8 denial told as the accused side's account, with no denial
# word, was read as evidence. test9 and test10 were scored once on 2026-11-24 by that blend
# (P 0.841 R 0.558, 3 denials read as evidence; P 0.951 R 0.554, none). The blend retrained on
# nine splits (with test11 and test12) scores test5 P 0.923 R 0.400, test8 P 0.952 R 0.600,
# test9 P 0.871 R 0.519 and test10 P 0.960 R 0.518, with 1 of 65 denials (in test9) read as
# evidence. With term weights added (scored once on 2026-11-25, after the decision to ship them
# on nested leave-one-split-out): test5 P 0.933 R 0.467, test8 P 0.930 R 0.660, test9 P 0.901
# R 0.615 and test10 P 0.934 R 0.511, with 2 of 65 denials (one in test8, one in test9) read as
# evidence. With the account model reading the terms too (scored once on 2026-11-25, after the
# decision to ship it on nested leave-one-split-out): test5 P 0.915 R 0.542, test8 P 0.958
# R 0.690, test9 P 0.889 R 0.615 and test10 P 0.935 R 0.518, with 2 of 65 denials (one in test5,
# one in test9) read as evidence. With every indicator over its threshold kept (no gap below a
# sentence's best) and precision aims down to 0.90 open to the nested choice (scored once on
# 2026-11-25, after the decision to ship on nested leave-one-split-out): test5 P 0.892 R 0.550,
# test8 P 0.947 R 0.720, test9 P 0.883 R 0.654 and test10 P 0.938 R 0.547, denials unchanged.
BLIND_FLOORS = {
    "test5": (0.88, 0.53, 1),
    "test8": (0.92, 0.7, 0),
    "test9": (0.87, 0.63, 1),
    "test10": (0.92, 0.52, 0),
}


@pytest.mark.parametrize("split", sorted(BLIND_FLOORS))
def test_the_blind_splits_are_scored_and_denials_rarely_count(ilo: Lens, split: str) -> None:
    blind = blind_sentences()
    assert {item.split for item in blind} == set(BLIND_FLOORS)
    assert not {item.text for item in blind} & {item.text for item in labelled_sentences()}
    items = [item for item in blind if item.split == split]
    scores = score(items, match_labelled(ilo, items))
    precision, recall, denials_as_evidence = BLIND_FLOORS[split]
    assert scores.precision() >= precision
    assert scores.recall() >= recall
    assert scores.denials_total >= 15
    assert scores.denials_as_evidence <= denials_as_evidence


@requires_shared_data
def test_real_news_not_about_forced_labour_is_rarely_tagged(ilo: Lens) -> None:
    articles = [(d["doc_id"], d["text"]) for d in _data.basil_docs() + _data.newswcl_docs()]
    run = false_positives(ilo, articles)
    assert run.articles == 350
    assert len(run.tagged) < run.articles / 100
