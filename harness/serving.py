"""The app on loopback ports, for the tests and the benches: one Streamlit process (`AppProcess`), several
(`start_apps`, or deploy/run_replicas.sh as `ReplicaSet`), nginx in front of them (`Nginx`), a free port,
and the one wait for a server's health check.

Also reads a process's CPU time, memory and thread count from /proc (Linux), so a benchmark can say
what the server spent without extra packages.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEPLOY_NGINX_CONF = ROOT / "deploy" / "nginx.conf"
SHARED_DATA = ROOT.parent / "shared" / "data"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    """A loopback port nothing listens on now (the kernel's pick): for a server to start on, or for a
    URL whose connection is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def with_shared_data(env: dict) -> dict:
    """`env` with FIRST_CONTACT_DATA_DIR pointing at ../shared/data beside the checkout when it names no
    data folder itself and that folder exists (the team's machines); otherwise the app's own rule
    (data/, downloading into it) applies."""
    if "FIRST_CONTACT_DATA_DIR" not in env and SHARED_DATA.is_dir():
        env["FIRST_CONTACT_DATA_DIR"] = str(SHARED_DATA)
    return env


def wait_healthy(urls: list[str], process: subprocess.Popen, timeout: float, failure) -> None:
    """Wait until every Streamlit server in `urls` answers /_stcore/health with "ok". If `process`
    exits first or `timeout` seconds pass, raise RuntimeError(failure()): `failure` says what went
    wrong (the server's log, read only then)."""
    deadline = time.monotonic() + timeout
    waiting = list(urls)
    while waiting:
        try:
            if urllib.request.urlopen(f"{waiting[0]}/_stcore/health", timeout=2).read() == b"ok":
                waiting.pop(0)
                continue
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(failure())
        time.sleep(0.2)


def nginx_available() -> bool:
    return os.access(NGINX, os.X_OK)


# ---- /proc ----

@dataclass(frozen=True)
class ProcStats:
    cpu_seconds: float  # user + system, since the process started
    rss_mb: float  # resident memory now
    peak_rss_mb: float  # the high-water mark of resident memory (VmHWM)
    threads: int


def proc_stats(pid: int) -> ProcStats:
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2:].split()  # after "pid (comm) "; fields[0] is the state
    cpu = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime
    status = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    kb = lambda name: int(status[name].split()[0]) / 1024  # noqa: E731
    return ProcStats(cpu, kb("VmRSS"), kb("VmHWM"), int(status["Threads"]))


def reset_peak_rss(pid: int) -> None:
    """Start VmHWM afresh at the current resident size (Linux: clear_refs 5)."""
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
    except OSError:
        pass


# ---- the app ----

class AppProcess:
    """`python -m streamlit run app.py` on 127.0.0.1:port, headless, with no file watcher and no usage
    statistics (as the project's .streamlit/config.toml says, for scripts run from another folder too),
    by this interpreter (sys.executable), so a virtual environment need not be activated.

    `env` is laid over this process's environment (a value None removes the variable).
    With probe=True it runs through harness/streamlit_probe.py, and `probe()` reports the server's live
    sessions, media files and threads."""

    def __init__(self, port: int | None = None, env: dict | None = None, args: tuple = (), log: Path | None = None,
                 probe: bool = False, script: Path | None = None):
        self.port = port or free_port()
        self.script = Path(script) if script else ROOT / "app.py"  # another script runs from its own folder
        self.probe_file = Path(tempfile.mkstemp(prefix=f"probe-{self.port}-", suffix=".json")[1]) if probe else None
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = with_shared_data({key: value for key, value in {**os.environ, **(env or {})}.items()
                                     if value is not None})
        self.args = tuple(args)
        self.log = log or Path(tempfile.mkstemp(prefix=f"streamlit-{self.port}-", suffix=".log")[1])
        self.process: subprocess.Popen | None = None

    def start(self) -> "AppProcess":
        launcher = [str(HERE / "streamlit_probe.py")] if self.probe_file else ["-m", "streamlit"]
        if self.probe_file:
            self.env["FIRST_CONTACT_PROBE_FILE"] = str(self.probe_file)
        command = [sys.executable, *launcher, "run", self.script.name, "--server.address=127.0.0.1",
                   f"--server.port={self.port}", "--server.headless=true", "--server.fileWatcherType=none",
                   "--browser.gatherUsageStats=false", *self.args]
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(command, cwd=self.script.parent, env=self.env, stdout=log,
                                            stderr=subprocess.STDOUT)
        return self

    def wait_ready(self, timeout: float = 90) -> "AppProcess":
        wait_healthy([self.url], self.process, timeout,
                     lambda: f"streamlit ({self.script.name}) on port {self.port} did not start:\n"
                             f"{self.log_text()[-3000:]}")
        return self

    @property
    def pid(self) -> int:
        return self.process.pid

    def stats(self) -> ProcStats:
        return proc_stats(self.pid)

    def probe(self, timeout: float = 30) -> dict:
        """What harness/streamlit_probe.py reports: live AppSession objects, known sessions, media files."""
        import json

        before = self.probe_file.stat().st_mtime_ns
        self.process.send_signal(signal.SIGUSR1)
        deadline = time.monotonic() + timeout
        while self.probe_file.stat().st_mtime_ns == before or not self.probe_file.read_text():
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not answer the probe")
            time.sleep(0.05)
        return json.loads(self.probe_file.read_text())

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def stop(self, kill: bool = False) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        for path in (self.log, self.probe_file):  # temporary files (a failure message has read the log)
            if path is not None:
                path.unlink(missing_ok=True)


