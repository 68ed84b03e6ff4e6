"""Browser tests: Playwright for Python driving Debian's chromium, with axe-core for accessibility.

They run as part of `make test` when chromium is installed and are skipped otherwise; run them alone with
`pytest -m e2e`.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from pytest_django.live_server_helper import LiveServer

from tests.conftest import tree_root

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
SCREENSHOTS = Path(os.environ.get("E2E_SCREENSHOTS", Path(__file__).resolve().parents[2] / "var" / "screenshots"))


def pytest_collection_modifyitems(config, items):
    """Mark the browser tests and run them last, after the tests that need an empty database."""
    here = Path(__file__).parent
    browser_tests = [item for item in items if here in Path(item.fspath).parents]
    for item in browser_tests:
        item.add_marker(pytest.mark.e2e)
    others = [item for item in items if here not in Path(item.fspath).parents]
    items[:] = others + browser_tests


@pytest.fixture(scope="session")
def browser():
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        pytest.skip(f"chromium not found at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the tests' own ORM calls stay synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def page(browser):
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def live_server(browser, django_db_setup, django_db_blocker):
    """The whole demo site, built once per test process (where chromium is) and served on a live server thread.

    Building it takes tens of seconds, so the browser tests share it: they may add submissions but change no page.
    It is committed rather than rolled back, which is why these tests run after every other test of the session
    (`pytest_collection_modifyitems`). Named `live_server` so that pytest-django sets up the test database for a
    run of the browser tests alone.
    """
    with django_db_blocker.unblock():
        tree_root()
        call_command("load_demo_content", verbosity=0)
    server = LiveServer("localhost")
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def _live_server_helper(request, django_db_blocker):
    """Replaces pytest-django's helper, which would empty the database after each test: here the demo site stays,
    and the tests read it with the ORM outside any test transaction."""
    if "live_server" not in request.fixturenames:
        yield
        return
    with django_db_blocker.unblock():
        yield


@pytest.fixture
def demo_site(live_server):
    return live_server


@pytest.fixture
def axe_violations():
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def check(page):
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
        return [
            f"{page.url}: {violation['id']} ({violation['impact']}): {violation['help']} — "
            + "; ".join(
                node["target"][0] if isinstance(node["target"][0], str) else str(node["target"])
                for node in violation["nodes"][:3]
            )
            for violation in results.response["violations"]
        ]

    return check


def screenshot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
