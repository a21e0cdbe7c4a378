"""Chapter: binary classification and the logistic model, its hypothesis function ŷ = σ(wᵀx + b) set by hand."""

import numpy as np
import streamlit as st

from core import logistic_model as lm
from core.chapters import chapter
from core.chapters.logistic_model import B, DATA, W, W2, model
from core.figures.logistic_model import plane_figure, sigmoid_figure
from core.logistic import sigmoid
from core.perceptron import line_segment
from core.perceptron import predict as perceptron_step
from core.chart_words import logistic_words
from core.text import t
from ui.chart_words import words_text
from ui.code_panel import code_panel
from ui.controls import setting_widget
from ui.explain import aside, explain
from ui.live_plot import live_plotly_chart
from ui.presenter_mode import presenting
from ui.router import ensure_router
from ui.small_table import small_table

ensure_router()

ONE_FEATURE_RANGE = (-4.5, 4.5)  # the x axis of the one-feature chart
PLANE_BOX = (-3.0, 3.0, -3.0, 3.0)  # the two-feature picture


def number(value: float) -> str:
    """A slider's value as a sentence quotes it: one decimal, a true minus sign."""
    return f"{value:.1f}".replace("-", "−")


def z_axis(z) -> np.ndarray:
    """Values of z for the sigmoid chart: wide enough for every example, never narrower than ±6."""
    reach = max(6.0, float(np.max(np.abs(z))) + 0.5)
    return np.linspace(-reach, reach, 481)


# The section's figures, built once per process for each setting and shared as they are (cache_resource: Streamlit
# only reads them): plotly's checks took 10-20 ms a change. `words` are the figures' words as pairs (hashable: the
# language is in the key); `for_the_room` keys them by the mode they were drawn for (core.figures reads it itself).
@st.cache_resource(max_entries=64, show_spinner=False)
def one_feature_figure(w1: float, b: float, words: tuple, for_the_room: bool):
    X, Y, w, b, y_hat = model({DATA.key: "one", W.key: w1, W2.key: W2.default, B.key: b})
    xs = np.linspace(*ONE_FEATURE_RANGE, 481)
    step = perceptron_step(np.array([w1]), b, xs[:, None])  # the perceptron on the same line wx + b
    return sigmoid_figure(xs, lm.sigmoid_curve(w1, b, xs), step, X[0], y_hat, Y, lm.boundary_x(w1, b), dict(words))


@st.cache_resource(max_entries=64, show_spinner=False)
def two_feature_figures(w1: float, w2: float, b: float, plane_words: tuple, z_words: tuple, for_the_room: bool):
    """The plane's picture and the sigmoid over z."""
    X, Y, w, b, y_hat = model({DATA.key: "two", W.key: w1, W2.key: w2, B.key: b})
    xs, ys, P = lm.probability_grid(w, b, PLANE_BOX)
    z = (w.T @ X + b)[0]
    zs = z_axis(z)
    return (plane_figure(xs, ys, P, X, Y, y_hat, line_segment(w[:, 0], b, PLANE_BOX), dict(plane_words)),
            sigmoid_figure(zs, sigmoid(zs), (zs > 0).astype(int), z, y_hat, Y, 0.0, dict(z_words)))


st.title(t("logistic_model.title"))
explain(t("logistic_model.intro"))

# ---- 1 · the hypothesis function ----
st.header(t("logistic_model.hypothesis_header"))
explain(t("logistic_model.hypothesis_intro"))
st.latex(t("logistic_model.latex_hypothesis"))
code_panel("logistic_model.hypothesis")

# ---- 2 · the model on twelve examples ----
st.header(t("logistic_model.model_header"))


