"""The marker `cat_data` is enforced: where the cat data is, a test without the marker that reaches it (in
this process, or through an app server the suite starts for it) fails with a message naming the marker,
so it cannot pass here and then fail, instead of being skipped, on a newcomer's machine without the data.

Each check runs a small test file in a pytest of its own, with this suite's conftest as a plugin."""

import os
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import CHROMIUM, ROOT

MESSAGE = "reads the cat data but is not marked cat_data: add @pytest.mark.cat_data"

IN_PROCESS = '''
import pytest

from core.datasets import load_catvnoncat
from tests.apptest import open_page


def test_core_unmarked():
    load_catvnoncat()


@pytest.mark.cat_data
def test_core_marked():
    assert load_catvnoncat()[0].shape == (209, 64, 64, 3)


def test_page_unmarked():
    open_page("pages/cat_classifier.py")


def test_page_without_the_data_needs_no_marker():
    open_page("pages/shallow_network.py")


def test_the_fixture_is_its_marker(cat_task):
    assert cat_task.problem.X_train.shape == (12288, 209)
'''

THROUGH_A_SERVER = '''
import pytest

from harness.protocol_client import Tab, run_sync


def visit(url, page):
    async def scenario():
        async with Tab(url, page, fetch_media=False) as tab:
            await tab.open()
            return tab.exceptions
    return run_sync(scenario())


def test_page_unmarked(app_url):
    visit(app_url, "cat_classifier")


@pytest.mark.cat_data
def test_page_marked(app_url):
    assert visit(app_url, "cat_classifier") == []


def test_page_without_the_data_needs_no_marker(app_url):
    assert visit(app_url, "shallow_network") == []
'''


def run_pytest(tmp_path, tests: str) -> str:
    (tmp_path / "test_probe.py").write_text(textwrap.dedent(tests))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "pytest", "-n", "0", "-p", "tests.conftest", "-p", "no:cacheprovider",
                           "-c", str(ROOT / "pytest.ini"), "--rootdir", str(tmp_path), "-rA", "-q",
                           str(tmp_path / "test_probe.py")], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=600)
    return done.stdout + done.stderr


def outcomes(output: str) -> dict[str, str]:
    """{test name: PASSED, FAILED or ERROR} from pytest's -rA summary (an error in teardown follows a pass)."""
    found = {}
    for line in output.splitlines():
        word, _, rest = line.partition(" ")
        if word in ("PASSED", "FAILED", "ERROR") and "::" in rest:
            name = rest.split("::")[1].split(" ")[0]
            found[name] = "ERROR" if word == "ERROR" or found.get(name) == "ERROR" else word
    return found


@pytest.mark.cat_data
def test_an_unmarked_test_that_reads_the_data_in_process_fails_naming_the_marker(tmp_path):
    output = run_pytest(tmp_path, IN_PROCESS)
    assert outcomes(output) == {"test_core_unmarked": "FAILED", "test_core_marked": "PASSED",
                                "test_page_unmarked": "FAILED", "test_page_without_the_data_needs_no_marker": "PASSED",
                                "test_the_fixture_is_its_marker": "PASSED"}, output[-3000:]
    assert f"test_probe.py::test_core_unmarked {MESSAGE}" in output  # DataRefused, raised at once
    assert f"test_probe.py::test_page_unmarked {MESSAGE}" in output  # the page's exception, through AppTest


@pytest.mark.cat_data
@pytest.mark.browser
def test_an_unmarked_test_whose_page_reads_the_data_through_app_url_fails_naming_the_marker(tmp_path):
    if not CHROMIUM.exists():
        pytest.skip(f"app_url needs Debian's Chromium at {CHROMIUM}")
    output = run_pytest(tmp_path, THROUGH_A_SERVER)
    assert outcomes(output) == {"test_page_unmarked": "ERROR", "test_page_marked": "PASSED",
                                "test_page_without_the_data_needs_no_marker": "PASSED"}, output[-3000:]
    assert "ERROR at teardown of test_page_unmarked" in output
    assert f"test_probe.py::test_page_unmarked {MESSAGE}" in output
