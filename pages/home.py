"""Home: what First Contact is, and the eight steps of building a network."""

import streamlit as st

from core.chapters import steps
from core.text import t
from ui.explain import explain
from ui.router import ensure_router

ensure_router()
st.title(t("home.title"))
explain(t("home.intro"))

st.header(t("home.steps_header"))
st.markdown(t("home.steps_intro"))
for number, (step, chapters) in enumerate(steps(), start=1):
    with st.container(border=True):
        st.markdown(f"**{number}. {t(f'home.step_{step}')}**  \n{t(f'home.step_{step}_detail')}")
        for chapter in chapters:
            st.page_link(chapter.path, label=t("home.open_chapter", chapter=t(chapter.title)), icon=chapter.icon)