@st.fragment
def model_section() -> None:
    """The data, w and b, and everything they move: a change reruns (and redraws) only this section."""
    st.markdown(f"**{t('logistic_model.settings')}**")
    controls = st.columns(4)  # one row above the charts they move (stacked on a phone)
    data_name = setting_widget(DATA, where=controls[0])
    w1 = setting_widget(W, where=controls[1])
    b = setting_widget(B, where=controls[2])
    w2 = setting_widget(W2, where=controls[3]) if data_name == "two" else W2.default  # only with two features
    X, Y, w, b, y_hat = model({DATA.key: data_name, W.key: w1, W2.key: w2, B.key: b})
    z = (w.T @ X + b)[0]
    split = lm.sides(y_hat, Y)
    explain(t(f"logistic_model.model_intro_{data_name}"))
    in_words = words_text(logistic_words(split, lm.boundary_x(w1, b), w[:, 0] if data_name == "two" else [w1], b,
                                         float(sigmoid(b)) if not np.any(w) else None).sentence)
    words = {key: t(f"logistic_model.{key}") for key in (
        "y_hat", "curve", "step", "class0", "class1", "wrong", "threshold", "boundary", "says1", "says0")}
    if data_name == "one":
        figure = one_feature_figure(w1, b, tuple((words | {"title": t("logistic_model.chart_one", total=split.total),
                                                           "axis": t("logistic_model.axis_x")}).items()), presenting())
        live_plotly_chart(figure, key="lm_curve", alt=in_words)
    else:
        left, right = st.columns(2)
        plane, over_z = two_feature_figures(
            w1, w2, b, tuple((words | {"title": t("logistic_model.chart_plane")}).items()),
            tuple((words | {"title": t("logistic_model.chart_z"), "axis": t("logistic_model.axis_z")}).items()),
            presenting())
        live_plotly_chart(plane, key="lm_plane", alt=in_words, where=left)
        live_plotly_chart(over_z, key="lm_z", alt=in_words, where=right)
    st.caption(in_words)  # the numbers: every example, in the table below

    columns = st.columns(3)
    columns[0].metric(t("logistic_model.metric_right"),
                      t("logistic_model.metric_right_value", right=split.right, total=split.total))
    columns[1].metric(t("logistic_model.metric_one"),
                      t("logistic_model.metric_side_value", right=split.right_one, said=split.said_one))
    columns[2].metric(t("logistic_model.metric_zero"),
                      t("logistic_model.metric_side_value", right=split.right_zero, said=split.said_zero))

    if data_name == "one":
        sentence = t("logistic_model.sentence_one", w=number(w1), b=number(b), right=split.right, total=split.total)
    else:
        sentence = t("logistic_model.sentence_two", w1=number(w1), w2=number(w2), b=number(b), right=split.right,
                     total=split.total)
    parts = [sentence, t("logistic_model.sides", said_one=split.said_one, right_one=split.right_one,
                         said_zero=split.said_zero, right_zero=split.right_zero)]
    if not np.any(w):
        parts.append(t("logistic_model.no_boundary", y_hat=f"{float(sigmoid(b)):.3f}", says=int(sigmoid(b) > lm.THRESHOLD)))
    elif data_name == "one":
        parts.append(t("logistic_model.boundary_one", x=f"{lm.boundary_x(w1, b):.2f}".replace("-", "−")))
    else:
        parts.append(t("logistic_model.boundary_two", w1=number(w1), w2=number(w2), b=number(b)))
    st.markdown(t("text.between_sentences").join(parts))

    best = lm.best_right(X, Y)
    if split.right == best:
        st.success(t("logistic_model.best_reached", right=split.right, total=split.total))
    else:
        best_words = [t("logistic_model.best", best=best, total=split.total)]
        if best < split.total and data_name == "one":
            best_words.append(t("logistic_model.best_one_why"))
        st.info(t("text.between_sentences").join(best_words))

    said = (y_hat[0] > lm.THRESHOLD).astype(int)
    table = {t("logistic_model.col_x"): X[0]} if data_name == "one" else {
        t("logistic_model.col_x1"): X[0], t("logistic_model.col_x2"): X[1]}
    table = {heading: [f"{value:.1f}" for value in values] for heading, values in table.items()} | {  # the data: one decimal
        t("logistic_model.col_y"): [str(label) for label in Y[0].astype(int)],
        t("logistic_model.col_z"): [f"{value:.3f}" for value in z],
        t("logistic_model.col_y_hat"): [f"{value:.3f}" for value in y_hat[0]],
        t("logistic_model.col_says"): [str(value) for value in said],
        t("logistic_model.col_right"): list(np.where(said == Y[0], "✓", "✗")),
    }
    small_table(table, right=tuple(table)[:-1])  # all twelve examples
    aside(t("logistic_model.tie_note"))


model_section()

# ---- 3 · what training will mean ----
st.header(t("logistic_model.training_header"))
explain(t("logistic_model.training"))


def ahead(slug: str) -> None:
    """A link to a chapter that builds what training needs."""
    entry = chapter(slug)
    st.page_link(entry.path, label=t("logistic_model.ahead", chapter=t(entry.title)), icon=entry.icon)


ahead("loss_and_cost")  # how far each ŷ is from its y
ahead("gradient_descent")  # finding w and b
