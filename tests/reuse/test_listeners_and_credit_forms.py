"""A newsroom named as the listener inside content credited to someone
else is no credit, and credit forms the patterns missed (a name with a space or digit, a
dropped "to", a credit before a colon, initials of a newsroom the text names, dateline lists).
Each case is a sentence of an FNC-1 competition_test body (its id in the comment)."""

from __future__ import annotations

import pytest

from firsthand.model import Article
from firsthand.reuse.attribution import find_attributions


def _credited(text: str) -> list[tuple[str, str]]:
    article = Article(id="a1", source="test", outlet="Daily Ledger", title="t", text=text)
    return [(a.name, a.pattern) for a in find_attributions(article)]


@pytest.mark.parametrize(
    "text",
    [
        # 1142: the told newsroom is part of what Hip-Hop Hangover is credited with
        "According to Hip-Hop Hangover, former child actor Symone told TMZ officials that she "
        "too had been drugged and raped by Cosby.",
        # 1033: inside the quoted words of a hoax report
        "A hoax report that has gone viral claims the former child star “revealed to the TMZ "
        "offices that she too had been raped and drugged” by Cosby.",
        # 1445: a country's media are unnamed newsrooms, the country publishes nothing
        "The Kingdom's media report that men complained about strangers sitting next to "
        "their wives.",
    ],
)
def test_listener_inside_credited_content_is_no_credit(text: str) -> None:
    assert _credited(text) == []


def test_plain_told_still_credits() -> None:
    assert _credited("“It is fine,” the mayor told CNN.") == [("CNN", "told")]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # 319
        (
            "According to news360, Saudia will order staff to keep men and women segregated.",
            ("news360", "according to"),
        ),
        # 457
        (
            "Writes RT.com on Jan. 2: “Airline company Saudia will order its staff to keep men "
            "and women separated onboard.”",
            ("RT.com", "reports"),
        ),
        # 519
        (
            "According to the Emirates 247 news website, the new rules would be enforced.",
            ("Emirates 247", "according to"),
        ),
        # 245
        (
            "Saudia will keep men and women seated apart, according the news website Emirates247.",
            ("Emirates247", "according to"),
        ),
        # 602
        (
            "“We will soon enforce rules,” Al Fahd said, quoted by the Saudi Arabic language "
            "daily ‘Ajel’.",
            ("Ajel", "quoted by"),
        ),
        # 605
        (
            "The airline is responding to complaints, according to a Daily Mail news report.",
            ("Daily Mail", "according to"),
        ),
        # 1557
        (
            "The airline in question is Saudia as reported on the RT website.",
            ("RT", "reported by"),
        ),
        # 1561
        (
            "‘We will soon enforce rules,’ Abdul Rahman Al Fahd, told Saudi daily, Ajel.",
            ("Ajel", "told"),
        ),
        # 751
        (
            "“We have bodies. Come and examine them,” The Associated Press (AP) quoted "
            "Alhakim as saying.",
            ("Associated Press", "quoted"),
        ),
        # 50
        ("Bill Cosby was accused again.\n\nSOURCE-Salon-", ("Salon", "source")),
        # 750
        (
            "ISIS' horrifying trade in human organs, which was revealed by MailOnline last "
            "December, is the latest way.",
            ("MailOnline", "reported by"),
        ),
        # 1994
        (
            "The impending move, first reported Sunday by The Wall Street Journal, set off "
            "speculation.",
            ("Wall Street Journal", "reported by"),
        ),
    ],
)
def test_missed_credit_forms(text: str, credited: tuple[str, str]) -> None:
    assert credited in _credited(text)


def test_initials_of_a_newsroom_the_text_names() -> None:
    # 605: "wrote DM" where the article names the Daily Mail; without it "DM" is no newsroom
    named = "The Daily Mail said so. The company opened an office in Riyadh, wrote DM."
    assert ("DM", "reports") in _credited(named)
    assert _credited("The company opened an office in Riyadh, wrote DM.") == []


def test_dateline_crediting_several_newsrooms() -> None:
    # 2350
    found = _credited("UNITED NATIONS (CBS News/CBSDC/AP) — Iraq’s ambassador asked the council.")
    assert ("CBS News", "dateline") in found and ("AP", "dateline") in found
    assert _credited("PRAGUE (RFE/RL) - The mayor said so.") == [("RFE/RL", "dateline")]
