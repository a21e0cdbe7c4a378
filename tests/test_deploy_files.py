"""deploy/ and .streamlit/config.toml, checked without a container engine (none runs here).

The Containerfile repeats .ci/run's install step and fetches the data with the project's own pinned,
hash-checked download; these tests make sure what it names still exists and its data step still runs.
"""

import os
import re
import shlex
import subprocess
import sys
import tomllib

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


def test_containerfile_data_step_checks_the_files_sha256():
    command = next(rest for word, rest in instructions() if word == "RUN" and "ensure_catvnoncat" in rest)
    code = shlex.split(command)[2]  # python3 -c "<code>"
    env = {**os.environ, "FIRST_CONTACT_DATA_DIR": os.environ["FIRST_CONTACT_DATA_DIR"]}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
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
    unknown = [f"{section}.{name}" for section, values in config.items() for name in values
               if f"{section}.{name}" not in known]
    assert not unknown, f"options this Streamlit does not know: {unknown}"
