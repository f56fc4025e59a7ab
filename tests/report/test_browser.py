"""The dossier and the web UI in headless Chromium (Debian's package, driven by Playwright)."""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, ConsoleMessage, Dialog, Page, expect, sync_playwright

from firsthand.model import Dossier
from firsthand.report import write
from firsthand.report.web import create_app
from firsthand.run import analyze, ingest_paths
from tests.report.conftest import (
    CHROMIUM,
    CHROMIUM_ARGS,
    MemoryStore,
    SyntheticAnalysis,
    requires_chromium,
)

pytestmark = [pytest.mark.browser, requires_chromium]

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "corpus"
SCREENSHOT = ROOT / "docs" / "dossier.png"


@dataclass
class Watched:
    """A page with every console error, uncaught exception and dialog it produced."""

    page: Page
    problems: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def watched(browser: Browser) -> Iterator[Watched]:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    result = Watched(page)

    def console(message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            result.problems.append(f"console {message.type}: {message.text}")

    def dialog(opened: Dialog) -> None:
        result.dialogs.append(opened.message)
        opened.dismiss()

    page.on("console", console)
    page.on("pageerror", lambda error: result.problems.append(f"page error: {error}"))
    page.on("dialog", dialog)
    yield result
    page.close()


@pytest.fixture(scope="module")
def synthetic_file(dossier: Dossier, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(dossier, tmp_path_factory.mktemp("dossier") / "dossier.html", "html")


@pytest.fixture(scope="module")
def example_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not EXAMPLES.is_dir():
        pytest.skip(f"example corpus not found at {EXAMPLES}")
    return write(analyze([EXAMPLES]), tmp_path_factory.mktemp("example") / "dossier.html", "html")


def click_first_conflict(page: Page) -> None:
    """Clicks a conflict's link and checks its sentences are highlighted and shown."""
    card = page.locator(".conflict-card").first
    expected = card.locator("blockquote").count()
    link = card.locator("a.show-conflict")
    target = page.locator(str(link.get_attribute("href")))
    link.click()
    focused = page.locator("article mark.focus")
    assert focused.count() >= expected >= 2
    expect(target).to_be_in_viewport()
    expect(target).to_have_class(re.compile(r"\bfocus\b"))
    for index in range(focused.count()):
        expect(focused.nth(index)).to_be_visible()
    expect(page.locator("#focus-status")).to_contain_text("highlighted passages in")


def filter_matrix(page: Page, verdict: str) -> None:
    """Filters the first claim matrix to one verdict and checks only such rows remain."""
    matrix = page.locator("table.matrix").first
    rows = matrix.locator("tbody tr")
    total = rows.count()
    page.locator("select[data-filter='verdict']").first.select_option(verdict)
    visible = matrix.locator("tbody tr:visible")
    assert 0 < visible.count() < total
    for index in range(visible.count()):
        assert visible.nth(index).get_attribute("data-verdict") == verdict
    page.locator("select[data-filter='verdict']").first.select_option("")
    assert matrix.locator("tbody tr:visible").count() == total


def test_markup_in_articles_shows_as_text_and_never_runs(
    watched: Watched, synthetic_file: Path
) -> None:
    page = watched.page
    page.goto(synthetic_file.as_uri())
    article = page.locator("article#s0-A5 .body")
    expect(article).to_contain_text("<script>alert(1)</script>")
    expect(article).to_contain_text("<img src=x onerror=alert(1)>")
    assert page.locator("article img, article script").count() == 0
    assert watched.dialogs == []
    assert watched.problems == []


def test_conflict_click_matrix_filter_and_sort_in_the_dossier(
    watched: Watched, synthetic_file: Path
) -> None:
    page = watched.page
    page.goto(synthetic_file.as_uri())
    click_first_conflict(page)
    assert page.locator("article mark.focus").count() == 4
    expect(page.locator("#focus-status-text")).to_have_text("4 highlighted passages in 4 articles.")
    page.keyboard.press("Escape")
    assert page.locator("mark.focus").count() == 0
    filter_matrix(page, "contested")
    page.locator("select[data-filter='kind']").first.select_option("figure")
    expect(page.locator("[data-count-for='s0-story-matrix']")).to_have_text("Showing 2 of 6 claims")
    page.locator("select[data-filter='kind']").first.select_option("")
    page.locator("input[data-filter='text']").first.fill("sprinkler")
    expect(page.locator("#s0-story-matrix tbody tr:visible")).to_have_count(1)
    page.locator("input[data-filter='text']").first.fill("")
    sort = page.locator("#s0-story-matrix th[data-sort='origins'] button")
    sort.click()
    origins = page.locator("#s0-story-matrix tbody tr").evaluate_all(
        "rows => rows.map(r => Number(r.dataset.origins))"
    )
    assert origins == sorted(origins)
    expect(page.locator("#s0-story-matrix th[data-sort='origins']")).to_have_attribute(
        "aria-sort", "ascending"
    )
    assert watched.problems == []


def test_keyboard_reaches_a_claim_and_its_sentences(watched: Watched, synthetic_file: Path) -> None:
    page = watched.page
    page.goto(synthetic_file.as_uri())
    claim = page.locator("#s0-story-matrix tbody th a").first
    claim.focus()
    page.keyboard.press("Enter")
    focused = page.locator("article mark.focus")
    assert focused.count() == 4
    assert page.evaluate("document.activeElement.tagName") == "MARK"


def test_example_corpus_dossier(watched: Watched, example_file: Path, tmp_path: Path) -> None:
    page = watched.page
    started = time.perf_counter()
    page.goto(example_file.as_uri())
    assert time.perf_counter() - started < 5
    assert page.locator(".conflict-card").count() > 0, "the example corpus has planted conflicts"
    # The README's picture is refreshed on request only, so a test run leaves the tree clean.
    target = SCREENSHOT if os.environ.get("FIRSTHAND_UPDATE_SCREENSHOT") else tmp_path / "d.png"
    page.screenshot(path=str(target))
    assert target.stat().st_size > 10_000
    click_first_conflict(page)
    filter_matrix(page, "contested")
    assert watched.problems == []


@pytest.fixture(scope="module")
def web_url(dossier: Dossier, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("web") / "corpus.db"
    MemoryStore(db).add(dossier.articles)
    app = create_app(db, store=MemoryStore, ingest=ingest_paths, analyze=SyntheticAnalysis(dossier))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


def test_web_ui_story_page(watched: Watched, web_url: str) -> None:
    page = watched.page
    page.goto(web_url)
    page.get_by_role("searchbox").fill("passports")
    page.get_by_role("button", name="Search").click()
    expect(page.locator("table.stories tbody tr")).to_have_count(1)
    page.get_by_role("link", name="Fire at the Kestrel textile plant in Dunmore").click()
    expect(page.locator(".story-head h2")).to_have_text(
        "Fire at the Kestrel textile plant in Dunmore"
    )
    click_first_conflict(page)
    filter_matrix(page, "contested")
    assert watched.problems == []


def test_web_ui_upload_shows_progress_until_done(
    watched: Watched, web_url: str, tmp_path: Path
) -> None:
    page = watched.page
    note = tmp_path / "harbour.txt"
    note.write_text("The harbour at Dunmore reopened on Friday after two weeks of repairs.\n")
    page.goto(f"{web_url}/add")
    page.locator("input[type=file]").set_input_files(note)
    page.get_by_role("button", name="Upload and analyse").click()
    expect(page.get_by_role("status")).to_contain_text("done", timeout=20_000)
    expect(page.locator("main")).to_contain_text("1 article read, 1 new to the store")
    assert watched.problems == []
