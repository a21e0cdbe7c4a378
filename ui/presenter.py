"""Presenter mode: the app projected to a room. A toggle in the sidebar, under the language switch, kept in
the session across chapters and in the address bar as `present=1` (absent when off), so a teacher's link
opens the projector's view.

In presenter mode every text is large enough to read from the back of a room on a 1280 x 720 projector
(ui/styles.py: at least 18 pixels, body text 24), figures are drawn with larger fonts and taller
(core/figures/common.py asks `presenting()`, ui/presenter_mode.py, through the hook installed here), long
explanations fold into expanders (ui/explain.py), and the lesson path's links are large buttons.
"""

from __future__ import annotations

import streamlit as st

from core.figures.common import use_presenter_mode_from
from core.settings import TOGGLE, Setting
from core.text import t
from ui.controls import mirror_in_url, value_from_url
from ui.presenter_mode import CHOSEN, presenting

PRESENT = Setting("present", "present.label", TOGGLE, False, help="present.help")


def presenter_switch() -> bool:
    """Draw the toggle in the sidebar, make figures follow the mode, and return it (app.py then injects
    the mode's CSS, ui/styles.py)."""
    use_presenter_mode_from(presenting)
    if CHOSEN not in st.session_state:  # a new session: the link's mode, or off
        st.session_state[CHOSEN] = value_from_url(PRESENT, st.query_params.get_all(PRESENT.key))[0]
    on = st.sidebar.toggle(t(PRESENT.label), value=st.session_state[CHOSEN], help=t(PRESENT.help),
                           key="presenter_switch")
    st.session_state[CHOSEN] = on
    mirror_in_url(PRESENT, on)
    return on
