"""Chapter: gradient descent, animated on the cost surface J(w, b)."""

import numpy as np
import pandas as pd
import streamlit as st

from core.figures.gradient_descent import (GRID_POINTS, PICTURE_POINTS, comparison_figure, cost_figure,
                                          descent_figure, surface_range, update_rule_latex)
from core.figures.map_picture import MAP_POINTS, draw_map_picture
from core.figures.surface_picture import draw_surface_picture
from core import descent_story
from core.descent_story import number
from core.optimizers import OPTIMIZERS, descend, zigzag_fraction
from core.chapters.gradient_descent import (COMPARED_RATES, FIGURE_WORDS, INSPECT, ITERATIONS, LEARNING_RATE, MORE,
                                            MORE_SETTINGS, NOISE, OPTIMIZER, SEED, START_B, START_W, SURFACE,
                                            TURN_SURFACE)
from core.settings import format_number
from core.surfaces import DATA_SURFACES, SURFACES, grid, make_surface
from core.text import t
from ui.chart_words import chart
from ui.code_panel import code_panel
from ui.controls import setting_widget, value_from_url
from ui.explain import aside, explain
from ui.live_plot import live_plotly_chart
from ui.presenter_mode import presenting
from ui.router import ensure_router
from ui.small_table import small_table
from ui.static_pictures import picture_url

OPTIMIZERS_RATE = "gd_optimizers_rate"  # the learning rate the optimizers' section was last drawn with
ALL_STEPS = "gd_all_steps"  # the session key of the "every step" panel (open or closed)

SURFACE_NAMES = dict(zip(SURFACES, SURFACE.option_labels))
OPTIMIZER_NAMES = dict(zip(OPTIMIZERS, OPTIMIZER.option_labels))
ABOUT = {"logistic": "gradient_descent.about_logistic", "bowl": "gradient_descent.about_bowl", "valley": "gradient_descent.about_valley",
         "saddle": "gradient_descent.about_saddle", "minima": "gradient_descent.about_minima"}


# ---- cached numbers and figures: a slider change recomputes only what it touches ----

@st.cache_data(max_entries=32, show_spinner=False)
def surface_grid(key: str, noise: float, seed: int):
    return grid(make_surface(key, noise, seed), GRID_POINTS)


@st.cache_data(max_entries=256, show_spinner=False)
def path_of(key: str, noise: float, seed: int, start: tuple, rate: float, iterations: int, optimizer: str):
    return descend(make_surface(key, noise, seed), start, rate, iterations, optimizer)


# Figures are shared as they are (cache_resource): Streamlit only reads them, and unpickling a copy from
# cache_data would re-validate every animation frame. `for_the_room` keys them by the mode they were drawn for
# (core.figures reads the mode itself).
@st.cache_resource(max_entries=32, show_spinner=False)
def surface_picture(key: str, noise: float, seed: int, for_the_room: bool):
    """The surface drawn once as a picture (0.2 s)."""
    surface = make_surface(key, noise, seed)
    return draw_surface_picture(grid(surface, PICTURE_POINTS), surface.view,
                                surface_range(surface_grid(key, noise, seed)), for_the_room)


@st.cache_resource(max_entries=32, show_spinner=False)
def map_picture(key: str, noise: float, seed: int):
    """The contour map drawn once as a picture (0.1 s): a new path then moves only the lines on it."""
    return draw_map_picture(grid(make_surface(key, noise, seed), MAP_POINTS))


@st.cache_resource(max_entries=64, show_spinner=False)
def descent_chart(key, noise, seed, start, rate, iterations, optimizer, title, words, for_the_room, turning,
                  picture_source, map_source):
    surface = make_surface(key, noise, seed)
    picture = None if turning else surface_picture(key, noise, seed, for_the_room)
    return descent_figure(surface_grid(key, noise, seed), path_of(key, noise, seed, start, rate, iterations, optimizer),
                          surface.view, surface.minima, dict(words, title=title), picture=picture,
                          picture_source=picture_source, map_picture=None if turning else map_picture(key, noise, seed),
                          map_source=map_source)


@st.cache_resource(max_entries=32, show_spinner=False)
def cost_chart(key, noise, seed, start, rate, iterations, optimizer, title, words, for_the_room):
    return cost_figure(path_of(key, noise, seed, start, rate, iterations, optimizer), dict(words, title=title))


@st.cache_resource(max_entries=16, show_spinner=False)
def compare_figure(key, noise, seed, paths_key, title, words, for_the_room, slider_labels=None, slider_prefix=""):
    surface = make_surface(key, noise, seed)
    paths = {label: path_of(key, noise, seed, *args) for label, args in paths_key}
    return comparison_figure(surface_grid(key, noise, seed), paths, surface.view, surface.minima, dict(words, title=title),
                             slider_labels=slider_labels, slider_prefix=slider_prefix)




