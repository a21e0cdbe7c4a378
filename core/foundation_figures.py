"""Plotly figures of the foundation chapters: perceptron, activations, loss and cost, vectorization.

Builders take numbers and already-translated words and return Figures; they never compute the math.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from core.figures import COLOURS
from core.perceptron import PerceptronRun, line_segment, predict

CLASS_COLOURS = ("#1f77b4", "#d62728")  # label 0 blue, label 1 red
LINE_COLOUR = "#2ca02c"
SATURATED = "rgba(255, 127, 14, 0.15)"
MAX_FRAMES = 100


def _finish(fig: go.Figure, title: str, height: int = 380, legend_below: bool = False) -> go.Figure:
    legend = (dict(orientation="h", yanchor="top", y=-0.2, xanchor="left", x=0.0) if legend_below
              else dict(orientation="h", yanchor="bottom", y=1.0, xanchor="right", x=1.0))
    fig.update_layout(title=title, height=height, margin=dict(l=10, r=10, t=60, b=10), legend=legend,
                      uirevision=title)
    return fig


def _points(X, y, names, marker_size=12):
    return [go.Scatter(x=X[y == label, 0], y=X[y == label, 1], mode="markers", name=names[label],
                       marker=dict(size=marker_size, color=CLASS_COLOURS[label], line=dict(width=1, color="white")))
            for label in (0, 1)]


def _frame_epochs(run: PerceptronRun, max_frames: int = MAX_FRAMES):
    """Epochs to animate: all of them, or evenly spaced ones keeping the first and the last."""
    count = len(run.epochs)
    if count <= max_frames:
        return list(run.epochs)
    keep = np.unique(np.linspace(0, count - 1, max_frames).round().astype(int))
    return [run.epochs[i] for i in keep]


def perceptron_animation(X, y, run: PerceptronRun, box, words: dict) -> go.Figure:
    """Left: the points and the perceptron's line; right: misclassified points per epoch.

    Played in the browser: each frame replaces only the moving traces (line, circled mistakes, epoch
    marker). `words`: title, class0, class1, line, wrong, errors, epoch, play, pause, frame (with {epoch}
    and {errors}).
    """
    epochs = _frame_epochs(run)
    fig = make_subplots(rows=1, cols=2, column_widths=[0.58, 0.42], horizontal_spacing=0.1)
    for trace in _points(X, y, (words["class0"], words["class1"])):
        fig.add_trace(trace, row=1, col=1)
    all_errors = run.errors
    fig.add_trace(go.Scatter(x=list(range(len(all_errors))), y=all_errors, mode="lines+markers",
                             name=words["errors"], line=dict(color="#7f7f7f")), row=1, col=2)

    def moving(epoch):
        segment = line_segment(epoch.w, epoch.b, box) or ([], [])
        wrong = predict(epoch.w, epoch.b, X) != y
        return [
            go.Scatter(x=segment[0], y=segment[1], mode="lines", name=words["line"],
                       line=dict(color=LINE_COLOUR, width=4)),
            go.Scatter(x=X[wrong, 0], y=X[wrong, 1], mode="markers", name=words["wrong"],
                       marker=dict(size=22, color="rgba(0,0,0,0)", line=dict(width=2, color="black"))),
            go.Scatter(x=[epoch.number], y=[epoch.errors], mode="markers", showlegend=False,
                       marker=dict(size=14, color=LINE_COLOUR)),
        ]

    first = moving(epochs[-1])  # the still picture (before Play) is where training ended
    fig.add_trace(first[0], row=1, col=1)
    fig.add_trace(first[1], row=1, col=1)
    fig.add_trace(first[2], row=1, col=2)
    moving_indices = [3, 4, 5]
    fig.frames = [go.Frame(data=moving(epoch), traces=moving_indices, name=str(epoch.number),
                           layout=go.Layout(title_text=words["frame"].format(epoch=epoch.number, errors=epoch.errors)))
                  for epoch in epochs]
    play = dict(frame=dict(duration=max(60, 3000 // len(epochs)), redraw=True), fromcurrent=False,
                transition=dict(duration=0), mode="immediate")
    fig.update_layout(
        updatemenus=[dict(type="buttons", direction="left", x=0.0, y=-0.2, xanchor="left", yanchor="top",
                          buttons=[dict(label=words["play"], method="animate", args=[None, play]),
                                   dict(label=words["pause"], method="animate",
                                        args=[[None], dict(mode="immediate", frame=dict(duration=0, redraw=False))])])],
        sliders=[dict(active=len(epochs) - 1, x=0.14, y=-0.16, len=0.86, currentvalue=dict(visible=False),
                      steps=[dict(label=str(epoch.number), method="animate",
                                  args=[[str(epoch.number)], dict(mode="immediate", frame=dict(duration=0, redraw=True),
                                                                  transition=dict(duration=0))])
                             for epoch in epochs])],
    )
    fig.update_xaxes(range=[box[0], box[1]], title_text="x₁", row=1, col=1)
    fig.update_yaxes(range=[box[2], box[3]], title_text="x₂", scaleanchor="x", row=1, col=1)
    fig.update_xaxes(title_text=words["epoch"], range=[-0.5, len(all_errors) - 0.5], row=1, col=2)
    fig.update_yaxes(title_text=words["errors"], range=[-0.3, max(all_errors) + 0.5], rangemode="tozero", row=1, col=2)
    _finish(fig, words["frame"].format(epoch=epochs[-1].number, errors=epochs[-1].errors), height=560)
    fig.update_layout(margin=dict(l=10, r=10, t=60, b=140))
    return fig


def xor_network_figure(xs, ys, P, X, y, hidden_lines, words: dict) -> go.Figure:
    """Heat map of the network's probability of class 1, the four points, and each hidden unit's line.

    `hidden_lines`: one ([x0, x1], [y0, y1]) or None per hidden unit. `words`: title, probability,
    class0, class1, hidden (with {unit}).
    """
    fig = go.Figure(go.Heatmap(x=xs, y=ys, z=P, zmin=0, zmax=1, colorscale="RdBu_r", opacity=0.75,
                               colorbar=dict(title=words["probability"], thickness=14), name=words["probability"]))
    for trace in _points(X, y, (words["class0"], words["class1"]), marker_size=16):
        fig.add_trace(trace)
    for unit, segment in enumerate(hidden_lines, start=1):
        if segment is not None:
            fig.add_trace(go.Scatter(x=segment[0], y=segment[1], mode="lines", name=words["hidden"].format(unit=unit),
                                     line=dict(color=("#000000", "#555555")[unit % 2], width=3,
                                               dash=("solid", "dash")[unit % 2])))
    fig.update_xaxes(range=[xs[0], xs[-1]], title_text="x₁")
    fig.update_yaxes(range=[ys[0], ys[-1]], title_text="x₂", scaleanchor="x")
    return _finish(fig, words["title"], height=500, legend_below=True)


def activation_figure(z, g, dg, z0: float, g0: float, slope0: float, saturated, words: dict) -> go.Figure:
    """g(z) with the tangent at z0, and g'(z) with its value at z0; saturated stretches shaded on both.

    `words`: title, function, derivative, tangent, saturated, z.
    """
    fig = make_subplots(rows=1, cols=2, subplot_titles=(words["function"], words["derivative"]),
                        horizontal_spacing=0.08)
    fig.add_trace(go.Scatter(x=z, y=g, mode="lines", name=words["function"], line=dict(width=3, color=COLOURS[0])),
                  row=1, col=1)
    half = 1.5
    fig.add_trace(go.Scatter(x=[z0 - half, z0 + half], y=[g0 - half * slope0, g0 + half * slope0], mode="lines",
                             name=words["tangent"], line=dict(color=COLOURS[1], dash="dash", width=2)), row=1, col=1)
    fig.add_trace(go.Scatter(x=[z0], y=[g0], mode="markers", showlegend=False,
                             marker=dict(size=12, color=COLOURS[1])), row=1, col=1)
    fig.add_trace(go.Scatter(x=z, y=dg, mode="lines", name=words["derivative"], line=dict(width=3, color=COLOURS[2])),
                  row=1, col=2)
    fig.add_trace(go.Scatter(x=[z0], y=[slope0], mode="markers", showlegend=False,
                             marker=dict(size=12, color=COLOURS[1])), row=1, col=2)
    for index, (start, end) in enumerate(saturated):
        for col in (1, 2):
            fig.add_vrect(x0=start, x1=end, fillcolor=SATURATED, line_width=0, row=1, col=col)
        if index == 0:  # one legend entry for the shading
            fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=words["saturated"],
                                     marker=dict(size=12, symbol="square", color="rgba(255, 127, 14, 0.4)")))
    low, high = float(np.min(g)), float(np.max(g))
    pad = 0.1 * (high - low)
    fig.update_yaxes(range=[low - pad, high + pad], row=1, col=1)
    fig.update_yaxes(range=[-0.05 * np.max(dg), 1.1 * np.max(dg)], row=1, col=2)
    fig.update_xaxes(title_text=words["z"], range=[float(z[0]), float(z[-1])])
    fig.add_vline(x=z0, line=dict(color="#999999", width=1, dash="dot"))
    return _finish(fig, words["title"], height=440, legend_below=True)


def network_output_figure(xs, ys, Z, title: str, colour_title: str) -> go.Figure:
    """A two-input network's output as a heat map, with its zero level (the decision boundary) drawn."""
    reach = float(np.nanmax(np.abs(Z))) or 1.0  # symmetric about 0: negative is blue, positive red
    fig = go.Figure(go.Contour(x=xs, y=ys, z=Z, colorscale="RdBu_r", zmin=-reach, zmax=reach, opacity=0.85,
                               contours=dict(showlines=False), colorbar=dict(title=colour_title, thickness=14)))
    fig.add_trace(go.Contour(x=xs, y=ys, z=Z, showscale=False, contours=dict(start=0, end=0, size=1, coloring="none"),
                             line=dict(color="black", width=3), hoverinfo="skip"))
    fig.update_xaxes(title_text="x₁")
    fig.update_yaxes(title_text="x₂", scaleanchor="x")
    return _finish(fig, title, height=380)


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
    return _finish(fig, words["title"])


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
    return _finish(fig, words["title"])


