"""deploy/ and .streamlit/config.toml, checked without a container engine (none runs here).

The Containerfile repeats .ci/run's install step and fetches the data with the project's own pinned,
hash-checked download; these tests make sure what it names still exists and its data step still runs.
"""

import os
import re
import shlex
import subprocess
import sys
import time
import tomllib

import pytest

from harness.serving import free_port
from tests.conftest import ROOT

CONTAINERFILE = ROOT / "deploy" / "Containerfile"


def instructions():
    """(instruction, arguments) of the Containerfile, continuation lines joined."""
    text = re.sub(r"\\\n", " ", CONTAINERFILE.read_text())
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            yield word.upper(), rest.strip()


def test_containerfile_copies_what_exists_and_installs_as_ci_does():
    steps = list(instructions())
    for word, rest in steps:
        if word == "COPY":
            *sources, _ = shlex.split(rest)
            for source in sources:
                assert (ROOT / source).exists(), f"COPY {source}: not in the project"
    runs = [rest for word, rest in steps if word == "RUN"]
    assert any("pip install" in run and "-r requirements.txt" in run for run in runs)
    assert "-r requirements.txt" in (ROOT / ".ci" / "run").read_text()
    # Every page's imports are inside the copied folders.
    copied = {shlex.split(rest)[0].rstrip("/") for word, rest in steps if word == "COPY"}
    assert {"app.py", "core", "pages", "ui", ".streamlit"} <= copied


@pytest.mark.cat_data
def test_containerfile_data_step_checks_the_files_sha256():
    command = next(rest for word, rest in instructions() if word == "RUN" and "ensure_catvnoncat" in rest)
    code = shlex.split(command)[2]  # python3 -c "<code>"
    # In this checkout's data folder (FIRST_CONTACT_DATA_DIR, else data/), where the marker found the files.
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "cat data ok" in done.stdout


def test_classroom_config():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    server = config["server"]
    assert server["headless"] is True
    assert server["enableXsrfProtection"] is True
    assert server["fileWatcherType"] == "none"
    assert config["browser"]["gatherUsageStats"] is False
    assert server["maxUploadSize"] >= 20  # the data set uploads ask for 20 MB (ui/cat_data.py)
    assert 1 <= server["maxMessageSize"] <= 200
    assert 0 < server["disconnectedSessionTTL"] <= 600
    assert config["client"]["showSidebarNavigation"] is False
    assert config["client"]["toolbarMode"] == "viewer"
    # nginx must accept the largest upload the app does.
    nginx = (ROOT / "deploy" / "nginx.conf").read_text()
    body_mb = int(re.search(r"client_max_body_size (\d+)m;", nginx).group(1))
    assert body_mb >= server["maxUploadSize"]


def test_every_config_option_exists_in_this_streamlit():
    from streamlit import config as streamlit_config

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    known = set(streamlit_config._config_options_template)

    def names(table: dict, prefix: str):
        """Every option's dotted name; a nested table ([theme.light]) is a prefix, not an option."""
        for name, value in table.items():
            if isinstance(value, dict):
                yield from names(value, f"{prefix}{name}.")
            else:
                yield f"{prefix}{name}"

    unknown = [name for name in names(config, "") if name not in known]
    assert len(list(names(config, ""))) > 15
    assert not unknown, f"options this Streamlit does not know: {unknown}"


FAKE_PYTHON = '#!/bin/sh\necho "$0 $*" > "$STARTED_FILE"\nexec sleep 60\n'


def python_that_run_replicas_starts(tmp_path, **env_changes) -> str:
    """The command line deploy/run_replicas.sh 1 starts its app with, each Python here being a stand-in that
    writes its own path and arguments to a file and waits (so the script never restarts it)."""
    started = tmp_path / "started"
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHON", "VIRTUAL_ENV")}
    env.update(env_changes, STARTED_FILE=str(started), FIRST_CONTACT_BASE_PORT=str(free_port()))
    script = subprocess.Popen(["bash", str(ROOT / "deploy" / "run_replicas.sh"), "1"], cwd=tmp_path, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while not (started.exists() and started.read_text().endswith("\n")):
            assert script.poll() is None, script.stderr.read().decode()
            assert time.monotonic() < deadline, "run_replicas.sh started no app process"
            time.sleep(0.05)
        return started.read_text().strip()
    finally:
        script.terminate()  # as a service manager stops it: the script stops its app processes
        try:
            script.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(script.pid, 9)
            script.wait()


@pytest.mark.parametrize("named, active_venv, expected", [
    (True, True, "named/python"),  # PYTHON wins over an active virtual environment
    (False, True, "venv/bin/python"),  # else the active virtual environment's
    (False, False, "path/python3"),  # else python3 from the PATH
])
def test_run_replicas_starts_streamlit_with_the_python_its_caller_names(tmp_path, named, active_venv, expected):
    for fake in ("named/python", "venv/bin/python", "path/python3"):
        (tmp_path / fake).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / fake).write_text(FAKE_PYTHON)
        (tmp_path / fake).chmod(0o755)
    env = {"PATH": f"{tmp_path / 'path'}{os.pathsep}{os.environ['PATH']}"}
    if named:
        env["PYTHON"] = str(tmp_path / "named" / "python")
    if active_venv:
        env["VIRTUAL_ENV"] = str(tmp_path / "venv")
    command = python_that_run_replicas_starts(tmp_path, **env)
    assert command.startswith(f"{tmp_path / expected} -m streamlit run app.py "), command
