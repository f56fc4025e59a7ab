"""The shared data model: every stage reads and returns these; the JSON schema comes from here.

Offsets (`start`, `end`) are Python string indices into `Article.text`, the cleaned text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    import pandas as pd

SCHEMA_VERSION: Literal["1"] = "1"


class Record(BaseModel):
    """Base for every model: unknown fields are errors, so typos never pass silently."""

    model_config = ConfigDict(extra="forbid")


class RemovedSegment(Record):
    """A piece of the input that cleaning dropped, and why."""

    reason: str = Field(description="name of the cleaning rule, e.g. 'navigation', 'image-file'")
    text: str
    at: int = Field(description="offset in the cleaned text where the segment stood")


class Article(Record):
    id: str = Field(description="stable id: hash of the cleaned text")
    source: str = Field(description="path or URL exactly as given")
    outlet: str
    title: str
    published: str | None = Field(default=None, description="ISO 8601 date or datetime")
    language: str = Field(default="und", description="ISO 639-1 code, 'und' when unknown")
    author: str | None = None
    text: str = Field(description="cleaned text; every offset in the dossier indexes this")
    removed: list[RemovedSegment] = Field(default_factory=list)
    duplicate_sources: list[str] = Field(
        default_factory=list, description="other inputs whose cleaned text was identical"
    )


class IngestError(Record):
    """One bad input: the file (and line or record) and the reason, for one clear line."""

    source: str
    reason: str


class Span(Record):
    article_id: str
    start: int
    end: int
    text: str


ValueKind = Literal[
    "quantity", "magnitude", "year", "date", "multiplier", "change", "ordinal", "age", "time"
]


class Value(Record):
    """A typed, normalised value found in a mention; equal things compare equal.

    quantity: low/high bounds (equal for an exact figure), unit, what is counted, qualifier.
    magnitude: a vague amount ("dozens") as an order-of-magnitude range low..high.
    year/date: ISO `date` ("2016", "2016-03", "2016-03-03"); `relative` when not resolved.
    multiplier/change: factor or fraction ("three times" -> 3, "halved" -> 0.5).
    """

    kind: ValueKind
    surface: str = Field(description="the text the value came from")
    start: int
    end: int
    low: float | None = None
    high: float | None = None
    unit: str | None = Field(default=None, description="'USD', 'percent', 'hour', ...")
    counted: str | None = Field(default=None, description="what is counted: 'workers', ...")
    per: str | None = Field(default=None, description="rate denominator: 'day', 'month'")
    qualifier: str | None = Field(default=None, description="'over', 'about', 'up to', ...")
    date: str | None = None
    relative: bool = False


Modality = Literal["asserted", "forecast", "hedged"]


class Mention(Record):
    """One checkable statement in one article: a sentence or clause with its values and sources."""

    id: str
    article_id: str
    start: int
    end: int
    text: str
    kind: Literal["figure", "date", "quote", "event"] = "event"
    values: list[Value] = Field(default_factory=list)
    quote: str | None = Field(default=None, description="the quoted words, for kind 'quote'")
    speaker: str | None = Field(default=None, description="who is quoted")
    claimant: str | None = Field(default=None, description="who the article says asserts it")
    modality: Modality = "asserted"
    modality_cues: list[tuple[int, int]] = Field(
        default_factory=list,
        description="offsets in text of the words that make it hedged or a forecast",
    )
    negated: bool = False
    entities: list[str] = Field(default_factory=list)


class MentionRef(Span):
    """A mention inside a claim, with the fields a reader checks."""

    mention_id: str
    values: list[Value] = Field(default_factory=list)
    claimant: str | None = None
    speaker: str | None = None
    modality: Modality = "asserted"
    negated: bool = False
    off_story: bool = False

    @classmethod
    def of(cls, mention: Mention, off_story: bool = False) -> MentionRef:
        """The reference to `mention` that a claim carries."""
        return cls(
            article_id=mention.article_id,
            start=mention.start,
            end=mention.end,
            text=mention.text,
            mention_id=mention.id,
            values=mention.values,
            claimant=mention.claimant,
            speaker=mention.speaker,
            modality=mention.modality,
            negated=mention.negated,
            off_story=off_story,
        )


Verdict = Literal["corroborated", "echoed", "contested", "single-source"]


class Claim(Record):
    id: str
    statement: str
    kind: str
    verdict: Verdict
    independent_origin_count: int
    origins: list[str] = Field(default_factory=list)
    mentions: list[MentionRef]
    note: str | None = Field(
        default=None, description="a caveat on the verdict, e.g. provenance not traced"
    )


ConflictKind = Literal[
    "value",
    "date",
    "magnitude",
    "modality",
    "claimant",
    "speaker",
    "detail",
    "denial",
    "distinct-figures",
]


class ConflictSide(Record):
    value: str
    mentions: list[Span]


class Conflict(Record):
    id: str
    kind: ConflictKind
    claim_ids: list[str]
    explanation: str
    sides: list[ConflictSide]


class Evidence(Record):
    """Why a derivation was drawn: aligned passages (a pair of spans) or an attribution span;
    or, on a partly independent derivation, the reporting it adds of its own (new quotes
    from new people, its own sources' statements)."""

    kind: Literal["passage", "attribution", "own-reporting"]
    spans: list[Span]
    similarity: float | None = None
    note: str | None = None


class Derivation(Record):
    article_id: str
    derived_from: str | None = Field(description="article id in the corpus, or origin name")
    origin: str | None = Field(default=None, description="the origin this article traces back to")
    kind: Literal["copy", "rewrite", "cites"]
    direction_known: bool = True
    uncredited: bool = Field(default=False, description="reuses passages without naming a source")
    partly_independent: bool = Field(
        default=False, description="cites an origin but adds reporting of its own"
    )
    evidence: list[Evidence] = Field(default_factory=list)


class Origin(Record):
    name: str
    article_ids: list[str]
    in_corpus: bool
    kind: Literal["article", "outlet", "agency", "external"] = "external"


class LensHit(Record):
    lens: str
    indicator: str
    status: Literal["supported", "reported", "single-source", "not found"]
    claim_ids: list[str] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)
    denials: list[Span] = Field(
        default_factory=list, description="sentences that deny or negate the indicator"
    )


