"""The local web UI: server-rendered pages over a corpus store, with the JSON of every page.

`/` lists stories (with search), `/stories/{id}` is the story as in the dossier, `/add` takes
uploads or a folder path and runs the job in a background thread (progress at `/jobs/{id}`).
Each page's data is at the matching `/api/...` route, documented in the OpenAPI schema.

The app answers only to local host names and refuses form posts from other origins: a web
page elsewhere cannot make it read the user's files (DNS rebinding, cross-site forms).
"""

from __future__ import annotations

import hashlib
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Literal, Protocol
from urllib.parse import urlsplit

from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from firsthand.ingest import DEFAULT_MAX_BYTES
from firsthand.model import Article, Dossier, IngestError, Mention, Story
from firsthand.report.html import dossier_title, render, render_dossier
from firsthand.report.text import ReportError
from firsthand.report.view import DossierView, StoryView, dossier_view
from firsthand.run import Corpus, analyze_corpus, ingest_paths
from firsthand.run import Progress as ProgressCallback

LOCAL_HOSTS = ("127.0.0.1", "localhost", "[::1]")
KEPT_JOBS = 50


class CorpusStore(Protocol):
    def add(self, articles: list[Article]) -> int: ...
    def articles(self) -> list[Article]: ...
    def close(self) -> None: ...


class Analyze(Protocol):
    def __call__(
        self, articles: Sequence[Article], *, progress: ProgressCallback | None = None
    ) -> Dossier: ...


Ingest = Callable[[Iterable[str]], Corpus]
StoreFactory = Callable[[Path], CorpusStore]


# -- response models -----------------------------------------------------------------------


class StorySummary(BaseModel):
    id: str
    title: str
    summary: str = Field(description="what the independent-origin count means, in a sentence")
    articles: int
    independent_origins: int
    origins_traced: bool = Field(description="false when the reuse stage named no origin")
    claims: int
    conflicts: int
    first_published: str | None
    last_published: str | None


class StoriesPage(BaseModel):
    query: str | None
    total_articles: int
    stories: list[StorySummary]
    notes: list[str]
    errors: list[IngestError]


class StoryPage(BaseModel):
    story: Story
    summary: str
    articles: list[Article] = Field(description="the story's articles, oldest first")
    mentions: list[Mention]


JobState = Literal["queued", "reading", "storing", "analysing", "done", "failed"]


class Job(BaseModel):
    id: str
    created_at: str
    inputs: list[str] = Field(description="the folder or the uploaded file names")
    state: JobState = "queued"
    stage: str | None = Field(default=None, description="pipeline stage while analysing")
    done: int = 0
    total: int = 0
    read: int = Field(default=0, description="articles read from the inputs")
    added: int | None = Field(default=None, description="of those, new to the store")
    errors: list[IngestError] = Field(default_factory=list)
    message: str | None = None

    @property
    def finished(self) -> bool:
        return self.state in ("done", "failed")


class FolderRequest(BaseModel):
    path: str = Field(min_length=1, description="a file or folder on this machine")


# -- the corpus and its analysis -----------------------------------------------------------


