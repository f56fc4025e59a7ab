"""Reuse and provenance: passage alignment, attribution chains, derivation graph, origins.

`trace(story, articles, mentions)` fills, for one story:

* `derivations`: `copy` / `rewrite` edges from aligned passages (evidence: span pairs with a
  similarity; `uncredited` when the derivative, in words it wrote itself, names neither the
  source's outlet nor a news agency the source credits), and `cites` edges from attributions
  to origins (evidence: the attribution span). `derived_from` is an article id when the
  origin is in the story, else the origin's name. `partly_independent` marks a derivative
  that adds reporting of its own: new quotes from new people, statements of people no source
  names, unnamed sources it describes as its own ("people briefed on the talks said"); not
  words that came through another outlet or a public statement (see `reporting`). The
  deciding spans are its Evidence of kind "own-reporting".
* An article that credits no one, whose passages the story's other articles hold while they
  all credit one newsroom X (or whose quotations they say were told to X), is X's text: it
  gets an edge to X whose evidence is those passages and credits (see `newsroom`), so the
  Post's own story in the pile and the articles retelling "the New York Post" are one line.
* `origins`: an origin is a publisher of information that others retell: an article of the
  story, a newsroom or news agency ("according to the Herald", "X reported", "told Reuters"),
  or whoever published a named document ("a report by X", "X's investigation", "data from
  X"). People, places and officials merely said to assert something are claimants (the
  align stage reads them from `Mention.claimant`), never origins. `story.origins` lists the
  roots (articles that derive from nothing, kind "article", one per outlet; external origins,
  kind "outlet" / "agency" / "external"), each with the article ids that reach it along
  derivations, plus each partly independent article's own outlet (kind "article").
* `independent_origin_count`: the number of independent lines of reporting. Take the graph
  whose nodes are the story's articles and its external origins and whose edges are the
  derivations; count its weakly connected components (an article citing two external origins
  joins them: the reader only has that one article), then add one for each partly
  independent outlet (it retells an origin but adds reporting of its own, a second line).
  A one-article story has one line.
* `off_story`: paragraphs about another story, for align to keep out of verdicts.

`origin_of(story)` gives, per article id, the root origin names of its line (component), and
a partly independent article's own outlet too, so the align stage can count independent
origins per claim: mentions whose articles share an origin name count once.
"""

from __future__ import annotations

from collections.abc import Sequence

from firsthand.model import Article, Mention, Story
from firsthand.reuse.attribution import Attribution, find_attributions, looks_like_newsroom
from firsthand.reuse.graph import (
    StoryFacts,
    build_derivations,
    mark_own_reporting,
    reporting_lines,
    resolve_origins,
)
from firsthand.reuse.newsroom import credited_originals
from firsthand.reuse.offstory import off_story_spans
from firsthand.reuse.origins import OriginNames
from firsthand.reuse.passages import align_story, sentence_vectors
from firsthand.reuse.reporting import statements
from firsthand.reuse.units import article_units

__all__ = ["origin_of", "trace"]


def trace(story: Story, articles: Sequence[Article], mentions: Sequence[Mention]) -> Story:
    """The story with derivations, origins, independent-origin count and off-story passages."""
    by_id = {a.id: a for a in articles}
    missing = [article_id for article_id in story.article_ids if article_id not in by_id]
    if missing:
        raise ValueError(f"story {story.id}: articles not supplied: {', '.join(missing)}")
    members = [by_id[article_id] for article_id in story.article_ids]
    outlets = [a.outlet for a in members]
    mentions_of = {a.id: [m for m in mentions if m.article_id == a.id] for a in members}

    units = [article_units(position, a) for position, a in enumerate(members)]
    vectors = sentence_vectors(units)
    alignments = align_story(units, vectors) if len(members) > 1 else []
    attributions = [find_attributions(a, mentions_of[a.id], outlets) for a in members]
    attributions = _with_story_newsrooms(members, mentions_of, outlets, attributions)
    names = OriginNames([x.name for found in attributions for x in found], preferred=outlets)
    off_story = off_story_spans(units, vectors)
    own_names = [names.canonical(a.outlet) for a in members]
    facts = StoryFacts(
        articles=members,
        attributions=attributions,
        # a statement in a passage about another story is not reporting on this one
        statements=[
            [
                s
                for s in statements(
                    a,
                    mentions_of[a.id],
                    [(x.start, x.end) for x in found if names.canonical(x.name) != own_name],
                )
                if not any(o.article_id == a.id and o.start <= s.start < o.end for o in off_story)
            ]
            for a, found, own_name in zip(members, attributions, own_names, strict=True)
        ],
        names=names,
    )
    derivations = build_derivations(facts, alignments)
    # Before the partly-independent mark: an article holding one quotation told to a newsroom
    # may add reporting of its own (a follow-up quoting one line of the interview), a second
    # line; one that is all the newsroom's text adds none.
    derivations, newsroom_texts = credited_originals(facts, alignments, derivations)
    derivations = mark_own_reporting(facts, derivations, newsroom_texts)
    derivations, origins = resolve_origins(facts, derivations)
    traced = story.model_copy(
        update={"derivations": derivations, "origins": origins, "off_story": off_story}
    )
    _, lines = reporting_lines(traced)
    return traced.model_copy(update={"independent_origin_count": lines})


def _with_story_newsrooms(
    members: Sequence[Article],
    mentions_of: dict[str, list[Mention]],
    outlets: list[str],
    attributions: list[list[Attribution]],
) -> list[list[Attribution]]:
    """A brand one article shows to be a newsroom ("sources told 9to5Mac", "Apple blog
    9to5mac") is one in every article of the story, where a bare "According to 9to5Mac" or
    "9to5Mac:" over a quoted block says nothing of what it is: articles naming such a brand are
    read again with it among the story's newsrooms."""
    known = {o.lower() for o in outlets}
    newsrooms = sorted(
        {
            x.name
            for article, found in zip(members, attributions, strict=True)
            for x in found
            if x.name.lower() not in known and looks_like_newsroom(x.name, outlets, article.text)
        }
    )
    if not newsrooms:
        return attributions
    with_newsrooms = outlets + newsrooms
    return [
        find_attributions(article, mentions_of[article.id], with_newsrooms)
        if any(
            name.lower() in article.text.lower() and name not in {x.name for x in found}
            for name in newsrooms
        )
        else found
        for article, found in zip(members, attributions, strict=True)
    ]


def origin_of(story: Story) -> dict[str, list[str]]:
    """Article id -> the origin names it traces back to (after `trace`): the root origins of
    its line of reporting, and its own outlet too when it is partly independent."""
    traced, _ = reporting_lines(story)
    return traced
