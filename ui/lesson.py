"""The lesson loop on the class board's database (core/board.py: ask, current_step, answer, answers, reveal):
predict, then run, then discuss.

The teacher's panel (on the class board page, teacher key only): pick a chapter and one of its checks, **Ask
the class**; the answers arrive live (answered of joined, a bar per option or the numbers given), hidden on
the projector until **Reveal**, which marks the right answer and shows the explanation.

A joined student's side (above every page, under the seat line): within a second or two of the ask, without a
full rerun (a fragment the process's lesson bell reruns when the class moves on, ui/lesson_bell.py; it also
reads `current_step` on a slow beat, once per class for every student of this process within SNAPSHOT_SECONDS),
a banner "Your teacher asks: …" with the options, **Lock in my answer**, then
**Run it**, a link to the chapter with the check's settings. **Follow the teacher** (on by default) brings the
student's page to the teacher's chapter by itself. After the reveal, the student reads whether they were right
and the explanation. A polling fragment never interrupts a page's training: Streamlit runs it after.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import suppress

import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from core.board import Answers, BoardError, LessonStep, board_url, runs_of_settings
from core.chapters import CHAPTERS, chapter as chapter_entry, find_check
from core.chapters.class_board import REFRESH_SECONDS, SNAPSHOT_SECONDS
from core.checks import CHOICE, Check
from core.settings import format_number
from core.text import t
from ui.lesson_bell import BELL, SAFETY_SECONDS
from ui.predict import RUN_IT_PARAM
from ui.class_link import (MINE_KEY, board_errors, class_snapshot, RETRY_KEY, RETRY_SECONDS, SEAT_GONE, board, board_for, lose_seat,
                           seat_line, teacher_line)
from ui.controls import keep_choice_across_languages

FOLLOW_KEY = "lesson.follow"  # the student's "Follow the teacher" toggle (on by default)
FOLLOWED_KEY = "lesson.followed_step"  # the last step this session followed (or saw on its chapter)
SEEN_KEY = "lesson.seen_step"  # the step this session's banner showed last
PROBLEM_KEY = "lesson.problem"  # a refusal to say once, in the banner


@st.cache_data(ttl=SNAPSHOT_SECONDS, max_entries=200, show_spinner=False)
def lesson_step(url: str, code: str) -> LessonStep:
    """The class's current step, read once for every student polling within SNAPSHOT_SECONDS."""
    return board_for(url).current_step(code)


def _board():
    return board()


def above_the_page(here: str | None) -> None:
    """app.py, above every page: the seat line (ui/class_link.py), then a joined student's lesson banner.
    `here`: the slug of the page shown."""
    teacher_line(here)
    current = seat_line()
    if current is not None:
        student_banner(current, here)
    else:
        BELL.forget()


def _check_or_none(key: str | None) -> Check | None:
    if not key:
        return None
    try:
        return find_check(key)
    except KeyError:
        return None


def option_words(check: Check, value) -> str:
    return check.answer_words(value)


def run_it_params(check: Check, go: bool = False) -> dict[str, str]:
    """The check's settings as a link's query parameters (what "Run it" applies); `go`: the link runs them
    (ui/predict.py: the controls take them even where moved, and a training chapter trains)."""
    params = {RUN_IT_PARAM: "1"} if go else {}
    for key, value in check.settings.items():
        if isinstance(value, bool):
            params[key] = "1" if value else "0"
        elif isinstance(value, float):
            params[key] = format_number(value)
        else:
            params[key] = str(value)
    return params


# ---- the student ----

def student_banner(seat, here: str | None) -> None:
    """Draw the student's lesson banner (a fragment). `here`: the slug of the page shown. Where this process's
    lesson bell can ring it (ui/lesson_bell.py), the bell reruns it when the teacher moves on and it polls only
    on a slow beat; elsewhere (AppTest) it polls every REFRESH_SECONDS."""
    beat = SAFETY_SECONDS if BELL.can_ring() else REFRESH_SECONDS
    st.fragment(_student_fragment, run_every=beat)(seat, here)


def _latest_step(url: str, code: str) -> LessonStep:
    """The class's step: the banner's cached read, or the bell's own if that one is newer (it rang for it)."""
    step = lesson_step(url, code)
    rung = BELL.latest(url, code)
    newer = lambda s: (s.step, len(s.revealed), s.closed)  # noqa: E731 - a class only moves forward
    return rung if rung is not None and newer(rung) > newer(step) else step


