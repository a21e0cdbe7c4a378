"""The class board's lesson and photos, timed on SQLite and PostgreSQL (core/board.py only, no server).

What a lesson costs the database:
- `current_step(code)`: every following student's page polls it every 2-3 s; one call's time (median, p95)
  on one thread, as a ratio to the cheapest read there is (a pooled connection and `SELECT 1`), and how
  many calls per second 8 threads get through, against the 16 per second that 40 students polling every
  2.5 s need;
- `answers(code, check)`: the teacher's panel with 40 answers;
- 40 students adding 5 photos each from 8 threads at once (200 photos): the seconds, and one add's p95;
- `photos(code)` reading those 200 photos back.

    python bench/board_lesson.py                      # SQLite, and a throwaway PostgreSQL if one can start
    python bench/board_lesson.py --postgres URL       # an existing PostgreSQL database instead
    python bench/board_lesson.py --polls 5000

Timings on a shared machine are noisy: compare runs made back to back. Nothing here is asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.board import PHOTO_SHAPE, Board  # noqa: E402
from core.checks import Check  # noqa: E402

STUDENTS, PHOTOS_EACH, THREADS = 40, 5, 8
POLL_SECONDS = 2.5
CHECKS = {check.key: check for check in (
    Check(key="gradient_descent.alpha_one", kind="choice", question="q", explanation="e", solve=lambda: "b",
          options=("a", "b", "c"), option_labels=("a", "b", "c")),
    Check(key="perceptron.epochs", kind="number", question="q", explanation="e", solve=lambda: 6, tolerance=0.5,
          min_value=0, max_value=100),
)}


def microseconds(samples: list[float]) -> str:
    ordered = sorted(samples)
    return f"median {statistics.median(ordered) * 1e6:7.0f} µs, p95 {ordered[int(0.95 * len(ordered))] * 1e6:7.0f} µs"


def measure(name: str, url: str, polls: int) -> None:
    board = Board(url, find_check=CHECKS.__getitem__)
    try:
        code, key = board.open_class()
        students = [board.join(code, f"student {n}") for n in range(STUDENTS)]
        board.ask(code, key, "perceptron", "perceptron.epochs")
        board.ask(code, key, "gradient_descent", "gradient_descent.alpha_one")
        for n, student in enumerate(students):
            board.answer(code, student, "gradient_descent.alpha_one", "abc"[n % 3])
            board.answer(code, student, "perceptron.epochs", n)
        board.reveal(code, key, "perceptron.epochs")

        for _ in range(50):  # warm the connection pool and the statement caches
            board.current_step(code)
        samples = []
        for _ in range(polls):
            start = time.perf_counter()
            board.current_step(code)
            samples.append(time.perf_counter() - start)
        floor = []  # the least any read costs here: a pooled connection, its transaction, one trivial query
        for _ in range(polls):
            start = time.perf_counter()
            with board._engine.connect() as conn:
                conn.execute(sa.text("SELECT 1")).all()
            floor.append(time.perf_counter() - start)
        ratio = statistics.median(samples) / statistics.median(floor)
        print(f"{name:10s} current_step, one thread:      {microseconds(samples)}; "
              f"{ratio:.2f} x a bare SELECT 1 ({microseconds(floor)})")

        done, stop = [0] * THREADS, threading.Event()

        def poll(n: int) -> None:
            while not stop.is_set():
                board.current_step(code)
                done[n] += 1

        threads = [threading.Thread(target=poll, args=(n,)) for n in range(THREADS)]
        start = time.perf_counter()
        for thread in threads:
            thread.start()
        time.sleep(2.0)
        stop.set()
        for thread in threads:
            thread.join()
        rate = sum(done) / (time.perf_counter() - start)
        need = STUDENTS / POLL_SECONDS
        print(f"{name:10s} current_step, {THREADS} threads:    {rate:7.0f} calls/s = {rate / need:5.0f} x what "
              f"{STUDENTS} students polling every {POLL_SECONDS} s need ({need:.0f}/s)")

        samples = []
        for _ in range(200):
            start = time.perf_counter()
            board.answers(code, "gradient_descent.alpha_one")
            samples.append(time.perf_counter() - start)
        print(f"{name:10s} answers with {STUDENTS} answers:     {microseconds(samples)}")

        pictures = np.random.default_rng(0).integers(0, 256, (STUDENTS * PHOTOS_EACH, *PHOTO_SHAPE), dtype=np.uint8)
        barrier = threading.Barrier(THREADS)

        def add(first: int) -> list[float]:
            barrier.wait(10)
            times = []
            for n in range(first, STUDENTS, THREADS):
                for i in range(PHOTOS_EACH):
                    begin = time.perf_counter()
                    board.add_photo(code, students[n], pictures[n * PHOTOS_EACH + i], (n + i) % 2)
                    times.append(time.perf_counter() - begin)
            return times

        start = time.perf_counter()
        with ThreadPoolExecutor(THREADS) as pool:
            times = sum(pool.map(add, range(THREADS)), [])
        seconds = time.perf_counter() - start
        stored = len(board.photos(code))
        print(f"{name:10s} {STUDENTS} x {PHOTOS_EACH} photos, {THREADS} threads: {seconds:7.2f} s for {stored} stored; "
              f"one add: {microseconds(times)}")

        samples = []
        for _ in range(20):
            start = time.perf_counter()
            board.photos(code)
            samples.append(time.perf_counter() - start)
        print(f"{name:10s} photos() of {stored} photos:      {microseconds(samples)}")
    finally:
        board.dispose()


@contextlib.contextmanager
def throwaway_postgres():
    """The tests' own throwaway server (tests/conftest_postgres.py), or None with the reason it cannot start."""
    from tests.conftest_postgres import fresh_database, postgres_server

    server = contextlib.contextmanager(postgres_server.__wrapped__)()
    try:
        url = server.__enter__()
    except BaseException as reason:  # pytest's skip is a BaseException
        print(f"postgresql skipped: {reason}")
        yield None
        return
    try:
        yield fresh_database(url)
    finally:
        server.__exit__(None, None, None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--postgres", help="a PostgreSQL database URL to use instead of a throwaway server")
    parser.add_argument("--polls", type=int, default=2000, help="current_step calls timed on one thread")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        measure("sqlite", f"sqlite:///{Path(folder) / 'board.sqlite3'}", options.polls)
    if options.postgres:
        measure("postgresql", options.postgres, options.polls)
        return
    with throwaway_postgres() as url:
        if url is not None:
            measure("postgresql", url, options.polls)


if __name__ == "__main__":
    main()
