"""Figures of the perceptron chapter: the perceptron's line learning, and the 2-2-1 network on XOR."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from core.figures.common import (LINE_COLOUR, PROBABILITY_SCALE, ROOM_LEGEND_ROW, class_points, finish, presenting,
                                 title_at_top)
from core.perceptron import PerceptronRun, line_segment, predict

MAX_FRAMES = 100
CONTROLS_ROOM = 140  # pixels of bottom margin: the Play button and the epoch slider under the charts
SLIDER_Y, SLIDER_ROW = -0.16, 0.12  # the slider beside the buttons; a row lower, under them (of the plot's height)



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
    for trace in class_points(X, y, words):
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
        sliders=[dict(active=len(epochs) - 1, x=0.14, y=SLIDER_Y, len=0.86, currentvalue=dict(visible=False),
                      steps=[dict(label=str(epoch.number), method="animate",
                                  args=[[str(epoch.number)], dict(mode="immediate", frame=dict(duration=0, redraw=True),
                                                                  transition=dict(duration=0))])
                             for epoch in epochs])],
    )
    fig.update_xaxes(range=[box[0], box[1]], title_text="x₁", row=1, col=1)
    fig.update_yaxes(range=[box[2], box[3]], title_text="x₂", scaleanchor="x", row=1, col=1)
    fig.update_xaxes(title_text=words["epoch"], range=[-0.5, len(all_errors) - 0.5], row=1, col=2)
    fig.update_yaxes(title_text=words["errors"], range=[-0.3, max(all_errors) + 0.5], rangemode="tozero", row=1, col=2)
    finish(fig, words["frame"].format(epoch=epochs[-1].number, errors=epochs[-1].errors), height=560)
    fig.update_layout(margin_b=CONTROLS_ROOM)
    if presenting():
        # At the room's size the four legend entries take two rows and Play and Pause a third of the width: the
        # title goes to the top with a row of room under it for the legend (it ran into the legend, and the
        # legend into the right-hand chart), and the slider to a row of its own under the buttons.
        row = ROOM_LEGEND_ROW
        fig.update_layout(title=title_at_top(),
                          legend_y=1.04,  # clear of the top tick label of the right-hand chart
                          margin_t=fig.layout.margin.t + row, height=fig.layout.height + 2 * row,
                          margin_b=CONTROLS_ROOM + row)
        fig.layout.sliders[0].update(x=0.0, len=1.0, y=SLIDER_Y - SLIDER_ROW)
    return fig


def xor_network_figure(xs, ys, P, X, y, hidden_lines, words: dict) -> go.Figure:
    """Heat map of the network's probability of class 1, the four points, and each hidden unit's line.

    `hidden_lines`: one ([x0, x1], [y0, y1]) or None per hidden unit. `words`: title, probability,
    class0, class1, hidden (with {unit}).
    """
    fig = go.Figure(go.Heatmap(x=xs, y=ys, z=P, zmin=0, zmax=1, colorscale=PROBABILITY_SCALE, opacity=0.85,
                               colorbar=dict(title=words["probability"], thickness=14), name=words["probability"]))
    for trace in class_points(X, y, words, marker_size=16):
        fig.add_trace(trace)
    for unit, segment in enumerate(hidden_lines, start=1):
        if segment is not None:
            fig.add_trace(go.Scatter(x=segment[0], y=segment[1], mode="lines", name=words["hidden"].format(unit=unit),
                                     line=dict(color=("#000000", "#555555")[unit % 2], width=3,
                                               dash=("solid", "dash")[unit % 2])))
    fig.update_xaxes(range=[xs[0], xs[-1]], title_text="x₁")
    fig.update_yaxes(range=[ys[0], ys[-1]], title_text="x₂", scaleanchor="x")
    return finish(fig, words["title"], height=500, legend_below=True)
