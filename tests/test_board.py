"""core/board.py: one suite, run against an SQLite file and against a real PostgreSQL server."""

from __future__ import annotations

import json
import math
import multiprocessing
import string
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

import numpy as np
import pytest
import sqlalchemy as sa
from hypothesis import given, settings, strategies as st

from core import board as board_module
from core.board import (CODE_ALPHABET, MAX_CURVE_POINTS, NICKNAME_MAX, SCHEMA_VERSION, Board, BoardError,
                        ClassUnavailable, LimitReached, NotAllowed, Run, clean_nickname, curve_indices,
                        curve_positions, format_code, learning_rate_of, normalize_code, thin_curve)
from tests.conftest_postgres import fresh_database, postgres_server  # noqa: F401  (a fixture)

BACKENDS = ["sqlite", "postgresql"]


class Clock:
    """A clock the test moves by hand."""

    def __init__(self):
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(params=BACKENDS)
def board_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'board.sqlite3'}"
    return fresh_database(request.getfixturevalue("postgres_server"))


@pytest.fixture
def make_board(board_url):
    made = []

    def make(**options) -> Board:
        made.append(Board(board_url, **options))
        return made[-1]

    yield make
    for board in made:
        board.dispose()


def a_run(tag: str = "", *, lr: float = 0.01, costs=(0.69, 0.5, 0.3), **changes) -> Run:
    values = dict(page="cat_classifier", settings={"lr": lr, "iters": 300, "tag": tag}, final_cost=costs[-1],
                  train_accuracy=90.0, test_accuracy=70.0, diverged=False, costs=list(costs),
                  iterations=len(costs) - 1, num_iterations=300)
    values.update(changes)
    return Run(**values)


def refused(code: str, call, *args):
    with pytest.raises(BoardError) as caught:
        call(*args)
    assert caught.value.code == code, caught.value
    return caught.value


# ---- codes and keys ----

def test_class_codes_are_short_unguessable_and_readable(make_board):
    board = make_board()
    opened = [board.open_class() for _ in range(30)]
    codes = [code for code, _ in opened]
    assert len(set(codes)) == 30
    for code, key in opened:
        assert len(code) == 8 and set(code) <= set(CODE_ALPHABET)
        assert not set(code) & set("0O1IL")
        assert len(key) >= 32 and key not in codes
    assert format_code("ABCD2345") == "ABCD-2345"
    assert normalize_code(" abcd-2345 ") == "ABCD2345"
    with board._engine.connect() as conn:
        stored = dict(conn.execute(sa.select(board_module.classes_table.c.code,
                                             board_module.classes_table.c.teacher_key_hash)).all())
    for code, key in opened:
        assert stored[code] != key and key not in stored[code] and len(stored[code]) == 64  # a hash, not the key


def test_bad_and_unknown_codes(make_board):
    board = make_board()
    for text in ("", "ABCD-234", "ABCD-23450", "ABCD-O234", "<script>", "ABCD 2345 6", None):
        refused("bad_code", board.join, text, "Ada")
    error = refused("class_not_found", board.join, "ABCD-2345", "Ada")
    assert isinstance(error, ClassUnavailable)
    refused("class_not_found", board.runs, "ABCD-2345")


# ---- the happy path ----

def test_a_run_goes_in_and_comes_out(make_board):
    board = make_board()
    code, _ = board.open_class()
    ada = board.join(format_code(code).lower(), "  Ada   Lovelace ")
    assert board.nickname(code, ada) == "Ada Lovelace"
    run_id = board.post(code, ada, a_run("x", lr=0.005, costs=(0.69, float("inf"), float("nan")),
                                        final_cost=float("nan"), diverged=True))
    [posted] = board.runs(code)
    assert posted.run_id == run_id and posted.nickname == "Ada Lovelace" and posted.page == "cat_classifier"
    assert posted.settings == {"lr": 0.005, "iters": 300, "tag": "x"} and posted.learning_rate == 0.005
    assert posted.costs == [0.69, None, None] and posted.final_cost is None and posted.diverged is True
    assert (posted.train_accuracy, posted.test_accuracy, posted.iterations, posted.num_iterations) == (90, 70, 2, 300)
    info = board.info(code)
    assert (info.students, info.runs, info.closed) == (1, 1, False)
    assert info.expires_at - info.created_at == pytest.approx(24 * 3600)
    # a plain mapping is a run too, and numpy numbers are plain numbers
    board.post(code, ada, dict(page="deep_network", settings={"dn_lr": np.float64(0.0075), "dn_iters": np.int64(5)},
                               final_cost=np.float64(0.4), train_accuracy=np.float64(99.0), test_accuracy=None,
                               diverged=np.bool_(False), costs=np.array([0.7, 0.4]).tolist()))
    assert board.runs(code)[1].settings == {"dn_lr": 0.0075, "dn_iters": 5}


