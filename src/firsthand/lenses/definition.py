"""Lens definition files: YAML taxonomies (indicators with cues, examples and near misses)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from firsthand.lenses.cues import DEFAULT_DENIALS, Cue, CueError, compile_cue

DEFAULT_THRESHOLD = 0.5
DEFAULT_MARGIN = 0.0


class LensError(ValueError):
    """A lens that cannot be found or whose definition file is malformed (message names it)."""


@dataclass(frozen=True)
class Indicator:
    id: str
    label: str
    description: str
    cues: tuple[Cue, ...]
    examples: tuple[str, ...]
    negatives: tuple[str, ...]
    threshold: float


@dataclass(frozen=True)
class Lens:
    name: str
    title: str
    source: str
    indicators: tuple[Indicator, ...]
    context: tuple[Cue, ...]
    context_min: int
    denials: tuple[Cue, ...]
    margin: float
    secondary_gap: float | None
    path: str
    trained: bool = False  # a built-in lens with weights (data/NAME.npz): see `trained`

    def indicator(self, indicator_id: str) -> Indicator:
        for candidate in self.indicators:
            if candidate.id == indicator_id:
                return candidate
        raise KeyError(f"lens {self.name!r} has no indicator {indicator_id!r}")

    def in_context(self, text: str) -> bool:
        """Whether an article is the kind of text this lens is about (always, if no context):
        at least `context_min` of the context cues occur in it."""
        if not self.context:
            return True
        found = 0
        for cue in self.context:
            found += bool(cue.pattern.search(text))
            if found >= self.context_min:
                return True
        return False


def _builtin_folder() -> Traversable:
    return resources.files("firsthand.lenses") / "data"


def builtin_text(name: str) -> str:
    return (_builtin_folder() / f"{name}.yaml").read_text(encoding="utf-8")


def weights_file(name: str) -> Traversable:
    """Where a built-in lens's trained weights are (the file may not exist)."""
    return _builtin_folder() / f"{name}.npz"


def builtin() -> list[str]:
    """Names of the lenses shipped with the package."""
    folder = _builtin_folder()
    return sorted(
        entry.name.removesuffix(".yaml")
        for entry in folder.iterdir()
        if entry.name.endswith(".yaml")
    )


def load(name_or_path: str) -> Lens:
    """A built-in lens by name, or a lens definition file (.yaml / .yml) by path."""
    if name_or_path in builtin():
        lens = parse(builtin_text(name_or_path), where=f"built-in lens {name_or_path}")
        return replace(lens, trained=weights_file(name_or_path).is_file())
    path = Path(name_or_path)
    if path.suffix.lower() in (".yaml", ".yml"):
        if not path.is_file():
            raise LensError(f"{path}: lens file not found")
        return parse(path.read_text(encoding="utf-8"), where=str(path))
    raise LensError(
        f"{name_or_path!r}: not a built-in lens ({', '.join(builtin())}) nor a .yaml file"
    )


def parse(text: str, where: str) -> Lens:
    """Builds a Lens from YAML text; `where` names the source in every error."""
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as problem:
        raise LensError(f"{where}: not valid YAML: {problem}") from problem
    if not isinstance(document, dict):
        raise LensError(f"{where}: expected a mapping with 'name' and 'indicators'")
    name = _text(document, "name", where)
    threshold = _number(document, "threshold", where, DEFAULT_THRESHOLD)
    raw_indicators = document.get("indicators")
    if not isinstance(raw_indicators, list) or not raw_indicators:
        raise LensError(f"{where}: 'indicators' must be a non-empty list")
    indicators = tuple(
        _indicator(raw, f"{where}: indicator #{number}", threshold)
        for number, raw in enumerate(raw_indicators, start=1)
    )
    ids = [indicator.id for indicator in indicators]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise LensError(f"{where}: duplicate indicator id(s): {', '.join(duplicates)}")
    denials = document.get("denials", list(DEFAULT_DENIALS))
    return Lens(
        name=name,
        title=str(document.get("title") or name),
        source=str(document.get("source") or ""),
        indicators=indicators,
        context=_cues(document.get("context", []), f"{where}: context", allow_empty=True),
        context_min=_count(document, "context_min", where),
        denials=_cues(denials, f"{where}: denials", allow_empty=True),
        margin=_number(document, "margin", where, DEFAULT_MARGIN),
        secondary_gap=_gap(document, "secondary_gap", where),
        path=where,
    )


def _indicator(raw: Any, where: str, default_threshold: float) -> Indicator:
    if not isinstance(raw, dict):
        raise LensError(f"{where}: expected a mapping with id, label, cues and examples")
    indicator_id = _text(raw, "id", where)
    where = f"{where} ({indicator_id})"
    return Indicator(
        id=indicator_id,
        label=_text(raw, "label", where),
        description=str(raw.get("description") or "").strip(),
        cues=_cues(raw.get("cues"), f"{where}: cues", allow_empty=False),
        examples=_sentences(raw.get("examples"), f"{where}: examples", allow_empty=False),
        negatives=_sentences(raw.get("negatives", []), f"{where}: negatives", allow_empty=True),
        threshold=_number(raw, "threshold", where, default_threshold),
    )


def _text(mapping: dict[str, Any], key: str, where: str) -> str:
    value = mapping.get(key)
    if not isinstance(value, str) or not value.strip():
        raise LensError(f"{where}: '{key}' must be a non-empty string")
    return value.strip()


def _number(mapping: dict[str, Any], key: str, where: str, default: float) -> float:
    value = mapping.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not -1 <= value <= 1:
        raise LensError(f"{where}: '{key}' must be a number between -1 and 1, got {value!r}")
    return float(value)


def _gap(mapping: dict[str, Any], key: str, where: str) -> float | None:
    """An optional non-negative cosine difference (None when absent: no limit)."""
    if key not in mapping:
        return None
    value = _number(mapping, key, where, 0.0)
    if value < 0:
        raise LensError(f"{where}: '{key}' must not be negative, got {value!r}")
    return value


def _count(mapping: dict[str, Any], key: str, where: str) -> int:
    value = mapping.get(key, 1)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise LensError(f"{where}: '{key}' must be a whole number of at least 1, got {value!r}")
    return value


def _sentences(value: Any, where: str, allow_empty: bool) -> tuple[str, ...]:
    if not isinstance(value, list) or (not value and not allow_empty):
        raise LensError(f"{where}: must be a {'' if allow_empty else 'non-empty '}list")
    if not all(isinstance(item, str) and item.strip() for item in value):
        raise LensError(f"{where}: every entry must be a non-empty string")
    return tuple(item.strip() for item in value)


def _cues(value: Any, where: str, allow_empty: bool) -> tuple[Cue, ...]:
    phrases = _sentences(value, where, allow_empty)
    try:
        return tuple(compile_cue(phrase) for phrase in phrases)
    except CueError as problem:
        raise LensError(f"{where}: {problem}") from problem
