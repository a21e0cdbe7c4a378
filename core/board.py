"""The class board: students post their training runs to a class, the teacher shows them all at once.

Streamlit-free. It speaks SQL through SQLAlchemy Core, so the same code runs on an embedded SQLite file
(the default, `data/board.sqlite3`, created on first use) and on PostgreSQL (driver psycopg 3) when
`FIRST_CONTACT_BOARD_URL` names one: several app replicas behind a proxy then share one class.

Every write that checks a bound runs in one transaction that first locks the class: `SELECT ... FOR
UPDATE` on the class row in PostgreSQL, `BEGIN IMMEDIATE` (the database's write lock) in SQLite. Two
posts at the bound therefore cannot both pass, and a refused post leaves what is stored untouched.

The schema is created and migrated by the app itself: `board_schema` holds one version number and
MIGRATIONS the frozen steps from each version to the next (an Alembic setup would be more machinery
than three tables need).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import os
import secrets
import time
import unicodedata
from collections.abc import Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import make_url

from core.chapters import learning_rate_of
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
}


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


def run_from_snapshot(page: str, settings: Mapping[str, Any], snapshot) -> Run:
    """A Run from a training generator's last snapshot (core.snapshot.TrainingSnapshot): the curve thinned,
    non-finite costs as null. The curve's points are evenly spaced over iterations 0..snapshot.iteration."""
    costs = np.asarray(snapshot.costs, dtype=float).ravel()
    return Run(page=page, settings=dict(settings), final_cost=float(costs[-1]) if len(costs) else None,
               train_accuracy=snapshot.train_accuracy, test_accuracy=snapshot.test_accuracy,
               diverged=bool(snapshot.diverged), costs=thin_curve(costs), iterations=int(snapshot.iteration),
               num_iterations=int(snapshot.num_iterations))


# ---- the schema, current version ----

SCHEMA_VERSION = 2
metadata = sa.MetaData()
classes_table = sa.Table(
    "classes", metadata,
    sa.Column("code", sa.String(CODE_LENGTH), primary_key=True),
    sa.Column("teacher_key_hash", sa.String(64), nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("closed", sa.Boolean, nullable=False),
    sa.Column("expires_at", sa.Float),  # version 2
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


MIGRATIONS = {1: _migrate_to_1, 2: _migrate_to_2}
assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION + 1))
MIGRATION_LOCK = 0x626F617264  # "board": one PostgreSQL advisory lock, so replicas migrate one at a time


def board_url(url: str | None = None) -> str:
    """The database to use: `url`, else $FIRST_CONTACT_BOARD_URL, else the SQLite file in data/."""
    return url or os.environ.get(URL_VARIABLE) or f"sqlite:///{DEFAULT_PATH}"


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
        for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON"):
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
                 clock=time.time):
        self.url = board_url(url)
        self.max_students, self.max_runs, self.max_curve_points = max_students, max_runs, max_curve_points
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

    def _check_teacher(self, conn: sa.Connection, code: str, teacher_key: str) -> None:
        row = conn.execute(sa.select(classes_table).where(classes_table.c.code == code).with_for_update()).one_or_none()
        if row is None:
            raise _refuse("class_not_found", format_code(code))
        if not (isinstance(teacher_key, str) and hmac.compare_digest(row.teacher_key_hash, _hash_key(teacher_key))):
            raise _refuse("wrong_teacher_key", format_code(code))

    def close(self, code: str, teacher_key: str) -> None:
        """No more students or runs; the board stays readable until the class expires."""
        code = normalize_code(code)
        with self._write() as conn:
            self._check_teacher(conn, code, teacher_key)
            conn.execute(classes_table.update().where(classes_table.c.code == code).values(closed=True))

    def clear(self, code: str, teacher_key: str) -> int:
        """Delete every run of the class (its students stay joined); the number deleted."""
        code = normalize_code(code)
        with self._write() as conn:
            self._check_teacher(conn, code, teacher_key)
            return conn.execute(runs_table.delete().where(runs_table.c.class_code == code)).rowcount

    def expire(self, now: datetime | float | None = None) -> int:
        """Delete every class past its expiry time, with its students and runs; the number of classes."""
        moment = _seconds(now, self._clock)
        with self._write() as conn:
            # Lock the classes first, as every other write does, so a post in flight finishes or is refused.
            codes = conn.execute(sa.select(classes_table.c.code).where(classes_table.c.expires_at <= moment)
                                 .with_for_update()).scalars().all()
            for start in range(0, len(codes), 500):
                chunk = codes[start:start + 500]
                conn.execute(runs_table.delete().where(runs_table.c.class_code.in_(chunk)))
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
        """Delete every run of this student in the class; the number deleted."""
        code = normalize_code(code)
        with self._write() as conn:
            self._locked_class(conn, code, for_posts=False)
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
                             students=count(students_table), runs=count(runs_table))

    def runs(self, code: str) -> list[PostedRun]:
        """Every run of the class, oldest first, with its student's nickname."""
        code = normalize_code(code)
        with self._engine.connect() as conn:
            self._usable(conn.execute(sa.select(classes_table).where(classes_table.c.code == code)).one_or_none(), code,
                         for_posts=False)
            rows = conn.execute(
                sa.select(runs_table, students_table.c.nickname).join(students_table, students_table.c.id == runs_table.c.student_id)
                .where(runs_table.c.class_code == code).order_by(runs_table.c.id)).all()
        return [PostedRun(run_id=r.id, nickname=r.nickname, page=r.page, settings=json.loads(r.settings),
                          final_cost=r.final_cost, train_accuracy=r.train_accuracy, test_accuracy=r.test_accuracy,
                          diverged=bool(r.diverged), costs=json.loads(r.costs), iterations=r.iterations,
                          num_iterations=r.num_iterations, posted_at=r.posted_at) for r in rows]

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

