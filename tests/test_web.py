"""The dashboard: its files as the app serves them, and the page in a real browser (headless
Chromium through Playwright) over a server on the loopback address.

The browser tests skip when Playwright or Chromium is missing; CI installs both (.ci/run) and
fails them instead.
Set KUROSHIO_SCREENSHOT=FILE.png to keep a screenshot of the dashboard (`make screenshot`).
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the api extra is not installed")

from fastapi.testclient import TestClient

from kuroshio.api import create_app
from kuroshio.store import Store
from kuroshio.web import asset

CHROMIUM = Path("/usr/bin/chromium")
# Nothing a test does should reach beyond this machine, nor start Chromium's own services.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
MAX_BODY = 20_000  # small, so the page can be shown a refusal
MEETING = "On March 16, 2021, Japan's foreign minister met US Secretary of State Antony Blinken in Tokyo."


@pytest.fixture(scope="module")
def client(demo_db, coder_all):
    with TestClient(create_app(db=demo_db, coder=coder_all)) as opened:
        yield opened


# -- the files -------------------------------------------------------------------------------


def test_web_page_and_assets_come_from_the_package(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert sources and all(s.startswith("/") for s in sources), sources
    for source in sources:
        if source.startswith("/assets/"):
            assert client.get(source).status_code == 200, source
    plotly = client.get("/assets/plotly.min.js")
    assert plotly.headers["content-type"].startswith("text/javascript") and b"plotly" in plotly.content[:2000].lower()


def test_web_files_name_nothing_outside_the_server():
    for name in ("index.html", "app.js", "style.css"):
        text = asset(name).decode("utf-8")
        assert not re.search(r"https?://|//cdn|@import|fonts\.", text), name


def test_web_unknown_or_sneaky_asset_is_404(client):
    for path in ("/assets/nothing.js", "/assets/..%2f__init__.py", "/assets/.hidden.css", "/assets/__init__.py"):
        response = client.get(path)
        assert response.status_code == 404 and response.json()["error"]["code"] == "E070", path


# -- the page in a browser -------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def served(demo_db, coder_all):
    """The app under uvicorn on 127.0.0.1, in a thread of this process."""
    uvicorn = pytest.importorskip("uvicorn")
    port = _free_port()
    config = uvicorn.Config(
        create_app(db=demo_db, coder=coder_all, max_body=MAX_BODY),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        ws="none",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def _missing(reason: str) -> None:
    # CI installs both and sets KUROSHIO_REQUIRE_BROWSER: there a missing browser is a failure.
    if os.environ.get("KUROSHIO_REQUIRE_BROWSER"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright import sync_api
    except ImportError:
        _missing("playwright is not installed (pip install -e '.[test]')")
    if not CHROMIUM.exists():
        _missing(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def watched(browser, served):
    """One dashboard for the module's tests (Plotly is parsed once), and what it did: errors
    on its console and every URL it asked for."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    problems: list[str] = []
    requests: list[str] = []
    opened.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    opened.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    opened.on("request", lambda request: requests.append(request.url))
    opened.goto(f"{served}/")
    opened.wait_for_selector("body[data-ready='1']", timeout=30_000)
    yield opened, problems
    context.close()
    assert requests and all(url.startswith(f"{served}/") for url in requests), requests


@pytest.fixture
def page(watched):
    opened, problems = watched
    yield opened
    assert not problems, problems


