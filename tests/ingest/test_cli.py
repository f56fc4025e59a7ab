"""`firsthand add` through the CLI: one line per bad input, exit 1 only when nothing was read."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from firsthand.cli import app
from firsthand.store import Store

# Written for this test: two short news paragraphs.
STORY = (
    "OUTLET: The Harbour Gazette\nPUBLISHED: 2024-03-05\n\nWarehouse fire closes port road\n\n"
    "A fire destroyed a warehouse near the port on Tuesday night, the fire service said. "
    "Nobody was hurt, but the coast road will stay closed until Thursday.\n"
)
OTHER = "Council approves budget\n\nThe council approved the budget on Monday after a long debate."


def add(*arguments: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["add", *arguments])
    return result.exit_code, result.stdout, result.stderr


def test_add_reports_each_bad_input_on_one_line(tmp_path: Path) -> None:
    (tmp_path / "fire.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "budget.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text("{nope\n", encoding="utf-8")
    db = tmp_path / "corpus.db"

    code, out, err = add(str(tmp_path), str(tmp_path / "missing.html"), "--db", str(db))

    assert code == 0
    assert err.splitlines() == [
        f"skipped {tmp_path / 'bad.jsonl'}:1: malformed JSON at column 2: "
        "Expecting property name enclosed in double quotes",
        f"skipped {tmp_path / 'empty.txt'}: empty file",
        f"skipped {tmp_path / 'missing.html'}: no such file or folder",
    ]
    assert out.startswith("2 new, 0 already stored, 3 skipped; 2 articles in")
    with Store(db) as store:
        fire = next(a for a in store.articles() if a.outlet == "The Harbour Gazette")
    assert (fire.title, fire.published) == ("Warehouse fire closes port road", "2024-03-05")


def test_adding_again_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "fire.txt").write_text(STORY, encoding="utf-8")
    db = tmp_path / "corpus.db"
    add(str(tmp_path / "fire.txt"), "--db", str(db))
    with Store(db) as store:
        before = store.articles()

    code, out, _ = add(str(tmp_path / "fire.txt"), "--db", str(db))

    assert code == 0
    assert out.startswith("0 new, 1 already stored, 0 skipped; 1 articles in")
    with Store(db) as store:
        assert store.articles() == before


def test_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "binary.txt").write_bytes(b"\x00" * 64)
    code, _, err = add(str(tmp_path / "binary.txt"), "--db", str(tmp_path / "corpus.db"))
    assert code == 1
    assert err.splitlines() == [
        f"skipped {tmp_path / 'binary.txt'}: binary file, not text",
        "error nothing could be read",
    ]


def test_a_file_that_is_not_a_store_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "fire.txt").write_text(STORY, encoding="utf-8")
    not_a_store = tmp_path / "notes.db"
    not_a_store.write_text("these are my notes, not a database\n" * 100, encoding="utf-8")
    code, _, err = add(str(tmp_path / "fire.txt"), "--db", str(not_a_store))
    assert code == 1
    assert err.startswith(f"error {not_a_store}: not a firsthand store")
    assert len(err.splitlines()) == 1
