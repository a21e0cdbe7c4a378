"""Figures for the network chapters: decision boundaries over the plane, layer tables."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

CLASS_COLOURS = ("#d62728", "#1f77b4")  # class 0 red, class 1 blue (as the course's plots)
BOUNDARY_SCALE = [[0.0, "#f4a6a6"], [0.5, "#f7f7f7"], [1.0, "#9ecae1"]]


def decision_boundary_figure(xs, ys, probabilities, X, Y, title: str, class_names=("0", "1"),
                             colour_title: str = "", height: int = 420, show_scale: bool = True,
                             show_legend: bool = True) -> go.Figure:
    """P(class 1) over the plane as a heat map, the 0.5 line drawn, and the points on top."""
    P = np.asarray(probabilities).reshape(len(ys), len(xs))
    fig = go.Figure(go.Heatmap(x=xs, y=ys, z=P, zmin=0, zmax=1, colorscale=BOUNDARY_SCALE, zsmooth="best",
                               showscale=show_scale, colorbar=dict(title=colour_title, len=0.8)))
    fig.add_trace(go.Contour(x=xs, y=ys, z=P, contours=dict(start=0.5, end=0.5, coloring="none"),
                             line=dict(color="#333", width=2), showscale=False, hoverinfo="skip",
                             showlegend=False))
    labels = np.asarray(Y).ravel()
    for value, (name, colour) in enumerate(zip(class_names, CLASS_COLOURS)):
        mask = labels == value
        fig.add_trace(go.Scatter(x=X[0, mask], y=X[1, mask], mode="markers", name=name,
                                 marker=dict(color=colour, size=6, line=dict(color="white", width=0.5))))
    fig.update_layout(title=title, height=height, margin=dict(l=10, r=10, t=50, b=10), uirevision=title,
                      showlegend=show_legend,
                      legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="right", x=1.0))
    fig.update_xaxes(range=[xs[0], xs[-1]], showgrid=False, zeroline=False)
    fig.update_yaxes(range=[ys[0], ys[-1]], showgrid=False, zeroline=False, scaleanchor="x")
    return fig
