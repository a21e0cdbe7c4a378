"""The class board: students post their training runs to a class, the teacher shows them all at once.

Streamlit-free. It speaks SQL through SQLAlchemy Core, so the same code runs on an embedded SQLite file
(the default, `data/board.sqlite3`, created on first use) and on PostgreSQL (driver psycopg 3) when
`FIRST_CONTACT_BOARD_URL` names one: several app replicas behind a proxy then share one class.

Every write that checks a bound runs in one transaction that first locks the class: `SELECT ... FOR
UPDATE` on the class row in PostgreSQL, `BEGIN IMMEDIATE` (the database's write lock) in SQLite. Two
posts at the bound therefore cannot both pass, and a refused post leaves what is stored untouched.

The lesson (predict, run, discuss): the teacher asks a chapter's check, students answer it, the teacher
reveals the right answer. The class row holds the current step, so a student's page that polls it every few
seconds costs one primary-key lookup. A check is resolved by its key through `core.chapters.find_check`
(injectable); the right answer is computed by core, never stored.

The class's photos: 64 x 64 x 3 uint8 pixels (the model's input) with a label, a student and a time; nothing
else of a photo is stored.

The schema is created and migrated by the app itself: `board_schema` holds one version number and
MIGRATIONS the frozen steps from each version to the next (an Alembic setup would be more machinery
than a handful of tables need).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import os
import secrets
import sqlite3
import time
import unicodedata
from collections.abc import Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import make_url

from core.chapters import chapter as chapter_entry, find_check as registry_check, learning_rate_of
from core.checks import CHOICE, AnswerError, Check
from core.curves import even_indices, even_positions

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATH = ROOT / "data" / "board.sqlite3"
URL_VARIABLE = "FIRST_CONTACT_BOARD_URL"

# Eight characters from 31 (no 0/O, 1/I/L look-alikes): 31**8 ≈ 8.5e11 codes, read aloud without doubt.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8
NICKNAME_MAX = 24
MAX_STUDENTS = 200
MAX_RUNS = 2000
MAX_CURVE_POINTS = 200
DEFAULT_LIFETIME = timedelta(hours=24)
MAX_PHOTOS_PER_STUDENT = 20
MAX_PHOTOS = 1000
PHOTO_SHAPE = (64, 64, 3)  # the cat classifier's input: 64 x 64 pixels, red, green, blue
PHOTO_BYTES = 64 * 64 * 3
CAT, NOT_A_CAT = 1, 0
# A run's settings are a handful of named numbers and words; these bounds keep a row small.
MAX_SETTINGS, MAX_SETTING_NAME, MAX_SETTING_TEXT, MAX_PAGE = 20, 40, 100, 40
# Bidirectional embeddings, overrides and isolates can flip the text around a nickname on the board.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
REFUSED_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Zl", "Zp"})  # controls, surrogates, private use, breaks
VISIBLE_CATEGORIES = ("L", "N", "S", "P")


# ---- errors: a stable code per refusal, which a page turns into a catalogue message ----

class BoardError(Exception):
    """A refusal with a stable `code` (catalogue key `board.error.<code>`)."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


class ClassUnavailable(BoardError):
    """The class does not exist, has expired, or is closed to new students and runs."""


class LimitReached(BoardError):
    """A bound by design: students or runs per class, points per curve."""


class BadInput(BoardError):
    """A nickname, class code or run that cannot be stored."""


class NotAllowed(BoardError):
    """The teacher key or the student id does not belong to the class."""


ERROR_CODES: dict[str, type[BoardError]] = {
    "class_not_found": ClassUnavailable,
    "class_expired": ClassUnavailable,
    "class_closed": ClassUnavailable,
    "class_full": LimitReached,
    "too_many_runs": LimitReached,
    "curve_too_long": LimitReached,
    "bad_code": BadInput,
    "nickname_empty": BadInput,
    "nickname_too_long": BadInput,
    "nickname_bad_characters": BadInput,
    "nickname_taken": BadInput,
    "bad_run": BadInput,
    "wrong_teacher_key": NotAllowed,
    "student_not_found": NotAllowed,
    # the lesson
    "chapter_not_found": BadInput,
    "check_not_found": BadInput,
    "check_not_in_chapter": BadInput,
    "check_not_asked": NotAllowed,
    "check_revealed": NotAllowed,
    "answer_not_an_option": BadInput,
    "answer_not_a_number": BadInput,
    "answer_out_of_range": BadInput,
    "bad_answer": BadInput,
    "run_not_found": NotAllowed,
    # the photos
    "bad_photo": BadInput,
    "bad_label": BadInput,
    "too_many_own_photos": LimitReached,
    "too_many_photos": LimitReached,
    "photo_not_found": NotAllowed,
    "not_your_photo": NotAllowed,
}


# core.checks.AnswerError's codes -> the board's
ANSWER_ERRORS = {"not_an_option": "answer_not_an_option", "not_a_number": "answer_not_a_number",
                 "out_of_range": "answer_out_of_range"}


def _refuse(code: str, detail: str = "") -> BoardError:
    return ERROR_CODES[code](code, detail)


# ---- what goes in and what comes out ----

@dataclass(frozen=True)
class Run:
    """One finished, stopped or diverged training run, as a student's page posts it."""

    page: str  # the chapter's slug, e.g. "cat_classifier"
    settings: Mapping[str, Any]  # setting name -> value (numbers, words, booleans)
    final_cost: float | None
    train_accuracy: float | None  # percent
    test_accuracy: float | None  # percent
    diverged: bool
    costs: Sequence[float | None]  # at most MAX_CURVE_POINTS; non-finite values are stored as null
    iterations: int | None = None  # iterations done: the curve spans 0..iterations
    num_iterations: int | None = None  # iterations asked for (more than done: the run was stopped)


@dataclass(frozen=True)
class PostedRun:
    """A run as the board shows it. No student id: that is the student's own secret."""

    run_id: int
    nickname: str
    page: str
    settings: dict
    final_cost: float | None
    train_accuracy: float | None
    test_accuracy: float | None
    diverged: bool
    costs: list
    iterations: int | None
    num_iterations: int | None
    posted_at: float  # seconds since the epoch

    @property
    def learning_rate(self) -> float | None:
        """The run's learning rate: the setting its chapter's registry entry names as one."""
        return learning_rate_of(self.page, self.settings)


@dataclass(frozen=True)
class ClassInfo:
    code: str
    created_at: float
    expires_at: float
    closed: bool
    students: int
    runs: int
    photos: int = 0


