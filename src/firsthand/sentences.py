"""Sentence spans over cleaned text, shared by every stage that works per sentence."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

import nupunkt

# A sentence never opens with a closing bracket or a lower-case word ("iPhone" aside): such a
# piece follows a false stop after an abbreviation ("Rep. Paul Ryan (R-Wis.), who ...",
# "the R.N.C. did not respond"), so it is joined to the sentence before.
_CONTINUATION = re.compile(r"[)\]]|[a-z](?![a-z]*[A-Z])")
# ... nor does a name that follows a title written short: "said Pentagon press secretary Rear
# Adm. John Kirby", "Lt. Col. Steve Warren".
_TITLE_END = re.compile(
    r"\b(?:Adm|Gen|Brig|Maj|Col|Lt|Capt|Cmdr|Sgt|Cpl|Gov|Sen|Rep|Atty|Supt|Insp|Prof|Rev|Dr|Mr|"
    r"Mrs|Ms|Hon)\.$"
)
# Words that open a sentence and never continue a name: after a capitalised word, a stop is a
# sentence end only before one of them ("said Balmaceda.In the Argentinian version", but
# "Yahoo.Finance").
_OPENER = (
    r"(?:The|A|An|In|On|At|It|He|She|They|We|I|His|Her|Their|Its|This|That|These|Those|But|And|"
    r"However|While|When|After|Before|According|As|If|Although|There|Meanwhile|One|Some)\b"
)
# A stop glued to the next sentence, from pages that lost the space between them ("...apparent
# injuries.State television later ...", "...as well.“The myth ..."): nupunkt keeps the run as
# one sentence, which then takes the other sentence's speaker and claimant. Only after a
# lower-case word of two or more letters, a closing quotation mark or bracket, or a capitalised
# word before a sentence opener, so initials and abbreviations ("U.S.", "J.R.R.", "a.m.",
# "Gov.Sarah"), numbers ("No.5", "3.5"), names ("Yahoo.Finance") and lower-case file endings
# ("Amazon.com") never cut.
_GLUED_STOP = re.compile(
    r"(?:(?<![\w.@/#:])[a-z]{2,}|[”’\")\]]|(?<![\w.@/#:])[A-Z][a-z]+(?=[.!?]" + _OPENER + r"))"
    r"[.!?](?P<closing>[”’\"])?"
    # ... nor a file name's extension written in capitals ("photo.JPG")
    r"(?!(?:JPE?G|PNG|GIF|PDF|DOCX?|XLSX?|MP[34]|MOV|HTML?)\b)(?=[A-Z]|[“‘\"][^\W\d_])"
)
# A web or e-mail address around the stop is one token, not two sentences ("Paul.Bond@THR.com").
_WORD = re.compile(r"\w")
_ADDRESS = re.compile(r"@|/|www\.", re.IGNORECASE)


@lru_cache(maxsize=1)
def _tokenizer() -> nupunkt.PunktSentenceTokenizer:
    return nupunkt.load_default_model()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence; paragraphs (blank lines) always end a sentence."""
    spans: list[tuple[int, int]] = []
    tokenizer = _tokenizer()
    offset = 0
    for paragraph in text.split("\n"):
        if paragraph.strip():
            for start, end in tokenizer.span_tokenize(paragraph):
                piece = paragraph[start:end]
                lead = len(piece) - len(piece.lstrip())
                trail = len(piece.rstrip())
                if trail <= lead:
                    continue
                span = (offset + start + lead, offset + start + trail)
                joined = _CONTINUATION.match(piece, lead) or _TITLE_END.search(
                    text, spans[-1][0] if spans else 0, spans[-1][1] if spans else 0
                )
                if spans and spans[-1][1] > offset and joined:
                    spans[-1] = (spans[-1][0], span[1])
                else:
                    spans.append(span)
            cuts = [offset + cut for cut in _glued_stops(paragraph)]
            if cuts:
                spans = _cut(spans, cuts, offset, text)
        offset += len(paragraph) + 1
    return spans


def _glued_stops(paragraph: str) -> list[int]:
    """Where a sentence starts right after a stop with no space before it."""
    cuts: list[int] = []
    for stop in _GLUED_STOP.finditer(paragraph):
        token_start = paragraph.rfind(" ", 0, stop.start()) + 1
        token_end = paragraph.find(" ", stop.end())
        if _ADDRESS.search(paragraph, token_start, len(paragraph) if token_end < 0 else token_end):
            continue
        cut = stop.end()
        # A straight double quote opens when an even number of them stands before it: then
        # it belongs to the next sentence ('they said."Apple CEO' closes, 'well."The' may open).
        if stop.group("closing") == '"' and paragraph.count('"', 0, stop.start("closing")) % 2 == 0:
            cut = stop.start("closing")
        elif paragraph.startswith('"', cut) and paragraph.count('"', 0, cut) % 2:
            continue  # a closing quotation mark right after the stop: the run goes on
        cuts.append(cut)
    return cuts


def _cut(
    spans: list[tuple[int, int]], cuts: list[int], paragraph_start: int, text: str
) -> list[tuple[int, int]]:
    """`spans` cut at each of `cuts` inside them. A piece without a word is a closing quotation
    mark that nupunkt or a cut put at a sentence start ('here.|"The next'): it goes back to the
    sentence before it, within the paragraph."""
    cut_spans: list[tuple[int, int]] = []
    for start, end in spans:
        bounds = [start, *(cut for cut in cuts if start < cut < end), end]
        for piece in pairwise(bounds):
            wordless = _WORD.search(text, *piece) is None
            if wordless and cut_spans and cut_spans[-1][1] > paragraph_start:
                cut_spans[-1] = (cut_spans[-1][0], piece[1])
            else:
                cut_spans.append(piece)
    return cut_spans
