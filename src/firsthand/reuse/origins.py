"""Origin names resolved within one story: "the Meridian Herald", "The Meridian Herald's
investigation" and "the Herald" become one origin when the short form is unambiguous, and
"AP" joins "Associated Press" when exactly one name has those initials."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from firsthand.reuse.attribution import WIRE_AGENCIES, clean_name, initials, looks_like_newsroom


def name_key(name: str) -> str:
    """'WCVB-TV' and 'WCVB TV' -> 'wcvb tv'; 'U.S. News' -> 'us news'; 'TheWrap' -> 'wrap', as
    'The Wrap' (brands that fuse the article into the name); 'Radio Free Europe/Radio Liberty'
    -> 'radio free europe radio liberty' (a slash between words joins two names; in 'RFE/RL'
    and 'Re/code' it is part of one)."""
    fused = re.sub(r"^The(?=[A-Z][a-z])", "", clean_name(name))
    fused = re.sub(r"(?<=[a-z]{3})/(?=[A-Z][a-z]{2})", " ", fused)
    # A newsroom's website is the newsroom: 'KMOV.com' and 'ABC7.com' are KMOV and ABC 7,
    # 'mirror.co.uk' the Mirror, 'Entertainment.ie' Entertainment.
    site = re.sub(
        r"(?<=\w{2})\.(?:(?:com|net|org|co)(?:\.[a-z]{2})?|tv|[a-z]{2})$",
        "",
        fused,
        flags=re.IGNORECASE,
    )
    # ('news.com.au' is no 'News': a medium word alone names no newsroom)
    fused = fused if site.lower() in _MEDIUM_WORDS else site
    lowered = fused.lower().replace(".", "").replace("-", " ")
    # A channel number is part of the brand however it is spaced: 'FOX 13' and 'Fox13'.
    lowered = re.sub(r"\b([a-z]+) (\d+)\b", r"\1\2", lowered)
    return " ".join(re.sub(r"[^a-z0-9 ]", "", lowered).split())


def _is_address(name: str) -> bool:
    return re.search(r"\w\.[a-z]{2,3}$", name) is not None


class OriginNames:
    """Maps every spelling seen in a story to one display name."""

    def __init__(self, names: Iterable[str], preferred: Iterable[str] = ()) -> None:
        """`preferred` spellings (the story's outlet names) win as display names."""
        names, preferred = list(names), list(preferred)
        display: dict[str, str] = {}
        for name in preferred:
            key = name_key(name)
            if key and key not in display:
                display[key] = name.strip()
        for name in names:
            key = name_key(name)
            # 'mirror.co.uk' and 'the Mirror' are one key: shown by the name, not the address
            if key and (key not in display or _is_address(display[key]) > _is_address(name)):
                display[key] = clean_name(name)
        self._display = display
        # "TOLOnews" and "Tolo News", "FoxNews.com" and "Fox News": a brand written as one word
        # in one article and as two in another is one newsroom; the first spelling keys it.
        spelled_as: dict[str, str] = {}
        fused = {key: spelled_as.setdefault(key.replace(" ", ""), key) for key in display}
        # a family is shown by an outlet's spelling, else by the spelling credited most often
        credited = Counter(name_key(name) for name in names)
        outlets = {name_key(name) for name in preferred}
        families = _families(sorted(display, key=lambda k: (k not in outlets, -credited[k])))
        self._canonical = {
            key: families.get(fused[key]) or self._resolve(fused[key]) for key in display
        }
        self._canonical = {
            key: families.get(resolved, resolved) for key, resolved in self._canonical.items()
        }

    def _resolve(self, key: str) -> str:
        words = key.split()
        if key in _MEDIUM_WORDS:
            return key  # 'News' alone is any newsroom's word: it names none of them
        longer = [other for other in self._display if other != key and len(other) > len(key)]
        if len(words) == 1 and key.isalpha() and len(key) <= 6:
            by_initials = [other for other in longer if initials(other) == key]
            if len(by_initials) == 1:
                return by_initials[0]
        spelled_out = self._spelled_out(key)
        if spelled_out != key:
            return spelled_out
        # "NY Post" and "New York Post" are one name "the Post" may stand for, not two
        containing = {
            self._spelled_out(other)
            for other in longer
            if _ends_with(other.split(), words) or _medium_of(other.split(), words)
        }
        return containing.pop() if len(containing) == 1 else key

    def _spelled_out(self, key: str) -> str:
        """'ny post' -> 'new york post', 'la times' -> 'los angeles times': a short form whose
        first word is the initials of the longer name's leading words, when only one fits."""
        first, *rest = key.split()
        if not rest or len(first) < 2 or not first.isalpha():
            return key
        longer = [
            other.split()
            for other in self._display
            if len(other.split()) > len(rest) + 1 and other.split()[-len(rest) :] == rest
        ]
        matches = [w for w in longer if initials(" ".join(w[: len(w) - len(rest)])) == first]
        return " ".join(matches[0]) if len(matches) == 1 else key

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


# Words a newsroom's editions and website add to its name: "Daily Mail", "Mail Online",
# "MailOnline", "The Mail on Sunday" and "Mail" are one newsroom (one origin).
_EDITION_BEFORE = frozenset(("daily", "sunday"))
_EDITION_AFTER = ("online", "on sunday")


def edition_family(key: str) -> str:
    """The name without its edition words: 'daily mail', 'mailonline', 'mail on sunday' ->
    'mail'; 'sunday mirror' -> 'mirror'; 'new york daily news' and 'fox news' unchanged (only a
    leading or trailing edition word goes); '' when nothing distinctive is left."""
    key = re.sub(r"(?<=[a-z])online$", " online", key) if key != "online" else key
    words = key.split()
    while words and words[0] in _EDITION_BEFORE:
        words = words[1:]
    family = " ".join(words)
    for edition in _EDITION_AFTER:
        family = family.removesuffix(" " + edition)
    return "" if family in _EDITION_BEFORE or family in _EDITION_AFTER else family


def _families(keys: list[str]) -> dict[str, str]:
    """Key -> the first key of its edition family, for families of two or more names. The
    family's bare name ("mail", "times") joins only when no other name ends with it: beside
    "Sunday Times" and "New York Times", "the Times" may be either."""
    by_family: dict[str, list[str]] = {}
    for key in keys:
        family = edition_family(key)
        if family:
            by_family.setdefault(family, []).append(key)
    found: dict[str, str] = {}
    for family, members in by_family.items():
        outside = [k for k in keys if k not in members]
        if any(_ends_with(k.split(), family.split()) for k in outside):
            members = [m for m in members if m != family]
        if len(members) > 1:
            found |= {member: members[0] for member in members}
    return found


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
