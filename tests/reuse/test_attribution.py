"""Attribution chains and origin names, on sentences written for these tests and on cited
sentences from FNC-1 bodies and ECB+ documents."""

from __future__ import annotations

import pytest

from firsthand.ingest.clean import clean_text
from firsthand.model import Article, Mention
from firsthand.reuse.attribution import find_attributions, looks_like_newsroom
from firsthand.reuse.origins import OriginNames, origin_kind


def _article(text: str, outlet: str = "Daily Ledger") -> Article:
    return Article(id="a1", source="test", outlet=outlet, title="t", text=text)


@pytest.mark.parametrize(
    ("sentence", "origin"),
    [
        (
            "Wages fell by a third, according to the Meridian Herald's investigation.",
            "Meridian Herald",
        ),
        (
            "Wages fell, according to a report by Human Rights Watch released on Monday.",
            "Human Rights Watch",
        ),
        (
            "The factory closed last year, the Meridian Herald reported on Tuesday.",
            "Meridian Herald",
        ),
        ("The plan was first reported by The Harbour Gazette in March.", "Harbour Gazette"),
        ("The Harbour Gazette is reporting that the mayor will resign.", "Harbour Gazette"),
        ("The talks collapsed, per the Harbour Gazette.", "Harbour Gazette"),
        ("A port official told Shipping Insider that the berths were full.", "Shipping Insider"),
        # FNC-1 test 128: "Graphic artist Ashley Austen told Kent Online that ..."
        ("A graphic artist told Harbour Online that the photo was edited.", "Harbour Online"),
        (
            "Lena Marsh from the Harbour Gazette just reported that the mayor will resign.",
            "Harbour Gazette",
        ),
        ("A foreman told the Herald reporter that shifts ran to 16 hours.", "Herald"),
        ("The mayor told Channel Seven News that the port would reopen.", "Channel Seven News"),
        (
            "Prices rose sharply, citing data from the Bureau of Labor Statistics.",
            "Bureau of Labor Statistics",
        ),
        ("PORT LOUIS (Reuters) - Dock workers walked out on Friday.", "Reuters"),
        (
            "Two dock workers were hurt.\nThe Associated Press contributed to this report.",
            "Associated Press",
        ),
        (
            "Two dock workers were hurt.\nThis article originally appeared at Harbour Gazette.",
            "Harbour Gazette",
        ),
        (
            "The daily Harbour Gazette quoted the mayor as saying the port would reopen.",
            "Harbour Gazette",
        ),
        ("The port will reopen, the Portwatch247 news website reported.", "Portwatch247"),
        ("As Portwatch.ie reports, the port will reopen.", "Portwatch.ie"),
        ("The port will reopen, KHBR-TV reported.", "KHBR-TV"),
        ("The mayor said so in a Harbour News interview on Monday.", "Harbour News"),
        (
            "The mayor told the Port Town Review-Journal that the berths were full.",
            "Port Town Review-Journal",
        ),
        ("Jane Roe of the Harbour Gazette tweeted that the port would reopen.", "Harbour Gazette"),
        ("The mayor told Portside's Harbour Radio that the port would reopen.", "Harbour Radio"),
        ("The mayor told local radio station Harbour Radio so.", "Harbour Radio"),
        ("A clerk told Portside radio station Harbour Radio so.", "Harbour Radio"),
        ("In an interview with the Harbour Gazette, the mayor said so.", "Harbour Gazette"),
        ("The port will reopen, a clerk confirmed to the Harbour Gazette.", "Harbour Gazette"),
        ("The plan was first reported last week by the Harbour Gazette.", "Harbour Gazette"),
        ("The Harbour Gazette notes that the port will reopen.", "Harbour Gazette"),
        ("Two dock workers were hurt. (via Harbour News)", "Harbour News"),
        ("From Harbour News:\nTwo dock workers were hurt.", "Harbour News"),
        ("Two dock workers were hurt.\nRead the full report at Harbour News.", "Harbour News"),
        ("Portside's Harbour Radio reported that the port would reopen.", "Harbour Radio"),
        ("The port will reopen, reports the Harbour Gazette on Monday.", "Harbour Gazette"),
        ("Speaking to the Harbour Gazette, the mayor said so.", "Harbour Gazette"),
        ("It reopened, according to the news site Harbour Daily.", "Harbour Daily"),
        ("The news comes via Harbour News.", "Harbour News"),
        ("The mayor told Harbour News Tuesday that the port would reopen.", "Harbour News"),
        # Known newsrooms whose names carry no newsroom word (reuse/data/newsrooms.txt).
        ("The port will reopen, according to TechCrunch.", "TechCrunch"),
        ("A clerk told Politico that the port would reopen.", "Politico"),
        ("The port will reopen, Re/code reports.", "Re/code"),
    ],
)
def test_named_origins_are_found_with_their_span(sentence: str, origin: str) -> None:
    found = find_attributions(_article(sentence))
    assert [a.name for a in found] == [origin]
    assert origin.split()[-1] in sentence[found[0].start : found[0].end]


