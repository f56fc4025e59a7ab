"""The HTML dossier of the synthetic story: escaped, self-contained, linked, complete."""

from __future__ import annotations

import lxml.html
import pytest

from firsthand.model import (
    Article,
    Claim,
    Conflict,
    ConflictSide,
    Dossier,
    MentionRef,
    Origin,
    Span,
    Story,
)
from firsthand.report.html import render_dossier, render_summary
from firsthand.report.text import ReportError
from firsthand.report.view import dossier_view, story_view


@pytest.fixture(scope="module")
def html(dossier: Dossier) -> str:
    return render_dossier(dossier)


@pytest.fixture(scope="module")
def tree(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(html)


def test_markup_in_article_text_and_values_is_escaped(html: str) -> None:
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<script>alert" not in html
    assert "<img" not in html
    # The removed cookie banner's "<b>" stays text as well.
    assert "&lt;b&gt;to&lt;/b&gt;" in html
    assert html.count("<script") == 1


def test_every_article_reads_in_full_from_its_pieces(dossier: Dossier) -> None:
    view = dossier_view(dossier)
    for story in view.stories:
        for article in story.articles:
            assert "".join(p.text for p in article.pieces) == article.article.text


def test_rendered_article_text_is_exactly_the_cleaned_text(
    dossier: Dossier, tree: lxml.html.HtmlElement
) -> None:
    for label, key in [("A1", "a"), ("A4", "c"), ("A5", "e")]:
        body = tree.get_element_by_id(f"s0-{label}").xpath(".//div[@class='body']")[0]
        assert body.text_content() == dossier.article(f"art-{key}").text


def test_page_fetches_nothing(tree: lxml.html.HtmlElement, html: str) -> None:
    assert not tree.xpath("//link | //iframe | //object | //embed | //img")
    assert not tree.xpath("//script[@src] | //*[@srcset]")
    assert "@import" not in html and "url(http" not in html
    csp = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp


def test_every_internal_link_lands_on_an_element(tree: lxml.html.HtmlElement) -> None:
    ids = tree.xpath("//@id")
    assert len(ids) == len(set(ids)), "duplicate ids"
    targets = {href[1:] for href in tree.xpath("//a/@href") if href.startswith("#")}
    assert targets - {""} <= set(ids)


def test_header_says_what_the_origin_count_means(tree: lxml.html.HtmlElement) -> None:
    summary = tree.xpath("//section[@id='s0-story']//p[@class='summary']")[0].text_content()
    assert summary == (
        "5 articles, 2 independent origins: The Meridian Herald (4 articles), "
        "Dunmore Fire Service (1 article). Only 2 separate accounts stand behind what they report."
    )
    assert tree.xpath("//section[@id='s0-story']//p[@class='meta']")[0].text == (
        "2024-03-12 – 2024-03-14"
    )


def test_one_origin_means_repetition_not_confirmation(dossier: Dossier) -> None:
    story = dossier.stories[0].model_copy(
        update={
            "origins": [
                Origin(
                    name="Harbour Wire", article_ids=dossier.stories[0].article_ids, in_corpus=False
                )
            ],
            "independent_origin_count": 1,
        }
    )
    assert story_view(dossier, story).summary == (
        "5 articles, 1 independent origin: all retell Harbour Wire, so their agreement is "
        "one account repeated, not confirmation."
    )


def test_untraced_story_says_so(dossier: Dossier) -> None:
    assert (
        dossier_view(dossier).stories[1].summary
        == "1 article; where they come from was not traced."
    )


def test_notes_and_errors_come_before_the_stories(html: str) -> None:
    notes = html.index("Read this first")
    assert notes < html.index("only the built-in ILO") < html.index('class="story"')
    assert "inbox/broken.html" in html and "not valid UTF-8 at byte 12" in html


def test_conflicts_come_first_with_both_sides_and_the_differing_values(
    tree: lxml.html.HtmlElement,
) -> None:
    story = tree.xpath("//section[@id='s0-story']")[0]
    headings = [h.text_content() for h in story.xpath(".//h3")]
    assert headings[:4] == [
        "Conflicts",
        "Single-source details",
        "Claims across articles",
        "Where the articles come from",
    ]
    toll = story.xpath(".//div[@class='conflict-card']")[0]
    assert toll.xpath(".//span[contains(@class,'badge')]")[0].text == "value"
    sides = toll.xpath(".//div[@class='side']")
    assert [s.xpath("./h4")[0].text_content() for s in sides] == ["Side 1: 12", "Side 2: 14"]
    assert [m.text for m in sides[0].xpath(".//mark[@class='diff']")] == ["12", "12", "12"]
    assert [m.text for m in sides[1].xpath(".//mark[@class='diff']")] == ["14"]
    cites = [c.text_content().strip() for c in sides[0].xpath(".//cite")]
    assert cites == ["A1 The Meridian Herald", "A2 Valley Courier", "A3 Northern Ledger"]
    claimant = story.xpath(".//div[@class='conflict-card']")[2]
    assert [m.text for m in claimant.xpath(".//mark[@class='diff']")] == ["Police", "union"]


def test_differing_value_is_not_found_inside_a_longer_number() -> None:
    text = "Officials counted 1,300 people, not 300 or 2.300."
    article = Article(id="n", source="n.txt", outlet="N", title="N", text=text)
    sentence = Span(article_id="n", start=0, end=len(text), text=text)
    ref = MentionRef(**sentence.model_dump(), mention_id="m")
    story = Story(
        id="s",
        title="S",
        article_ids=["n"],
        claims=[
            Claim(
                id="c",
                statement="people counted",
                kind="figure",
                verdict="contested",
                independent_origin_count=1,
                mentions=[ref],
            )
        ],
        conflicts=[
            Conflict(
                id="x",
                kind="value",
                claim_ids=["c"],
                explanation="",
                sides=[ConflictSide(value="300", mentions=[sentence])],
            )
        ],
    )
    dossier = Dossier(generated_at="2024-01-01", articles=[article], stories=[story])
    quoted = story_view(dossier, story).conflicts[0].sides[0].sentences[0]
    starts = [sum(len(p.text) for p in quoted.pieces[:n]) for n in range(len(quoted.pieces))]
    marked = [(p.text, at) for p, at in zip(quoted.pieces, starts, strict=True) if p.classes]
    assert marked == [("300", text.index("not 300") + 4)]


def test_conflict_link_points_at_its_sentence_in_the_article(tree: lxml.html.HtmlElement) -> None:
    link = tree.xpath("//a[@class='show-conflict']")[0]
    target = tree.get_element_by_id(link.get("href")[1:])
    assert target.tag == "mark"
    assert target.text_content().startswith("A fire at the Kestrel textile plant")
    assert target.xpath("ancestor::article/@id") == ["s0-A1"]
    grouped = tree.xpath(
        f"//mark[contains(concat(' ', @data-keys, ' '), ' {link.get('data-focus')} ')]"
    )
    assert {m.xpath("ancestor::article/@id")[0] for m in grouped} == {
        "s0-A1",
        "s0-A2",
        "s0-A3",
        "s0-A4",
    }


def test_claim_matrix_cells(tree: lxml.html.HtmlElement) -> None:
    rows = tree.xpath("//table[@id='s0-story-matrix']/tbody/tr")
    assert [r.get("data-verdict") for r in rows] == [
        "contested",
        "contested",
        "contested",
        "corroborated",
        "echoed",
        "single-source",
    ]
    toll = rows[0]
    assert toll.get("data-kind") == "figure"
    cells = [
        (c.get("class"), c.text_content().strip())
        for c in toll.xpath("./td[contains(@class,'cell')]")
    ]
    assert cells == [
        ("cell conflict", "✗ 12"),
        ("cell conflict", "✗ 12"),
        ("cell conflict", "✗ 12"),
        ("cell conflict", "✗ 14"),
        ("cell silent", "—"),
    ]
    families = rows[4]
    states = [c.get("class") for c in families.xpath("./td[contains(@class,'cell')]")]
    assert states == ["cell agree", "cell agree", "cell silent", "cell agree", "cell silent"]


def test_single_source_details_are_listed(tree: lxml.html.HtmlElement) -> None:
    single = tree.xpath("//section[@id='s0-story']//details[@class='single']")[0]
    assert "About 300 workers were evacuated" in single.text_content()
    assert "A3 Northern Ledger" in single.text_content()


def test_sources_table_and_graph(tree: lxml.html.HtmlElement) -> None:
    rows = tree.xpath("//section[@id='s0-story']//table[@class='sources']/tbody/tr")
    by_label = {
        r.xpath("./td")[0].text_content(): [td.text_content() for td in r.xpath("./td")]
        for r in rows
    }
    assert by_label["A4"][1:3] == ["Daily Signal Online", "Kestrel fire: 14 dead"]
    assert by_label["A4"][4:] == ["A1 The Meridian Herald", "copy", "uncredited"]
    assert "Dunmore Fire Service (outside the corpus)" in by_label["A3"][4]
    assert "direction unknown" in by_label["A5"][4]
    assert by_label["A2"][6] == ""
    graph = tree.xpath("//section[@id='s0-story']//svg[@class='graph']")[0]
    external = graph.xpath(".//*[contains(@class,'node external')]")
    assert len(external) == 1 and "Dunmore Fire Service" in external[0].text_content()
    edges = graph.xpath(".//*[contains(@class,'edge')]")
    assert len(edges) == 4
    assert len(graph.xpath(".//*[contains(@class,'edge copy uncredited')]")) == 1
    assert sum(1 for e in edges if e.get("marker-end")) == 3  # one direction is unknown


def test_lens_table_and_off_story_passage(tree: lxml.html.HtmlElement) -> None:
    lens = tree.xpath("//section[@id='s0-story']//table[@class='lens']/tbody/tr")[0]
    assert lens.xpath("./th")[0].text == "retention of identity documents"
    cells = [c.text_content().strip() for c in lens.xpath("./td[contains(@class,'cell')]")]
    assert cells == ["denies", "—", "evidence", "—", "—"]
    off = tree.xpath("//section[@id='s0-story']//mark[contains(@class,'off-story')]")
    assert off[0].text_content().startswith("In other news, Dunmore Rovers")


def test_removed_segments_are_collapsed_per_article(tree: lxml.html.HtmlElement) -> None:
    removed = tree.xpath("//article[@id='s0-A1']//details[@class='removed']")[0]
    assert removed.get("open") is None
    assert removed.xpath("./summary")[0].text == "Cleaning removed 2 segments"
    assert "navigation" in removed.text_content()


def test_print_and_keyboard_support(html: str, tree: lxml.html.HtmlElement) -> None:
    assert "@media print" in html and ":focus-visible" in html
    # Sorting and filtering are real controls, not clickable text.
    assert tree.xpath("//th[@data-sort]/button[@type='button']")
    assert tree.xpath("//select[@data-filter='verdict']/option[@value='contested']")


def test_a_span_that_does_not_quote_its_article_is_refused(dossier: Dossier) -> None:
    story = dossier.stories[0]
    wrong = Span(article_id="art-a", start=0, end=6, text="A blaze")
    broken = dossier.model_copy(
        update={"stories": [story.model_copy(update={"off_story": [wrong]}), *dossier.stories[1:]]}
    )
    with pytest.raises(ReportError, match="article art-a"):
        render_dossier(broken)
    elsewhere = Span(article_id="art-f", start=0, end=3, text="The")
    broken = dossier.model_copy(
        update={
            "stories": [story.model_copy(update={"off_story": [elsewhere]}), *dossier.stories[1:]]
        }
    )
    with pytest.raises(ReportError, match="'art-f', which is not in the story"):
        render_dossier(broken)
    outside = Span(article_id="art-a", start=0, end=10_000, text="x")
    broken = dossier.model_copy(
        update={
            "stories": [story.model_copy(update={"off_story": [outside]}), *dossier.stories[1:]]
        }
    )
    with pytest.raises(ReportError, match="outside article art-a"):
        render_dossier(broken)


def test_notebook_summary(dossier: Dossier) -> None:
    summary = dossier._repr_html_()
    assert summary == render_summary(dossier)
    assert "<script" not in summary
    assert "Fire at the Kestrel textile plant in Dunmore" in summary
    assert "6 claims, 4 conflicts" in summary
