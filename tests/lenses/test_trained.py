"""The built-in lens's trained classifier: shipped weights, decisions, denials, user lenses."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bench.lens_quality import LABELLED
from firsthand.lenses import Lens, load, matcher_for
from firsthand.lenses.definition import builtin_text
from firsthand.lenses.matcher import LensMatcher
from firsthand.lenses.trained import TrainedMatcher, decide, load_weights, sha256_text

LENS = "ilo-forced-labour"


@pytest.fixture(scope="module")
def ilo() -> Lens:
    return load(LENS)


def test_the_shipped_weights_were_trained_on_the_current_labels_and_lens() -> None:
    weights = load_weights(LENS)
    assert weights.labelled_sha256 == sha256_text(LABELLED.read_text(encoding="utf-8")), (
        "tests/lenses/labelled_sentences.yaml changed: run `python -m bench.lens_train`"
    )
    assert weights.lens_sha256 == sha256_text(builtin_text(LENS))


def test_the_built_in_lens_uses_its_weights_and_a_user_lens_does_not(
    ilo: Lens, tmp_path: Path
) -> None:
    assert isinstance(matcher_for(ilo), TrainedMatcher)
    copy = tmp_path / "copy.yaml"
    copy.write_text(builtin_text(LENS), encoding="utf-8")
    user = load(str(copy))
    assert not user.trained
    assert type(matcher_for(user)) is LensMatcher


def test_a_weak_second_indicator_is_dropped_by_the_gap() -> None:
    logits = np.array([[3.0, 0.1, -5.0]])
    thresholds = np.zeros(3)
    assert [k for k, _ in decide(logits, thresholds, 1.0)[0]] == [0, 1]
    assert [k for k, _ in decide(logits, thresholds, 0.3)[0]] == [0]


def test_a_sentence_of_an_article_not_about_work_is_never_tagged(ilo: Lens) -> None:
    text = "The employer confiscated the workers' passports and locked them in the compound."
    matcher = matcher_for(ilo)
    assert matcher.match([text], [False]) == [[]]
    assert {m.indicator for m in matcher.match([text], [True])[0]} >= {
        "retention-of-identity-documents"
    }


def test_a_denial_is_marked_denied_not_evidence(ilo: Lens) -> None:
    text = "The company denied confiscating the workers' passports."
    found = matcher_for(ilo).match([text], [True])[0]
    assert found
    assert all(match.denied for match in found)


def test_the_accused_sides_account_without_a_denial_word_is_a_denial(ilo: Lens) -> None:
    text = "The company said every worker had been paid in full and on time, and showed payslips."
    found = matcher_for(ilo).match([text], [True])[0]
    assert all(match.denied for match in found)
