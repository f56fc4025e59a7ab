"""Provenance per mention, read from the story's origins as the reuse stage writes them."""

from __future__ import annotations

from firsthand.align.origins import UNNAMED_REPORTS, independent_lines, provenance
from firsthand.model import Derivation, Evidence, Origin, Span, Story
from tests.align._build import article, mention

ORIGIN = article(
    "o", "Harbour Times", "The pier closed on Monday. The Port Board said 40 ships wait."
)
COPY = article("c", "Copy Daily", "The pier closed on Monday. Repairs will take a month.")
OTHER = article("x", "Coast News", "Officials of the Port Board said 40 ships wait offshore.")
ARTICLES = [ORIGIN, COPY, OTHER]


def _root(name: str, *article_ids: str, kind: str = "article") -> Origin:
    return Origin(name=name, article_ids=list(article_ids), in_corpus=kind == "article", kind=kind)  # type: ignore[arg-type]


def _story(origins: list[Origin], *derivations: Derivation) -> Story:
    return Story(
        id="s",
        title="",
        article_ids=["o", "c", "x"],
        origins=origins,
        derivations=list(derivations),
    )


def test_a_copy_traces_to_the_origin_outlet_and_roots_to_themselves() -> None:
    story = _story(
        [_root("Harbour Times", "o", "c"), _root("Coast News", "x")],
        Derivation(article_id="c", derived_from="o", kind="copy"),
    )
    sources = provenance(story, ARTICLES)
    assert sources.traced
    assert sources.roots(mention(COPY, "The pier closed on Monday.")) == {"Harbour Times"}
    assert sources.roots(mention(OTHER, OTHER.text)) == {"Coast News"}


def test_partly_independent_article_owns_what_it_did_not_take() -> None:
    taken = Span(article_id="c", start=0, end=26, text=COPY.text[:26])
    cites = Derivation(
        article_id="c",
        derived_from="o",
        kind="cites",
        partly_independent=True,
        evidence=[Evidence(kind="passage", spans=[taken])],
    )
    roots = [_root("Harbour Times", "o", "c"), _root("Copy Daily", "c"), _root("Coast News", "x")]
    sources = provenance(_story(roots, cites), ARTICLES)
    assert sources.roots(mention(COPY, "The pier closed on Monday.")) == {"Harbour Times"}
    assert sources.roots(mention(COPY, "Repairs will take a month.")) == {"Copy Daily"}


def test_the_new_quotes_that_make_an_article_partly_independent_are_its_own() -> None:
    own = Span(article_id="c", start=27, end=len(COPY.text), text=COPY.text[27:])
    cites = Derivation(
        article_id="c",
        derived_from="o",
        kind="cites",
        partly_independent=True,
        evidence=[Evidence(kind="own-reporting", spans=[own], note="new quotes")],
    )
    roots = [_root("Harbour Times", "o", "c"), _root("Copy Daily", "c"), _root("Coast News", "x")]
    sources = provenance(_story(roots, cites), ARTICLES)
    assert sources.roots(mention(COPY, "Repairs will take a month.")) == {"Copy Daily"}


def test_mentions_credited_to_a_cited_outside_source_share_it() -> None:
    cites = Derivation(article_id="x", derived_from="Port Board", kind="cites")
    roots = [
        _root("Harbour Times", "o"),
        _root("Copy Daily", "c"),
        _root("Port Board", "x", kind="external"),
    ]
    sources = provenance(_story(roots, cites), ARTICLES)
    said = mention(ORIGIN, "The Port Board said 40 ships wait.", claimant="The Port Board")
    assert sources.roots(said) == {"Port Board"}
    assert sources.roots(mention(OTHER, OTHER.text, claimant="Port Board")) == {"Port Board"}
    # An article that only relays the outside source is that source's.
    assert sources.roots(mention(OTHER, OTHER.text)) == {"Port Board"}
    assert sources.roots(mention(ORIGIN, "The pier closed on Monday.")) == {"Harbour Times"}


def test_without_origins_provenance_is_marked_untraced() -> None:
    sources = provenance(_story([]), ARTICLES)
    assert not sources.traced
    assert sources.roots(mention(COPY, "The pier closed on Monday.")) == {"Copy Daily"}


