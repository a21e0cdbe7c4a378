"""Shared fixtures. The cat data comes from $FIRST_CONTACT_DATA_DIR (CI: ../shared/data).

A test that needs the cat data says so with the marker `cat_data` (on the test, on a parameter, e.g. through
`page_param`, or as its module's `pytestmark`; a test using the fixtures cat_arrays, cat_task or cat_xy has
it by using them): without the data it is then skipped with the reason, as on a newcomer's machine. The
marker is enforced where the data is: for a test without it this process refuses the data (core.datasets
raises DataRefused, `refuse_if_told`), and so do the app servers it starts (they inherit the environment;
`app_url` gives it a server of its own that refuses, and fails the test if a page was refused).
"""

import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.datasets import REFUSE_ENV  # noqa: E402
from harness.serving import AppProcess, with_shared_data  # noqa: E402
from tests.import_graph import reaches  # noqa: E402

# Default to the shared copy beside the checkout, so a plain `pytest` works here as in CI.
with_shared_data(os.environ)
# The class board writes to a throwaway SQLite file in tests, never to the checkout's data/board.sqlite3.
os.environ.setdefault("FIRST_CONTACT_BOARD_URL",
                      f"sqlite:///{tempfile.gettempdir()}/first-contact-board-tests-{os.getpid()}.sqlite3")


_cat_data_problem: list = []  # [None] once the data is here, [message] once it is known not to be


def cat_data_problem() -> str | None:
    """None when the two cat files are in the data folder (downloading them, checked, if they are not),
    else why not and what to do."""
    if not _cat_data_problem:
        from core.datasets import DATA_DIR_ENV, DatasetError, data_dir, ensure_catvnoncat

        try:
            ensure_catvnoncat()
            _cat_data_problem.append(None)
        except DatasetError as error:
            _cat_data_problem.append(
                f"the cat data set is not in {data_dir()} and could not be downloaded ({error.problem[:200]}). "
                f"Put train_catvnoncat.h5 and test_catvnoncat.h5 there, or point {DATA_DIR_ENV} at a folder "
                "holding them.")
    return _cat_data_problem[0]


def require_cat_data() -> None:
    """Skip the test without the cat data (with the reason), or fail when FIRST_CONTACT_REQUIRE_DATA=1."""
    problem = cat_data_problem()
    if problem is None:
        return
    if os.environ.get("FIRST_CONTACT_REQUIRE_DATA") == "1":
        pytest.fail(problem + " (FIRST_CONTACT_REQUIRE_DATA=1)", pytrace=False)
    pytest.skip(problem)


CAT_DATA_FIXTURES = {"cat_arrays", "cat_task", "cat_xy"}  # a test using one of them is marked cat_data


def reads_cat_data(page: str) -> bool:
    """Whether the page (`pages/<slug>.py`) loads the cat data: it imports ui.cat_data, itself or through
    other modules."""
    return reaches(page.removesuffix(".py").replace("/", "."), "ui.cat_data")


def page_param(page: str, *values, id: str | None = None):
    """pytest.param(*values), marked cat_data when `page` reads the cat data."""
    return pytest.param(*values, marks=[pytest.mark.cat_data] if reads_cat_data(page) else [], id=id)


def pytest_collection_modifyitems(items):
    for item in items:
        if CAT_DATA_FIXTURES & set(item.fixturenames):
            item.add_marker(pytest.mark.cat_data)


def unmarked_message(what: str) -> str:
    return (f"{what} reads the cat data but is not marked cat_data: add @pytest.mark.cat_data (or `pytestmark = "
            "pytest.mark.cat_data` in its module, or marks=pytest.mark.cat_data on its parameter), so that it is "
            "skipped with the reason where the data is missing instead of failing there")


def needs_cat_data(item) -> bool:
    return item.get_closest_marker("cat_data") is not None


def pytest_runtest_setup(item):
    if needs_cat_data(item):
        os.environ.pop(REFUSE_ENV, None)
        require_cat_data()
        return
    os.environ[REFUSE_ENV] = unmarked_message(item.nodeid)  # core.datasets refuses it, here and in servers


def pytest_sessionfinish(session):
    os.environ.pop(REFUSE_ENV, None)


