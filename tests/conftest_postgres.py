"""A throwaway PostgreSQL server for the board's tests: Debian's binaries, a temporary data directory,
a free loopback port, stopped at the end of the session.

Skipped with the reason when it cannot start (no PostgreSQL installed, no way to run it unprivileged),
unless FIRST_CONTACT_REQUIRE_POSTGRES=1 (CI), which turns the skip into a failure.
Import the fixtures into a test module: `from tests.conftest_postgres import postgres_server  # noqa: F401`.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from harness.serving import free_port

REQUIRE = "FIRST_CONTACT_REQUIRE_POSTGRES"
USER = "board"  # the server's superuser; trust authentication, loopback only, for the session's life


def _unavailable(reason: str):
    if os.environ.get(REQUIRE) == "1":
        pytest.fail(f"PostgreSQL is required ({REQUIRE}=1) but {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason} (apt-get install -y postgresql)")


def _binaries() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _as_server_user() -> list[str]:
    """PostgreSQL refuses to run as root: as root, run it as the `postgres` system user."""
    if os.geteuid() != 0:
        return []
    runuser = shutil.which("runuser")
    if runuser is None:
        _unavailable("running as root and `runuser` is missing")
    try:
        import pwd

        pwd.getpwnam("postgres")
    except KeyError:
        _unavailable("running as root and there is no `postgres` user")
    return [runuser, "-u", "postgres", "--"]


@pytest.fixture(scope="session")
def postgres_server():
    """The URL (SQLAlchemy form, psycopg 3) of the server's `postgres` database."""
    binaries = _binaries()
    if binaries is None:
        _unavailable("no initdb under /usr/lib/postgresql")
    prefix = _as_server_user()
    top = Path(tempfile.mkdtemp(prefix="board-postgres-"))
    data, sockets, log = top / "data", top / "sockets", top / "server.log"
    sockets.mkdir()
    if prefix:
        shutil.chown(top, "postgres")
        shutil.chown(sockets, "postgres")
    port = free_port()
    run = lambda *args: subprocess.run([*prefix, *args], capture_output=True, text=True, timeout=120)
    started = False
    try:
        done = run(str(binaries / "initdb"), "-D", str(data), "-U", USER, "-A", "trust", "-E", "UTF8",
                   "--no-sync", "--locale=C")
        if done.returncode:
            _unavailable(f"initdb failed: {done.stderr[-500:]}")
        # fsync off: a test database need not survive a power cut, and the tests run much faster
        options = (f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100")
        done = run(str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(log), "-w", "-t", "60",
                   "start")
        if done.returncode:
            _unavailable(f"pg_ctl start failed: {done.stderr[-300:]} {log.read_text()[-500:] if log.exists() else ''}")
        started = True
        yield f"postgresql+psycopg://{USER}@127.0.0.1:{port}/postgres"
    finally:
        if started:
            run(str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(top, ignore_errors=True)


_numbers = itertools.count()


def fresh_database(server_url: str) -> str:
    """A new empty database on the server; its URL."""
    import psycopg

    name = f"board_{os.getpid()}_{next(_numbers)}"
    plain = server_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return server_url.rsplit("/", 1)[0] + f"/{name}"