@dataclass(frozen=True)
class LessonStep:
    """Where the teacher has brought the class: what a following student's page polls."""

    code: str
    step: int  # 0 before the first ask; one more with every ask
    chapter: str | None  # the chapter's slug, None before the first ask
    check: str | None  # the check asked with it, if any (None also after a clear)
    asked: tuple[str, ...]  # every check asked in this class, in the order first asked: these take answers
    revealed: tuple[str, ...]  # the checks whose answer the teacher has revealed, in the order revealed
    closed: bool
    asked_at: float | None  # when the current step was asked


@dataclass(frozen=True)
class StudentAnswer:
    # The student's secret id (it lets them post as themselves): for their own page to find their answer,
    # never to be shown. repr=False keeps it out of logs and tracebacks.
    student_id: str = field(repr=False)
    nickname: str  # as the student gave it: the page escapes it
    value: str | float  # an option's key, or a number
    correct: bool | None  # None until the teacher reveals the answer
    answered_at: float


@dataclass(frozen=True)
class Answers:
    """What the teacher's panel shows about one check: who answered, the distribution, right or wrong."""

    check: str
    kind: str  # "choice" or "number"
    asked: bool
    revealed: bool
    joined: int  # students in the class
    answered: int
    counts: dict[str, int]  # choice: every option's key (in the check's order) -> how many chose it; else {}
    numbers: tuple[float, ...]  # number: every answer, sorted; else ()
    correct_answer: str | float | None  # None until revealed
    students: tuple[StudentAnswer, ...]  # those who answered, in the order of their (last) answer
    waiting: tuple[str, ...]  # nicknames of the students who have not answered, in the order they joined


@dataclass(frozen=True, eq=False)
class Photo:
    """One photo of the class's data set: only what the model needs, plus who added it and when."""

    photo_id: int
    student_id: str = field(repr=False)  # the student's secret (see StudentAnswer): to offer them "delete"
    nickname: str
    label: int  # 1 cat, 0 not a cat
    pixels: np.ndarray = field(repr=False)  # 64 x 64 x 3 uint8, read-only
    added_at: float


# ---- class codes and nicknames ----

def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def format_code(code: str) -> str:
    """ABCD2345 -> ABCD-2345: two halves are easier to read off a projector and type."""
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"


def normalize_code(text: str) -> str:
    """What a student typed -> the stored code: case, spaces and dashes do not matter."""
    if not isinstance(text, str):
        raise _refuse("bad_code")
    code = "".join(ch for ch in text.upper() if ch not in " -\t")
    if len(code) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in code):
        raise _refuse("bad_code", repr(text[:40]))
    return code


def clean_nickname(text: str) -> str:
    """A nickname fit to store and show: NFC, runs of whitespace made one space, trimmed, 1-24 characters,
    no control or direction-changing characters, at least one visible one. Any script and emoji pass."""
    if not isinstance(text, str):
        raise _refuse("nickname_empty")
    if len(text) > 40 * NICKNAME_MAX:  # refuse a huge paste before normalizing all of it
        raise _refuse("nickname_too_long")
    name = " ".join(unicodedata.normalize("NFC", text).split())
    if len(name) > NICKNAME_MAX:
        raise _refuse("nickname_too_long", f"{len(name)} characters")
    if any(ch in BIDI_CONTROLS or unicodedata.category(ch) in REFUSED_CATEGORIES for ch in name):
        raise _refuse("nickname_bad_characters")
    if not any(unicodedata.category(ch).startswith(VISIBLE_CATEGORIES) for ch in name):
        raise _refuse("nickname_empty")
    return name


def nickname_key(name: str) -> str:
    """Two nicknames that read the same (case, compatibility forms) are one nickname in a class."""
    return unicodedata.normalize("NFKC", name).casefold()


def _hash_key(teacher_key: str) -> str:
    # The key is 256 random bits, so a plain SHA-256 suffices: there is no dictionary to guess from.
    return hashlib.sha256(teacher_key.encode()).hexdigest()


# ---- curves ----

def curve_indices(length: int, max_points: int = MAX_CURVE_POINTS) -> np.ndarray:
    """Indices into a curve of `length` points, at most `max_points`: even iterations only, spread from the first
    (mixing both sides of a two-iteration swing would draw a wave that is not there; core/curves.py)."""
    return even_indices(length, max_points)


def thin_curve(values, max_points: int = MAX_CURVE_POINTS) -> list[float | None]:
    """At most `max_points` of `values` (first and last kept), non-finite values as None (JSON null)."""
    values = np.asarray(values, dtype=float).ravel()
    return [float(v) if math.isfinite(v) else None for v in values[curve_indices(len(values), max_points)]]


def curve_positions(iterations: int | None, points: int) -> list[int]:
    """The iteration of each point of a curve thinned by `thin_curve` from iterations 0..`iterations`."""
    return [int(i) for i in even_positions(points if iterations is None else iterations + 1, points)]


def runs_of_settings(runs: Sequence[PostedRun], page: str, settings: Mapping[str, Any]) -> list[PostedRun]:
    """The runs of `page` made with every one of `settings` (by URL key; a number to a billionth of itself):
    the class's runs of a check's settings, after the teacher says "Everyone run it"."""
    def same(value, wanted) -> bool:
        if isinstance(wanted, (int, float)) and not isinstance(wanted, bool) and isinstance(value, (int, float)):
            return math.isclose(value, wanted, rel_tol=1e-9, abs_tol=1e-12)
        return value == wanted
    return [run for run in runs if run.page == page
            and all(key in run.settings and same(run.settings[key], wanted) for key, wanted in settings.items())]


def run_from_snapshot(page: str, settings: Mapping[str, Any], snapshot) -> Run:
    """A Run from a training generator's last snapshot (core.snapshot.TrainingSnapshot): the curve thinned,
    non-finite costs as null. The curve's points are evenly spaced over iterations 0..snapshot.iteration."""
    costs = np.asarray(snapshot.costs, dtype=float).ravel()
    return Run(page=page, settings=dict(settings), final_cost=float(costs[-1]) if len(costs) else None,
               train_accuracy=snapshot.train_accuracy, test_accuracy=snapshot.test_accuracy,
               diverged=bool(snapshot.diverged), costs=thin_curve(costs), iterations=int(snapshot.iteration),
               num_iterations=int(snapshot.num_iterations))


# ---- the schema, current version ----

