"""A student's link to a class: where their session sits, and the post of each run that ends.

A training page calls `post_run(page, settings, run)` where it shows a run that has ended (finished,
stopped or diverged). If this session has joined a class, the run goes to the class board, once: the run
object handled last is remembered per page, and the page keeps showing the same object on every rerun
until a new run replaces it. The session's seat (class code, student id, nickname) lives in
`st.session_state` and in the address bar (`class=CODE&student=ID`), so a reload keeps it.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from core.board import (Board, BoardError, ClassInfo, PostedRun, board_url, format_code, normalize_code,
                        run_from_snapshot)
from core.chapters.class_board import SNAPSHOT_SECONDS
from core.text import t

CLASS_PARAM, STUDENT_PARAM = "class", "student"
SEAT_KEY = "class_link.seat"
HANDLED_KEY = "class_link.handled"  # page -> {"run": the run object, "outcome": (kind, detail)}
LAST_POST_KEY = "class_link.last_post"
WITHDRAW_PROBLEM_KEY = "class_link.withdraw_problem"
MIN_SECONDS_BETWEEN_POSTS = 1.0
# Refusals after which this session's seat is no use: the page forgets it instead of trying again.
SEAT_GONE = {"class_not_found", "class_expired", "student_not_found"}


@dataclass(frozen=True)
class Seat:
    code: str  # normalized, e.g. ABCD2345
    student_id: str  # the student's secret
    nickname: str


@st.cache_resource(max_entries=4, show_spinner=False)
def _board_for(url: str) -> Board:
    return Board(url)


def board() -> Board:
    """The process's Board (one connection pool per database URL)."""
    return _board_for(board_url())


def seat() -> Seat | None:
    """This session's seat in a class: from the session, else from the address bar after a reload."""
    current = st.session_state.get(SEAT_KEY)
    if current is not None:
        return current
    code_text, student_id = st.query_params.get(CLASS_PARAM), st.query_params.get(STUDENT_PARAM)
    if not (code_text and student_id):
        return None
    try:
        code = normalize_code(code_text)
        current = Seat(code, student_id, board().nickname(code, student_id))
    except (BoardError, SQLAlchemyError):
        return None  # a stale or hand-edited link: the page offers to join again
    st.session_state[SEAT_KEY] = current
    return current


def sit(new_seat: Seat) -> None:
    st.session_state[SEAT_KEY] = new_seat
    keep_in_url(new_seat)


def leave() -> None:
    st.session_state.pop(SEAT_KEY, None)
    for param in (CLASS_PARAM, STUDENT_PARAM):
        if param in st.query_params:
            del st.query_params[param]


def keep_in_url(current: Seat) -> None:
    """Write the seat into the address bar (a page switch clears it), so a reload keeps the class."""
    if st.query_params.get(STUDENT_PARAM) != current.student_id:
        st.query_params[CLASS_PARAM] = format_code(current.code)
        st.query_params[STUDENT_PARAM] = current.student_id


def error_text(error: BoardError) -> str:
    return t(f"class_board.error.{error.code}")


def post_run(page: str, settings: dict, run) -> None:
    """Post a run that has ended to this session's class, once, and say so; offer to withdraw.

    `page` is the chapter's slug, `settings` the run's settings by name, `run` a TrainingSnapshot.
    Does nothing for a session that has not joined a class.
    """
    current = seat()
    if current is None:
        return
    keep_in_url(current)
    handled = st.session_state.setdefault(HANDLED_KEY, {})
    record = handled.get(page)
    if record is None or record["run"] is not run:
        waited = time.monotonic() - st.session_state.get(LAST_POST_KEY, -math.inf)
        if waited < MIN_SECONDS_BETWEEN_POSTS:
            st.caption(t("link.too_soon"))  # not marked handled: the next rerun sends it
            return
        st.session_state[LAST_POST_KEY] = time.monotonic()
        record = {"run": run, "outcome": _send(current, page, settings, run)}
        handled[page] = record
    _show(record["outcome"], current)


def _send(current: Seat, page: str, settings: dict, run) -> tuple[str, str | None]:
    try:
        board().post(current.code, current.student_id, run_from_snapshot(page, settings, run))
    except BoardError as error:
        return "refused", error.code
    except SQLAlchemyError:
        return "unavailable", None
    class_snapshot.clear()
    return "sent", None


def _show(outcome: tuple[str, str | None], current: Seat) -> None:
    kind, detail = outcome
    class_code = format_code(current.code)
    if kind == "sent":
        st.caption(t("link.sent", code=class_code))
    elif kind == "withdrawn":
        st.caption(t("link.withdrawn", count=detail, code=class_code))
    elif kind == "unavailable":
        st.caption(t("class_board.unavailable"))
    else:
        st.warning(t("link.not_sent", code=class_code) + t("text.between_sentences") + t(f"class_board.error.{detail}"))
        if detail in SEAT_GONE:
            st.session_state.pop(SEAT_KEY, None)
            return
    withdraw_button(current, t("link.withdraw", code=class_code), key="class_link_withdraw")


def withdraw_button(current: Seat, label: str, key: str) -> None:
    """One click takes back every run this student posted to the class (handled before the rerun draws,
    so the page already says the runs are withdrawn)."""
    st.button(label, key=key, icon=":material/undo:", on_click=_withdraw, args=(current,))
    problem = st.session_state.pop(WITHDRAW_PROBLEM_KEY, None)
    if problem:
        st.warning(problem)


def _withdraw(current: Seat) -> None:
    try:
        count = board().withdraw(current.code, current.student_id)
    except BoardError as error:
        st.session_state[WITHDRAW_PROBLEM_KEY] = error_text(error)
        return
    except SQLAlchemyError:
        st.session_state[WITHDRAW_PROBLEM_KEY] = t("class_board.unavailable")
        return
    class_snapshot.clear()
    for record in st.session_state.get(HANDLED_KEY, {}).values():
        if record["outcome"][0] == "sent":
            record["outcome"] = ("withdrawn", count)
    st.toast(t("link.withdrawn", count=count, code=format_code(current.code)), icon=":material/undo:")


@st.cache_data(ttl=SNAPSHOT_SECONDS, max_entries=200, show_spinner=False)
def class_snapshot(url: str, code: str) -> tuple[ClassInfo, list[PostedRun]]:
    """A class's state and runs, read once for every viewer refreshing within SNAPSHOT_SECONDS. Cleared
    (in this process) whenever this process changes a class, so the one who changed it sees it at once."""
    active = _board_for(url)
    return active.info(code), active.runs(code)
