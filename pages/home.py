"""Home: what First Contact is, and the eight steps of building a network."""

import streamlit as st

from core.text import t
from ui.explain import explain
from ui.router import ensure_router
from ui.chapters import STEPS, chapters_for

ensure_router()
st.title(t("home.title"))
explain(t("home.intro"))

st.header(t("home.steps_header"))
st.markdown(t("home.steps_intro"))
for number, (step, paths) in enumerate(STEPS, start=1):
    with st.container(border=True):
        st.markdown(f"**{number}. {t(step)}**  \n{t(step + '_detail')}")
        chapters = chapters_for(paths)
        if not chapters:
            st.caption(t("home.coming_later"))
        for chapter in chapters:
            st.page_link(chapter.path, label=t("home.open_chapter", chapter=t(chapter.title)), icon=chapter.icon)
