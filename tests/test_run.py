"""The pipeline over a store: incremental adds place articles in stories without regrouping."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from firsthand import analyze
from firsthand.cli import app
from firsthand.run import add_to_store
from firsthand.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"


def test_adding_in_two_batches_gives_the_batch_grouping(tmp_path: Path) -> None:
    files = sorted(EXAMPLES.iterdir())
    with Store(tmp_path / "c.db") as store:
        first = add_to_store([str(f) for f in files[:3]], store)
        placed_first = {a_id: s.id for s in first.stories or [] for a_id in s.article_ids}
        second = add_to_store([str(f) for f in files[3:]], store)
        again = add_to_store([str(f) for f in files], store)
    assert again.added == 0
    assert len(second.articles) == 8
    sizes = sorted(len(s.article_ids) for s in second.stories or [])
    assert sizes == [1, 2, 5]
    kept = {a_id: s.id for s in second.stories or [] for a_id in s.article_ids}
    assert all(kept[a_id] == story for a_id, story in placed_first.items())


def test_analyze_api_with_a_store_matches_the_plain_run(tmp_path: Path) -> None:
    plain = analyze([EXAMPLES])
    stored = analyze([EXAMPLES], db=tmp_path / "c.db")
    assert sorted(len(s.article_ids) for s in stored.stories) == sorted(
        len(s.article_ids) for s in plain.stories
    )
    assert {a.id for a in stored.articles} == {a.id for a in plain.articles}


def test_analyze_command_writes_json_to_stdout_and_reports_bad_input(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(corpus), "--out", "-", "--quiet"])
    assert result.exit_code == 0
    assert '"schema_version": "1"' in result.stdout
    assert "empty.txt" in result.stderr


def test_analyze_command_fails_only_when_nothing_could_be_read(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(tmp_path), "--out", "-", "--quiet"])
    assert result.exit_code == 1
    assert "nothing could be read" in result.stderr
