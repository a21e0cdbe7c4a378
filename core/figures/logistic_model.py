"""Figures of the logistic-model chapter: the sigmoid with every example's ŷ and the threshold 0.5, and, with
two features, the plane of ŷ with the decision boundary."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from core.figures.common import CLASS_COLOURS, LINE_COLOUR, PROBABILITY_SCALE, class_points, finish, presenting
from core.logistic_model import THRESHOLD

STEP_COLOUR = "#7f7f7f"
# The legend under the chart, clear of the x axis's title, which grows with the room's larger type (and the
# legend, on a half-width chart on a tablet, wraps into a column that starts higher).
LEGEND_BELOW = {False: -0.28, True: -0.32}
CURVE_COLOUR = "#000000"


def _wrong_ring(x, y, name: str) -> go.Scatter:
    return go.Scatter(x=x, y=y, mode="markers", name=name,
                      marker=dict(size=22, color="rgba(0,0,0,0)", line=dict(width=2, color="black")))


def sigmoid_figure(curve_x, curve, step, points_x, y_hat, Y, boundary: float | None, words: dict) -> go.Figure:
    """ŷ against the horizontal axis (x with one feature, z = wᵀx + b with two): the sigmoid, the perceptron's
    hard step on the same line, every example at its ŷ in its label's colour (the wrong ones circled), the
    threshold 0.5 and, where there is one, the decision boundary.

    `words`: title, axis, y_hat, curve, step, class0, class1, wrong, threshold, boundary, says1, says0.
    """
    points_x, y_hat, Y = np.ravel(points_x), np.ravel(y_hat), np.ravel(Y).astype(int)
    low, high = float(curve_x[0]), float(curve_x[-1])
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=curve_x, y=step, mode="lines", name=words["step"],
                             line=dict(color=STEP_COLOUR, width=2, dash="dot", shape="hv")))
    fig.add_trace(go.Scatter(x=curve_x, y=curve, mode="lines", name=words["curve"],
                             line=dict(color=CURVE_COLOUR, width=3)))
    fig.add_trace(go.Scatter(x=[low, high], y=[THRESHOLD, THRESHOLD], mode="lines", name=words["threshold"],
                             line=dict(color=LINE_COLOUR, width=2, dash="dash")))
    if boundary is not None and low <= boundary <= high:
        fig.add_trace(go.Scatter(x=[boundary, boundary], y=[-0.05, 1.05], mode="lines", name=words["boundary"],
                                 line=dict(color=LINE_COLOUR, width=4)))
    for label in (0, 1):
        mine = Y == label
        fig.add_trace(go.Scatter(x=points_x[mine], y=y_hat[mine], mode="markers", name=words[f"class{label}"],
                                 marker=dict(size=13, color=CLASS_COLOURS[label], line=dict(width=1, color="white"))))
    wrong = (y_hat > THRESHOLD).astype(int) != Y
    fig.add_trace(_wrong_ring(points_x[wrong], y_hat[wrong], words["wrong"]))
    for text, at in ((words["says1"], 0.75), (words["says0"], 0.25)):
        fig.add_annotation(x=low, y=at, xanchor="left", text=text, showarrow=False, font=dict(color="#555555"))
    fig.update_xaxes(title_text=words["axis"], range=[low, high])
    fig.update_yaxes(title_text=words["y_hat"], range=[-0.05, 1.05])
    finish(fig, words["title"], height=440, legend_below=True)
    return fig.update_layout(legend_y=LEGEND_BELOW[presenting()])


def plane_figure(xs, ys, P, X, Y, y_hat, segment, words: dict) -> go.Figure:
    """ŷ over the plane of the two features (blue where the model says 0, vermillion where it says 1), the
    examples in their labels' colours (those whose ŷ, `y_hat`, is on the wrong side of 0.5 circled) and the
    decision boundary wᵀx + b = 0.

    `segment`: ([x0, x1], [y0, y1]) of the boundary inside the picture, or None. `words`: title, y_hat,
    class0, class1, wrong, boundary.
    """
    X, Y = np.asarray(X, dtype=float), np.ravel(Y).astype(int)
    points = X.T
    fig = go.Figure(go.Heatmap(x=np.asarray(xs, np.float32), y=np.asarray(ys, np.float32),
                               z=np.asarray(P, np.float32), zmin=0, zmax=1, colorscale=PROBABILITY_SCALE,
                               colorbar=dict(title=words["y_hat"], thickness=14), name=words["y_hat"]))
    if segment is not None:
        fig.add_trace(go.Scatter(x=segment[0], y=segment[1], mode="lines", name=words["boundary"],
                                 line=dict(color=LINE_COLOUR, width=4)))
    for trace in class_points(points, Y, words, marker_size=13):
        fig.add_trace(trace)
    wrong = (np.ravel(y_hat) > THRESHOLD).astype(int) != Y
    fig.add_trace(_wrong_ring(points[wrong, 0], points[wrong, 1], words["wrong"]))
    fig.update_xaxes(title_text="x₁", range=[xs[0], xs[-1]], constrain="domain")
    fig.update_yaxes(title_text="x₂", range=[ys[0], ys[-1]], scaleanchor="x", constrain="domain")
    finish(fig, words["title"], height=440, legend_below=True)
    return fig.update_layout(legend_y=LEGEND_BELOW[presenting()])
