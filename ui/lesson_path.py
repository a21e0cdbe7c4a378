"""The lesson path: at the end of each chapter, a link to the previous and the next chapter in the
text's order (the registry's LESSONS: home first; the class board stands outside the path)."""

from __future__ import annotations

import streamlit as st

from core.chapters import LESSONS, Chapter
from core.text import t
from ui.language import LANGUAGE
from ui.presenter import PRESENT

CARRIED = (LANGUAGE.key, PRESENT.key)  # what a link keeps of the address bar: the language and the mode


def neighbours(chapter: Chapter) -> tuple[Chapter | None, Chapter | None]:
    """The chapters before and after `chapter` on the path (None at either end, or off the path)."""
    if chapter not in LESSONS:
        return None, None
    at = LESSONS.index(chapter)
    return (LESSONS[at - 1] if at > 0 else None), (LESSONS[at + 1] if at + 1 < len(LESSONS) else None)


def lesson_path(chapter: Chapter) -> None:
    """The links to the previous and the next chapter, at the foot of the page. Page addresses do not
    depend on the language; the link carries the language and presenter mode of this address."""
    before, after = neighbours(chapter)
    if before is None and after is None:
        return
    carried = {key: st.query_params[key] for key in CARRIED if key in st.query_params}
    with st.container(key="lesson_path"):
        st.divider()
        left, right = st.columns(2)
        if before is not None:
            left.page_link(before.path, label=t("path.previous", chapter=t(before.title)),
                           icon=":material/arrow_back:", query_params=carried)
        if after is not None:
            with right.container(horizontal_alignment="right"):
                st.page_link(after.path, label=t("path.next", chapter=t(after.title)),
                             icon=":material/arrow_forward:", icon_position="right", query_params=carried)
