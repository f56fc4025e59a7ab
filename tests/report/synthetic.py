"""A hand-written dossier with every feature the report draws, built against the model.

Five articles on one invented event (a factory fire) plus a one-article story: origins in and
outside the corpus, an uncredited copy, claims of every verdict, conflicts of four kinds, a
lens hit with a denial, an off-story passage, removed segments, notes and an ingest error.
Article E carries markup that must come out as text.
"""

from __future__ import annotations

from typing import Any, Literal

from firsthand.model import (
    Article,
    Claim,
    Conflict,
    ConflictSide,
    Derivation,
    Dossier,
    Evidence,
    IngestError,
    LensHit,
    Mention,
    MentionRef,
    Origin,
    RemovedSegment,
    Span,
    Story,
    Value,
    ValueKind,
)

MentionKind = Literal["figure", "date", "quote", "event"]
ValueSpec = tuple[str, ValueKind, dict[str, Any]]

SCRIPT = "<script>alert(1)</script>"
IMAGE = "<img src=x onerror=alert(1)>"

TEXTS = {
    "a": (
        "A fire at the Kestrel textile plant in Dunmore killed 12 workers on Monday, "
        "fire officials said.\n\n"
        "Dozens of families gathered outside the plant gates through the night. "
        "Police said the cause was an electrical fault in the dyeing hall.\n\n"
        "The owner, Harlow Group, said the sprinkler system had been inspected in January. "
        "The company denied holding any worker's identity documents."
    ),
    "b": (
        "Twelve people died when fire swept through a textile plant in Dunmore, The Meridian "
        "Herald reported. A fire at the Kestrel plant killed 12 workers on Monday, "
        "according to the Herald.\n\n"
        "Dozens of families gathered outside the plant gates, the paper said."
    ),
    "c": (
        "A fire at the Kestrel textile plant in Dunmore killed 14 workers on Monday, "
        "fire officials said.\n\n"
        "Dozens of families gathered outside the plant gates through the night."
    ),
    "d": (
        "The Dunmore Fire Service said the blaze at the Kestrel plant began on Sunday evening "
        "and killed 12 workers.\n\n"
        "About 300 workers were evacuated from neighbouring units, the service said. "
        "Harlow Group said the sprinkler system had been inspected in January. "
        "Two workers said managers kept their passports in a locked office."
    ),
    "e": (
        "Readers reacted online to the Kestrel fire; one comment read "
        f"{SCRIPT} and another {IMAGE} before moderators removed them.\n\n"
        "The textile workers' union said the cause was an electrical fault.\n\n"
        "In other news, Dunmore Rovers beat Ashford 3-1 on Saturday in front of a home crowd."
    ),
    "f": (
        "The Dunmore council approved a new cycle lane on Hill Street on Tuesday after a "
        "two-hour debate."
    ),
}

META = {
    "a": ("The Meridian Herald", "Fire at Kestrel plant kills 12", "2024-03-12T07:10:00+00:00"),
    "b": ("Valley Courier", "Twelve dead in Dunmore factory fire", "2024-03-12T11:00:00+00:00"),
    "c": ("Daily Signal Online", "Kestrel fire: 14 dead", "2024-03-13T09:30:00+00:00"),
    "d": ("Northern Ledger", "Fire service: blaze began on Sunday", "2024-03-13"),
    "e": ("Coastline Weekly", "Kestrel fire: readers react", "2024-03-14"),
    "f": ("The Meridian Herald", "Council backs Hill Street cycle lane", "2024-03-15"),
}


def article_id(key: str) -> str:
    return f"art-{key}"


def span(key: str, words: str) -> Span:
    """The span of `words` in article `key`; fails loudly if the words are not there."""
    text = TEXTS[key]
    start = text.index(words)
    return Span(article_id=article_id(key), start=start, end=start + len(words), text=words)


def value(key: str, sentence: Span, surface: str, kind: ValueKind, **fields: Any) -> Value:
    start = TEXTS[key].index(surface, sentence.start)
    return Value(kind=kind, surface=surface, start=start, end=start + len(surface), **fields)


def _articles() -> list[Article]:
    removed = {
        "a": [
            RemovedSegment(reason="navigation", text="Home | World | Business", at=0),
            RemovedSegment(reason="related-links", text="Read more: plant safety", at=200),
        ],
        "e": [RemovedSegment(reason="cookie-banner", text="We use cookies <b>to</b> track", at=0)],
    }
    return [
        Article(
            id=article_id(key),
            source=f"https://{META[key][0].lower().replace(' ', '')}.example/{key}",
            outlet=META[key][0],
            title=META[key][1],
            published=META[key][2],
            language="en",
            text=text,
            removed=removed.get(key, []),
        )
        for key, text in TEXTS.items()
    ]


