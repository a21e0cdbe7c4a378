"""A student's link to a class: where their session sits, and the post of each run that ends.

A training page calls `post_run(page, settings, run)` where it shows a run that has ended (finished,
stopped or diverged). If this session has joined a class, the run goes to the class board, once: the run
object handled last is remembered per page, and the page keeps showing the same object on every rerun
until a new run replaces it.

The session's seat (class code, student id, nickname) lives in `st.session_state`, in the address bar
(`class=CODE&student=ID`, written at the join and again on every page, since a page switch clears it) and in
this browser's memory (a cookie `fc_seat_<CODE>`, ui/browser_memory.py). So a reload keeps it, and a tab
opened without it (a link the teacher shared) offers it back in one click: `seat_line`, drawn by app.py
above every page, says "In class ABCD-2345 as Mei · Leave", or why this tab has no seat and how to get it
back. The student id is a secret like a key (whoever holds it posts and withdraws as that student): it is
never shown on the page, and the nickname alone never gives a seat back.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from core.board import (DEFAULT_LIFETIME, Board, BoardError, ClassInfo, PostedRun, board_url, format_code, normalize_code,
                        run_from_snapshot)
from core.chapters.class_board import SNAPSHOT_SECONDS
from core.text import t
from ui.browser_memory import forget, remember, remembered_all

CLASS_PARAM, STUDENT_PARAM = "class", "student"
SEAT_KEY = "class_link.seat"
HANDLED_KEY = "class_link.handled"  # page -> {"run": the run object, "outcome": (kind, detail)}
LAST_POST_KEY = "class_link.last_post"
WITHDRAW_PROBLEM_KEY = "class_link.withdraw_problem"
MIN_SECONDS_BETWEEN_POSTS = 1.0
# Refusals after which this session's seat is no use: the page forgets it instead of trying again.
SEAT_GONE = {"class_not_found", "class_expired", "student_not_found"}
MINE_KEY = "lesson.mine"  # check key -> this student's locked answer (ui/lesson.py), dropped by a withdrawal
TEACHER_KEYS = "class_board.teacher_keys"  # class code -> teacher key, for the classes this session teaches
LOST_KEY = "class_link.lost"  # (code as the address gave it, refusal) of a seat the board did not recognise
LEFT_KEY = "class_link.left"  # the seat this session left: offered back until it joins again
OFFERS_KEY = "class_link.offers"  # the seats this browser remembers, checked once per session
RETRY_KEY = "class_link.retry_at"  # an unreachable board is asked again from this moment (time.monotonic)
RETRY_SECONDS = 30.0
SEAT_MEMORY = "seat_"  # this browser's cookie fc_seat_<CODE> holds the student's id in that class
REMEMBER_SECONDS = int(DEFAULT_LIFETIME.total_seconds())  # a class lives no longer
MAX_REMEMBERED_SEATS = 3
BOARD_PATH = "pages/class_board.py"
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$&:\"'=^])")


@dataclass(frozen=True)
class Seat:
    code: str  # normalized, e.g. ABCD2345
    student_id: str  # the student's secret
    nickname: str


@st.cache_resource(max_entries=4, show_spinner=False)
def board_for(url: str) -> Board:
    return Board(url)


def board() -> Board:
    """The process's Board (one connection pool per database URL)."""
    return board_for(board_url())


def seat() -> Seat | None:
    """This session's seat in a class: from the session, else from the address bar after a reload.

    A seat the address names but the board refuses (the class expired, a hand-edited id) is not dropped in
    silence: `seat_line` says so (LOST_KEY) and offers the way back. An unreachable board is asked again
    after RETRY_SECONDS, not on every rerun."""
    current = st.session_state.get(SEAT_KEY)
    if current is not None:
        return current
    code_text, student_id = st.query_params.get(CLASS_PARAM), st.query_params.get(STUDENT_PARAM)
    if not (code_text and student_id) or time.monotonic() < st.session_state.get(RETRY_KEY, 0.0):
        return None
    try:
        code = normalize_code(code_text)
        current = Seat(code, student_id, board().nickname(code, student_id))
    except BoardError as error:
        st.session_state[LOST_KEY] = (code_text[:12], error.code)
        del st.query_params[STUDENT_PARAM]  # asked once: the line says why, the board page offers to join
        return None
    except SQLAlchemyError:
        st.session_state[RETRY_KEY] = time.monotonic() + RETRY_SECONDS
        return None
    st.session_state[SEAT_KEY] = current
    return current