def _student_fragment(seat, here: str | None) -> None:
    if time.monotonic() < st.session_state.get(RETRY_KEY, 0.0):
        return  # the board could not be reached a moment ago: not asked again on every poll
    url = board_url()
    try:
        step = _latest_step(url, seat.code)
    except BoardError as error:
        if error.code in SEAT_GONE:  # the class expired or is gone: the seat line must not go on saying "In class"
            lose_seat(error.code)
            st.rerun()
        return
    except SQLAlchemyError:
        st.session_state[RETRY_KEY] = time.monotonic() + RETRY_SECONDS
        return
    if step.chapter is None:
        BELL.listen(url, seat.code, step)  # rung at the first ask
        return
    try:
        chapter = chapter_entry(step.chapter)
    except KeyError:
        return
    check = _check_or_none(step.check)
    follow = st.session_state.get(FOLLOW_KEY, True)
    # A new step is shown at once, by this fragment (no full rerun); a following student's page moves to the
    # chapter on the next poll (a full run of that page), so forty pages switching at once never delay the
    # question itself.
    # A check asked again once revealed is the teacher's "Everyone run it": a following page runs its settings
    # (on its own chapter too). Asked first, it only brings the page there: the student predicts before running.
    everyone_runs = check is not None and check.key in step.revealed
    moving = False
    if step.step > st.session_state.get(FOLLOWED_KEY, 0):
        if follow and (here != chapter.slug or everyone_runs):
            if st.session_state.get(SEEN_KEY) == step.step:
                st.session_state[FOLLOWED_KEY] = step.step
                st.switch_page(chapter.path, query_params=run_it_params(check, go=everyone_runs) if check else None)
            moving = True
        else:
            st.session_state[FOLLOWED_KEY] = step.step
    st.session_state[SEEN_KEY] = step.step
    BELL.listen(url, seat.code, step, again=moving)  # rung when the class moves on (or at once, to follow it)
    with st.container(border=True, key="lesson_banner"):
        if check is None:
            st.info(t("lesson.teacher_brings", chapter=t(chapter.title)), icon=":material/co_present:")
        else:
            st.info(t("lesson.teacher_asks", question=check.question_text()), icon=":material/co_present:")
            if check.key in step.revealed:
                _student_revealed(seat, check)
            else:
                _student_answer(seat, check)
        with st.container(horizontal=True, vertical_alignment="center", gap="medium"):
            if here != chapter.slug or check is not None and check.key in st.session_state.get(MINE_KEY, {}):
                label = t("lesson.run_it") if check is not None else t("lesson.go_there", chapter=t(chapter.title))
                st.page_link(chapter.path, label=label, icon=":material/play_arrow:",
                             query_params=run_it_params(check, go=True) if check else None)
            st.toggle(t("lesson.follow"), value=follow, key="lesson_follow_toggle", help=t("lesson.follow_help"),
                      on_change=_follow_changed)
        if moving:
            st.caption(t("lesson.moving", chapter=t(chapter.title)))


def _follow_changed() -> None:
    st.session_state[FOLLOW_KEY] = bool(st.session_state.get("lesson_follow_toggle"))


def _student_answer(seat, check: Check) -> None:
    mine = st.session_state.setdefault(MINE_KEY, {})
    if check.kind == CHOICE:
        keep_choice_across_languages(f"lesson_answer_{check.key}")
        value = st.radio(t("lesson.your_answer"), check.options, format_func=lambda o: t(check.label(o)),
                         index=check.options.index(mine[check.key]) if check.key in mine else None,
                         key=f"lesson_answer_{check.key}")
    else:
        value = st.number_input(t("lesson.your_answer"), min_value=float(check.min_value),
                                max_value=float(check.max_value),
                                value=float(mine[check.key]) if check.key in mine else None, format="%g",
                                key=f"lesson_answer_{check.key}")
    if st.button(t("lesson.lock"), key=f"lesson_lock_{check.key}", type="primary", icon=":material/lock:",
                 disabled=value is None):
        try:
            mine[check.key] = _board().answer(seat.code, seat.student_id, check.key, value)
        except BoardError as error:
            st.warning(t(f"class_board.error.{error.code}"))
        except SQLAlchemyError:
            st.warning(t("class_board.unavailable"))
    if check.key in mine:
        st.success(t("lesson.locked", answer=option_words(check, mine[check.key])), icon=":material/lock:")


def _my_answer(seat, check: Check):
    """This student's answer to a check: from the session, else from the board (after a reload), once."""
    mine = st.session_state.setdefault(MINE_KEY, {})
    if check.key not in mine:
        mine[check.key] = None
        with suppress(BoardError, SQLAlchemyError):
            for answer in _board().answers(seat.code, check.key).students:
                if answer.student_id == seat.student_id:
                    mine[check.key] = answer.value
    return mine[check.key]


def _student_revealed(seat, check: Check) -> None:
    value = _my_answer(seat, check)
    right = option_words(check, check.correct_answer())
    if value is None:
        st.warning(t("lesson.no_answer", answer=right))
    elif check.is_correct(value):
        st.success(t("lesson.right", answer=right), icon=":material/check_circle:")
    else:
        st.error(t("lesson.wrong", mine=option_words(check, value), answer=right), icon=":material/cancel:")
    st.markdown(check.explain())


# ---- the teacher ----

def chapters_with_checks():
    return [chapter for chapter in CHAPTERS if chapter.checks]