def start_apps(count: int, env: dict | None = None, args: tuple = (), probe: bool = False) -> list[AppProcess]:
    """Start `count` app processes at once (they boot in parallel) and wait for all."""
    apps = [AppProcess(env=env, args=args, probe=probe).start() for _ in range(count)]
    try:
        for app in apps:
            app.wait_ready()
    except Exception:
        for app in apps:
            app.stop()
        raise
    return apps


# ---- nginx ----

def render_nginx_site(upstream_ports: list[int], listen_port: int, cache_dir: Path,
                      source: Path = DEPLOY_NGINX_CONF) -> str:
    """deploy/nginx.conf with this machine's loopback ports and a private cache folder."""
    text = source.read_text()
    block = re.search(r"upstream first_contact \{.*?\n\}", text, re.S)
    servers = re.findall(r"^\s*server\s+\S+(.*);$", block.group(0), re.M)
    parameters = servers[0] if servers else ""
    lines = [line for line in block.group(0).splitlines() if not re.match(r"\s*server\s", line)]
    lines[-1:-1] = [f"    server 127.0.0.1:{port}{parameters};" for port in upstream_ports]
    text = text.replace(block.group(0), "\n".join(lines))
    text = re.sub(r"^(\s*)listen\s+[^;]+;", rf"\1listen 127.0.0.1:{listen_port};", text, flags=re.M)
    return text.replace("/var/cache/nginx/first-contact", str(cache_dir))


