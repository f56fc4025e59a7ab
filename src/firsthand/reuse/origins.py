"""Origin names resolved within one story: "the Meridian Herald", "The Meridian Herald's
investigation" and "the Herald" become one origin when the short form is unambiguous, and
"AP" joins "Associated Press" when exactly one name has those initials."""

from __future__ import annotations

import re
from collections.abc import Iterable

from firsthand.reuse.attribution import WIRE_AGENCIES, clean_name, initials, looks_like_newsroom


def name_key(name: str) -> str:
    """'WCVB-TV' and 'WCVB TV' -> 'wcvb tv'; 'U.S. News' -> 'us news'; 'TheWrap' -> 'wrap', as
    'The Wrap' (brands that fuse the article into the name)."""
    fused = re.sub(r"^The(?=[A-Z][a-z])", "", clean_name(name))
    lowered = fused.lower().replace(".", "").replace("-", " ")
    return " ".join(re.sub(r"[^a-z0-9 ]", "", lowered).split())


class OriginNames:
    """Maps every spelling seen in a story to one display name."""

    def __init__(self, names: Iterable[str], preferred: Iterable[str] = ()) -> None:
        """`preferred` spellings (the story's outlet names) win as display names."""
        display: dict[str, str] = {}
        for name in preferred:
            key = name_key(name)
            if key and key not in display:
                display[key] = name.strip()
        for name in names:
            key = name_key(name)
            if key and key not in display:
                display[key] = clean_name(name)
        self._display = display
        self._canonical = {key: self._resolve(key) for key in display}

    def _resolve(self, key: str) -> str:
        words = key.split()
        longer = [other for other in self._display if other != key and len(other) > len(key)]
        if len(words) == 1 and key.isalpha() and len(key) <= 6:
            by_initials = [other for other in longer if initials(other) == key]
            if len(by_initials) == 1:
                return by_initials[0]
        containing = [
            other
            for other in longer
            if _ends_with(other.split(), words) or _medium_of(other.split(), words)
        ]
        return containing[0] if len(containing) == 1 else key

    def canonical(self, name: str) -> str:
        """The display name of the origin `name` resolves to."""
        key = name_key(name)
        return (
            self._display[self._canonical.get(key, key)]
            if key in self._display
            else clean_name(name)
        )

    def same(self, first: str, second: str) -> bool:
        return self.canonical(first) == self.canonical(second)


_MEDIUM_WORDS = frozenset(("news", "tv", "television", "radio", "network", "online", "channel"))


def _medium_of(words: list[str], head: list[str]) -> bool:
    """'abc news' is ABC's newsroom, 'wcvb tv' WCVB's: the name and one medium word."""
    return len(words) == len(head) + 1 and words[:-1] == head and words[-1] in _MEDIUM_WORDS


def _ends_with(words: list[str], tail: list[str]) -> bool:
    """'meridian herald' ends with 'herald'; 'new york times' ends with 'york times'."""
    return len(tail) < len(words) and words[-len(tail) :] == tail


def origin_kind(name: str, outlets: Iterable[str]) -> str:
    key = name_key(name)
    if key in WIRE_AGENCIES:
        return "agency"
    return "outlet" if looks_like_newsroom(name, outlets) else "external"
