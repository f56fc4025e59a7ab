"""A synthetic content-farm corpus: real articles rewritten in memory the way a farm would.

Each copy applies some of: paragraph shuffles, sentence drops, synonym swaps and
number-to-words changes, optionally a credit line naming the source outlet and an appended
paragraph from an unrelated story. Nothing is written to disk; the texts stay in memory.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

from firsthand.model import Article
from firsthand.sentences import sentence_spans

EDITS = ("shuffle", "drop", "synonyms", "numbers")

# Word-level swaps a spinner tool makes; both directions are applied.
_SYNONYMS = {
    "said": "stated",
    "says": "states",
    "told": "informed",
    "announced": "declared",
    "big": "large",
    "large": "sizable",
    "small": "little",
    "help": "assist",
    "helped": "assisted",
    "buy": "purchase",
    "begin": "start",
    "began": "started",
    "end": "finish",
    "ended": "concluded",
    "show": "demonstrate",
    "showed": "demonstrated",
    "shows": "demonstrates",
    "important": "significant",
    "major": "key",
    "many": "numerous",
    "people": "individuals",
    "officials": "authorities",
    "attack": "assault",
    "killed": "slain",
    "died": "perished",
    "quickly": "rapidly",
    "often": "frequently",
    "about": "roughly",
    "also": "additionally",
    "however": "nevertheless",
    "because": "since",
    "before": "prior to",
    "after": "following",
    "asked": "requested",
    "need": "require",
    "needs": "requires",
    "try": "attempt",
    "tried": "attempted",
    "plan": "scheme",
    "plans": "schemes",
    "country": "nation",
    "leader": "chief",
    "leaders": "chiefs",
    "house": "residence",
    "car": "vehicle",
    "job": "position",
    "jobs": "positions",
    "money": "funds",
    "report": "account",
    "reported": "recounted",
    "claimed": "asserted",
    "decision": "ruling",
    "meeting": "gathering",
    "talks": "discussions",
    "problem": "issue",
    "problems": "issues",
    "called": "labeled",
    "criticism": "censure",
    "support": "backing",
    "against": "versus",
    "during": "throughout",
    "while": "whilst",
    "week": "seven days",
    "statement": "declaration",
    "police": "law enforcement",
    "investigation": "probe",
}

_ONES = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def number_words(value: int) -> str:
    """English words for 0 <= value < 1,000,000 ("25,000" -> "twenty-five thousand")."""
    if not 0 <= value < 1_000_000:
        raise ValueError(f"number_words handles 0..999999, got {value}")
    if value < 20:
        return _ONES[value]
    if value < 100:
        tens, ones = divmod(value, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if value < 1000:
        hundreds, rest = divmod(value, 100)
        return f"{_ONES[hundreds]} hundred" + (f" {number_words(rest)}" if rest else "")
    thousands, rest = divmod(value, 1000)
    return f"{number_words(thousands)} thousand" + (f" {number_words(rest)}" if rest else "")


def _numbers_to_words(text: str) -> str:
    def spell(match: re.Match[str]) -> str:
        value = int(match.group(0).replace(",", ""))
        is_year = 1900 <= value <= 2099 and "," not in match.group(0)
        return match.group(0) if is_year or value >= 1_000_000 else number_words(value)

    return re.sub(r"(?<![\w.,$])\d{1,3}(?:,\d{3})*(?![\w.,%]|,\d)", spell, text)


def _swap_synonyms(text: str, rng: random.Random, rate: float) -> str:
    table = {**{v: k for k, v in _SYNONYMS.items() if " " not in v}, **_SYNONYMS}

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        replacement = table.get(word.lower())
        if replacement is None or rng.random() > rate:
            return word
        return replacement.capitalize() if word[0].isupper() else replacement

    return re.sub(r"[A-Za-z]+", swap, text)


def _drop_sentences(paragraph: str, rng: random.Random, rate: float) -> str:
    kept = [paragraph[s:e] for s, e in sentence_spans(paragraph) if rng.random() >= rate]
    return " ".join(kept)


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


@dataclass(frozen=True)
class FarmCopy:
    article: Article
    source_id: str
    edits: tuple[str, ...]
    credited: bool
    dated: bool
    appended_off_story: str | None = None


def farm_copy(
    source: Article,
    index: int,
    rng: random.Random,
    edits: tuple[str, ...],
    credited: bool,
    dated: bool,
    off_story_paragraph: str | None = None,
) -> FarmCopy:
    """One content-farm rewrite of `source`; the lead paragraph stays first, as farms keep it."""
    unknown = set(edits) - set(EDITS)
    if unknown:
        raise ValueError(f"unknown farm edits {sorted(unknown)}; known: {EDITS}")
    parts = paragraphs(source.text)
    lead, rest = parts[:1], parts[1:]
    if "shuffle" in edits:
        rng.shuffle(rest)
    parts = lead + rest
    if "drop" in edits:
        parts = [lead[0]] + [_drop_sentences(p, rng, 0.25) for p in parts[1:]]
        parts = [p for p in parts if p]
    text = "\n\n".join(parts)
    if "synonyms" in edits:
        text = _swap_synonyms(text, rng, 0.8)
    if "numbers" in edits:
        text = _numbers_to_words(text)
    if credited:
        text += f"\n\nThis story was first reported by {source.outlet}."
    if off_story_paragraph is not None:
        text += "\n\n" + off_story_paragraph
    published = None
    if dated and source.published:
        published = (date.fromisoformat(source.published[:10]) + timedelta(days=1)).isoformat()
    article = Article(
        id=f"farm-{index}-{source.id}",
        source=f"farm:{index}",
        outlet=f"Content Farm {index}",
        title=source.title,
        published=published,
        language="en",
        text=text,
    )
    return FarmCopy(article, source.id, edits, credited, dated, off_story_paragraph)
