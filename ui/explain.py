"""Explanations: the paragraphs a learner reads alone and a teacher says aloud in class."""

from __future__ import annotations

import streamlit as st

from core.text import t
from ui.presenter_mode import presenting


def explain(text: str, where=None) -> None:
    """Show `text` (Markdown) as it is, or, in presenter mode, folded into an expander: the room listens
    to the teacher and reads the charts, formulas and controls, which stay in view."""
    where = where or st
    if presenting():
        where.expander(t("present.explanation"), icon=":material/menu_book:").markdown(text)
    else:
        where.markdown(text)
