from __future__ import annotations

from pathlib import Path

import pytest

from firsthand.lenses import LensError, builtin, load

ILO_INDICATORS = {
    "abuse-of-vulnerability",
    "deception",
    "restriction-of-movement",
    "isolation",
    "physical-and-sexual-violence",
    "intimidation-and-threats",
    "retention-of-identity-documents",
    "withholding-of-wages",
    "debt-bondage",
    "abusive-working-and-living-conditions",
    "excessive-overtime",
}


def test_builtin_ilo_lens_has_the_eleven_indicators() -> None:
    assert "ilo-forced-labour" in builtin()
    lens = load("ilo-forced-labour")
    assert {indicator.id for indicator in lens.indicators} == ILO_INDICATORS
    for indicator in lens.indicators:
        assert indicator.label and indicator.description
        assert len(indicator.examples) >= 8 and indicator.negatives and indicator.cues


def test_every_builtin_example_passes_its_own_cue_gate() -> None:
    lens = load("ilo-forced-labour")
    for indicator in lens.indicators:
        for example in indicator.examples:
            assert any(cue.pattern.search(example) for cue in indicator.cues), (
                indicator.id,
                example,
            )


def _passes_gate(indicator_id: str, sentence: str) -> bool:
    indicator = load("ilo-forced-labour").indicator(indicator_id)
    return any(cue.pattern.search(sentence) for cue in indicator.cues)


# Kinds of phrasing the cue gate once missed: consequences instead of acts, promises and
# threats reported in speech, pay sent to someone else, debts told by how they grow.
@pytest.mark.parametrize(
    ("indicator_id", "sentence"),
    [
        ("restriction-of-movement", "The cook begged to go home and was told she could not."),
        ("withholding-of-wages", "Her earnings were sent straight to the agent in Jakarta."),
        ("debt-bondage", "Their loans grew with interest and penalties every month."),
        ("isolation", "The site lay a two-day drive from the nearest clinic."),
        ("excessive-overtime", "Packers stayed until 3 a.m. on delivery days."),
        (
            "intimidation-and-threats",
            "Staff were warned that immigration would deport anyone who joined the strike.",
        ),
        ("deception", "The agent said she would be earning 600 euros a month."),
        (
            "abusive-working-and-living-conditions",
            "The emergency exits on every floor were padlocked.",
        ),
    ],
)
def test_the_cue_gate_admits_indirect_phrasings(indicator_id: str, sentence: str) -> None:
    assert _passes_gate(indicator_id, sentence)


@pytest.mark.parametrize(
    ("indicator_id", "sentence"),
    [
        ("physical-and-sexual-violence", "The gates of the closed factory were chained shut."),
        ("deception", "The striker signed a new contract with the club."),
        ("deception", "Workers were made to stay until the order was finished."),
    ],
)
def test_the_cue_gate_keeps_out_locked_doors_and_new_contracts(
    indicator_id: str, sentence: str
) -> None:
    assert not _passes_gate(indicator_id, sentence)


def test_unknown_lens_names_the_choices() -> None:
    with pytest.raises(LensError, match="ilo-forced-labour"):
        load("no-such-lens")


def test_missing_lens_file(tmp_path: Path) -> None:
    with pytest.raises(LensError, match="not found"):
        load(str(tmp_path / "absent.yaml"))


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("- just a list", "mapping"),
        ("name: x\nindicators: []", "non-empty list"),
        ("name: x\nindicators:\n  - id: a\n    label: A\n    examples: [An example.]", "cues"),
        (
            "name: x\nindicators:\n  - {id: a, label: A, cues: [b], examples: [c]}\n"
            "  - {id: a, label: A2, cues: [b], examples: [c]}",
            "duplicate",
        ),
        (
            "name: x\nthreshold: 2\nindicators:\n  - {id: a, label: A, cues: [b], examples: [c]}",
            "threshold",
        ),
        ("name: x\nindicators:\n  - {id: a, label: A, cues: ['re:('], examples: [c]}", "cue"),
        ("name: [unclosed", "YAML"),
        (
            "name: x\nsecondary_gap: two\nindicators:\n"
            "  - {id: a, label: A, cues: [b], examples: [c]}",
            "secondary_gap",
        ),
    ],
)
def test_malformed_lens_file_names_file_and_problem(
    tmp_path: Path, body: str, problem: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(LensError, match=problem) as raised:
        load(str(path))
    assert str(path) in str(raised.value)


def test_secondary_gap_is_optional(tmp_path: Path) -> None:
    body = "name: x\nindicators:\n  - {id: a, label: A, cues: [b], examples: [c]}\n"
    path = tmp_path / "lens.yaml"
    path.write_text(body, encoding="utf-8")
    assert load(str(path)).secondary_gap is None
    path.write_text("secondary_gap: 0.2\n" + body, encoding="utf-8")
    assert load(str(path)).secondary_gap == 0.2
