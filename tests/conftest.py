"""Shared fixtures. The cat data comes from $FIRST_CONTACT_DATA_DIR (CI: ../shared/data)."""

import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from harness.serving import AppProcess, with_shared_data  # noqa: E402

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


def pytest_runtest_setup(item):
    if item.get_closest_marker("cat_data"):
        require_cat_data()


@pytest.fixture(scope="session")
def cat_arrays():
    from core.datasets import load_catvnoncat

    require_cat_data()
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


@pytest.fixture(scope="session")
def app_url():
    _require_browser()
    server = AppProcess(script=ROOT / "app.py")
    try:
        server.start().wait_ready()
    except RuntimeError as error:
        server.stop()
        pytest.fail(str(error))
    yield server.url
    server.stop()


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
