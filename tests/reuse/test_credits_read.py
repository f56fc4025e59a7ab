"""Credits that news writing gives in forms the first patterns missed, and names that look like
credits but are not: each case is a cited sentence of an FNC-1 competition_test body (its id
in the comment), or one written for this test in the same form."""

from __future__ import annotations

import pytest

from firsthand.model import Article, Mention
from firsthand.reuse.attribution import find_attributions
from firsthand.reuse.origins import OriginNames


def _article(text: str, outlet: str = "Daily Ledger") -> Article:
    return Article(id="a1", source="test", outlet=outlet, title="t", text=text)


def _credited(text: str, mentions: list[Mention] | None = None) -> list[tuple[str, str]]:
    return [(a.name, a.pattern) for a in find_attributions(_article(text), mentions or [])]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # 820: a site credited by its web address, in lower case
        (
            "The law has been branded ‘stupid’ by dissenters and roundly criticised on social "
            "media, aina.org reports.",
            "aina.org",
        ),
        # 1995: a writer's piece that a newsroom's site published
        (
            "IBM is preparing to cut jobs, Robert Cringely, a US technology blogger, wrote on "
            "Forbes.com.",
            "Forbes.com",
        ),
        # 1612: a newsroom that writes its name as one word
        (
            "Woken up by the gunfire, Reza Gul told TOLOnews that she had no other option.",
            "TOLOnews",
        ),
        # 2066, 2158, 2008, 556: a broadcaster named by its brand and channel number
        ("According to France 3, the senior police officer suffered from depression.", "France 3"),
        (
            "Commissioner Helric Fredou, 45, shot himself in his police office in Limoges last "
            "Wednesday night, France 3 reported.",
            "France 3",
        ),
        (
            "Commissioner Helric Fredou, 45, turned a gun on himself in his police office in "
            "Limoges last Wednesday night, reported France 3.",
            "France 3",
        ),
        (
            "The incident occurred in Limoges on Thursday night, local media France 3 reports.",
            "France 3",
        ),
        # 486, 943: the news "comes from" a publisher by trade
        (
            "News of the job cuts come from veteran Silicon Valley reporter Robert X. Cringely, "
            "who recently published a book.",
            "Robert X. Cringely",
        ),
        (
            "The report comes from long-time Silicon Valley journalist Robert X. Cringely.",
            "Robert X. Cringely",
        ),
        # 1220: the closing line of the newsrooms whose copy went in
        ("IBM shares rose 2%.\n\nWith files from Associated Press and Bloomberg", "Bloomberg"),
        # 1402: footers pointing at the page the text was taken from
        (
            "A psychological cell was set up.\n\nSource: "
            "https://uprootedpalestinians.wordpress.com/2015/01/09/another-mossad-victim/",
            "uprootedpalestinians.wordpress.com",
        ),
        (
            "We will keep you updated.\n\n- See more at: http://yournewswire.com/police-chief-"
            "in-charge/#sthash.JzwB16l.dpuf",
            "yournewswire.com",
        ),
        # 556: a newsroom's name alone on a line, above the piece it credits
        (
            "Stay tuned for more updates.\n\nSputnik News\n\nPolice commissioner, who had been "
            "investigating the attack, shot himself.",
            "Sputnik News",
        ),
        # 1641: a wire dateline with the date first
        ("Nov 5 (Reuters) - A fire broke out at an oil pipeline in Saudi Arabia.", "Reuters"),
        # 2008: a newsroom of the same house
        (
            "Speaking to our sister publication Mirror Online, the Union of Commissioners of "
            "the National Police confirmed Mr Fredou had taken his own life.",
            "Mirror Online",
        ),
    ],
)
def test_credits_in_less_common_forms_are_read(text: str, credited: str) -> None:
    assert credited in [name for name, _ in _credited(text)]


def test_every_newsroom_of_a_files_line_is_credited() -> None:
    # 1220: "With files from Associated Press and Bloomberg"
    names = [
        name for name, _ in _credited("IBM rose.\n\nWith files from Associated Press and Bloomberg")
    ]
    assert names == ["Associated Press", "Bloomberg"]


@pytest.mark.parametrize(
    "text",
    [
        "According to Article 5, the vote is void.",
        "About 80 U.S. families have also offered to sponsor migrants.",
        "The rocket lifted off on Nov 5, Apollo 11 said.",
        "Read more at the bottom of the page.\n\nPolitics",
        # FNC-1 train 2274: a platform under an embedded video
        "Watch the clip below.\n\nVia youtube.com",
        # FNC-1 train 2388: a writer's career, not a credit
        "It threatens Steven Sotloff, a freelance journalist who has written for TIME among "
        "other outlets.",
        # ECB+ 39_6ecbplus: a newsroom's programme page
        "It is hard work, he wrote on BBC's Doctor Who website.",
        # FNC-1 train 1198: the credit of a picture under a colon-ended caption
        "Here's one of the court documents:\n\nAFP\n\nThe masked militant was named.",
    ],
)
def test_numbered_things_headings_platforms_and_careers_are_not_credits(text: str) -> None:
    assert _credited(text) == []


def _claimed(text: str, claimant: str, start: int = 0) -> Mention:
    return Mention(
        id="m1",
        article_id="a1",
        start=start,
        end=len(text),
        text=text[start:],
        claimant=claimant,
    )


