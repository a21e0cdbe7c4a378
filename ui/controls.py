"""Render a declared Setting as a widget whose value lives in the URL.

Streamlit's `bind="query-params"` keeps the widget and the address bar in step (so copying the
address reproduces the view) and silently drops a value it cannot use; we parse the same value first
so the learner is told why their link's value was replaced by the default.
"""

from __future__ import annotations

import streamlit as st

from core.settings import CHOICE, MULTI, SLIDER, TEXT, TOGGLE, Setting, format_number, parse_url_value
from core.text import t


def _format_option(setting: Setting):
    if setting.option_labels:
        names = dict(zip(setting.options, setting.option_labels))
        return lambda option: t(names[option])
    return lambda option: format_number(option) if isinstance(option, (int, float)) else str(option)


def _url_notice(setting: Setting, where) -> None:
    raw = st.query_params.get_all(setting.key)
    if not raw or setting.kind == TEXT:  # any text is a value: the page judges its meaning and says so
        return
    if setting.option_labels:  # Streamlit writes a worded option into the URL as its label, not its value
        labels = {t(label) for label in setting.option_labels}
        problem = None if all(value in labels for value in (raw if setting.kind == MULTI else raw[-1:])) else "not_an_option"
    else:
        _, problem = parse_url_value(setting, raw if setting.kind == MULTI else raw[-1])
    if problem:
        where.caption(
            t(f"url_notice.{problem}", name=t(setting.label), value=", ".join(raw),
              default=_describe(setting, setting.default))
        )


def _describe(setting: Setting, value) -> str:
    fmt = _format_option(setting)
    return ", ".join(fmt(v) for v in value) if setting.kind == MULTI else fmt(value)


def setting_widget(setting: Setting, where=None):
    """Draw `setting` (in the sidebar unless told otherwise) and return its current value."""
    where = where or st.sidebar
    _url_notice(setting, where)
    common = dict(
        key=setting.key,
        help=t(setting.help) if setting.help else None,
        bind="query-params",
    )
    label = t(setting.label)
    if setting.kind == SLIDER:
        return where.slider(label, min_value=setting.min_value, max_value=setting.max_value,
                            value=setting.default, step=setting.step, **common)
    if setting.kind == CHOICE:
        return where.select_slider(label, options=setting.options, value=setting.default,
                                   format_func=_format_option(setting), **common)
    if setting.kind == MULTI:
        return where.multiselect(label, options=setting.options, default=list(setting.default),
                                 format_func=_format_option(setting), **common)
    if setting.kind == TOGGLE:
        return where.toggle(label, value=setting.default, **common)
    if setting.kind == TEXT:
        return where.text_input(label, value=setting.default, **common)
    raise ValueError(f"unknown setting kind {setting.kind!r}")