SCHEMA_VERSION = 4
metadata = sa.MetaData()
classes_table = sa.Table(
    "classes", metadata,
    sa.Column("code", sa.String(CODE_LENGTH), primary_key=True),
    sa.Column("teacher_key_hash", sa.String(64), nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("closed", sa.Boolean, nullable=False),
    sa.Column("expires_at", sa.Float),  # version 2
    # version 3: the lesson's current step, on the class row so that polling it is one primary-key lookup
    sa.Column("lesson_step", sa.Integer, nullable=False, server_default="0"),
    sa.Column("lesson_chapter", sa.String(MAX_PAGE)),
    sa.Column("lesson_check", sa.Text),
    sa.Column("lesson_asked_at", sa.Float),
)
students_table = sa.Table(
    "students", metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("class_code", sa.String(CODE_LENGTH), sa.ForeignKey("classes.code"), nullable=False),
    sa.Column("nickname", sa.String(NICKNAME_MAX), nullable=False),
    sa.Column("nickname_key", sa.Text, nullable=False),
    sa.Column("joined_at", sa.Float, nullable=False),
    sa.UniqueConstraint("class_code", "nickname_key"),
)
runs_table = sa.Table(
    "runs", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("class_code", sa.String(CODE_LENGTH), sa.ForeignKey("classes.code"), nullable=False, index=True),
    sa.Column("student_id", sa.String(32), sa.ForeignKey("students.id"), nullable=False, index=True),
    sa.Column("page", sa.String(MAX_PAGE), nullable=False),
    sa.Column("settings", sa.Text, nullable=False),  # JSON object
    sa.Column("final_cost", sa.Float),
    sa.Column("train_accuracy", sa.Float),
    sa.Column("test_accuracy", sa.Float),
    sa.Column("diverged", sa.Boolean, nullable=False),
    sa.Column("costs", sa.Text, nullable=False),  # JSON array, null where the cost was not finite
    sa.Column("iterations", sa.Integer),
    sa.Column("num_iterations", sa.Integer),
    sa.Column("posted_at", sa.Float, nullable=False),
)
lesson_checks_table = sa.Table(  # version 3: every check asked in a class ("asked" = ever asked)
    "lesson_checks", metadata,
    sa.Column("class_code", sa.String(CODE_LENGTH), sa.ForeignKey("classes.code"), primary_key=True),
    sa.Column("check_key", sa.Text, primary_key=True),
    sa.Column("asked_at", sa.Float, nullable=False),
    sa.Column("revealed_at", sa.Float),
)
answers_table = sa.Table(  # version 3: one answer per student per check
    "answers", metadata,
    sa.Column("class_code", sa.String(CODE_LENGTH), sa.ForeignKey("classes.code"), primary_key=True),
    sa.Column("check_key", sa.Text, primary_key=True),
    sa.Column("student_id", sa.String(32), sa.ForeignKey("students.id"), primary_key=True),
    sa.Column("option", sa.Text),  # a choice check's answer: an option's key
    sa.Column("number", sa.Float),  # a number check's answer
    sa.Column("answered_at", sa.Float, nullable=False),
    sa.ForeignKeyConstraint(["class_code", "check_key"], ["lesson_checks.class_code", "lesson_checks.check_key"]),
)
photos_table = sa.Table(  # version 4: the class's own photos
    "photos", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("class_code", sa.String(CODE_LENGTH), sa.ForeignKey("classes.code"), nullable=False, index=True),
    sa.Column("student_id", sa.String(32), sa.ForeignKey("students.id"), nullable=False, index=True),
    sa.Column("label", sa.SmallInteger, nullable=False),
    sa.Column("pixels", sa.LargeBinary, nullable=False),  # 64 x 64 x 3 uint8, C order
    sa.Column("added_at", sa.Float, nullable=False),
    sa.CheckConstraint("label IN (0, 1)", name="photo_label"),
    sa.CheckConstraint(f"length(pixels) = {PHOTO_BYTES}", name="photo_size"),
)
schema_table = sa.Table("board_schema", sa.MetaData(), sa.Column("version", sa.Integer, nullable=False))


def _migrate_to_1(conn: sa.Connection) -> None:
    """Version 1, frozen as it shipped: classes expired a fixed 24 h after they were opened."""
    frozen = sa.MetaData()
    sa.Table("classes", frozen,
             sa.Column("code", sa.String(CODE_LENGTH), primary_key=True),
             sa.Column("teacher_key_hash", sa.String(64), nullable=False),
             sa.Column("created_at", sa.Float, nullable=False),
             sa.Column("closed", sa.Boolean, nullable=False))
    sa.Table("students", frozen,
             sa.Column("id", sa.String(32), primary_key=True),
             sa.Column("class_code", sa.String(CODE_LENGTH), sa.ForeignKey("classes.code"), nullable=False),
             sa.Column("nickname", sa.String(NICKNAME_MAX), nullable=False),
             sa.Column("nickname_key", sa.Text, nullable=False),
             sa.Column("joined_at", sa.Float, nullable=False),
             sa.UniqueConstraint("class_code", "nickname_key"))
    sa.Table("runs", frozen,
             sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
             sa.Column("class_code", sa.String(CODE_LENGTH), sa.ForeignKey("classes.code"), nullable=False,
                       index=True),
             sa.Column("student_id", sa.String(32), sa.ForeignKey("students.id"), nullable=False, index=True),
             sa.Column("page", sa.String(MAX_PAGE), nullable=False),
             sa.Column("settings", sa.Text, nullable=False),
             sa.Column("final_cost", sa.Float),
             sa.Column("train_accuracy", sa.Float),
             sa.Column("test_accuracy", sa.Float),
             sa.Column("diverged", sa.Boolean, nullable=False),
             sa.Column("costs", sa.Text, nullable=False),
             sa.Column("iterations", sa.Integer),
             sa.Column("num_iterations", sa.Integer),
             sa.Column("posted_at", sa.Float, nullable=False))
    frozen.create_all(conn)
    schema_table.create(conn)
    conn.execute(schema_table.insert().values(version=0))


def _migrate_to_2(conn: sa.Connection) -> None:
    """Version 2: each class keeps its own expiry time (a teacher may set the lifetime)."""
    conn.execute(sa.text("ALTER TABLE classes ADD COLUMN expires_at FLOAT"))
    conn.execute(sa.text("UPDATE classes SET expires_at = created_at + :lifetime"),
                 {"lifetime": timedelta(hours=24).total_seconds()})


def _frozen_keys() -> sa.MetaData:
    """The columns that later tables' foreign keys name, frozen, so that a step creates only its own tables."""
    frozen = sa.MetaData()
    sa.Table("classes", frozen, sa.Column("code", sa.String(CODE_LENGTH), primary_key=True))
    sa.Table("students", frozen, sa.Column("id", sa.String(32), primary_key=True))
    return frozen


def _migrate_to_3(conn: sa.Connection) -> None:
    """Version 3: the lesson. The class's current step, the checks asked in it, the students' answers."""
    for column in ("lesson_step INTEGER NOT NULL DEFAULT 0", "lesson_chapter VARCHAR(40)", "lesson_check TEXT",
                   "lesson_asked_at FLOAT"):
        conn.execute(sa.text(f"ALTER TABLE classes ADD COLUMN {column}"))
    frozen = _frozen_keys()
    asked = sa.Table("lesson_checks", frozen,
                     sa.Column("class_code", sa.String(CODE_LENGTH), sa.ForeignKey("classes.code"), primary_key=True),
                     sa.Column("check_key", sa.Text, primary_key=True),
                     sa.Column("asked_at", sa.Float, nullable=False),
                     sa.Column("revealed_at", sa.Float))
    answers = sa.Table("answers", frozen,
                       sa.Column("class_code", sa.String(CODE_LENGTH), sa.ForeignKey("classes.code"), primary_key=True),
                       sa.Column("check_key", sa.Text, primary_key=True),
                       sa.Column("student_id", sa.String(32), sa.ForeignKey("students.id"), primary_key=True),
                       sa.Column("option", sa.Text),
                       sa.Column("number", sa.Float),
                       sa.Column("answered_at", sa.Float, nullable=False),
                       sa.ForeignKeyConstraint(["class_code", "check_key"],
                                               ["lesson_checks.class_code", "lesson_checks.check_key"]))
    frozen.create_all(conn, tables=[asked, answers])


def _migrate_to_4(conn: sa.Connection) -> None:
    """Version 4: the class's own photos (64 x 64 x 3 pixels and a label, nothing more of a photo)."""
    frozen = _frozen_keys()
    photos = sa.Table("photos", frozen,
                      sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                      sa.Column("class_code", sa.String(CODE_LENGTH), sa.ForeignKey("classes.code"), nullable=False,
                                index=True),
                      sa.Column("student_id", sa.String(32), sa.ForeignKey("students.id"), nullable=False, index=True),
                      sa.Column("label", sa.SmallInteger, nullable=False),
                      sa.Column("pixels", sa.LargeBinary, nullable=False),
                      sa.Column("added_at", sa.Float, nullable=False),
                      sa.CheckConstraint("label IN (0, 1)", name="photo_label"),
                      sa.CheckConstraint("length(pixels) = 12288", name="photo_size"))
    frozen.create_all(conn, tables=[photos])


MIGRATIONS = {1: _migrate_to_1, 2: _migrate_to_2, 3: _migrate_to_3, 4: _migrate_to_4}
assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION + 1))
# A following student's poll: the class row by its primary key, with the checks asked in it (a few rows).
STEP_QUERY = (
    sa.select(classes_table.c.closed, classes_table.c.expires_at, classes_table.c.lesson_step,
              classes_table.c.lesson_chapter, classes_table.c.lesson_check, classes_table.c.lesson_asked_at,
              lesson_checks_table.c.check_key, lesson_checks_table.c.asked_at, lesson_checks_table.c.revealed_at)
    .select_from(classes_table.outerjoin(lesson_checks_table, lesson_checks_table.c.class_code == classes_table.c.code))
    .where(classes_table.c.code == sa.bindparam("code"))
)
MIGRATION_LOCK = 0x626F617264  # "board": one PostgreSQL advisory lock, so replicas migrate one at a time


