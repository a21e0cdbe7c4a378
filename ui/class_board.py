"""The class board page's views: open a class (teacher), join one (student), and the board itself, which
redraws every few seconds inside a fragment without rerunning the page.

Who may do what is decided by secrets kept in this session: the teacher key of the class this session
opened (or reached by the teacher link), and the student seat (ui/class_link.py). This browser remembers the
teacher key in a cookie (`fc_teacher_<CODE>`, ui/browser_memory.py), so a reload keeps the teacher's view;
the key never enters the address bar, and the teacher link that holds it is shown only on request, with a
warning, and never in presenter mode. The join link and its QR code are built from the address students can
reach (core/public_url.py).
"""

from __future__ import annotations

import time
from contextlib import suppress
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pandas as pd
import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from core.board import (DEFAULT_LIFETIME, NICKNAME_MAX, BoardError, ClassInfo, PostedRun, board_url, format_code,
                        normalize_code)
from core.board_figures import accuracy_figure, board_words, curves_figure, table_rows
from core.chart_words import board_accuracy_words, board_curves_words
from core.chapters import CHAPTERS, TRAINING, chapter as chapter_entry
from core.chapters.class_board import REFRESH_SECONDS, SWEEP_SECONDS
from core.public_url import PublicBase, configured_public_url, host_of, network_address, public_base, suggested_url
from core.qr import qr_png
from core.text import t
from ui.browser_memory import forget, remember, remembered, remembered_all
from ui.chart_words import chart
from ui.class_link import (CLASS_PARAM, board_errors, TEACHER_KEYS, Seat, markdown_literal, taught_class, board, class_snapshot, leave, seat, sit,
                           withdraw_button)
from ui.explain import explain
from ui.lesson import teacher_panel
from ui.opened_run import RUN_PARAM, run_card
from ui.our_photos import board_photos
from ui.presenter_mode import presenting
from ui.controls import keep_choice_across_languages

TEACHER_PARAM = "teacher"
TEACHER_CHECKED = "class_board.teacher_checked"  # the codes whose remembered key this session has checked
SHOW_TEACHER_LINK = "class_board.show_teacher_link"
TEACHER_MEMORY = "teacher_"  # this browser's cookie fc_teacher_<CODE> holds the teacher key of that class
BOARD_URL_PATH = "class_board"


def render() -> None:
    presenter = presenting()
    _sweep_expired()
    code = _class_in_url()
    _accept_teacher_link(code)
    current = seat()
    if code is None:  # came back through the menu (which clears the address bar): the class taught or joined
        code = taught_class() or _remembered_teaching() or (current.code if current is not None else None)
        if code is not None:
            st.query_params[CLASS_PARAM] = format_code(code)
    if code is None:
        explain(t("class_board.intro"))
        _start()
        return
    teacher_key = _teacher_key(code)
    if teacher_key:
        _teacher_panel(code, teacher_key, presenter)
    elif current is not None and current.code == code:
        _student_panel(current)
    else:
        st.info(t("class_board.watching", code=format_code(code)))
        _join_form(code)
    live_board(code, presenter)
    board_photos(code, teacher_key)  # the class's own photos (ui/our_photos.py)


# ---- getting into a class ----

def _class_in_url() -> str | None:
    text = st.query_params.get(CLASS_PARAM)
    if not text:
        return None
    with board_errors():
        return normalize_code(text)
    return None


def _accept_teacher_link(code: str | None) -> None:
    """The teacher link (?class=CODE&teacher=KEY) gives this session the teacher's powers; the key then
    leaves the address bar, so it is not shown on the projector."""
    key = st.query_params.get(TEACHER_PARAM)
    if not key:
        return
    del st.query_params[TEACHER_PARAM]
    with board_errors(unavailable=st.warning):
        if code is not None and board().is_teacher(code, key):
            _keep_teacher(code, key)
            st.toast(t("class_board.teacher_link_used"), icon=":material/key:")
        else:
            st.warning(t("class_board.teacher_link_wrong"))


def _start() -> None:
    teach, learn = st.columns(2, gap="large")
    with teach:
        st.subheader(t("class_board.open_header"))
        st.markdown(t("class_board.open_intro", hours=round(DEFAULT_LIFETIME.total_seconds() / 3600)))
        if st.button(t("class_board.open_button"), type="primary", key="open_class", icon=":material/co_present:"):
            with board_errors():
                code, teacher_key = board().open_class()
                _keep_teacher(code, teacher_key)
                st.query_params[CLASS_PARAM] = format_code(code)
                st.rerun()
    with learn:
        st.subheader(t("class_board.join_header"))
        _join_form(None)