@pytest.mark.parametrize(
    "sentence",
    [
        "Wages fell by a third, according to Mr. Okafor, who runs the union.",
        "Wages fell, according to Interior Secretary Ryan Zinke.",
        "The foreman told reporters that shifts ran to 16 hours.",
        "Shifts ran to 16 hours, according to officials at the port.",
        "Police said the port was closed, and police reported two arrests.",
        "The strike began on Monday, according to Monday's schedule.",
        # A newsroom named with its reporter keeps the newsroom, not the reporter.
        "The mayor told Portside's mayor-elect that the port would reopen.",
        "The film is now available via Harbour TV.",
        "The port will reopen, writes Jane Roe.",
        "Two dock workers were hurt.\n[Image via Harbour News]",
    ],
)
def test_people_and_unnamed_sources_are_not_origins(sentence: str) -> None:
    assert find_attributions(_article(sentence)) == []


def test_own_outlet_counts_as_newsroom_for_told() -> None:
    found = find_attributions(
        _article("The minister told Ledger that talks failed."), outlets=["Ledger"]
    )
    assert [a.name for a in found] == ["Ledger"]


def test_short_and_possessive_names_resolve_to_one_origin() -> None:
    names = OriginNames(["the Meridian Herald", "The Meridian Herald's", "the Herald"])
    assert (
        names.canonical("Herald") == names.canonical("The Meridian Herald's") == "Meridian Herald"
    )


def test_reporter_after_a_newsroom_keeps_the_newsroom() -> None:
    found = find_attributions(_article("The mayor told Harbour News's Jane Roe the port shut."))
    assert [a.name for a in found] == ["Harbour News"]


def test_brand_that_fuses_the_article_is_one_origin() -> None:
    names = OriginNames(["TheWrap", "The Wrap"])
    assert names.same("TheWrap", "the Wrap")


def test_ambiguous_short_name_stays_apart() -> None:
    names = OriginNames(["New York Times", "Los Angeles Times", "Times"])
    assert names.canonical("the Times") == "Times"


def test_acronym_joins_its_full_name_and_outlets_are_preferred() -> None:
    names = OriginNames(["AP", "the Associated Press"], preferred=["Associated Press"])
    assert names.canonical("AP") == "Associated Press"
    assert origin_kind("Associated Press", []) == "agency"
    assert origin_kind("Meridian Herald", []) == "outlet"
    assert origin_kind("Human Rights Watch", []) == "external"


@pytest.mark.parametrize(
    ("sentence", "origin"),
    [
        (
            "A survey released on Friday by Tidewater Labour Monitor, a research group, found "
            "that half the crews were unpaid.",
            "Tidewater Labour Monitor",
        ),
        (
            "Tidewater Labour Monitor, a research group, said in a report last week that half "
            "the crews were unpaid.",
            "Tidewater Labour Monitor",
        ),
        ("The figures match the Harbour Gazette's investigation from May.", "Harbour Gazette"),
        ("It was revealed in an analysis of the newspaper La Voz Austral.", "La Voz Austral"),
    ],
)
def test_publishers_of_documents_are_origins_with_a_clean_name(sentence: str, origin: str) -> None:
    assert [a.name for a in find_attributions(_article(sentence))] == [origin]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Maritime Ministry said on Sunday that it had opened an inquiry.",
        "Fines could reach $2 million, according to the Labour Inspectorate.",
        "An investigation of Kessling Foods found no breach.",
        "Shifts ran to 16 hours, the Port Authority reported.",
        "The mayor quoted the port manager as saying that shifts ran to 16 hours.",
    ],
)
def test_bodies_said_to_assert_something_are_claimants_not_origins(sentence: str) -> None:
    assert find_attributions(_article(sentence)) == []


