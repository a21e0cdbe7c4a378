"""The app's own CSS, injected once per run from app.py: what every screen needs, and what presenter mode
changes for a projector.

Phones and tablets need little: Streamlit stacks columns under 640 pixels, wide tables and long formulas
scroll inside their own box, and charts take the width they are given (tests/test_browser_devices.py)."""

from __future__ import annotations

import streamlit as st

# Every screen. A metric's number shrinks to fit its column instead of being cut off ("0.46…" in four
# columns beside an iPad's open sidebar): at most its usual size, at most a fifth of the column's width.
SCREEN_CSS = """
[data-testid="stMetric"] { container-type: inline-size; }
[data-testid="stMetricValue"] { font-size: min(2.25rem, 20cqi); }
[class*="st-key-browser_memory"] { display: none; }
[data-testid="stMarkdownContainer"] table { display: block; max-width: 100%; overflow-x: auto; }
[data-testid="stMain"] a:focus-visible, [data-testid="stSidebar"] a:focus-visible, summary:focus-visible {
  outline: 3px solid currentColor; outline-offset: 2px; border-radius: 0.5rem; }
"""
# A Markdown table (ui/small_table.py: the descent's steps, six columns of numbers) scrolls sideways inside its own
# box on a phone, as st.table's did, instead of widening the page.
# The outline above: a keyboard focus that shows (WCAG 2.4.7). Streamlit marks a focused page link or expander
# only by a faint grey background; buttons and inputs have their own ring. currentColor: dark on the light
# theme, light on the dark one.

# Presenter mode, for a 1280 x 720 projector read from the back of the room. Streamlit sizes its text in rem
# (body 1rem, captions and labels 0.875rem, the smallest 0.75rem) from the root's 16 px: a root of 24 px
# brings the smallest to 18 px. Headings, metrics and the page's margins (also in rem) are brought back down
# so a chart still fits beside them; the class board's counts are the exception, as large as a headline.
# Charts draw their own text (core/figures/common.for_the_room). A computation graph is drawn at its own
# size, where its words are 18 px or more (core/figures/computation_graph.py), and scrolls sideways inside
# its box when it is wider than the page, instead of shrinking to fit. The data grid draws on a canvas at a fixed
# 13 px, so its box is zoomed: Streamlit sizes the grid to the box's (unzoomed) width, which is set to the
# column's width divided by the zoom, so it lands exactly there.
ROOM_ZOOM = 1.4
ROOM_CSS = f"""
html {{ font-size: 24px; }}
[data-testid="stMainBlockContainer"] {{ padding: 4.25rem 1.5rem 4rem; }}
h1, [data-testid="stHeading"] h1 {{ font-size: 1.75rem; }}
h2, [data-testid="stHeading"] h2 {{ font-size: 1.45rem; }}
h3, [data-testid="stHeading"] h3 {{ font-size: 1.2rem; }}
[data-testid="stSidebar"] h1, [data-testid="stSidebar"] h2, [data-testid="stSidebar"] h3 {{ font-size: 1.1rem; }}
[data-testid="stMetricValue"] {{ font-size: min(1.6rem, 20cqi); }}
.st-key-board_counts [data-testid="stMetricLabel"] p {{ font-size: 1.1rem; }}
.st-key-board_counts [data-testid="stMetricValue"] {{ font-size: min(2.75rem, 20cqi); line-height: 1.15; }}
[data-testid="stMarkdownContainer"] code {{ font-size: max(18px, 0.85em); }}
[data-testid="stMain"] button {{ height: auto; max-width: 100%; }}
[data-testid="stMain"] button p, [data-testid="stMain"] button span {{ white-space: normal; overflow-wrap: anywhere; }}
[data-testid="stGraphVizChart"] {{ overflow-x: auto; }}
[data-testid="stGraphVizChart"] svg {{ max-width: none; }}
[data-testid="stElementContainer"]:has(> [data-testid="stFullScreenFrame"] > [data-testid="stDataFrame"]) {{
  zoom: {ROOM_ZOOM}; width: calc(100% / {ROOM_ZOOM}) !important; }}
.st-key-lesson_path [data-testid="stPageLink"] a {{
  min-height: 4rem; padding: 0.5rem 1rem; border: 2px solid rgba(128, 128, 128, 0.5); border-radius: 0.75rem; }}
.st-key-lesson_path [data-testid="stPageLink"] p {{ font-size: 1.1rem; font-weight: 600; white-space: normal; }}
"""



def apply_styles(presenting: bool) -> None:
    """Inject this run's CSS (style-only HTML takes no room on the page). One style element on every run,
    in the same place: the screen's takes the place of the projector's, which would otherwise stay on the
    page after presenter mode is turned off."""
    st.html(f"<style>{SCREEN_CSS}{ROOM_CSS if presenting else ''}</style>")