def test_a_student_withdraws_only_their_own_runs(make_board):
    board = make_board()
    code, _ = board.open_class()
    ada, bob = board.join(code, "Ada"), board.join(code, "Bob")
    for student in (ada, ada, bob):
        board.post(code, student, a_run())
    assert board.withdraw(code, ada) == 2
    assert [r.nickname for r in board.runs(code)] == ["Bob"]
    assert board.withdraw(code, "not-a-student") == 0
    assert board.info(code).students == 2  # withdrawing runs does not leave the class


def test_a_student_posts_only_to_their_own_class(make_board):
    board = make_board()
    code, _ = board.open_class()
    other, _ = board.open_class()
    ada = board.join(code, "Ada")
    error = refused("student_not_found", board.post, other, ada, a_run())
    assert isinstance(error, NotAllowed)
    refused("student_not_found", board.nickname, other, ada)
    assert board.runs(other) == []


# ---- the teacher key ----

def test_only_the_teacher_key_closes_and_clears(make_board):
    board = make_board()
    code, key = board.open_class()
    other_code, other_key = board.open_class()
    ada = board.join(code, "Ada")
    board.post(code, ada, a_run())
    for wrong in ("", "x" * 43, other_key, key[:-1], key + "x", None):
        refused("wrong_teacher_key", board.close, code, wrong)
        refused("wrong_teacher_key", board.clear, code, wrong)
        assert not board.is_teacher(code, wrong)
    assert len(board.runs(code)) == 1 and not board.info(code).closed  # nothing changed
    assert board.is_teacher(code, key) and not board.is_teacher(other_code, key)
    assert board.clear(code, key) == 1 and board.runs(code) == []
    board.post(code, ada, a_run())  # cleared, still open
    board.close(code, key)
    assert board.info(code).closed and len(board.runs(code)) == 1  # closed: still readable


def test_a_closed_class_refuses_posts_and_joins(make_board):
    board = make_board()
    code, key = board.open_class()
    ada = board.join(code, "Ada")
    board.post(code, ada, a_run("kept"))
    board.close(code, key)
    error = refused("class_closed", board.post, code, ada, a_run())
    assert isinstance(error, ClassUnavailable) and format_code(code) in str(error)
    refused("class_closed", board.join, code, "Bob")
    assert [r.settings["tag"] for r in board.runs(code)] == ["kept"]
    assert board.withdraw(code, ada) == 1  # a student may still take their runs back


# ---- expiry ----

def test_a_class_expires_and_its_runs_are_deleted(make_board):
    clock = Clock()
    board = make_board(clock=clock, lifetime=timedelta(hours=2))
    code, key = board.open_class()
    young, _ = board.open_class(lifetime=timedelta(hours=5))
    ada = board.join(code, "Ada")
    board.post(code, ada, a_run())
    board.post(young, board.join(young, "Bob"), a_run())
    clock.now += 2 * 3600 + 1
    refused("class_expired", board.post, code, ada, a_run())
    refused("class_expired", board.join, code, "Cy")
    refused("class_expired", board.runs, code)
    assert board.expire(datetime.fromtimestamp(clock.now, timezone.utc)) == 1
    refused("class_not_found", board.runs, code)
    with board._engine.connect() as conn:
        for table in (board_module.runs_table, board_module.students_table):
            left = conn.execute(sa.select(table.c.class_code)).scalars().all()
            assert left == [young], table.name  # the expired class's rows are gone, the other class's stay
    assert len(board.runs(young)) == 1
    assert board.expire() == 0  # at the board's own clock: nothing more to do
    clock.now += 3 * 3600
    assert board.expire() == 1


