"""Chapter: activation functions, their slopes, saturation, and why non-linearity matters."""

import numpy as np
import streamlit as st

from core.activations import (ACTIVATIONS, LEAKY_SLOPE, SATURATED_FRACTION, TwoLayerNet, centred, output_grid,
                              saturated_intervals)
from core.figures.activations import activation_figure, network_output_figure
from core.chapters.activations import FUNCTION, HIDDEN_WIDTH, NAMES, WEIGHTS_SEED, Z_RANGE, Z_VALUE
from core.chart_words import activation_words, collapse_words, output_words
from core.text import t
from ui.chart_words import chart
from ui.code_panel import code_panel
from ui.controls import setting_widget
from ui.explain import explain
from ui.presenter_mode import presenting
from ui.router import ensure_router
from ui.small_table import small_table

FUNCTION_WIDTH = 300  # pixels: the function's select slider as wide as a sidebar's


# ---- numbers and figures, built once per process for each setting (plotly's checks take ~36 ms a figure) ----
# `for_the_room` keys a figure by the mode it was drawn for (core.figures reads the mode itself).

@st.cache_resource(max_entries=128, show_spinner=False)
def curve(name: str, z_range: int, z0: float) -> tuple:
    """z, g(z), g'(z) over ±z_range, g and g' at z0, and where g' is saturated."""
    activation = ACTIVATIONS[name]
    z = np.linspace(-z_range, z_range, 401)
    g, dg = activation.function(z), activation.derivative(z)
    for shared in (z, g, dg):  # one copy for every session: read-only
        shared.setflags(write=False)
    return (z, g, dg, float(activation.function(z0)), float(activation.derivative(z0)),
            saturated_intervals(activation, -z_range, z_range))


@st.cache_resource(max_entries=128, show_spinner=False)
def curve_figure(name: str, z_range: int, z0: float, words: tuple, for_the_room: bool):
    z, g, dg, g0, slope0, saturated = curve(name, z_range, z0)
    return activation_figure(z, g, dg, z0, g0, slope0, saturated, dict(words))


@st.cache_resource(max_entries=32, show_spinner=False)
def network_output(name: str | None, seed: int) -> tuple:
    """(xs, ys, output) of the random network over the plane: with no activation (`name` None), or with `name`
    between its layers."""
    net = TwoLayerNet.random(seed, HIDDEN_WIDTH)
    function = (lambda values: values) if name is None else ACTIVATIONS[name].function
    grid = output_grid(net if name is None else centred(net, function), function)
    for shared in grid:  # one copy for every session: read-only
        shared.setflags(write=False)
    return grid


@st.cache_resource(max_entries=32, show_spinner=False)
def output_figure(name: str | None, seed: int, title: str, output: str, for_the_room: bool):
    return network_output_figure(*network_output(name, seed), {"title": title, "output": output})


ensure_router()
st.title(t("activations.title"))
explain(t("activations.intro"))

# ---- 1 · the function and its slope ----

@st.fragment
def function_and_slope(name: str) -> None:
    """The marked z, the range drawn, and what they move (for the function chosen above): a change of either
    reruns (and redraws) only this."""
    label = t(f"activations.{name}")
    marked, drawn = st.columns([3, 1])
    z0 = setting_widget(Z_VALUE, where=marked)
    z_range = setting_widget(Z_RANGE, where=drawn)
    z_range = max(z_range, int(np.ceil(abs(z0))))  # the marked z is always on the chart
    z, g, dg, g0, slope0, saturated = curve(name, z_range, z0)
    words = (("title", t("activations.chart", name=label)), ("function", t("activations.chart_function")),
             ("derivative", t("activations.chart_derivative")), ("tangent", t("activations.chart_tangent")),
             ("saturated", t("activations.chart_saturated")), ("z", t("activations.z")))
    chart(curve_figure(name, z_range, z0, words, presenting()), activation_words(z, g, dg, z0, g0, slope0, saturated),
          key="act_curve")

    columns = st.columns([1, 1, 3])
    columns[0].metric(t("activations.value", z=z0), f"{g0:.4f}")
    columns[1].metric(t("activations.slope", z=z0), f"{slope0:.4f}")
    with columns[2]:
        st.latex(t(f"activations.latex_{name}"))
        st.markdown(t(f"activations.note_{name}", slope=LEAKY_SLOPE))
    code_panel(f"activations.{name}")

    st.subheader(t("activations.saturation_header"))
    percent = 100 * SATURATED_FRACTION
    if saturated:
        ranges = ", ".join(f"{start:.1f} ≤ z ≤ {end:.1f}" for start, end in saturated)
        st.markdown(t("activations.saturated_at", percent=percent, ranges=ranges))
    else:
        st.markdown(t("activations.never_saturated", percent=percent))
    st.info(t("activations.vanishing"))

    st.subheader(t("activations.compare_header", z=z0))
    value, slope = t("activations.col_value"), t("activations.col_slope")
    small_table({
        t("activations.col_function"): [t(f"activations.{key}") for key in NAMES],
        value: [f"{float(ACTIVATIONS[key].function(z0)):.4f}" for key in NAMES],
        slope: [f"{float(ACTIVATIONS[key].derivative(z0)):.4f}" for key in NAMES],
    }, right=(value, slope))


# ---- 2 · why non-linearity matters ----

@st.fragment
def collapse(name: str) -> None:
    """The weights' seed and what it moves: a change reruns (and redraws) only this."""
    label = t(f"activations.{name}")
    seed = setting_widget(WEIGHTS_SEED, where=st)
    net = TwoLayerNet.random(seed, HIDDEN_WIDTH)
    left, right = st.columns(2)
    xs, ys, linear = network_output(None, seed)
    bent = network_output(name, seed)[2]
    w, b = net.collapsed()
    grid = np.column_stack([c.ravel() for c in np.meshgrid(xs, ys)])
    error = float(np.max(np.abs(linear.ravel() - (grid @ w + b))))
    output = t("activations.output")
    with left:  # in the column itself: a container of its own would cost a change one more block
        chart(output_figure(None, seed, t("activations.linear_chart"), output, presenting()),
              collapse_words(w, b, error), key="act_linear")
    with right:
        chart(output_figure(name, seed, t("activations.nonlinear_chart", name=label), output, presenting()),
              output_words(bent), key="act_bent")
    st.caption(t("activations.collapse", w1=w[0], w2=w[1], b=b, error=error))


@st.fragment
def chapter() -> None:
    """Both sections, and the function they show, chosen above its curve: a change of the function reruns (and
    redraws) this, not the page's top, the sidebar and the app's navigation as a full rerun did (0.15-0.16 →
    0.12-0.13 s a change in the browser, four A/B pairs)."""
    # As wide as a sidebar's (five names, one handle), by its width: columns cost each change three more blocks.
    name = setting_widget(FUNCTION, where=st, width=FUNCTION_WIDTH)
    function_and_slope(name)

    st.header(t("activations.linear_header"))
    explain(t("activations.linear_intro", width=HIDDEN_WIDTH, name=t(f"activations.{name}")))
    collapse(name)


st.header(t("activations.curve_header"))  # outside the fragment: the same whatever the function
chapter()