class Library:
    """The store, its latest analysis (cached by content hash), and the add jobs."""

    def __init__(
        self, db_path: Path, store: StoreFactory, ingest: Ingest, analyze: Analyze
    ) -> None:
        self.db_path = db_path
        self.open_store = store
        self.ingest = ingest
        self.analyze = analyze
        self._analysis_lock = threading.Lock()
        self._cached: tuple[str, Dossier, DossierView] | None = None
        self._jobs_lock = threading.Lock()
        self._jobs: dict[str, Job] = {}

    def stored(self) -> list[Article]:
        store = self.open_store(self.db_path)
        try:
            return store.articles()
        finally:
            store.close()

    def analysis(self, progress: ProgressCallback | None = None) -> tuple[Dossier, DossierView]:
        """The dossier of the stored corpus, recomputed only when its content changed."""
        with self._analysis_lock:
            articles = self.stored()
            key = hashlib.sha256("\n".join(sorted(a.id for a in articles)).encode()).hexdigest()
            if self._cached is None or self._cached[0] != key:
                dossier = self.analyze(articles, progress=progress)
                self._cached = (key, dossier, dossier_view(dossier))
            return self._cached[1], self._cached[2]

    # -- jobs ---------------------------------------------------------------------------

    def job(self, job_id: str) -> Job:
        with self._jobs_lock:
            if job_id not in self._jobs:
                raise HTTPException(404, f"no job {job_id!r}")
            return self._jobs[job_id].model_copy(deep=True)

    def jobs(self) -> list[Job]:
        with self._jobs_lock:
            return [j.model_copy(deep=True) for j in reversed(self._jobs.values())]

    def _update(self, job_id: str, **fields: object) -> None:
        with self._jobs_lock:
            job = self._jobs[job_id]
            self._jobs[job_id] = job.model_copy(update=fields)

    def start(
        self,
        inputs: list[str],
        paths: list[str],
        renamed: dict[str, str] | None = None,
        errors: list[IngestError] | None = None,
        workdir: tempfile.TemporaryDirectory[str] | None = None,
    ) -> Job:
        """Starts reading `paths` into the store in a thread; returns the queued job."""
        job = Job(
            id=uuid.uuid4().hex,
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            inputs=inputs,
            errors=list(errors or []),
        )
        with self._jobs_lock:
            self._jobs[job.id] = job
            finished = [j.id for j in self._jobs.values() if j.finished]
            for old_id in finished[: max(0, len(self._jobs) - KEPT_JOBS)]:
                del self._jobs[old_id]
        thread = threading.Thread(
            target=self._run, args=(job.id, paths, renamed or {}, workdir), daemon=True
        )
        thread.start()
        return job

    def _run(
        self,
        job_id: str,
        paths: list[str],
        renamed: dict[str, str],
        workdir: tempfile.TemporaryDirectory[str] | None,
    ) -> None:
        try:
            self._update(job_id, state="reading")
            corpus = self.ingest(paths)
            # Uploads were saved under a temporary folder: name them as the user did.
            articles = [
                a.model_copy(update={"source": renamed.get(a.source, a.source)})
                for a in corpus.articles
            ]
            errors = self.job(job_id).errors + [
                e.model_copy(update={"source": renamed.get(e.source, e.source)})
                for e in corpus.errors
            ]
            self._update(job_id, state="storing", read=len(articles), errors=errors)
            store = self.open_store(self.db_path)
            try:
                added = store.add(articles)
            finally:
                store.close()
            self._update(job_id, state="analysing", added=added)

            def progress(stage: str, done: int, total: int) -> None:
                self._update(job_id, stage=stage, done=done, total=total)

            self.analysis(progress)
            self._update(job_id, state="done", stage=None)
        except Exception as error:  # a job reports any failure on its page, not in a log
            self._update(job_id, state="failed", message=f"{type(error).__name__}: {error}")
        finally:
            if workdir is not None:
                workdir.cleanup()


def _summaries(view: DossierView, query: str | None) -> list[StorySummary]:
    wanted = (query or "").strip().lower()
    by_id = {a.id: a for a in view.dossier.articles}
    found = []
    for story_view in view.stories:
        story = story_view.story
        haystack = [story.title] + [
            f"{by_id[i].title}\n{by_id[i].outlet}\n{by_id[i].text}" for i in story.article_ids
        ]
        if wanted and not any(wanted in text.lower() for text in haystack):
            continue
        dates = sorted(a.article.published for a in story_view.articles if a.article.published)
        found.append(
            StorySummary(
                id=story.id,
                title=story.title,
                summary=story_view.summary,
                articles=len(story.article_ids),
                independent_origins=story.independent_origin_count,
                origins_traced=bool(story.origins),
                claims=len(story.claims),
                conflicts=len(story.conflicts),
                first_published=dates[0] if dates else None,
                last_published=dates[-1] if dates else None,
            )
        )
    return found


def _story_view(view: DossierView, story_id: str) -> StoryView:
    for story_view in view.stories:
        if story_view.story.id == story_id:
            return story_view
    raise HTTPException(404, f"no story {story_id!r}")


