"""Thin Typer front end: each command parses arguments, calls one API, prints."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from firsthand import report
from firsthand.ingest import DEFAULT_MAX_BYTES
from firsthand.model import Dossier, IngestError, dossier_schema
from firsthand.run import (
    Corpus,
    ExecutorName,
    add_to_store,
    analyze_corpus,
    load_corpus,
    make_executor,
)
from firsthand.run import Progress as ProgressCallback
from firsthand.store import Store, StoreError

app = typer.Typer(
    help="firsthand: what a pile of news articles really establishes, and on whose word.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True)
out = Console()

PathsArg = Annotated[list[str] | None, typer.Argument(help="files, folders or globs")]
DbOpt = Annotated[Path | None, typer.Option("--db", help="SQLite corpus store")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="no progress bars")]
MaxBytesOpt = Annotated[int, typer.Option("--max-bytes", help="largest article accepted, in bytes")]


def _report_errors(errors: list[IngestError]) -> None:
    for error in errors:
        # soft_wrap: one line per bad input, however narrow the terminal.
        err.print(
            f"[yellow]skipped[/] {escape(error.source)}: {escape(error.reason)}",
            highlight=False,
            soft_wrap=True,
        )


@contextmanager
def _progress(quiet: bool) -> Iterator[ProgressCallback | None]:
    if quiet:
        yield None
        return
    bars = Progress(
        TextColumn("{task.description:>8}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )
    tasks: dict[str, TaskID] = {}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bars.add_task(stage, total=total)
        bars.update(tasks[stage], completed=done)

    with bars:
        yield update


def _load(paths: list[str], db: Path | None, max_bytes: int) -> Corpus:
    """Reads `paths` (into the store `db` when given); one line per bad input; exits 1 when
    nothing at all could be read."""
    try:
        corpus = load_corpus(paths, db=db, max_bytes=max_bytes)
    except StoreError as error:
        err.print(f"[red]error[/] {escape(str(error))}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    _report_errors(corpus.errors)
    if not corpus.articles:
        err.print("[red]error[/] nothing could be read", highlight=False)
        raise typer.Exit(1)
    return corpus


@app.command()
def analyze(
    paths: PathsArg = None,
    db: DbOpt = None,
    out_path: Annotated[
        str, typer.Option("--out", "-o", help="output file (folder for csv); '-' = JSON on stdout")
    ] = "dossier.html",
    fmt: Annotated[
        report.Format | None,
        typer.Option("--format", "-f", help="html, json, csv or jsonld (default: from --out)"),
    ] = None,
    executor: Annotated[
        ExecutorName, typer.Option(help="where maps run: local, pool or dask")
    ] = "local",
    dask_address: Annotated[
        str | None, typer.Option(help="scheduler address for --executor dask")
    ] = None,
    lens: Annotated[
        list[str] | None, typer.Option("--lens", help="built-in lens name or YAML file")
    ] = None,
    quiet: QuietOpt = False,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
) -> None:
    """Run the whole pipeline and write the dossier."""
    if not paths and db is None:
        err.print("[red]error[/] give paths, --db, or both", highlight=False)
        raise typer.Exit(2)
    corpus = _load(paths or [], db, max_bytes)
    with _progress(quiet) as progress:
        dossier = analyze_corpus(
            corpus.articles,
            corpus.errors,
            make_executor(executor, dask_address),
            progress,
            lens_names=lens or ["ilo-forced-labour"],
            grouped=corpus.stories,
        )
    if out_path == "-":
        sys.stdout.write(report.to_json(dossier) + "\n")
        return
    target = Path(out_path)
    chosen = fmt or report.format_for(target)
    written = report.write(dossier, target, chosen)
    _print_summary(dossier)
    out.print(f"dossier: {written}", highlight=False)


def _print_summary(dossier: Dossier) -> None:
    claims = [c for s in dossier.stories for c in s.claims]
    by_verdict: dict[str, int] = {}
    for claim in claims:
        by_verdict[claim.verdict] = by_verdict.get(claim.verdict, 0) + 1
    conflicts = sum(len(s.conflicts) for s in dossier.stories)
    out.print(
        f"{len(dossier.articles)} articles, {len(dossier.stories)} stories, "
        f"{len(claims)} claims, {conflicts} conflicts",
        highlight=False,
    )
    for story in dossier.stories:
        out.print(
            f"  {story.title[:70]!s}: {len(story.article_ids)} articles, "
            f"{story.independent_origin_count} independent origin(s), "
            f"{len(story.conflicts)} conflicts",
            highlight=False,
        )
    if by_verdict:
        out.print(
            "  verdicts: " + ", ".join(f"{k} {v}" for k, v in sorted(by_verdict.items())),
            highlight=False,
        )
    for note in dossier.notes:
        out.print(f"  note: {note}", highlight=False)


@app.command()
def add(
    paths: Annotated[list[str], typer.Argument(help="files, folders or globs")],
    db: Annotated[Path, typer.Option("--db", help="SQLite corpus store")],
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
) -> None:
    """Ingest articles into the store and place them in stories; adding again changes nothing."""
    try:
        with Store(db) as store:
            corpus = add_to_store(paths, store, max_bytes=max_bytes)
    except StoreError as error:
        err.print(f"[red]error[/] {escape(str(error))}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    _report_errors(corpus.errors)
    out.print(
        f"{corpus.added} new, {corpus.read - corpus.added} already stored, "
        f"{len(corpus.errors)} skipped; {len(corpus.articles)} articles in "
        f"{len(corpus.stories or [])} stories in {db}",
        highlight=False,
    )
    if corpus.read == 0:
        err.print("[red]error[/] nothing could be read", highlight=False)
        raise typer.Exit(1)


@app.command()
def claims(
    paths: Annotated[list[str], typer.Argument(help="files, folders or globs")],
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object per mention")] = False,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
) -> None:
    """Print the claim mentions of each article."""
    from firsthand.claims import extract

    for article in _load(paths, None, max_bytes).articles:
        mentions = extract(article)
        if as_json:
            for mention in mentions:
                sys.stdout.write(mention.model_dump_json() + "\n")
            continue
        table = Table(title=f"{article.outlet}: {article.title}", show_lines=False)
        for column in ("kind", "text", "values", "speaker", "claimant", "modality"):
            table.add_column(column, overflow="fold")
        for mention in mentions:
            table.add_row(
                mention.kind,
                mention.text,
                "; ".join(v.surface for v in mention.values),
                mention.speaker or "",
                mention.claimant or "",
                mention.modality + (" (negated)" if mention.negated else ""),
            )
        out.print(table)


@app.command("stories")
def list_stories(
    paths: PathsArg = None,
    db: DbOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output")] = False,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
) -> None:
    """List the stories of a corpus with their articles."""
    from firsthand.stories import group

    corpus = _load(paths or [], db, max_bytes)
    by_id = {a.id: a for a in corpus.articles}
    grouped = corpus.stories if corpus.stories is not None else group(corpus.articles)
    if as_json:
        sys.stdout.write(
            json.dumps([s.model_dump(include={"id", "title", "article_ids"}) for s in grouped])
            + "\n"
        )
        return
    for story in grouped:
        out.print(f"[bold]{story.id}[/] {story.title} ({len(story.article_ids)})", highlight=False)
        for article_id in story.article_ids:
            article = by_id[article_id]
            out.print(f"   {article.outlet}: {article.title}  [dim]{article.source}[/]")


@app.command()
def schema() -> None:
    """Print the dossier's JSON Schema."""
    sys.stdout.write(json.dumps(dossier_schema(), indent=2) + "\n")


@app.command("lenses")
def list_lenses() -> None:
    """List the built-in lenses."""
    from firsthand.lenses import builtin, load

    for name in builtin():
        lens = load(name)
        out.print(f"{name}: {lens.title} ({len(lens.indicators)} indicators)", highlight=False)


@app.command()
def serve(
    db: Annotated[Path, typer.Option("--db", help="SQLite corpus store")],
    host: Annotated[str, typer.Option(help="address to bind")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8000,
) -> None:
    """Start the local web UI over a corpus store."""
    import uvicorn

    from firsthand.report.web import create_app

    uvicorn.run(create_app(db), host=host, port=port)