def _join_form(code: str | None) -> None:
    with st.form("join_class", border=True):
        code_text = st.text_input(t("class_board.code_label"), value=format_code(code) if code else "", max_chars=12,
                                  help=t("class_board.code_help"), key="join_code", placeholder="ABCD-2345")
        # The browser counts an emoji as two characters: leave room, and let the board judge the length.
        nickname = st.text_input(t("class_board.nickname_label"), max_chars=2 * NICKNAME_MAX,
                                 help=t("class_board.nickname_help"), key="join_nickname")
        joined = st.form_submit_button(t("class_board.join_button"), type="primary")
    if not joined:
        return
    with board_errors():
        class_code = normalize_code(code_text)
        student_id = board().join(class_code, nickname)
        sit(Seat(class_code, student_id, board().nickname(class_code, student_id)))
        st.rerun()


# ---- the teacher ----

def _keep_teacher(code: str, teacher_key: str) -> None:
    """This session teaches the class, and this browser remembers it (a reload keeps the teacher's view)."""
    keys = st.session_state.setdefault(TEACHER_KEYS, {})
    keys.pop(code, None)
    keys[code] = teacher_key  # the last class given: the one the menu's board link comes back to
    remember(TEACHER_MEMORY + code, teacher_key, int(DEFAULT_LIFETIME.total_seconds()))


def _teacher_key(code: str) -> str | None:
    """The teacher key this session holds for the class: kept in the session, else remembered by this browser
    (checked with the board once per session; a key that does not fit is forgotten)."""
    keys = st.session_state.setdefault(TEACHER_KEYS, {})
    if code in keys:
        return keys[code]
    key = remembered(TEACHER_MEMORY + code)
    checked = st.session_state.setdefault(TEACHER_CHECKED, set())
    if not key or code in checked:
        return None
    try:
        fits = board().is_teacher(code, key)
    except SQLAlchemyError:
        return None  # asked again on the next run; the board says the database cannot be reached
    checked.add(code)
    if not fits:
        forget(TEACHER_MEMORY + code)
        return None
    keys[code] = key
    return key


def _remembered_teaching() -> str | None:
    """A class this browser remembers teaching whose key still fits (a new tab opened on the bare board)."""
    for code in list(remembered_all(TEACHER_MEMORY))[:3]:
        try:
            if _teacher_key(normalize_code(code)):
                return normalize_code(code)
        except BoardError:
            continue
    return None


def _forget_teacher(code: str) -> None:
    st.session_state.get(TEACHER_KEYS, {}).pop(code, None)
    st.session_state.setdefault(TEACHER_CHECKED, set()).add(code)
    st.session_state.pop(SHOW_TEACHER_LINK, None)
    forget(TEACHER_MEMORY + code)
    st.toast(t("class_board.forgot_teacher", code=format_code(code)), icon=":material/key_off:")


def _request_headers() -> dict[str, str]:
    """The headers of the request that opened this session (none under AppTest)."""
    try:
        return st.context.headers.to_dict()
    except Exception:  # noqa: BLE001 - no session client: nothing known
        return {}


def _public_base() -> PublicBase:
    return public_base(configured_public_url(), _request_headers(), st.context.url,
                       st.get_option("server.baseUrlPath") or "")


def _links(code: str, teacher_key: str, base: PublicBase) -> tuple[str, str]:
    """The join link and the teacher link, absolute when the address students reach is known."""
    join = f"{base.url}/{BOARD_URL_PATH}?{CLASS_PARAM}={format_code(code)}"
    return join, f"{join}&{TEACHER_PARAM}={teacher_key}"


@st.cache_data(max_entries=64, show_spinner=False)
def _qr(link: str) -> bytes:
    return qr_png(link)


@st.cache_resource(show_spinner=False)
def _network_address() -> dict:
    return {"address": network_address()}


def _teacher_panel(code: str, teacher_key: str, presenter: bool) -> None:
    base = _public_base()
    join_link, teacher_link = _links(code, teacher_key, base)
    left, right = st.columns([3, 2], vertical_alignment="center")
    with left:
        st.caption(t("class_board.code_caption"))
        # As large as the column allows, on one line (cqi: a hundredth of the column's width).
        size = "min(7rem, 15cqi)" if presenter else "min(4.5rem, 15cqi)"
        # The code is eight characters of CODE_ALPHABET: safe to place in HTML as it is.
        st.html(f'<div style="container-type: inline-size"><div style="font: 700 {size}/1.1 ui-monospace, '
                f'monospace; letter-spacing: .08em; white-space: nowrap">{format_code(code)}</div></div>')
        st.markdown(t("class_board.join_link_label"))
        st.code(join_link, language=None)
    with right:
        st.image(_qr(join_link), caption=t("class_board.qr_caption"), width="stretch" if presenter else 260,
                 output_format="PNG",  # JPEG would blur the modules
                 alt=t("class_board.qr_alt", code=format_code(code), link=join_link))
    if base.local:
        _local_address_warning(base)
    _teacher_controls(code, teacher_key, teacher_link, presenter)
    teacher_panel(code, teacher_key, presenter, done=st.toast)


