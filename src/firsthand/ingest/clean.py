"""Cleaning: turns pasted or extracted article text into paragraphs, recording what it drops.

The cleaned text is the real paragraphs joined by a blank line. Everything else (marker lines,
debris, the title, bylines and datelines) becomes a `RemovedSegment` naming the rule that
removed it and the offset in the cleaned text where it stood.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from firsthand.ingest import rules
from firsthand.ingest.dates import iso_date
from firsthand.model import RemovedSegment

PARAGRAPH_SEPARATOR = "\n\n"

_MARKER = re.compile(
    r"^(?P<key>outlet|source|publisher|published|date|url|link|title|headline|author|by)"
    r"\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
_MARKER_FIELDS = {
    "outlet": "outlet",
    "source": "outlet",
    "publisher": "outlet",
    "published": "published",
    "date": "published",
    "url": "url",
    "link": "url",
    "title": "title",
    "headline": "title",
    "author": "author",
    "by": "author",
}
# Longer values are prose that happens to start like a marker.
_MARKER_MAX_WORDS = {"outlet": 8, "published": 10, "url": 1, "title": 30, "author": 10}
# Invisible characters that scraping leaves behind; they are not content.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Blanks other than the space and the newline: a tab, a no-break space... (what str.split()
# splits on; none lies above U+3000).
_OTHER_BLANKS = re.compile(
    "["
    + re.escape("".join(c for c in map(chr, range(0x3001)) if c.isspace() and c not in " \n"))
    + "]"
)
_WORDS = re.compile(r"\w+")
_TITLE_LENGTH_SLACK = 10


@dataclass
class Cleaned:
    """Cleaned text, what was removed, and the metadata found in the text itself."""

    text: str
    removed: list[RemovedSegment]
    title: str | None = None
    author: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None


@dataclass(slots=True)
class _Line:
    text: str
    after_blank: bool
    reason: str | None = None
    cut: list[tuple[str, str, int]] = field(default_factory=list)
    """(reason, text, offset) pieces cut from a kept line, such as a dateline at offset 0;
    the offset is where the piece stood in the line's final text."""


def _normalized_lines(raw: str) -> list[str]:
    """The lines of `raw` in NFC, without invisible characters, one space between words (any
    run of blanks, a tab or a no-break space included, becomes one space)."""
    text = raw if unicodedata.is_normalized("NFC", raw) else unicodedata.normalize("NFC", raw)
    if not text.isascii():  # (the invisible characters are not ASCII)
        text = _INVISIBLE.sub("", text)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if _single_spaced(text):  # (most texts: their lines stay as they are)
        return lines
    return [" ".join(line.split()) for line in lines]


def _single_spaced(text: str) -> bool:
    """No blank but single spaces between words: no run of spaces, none next to a newline or
    at either end, no tab, no carriage return, no other blank."""
    return not (
        "  " in text
        or " \n" in text
        or "\n " in text
        or text[:1] == " "
        or text[-1:] == " "
        or _OTHER_BLANKS.search(text)
    )


def normalize_whitespace(raw: str) -> str:
    """NFC, Unix newlines, no invisible characters, one space between words."""
    return "\n".join(_normalized_lines(raw))


def _lines(raw: str) -> list[_Line]:
    lines: list[_Line] = []
    after_blank = True
    for text in _normalized_lines(raw):
        if text:
            lines.append(_Line(text, after_blank))
        after_blank = not text
    return lines


def _kept(lines: list[_Line]) -> list[_Line]:
    return [line for line in lines if line.reason is None]


