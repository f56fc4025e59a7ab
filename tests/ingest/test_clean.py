"""Cleaning real articles (BASIL, ECB+) wrapped in the debris of pasted and scraped pages."""

from __future__ import annotations

import sys

import pytest

from bench import _data
from firsthand.ingest.clean import PARAGRAPH_SEPARATOR, clean_text, normalize_whitespace
from tests.conftest import requires_shared_data
from tests.ingest import pages

BASIL_ID = "2b95d2cf-e979-4f9c-ae27-9a5370934f23_1"  # NYT, "WASHINGTON —" dateline
ECBPLUS_ID = "27_10ecb"  # headline on the first line, one sentence per line


@pytest.fixture(scope="module")
def basil() -> dict[str, object]:
    return pages.basil_doc(BASIL_ID)


@requires_shared_data
def test_debris_around_a_real_article_is_removed_with_its_reason(basil: dict[str, str]) -> None:
    paragraphs = pages.paragraphs_of(basil["text"])
    markers = ["OUTLET: The Example Times", "PUBLISHED: 2010-07-02", f"URL: {basil['url']}"]
    cleaned = clean_text(pages.dirty_text(basil["title"], paragraphs, markers))

    removed = {(r.reason, r.text) for r in cleaned.removed}
    for reason, line in pages.inserted_debris(len(paragraphs)):
        assert (reason, line) in removed, f"{reason} not removed: {line!r}"
    assert ("title", basil["title"]) in removed
    assert ("repeated-headline", basil["title"]) in removed
    assert {r.text for r in cleaned.removed if r.reason == "metadata-marker"} == set(markers)
    for _, line in pages.inserted_debris(len(paragraphs)):
        assert line not in cleaned.text


@requires_shared_data
def test_real_paragraphs_stay_whole_and_in_order(basil: dict[str, str]) -> None:
    paragraphs = pages.paragraphs_of(basil["text"])
    cleaned = clean_text(pages.dirty_text(basil["title"], paragraphs, markers=[]))

    kept = cleaned.text.split(PARAGRAPH_SEPARATOR)
    # The first paragraph loses only its dateline, which is metadata.
    assert paragraphs[0].startswith("WASHINGTON — ")
    assert kept == [paragraphs[0].removeprefix("WASHINGTON — "), *paragraphs[1:]]
    assert ("dateline", "WASHINGTON —") in {(r.reason, r.text) for r in cleaned.removed}


@requires_shared_data
def test_metadata_comes_from_markers_byline_and_headline(basil: dict[str, str]) -> None:
    paragraphs = pages.paragraphs_of(basil["text"])
    markers = ["Outlet: The Example Times", "Date: July 2, 2010", f"url: {basil['url']}"]
    cleaned = clean_text(pages.dirty_text(basil["title"], paragraphs, markers))

    assert cleaned.outlet == "The Example Times"
    assert cleaned.published == "2010-07-02"
    assert cleaned.url == basil["url"]
    assert cleaned.title == basil["title"]
    assert cleaned.author == "Jane Roe and John Doe"


@requires_shared_data
def test_removed_segments_point_where_they_stood(basil: dict[str, str]) -> None:
    paragraphs = pages.paragraphs_of(basil["text"])
    cleaned = clean_text(pages.dirty_text(basil["title"], paragraphs, markers=[]))

    # The share line stood between the first and second paragraphs.
    share = next(r for r in cleaned.removed if r.text == pages.DEBRIS_INSIDE_BODY[0][1])
    assert cleaned.text[share.at :].startswith(paragraphs[1])
    assert cleaned.text[share.at - 2 : share.at] == PARAGRAPH_SEPARATOR
    # Everything after the body stands at the end of the text.
    tail = [r for r in cleaned.removed if r.reason == "recently-added"]
    assert tail and all(r.at == len(cleaned.text) for r in tail)
    # Debris before the body (title, byline...) stands at offset 0.
    assert next(r for r in cleaned.removed if r.reason == "byline").at == 0


@requires_shared_data
def test_ecbplus_article_takes_its_title_from_the_first_line() -> None:
    doc = pages.ecbplus_doc(ECBPLUS_ID)
    lines = pages.paragraphs_of(doc["text"])
    cleaned = clean_text(doc["text"])

    assert cleaned.title == lines[0] == "Microsoft Releases Critical Patch For IE Zero Day Flaw"
    assert cleaned.text.split(PARAGRAPH_SEPARATOR) == lines[1:]
    assert [r.reason for r in cleaned.removed] == ["title"]