def test_only_newsroom_claimants_become_origins() -> None:
    text = "The inspectorate confirmed an inquiry. The plant closed, the Tribune said."
    article = _article(text)
    mentions = [
        Mention(id="m1", article_id="a1", start=0, end=38, text=text[:38], claimant="Inspectorate"),
        Mention(
            id="m2", article_id="a1", start=39, end=len(text), text=text[39:], claimant="Tribune"
        ),
    ]
    assert [a.name for a in find_attributions(article, mentions)] == ["Tribune"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The EU has said it will retaliate with its own tariffs, according to the EU.",
        "Fines were approved, the FBI reported on Monday.",
        "Two people were charged in the FBI's investigation into the bombing.",
        "He was charged in Special Counsel Jane Doyle's investigation of the fraud.",
        "The council asked for an investigation from the Port Authority.",
        "Lena Ortiz reports from Lagos, where the strike began.",
        "Ana Ruiz contributed reporting from Madrid.",
        "Today's story distorts the senator's record.",
    ],
)
def test_bodies_places_and_processes_are_not_origins(sentence: str) -> None:
    """Initials of a body (EU, FBI), an investigation as a process, a correspondent's location
    and a relative day are not publishers."""
    assert find_attributions(_article(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "origin"),
    [
        ("The singer denied the claims, TMZ reported on Friday.", "TMZ"),
        ("He told KWQC that the plant would close.", "KWQC"),
        ("The plant would close, Senator Lee told WVLK, a radio station in Lexington.", "WVLK"),
        (
            "The Tidewater Broadcasting Network (TBN) aired it. TBN reported that talks failed.",
            "TBN",
        ),
        ("An investigation by Coastwatch found that crews went unpaid.", "Coastwatch"),
        (
            "The figures match the long-awaited report from Robert S. Mueller III.",
            "Robert S. Mueller III",
        ),
        (
            "Wages fell, according to a report by the Department of the Treasury.",
            "Department of the Treasury",
        ),
        ("In particular, The New York Times reported that the talks failed.", "New York Times"),
        ("As FoxNews.com reported, the talks failed.", "FoxNews.com"),
    ],
)
def test_newsrooms_and_publishers_keep_their_whole_name(sentence: str, origin: str) -> None:
    assert [a.name for a in find_attributions(_article(sentence))][:1] == [origin]


def test_a_person_said_to_work_for_a_newsroom_is_not_the_newsroom() -> None:
    text = "Hugh Brant, the magazine's founder, said the issue was sold out."
    article = _article(text)
    mention = Mention(
        id="m1", article_id="a1", start=0, end=len(text), text=text, claimant="Hugh Brant"
    )
    assert find_attributions(article, [mention]) == []


@pytest.mark.parametrize(
    ("dateline", "agency"),
    [("BOSTON (AP) -", "AP"), ("(CNN) --", "CNN"), ("AFP contributed to this report.", "AFP")],
)
def test_the_agency_of_a_dateline_that_ingest_cut_credits_the_article(
    dateline: str, agency: str
) -> None:
    body = "Three soldiers who went missing were found.\n\nMore later."
    cleaned = clean_text(f"{dateline} {body}" if "(" in dateline else f"{body}\n\n{dateline}")
    article = _article(cleaned.text).model_copy(update={"removed": cleaned.removed})
    assert dateline not in article.text
    found = find_attributions(article)
    assert [a.name for a in found] == [agency]
    assert article.text[found[0].start : found[0].end].startswith("Three soldiers")


def test_a_newsroom_and_its_medium_are_one_origin() -> None:
    names = OriginNames(["WCVB", "WCVB-TV", "Harbour", "Harbour News", "Harbour Business"])
    assert names.same("WCVB", "WCVB-TV")
    assert names.canonical("Harbour") == "Harbour News"
    assert not names.same("Harbour News", "Harbour Business")


