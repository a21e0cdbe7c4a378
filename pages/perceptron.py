"""Chapter: Rosenblatt's perceptron, its limit on XOR, and the hidden-layer fix."""

import numpy as np
import streamlit as st

from core import perceptron as pc
from core.figures.perceptron import perceptron_animation, xor_network_figure
from core.chapters.perceptron import DATA, EPOCHS, NOISE, SEED, XOR_ITERATIONS, XOR_LEARNING_RATE, XOR_SEED
from core.chart_words import perceptron_words, xor_words
from core.text import t
from ui.chart_words import chart
from ui.code_panel import code_panel
from ui.controls import setting_widget
from ui.explain import aside, explain
from ui.presenter_mode import presenting
from ui.router import ensure_router

ensure_router()


@st.cache_data(max_entries=16, show_spinner=False)
def xor_network(seed: int) -> pc.XorNetwork:
    return pc.train_xor_network(seed, XOR_LEARNING_RATE, XOR_ITERATIONS)


def points(name: str, noise: float, seed: int):
    if name == "cloud":
        return pc.separable_cloud(40, noise, seed)
    return {"and": pc.and_points, "or": pc.or_points, "xor": pc.xor_points}[name]()


# Built once per process for each setting and shared as it is (cache_resource: Streamlit only reads it): plotly's
# checks took 27-97 ms a figure, at every change of the data or the epochs, before the section could be sent.
# `for_the_room` keys it by the mode it was drawn for (core.figures reads the mode itself).
@st.cache_resource(max_entries=32, show_spinner=False)
def animation_figure(name: str, noise: float, seed: int, max_epochs: int, words: tuple, for_the_room: bool):
    X, y = points(name, noise, seed)
    box = pc.BOX if name != "cloud" else pc.data_box(X)
    return perceptron_animation(X, y, pc.train_perceptron(X, y, max_epochs=max_epochs), box, dict(words))


st.title(t("perceptron.title"))
explain(t("perceptron.intro"))

# ---- 1 · the perceptron ----
st.header(t("perceptron.train_header"))


@st.fragment
def perceptron_section() -> None:
    """The data, the epochs and what they move, beside each other: a change reruns (and redraws) only this."""
    controls, shown = st.columns([1, 3])
    with controls:
        st.markdown(f"**{t('perceptron.settings')}**")
        data_name = setting_widget(DATA, where=st)
        if data_name == "cloud":  # the spread and the seed only shape the clouds
            noise, seed = setting_widget(NOISE, where=st), setting_widget(SEED, where=st)
        else:
            noise, seed = NOISE.default, SEED.default
        max_epochs = setting_widget(EPOCHS, where=st)
    X, y = points(data_name, noise, seed)
    run = pc.train_perceptron(X, y, max_epochs=max_epochs)  # 1 ms: the metrics' and the sentence's own
    last = run.epochs[-1]
    figure_words = tuple((key, t(f"perceptron.{key}")) for key in
                         ("class0", "class1", "line", "wrong", "errors", "epoch", "play", "pause", "frame"))
    chart(animation_figure(data_name, noise, seed, max_epochs, figure_words, presenting()),
          perceptron_words(run, len(y)), where=shown, key="pc_animation")

    columns = st.columns(3)
    columns[0].metric(t("perceptron.metric_epochs"), last.number)
    columns[1].metric(t("perceptron.metric_updates"), last.updates)
    columns[2].metric(t("perceptron.metric_errors"), last.errors)
    if run.converged:
        st.success(t("perceptron.converged", epochs=last.number, updates=last.updates, w1=last.w[0], w2=last.w[1],
                     b=last.b))
    elif data_name == "xor":
        st.warning(t("perceptron.xor_never", epochs=last.number, least=min(run.errors)))  # the lesson, not a fault
    else:
        st.warning(t("perceptron.not_converged", epochs=last.number, errors=last.errors))
    aside(t("perceptron.rule_note"))


perceptron_section()
code_panel("perceptron.rule")

# ---- 2 · the hidden layer ----
st.header(t("perceptron.fix_header"))
explain(t("perceptron.fix_intro", iterations=XOR_ITERATIONS, lr=XOR_LEARNING_RATE))


@st.fragment
def hidden_layer() -> None:
    """The XOR network's seed and what it moves: a change reruns (and redraws) only this."""
    left, right = st.columns([2, 1])
    with right:
        xor_seed = setting_widget(XOR_SEED, where=st)
    network = xor_network(xor_seed)
    X_xor, y_xor = pc.xor_points()
    right_count = int(np.sum(network.predict(X_xor) == y_xor))
    right.metric(t("perceptron.xor_accuracy"), f"{right_count / 4:.0%}")
    right.metric(t("perceptron.xor_cost"), f"{network.costs[-1]:.4f}")
    xs, ys, P = pc.probability_grid(network)
    lines = [network.hidden_line(unit) for unit in range(2)]
    chart(xor_network_figure(xs, ys, P, X_xor, y_xor, lines, {
        "title": t("perceptron.xor_chart"), "probability": t("perceptron.probability"), "class0": t("perceptron.class0"),
        "class1": t("perceptron.class1"), "hidden": t("perceptron.hidden")}),
          xor_words(X_xor, y_xor, network.probability(X_xor), network.costs[-1]), where=left,
          key="pc_xor")  # its numbers: the table below
    if right_count == 4:
        right.success(t("perceptron.xor_solved"))
    else:
        right.warning(t("perceptron.xor_stuck", right=right_count, good=pc.XOR_SEED))
    hidden = network.hidden(X_xor)
    st.dataframe({
        t("perceptron.xor_table_point"): [f"({a:g}, {b:g})" for a, b in X_xor],
        t("perceptron.xor_table_label"): y_xor,
        t("perceptron.xor_table_h1"): np.round(hidden[:, 0], 3),
        t("perceptron.xor_table_h2"): np.round(hidden[:, 1], 3),
        t("perceptron.xor_table_p"): np.round(network.probability(X_xor), 3),
    }, hide_index=True)


hidden_layer()

# ---- biology ----
with st.expander(t("perceptron.bio_header")):
    st.markdown(t("perceptron.bio"))
