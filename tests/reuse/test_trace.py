"""The reuse stage on a small corpus written for this test, and on real BASIL articles."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence

import pytest

from bench import _data
from bench._farm import farm_copy
from firsthand import claims
from firsthand.model import Article, Story
from firsthand.reuse import origin_of, trace
from tests.conftest import requires_shared_data

HERALD = "\n\n".join(
    [
        (
            "Workers at the Saltmarsh fish processing plant in Port Keel were made to work "
            "sixteen-hour shifts without overtime pay for most of last year, an investigation"
            " by the Meridian Herald has found."
        ),
        (
            "The plant, owned by Keel Seafoods, employs about 400 people, most of them "
            "migrants recruited through agencies abroad."
        ),
        (
            "Payslips seen by the Herald show deductions for housing and transport that left "
            "some workers with less than half of the legal minimum wage."
        ),
        (
            '"We were told that if we complained, our contracts would end," said Amina '
            "Odhiambo, who packed fish at the plant for two years."
        ),
        (
            "Keel Seafoods said in a statement that it pays all staff in line with the law "
            "and would review the claims."
        ),
        (
            "The labour inspectorate confirmed that it had opened an inquiry into the plant "
            "in January."
        ),
    ]
)

RETELLING = "\n\n".join(
    [
        (
            "Migrant workers at a Port Keel fish plant worked sixteen-hour days without "
            "overtime, according to the Meridian Herald."
        ),
        (
            "The newspaper said housing and transport deductions pushed some pay below half "
            "the minimum wage at the Keel Seafoods site."
        ),
        (
            "Keel Seafoods has said it follows the law, and the labour inspectorate is "
            "investigating."
        ),
    ]
)

PORT_RADIO = "\n\n".join(
    [
        (
            "Inspectors from the national labour inspectorate visited the Keel Seafoods plant"
            " in Port Keel on Thursday, two union officials said."
        ),
        (
            '"The inspectors spent six hours on the packing floor and asked for every '
            "timesheet since May,\" said Joseph Mwangi of the food workers' union."
        ),
        (
            "A second union organiser, Grace Njeri, said more than thirty workers had given "
            "statements about unpaid overtime and debts owed to recruiters."
        ),
        ("Keel Seafoods did not answer calls from Port Radio on Thursday."),
        (
            "In football, Harbour United beat Riverside Rovers three goals to one on "
            "Saturday, with Tomas Berg scoring twice before a crowd of eleven thousand at "
            "Anchor Park."
        ),
    ]
)


def _article(article_id: str, outlet: str, text: str, published: str | None) -> Article:
    return Article(
        id=article_id,
        source=f"test:{article_id}",
        outlet=outlet,
        title="",
        text=text,
        published=published,
    )


@pytest.fixture(scope="module")
def written() -> tuple[Story, list[Article]]:
    articles = [
        _article("herald", "Meridian Herald", HERALD, "2024-03-01"),
        _article("retelling", "Coastal Times", RETELLING, "2024-03-02"),
        _article("copy", "Content Hub", HERALD.replace("sixteen", "16"), None),
        _article("radio", "Port Radio", PORT_RADIO, "2024-03-01"),
    ]
    story = Story(id="s1", title="", article_ids=[a.id for a in articles])
    return trace(story, articles, []), articles


def _edges(story: Story) -> dict[tuple[str, str | None], str]:
    return {(d.article_id, d.derived_from): d.kind for d in story.derivations}


def test_verbatim_copy_without_credit_is_an_uncredited_copy(
    written: tuple[Story, list[Article]],
) -> None:
    story, _ = written
    copy = next(d for d in story.derivations if d.article_id == "copy")
    assert (copy.derived_from, copy.kind, copy.uncredited) == ("herald", "copy", True)
    # a full copy with no date: nothing says which came first, and the stage says so
    assert not copy.direction_known
    passage = next(e for e in copy.evidence if e.kind == "passage")
    assert passage.similarity is not None and passage.similarity > 0.9
    derived_span, source_span = passage.spans
    assert derived_span.article_id == "copy" and source_span.article_id == "herald"
    assert HERALD[source_span.start : source_span.end] == source_span.text


def test_a_copy_naming_the_newsroom_its_source_relays_is_credited() -> None:
    """The source is a wire story ('PORT KEEL (Harbour Wire) -'); a blog copies its paragraphs
    under 'From Harbour Wire:', naming the newsroom both rest on, not the source's outlet."""
    body = HERALD.split("\n\n", 1)[1]
    wire = _article("wire", "Coastal Times", f"PORT KEEL (Harbour Wire) - {body}", None)
    blog = _article("blog", "Content Hub", f"From Harbour Wire:\n\n{body}", None)
    bare = _article("bare", "Link Farm", body, None)
    articles = [wire, blog, bare]
    story = trace(Story(id="s2", title="", article_ids=[a.id for a in articles]), articles, [])
    uncredited = {d.article_id: d.uncredited for d in story.derivations if d.derived_from == "wire"}
    assert uncredited == {"blog": False, "bare": True}


