"""Quote speaker accuracy and quote-span recall of the claims stage on BASIL.

For each annotated span with `is_quote` and a `speaker`, the span is located in the article text
(its sentence, then the offsets within it); the quote mention covering it is looked up and its
speaker compared with the gold speaker by surname. BASIL marks only quotes the annotators found
biased, so this measures recall and speaker accuracy, not precision.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bench import _data, _report
from firsthand.claims import extract
from firsthand.claims.attribution import ORG_WORDS
from firsthand.claims.words import is_plural_noun
from firsthand.model import Article, Mention

# Gold labels that name no one ("other_anti": an unnamed critic); they cannot be matched.
UNNAMED_PREFIX = "other_"


@dataclass
class Scored:
    covered: bool
    speaker_right: bool
    named: bool
    person: bool


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def surname_matches(gold: str, speaker: str | None) -> bool:
    """Gold "Felipe_Calder" (BASIL truncates accents) matches "Felipe Calderón"."""
    if not speaker:
        return False
    surname = _fold(gold.split("_")[-1])
    return any(word.startswith(surname) for word in _fold(speaker).replace(",", " ").split())


def _article(doc: dict[str, Any]) -> Article:
    return Article(
        id=doc["doc_id"],
        source=doc["doc_id"],
        outlet=doc["source"],
        title=doc["title"],
        published=doc["date"],
        text=doc["text"],
    )


def sentence_offsets(doc: dict[str, Any]) -> dict[int, int]:
    """sent_id -> offset of that sentence in the article text (sentences appear in order)."""
    offsets: dict[int, int] = {}
    at = 0
    for sentence in doc["sentences"]:
        found = doc["text"].find(sentence["text"], at)
        if found < 0:
            raise ValueError(f"{doc['doc_id']}: sentence {sentence['sent_id']} not in the text")
        offsets[sentence["sent_id"]] = found
        at = found + len(sentence["text"])
    return offsets


def score(docs: Iterable[dict[str, Any]], spans: list[dict[str, Any]]) -> list[Scored]:
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for span in spans:
        if span["is_quote"] and span["speaker"] and span["sent_id"] is not None:
            by_doc.setdefault(span["doc_id"], []).append(span)
    results: list[Scored] = []
    for doc in docs:
        gold = by_doc.get(doc["doc_id"])
        if not gold:
            continue
        mentions = [m for m in extract(_article(doc)) if m.kind == "quote"]
        offsets = sentence_offsets(doc)
        for span in gold:
            start = offsets[span["sent_id"]] + span["start"]
            end = offsets[span["sent_id"]] + span["end"]
            mention = _covering(mentions, start, end)
            named = not span["speaker"].startswith(UNNAMED_PREFIX)
            results.append(
                Scored(
                    covered=mention is not None,
                    speaker_right=mention is not None
                    and surname_matches(span["speaker"], mention.speaker),
                    named=named,
                    person=named and is_person(span["speaker"], doc["text"]),
                )
            )
    return results


def is_person(gold: str, text: str) -> bool:
    """A gold label naming one person who is named in the article: "Donald_Trump", not
    "House_Democrats", "Tea_Party" or "Obama_campaign"."""
    parts = gold.split("_")
    return (
        len(parts) >= 2
        and all(part[:1].isupper() for part in parts)
        and not is_plural_noun(parts[-1].lower())
        and ORG_WORDS.search(gold.replace("_", " ")) is None
        and _fold(parts[-1]) in _fold(text)
    )


def _covering(mentions: list[Mention], start: int, end: int) -> Mention | None:
    for mention in mentions:
        if mention.start <= start and end <= mention.end:
            return mention
    return None


def _share(hits: int, total: int) -> float:
    return hits / total if total else 0.0


def main() -> None:
    results = score(_data.basil_docs(), _data.basil_spans())
    named = [r for r in results if r.named]
    people = [r for r in named if r.person]
    rows: list[list[object]] = []
    for label, subset in (
        ("all quote spans with a speaker", results),
        ("speaker is a named person or group", named),
        ("one named person, named in the article", people),
    ):
        covered = [r for r in subset if r.covered]
        rows.append(
            [
                label,
                len(subset),
                _share(len(covered), len(subset)),
                _share(sum(r.speaker_right for r in subset), len(subset)),
                _share(sum(r.speaker_right for r in covered), len(covered)),
            ]
        )
    _report.publish(
        section="claims_quality",
        title="Claims: BASIL quote recall and speaker accuracy",
        headers=[
            "gold spans",
            "n",
            "quote-span recall",
            "speaker accuracy (of all)",
            "speaker accuracy (of covered)",
        ],
        rows=rows,
        notes=(
            "Speaker accuracy = share of gold spans whose covering quote mention names the gold "
            "speaker (surname match, accents folded). BASIL labels some speakers with a category "
            "(`other_anti`, `other_pro`, `other_neutral`) or a group (`House_Democrats`) rather "
            "than the person quoted, so the last row (gold names one person who is named in "
            "the article) is the fair test of speaker resolution."
        ),
    )


if __name__ == "__main__":
    main()