# ---- nicknames ----

STORED_AS_GIVEN = [
    "<script>alert(1)</script",
    "<b>bold</b> & <i>",
    "**b** [a](http://x) $x$",
    ":red[r] :material/home:",
    "# heading",
    "👩‍👩‍👧‍👦 family 🇫🇷",
    "مرحبا بالعالم",
    "שלום",
    "学生一号",
    "Zoë Ångström",
    "'; DROP TABLE runs; --",
    "a" * NICKNAME_MAX,
]


UNUSABLE = [
    ("a" * 10_000, "nickname_too_long"),
    ("a" * (NICKNAME_MAX + 1), "nickname_too_long"),
    ("", "nickname_empty"),
    ("   \t ", "nickname_empty"),
    ("\u200b\u200d", "nickname_empty"),  # zero-width only: nothing to see
    ("evil\u202eetc", "nickname_bad_characters"),  # right-to-left override
    ("bell\x07", "nickname_bad_characters"),
    ("null\x00byte", "nickname_bad_characters"),
    ("private\ue000use", "nickname_bad_characters"),
    (12345, "nickname_empty"),
]


def test_hostile_nicknames_are_stored_as_given_or_refused_clearly(make_board):
    board = make_board()
    code, _ = board.open_class()
    for nickname in STORED_AS_GIVEN:
        board.post(code, board.join(code, nickname), a_run(nickname))
    for nickname, error in UNUSABLE:
        refused(error, board.join, code, nickname)
    posted = board.runs(code)
    assert [(r.nickname, r.settings["tag"]) for r in posted] == [(n, n) for n in STORED_AS_GIVEN]
    assert board.info(code).students == len(STORED_AS_GIVEN)  # the refused ones left no trace


def test_nicknames_are_tidied_and_unique_in_a_class(make_board):
    assert clean_nickname("  Ada \n Lovelace\t") == "Ada Lovelace"
    assert clean_nickname("Zoe\u0308") == "Zoë"  # one NFC form
    assert clean_nickname("line\u2028break") == "line break"  # a line separator is whitespace
    board = make_board()
    code, _ = board.open_class()
    other, _ = board.open_class()
    board.join(code, "Ada")
    refused("nickname_taken", board.join, code, "ADA")
    refused("nickname_taken", board.join, code, " ada ")
    board.join(other, "Ada")  # another class: free
    assert board.info(code).students == 1


# ---- bounds ----

def test_curves_are_bounded(make_board):
    board = make_board()
    code, _ = board.open_class()
    ada = board.join(code, "Ada")
    error = refused("curve_too_long", board.post, code, ada, a_run(costs=[0.5] * (MAX_CURVE_POINTS + 1)))
    assert isinstance(error, LimitReached)
    board.post(code, ada, a_run(costs=thin_curve(np.linspace(1, 0, 5000))))
    assert len(board.runs(code)[0].costs) == MAX_CURVE_POINTS


MALFORMED = [
    dict(train_accuracy=150.0), dict(test_accuracy=-1.0), dict(test_accuracy=float("nan")),
    dict(final_cost="low"), dict(diverged="no"), dict(page="cat classifier"), dict(page="x" * 41),
    dict(settings={"lr": float("inf")}), dict(settings={"lr": [1, 2]}), dict(settings={"": 1}),
    dict(settings={f"s{i}": i for i in range(21)}), dict(settings={"note": "x" * 101}), dict(iterations=-1),
    dict(costs=["a"]),
]


def test_malformed_runs_are_refused(make_board):
    board = make_board()
    code, _ = board.open_class()
    ada = board.join(code, "Ada")
    for changes in MALFORMED:
        refused("bad_run", board.post, code, ada, a_run(**changes))
    refused("bad_run", board.post, code, ada, {"page": "cat_classifier", "unknown": 1})
    assert board.runs(code) == []


