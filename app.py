"""First Contact: the router. Every chapter lives in pages/; its place in the app in ui/chapters.py."""

import streamlit as st

from core.text import t
from ui.chapters import CHAPTERS
from ui.language import language_switch
from ui.presenter import presenter_switch
from ui.styles import apply_styles

language_switch()  # before any word is looked up: the rest of the run speaks the learner's language
apply_styles(presenter_switch())  # before any figure is built: figures are drawn for the mode
st.set_page_config(page_title=t("app.title"), page_icon="🧠", layout="wide")

sections: dict[str, list] = {}
for chapter in CHAPTERS:
    page = st.Page(chapter.path, title=t(chapter.title), icon=chapter.icon, default=chapter is CHAPTERS[0])
    sections.setdefault(t(chapter.section), []).append(page)
# The menu sits in the top bar, leaving the sidebar to the chapter's settings (a projector is short).
st.navigation(sections, position="top").run()
