"""The language the learner reads: an English / 简体中文 switch at the top of the sidebar, kept in the
session and in the address bar as `lang=en` or `lang=zh` (so a link opens in its language, and every
other value in the link means the same in both)."""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from core.settings import SWITCH, Setting
from core.text import DEFAULT_LANGUAGE, LANGUAGES, use_language_from
from ui.controls import setting_widget

LANGUAGE = Setting("lang", "lang.label", SWITCH, DEFAULT_LANGUAGE, options=LANGUAGES,
                   option_labels=tuple(f"lang.{code}" for code in LANGUAGES))


def _session_language() -> str:
    if get_script_run_ctx() is None:  # not in a learner's script run (a background thread): the default
        return DEFAULT_LANGUAGE
    return st.session_state.get(LANGUAGE.key, DEFAULT_LANGUAGE)


def language_switch() -> str:
    """Draw the switch (first thing in the sidebar) and return the language; every `t` follows it."""
    use_language_from(_session_language)
    return setting_widget(LANGUAGE, where=st.sidebar)
