"""Claims grouped on real BASIL retellings (checked by hand): one claim per statement."""

from __future__ import annotations

import pytest

from bench import _data
from firsthand import claims
from firsthand.align import align
from firsthand.model import Article, Claim, Story
from tests.conftest import requires_shared_data


@pytest.fixture(scope="module")
def basil() -> dict[str, list[Article]]:
    triplets: dict[str, list[Article]] = {}
    for doc in _data.basil_docs():
        article = Article(
            id=str(doc["doc_id"]),
            source=str(doc["doc_id"]),
            outlet=str(doc["source"]),
            title=str(doc["title"] or ""),
            text=str(doc["text"]),
        )
        triplets.setdefault(str(doc["triplet_id"]), []).append(article)
    return triplets


def _claims(articles: list[Article]) -> list[Claim]:
    mentions = [m for article in articles for m in claims.extract(article)]
    story = Story(id="basil", title="", article_ids=[a.id for a in articles])
    return align(story, articles, mentions).claims


def _claim_with(found: list[Claim], words: str) -> Claim:
    return next(c for c in found if any(words in m.text for m in c.mentions))


def _fnc1_test_articles(*bodies: str) -> list[Article]:
    texts = _data.fnc1_bodies("competition_test")
    return [
        Article(id=body, source=body, outlet=f"outlet-{body}", title="", text=texts[int(body)])
        for body in bodies
    ]


@requires_shared_data
def test_two_figures_of_one_sentence_do_not_chain_two_claims(
    basil: dict[str, list[Article]],
) -> None:
    # _3: "... about $8 billion in all for barriers, significantly more than the $5.7 billion
    # he unsuccessfully demanded"; _1 gives the $8 billion total, _2 the $5.7 billion demand.
    found = _claims(basil["3ae35b16-7f7f-4a5e-9f24-5ce724106a73"])
    total = _claim_with(found, "total wall funding will now come to about $8 billion")
    demand = _claim_with(found, "originally proposed figure of $5.7 billion")
    assert total.id != demand.id


@requires_shared_data
def test_two_remarks_in_one_quotation_do_not_chain_two_claims(
    basil: dict[str, list[Article]],
) -> None:
    # _2 quotes Perry's statement whole: "I am honored to have Sheriff Arpaio's support ...
    # As president, I will secure the border within a year ..."; _1 quotes its two parts apart.
    found = _claims(basil["0ffb34cd-c367-4d90-aca7-7fcac3ed8f3d"])
    honored = _claim_with(found, "honored to have Sheriff Arpaio")
    secure = _claim_with(found, 'he would "secure the border within a year')
    assert honored.id != secure.id
    assert len({m.article_id for m in honored.mentions}) == 2


@requires_shared_data
def test_one_figure_counting_the_dead_and_the_hurt_is_two_claims() -> None:
    # FNC-1 test 2: "Earlier this week, 50 people were killed after a suicide bomber
    # detonated a vest ..."; 123: "At least 50 people were injured earlier this week, when a
    # suicide bomber detonated his explosive vest ...": one toll of the dead, one of the hurt.
    articles = _fnc1_test_articles("2", "123")
    found = _claims(articles)
    killed = _claim_with(found, "50 people were killed")
    assert not any("were injured" in m.text for m in killed.mentions)


@requires_shared_data
def test_outlets_printing_one_person_s_words_are_one_line(
    basil: dict[str, list[Article]],
) -> None:
    # Fox and the NYT both print Netanyahu's "The world tells Israel, 'Wait. There's still
    # time.' ..."; only one of them names him beside these words: still one speaker's words,
    # one line of reporting, not two confirmations.
    found = _claims(basil["b4dbeda7-a1f3-4711-ae77-db23809d1ed2"])
    quoted = _claim_with(found, "Wait until when?")
    assert len({m.article_id for m in quoted.mentions}) == 2
    assert quoted.verdict == "echoed"
    assert quoted.independent_origin_count == 1


@requires_shared_data
def test_outlets_printing_one_document_word_for_word_are_one_line() -> None:
    # fnc1-test 1138, 150, 1717 and 2198 each reprint, in reports of their own, the note the
    # teenager left ("To put it simply, I feel like a girl trapped in a boy's body, ..."): four
    # outlets printing one text are one source, however reuse links them.
    articles = _fnc1_test_articles("1138", "150", "1717", "2198")
    note = _claim_with(_claims(articles), "I feel like a girl trapped in a boy")
    assert len({m.article_id for m in note.mentions}) >= 3
    assert note.verdict == "echoed"
    assert note.independent_origin_count == 1


@requires_shared_data
def test_a_document_s_sentence_printed_alone_or_inside_a_quotation_is_one_line() -> None:
    # The same note: 1138, 150, 1717 and 2198 print "As for my will, I want 100% of the things
    # that I legally own to be sold ..." as a sentence of their own, 1633 inside a long
    # quotation; and four of them print its short plea "Please don't be sad, it's for the
    # better." One text, however much of it each outlet prints: one line of reporting.
    articles = _fnc1_test_articles("1138", "150", "1717", "2198", "1633")
    found = _claims(articles)
    for words in ("As for my will", "Please don"):
        printed = _claim_with(found, words)
        assert len({m.article_id for m in printed.mentions}) >= 4
        assert printed.independent_origin_count == 1, words


@requires_shared_data
def test_one_person_s_words_named_by_role_in_one_outlet_and_by_name_in_another() -> None:
    # fnc1-test 751 gives "These terrorist groups have desecrated all human values ..." to
    # Mohamed Alhakim, the Iraqi envoy; 2136 to "Iraq's UN Ambassador": a role and a name may
    # be one person, so the words are his, one line of reporting.
    articles = _fnc1_test_articles("751", "2136")
    quoted = _claim_with(_claims(articles), "desecrated all human values")
    assert len({m.article_id for m in quoted.mentions}) == 2
    assert quoted.independent_origin_count == 1


@requires_shared_data
def test_a_negation_in_a_clause_the_other_leaves_out_does_not_split_a_claim() -> None:
    # fnc1-test 215: "... told investigators that the doctor, who has not been publicly
    # identified, took a selfie photo in the procedure room ..."; 528: "CNN reports that a
    # staff member ... told investigators the doctor also took a selfie in the procedure room".
    # The 'not' belongs to the aside about the doctor's name, not to the selfie.
    found = _claims(_fnc1_test_articles("215", "528"))
    selfie = _claim_with(found, "who has not been publicly identified, took a selfie")
    assert {m.article_id for m in selfie.mentions} == {"215", "528"}


@requires_shared_data
def test_a_negation_of_what_the_other_states_keeps_them_apart() -> None:
    # fnc1-test 802: "... Kirchner did not exactly save a Jewish boy from becoming a werewolf";
    # 861: "... has adopted a Jewish grandson in order to prevent him becoming a werewolf".
    # 1816: "Cats don't just come back to life" vs 1272: "he clawed his way back to life".
    for bodies, negated in (
        (("802", "861"), "did not exactly save a Jewish boy"),
        (("1816", "1272"), "Cats don"),
    ):
        found = _claims(_fnc1_test_articles(*bodies))
        claim = _claim_with(found, negated)
        assert {m.article_id for m in claim.mentions} == {bodies[0]}, negated
