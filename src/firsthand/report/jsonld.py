"""JSON-LD: claims as schema.org `Claim` nodes, articles as `CreativeWork`s, derivations in
W3C PROV terms.

- Each claim: `appearance` lists every article stating it; `firstAppearance` the earliest dated.
- Each article: `prov:wasDerivedFrom` its source, `prov:wasQuotedFrom` when it copies text
  word for word, `prov:hadPrimarySource` the origin it traces back to.
- Origins outside the corpus are `prov:Entity` nodes named by the reuse stage.
Node ids are fragment identifiers relative to the file ("#article-…"), so the graph is
self-contained.
"""

from __future__ import annotations

import json
import re
from typing import Any

from firsthand.model import Article, Claim, Derivation, Dossier, Story

CONTEXT: dict[str, Any] = {
    "@vocab": "https://schema.org/",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "prov:wasDerivedFrom": {"@type": "@id"},
    "prov:wasQuotedFrom": {"@type": "@id"},
    "prov:hadPrimarySource": {"@type": "@id"},
    "appearance": {"@type": "@id"},
    "firstAppearance": {"@type": "@id"},
    "about": {"@type": "@id"},
}


def _fragment(prefix: str, name: str) -> str:
    """A node id from any name: characters outside [A-Za-z0-9._-] become '-'."""
    return f"#{prefix}-" + re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-")


def _article_node(article: Article) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@id": _fragment("article", article.id),
        "@type": ["CreativeWork", "prov:Entity"],
        "identifier": article.id,
        "headline": article.title,
        "publisher": {"@type": "Organization", "name": article.outlet},
        "inLanguage": article.language,
    }
    if article.source.startswith(("http://", "https://")):
        node["url"] = article.source
    else:
        node["description"] = f"read from {article.source}"
    if article.published:
        node["datePublished"] = article.published
    if article.author:
        node["author"] = {"@type": "Person", "name": article.author}
    return node


def _first_appearance(claim: Claim, by_id: dict[str, Article]) -> str | None:
    """The earliest dated article stating the claim; None when none is dated."""
    dated = [
        (by_id[ref.article_id].published or "", ref.article_id)
        for ref in claim.mentions
        if by_id[ref.article_id].published
    ]
    return _fragment("article", min(dated)[1]) if dated else None


def _claim_node(story: Story, claim: Claim, by_id: dict[str, Article]) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@id": _fragment("claim", f"{story.id}-{claim.id}"),
        "@type": "Claim",
        "text": claim.statement,
        "about": _fragment("story", story.id),
        "appearance": sorted({_fragment("article", r.article_id) for r in claim.mentions}),
        "additionalProperty": [
            {"@type": "PropertyValue", "name": "verdict", "value": claim.verdict},
            {"@type": "PropertyValue", "name": "kind", "value": claim.kind},
            {
                "@type": "PropertyValue",
                "name": "independentOriginCount",
                "value": claim.independent_origin_count,
            },
        ],
    }
    first = _first_appearance(claim, by_id)
    if first:
        node["firstAppearance"] = first
    return node


def _source_id(name: str, by_id: dict[str, Article]) -> str:
    return _fragment("article", name) if name in by_id else _fragment("origin", name)


def _add(node: dict[str, Any], term: str, target: str) -> None:
    targets: list[str] = node.setdefault(term, [])
    if target not in targets:
        targets.append(target)


def _derive(node: dict[str, Any], derivation: Derivation, by_id: dict[str, Article]) -> None:
    if derivation.derived_from:
        source = _source_id(derivation.derived_from, by_id)
        _add(node, "prov:wasDerivedFrom", source)
        if derivation.kind == "copy":
            _add(node, "prov:wasQuotedFrom", source)
    if derivation.origin:
        _add(node, "prov:hadPrimarySource", _source_id(derivation.origin, by_id))


def to_jsonld_document(dossier: Dossier) -> dict[str, Any]:
    by_id = {a.id: a for a in dossier.articles}
    articles = {a.id: _article_node(a) for a in dossier.articles}
    graph: list[dict[str, Any]] = []
    origins: dict[str, dict[str, Any]] = {}
    for story in dossier.stories:
        graph.append(
            {
                "@id": _fragment("story", story.id),
                "@type": "CreativeWorkSeries",
                "name": story.title,
                "hasPart": [{"@id": _fragment("article", a)} for a in story.article_ids],
            }
        )
        for derivation in story.derivations:
            _derive(articles[derivation.article_id], derivation, by_id)
        for origin in story.origins:
            if origin.name not in by_id:
                origins.setdefault(
                    origin.name,
                    {
                        "@id": _fragment("origin", origin.name),
                        "@type": "prov:Entity",
                        "name": origin.name,
                        "description": f"origin of kind {origin.kind}"
                        + ("" if origin.in_corpus else ", outside the corpus"),
                    },
                )
        graph += [_claim_node(story, claim, by_id) for claim in story.claims]
    for derivation in (d for s in dossier.stories for d in s.derivations):
        for name in (derivation.derived_from, derivation.origin):
            if name and name not in by_id and name not in origins:
                origins[name] = {
                    "@id": _fragment("origin", name),
                    "@type": "prov:Entity",
                    "name": name,
                }
    return {
        "@context": CONTEXT,
        "@graph": list(articles.values()) + list(origins.values()) + graph,
    }


def to_jsonld(dossier: Dossier) -> str:
    return json.dumps(to_jsonld_document(dossier), indent=2, ensure_ascii=False)