@requires_shared_data
def test_ecbplus_date_lines_are_metadata() -> None:
    # ECB+ kept the date lines of the scraped pages: "June 12, 2012" under the headline.
    doc = pages.ecbplus_doc("40_5ecbplus")
    cleaned = clean_text(doc["text"])

    date_lines = [r.text for r in cleaned.removed if r.reason == "dateline"]
    assert date_lines == ["June 12, 2012"]
    assert cleaned.published == "2012-06-12"
    assert "June 12, 2012" not in cleaned.text.split(PARAGRAPH_SEPARATOR)


@requires_shared_data
def test_no_real_basil_paragraph_is_taken_for_debris() -> None:
    # Precision over the whole set: every BASIL paragraph survives cleaning (bar datelines, the
    # wires' closing credit lines, "Fox News' X contributed to this report.", the desk's
    # "UPDATE:" labels cut from the paragraphs they open, embedded social posts, which
    # ingest drops as page furniture whether split over lines or on one, and the editor's
    # correction notes: "an earlier version of this post said ...").
    metadata = (
        "dateline",
        "repeated-headline",
        "credit-line",
        "label",
        "embedded-post",
        "correction",
    )
    for doc in _data.basil_docs():
        paragraphs = pages.paragraphs_of(doc["text"])
        cleaned = clean_text(doc["text"], title=doc["title"])
        kept = cleaned.text.split(PARAGRAPH_SEPARATOR)
        lost = [r for r in cleaned.removed if r.reason not in metadata]
        assert not lost, (doc["doc_id"], lost)
        credits = [r for r in cleaned.removed if r.reason == "credit-line"]
        assert all("contributed to this report" in r.text for r in credits), credits
        dropped = sum(
            r.reason in ("repeated-headline", "credit-line", "embedded-post", "correction")
            for r in cleaned.removed
        )
        bare_labels = sum(r.reason == "label" and r.text in paragraphs for r in cleaned.removed)
        assert len(kept) + dropped + bare_labels == len(paragraphs), doc["doc_id"]


def test_hard_wrapped_lines_join_into_one_paragraph() -> None:
    raw = (
        "The committee met for six hours and agreed on\n"
        "a budget that cuts spending by a tenth.\n"
        "\n"
        "A second paragraph follows.\n"
    )
    cleaned = clean_text(raw, title="Committee agrees budget")
    assert cleaned.text == (
        "The committee met for six hours and agreed on a budget that cuts spending by a tenth."
        "\n\nA second paragraph follows."
    )


def test_without_markers_marker_lines_are_text() -> None:
    cleaned = clean_text("Source: a long-time aide to the mayor.\n\nMore text here.", pasted=False)
    assert cleaned.outlet is None
    assert cleaned.text.startswith("Source: a long-time aide")


def test_a_sentence_starting_like_a_marker_is_text() -> None:
    cleaned = clean_text("Source: a long-time aide to the mayor.\n\nMore text here.")
    assert cleaned.outlet is None
    assert cleaned.text.startswith("Source: a long-time aide")


@requires_shared_data
def test_wire_captions_and_comment_notice_are_removed() -> None:
    """FNC-1 train body 1795: AP captions ("... (AP Photo/Name)") between the paragraphs and the
    site's "not currently accepting comments" line; none of them is the story's text."""
    cleaned = clean_text(_data.fnc1_bodies("train")[1795])

    reasons = {r.reason for r in cleaned.removed}
    assert {"caption", "comment-notice"} <= reasons
    assert "(AP Photo/" not in cleaned.text
    assert "accepting comments" not in cleaned.text
    assert "An additional 14 police officers have been arrested" in cleaned.text


def test_an_embedded_post_and_its_signature_are_not_the_article_s_words() -> None:
    raw = (
        "The video spread quickly online.\n\n"
        "Port closed again today, nobody told us why pic.twitter.com/AbCdEf123\n\n"
        "— Jane Roe (@janeroe) August 19, 2014\n\n"
        "Officials later confirmed the closure."
    )
    cleaned = clean_text(raw)
    assert [r.reason for r in cleaned.removed] == ["embedded-post", "embedded-post"]
    assert cleaned.text.split(PARAGRAPH_SEPARATOR) == [
        "The video spread quickly online.",
        "Officials later confirmed the closure.",
    ]


def test_a_desk_label_is_cut_and_a_bare_one_dropped() -> None:
    raw = "The port closed.\n\nBREAKING: The port reopened.\n\nUPDATE:\n\nUPDATE 2 – Ships left."
    cleaned = clean_text(raw)
    assert cleaned.text.split(PARAGRAPH_SEPARATOR) == [
        "The port closed.",
        "The port reopened.",
        "Ships left.",
    ]
    assert [r.reason for r in cleaned.removed] == ["label", "label", "label"]


