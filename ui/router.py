"""Make sure every page runs inside app.py's router, even on a first visit by deep link.

Streamlit starts each server process (and each AppTest run) in its old "pages/ directory" mode
and leaves it only when app.py calls st.navigation. In that mode a visit to, say, /cat_classifier
runs the page on its own: no menu, no page config. The page notices, runs app.py in its place
(which runs the page again, properly routed) and stops. No rerun, so a click is not lost.
"""

import runpy
from pathlib import Path

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager
from streamlit.runtime.scriptrunner import get_script_run_ctx

APP = Path(__file__).resolve().parent.parent / "app.py"


def ensure_router() -> None:
    """Call first in every page."""
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False  # what st.navigation sets; app.py sets it again
        ctx = get_script_run_ctx()
        # As the entry point, not as this page: app.py's own widgets (the language switch) then get the
        # identities they have on every later run, so the first click on them is not lost.
        with ctx.run_with_active_hash(ctx.pages_manager.main_script_hash):
            runpy.run_path(str(APP), run_name="__main__")
        st.stop()
