"""The README's test command on a machine with neither the data nor a network: the tests that need the cat
images are skipped with one clear message (or fail with it when FIRST_CONTACT_REQUIRE_DATA=1)."""

import os
import subprocess
import sys

from tests.conftest import ROOT

NEEDS_DATA = "tests/test_app.py::test_cat_page_shows_the_data"


def run_pytest(tmp_path, require: bool) -> subprocess.CompletedProcess:
    # A plugin that makes every download mirror unreachable, as on a machine with no network.
    (tmp_path / "no_network.py").write_text(
        "import core.datasets\ncore.datasets.MIRRORS = ('file:///nonexistent/{name}',)\n")
    env = dict(os.environ, FIRST_CONTACT_DATA_DIR=str(tmp_path / "empty"),
               PYTHONPATH=os.pathsep.join([str(tmp_path), str(ROOT)]))
    env.pop("FIRST_CONTACT_REQUIRE_DATA", None)
    if require:
        env["FIRST_CONTACT_REQUIRE_DATA"] = "1"
    return subprocess.run([sys.executable, "-m", "pytest", "-n", "0", "-p", "no_network", "-p", "no:cacheprovider", "-rs",
                           "-q", NEEDS_DATA], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_without_data_the_tests_that_need_it_are_skipped_with_the_reason(tmp_path):
    result = run_pytest(tmp_path, require=False)
    assert result.returncode == 0, result.stdout[-2000:]
    assert "1 skipped" in result.stdout
    assert "FIRST_CONTACT_DATA_DIR" in result.stdout and "could not be downloaded" in result.stdout
    assert "KeyError" not in result.stdout


def test_ci_makes_missing_data_a_failure_with_the_same_message(tmp_path):
    result = run_pytest(tmp_path, require=True)
    assert result.returncode == 1 and "1 error" in result.stdout  # in set-up: the test itself never ran
    assert "FIRST_CONTACT_DATA_DIR" in result.stdout and "FIRST_CONTACT_REQUIRE_DATA=1" in result.stdout
    assert not (tmp_path / "empty" / "train_catvnoncat.h5").exists()  # nothing half-downloaded left behind
