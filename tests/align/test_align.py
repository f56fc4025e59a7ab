"""The align stage on a hand-built story: verdicts, and each conflict kind with both sides."""

from __future__ import annotations

import pytest

from firsthand.align import UNTRACED_NOTE, align
from firsthand.model import Article, Claim, Conflict, Derivation, Mention, Origin, Span, Story
from tests.align._build import article, mention

HERALD = article(
    "a",
    "Meridian Herald",
    "More than 7,000 workers walked out at the Kestrel plant on Monday. "
    "The Kestrel plant opened in 2019. "
    "Twenty-four people were injured in clashes with security guards. "
    '"We will not return until the wages are paid in full," said union leader Maria Ortiz. '
    "The march ended outside the Labour Ministry in Port Harwick. "
    "The strike cost the company $3 million, according to the Finance Ministry. "
    "The crowd outside the gates numbered 5,000 people, according to the Interior Ministry. "
    "Output at the plant could fall by 40 percent this year.",
)
LEDGER = article(
    "b",
    "Daily Ledger",
    "Over 7,000 workers walked out at the Kestrel plant on Monday. "
    "The Kestrel plant opened in 2017. "
    '"We will not return until the wages are paid in full," said plant manager Tom Reeve. '
    "The march ended outside the Labour Ministry in Glen Dunmore. "
    "The strike cost the company $3 million, according to Kestrel Holdings. "
    "Output at the plant fell by 40 percent this year.",
)
POST = article(
    "c",
    "Coastal Post",
    "About 2,000 workers walked out at the Kestrel plant on Monday. "
    "24 people were injured in clashes with security guards. "
    "The crowd outside the gates numbered 20,000 people, according to the Workers Alliance. "
    "Twelve miners were trapped underground at the company's other site. "
    "In all, 15 miners were trapped underground at the company's other site.",
)
ECHO = article(
    "d",
    "Valley Courier",
    "More than 7,000 workers walked out at the Kestrel plant on Monday, a report said.",
)

