"""Which names are specific sources, which two cannot be the same one, and what a denial denies."""

from __future__ import annotations

import pytest

from firsthand.align.text import (
    HEARSAY,
    debunked_reports,
    denial,
    different_sources,
    framing_aside,
    is_personal_name,
    is_specific_source,
    negation_aside,
    same_quote,
    states_denied,
)
from firsthand.words import stem, words


@pytest.mark.parametrize(
    ("name", "specific"),
    [
        ("Red Cross", True),
        ("the New York Times", True),
        ("the US State Department", True),
        ("officials", False),
        # descriptions ending in a common noun stand for a named source, they name none
        ("The US software giant", False),
        ("a Chinese state firm", False),
    ],
)
def test_specific_sources(name: str, specific: bool) -> None:
    assert is_specific_source(name) is specific


@pytest.mark.parametrize(
    ("first", "second", "different"),
    [
        ("Microsoft", "Apple", True),
        ("Microsoft", "The US software giant", False),
        ("John Kerry", "Kerry", False),
        ("UN", "United Nations", False),
        ("India", "the Indian navy", False),
        # a middle initial is no word another name may start with (fnc1-test:1695)
        ("Jimmy N. Gardner, Los Angeles police officer", "NBCToday.co", True),
    ],
)
def test_different_sources(first: str, second: str, different: bool) -> None:
    assert different_sources(first, second) is different


def test_sources_are_told_apart_by_name_not_role() -> None:
    # speakers carry the role the article gave them
    assert different_sources(
        "Lis Smith, Obama campaign spokeswoman", "Ben LaBolt, Obama campaign press secretary"
    )
    assert not different_sources("Elijah Cummings, D-Md.", "Cummings")


@pytest.mark.parametrize(
    ("sentence", "said", "verb_named"),
    [
        (
            "Sudan has denied striking South Sudanese territory.",
            "striking South Sudanese territory.",
            True,
        ),
        (
            "An official denied that a woman detained in Lebanon is his wife, the agency said.",
            "a woman detained in Lebanon is his wife",
            True,
        ),
        (
            "An article saying NASA confirmed six days of darkness is fake.",
            "NASA confirmed six days of darkness",
            False,
        ),
        (
            "He said 10 men were caught at the border, a claim officials said was false.",
            "He said 10 men were caught at the border",
            False,
        ),
        # FNC-1 test 711: a correction denies what the first version said
        (
            "CORRECTION: The original brief stated incorrectly that Shlomo Tawil was the director.",
            "Shlomo Tawil was the director.",
            False,
        ),
        # FNC-1 test 700: the writer denies what others claim
        (
            "Some sites are claiming it's from a Peruvian TV show, but it's not.",
            "it's from a Peruvian TV show",
            False,
        ),
        # FNC-1 test 1621: 'that' left out after 'claims'
        (
            "Kurdish sources have rejected claims she has been killed",
            "she has been killed",
            True,
        ),
        # FNC-1 test 1080: another denying verb, 'reports that claimed', and an appositive
        # between the denied statement's subject and its verb
        (
            "Supporters of the militia group battling ISIS in Kobani have vehemently trashed "
            "reports that claimed Kurdish female fighter Rehana, famed for killing 100 ISIS "
            "fighters, was beheaded by the Islamic State.",
            "Kurdish female fighter Rehana was beheaded by the Islamic State.",
            True,
        ),
        # FNC-1 test 2333: the denier goes on speaking after 'and said'
        (
            "Playboy boss Hugh Hefner has denied reports that he is dead and said the rumours "
            "were 'greatly exaggerated'..",
            "he is dead",
            True,
        ),
        # FNC-1 test 2011: scorn in quotation marks calls the rumour false
        (
            "The firm said the rumors that over 100,000 jobs will be cut is \"totally ludicrous''.",
            "over 100,000 jobs will be cut",
            False,
        ),
        # FNC-1 test 400: a report told as coming from a source called fake
        (
            "A fake version of NBC called NBCToday.co published a story yesterday which stated "
            "that Hefner’s body had been found in the Playboy Mansion.",
            "Hefner’s body had been found in the Playboy Mansion.",
            False,
        ),
        # FNC-1 test 361: the writer rebuts, in the negative, what others suggested
        (
            "Most Hong Kong protesters aren’t purposefully mimicking “hands up, don’t shoot,”"
            "as some have suggested.",
            "Most Hong Kong protesters are purposefully mimicking “hands up, don’t shoot",
            False,
        ),
        # made up: the negation goes, not the verb it leans on
        (
            "The firm won't cut 100,000 jobs, as some reports claimed.",
            "The firm will cut 100,000 jobs",
            False,
        ),
        (
            "Contrary to earlier reports that the plane had crashed, it landed.",
            "the plane had crashed",
            False,
        ),
    ],
)
def test_denial_finds_what_is_denied(sentence: str, said: str, verb_named: bool) -> None:
    found = denial(sentence)
    assert found is not None
    assert found.said == said
    assert (found.denier_end is not None) == verb_named


