"""Small word-level helpers shared by the claims modules: tokens, plural nouns, lemmas."""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

IRREGULAR_PLURALS = {
    "people": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "police": "police",
    "staff": "staff",
    "personnel": "personnel",
    "cattle": "cattle",
    "sheep": "sheep",
    "fish": "fish",
    "livestock": "livestock",
    "crew": "crew",
}

# Words ending in -s that are not plural nouns (function words, adjectives, singular nouns).
NOT_PLURAL = {
    "is", "was", "has", "does", "this", "his", "its", "us", "as", "yes", "thus", "less",
    "plus", "various", "previous", "numerous", "serious", "famous", "dangerous", "news",
    "whereas", "always", "perhaps", "besides", "across", "unless", "afterwards", "towards",
    "overseas", "series", "species", "analysis", "crisis", "basis", "status", "bonus",
    "census", "campus", "virus", "focus", "bus", "gas", "alias", "chaos", "whereabouts",
}  # fmt: skip


def is_plural_noun(word: str) -> bool:
    """True for words that look like plural nouns ("workers", "people"); lower-case input."""
    if word in IRREGULAR_PLURALS:
        return True
    if word in NOT_PLURAL or len(word) < 3:
        return False
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ous", "'s", "’s"))


def singular(word: str) -> str:
    """The singular lemma of a plural noun ("workers" -> "worker", "people" -> "person")."""
    word = word.lower()
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word