def test_web_dashboard_draws_the_dyad_and_codes_pasted_text(page, demo_db):
    from playwright.sync_api import expect

    with Store(demo_db, read_only=True) as store:
        total = store.count(dyad=("JPN", "TWN"))
        first = next(store.iter_events(dyad=("JPN", "TWN"), limit=1))

    page.select_option("#actor-a", "JPN")
    page.select_option("#actor-b", "TWN")
    page.click("#dyad-show")
    expect(page.locator("#events-scope")).to_have_text("JPN–TWN")
    expect(page.locator("#events-range")).to_have_text(f"1–15 of {total}")
    # The chart: Plotly's bars (one path per period and trace) and the net line.
    expect(page.locator("#dyad-chart .barlayer .point path").first).to_be_attached()
    assert page.locator("#dyad-chart .barlayer .point path").count() > 10
    expect(page.locator("#dyad-chart .scatterlayer .js-line")).to_have_count(1)
    assert page.locator("#dyad-chart .legendtext").all_text_contents()[:2] == [
        "JPN → TWN cooperation",
        "TWN → JPN cooperation",
    ]
    # The table: the first event of the dyad, its evidence with the actors and trigger marked.
    rows = page.locator("#events-table tbody tr")
    expect(rows).to_have_count(15)
    row = rows.first
    expect(row.locator("td.date span")).to_have_text(first.date)
    expect(row.locator("td.what .chip")).to_have_text(first.cameo)
    assert first.trigger.split()[0] in row.locator("mark.trigger").all_text_contents()[0]
    expect(row.locator("mark.source")).to_have_text(first.source_text)
    expect(row.locator("mark.target")).to_have_text(first.target_text)
    page.click("#events-next")
    expect(page.locator("#events-range")).to_have_text(f"16–{min(30, total)} of {total}")
    # The network and the alerts are drawn too.
    assert page.locator("#network-chart .scatterlayer .point").count() >= 10
    expect(page.locator("#alerts-list li").filter(has_text="2022-08").filter(has_text="CHN → TWN")).to_have_count(1)

    page.fill("#code-text", MEETING)
    page.click("#code-run")
    expect(page.locator("#code-message")).to_have_text("2 events")
    coded = page.locator("#code-table tbody tr")
    expect(coded).to_have_count(2)
    expect(coded.first.locator("td.dyad .codes")).to_have_text("JPNGOV→USAGOV")
    expect(coded.first.locator("mark.trigger")).to_have_text("met")
    expect(coded.first.locator("mark.source")).to_have_text("Japan's foreign minister")
    expect(coded.first.locator("mark.target")).to_have_text("Antony Blinken")

    if os.environ.get("KUROSHIO_SCREENSHOT"):
        page.click("#events-prev")
        expect(page.locator("#events-range")).to_have_text(f"1–15 of {total}")
        page.mouse.move(0, 0)
        page.screenshot(path=os.environ["KUROSHIO_SCREENSHOT"], full_page=True)


def test_web_evidence_is_shown_as_text_never_as_html(page):
    from playwright.sync_api import expect

    text = "Japan's foreign minister met <i>Antony Blinken</i> in Tokyo. <img src=x onerror=alert(1)>"
    page.fill("#code-text", text)
    page.click("#code-run")
    expect(page.locator("#code-message")).to_have_text("2 events")
    evidence = page.locator("#code-table tbody tr").first.locator(".evidence")
    expect(evidence).to_have_text(text)
    assert evidence.locator("img, i").count() == 0
    # The marks are cut from the same text, tags and all, wherever the coder put the actor.
    marked = evidence.locator("mark").all_text_contents()
    assert "met" in marked and all(part in text for part in marked)


def test_web_document_opens_from_an_event_row(page):
    from playwright.sync_api import expect

    page.locator("#events-table tbody tr").first.locator("button.doc").click()
    dialog = page.locator("#document")
    expect(dialog).to_be_visible()
    expect(page.locator("#document-meta")).to_contain_text("asserted events")
    assert len(page.locator("#document-text").text_content()) > 100
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()


def test_web_bad_input_shows_the_api_message(watched):
    from playwright.sync_api import expect

    page, problems = watched

    page.fill("#code-text", "   ")
    page.click("#code-run")
    expect(page.locator("#code-message")).to_have_text("Paste some text first.")
    # Over the server's limit for a request body: the API's own message, and no table.
    page.fill("#code-text", "Japan met China. " * 2_000)
    page.click("#code-run")
    expect(page.locator("#code-message")).to_contain_text("[E071] POST /v1/code: the request body has more than")
    expect(page.locator("#code-table")).to_be_hidden()
    # The browser logs the refused request itself; nothing else went wrong.
    assert all("413" in problem for problem in problems), problems
    problems.clear()
