"""The lens stage on small made-up stories: statuses, denials, evidence offsets, user lenses."""

from __future__ import annotations

from pathlib import Path

import pytest

from firsthand.lenses import Lens, apply, load
from firsthand.model import Article, Claim, LensHit, Mention, MentionRef, Origin, Story

PASSPORTS = "retention-of-identity-documents"

SEIZED = (
    "Dozens of migrant workers at the packing plant say their employer confiscated their "
    "passports when they arrived. The workers, recruited through an agency, earn the minimum "
    "wage. The company did not reply to questions."
)
ALSO_SEIZED = (
    "Farm workers from Nepal told reporters that the recruiter kept their passports and work "
    "permits in his office. They were hired for the harvest."
)
DENIED = (
    "The company denied confiscating the workers' passports. A spokesman said every employee "
    "keeps their own documents and is paid on time."
)
OFF_TOPIC = "The city council approved a new budget on Tuesday. The mayor praised the vote."


def article(key: str, text: str) -> Article:
    return Article(id=key, source=f"{key}.txt", outlet=key, title=key, text=text)


def story_of(*articles: Article, **fields: object) -> Story:
    return Story(id="s1", title="t", article_ids=[a.id for a in articles], **fields)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def ilo() -> Lens:
    return load("ilo-forced-labour")


def hit(story: Story, indicator: str) -> LensHit:
    return next(h for h in story.lens if h.indicator == indicator)


def run(
    story: Story, articles: list[Article], lens: Lens, mentions: list[Mention] | None = None
) -> Story:
    return apply(story, articles, mentions or [], [lens])


def test_one_hit_per_indicator_with_exact_evidence_offsets(ilo: Lens) -> None:
    a = article("a", SEIZED)
    result = run(story_of(a), [a], ilo)
    assert [h.indicator for h in result.lens] == [i.id for i in ilo.indicators]
    found = hit(result, PASSPORTS)
    assert found.status == "single-source"
    assert found.lens == "ilo-forced-labour"
    (span,) = found.evidence
    assert a.text[span.start : span.end] == span.text
    assert span.text.startswith("Dozens of migrant workers")
    assert hit(result, "debt-bondage").status == "not found"


def test_two_articles_without_origins_are_reported_not_supported(ilo: Lens) -> None:
    a, b = article("a", SEIZED), article("b", ALSO_SEIZED)
    found = hit(run(story_of(a, b), [a, b], ilo), PASSPORTS)
    assert found.status == "reported"
    assert {span.article_id for span in found.evidence} == {"a", "b"}


def test_two_independent_origins_make_it_supported(ilo: Lens) -> None:
    a, b = article("a", SEIZED), article("b", ALSO_SEIZED)
    origins = [
        Origin(name="a", article_ids=["a"], in_corpus=True),
        Origin(name="b", article_ids=["b"], in_corpus=True),
    ]
    assert hit(run(story_of(a, b, origins=origins), [a, b], ilo), PASSPORTS).status == "supported"
    one_origin = [Origin(name="wire", article_ids=["a", "b"], in_corpus=False)]
    assert hit(run(story_of(a, b, origins=one_origin), [a, b], ilo), PASSPORTS).status == "reported"


def test_a_denial_is_kept_apart_and_never_counts(ilo: Lens) -> None:
    a, d = article("a", SEIZED), article("d", DENIED)
    origins = [
        Origin(name="a", article_ids=["a"], in_corpus=True),
        Origin(name="d", article_ids=["d"], in_corpus=True),
    ]
    found = hit(run(story_of(a, d, origins=origins), [a, d], ilo), PASSPORTS)
    assert found.status == "single-source"
    assert [span.article_id for span in found.evidence] == ["a"]
    assert [span.article_id for span in found.denials] == ["d"]
    only_denial = hit(run(story_of(d), [d], ilo), PASSPORTS)
    assert only_denial.status == "not found"
    assert only_denial.denials and not only_denial.evidence


def test_articles_not_about_work_are_never_tagged(ilo: Lens) -> None:
    travel = article(
        "t",
        "Customs officers confiscated the passports of two travellers at the airport. "
        "The city council approved a new budget on Tuesday.",
    )
    assert all(h.status == "not found" for h in run(story_of(travel), [travel], ilo).lens)


