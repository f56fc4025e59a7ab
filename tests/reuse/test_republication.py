"""Republication notes, one newsroom under several names, and the direction of a copy when
no date tells it. Sentences are from FNC-1 competition_test bodies (ids cited)."""

from __future__ import annotations

import pytest

from firsthand import claims
from firsthand.ingest.clean import clean_text
from firsthand.model import Article, Story
from firsthand.reuse import trace
from firsthand.reuse.attribution import find_attributions
from firsthand.reuse.origins import OriginNames


def _article(text: str, outlet: str = "x", key: str = "a") -> Article:
    return Article(id=key, source=key, outlet=outlet, title="", text=text)


@pytest.mark.parametrize(
    ("sentence", "names", "pattern"),
    [
        # body 326
        (
            "The man was believed to have been injured, Britain's Mail on Sunday newspaper "
            "reported.",
            ["Mail on Sunday"],
            "reports",
        ),
        # body 1186
        (
            "Several news outlets, including Australia's 9News reported that she may have "
            "been beheaded.",
            ["9News"],
            "reports",
        ),
        (
            "Reprinted with the permission of RFE/RL, 1201 Connecticut Ave NW, Ste 400.",
            ["RFE/RL"],
            "reprinted",
        ),
        # body 2204
        (
            "Editor's Note: This story appeared in Saturday's edition of the Daily Mail.",
            ["Daily Mail"],
            "edition of",
        ),
        # body 2226
        (
            "Developing...\n\nSource: Wall Street Journal, CNBC",
            ["Wall Street Journal", "CNBC"],
            "source",
        ),
    ],
)
def test_republication_notes_and_names_with_a_day_or_a_number(
    sentence: str, names: list[str], pattern: str
) -> None:
    found = find_attributions(_article(sentence))
    assert [a.name for a in found] == names
    assert {a.pattern for a in found} == {pattern}


def test_a_video_that_first_appeared_somewhere_is_no_republication() -> None:
    article = _article("The video first appeared in Islamic State propaganda channels.")
    assert find_attributions(article) == []


def test_a_bracketed_with_credit_that_ingest_cut_credits_the_article() -> None:
    # body 172 ends with "[With AFP]", which ingest removes as a picture's credit
    cleaned = clean_text(
        "Kurdish women have been at the forefront in the battle against ISIS.\n\n[With AFP]"
    )
    article = _article(cleaned.text).model_copy(update={"removed": cleaned.removed})
    assert [(a.name, a.pattern) for a in find_attributions(article)] == [("AFP", "with credit")]


def test_one_newsroom_under_several_names_is_one_origin() -> None:
    spellings = ["Daily Mail", "MailOnline", "Mail", "Mail Online", "Mail on Sunday"]
    names = OriginNames([*spellings, "Sunday Times", "New York Times", "Daily News", "Fox News"])
    assert {names.canonical(s) for s in spellings} == {"Daily Mail"}
    assert names.canonical("Sunday Times") != names.canonical("New York Times")
    assert names.canonical("Daily News") != names.canonical("Fox News")


def test_a_bare_head_word_shared_by_two_newsrooms_stays_apart() -> None:
    names = OriginNames(["Times", "Sunday Times", "New York Times"])
    assert names.canonical("Times") == "Times"


# Body 326 (Reuters, dateline cut by ingest) and body 1856 (the same text, no credit at all,
# one clause longer).
WIRE = [
    "Britain said on Saturday it was investigating reports that a man believed to be a British "
    "national suspected of carrying out beheadings in videos released by Islamic State had been "
    "wounded in a U.S.-led air strike last week.",
    "A speech purporting to be by Baghdadi was released on Thursday following contradictory "
    "accounts out of Iraq that he had been wounded last Friday in U.S. air strikes.",
    "U.S. officials said on Tuesday they could not confirm whether Baghdadi was hit in a strike "
    "near Falluja in Iraq.",
    "In videos released by Islamic State, the masked, black-clad militant brandishing a knife "
    "and speaking with an English accent appears to have carried out the beheadings of two "
    "Americans and two Britons.",
]