def test_an_organisation_in_a_persons_title_is_an_employer_not_a_source() -> None:
    # 2333: "Playboy boss Hugh Hefner has denied reports that he is dead ..."
    text = "Playboy boss Hugh Hefner has denied reports that he is dead."
    magazine = "\n\nHe founded Playboy magazine in 1953."  # the text calls Playboy a newsroom
    assert _credited(text + magazine, [_claimed(text, "Playboy")]) == []
    assert _credited("Sales grew, according to Playboy founder Hugh Hefner." + magazine) == []
    assert _credited("Sales grew, according to Playboy." + magazine) == [
        ("Playboy", "according to")
    ]


def test_a_newsroom_that_received_a_statement_is_the_one_writing() -> None:
    # 1736: "Yahoo Finance reached out to IBM and they sent us this statement:"
    text = (
        "Yahoo Finance News reached out to IBM and they sent us this statement:\n\n"
        '"IBM does not comment on rumors, even ridiculous or baseless ones."'
    )
    quote = _claimed(text, "Yahoo Finance News", start=text.index('"'))
    assert _credited(text, [quote]) == []


def test_a_newsroom_said_to_report_after_the_article_is_no_source() -> None:
    # 312: "... the second jump came when Reuters reported the first headline after we did."
    text = "The second jump came when Reuters reported the first headline after we did."
    assert _credited(text, [_claimed(text, "Reuters")]) == []
    assert _credited("The second jump came when Reuters reported the first headline.") == [
        ("Reuters", "reports")
    ]


def test_a_brand_in_one_word_and_in_two_is_one_origin() -> None:
    # 1612 "told TOLOnews", 1664 "told Tolo News", 1133 "Sources: Khaama Press, TOLOnews"
    names = OriginNames(["TOLOnews", "Tolo News", "TOLO News", "Khaama Press", "tolonews.com"])
    assert len({names.canonical(n) for n in ("TOLOnews", "Tolo News", "TOLO News")}) == 1
    assert names.same("tolonews.com", "Tolo News")
    assert not names.same("Khaama Press", "Tolo News")


@pytest.mark.parametrize(
    ("text", "credited", "pattern"),
    [
        # 426: a hat tip by a newsroom's initials; the picture's credit after it is no source
        (
            "All is well! All is bright!\n\n[h/t NYDN, image via AP]",
            "NYDN",
            "via",
        ),
        # 868: a closing credit line in capitals, without a colon
        ("Pre-orders may begin in March.\n\nSOURCE MacRumors", "MacRumors", "source"),
        # 453: a newsroom's name after a dash closing the text
        (
            "“I missed Christmas because of this operation but it is the best present I could "
            'have had as I am now feeling great." - Daily Mirror',
            "Daily Mirror",
            "source",
        ),
        # 1194: what was told stands between the verb and the newsroom
        (
            "Ming Chi Kuo, considered to be a credible source for Apple related news and "
            "rumours has revealed this to MacRumors.",
            "MacRumors",
            "told",
        ),
        # 2396: a story on a newsroom's website
        (
            "Apple will reveal more information on the watch, said Kuo, according to a story "
            "on the website MacRumors.",
            "MacRumors",
            "according to",
        ),
        # 2482: a newsroom reassured is a newsroom told
        (
            "Neurosurgeon Dawid Larysz recently assured The Daily Mirror that Jasica would not "
            "have been able to see or feel anything.",
            "Daily Mirror",
            "told",
        ),
        # 166: the inverted credit followed by a relative day
        (
            "Jasica was having a cancerous growth removed from her brain during this procedure, "
            "reports Headlines & Global News today.",
            "Headlines & Global News",
            "reports",
        ),
        # 315: a news site known by a name of common words
        (
            "Opposing Views reports that women who have eyes with a nice shape are told to cover "
            "them.",
            "Opposing Views",
            "reports",
        ),
    ],
)
def test_closing_lines_hat_tips_and_told_variants_are_credits(
    text: str, credited: str, pattern: str
) -> None:
    assert _credited(text) == [(credited, pattern)]


def test_a_newsroom_and_its_web_address_are_one_origin() -> None:
    # 256 "mirror.co.uk reported", 238 "The Daily Mirror reported", 1601 "According to the
    # Mirror"; 'news.com.au' keeps its address: 'News' alone names no newsroom
    names = OriginNames(["mirror.co.uk", "Daily Mirror", "Mirror", "news.com.au", "BBC News"])
    assert names.same("mirror.co.uk", "Daily Mirror")
    assert names.same("Mirror", "Daily Mirror")
    assert names.canonical("mirror.co.uk") != "mirror.co.uk"
    assert not names.same("news.com.au", "BBC News")


def test_a_newsroom_described_in_apposition_is_still_the_paper_told() -> None:
    # FNC-1 train 754: the appositive "her hometown newspaper" names the credited paper itself
    text = (
        "Mueller, of Prescott, Arizona, had been working in Turkey assisting Syrian refugees, "
        "according to a 2013 article in The Daily Courier, her hometown newspaper. The "
        "26-year-old told the paper that she was drawn to help with the situation in Syria."
    )
    assert _credited(text) == [
        ("Daily Courier", "according to"),
        ("Daily Courier", "back-reference"),
    ]
