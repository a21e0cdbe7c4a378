"""Chapter: the log loss of one example, the cost as their mean, and why not squared error."""

import numpy as np
import streamlit as st

from core.figures.loss_and_cost import convexity_figure, loss_curves_figure, losses_bar_figure
from core.loss import (ONE_WEIGHT_X, concave_stretches, cost, log_loss, log_loss_cost, sample_predictions,
                       squared_error_cost)
from core.chapters.loss_and_cost import EXAMPLES, PREDICTION, SEED
from core.chart_words import convexity_words, loss_curves_words, losses_words
from core.text import t
from ui.chart_words import chart
from ui.code_panel import code_panel
from ui.controls import setting_widget
from ui.explain import explain
from ui.router import ensure_router

ensure_router()
st.title(t("loss_and_cost.title"))
explain(t("loss_and_cost.intro"))

# ---- 1 · one example ----
st.header(t("loss_and_cost.one_header"))
st.latex(t("loss_and_cost.latex_loss"))
code_panel("loss_and_cost.loss")


@st.fragment
def one_example() -> None:
    """The prediction's slider and what it moves: a change reruns (and redraws) only this."""
    left, right = st.columns([2, 1])
    with right:
        a = setting_widget(PREDICTION, where=st)
        st.metric(t("loss_and_cost.if_one", a=a), f"{float(log_loss(a, 1)):.4f}")
        st.metric(t("loss_and_cost.if_zero", a=a), f"{float(log_loss(a, 0)):.4f}")
    grid = np.linspace(0.005, 0.995, 199)
    chart(loss_curves_figure(grid, log_loss(grid, 1), log_loss(grid, 0), a, {
        "title": t("loss_and_cost.chart"), "y1": t("loss_and_cost.chart_y1"), "y0": t("loss_and_cost.chart_y0"),
        "a": t("loss_and_cost.chart_a"), "loss": t("loss_and_cost.chart_loss")}),
          loss_curves_words(a, float(log_loss(a, 1)), float(log_loss(a, 0))), where=left, key="loss_curves")


one_example()
explain(t("loss_and_cost.one_explain"))

# ---- 2 · m examples ----
st.header(t("loss_and_cost.many_header"))


@st.fragment
def many_examples() -> None:
    """m and the seed, and what they move: a change reruns (and redraws) only this."""
    columns = st.columns(2)
    with columns[0]:
        m = setting_widget(EXAMPLES, where=st)
    with columns[1]:
        seed = setting_widget(SEED, where=st)
    predictions, labels = sample_predictions(m, seed)
    losses = log_loss(predictions, labels)
    J = cost(predictions, labels)
    explain(t("loss_and_cost.many_intro", m=m))
    st.latex(t("loss_and_cost.latex_cost"))
    code_panel("loss_and_cost.cost")
    metrics = st.columns(2)
    metrics[0].metric(t("loss_and_cost.cost_metric"), f"{J:.4f}")
    metrics[1].metric(t("loss_and_cost.worst_metric"), f"{losses.max():.4f}")
    chart(losses_bar_figure(losses, labels, predictions, J, {
        "title": t("loss_and_cost.bars_chart"), "example": t("loss_and_cost.bars_example"), "loss": t("loss_and_cost.chart_loss"),
        "cost": t("loss_and_cost.bars_cost"), "class0": t("loss_and_cost.label0"), "class1": t("loss_and_cost.label1"), "hover": t("loss_and_cost.bars_hover")}),
          losses_words(losses, J), key="loss_bars")  # its numbers: every example, in the table below
    with st.expander(t("loss_and_cost.table")):
        st.dataframe({t("loss_and_cost.col_example"): np.arange(1, m + 1), t("loss_and_cost.col_label"): labels,
                      t("loss_and_cost.col_prediction"): predictions, t("loss_and_cost.col_loss"): np.round(losses, 4)}, hide_index=True)


many_examples()

# ---- 3 · squared error is not convex ----
st.header(t("loss_and_cost.convex_header"))
explain(t("loss_and_cost.convex_intro", m=len(ONE_WEIGHT_X)))
w = np.linspace(-8, 8, 321)
squared, logloss = squared_error_cost(w), log_loss_cost(w)
concave, log_concave = concave_stretches(w, squared), concave_stretches(w, logloss)
chart(convexity_figure(w, squared, logloss, concave, {
    "title": t("loss_and_cost.convex_chart"), "squared": t("loss_and_cost.convex_squared"), "log": t("loss_and_cost.convex_log"),
    "w": t("loss_and_cost.convex_w"), "cost": t("loss_and_cost.convex_cost"), "concave": t("loss_and_cost.convex_concave")}),
      convexity_words(w, squared, logloss, concave, log_concave))
if concave and not log_concave:
    st.caption(t("loss_and_cost.convex_found", count=len(concave)))
code_panel("loss_and_cost.convexity")

# ---- the derivation ----
with st.expander(t("loss_and_cost.derivation_header")):
    st.markdown(t("loss_and_cost.derivation_intro"))
    st.latex(t("loss_and_cost.latex_likelihood"))
    st.markdown(t("loss_and_cost.derivation_log"))
    st.latex(t("loss_and_cost.latex_log_likelihood"))
    st.markdown(t("loss_and_cost.derivation_cost"))
    st.latex(t("loss_and_cost.latex_likelihood_m"))
    st.markdown(t("loss_and_cost.derivation_end"))
