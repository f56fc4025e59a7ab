from __future__ import annotations

import pytest

from firsthand.lenses.cues import (
    DEFAULT_DENIALS,
    CueError,
    compile_cue,
    denial_spans,
    find,
    is_denial,
)

DENIALS = tuple(compile_cue(phrase) for phrase in DEFAULT_DENIALS)


def matched(phrase: str, text: str) -> str | None:
    found = compile_cue(phrase).pattern.search(text)
    return found.group() if found else None


def denies(phrase: str, text: str) -> bool:
    cue = compile_cue(phrase)
    return is_denial(find((cue,), text), denial_spans(DENIALS, text))


def test_wildcards_alternatives_and_gaps() -> None:
    phrase = "confiscat*|seiz* ... passport*|id cards"
    assert matched(phrase, "The boss confiscated all of their passports.") == (
        "confiscated all of their passports"
    )
    assert matched(phrase, "Agents seized the ID cards.") == "seized the ID cards"
    assert (
        matched(phrase, "He confiscated it; weeks later, far away, he renewed his passport.")
        is None
    )


def test_words_match_whole_words_only() -> None:
    assert matched("beat|beaten", "The team was unbeaten this season.") is None
    assert matched("beat|beaten", "He was beaten.") == "beaten"


def test_number_token_and_optional_letter() -> None:
    assert matched("# ... people ... room", "Eight people shared one room.") == (
        "Eight people shared one room"
    )
    assert matched("bonded labo?r", "bonded labor and bonded labour") == "bonded labor"


def test_apostrophes_match_straight_and_curly() -> None:
    assert matched("couldn't ... leave", "They couldn’t leave the farm.") == "couldn’t leave"


def test_raw_regular_expression() -> None:
    assert matched(r"re:\b\d+-hour shifts\b", "They worked 16-hour shifts.") == "16-hour shifts"


@pytest.mark.parametrize("phrase", ["", "a ... ", "a||b", "re:(unclosed"])
def test_malformed_cue_names_the_phrase(phrase: str) -> None:
    with pytest.raises(CueError, match="cue"):
        compile_cue(phrase)


def test_negation_before_the_cue_is_a_denial() -> None:
    cue = "confiscat* ... passport*"
    assert denies(cue, "The firm did not confiscate any passports.")
    assert denies(cue, "Their passports were never confiscated, the company said.")
    assert not denies(cue, "The firm confiscated the workers' passports.")


def test_negation_written_into_the_cue_is_not_a_denial() -> None:
    cue = "not|never ... allowed ... to ... leave"
    assert not denies(cue, "The workers were not allowed to leave the compound.")
    assert denies(cue, "It is untrue that workers were not allowed to leave.")


def test_denial_verbs_in_their_denial_sense_only() -> None:
    cue = "confiscat* ... passport*"
    assert denies(cue, "The company denied confiscating the workers' passports.")
    assert denies(cue, "Workers said their passports were confiscated, which the owner denied.")
    assert denies(cue, "The agency rejected allegations that it confiscated passports.")
    food = "no|denied ... food"
    assert not denies(food, "The workers were denied food for two days.")


def test_negation_scope_runs_to_the_end_of_its_clause() -> None:
    cue = "locked ... in"
    assert denies(cue, "A spokesman said no worker had ever been locked in at night.")
    assert not denies(cue, "The men, who had not been paid, were locked in at night.")


def test_a_denial_inside_a_gap_of_the_cue_still_denies() -> None:
    cue = "recruiter* ... fee*"
    assert denies(cue, "The recruiter denied charging the workers any fees.")
    assert not denies(cue, "The recruiter charged the workers heavy fees.")
    deprivation = "no|denied ... food"
    assert not denies(deprivation, "The maids were denied food for two days.")


def test_without_before_a_possessive_is_a_loss_not_a_denial() -> None:
    cue = "passport* ... kept"
    assert not denies(cue, "Without her passport, which the recruiter kept, she could not leave.")
    fees = "charg* ... fee*"
    assert denies(fees, "The workers were hired without anyone charging them fees.")


def test_a_negation_covers_later_cues_of_its_clause() -> None:
    # "no" is too far from "ashore" for the word window, but it governs the whole clause
    cues = (compile_cue("prevented ... from ... going"), compile_cue("ashore"))
    text = "The firm said no crew member had ever been prevented from going ashore."
    assert all(match.negated for match in find(cues, text))
    beaten = "No one was prevented from going ashore, but the crew said they rarely went ashore."
    assert not all(match.negated for match in find(cues, beaten))
