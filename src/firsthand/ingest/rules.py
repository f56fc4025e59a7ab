"""Small, named cleaning rules over one line of pasted or scraped article text.

Each rule looks at one stripped line and says whether it is debris of one kind. Rules only
fire on short lines: real paragraphs are long, so the length guards keep them intact.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from firsthand.timestamps import (
    MONTHS,
    TIMESTAMP_MAX_CHARS,
    WEEKDAYS,
    is_timestamp,
    vocabulary,
)

_CLOSERS = "\"'”’)]"
_LETTERS = re.compile(r"[^\W\d_][\w-]*")
_DIGIT = re.compile(r"\d")
# The letters `re.IGNORECASE` matches with an ASCII letter besides its two cases, and which
# str.lower() does not turn into it.
_IGNORECASE_EXTRA_LETTERS = (("İ", "i"), ("ı", "i"), ("ſ", "s"), ("K", "k"))


def _ignorecase_folded(line: str) -> str:
    """The line in lower case as `re.IGNORECASE` reads it: it holds an ASCII word exactly when
    a case-insensitive pattern of that word matches the line. Rules check such words first, a
    cheap test that spares their patterns most lines."""
    if not line.isascii():
        for letter, ascii_letter in _IGNORECASE_EXTRA_LETTERS:  # (str.translate is slower)
            if letter in line:
                line = line.replace(letter, ascii_letter)
    return line.lower()


def _holds_any(text: str, marks: tuple[str, ...]) -> bool:
    # (a third cheaper than any() over a generator, and asked of nearly every line)
    for mark in marks:  # noqa: SIM110
        if mark in text:
            return True
    return False


_ASCII_LOWER = re.compile("[a-z]")


# Longest line each rule can call debris, in words: longer lines are real text to that rule.
NAVIGATION_MAX_WORDS = 30
IMAGE_FILE_MAX_WORDS = 12
PHOTO_CREDIT_MAX_WORDS = 20
MAIN_VERSION_MAX_WORDS = 10
SHARE_MAX_WORDS = 16
RELATED_LINK_MAX_WORDS = 30
RELATED_RUN_MAX_WORDS = 120  # a whole list of glued headlines
COOKIE_NOTICE_MAX_WORDS = 45
COMMENT_NOTICE_MAX_WORDS = 16
CREDIT_LINE_MAX_WORDS = 30
POST_SIGNATURE_MAX_WORDS = 16
ONE_LINE_POST_MAX_WORDS = 80  # a post of up to 280 characters, and its signature
PROMO_CALL_MAX_WORDS = 30
CONTACT_LINE_MAX_WORDS = 30
LABEL_LINE_MAX_WORDS = 40
PLAYER_PROMPT_MAX_WORDS = 20
PAGE_NOTE_MAX_WORDS = 60
CAPTION_MAX_WORDS = 120  # wire captions run to a paragraph: who, where, when, and the credit
# Rules that look at characters, not words, bound the words by the characters they accept.
VIEW_COUNTER_MAX_CHARS = 80
ADVERTISEMENT_MAX_CHARS = 60


@lru_cache(maxsize=4096)
def word_count(line: str) -> int:
    """Words in a line; cached, since every rule asks about the same line in turn."""
    return len(line.split())


def is_short(line: str, max_words: int) -> bool:
    """At most `max_words` words; long lines are rejected by length alone, which is cheap."""
    return len(line) <= 12 * max_words and word_count(line) <= max_words


def ends_sentence(line: str) -> bool:
    """Ends with . ! ? or …, perhaps followed by closing quotes or brackets."""
    return line.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…")


# --- navigation crumbs and category lists ----------------------------------------------------

_CRUMB_ARROWS = re.compile(r"\s*[>»›→]\s*")
_CRUMB_ANY = re.compile(r"\s+[>»›→|/•·]\s+|\s*[>»›→|•·]\s*")
_CRUMB_SEPARATOR = re.compile(r"[>»›→|/•·]")
_CATEGORY_PREFIX = re.compile(
    r"^(tags?|tagged( with)?|topics?|categories|category|filed under|sections?|related topics|"
    r"more on|keywords)\s*:",
    re.IGNORECASE,
)
# Section names used as menu items by news sites; a line made only of them is a menu.
_SECTION_WORDS = vocabulary(
    "home news world politics business economy markets money sport sports football tech",
    "technology science health culture arts opinion opinions comment entertainment lifestyle",
    "life style travel food video videos photos podcasts weather local national international",
    "us uk europe asia africa americas australia middle east latest live climate environment",
    "education media books music film tv crime obituaries menu search login subscribe",
)


def _is_crumb_segment(segment: str) -> bool:
    return 0 < word_count(segment) <= 4 and segment[:1].isalpha() and not ends_sentence(segment)


def is_navigation(line: str) -> bool:
    """Breadcrumbs ("Home > World > Europe"), menus and category or tag lists."""
    if ":" in line and _CATEGORY_PREFIX.match(line):
        return is_short(line, NAVIGATION_MAX_WORDS)
    if not is_short(line, 20) or ends_sentence(line):
        return False
    if _CRUMB_SEPARATOR.search(line):  # (without one, the line is a single segment)
        arrow_parts = _CRUMB_ARROWS.split(line)
        if len(arrow_parts) >= 2 and all(_is_crumb_segment(p) for p in arrow_parts):
            return True
        parts = [p for p in _CRUMB_ANY.split(line) if p]
        if len(parts) >= 3 and all(_is_crumb_segment(p) for p in parts):
            return all(p[:1].isupper() for p in parts)
    words = [w.casefold() for w in _LETTERS.findall(line)]
    return len(words) >= 4 and sum(w in _SECTION_WORDS for w in words) >= 0.8 * len(words)


# --- images ---------------------------------------------------------------------------------

_IMAGE_EXTENSION = r"\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|heic|avif)"
_IMAGE_FILE = re.compile(rf"[\w\-.%()+~]+{_IMAGE_EXTENSION}\b", re.IGNORECASE)
_PHOTO_PREFIX = re.compile(
    r"^[(\[]?\s*(photo(graph)?s?|pictures?|pics?|images?|illustration|credit|foto)"
    r"(\s+(credit|copyright|courtesy|caption|source))?\s*(by\b|:|/|©|-|–|—|\|)",
    re.IGNORECASE,
)
_IMAGE_CAPTION = re.compile(r"^(image|photo|picture)\s+(caption|copyright|source)\b", re.I)
_AGENCY_TAIL = re.compile(
    r"(getty images|afp|ap photo|ap|reuters|shutterstock|epa(-efe)?|pa (wire|media)|alamy|"
    r"xinhua|anadolu|bloomberg|istock(photo)?|sipa|zuma)\s*[)\]]?$",
    re.IGNORECASE,
)


# "Godofredo Vasquez/USA TODAY Sports": a photographer's name, a slash and the agency, alone on
# a line with no verb and no sentence end (a credit under a picture).
_NAME_SLASH_AGENCY = re.compile(
    r"^(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+ ?/ ?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}$"
)
# A gallery's "Enlarge" button glued to the caption: "[+] EnlargeWayne Tinkle".
_ENLARGE = re.compile(r"^(?:\[\+\]\s*)?Enlarge(?:[A-Z]|\s|$)")
# A caption ending in its credit: "A closer look at the hairball doctors removed Picture:
# EUROPICS" (no article sentence ends in a label and a colon before a name).
_CREDIT_LABEL_TAIL = re.compile(
    r"\b(?:Picture|Photo|Image|Pic|Photograph|Credit)s?\s*:\s*[A-Z][\w&.'’/ -]{1,60}$"
)


def is_image_file_name(line: str) -> bool:
    """A line that is an image file name, perhaps with a word or two around it."""
    return is_short(line, IMAGE_FILE_MAX_WORDS) and bool(_IMAGE_FILE.search(line))


def is_photo_credit(line: str) -> bool:
    """ "Photo: Reuters/Jane Doe", "(Photo by X/Getty Images)", "Image copyright AFP"."""
    if not is_short(line, PHOTO_CREDIT_MAX_WORDS):
        return False
    if _PHOTO_PREFIX.match(line) or _IMAGE_CAPTION.match(line) or "©" in line:
        return True
    # "Jane Doe/Reuters", "AFP via Getty Images": a short name line ending in a photo agency.
    if not is_short(line, 8) or ends_sentence(line):
        return False
    return bool(_AGENCY_TAIL.search(line) or _NAME_SLASH_AGENCY.match(line) or _ENLARGE.match(line))


# A photo caption: a wire credit in brackets at its end ("... in Ottawa. (AP Photo/Jane Doe)"),
# or the wire's caption opening ("FILE - In this Aug. 21, 2012, file photo, ...", "FILE PHOTO:"),
# where only dates and modifiers stand between "In this" and "photo" ("In this case, the photo
# was fake" is a sentence).
_CAPTION_CREDIT = re.compile(
    r"\((?:(?-i:[A-Z]{2,})\s+)?(?:photo|picture|image)s?\b[^()]{0,80}\)\s*$"
    # "... (file picture)", "... [Representational Image]": a word or two before the noun
    r"|[(\[](?:[\w-]+\s+){1,2}(?:photo|picture|image|pic)s?[)\]]\s*$"
    r"|\((?:AP|AFP|REUTERS|Reuters|EPA|Getty Images|Xinhua)\s*/[^()]{1,80}\)\s*$"
    # "... (Alex Ogle/AFP/Getty Images)": a photographer's name, a slash and the agency
    r"|\((?-i:(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+)\s*/\s*(?-i:[A-Z])[^()]{1,60}\)\s*$",
    re.IGNORECASE,
)
_CAPTION_OPENING = re.compile(
    r"^(?:FILE\s*[-–—:]|FILE PHOTO\b|In this\b(?:(?!\b(?:the|a|an)\b)[^.]|\.(?=\s*\d)){0,60}"
    r"\b(?:photo|picture|image|frame grab)"
    r"(?:graph)?\b)",
)


# A picture's caption on a tabloid page: no full stop, and a pointer at the picture ("Jihadi
# John, pictured, was ...", "... David Haines, left, is ...", "Smith (right) with ...",
# "Picture is an explosion ..."). A sentence of the article ends with its full stop.
CAPTION_POINTER = re.compile(
    r",\s+(?:pictured|(?:far\s+|top\s+|bottom\s+)?(?:left|right)|centre|center|above|below|inset)"
    r"(?=,|\s*$)|\((?:pictured|(?:far\s+|top\s+|bottom\s+)?(?:left|right)|centre|center|above|"
    r"below|inset|top|bottom|[LR]|file)\)|^(?:Picture(?:d)?\s+(?:is|are|shows?|above|here)\b|"
    r"Pictured\s*:)"
)


def _may_point_at_picture(line: str) -> bool:
    """`CAPTION_POINTER` needs a comma or a bracket before its word, or opens "Picture"."""
    return "," in line or "(" in line or line.startswith("Picture")


def is_caption(line: str) -> bool:
    """A photo caption pasted into the text: what the picture shows is no statement of the story."""
    # (every credit in brackets closes the line; the credit label tail has a colon)
    return is_short(line, CAPTION_MAX_WORDS) and bool(
        (line.rstrip()[-1:] in (")", "]") and _CAPTION_CREDIT.search(line))
        or _CAPTION_OPENING.match(line)
        or (
            not ends_sentence(line) and _may_point_at_picture(line) and CAPTION_POINTER.search(line)
        )
        or (not ends_sentence(line) and ":" in line and _CREDIT_LABEL_TAIL.search(line))
    )


# --- counters, links, share and subscribe lines ----------------------------------------------

_COUNTER_SEPARATOR = re.compile(r"[·•|]")
_COUNT = r"\d[\d,.\s]*[kKmM]?"
_COUNTED = r"(views?|reads?|times read|plays|comments?|shares?|likes?|min(ute)?s? read)"
_COUNTER_PIECE = re.compile(
    rf"^(👁\s*)?({_COUNT}\s*{_COUNTED}"
    rf"|(views?|reads?|viewed|read|comments?|shares?|likes?)\s*:?\s*\(?{_COUNT}\)?(\s*times)?"
    # a number alone on its line: a widget's count whose label was lost ("8", "10")
    r"|\d{1,5}"
    rf"|👁\s*{_COUNT})$",
    re.IGNORECASE,
)


def is_view_counter(line: str) -> bool:
    """ "1,234 views", "Views: 5678", "Read 3.2k times · 12 comments"."""
    # (every kind of piece holds a count: a line without a digit is no counter)
    if len(line) > VIEW_COUNTER_MAX_CHARS or _DIGIT.search(line) is None:
        return False
    pieces = [p.strip() for p in _COUNTER_SEPARATOR.split(line) if p.strip()]
    return bool(pieces) and all(_COUNTER_PIECE.match(p) for p in pieces)


_MAIN_VERSION = re.compile(
    r"^((link to|go to|switch to|view|see|open|back to|return to|read|visit|click here for)\s+"
    r"(the\s+|this\s+)?(main|full|desktop|mobile|original|web|classic|standard|non-amp|complete)"
    r"\s+(version|site|article|story|page)( here| of this (article|page|story))?"
    r"|^view (this )?(email |page )?in (your )?browser)[^\w.]*$",
    re.IGNORECASE,
)


# A web address alone on its line: a link whose anchor text the copy lost; it states nothing.
_BARE_LINK = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
# An ad network's click-through address: a query string or a "click" path.
_TRACKING_LINK = re.compile(r"[?&][\w-]+=|/click\b", re.IGNORECASE)
# Ad copy above its click-through link is a product's name and a slogan ("Digsby", "IM, Email,
# and Social Networks in one easy to use application!"): short, never closing with a full stop.
AD_COPY_MAX_WORDS = 12
AD_COPY_MAX_LINES = 2
# A gallery's buttons alone on their lines; the captions of its pictures stand above them.
_GALLERY_BUTTON = re.compile(r"^(?:previous|prev|next)$", re.IGNORECASE)
GALLERY_CAPTION_MAX_WORDS = 40


def is_bare_link(line: str) -> bool:
    return bool(_BARE_LINK.match(line))


def is_tracking_link(line: str) -> bool:
    return is_bare_link(line) and bool(_TRACKING_LINK.search(line))


def is_ad_copy(line: str) -> bool:
    return is_short(line, AD_COPY_MAX_WORDS) and not line.rstrip(_CLOSERS).endswith(".")


def is_gallery_button(line: str) -> bool:
    # (asked of every line: the length spares the pattern; "previous" and a newline at most)
    return len(line) <= len("previous\n") and bool(_GALLERY_BUTTON.match(line))


# A picture's caption by its shape: a short label and a colon or dots before what it shows
# ("Residents in shock ... Luohe is the city where ..."), or its credit in brackets at the end
# ("... balancing the spoon on his nose here. (CEN)").
_CAPTION_SHAPE = re.compile(
    r"^[A-Z][^.!?:…]{0,40}?(?:\s(?:\.\.\.|…)\s|:\s)|\((?:[A-Z][\w&.-]*\s?){1,3}\)$"
)


def is_doubled_caption(line: str) -> bool:
    """A line printed twice in a row with a caption's shape: the picture's alt text and its
    caption. (A paragraph doubled by a faulty copy keeps its first print.)"""
    return is_short(line, GALLERY_CAPTION_MAX_WORDS) and bool(_CAPTION_SHAPE.search(line))


def is_gallery_caption(line: str) -> bool:
    """A picture's caption: a short line that does not end as a sentence does."""
    return is_short(line, GALLERY_CAPTION_MAX_WORDS) and not ends_sentence(line)