def test_runs_and_students_are_bounded_and_nothing_stored_is_lost(make_board):
    board = make_board(max_runs=5, max_students=3)
    code, _ = board.open_class()
    ada = board.join(code, "Ada")
    for i in range(5):
        board.post(code, ada, a_run(str(i)))
    refused("too_many_runs", board.post, code, ada, a_run("6"))
    assert [r.settings["tag"] for r in board.runs(code)] == ["0", "1", "2", "3", "4"]
    board.join(code, "Bob"), board.join(code, "Cy")
    refused("class_full", board.join, code, "Dee")
    assert board.info(code).students == 3
    board.withdraw(code, ada)
    board.post(code, ada, a_run("room again"))  # a bound counts what is stored now


# ---- concurrency ----

def _post_many(board: Board, code: str, student: str, tag: str, count: int) -> list[str]:
    refusals = []
    for i in range(count):
        try:
            board.post(code, student, a_run(f"{tag}/{i}"))
        except BoardError as error:
            refusals.append(error.code)
    return refusals


def test_eight_threads_lose_and_duplicate_nothing(make_board, board_url):
    board = make_board()
    code, _ = board.open_class()
    students = [board.join(code, f"thread {n}") for n in range(8)]
    start = time.perf_counter()
    with ThreadPoolExecutor(8) as pool:
        refusals = list(pool.map(lambda n: _post_many(board, code, students[n], f"t{n}", 100), range(8)))
    seconds = time.perf_counter() - start
    print(f"\n{board_url.split(':')[0]}: 8 threads x 100 posts in {seconds:.2f} s")
    assert refusals == [[]] * 8
    tags = [r.settings["tag"] for r in board.runs(code)]
    assert len(tags) == 800 and set(tags) == {f"t{n}/{i}" for n in range(8) for i in range(100)}
    for n in range(8):  # each student's runs in the order they were posted
        mine = [int(t.split("/")[1]) for t in tags if t.startswith(f"t{n}/")]
        assert mine == list(range(100))


def test_the_run_bound_holds_under_concurrent_posts(make_board):
    board = make_board(max_runs=50, max_students=5)
    code, _ = board.open_class()
    students = [board.join(code, f"s{n}") for n in range(5)]
    with ThreadPoolExecutor(8) as pool:
        refusals = sum(pool.map(lambda n: _post_many(board, code, students[n % 5], f"t{n}", 10), range(8)), [])
    assert refusals == ["too_many_runs"] * 30
    assert len(board.runs(code)) == 50 == board.info(code).runs

    def join(n):
        try:
            return board.join(code, f"late {n}")
        except BoardError as error:
            return error.code

    other_code, _ = board.open_class()
    code = other_code
    with ThreadPoolExecutor(8) as pool:
        outcomes = list(pool.map(join, range(8)))
    assert outcomes.count("class_full") == 3 and board.info(code).students == 5


def _post_from_a_process(url: str, code: str, student: str, tag: str, count: int) -> list[str]:
    board = Board(url)  # a process of its own, as a second app replica would be
    try:
        return _post_many(board, code, student, tag, count)
    finally:
        board.dispose()


def test_two_processes_lose_and_duplicate_nothing(make_board, board_url):
    board = make_board()
    code, _ = board.open_class()
    students = [board.join(code, f"process {n}") for n in range(2)]
    start = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(2) as pool:
        refusals = pool.starmap(_post_from_a_process,
                                [(board_url, code, students[n], f"p{n}", 100) for n in range(2)])
    print(f"\n{board_url.split(':')[0]}: 2 processes x 100 posts in {time.perf_counter() - start:.2f} s")
    assert refusals == [[], []]
    tags = [r.settings["tag"] for r in board.runs(code)]
    assert sorted(tags) == sorted(f"p{n}/{i}" for n in range(2) for i in range(100))


def test_replicas_starting_together_migrate_once(board_url):
    boards = []
    with ThreadPoolExecutor(4) as pool:
        boards = list(pool.map(lambda _: Board(board_url), range(4)))
    try:
        assert {b.schema_version() for b in boards} == {SCHEMA_VERSION}
        code, _ = boards[0].open_class()
        boards[3].join(code, "Ada")
        assert boards[1].info(code).students == 1
    finally:
        for b in boards:
            b.dispose()


