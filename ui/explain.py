"""Explanations: the paragraphs a learner reads alone and a teacher says aloud in class."""

from __future__ import annotations

import streamlit as st

from core.text import t
from ui.presenter_mode import presenting


def aside(text: str, where=None, *, box: str = "caption") -> None:
    """A note under a chart or a formula (a caption, or an info box with `box="info"`), folded like an
    explanation in presenter mode: on a projector it would push the next chart off the screen."""
    where = where or st
    if presenting():
        where.expander(t("present.explanation"), icon=":material/menu_book:").markdown(text)
    elif box == "info":
        where.info(text)
    else:
        where.caption(text)


def for_the_teacher(topic: str, where=None, key: str | None = None):
    """A closed box for what a first-year class can skip (a faster algorithm, say): `with for_the_teacher(...):`.
    With a `key`, its content runs only once opened (`if box.open:`)."""
    lazy = dict(key=key, on_change="rerun") if key else {}
    return (where or st).expander(t("present.for_the_teacher", topic=topic), icon=":material/school:", **lazy)


def explain(text: str, where=None) -> None:
    """Show `text` (Markdown) as it is, or, in presenter mode, folded into an expander: the room listens
    to the teacher and reads the charts, formulas and controls, which stay in view."""
    where = where or st
    if presenting():
        where.expander(t("present.explanation"), icon=":material/menu_book:").markdown(text)
    else:
        where.markdown(text)
