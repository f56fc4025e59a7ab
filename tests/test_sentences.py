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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fnc1-test:2094: a stop glued to the next sentence after a lower-case word
        (
            "Neither knew the extent of al-Baghdadi’s apparent injuries.State television later "
            "also reported that al-Baghdadi had been wounded.",
            [
                "Neither knew the extent of al-Baghdadi’s apparent injuries.",
                "State television later also reported that al-Baghdadi had been wounded.",
            ],
        ),
        # fnc1-test:914: ... before an opening quotation mark
        (
            "Mrs Perón extended the benefit to seventh daughters as well.“The unconnected myth "
            "of the lobizón began among the gauchos,” said Balmaceda.In the Argentinian version, "
            "the lobizón transforms into a mixture of pig and dog.",
            [
                "Mrs Perón extended the benefit to seventh daughters as well.",
                "“The unconnected myth of the lobizón began among the gauchos,” said Balmaceda.",
                "In the Argentinian version, the lobizón transforms into a mixture of pig and dog.",
            ],
        ),
        # fnc1-train:1457, fnc1-train:1291: after a closing quotation mark, before or after it
        (
            'the intent and capability to commit an act of terrorism".However, there is nothing '
            "to suggest it.",
            [
                'the intent and capability to commit an act of terrorism".',
                "However, there is nothing to suggest it.",
            ],
        ),
        (
            '"It also has studied platinum watch casings, they said."Apple CEO Tim Cook told '
            "retail employees so.",
            [
                '"It also has studied platinum watch casings, they said."',
                "Apple CEO Tim Cook told retail employees so.",
            ],
        ),
    ],
)
def test_a_stop_glued_to_the_next_sentence_ends_it(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Amazon.com and Yahoo.Finance rose at 5 a.m.Monday.",
        "He met J.R.R. Tolkien in the U.S. and drank a No.5 at 3.5 degrees.",
        "Email: Paul.Bond@THR.com for the photo racisteditwonames.JPG",  # fnc1-train:99, -test:1714
        # fnc1-train:1982: a title written short is no sentence end before the name
        "“We are assessing the results,” said Pentagon press secretary Rear Adm. John Kirby.",
        "Deputy Air Force Commander Lt. Gen. Hamed Attia said the air raid took place.",
    ],
)
def test_no_sentence_end_inside_names_addresses_and_titles(text: str) -> None:
    assert _sentences(text) == [text]
