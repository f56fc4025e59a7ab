"""The built-in lens's trained classifier: shipped weights, decisions, denials, user lenses."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bench.lens_quality import LABELLED
from firsthand.lenses import Lens, load, matcher_for
from firsthand.lenses.definition import builtin_text, weights_file
from firsthand.lenses.matcher import LensMatcher
from firsthand.lenses.trained import (
    TrainedMatcher,
    Weights,
    decide,
    gated_logits,
    lexical_features,
    lexical_terms,
    load_weights,
    neighbour_features,
    sha256_text,
)

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


def test_the_shipped_weights_read_back_whole_and_stay_small() -> None:
    stored = weights_file(LENS).read_bytes()
    weights = Weights.from_bytes(stored)
    assert weights.to_bytes() == stored
    assert weights.neighbours.dtype == np.float16
    assert len(weights.neighbours) == len(weights.neighbour_topic)
    assert len(stored) < 2_000_000  # the term weights (2 x 11 x ~2,300) take 0.4 MB


def test_the_gated_logit_is_the_logit_of_the_product_and_stays_finite() -> None:
    def sigmoid(x: float) -> float:
        return float(1 / (1 + np.exp(-x)))

    gate = np.array([0.5, 40.0])
    indicator = np.array([[-1.0], [40.0]])
    found = gated_logits(gate, indicator)
    product = sigmoid(0.5) * sigmoid(-1.0)
    assert found[0, 0] == pytest.approx(np.log(product / (1 - product)))
    assert np.isfinite(found).all()


def test_neighbour_features_average_the_nearest_and_take_the_margin() -> None:
    similarities = np.array([[0.9, 0.8, 0.1, 0.5, 0.4]])
    topic = np.array([[True], [True], [True], [False], [False]])
    nearest_positives = (0.9 + 0.8 + 0.1) / 3
    assert neighbour_features(similarities, topic)[0, 0] == pytest.approx(
        [nearest_positives, nearest_positives - 0.45]
    )
    assert neighbour_features(similarities[:, 3:], topic[3:])[0, 0, 0] == -1.0


def test_lexical_terms_are_stems_and_their_adjacent_pairs_without_stop_words_or_numbers() -> None:
    found = lexical_terms("Their passports were confiscated by 3 recruiters who charged fees.")
    stems = {"passport", "confiscat", "recruiter", "charg", "fee"}
    pairs = {"passport confiscat", "confiscat recruiter", "recruiter charg", "charg fee"}
    assert found == stems | pairs


def test_lexical_features_give_each_sentence_unit_length_over_known_terms() -> None:
    vocabulary = {"passport": 0, "fee": 1, "beaten": 2}
    texts = ["Their passports were kept.", "Nothing known here.", "Passport fees rose."]
    found = lexical_features(vocabulary, texts).toarray()
    assert found == pytest.approx(np.array([[1, 0, 0], [0, 0, 0], [2**-0.5, 2**-0.5, 0]]))


def test_the_shipped_weights_read_the_terms_of_a_sentence() -> None:
    weights = load_weights(LENS)
    assert (
        len(weights.vocabulary)
        == weights.lexical.shape[1]
        == weights.indicator_lexical.shape[1]
        == len(weights.account_lexical)
    )
    terms = weights.terms(
        ["Their passports were confiscated on arrival.", "It was on the 5th."]
    ).toarray()
    assert terms[0, weights.vocabulary.index("passport")] > 0
    assert np.linalg.norm(terms[0]) == pytest.approx(1.0)
    assert not terms[1].any()


def test_the_built_in_lens_uses_its_weights_and_a_user_lens_does_not(
    ilo: Lens, tmp_path: Path
) -> None:
    assert isinstance(matcher_for(ilo), TrainedMatcher)
    copy = tmp_path / "copy.yaml"
    copy.write_text(builtin_text(LENS), encoding="utf-8")
    user = load(str(copy))
    assert not user.trained
    assert type(matcher_for(user)) is LensMatcher


def test_every_indicator_over_its_threshold_is_tagged_most_probable_first() -> None:
    logits = np.array([[0.1, 3.0, -5.0], [-1.0, -1.0, -1.0]])
    tagged = decide(logits, np.zeros(3))
    assert [k for k, _ in tagged[0]] == [1, 0]
    assert tagged[1] == []


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


def test_the_account_model_weighs_the_accused_sides_words() -> None:
    """The account model reads the terms too: a spokesman's statement leans to an account, a
    worker's story of a foreman away from one."""
    weights = load_weights(LENS)
    terms = weights.terms(
        [
            "A spokesman for the company insisted in a statement that the workers were free to "
            "leave.",
            "The foreman refused to let the labourers leave for months.",
        ]
    )
    spokesman, foreman = terms @ weights.account_lexical
    assert spokesman > 0 > foreman
