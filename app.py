"""First Contact: the router. Every chapter's page is pages/<slug>.py; its place in the app is its entry in
the registry (core/chapters/__init__.py)."""

import streamlit as st

from core.chapters import CHAPTERS
from core.text import t
from ui.accessibility import skip_link
from ui.browser_memory import write_again
from ui.language import language_switch
from ui.lesson import above_the_page
from ui.lesson_path import lesson_path
from ui.opened_run import apply_opened_run
from ui.predict import predict_then_run, run_it_from_link
from ui.presenter import presenter_switch
from ui.styles import apply_styles

language_switch()  # before any word is looked up: the rest of the run speaks the learner's language
apply_styles(presenter_switch())  # before any figure is built: figures are drawn for the mode
st.set_page_config(page_title=t("app.title"), page_icon="🧠", layout="wide")

sections: dict[str, list] = {}
chapter_of = {}
for chapter in CHAPTERS:
    page = st.Page(chapter.path, title=t(chapter.title), icon=chapter.icon, default=chapter is CHAPTERS[0])
    sections.setdefault(t(chapter.section), []).append(page)
    chapter_of[page.url_path] = chapter
# The menu sits in the top bar, leaving the sidebar to the chapter's settings (a projector is short).
current = st.navigation(sections, position="top")
write_again()  # this session's cookies (a class seat, a teacher key), in case a rerun cut a script short
if chapter_of[current.url_path].trains:  # from the keyboard, Train is two presses into the main area
    train = chapter_of[current.url_path].session_key("train")
    skip_link(t("a11y.skip_to", control=t(chapter_of[current.url_path].word("train"))), f".st-key-{train} button")
above_the_page(chapter_of[current.url_path].slug)  # a student's class seat and lesson banner
run_it_from_link(chapter_of[current.url_path])  # ?go=1: a "Run it" link's settings on the controls, and run
apply_opened_run(chapter_of[current.url_path])  # ?run=<id>&class=<code>: that run's settings on the controls
current.run()
# A page that stopped early (st.stop: no data to show) ends the run there, and its path links with it.
predict_then_run(chapter_of[current.url_path])
lesson_path(chapter_of[current.url_path])
