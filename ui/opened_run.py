"""A student's exact run, opened by a link: `/<chapter>?run=<id>&class=<code>` shows that chapter with the
run's settings applied and the run as the board keeps it (its settings, its numbers, its stored cost curve),
read-only, with **Run it again**, which trains those settings here: the same seed and settings give the same
final cost (core's training is a pure function of them), and the page says how close the two are.

The board's table opens one run in place (ui/class_board.py) and links here, so a teacher can put one
student's run on the projector and run it again in front of the class.
"""

from __future__ import annotations

from dataclasses import replace

import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from core.board import BoardError, PostedRun, format_code, normalize_code
from core.board_figures import board_words, curves_figure
from core.chapters import Chapter, chapter as chapter_entry
from core.chart_words import board_curves_words
from core.run_story import reproduction
from core.settings import url_text
from core.text import t
from ui.chart_words import chart
from ui.class_link import CLASS_PARAM, board_for, board_url, error_text, markdown_literal
from ui.controls import describe_value, widget_value

RUN_PARAM = "run"
APPLIED_KEY = "opened_run.applied"  # (code, run id) whose settings this session has put in the widgets


@st.cache_data(ttl=600, max_entries=256, show_spinner=False)
def _stored_run(url: str, code: str, run_id: str) -> PostedRun:
    """A posted run never changes: read once per process for everyone who opens the same link."""
    return board_for(url).run(code, run_id)


def _named_run() -> tuple[PostedRun | None, str | None]:
    """(the run the address names, None) or (None, why it cannot be shown), or (None, None) without `run=`."""
    run_id, code_text = st.query_params.get(RUN_PARAM), st.query_params.get(CLASS_PARAM)
    if not run_id:
        return None, None
    if not code_text:
        return None, t("opened_run.no_class")
    try:
        return _stored_run(board_url(), normalize_code(code_text), run_id[:40]), None
    except BoardError as error:
        return None, error_text(error)
    except SQLAlchemyError:  # an unreachable database: the page goes on without the run
        return None, t("class_board.unavailable")


def _usable_settings(chapter: Chapter, run: PostedRun) -> dict:
    """The run's settings as the chapter's widgets hold them; a value the chapter cannot take is left out."""
    values = {}
    for setting in chapter.settings:
        if setting.key in run.settings:
            raw = url_text(setting, run.settings[setting.key])
            value = widget_value(setting, raw if isinstance(raw, list) else [raw])
            if value is not None:
                values[setting.key] = value
    return values


def apply_opened_run(chapter: Chapter) -> None:
    """app.py, before the page: the first time this session opens a run of this chapter, its settings become
    the widgets' values (the address follows). Changed afterwards, they stay changed."""
    run, _ = _named_run()
    if run is None or run.page != chapter.slug:
        return
    opened = (run.run_id, st.query_params.get(CLASS_PARAM))
    if st.session_state.get(APPLIED_KEY) != opened:
        st.session_state.update(_usable_settings(chapter, run))
        st.session_state[APPLIED_KEY] = opened


def _run_again(chapter: Chapter, run: PostedRun) -> None:
    """A button's callback (before the widgets are drawn): the run's settings back in the widgets, and train."""
    st.session_state.update(_usable_settings(chapter, run))
    st.session_state[chapter.session_key("train_now")] = True


def opened_run_card(chapter: Chapter, presenter: bool) -> PostedRun | None:
    """Above a training chapter's Train: the run the address names, read-only, with Run it again. Returns it
    (None without one, or when it cannot be shown: then the page says why)."""
    run, problem = _named_run()
    if problem is not None:
        st.warning(problem, icon=":material/history:")
        return None
    if run is None:
        return None
    if run.page != chapter.slug:
        try:
            elsewhere = chapter_entry(run.page)
        except KeyError:
            st.warning(t("opened_run.not_here", chapter=markdown_literal(run.page)))
            return None
        st.warning(t("opened_run.not_here", chapter=t(elsewhere.title)))
        st.page_link(elsewhere.path, label=t(elsewhere.title), icon=":material/arrow_forward:",
                     query_params={RUN_PARAM: str(run.run_id), CLASS_PARAM: st.query_params.get(CLASS_PARAM)})
        return None
    with st.container(border=True, key="opened_run"):
        st.subheader(t("opened_run.header", nickname=markdown_literal(run.nickname),
                       code=format_code(normalize_code(st.query_params.get(CLASS_PARAM)))))
        st.caption(t("opened_run.read_only"))
        run_card(run, chapter, presenter)
        st.button(t("opened_run.again"), key="opened_run_again", type="primary", icon=":material/replay:",
                  on_click=_run_again, args=(chapter, run))
    return run


def run_card(run: PostedRun, chapter: Chapter | None, presenter: bool) -> None:
    """A posted run as the class looks at it: its settings in words, its numbers, its stored cost curve."""
    labels = {setting.key: setting for setting in (chapter.settings if chapter else ())}
    described = [f"{t(labels[key].label)} = {describe_value(labels[key], value)}" if key in labels
                 else f"{key} = {value}" for key, value in run.settings.items()]
    st.markdown(markdown_literal(t("text.between_items").join(described)))
    numbers = [(t("opened_run.final_cost"), "—" if run.final_cost is None else f"{run.final_cost:.6f}"),
               (t("opened_run.train_accuracy"), "—" if run.train_accuracy is None else f"{run.train_accuracy:.1f} %"),
               (t("opened_run.test_accuracy"), "—" if run.test_accuracy is None else f"{run.test_accuracy:.1f} %")]
    for column, (label, value) in zip(st.columns(len(numbers)), numbers):
        column.metric(label, value)
    chart(curves_figure([run], replace(board_words(), curves_title=t("class_board.one_run_curve")), presenter),
          board_curves_words([run]), key=f"run_curve_{run.run_id}")


def say_reproduction(run: PostedRun, final_cost: float | None) -> None:
    """After Run it again: the new final cost beside the stored one, and whether they agree (to 1e-9)."""
    same, difference = reproduction(run.final_cost, final_cost)
    values = dict(nickname=markdown_literal(run.nickname), mine="—" if final_cost is None else f"{final_cost:.9f}",
                  theirs="—" if run.final_cost is None else f"{run.final_cost:.9f}", difference=f"{difference:.1e}")
    if same:
        st.success(t("opened_run.reproduced", **values), icon=":material/check_circle:")
    else:
        st.warning(t("opened_run.not_reproduced", **values), icon=":material/difference:")