def _story_page(view: DossierView, story_id: str) -> StoryPage:
    story_view = _story_view(view, story_id)
    members = {v.article.id for v in story_view.articles}
    return StoryPage(
        story=story_view.story,
        summary=story_view.summary,
        articles=[v.article for v in story_view.articles],
        mentions=[m for m in view.dossier.mentions if m.article_id in members],
    )


def _safe_name(name: str | None, number: int) -> str:
    """A file name without folders, so an upload cannot write outside its temporary folder."""
    base = Path((name or "").replace("\\", "/")).name
    return base if base not in ("", ".", "..") else f"upload-{number}"


async def _save_uploads(
    files: list[UploadFile], max_bytes: int
) -> tuple[tempfile.TemporaryDirectory[str], list[str], dict[str, str], list[IngestError]]:
    workdir = tempfile.TemporaryDirectory(prefix="firsthand-upload-")
    renamed: dict[str, str] = {}
    errors: list[IngestError] = []
    for number, upload in enumerate(files, start=1):
        name = _safe_name(upload.filename, number)
        folder = Path(workdir.name) / str(number)
        folder.mkdir()
        target = folder / name
        content = await upload.read(max_bytes + 1)
        if len(content) > max_bytes:
            errors.append(IngestError(source=name, reason=f"larger than {max_bytes} bytes"))
            continue
        target.write_bytes(content)
        renamed[str(target)] = f"upload:{name}"
    return workdir, list(renamed), renamed, errors


def _check_origin(request: Request) -> None:
    """Refuses a form post made by a page of another site (browsers send Origin on POST)."""
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.headers.get("host"):
        raise HTTPException(403, "cross-site request refused")


