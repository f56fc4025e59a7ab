"""An uncredited original in the pile is the text of the newsroom that the articles sharing its
passages credit, and its line is that newsroom's. Sentences are from FNC-1 competition_test
bodies (ids cited)."""

from __future__ import annotations

from firsthand import claims
from firsthand.model import Article, Story
from firsthand.reuse import trace

# body 1719 (the New York Post's story), one sentence a paragraph
POST = [
    "The man was waiting to board American Airlines Flight 1140 to Dallas when a cheerful gate "
    "agent began welcoming everyone with the Yuletide greeting while checking boarding passes.",
    "The grumpy passenger, who appeared to be traveling alone, barked at the woman, “You "
    "shouldn’t say that because not everyone celebrates Christmas.”",
    "“Don’t say, ‘Merry Christmas!’ ” the man shouted before brushing past her.",
    "Once on the plane, he was warmly greeted by a flight attendant who also wished him a "
    "“merry Christmas.” That was the last straw.",
    "“Don’t say, ‘Merry Christmas!’ ” the man raged before lecturing the attendants and the "
    "pilot about their faux pas.",
    "The crew tried to calm the unidentified man, but he refused to back down and continued "
    "hectoring them.",
]
# body 426: "According to the New York Post, the skirmish began when ..." above copied paragraphs
CREDIT = (
    "According to the New York Post, the skirmish began when a LaGuardia gate attendant who "
    'innocently wished a passenger on a Dallas-bound flight a "Merry Christmas" Tuesday.'
)


def _article(key: str, paragraphs: list[str]) -> Article:
    return Article(
        id=key, source=key, outlet=f"outlet-{key}", title="", text="\n\n".join(paragraphs)
    )


def _traced(*articles: Article) -> Story:
    story = Story(id="s", title="t", article_ids=[a.id for a in articles])
    mentions = [m for a in articles for m in claims.extract(a)]
    return trace(story, list(articles), mentions)


def test_the_original_that_copies_credit_to_a_newsroom_is_that_newsrooms_text() -> None:
    original = _article("1719", POST)
    credited_copy = _article("426", [CREDIT, *POST[1:5]])
    traced = _traced(original, credited_copy)
    owner = next(d for d in traced.derivations if d.article_id == "1719")
    assert owner.derived_from == "New York Post"
    kinds = {e.kind for e in owner.evidence}
    assert kinds == {"passage", "attribution"}
    assert [o.name for o in traced.origins] == ["New York Post"]
    assert traced.independent_origin_count == 1
    # the copy names the newsroom whose text it took: it is credited
    copy = next(d for d in traced.derivations if d.kind != "cites" and d.article_id == "426")
    assert copy.derived_from == "1719"
    assert not copy.uncredited


def test_a_copy_whose_direction_is_a_guess_may_be_the_newsrooms_text() -> None:
    # body 1332 is 1719 word for word with no credit: alike in length, no date, either could
    # be the copy; 426's credit shows their text to be the New York Post's
    original = _article("1719", POST)
    twin = _article("1332", [*POST[:5], POST[5].replace("unidentified ", "")])
    credited_copy = _article("426", [CREDIT, *POST[1:5]])
    traced = _traced(twin, original, credited_copy)
    twin_copy = next(
        d for d in traced.derivations if {d.article_id, d.derived_from} == {"1719", "1332"}
    )
    assert not twin_copy.direction_known
    assert [(o.name, sorted(o.article_ids)) for o in traced.origins] == [
        ("New York Post", ["1332", "1719", "426"])
    ]


def test_copies_crediting_different_newsrooms_leave_the_original_its_own() -> None:
    original = _article("1719", POST)
    post_copy = _article("426", [CREDIT, *POST[1:5]])
    mail_copy = _article(
        "681", ["The man was removed from the flight, the Daily Mail reported.", *POST[2:6]]
    )
    traced = _traced(original, post_copy, mail_copy)
    assert not any(
        d.article_id == "1719" and d.derived_from in ("New York Post", "Daily Mail")
        for d in traced.derivations
    )


def test_a_quotation_told_to_a_newsroom_makes_the_article_holding_it_that_newsrooms() -> None:
    # body 479 (the Times of India's story) and body 1768, which says the quote was told to it
    original = _article(
        "479",
        [
            "Kishore and his relatives later filed an FIR at the Milak police station in Rampur "
            "district, which they eventually withdrew after elders intervened.",
            '"Both families have amicably resolved the matter," Solanki said. "The complaints '
            'have been withdrawn. Kishore and his family have now returned in peace to Moradabad."',
        ],
    )
    retold = _article(
        "1768",
        [
            "An angry bride in India married a guest at her wedding after the original groom "
            "fell ill during the nuptials.",
            '"Both families have amicably resolved the matter," the local police head RP Solanki '
            "told the Times of India.",
        ],
    )
    traced = _traced(original, retold)
    owner = next(d for d in traced.derivations if d.article_id == "479")
    assert owner.derived_from == "Times of India"
    assert traced.independent_origin_count == 1


def test_a_quotation_beside_a_report_credit_is_no_interview() -> None:
    # body 37: "..., The New York Post reports." above the passenger's words, which the
    # passenger said to a gate agent, not to the Post
    original = _article("297", [POST[1]])
    retold = _article(
        "37",
        [
            "An airline passenger was removed from a plane because he raged after workers "
            "wished him a Merry Christmas, The New York Post reports.",
            "He yelled at the woman, “You shouldn’t say that because not everyone celebrates "
            "Christmas.”",
        ],
    )
    traced = _traced(original, retold)
    assert not any(d.article_id == "297" for d in traced.derivations)


def test_a_short_rewrite_keeping_two_sentences_of_its_source_is_a_derivation() -> None:
    # body 1703 keeps two sentences of body 238 (one word for word); they are a third of it
    source = _article(
        "238",
        [
            "A teenage girl in Poland woke up during brain surgery and asked her doctors how the "
            "operation was going, The Daily Mirror reported.",
            "Iga Jasica, 19, had been undergoing the procedure to have a cancerous growth removed "
            "from her brain.",
            "Jasica doesn’t remember waking up during the surgery.",
            "Doctors are investigating whether the anesthetic may have been improperly "
            "administered.",
            "After the surgery, she reflected on the experience.",
        ],
    )
    short = _article(
        "1703",
        [
            "A 19-year-old woman in Poland woke up during brain surgery and asked her doctors how "
            "the operation was going.",
            "Iga Jasica, 19, was midway through the procedure to have a cancerous growth removed "
            "from her brain when doctors say she woke up because the anesthetic wore off.",
            "Doctors are investigating whether the anesthetic may have been improperly "
            "administered.",
        ],
    )
    traced = _traced(source, short)
    assert {(d.article_id, d.derived_from) for d in traced.derivations if d.kind != "cites"} & {
        ("1703", "238"),
        ("238", "1703"),
    }