class Story(Record):
    id: str
    title: str
    article_ids: list[str]
    origins: list[Origin] = Field(default_factory=list)
    independent_origin_count: int = 0
    derivations: list[Derivation] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    lens: list[LensHit] = Field(default_factory=list)
    off_story: list[Span] = Field(
        default_factory=list, description="passages about another story, kept out of verdicts"
    )


class Dossier(Record):
    schema_version: Literal["1"] = SCHEMA_VERSION
    generated_at: str
    articles: list[Article]
    stories: list[Story]
    mentions: list[Mention] = Field(default_factory=list)
    errors: list[IngestError] = Field(default_factory=list)
    notes: list[str] = Field(
        default_factory=list, description="what a stage did not do, said plainly"
    )

    def article(self, article_id: str) -> Article:
        for candidate in self.articles:
            if candidate.id == article_id:
                return candidate
        raise KeyError(article_id)

    def claims_df(self) -> pd.DataFrame:
        from firsthand.report.frames import claims_frame

        return claims_frame(self)

    def mentions_df(self) -> pd.DataFrame:
        from firsthand.report.frames import mentions_frame

        return mentions_frame(self)

    def conflicts_df(self) -> pd.DataFrame:
        from firsthand.report.frames import conflicts_frame

        return conflicts_frame(self)

    def sources_df(self) -> pd.DataFrame:
        from firsthand.report.frames import sources_frame

        return sources_frame(self)

    def _repr_html_(self) -> str:
        from firsthand.report.html import render_summary

        return render_summary(self)


# Words that open a sentence or clause before a name ("But Smith said", "As Reuters reported"):
# never part of the name.
LEADING_FUNCTION_WORDS = re.compile(
    r"^(?:(?:The|A|An|But|And|Or|So|Yet|In|On|At|As|If|When|While|After|Before|Since|"
    r"Although|Though|Because|Then|Now|Still|Also|However|Meanwhile|This|That|These|Those|It|"
    r"He|She|They|We|I|His|Her|Their|Its|Our|My|Asked|According|Last|Next|On|For|With|By|From|"
    r"Indeed|Instead|Meanwhile|Later|Earlier|Today|Finally|Moreover|Even|Only|Speaking|Writing|Of|"
    r"Was|Were|Is|Are|Has|Had|Did|Does|Do|Will|Would|Could|Asked|What|Why|How|Who|Where|There|"
    r"Whether|Under|Despite|During|Without|Amid|Against|Unlike|Like|Following|Until)"
    r"(?:\s+|$))+"
)


# Words that mark a name as an organisation's, not a person's ('Ministry', 'Times', 'Police'):
# the claims, reuse and align stages tell people from bodies by them.
ORGANISATION_WORDS = re.compile(
    r"\b(?:Department|Ministry|Agency|University|Committee|Party|House|Senate|Congress|Court|"
    r"Association|Company|Inc|Corp|Corporation|Group|News|Times|Post|Journal|Council|"
    r"Commission|Office|Service|Bank|Union|Institute|Foundation|Organization|Organisation|"
    r"Administration|Police|Army|Force|Forces|Church|School|College|Center|Centre|Club|"
    r"Street|City|County|State|States|Republic|Kingdom|Press|Reuters|Network|Bureau|Board|"
    r"Authority|Campaign|Fund|Trust|Ltd|LLC|Airlines|Airport|Hospital|Museum|Federation|"
    r"Coalition|Movement|Network|Agency|Guard|Navy|Fire|Watch|International|Project|Review|"
    r"Magazine|Television|Radio|TV|Channel|Twitter|Facebook|Google|Street|Avenue|Road|Society|"
    r"Exchange|Command|Government|Services|Embassy|League|Team|Media)\b"
)


def name_part(person: str) -> str:
    """The name of a speaker or claimant without the role it carries after a comma:
    "Chuck Schumer, the Senate minority leader" -> "Chuck Schumer"."""
    return person.split(",")[0]


def surname(person: str) -> str:
    """Last word of the name part of a speaker or claimant, as written: -> "Schumer"."""
    words = name_part(person).split()
    return words[-1].strip(".,'’") if words else ""


def dossier_schema() -> dict[str, Any]:
    return Dossier.model_json_schema()
