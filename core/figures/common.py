"""What every figure shares: the palette, the fonts, the layout, and the one way words reach a figure.

Builders (one module per chapter in core/figures/) take numbers and `words`, a mapping of already
translated texts by role ("title", "x", "y", "class0", ...), and return plotly Figures; they never
compute the math and never look words up themselves.

Colours are the Okabe-Ito palette, safe for colour-blind eyes: class 0 is always blue and class 1
always vermillion, on every page, in points, bars and probability maps alike.
"""

from __future__ import annotations

from typing import Mapping

import numpy as np
import plotly.graph_objects as go

Words = Mapping[str, str]

LIVE_POINTS = 300  # a live redraw of about 300 points is a few KB
FULL_POINTS = 5001  # a finished curve keeps every iteration: downsampling would alias real oscillations
CLASS_COLOURS = ("#0072B2", "#D55E00")  # class 0 blue, class 1 vermillion
SERIES = ("#0072B2", "#D55E00", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
LINE_COLOUR = "#009E73"  # a separating line (the perceptron's), drawn over the two classes
SHADE = "rgba(230, 159, 0, 0.18)"  # a stretch of an axis worth noticing (saturation, concavity)
SHADE_LEGEND = "rgba(230, 159, 0, 0.45)"
# Probability of class 1: blue where class 0 is likely, white at 0.5, vermillion where class 1 is.
PROBABILITY_SCALE = [[0.0, "#9cc6e4"], [0.5, "#f7f7f7"], [1.0, "#f0b38f"]]
SIGNED_SCALE = [[0.0, "#0072B2"], [0.5, "#f7f7f7"], [1.0, "#D55E00"]]  # negative blue, positive vermillion
# Chinese needs a CJK font on the machine that draws the figure: name common ones before the fallback.
FONT_FAMILY = '"Source Sans Pro", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif'


def downsample(values: np.ndarray, max_points: int = LIVE_POINTS) -> tuple[np.ndarray, np.ndarray]:
    """(iterations, values) with at most about `max_points` points, keeping the first and the last.

    Each bucket of iterations keeps its lowest and its highest value, so a cost that bounces from one
    step to the next still shows as the band it is, instead of a misleading smooth (or aliased) line.
    The buckets are rows of one padded array, so the whole curve is reduced in a few numpy calls: a live
    chart redraws this several times a second for every learner in the class.
    """
    values = np.asarray(values, dtype=float)
    if len(values) <= max_points:
        return np.arange(len(values)), values
    size = -(-len(values) // (max_points // 2))  # iterations per bucket, rounded up
    rows = np.full(-(-len(values) // size) * size, np.nan)
    rows[: len(values)] = values
    rows = rows.reshape(-1, size)
    starts = np.arange(len(rows)) * size
    with np.errstate(invalid="ignore"):
        finite = ~np.all(np.isnan(rows), axis=1)  # a bucket of NaN only (a diverged tail) keeps its start
        filled = np.where(np.isnan(rows), np.inf, rows)
        low = starts + np.where(finite, np.argmin(filled, axis=1), 0)
        high = starts + np.where(finite, np.argmax(np.where(np.isnan(rows), -np.inf, rows), axis=1), 0)
    index = np.unique(np.concatenate(([0], low, high, [len(values) - 1])))
    index = index[index < len(values)]
    return index, values[index]


def finish(fig: go.Figure, title: str, height: int = 380, legend_below: bool = False, top: int = 60) -> go.Figure:
    """The layout every figure shares: title, height, fonts, legend, and zoom kept across redraws."""
    legend = (dict(orientation="h", yanchor="top", y=-0.2, xanchor="left", x=0.0) if legend_below
              else dict(orientation="h", yanchor="bottom", y=1.0, xanchor="right", x=1.0))
    fig.update_layout(title=title, height=height, margin=dict(l=10, r=10, t=top, b=10), legend=legend,
                      font=dict(family=FONT_FAMILY), uirevision=title)  # uirevision: keep zoom while redrawn
    return fig


def class_points(X, y, words: Words, marker_size: int = 12) -> list[go.Scatter]:
    """Points (rows of X) of class 0 and class 1, in the classes' colours, named words["class0"/"class1"]."""
    return [go.Scatter(x=X[y == label, 0], y=X[y == label, 1], mode="markers", name=words[f"class{label}"],
                       marker=dict(size=marker_size, color=CLASS_COLOURS[label], line=dict(width=1, color="white")))
            for label in (0, 1)]


def cost_curve_figure(costs, words: Words, total_iterations: int | None = None,
                      max_points: int = LIVE_POINTS) -> go.Figure:
    """The cost per iteration. With `total_iterations` the x axis is fixed, so a live curve grows into it.

    `words`: title, x (iterations), y (cost).
    """
    x, y = downsample(costs, max_points)
    fig = go.Figure(go.Scatter(x=x, y=y, mode="lines", name=words["y"], line=dict(width=3, color=SERIES[0])))
    fig.update_xaxes(title_text=words["x"], range=[0, total_iterations] if total_iterations else None)
    fig.update_yaxes(title_text=words["y"])
    return finish(fig, words["title"], height=360, top=50)


def train_test_figure(train, test, words: Words, total_iterations: int | None = None,
                      max_points: int = LIVE_POINTS) -> go.Figure:
    """One measure (a cost, an accuracy) on the training set and on the test set, per iteration: the
    text's step 8, where the gap between the two curves is overfitting.

    `words`: title, x, y, train, test. `test` may be None (no test set).
    """
    fig = go.Figure()
    for values, name, colour in ((train, words["train"], SERIES[0]), (test, words["test"], SERIES[1])):
        if values is not None:
            x, y = downsample(values, max_points)
            fig.add_trace(go.Scatter(x=x, y=y, mode="lines", name=name, line=dict(width=3, color=colour)))
    fig.update_xaxes(title_text=words["x"], range=[0, total_iterations] if total_iterations else None)
    fig.update_yaxes(title_text=words["y"])
    return finish(fig, words["title"], height=360, top=50)


def comparison_figure(runs: dict[str, np.ndarray], words: Words, log_y: bool = False, x=None) -> go.Figure:
    """Several curves, one per label, overlaid (every point of each: they are finished runs).

    `words`: title, x, y. `x`: the iterations the values were measured at, if not every one.
    """
    fig = go.Figure()
    for (label, values), colour in zip(runs.items(), SERIES * len(runs)):
        at, ys = downsample(values, FULL_POINTS) if x is None else (x, values)
        fig.add_trace(go.Scatter(x=at, y=ys, mode="lines", name=label, line=dict(width=2, color=colour)))
    fig.update_xaxes(title_text=words["x"])
    fig.update_yaxes(title_text=words["y"], type="log" if log_y else None)
    return finish(fig, words["title"], height=360, top=50)
