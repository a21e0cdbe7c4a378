""""Download as notebook": the learner's run written out as a Jupyter notebook in the text's style."""

from __future__ import annotations

from typing import Callable

import streamlit as st

from core.notebooks import NOTEBOOK_MIME, notebook_bytes, notebook_file_name
from core.text import current_language, t


@st.cache_data(max_entries=64, show_spinner=False)
def _notebook_file(_make: Callable, name: str, language: str, **settings) -> tuple[bytes, str]:
    notebook = _make(language=language, **settings)
    return notebook_bytes(notebook), notebook_file_name(notebook)


def notebook_download(make: Callable, key: str, **settings) -> None:
    """A download button for `make(**settings)` (a core/notebooks generator), in the learner's language."""
    data, file_name = _notebook_file(make, make.__name__, current_language(), **settings)
    st.download_button(t("nb.download"), data, file_name=file_name, mime=NOTEBOOK_MIME, key=key,
                       help=t("nb.download_help"), icon=":material/download:")