class Nginx:
    """Debian's nginx in the foreground, unprivileged port, everything under one temporary folder."""

    def __init__(self, upstream_ports: list[int], port: int | None = None, workdir: Path | None = None):
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="nginx-first-contact-"))
        self.upstream_ports = list(upstream_ports)
        self.process: subprocess.Popen | None = None

    def write_config(self) -> Path:
        for sub in ("cache", "client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (self.workdir / sub).mkdir(parents=True, exist_ok=True)
        site = self.workdir / "first-contact.conf"
        site.write_text(render_nginx_site(self.upstream_ports, self.port, self.workdir / "cache"))
        w = self.workdir
        main = self.workdir / "nginx.conf"
        main.write_text("\n".join([
            # nginx started as root runs its workers as nobody, who may not enter a private temp folder.
            "user root;" if os.geteuid() == 0 else "",
            "worker_processes 1;",
            f"error_log {w}/error.log warn;",
            f"pid {w}/nginx.pid;",
            "events { worker_connections 4096; }",
            "http {",
            f"    access_log {w}/access.log;",
            f"    client_body_temp_path {w}/client_body;",
            f"    proxy_temp_path {w}/proxy;",
            f"    fastcgi_temp_path {w}/fastcgi;",
            f"    uwsgi_temp_path {w}/uwsgi;",
            f"    scgi_temp_path {w}/scgi;",
            f"    include {site};",
            "}",
            "",
        ]))
        return main

    def start(self, timeout: float = 20) -> "Nginx":
        config = self.write_config()
        check = subprocess.run([NGINX, "-t", "-p", str(self.workdir), "-c", str(config)],
                               capture_output=True, text=True)
        if check.returncode != 0:
            raise RuntimeError(f"nginx -t failed:\n{check.stderr}")
        self.process = subprocess.Popen([NGINX, "-p", str(self.workdir), "-c", str(config), "-g", "daemon off;"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + timeout
        while True:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return self
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"nginx did not start: {self.process.stderr.read().decode()[-2000:]}")
            time.sleep(0.05)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)  # graceful: finish requests, close websockets
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        shutil.rmtree(self.workdir, ignore_errors=True)


# ---- deploy/run_replicas.sh ----

def free_port_run(count: int) -> int:
    """A first port such that it and the next count - 1 are free now."""
    for _ in range(50):
        base = free_port()
        if base + count > 65535:
            continue
        try:
            sockets = []
            for port in range(base, base + count):
                probe = socket.socket()
                sockets.append(probe)
                probe.bind(("127.0.0.1", port))
            return base
        except OSError:
            continue
        finally:
            for probe in sockets:
                probe.close()
    raise RuntimeError(f"no {count} consecutive free ports")


def app_pids_on(port: int) -> list[int]:
    """Processes whose command line is a streamlit run on this port."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                argv = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if b"streamlit" in b" ".join(argv) and f"--server.port={port}".encode() in argv:
                pids.append(int(entry.name))
    return pids


class ReplicaSet:
    """deploy/run_replicas.sh COUNT on consecutive loopback ports, as a classroom server runs it, its
    app processes started by this interpreter (PYTHON=sys.executable)."""

    def __init__(self, count: int, env: dict | None = None, log: Path | None = None):
        self.count = count
        self.base_port = free_port_run(count)
        self.ports = [self.base_port + i for i in range(count)]
        self.urls = [f"http://127.0.0.1:{port}" for port in self.ports]
        self.env = with_shared_data({**os.environ, "FIRST_CONTACT_BASE_PORT": str(self.base_port),
                                     "PYTHON": sys.executable, **(env or {})})
        self.log = log or Path(tempfile.mkstemp(prefix="run-replicas-", suffix=".log")[1])
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 90) -> "ReplicaSet":
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(["bash", str(ROOT / "deploy" / "run_replicas.sh"), str(self.count)],
                                            cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                            start_new_session=True)
        try:
            wait_healthy(self.urls, self.process, timeout,
                         lambda: f"run_replicas.sh did not start:\n{self.log.read_text(errors='replace')[-3000:]}")
        except RuntimeError:
            self.stop()
            raise
        return self

    def pids(self) -> list[int]:
        return [pid for port in self.ports for pid in app_pids_on(port)]

    def stop(self, timeout: float = 20) -> None:
        """SIGTERM to the script alone, as a service manager sends it; the script stops its processes."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self.log.unlink(missing_ok=True)


# ---- what a training run should show ----

_EXPECTED_SCRIPT = """
import json, sys
from core.cat_task import CatTask
from core.datasets import load_catvnoncat
from core.dual_logistic import train
rates, iters = json.loads(sys.argv[1]), int(sys.argv[2])
task = CatTask.from_arrays(*load_catvnoncat())
print(json.dumps({r: [(run := train(task.problem, float(r), iters)).train_accuracy, run.test_accuracy] for r in rates}))
"""


def expected_cat_results(learning_rates, iters: int, env: dict | None = None) -> dict[str, tuple[float, float]]:
    """{learning rate as in the URL: (train %, test %)} from core, computed in a fresh process with the
    app processes' environment: at large learning rates the last test image can flip with the BLAS
    thread count (the Gram matrix's rounding), so OPENBLAS_NUM_THREADS must match the server's."""
    import json

    full_env = with_shared_data({**os.environ, **(env or {})})
    done = subprocess.run([sys.executable, "-c", _EXPECTED_SCRIPT, json.dumps(sorted(learning_rates)), str(iters)],
                          cwd=ROOT, env=full_env, capture_output=True, text=True, check=True)
    return {rate: tuple(values) for rate, values in json.loads(done.stdout).items()}
