"""What every figure shares: the palette, the fonts, the layout, and the one way words reach a figure.

Builders (one module per chapter in core/figures/) take numbers and `words`, a mapping of already
translated texts by role ("title", "x", "y", "class0", ...), and return plotly Figures; they never
compute the math and never look words up themselves.

Colours are the Okabe-Ito palette, safe for colour-blind eyes: class 0 is always blue and class 1
always vermillion, on every page, in points, bars and probability maps alike.
"""

from __future__ import annotations

import unicodedata
from typing import Callable, Mapping

import numpy as np
import plotly.graph_objects as go

from core.curves import find_swing, split_swing

Words = Mapping[str, str]

LIVE_POINTS = 300  # a live redraw of about 300 points is a few KB
FULL_POINTS = 5001  # a finished curve keeps every iteration: downsampling would alias real oscillations
CLASS_COLOURS = ("#0072B2", "#D55E00")  # class 0 blue, class 1 vermillion
# ... and shapes: colour is never the only signal (a colour-blind learner, a grey projector, a printout).
CLASS_SYMBOLS = ("circle", "triangle-up")
SERIES = ("#0072B2", "#D55E00", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
LINE_COLOUR = "#009E73"  # a separating line (the perceptron's), drawn over the two classes
SHADE = "rgba(230, 159, 0, 0.18)"  # a stretch of an axis worth noticing (saturation, concavity)
SHADE_LEGEND = "rgba(230, 159, 0, 0.45)"
# Probability of class 1: blue where class 0 is likely, white at 0.5, vermillion where class 1 is.
PROBABILITY_SCALE = [[0.0, "#9cc6e4"], [0.5, "#f7f7f7"], [1.0, "#f0b38f"]]
SIGNED_SCALE = [[0.0, "#0072B2"], [0.5, "#f7f7f7"], [1.0, "#D55E00"]]  # negative blue, positive vermillion
# Chinese needs a CJK font on the machine that draws the figure: name common ones before the fallback.
FONT_FAMILY = '"Source Sans Pro", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif'


# Presenter mode (a class reading a projector from the back of the room): every text in a figure at least
# ROOM_FONT pixels, titles larger, and charts taller, up to what a 720-pixel-high projector shows at once.
ROOM_FONT = 20
ROOM_TITLE_FONT = 22
ROOM_HEIGHT_FACTOR = 1.3
ROOM_MAX_HEIGHT = 640
ROOM_TITLE_CHARACTERS = 40  # about what a half-width chart shows on one line at ROOM_TITLE_FONT
ROOM_EXTRA_TOP = 16  # pixels of top margin for the larger title and legend
ROOM_3D_TICKS = 5
ROOM_SLIDER_SHIFT = 0.12  # of the figure's width: the Play and Pause buttons at 20 px

# Who says whether the app is in presenter mode. The app installs one that reads the learner's session
# (ui/presenter.py); core stays free of Streamlit, and without one every figure is drawn for a screen.
_presenting: Callable[[], bool] | None = None


def use_presenter_mode_from(provider: Callable[[], bool] | None) -> None:
    global _presenting
    _presenting = provider


def presenting() -> bool:
    """Whether figures are drawn for the room (a cached figure must be keyed by this too)."""
    return bool(_presenting and _presenting())


def chart_height(height: int) -> int:
    """A figure's height: taller in presenter mode, but never past what a projector shows at once."""
    if not presenting():
        return height
    return max(height, min(round(height * ROOM_HEIGHT_FACTOR), ROOM_MAX_HEIGHT))


def _text_width(text: str) -> int:
    """Width in Latin characters: a Chinese character is about two."""
    return sum(2 if unicodedata.east_asian_width(character) in "WF" else 1 for character in text)


def title_for_the_room(title: str) -> str:
    """In presenter mode, a long title on two lines: plotly never wraps a title, and one wider than its
    chart is cut off. The break goes at the space (or, in Chinese, between two characters) nearest the
    middle of the title's width."""
    if not presenting() or _text_width(title) <= ROOM_TITLE_CHARACTERS:
        return title
    breaks = [at for at in range(1, len(title)) if title[at] == " " or
              _text_width(title[at - 1] + title[at]) == 4]  # a space, or between two wide characters
    if not breaks:
        return title
    half = _text_width(title) / 2
    cut = min(breaks, key=lambda at: abs(_text_width(title[:at]) - half))
    return f"{title[:cut].rstrip()}<br>{title[cut:].lstrip()}"


def _font(font: Mapping | None, size: int = ROOM_FONT) -> dict:
    """A font (as plain data) at least `size` pixels: a font already larger keeps its size."""
    font = dict(font or {})
    font["size"] = max(font.get("size") or 0, size)
    return font


def _titled(part: Mapping | None) -> dict:
    """An axis or colour bar's update: its tick labels and its title large."""
    part = part or {}
    return {"tickfont": _font(part.get("tickfont")), "title": {"font": _font((part.get("title") or {}).get("font"))}}


def _fewer_ticks(axis: Mapping) -> dict:
    """A 3D axis's ticks on a projector: its own step doubled where it sets one (a step wins over a count in
    plotly: the descent's w and b, a label every 2 units, ran into each other at the room's size), else at most
    ROOM_3D_TICKS."""
    if axis.get("dtick"):
        return {"dtick": 2 * axis["dtick"]}
    return {"nticks": axis.get("nticks") or ROOM_3D_TICKS}


def _roomy_slider(slider: dict, beside_buttons: bool) -> dict:
    """An animation's slider (plain data) in the room's type, moved clear of its Play and Pause buttons."""
    slider = dict(slider, font=_font(slider.get("font")),
                  currentvalue=dict(slider.get("currentvalue") or {},
                                    font=_font((slider.get("currentvalue") or {}).get("font"))))
    if beside_buttons and slider.get("x") is not None:
        slider["x"] += ROOM_SLIDER_SHIFT
        slider["len"] = slider.get("len", 1.0) - ROOM_SLIDER_SHIFT
    return slider


def for_the_room(fig: go.Figure) -> go.Figure:
    """In presenter mode, every text of the figure large, and room made for it.

    Fonts: title, axes (2D and 3D), ticks, legend, colour bars, text on bars, annotations, sliders,
    buttons and hover labels. Streamlit's chart theme sets ticks (12 px) and axis titles (14 px) itself, so
    each is set explicitly; layout.font alone would not reach them. Room: a taller top margin for the larger
    title and legend, fewer ticks on 3D axes (their labels would overlap), and an animation's slider moved
    clear of its Play and Pause buttons, which grow with their font.

    The figure is read once as plain data and written back in one update per part: setting plotly's
    properties one by one validates each, which doubled the time to build a figure on every live redraw.
    """
    if not presenting():
        return fig
    layout = fig.layout.to_plotly_json()
    update = {
        "font": _font(layout.get("font")),
        "title": {"font": _font((layout.get("title") or {}).get("font"), ROOM_TITLE_FONT)},
        "legend": {"font": _font((layout.get("legend") or {}).get("font"))},
        "hoverlabel": {"font": _font((layout.get("hoverlabel") or {}).get("font"))},
        # Plotly shrinks a bar's text to fit inside the bar: not below the room's size.
        "uniformtext": {"minsize": ROOM_FONT, "mode": "show"},
        "margin": {"t": (layout.get("margin") or {}).get("t", 60) + ROOM_EXTRA_TOP},
    }
    for name in {"xaxis", "yaxis", *(key for key in layout if key.startswith(("xaxis", "yaxis")))}:
        update[name] = _titled(layout.get(name))
    for name in (key for key in layout if key.startswith("scene")):
        update[name] = {axis: dict(_titled(layout[name].get(axis)), **_fewer_ticks(layout[name].get(axis) or {}))
                        for axis in ("xaxis", "yaxis", "zaxis")}
    if layout.get("annotations"):
        update["annotations"] = [dict(note, font=_font(note.get("font"))) for note in layout["annotations"]]
    if layout.get("updatemenus"):
        update["updatemenus"] = [dict(menu, font=_font(menu.get("font"))) for menu in layout["updatemenus"]]
    if layout.get("sliders"):
        update["sliders"] = [_roomy_slider(slider, bool(layout.get("updatemenus"))) for slider in layout["sliders"]]
    fig.update_layout(update)
    for trace in fig.data:
        changes = {}
        # A heat map's or contour's own colour bar; a marker's only when it shows one (writing a font into
        # an unused marker colour bar would make plotly draw it).
        if "colorbar" in trace:
            changes["colorbar"] = _titled(trace.colorbar.to_plotly_json())
        marker = getattr(trace, "marker", None)
        if marker is not None and "showscale" in marker and marker.showscale:
            changes["marker"] = {"colorbar": _titled(marker.colorbar.to_plotly_json())}
        if "textfont" in trace and trace.text is not None:  # numbers written on bars
            changes["textfont"] = _font(trace.textfont.to_plotly_json())
        if changes:
            trace.update(changes)
    return fig


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
    shown = title_for_the_room(title)
    if shown != title:
        top += ROOM_TITLE_FONT + 4  # room for the second line
    fig.update_layout(title=shown, height=chart_height(height), margin=dict(l=10, r=10, t=top, b=10), legend=legend,
                      font=dict(family=FONT_FAMILY), uirevision=title)  # uirevision: keep zoom while redrawn
    return for_the_room(fig)


def class_points(X, y, words: Words, marker_size: int = 12) -> list[go.Scatter]:
    """Points (rows of X) of class 0 and class 1, in the classes' colours and shapes, named words["class0"/"class1"]."""
    return [go.Scatter(x=X[y == label, 0], y=X[y == label, 1], mode="markers", name=words[f"class{label}"],
                       marker=dict(size=marker_size, color=CLASS_COLOURS[label], symbol=CLASS_SYMBOLS[label],
                                   line=dict(width=1, color="white")))
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


LEGEND_ROW = 22  # pixels: one more row of a horizontal legend
ROOM_LEGEND_ROW = ROOM_FONT + 8  # the same at the room's size


def title_at_top(**title) -> dict:
    """A title at the very top of the figure, over a legend whose rows the top margin makes room for (plotly
    centres a title in the top margin, where it ran over a legend's first rows)."""
    return dict(title, y=1.0, yref="container", yanchor="top", pad={"t": 12})


def train_test_figure(train, test, words: Words, total_iterations: int | None = None,
                      max_points: int = LIVE_POINTS) -> go.Figure:
    """One measure (a cost, an accuracy) on the training set and on the test set, per iteration: the
    text's step 8, where the gap between the two curves is overfitting.

    `words`: title, x, y, train, test, and even / odd ("{set}, even iterations"): a curve that swings every
    other iteration is drawn as its even and its odd iterations. `test` may be None (no test set).

    Drawn on every live frame of every learner, so it is written as plain data with nothing plotly has to
    check property by property (that check was most of the cost of a frame); its shape is the one a
    validated figure has (tests/test_figures.py compares them).
    """
    traces = []
    for values, name, colour in ((train, words["train"], SERIES[0]), (test, words["test"], SERIES[1])):
        if values is None:
            continue
        if find_swing(values) is None:
            x, y = downsample(values, max_points)
            traces.append({"type": "scatter", "x": x, "y": y, "mode": "lines", "name": name,
                           "line": {"width": 3, "color": colour}})
            continue
        # A two-iteration swing drawn as one line fills the chart as a block: the even and the odd
        # iterations are each a smooth line (core/curves.py), solid and dotted in the set's colour.
        for (at, part), label, dash in zip(split_swing(values), (words["even"], words["odd"]), ("solid", "dot")):
            x, y = downsample(part, max_points // 2)
            traces.append({"type": "scatter", "x": at[x], "y": y, "mode": "lines", "name": label.format(set=name),
                           "line": {"width": 2, "color": colour, "dash": dash}})
    title = words["title"]
    shown = title_for_the_room(title)
    top = 50 + (ROOM_TITLE_FONT + 4 if shown != title else 0)
    # A swinging curve's four entries take two rows in a half-width chart (one each at the room's size): room
    # for them under the title, which stays at the top (it was drawn over the legend's first rows).
    room = presenting()
    extra_rows = (len(traces) if room else 2 if len(traces) > 2 else 1) - 1
    extra = extra_rows * (ROOM_LEGEND_ROW if room else LEGEND_ROW)
    top += extra
    layout = {"title": title_at_top(text=shown),
              "height": chart_height(360) + extra,
              "margin": {"l": 10, "r": 10, "t": top, "b": 10},
              "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "right", "x": 1.0},
              "font": {"family": FONT_FAMILY}, "uirevision": title,
              "xaxis": {"title": {"text": words["x"]}, "range": [0, total_iterations] if total_iterations else None},
              "yaxis": {"title": {"text": words["y"]}}}
    return for_the_room(go.Figure({"data": traces, "layout": layout}, _validate=False))


def comparison_figure(runs: dict[str, np.ndarray], words: Words, log_y: bool = False, x=None,
                      colours: Mapping[str, str] | None = None) -> go.Figure:
    """Several curves, one per label, overlaid (every point of each: they are finished runs).

    `words`: title, x, y. `x`: the iterations the values were measured at, if not every one. `colours`: a
    colour per label that does not change with what else is drawn (else the palette in order).
    """
    fig = go.Figure()
    for (label, values), colour in zip(runs.items(), SERIES * len(runs)):
        colour = colours[label] if colours else colour
        at, ys = downsample(values, FULL_POINTS) if x is None else (x, values)
        fig.add_trace(go.Scatter(x=at, y=ys, mode="lines", name=label, line=dict(width=2, color=colour)))
    fig.update_xaxes(title_text=words["x"])
    fig.update_yaxes(title_text=words["y"], type="log" if log_y else None)
    return finish(fig, words["title"], height=360, top=50)


class PlainFigure(go.Figure):
    """A figure whose animation frames (and its slider) stay plain data. `go.Figure` would build and validate a
    plotly object for every frame, and Streamlit then deep-copies them all (`to_dict`) before encoding: together
    about two thirds of the time to draw the gradient-descent page for a new learning rate. Streamlit only reads
    the dictionary, so it is handed over as it is: built once, never copied, never changed."""

    def __new__(cls, figure: go.Figure, frames: list[dict], layout: dict | None = None):
        """`figure` itself, its frames (and `layout`'s entries, such as an animation's slider: a step per
        frame) kept as plain data. Not a copy: a copy validates every property of the figure again (20 of a
        new descent figure's 54 ms)."""
        plain = dict(figure.to_dict(), frames=frames)
        layout = dict(layout or {})
        if layout.get("sliders") and presenting():  # as for_the_room would have made them
            layout["sliders"] = [_roomy_slider(slider, bool(plain["layout"].get("updatemenus")))
                                 for slider in layout["sliders"]]
        plain["layout"] = {**plain["layout"], **layout}
        figure.__class__ = cls
        figure._plain = plain
        return figure

    def __init__(self, figure: go.Figure, frames: list[dict], layout: dict | None = None):
        pass  # made in __new__

    def to_dict(self):
        return self._plain