@pytest.mark.parametrize(
    "sentence",
    [
        "He was denied bail on Friday.",
        "Flynn rejected a subpoena for documents.",
        "The administration has rejected anything with a whiff of science.",
        "There are reports that executives knew the story was false.",
        "She said she would come, but it did not matter.",
        "The company denied reports Monday.",
        "He denied claims for compensation.",
        "The firm will cut jobs, as some have suggested.",
        # a denial verb that is itself negated denies nothing
        "The statement does not deny that AARP is open to reducing benefits.",
        "He doesn't deny that he met them.",
        "She refused to deny claims that she was leaving.",
    ],
)
def test_denial_of_no_statement(sentence: str) -> None:
    assert denial(sentence) is None


def test_a_denied_statement_is_stated_only_in_the_same_voice() -> None:
    # FNC-1 test 1621 denies that she was killed; 2527 says she claimed to have killed 100
    found = denial("Kurdish sources have rejected claims she has been killed")
    assert found is not None
    assert not states_denied(
        found,
        "She fought for the Kurdish Women’s Defense Unit and claimed to have killed 100 ISIS "
        "militants.",
    )
    assert states_denied(found, "A Kurdish fighter has been reportedly killed by the group.")


def test_a_denied_statement_needs_more_than_a_shared_name() -> None:
    found = denial("Mr. LaRue denied that he was Deep Throat.")
    assert found is not None
    assert not states_denied(found, "Woodward would reveal Deep Throat once he was dead.")
    assert states_denied(
        denial("Police denied reports that Banksy was arrested in Watford.") or found,
        "Banksy was arrested in Watford on Monday.",
    )


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Patrick Ryder, CENTCOM spokesman", True),
        ("A.J. Smith", True),
        ("President Barack Obama", True),
        ("The Pentagon", False),
        ("ISIS", False),
        ("the US Central Command", False),
        ("Iraq’s UN Ambassador", False),
        ("Secretary of Defense Jim Mattis", False),
    ],
)
def test_personal_names_are_told_from_organisations_and_descriptions(
    name: str, person: bool
) -> None:
    assert is_personal_name(name) is person


def test_a_report_called_false_later_is_denied_where_it_was_told() -> None:
    # FNC-1 test 549 tells what a hoax story states, then calls 'the entire story' fabricated
    sentences = [
        "The story states that police responded to Hugh Hefner’s estate on December 28 at "
        "approximately 9 a.m., where Hefner’s body was identified.",
        "However, as can be seen from his wife Crystal Hefner’s Twitter update, Hugh is alive.",
        "Fortunately, the entire story is fabricated.",
    ]
    found = debunked_reports(sentences)
    assert list(found) == [0]
    assert (
        found[0].said
        == "police responded to Hugh Hefner’s estate on December 28 at approximately 9 a.m."
    )
    assert found[0].called_false_by == "Fortunately, the entire story is fabricated."
    # a sentence calling a report false names what it calls false itself: nothing to look back for
    assert (
        debunked_reports(["The story was shared 130,000 times.", "Rumours that he died are false."])
        == {}
    )


