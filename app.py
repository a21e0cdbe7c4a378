"""First Contact: the router. Every chapter lives in pages/; its place in the app in ui/chapters.py."""

import streamlit as st

from core.text import t
from ui.chapters import CHAPTERS

st.set_page_config(page_title=t("app.title"), page_icon=":material/neurology:", layout="wide")

sections: dict[str, list] = {}
for chapter in CHAPTERS:
    sections.setdefault(t(chapter.section), []).append(
        st.Page(chapter.path, title=t(chapter.title), icon=chapter.icon, default=chapter.path == "pages/home.py")
    )
st.navigation(sections).run()
