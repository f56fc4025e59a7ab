"""The pipeline over a store: incremental adds place articles in stories without regrouping."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import numpy as np
from typer.testing import CliRunner

from firsthand import analyze
from firsthand.cli import app
from firsthand.run import STORY_INDEX_BLOB, add_to_store
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
    assert sizes == [2, 6]  # examples/EXPECTED.md, section 13: the Kessling story and the strike
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


def test_a_store_with_an_index_of_an_older_format_is_regrouped(tmp_path: Path) -> None:
    # Story indexes before format 3 weighed terms otherwise: the next add rebuilds the index.
    files = [str(f) for f in sorted(EXAMPLES.iterdir())]
    with Store(tmp_path / "c.db") as store:
        add_to_store(files[:3], store)
        blob = store.load_blob(STORY_INDEX_BLOB)
        assert blob is not None
        with np.load(io.BytesIO(blob)) as archive:
            arrays = {name: archive[name] for name in archive.files}
        header = {**json.loads(arrays["header"].tobytes()), "format": 2}
        arrays["header"] = np.frombuffer(json.dumps(header).encode(), dtype=np.uint8)
        buffer = io.BytesIO()
        np.savez_compressed(buffer, **arrays)
        store.save_blob(STORY_INDEX_BLOB, buffer.getvalue())
        corpus = add_to_store(files[3:], store)
    assert sorted(len(s.article_ids) for s in corpus.stories or []) == [2, 6]