def is_main_version_link(line: str) -> bool:
    """ "Link to main version", "View the full site", "Switch to desktop version"."""
    return is_short(line, MAIN_VERSION_MAX_WORDS) and bool(_MAIN_VERSION.match(line))


_SHARE_WORDS = vocabulary(
    "share shares sharing tweet email e-mail mail print facebook twitter x linkedin whatsapp",
    "reddit pinterest telegram messenger flipboard sms bluesky threads mastodon",
)
_SHARE_FILLER = vocabulary(
    "this the article story page on via with to link copy copied save comment comments",
    "friend friends post options icon and or",
)
_SHARE_VOCABULARY = _SHARE_WORDS | _SHARE_FILLER
_SUBSCRIBE = re.compile(
    r"^(subscribe|sign up|sign-up|register|follow( us)?|join( us)?|get|download|click here|"
    r"like us)\b.{0,100}\b(newsletters?|updates|alerts|notifications|podcast|channel|app|"
    r"twitter|facebook|instagram|telegram|whatsapp|youtube|tiktok|our|inbox)\b",
    re.IGNORECASE,
)
# "Subscribe", "Subscribe to the Ledger": an imperative call to subscribe, not a sentence.
_SUBSCRIBE_CALL = re.compile(r"^(subscribe|sign up)( (to|for|now|today)\b.*)?$", re.IGNORECASE)
_SUBSCRIBE_CALL_MAX_WORDS = 8


