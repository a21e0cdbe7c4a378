"""The app's own CSS, injected once per run from app.py: what every screen needs (phones and tablets
included), and what presenter mode adds for a projector."""

from __future__ import annotations

import streamlit as st

# Every screen. Wide content scrolls inside its own box, never the page:
# - a displayed formula already scrolls sideways inside .katex-display, but KaTeX's hidden MathML copy is
#   absolutely positioned against an ancestor outside that box, so a long formula widened the whole page;
#   making the box its containing block keeps the copy inside.
# - pictures (the cat gallery, the QR code) shrink to the width they are given.
SCREEN_CSS = """<style>
.katex-display { position: relative; overflow-x: auto; overflow-y: hidden; }
[data-testid="stImage"] img { max-width: 100%; height: auto; }
</style>"""

# Presenter mode, for a 1280 x 720 projector read from the back of the room. Streamlit sizes its text in rem
# (body 1rem, captions and labels 0.875rem, the smallest 0.75rem) from the root's 16 px: a root of 24 px
# brings the smallest to 18 px. Headings, metrics and the page's margins (also in rem) are brought back down
# so a chart still fits beside them. Charts draw their own text (core/figures/common.fonts_for_the_room);
# the data grid draws on a canvas at a fixed 13 px, so its box is zoomed: Streamlit sizes the grid to the
# box's (unzoomed) width, which is set to the column's width divided by the zoom, so it lands exactly there.
ROOM_ZOOM = 1.4
ROOM_CSS = f"""<style>
html {{ font-size: 24px; }}
[data-testid="stMainBlockContainer"] {{ padding: 4.25rem 1.5rem 4rem; }}
h1, [data-testid="stHeading"] h1 {{ font-size: 1.75rem; }}
h2, [data-testid="stHeading"] h2 {{ font-size: 1.45rem; }}
h3, [data-testid="stHeading"] h3 {{ font-size: 1.2rem; }}
[data-testid="stSidebar"] h1, [data-testid="stSidebar"] h2, [data-testid="stSidebar"] h3 {{ font-size: 1.1rem; }}
[data-testid="stMetricValue"] {{ font-size: 1.6rem; }}
[data-testid="stElementContainer"]:has(> [data-testid="stFullScreenFrame"] > [data-testid="stDataFrame"]) {{
  zoom: {ROOM_ZOOM}; width: calc(100% / {ROOM_ZOOM}) !important; }}
.st-key-lesson_path [data-testid="stPageLink"] a {{
  min-height: 4rem; padding: 0.5rem 1rem; border: 2px solid rgba(128, 128, 128, 0.5); border-radius: 0.75rem; }}
.st-key-lesson_path [data-testid="stPageLink"] p {{ font-size: 1.1rem; font-weight: 600; white-space: normal; }}
</style>"""


def apply_styles(presenting: bool) -> None:
    """Inject this run's CSS (style-only HTML takes no room on the page)."""
    st.html(SCREEN_CSS + (ROOM_CSS if presenting else ""))
