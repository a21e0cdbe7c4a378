"""A floor for bench/ui_latency.py: the gradient-descent page's descent chart alone (the surface as the page opens
on it, a picture, with its map a picture too, or with `?turn=1` the WebGL scene it turns beside a contour map; the
path, 100 animation frames), under the page's own learning-rate slider, drawn by the app's own chart
(ui/live_plot.py: updated in place) with nothing else on the page. Its slider change is what that one chart costs a browser to answer,
whatever the rest of the page does. Not part of the app.

Run by bench/ui_latency.py from this folder with static serving on: plotly.js is served from static/ beside this
script, a link to the app's (git-ignored)."""

import sys
from pathlib import Path

APP = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(APP))

import streamlit as st  # noqa: E402

from core.chapters.gradient_descent import (FIGURE_WORDS, ITERATIONS, LEARNING_RATE, NOISE, OPTIMIZER,  # noqa: E402
                                            SEED, START_B, START_W, SURFACE)
from core.figures.gradient_descent import GRID_POINTS, PICTURE_POINTS, descent_figure, surface_range  # noqa: E402
from core.figures.map_picture import MAP_POINTS, draw_map_picture  # noqa: E402
from core.figures.surface_picture import draw_surface_picture  # noqa: E402
from core.optimizers import descend  # noqa: E402
from core.settings import format_number  # noqa: E402
from core.surfaces import grid, make_surface  # noqa: E402
from core.text import t  # noqa: E402
from ui.live_plot import live_plotly_chart, serve_plotly_js  # noqa: E402
from ui.plotly_bundle import STATIC_DIR  # noqa: E402
from ui.static_pictures import picture_url  # noqa: E402

WORDS = {role: t(f"gradient_descent.{key}") for role, key in FIGURE_WORDS}


SURFACE_SHOWN = make_surface(SURFACE.default, NOISE.default, SEED.default)


@st.cache_resource(show_spinner=False)
def pictures():
    """The surface's picture and the map's, drawn once (as the page does), not once per learning rate."""
    surface_grid = grid(SURFACE_SHOWN, GRID_POINTS)
    return (draw_surface_picture(grid(SURFACE_SHOWN, PICTURE_POINTS), SURFACE_SHOWN.view, surface_range(surface_grid)),
            draw_map_picture(grid(SURFACE_SHOWN, MAP_POINTS)))


@st.cache_resource(max_entries=64, show_spinner=False)
def figure(rate: float, turning: bool):
    surface = SURFACE_SHOWN
    start = (START_W.default, START_B.default)
    path = descend(surface, start, rate, ITERATIONS.default, OPTIMIZER.default)
    title = t("gradient_descent.figure_title", surface=SURFACE.default, optimizer=OPTIMIZER.default,
              lr=format_number(rate), w0=format_number(start[0]), b0=format_number(start[1]))
    surface_grid = grid(surface, GRID_POINTS)
    picture, map_picture = (None, None) if turning else pictures()
    return descent_figure(surface_grid, path, surface.view, surface.minima, dict(WORDS, title=title), picture=picture,
                          picture_source=picture and picture_url(picture.image, ".webp"), map_picture=map_picture,
                          map_source=map_picture and picture_url(map_picture.image, ".webp"))


serve_plotly_js()  # into the app's static/, which this script's static/ links to
here = Path(__file__).resolve().parent / "static"
if not here.exists():
    here.symlink_to(STATIC_DIR, target_is_directory=True)
rate = st.select_slider("Learning rate", options=LEARNING_RATE.options, value=LEARNING_RATE.default, key="gd_lr")
turning = st.query_params.get("turn") == "1"
live_plotly_chart(figure(rate, turning), key="descent", alt="The descent on the cost surface")
