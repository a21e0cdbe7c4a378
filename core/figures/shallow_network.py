"""Figures of the shallow-network chapter: a model's decision boundary over the plane."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from core.figures.common import CLASS_COLOURS, CLASS_SYMBOLS, FONT_FAMILY, PROBABILITY_SCALE, chart_height, for_the_room, title_for_the_room


def decision_boundary_figure(xs, ys, probabilities, X, Y, words, height: int = 420, show_scale: bool = True,
                             show_legend: bool = True) -> go.Figure:
    """P(class 1) over the plane as a heat map, the 0.5 line drawn, and the points (columns of X) on top.

    `words`: title, class0, class1, probability (the colour bar's title).
    """
    # One trace, in float32: the probability's colours over the whole grid and its only line, at 0.5 (the
    # boundary). Half the bytes of a heat map plus a contour, on every live frame of every learner.
    P = np.asarray(probabilities, dtype=np.float32).reshape(len(ys), len(xs))
    fig = go.Figure(go.Contour(x=np.asarray(xs, np.float32), y=np.asarray(ys, np.float32), z=P, zmin=0, zmax=1,
                               colorscale=PROBABILITY_SCALE, showscale=show_scale,
                               contours=dict(start=0.5, end=0.5, size=1, coloring="heatmap", showlines=True),
                               line=dict(color="#333", width=2), hoverinfo="skip",
                               colorbar=dict(title=words["probability"], len=0.8)))
    labels = np.asarray(Y).ravel()
    for value, colour in enumerate(CLASS_COLOURS):
        mask = labels == value
        fig.add_trace(go.Scatter(x=X[0, mask], y=X[1, mask], mode="markers", name=words[f"class{value}"],
                                 marker=dict(color=colour, size=6, symbol=CLASS_SYMBOLS[value],
                                             line=dict(color="white", width=0.5))))
    fig.update_layout(title=title_for_the_room(words["title"]), height=chart_height(height), margin=dict(l=10, r=10, t=50, b=10),
                      uirevision=words["title"], font=dict(family=FONT_FAMILY),
                      showlegend=show_legend,
                      legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="right", x=1.0))
    fig.update_xaxes(range=[xs[0], xs[-1]], showgrid=False, zeroline=False)
    fig.update_yaxes(range=[ys[0], ys[-1]], showgrid=False, zeroline=False, scaleanchor="x")
    return for_the_room(fig)
