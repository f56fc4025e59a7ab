"""What an article reports on its own: sources of its own make it partly independent; words
that came through another outlet or a public statement do not.

Sentences are from FNC-1 competition_test bodies (the id is given with each).
"""

from __future__ import annotations

from firsthand import claims
from firsthand.model import Article, Story
from firsthand.reuse import trace
from firsthand.reuse.attribution import find_attributions
from firsthand.reuse.reporting import Statement, own_reporting, statements

# body 2169: an outlet that credits the Journal once but reports from sources of its own
OWN_SOURCES = (
    "Microsoft is in advanced talks to acquire the maker of the game Minecraft for more "
    "than $2 billion, people briefed on the discussions said on Tuesday.\n\n"
    "The sides still need to work out many details, and a deal could fall through, "
    "according to one of these people, who spoke on condition of anonymity.\n\n"
    "The Journal reported the discussions with Microsoft earlier on Tuesday."
)
# body 1158: the Journal's own text, with its own unnamed source
JOURNAL = (
    "Microsoft Corp. is in serious discussions to buy Mojang AB, the Swedish company behind "
    'the popular "Minecraft" videogame, according to a person with knowledge of the matter.'
)
# body 791: a wire retelling the Journal, whose source comes with the credit
WIRE = (
    "(Reuters) - Microsoft Corp (MSFT.O) is in serious discussions to buy Mojang AB, the "
    'Swedish company behind the popular "Minecraft" video game, The Wall Street Journal said, '
    "citing a person with knowledge of the matter."
)


def _article(article_id: str, outlet: str, text: str) -> Article:
    return Article(id=article_id, source=f"{article_id}.txt", outlet=outlet, title="", text=text)


def _statements(article: Article) -> list[Statement]:
    mentions = claims.extract(article)
    credits = [
        (a.start, a.end)
        for a in find_attributions(article, mentions, [article.outlet])
        if a.name != article.outlet
    ]
    return statements(article, mentions, credits)


def test_sources_of_its_own_make_a_citing_article_partly_independent() -> None:
    articles = [
        _article("journal", "Wall Street Journal", JOURNAL),
        _article("times", "Daily Ledger", OWN_SOURCES),
        _article("wire", "Reuters", WIRE),
    ]
    story = trace(Story(id="s", title="", article_ids=[a.id for a in articles]), articles, [])
    own = [d for d in story.derivations if d.article_id == "times"]
    assert own and all(d.partly_independent for d in own)
    evidence = own[0].evidence[-1]
    assert evidence.kind == "own-reporting"
    assert evidence.note == "its own unnamed sources: people briefed on the discussions"
    assert [span.text[:30] for span in evidence.spans] == [
        "Microsoft is in advanced talks",
        "The sides still need to work o",
    ]
    # the wire's unnamed source is the Journal's, given with the Journal's credit
    assert not any(d.partly_independent for d in story.derivations if d.article_id == "wire")


def test_an_unnamed_source_another_text_describes_alike_is_not_its_own() -> None:
    found = _statements(_article("journal", "Wall Street Journal", JOURNAL))
    assert [(s.kind, s.channel, s.key) for s in found if s.kind == "unnamed"] == [
        ("unnamed", "own", "knowledge of")
    ]
    assert own_reporting(found, [], [WIRE]) == []
    assert len(own_reporting(found, [], [OWN_SOURCES])) == 1


def test_a_described_source_after_a_credit_in_its_paragraph_is_the_credited_origins() -> None:
    # body 2488: "one of the people" are Bloomberg's sources, in Bloomberg's paragraph
    text = (
        'Apple has opted to delay production on the rumored larger-screened "iPad Pro" due to '
        "issues with display panel supply, reports Bloomberg. Production of the 12.9-inch-screen "
        "iPad is now scheduled to start around September because of delays involving the supply "
        "of display panels, said one of the people, who asked not to be identified because the "
        "details aren't public."
    )
    found = _statements(_article("mac", "MacBlog", text))
    assert [s.channel for s in found if s.kind == "unnamed"] == ["credited"]


def test_people_a_sentence_is_about_are_not_its_source() -> None:
    # body 792: "people involved in the product" are moved, they say nothing
    text = (
        "People involved in the product are said to have already been moved onto other "
        "projects at the company, including iTunes."
    )
    assert not [s for s in _statements(_article("a", "Tech", text)) if s.kind == "unnamed"]


def test_quotes_that_continue_a_credit_to_another_outlet_are_that_outlets() -> None:
    # body 1285: the mother spoke to The Guardian; her next words came the same way
    text = (
        "His mother Khadijah Kamara, 35, told The Guardian her son rang her in February to say "
        "he was in Syria and she hung up.\n\n"
        'After his death, she said: "I cried when I could not do anything about it."'
    )
    found = _statements(_article("a", "Brief", text))
    quotes = [s for s in found if s.kind == "quote"]
    assert [s.channel for s in quotes] == ["credited"]
    assert own_reporting(found, [], []) == []


def test_a_press_statement_is_open_to_every_outlet() -> None:
    # body 627: both quotes come from Microsoft's statement
    text = (
        '"Gaming is a top activity spanning devices, from PCs and consoles to tablets and '
        'mobile, with billions of hours spent each year," said Satya Nadella, Microsoft CEO, '
        'said in a statement. "Minecraft is more than a great game franchise — it is an open '
        "world platform, driven by a vibrant community we care deeply about, and rich with new "
        'opportunities for that community and for Microsoft."'
    )
    found = _statements(_article("a", "Business", text))
    assert [s.channel for s in found if s.kind == "quote"] == ["public", "public"]
    assert own_reporting(found, [], []) == []
