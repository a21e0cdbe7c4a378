"""Plotly figure builders. They take numbers and already-translated words, and return Figures."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

LIVE_POINTS = 300  # a live redraw of about 300 points is a few KB
FULL_POINTS = 5001  # a finished curve keeps every iteration: downsampling would alias real oscillations
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf")


def downsample(values: np.ndarray, max_points: int = LIVE_POINTS) -> tuple[np.ndarray, np.ndarray]:
    """(iterations, values) with at most about `max_points` points, keeping the first and the last.

    Each bucket of iterations keeps its lowest and its highest value, so a cost that bounces from one
    step to the next still shows as the band it is, instead of a misleading smooth (or aliased) line.
    """
    values = np.asarray(values, dtype=float)
    if len(values) <= max_points:
        return np.arange(len(values)), values
    edges = np.linspace(0, len(values), max_points // 2 + 1).astype(int)
    index = [0]
    for start, stop in zip(edges[:-1], edges[1:]):
        bucket = values[start:stop]
        low, high = start + int(np.nanargmin(bucket)), start + int(np.nanargmax(bucket))
        index.extend(sorted({low, high}))
    index.append(len(values) - 1)
    index = np.unique(index)
    return index, values[index]


def _layout(fig: go.Figure, title: str, x_title: str, y_title: str, x_range=None, log_y=False) -> go.Figure:
    fig.update_layout(
        title=title,
        xaxis_title=x_title,
        yaxis_title=y_title,
        margin=dict(l=10, r=10, t=50, b=10),
        height=360,
        legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="right", x=1.0),
        uirevision=title,  # keep zoom while the same chart is redrawn
    )
    if x_range is not None:
        fig.update_xaxes(range=x_range)
    if log_y:
        fig.update_yaxes(type="log")
    return fig


def cost_curve_figure(costs, title: str, x_title: str, y_title: str, total_iterations: int | None = None,
                      name: str | None = None, max_points: int = LIVE_POINTS) -> go.Figure:
    """The cost per iteration. With `total_iterations` the x axis is fixed, so a live curve grows into it."""
    x, y = downsample(costs, max_points)
    fig = go.Figure(go.Scatter(x=x, y=y, mode="lines", name=name or y_title, line=dict(width=3)))
    x_range = [0, total_iterations] if total_iterations else None
    return _layout(fig, title, x_title, y_title, x_range)


def comparison_figure(runs: dict[str, np.ndarray], title: str, x_title: str, y_title: str,
                      log_y: bool = False) -> go.Figure:
    """Several cost curves, one per label, overlaid."""
    fig = go.Figure()
    for (label, costs), colour in zip(runs.items(), COLOURS * len(runs)):
        x, y = downsample(costs, FULL_POINTS)
        fig.add_trace(go.Scatter(x=x, y=y, mode="lines", name=label, line=dict(width=2, color=colour)))
    return _layout(fig, title, x_title, y_title, log_y=log_y)
