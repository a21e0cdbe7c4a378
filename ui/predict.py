"""Predict, then run, for a learner on their own: under every chapter that declares checks, each check as a
question (a fragment: answering reruns only it). The learner picks an answer (or types a number), presses
**Lock in my answer**, and only then **Run it**, which sets the page's own controls to the check's settings
(the address follows) and runs the page; then the check says whether the prediction held, with the
explanation read off core's run of exactly those settings. Answers stay in this session. (A joined student's
answers to the checks the teacher asks go through the lesson banner, ui/lesson.py.)
"""

from __future__ import annotations

import streamlit as st

from core.chapters import Chapter, chapter as chapter_entry
from core.checks import CHOICE, AnswerError, Check
from core.text import t
from ui.controls import keep_choice_across_languages, widget_value

LOCKED_KEY = "predict.locked"  # {check key: the locked answer}
RAN_KEY = "predict.ran"  # the checks whose settings this session has run
PANEL_KEY = "predict_panel"  # the panel open or closed
RUN_IT_PARAM = "go"  # `?go=1` on a "Run it" link: the address's settings become the controls' values, and run


def train_if_it_trains(chapter: Chapter, keys) -> None:
    """Settings given by a check that include the chapter's learning rate or iterations are a training run:
    ui/live.py's training section trains them at once (another section's settings, say a comparison's, are not)."""
    if chapter.trains and {chapter.learning_rate.key, chapter.iterations.key} & set(keys):
        st.session_state[chapter.session_key("train_now")] = True


def run_it_from_link(chapter: Chapter) -> None:
    """app.py, before the page: a "Run it" link (`go=1`, from the lesson banner or a teacher's "Everyone run it")
    puts the settings in the address on the page's controls, even where the learner had moved them (a widget
    already drawn keeps its own state over the address), and a training chapter trains at once."""
    if st.query_params.get(RUN_IT_PARAM) is None:
        return
    go = st.query_params.get(RUN_IT_PARAM) == "1"
    del st.query_params[RUN_IT_PARAM]
    if not go:
        return
    for setting in chapter.settings:
        raw = st.query_params.get_all(setting.key)
        value = widget_value(setting, raw) if raw else None
        if value is not None:
            st.session_state[setting.key] = value
    train_if_it_trains(chapter, st.query_params.keys())


def predict_then_run(chapter: Chapter) -> None:
    """Draw the chapter's checks (nothing for a chapter without any)."""
    if not chapter.checks:
        return
    # Its questions are drawn only once it is opened (a lazy expander): most visits read the page and never open it.
    panel = st.expander(t("predict.header", count=len(chapter.checks)), icon=":material/quiz:", key=PANEL_KEY,
                        on_change="rerun")
    if not panel.open:
        return
    with panel:
        st.caption(t("predict.intro"))
        for check in chapter.checks:
            _check_fragment(check)


def _run_it(check: Check) -> None:
    """A button's callback, so it runs before the page's widgets are drawn: the check's settings become the
    widgets' values (a widget already drawn keeps its own state over the address, so the address alone would
    not do), and the page's run then mirrors them into the address."""
    for key, value in check.settings.items():
        st.session_state[key] = value
    st.session_state.setdefault(RAN_KEY, set()).add(check.key)
    train_if_it_trains(chapter_entry(check.chapter), check.settings.keys())


@st.fragment
def _check_fragment(check: Check) -> None:
    locked = st.session_state.setdefault(LOCKED_KEY, {})
    with st.container(border=True, key=f"predict_{check.key.replace('.', '_')}"):
        st.markdown(check.question_text())
        widget_key = f"predict_answer_{check.key}"
        if check.kind == CHOICE:
            keep_choice_across_languages(widget_key)
            value = st.radio(t("lesson.your_answer"), check.options, format_func=lambda o: t(check.label(o)),
                             index=check.options.index(locked[check.key]) if check.key in locked else None,
                             key=widget_key)
        else:
            value = st.number_input(t("lesson.your_answer"), min_value=float(check.min_value),
                                    max_value=float(check.max_value), format="%g",
                                    value=float(locked[check.key]) if check.key in locked else None, key=widget_key)
        if st.button(t("lesson.lock"), key=f"predict_lock_{check.key}", icon=":material/lock:",
                     disabled=value is None):
            try:
                locked[check.key] = check.parse(value)
            except AnswerError as error:
                st.warning(check.error_text(error))
        if check.key not in locked:
            return
        st.caption(t("predict.locked", answer=check.answer_words(locked[check.key])))
        # A full rerun: the whole page runs with the check's settings.
        st.button(t("lesson.run_it"), key=f"predict_run_{check.key}", type="primary", icon=":material/play_arrow:",
                  on_click=_run_it, args=(check,))
        if check.key not in st.session_state.get(RAN_KEY, set()):
            return
        right = check.answer_words(check.correct_answer())
        if check.is_correct(locked[check.key]):
            st.success(t("predict.held", answer=right), icon=":material/check_circle:")
        else:
            st.error(t("predict.did_not_hold", mine=check.answer_words(locked[check.key]), answer=right),
                     icon=":material/cancel:")
        st.markdown(check.explain())