def test_hearsay_an_outlet_tells_on_its_own_account_traces_to_unnamed_reports() -> None:
    rumour = article("r", "Rumour Mill", "The pier has reportedly closed. The pier closed.")
    copy = article("k", "Copy Daily", "The pier has reportedly closed.")
    named = article("n", "Named Post", "The pier has reportedly closed, the Port Board said.")
    story = Story(
        id="s",
        title="",
        article_ids=["r", "k", "n"],
        origins=[_root("Rumour Mill", "r", "k"), _root("Named Post", "n")],
        derivations=[Derivation(article_id="k", derived_from="r", kind="copy")],
    )
    sources = provenance(story, [rumour, copy, named])
    assert sources.roots(mention(rumour, "The pier has reportedly closed.")) == {UNNAMED_REPORTS}
    assert sources.roots(mention(rumour, "The pier closed.")) == {"Rumour Mill"}
    # A copy's hearsay is its origin's; a named source is no hearsay.
    assert sources.roots(mention(copy, copy.text)) == {"Rumour Mill"}
    said = mention(named, named.text, claimant="the Port Board")
    assert sources.roots(said) == {"Named Post"}


def test_hearsay_beside_a_named_line_adds_no_origin() -> None:
    hearsay = (frozenset({UNNAMED_REPORTS}), None)
    named = (frozenset({"Benzinga"}), None)
    assert independent_lines([hearsay, hearsay]) == [UNNAMED_REPORTS]
    assert independent_lines([hearsay, named]) == ["Benzinga"]
    assert independent_lines([hearsay, named, (frozenset({"Reuters"}), None)]) == [
        "Benzinga",
        "Reuters",
    ]


def test_an_article_repeating_what_it_credits_does_not_corroborate_it() -> None:
    text = "40 ships wait, the Port Board said. Forty ships wait offshore."
    credit = Span(article_id="x", start=0, end=text.index(" Forty"), text="")
    relay = article("x", "Coast News", text)
    cites = Derivation(
        article_id="x",
        derived_from="Port Board",
        kind="cites",
        evidence=[Evidence(kind="attribution", spans=[credit])],
    )
    roots = [_root("Coast News", "x"), _root("Port Board", "x", kind="external")]
    story = Story(id="s", title="", article_ids=["x"], origins=roots, derivations=[cites])
    sources = provenance(story, [relay])
    members = [
        mention(relay, "40 ships wait, the Port Board said."),
        mention(relay, "Forty ships wait offshore."),
    ]
    traces = sources.claim_traces(members)
    assert [roots for roots, _ in traces] == [{"Port Board"}, {"Port Board"}]
    assert len(independent_lines(traces)) == 1


def test_a_sentence_crediting_an_outside_origin_traces_to_it() -> None:
    credit = Span(article_id="x", start=0, end=len(OTHER.text), text=OTHER.text)
    cites = Derivation(
        article_id="x",
        derived_from="Port Board",
        kind="cites",
        evidence=[Evidence(kind="attribution", spans=[credit])],
    )
    also = Derivation(article_id="x", derived_from="Harbour Times", kind="cites")
    roots = [
        _root("Harbour Times", "o", "x", kind="outlet"),
        _root("Port Board", "x", kind="external"),
    ]
    sources = provenance(_story(roots, cites, also), ARTICLES)
    assert sources.roots(mention(OTHER, OTHER.text)) == {"Port Board"}


def test_mentions_whose_roots_overlap_are_one_line_of_reporting() -> None:
    lines = independent_lines(
        [
            (frozenset({"Ajel"}), None),
            (frozenset({"Emirates247", "RT"}), None),
            (frozenset({"Ajel", "Emirates247"}), None),
            (frozenset({"Coast News"}), None),
        ]
    )
    assert lines == ["Ajel + Emirates247 + RT", "Coast News"]


def test_mentions_resting_on_one_claimant_are_one_line_of_reporting() -> None:
    lines = independent_lines(
        [
            (frozenset({"Coast News"}), "SITE Intelligence Group"),
            (frozenset({"Harbour Times"}), "the SITE group"),
            (frozenset({"Copy Daily"}), None),
        ]
    )
    assert lines == [
        "Copy Daily",
        "SITE Intelligence Group + Coast News + Harbour Times",
    ]
    sources = provenance(_story([_root("Coast News", "x")]), ARTICLES)
    assert sources.claimant(mention(OTHER, OTHER.text, claimant="Port Board")) == "Port Board"
    # outlets printing one speaker's words have them from that speaker: one line, not one
    # per outlet (readers of unseen stories found one interview's quotes counted six times)
    quoted = mention(OTHER, OTHER.text, claimant="Port Board", quote="forty ships wait offshore")
    assert sources.claimant(quoted) == "Port Board"


