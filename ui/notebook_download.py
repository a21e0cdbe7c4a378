""""Download as notebook": the learner's run written out as a Jupyter notebook in the text's style."""

from __future__ import annotations

import inspect
from typing import Callable

import nbformat
import streamlit as st

from core.notebooks import NOTEBOOK_MIME, notebook_bytes, notebook_file_name
from core.text import current_language, t


@st.cache_data(max_entries=64, show_spinner=False)
def _notebook_file(_make: Callable, name: str, language: str, **settings) -> bytes:
    return notebook_bytes(_make(language=language, **settings))


def _file_name(make: Callable, chapter: str, settings: dict) -> str:
    """The notebook's file name, without writing the notebook (that waits for the click)."""
    defaults = {name: p.default for name, p in inspect.signature(make).parameters.items() if name != "language"}
    metadata = {"first_contact": {"chapter": chapter, "settings": defaults | settings}}
    return notebook_file_name(nbformat.from_dict({"metadata": metadata}))


def notebook_download(make: Callable, chapter: str, key: str, **settings) -> None:
    """A download button for `make(**settings)` (a core/notebooks generator), in the learner's language.
    The notebook is written when the button is pressed (on its own thread), not on every rerun."""
    language = current_language()
    st.download_button(t("nb.download"), lambda: _notebook_file(make, make.__name__, language, **settings),
                       file_name=_file_name(make, chapter, settings), mime=NOTEBOOK_MIME, key=key,
                       help=t("nb.download_help"), icon=":material/download:")