def is_share_or_subscribe(line: str) -> bool:
    """ "Share this article", "Share: Facebook Twitter Email", "Subscribe to our newsletter"."""
    if not is_short(line, SHARE_MAX_WORDS):
        return False
    # (most lines fail on their first word, before all of them are listed)
    first = _LETTERS.search(line)
    if first is not None and first.group().casefold() in _SHARE_VOCABULARY:
        words = [w.casefold() for w in _LETTERS.findall(line)]
        if all(w in _SHARE_VOCABULARY for w in words):
            return any(w in _SHARE_WORDS for w in words)
    if _SUBSCRIBE.match(line):
        return True
    return (
        is_short(line, _SUBSCRIBE_CALL_MAX_WORDS)
        and not ends_sentence(line)
        and bool(_SUBSCRIBE_CALL.match(line))
    )


_RELATED_LINE = re.compile(
    # (perhaps in brackets: "[ Related: Salvation Army Documents Show ... ]")
    r"^[\[(]?\s*(read more|read also|also read|see also|related(?: [a-z]+)?|watch|more|"
    r"recommended|listen|video|photos|gallery|special|trending|popular|promoted)\s*:"
    # "Read more from the BBC Magazine on ...", "Read more about the Apple Watch in our
    # previous coverage.": a pointer at other pages, whatever it ends with
    r"|^read more (?:from|about|on|at|in)\b",
    re.IGNORECASE,
)


# A run of related headlines glued to their heading when the page lost its line breaks:
# "RelatedIs Isis Executioner 'Jihadi John' ...?Steven Sotloff ...". No sentence opens with a
# word glued to a capital.
_GLUED_RELATED = re.compile(r"^(?:Related|Read [Mm]ore|See [Aa]lso|More [Oo]n this)(?=[A-Z][a-z])")


# The same run inside a paragraph: "... on the screen. RelatedApple and Samsung share top spot
# ...shareApple Watch release date ... CookApple posts ... history Apple has not yet revealed
# ...". Its headlines are glued (a lower-case letter or digit against a capital); the last one
# runs to the first capital after a lower-case word, where the text resumes, or to the end.
_INLINE_RELATED = re.compile(
    r"(?<=[.!?\"”’)])[^\S\n]+(?:Related|Read [Mm]ore|See [Aa]lso)(?=[A-Z][a-z])"
)
_HEADLINE_GLUE = re.compile(r"[a-z\d%)?!'’](?=[A-Z][a-z])")
# (after a word in lower case: "history Apple has", not "Withings Activité review")
_TEXT_RESUMES = re.compile(r"(?<![\w'’])[a-z]+(?= [A-Z])")
_HEADLINE_MAX_CHARS = 160