def test_the_same_speaker_after_a_credited_sentence_comes_through_that_origin() -> None:
    relay = article(
        "r",
        "Relay Post",
        'Ms Lund told the Harbour Times: "The pier is shut." She added: "Ships wait." '
        'The mayor said: "We will reopen." Ms Lund also said: "Repairs take a month."',
    )
    credit_end = relay.text.index(" She added")
    credit = Span(article_id="r", start=0, end=credit_end, text=relay.text[:credit_end])
    cites = Derivation(
        article_id="r",
        derived_from="Harbour Times",
        kind="cites",
        evidence=[Evidence(kind="attribution", spans=[credit])],
    )
    story = Story(
        id="s",
        title="",
        article_ids=["r"],
        origins=[_root("Harbour Times", "r", kind="outlet"), _root("Relay Post", "r")],
        derivations=[cites],
    )
    told = mention(relay, relay.text[:credit_end], speaker="Ms Lund")
    added = mention(relay, 'She added: "Ships wait."', speaker="Ms Lund")
    mayor = mention(relay, 'The mayor said: "We will reopen."', speaker="The mayor")
    later = mention(relay, 'Ms Lund also said: "Repairs take a month."', speaker="Ms Lund")
    sources = provenance(story, [relay], [told, added, mayor, later])
    assert sources.roots(added) == {"Harbour Times"}
    # Another speaker in between ends the credit: the origin did not quote the mayor.
    assert sources.roots(mayor) == sources.roots(later) == {"Relay Post"}


def test_a_described_claimant_is_not_matched_to_an_origin_by_a_shared_word() -> None:
    roots = [_root("Coast News", "x"), _root("Central Harbour News", "x", kind="external")]
    sources = provenance(_story(roots), ARTICLES)
    described = mention(OTHER, OTHER.text, claimant="the news outlet")
    assert sources.roots(described) == {"Coast News"}


def test_what_a_rewrite_adds_outside_the_passages_it_took_is_its_own() -> None:
    """Only when no article it took from states it too: the copy's 'Repairs will take a
    month' is its own reporting; its 'The pier closed on Monday', which the origin states,
    stays the origin's even when the passage finder missed the sentence."""
    copy = Derivation(article_id="c", derived_from="o", kind="rewrite")
    roots = [_root("Harbour Times", "o", "c"), _root("Coast News", "x")]
    sources = provenance(_story(roots, copy), ARTICLES)
    added = mention(COPY, "Repairs will take a month.")
    assert sources.claim_traces([added]) == [(frozenset({"Copy Daily"}), None)]
    retold = [
        mention(ORIGIN, "The pier closed on Monday."),
        mention(COPY, "The pier closed on Monday."),
    ]
    assert [roots for roots, _ in sources.claim_traces(retold)] == [{"Harbour Times"}] * 2


def test_outlets_printing_the_same_quotation_rest_on_its_one_speaker() -> None:
    """However each names the speaker ('a hospital spokesman', 'a spokesperson for the
    hospital', no one); two different named people are a speaker conflict, not one line."""
    words = "The knife was quite blunt, so the wound was ragged"
    first = article("a", "Daily One", f'"{words}," a hospital spokesman said.')
    second = article("b", "Daily Two", f'A spokesperson for the hospital said: "{words}."')
    third = article("n", "Daily Three", f'"{words}," said Dr Li Wen.')
    fourth = article("m", "Daily Four", f'"{words}," said Chen Bo.')
    roots = [_root(outlet, a.id) for a, outlet in ((first, "Daily One"), (second, "Daily Two"))]
    sources = provenance(
        Story(id="s", title="", article_ids=["a", "b"], origins=roots), [first, second]
    )
    quoted = [
        mention(first, first.text, kind="quote", quote=words, speaker="a hospital spokesman"),
        mention(
            second,
            second.text,
            kind="quote",
            quote=words,
            speaker="A spokesperson for the hospital",
        ),
    ]
    assert independent_lines(sources.claim_traces(quoted)) == [
        "a hospital spokesman + Daily One + Daily Two"
    ]
    named = [
        mention(
            third, third.text, kind="quote", quote=words, speaker="Dr Li Wen", claimant="Dr Li Wen"
        ),
        mention(
            fourth, fourth.text, kind="quote", quote=words, speaker="Chen Bo", claimant="Chen Bo"
        ),
    ]
    both = provenance(Story(id="s", title="", article_ids=["n", "m"]), [third, fourth])
    assert len(independent_lines(both.claim_traces(named))) == 2