COUNT = {"kind": "quantity", "counted": "workers"}
PEOPLE = {"kind": "quantity", "low": 24, "high": 24, "counted": "people"}
MINERS = {"kind": "quantity", "counted": "miners"}
MENTIONS: list[Mention] = [
    mention(
        HERALD,
        "More than 7,000 workers walked out at the Kestrel plant on Monday.",
        [("More than 7,000", {**COUNT, "low": 7000, "qualifier": "more than"})],
        kind="figure",
    ),
    mention(
        HERALD,
        "The Kestrel plant opened in 2019.",
        [("2019", {"kind": "year", "date": "2019"})],
        kind="date",
    ),
    mention(
        HERALD,
        "Twenty-four people were injured in clashes with security guards.",
        [("Twenty-four", PEOPLE)],
        kind="figure",
    ),
    mention(
        HERALD,
        '"We will not return until the wages are paid in full," said union leader Maria Ortiz.',
        kind="quote",
        quote="We will not return until the wages are paid in full",
        speaker="Maria Ortiz",
    ),
    mention(
        HERALD,
        "The march ended outside the Labour Ministry in Port Harwick.",
        entities=["Labour Ministry", "Port Harwick"],
    ),
    mention(
        HERALD,
        "The strike cost the company $3 million, according to the Finance Ministry.",
        [("$3 million", {"kind": "quantity", "low": 3e6, "high": 3e6, "unit": "USD"})],
        claimant="Finance Ministry",
        kind="figure",
    ),
    mention(
        HERALD,
        "The crowd outside the gates numbered 5,000 people, according to the Interior Ministry.",
        [("5,000 people", {"kind": "quantity", "low": 5000, "high": 5000, "counted": "people"})],
        claimant="Interior Ministry",
        kind="figure",
    ),
    mention(
        HERALD,
        "Output at the plant could fall by 40 percent this year.",
        [("40 percent", {"kind": "quantity", "low": 40, "high": 40, "unit": "percent"})],
        modality="forecast",
        kind="figure",
    ),
    mention(
        LEDGER,
        "Over 7,000 workers walked out at the Kestrel plant on Monday.",
        [("Over 7,000", {**COUNT, "low": 7000, "qualifier": "over"})],
        kind="figure",
    ),
    mention(
        LEDGER,
        "The Kestrel plant opened in 2017.",
        [("2017", {"kind": "year", "date": "2017"})],
        kind="date",
    ),
    mention(
        LEDGER,
        '"We will not return until the wages are paid in full," said plant manager Tom Reeve.',
        kind="quote",
        quote="We will not return until the wages are paid in full",
        speaker="Tom Reeve",
    ),
    mention(
        LEDGER,
        "The march ended outside the Labour Ministry in Glen Dunmore.",
        entities=["Labour Ministry", "Glen Dunmore"],
    ),
    mention(
        LEDGER,
        "The strike cost the company $3 million, according to Kestrel Holdings.",
        [("$3 million", {"kind": "quantity", "low": 3e6, "high": 3e6, "unit": "USD"})],
        claimant="Kestrel Holdings",
        kind="figure",
    ),
    mention(
        LEDGER,
        "Output at the plant fell by 40 percent this year.",
        [("40 percent", {"kind": "quantity", "low": 40, "high": 40, "unit": "percent"})],
        kind="figure",
    ),
    mention(
        POST,
        "About 2,000 workers walked out at the Kestrel plant on Monday.",
        [("About 2,000", {**COUNT, "low": 1800, "high": 2200, "qualifier": "about"})],
        kind="figure",
    ),
    mention(
        POST,
        "24 people were injured in clashes with security guards.",
        [("24", PEOPLE)],
        kind="figure",
    ),
    mention(
        POST,
        "The crowd outside the gates numbered 20,000 people, according to the Workers Alliance.",
        [("20,000 people", {"kind": "quantity", "low": 20000, "high": 20000, "counted": "people"})],
        claimant="Workers Alliance",
        kind="figure",
    ),
    mention(
        POST,
        "Twelve miners were trapped underground at the company's other site.",
        [("Twelve", {**MINERS, "low": 12, "high": 12})],
        kind="figure",
    ),
    mention(
        POST,
        "In all, 15 miners were trapped underground at the company's other site.",
        [("15", {**MINERS, "low": 15, "high": 15})],
        kind="figure",
    ),
    mention(
        ECHO,
        "More than 7,000 workers walked out at the Kestrel plant on Monday, a report said.",
        [("More than 7,000", {**COUNT, "low": 7000, "qualifier": "more than"})],
        kind="figure",
    ),
]
ARTICLES: list[Article] = [HERALD, LEDGER, POST, ECHO]


def _story(**fields: object) -> Story:
    return Story(id="s1", title="strike", article_ids=[a.id for a in ARTICLES], **fields)  # type: ignore[arg-type]


def _echo_story() -> Story:
    """As reuse traces it: the Courier rewrites the Herald; each other article is its own root."""
    echo = Derivation(article_id="d", derived_from="a", kind="rewrite")
    roots = [
        Origin(name="Meridian Herald", article_ids=["a", "d"], in_corpus=True, kind="article"),
        Origin(name="Daily Ledger", article_ids=["b"], in_corpus=True, kind="article"),
        Origin(name="Coastal Post", article_ids=["c"], in_corpus=True, kind="article"),
    ]
    return _story(derivations=[echo], origins=roots, independent_origin_count=3)


@pytest.fixture(scope="module")
def traced() -> Story:
    return align(_echo_story(), ARTICLES, MENTIONS)


def _claim_with(story: Story, text: str) -> Claim:
    return next(c for c in story.claims if any(m.text.startswith(text) for m in c.mentions))


def _conflict(story: Story, kind: str) -> Conflict:
    found = [c for c in story.conflicts if c.kind == kind]
    assert len(found) == 1, [c.explanation for c in story.conflicts]
    return found[0]


def _side_texts(conflict: Conflict) -> list[set[str]]:
    return [{m.text for m in side.mentions} for side in conflict.sides]


