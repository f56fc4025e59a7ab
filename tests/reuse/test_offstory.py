"""Off-story passages on a small story written for this test: two reports of a council vote
on a bridge, the second ending with a brief from the same city hall beat."""

from __future__ import annotations

from firsthand.model import Article, Span
from firsthand.reuse.offstory import off_story_spans
from firsthand.reuse.passages import sentence_vectors
from firsthand.reuse.units import article_units

GAZETTE = [
    (
        "The Brennock city council voted seven to two on Tuesday to replace the Old Mill "
        "bridge, which engineers closed to lorries last spring after finding cracked girders."
    ),
    (
        "The new crossing will cost about 14 million pounds, most of it borrowed against the "
        "council's road budget, and is due to open in 2027."
    ),
    (
        "Councillor Hetty Varga, who voted against, said the borrowing would squeeze repairs "
        "to smaller roads for a decade and that a cheaper refurbishment had been dismissed."
    ),
    (
        "Shopkeepers near the bridge say its closure to lorries has cut deliveries, and they "
        "asked the council to reopen it to vans while the replacement is built."
    ),
]

COURIER_STORY = [
    (
        "Brennock will build a new Old Mill bridge after councillors approved the plan by "
        "seven votes to two at Tuesday's meeting."
    ),
    (
        "Engineers shut the ageing bridge to heavy traffic last year when they found cracks "
        "in its steel girders, and the replacement is expected to cost 14 million pounds."
    ),
    (
        "Opponents, led by councillor Hetty Varga, argued that repairing the old structure "
        "would have been cheaper and warned that the loan would delay other road repairs."
    ),
]

# The same beat (the same council and its leader), another matter entirely.
BRIEF = (
    "Separately, council leader Owen Pryce said the Tallow Lane swimming baths in Ashgrove "
    "will shut in September for repairs, and that lessons will be held at Kingsmead."
)

# The story's own background, in words the other report does not use.
BACKGROUND = (
    "The Old Mill bridge was built in 1868 to carry carts from the mill to the railway "
    "goods yard, and it was widened once, in the 1950s, when buses began to use it."
)


def _article(article_id: str, paragraphs: list[str]) -> Article:
    return Article(
        id=article_id, source=article_id, outlet=article_id, title="", text="\n\n".join(paragraphs)
    )


def _off_story(closing: str) -> list[Span]:
    articles = [_article("gazette", GAZETTE), _article("courier", [*COURIER_STORY, closing])]
    units = [article_units(position, a) for position, a in enumerate(articles)]
    return off_story_spans(units, sentence_vectors(units))


def test_closing_brief_from_the_same_beat_is_off_story() -> None:
    # Its few topic words are the beat's ("council", "repairs"), but its names are all new:
    # pooled, names and words are mostly new to the story.
    assert [(s.article_id, s.text) for s in _off_story(BRIEF)] == [("courier", BRIEF)]


def test_closing_background_on_the_story_stays() -> None:
    assert _off_story(BACKGROUND) == []