def _headline_key(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def read_markers(lines: list[_Line], found: Cleaned) -> None:
    """Leading "OUTLET: ...", "PUBLISHED: ...", "URL: ...", "TITLE: ...", "AUTHOR: ..." lines."""
    for line in lines:
        match = _MARKER.match(line.text)
        if match is None:
            return
        name = _MARKER_FIELDS[match.group("key").casefold()]
        value = match.group("value").strip()
        if rules.word_count(value) > _MARKER_MAX_WORDS[name] or (
            name == "outlet" and rules.ends_sentence(value)
        ):
            return  # a sentence ("Source: an aide said..."), not a marker: the body starts
        if name == "published":
            value = iso_date(value) or ""
        if value and getattr(found, name) is None:
            setattr(found, name, value)
        line.reason = "metadata-marker"


def mark_debris(lines: list[_Line], found: Cleaned) -> None:
    """Applies the line rules; bylines and date lines also fill in the author and date."""
    first_date_line = True
    for line in _kept(lines):
        line.reason = rules.debris_reason(line.text)
        if line.reason == "dateline" and first_date_line:
            # The first date line is the publication date; later ones are updates.
            first_date_line = False
            found.published = found.published or iso_date(line.text)
        if line.reason is None and (author := rules.byline_author(line.text)) is not None:
            line.reason = "byline"
            found.author = found.author or author


def mark_embedded_posts(lines: list[_Line]) -> None:
    """The text of an embedded social post, right above its signature line: the poster's
    words, not the article's."""
    for above, signature in pairwise(lines):
        if (
            signature.reason == "embedded-post"
            and above.reason is None
            and rules.is_post_text(above.text)
        ):
            above.reason = "embedded-post"


def mark_link_blocks(lines: list[_Line]) -> None:
    """A "Recently added" / "Most read" heading and the headlines listed under it."""
    in_block = False
    for line in lines:
        if line.reason is not None:
            continue
        if rules.is_block_heading(line.text):
            in_block = True
        elif not (in_block and rules.is_link_list_item(line.text)):
            in_block = False
        if in_block:
            line.reason = "recently-added"


def mark_teaser_runs(lines: list[_Line]) -> None:
    """A video carousel or teaser list with no heading: a run of short titles that are no
    sentences, some cut short by the page ("Tiger jumps on car roof, bursts spare tire then
    takes cat..."). An article's paragraphs end as sentences and are never cut short."""
    run: list[_Line] = []
    for line in [*lines, None]:
        if line is not None and line.reason is None and rules.is_teaser_title(line.text):
            run.append(line)
            continue
        cut_short = sum(rules.is_cut_short(item.text) for item in run) if run else 0
        if len(run) >= rules.TEASER_RUN_MIN_LINES and cut_short >= rules.TEASER_RUN_MIN_CUT_SHORT:
            for item in run:
                item.reason = "recently-added"
        run = []


def mark_quoted_headings(lines: list[_Line]) -> None:
    """A heading wholly in quotes over the text, unless the next paragraph points back at it
    (see `rules.is_quoted_heading`)."""
    kept = _kept(lines)
    for index, line in enumerate(kept):
        after = kept[index + 1].text if index + 1 < len(kept) else ""
        if rules.is_quoted_heading(line.text) and not rules.points_back(after):
            line.reason = "crosshead"


def mark_ad_units(lines: list[_Line]) -> None:
    """An ad's click-through link and the product name and slogan right above it."""
    for index, line in enumerate(lines):
        if line.reason != "bare-link" or not rules.is_tracking_link(line.text):
            continue
        line.reason = "advertisement"
        for above in reversed(lines[max(0, index - rules.AD_COPY_MAX_LINES) : index]):
            if above.reason is not None or not rules.is_ad_copy(above.text):
                break
            above.reason = "advertisement"


def mark_galleries(lines: list[_Line]) -> None:
    """A picture gallery's "Previous" and "Next" buttons, and the captions right above them
    (lines that do not end as sentences do): what the pictures show is no statement."""
    for index, (line, after) in enumerate(pairwise(lines)):
        if not (rules.is_gallery_button(line.text) and rules.is_gallery_button(after.text)):
            continue
        line.reason = after.reason = "navigation"
        for above in reversed(lines[:index]):
            if above.reason is not None or not rules.is_gallery_caption(above.text):
                break
            above.reason = "caption"


def take_title(lines: list[_Line], found: Cleaned) -> None:
    """With no title from metadata, the first short line before the body is the title."""
    if found.title is not None:
        return
    # A headline may open with a label ("Millom double murder: Man charged ..."), as a
    # caption does; a byline's "By:" is no headline.
    kept = [
        line
        for line in lines
        if line.reason is None
        or (line.reason == "label-line" and not line.text.casefold().startswith("by:"))
    ]
    if len(kept) >= 2 and rules.looks_like_headline(kept[0].text):
        found.title = kept[0].text
        kept[0].reason = "title"


def mark_repeats(lines: list[_Line], title: str | None) -> None:
    """The headline repeated in the body, and any line that repeats the line before it."""
    title_key = _headline_key(title) if title else None
    previous: str | None = None
    previous_line: _Line | None = None
    for line in _kept(lines):
        folded = line.text.casefold()
        # Only lines about as long as the title can be it, whatever their punctuation.
        if (
            title is not None
            and abs(len(line.text) - len(title)) <= _TITLE_LENGTH_SLACK
            and _headline_key(line.text) == title_key
        ):
            line.reason = "repeated-headline"
        elif folded == previous:
            line.reason = "repeated-line"
            if previous_line is not None and rules.is_doubled_caption(previous_line.text):
                previous_line.reason = "caption"
        else:
            previous, previous_line = folded, line


def cut_dateline(lines: list[_Line]) -> None:
    """ "WASHINGTON —" at the start of the body is a dateline: metadata, not text."""
    kept = _kept(lines)
    if not kept:
        return
    first = kept[0]
    prefix = rules.dateline_prefix(first.text)
    if prefix is not None and len(prefix) < len(first.text):
        first.cut.append(("dateline", prefix.strip(), 0))
        first.text = first.text[len(prefix) :]


def cut_labels(lines: list[_Line]) -> None:
    """ "BREAKING:", "UPDATE:" opening a paragraph; a paragraph that is only a label goes."""
    for line in _kept(lines):
        prefix = rules.label_prefix(line.text)
        if prefix is None:
            continue
        if len(prefix) < len(line.text):
            line.cut.append(("label", prefix.strip(), 0))
            line.text = line.text[len(prefix) :]
        else:
            line.reason = "label"


# Widgets and pointers inside a paragraph, by the reason they are cut for: stock quotes after
# a company's name, glued related-headline runs, "... right after the jump."
_INLINE_CUTS: tuple[tuple[str, Callable[[str], list[tuple[int, int]]]], ...] = (
    ("stock-quote", rules.ticker_quotes),
    ("related-link", rules.inline_related_runs),
    ("promo-call", rules.jump_pointers),
)


def cut_inline_widgets(lines: list[_Line]) -> None:
    """Widgets inside a paragraph go where they stand; the words around them join with one
    blank, and each cut piece keeps its offset. A paragraph that was only a widget goes."""
    for line in _kept(lines):
        for reason, find in _INLINE_CUTS:
            spans = find(line.text)
            if not spans:
                continue
            kept: list[str] = []
            cut: list[tuple[str, str, int]] = []
            shifts: list[tuple[int, int]] = []  # (end of a cut span, characters it took away)
            end = 0
            for start, stop in spans:
                kept.append(line.text[end:start])
                after = line.text[stop : stop + 1]
                blank = " " if after.isalnum() or (after and after in "\"“‘'(") else ""
                cut.append((reason, line.text[start:stop].strip(), len("".join(kept))))
                kept.append(blank)
                shifts.append((stop, stop - start - len(blank)))
                end = stop
            if not end:
                continue
            text = "".join(kept) + line.text[end:]
            if not text.strip():
                line.reason = reason
                break
            line.text = text
            # pieces cut before keep their place in the shorter text
            line.cut = [
                (r, t, at - sum(taken for stop, taken in shifts if stop <= at))
                for r, t, at in line.cut
            ] + cut


def _continues(previous: str, line: _Line) -> bool:
    """A hard-wrapped line: no blank line before, and the previous line stopped mid-sentence."""
    return not line.after_blank and not rules.ends_sentence(previous) and line.text[:1].islower()


def assemble(lines: list[_Line], join_wrapped: bool) -> tuple[str, list[RemovedSegment]]:
    """Makes paragraphs of the kept lines and places each removed piece at its offset.

    With `join_wrapped`, a hard-wrapped line continues the paragraph before it.
    """
    paragraphs: list[str] = []
    removed: list[RemovedSegment] = []
    pending: list[tuple[str, str]] = []
    length = 0
    joinable = False
    for line in lines:
        if line.reason is not None:
            pending.append((line.reason, line.text))
            joinable = False
            continue
        if join_wrapped and joinable and paragraphs and _continues(paragraphs[-1], line):
            paragraphs[-1] += " " + line.text
            for reason, text, offset in line.cut:
                removed.append(RemovedSegment(reason=reason, text=text, at=length + 1 + offset))
            length += 1 + len(line.text)
            continue
        start = length + (len(PARAGRAPH_SEPARATOR) if paragraphs else 0)
        for reason, text in pending:
            removed.append(RemovedSegment(reason=reason, text=text, at=start))
        for reason, text, offset in line.cut:
            removed.append(RemovedSegment(reason=reason, text=text, at=start + offset))
        pending = []
        paragraphs.append(line.text)
        length = start + len(line.text)
        joinable = True
    removed.extend(RemovedSegment(reason=r, text=t, at=length) for r, t in pending)
    return PARAGRAPH_SEPARATOR.join(paragraphs), removed


def clean_text(raw: str, title: str | None = None, pasted: bool = True) -> Cleaned:
    """Cleans one article's text. `title` comes from metadata when the input had some.

    `pasted` is for plain text as pasted or saved by hand: leading "OUTLET:"-style marker
    lines are read, and hard-wrapped lines are joined. Text extracted from HTML (`pasted`
    False) has one block per line, each kept as it is.
    """
    found = Cleaned(text="", removed=[], title=title.strip() if title else None)
    lines = _lines(raw)
    if pasted:
        read_markers(lines, found)
    mark_debris(lines, found)
    mark_embedded_posts(lines)
    mark_link_blocks(lines)
    mark_teaser_runs(lines)
    mark_quoted_headings(lines)
    mark_ad_units(lines)
    mark_galleries(lines)
    take_title(lines, found)
    mark_repeats(lines, found.title)
    cut_dateline(lines)
    cut_labels(lines)
    cut_inline_widgets(lines)
    found.text, found.removed = assemble(lines, join_wrapped=pasted)
    return found
