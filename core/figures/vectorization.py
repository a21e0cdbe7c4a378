"""Figures of the vectorization chapter: the race between a loop and numpy."""

from __future__ import annotations

import plotly.graph_objects as go

from core.figures.common import SERIES, finish

def timing_bars_figure(names, milliseconds, labels, words) -> go.Figure:
    """Horizontal bars of milliseconds, on a log axis (the gaps are orders of magnitude).

    `labels`: each bar's time as the learner reads it (with its unit); `words`: title, x.
    """
    fig = go.Figure(go.Bar(y=names, x=milliseconds, orientation="h", marker_color=SERIES[: len(names)],
                           text=list(labels), textposition="auto"))
    fig.update_xaxes(type="log", title_text=words["x"], dtick=1)  # ticks at powers of ten only
    fig.update_yaxes(autorange="reversed")
    return finish(fig, words["title"], height=90 + 55 * len(names))
