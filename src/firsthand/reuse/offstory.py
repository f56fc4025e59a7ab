"""Off-story passages: paragraphs of an article that are about some other story.

A trailing "related" block or a closing paragraph about an unrelated earlier report shares
neither meaning nor topic words with the article's lead, the rest of the article or the
story's other articles. Conservative, with two rules:

* any paragraph after the lead: its embedding is far from all of those, and most of its
  names and topic words appear nowhere else in the story;
* the last paragraph (where papers put a brief about something else, and where copiers
  append one): a brief from the same beat shares some of the beat's vocabulary and may sit
  close to one sentence somewhere, so no single signal is decisive; it is flagged when its
  closeness to its own article, its closeness to the other articles and the share of its
  names and topic words known to the story are low *together* (their sum). Names and words
  are pooled because either alone is often too few to judge (a paragraph about another
  politician still names the president).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from firsthand.model import Span
from firsthand.reuse.passages import Vectors
from firsthand.reuse.units import ArticleUnits, Paragraph

# Calibrated on BASIL/NewsWCL50 paragraphs (under 0.2% flagged) against paragraphs of other
# political stories appended to farm copies (bench/reuse_quality.py, half of its stories;
# the other half checked the choice).
MAX_SIMILARITY = 0.35
"""cosine to the lead, the rest of the article and every other article's paragraphs"""
MAX_SHARED_NAMES = 0.25
"""share of the paragraph's names found elsewhere in the story"""
MAX_SHARED_WORDS = 0.34
"""share of the paragraph's long common words (by 6-letter stem) found elsewhere"""
TRAILING_MAX_EVIDENCE = 1.15
"""bound on the last paragraph's cosine to its own article (lead or rest) + its cosine to the
closest paragraph of another article + the share of its names and long-word stems, pooled,
found elsewhere in the story"""
MIN_PARAGRAPHS = 3
MIN_OWN_WORDS = 10
"""a paragraph that is mostly quotation says too little in its own words to judge"""
_LONG_WORD = re.compile(r"\b[a-z]{7,}\b")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b")


def _mean(vectors: Vectors) -> Vectors | None:
    rows = vectors[np.linalg.norm(vectors, axis=1) > 0]
    if not len(rows):
        return None
    mean: Vectors = rows.mean(axis=0)
    return mean / np.float32(max(float(np.linalg.norm(mean)), 1e-12))


def _names(text: str) -> set[str]:
    return {match.lower() for match in _NAME.findall(text)}


def _stems(text: str) -> set[str]:
    """6-letter stems of long lower-case words: topic words, mostly ("overtime", "recruited")."""
    return {word[:6] for word in _LONG_WORD.findall(text)}


def off_story_spans(units: Sequence[ArticleUnits], vectors: Sequence[Vectors]) -> list[Span]:
    paragraph_vectors = [
        [_mean(vectors[u.position][list(p.sentences)]) for p in u.paragraphs] for u in units
    ]
    spans: list[Span] = []
    if len(units) < 2:
        # With no other retelling to compare against, an aside cannot be told from a new angle.
        return spans
    for article in units:
        if len(article.paragraphs) < MIN_PARAGRAPHS:
            continue
        others = [
            v
            for other in units
            if other.position != article.position
            for v in paragraph_vectors[other.position]
            if v is not None
        ]
        for paragraph in article.paragraphs[1:]:
            if _is_off_story(
                article, paragraph, paragraph_vectors[article.position], others, units
            ):
                text = article.article.text[paragraph.start : paragraph.end]
                spans.append(
                    Span(
                        article_id=article.article.id,
                        start=paragraph.start,
                        end=paragraph.end,
                        text=text,
                    )
                )
    return spans


def _is_off_story(
    article: ArticleUnits,
    paragraph: Paragraph,
    own_vectors: list[Vectors | None],
    others: list[Vectors],
    units: Sequence[ArticleUnits],
) -> bool:
    own_words = sum(len(article.sentences[i].own_words) for i in paragraph.sentences)
    vector = own_vectors[paragraph.index]
    if own_words < MIN_OWN_WORDS:
        return False
    lead = next((v for v in own_vectors if v is not None), None)
    rest = [v for i, v in enumerate(own_vectors) if v is not None and i != paragraph.index]
    rest_mean = _mean(np.vstack(rest)) if rest else None
    if vector is None or lead is None or lead is vector or rest_mean is None:
        return False
    own_closeness = max(float(vector @ lead), float(vector @ rest_mean))
    others_closeness = max((float(vector @ v) for v in others), default=-1.0)
    text = article.article.text
    paragraph_text = text[paragraph.start : paragraph.end]
    story_text = text[: paragraph.start] + text[paragraph.end :]
    story_text += " ".join(u.article.text for u in units if u.position != article.position)
    known = set(re.findall(r"[a-z]+", story_text.lower()))
    stems, names = _stems(paragraph_text), _names(paragraph_text)
    shared_stems = len(stems & {word[:6] for word in known if len(word) >= 7})
    shared_names = len(names & known)
    if (
        max(own_closeness, others_closeness) < MAX_SIMILARITY
        # without names, nothing but the embedding tells its topic: keep it
        and names
        and shared_names / len(names) <= MAX_SHARED_NAMES
        and (shared_stems / len(stems) if stems else 1.0) <= MAX_SHARED_WORDS
    ):
        return True
    terms = len(stems) + len(names)
    shared_terms = (shared_stems + shared_names) / terms if terms else 1.0
    return (
        paragraph.index == len(article.paragraphs) - 1
        and own_closeness + others_closeness + shared_terms < TRAILING_MAX_EVIDENCE
    )
