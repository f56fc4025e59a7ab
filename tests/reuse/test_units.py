"""Sentence units: quotations masked, numbers normalised, offsets kept."""

from __future__ import annotations

from firsthand.model import Article
from firsthand.reuse.units import article_units, normalised_words

TEXT = (
    'Officials met in the capital.\n\n"We will not sign. We will fight this in court," '
    "the union leader said after the meeting with twenty five thousand members."
)


def test_quotation_spanning_two_sentences_is_masked_in_both() -> None:
    units = article_units(0, Article(id="a", source="s", outlet="o", title="t", text=TEXT))
    own = [s.own_text for s in units.sentences]
    assert own[1] == "…"
    assert own[2].startswith("… the union leader said")
    assert "fight" not in " ".join(own)
    assert [TEXT[s.start : s.end][:9] for s in units.sentences] == [
        "Officials",
        '"We will ',
        "We will f",
    ]
    assert [p.sentences for p in units.paragraphs] == [(0,), (1, 2)]


def test_spelled_out_numbers_compare_equal_to_digits() -> None:
    assert normalised_words("twenty five thousand workers") == normalised_words("25,000 workers")