def test_an_ad_unit_and_a_gallery_s_captions_are_removed() -> None:
    # (the layout of fnc1-test:1241, in made-up words)
    raw = (
        "The mayor opened the new bridge on Monday.\n\n"
        "Smith and his dog on the bridge\n"
        "The view from the north bank\n"
        "Previous\nNext\n\n"
        "Crowds lined the river to watch.\n\n"
        "Widgetly\nAll your photos in one easy app!\n"
        "http://ads.example.com/click/?s=1&c=2\n\n"
        "The bridge cost four million pounds."
    )
    cleaned = clean_text(raw, title="Bridge opens")
    assert cleaned.text.split(PARAGRAPH_SEPARATOR) == [
        "The mayor opened the new bridge on Monday.",
        "Crowds lined the river to watch.",
        "The bridge cost four million pounds.",
    ]
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["The view from the north bank"] == "caption"
    assert reasons["All your photos in one easy app!"] == "advertisement"


@requires_shared_data
def test_inline_stock_quotes_are_cut_where_they_stood() -> None:
    """FNC-1 test body 1838 (a Wall Street Journal page) carries the quote widget after the
    company's name, "Hewlett-Packard Co. HPQ +2.00%": the day's share move when the page was
    saved, which another copy saved on another day gives as +6.68%. It is no figure of the
    story; a share move written in prose stays."""
    cleaned = clean_text(_data.fnc1_bodies("competition_test")[1838])

    quotes = [r for r in cleaned.removed if r.reason == "stock-quote"]
    assert [r.text for r in quotes][:1] == ["HPQ +2.00%"]
    assert cleaned.text[quotes[0].at - len("Co.") : quotes[0].at + len(" plans")] == "Co. plans"
    assert clean_text("The S&P 500 +1.23% on the day; shares rose 2.00%.").removed == []


@requires_shared_data
def test_glued_related_runs_are_cut_where_they_stood() -> None:
    """FNC-1 test body 1232: two "Related" widgets glued into paragraphs, their headlines run
    together ("...20% shareApple Watch release date..."); the text resumes after the first and
    the second closes its paragraph."""
    cleaned = clean_text(_data.fnc1_bodies("competition_test")[1232])

    runs = [r for r in cleaned.removed if r.reason == "related-link"]
    assert [r.text[:30] for r in runs] == [
        "RelatedApple and Samsung share",
        "RelatedAsus ZenWatch review: B",
    ]
    assert cleaned.text[runs[0].at - len("screen.") : runs[0].at + len(" Apple has")] == (
        "screen. Apple has"
    )
    assert "Related" not in cleaned.text
    assert "imagination." in cleaned.text


@requires_shared_data
def test_a_video_carousel_and_a_doubled_caption_are_removed() -> None:
    """FNC-1 test body 222: a Daily Mail video carousel (short titles, some cut short: "Tiger
    jumps on car roof, bursts spare tire then takes cat..."); body 739: a caption printed
    twice (alt text and caption), both copies go."""
    carousel = clean_text(_data.fnc1_bodies("competition_test")[222])
    assert "German Shepherd doesn't want to get out of the water" not in carousel.text
    assert "Sarah Palin makes fun" not in carousel.text
    assert "The protests began with a class boycott last week" in carousel.text

    doubled = clean_text(_data.fnc1_bodies("competition_test")[739])
    assert "Luohe is the Chinese city" not in doubled.text
    assert "Horrified mum Cai Tuan, 27, said" in doubled.text


def test_a_jump_pointer_closing_a_paragraph_is_cut() -> None:
    # (the shape of fnc1-test:967)
    cleaned = clean_text(
        "The watch will be expensive. More details to follow, right after the jump."
    )
    assert cleaned.text == "The watch will be expensive."
    assert [(r.reason, r.text) for r in cleaned.removed] == [
        ("promo-call", "More details to follow, right after the jump.")
    ]


def test_a_quoted_heading_goes_unless_the_text_points_back_at_it() -> None:
    # fnc1-test:2105 "‘Gay conversion therapy killed my son’" over the text; basil
    # be026bd1-52b1-4789-bfd3-3632af17b054_3: "That’s how John Skipper ... characterized ..."
    heading = (
        "The note was found on Sunday.\n\n‘Gay conversion therapy killed my son’\n\nShe wrote on."
    )
    assert [r.reason for r in clean_text(heading).removed] == ["crosshead"]
    quoted = "Here are some responses.\n\n‘Total contrived media garbage’\n\nThat’s how one put it."
    assert clean_text(quoted).removed == []


def test_every_blank_between_words_becomes_one_space() -> None:
    """Texts already single-spaced skip the normalising of their lines: every other blank
    (a tab, a no-break space, U+3000...) must still send a text through it."""
    # (a carriage return ends a line, as a newline does)
    blanks = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and c not in "\n\r"]
    for blank in blanks:
        assert normalize_whitespace(f"a{blank}b\nc {blank}d{blank}") == "a b\nc d", repr(blank)