def _toggle_teacher_link() -> None:
    st.session_state[SHOW_TEACHER_LINK] = not st.session_state.get(SHOW_TEACHER_LINK, False)


def _local_address_warning(base: PublicBase) -> None:
    """The join link names this computer: say so, with the computer's network address when it is known."""
    text = t("class_board.local_address", host=host_of(base.url))
    suggestion = suggested_url(base, _network_address()["address"])
    if suggestion:
        text += "\n\n" + t("class_board.local_address_suggestion", url=suggestion)
    st.warning(text, icon=":material/wifi_off:")


def _teacher_controls(code: str, teacher_key: str, teacher_link: str, presenter: bool) -> None:
    """Plain buttons for the teacher: close, clear, the teacher link on request (never in presenter mode)."""
    with st.container(border=True, key="teacher_controls"):
        st.markdown(f"**{t('class_board.teacher_controls')}**")
        with st.container(horizontal=True, vertical_alignment="center", gap="medium"):
            if st.button(t("class_board.close_button"), help=t("class_board.close_help"), key="close_class",
                         icon=":material/lock:"):
                _as_teacher(lambda: board().close(code, teacher_key), t("class_board.closed_done"))
            confirmed = st.checkbox(t("class_board.clear_confirm"), key="clear_confirm")
            if st.button(t("class_board.clear_button"), disabled=not confirmed, key="clear_class",
                         icon=":material/delete:"):
                _as_teacher(lambda: t("class_board.cleared", count=board().clear(code, teacher_key)))
        if presenter:
            st.session_state.pop(SHOW_TEACHER_LINK, None)
            st.caption(t("class_board.teacher_link_presenter"))
        else:
            shown = st.session_state.get(SHOW_TEACHER_LINK, False)
            with st.container(horizontal=True, vertical_alignment="center", gap="medium"):
                st.button(t("class_board.hide_teacher_link" if shown else "class_board.show_teacher_link"),
                          key="teacher_link_toggle", icon=":material/key:", type="tertiary",
                          on_click=_toggle_teacher_link)
                st.button(t("class_board.forget_teacher"), key="forget_teacher", type="tertiary",
                          icon=":material/key_off:", on_click=_forget_teacher, args=(code,))
            if shown:
                st.warning(t("class_board.teacher_link_warning"), icon=":material/visibility_off:")
                st.code(teacher_link, language=None)
        st.caption(t("class_board.teacher_remembered"))


def _as_teacher(action, done: str | None = None) -> None:
    with board_errors():
        result = action()
        class_snapshot.clear()
        st.toast(done or result)


# ---- the student ----

def _student_panel(current: Seat) -> None:
    st.success(t("class_board.joined", code=format_code(current.code)))
    st.text(t("class_board.your_nickname", nickname=current.nickname))  # plain text: never Markdown or HTML
    st.markdown(t("class_board.train_on"))
    for column, chapter in zip(st.columns(len(TRAINING)), TRAINING):
        column.page_link(chapter.path, label=t(chapter.title), icon=chapter.icon)
    withdraw, leave_column = st.columns(2)
    with withdraw:
        withdraw_button(current, t("class_board.withdraw_button"), key="board_withdraw")
    if leave_column.button(t("class_board.leave_button"), key="leave_class", icon=":material/logout:"):
        leave()
        st.rerun()


# ---- the board ----

@st.cache_resource(show_spinner=False)
def _last_sweep() -> dict:
    return {"at": 0.0}


def _sweep_expired() -> None:
    """Delete expired classes, at most once a minute per server process."""
    last = _last_sweep()
    if time.monotonic() - last["at"] < SWEEP_SECONDS:
        return
    last["at"] = time.monotonic()
    with suppress(SQLAlchemyError):  # the board says so where it is drawn
        board().expire()


def _chapter_names() -> dict[str, str]:
    return {chapter.slug: t(chapter.title) for chapter in CHAPTERS}


@st.fragment(run_every=REFRESH_SECONDS)
def live_board(code: str, presenter: bool) -> None:
    """The board of one class: counts, the two charts and the table; redrawn every REFRESH_SECONDS."""
    st.header(t("class_board.board_header", code=format_code(code)))
    with board_errors(unavailable=st.warning):
        _draw_board(*class_snapshot(board_url(), code), presenter)