def convexity_figure(w, squared, logloss, concave, words: dict) -> go.Figure:
    """J(w) for squared error and for log loss, side by side; stretches where the first bends down shaded.

    `words`: title, squared, log, w, cost, concave.
    """
    fig = make_subplots(rows=1, cols=2, subplot_titles=(words["squared"], words["log"]), horizontal_spacing=0.08)
    fig.add_trace(go.Scatter(x=w, y=squared, mode="lines", name=words["squared"], line=dict(width=3, color=COLOURS[1])),
                  row=1, col=1)
    fig.add_trace(go.Scatter(x=w, y=logloss, mode="lines", name=words["log"], line=dict(width=3, color=COLOURS[0])),
                  row=1, col=2)
    for index, (start, end) in enumerate(concave):
        fig.add_vrect(x0=start, x1=end, fillcolor=SATURATED, line_width=0, row=1, col=1)
        if index == 0:
            fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=words["concave"],
                                     marker=dict(size=12, symbol="square", color="rgba(255, 127, 14, 0.4)")))
    fig.update_xaxes(title_text=words["w"])
    fig.update_yaxes(title_text=words["cost"], row=1, col=1)
    fig.update_yaxes(rangemode="tozero")
    return _finish(fig, words["title"], height=420, legend_below=True)


def timing_bars_figure(names, milliseconds, title: str, axis_title: str) -> go.Figure:
    """Horizontal bars of milliseconds, on a log axis (the gaps are orders of magnitude)."""
    fig = go.Figure(go.Bar(y=names, x=milliseconds, orientation="h", marker_color=COLOURS[: len(names)],
                           text=[f"{ms:,.0f} ms" if ms >= 100 else f"{ms:.3g} ms" for ms in milliseconds], textposition="auto"))
    fig.update_xaxes(type="log", title_text=axis_title, dtick=1)  # ticks at powers of ten only
    fig.update_yaxes(autorange="reversed")
    return _finish(fig, title, height=90 + 55 * len(names))