def asks_for_more() -> bool:
    """A link (or a check's "Run it") that names another surface or optimizer opens the page with them."""
    for setting in MORE_SETTINGS:
        value, problem = value_from_url(setting, st.query_params.get_all(setting.key))
        if not problem and value != setting.default:
            return True
    return False


def outcome_table(first_column: str, labels, paths) -> None:
    """One row a path: a plain table (a few rows, read as they are): a data grid here made a fresh visit load
    and run its code (16 files, 660 KB) before the page's charts could start."""
    rows = [descent_story.row(surface, p) for p in paths]
    st.table({
        first_column: list(labels),
        t("gradient_descent.col_outcome"): [t(key, **fields) for (key, fields), _, _ in rows],
        t("gradient_descent.col_steps"): [steps for _, steps, _ in rows],
        t("gradient_descent.col_final_cost"): [cost for _, _, cost in rows],
    }, hide_index=True)


ensure_router()
st.title(t("gradient_descent.title"))
explain(t("gradient_descent.intro"))

# ---- settings: the text's lesson first; the other surfaces and optimizers one switch away ----
st.sidebar.header(t("gradient_descent.settings"))
iterations = setting_widget(ITERATIONS)
start = (float(setting_widget(START_W)), float(setting_widget(START_B)))
if MORE.key not in st.session_state and asks_for_more():
    st.session_state[MORE.key] = True
more = setting_widget(MORE)
surface_key, optimizer = SURFACE.default, OPTIMIZER.default
noise, seed = NOISE.default, SEED.default  # unused by the made-up surfaces: one cache entry for all
if more:
    surface_key = setting_widget(SURFACE)
    if surface_key in DATA_SURFACES:
        noise, seed = setting_widget(NOISE), setting_widget(SEED)
    optimizer = setting_widget(OPTIMIZER)
else:
    for setting in MORE_SETTINGS:  # the address says what the page shows
        if setting.key in st.query_params:
            del st.query_params[setting.key]

surface = make_surface(surface_key, noise, seed)
surface_name, optimizer_name = t(SURFACE_NAMES[surface_key]), t(OPTIMIZER_NAMES[optimizer])
# The figures' words, as a tuple of pairs: hashable, so a cached figure is keyed by its language too.
words = tuple((role, t(f"gradient_descent.{key}")) for role, key in FIGURE_WORDS)


# ---- 2 · the numbers: a fragment, so picking another step reruns only this section ----
@st.fragment
def numbers_section(path, optimizer, learning_rate):
    st.header(t("gradient_descent.numbers_header"))
    explain(t("gradient_descent.numbers_intro"))
    wanted = setting_widget(INSPECT, where=st)
    k = min(wanted, path.steps)
    if wanted > path.steps:
        st.caption(t("gradient_descent.inspect_clipped", steps=path.steps))
    if k < path.steps:
        st.latex(update_rule_latex(optimizer, learning_rate, k, (path.w[k], path.b[k]), (path.dw[k], path.db[k]),
                                   (path.w[k + 1], path.b[k + 1])))
    else:
        st.caption(t("gradient_descent.inspect_last", step=k))
    code_panel(f"gradient_descent.{optimizer}")
    table = pd.DataFrame(
        {t("gradient_descent.col_step"): np.arange(len(path.w)), t("gradient_descent.col_w"): path.w.round(5), t("gradient_descent.col_b"): path.b.round(5),
         t("gradient_descent.col_cost"): path.cost.round(6), t("gradient_descent.col_dw"): path.dw.round(6), t("gradient_descent.col_db"): path.db.round(6)})
    # The steps around the inspected one, that step highlighted; every step is one click away below.
    around = table.iloc[max(0, k - 3): k + 4]
    step = t("gradient_descent.col_step")
    small_table({name: [str(value) if name == step else f"{value:.6f}" if abs(value) < 1e6 else f"{value:.6e}"
                        for value in around[name]]
                 for name in around.columns}, right=tuple(around.columns), bold_row=list(around[step]).index(k))
    # Every step, sent only once opened (a lazy expander in this fragment): most learners never open it, and
    # otherwise a hundred-row grid travels and is redrawn at every learning rate.
    every_step = st.expander(t("gradient_descent.all_steps"), key=ALL_STEPS, on_change="rerun")
    if every_step.open:
        every_step.dataframe(table, hide_index=True, height=280)


