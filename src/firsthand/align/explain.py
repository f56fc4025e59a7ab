"""One-sentence explanations of conflicts, worded for a journalist."""

from __future__ import annotations

from collections.abc import Sequence

from firsthand.model import ConflictKind, Mention

Side = tuple[str, Sequence[Mention]]
"""A side of a conflict: its value as shown, and the mentions that state it."""


def _who(mentions: Sequence[Mention], outlets: dict[str, str]) -> tuple[str, str]:
    """The outlets on one side, and the verb ending that agrees with them ('s' or '')."""
    names = list(dict.fromkeys(outlets[m.article_id] for m in mentions))
    if len(names) == 1:
        return names[0], "s"
    if len(names) == 2:
        return f"{names[0]} and {names[1]}", ""
    return f"{names[0]} and {len(names) - 1} other outlets", ""


_TEMPLATES: dict[ConflictKind, str] = {
    "value": "{a} give{a_s} {va}; {b} give{b_s} {vb}: the two figures cannot both be right.",
    "date": "{a} give{a_s} the date as {va}; {b} give{b_s} {vb}.",
    "magnitude": "{a} speak{a_s} of {va}; {b} of {vb}: amounts too far apart to both be right.",
    "modality": "{a} present{a_s} it as a {va}; {b} present{b_s} it as a {vb}.",
    "claimant": "{a} credit{a_s} it to {va}; {b} credit{b_s} the same to {vb}.",
    "speaker": "{a} attribute{a_s} the quote to {va}; {b} attribute{b_s} the same words to {vb}.",
    "detail": "{a} name{a_s} {va} where {b}, in an otherwise identical sentence, name{b_s} {vb}.",
    "denial": "{a} report{a_s} it {va}; {b} report{b_s} it {vb}.",
    "distinct-figures": (
        "{a} give{a_s} {va}; {b} give{b_s} {vb}: different sources' figures, not a contradiction."
    ),
}
_WITHIN: dict[ConflictKind, str] = {
    "value": "{a} give{a_s} {va} in one place and {vb} in another.",
    "date": "{a} give{a_s} the date as {va} in one place and {vb} in another.",
    "magnitude": "{a} speak{a_s} of {va} in one place and of {vb} in another.",
    "modality": "{a} present{a_s} it as a {va} in one place and as a {vb} in another.",
    "claimant": "{a} credit{a_s} it to {va} in one place and to {vb} in another.",
    "speaker": "{a} attribute{a_s} the same words to {va} in one place and to {vb} in another.",
    "detail": "{a} name{a_s} {va} in one place and {vb} in another, in the same sentence frame.",
    "denial": "{a} report{a_s} it {va} in one place and {vb} in another.",
    "distinct-figures": "{a} give{a_s} {va} and {vb}: two sources' figures, not a contradiction.",
}


def explanation(kind: ConflictKind, sides: Sequence[Side], outlets: dict[str, str]) -> str:
    """'The Meridian Herald gives the date as 2019; Daily Ledger gives 2017.'"""
    (first_value, first), (second_value, second) = sides
    articles = {m.article_id for m in (*first, *second)}
    template = _WITHIN[kind] if len(articles) == 1 else _TEMPLATES[kind]
    (a, a_s), (b, b_s) = _who(first, outlets), _who(second, outlets)
    return template.format(a=a, a_s=a_s, b=b, b_s=b_s, va=first_value, vb=second_value)
