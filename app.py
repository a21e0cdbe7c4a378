"""First Contact: the router. Every chapter lives in pages/; its place in the app in ui/chapters.py."""

import streamlit as st

from core.text import t
from ui.chapters import CHAPTERS

st.set_page_config(page_title=t("app.title"), page_icon=":material/neurology:", layout="wide")

pages = {
    chapter.path: st.Page(chapter.path, title=t(chapter.title), icon=chapter.icon,
                          default=chapter is CHAPTERS[0])
    for chapter in CHAPTERS
}
sections: dict[str, list] = {}
for chapter in CHAPTERS:
    sections.setdefault(chapter.section, []).append(chapter)

current = st.navigation({t(s): [pages[c.path] for c in chapters] for s, chapters in sections.items()},
                        position="hidden")
# Our own menu: Streamlit's built-in one is switched off in .streamlit/config.toml, because on the
# first visit after a server start it showed the auto-discovered list of pages/ instead of this.
with st.sidebar:
    for section, chapters in sections.items():
        st.caption(t(section))
        for chapter in chapters:
            st.page_link(pages[chapter.path])
    st.divider()
current.run()
