"""Figures of the loss-and-cost chapter: the loss of one example, the cost of m, and convexity."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from core.figures.common import CLASS_COLOURS, SERIES, SHADE, SHADE_LEGEND, finish

def loss_curves_figure(a, loss_if_one, loss_if_zero, a0: float, words: dict) -> go.Figure:
    """−log a (y = 1) and −log(1 − a) (y = 0) over a, with the chosen a marked on both.

    `words`: title, y1, y0, a, loss.
    """
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=a, y=loss_if_one, mode="lines", name=words["y1"], line=dict(width=3, color=CLASS_COLOURS[1])))
    fig.add_trace(go.Scatter(x=a, y=loss_if_zero, mode="lines", name=words["y0"], line=dict(width=3, color=CLASS_COLOURS[0])))
    fig.add_trace(go.Scatter(x=[a0, a0], y=[-np.log(a0), -np.log1p(-a0)], mode="markers+text", showlegend=False,
                             text=[f"{-np.log(a0):.3f}", f"{-np.log1p(-a0):.3f}"], textposition="middle right",
                             marker=dict(size=12, color=[CLASS_COLOURS[1], CLASS_COLOURS[0]])))
    fig.add_vline(x=a0, line=dict(color="#999999", width=1, dash="dot"))
    fig.update_xaxes(title_text=words["a"], range=[0, 1])
    fig.update_yaxes(title_text=words["loss"], range=[0, 5])
    return finish(fig, words["title"])


def losses_bar_figure(losses, labels, predictions, J: float, words: dict) -> go.Figure:
    """One bar per example (its loss), coloured by its label, and J, their mean, as a line across.

    `words`: title, example, loss, cost (with {J}), class0, class1, hover.
    """
    index = np.arange(1, len(losses) + 1)
    fig = go.Figure()
    for label in (0, 1):
        pick = labels == label
        fig.add_trace(go.Bar(x=index[pick], y=losses[pick], name=words[f"class{label}"], marker_color=CLASS_COLOURS[label],
                             customdata=predictions[pick], hovertemplate=words["hover"]))
    fig.add_hline(y=J, line=dict(color="black", width=3, dash="dash"),
                  annotation_text=words["cost"].format(J=J), annotation_position="top left")
    fig.update_xaxes(title_text=words["example"], dtick=1 if len(losses) <= 30 else None)
    fig.update_yaxes(title_text=words["loss"], rangemode="tozero")
    return finish(fig, words["title"])


def convexity_figure(w, squared, logloss, concave, words: dict) -> go.Figure:
    """J(w) for squared error and for log loss, side by side; stretches where the first bends down shaded.

    `words`: title, squared, log, w, cost, concave.
    """
    fig = make_subplots(rows=1, cols=2, subplot_titles=(words["squared"], words["log"]), horizontal_spacing=0.08)
    fig.add_trace(go.Scatter(x=w, y=squared, mode="lines", name=words["squared"], line=dict(width=3, color=SERIES[1])),
                  row=1, col=1)
    fig.add_trace(go.Scatter(x=w, y=logloss, mode="lines", name=words["log"], line=dict(width=3, color=SERIES[0])),
                  row=1, col=2)
    for index, (start, end) in enumerate(concave):
        fig.add_vrect(x0=start, x1=end, fillcolor=SHADE, line_width=0, row=1, col=1)
        if index == 0:
            fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=words["concave"],
                                     marker=dict(size=12, symbol="square", color=SHADE_LEGEND)))
    fig.update_xaxes(title_text=words["w"])
    fig.update_yaxes(title_text=words["cost"], row=1, col=1)
    fig.update_yaxes(rangemode="tozero")
    return finish(fig, words["title"], height=420, legend_below=True)