def teacher_panel(code: str, teacher_key: str, presenter: bool, done: Callable[[str], None]) -> None:
    """Ask the class a chapter and one of its checks; the live answers; reveal. `done(text)` says an action
    succeeded (a toast)."""
    with st.container(border=True, key="lesson_panel"):
        st.markdown(f"**{t('lesson.ask_header')}**")
        chapters = chapters_with_checks()
        left, right, button = st.columns([2, 4, 1.5], vertical_alignment="bottom")
        keep_choice_across_languages("lesson_chapter")
        slug = left.selectbox(t("lesson.chapter"), [c.slug for c in chapters], key="lesson_chapter",
                              format_func=lambda s: t(chapter_entry(s).title))
        checks = [None, *(c.key for c in chapter_entry(slug).checks)]
        keep_choice_across_languages(f"lesson_check_{slug}")
        chosen = right.selectbox(t("lesson.check"), checks, index=1, key=f"lesson_check_{slug}",
                                 format_func=lambda k: t("lesson.only_chapter") if k is None
                                 else find_check(k).question_text())
        if button.button(t("lesson.ask_button"), key="lesson_ask", type="primary", icon=":material/campaign:"):
            with board_errors():
                _board().ask(code, teacher_key, slug, chosen)
                lesson_step.clear()
                done(t("lesson.asked"))
        _live_answers(code, teacher_key, presenter)


@st.fragment(run_every=REFRESH_SECONDS)
def _live_answers(code: str, teacher_key: str, presenter: bool) -> None:
    try:
        step = lesson_step(board_url(), code)
        check = _check_or_none(step.check)
        answers = _board().answers(code, check.key) if check else None
    except BoardError as error:
        st.error(t(f"class_board.error.{error.code}"))
        return
    except SQLAlchemyError:
        st.warning(t("class_board.unavailable"))
        return
    if step.chapter is None:
        st.caption(t("lesson.nothing_asked"))
        return
    st.markdown(t("lesson.now", chapter=t(chapter_entry(step.chapter).title)))
    if check is None:
        return
    st.markdown(t("lesson.question", question=check.question_text()))
    counts, reveal = st.columns([1, 3], vertical_alignment="center")
    counts.metric(t("lesson.answered"), t("lesson.answered_value", answered=answers.answered, joined=answers.joined))
    if answers.revealed:
        _distribution(check, answers)
        st.success(t("lesson.revealed", answer=option_words(check, check.correct_answer())),
                   icon=":material/check_circle:")
        st.markdown(check.explain())
        _everyone_runs_it(code, teacher_key, step.chapter, check)
        return
    if reveal.button(t("lesson.reveal_button"), key="lesson_reveal", icon=":material/visibility:"):
        with board_errors():
            _board().reveal(code, teacher_key, check.key)
            lesson_step.clear()
            st.rerun()  # the panel and the board, with the answer marked
    if presenter:
        st.caption(t("lesson.hidden_on_projector"))
    else:
        _distribution(check, answers)


def _everyone_runs_it(code: str, teacher_key: str, chapter_slug: str, check: Check) -> None:
    """After the reveal: **Everyone run it** (the check asked again: every following student's page runs its
    settings), then, on a chapter that trains, the class's runs of exactly those settings from the board."""
    if st.button(t("lesson.everyone_run"), key="lesson_everyone_run", type="primary", icon=":material/groups:",
                 help=t("lesson.everyone_run_help")):
        with board_errors():
            _board().ask(code, teacher_key, chapter_slug, check.key)
            lesson_step.clear()
            st.toast(t("lesson.everyone_run_sent"))
    if not chapter_entry(chapter_slug).trains:
        return
    _, runs = class_snapshot(board_url(), code)
    theirs = runs_of_settings(runs, chapter_slug, check.settings)
    if not theirs:
        st.caption(t("lesson.no_runs_yet"))
        return
    st.markdown(t("lesson.runs_of_check", count=len(theirs), students=len({run.nickname for run in theirs})))
    st.table({t("class_board.col_nickname"): [run.nickname for run in theirs],
              t("class_board.col_final_cost"): ["—" if run.final_cost is None else f"{run.final_cost:.4f}"
                                                for run in theirs],
              t("class_board.col_test"): ["—" if run.test_accuracy is None else f"{run.test_accuracy:.1f}"
                                          for run in theirs]}, hide_index=True)


def _distribution(check: Check, answers: Answers) -> None:
    """A bar per option (the right one marked once revealed), or the numbers given."""
    if check.kind == CHOICE:
        total = max(1, answers.answered)
        for option in check.options:
            count = answers.counts.get(option, 0)
            mark = " ✓" if answers.revealed and option == answers.correct_answer else ""
            st.progress(count / total, text=t("lesson.option_count", option=t(check.label(option)), count=count)
                        + mark)
    elif answers.numbers:
        st.markdown(t("lesson.numbers", numbers=t("text.between_items").join(format_number(n) for n in answers.numbers)))