def _draw_board(info: ClassInfo, runs: list[PostedRun], presenter: bool) -> None:
    counts = st.container(key="board_counts").columns(3)  # the key: presenter mode's CSS makes them huge
    counts[0].metric(t("class_board.students_metric"), info.students)
    counts[1].metric(t("class_board.runs_metric"), info.runs)
    counts[2].metric(t("class_board.status_metric"), t("class_board.status_closed" if info.closed else "class_board.status_open"))
    left = max(0, int(info.expires_at - time.time()))
    st.caption(t("class_board.refresh_note", seconds=REFRESH_SECONDS) + t("text.between_sentences")
               + t("class_board.expires_in", hours=left // 3600, minutes=left % 3600 // 60))
    if not runs:
        st.info(t("class_board.no_runs"))
        return
    names = _chapter_names()
    pages = list(dict.fromkeys(run.page for run in reversed(runs)))  # the latest run's chapter first
    if len(pages) > 1:
        keep_choice_across_languages("board_chapter")
        page = st.segmented_control(t("class_board.chapter_filter"), pages, default=pages[0],
                                    format_func=lambda slug: names.get(slug, slug), key="board_chapter")
        runs = [run for run in runs if run.page == (page or pages[0])]
    words = board_words()
    charts = [st.container()] * 2 if presenter else st.columns(2)
    chart(curves_figure(runs, words, presenter), board_curves_words(runs), where=charts[0], key="board_curves")
    chart(accuracy_figure(runs, words, presenter), board_accuracy_words(runs), where=charts[1], numbers=False,
          key="board_accuracy")  # its numbers: the cost chart's table, per learning rate
    chosen = _table(runs, names)
    if chosen is not None:
        _one_run(info.code, chosen, names, presenter)


def _table(runs, names: dict[str, str]) -> PostedRun | None:
    """The table of runs, newest first; the run whose row is chosen (one click), if any."""
    try:
        zone = ZoneInfo(st.context.timezone) if st.context.timezone else timezone.utc
    except (KeyError, ValueError):
        zone = timezone.utc
    rows = table_rows(runs)
    columns = {
        t("class_board.col_nickname"): [row["nickname"] for row in rows],
        t("class_board.col_chapter"): [names.get(row["page"], row["page"]) for row in rows],
        t("class_board.col_lr"): [row["learning_rate"] for row in rows],
        t("class_board.col_iterations"): [row["iterations"] for row in rows],
        t("class_board.col_final_cost"): [row["final_cost"] for row in rows],
        t("class_board.col_train"): [row["train_accuracy"] for row in rows],
        t("class_board.col_test"): [row["test_accuracy"] for row in rows],
        t("class_board.col_outcome"): [t(f"class_board.outcome_{row['outcome']}") for row in rows],
        t("class_board.col_time"): [datetime.fromtimestamp(row["posted_at"], zone).strftime("%H:%M:%S") for row in rows],
    }
    event = st.dataframe(
        pd.DataFrame(columns), hide_index=True, key="board_table", on_select="rerun", selection_mode="single-row",
        column_config={
            # Numbers stay numbers, so a click on a header sorts them as numbers.
            t("class_board.col_lr"): st.column_config.NumberColumn(format="%g"),
            t("class_board.col_final_cost"): st.column_config.NumberColumn(format="%.4f"),
            t("class_board.col_train"): st.column_config.NumberColumn(format="%.1f"),
            t("class_board.col_test"): st.column_config.NumberColumn(format="%.1f"),
        })
    st.caption(t("class_board.choose_run"))
    chosen = [row for row in event.selection.rows if 0 <= row < len(runs)]
    return runs[len(runs) - 1 - chosen[0]] if chosen else None  # the table lists the newest first


def _one_run(code: str, run: PostedRun, names: dict[str, str], presenter: bool) -> None:
    """One student's run, chosen in the table, for the whole class to look at (ui/opened_run.py: its settings,
    its numbers, its own cost curve), and a link that opens it on its chapter, to run it again."""
    with st.container(border=True, key="one_run"):
        st.subheader(t("class_board.one_run_header", nickname=markdown_literal(run.nickname),
                       chapter=names.get(run.page, run.page)))
        try:
            chapter = chapter_entry(run.page)
        except KeyError:
            chapter = None
        run_card(run, chapter, presenter)
        if chapter is not None:
            st.page_link(chapter.path, label=t("class_board.run_again", chapter=t(chapter.title)),
                         icon=":material/replay:", query_params={RUN_PARAM: str(run.run_id), CLASS_PARAM: format_code(code)})