# ---- the schema ----

def test_an_older_database_is_migrated(board_url):
    engine = board_module._engine(board_url)
    created_at = time.time() - 3600
    with engine.begin() as conn:  # what version 1 of the app left behind: a class with a student and a run
        board_module._migrate_to_1(conn)
        conn.execute(sa.text("UPDATE board_schema SET version = 1"))
        conn.execute(sa.text("INSERT INTO classes (code, teacher_key_hash, created_at, closed) "
                             "VALUES ('ABCD2345', :hash, :at, :closed)"),
                     {"hash": board_module._hash_key("k" * 43), "at": created_at, "closed": False})
        conn.execute(sa.text("INSERT INTO students (id, class_code, nickname, nickname_key, joined_at) "
                             "VALUES ('s1', 'ABCD2345', 'Ada', 'ada', :at)"), {"at": created_at})
        conn.execute(sa.text("INSERT INTO runs (class_code, student_id, page, settings, diverged, costs, posted_at)"
                             " VALUES ('ABCD2345', 's1', 'cat_classifier', '{\"lr\": 0.01}', :no, '[0.7]', :at)"),
                     {"no": False, "at": created_at})
        assert "expires_at" not in {c["name"] for c in sa.inspect(conn).get_columns("classes")}
    engine.dispose()

    board = Board(board_url)
    try:
        assert board.schema_version() == SCHEMA_VERSION == 4
        info = board.info("ABCD-2345")
        assert info.expires_at == pytest.approx(created_at + 24 * 3600)  # v1's fixed lifetime, kept
        assert [r.nickname for r in board.runs("ABCD2345")] == ["Ada"]
        board.post("ABCD2345", "s1", a_run())
        assert board.is_teacher("ABCD2345", "k" * 43)
    finally:
        board.dispose()


def _database_at_version(url: str, version: int) -> None:
    """An empty board database exactly as the app at schema `version` left it (its frozen steps, in order)."""
    engine = board_module._engine(url)
    with engine.begin() as conn:
        for step in range(1, version + 1):
            board_module.MIGRATIONS[step](conn)
        conn.execute(sa.text("UPDATE board_schema SET version = :v"), {"v": version})
    engine.dispose()


def test_a_version_2_database_gains_the_lesson_and_the_photos_and_keeps_its_classes_and_runs(board_url):
    _database_at_version(board_url, 2)  # the schema the app wrote before the lesson and the photos
    engine = board_module._engine(board_url)
    now = time.time()
    with engine.begin() as conn:
        for code, closed in (("ABCD2345", False), ("WXYZ6789", True)):
            conn.execute(sa.text("INSERT INTO classes (code, teacher_key_hash, created_at, closed, expires_at) "
                                 "VALUES (:code, :hash, :at, :closed, :expires)"),
                         {"code": code, "hash": board_module._hash_key(code * 5), "at": now - 60, "closed": closed,
                          "expires": now + 3600})
            for n, name in enumerate(("Ada", "学生一号")):
                conn.execute(sa.text("INSERT INTO students (id, class_code, nickname, nickname_key, joined_at) "
                                     "VALUES (:id, :code, :name, :key, :at)"),
                             {"id": f"{code}-s{n}", "code": code, "name": name, "key": name.casefold(), "at": now - 50})
                conn.execute(sa.text(
                    "INSERT INTO runs (class_code, student_id, page, settings, final_cost, diverged, costs, iterations,"
                    " num_iterations, posted_at) VALUES (:code, :id, 'cat_classifier', :settings, 0.3, :no, "
                    "'[0.7, null, 0.3]', 2, 300, :at)"),
                    {"code": code, "id": f"{code}-s{n}", "settings": json.dumps({"lr": 0.01 * (n + 1)}), "no": False,
                     "at": now - 40 + n})
        assert not sa.inspect(conn).has_table("photos")
    engine.dispose()

    board = Board(board_url)
    try:
        assert board.schema_version() == SCHEMA_VERSION == 4
        for code, closed in (("ABCD2345", False), ("WXYZ6789", True)):
            runs = board.runs(code)
            assert [(r.nickname, r.settings, r.costs) for r in runs] == [
                ("Ada", {"lr": 0.01}, [0.7, None, 0.3]), ("学生一号", {"lr": 0.02}, [0.7, None, 0.3])]
            assert board.run(code, runs[1].run_id) == runs[1]
            info = board.info(code)
            assert (info.students, info.runs, info.photos, info.closed) == (2, 2, 0, closed)
            assert info.expires_at == pytest.approx(now + 3600)
            step = board.current_step(code)
            assert (step.step, step.chapter, step.check, step.asked, step.revealed) == (0, None, None, (), ())
        # the old class takes part in a lesson and keeps photos like a new one
        step = board.ask("ABCD-2345", "ABCD2345" * 5, "gradient_descent")
        assert (step.step, step.chapter) == (1, "gradient_descent")
        photo = board.add_photo("ABCD2345", "ABCD2345-s1", np.zeros((64, 64, 3), np.uint8), 1)
        assert [p.photo_id for p in board.photos("ABCD2345")] == [photo]
        board.post("ABCD2345", "ABCD2345-s0", a_run())
    finally:
        board.dispose()


