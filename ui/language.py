"""The language the learner reads: an English / 简体中文 switch at the top of the sidebar, kept in the
session and in the address bar as `lang=en` or `lang=zh` (so a link opens in its language, and every
other value in the link means the same in both)."""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from core.settings import SWITCH, Setting
from core.text import DEFAULT_LANGUAGE, LANGUAGES, t, use_language_from
from ui.accessibility import accessible_document
from ui.controls import format_option, mirror_in_url, value_from_url

LANGUAGE = Setting("lang", "lang.label", SWITCH, DEFAULT_LANGUAGE, options=LANGUAGES,
                   option_labels=tuple(f"lang.{code}" for code in LANGUAGES))
CHOSEN = "language"  # session key: the learner's language, kept across chapters (a widget's state is not)
SWITCH_KEY = "language_switch"


def _session_language() -> str:
    if get_script_run_ctx() is None:  # not in a learner's script run (a background thread): the default
        return DEFAULT_LANGUAGE
    return st.session_state.get(CHOSEN, DEFAULT_LANGUAGE)


def language_switch() -> str:
    """Draw the switch (first thing in the sidebar) and return the language; every `t` follows it. The
    document says the language too (`<html lang>`, for screen readers: ui/accessibility.py)."""
    use_language_from(_session_language)
    if CHOSEN not in st.session_state:  # a new session: the link's language, or the default
        st.session_state[CHOSEN] = value_from_url(LANGUAGE, st.query_params.get_all(LANGUAGE.key))[0]
    if st.session_state.get(SWITCH_KEY) in LANGUAGES:  # a click on the switch: this whole run speaks it
        st.session_state[CHOSEN] = st.session_state[SWITCH_KEY]
    ctx = get_script_run_ctx()
    # One identity for the switch on every page (a widget's identity includes the page it is drawn
    # for, and the first run of a visit to "/" is not yet "home"): a click is never lost to a new identity.
    with ctx.run_with_active_hash(ctx.pages_manager.main_script_hash):
        chosen = st.sidebar.segmented_control(
            t(LANGUAGE.label), options=LANGUAGE.options, default=st.session_state[CHOSEN],
            format_func=format_option(LANGUAGE), required=True, key=SWITCH_KEY)
    st.session_state[CHOSEN] = chosen or st.session_state[CHOSEN]
    mirror_in_url(LANGUAGE, st.session_state[CHOSEN])
    accessible_document(st.session_state[CHOSEN])
    return st.session_state[CHOSEN]