def mention_of(a: Article, sentence_start: str, key: str) -> Mention:
    start = a.text.index(sentence_start)
    end = a.text.index(".", start) + 1
    return Mention(id=key, article_id=a.id, start=start, end=end, text=a.text[start:end])


def claim_of(
    key: str, mentions: list[Mention], origins: int, verdict: str = "corroborated"
) -> Claim:
    return Claim(
        id=key,
        statement=mentions[0].text,
        kind="event",
        verdict=verdict,  # type: ignore[arg-type]
        independent_origin_count=origins,
        origins=[f"o{i}" for i in range(origins)],
        mentions=[
            MentionRef(
                mention_id=m.id, article_id=m.article_id, start=m.start, end=m.end, text=m.text
            )
            for m in mentions
        ],
    )


def test_claims_carry_their_origin_count_and_ids(ilo: Lens) -> None:
    a, b = article("a", SEIZED), article("b", ALSO_SEIZED)
    seized = mention_of(a, "Dozens", "m1")
    kept = mention_of(b, "Farm workers", "m2")
    budget = article("c", OFF_TOPIC)
    other = mention_of(budget, "The city", "m3")
    claims = [claim_of("c1", [seized, kept], origins=2), claim_of("c2", [other], origins=1)]
    found = hit(run(story_of(a, b, budget, claims=claims), [a, b, budget], ilo), PASSPORTS)
    assert found.status == "supported"
    assert found.claim_ids == ["c1"]


def test_a_claim_whose_mentions_include_a_denial_does_not_lend_its_origins(ilo: Lens) -> None:
    a, d = article("a", SEIZED), article("d", DENIED)
    claims = [
        claim_of("c1", [mention_of(a, "Dozens", "m1"), mention_of(d, "The company", "m2")], 2)
    ]
    found = hit(run(story_of(a, d, claims=claims), [a, d], ilo), PASSPORTS)
    assert found.status == "single-source"
    assert found.claim_ids == ["c1"]
    assert [span.article_id for span in found.denials] == ["d"]


def test_mentions_are_used_when_there_are_no_claims(ilo: Lens) -> None:
    a = article("a", SEIZED)
    wage = mention_of(a, "The workers", "m1")
    found = run(story_of(a), [a], ilo, mentions=[wage])
    assert hit(found, PASSPORTS).status == "not found"


def test_articles_missing_from_the_call_are_an_error(ilo: Lens) -> None:
    a = article("a", SEIZED)
    claims = [claim_of("c1", [mention_of(a, "Dozens", "m1")], 1)]
    with pytest.raises(ValueError, match="articles not given: a"):
        apply(story_of(a, claims=claims), [], [], [ilo])


SANCTIONS_LENS = """
name: sanctions-evasion
title: Sanctions-evasion signals
threshold: 0.4
indicators:
  - id: ship-to-ship-transfer
    label: Ship-to-ship transfer
    description: Cargo moved between vessels at sea to hide its origin.
    cues:
      - ship-to-ship|transferred ... at sea|offshore|mid-ocean
    examples:
      - The tanker transferred its oil to another vessel at sea to disguise where it came from.
      - Satellite images show a ship-to-ship transfer of crude off the coast at night.
    negatives:
      - The navy transferred the injured sailor to a hospital ship.
  - id: ais-dark
    label: Transponder switched off
    description: A vessel turns off its AIS transponder to hide its position.
    cues:
      - went dark|switched off|switching off|turned off ... ais|transponder
    examples:
      - The ship turned off its AIS transponder for three days near the port.
"""


def test_a_user_lens_from_a_yaml_file(tmp_path: Path) -> None:
    path = tmp_path / "sanctions.yaml"
    path.write_text(SANCTIONS_LENS, encoding="utf-8")
    lens = load(str(path))
    assert lens.name == "sanctions-evasion" and len(lens.indicators) == 2
    report = article(
        "r",
        "Analysts said the tanker went dark, switching off its AIS transponder near the strait. "
        "It later carried out a ship-to-ship transfer of oil at sea, the images show.",
    )
    result = apply(story_of(report), [report], [], [lens])
    statuses = {h.indicator: h.status for h in result.lens}
    assert statuses == {"ship-to-ship-transfer": "single-source", "ais-dark": "single-source"}
    assert all(h.lens == "sanctions-evasion" for h in result.lens)