class _Claims:
    """Collects MentionRefs and the Mentions behind them."""

    def __init__(self) -> None:
        self.mentions: list[Mention] = []

    def ref(
        self,
        key: str,
        words: str,
        values: list[ValueSpec] | None = None,
        kind: MentionKind = "event",
        claimant: str | None = None,
    ) -> MentionRef:
        where = span(key, words)
        typed = [value(key, where, surface, vk, **extra) for surface, vk, extra in values or []]
        mention_id = f"m{len(self.mentions) + 1}"
        self.mentions.append(
            Mention(
                id=mention_id,
                article_id=where.article_id,
                start=where.start,
                end=where.end,
                text=where.text,
                kind=kind,
                values=typed,
                claimant=claimant,
            )
        )
        return MentionRef(
            **where.model_dump(), mention_id=mention_id, values=typed, claimant=claimant
        )


def build() -> Dossier:
    articles = _articles()
    found = _Claims()
    killed14: ValueSpec = ("14 workers", "quantity", {"low": 14, "high": 14, "counted": "workers"})
    a_fire = (
        "A fire at the Kestrel textile plant in Dunmore killed "
        "12 workers on Monday, fire officials said."
    )
    b_fire = "A fire at the Kestrel plant killed 12 workers on Monday, according to the Herald."
    c_fire = (
        "A fire at the Kestrel textile plant in Dunmore killed "
        "14 workers on Monday, fire officials said."
    )
    d_fire = (
        "The Dunmore Fire Service said the blaze at the Kestrel "
        "plant began on Sunday evening and killed 12 workers."
    )
    twelve: list[ValueSpec] = [
        ("12 workers", "quantity", {"low": 12, "high": 12, "counted": "workers"})
    ]
    death_toll = Claim(
        id="claim-toll",
        statement="The Kestrel plant fire killed 12 workers",
        kind="figure",
        verdict="contested",
        independent_origin_count=2,
        origins=["The Meridian Herald", "Dunmore Fire Service"],
        mentions=[
            found.ref("a", a_fire, twelve, kind="figure", claimant="fire officials"),
            found.ref("b", b_fire, twelve, kind="figure", claimant="The Meridian Herald"),
            found.ref("c", c_fire, [killed14], kind="figure", claimant="fire officials"),
            found.ref("d", d_fire, twelve, kind="figure", claimant="Dunmore Fire Service"),
        ],
    )
    start_day = Claim(
        id="claim-day",
        statement="The fire started on Monday",
        kind="date",
        verdict="contested",
        independent_origin_count=2,
        origins=["The Meridian Herald", "Dunmore Fire Service"],
        mentions=[
            found.ref("a", a_fire, [("Monday", "date", {"date": "2024-03-11"})], kind="date"),
            found.ref("d", d_fire, [("Sunday", "date", {"date": "2024-03-10"})], kind="date"),
        ],
    )
    evacuated = Claim(
        id="claim-evacuated",
        statement="About 300 workers were evacuated from neighbouring units",
        kind="figure",
        verdict="single-source",
        independent_origin_count=1,
        origins=["Dunmore Fire Service"],
        mentions=[
            found.ref(
                "d",
                "About 300 workers were evacuated from neighbouring units, the service said.",
                [
                    (
                        "About 300 workers",
                        "quantity",
                        {"low": 300, "high": 300, "qualifier": "about"},
                    )
                ],
                kind="figure",
                claimant="the service",
            )
        ],
    )
    sprinkler = Claim(
        id="claim-sprinkler",
        statement="Harlow Group said the sprinkler system had been inspected in January",
        kind="event",
        verdict="corroborated",
        independent_origin_count=2,
        origins=["The Meridian Herald", "Dunmore Fire Service"],
        mentions=[
            found.ref(
                "a",
                "The owner, Harlow Group, said the sprinkler system had been inspected in January.",
                claimant="Harlow Group",
            ),
            found.ref(
                "d",
                "Harlow Group said the sprinkler system had been inspected in January.",
                claimant="Harlow Group",
            ),
        ],
    )
    families = Claim(
        id="claim-families",
        statement="Dozens of families gathered outside the plant gates",
        kind="event",
        verdict="echoed",
        independent_origin_count=1,
        origins=["The Meridian Herald"],
        mentions=[
            found.ref(
                "a",
                "Dozens of families gathered outside the plant gates through the night.",
                [("Dozens", "magnitude", {"low": 24, "high": 99})],
            ),
            found.ref(
                "b",
                "Dozens of families gathered outside the plant gates, the paper said.",
                [("Dozens", "magnitude", {"low": 24, "high": 99})],
            ),
            found.ref(
                "c",
                "Dozens of families gathered outside the plant gates through the night.",
                [("Dozens", "magnitude", {"low": 24, "high": 99})],
            ),
        ],
    )
    cause = Claim(
        id="claim-cause",
        statement="The cause was an electrical fault",
        kind="event",
        verdict="contested",
        independent_origin_count=1,
        origins=["The Meridian Herald"],
        mentions=[
            found.ref(
                "a",
                "Police said the cause was an electrical fault in the dyeing hall.",
                claimant="Police",
            ),
            found.ref(
                "e",
                "The textile workers' union said the cause was an electrical fault.",
                claimant="The textile workers' union",
            ),
        ],
    )
    conflicts = [
        Conflict(
            id="conflict-toll",
            kind="value",
            claim_ids=["claim-toll"],
            explanation="Daily Signal Online gives 14 deaths where three other articles give 12.",
            sides=[
                ConflictSide(
                    value="12", mentions=[span("a", a_fire), span("b", b_fire), span("d", d_fire)]
                ),
                ConflictSide(value="14", mentions=[span("c", c_fire)]),
            ],
        ),
        Conflict(
            id="conflict-day",
            kind="date",
            claim_ids=["claim-day"],
            explanation=(
                "The fire service dates the start of the fire to Sunday; the Herald says Monday."
            ),
            sides=[
                ConflictSide(value="Monday", mentions=[span("a", a_fire)]),
                ConflictSide(value="Sunday", mentions=[span("d", d_fire)]),
            ],
        ),
        Conflict(
            id="conflict-cause",
            kind="claimant",
            claim_ids=["claim-cause"],
            explanation=(
                "The same cause is attributed to the police in "
                "one article and to the union in another."
            ),
            sides=[
                ConflictSide(
                    value="Police",
                    mentions=[
                        span(
                            "a", "Police said the cause was an electrical fault in the dyeing hall."
                        )
                    ],
                ),
                ConflictSide(
                    value="union",
                    mentions=[
                        span(
                            "e",
                            "The textile workers' union said the cause was an electrical fault.",
                        )
                    ],
                ),
            ],
        ),
        Conflict(
            id="conflict-markup",
            kind="detail",
            claim_ids=["claim-cause"],
            explanation=f"A side value with markup {SCRIPT} must stay text.",
            sides=[
                ConflictSide(value=SCRIPT, mentions=[span("e", f"one comment read {SCRIPT}")]),
                ConflictSide(value=IMAGE, mentions=[span("e", f"another {IMAGE}")]),
            ],
        ),
    ]
    derivations = [
        Derivation(
            article_id=article_id("b"),
            derived_from=article_id("a"),
            origin="The Meridian Herald",
            kind="rewrite",
            evidence=[
                Evidence(kind="attribution", spans=[span("b", "The Meridian Herald reported")]),
            ],
        ),
        Derivation(
            article_id=article_id("c"),
            derived_from=article_id("a"),
            origin="The Meridian Herald",
            kind="copy",
            uncredited=True,
            evidence=[
                Evidence(
                    kind="passage",
                    spans=[
                        span(
                            "a",
                            (
                                "Dozens of families gathered outside "
                                "the plant gates through the night."
                            ),
                        ),
                        span(
                            "c",
                            (
                                "Dozens of families gathered outside "
                                "the plant gates through the night."
                            ),
                        ),
                    ],
                    similarity=1.0,
                )
            ],
        ),
        Derivation(
            article_id=article_id("d"),
            derived_from="Dunmore Fire Service",
            origin="Dunmore Fire Service",
            kind="cites",
            partly_independent=True,
            evidence=[
                Evidence(kind="attribution", spans=[span("d", "The Dunmore Fire Service said")])
            ],
        ),
        Derivation(
            article_id=article_id("e"),
            derived_from=article_id("b"),
            origin="The Meridian Herald",
            kind="rewrite",
            direction_known=False,
        ),
    ]
    fire = Story(
        id="story-fire",
        title="Fire at the Kestrel textile plant in Dunmore",
        article_ids=[article_id(k) for k in "abcde"],
        origins=[
            Origin(
                name="The Meridian Herald",
                article_ids=[article_id(k) for k in "abce"],
                in_corpus=True,
                kind="article",
            ),
            Origin(
                name="Dunmore Fire Service",
                article_ids=[article_id("d")],
                in_corpus=False,
                kind="external",
            ),
        ],
        independent_origin_count=2,
        derivations=derivations,
        claims=[death_toll, start_day, evacuated, sprinkler, families, cause],
        conflicts=conflicts,
        lens=[
            LensHit(
                lens="ilo-forced-labour",
                indicator="retention of identity documents",
                status="single-source",
                evidence=[
                    span("d", "Two workers said managers kept their passports in a locked office.")
                ],
                denials=[span("a", "The company denied holding any worker's identity documents.")],
            )
        ],
        off_story=[
            span(
                "e",
                (
                    "In other news, Dunmore Rovers beat Ashford "
                    "3-1 on Saturday in front of a home crowd."
                ),
            )
        ],
    )
    council = Story(
        id="story-council",
        title="Hill Street cycle lane",
        article_ids=[article_id("f")],
    )
    return Dossier(
        generated_at="2024-03-16T10:00:00+00:00",
        articles=articles,
        stories=[fire, council],
        mentions=found.mentions,
        errors=[IngestError(source="inbox/broken.html", reason="not valid UTF-8 at byte 12")],
        notes=["lenses: only the built-in ILO forced-labour lens was applied"],
    )