def sit(new_seat: Seat) -> None:
    """Take a seat (a join, or a rejoin): in the session, the address bar and this browser's memory."""
    st.session_state[SEAT_KEY] = new_seat
    for key in (LOST_KEY, LEFT_KEY):
        st.session_state.pop(key, None)
    offers = st.session_state.get(OFFERS_KEY)
    if offers:
        st.session_state[OFFERS_KEY] = [offer for offer in offers if offer.code != new_seat.code]
    keep_in_url(new_seat)
    remember(SEAT_MEMORY + new_seat.code, new_seat.student_id, REMEMBER_SECONDS)


def leave() -> None:
    """Leave the class in this tab and this browser (the runs stay on the board); this session may still
    take the seat back (LEFT_KEY), a later one may not."""
    current = st.session_state.pop(SEAT_KEY, None)
    if current is not None:
        st.session_state[LEFT_KEY] = current
        forget(SEAT_MEMORY + current.code)
    for param in (CLASS_PARAM, STUDENT_PARAM):
        if param in st.query_params:
            del st.query_params[param]


def keep_in_url(current: Seat) -> None:
    """Write the seat into the address bar (a page switch clears it), so a reload keeps the class."""
    if st.query_params.get(STUDENT_PARAM) != current.student_id:
        st.query_params[CLASS_PARAM] = format_code(current.code)
        st.query_params[STUDENT_PARAM] = current.student_id


def lose_seat(reason: str) -> None:
    """The board no longer knows this session's seat (the class expired or was deleted): say so on every page
    from now on (LOST_KEY), forget it here and in this browser."""
    current = st.session_state.pop(SEAT_KEY, None)
    if current is None:
        return
    st.session_state[LOST_KEY] = (format_code(current.code), reason)
    forget(SEAT_MEMORY + current.code)
    for param in (CLASS_PARAM, STUDENT_PARAM):
        if param in st.query_params:
            del st.query_params[param]


def _same_class(code_text: str, code: str) -> bool:
    try:
        return normalize_code(code_text) == code
    except BoardError:
        return False


def markdown_literal(text: str) -> str:
    """`text` as Markdown that shows exactly these characters (a nickname: never bold, a link or a formula)."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", text)


# ---- the seat on every page ----

def taught_class() -> str | None:
    """The class this session teaches (the last it opened or was given the key of), if any."""
    keys = st.session_state.get(TEACHER_KEYS) or {}
    return next(reversed(keys), None)


def teacher_line(here: str | None) -> None:
    """On every page but the board, a teacher's way back to their class: "Teaching class ABCD-2345 · The class
    board" (the menu's link to the board carries no class)."""
    code = taught_class()
    if code is None or here == "class_board":
        return
    with st.container(horizontal=True, vertical_alignment="center", gap="small", key="teacher_line"):
        st.caption(t("seat.teaching", code=format_code(code)), width="content")
        st.page_link(BOARD_PATH, label=t("seat.back_to_board"), icon=":material/co_present:",
                     query_params={CLASS_PARAM: format_code(code)})


def seat_line() -> Seat | None:
    """Called by app.py on every page, before the page: a joined student's "In class ABCD-2345 as Mei · Leave"
    (and the seat kept in the address bar and in this browser); a tab whose seat is lost says so and offers it
    back in one click ("Rejoin as Mei"), keeping the student's runs and answers (the same student id)."""
    current = seat()
    if current is not None:
        shown = st.query_params.get(CLASS_PARAM)
        if not shown or _same_class(shown, current.code):  # a link to another class's board keeps its class
            keep_in_url(current)
        remember(SEAT_MEMORY + current.code, current.student_id, REMEMBER_SECONDS)
        with st.container(horizontal=True, vertical_alignment="center", gap="small", key="seat_line"):
            st.caption(t("seat.line", code=format_code(current.code), nickname=markdown_literal(current.nickname)),
                       width="content")
            st.button(t("seat.leave"), key="seat_leave", type="tertiary", icon=":material/logout:", on_click=leave)
        return current
    lost = st.session_state.get(LOST_KEY)
    offers = _offers()
    if lost is not None and not any(_same_class(lost[0], offer.code) for offer in offers):
        _lost_notice(*lost)
    for number, offer in enumerate(offers):
        _offer(offer, number)
    return None