def inline_related_runs(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of the glued related-headline widgets inside a paragraph, with the blank
    before each."""
    runs: list[tuple[int, int]] = []
    if not _holds_any(paragraph, ("Related", "Read ", "See ")):
        return runs
    for opening in _INLINE_RELATED.finditer(paragraph):
        if runs and opening.start() < runs[-1][1]:
            continue
        last = opening.end()
        while (glue := _HEADLINE_GLUE.search(paragraph, last + 1)) and (
            glue.end() - last <= _HEADLINE_MAX_CHARS
        ):
            last = glue.end()
        resumes = _TEXT_RESUMES.search(paragraph, last + 1, last + _HEADLINE_MAX_CHARS)
        if resumes is not None:
            runs.append((opening.start(), resumes.end()))
        elif len(paragraph) - last <= _HEADLINE_MAX_CHARS:
            runs.append((opening.start(), len(paragraph)))
    return runs


def is_related_link(line: str) -> bool:
    """ "Read more: <another headline>", "See also: ...", "Related: ...", "RelatedIs ..."."""
    if _GLUED_RELATED.match(line):
        return is_short(line, RELATED_RUN_MAX_WORDS)
    # (a heading's colon, or "read more about ...")
    marked = ":" in line or _ignorecase_folded(line).startswith("read more")
    return is_short(line, RELATED_LINK_MAX_WORDS) and marked and bool(_RELATED_LINE.match(line))


_ADVERTISEMENT = re.compile(
    r"^(advertisement|advert|ad|sponsored( content)?|story continues below( this)?"
    r"( advertisement)?|continue reading below|scroll to continue( with content)?)\W*$",
    re.IGNORECASE,
)


def is_advertisement(line: str) -> bool:
    return len(line) <= ADVERTISEMENT_MAX_CHARS and bool(_ADVERTISEMENT.match(line))


# A video player's or embed's text left behind when the page was copied.
_PLAYER_PROMPT = re.compile(
    # "Scroll down for video", "Scroll down to read Leelah's letter": a pointer down the page
    r"^(scroll down (?:for|to)\b|(unfortunately,? )?your browser does not support "
    r"(iframes|the video tag|this video|html5 video)|please enable javascript to (watch|view)\b"
    r"|watch (the )?(full )?(video|clip|report|interview)( below)?\b.{0,60}:$"
    # "Watch Tinkle's comments:": an imperative to watch, handing over to the lost player
    r"|watch\b[^.!?]{0,80}:$"
    # a player's placeholder: "Video loading Watch next Watch this video again"
    r"|video loading\b.*"
    # a pointer at an embed the copy lost: "Here Is The Tweet Reporting The News:", "Here are
    # larger views of the images from the scene:" (never the article's sentence: it ends in ':')
    r"|here(?: is| are|'s|’s)\b[^.!?]{0,80}\b(tweets?|videos?|images?|photos?|pictures?|footage|"
    r"clips?)\b[^.!?]{0,80}:$)",
    re.IGNORECASE,
)


def is_player_prompt(line: str) -> bool:
    """ "Scroll down for video", "Your browser does not support iframes", "Watch it below:"."""
    return is_short(line, PLAYER_PROMPT_MAX_WORDS) and bool(_PLAYER_PROMPT.match(line))


# "SHOCK LOSS: Joan Rivers dead at 81", "MORE: ...": an upper-case label before a headline;
# "Grief: Dorian Johnson, a key witness, leaves ...": a tabloid picture caption. Neither ends
# as a sentence does. Labels that credit a source ("Source: X", "Via: X") stay for reuse.
_UPPER_LABEL = re.compile(r"^[A-Z][A-Z'’-]+(?: (?:[A-Z][A-Z'’-]*|OF|AND|&)){0,2}: \S")
# A tabloid caption's label has one to three words ("Toxic fumes:", "Pain and grief:"), perhaps
# after the picture's credit in capitals ("CORCORAN STATE PRISON Hospital Treatment: ...").
_WORD_LABEL = re.compile(
    r"^(?:[A-Z][A-Z'’-]+ ){0,4}[A-Z][a-z'’-]+(?: (?:[A-Za-z][a-z'’-]*|&)){0,2}: [A-Z0-9“\"‘']"
)
# "He said: 'I can't ...'", "Told Howell: 'I hope ...'": a speech verb and a colon open a
# quotation, not a caption.
_SPEECH_LABEL = re.compile(
    r"^[^:]*\b(?i:said|says|told|added|wrote|writes|explained|asked|replied|tweeted|stated)\b"
    r"[^:]{0,30}:"
)
_CREDIT_LABELS = {"source", "sources", "via", "courtesy", "contributing", "credit", "credits"}
_WORD_CAPTION_MIN_WORDS = 8  # shorter "Price: $399" lines are lists of facts, not captions
_UPPER_LABEL_MAX_WORDS = 20


def is_label_line(line: str) -> bool:
    """A label and a colon opening a line that does not end as a sentence: see above."""
    # (a line ending in a colon introduces what follows: "One level deeper: ... do that:")
    if (
        ends_sentence(line)
        or line.endswith(":")
        or line.split(":", 1)[0].casefold() in _CREDIT_LABELS
    ):
        return False
    words = word_count(line)
    if words <= _UPPER_LABEL_MAX_WORDS and _UPPER_LABEL.match(line):
        return True
    label = _WORD_LABEL.match(line)
    if words < _WORD_CAPTION_MIN_WORDS or label is None or _SPEECH_LABEL.match(line):
        return False
    # A caption goes on in sentence case; after a label of several words, a headline in title
    # case ("Mo Cowan Senate: Deval Patrick Names Former Chief ...") is the article's own.
    return " " not in label.group().split(":", 1)[0] or not _is_title_case(line[label.end() - 1 :])


def _is_title_case(text: str) -> bool:
    long_words = [w for w in _LETTERS.findall(text) if len(w) > 3]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_CONSENT = re.compile(
    r"\b(accept|consent|agree|policy|preferences|settings|we use|this (web)?site uses)\b", re.I
)


def is_cookie_notice(line: str) -> bool:
    """ "We use cookies to improve your experience. Accept all"."""
    return (
        "cookie" in line.lower()
        and is_short(line, COOKIE_NOTICE_MAX_WORDS)
        and bool(_COOKIE.search(line) and _CONSENT.search(line))
    )


# The page's comment section: "Sorry we are not currently accepting comments on this article.",
# "Comments are closed", "Leave a comment". Anchored at the start, so "He posted a comment on
# Facebook" and "declined to comment" stay text.
_COMMENT_NOTICE = re.compile(
    r"^(?:sorry,?\s+)?(?:we\s+are|we're)\s+not\s+(?:currently\s+)?accepting\s+comments"
    r"|^comments\s+(?:are|have\s+been)\s+(?:now\s+)?(?:closed|disabled|turned\s+off)"
    r"|^commenting\s+(?:is|has\s+been)\s+(?:now\s+)?(?:closed|disabled)"
    r"|^(?:leave|post|add|write)\s+a\s+comment\W*$"
    r"|^(?:view|show|hide|load|read)\s+(?:all\s+)?(?:\d+\s+)?comments?\W*$"
    r"|^be\s+the\s+first\s+to\s+comment"
    r"|^(?:you\s+must\s+be|please)\s+(?:logged\s+in|log\s+in|sign\s+in)\s+to\s+(?:post\s+a\s+)?comment"
    r"|^join\s+the\s+(?:conversation|discussion)\W*$",
    re.IGNORECASE,
)


def is_comment_notice(line: str) -> bool:
    return is_short(line, COMMENT_NOTICE_MAX_WORDS) and bool(_COMMENT_NOTICE.match(line))


# A wire's closing credit ("The Associated Press contributed to this report.", "Contributing:
# Associated Press"): who helped write the article, no statement of its story. Reuse reads the
# newsroom it names from the removed segment.
_CREDIT_LINE = re.compile(
    r"\bcontributed\s+(?:reporting\s+)?(?:to\s+)?(?:this|the)\s+(?:report|story|article)\b"
    r"|^contributing:"
    # a syndicator's note naming the original's headline: "Originally published as <title>"
    # (it names no newsroom, so no credit is lost; "originally appeared on X" stays for reuse)
    r"|^(?:this\s+(?:article|story)\s+was\s+)?originally\s+published\s+as\b",
    re.IGNORECASE,
)
# A wire's staff credit in brackets: "(Reporting by Rania El Gamal; Writing by Sam Wilkin;
# Editing by Michael Urquhart)". On its own line it is a byline (`byline_author`); claims drop
# it where it closes a paragraph, as the sentence after the last one.
WIRE_CREDIT = re.compile(
    r"^\(\s*(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b[^()]*\)\s*$",
    re.IGNORECASE,
)


def is_credit_line(line: str) -> bool:
    if not is_short(line, CREDIT_LINE_MAX_WORDS):
        return False
    folded = _ignorecase_folded(line)  # (each of its patterns holds one of these words)
    return ("contribut" in folded or "originally" in folded) and bool(_CREDIT_LINE.search(line))


# The signature under an embedded social post: "— Jane Roe (@janeroe) August 19, 2014".
_POST_SIGNATURE = re.compile(
    r"^[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s*(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})?\s*$"
)
# An embedded post's own text ends in its short link.
_POST_LINK = re.compile(r"(?:pic\.twitter\.com|t\.co)/\w+\s*$")


def is_post_signature(line: str) -> bool:
    return is_short(line, POST_SIGNATURE_MAX_WORDS) and bool(_POST_SIGNATURE.match(line))


# A whole embedded post on one line, its signature at the end: "Did not forget about Dre.
# pic.twitter.com/abc — Dave Morin (@davemorin) September 9, 2014". The handle and the date
# after a dash close a post, never a sentence of the article.
# (The dash may be glued to the post's link: "pic.twitter.com/uKV59sAz8U— Andrew Critchlow".)
_POST_SIGNATURE_TAIL = re.compile(
    r"(?:\s[—–-]{1,2}|(?<=\w)[—–]{1,2})\s*[^()—–]{1,80}\(@\w{1,30}\)\s*[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\s*$"
)


# A post's text ending in its picture link ("... #HongKong pic.twitter.com/3u4FOSnp7x"), even
# with its signature lost: a page links a picture with an anchor, never prints this address.
_POST_PICTURE_LINK = re.compile(r"\bpic\.twitter\.com/\w+\W*$")


def is_one_line_post(line: str) -> bool:
    if "(@" not in line and "pic.twitter.com/" not in line:  # (the handle or the picture link)
        return False
    return is_short(line, ONE_LINE_POST_MAX_WORDS) and bool(
        _POST_SIGNATURE_TAIL.search(line) or _POST_PICTURE_LINK.search(line)
    )


# A page's call to click, in capitals and often in bold: "**CLICK HERE TO SEE MORE CREATURES**",
# "WATCH THE VIDEO BELOW". Articles do not write sentences all in capitals.
_PROMO_CALL = re.compile(
    # (after a question in capitals: "ON A MOBILE DEVICE? CLICK HERE TO WATCH THE VIDEO.")
    r"^[*_\s]*(?:[A-Z][A-Z ]{2,40}\?\s*)?(?:CLICK|TAP|SCROLL|WATCH|SEE|READ|SIGN UP|SUBSCRIBE|"
    r"FOLLOW|DOWNLOAD|VISIT|LISTEN|JOIN|SHOP|VOTE)\b[^a-z]*$"
)
# "Click here to sign up for TechFlash, ...", "Click here to see a scan of the page (PDF)": a
# link's prompt, whatever it leads to.
# ... and "Click for more from The Daily Mirror.": a syndication pointer at the source.
# ... or closing it: "To read the note in full, CLICK HERE." (the link's anchor, lost).
_CLICK_HERE = re.compile(
    r"^[*_\s]*(?:click|tap)\s+(?:here\b|for\s+more\b)|^.*\b(?:click|tap)\s+here\W*$", re.IGNORECASE
)


# A widget's call to the reader, ending in "!" or a link arrow: "Instantly compare products
# side by side and see which one is best for you!", "Try it now →", "Shop the look »". An
# article's sentence neither opens with an imperative of shopping nor ends with an arrow.
_READER_CALL = re.compile(
    r"^(?:\w+ly\s+)?(?:try|compare|shop|buy|order|get|find|discover|download|install|save|"
    r"check|start|join|sign|learn)\b(?:[^.?!]*[→»›]|[^.?!]*\b(?:you|your|now|today|free)\b[^.?!]*!)"
    r"\s*$"
    # a sponsor's offer: "Read this whitepaper to discover best practices that ..."
    r"|^(?:read|download|get)\s+(?:this|our|the|a)\s+(?:free\s+)?(?:white\s*paper|e-?book|"
    r"guide)\s+to\b",
    re.IGNORECASE,
)
# A desk's note on a story still being written, alone on its line: "Developing...", "More to
# come.", "This story is developing.", "Stay tuned for more updates on this story at 21WIRE."
_STATUS_LINE = re.compile(
    r"^(?:developing(?:\s+story)?|breaking(?:\s+news)?|more\s+to\s+come|"
    r"stay\s+tuned(?:\s+(?:for|to)\b[^.!?]{0,80})?|"
    r"this\s+(?:story|article|post)\s+is\s+(?:developing|being\s+updated))\s*(?:\.{1,3}|…|:|!)?$",
    re.IGNORECASE,
)


# A republisher's note ("This article originally appeared on tech.qq.com ... For original
# Chinese, click here."): reuse reads the publisher it credits from the text, so it stays.
REPUBLICATION_NOTE = re.compile(
    r"\b(?:originally|first)\s+(?:appeared|published|ran)\s+(?:at|in|on|by)\b"
    r"|\b(?:reprinted|republished)\s+with\b",
    re.IGNORECASE,
)


def is_promo_call(line: str) -> bool:
    if not is_short(line, PROMO_CALL_MAX_WORDS):
        return False
    # (each pattern's mark first: capitals only, "click" or "tap", a reader call's "!" or
    # arrow at the end or its opening verb)
    folded = _ignorecase_folded(line)
    reader_call = line.rstrip()[-1:] in ("!", "→", "»", "›") or folded.startswith(
        ("read", "download", "get")
    )
    return bool(
        (_ASCII_LOWER.search(line) is None and _PROMO_CALL.match(line))
        or (_holds_any(folded, ("click", "tap")) and _CLICK_HERE.match(line))
        or (reader_call and _READER_CALL.match(line))
        or _STATUS_LINE.match(line)
    ) and not REPUBLICATION_NOTE.search(line)


# How to reach the writer: "To contact the author of this post, please email ...", "Contact
# the reporter at jane@example.com". Anchored at the start, so "He tried to contact the
# reporter" stays text.
_CONTACT_LINE = re.compile(
    r"^(?:to\s+contact|contact|you\s+can\s+(?:contact|reach|email|e-mail))\s+(?:the\s+)?"
    r"(?:author|writer|reporter|editor|journalist)s?\b"
    r"|^(?:send|email|e-mail)\s+(?:your\s+)?(?:news\s+)?tips\s+to\b",
    re.IGNORECASE,
)


# An editor's correction note: "An earlier version of this article identified X as ...". It
# corrects the page, and states nothing of the story (its claim is already fixed above).
# Only opening the line, after at most a time stamp or a short clause ("Feb. 16, 10:29 a.m.:",
# "Due to an editing error,"): a quoted correction inside a sentence is the story's text.
_CORRECTION_NOTE = re.compile(
    r"^(?:[^\"“”‘']{0,40}?[:,]\s+)?(?:an?|the)\s+(?:earlier|previous|original)\s+version\s+of\s+"
    r"this\s+(?:article|story|report|post)\b|^(?:correction|clarification)\b[^:\"“”]{0,30}:",
    re.IGNORECASE,
)
# Markup left behind by an embed: "<noframe>Twitter: ... </noframe>" is the embed's fallback.
_MARKUP_OPENING = re.compile(r"^</?[a-z][a-z\d]*\b[^<>]*>")
# A style sheet's rule left in the text: "@media only screen and (...) {.x { display: none; }}".
_STYLE_RULE = re.compile(r"^@(?:media|import|font-face)\b|^[.#]?[\w-]+\s*\{[^{}]*:[^{}]*;")
# A gallery's counter: "PHOTO GALLERY | 1 of 38 IMAGES", "Photo 3 of 12".
_GALLERY_COUNTER = re.compile(
    r"^(?:photo\s+)?(?:gallery|photos?|images?|pictures?|slides?)\b[^.!?]{0,30}?\b\d+\s+of\s+\d+"
    r"(?:\s+(?:photos|images|pictures|slides))?\W*$",
    re.IGNORECASE,
)
# A section's own byline heading: "Analysis: Clive Coleman, BBC legal correspondent". A name
# and a role after a genre label, with no verb or sentence end.
_SECTION_BYLINE = re.compile(
    r"^(?:Analysis|Comment|Opinion|Viewpoint|Commentary|Explainer|Perspective)\s*(?::|by)\s+"
    r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}(?:,\s+[^.!?:]{1,80})?$"
)


# A crosshead or a related story's headline quoting someone, alone on its line and wholly in
# quotes with no sentence end ("'Like a bomb'", "‘Gay conversion therapy killed my son’"): a
# heading over the text, not a quotation of it (that one ends with a stop or a comma, "said").
_QUOTED_HEADING = re.compile(r"^‘[^‘’.,!?]{3,80}’$|^'[^'.,!?]{3,80}'$|^“[^“”.,!?]{3,80}”$")
QUOTED_HEADING_MAX_WORDS = 8
# ... unless the next paragraph points back at it: "‘Total contrived media garbage’ / That's
# how John Skipper characterized the claims": then the quotation is the story's.
_POINTS_BACK = re.compile(r"^(?:That|This|Those|These|Such|So)(?:'s|’s|\s+(?:is|was|were|are)\b)")


def is_quoted_heading(line: str) -> bool:
    return is_short(line, QUOTED_HEADING_MAX_WORDS) and bool(_QUOTED_HEADING.match(line))


def points_back(paragraph: str) -> bool:
    return bool(_POINTS_BACK.match(paragraph))


def is_correction_note(line: str) -> bool:
    if not is_short(line, PAGE_NOTE_MAX_WORDS):
        return False
    folded = _ignorecase_folded(line)  # (its two openings, or the word "version")
    marked = folded.startswith(("correction", "clarification")) or "version" in folded
    return marked and bool(_CORRECTION_NOTE.match(line))


def is_page_note(line: str) -> bool:
    """An embed's leftover markup or a section's byline heading."""
    return is_short(line, PAGE_NOTE_MAX_WORDS) and bool(
        _MARKUP_OPENING.match(line)
        # (a style rule opens with "@" or holds a brace; a gallery counter, digits)
        or (("{" in line or line.startswith("@")) and _STYLE_RULE.match(line))
        or (_DIGIT.search(line) is not None and _GALLERY_COUNTER.match(line))
        or (not ends_sentence(line) and _SECTION_BYLINE.match(line))
    )


# "Have you ever ...? Email England@bbc.co.uk with your tale": a call for readers' stories.
_STORY_CALL = re.compile(
    r"(?:^|[?!]\s+)(?:email|e-mail|write\s+to|contact)\s+\S+@\S+\s+(?:with|for|to)\b",
    re.IGNORECASE,
)


# A helpline box under a story on suicide or abuse: "If you or someone you know is ...,
# please call Lifeline on 13 11 14", "For confidential support call the Samaritans on 08457 90
# 90 90". Advice to the reader with a number to call, no statement of the story.
_HELPLINE = re.compile(
    r"(?:^|:\s*)(?:if\s+you(?:'ve|’ve|\s+have)?\s+(?:or\s+(?:someone|anyone|a\s+[\w\s]{1,20}?)\s+you"
    r"\s+know\b|been\s+affected\b|are\s+(?:in\s+crisis|struggling|feeling)\b)|for\s+"
    r"(?:confidential\s+)?support\b).{0,200}\b(?:call|text|contact|visit|ring)\b"
    # (a crisis line by name: "the Scottish SPCA helpline at 0300 ..." is a story's appeal)
    r"|\b(?:Samaritans|Lifeline|crisis\s+line)\b.{0,60}\b(?:on|at)\s+[\d(][\d\s().-]{5,}",
    re.IGNORECASE,
)
HELPLINE_MAX_WORDS = 70


def is_helpline(line: str) -> bool:
    if not is_short(line, HELPLINE_MAX_WORDS):
        return False
    # (advice opens the line or follows a colon, and says to call, text, contact, visit or
    # ring; or a crisis line is named)
    folded = _ignorecase_folded(line)
    advice = (folded.startswith(("if", "for")) or ":" in line) and _holds_any(
        folded, ("call", "text", "contact", "visit", "ring")
    )
    named = _holds_any(folded, ("samaritans", "lifeline", "crisis"))
    return (advice or named) and bool(_HELPLINE.search(line))


def is_contact_line(line: str) -> bool:
    return is_short(line, CONTACT_LINE_MAX_WORDS) and bool(
        _CONTACT_LINE.match(line) or ("@" in line and _STORY_CALL.search(line))
    )


def is_post_text(line: str) -> bool:
    """The text of an embedded post, known by the short link it ends with; only above a
    signature (see `clean.mark_embedded_posts`), since an article may cite a link too."""
    return bool(_POST_LINK.search(line))


# --- datelines and bylines: kept as metadata, not text --------------------------------------

_DATELINE = re.compile(
    r"^(?:(?:[A-Z][A-Z'.\-]+)(?:[ ,]+[A-Z][A-Za-z'.\-]*){0,4}"  # WASHINGTON / BEIRUT, Lebanon
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # , March 5
    r"\s*(?:\([A-Za-z][A-Za-z .&/-]{0,30}\))?"  # (Reuters)
    r"|\([A-Za-z][A-Za-z .&/-]{0,30}\))"  # or only (CNN)
    r"\s*(?:—|–|--|-)\s*(?=[A-Z\"“‘'0-9])"
)


# A desk's label before the text: "BREAKING: ...", "UPDATE 2 – ...", "DEVELOPING:".
_LABEL = re.compile(
    r"^(?:BREAKING(?: NEWS)?|DEVELOPING(?: STORY)?|UPDATED?(?: \d+)?|EXCLUSIVE|JUST IN)"
    r"\s*(?::|--|[-–—])(?!\d)\s*"  # not "UPDATE 2:52 p.m.", a time
)


def label_prefix(paragraph: str) -> str | None:
    """The desk label opening a paragraph, in capitals: a tag on the text, not part of it."""
    match = _LABEL.match(paragraph)
    return match.group() if match else None


# A stock-quote widget pasted inline after a company's name ("Hewlett-Packard Co. HPQ +2.00%",
# "Lenovo Group Ltd 0992.HK +0.68%"): the day's share move when the page was saved, not the
# text's figure. The explicit sign and two decimals are the widget's; prose writes "rose 2%".
_TICKER_QUOTE = re.compile(
    r"[^\S\n]+(?:[A-Z]{1,5}|\d{4,6}(?=\.[A-Z]))(?:\.[A-Z]{1,2})?[^\S\n]+[+\-−]\d{1,3}\.\d{2}%"
    r"(?=[\s,.;:)]|$)[^\S\n]*"
)


def ticker_quotes(paragraph: str) -> list[tuple[int, int]]:
    """The inline stock-quote widgets of a paragraph, each with the blanks around it."""
    if "%" not in paragraph:
        return []
    return [match.span() for match in _TICKER_QUOTE.finditer(paragraph)]


# A blog's pointer past its front-page teaser, closing a paragraph: "More details to follow,
# right after the jump." ("the jump" is the link to the rest of the post).
_JUMP_POINTER = re.compile(r"(?:^|(?<=[.!?\"”])[^\S\n]+)[^.!?\n]{0,80}\bafter the jump\b[.!:]?$")


def jump_pointers(paragraph: str) -> list[tuple[int, int]]:
    if "jump" not in paragraph:  # (most paragraphs: skip the scan)
        return []
    return [match.span() for match in _JUMP_POINTER.finditer(paragraph)]


def dateline_prefix(paragraph: str) -> str | None:
    """The leading "WASHINGTON —" or "LONDON, March 5 (Reuters) -" of a first paragraph."""
    match = _DATELINE.match(paragraph)
    if match is None or len(match.group()) > 80:
        return None
    head = match.group()
    # The place must start with a word in capitals (a dateline), not a capitalised sentence.
    first = re.match(r"[(]?([A-Za-z'.\-]+)", head)
    if first is None or not (head.startswith("(") or first.group(1).isupper()):
        return None
    return head


_BYLINE = re.compile(
    r"^[(]?\s*(?:written by|words by|story by|(?:additional )?reporting by|reported by|writing by|"
    r"editing by|by)\s*:?\s+(?P<rest>.+?)"
    r"\s*[)]?$",
    re.IGNORECASE,
)
_NAME_TOKEN = re.compile(r"^([A-Z][\w'’.-]*|[A-Z]\.|de|da|van|von|der|del|la|le|al|bin|ibn)$")
_NOT_NAMES = frozenset(m.capitalize() for m in MONTHS | WEEKDAYS) | {
    "The",
    "This",
    "That",
    "Then",
    "Now",
    "Midday",
    "Noon",
}


def byline_author(line: str) -> str | None:
    """The author named by a byline ("By Jane Doe, Associated Press"), or None."""
    if not is_short(line, 16):
        return None
    match = _BYLINE.match(line)
    if match is None:
        return None
    rest = match.group("rest")
    # Names end at the first comma, pipe, dash, semicolon, "for" or "in" (title or outlet follows).
    names_part = re.split(r"\s*(?:,|\||;|—|–| - |\bfor\b|\bin\b)\s*", rest, maxsplit=1)[0]
    people = [p.strip() for p in re.split(r"\s+and\s+|\s*&\s*", names_part) if p.strip()]
    if not people:
        return None
    for person in people:
        tokens = person.split()
        if not 1 <= len(tokens) <= 5 or tokens[0] in _NOT_NAMES:
            return None
        if not all(_NAME_TOKEN.match(t) for t in tokens):
            return None
    lowercase_words = [w for w in rest.split() if w[:1].islower()]
    if len(lowercase_words) > 3:
        return None
    return " and ".join(" ".join(_title_case(t) for t in p.split()) for p in people)


def _title_case(token: str) -> str:
    return token.capitalize() if token.isupper() and len(token) > 2 else token


# --- the line rules, in the order they are tried ---------------------------------------------

LineRule = Callable[[str], bool]

# (reason, rule, most words it can accept), in the order they are tried. A line has at most
# as many words as it has characters / 2 (a letter and a space), hence the bounds of the
# character-limited rules.
LINE_RULES: tuple[tuple[str, LineRule, int], ...] = (
    ("navigation", is_navigation, NAVIGATION_MAX_WORDS),
    ("image-file", is_image_file_name, IMAGE_FILE_MAX_WORDS),
    ("photo-credit", is_photo_credit, PHOTO_CREDIT_MAX_WORDS),
    ("view-counter", is_view_counter, VIEW_COUNTER_MAX_CHARS // 2),
    ("main-version-link", is_main_version_link, MAIN_VERSION_MAX_WORDS),
    ("bare-link", is_bare_link, 1),
    ("share-subscribe", is_share_or_subscribe, SHARE_MAX_WORDS),
    ("related-link", is_related_link, RELATED_RUN_MAX_WORDS),
    ("advertisement", is_advertisement, ADVERTISEMENT_MAX_CHARS // 2),
    ("player-prompt", is_player_prompt, PLAYER_PROMPT_MAX_WORDS),
    ("cookie-notice", is_cookie_notice, COOKIE_NOTICE_MAX_WORDS),
    ("comment-notice", is_comment_notice, COMMENT_NOTICE_MAX_WORDS),
    ("credit-line", is_credit_line, CREDIT_LINE_MAX_WORDS),
    ("embedded-post", is_post_signature, POST_SIGNATURE_MAX_WORDS),
    ("embedded-post", is_one_line_post, ONE_LINE_POST_MAX_WORDS),
    ("promo-call", is_promo_call, PROMO_CALL_MAX_WORDS),
    ("contact-line", is_contact_line, CONTACT_LINE_MAX_WORDS),
    ("helpline", is_helpline, HELPLINE_MAX_WORDS),
    ("page-note", is_page_note, PAGE_NOTE_MAX_WORDS),
    ("correction", is_correction_note, PAGE_NOTE_MAX_WORDS),
    ("dateline", is_timestamp, TIMESTAMP_MAX_CHARS // 2),
    ("caption", is_caption, CAPTION_MAX_WORDS),
    ("label-line", is_label_line, LABEL_LINE_MAX_WORDS),
)
# No debris line is longer than this (`is_short` of the longest rule); longer lines skip the
# rules (most paragraphs do).
MAX_DEBRIS_CHARS = 12 * CAPTION_MAX_WORDS

# Most lines of an article end as sentences, and each rule that can call such a line debris
# needs a mark in it: an opening word, a word or a sign inside. A line ending as a sentence with
# none of the marks below is article text, whatever the rules would say one by one, and
# `debris_reason` skips them. (The label line, the crumb menu, the caption's pointer, the
# section byline and the post signature never end as a sentence: they need no mark.)
#
# Openings (of the folded line), by the rules that need them:
_DEBRIS_OPENINGS = (
    # photo-credit: "Photo: ...", "Picture by", "Pics", "Image copyright", "Credit:", "Foto"
    *("photo", "pic", "image", "illustration", "credit", "foto"),
    # player-prompt: "Scroll down for video", "Your browser does not support ...", "Please
    # enable JavaScript to watch", "Video loading ..."
    *("scroll", "unfortunately", "you", "please", "video"),
    # navigation: "Tags:", "Topics:", "Categories:", "Filed under:", "Sections:", "Keywords:",
    # "Related topics:", "More on:"
    *("tag", "topic", "categor", "filed", "section", "keyword", "related", "more"),
    # related-link: "Related...", "Read more ...", "Also read:", "See also:", "More on this...",
    # "Watch:", "Recommended:", "Listen:", "Video:", "Photos:", "Gallery:", "Special:", ...
    *("read", "also", "see", "watch", "recommended", "listen", "gallery", "special"),
    *("trending", "popular", "promoted"),
    # promo-call: "Read/Download/Get this whitepaper to ...", "Stay tuned", "More to come"
    *("download", "get", "stay"),
    # contact-line: "To contact the author", "Contact the reporter", "You can reach", "Send
    # tips to", "Email your tips to"
    *("to", "contact", "send", "email", "e-mail"),
    # helpline: "If you or someone you know ...", "For confidential support ..."
    *("if", "for"),
    # bare-link (one word, however long)
    *("http", "www."),
    # page-note: "Photo gallery | 1 of 38", "Images 3 of 12", "Slides"
    "slide",
    # correction: "Correction: ...", "Clarification: ..."
    *("correction", "clarification"),
)
# Words (in the folded line), by the rules that need them:
_DEBRIS_WORDS = (
    "©",  # photo-credit
    "cookie",  # cookie-notice
    "contribut",  # credit-line: "contributed to this report", "originally published as"
    "originally",
    "click",  # promo-call: "click here", "tap here"
    "tap",
    "samaritans",  # helpline: a crisis line by name
    "lifeline",
    "crisis",
    "version",  # correction: "An earlier version of this article ..."
)
# Lines in reach of the rules bounded by 16 words (`is_short`: 192 characters) or by 100
# characters (time stamps, view counters, advertisements) also need one of these openings, or
# to be a share bar, a view counter or a time stamp (rules cheap enough to ask outright):
_SHORT_RULE_MAX_WORDS = 16
_SHORT_RULE_MAX_CHARS = 12 * _SHORT_RULE_MAX_WORDS
_SHORT_DEBRIS_OPENINGS = (
    # advertisement: "Advertisement", "Ad", "Sponsored content", "Story continues below",
    # "Continue reading below"
    *("ad", "sponsored", "story", "continue"),
    # main-version-link: "Link to main version", "Go to the full site", "Switch to ...", "View
    # ...", "Open ...", "Back to ...", "Return to ...", "Visit ..."
    *("link", "go", "switch", "view", "open", "back", "return", "visit"),
    # comment-notice: "Sorry, we are not accepting comments", "We're not ...", "Comments are
    # closed", "Leave/Post/Add/Write a comment", "Show/Hide/Load comments", "Be the first to
    # comment", "Join the conversation"
    *("sorry", "we", "comment", "leave", "post", "write", "show", "hide", "load", "be", "join"),
    # promo-call: "Developing...", "Breaking news.", "This story is developing."
    *("developing", "breaking", "this"),
)
_ADVICE_AFTER_COLON = re.compile(r":\s*(?:if|for)")  # (folded)
_IMAGE_FILE_MARK = re.compile(_IMAGE_EXTENSION)  # (folded; an image file's extension)


def _has_debris_mark(line: str) -> bool:
    """Whether a line ending as a sentence has a mark some rule in reach needs (see above)."""
    folded = _ignorecase_folded(line)
    opening = folded.lstrip()  # (rules that open with a word allow blanks before it)
    if (
        # advice after a label's colon: a helpline ("Support: If you ...")
        (":" in line and _ADVICE_AFTER_COLON.search(folded) is not None)
        # contact and story calls ("@"), a style rule ("{"), an embed's markup ("<"),
        # a one-line post ("(@", "pic.twitter.com/"), a wire caption opening ("FILE", "In this")
        or "@" in line
        or "{" in line
        or "pic.twitter.com/" in line
        or line.startswith(("<", "FILE", "In this"))
        # a photo credit in brackets: "(Photo by ...)", "[Image: ...]"
        or line.startswith(("(", "["))
        # a caption's credit in brackets; a reader call ending in "!" or an arrow
        or line.rstrip()[-1:] in (")", "]", "!", "→", "»", "›")
        # a promo call in capitals has no lower-case letter
        or _ASCII_LOWER.search(line) is None
        or opening.startswith(_DEBRIS_OPENINGS)
        or _holds_any(folded, _DEBRIS_WORDS)
    ):
        return True
    if len(line) > _SHORT_RULE_MAX_CHARS or (
        len(line) > TIMESTAMP_MAX_CHARS and word_count(line) > _SHORT_RULE_MAX_WORDS
    ):
        return False
    # (the share bar, the view counter and the time stamp are cheap enough to ask outright)
    return (
        opening.startswith(_SHORT_DEBRIS_OPENINGS)
        or _IMAGE_FILE_MARK.search(folded) is not None
        or is_share_or_subscribe(line)
        or is_view_counter(line)
        or is_timestamp(line)
    )


def debris_reason(line: str) -> str | None:
    """The name of the first line rule that calls this line debris, or None."""
    if len(line) > MAX_DEBRIS_CHARS or (ends_sentence(line) and not _has_debris_mark(line)):
        return None
    return _first_rule_reason(line)


# A site's furniture recurs within a few pages; a larger cache would only keep headlines and
# captions seen once (and would flatter a benchmark that reads the same files again).
_FIRST_RULE_CACHE_LINES = 1024


@lru_cache(maxsize=_FIRST_RULE_CACHE_LINES)
def _first_rule_reason(line: str) -> str | None:
    """The first line rule that calls the line debris. Cached: a site's furniture (share bars,
    navigation, "Advertisement") repeats on every page."""
    words = word_count(line)
    for reason, rule, max_words in LINE_RULES:
        if words <= max_words and rule(line):
            return reason
    return None


# --- "recently added" blocks -----------------------------------------------------------------

_BLOCK_HEADING = re.compile(
    r"^(recently added|latest( news| stories| articles| headlines| updates)?|"
    r"most (read|popular|viewed|shared|commented)|(read|see) (more|also)|"
    r"related( articles| stories| news| content| coverage| links| posts| reading)?|"
    r"more (stories|news|articles|headlines)|more (from|on|in) [\w' .&-]{1,40}|"
    r"you (may|might) (also )?(like|be interested in)|recommended( for you| stories| reading)?|"
    r"trending( now| stories)?|popular( now| stories| articles)?|top stories|editor'?s picks|"
    r"what to read next|don'?t miss|further reading|in other news|also on [\w .&-]{1,30}|"
    # an ad network's block of teaser headlines: "Ads by Adblade", "Around the web"
    r"ads by [\w .&-]{1,30}|sponsored (?:links|stories|content)|promoted (?:links|stories)|"
    r"(?:from|around) the web|paid content)"
    r"\s*:?$",
    re.IGNORECASE,
)


def is_block_heading(line: str) -> bool:
    """The heading of a list of links to other articles ("Recently added", "Most read")."""
    return len(line) <= 60 and bool(_BLOCK_HEADING.match(line))


def is_link_list_item(line: str) -> bool:
    """A line that reads like another article's headline, as listed under such a heading."""
    count = word_count(line)
    # (a teaser's trailing dots are no full stop: "35 Celebs Who Ruined Their Faces ...")
    teaser = line.endswith(("...", "…"))
    return count <= 20 and (
        teaser or not (ends_sentence(line) and line[-1] in ".\"”'’" and count > 8)
    )


# A teaser's title cut short by the page, dots glued to the last word: "Tiger jumps on car
# roof, bursts spare tire then takes cat...", "Islamic militant base near Kobani,...".
_CUT_SHORT = re.compile(r"[^\s.](?:\.\.\.|…)$")
TEASER_RUN_MIN_LINES = 5
TEASER_RUN_MIN_CUT_SHORT = 2
TEASER_MAX_WORDS = 15


def is_teaser_title(line: str) -> bool:
    """A line that can be one title of a video carousel or a teaser list: short, and not a
    sentence, unless the page cut it short."""
    return is_short(line, TEASER_MAX_WORDS) and (not ends_sentence(line) or is_cut_short(line))


def is_cut_short(line: str) -> bool:
    # (a match spans at most the last five characters: a letter, three dots, a newline)
    return bool(_CUT_SHORT.search(line[-5:]))


def looks_like_headline(line: str) -> bool:
    """A short line that can be an article's title: no full stop at the end."""
    return is_short(line, 25) and len(line) <= 200 and not line.endswith(".")