def board_url(url: str | None = None) -> str:
    """The database to use: `url`, else $FIRST_CONTACT_BOARD_URL, else the SQLite file in data/."""
    return url or os.environ.get(URL_VARIABLE) or f"sqlite:///{DEFAULT_PATH}"


def _use_wal(cursor, attempts: int = 50) -> None:
    """Put an SQLite database in WAL mode (it stays so in the file). Switching needs the whole database to
    itself and SQLite answers "locked" at once, without its busy timeout, while another replica starting at
    the same moment holds it: so read first, and retry the switch for a moment."""
    for attempt in range(attempts):
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
                return
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.1)


def _engine(url: str) -> sa.Engine:
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() != "sqlite":
        # A database that is down should cost a page a few seconds and a message, not a hung session.
        connect_args = {"connect_timeout": 5} if parsed.get_backend_name() == "postgresql" else {}
        return sa.create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    # timeout: how long a writer waits for another's lock (SQLite's busy timeout) before giving up.
    engine = sa.create_engine(parsed, connect_args={"timeout": 30, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # SQLAlchemy's own recipe: stop pysqlite from starting transactions itself, so "begin" below decides.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        _use_wal(cursor)
        for pragma in ("synchronous=NORMAL", "foreign_keys=ON"):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        # A write takes the database's write lock up front; a read in WAL mode never waits for a writer.
        immediate = connection.get_execution_options().get("board_write")
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _seconds(moment: datetime | float | None, clock) -> float:
    if moment is None:
        return clock()
    return moment.timestamp() if isinstance(moment, datetime) else float(moment)


class Board:
    """The classes, their students and their runs, in one SQL database (see the module's docstring)."""

    def __init__(self, url: str | None = None, *, max_students: int = MAX_STUDENTS, max_runs: int = MAX_RUNS,
                 max_curve_points: int = MAX_CURVE_POINTS, lifetime: timedelta = DEFAULT_LIFETIME,
                 max_photos_per_student: int = MAX_PHOTOS_PER_STUDENT, max_photos: int = MAX_PHOTOS,
                 find_check=registry_check, clock=time.time):
        """`find_check`: key -> core.checks.Check, KeyError if none (the chapters' registry by default)."""
        self.url = board_url(url)
        self.max_students, self.max_runs, self.max_curve_points = max_students, max_runs, max_curve_points
        self.max_photos_per_student, self.max_photos = max_photos_per_student, max_photos
        self._find_check = find_check
        self.lifetime = lifetime
        self._clock = clock
        self._engine = _engine(self.url)
        self._writer = self._engine.execution_options(board_write=True)
        self._postgres = self._engine.dialect.name == "postgresql"
        self.migrate()

    def dispose(self) -> None:
        self._engine.dispose()

    # ---- schema ----

    def schema_version(self) -> int:
        with self._engine.connect() as conn:
            return self._version(conn)

    @staticmethod
    def _version(conn: sa.Connection) -> int:
        if not sa.inspect(conn).has_table("board_schema"):
            return 0
        return conn.execute(sa.select(schema_table.c.version)).scalar_one()

    def migrate(self) -> None:
        """Bring the schema to SCHEMA_VERSION, one frozen step at a time, in one transaction."""
        with self._write() as conn:
            if self._postgres:
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            version = self._version(conn)
            if version > SCHEMA_VERSION:
                raise RuntimeError(f"the board database is at schema version {version}, newer than this app's "
                                   f"{SCHEMA_VERSION}: update the app")
            for step in range(version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[step](conn)
                conn.execute(schema_table.update().values(version=step))

    @contextmanager
    def _write(self):
        with self._writer.begin() as conn:
            yield conn

    def _locked_class(self, conn: sa.Connection, code: str, *, for_posts: bool) -> sa.Row:
        """The class row, locked until the transaction ends; refused if missing, expired or (for posts) closed."""
        row = conn.execute(sa.select(classes_table).where(classes_table.c.code == code).with_for_update()).one_or_none()
        return self._usable(row, code, for_posts=for_posts)

    def _usable(self, row, code: str, *, for_posts: bool) -> sa.Row:
        if row is None:
            raise _refuse("class_not_found", format_code(code))
        if row.expires_at <= self._clock():
            raise _refuse("class_expired", format_code(code))
        if for_posts and row.closed:
            raise _refuse("class_closed", format_code(code))
        return row

    # ---- the teacher ----

    def open_class(self, lifetime: timedelta | None = None) -> tuple[str, str]:
        """A new class: (code, teacher key). The key is shown once; only its hash is stored."""
        teacher_key = secrets.token_urlsafe(32)
        now = self._clock()
        expires_at = now + (lifetime or self.lifetime).total_seconds()
        for _ in range(5):  # a collision among 8.5e11 codes is rare; trying again is enough
            code = new_code()
            try:
                with self._write() as conn:
                    conn.execute(classes_table.insert().values(code=code, teacher_key_hash=_hash_key(teacher_key),
                                                         created_at=now, expires_at=expires_at, closed=False))
                return code, teacher_key
            except sa.exc.IntegrityError:
                continue
        raise RuntimeError("could not find a free class code")

    def is_teacher(self, code: str, teacher_key: str) -> bool:
        code = normalize_code(code)
        with self._engine.connect() as conn:
            stored = conn.execute(sa.select(classes_table.c.teacher_key_hash).where(classes_table.c.code == code)).scalar()
        return stored is not None and isinstance(teacher_key, str) and hmac.compare_digest(
            stored, _hash_key(teacher_key))

    def _check_teacher(self, conn: sa.Connection, code: str, teacher_key: str) -> sa.Row:
        """The class row, locked; refused unless `teacher_key` is the class's."""
        row = conn.execute(sa.select(classes_table).where(classes_table.c.code == code).with_for_update()).one_or_none()
        if row is None:
            raise _refuse("class_not_found", format_code(code))
        if not (isinstance(teacher_key, str) and hmac.compare_digest(row.teacher_key_hash, _hash_key(teacher_key))):
            raise _refuse("wrong_teacher_key", format_code(code))
        return row

    def close(self, code: str, teacher_key: str) -> None:
        """No more students or runs; the board stays readable until the class expires."""
        code = normalize_code(code)
        with self._write() as conn:
            self._check_teacher(conn, code, teacher_key)
            conn.execute(classes_table.update().where(classes_table.c.code == code).values(closed=True))

    def clear(self, code: str, teacher_key: str) -> int:
        """Delete every run and every answer of the class, and which checks were asked and revealed: the
        lesson starts over (its students stay joined, the current chapter stays, its check is dropped). The
        photos stay: they are the class's data set, which `delete_photos` deletes. The number of runs deleted."""
        code = normalize_code(code)
        with self._write() as conn:
            self._check_teacher(conn, code, teacher_key)
            conn.execute(answers_table.delete().where(answers_table.c.class_code == code))
            conn.execute(lesson_checks_table.delete().where(lesson_checks_table.c.class_code == code))
            conn.execute(classes_table.update().where(classes_table.c.code == code).values(lesson_check=None))
            return conn.execute(runs_table.delete().where(runs_table.c.class_code == code)).rowcount

    def expire(self, now: datetime | float | None = None) -> int:
        """Delete every class past its expiry time, with its students, runs, answers and photos; the number of
        classes."""
        moment = _seconds(now, self._clock)
        with self._write() as conn:
            # Lock the classes first, as every other write does, so a post in flight finishes or is refused.
            codes = conn.execute(sa.select(classes_table.c.code).where(classes_table.c.expires_at <= moment)
                                 .with_for_update()).scalars().all()
            for start in range(0, len(codes), 500):
                chunk = codes[start:start + 500]
                for table in (answers_table, lesson_checks_table, photos_table, runs_table):
                    conn.execute(table.delete().where(table.c.class_code.in_(chunk)))
                conn.execute(students_table.delete().where(students_table.c.class_code.in_(chunk)))
                conn.execute(classes_table.delete().where(classes_table.c.code.in_(chunk)))
        return len(codes)

    # ---- the students ----

    def join(self, code: str, nickname: str) -> str:
        """A new student in the class; their id, a secret that lets them post and withdraw their runs."""
        code = normalize_code(code)
        name = clean_nickname(nickname)
        student_id = secrets.token_urlsafe(16)
        try:
            with self._write() as conn:
                self._locked_class(conn, code, for_posts=True)
                count = conn.execute(sa.select(sa.func.count()).select_from(students_table)
                                     .where(students_table.c.class_code == code)).scalar_one()
                if count >= self.max_students:
                    raise _refuse("class_full", f"{count} students")
                conn.execute(students_table.insert().values(id=student_id, class_code=code, nickname=name,
                                                      nickname_key=nickname_key(name), joined_at=self._clock()))
        except sa.exc.IntegrityError:
            raise _refuse("nickname_taken", name) from None
        return student_id

    def nickname(self, code: str, student_id: str) -> str:
        """The nickname of a student of the class (a page checks a student id from the address bar)."""
        code = normalize_code(code)
        with self._engine.connect() as conn:
            self._usable(conn.execute(sa.select(classes_table).where(classes_table.c.code == code)).one_or_none(), code,
                         for_posts=False)
            name = conn.execute(sa.select(students_table.c.nickname).where(
                students_table.c.id == str(student_id), students_table.c.class_code == code)).scalar()
        if name is None:
            raise _refuse("student_not_found")
        return name

    def post(self, code: str, student_id: str, run: Run | Mapping) -> int:
        """Store a student's run; its id. Refused (and nothing changed) past a bound or a closed class."""
        code = normalize_code(code)
        values = self._run_values(run if isinstance(run, Run) else _run_from_mapping(run))
        with self._write() as conn:
            self._locked_class(conn, code, for_posts=True)
            known = conn.execute(sa.select(students_table.c.id).where(
                students_table.c.id == str(student_id), students_table.c.class_code == code)).scalar()
            if known is None:
                raise _refuse("student_not_found")
            count = conn.execute(sa.select(sa.func.count()).select_from(runs_table)
                                 .where(runs_table.c.class_code == code)).scalar_one()
            if count >= self.max_runs:
                raise _refuse("too_many_runs", f"{count} runs")
            return conn.execute(runs_table.insert().values(class_code=code, student_id=known, posted_at=self._clock(),
                                                     **values)).inserted_primary_key[0]

    def withdraw(self, code: str, student_id: str) -> int:
        """Delete every run and every answer of this student in the class (even after a reveal); the number of
        runs deleted. Their photos stay: a student deletes those one by one (`delete_photo`)."""
        code = normalize_code(code)
        with self._write() as conn:
            self._locked_class(conn, code, for_posts=False)
            conn.execute(answers_table.delete().where(answers_table.c.class_code == code,
                                                      answers_table.c.student_id == str(student_id)))
            return conn.execute(runs_table.delete().where(runs_table.c.class_code == code,
                                                    runs_table.c.student_id == str(student_id))).rowcount

    # ---- the board ----

    def info(self, code: str) -> ClassInfo:
        code = normalize_code(code)
        with self._engine.connect() as conn:
            row = self._usable(conn.execute(sa.select(classes_table).where(classes_table.c.code == code)).one_or_none(), code,
                               for_posts=False)
            count = lambda table: conn.execute(sa.select(sa.func.count()).select_from(table)
                                               .where(table.c.class_code == code)).scalar_one()
            return ClassInfo(code=code, created_at=row.created_at, expires_at=row.expires_at, closed=row.closed,
                             students=count(students_table), runs=count(runs_table), photos=count(photos_table))

    def runs(self, code: str) -> list[PostedRun]:
        """Every run of the class, oldest first, with its student's nickname."""
        code = normalize_code(code)
        with self._engine.connect() as conn:
            self._usable(conn.execute(sa.select(classes_table).where(classes_table.c.code == code)).one_or_none(), code,
                         for_posts=False)
            rows = conn.execute(
                sa.select(runs_table, students_table.c.nickname).join(students_table, students_table.c.id == runs_table.c.student_id)
                .where(runs_table.c.class_code == code).order_by(runs_table.c.id)).all()
        return [_posted_run(r) for r in rows]

    def run(self, code: str, run_id: int) -> PostedRun:
        """One run of the class by its id, with its settings and curve (a student's exact run, opened by a link)."""
        code = normalize_code(code)
        number = _row_number(run_id)
        with self._engine.connect() as conn:
            self._usable(conn.execute(sa.select(classes_table).where(classes_table.c.code == code)).one_or_none(), code,
                         for_posts=False)
            row = None if number is None else conn.execute(
                sa.select(runs_table, students_table.c.nickname)
                .join(students_table, students_table.c.id == runs_table.c.student_id)
                .where(runs_table.c.id == number, runs_table.c.class_code == code)).one_or_none()
        if row is None:
            raise _refuse("run_not_found", repr(run_id)[:40])
        return _posted_run(row)

    # ---- the lesson: ask, answer, reveal ----

    def _check(self, key) -> Check:
        if not isinstance(key, str):
            raise _refuse("check_not_found", repr(key)[:40])
        try:
            return self._find_check(key)
        except KeyError:
            raise _refuse("check_not_found", key[:80]) from None

    def _step(self, conn: sa.Connection, code: str) -> LessonStep:
        return _lesson_step(code, conn.execute(STEP_QUERY, {"code": code}).all())

    def ask(self, code: str, teacher_key: str, chapter: str, check: str | None = None) -> LessonStep:
        """The teacher brings the class to a chapter, and to one of its checks if given; the new step. From
        now on the check takes answers (until it is revealed). Asking a check again (even a revealed one)
        brings the class back to it. Refused, and nothing changed, with a wrong key or in a closed class."""
        code = normalize_code(code)
        try:
            slug = chapter_entry(chapter).slug
        except (KeyError, TypeError):
            raise _refuse("chapter_not_found", repr(chapter)[:40]) from None
        asked = None if check is None else self._check(check)
        if asked is not None and asked.chapter != slug:
            raise _refuse("check_not_in_chapter", f"{asked.key} is not in {slug}")
        now = self._clock()
        with self._write() as conn:
            self._usable(self._check_teacher(conn, code, teacher_key), code, for_posts=True)
            if asked is not None:
                known = conn.execute(sa.select(lesson_checks_table.c.check_key).where(
                    lesson_checks_table.c.class_code == code, lesson_checks_table.c.check_key == asked.key)).scalar()
                if known is None:
                    conn.execute(lesson_checks_table.insert().values(class_code=code, check_key=asked.key,
                                                                     asked_at=now))
            conn.execute(classes_table.update().where(classes_table.c.code == code).values(
                lesson_step=classes_table.c.lesson_step + 1, lesson_chapter=slug,
                lesson_check=None if asked is None else asked.key, lesson_asked_at=now))
            return self._step(conn, code)

    def current_step(self, code: str) -> LessonStep:
        """Where the teacher has brought the class. Cheap: every following student polls it every few seconds,
        so it is one query on the class's primary key (and the few checks asked in it)."""
        code = normalize_code(code)
        with self._engine.connect() as conn:
            rows = conn.execute(STEP_QUERY, {"code": code}).all()
        self._usable(rows[0] if rows else None, code, for_posts=False)
        return _lesson_step(code, rows)

    def answer(self, code: str, student_id: str, check: str, value) -> str | float:
        """Store a student's answer to a check the teacher has asked in this class; the answer as stored (an
        option's key, or a float). A second answer before the reveal replaces the first. Refused, and nothing
        changed: a value the check cannot take, a closed class, an unknown student, a check not asked, or one
        already revealed."""
        code = normalize_code(code)
        asked = self._check(check)
        try:
            parsed = asked.parse(value)
        except AnswerError as error:
            raise _refuse(ANSWER_ERRORS.get(error.code, "bad_answer"), repr(value)[:40]) from None
        values = dict(option=parsed if asked.kind == CHOICE else None,
                      number=None if asked.kind == CHOICE else parsed, answered_at=self._clock())
        with self._write() as conn:
            self._locked_class(conn, code, for_posts=True)
            known = conn.execute(sa.select(students_table.c.id).where(
                students_table.c.id == str(student_id), students_table.c.class_code == code)).scalar()
            if known is None:
                raise _refuse("student_not_found")
            status = conn.execute(sa.select(lesson_checks_table.c.revealed_at).where(
                lesson_checks_table.c.class_code == code, lesson_checks_table.c.check_key == asked.key)).one_or_none()
            if status is None:
                raise _refuse("check_not_asked", asked.key)
            if status.revealed_at is not None:
                raise _refuse("check_revealed", asked.key)
            # The class row is locked, so no other answer of this student can slip in between.
            mine = sa.and_(answers_table.c.class_code == code, answers_table.c.check_key == asked.key,
                           answers_table.c.student_id == known)
            if not conn.execute(answers_table.update().where(mine).values(**values)).rowcount:
                conn.execute(answers_table.insert().values(class_code=code, check_key=asked.key, student_id=known,
                                                           **values))
        return parsed

    def answers(self, code: str, check: str) -> Answers:
        """The class's answers to a check: counts, distribution, and per student (right or wrong once revealed)."""
        code = normalize_code(code)
        asked = self._check(check)
        with self._engine.connect() as conn:
            self._usable(conn.execute(sa.select(classes_table).where(classes_table.c.code == code)).one_or_none(), code,
                         for_posts=False)
            status = conn.execute(sa.select(lesson_checks_table.c.revealed_at).where(
                lesson_checks_table.c.class_code == code, lesson_checks_table.c.check_key == asked.key)).one_or_none()
            theirs = sa.and_(answers_table.c.student_id == students_table.c.id, answers_table.c.class_code == code,
                             answers_table.c.check_key == asked.key)
            rows = conn.execute(
                sa.select(students_table.c.id, students_table.c.nickname, students_table.c.joined_at,
                          answers_table.c.option, answers_table.c.number, answers_table.c.answered_at)
                .select_from(students_table.outerjoin(answers_table, theirs))
                .where(students_table.c.class_code == code)).all()
        revealed = status is not None and status.revealed_at is not None
        answered = sorted((r for r in rows if r.answered_at is not None), key=lambda r: (r.answered_at, r.nickname))
        waiting = sorted((r for r in rows if r.answered_at is None), key=lambda r: (r.joined_at, r.nickname))
        choice = asked.kind == CHOICE
        value_of = (lambda r: r.option) if choice else (lambda r: r.number)
        counts = {option: 0 for option in asked.options} if choice else {}
        for row in answered if choice else ():
            counts[row.option] = counts.get(row.option, 0) + 1
        return Answers(
            check=asked.key, kind=asked.kind, asked=status is not None, revealed=revealed, joined=len(rows),
            answered=len(answered), counts=counts,
            numbers=() if choice else tuple(sorted(r.number for r in answered)),
            correct_answer=asked.correct_answer() if revealed else None,
            students=tuple(StudentAnswer(student_id=r.id, nickname=r.nickname, value=value_of(r),
                                         correct=asked.is_correct(value_of(r)) if revealed else None,
                                         answered_at=r.answered_at) for r in answered),
            waiting=tuple(r.nickname for r in waiting))

    def reveal(self, code: str, teacher_key: str, check: str) -> LessonStep:
        """The teacher reveals a check's answer: from now on it takes no answers, and each student may see
        whether they were right. Revealing again changes nothing; a closed class may still reveal."""
        code = normalize_code(code)
        asked = self._check(check)
        with self._write() as conn:
            self._usable(self._check_teacher(conn, code, teacher_key), code, for_posts=False)
            this = sa.and_(lesson_checks_table.c.class_code == code, lesson_checks_table.c.check_key == asked.key)
            if not conn.execute(lesson_checks_table.update().where(this, lesson_checks_table.c.revealed_at.is_(None))
                                .values(revealed_at=self._clock())).rowcount:
                if conn.execute(sa.select(lesson_checks_table.c.check_key).where(this)).scalar() is None:
                    raise _refuse("check_not_asked", asked.key)
            return self._step(conn, code)

    # ---- the class's photos ----

    def add_photo(self, code: str, student_id: str, pixels: np.ndarray, label: int) -> int:
        """Store a student's photo (64 x 64 x 3 uint8 pixels; label 1 cat, 0 not a cat); its id. Refused, and
        nothing changed, past a bound or in a closed class."""
        code = normalize_code(code)
        data, mark = _photo_bytes(pixels), _photo_label(label)
        with self._write() as conn:
            self._locked_class(conn, code, for_posts=True)
            known = conn.execute(sa.select(students_table.c.id).where(
                students_table.c.id == str(student_id), students_table.c.class_code == code)).scalar()
            if known is None:
                raise _refuse("student_not_found")
            total, own = conn.execute(
                sa.select(sa.func.count(), sa.func.count(sa.case((photos_table.c.student_id == known, 1))))
                .where(photos_table.c.class_code == code)).one()
            if total >= self.max_photos:
                raise _refuse("too_many_photos", f"{total} photos")
            if own >= self.max_photos_per_student:
                raise _refuse("too_many_own_photos", f"{own} photos")
            return conn.execute(photos_table.insert().values(class_code=code, student_id=known, label=mark, pixels=data,
                                                             added_at=self._clock())).inserted_primary_key[0]

    def photos(self, code: str) -> list[Photo]:
        """Every photo of the class, oldest first, with its student's nickname."""
        code = normalize_code(code)
        with self._engine.connect() as conn:
            self._usable(conn.execute(sa.select(classes_table).where(classes_table.c.code == code)).one_or_none(), code,
                         for_posts=False)
            rows = conn.execute(
                sa.select(photos_table, students_table.c.nickname)
                .join(students_table, students_table.c.id == photos_table.c.student_id)
                .where(photos_table.c.class_code == code).order_by(photos_table.c.id)).all()
        return [Photo(photo_id=r.id, student_id=r.student_id, nickname=r.nickname, label=int(r.label),
                      pixels=_photo_pixels(r.pixels), added_at=r.added_at) for r in rows]

    def delete_photo(self, code: str, photo_id: int, *, student_id: str | None = None,
                     teacher_key: str | None = None) -> None:
        """Delete one photo: the student's own (`student_id`), or any with the teacher key (which, when given,
        decides alone). Refused otherwise, and nothing deleted."""
        code = normalize_code(code)
        number = _row_number(photo_id)
        with self._write() as conn:
            if teacher_key is not None:
                self._usable(self._check_teacher(conn, code, teacher_key), code, for_posts=False)
            else:
                self._locked_class(conn, code, for_posts=False)
            owner = None if number is None else conn.execute(sa.select(photos_table.c.student_id).where(
                photos_table.c.id == number, photos_table.c.class_code == code)).scalar()
            if owner is None:
                raise _refuse("photo_not_found", repr(photo_id)[:40])
            if teacher_key is None and not (isinstance(student_id, str) and hmac.compare_digest(owner, student_id)):
                raise _refuse("not_your_photo")
            conn.execute(photos_table.delete().where(photos_table.c.id == number))

    def delete_photos(self, code: str, teacher_key: str) -> int:
        """The teacher deletes every photo of the class; the number deleted."""
        code = normalize_code(code)
        with self._write() as conn:
            self._usable(self._check_teacher(conn, code, teacher_key), code, for_posts=False)
            return conn.execute(photos_table.delete().where(photos_table.c.class_code == code)).rowcount

    # ---- checking a run ----

    def _run_values(self, run: Run) -> dict:
        page = run.page
        if not (isinstance(page, str) and 0 < len(page) <= MAX_PAGE and page.replace("_", "").isalnum()
                and page.isascii()):
            raise _refuse("bad_run", "page")
        if len(run.costs) > self.max_curve_points:
            raise _refuse("curve_too_long", f"{len(run.costs)} points, at most {self.max_curve_points}")
        return dict(
            page=page,
            settings=json.dumps(_checked_settings(run.settings), allow_nan=False, ensure_ascii=False),
            final_cost=_finite_or_none(run.final_cost, "final_cost"),
            train_accuracy=_percent(run.train_accuracy, "train_accuracy"),
            test_accuracy=_percent(run.test_accuracy, "test_accuracy"),
            diverged=_boolean(run.diverged),
            costs=json.dumps([_finite_or_none(c, "costs") for c in run.costs], allow_nan=False),
            iterations=_count(run.iterations, "iterations"),
            num_iterations=_count(run.num_iterations, "num_iterations"),
        )


def _lesson_step(code: str, rows) -> LessonStep:
    """A LessonStep from STEP_QUERY's rows: the class row once per check asked (or once, with no check)."""
    first = rows[0]
    checks = sorted((r for r in rows if r.check_key is not None), key=lambda r: (r.asked_at, r.check_key))
    revealed = sorted((r for r in checks if r.revealed_at is not None), key=lambda r: (r.revealed_at, r.check_key))
    return LessonStep(code=code, step=first.lesson_step, chapter=first.lesson_chapter, check=first.lesson_check,
                      asked=tuple(r.check_key for r in checks), revealed=tuple(r.check_key for r in revealed),
                      closed=bool(first.closed), asked_at=first.lesson_asked_at)


def _photo_bytes(pixels) -> bytes:
    if not (isinstance(pixels, np.ndarray) and pixels.dtype == np.uint8 and pixels.shape == PHOTO_SHAPE):
        shape, dtype = getattr(pixels, "shape", None), getattr(pixels, "dtype", type(pixels).__name__)
        raise _refuse("bad_photo", f"{shape} {dtype}, not {PHOTO_SHAPE} uint8")
    return np.ascontiguousarray(pixels).tobytes()


def _photo_pixels(data) -> np.ndarray:
    pixels = np.frombuffer(bytes(data), dtype=np.uint8).reshape(PHOTO_SHAPE)
    pixels.flags.writeable = False  # frombuffer over bytes is read-only already; say so
    return pixels


def _photo_label(label) -> int:
    if isinstance(label, (int, np.integer)) and not isinstance(label, (bool, np.bool_)) and label in (CAT, NOT_A_CAT):
        return int(label)
    raise _refuse("bad_label", repr(label)[:40])


def _posted_run(row) -> PostedRun:
    return PostedRun(run_id=row.id, nickname=row.nickname, page=row.page, settings=json.loads(row.settings),
                     final_cost=row.final_cost, train_accuracy=row.train_accuracy, test_accuracy=row.test_accuracy,
                     diverged=bool(row.diverged), costs=json.loads(row.costs), iterations=row.iterations,
                     num_iterations=row.num_iterations, posted_at=row.posted_at)


def _row_number(run_id) -> int | None:
    """A row id as a page may hold it (an int, or the digits from `?run=`), or None if it cannot be one."""
    if isinstance(run_id, str) and run_id.isascii() and run_id.isdigit() and len(run_id) <= 10:
        run_id = int(run_id)
    if isinstance(run_id, (int, np.integer)) and not isinstance(run_id, bool) and 0 < run_id < 2**31:
        return int(run_id)
    return None


def _run_from_mapping(mapping: Mapping) -> Run:
    try:
        return Run(**mapping)
    except TypeError as error:
        raise _refuse("bad_run", str(error)) from None


def _is_number(value) -> bool:
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, (bool, np.bool_))


def _finite_or_none(value, what: str) -> float | None:
    """A finite float, or None for a missing or non-finite one (a diverged run's cost is inf or nan)."""
    if value is None:
        return None
    if not _is_number(value):
        raise _refuse("bad_run", what)
    return float(value) if math.isfinite(value) else None


def _percent(value, what: str) -> float | None:
    number = _finite_or_none(value, what)
    if value is not None and (number is None or not 0 <= number <= 100):
        raise _refuse("bad_run", f"{what} = {value!r} is not a percentage")
    return number


def _boolean(value) -> bool:
    if not isinstance(value, (bool, np.bool_)):
        raise _refuse("bad_run", "diverged")
    return bool(value)


def _count(value, what: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, (int, np.integer)) or isinstance(value, bool) or not 0 <= value < 2**31:
        raise _refuse("bad_run", what)
    return int(value)


def _checked_settings(settings) -> dict:
    if not isinstance(settings, Mapping) or len(settings) > MAX_SETTINGS:
        raise _refuse("bad_run", "settings")
    checked = {}
    for name, value in settings.items():
        if not (isinstance(name, str) and 0 < len(name) <= MAX_SETTING_NAME):
            raise _refuse("bad_run", "setting name")
        if isinstance(value, (bool, np.bool_)) or value is None:
            checked[name] = None if value is None else bool(value)
        elif _is_number(value):
            if not math.isfinite(value):
                raise _refuse("bad_run", f"setting {name} is not finite")
            checked[name] = value.item() if isinstance(value, np.generic) else value
        elif isinstance(value, str) and len(value) <= MAX_SETTING_TEXT:
            checked[name] = value
        else:
            raise _refuse("bad_run", f"setting {name}")
    return checked

