"""Whether this session is in presenter mode: the one fact the toggle (ui/presenter.py) sets and the widgets
(ui/controls.py), explanations, board and figures read. A module of its own because ui/presenter.py draws
its toggle with ui/controls.py: asking the mode here keeps the imports one way."""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

CHOSEN = "presenting"  # session key: the mode, kept across chapters (a widget's state is not)


def presenting() -> bool:
    """Whether this session is in presenter mode (False outside a learner's script run: a background
    thread draws for a screen)."""
    if get_script_run_ctx(suppress_warning=True) is None:
        return False
    return bool(st.session_state.get(CHOSEN, False))