@pytest.fixture(scope="session")
def cat_arrays():
    """The five arrays of the data set (its tests are marked cat_data: skipped without it)."""
    from core.datasets import load_catvnoncat

    return load_catvnoncat()


@pytest.fixture(scope="session")
def cat_task(cat_arrays):
    from core.cat_task import CatTask

    return CatTask.from_arrays(*(a.copy() for a in cat_arrays))


@pytest.fixture(scope="session")
def cat_xy(cat_arrays):
    from core.datasets import flatten_and_scale

    train_x, train_y, test_x, test_y, _ = cat_arrays
    return flatten_and_scale(train_x), train_y, flatten_and_scale(test_x), test_y


# ---- browser tests: one Streamlit server and one Chromium for the whole session ----

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "tests" / "artifacts"
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"

def _require_browser():
    if CHROMIUM.exists():
        return
    if os.environ.get("FIRST_CONTACT_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{CHROMIUM} is missing and FIRST_CONTACT_REQUIRE_BROWSER=1 (apt-get install -y chromium)")
    pytest.skip(f"browser tests need Debian's Chromium at {CHROMIUM} (apt-get install -y chromium)")


class AppServers:
    """The browser tests' Streamlit servers, started on first use and shared by the session: one for the
    tests marked cat_data, one refusing the data for the others (so a test without the marker that opens a
    page reading the cat data sees it refused, as on a machine without the data it would see none)."""

    REFUSED = "DataRefused"  # in the server's log when a page was refused the data

    def __init__(self):
        self.servers: dict[bool, AppProcess] = {}

    def get(self, with_data: bool) -> AppProcess:
        if with_data not in self.servers:
            refusal = None if with_data else unmarked_message("the test that opened this page")
            server = AppProcess(script=ROOT / "app.py", env={REFUSE_ENV: refusal})
            try:
                server.start().wait_ready()
            except RuntimeError as error:
                server.stop()
                pytest.fail(str(error))
            self.servers[with_data] = server
        return self.servers[with_data]

    def stop(self) -> None:
        for server in self.servers.values():
            server.stop()


@pytest.fixture(scope="session")
def app_servers():
    servers = AppServers()
    yield servers
    servers.stop()


@pytest.fixture
def app_url(request, app_servers):
    """The URL of the app, served for this test: with the cat data if the test is marked cat_data, else
    refusing it, and then the test fails, naming the marker, if a page it opened was refused."""
    _require_browser()
    with_data = needs_cat_data(request.node)
    server = app_servers.get(with_data)
    seen = len(server.log_text())
    yield server.url
    if not with_data and AppServers.REFUSED in server.log_text()[seen:]:
        pytest.fail(unmarked_message(request.node.nodeid), pytrace=False)


@pytest.fixture(scope="session")
def playwright():
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright):
    chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=[
        "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"])
    yield chromium
    chromium.close()


@pytest.fixture(scope="session")
def devices(playwright) -> dict:
    """Playwright's device descriptors by name ("iPad (gen 7)", "iPhone 13"): size, touch, user agent.
    Each names webkit as its browser: drop `default_browser_type` before `browser.new_context(**...)`."""
    return playwright.devices


@pytest.fixture
def page(browser):
    from playwright.sync_api import expect

    expect.set_options(timeout=20_000)  # the 2-core machine may be busy; a render can take seconds
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, f"JavaScript errors: {errors}"


@pytest.fixture
def board(tmp_path, monkeypatch):
    """A fresh class board database for the app pages of AppTest (ui/class_link keys its Board by this URL) and
    for the test, with the app's per-process reads of the board forgotten (a class, its lesson step, its
    photos, a run opened by its link) and no public address configured."""
    from core.board import Board
    from ui.class_link import class_snapshot
    from ui.lesson import lesson_step
    from ui.opened_run import _stored_run
    from ui.our_photos import class_photos

    url = f"sqlite:///{tmp_path / 'board.sqlite3'}"
    monkeypatch.setenv("FIRST_CONTACT_BOARD_URL", url)
    monkeypatch.delenv("FIRST_CONTACT_PUBLIC_URL", raising=False)
    for cache in (class_snapshot, lesson_step, class_photos, _stored_run):
        cache.clear()
    made = Board(url)
    yield made
    made.dispose()