# Back-references: sentences from FNC-1 bodies (split, body id) and ECB+ documents.
@pytest.mark.parametrize(
    ("text", "names", "reference"),
    [
        (
            # FNC-1 competition_test body 1712
            "Apple is said to be close to acquiring social network Path in an attempt to boost "
            'the company\'s social media efforts, reports PandoDaily. Citing a "well-placed" '
            "source inside Apple's engineering team, the site notes that the deal is "
            '"essentially a done deal" and would see Apple integrating Path\'s current services '
            "into its Messages app.",
            ["PandoDaily", "PandoDaily"],
            "the site notes",
        ),
        (
            # ECB+ 13_3ecb
            "Central Mat-Su Fire Department Chief James Steele said the department was "
            '"treating it as suspicious and as potential arson at this point" but did not '
            "elaborate, The Anchorage Daily News reported.\nThe newspaper said Palin released a "
            "statement after the fire in which she said she stopped by the church Saturday "
            "morning and offered an apology to the assistant pastor.",
            ["Anchorage Daily News", "Anchorage Daily News"],
            "The newspaper said",
        ),
        (
            # ECB+ 20_8ecbplus
            "It hit at 1:53 p. m. local time and was followed by at least four strong "
            "aftershocks, IRNA reported.\nThe news agency also reported that one of the major "
            "hospitals on the island, in the village of Jeyhian, was destroyed and the village's "
            "power lines were cut.",
            ["IRNA", "IRNA"],
            "The news agency also reported",
        ),
        (
            # FNC-1 train body 2318: the most recent of two broadcasters
            "According to a report from Sky News. A joint military operation to free Somers, "
            "conducted by U.S. and Yemeni forces, was launched Saturday, according to a report "
            "from NBC News. The network added that Somers' status was unclear.",
            ["Sky News", "NBC News", "NBC News"],
            "The network added",
        ),
        (
            # FNC-1 competition_test body 1914: a news agency named in between is no paper
            "But now a diplomatic source has revealed that despite attempts to force Han to "
            "return to North Korea, the student has evaded capture as is 'somewhere in France', "
            "The Telegraph reported.\n\nPark Sung-jin, Paris correspondent for Yonhap, South "
            "Korea's biggest news agency which broke the story, told the newspaper: 'Since the "
            "1980s, when the regime changes and someone is executed and his relatives and friends "
            "and family are studying abroad, they are brought home.'",
            ["Telegraph", "Telegraph"],
            "told the newspaper",
        ),
    ],
)
def test_a_description_in_a_credit_names_the_newsroom_credited_before(
    text: str, names: list[str], reference: str
) -> None:
    found = find_attributions(_article(text))
    assert [a.name for a in found] == names
    assert found[-1].pattern == "back-reference"
    assert text[found[-1].start : found[-1].end] == reference


@pytest.mark.parametrize(
    "text",
    [
        # Nothing credited before.
        "According to the report, wages fell.",
        # "The source" who told a newsroom is a person (FNC-1 train body 1004).
        "It was a coordinated operation involving intelligence agencies from Iraq, Syria and "
        "Lebanon, an intelligence source familiar with the arrest told CNN.\n\nThe source said "
        "the Iraqis had help from the U.S. intelligence community.",
        # A broadcaster is no paper.
        "The mayor told Harbour Radio that the port would reopen. The paper said ships waited.",
        # Another paper, only mentioned, comes in between.
        "The Harbour Gazette reported the closure. A clerk sent the Coastal Ledger a letter. "
        "The paper said ships waited.",
        # A scientific paper, a government report, a government agency in between.
        "The Harbour Gazette reported the study. A paper in a journal found wages fell. The "
        "paper said crews went unpaid.",
        "CNN reported the closure. A report by the Department of Labor found wages fell. The "
        "report says crews went unpaid.",
        "The Associated Press reported the closure. The FBI opened an inquiry, the agency said.",
        # A blog the rules do not know as a newsroom is said to publish in between.
        "A clerk told Harbour News so. Tidewater Watch has written that shifts ran long, "
        "according to the blog.",
        # The description is an object, or names its publisher itself (BASIL, FNC-1 train 2159).
        "The Harbour Gazette reported the closure. The mayor, while not able to confirm the "
        "report, said the port was shut.",
        "The Harbour Gazette reported the closure. According to the report issued by the "
        "Department of the Treasury Inspector General for Tax Administration, wages fell.",
    ],
)
def test_a_description_without_a_clear_newsroom_before_it_names_none(text: str) -> None:
    assert all(a.pattern != "back-reference" for a in find_attributions(_article(text)))