def test_according_to_an_outlet_in_the_story_links_to_its_article(
    written: tuple[Story, list[Article]],
) -> None:
    story, _ = written
    assert _edges(story)[("retelling", "herald")] == "cites"
    cite = next(d for d in story.derivations if d.article_id == "retelling")
    assert "according to the Meridian Herald" in cite.evidence[0].spans[0].text


def test_articles_retelling_one_origin_count_once(written: tuple[Story, list[Article]]) -> None:
    story, _ = written
    assert story.independent_origin_count == 2
    origins = origin_of(story)
    assert origins["copy"] == origins["retelling"] == origins["herald"] == ["Meridian Herald"]
    assert origins["radio"] == ["Port Radio"]
    assert not any(("radio", a) in _edges(story) for a in ("herald", "copy", "retelling"))


def test_unrelated_closing_paragraph_is_off_story(written: tuple[Story, list[Article]]) -> None:
    story, _ = written
    assert [(s.article_id, s.text[:11]) for s in story.off_story] == [("radio", "In football")]


def test_missing_article_is_an_error() -> None:
    story = Story(id="s2", title="", article_ids=["absent"])
    with pytest.raises(ValueError, match="absent"):
        trace(story, [], [])


def test_bad_publication_date_is_an_error() -> None:
    articles = [_article("x", "A", HERALD, "yesterday"), _article("y", "B", HERALD, None)]
    with pytest.raises(ValueError, match="yesterday"):
        trace(Story(id="s3", title="", article_ids=["x", "y"]), articles, [])


@pytest.fixture(scope="module")
def basil_story() -> tuple[Story, list[Article], Article]:
    """A BASIL triplet plus a content-farm rewrite of its Fox article, dated the day after."""
    by_triplet: dict[str, list[Article]] = {}
    for article, doc in _data.basil_articles():
        by_triplet.setdefault(doc["triplet_id"], []).append(article)
    triplet = by_triplet[sorted(by_triplet)[0]]
    source = next(a for a in triplet if a.outlet == "fox")
    farmed = farm_copy(
        source, 0, random.Random(3), ("shuffle", "drop", "synonyms", "numbers"), False, True
    ).article
    members: Sequence[Article] = [*triplet, farmed]
    story = Story(id="b", title="", article_ids=[a.id for a in members])
    return trace(story, members, []), list(triplet), source


@requires_shared_data
def test_farm_rewrite_of_a_real_article_is_found(
    basil_story: tuple[Story, list[Article], Article],
) -> None:
    story, _, source = basil_story
    edge = next(
        d for d in story.derivations if d.article_id.startswith("farm-") and d.kind != "cites"
    )
    assert edge.derived_from == source.id
    assert edge.uncredited and edge.direction_known


@requires_shared_data
def test_independent_outlets_are_not_marked_as_copies(
    basil_story: tuple[Story, list[Article], Article],
) -> None:
    story, triplet, _ = basil_story
    real = {a.id for a in triplet}
    assert not [
        d
        for d in story.derivations
        if d.kind != "cites" and d.article_id in real and d.derived_from in real
    ]