@pytest.mark.parametrize(
    ("sentence", "hearsay"),
    [
        ("Twenty-five Taliban were reported killed, Yaqoobi said.", True),  # FNC-1 test 2150
        # FNC-1 test 1736
        ("IBM shares were higher on unconfirmed reports that it's getting set to slash 26%.", True),
        # FNC-1 test 2333
        ("There were recent rumours on the Internet that the 85-year-old had passed away.", True),
        ("Reports say she lost 'about 10 strands' of hair.", True),  # FNC-1 test 92
        ("Police reported the arrest on Monday.", False),
        ("He denied the rumours.", False),
    ],
)
def test_hearsay_told_by_a_verb_or_a_noun(sentence: str, hearsay: bool) -> None:
    assert (HEARSAY.search(sentence) is not None) is hearsay


def test_stems_meet_across_a_doubled_consonant() -> None:
    assert stem("planning") == stem("planned") == stem("plans") == "plan"
    assert stem("killed") == "kill" and stem("passed") == "pass" and stem("added") == "add"


def test_quotes_sharing_a_long_run_of_words_are_one_quote() -> None:
    # Two outlets' transcripts of one remark, each cut and worded differently at the edges.
    first = (
        "who's going to believe me? Bill Cosby, the all-American dad, the all-American "
        "husband, Mr Jell-O, the guy everybody loves."
    )
    second = (
        "Who would believe me? Bill Cosby, the all-American dad, the all-American husband, "
        "Mr. Jell-O, that everybody loved."
    )
    assert same_quote(first, second)
    assert not same_quote("the guy everybody loves", "the guy everybody hates")


def test_curly_and_straight_apostrophes_are_one_word() -> None:
    assert words("Please don’t be sad") == words("Please don't be sad")


@pytest.mark.parametrize(
    ("negated", "other", "aside"),
    [
        # the negation is in a relative clause or a sentence the other leaves out
        (
            "The suspect, who has not been named, was arrested at the border on Friday.",
            "Police arrested the suspect at the border on Friday.",
            True,
        ),
        (
            "The mine reopened on Monday. Officials would not say when the inquiry ends.",
            "The mine reopened on Monday after a week of repairs.",
            True,
        ),
        # what is negated is what the other states, in the same or other words
        ("The minister did not resign on Tuesday.", "The minister resigned on Tuesday.", False),
        (
            "The company did not exactly close its factory in Ohio.",
            "The company shut its factory in Ohio.",
            False,
        ),
        # after a contrast the negation rebuts; a denying verb is read by `denial`
        (
            "The paper said the band would tour, but its manager said they are not touring.",
            "The band will tour Europe this summer.",
            False,
        ),
        ("The mayor denied that the bridge was closed.", "The bridge was closed.", False),
        ("The bridge was closed on Monday.", "Traffic resumed.", False),  # no negation
    ],
)
def test_a_negation_aside_is_one_the_other_text_leaves_out(
    negated: str, other: str, aside: bool
) -> None:
    assert negation_aside(negated, other) is aside


@pytest.mark.parametrize(
    ("framed", "cue", "other", "aside"),
    [
        # the hedge frames a clause of its own that the other leaves out
        (
            "The dam held overnight, but engineers said it may need repairs.",
            "may",
            "The dam held overnight.",
            True,
        ),
        # the hedge frames what the other states
        (
            "The dam may have held overnight.",
            "may",
            "The dam held overnight.",
            False,
        ),
        # a clause with nothing but the hedge borrows what it frames
        ("The dam held overnight, or it may have.", "may", "The dam held overnight.", False),
    ],
)
def test_a_hedge_aside_is_one_the_other_text_leaves_out(
    framed: str, cue: str, other: str, aside: bool
) -> None:
    start = framed.index(f" {cue} ") + 1
    assert framing_aside(framed, [(start, start + len(cue))], other) is aside
    assert not framing_aside(framed, [], other)  # no framing word, nothing to set aside
