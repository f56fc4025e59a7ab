"""Words of English text as every stage compares them: lower-cased tokens, stop words, stems."""

from __future__ import annotations

import re
from functools import lru_cache

import justext

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
# jusText's English stop list (a trafilatura dependency): function words and news fillers.
STOPWORDS = frozenset(word.strip('"(') for word in justext.get_stoplist("English"))


@lru_cache(maxsize=1 << 16)
def words(text: str) -> tuple[str, ...]:
    """Lower-cased words, curly apostrophes made straight ('don’t' is 'don't': outlets print
    one text in either); cached, as alignment asks again for each pair."""
    return tuple(
        match.group(0).lower().replace("’", "'").strip("'") for match in WORD.finditer(text)
    )


def stem(word: str) -> str:
    """A crude English stem, enough to meet 'killed'/'kills'/'killing', 'workers'/'worker',
    'fined'/'fines'/'fine' (a final 'e' goes, as suffixes eat it: 'fin-ed') and
    'denied'/'denies'/'deny' ('-ied' and '-ies' were a 'y') and 'planning'/'plans' (a
    consonant doubled before '-ing' or '-ed' is one, but for l, s and z: 'killed', 'passed')."""
    if word.endswith(("ied", "ies")) and len(word) > 4:
        return word[:-3] + "y"
    for suffix, keep in (("ing", 4), ("ed", 3), ("es", 4), ("s", 3)):
        if word.endswith(suffix) and len(word) >= len(suffix) + keep:
            word = word[: -len(suffix)]
            if suffix in ("ing", "ed") and len(word) > 3 and _DOUBLED.search(word):
                word = word[:-1]
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


_DOUBLED = re.compile(r"([b-df-hj-km-rtv-y])\1$")


def content_words(text: str) -> list[str]:
    """The words that say what a text is about: no stopwords, none shorter than three letters."""
    return [word for word in words(text) if word not in STOPWORDS and len(word) > 2]