def create_app(
    db_path: str | Path,
    *,
    store: StoreFactory | None = None,
    ingest: Ingest = ingest_paths,
    analyze: Analyze = analyze_corpus,
    allowed_hosts: Sequence[str] = LOCAL_HOSTS,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> FastAPI:
    """The web UI over the store at `db_path`; the keyword arguments exist for tests."""
    if store is None:
        from firsthand.store import Store

        store = Store
    library = Library(Path(db_path), store, ingest, analyze)
    # No /docs page: Swagger UI would load its scripts from a CDN. The schema is /openapi.json.
    app = FastAPI(
        title="firsthand",
        summary="What a pile of news articles really establishes, and on whose word.",
        version="1",
        docs_url=None,
        redoc_url=None,
    )
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))

    @app.exception_handler(NotImplementedError)
    async def not_ready(request: Request, error: NotImplementedError) -> Response:
        return JSONResponse({"detail": f"not available yet: {error}"}, status_code=503)

    @app.exception_handler(ReportError)
    async def inconsistent(request: Request, error: ReportError) -> Response:
        # A stage produced an offset or id that does not resolve: say which, do not guess.
        return JSONResponse({"detail": f"the analysis is inconsistent: {error}"}, status_code=500)

    def page(template: str, status_code: int = 200, **context: object) -> HTMLResponse:
        return HTMLResponse(render(template, **context), status_code=status_code)

    # -- JSON --------------------------------------------------------------------------

    @app.get("/api/stories", response_model=StoriesPage, tags=["stories"])
    def api_stories(
        q: Annotated[str | None, Query(description="words in a title or article")] = None,
    ) -> StoriesPage:
        """The stories of the stored corpus with their counts, optionally filtered by `q`."""
        dossier, view = library.analysis()
        return StoriesPage(
            query=q,
            total_articles=len(dossier.articles),
            stories=_summaries(view, q),
            notes=dossier.notes,
            errors=dossier.errors,
        )

    @app.get(
        "/api/stories/{story_id}",
        response_model=StoryPage,
        responses={404: {"description": "no such story"}},
        tags=["stories"],
    )
    def api_story(story_id: str) -> StoryPage:
        """One story as in the dossier: origins, derivations, claims, conflicts, articles."""
        return _story_page(library.analysis()[1], story_id)

    @app.get("/api/dossier", response_model=Dossier, tags=["stories"])
    def api_dossier() -> Dossier:
        """The whole dossier of the stored corpus (the `firsthand schema` shape)."""
        return library.analysis()[0]

    @app.get("/api/jobs", response_model=list[Job], tags=["add"])
    def api_jobs() -> list[Job]:
        """Recent add jobs, newest first."""
        return library.jobs()

    @app.get(
        "/api/jobs/{job_id}",
        response_model=Job,
        responses={404: {"description": "no such job"}},
        tags=["add"],
    )
    def api_job(job_id: str) -> Job:
        """Progress of one add job."""
        return library.job(job_id)

    def start_folder(path: str) -> Job:
        if not path.strip() or "\x00" in path or not Path(path).expanduser().exists():
            raise HTTPException(404, f"no such file or folder: {path!r}")
        return library.start([path], [str(Path(path).expanduser())])

    @app.post(
        "/api/add/folder",
        response_model=Job,
        status_code=202,
        responses={
            400: {"description": "the body is not valid JSON"},
            404: {"description": "no such file or folder"},
        },
        tags=["add"],
    )
    def api_add_folder(request: FolderRequest) -> Job:
        """Reads a file or folder of this machine into the store, in the background."""
        return start_folder(request.path)

    async def start_upload(files: list[UploadFile]) -> Job:
        if not files:
            raise HTTPException(400, "no file uploaded")
        workdir, paths, renamed, errors = await _save_uploads(files, max_bytes)
        names = [_safe_name(f.filename, n) for n, f in enumerate(files, start=1)]
        return library.start(names, paths, renamed, errors, workdir)

    @app.post(
        "/api/add/upload",
        response_model=Job,
        status_code=202,
        responses={400: {"description": "no file uploaded, or a malformed form"}},
        tags=["add"],
    )
    async def api_add_upload(
        files: Annotated[list[UploadFile], File(min_length=1, description="article files")],
    ) -> Job:
        """Reads uploaded files into the store, in the background."""
        return await start_upload(files)

    # -- pages -------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(q: str | None = None) -> HTMLResponse:
        dossier, view = library.analysis()
        return page(
            "web_stories.html",
            dossier=dossier,
            stories=_summaries(view, q),
            query=q or "",
            title=dossier_title(dossier),
        )

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(story_id: str) -> HTMLResponse:
        dossier, view = library.analysis()
        return page("web_story.html", dossier=dossier, view=_story_view(view, story_id))

    @app.get("/dossier.html", include_in_schema=False)
    def dossier_file() -> HTMLResponse:
        response = HTMLResponse(render_dossier(library.analysis()[0]))
        response.headers["content-disposition"] = 'attachment; filename="dossier.html"'
        return response

    @app.get("/add", response_class=HTMLResponse, include_in_schema=False)
    def add_page() -> HTMLResponse:
        return page("web_add.html", jobs=library.jobs(), problem=None, path="")

    @app.post("/add/folder", include_in_schema=False)
    def add_folder_form(request: Request, path: Annotated[str, Form()] = "") -> Response:
        _check_origin(request)
        try:
            job = start_folder(path)
        except HTTPException as refused:
            return page(
                "web_add.html",
                refused.status_code,
                jobs=library.jobs(),
                problem=refused.detail,
                path=path,
            )
        return RedirectResponse(f"/jobs/{job.id}", status_code=303)

    @app.post("/add/upload", include_in_schema=False)
    async def add_upload_form(
        request: Request, files: Annotated[list[UploadFile], File()]
    ) -> Response:
        _check_origin(request)
        job = await start_upload(files)
        return RedirectResponse(f"/jobs/{job.id}", status_code=303)

    @app.get("/jobs/{job_id}", response_class=HTMLResponse, include_in_schema=False)
    def job_page(job_id: str) -> HTMLResponse:
        return page("web_job.html", job=library.job(job_id))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        # error.headers carries e.g. the Allow header of a 405.
        if request.url.path.startswith("/api/") or "text/html" not in request.headers.get(
            "accept", ""
        ):
            return JSONResponse(
                {"detail": error.detail}, status_code=error.status_code, headers=error.headers
            )
        response = page("web_error.html", error.status_code, error=error)
        response.headers.update(error.headers or {})
        return response

    return app