def test_citing_an_origin_but_quoting_new_people_is_partly_independent() -> None:
    follow_up = (
        "Migrant workers at a Port Keel fish plant worked long shifts without overtime, "
        "according to the Meridian Herald.\n\n"
        '"Nobody checked the timesheets for months, and we told the inspectors so," said '
        "Joseph Mwangi, a union organiser who met the workers on Friday."
    )
    articles = [
        _article("herald", "Meridian Herald", HERALD, "2024-03-01"),
        _article("follow", "Coastal Times", follow_up, "2024-03-02"),
    ]
    story = trace(Story(id="s4", title="", article_ids=["herald", "follow"]), articles, [])
    cite = next(d for d in story.derivations if d.article_id == "follow")
    assert (cite.derived_from, cite.kind, cite.partly_independent) == ("herald", "cites", True)
    assert cite.evidence[-1].kind == "own-reporting"
    assert cite.evidence[-1].note == "new quotes from Joseph Mwangi"
    assert story.independent_origin_count == 2


def test_an_article_citing_two_reports_is_one_line_of_reporting() -> None:
    """Two external origins reach the reader through one article: one line, not two."""
    follow_up = (
        "Migrant workers at a Port Keel fish plant worked long shifts without overtime, a "
        "report published on Monday by Tidewater Labour Monitor found.\n\n"
        "Debts to recruiters ran to months of wages, according to a survey by the Keel "
        "Fishers Cooperative."
    )
    articles = [_article("follow", "Coastal Times", follow_up, "2024-03-02")]
    story = trace(Story(id="s5", title="", article_ids=["follow"]), articles, [])
    assert sorted(o.name for o in story.origins) == [
        "Keel Fishers Cooperative",
        "Tidewater Labour Monitor",
    ]
    assert story.independent_origin_count == 1
    assert origin_of(story)["follow"] == ["Keel Fishers Cooperative", "Tidewater Labour Monitor"]


# External origins that firsthand should find in NewsWCL50 (10 events, 5 US outlets each),
# hand-checked against the text: newsrooms credited ("according to CNN", "TEL AVIV (Reuters)",
# "The Washington Post reported") and one newsroom's article (the Arizona Republic's). Fox
# News' own "As FoxNews.com reported" names itself: one word or two, one newsroom.
# Bodies said to assert something (the EU, the DNC, the FBI's investigation), datelines and
# a correspondent's location ("reports from West Palm Beach") were once found and are wrong.
NEWSWCL_ORIGINS = {
    "AFP",
    "Arizona Republic",
    "Associated Press",
    "Bloomberg",
    "Bloomberg News",  # "Jennifer Jacobs of Bloomberg News tweeted"
    "CNN",
    "Guardian",
    "Korean Central News Agency",
    "LBC",
    "MSNBC",  # "told MSNBC Thursday"
    "Munhwa Ilbo",  # "a South Korean newspaper, Munhwa Ilbo, reported"
    "NBC News",
    "Reuters",
    "Sky News",
    "UPI",  # "April 29 (UPI) —": a wire dateline with the date first
    "Wall Street Journal",
    "Washington Post",
    "Yonhap",
}


@requires_shared_data
def test_newswcl_origins_are_the_newsrooms_the_articles_credit() -> None:
    events: dict[int, list[Article]] = defaultdict(list)
    for article, doc in _data.newswcl_articles():
        events[doc["event_id"]].append(article)
    found: set[str] = set()
    counts = []
    for event, members in sorted(events.items()):
        mentions = [m for article in members for m in claims.extract(article)]
        story = Story(id=str(event), title="", article_ids=[a.id for a in members])
        traced = trace(story, members, mentions)
        found |= {o.name for o in traced.origins if not o.in_corpus}
        counts.append(traced.independent_origin_count)
    assert found == NEWSWCL_ORIGINS
    # Five outlets that each did their own reporting: most events keep four or five origins.
    assert sum(count >= 4 for count in counts) >= 8


@requires_shared_data
def test_two_outlets_printing_the_same_letter_have_not_copied_each_other() -> None:
    # FNC-1 competition bodies 85 and 1054 both print the Sony hackers' email as a block
    # after a colon ("According to CNN, the email reads:"), without quotation marks.
    bodies = _data.fnc1_bodies("competition_test")
    articles = [_data.as_article(f"fnc-{b}", bodies[b], f"outlet-{b}") for b in (85, 1054)]
    assert "the email reads:" in articles[0].text
    story = trace(Story(id="sony", title="", article_ids=[a.id for a in articles]), articles, [])
    assert not [d for d in story.derivations if d.kind in ("copy", "rewrite")]