def test_the_migrated_schema_is_the_declared_one(make_board):
    """The migrations (frozen, run in order) and the tables the code queries (`metadata`) describe one schema."""
    board = make_board()
    inspector = sa.inspect(board._engine)
    assert set(inspector.get_table_names()) == set(board_module.metadata.tables) | {"board_schema"}
    for table in board_module.metadata.sorted_tables:
        stored = {c["name"]: c for c in inspector.get_columns(table.name)}
        assert list(stored) == [c.name for c in table.columns], table.name
        for column in table.columns:
            assert stored[column.name]["nullable"] == column.nullable, (table.name, column.name)
        assert ({c.name for c in table.primary_key.columns}
                == set(inspector.get_pk_constraint(table.name)["constrained_columns"])), table.name


def test_a_newer_database_is_not_touched(board_url):
    Board(board_url).dispose()
    engine = board_module._engine(board_url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE board_schema SET version = 99"))
    engine.dispose()
    with pytest.raises(RuntimeError, match="newer"):
        Board(board_url)


def test_the_default_database_is_the_data_folder(monkeypatch):
    monkeypatch.delenv("FIRST_CONTACT_BOARD_URL", raising=False)
    assert board_module.board_url() == f"sqlite:///{board_module.ROOT / 'data' / 'board.sqlite3'}"
    monkeypatch.setenv("FIRST_CONTACT_BOARD_URL", "postgresql://x@y/z")
    assert board_module.board_url() == "postgresql://x@y/z"
    assert board_module._engine("postgresql://x@y/z").dialect.driver == "psycopg"


def test_sqlite_runs_in_wal_mode(tmp_path):
    board = Board(f"sqlite:///{tmp_path / 'sub' / 'board.sqlite3'}")  # the folder is made on first use
    try:
        with board._engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        board.dispose()


# ---- curves and names ----

@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=20_000), st.integers(min_value=2, max_value=300))
def test_thinning_keeps_even_iterations_from_first_to_last_and_the_positions_match(length, max_points):
    values = np.arange(length, dtype=float)
    thinned = thin_curve(values, max_points)
    assert len(thinned) == (length if length <= max_points else min(max_points, -(-(length - 1) // 2) + 1))
    if length:
        assert thinned[0] == 0 and thinned[-1] == length - 1
    if len(thinned) < length:  # even iterations only, and the last: a two-iteration swing is never drawn as a wave
        assert all(int(v) % 2 == 0 for v in thinned[:-1])
    assert curve_positions(length - 1, len(thinned)) == [int(v) for v in thinned]
    assert list(curve_indices(length, max_points)) == sorted(set(curve_indices(length, max_points)))


def test_thinning_turns_non_finite_costs_into_null():
    thinned = thin_curve([0.7, math.inf, -math.inf, math.nan, 0.2])
    assert thinned == [0.7, None, None, None, 0.2]
    assert json.dumps(thinned, allow_nan=False) == "[0.7, null, null, null, 0.2]"


def test_every_error_code_has_a_message_in_every_language():
    from core.words import class_board as words

    for code in board_module.ERROR_CODES:
        assert f"class_board.error.{code}" in words.EN and f"class_board.error.{code}" in words.ZH


def test_the_learning_rate_is_the_setting_the_registry_names():
    assert learning_rate_of("cat_classifier", {"lr": 0.01, "iters": 3}) == 0.01
    assert learning_rate_of("shallow_network", {"sn_lr": 1.2}) == 1.2
    assert learning_rate_of("deep_network", {"dn_lr": 0.0075, "lr": 5}) == 0.0075  # its own, not a look-alike
    assert learning_rate_of("cat_classifier", {"iters": 3}) is None and learning_rate_of("cat_classifier", {"lr": True}) is None
    assert learning_rate_of("gradient_descent", {"gd_lr": 0.1}) is None  # it does not train: no run on the board
    assert learning_rate_of("no_such_chapter", {"lr": 0.1}) is None


def test_code_alphabet_has_no_look_alikes():
    assert set(CODE_ALPHABET) <= set(string.ascii_uppercase + string.digits)
    assert not set(CODE_ALPHABET) & set("0O1IL")
    assert len(set(CODE_ALPHABET)) == len(CODE_ALPHABET) == 31


def test_a_thread_blocked_on_the_lock_does_not_lose_its_post(make_board):
    """A write that waits for another writer (SQLite's busy wait, PostgreSQL's row lock) then succeeds."""
    board = make_board()
    code, _ = board.open_class()
    ada = board.join(code, "Ada")
    holding = threading.Event()
    release = threading.Event()

    def hold_the_class():
        with board._write() as conn:
            board._locked_class(conn, code, for_posts=True)
            holding.set()
            release.wait(5)

    holder = threading.Thread(target=hold_the_class)
    holder.start()
    holding.wait(5)
    poster = threading.Thread(target=board.post, args=(code, ada, a_run("waited")))
    poster.start()
    time.sleep(0.3)
    assert poster.is_alive()  # waiting for the lock, not failing
    release.set()
    holder.join(5), poster.join(10)
    assert [r.settings["tag"] for r in board.runs(code)] == ["waited"]


def test_without_postgresql_the_fixture_skips_with_a_reason_or_fails_when_required(monkeypatch):
    from _pytest.outcomes import Failed, Skipped

    from tests import conftest_postgres

    monkeypatch.delenv(conftest_postgres.REQUIRE, raising=False)
    with pytest.raises(Skipped, match="no initdb"):
        conftest_postgres._unavailable("no initdb under /usr/lib/postgresql")
    monkeypatch.setenv(conftest_postgres.REQUIRE, "1")
    with pytest.raises(Failed, match="required"):
        conftest_postgres._unavailable("no initdb under /usr/lib/postgresql")


def test_runs_of_settings_match_every_setting_given_and_numbers_to_a_billionth():
    from core.board import PostedRun, runs_of_settings

    def run(run_id, page, **settings):
        return PostedRun(run_id=run_id, nickname="n", page=page, settings=settings, final_cost=0.1,
                         train_accuracy=None, test_accuracy=None, diverged=False, costs=[], iterations=1,
                         num_iterations=1, posted_at=0.0)

    runs = [run(1, "cat_classifier", lr=0.005, iters=2000, pace="watch"),
            run(2, "cat_classifier", lr=0.005 * (1 + 1e-12), iters=2000),
            run(3, "cat_classifier", lr=0.005, iters=1000),
            run(4, "deep_network", lr=0.005, iters=2000),
            run(5, "cat_classifier", lr=0.005)]
    assert [r.run_id for r in runs_of_settings(runs, "cat_classifier", {"lr": 0.005, "iters": 2000})] == [1, 2]
    assert [r.run_id for r in runs_of_settings(runs, "cat_classifier", {})] == [1, 2, 3, 5]
    assert runs_of_settings(runs, "cat_classifier", {"pace": "slow"}) == []