def test_each_conflict_kind_is_found_with_both_sides(traced: Story) -> None:
    kinds = sorted(c.kind for c in traced.conflicts)
    assert kinds == sorted(
        ["value", "date", "modality", "speaker", "detail", "claimant", "distinct-figures", "value"]
    ), [c.explanation for c in traced.conflicts]
    date = _conflict(traced, "date")
    assert date.explanation == "Meridian Herald gives the date as 2019; Daily Ledger gives 2017."
    assert [side.value for side in date.sides] == ["2019", "2017"]
    speaker = _conflict(traced, "speaker")
    assert {side.value for side in speaker.sides} == {"Maria Ortiz", "Tom Reeve"}
    detail = _conflict(traced, "detail")
    assert {side.value for side in detail.sides} == {"Port Harwick", "Glen Dunmore"}


def test_value_conflict_spans_point_into_the_articles(traced: Story) -> None:
    texts = {a.id: a.text for a in ARTICLES}
    for conflict in traced.conflicts:
        for side in conflict.sides:
            for span in side.mentions:
                assert texts[span.article_id][span.start : span.end] == span.text


def test_over_and_about_figures_conflict_but_equal_wordings_do_not(traced: Story) -> None:
    walkout = [c for c in traced.conflicts if c.kind == "value" and "workers" in c.explanation]
    assert len(walkout) == 1
    assert {side.value for side in walkout[0].sides} == {
        "More than 7,000 [>7,000 workers]",
        "About 2,000 [~2,000 workers]",
    }
    injured = _claim_with(traced, "Twenty-four people")
    assert {m.article_id for m in injured.mentions} == {"a", "c"}
    assert injured.verdict == "corroborated"
    assert injured.independent_origin_count == 2


def test_distinct_figures_do_not_contest_the_claims(traced: Story) -> None:
    distinct = _conflict(traced, "distinct-figures")
    assert "Interior Ministry" in distinct.explanation
    assert "Workers Alliance" in distinct.explanation
    assert _claim_with(traced, "The crowd outside the gates numbered 5,000").verdict == (
        "single-source"
    )


def test_contradiction_inside_one_article_is_found(traced: Story) -> None:
    miners = [c for c in traced.conflicts if c.kind == "value" and "miners" in c.sides[0].value]
    assert len(miners) == 1
    assert miners[0].explanation.startswith("Coastal Post gives Twelve")
    assert "in one place" in miners[0].explanation


def test_a_rewrite_echoes_its_origin_and_does_not_corroborate(traced: Story) -> None:
    walkout = _claim_with(traced, "More than 7,000 workers")
    assert {m.article_id for m in walkout.mentions} >= {"a", "d"}
    assert walkout.verdict == "contested"
    assert "Valley Courier" not in walkout.origins
    assert all(claim.note is None for claim in traced.claims)


def test_echoed_when_every_article_traces_to_one_origin() -> None:
    herald_only = [m for m in MENTIONS if m.article_id in ("a", "d") and "7,000" in m.text]
    story = align(_echo_story(), ARTICLES, herald_only)
    (claim,) = story.claims
    assert claim.verdict == "echoed"
    assert claim.origins == ["Meridian Herald"]
    assert len(claim.mentions) == 2


def test_without_provenance_each_outlet_is_an_origin_and_claims_say_so() -> None:
    herald_only = [m for m in MENTIONS if m.article_id in ("a", "d") and "7,000" in m.text]
    (claim,) = align(_story(), ARTICLES, herald_only).claims
    assert claim.verdict == "corroborated"
    assert claim.note == UNTRACED_NOTE


def test_off_story_mentions_stay_out_of_claims_and_conflicts() -> None:
    sentence = "In all, 15 miners were trapped underground at the company's other site."
    start = POST.text.index(sentence)
    off = Span(article_id="c", start=start, end=start + len(sentence), text=sentence)
    story = align(_story(off_story=[off]), ARTICLES, MENTIONS)
    assert not any(m.text == sentence for c in story.claims for m in c.mentions)
    assert not any("miners" in c.explanation for c in story.conflicts)


def test_mention_not_matching_its_article_is_an_error() -> None:
    wrong = MENTIONS[0].model_copy(update={"start": 1})
    with pytest.raises(ValueError, match="does not match"):
        align(_story(), ARTICLES, [wrong])
