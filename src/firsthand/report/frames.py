"""pandas DataFrames of a dossier (one row per claim, mention, conflict side, article) and the
CSV folder written from them, so the CSV files and the DataFrames never disagree.

Lists inside a cell (article ids, value surfaces) are joined with "; " so that a CSV cell and
a DataFrame cell hold the same string.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd

from firsthand.model import Dossier

SEPARATOR = "; "

CLAIM_COLUMNS = [
    "story_id",
    "claim_id",
    "statement",
    "kind",
    "verdict",
    "independent_origin_count",
    "origins",
    "mention_count",
    "article_count",
    "article_ids",
    "conflict_ids",
]
MENTION_COLUMNS = [
    "mention_id",
    "article_id",
    "outlet",
    "start",
    "end",
    "text",
    "kind",
    "values",
    "quote",
    "speaker",
    "claimant",
    "modality",
    "modality_cues",
    "negated",
    "story_ids",
    "claim_ids",
    "off_story",
]
CONFLICT_COLUMNS = [
    "story_id",
    "conflict_id",
    "kind",
    "claim_ids",
    "explanation",
    "side",
    "value",
    "article_ids",
    "outlets",
    "spans",
    "texts",
]
SOURCE_COLUMNS = [
    "article_id",
    "story_ids",
    "outlet",
    "title",
    "published",
    "author",
    "language",
    "source",
    "derived_from",
    "derivation_kinds",
    "uncredited",
    "partly_independent",
    "direction_known",
    "origins",
    "characters",
    "removed_segments",
]


def _joined(items: Iterable[object]) -> str:
    return SEPARATOR.join(dict.fromkeys(str(item) for item in items))


def claims_frame(dossier: Dossier) -> pd.DataFrame:
    rows = [
        {
            "story_id": story.id,
            "claim_id": claim.id,
            "statement": claim.statement,
            "kind": claim.kind,
            "verdict": claim.verdict,
            "independent_origin_count": claim.independent_origin_count,
            "origins": _joined(claim.origins),
            "mention_count": len(claim.mentions),
            "article_count": len({m.article_id for m in claim.mentions}),
            "article_ids": _joined(m.article_id for m in claim.mentions),
            "conflict_ids": _joined(c.id for c in story.conflicts if claim.id in c.claim_ids),
        }
        for story in dossier.stories
        for claim in story.claims
    ]
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)


def mentions_frame(dossier: Dossier) -> pd.DataFrame:
    outlets = {a.id: a.outlet for a in dossier.articles}
    stories_of: dict[str, list[str]] = {}
    claims_of: dict[str, list[str]] = {}
    off_story: dict[str, bool] = {}
    for story in dossier.stories:
        for claim in story.claims:
            for ref in claim.mentions:
                stories_of.setdefault(ref.mention_id, []).append(story.id)
                claims_of.setdefault(ref.mention_id, []).append(claim.id)
                off_story[ref.mention_id] = off_story.get(ref.mention_id, False) or ref.off_story
    rows = [
        {
            "mention_id": m.id,
            "article_id": m.article_id,
            "outlet": outlets.get(m.article_id, ""),
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "kind": m.kind,
            "values": _joined(v.surface for v in m.values),
            "quote": m.quote,
            "speaker": m.speaker,
            "claimant": m.claimant,
            "modality": m.modality,
            "modality_cues": _joined(m.text[start:end] for start, end in m.modality_cues),
            "negated": m.negated,
            "story_ids": _joined(stories_of.get(m.id, [])),
            "claim_ids": _joined(claims_of.get(m.id, [])),
            "off_story": off_story.get(m.id, False),
        }
        for m in dossier.mentions
    ]
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def conflicts_frame(dossier: Dossier) -> pd.DataFrame:
    outlets = {a.id: a.outlet for a in dossier.articles}
    rows = [
        {
            "story_id": story.id,
            "conflict_id": conflict.id,
            "kind": conflict.kind,
            "claim_ids": _joined(conflict.claim_ids),
            "explanation": conflict.explanation,
            "side": number,
            "value": side.value,
            "article_ids": _joined(s.article_id for s in side.mentions),
            "outlets": _joined(outlets.get(s.article_id, "") for s in side.mentions),
            "spans": _joined(f"{s.article_id}:{s.start}-{s.end}" for s in side.mentions),
            "texts": _joined(s.text for s in side.mentions),
        }
        for story in dossier.stories
        for conflict in story.conflicts
        for number, side in enumerate(conflict.sides, start=1)
    ]
    return pd.DataFrame(rows, columns=CONFLICT_COLUMNS)


def sources_frame(dossier: Dossier) -> pd.DataFrame:
    rows = []
    for article in dossier.articles:
        stories = [s for s in dossier.stories if article.id in s.article_ids]
        derivations = [d for s in stories for d in s.derivations if d.article_id == article.id]
        rows.append(
            {
                "article_id": article.id,
                "story_ids": _joined(s.id for s in stories),
                "outlet": article.outlet,
                "title": article.title,
                "published": article.published,
                "author": article.author,
                "language": article.language,
                "source": article.source,
                "derived_from": _joined(d.derived_from for d in derivations if d.derived_from),
                "derivation_kinds": _joined(d.kind for d in derivations),
                "uncredited": any(d.uncredited for d in derivations),
                "partly_independent": any(d.partly_independent for d in derivations),
                "direction_known": all(d.direction_known for d in derivations),
                "origins": _joined(
                    o.name for s in stories for o in s.origins if article.id in o.article_ids
                ),
                "characters": len(article.text),
                "removed_segments": len(article.removed),
            }
        )
    return pd.DataFrame(rows, columns=SOURCE_COLUMNS)


CSV_FILES: dict[str, Callable[[Dossier], pd.DataFrame]] = {
    "claims.csv": claims_frame,
    "mentions.csv": mentions_frame,
    "conflicts.csv": conflicts_frame,
    "sources.csv": sources_frame,
}


def write_csv(dossier: Dossier, folder: Path) -> Path:
    """Writes claims.csv, mentions.csv, conflicts.csv and sources.csv (UTF-8) into `folder`."""
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(f"CSV output needs a folder, but {folder} is a file")
    folder.mkdir(parents=True, exist_ok=True)
    for name, frame in CSV_FILES.items():
        frame(dossier).to_csv(folder / name, index=False, encoding="utf-8")
    return folder
