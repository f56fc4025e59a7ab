"""The ILO lens on the hand-labelled sentences and on real news that is not about forced labour."""

from __future__ import annotations

from collections import Counter

import pytest

from bench import _data
from bench.lens_quality import (
    Scores,
    false_positives,
    labelled_sentences,
    match_labelled,
    score,
)
from firsthand.lenses import Lens, load
from tests.conftest import requires_shared_data


@pytest.fixture(scope="module")
def ilo() -> Lens:
    return load("ilo-forced-labour")


@pytest.fixture(scope="module")
def held_out_scores(ilo: Lens) -> dict[str, Scores]:
    splits = {split: labelled_sentences(split) for split in ("test", "test2", "test3", "test4")}
    return {split: score(items, match_labelled(ilo, items)) for split, items in splits.items()}


def test_the_labelled_set_is_big_enough_and_covers_every_indicator(ilo: Lens) -> None:
    items = labelled_sentences()
    assert len(items) >= 120
    covered = Counter(i for item in items for i in item.indicators)
    assert all(covered[indicator.id] >= 8 for indicator in ilo.indicators)
    assert sum(1 for item in items if item.source != "written") >= 30
    assert {item.split for item in items} == {"dev", "test", "test2", "test3", "test4"}


# The aims are precision >= 0.9 and recall >= 0.75; these floors guard the figures reported in
# docs/benchmarks.md. test2 was written blind and scored once (precision 0.806, recall 0.453),
# then studied in the recall work of issue #7; test3 was written blind after that work, scored
# once (P 0.859, R 0.635), then studied in its second round. So neither floor measures unseen
# text any more: they guard the studied figures against regressions. test4, written blind
# during that round, is the blind measure; its floors sit under its first score (P 0.859,
# R 0.604), which misses the aims.
@pytest.mark.parametrize(
    ("split", "precision", "recall"),
    [("test", 0.9, 0.8), ("test2", 0.9, 0.8), ("test3", 0.9, 0.8), ("test4", 0.85, 0.55)],
)
def test_precision_and_recall_on_the_held_out_splits(
    held_out_scores: dict[str, Scores], split: str, precision: float, recall: float
) -> None:
    assert held_out_scores[split].precision() >= precision
    assert held_out_scores[split].recall() >= recall


@pytest.mark.parametrize(
    "split",
    [
        "test",
        "test2",
        pytest.param(
            "test3",
            marks=pytest.mark.xfail(
                strict=True,
                reason="'recruitment fees were banned and ... no worker had been charged': a "
                "prohibition read as evidence of the fees",
            ),
        ),
        pytest.param(
            "test4",
            marks=pytest.mark.xfail(
                strict=True, reason="1 of 16 denials counted as evidence on its blind score"
            ),
        ),
    ],
)
def test_a_denial_is_never_evidence(held_out_scores: dict[str, Scores], split: str) -> None:
    assert held_out_scores[split].denials_total >= 5
    assert held_out_scores[split].denials_as_evidence == 0


@requires_shared_data
def test_real_news_not_about_forced_labour_is_rarely_tagged(ilo: Lens) -> None:
    articles = [(d["doc_id"], d["text"]) for d in _data.basil_docs() + _data.newswcl_docs()]
    run = false_positives(ilo, articles)
    assert run.articles == 350
    assert len(run.tagged) < run.articles / 100