def test_a_company_report_is_no_antecedent() -> None:
    text = "Kessling Foods said in a report that wages rose. The report says crews were paid."
    assert [a.pattern for a in find_attributions(_article(text))] == ["said in a report"]


@pytest.mark.parametrize(
    ("sentence", "origin"),
    [
        # FNC-1 competition_test body 635
        (
            'The news comes via PandoDaily, which quotes an anonymous "single well-placed '
            "source inside Apple's engineering team\" as saying so.",
            "PandoDaily",
        ),
        # FNC-1 competition_test body 2300
        (
            'NBC News, quoting "top Massachusetts law enforcement officials, also reports the '
            "three were detained at the bridge.",
            "NBC News",
        ),
        # FNC-1 competition_test body 792
        (
            "In a statement to Re/code, Apple spokesman Tom Neumayr said the TechCrunch rumor is "
            '"not true," but did not offer further comment on the matter.',
            "Re/code",
        ),
    ],
)
def test_relays_and_statements_credit_the_newsroom(sentence: str, origin: str) -> None:
    assert [a.name for a in find_attributions(_article(sentence))][:1] == [origin]


@pytest.mark.parametrize(
    ("name", "newsroom"),
    [("Kent Online", True), ("MailOnline", True), ("Online", False), ("FireWire", False)],
)
def test_online_names_a_newsroom_only_after_a_name(name: str, newsroom: bool) -> None:
    # FNC-1 test 128 "told Kent Online"; train 2239 "Online, users celebrated the letter".
    assert looks_like_newsroom(name) is newsroom


def test_a_station_under_its_call_sign_website_and_channel_is_one_origin() -> None:
    # FNC-1 test 1566 "told KMOV-TV", 1504 "(KMOV.com)", 1367 "told Kmov.com", 631 "told KMOV"
    names = OriginNames(["KMOV-TV", "KMOV.com", "Kmov.com", "KMOV"])
    assert {names.canonical(n) for n in ["KMOV-TV", "KMOV.com", "Kmov.com", "KMOV"]} == {"KMOV-TV"}
    # 2390 "told ABC 7 in Tampa Bay", 2308 "told ABC7.com": a local station, not ABC News
    names = OriginNames(["ABC News", "ABC 7", "ABC7.com", "News"])
    assert names.same("ABC 7", "ABC7.com")
    assert not names.same("ABC 7", "ABC News")
    assert not names.same("News", "ABC News")


@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        ("Fox 13 reports: the cat was found alive.", "Fox 13"),
        ("The cat was alive, according to News 96.5.", "News 96.5"),
        ("Rescuers told ABC 7 in Tampa Bay that he is recovering.", "ABC 7"),
    ],
)
def test_a_channel_number_is_part_of_a_broadcaster_name(sentence: str, credited: str) -> None:
    article = Article(id="a", source="a", outlet="Blog", title="", text=sentence)
    assert credited in [a.name for a in find_attributions(article)]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # FNC-1 competition_test 1243, 1520 and 1290
        (
            "According to a Saturday Benzinga report that references a source familiar with "
            "the matter, Lenovo may bid.",
            "Benzinga",
        ),
        ("According to a BBC correspondent, fighting had calmed by Monday afternoon.", "BBC"),
        ("Lenovo may be interested in an acquisition.\n\nVIA: Benzinga", "Benzinga"),
    ],
)
def test_a_newsroom_named_before_its_report_or_on_a_via_line_is_credited(
    text: str, credited: str
) -> None:
    assert credited in [a.name for a in find_attributions(_article(text, outlet="Blog"))]


def test_a_via_line_must_name_a_newsroom() -> None:
    assert not find_attributions(_article("The road was paved.\n\nVia Appia is a road."))
