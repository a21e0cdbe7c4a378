"""Render a declared Setting as a widget whose value lives in the URL.

The address bar holds language-neutral values: numbers as plain decimals and worded options as their
stable keys (`pace=watch`), so a link works whatever language the app is shown in. Streamlit's own
`bind="query-params"` would write an option's displayed label instead, so the mirror is kept here:
the URL is read once, when the widget first appears in a session (or reappears after it was not drawn),
and written back after every change. A value the URL asks for but cannot have falls back to the
default, and the learner is told why.
"""

from __future__ import annotations

import streamlit as st

from core.settings import CHOICE, MULTI, SLIDER, SWITCH, TEXT, TOGGLE, Setting, format_number, parse_url_value, url_text
from core.text import CATALOGUES, current_language, t
from ui.presenter_mode import presenting

MAX_TEXT = 200  # characters of a text setting taken from a link
NOTICE = "_url_notice."  # session-state prefix: a refused URL value, shown until the widget changes
DRAWN_AS = "_drawn_as."  # session-state prefix: the widget a worded choice was last drawn as (it changes with the mode)
DRAWN_IN = "_drawn_in."  # session-state prefix: the language a worded widget's options were last drawn in


def format_option(setting: Setting):
    if setting.option_labels:
        # The words of this run's language, fixed now: Streamlit keeps a widget's formatter past the run
        # (AppTest calls it from the test, outside any run, where `t` would fall back to English).
        names, language = dict(zip(setting.options, setting.option_labels)), current_language()
        return lambda option: t(names[option], language)
    return lambda option: format_number(option) if isinstance(option, (int, float)) else str(option)


def keep_choice_across_languages(key: str) -> None:
    """Call just before drawing the widget `key` whose options are shown in the learner's words.

    Streamlit's choice widgets travel by their displayed words: after a language switch the browser
    still holds the old words, which the new options lack, so it shows the first option, and its next
    message (any other widget's change) resets the server's value to it. So when the words change, the
    widget is handed its value again, which Streamlit sends in the new words."""
    language = current_language()
    if st.session_state.get(DRAWN_IN + key, language) != language and key in st.session_state:
        st.session_state[key] = st.session_state[key]
    st.session_state[DRAWN_IN + key] = language


def describe_value(setting: Setting, value) -> str:
    """A value as the learner reads it: a number written plainly, an option by its label."""
    fmt = format_option(setting)
    return ", ".join(fmt(v) for v in value) if setting.kind == MULTI else fmt(value)


def _as_key(setting: Setting, raw: str) -> str:
    """A worded option's key for `raw`, which may be the key or (links made before keys) a displayed
    label in any language of the catalogue."""
    text = raw.strip()
    for option, label in zip(setting.options, setting.option_labels):
        if text == option or any(text == catalogue.get(label) for catalogue in CATALOGUES.values()):
            return option
    return text


def value_from_url(setting: Setting, raw: list[str]):
    """(value, problem) for the URL's values of `setting` (an empty list: the default, no problem)."""
    if not raw:
        return setting.default, None
    if setting.kind == TEXT:  # any text is a value: the page judges its meaning and says so
        return raw[-1].strip()[:MAX_TEXT], None
    if setting.option_labels:
        raw = [_as_key(setting, text) for text in raw]
    return parse_url_value(setting, raw if setting.kind == MULTI else raw[-1])


def widget_value(setting: Setting, raw: list[str]):
    """The value `setting`'s widget holds for the address's texts `raw`, or None if it cannot have them."""
    value, problem = value_from_url(setting, raw)
    if problem is not None:
        return None
    return list(value) if setting.kind == MULTI else value


def _first_value(setting: Setting):
    """The value a widget starts from in this session: the URL's, else the default."""
    raw = st.query_params.get_all(setting.key)
    value, problem = value_from_url(setting, raw)
    if problem:
        st.session_state[NOTICE + setting.key] = t(
            f"url_notice.{problem}", name=t(setting.label), value=", ".join(raw),
            default=describe_value(setting, setting.default))
    return list(value) if setting.kind == MULTI else value


def _default(setting: Setting):
    """The default as the widget holds it (a multiselect holds a list)."""
    return list(setting.default) if setting.kind == MULTI else setting.default


def mirror_in_url(setting: Setting, value) -> None:
    """Write the value into the address bar (removed when it is the default, to keep links short)."""
    wanted = [] if value == _default(setting) else url_text(setting, value)
    wanted = wanted if isinstance(wanted, list) else [wanted]
    if st.query_params.get_all(setting.key) != wanted:
        if wanted:
            st.query_params[setting.key] = wanted if setting.kind == MULTI else wanted[0]
        else:
            del st.query_params[setting.key]


def setting_widget(setting: Setting, where=None, width: int | str = "stretch"):
    """Draw `setting` (in the sidebar unless told otherwise; `width` in pixels, at most its container's) and return
    its current value."""
    where = where or st.sidebar
    key = setting.key
    if key not in st.session_state:
        st.session_state[key] = _first_value(setting)
    notice = st.session_state.get(NOTICE + key)
    if notice and st.session_state[key] == _default(setting):
        where.caption(notice)
    else:
        st.session_state.pop(NOTICE + key, None)
    common = dict(key=key, help=t(setting.help) if setting.help else None, width=width)
    label = t(setting.label)
    as_list = setting.kind == CHOICE and bool(setting.option_labels) and presenting()
    if setting.kind == CHOICE:
        shape = "radio" if as_list else "select_slider"
        if st.session_state.get(DRAWN_AS + key, shape) != shape:
            # Another widget for the same setting: Streamlit would start it from its default, so hand it the
            # value the learner chose (allowed: no widget holds this key yet in this run).
            st.session_state[key] = st.session_state[key]
        st.session_state[DRAWN_AS + key] = shape
    if setting.option_labels:
        keep_choice_across_languages(key)
    if setting.kind == SLIDER:
        value = where.slider(label, min_value=setting.min_value, max_value=setting.max_value, step=setting.step,
                             **common)
    elif as_list:
        # Worded options on a projector: all of them in view, long ones wrapped. A select slider shows only
        # the chosen one, on one line that presenter mode's larger type pushes past the sidebar's edge.
        value = where.radio(label, options=setting.options, format_func=format_option(setting), **common)
    elif setting.kind == CHOICE:
        value = where.select_slider(label, options=setting.options, format_func=format_option(setting), **common)
    elif setting.kind == SWITCH:
        value = where.segmented_control(label, options=setting.options, format_func=format_option(setting),
                                        required=True, **common)
    elif setting.kind == MULTI:
        value = where.multiselect(label, options=setting.options, format_func=format_option(setting), **common)
    elif setting.kind == TOGGLE:
        value = where.toggle(label, **common)
    elif setting.kind == TEXT:
        value = where.text_input(label, **common)
    else:
        raise ValueError(f"unknown setting kind {setting.kind!r}")
    mirror_in_url(setting, value)
    return value