def _traced(first: Article, second: Article) -> Story:
    story = Story(id="s", title="t", article_ids=[first.id, second.id])
    mentions = [m for a in (first, second) for m in claims.extract(a)]
    return trace(story, [first, second], mentions)


def test_the_side_without_its_wires_dateline_is_the_copy() -> None:
    cleaned = clean_text("LONDON (Reuters) - " + "\n\n".join(WIRE))
    wire = _article(cleaned.text, "outlet-326", "326").model_copy(
        update={"removed": cleaned.removed}
    )
    longer = [*WIRE[:3], WIRE[3].replace("Islamic State,", "Islamic State, also known as ISIS,")]
    copy = _article("\n\n".join(longer) + "\n\nMore to follow.", "outlet-1856", "1856")
    derivation = next(d for d in _traced(copy, wire).derivations if d.kind == "copy")
    assert (derivation.article_id, derivation.derived_from) == ("1856", "326")
    assert derivation.uncredited
    assert "newsroom's credit" in (derivation.evidence[0].note or "")


# Body 2057 (the Mail on Sunday's own report) and body 809 (a rewrite that drops "our").
REPORT = [
    "At least 30 tribal elders from various parts of Syria and Iraq gathered to pledge "
    "allegiance to Al-Baghdadi, according to our well-placed Syrian source.",
    "According to our source, a nurse who treated the wounded in a hospital in Deir-ez-Zour, "
    "confirmed that one of the names on the injured list was Jalman.",
    "The source said that hospitals in Raqqa and nearby Deir-ez-Zour were ordered to take their "
    "medical supplies and staff to the secure bases.",
    "The joint US-Iraqi mission left at least ten IS commanders dead, and around 40 injured.",
]


def test_the_side_that_speaks_as_the_reporting_newsroom_is_the_original() -> None:
    original = _article("\n\n".join(REPORT), "outlet-2057", "2057")
    rewrite = _article(
        "\n\n".join(
            s.replace("our well-placed Syrian ", "a ").replace("our ", "a ") for s in REPORT
        )
        + "\n\nIt was not known that Jihadi John had been present at the meeting.",
        "outlet-809",
        "809",
    )
    derivation = next(d for d in _traced(original, rewrite).derivations if d.kind != "cites")
    assert (derivation.article_id, derivation.derived_from) == ("809", "2057")
    assert "reporting newsroom" in (derivation.evidence[0].note or "")


def test_a_reprint_is_the_derivative_and_credits_its_source() -> None:
    # body 2204 reprints the opening of body 2057 under an editor's note
    note = "Editor's Note: This story appeared in Saturday's edition of the Daily Mail."
    original = _article("\n\n".join(REPORT) + "\n\nThe meeting was targeted by jets.", "o", "2057")
    reprint = _article(note + "\n\n" + "\n\n".join(REPORT[:3]), "r", "2204")
    traced = _traced(original, reprint)
    copy = next(d for d in traced.derivations if d.article_id == "2204" and d.kind != "cites")
    assert copy.derived_from == "2057"
    assert not copy.uncredited
    assert not any(d.partly_independent for d in traced.derivations if d.article_id == "2204")
    # the original credits no one and its reprint credits the Daily Mail: it is the Mail's text
    owner = next(d for d in traced.derivations if d.article_id == "2057")
    assert owner.derived_from == "Daily Mail"
    assert traced.independent_origin_count == 1


def test_a_reprint_keeping_the_wires_credit_is_the_original_of_an_uncredited_copy() -> None:
    # body 904 ("(Reuters) -" ... "This article originally appeared at Reuters") and body
    # 1469, the same text with every credit dropped
    cleaned = clean_text(
        "LONDON (Reuters) - " + "\n\n".join(WIRE) + "\n\nThis article originally appeared at "
        "Reuters."
    )
    reprint = _article(cleaned.text, "outlet-904", "904").model_copy(
        update={"removed": cleaned.removed}
    )
    copy = _article("\n\n".join(WIRE), "outlet-1469", "1469")
    derivation = next(d for d in _traced(copy, reprint).derivations if d.kind == "copy")
    assert (derivation.article_id, derivation.derived_from) == ("1469", "904")