def _lost_notice(code_text: str, reason: str) -> None:
    with st.container(key="seat_lost"):
        st.warning(t("seat.lost_link", code=markdown_literal(code_text)) + t("text.between_sentences")
                   + t(f"class_board.error.{reason}"), icon=":material/person_off:")
        query = {CLASS_PARAM: code_text} if reason in ("student_not_found", "class_closed") else {}
        st.page_link(BOARD_PATH, label=t("seat.join_again"), icon=":material/login:", query_params=query)


def _offer(offer: Seat, number: int) -> None:
    code, name = format_code(offer.code), markdown_literal(offer.nickname)
    with st.container(key=f"seat_offer_{number}"):
        left = offer is st.session_state.get(LEFT_KEY)
        st.warning(t("seat.left" if left else "seat.lost", code=code, nickname=name), icon=":material/person_off:")
        with st.container(horizontal=True, gap="small"):
            st.button(t("seat.rejoin", nickname=name), key=f"seat_rejoin_{number}", type="primary",
                      icon=":material/login:", on_click=sit, args=(offer,))
            if not left:
                st.button(t("seat.not_me"), key=f"seat_forget_{number}", type="tertiary", on_click=_not_mine,
                          args=(offer,))


def _not_mine(offer: Seat) -> None:
    forget(SEAT_MEMORY + offer.code)
    st.session_state[OFFERS_KEY] = [other for other in st.session_state.get(OFFERS_KEY, []) if other != offer]


def _offers() -> list[Seat]:
    """The seats this browser remembers (checked with the board once per session, since a session's cookies do
    not change) that this tab is not in, and the one this session just left."""
    offers = st.session_state.get(OFFERS_KEY)
    if offers is None and time.monotonic() >= st.session_state.get(RETRY_KEY, 0.0):
        offers = []
        try:
            for code, student_id in list(remembered_all(SEAT_MEMORY).items())[:MAX_REMEMBERED_SEATS]:
                try:
                    offers.append(Seat(normalize_code(code), student_id, board().nickname(code, student_id)))
                except BoardError:  # the class ended, or the seat is gone: nothing to offer
                    forget(SEAT_MEMORY + code)
        except SQLAlchemyError:
            st.session_state[RETRY_KEY] = time.monotonic() + RETRY_SECONDS
            offers = None
        else:
            st.session_state[OFFERS_KEY] = offers
    left = st.session_state.get(LEFT_KEY)
    return (offers or []) + ([left] if left is not None else [])


def error_text(error: BoardError) -> str:
    return t(f"class_board.error.{error.code}")


@contextmanager
def board_errors(unavailable: Callable[[str], object] = st.error) -> Iterator[None]:
    """Run the block; if the board refuses (BoardError) say why as an error, and if its database cannot be
    reached say so with `unavailable` (st.error or st.warning); either way the rest of the block is skipped
    and the page goes on."""
    try:
        yield
    except BoardError as error:
        st.error(error_text(error))
    except SQLAlchemyError:
        unavailable(t("class_board.unavailable"))


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
            st.session_state[LOST_KEY] = (format_code(current.code), detail)
            forget(SEAT_MEMORY + current.code)
            if STUDENT_PARAM in st.query_params:
                del st.query_params[STUDENT_PARAM]
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
    st.session_state.pop(MINE_KEY, None)  # the board dropped this student's answers too
    for record in st.session_state.get(HANDLED_KEY, {}).values():
        if record["outcome"][0] == "sent":
            record["outcome"] = ("withdrawn", count)
    st.toast(t("link.withdrawn", count=count, code=format_code(current.code)), icon=":material/undo:")


@st.cache_data(ttl=SNAPSHOT_SECONDS, max_entries=200, show_spinner=False)
def class_snapshot(url: str, code: str) -> tuple[ClassInfo, list[PostedRun]]:
    """A class's state and runs, read once for every viewer refreshing within SNAPSHOT_SECONDS. Cleared
    (in this process) whenever this process changes a class, so the one who changed it sees it at once."""
    active = board_for(url)
    return active.info(code), active.runs(code)
