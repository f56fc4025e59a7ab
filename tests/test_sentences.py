"""Sentence spans: a false stop after an abbreviation is joined, real stops are kept."""

from __future__ import annotations

import pytest

from firsthand.sentences import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        # basil 2012 Ryan debate style: a party code ends with a full stop inside brackets
        "“It is a bad bill,” said Rep. Chris Van Hollen (D-Md.), who has sparred with Ryan.",
        "A spokesman for the R.N.C. did not respond to inquiries about the call.",
    ],
)
def test_a_stop_after_an_abbreviation_does_not_end_the_sentence(text: str) -> None:
    assert _sentences(text) == [text]


def test_real_sentence_ends_are_kept() -> None:
    text = "The vote failed. iPhone sales rose. Officials said so.\nA new paragraph."
    assert _sentences(text) == [
        "The vote failed.",
        "iPhone sales rose.",
        "Officials said so.",
        "A new paragraph.",
    ]