# ---- 1 · the descent, and 2 under it: a fragment holding the learning rate, so sliding it reruns and redraws
# only these two sections (the comparison of fixed rates below does not depend on it) ----
@st.fragment
def descent_sections():
    learning_rate = setting_widget(LEARNING_RATE, where=st)  # beside the picture it moves
    if more and st.session_state.get(OPTIMIZERS_RATE) not in (None, learning_rate):
        st.rerun()  # the optimizers' section further down shows this rate too: the whole page follows
    lr_text = format_number(learning_rate)

    path = path_of(surface_key, noise, seed, start, learning_rate, iterations, optimizer)
    title = t("gradient_descent.figure_title", surface=surface_name, optimizer=optimizer_name, lr=lr_text,
              w0=format_number(start[0]), b0=format_number(start[1]))
    kind, key, fields = descent_story.message(surface, path, lr_text)
    ending = t(key, **fields)  # the sentence under the picture: where the path ends
    # The surface a picture unless the learner turns it (a WebGL scene: a GPU-less laptop's slowest chart).
    # Updated in place (Plotly.react): a new 3D scene at every learning rate cost the page most of its answer time.
    turning = setting_widget(TURN_SURFACE, where=st)
    # Asked at every run: the picture's file, which a cached figure names, is kept as used (written again if removed).
    source = None if turning else picture_url(surface_picture(surface_key, noise, seed, presenting()).image, ".webp")
    map_source = None if turning else picture_url(map_picture(surface_key, noise, seed).image, ".webp")
    live_plotly_chart(descent_chart(surface_key, noise, seed, start, learning_rate, iterations, optimizer, title, words,
                                    presenting(), turning, source, map_source),
                      key="gd_descent", alt=t("gradient_descent.descent_text", **descent_story.descent_words(path)) + ending)
    aside(t("gradient_descent.picture_caption_turning" if turning else "gradient_descent.picture_caption"))

    getattr(st, kind)(ending)
    zigzag = zigzag_fraction(path)
    if zigzag > 0.5:
        st.info(t("gradient_descent.zigzag", share=f"{zigzag:.0%}"))
    if limit:
        st.caption(t("gradient_descent.limit_note", lr=lr_text, ratio=f"{learning_rate / limit:.2f}", limit=number(limit)))
    chart(cost_chart(surface_key, noise, seed, start, learning_rate, iterations, optimizer,
                     t("gradient_descent.cost_title", optimizer=optimizer_name, lr=lr_text), words, presenting()),
          descent_story.cost_words(path), key="gd_cost")  # keyed: unkeyed, a new figure is a new chart
    numbers_section(path, optimizer, learning_rate)


# The rate the whole page was last drawn with, the optimizers' section's too: a run of the fragment alone that
# finds another one reruns the page. None while the whole page runs (no rerun asked from within it).
st.session_state.pop(OPTIMIZERS_RATE, None)
# The section's title and the surface's story, outside the fragment: the same at every learning rate (each element
# a change sends again costs the browser a redraw).
st.header(t("gradient_descent.picture_header"))
(w_star, b_star), limit = surface.minima[0], (2 / surface.curvature if surface.curvature else None)
explain(t(ABOUT[surface_key], m=len(surface.data[0]) if surface.data else 0, w_star=number(w_star), b_star=number(b_star),
          curvature=number(surface.curvature or 0), limit=number(limit or 0)))
descent_sections()
learning_rate = st.session_state[OPTIMIZERS_RATE] = st.session_state[LEARNING_RATE.key]
lr_text = format_number(learning_rate)

# ---- 3 · learning rates ----
st.header(t("gradient_descent.rates_header"))
explain(t("gradient_descent.rates_intro"))
rate_args = tuple((rate, (start, rate, iterations, optimizer)) for rate in COMPARED_RATES)
rate_paths = {rate: path_of(surface_key, noise, seed, *args) for rate, args in rate_args}
labels = tuple(t("gradient_descent.rate_label_diverged" if p.diverged else "gradient_descent.rate_label", lr=format_number(rate))
               for rate, p in rate_paths.items())
chart(compare_figure(
    surface_key, noise, seed, tuple(zip(labels, (args for _, args in rate_args))),
    t("gradient_descent.rates_title", surface=surface_name, optimizer=optimizer_name, iters=iterations), words, presenting(),
    slider_labels=tuple(format_number(rate) for rate in COMPARED_RATES), slider_prefix=t("gradient_descent.slider_rate")),
    descent_story.compare_words(
        surface, (t("gradient_descent.rate_label", lr=format_number(rate)) for rate in rate_paths), rate_paths.values()),
    key="gd_rates")  # its numbers: the table below
outcome_table(t("gradient_descent.col_rate"), (format_number(rate) for rate in rate_paths), rate_paths.values())

# ---- 4 · optimizers (with the other surfaces) ----
def optimizers_section():
    st.header(t("gradient_descent.optimizers_header"))
    explain(t("gradient_descent.optimizers_intro"))
    optimizer_args = tuple((t(OPTIMIZER_NAMES[name]), (start, learning_rate, iterations, name)) for name in OPTIMIZERS)
    optimizer_paths = [path_of(surface_key, noise, seed, *args) for _, args in optimizer_args]
    chart(compare_figure(
        surface_key, noise, seed, optimizer_args,
        t("gradient_descent.optimizers_title", surface=surface_name, lr=lr_text, iters=iterations), words, presenting()),
        descent_story.compare_words(surface, (label for label, _ in optimizer_args), optimizer_paths),
        key="gd_optimizers")  # numbers: the table
    outcome_table(t("gradient_descent.optimizer"), (label for label, _ in optimizer_args), optimizer_paths)


if more:
    optimizers_section()
