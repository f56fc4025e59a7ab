"""Quote speaker accuracy and quote-span recall of the claims stage on BASIL.

For each annotated span with `is_quote` and a `speaker`, the span is located in the article text
(its sentence, then the offsets within it); the quote mention covering it is looked up and its
speaker compared with the gold speaker: by surname for a person, by a distinguishing word of the
label for a group (see `group_matches`). BASIL marks only quotes the annotators found biased, so
this measures recall and speaker accuracy, not precision.

`python -m bench.claims_quality --dev-failures` prints the dev half's named-speaker spans whose
speaker is wrong (gold, predicted, the quote mention) instead of publishing the table.

Triplets are split in two halves by sorted triplet id: the even-numbered half was used to study
failures while developing speaker resolution (dev), the odd-numbered half was not (held out).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bench import _data, _report
from firsthand.claims import extract
from firsthand.claims.words import WORD, is_plural_noun, singular
from firsthand.model import ORGANISATION_WORDS, Article, Mention, name_part

# Gold labels that name no one ("other_anti": an unnamed critic); they cannot be matched.
UNNAMED_PREFIX = "other_"
# Words of a group label that say what kind of group, not which: "Nebraska_officials" is
# matched by "Nebraska", never by another state's "officials". Used only when a label has
# nothing else ("plaintiffs", "internet_companies").
GENERIC_GROUP_WORDS = {
    "official", "lawmaker", "member", "company", "group", "campaign", "supporter", "leader",
    "activist", "critic", "people", "party", "house", "senate", "and", "of", "the",
}  # fmt: skip
# A party code in a speaker's role: "Rep. Elijah Cummings, D-Md." is a Democrat.
PARTY_CODE = re.compile(r"\b([DR])-(?=[A-Z])")
PARTY_NAMES = {"D": "democrat", "R": "republican"}


@dataclass
class Scored:
    covered: bool
    speaker_right: bool
    named: bool
    person: bool
    dev: bool
    gold: str
    predicted: str | None
    # the covering quote mention, or the annotated sentence when no mention covers the span
    context: str


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _stem(word: str) -> str:
    """ "Democrats", "Democratic", "democrat" -> "democrat"; "Catholics" -> "cathol";
    "Obama's" -> "obama"."""
    return singular(re.sub(r"['’]s$", "", word)).removesuffix("ic")


def group_matches(gold: str, speaker: str | None) -> bool:
    """A group label ("Democratic_lawmakers", "Obama_campaign", "Tea_Party") matches a
    speaker phrase, with its title and role, that names the group or membership of it
    ("Senate Democrats", "Sen. Richard Blumenthal, Democrat of Connecticut", "Rep. Elijah
    Cummings, D-Md.", "Tea Party organizer Dana Loesch"): a word of the label other than
    `GENERIC_GROUP_WORDS` (or, when the label has only those, any of its words) occurs in
    the speaker phrase, both stemmed."""
    if not speaker:
        return False
    label = {_stem(word) for word in _fold(gold).split("_") if word}
    distinctive = label - {_stem(word) for word in GENERIC_GROUP_WORDS} or label
    expanded = PARTY_CODE.sub(lambda m: PARTY_NAMES[m.group(1)] + " ", speaker)
    said = {_stem(word) for word in WORD.findall(_fold(expanded))}
    return bool(distinctive & said)


def surname_matches(gold: str, speaker: str | None) -> bool:
    """Gold "Felipe_Calder" (BASIL truncates accents) matches "Felipe Calderón". Only the name
    part counts, before the role that follows a comma: "Ben LaBolt, Obama's campaign press
    secretary" does not name Obama."""
    if not speaker:
        return False
    surname = _fold(gold.split("_")[-1])
    return any(word.startswith(surname) for word in _fold(name_part(speaker)).split())


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
    docs = list(docs)
    triplets = sorted({doc["triplet_id"] for doc in docs})
    dev = {triplet for position, triplet in enumerate(triplets) if position % 2 == 0}
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
            person = named and is_person(span["speaker"], doc["text"])
            speaker = mention.speaker if mention else None
            right = surname_matches(span["speaker"], speaker) or (
                named and not person and group_matches(span["speaker"], speaker)
            )
            results.append(
                Scored(
                    covered=mention is not None,
                    speaker_right=right,
                    named=named,
                    person=person,
                    dev=doc["triplet_id"] in dev,
                    gold=span["speaker"],
                    predicted=speaker,
                    context=mention.text if mention else _sentence(doc, span["sent_id"]),
                )
            )
    return results


def _sentence(doc: dict[str, Any], sent_id: int) -> str:
    return str(next(s["text"] for s in doc["sentences"] if s["sent_id"] == sent_id))


def is_person(gold: str, text: str) -> bool:
    """A gold label naming one person who is named in the article: "Donald_Trump", not
    "House_Democrats", "Tea_Party" or "Obama_campaign"."""
    parts = gold.split("_")
    return (
        len(parts) >= 2
        and all(part[:1].isupper() for part in parts)
        and not is_plural_noun(parts[-1].lower())
        and ORGANISATION_WORDS.search(gold.replace("_", " ")) is None
        and _fold(parts[-1]) in _fold(text)
    )


def _covering(mentions: list[Mention], start: int, end: int) -> Mention | None:
    for mention in mentions:
        if mention.start <= start and end <= mention.end:
            return mention
    return None


def _share(hits: int, total: int) -> float:
    return hits / total if total else 0.0


def _accuracy(subset: list[Scored]) -> float:
    return _share(sum(r.speaker_right for r in subset), len(subset))


def print_dev_failures(results: list[Scored]) -> None:
    """The dev half's wrong named speakers, for study (never the held-out half's)."""
    failures = [r for r in results if r.dev and r.named and not r.speaker_right]
    for number, failure in enumerate(failures, 1):
        kind = "person" if failure.person else "group"
        print(f"{number}. gold {failure.gold} ({kind}); predicted {failure.predicted!r}")
        print(f"   {' '.join(failure.context.split())}\n")
    print(f"{len(failures)} wrong of {sum(r.dev and r.named for r in results)} named (dev half)")


def main() -> None:
    results = score(_data.basil_docs(), _data.basil_spans())
    if "--dev-failures" in sys.argv[1:]:
        print_dev_failures(results)
        return
    named = [r for r in results if r.named]
    people = [r for r in named if r.person]
    groups = [r for r in named if not r.person]
    rows: list[list[object]] = []
    for label, subset in (
        ("all quote spans with a speaker", results),
        ("speaker is a named person or group", named),
        ("one named person, named in the article", people),
        ("a group, or a person not named in the article", groups),
    ):
        covered = [r for r in subset if r.covered]
        rows.append(
            [
                label,
                len(subset),
                _share(len(covered), len(subset)),
                _accuracy(subset),
                _accuracy(covered),
                _accuracy([r for r in subset if r.dev]),
                _accuracy([r for r in subset if not r.dev]),
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
            "accuracy, dev half",
            "accuracy, held-out half",
        ],
        rows=rows,
        notes=(
            "Speaker accuracy = share of gold spans whose covering quote mention names the gold "
            "speaker: surname match (accents folded) in the name part, before the role after "
            "a comma, for a person; for a group label "
            "(`House_Democrats`, `Obama_campaign`) a distinguishing word of the label, stemmed, "
            "in the predicted speaker with its title and role (`Senate Democrats`, `Richard "
            "Blumenthal, Democrat of Connecticut`, a party code `D-Md.`). BASIL labels 342 "
            "speakers with a category (`other_anti`, `other_pro`, `other_neutral`) that nothing "
            "can match, so the first row's ceiling is about 0.53. The dev half (even-numbered "
            "triplets by sorted id) was used to study failures; the held-out half was not."
        ),
    )


if __name__ == "__main__":
    main()
