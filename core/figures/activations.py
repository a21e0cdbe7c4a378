"""Figures of the activation-functions chapter: g(z) and g'(z), and a two-input network's output."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from core.figures.common import SERIES, SHADE, SHADE_LEGEND, SIGNED_SCALE, finish

def activation_figure(z, g, dg, z0: float, g0: float, slope0: float, saturated, words: dict) -> go.Figure:
    """g(z) with the tangent at z0, and g'(z) with its value at z0; saturated stretches shaded on both.

    `words`: title, function, derivative, tangent, saturated, z.
    """
    fig = make_subplots(rows=1, cols=2, subplot_titles=(words["function"], words["derivative"]),
                        horizontal_spacing=0.08)
    fig.add_trace(go.Scatter(x=z, y=g, mode="lines", name=words["function"], line=dict(width=3, color=SERIES[0])),
                  row=1, col=1)
    half = 1.5
    fig.add_trace(go.Scatter(x=[z0 - half, z0 + half], y=[g0 - half * slope0, g0 + half * slope0], mode="lines",
                             name=words["tangent"], line=dict(color=SERIES[1], dash="dash", width=2)), row=1, col=1)
    fig.add_trace(go.Scatter(x=[z0], y=[g0], mode="markers", showlegend=False,
                             marker=dict(size=12, color=SERIES[1])), row=1, col=1)
    fig.add_trace(go.Scatter(x=z, y=dg, mode="lines", name=words["derivative"], line=dict(width=3, color=SERIES[2])),
                  row=1, col=2)
    fig.add_trace(go.Scatter(x=[z0], y=[slope0], mode="markers", showlegend=False,
                             marker=dict(size=12, color=SERIES[1])), row=1, col=2)
    if saturated:  # one legend entry for the shading
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=words["saturated"],
                                 marker=dict(size=12, symbol="square", color=SHADE_LEGEND)))
    low, high = float(np.min(g)), float(np.max(g))
    pad = 0.1 * (high - low)
    fig.update_yaxes(range=[low - pad, high + pad], row=1, col=1)
    fig.update_yaxes(range=[-0.05 * np.max(dg), 1.1 * np.max(dg)], row=1, col=2)
    fig.update_xaxes(title_text=words["z"], range=[float(z[0]), float(z[-1])])
    # The shading and the marked z on both charts, in one update: plotly's add_vrect and add_vline each
    # validate every shape again (17 of the figure's 29 ms, and a new z is a new figure).
    panels = (("x", "y domain"), ("x2", "y2 domain"))
    fig.update_layout(shapes=[
        *(dict(type="rect", xref=x, yref=y, x0=start, x1=end, y0=0, y1=1, fillcolor=SHADE, line=dict(width=0))
          for start, end in saturated for x, y in panels),
        *(dict(type="line", xref=x, yref=y, x0=z0, x1=z0, y0=0, y1=1, line=dict(color="#999999", width=1, dash="dot"))
          for x, y in panels)])
    return finish(fig, words["title"], height=440, legend_below=True)


def network_output_figure(xs, ys, Z, words) -> go.Figure:
    """A two-input network's output as a heat map, with its zero level (the decision boundary) drawn.

    `words`: title, output (the colour bar's title).
    """
    reach = float(np.nanmax(np.abs(Z))) or 1.0  # symmetric about 0: negative blue, positive vermillion
    # One trace: the colours of the whole grid and its only contour line, the zero level; float32 is plenty
    # to draw (half the bytes to send on every change of the activation).
    fig = go.Figure(go.Contour(x=np.asarray(xs, np.float32), y=np.asarray(ys, np.float32), z=np.asarray(Z, np.float32),
                               colorscale=SIGNED_SCALE, zmin=-reach, zmax=reach, opacity=0.85,
                               contours=dict(start=0, end=0, size=1, coloring="heatmap", showlines=True),
                               line=dict(color="black", width=3),
                               colorbar=dict(title=words["output"], thickness=14)))
    fig.update_xaxes(title_text="x₁")
    fig.update_yaxes(title_text="x₂", scaleanchor="x")
    return finish(fig, words["title"], height=380)
