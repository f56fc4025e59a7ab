"""Credits given to the newsroom a tip went to, short forms of one newsroom, letters that
outlets print (quoting one document is no copying), and the newsroom whose text a round-up
prints under its credit. Sentences cited by FNC-1 competition_test body id; the others are
written for the test in the same form."""

from __future__ import annotations

import pytest

from firsthand import claims
from firsthand.model import Article, Story
from firsthand.reuse import trace
from firsthand.reuse.attribution import find_attributions
from firsthand.reuse.origins import OriginNames
from firsthand.reuse.units import quoted_spans


def _article(text: str, key: str = "a1") -> Article:
    return Article(id=key, source=key, outlet=f"outlet-{key}", title="", text=text)


def _credited(text: str) -> list[str]:
    article = _article(text)
    return [a.name for a in find_attributions(article, claims.extract(article))]


def _traced(*articles: Article) -> Story:
    story = Story(id="s", title="t", article_ids=[a.id for a in articles])
    mentions = [m for a in articles for m in claims.extract(a)]
    return trace(story, list(articles), mentions)


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # 473: the newsroom sources tipped, named by a brand with digits
        (
            "In a bid to keep the expensive timepieces secure Apple has begun installing safes in "
            "stores, sources told 9to5Mac.",
            "9to5Mac",
        ),
        # 1322
        (
            "9to5Mac hears from sources that Apple retail stores will be fitted with special safes "
            "to secure inventory.",
            "9to5Mac",
        ),
        # 1823: the brand with its digits spelled apart
        (
            "Speaking to 9 to 5 Mac, these sources say that some Apple Stores are already seeing "
            "safe installations take place.",
            "9 to 5 Mac",
        ),
        # 1232: a reporter "at" the newsroom
        (
            "Renowned Apple reporter Mark Gurman at 9to5Mac has revealed that Apple is installing "
            "safes.",
            "9to5Mac",
        ),
        # 2006: the name before "blog" describes the newsroom named after it
        (
            "The safes will look after the watches before they are sold, according to a report by "
            "Apple blog 9to5mac.",
            "9to5mac",
        ),
        # 1062: the closing credit line
        ("Apple will keep the gold watches in safes overnight.\n\n[via 9to5Mac]", "9to5Mac"),
        # 279: an interview given to a newsroom
        (
            "Journalist Daniel Simone spoke with the NY Post about the 27-year-old’s plan to marry "
            "one of the most infamous killers in history.",
            "NY Post",
        ),
        # 2082: the brand goes on after its channel number ("FOX 2 News" is not "News")
        (
            'FOX 2 News reports that: "Simone says Burton and Hammond initially wanted it."',
            "FOX 2 News",
        ),
    ],
)
def test_credits_read(text: str, credited: str) -> None:
    assert _credited(text) == [credited]


def test_each_newsroom_making_the_point_is_credited() -> None:
    # written in the form of 1604 ("As Bustle and Cosmopolitan point out, ...")
    text = "As Reuters and Bloomberg point out, the deal is not yet signed."
    assert _credited(text) == ["Reuters", "Bloomberg"]


@pytest.mark.parametrize(
    "text",
    [
        # 1872: a proper noun inside a hyphenated adjective
        "I have been working around the clock on a non-China-related magazine project (as the time "
        "of this post indicates) and will wait until tomorrow to say something more.",
        # written: a reporter tipped by a source is a person, not a newsroom
        "A source tells Michael Carney that the deal is off.",
        # written: a blog's name after a possessive is no newsroom's ("on her blog Lana said")
        "On her blog Lana wrote that she was glad.",
    ],
)
def test_no_credit(text: str) -> None:
    assert _credited(text) == []


def test_a_brand_shown_a_newsroom_in_one_article_is_one_in_the_others() -> None:
    tipped = _article("The safes are already in place, sources told 9to5Mac.", "473")
    bare = _article("According to 9to5Mac, the safes are already in stores.", "145")
    traced = _traced(tipped, bare)
    assert sorted(d.article_id for d in traced.derivations if d.derived_from == "9to5Mac") == [
        "145",
        "473",
    ]


def test_short_forms_of_one_newsroom_are_one_origin() -> None:
    names = OriginNames(["NY Post", "New York Post", "the Post", "Los Angeles Times", "LA Times"])
    assert {names.canonical(n) for n in ("NY Post", "New York Post", "the Post")} == {
        "New York Post"
    }
    assert names.canonical("LA Times") == "Los Angeles Times"


# A letter printed paragraph by paragraph, in the first person (written for the test).
LETTER = [
    "When I was twelve I told my mother everything, and she listened to me for hours.",
    "Later my teachers noticed that I had stopped talking, and I never explained it to them.",
    "I hope my friends remember me as I was at the lake that summer, laughing with my sister.",
    "Please do not blame my parents for what I have decided to do with my life.",
]


def test_first_person_paragraphs_of_a_third_person_report_are_someones_words() -> None:
    text = "\n\n".join(
        [
            "A teenager from a small town in Ohio died on Sunday, the state highway patrol said.",
            "Her family said she had been struggling for a long time before the accident.",
            *LETTER,
        ]
    )
    quoted = quoted_spans(text)
    assert [text[start:end] for start, end in quoted] == LETTER


def test_outlets_printing_one_letter_have_not_copied_each_other() -> None:
    first = _article(
        "\n\n".join(
            [
                "A teenager from a small town in Ohio died on Sunday, police in Warren County "
                "said in a statement.",
                "She left a note on her blog, which was published after her death:",
                *LETTER,
            ]
        ),
        "150",
    )
    second = _article(
        "\n\n".join(
            [
                "The family of a teenager who died on a highway near her home said on Monday "
                "that they were grieving.",
                "Her note made her intentions clear:",
                *LETTER,
            ]
        ),
        "2198",
    )
    assert _traced(first, second).derivations == []


# A newsroom's text (written for the test), which a round-up prints under its credit.
QUARTZ = [
    "Most protesters are not copying the gesture from abroad, as some have suggested, and the "
    "organisers say it began with training sessions held in the spring.",
    "Asked about any link between the gesture and the earlier protests, a 22-year-old design "
    "student said the crowd had learned it from the organisers during training.",
    "Another demonstrator with the student group said the gesture had nothing to do with the "
    "events abroad and that it showed the police the protesters were peaceful.",
    "Protest leaders had told demonstrators to raise their hands with palms forward to signal "
    "their peaceful intentions to the police at every march this month.",
]


def test_a_round_up_prints_the_credited_newsrooms_text_under_its_credit() -> None:
    original = _article("\n\n".join(QUARTZ), "361")
    round_up = _article(
        "\n\n".join(
            [
                "Vox published a story on Sunday saying that the protesters had borrowed the "
                "gesture.",
                # 1879: the credit, then the story's paragraphs after a colon
                "But, a story in Quartz Sunday appeared to challenge the idea that the gesture "
                "used by Hong Kong demonstrators was linked to Ferguson.",
                "According to the story, the gesture was not a deliberate show of solidarity:",
                *QUARTZ,
            ]
        ),
        "1879",
    )
    traced = _traced(original, round_up)
    owner = next(d for d in traced.derivations if d.article_id == "361")
    assert owner.derived_from == "Quartz"
    copy = next(d for d in traced.derivations if d.derived_from == "361")
    assert copy.article_id == "1879"
    assert not copy.uncredited
