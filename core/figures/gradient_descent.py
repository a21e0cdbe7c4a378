"""Figures of gradient descent on a cost surface: plotly Figures from numbers and translated words.

The main figure puts the 3D surface and its contour map side by side, with one Play button and one
slider driving both: its frames carry only the moving traces (trail, dot, downhill arrow), never the
surface, so playback runs in the browser with no round trip and a small payload.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from core.figures.common import FONT_FAMILY, SERIES, PlainFigure, chart_height, for_the_room
from core.figures.map_picture import MapPicture
from core.figures.surface_picture import SurfacePicture

# plotly refines a surface's grid before drawing it (to 1 + 4 x 40 = 165 points a side from 41; from 33, to 133):
# 33 points (a quarter unit apart) draw the same picture with a third fewer vertices to rebuild at every change.
GRID_POINTS = 33
# The picture of the surface (drawn once) has finer faces: at 33 points its colours stepped visibly.
PICTURE_POINTS = 49
MAX_FRAMES = 100
FRAME_MS = 90
CONTROLS_ROOM = 100  # px of the bottom margin under the map's axis that plotly's Play, Pause and slider took
PATH_COLOUR = "#d62728"
COLOURSCALE = "Viridis"
HIDDEN_OPACITY = 0.35  # a point behind a hill of the surface's picture
LIFT = 0.015  # the path drawn this far above the surface (of its height), not inside it
ARROW_FRACTION = 0.12  # the downhill arrow's length, as a fraction of the map's width


def frame_steps(steps: int, max_frames: int = MAX_FRAMES) -> np.ndarray:
    """At most `max_frames` step numbers from 0 to `steps`, evenly spread, both ends included."""
    return np.unique(np.linspace(0, steps, min(steps + 1, max_frames)).round().astype(int))


def _compact(values) -> np.ndarray:
    """Grids as float32: plenty for drawing, and half the binary payload of float64."""
    return np.asarray(values, dtype=np.float32)


def _numbers(values, digits: int = 3) -> list:
    """Path coordinates as a short list (3 decimals is a hundredth of a pixel here): plotly checks a
    list several times faster than an array, which matters for a hundred animation frames."""
    return np.round(np.asarray(values, dtype=float), digits).tolist()


def downhill_arrow(w: float, b: float, dw: float, db: float, length: float) -> tuple[list, list]:
    """x and y of an arrow of fixed `length` from (w, b) along -gradient; empty where the gradient is 0."""
    norm = float(np.hypot(dw, db))
    if norm == 0 or not np.isfinite(norm):
        return [], []
    return [w, w - length * dw / norm], [b, b - length * db / norm]


def _contour(grid, showscale: bool = False, colourbar_title: str = "", as_lists: bool = False) -> go.Contour:
    """The map. `as_lists`: numbers as plain lists, for a chart that plotly animates (its animation
    drops a contour given as a typed array)."""
    ws, bs, J = grid
    pack = (lambda values: _numbers(values, 4)) if as_lists else _compact
    # Filled bands between the 25 levels, not a smooth heatmap: plotly paints a heatmap-coloured map into an
    # image (a canvas, then toDataURL) at every redraw, and a learning-rate change answered 25 ms later for it
    # (0.18-0.19 s against 0.16 s, bench/ui_latency.py, one run).
    return go.Contour(x=pack(ws), y=pack(bs), z=pack(J), colorscale=COLOURSCALE, ncontours=25,
                      contours=dict(coloring="fill", showlines=True), line=dict(width=0.5, color="white"),
                      showscale=showscale, colorbar=dict(title=colourbar_title, len=0.8),
                      hoverinfo="skip")


def _minima_trace(minima, words) -> go.Scatter:
    return go.Scatter(x=[m[0] for m in minima], y=[m[1] for m in minima], mode="markers", name=words["minimum"],
                      marker=dict(symbol="star", size=13, color="white", line=dict(width=1, color="black")))


def _map_axes(fig: go.Figure, view, words, row: int | None = None, col: int | None = None) -> None:
    fig.update_xaxes(range=list(view[:2]), title=words["w"], row=row, col=col, constrain="domain")
    fig.update_yaxes(range=list(view[2:]), title=words["b"], row=row, col=col)


def surface_trace(grid) -> go.Surface:
    ws, bs, J = grid
    return go.Surface(x=_compact(ws), y=_compact(bs), z=_compact(J), colorscale=COLOURSCALE, showscale=False,
                      opacity=0.85, hoverinfo="skip",
                      contours=dict(z=dict(show=True, usecolormap=True, project_z=False, width=1)))


def descent_figure(grid, path, view, minima, words, max_frames: int = MAX_FRAMES,
                   picture: SurfacePicture | None = None, picture_source: str | None = None,
                   map_picture: MapPicture | None = None, map_source: str | None = None) -> go.Figure:
    """The 3D surface J(w, b) and its contour map side by side, the path of one descent on both, played
    step by step in step: one Play button and one slider drive both, so the red dot on the surface and the
    dot on the map are always the same step. Frames carry only the moving traces (trails, dots, downhill
    arrow), never the surface or the map, so playback runs in the browser with no round trip.

    The surface is a WebGL scene the learner can turn, or with `picture` (core.figures.surface_picture) that
    surface drawn once as an image, the path placed on it in 2D: no WebGL, and plotly's smaller 2D bundle.
    `picture_source`: where the browser finds the image (a URL), else it travels inside the figure. With the
    picture and `map_picture` (core.figures.map_picture, `map_source` its URL) the map is a picture too: every
    trace is then a 2D line or marker, and a new path only moves them (layout.meta.fcMoves, ui/live_plot.py).

    Traces: the surface (in the scene only), the contour map (unless a picture), the whole path faintly (surface,
    map), the minima (surface, map), then the moving ones: trail and dot on the surface, trail and dot on the map,
    downhill arrow.
    `words`: title, w, b, cost, path, point, downhill, minimum, play, pause, step_prefix.
    """
    ws, bs, J = grid
    z_low, z_high = float(J.min()), float(J.max())
    lift = LIFT * (z_high - z_low)
    arrow_length = ARROW_FRACTION * (view[1] - view[0])
    on_picture = picture is not None
    map_as_picture = on_picture and map_picture is not None
    fig = make_subplots(rows=1, cols=2, specs=[[{"type": "xy" if on_picture else "scene"}, {"type": "xy"}]],
                        column_widths=[0.56, 0.44], horizontal_spacing=0.06)

    def on_surface(w, b, cost, behind: str = "") -> dict:
        """Points (w, b, cost) on the left: in the scene, or where the picture shows them (pixels)."""
        if not on_picture:
            return dict(type="scatter3d", x=_numbers(w), y=_numbers(b), z=_numbers(cost))
        return on_picture_at(*picture.place(w, b, cost), picture.hidden(w, b, cost), behind)

    def on_picture_at(x, y, hidden, behind: str) -> dict:
        """Pixels on the picture. What a hill in front hides is drawn as the WebGL scene's see-through surface
        shows it: a line's hidden stretch left to the faint whole path under it (`behind="gap"`), a marker
        faint (`behind="fade"`)."""
        x, y = _numbers(x, 1), _numbers(y, 1)
        if behind == "gap":
            x, y = ([None if h else v for v, h in zip(values, hidden)] for values in (x, y))
        points = dict(type="scatter", x=x, y=y)
        if behind == "fade":
            points["marker"] = dict(opacity=[HIDDEN_OPACITY if h else 1.0 for h in hidden])
        return points

    lifted = path.cost + lift
    if on_picture:  # the whole path placed once: each frame takes its steps
        path_x, path_y = picture.place(path.w, path.b, lifted)
        path_hidden = picture.hidden(path.w, path.b, lifted)

    def on_path(steps_shown, behind: str) -> dict:
        if not on_picture:
            return on_surface(path.w[steps_shown], path.b[steps_shown], lifted[steps_shown])
        return on_picture_at(path_x[steps_shown], path_y[steps_shown], path_hidden[steps_shown], behind)

    def add(coordinates: dict, on_left: bool = False, **style) -> None:
        kind = go.Scatter3d if coordinates.pop("type") == "scatter3d" else go.Scatter
        if "marker" in coordinates:
            style["marker"] = dict(style.get("marker", {}), **coordinates.pop("marker"))
        if on_left and on_picture:  # its hover would say pixels: the map beside says each point's w and b
            style = dict(style, hoverinfo="skip")
        fig.add_trace(kind(**coordinates, **style), row=1, col=1 if on_left else 2)

    if not on_picture:
        fig.add_trace(surface_trace(grid), row=1, col=1)
    if not map_as_picture:
        fig.add_trace(_contour(grid, as_lists=True), row=1, col=2)
    add(on_path(slice(None), behind=""), mode="lines", line=dict(color=PATH_COLOUR, width=3),
        opacity=0.45, showlegend=False, hoverinfo="skip", on_left=True)
    fig.add_trace(go.Scatter(x=_numbers(path.w), y=_numbers(path.b), mode="lines", opacity=0.35,
                             line=dict(color=PATH_COLOUR, width=1.5, dash="dot"), showlegend=False,
                             hoverinfo="skip"), row=1, col=2)
    heights = [float(np.interp(w, ws, J[int(np.argmin(np.abs(bs - b)))])) + lift for w, b in minima]
    add(on_surface([m[0] for m in minima], [m[1] for m in minima], heights, behind="fade"), mode="markers",
        name=words["minimum"], showlegend=False, on_left=True,
        marker=dict(symbol="diamond", size=8 if on_picture else 5, color="white", line=dict(width=1, color="black")))
    fig.add_trace(_minima_trace(minima, words), row=1, col=2)
    steps = frame_steps(path.steps, max_frames)

    def moving(j: int) -> list[dict]:
        """The moving traces at frame j (step steps[j]), coordinates only: a frame is merged into the
        traces it names, so their style is sent once. The trail joins the frames' steps (every step when
        there are at most MAX_FRAMES; the faint line under it always has every step)."""
        k, trail = int(steps[j]), steps[:j + 1]
        arrow_x, arrow_y = downhill_arrow(path.w[k], path.b[k], path.dw[k], path.db[k], arrow_length)
        return [
            on_path(trail, behind="gap"),
            on_path(slice(k, k + 1), behind="fade"),
            dict(type="scatter", x=_numbers(path.w[trail]), y=_numbers(path.b[trail])),
            dict(type="scatter", x=_numbers(path.w[k:k + 1]), y=_numbers(path.b[k:k + 1])),
            dict(type="scatter", x=_numbers(arrow_x), y=_numbers(arrow_y)),
        ]

    styles = [
        dict(mode="lines", line=dict(color=PATH_COLOUR, width=4 if on_picture else 6), name=words["path"],
             showlegend=False, on_left=True),
        dict(mode="markers", name=words["point"], showlegend=False, on_left=True,
             marker=dict(size=11 if on_picture else 9, color=PATH_COLOUR, line=dict(width=2, color="white"))),
        dict(mode="lines+markers", line=dict(color=PATH_COLOUR, width=2.5), marker=dict(size=4, color=PATH_COLOUR),
             name=words["path"]),
        dict(mode="markers", name=words["point"], marker=dict(size=12, color=PATH_COLOUR,
                                                           line=dict(width=1.5, color="white"))),
        dict(mode="lines+markers", name=words["downhill"], line=dict(color="white", width=3),
             marker=dict(symbol="arrow", size=[0, 16], angleref="previous", color="white",
                         line=dict(width=1, color="black"))),
    ]
    for coordinates, style in zip(moving(0), styles):
        add(coordinates, **style)
    moving_traces = list(range(len(fig.data) - len(styles), len(fig.data)))

    # Frames redraw the chart where it has a 3D scene (it moves only on a redraw) or a contour trace (plotly drops it
    # without one); a chart of pictures and lines moves its lines alone.
    redraw = not map_as_picture
    still = {"frame": {"duration": 0, "redraw": redraw}, "mode": "immediate", "transition": {"duration": 0}}
    fig.update_layout(
        # The title on the left, clear of plotly's toolbar (top right); the legend over the map, under both.
        title=dict(text=words["title"], x=0.0, xanchor="left", y=0.99, yanchor="top"),
        font=dict(family=FONT_FAMILY), height=chart_height(600), margin=dict(l=10, r=10, t=80, b=150),
        uirevision="descent",  # keep the learner's zoom when the figure is rebuilt
        legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="left", x=0.58),
        updatemenus=[dict(type="buttons", direction="left", x=0.0, y=0.0, xanchor="left", yanchor="top",
                          pad=dict(t=45, r=10), showactive=False, buttons=[
            dict(label=words["play"], method="animate", args=[None, {
                "frame": {"duration": FRAME_MS, "redraw": redraw}, "fromcurrent": True,
                "transition": {"duration": 0}, "mode": "immediate"}]),
            dict(label=words["pause"], method="animate", args=[[None], {**still, "frame": {"duration": 0,
                                                                                          "redraw": False}}]),
        ])],
    )
    if on_picture:
        _picture_axes(fig, picture, picture_source or picture.data_uri(), words)
    else:
        fig.update_layout(scene=dict(
            xaxis=dict(title=words["w"], range=list(view[:2]), dtick=2),
            yaxis=dict(title=words["b"], range=list(view[2:]), dtick=2),
            zaxis=dict(title=words["cost"], range=list(surface_range(grid))),
            # From the side where w and b are large: the path's slope faces the learner, and no high corner of
            # the surface hides it; pulled back so the cost axis and its title stay inside. A tick every other
            # unit: at this camera the b axis runs away from the viewer and its labels, one per unit, collided.
            camera=dict(eye=dict(x=1.55, y=1.55, z=1.25)), aspectmode="cube", uirevision="descent"))
    _map_axes(fig, view, words, col=2)
    if map_as_picture:
        _map_picture(fig, map_picture, map_source or map_picture.data_uri())
    fig.update_yaxes(scaleanchor="x2" if on_picture else "x", row=1, col=2)
    for_the_room(fig)
    # In the app's own chart, Play, Pause and the step slider are the page's controls under the plot (ui/live_plot.py):
    # the plot gives back the room plotly's took below the map's axis.
    fig.update_layout(meta=dict(fcControls=dict(room=CONTROLS_ROOM), fcMoves=map_as_picture))
    # The frames are plain dicts of numbers, never plotly objects (the traces they update were validated above).
    frames = [dict(name=str(k), traces=moving_traces, data=moving(j)) for j, k in enumerate(steps)]
    slider = dict(active=0, x=0.0, len=1.0, y=0.0, yanchor="top", pad=dict(t=95),
                  currentvalue=dict(prefix=words["step_prefix"], font=dict(size=14), xanchor="right"),
                  steps=[dict(label=str(k), method="animate", args=[[str(k)], still]) for k in steps])
    return PlainFigure(fig, frames, layout={"sliders": [slider]})


def surface_range(grid) -> tuple[float, float]:
    """The cost axis of the 3D view (the WebGL scene's and the picture's): the surface and the path lifted
    just above it."""
    J = grid[2]
    z_low, z_high = float(J.min()), float(J.max())
    return z_low, z_high + 2 * LIFT * (z_high - z_low)


def _picture_axes(fig: go.Figure, picture: SurfacePicture, source: str, words) -> None:
    """The left panel as the picture: its pixels as the axes (kept square, fixed: nothing to zoom into), the
    image under the traces, and the axes' titles where the picture left room for them."""
    fig.update_xaxes(range=[0, picture.width], visible=False, fixedrange=True, constrain="domain", row=1, col=1)
    fig.update_yaxes(range=[0, picture.height], visible=False, fixedrange=True, constrain="domain",
                     scaleanchor="x", row=1, col=1)
    fig.update_layout(
        images=[dict(source=source, xref="x", yref="y", x=0, y=picture.height, sizex=picture.width,
                     sizey=picture.height, sizing="stretch", xanchor="left", yanchor="top", layer="below")],
        annotations=[dict(text=words[axis], x=x, y=y, xref="x", yref="y", xanchor=anchor, showarrow=False,
                          yanchor="middle" if anchor == "center" else "bottom", font=dict(size=14))
                     for axis, (x, y, anchor) in picture.title_at.items()])


def _map_picture(fig: go.Figure, picture: MapPicture, source: str) -> None:
    """The map's picture under the path, filling the box of w and b it was drawn over (the map's axes, x2 and y2)."""
    w_from, w_to, b_from, b_to = picture.extent
    fig.add_layout_image(source=source, xref="x2", yref="y2", x=w_from, y=b_to, sizex=w_to - w_from,
                         sizey=b_to - b_from, sizing="stretch", xanchor="left", yanchor="top", layer="below")
    # plotly draws grid lines over an image below the traces (a contour trace covered them)
    fig.update_xaxes(showgrid=False, zeroline=False, row=1, col=2)
    fig.update_yaxes(showgrid=False, zeroline=False, row=1, col=2)


def cost_figure(path, words) -> go.Figure:
    """J after each step of one path."""
    fig = go.Figure(go.Scatter(x=np.arange(len(path.cost)), y=_numbers(path.cost, 6), mode="lines+markers",
                               marker=dict(size=4), line=dict(color=PATH_COLOUR, width=2.5), name=words["cost"]))
    fig.update_layout(title=words["title"], font=dict(family=FONT_FAMILY), xaxis_title=words["step"], yaxis_title=words["cost"], height=chart_height(320),
                      margin=dict(l=10, r=10, t=50, b=10), uirevision=words["title"])
    return for_the_room(fig)


def comparison_figure(grid, paths: dict, view, minima, words,
                      slider_labels: list[str] | None = None, slider_prefix: str = "",
                      active: int | None = None) -> go.Figure:
    """Several paths on the contour map (left) and their costs per step (right), one colour each.

    A legend click toggles a path on both sides. With `slider_labels` (one per path) a plotly slider
    also shows one path at a time, or all of them on its last step, in the browser with no rerun.
    """
    fig = make_subplots(rows=1, cols=2, column_widths=[0.5, 0.5], horizontal_spacing=0.08)
    fig.add_trace(_contour(grid), row=1, col=1)
    fig.add_trace(_minima_trace(minima, words), row=1, col=1)
    for index, ((label, path), colour) in enumerate(zip(paths.items(), SERIES * len(paths))):
        shown = active is None or index == active
        group = dict(legendgroup=label, line=dict(color=colour, width=2.5), visible=shown)
        fig.add_trace(go.Scatter(x=_numbers(path.w), y=_numbers(path.b), mode="lines+markers", name=label,
                                 marker=dict(size=4, color=colour), **group), row=1, col=1)
        fig.add_trace(go.Scatter(x=np.arange(len(path.cost)), y=_numbers(path.cost, 6), mode="lines", name=label,
                                 showlegend=False, **group), row=1, col=2)
        if path.escape is not None:  # mark where the path was cut
            fig.add_trace(go.Scatter(x=_numbers(path.w[-1:]), y=_numbers(path.b[-1:]), mode="markers",
                                     marker=dict(symbol="x", size=14, color=colour, line=dict(width=2)),
                                     showlegend=False, hoverinfo="skip", legendgroup=label, visible=shown),
                          row=1, col=1)
    _map_axes(fig, view, words, col=1)
    fig.update_xaxes(title=words["step"], row=1, col=2)
    fig.update_yaxes(title=words["cost"], row=1, col=2)
    fig.update_layout(title=words["title"], font=dict(family=FONT_FAMILY), height=chart_height(470), margin=dict(l=10, r=10, t=60, b=10), uirevision=words["title"],
                      legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="right", x=1.0))
    if slider_labels:
        groups = [trace.legendgroup for trace in fig.data]
        steps = [dict(label=text, method="restyle",
                      args=[{"visible": [group is None or group == label for group in groups]}])
                 for text, label in zip(slider_labels, paths)]
        steps.append(dict(label=words["all_paths"], method="restyle", args=[{"visible": [True] * len(groups)}]))
        fig.update_layout(sliders=[dict(active=len(paths) if active is None else active, steps=steps,
                                        currentvalue=dict(prefix=slider_prefix), pad=dict(t=50), len=1.0)],
                          margin=dict(b=40))
    return for_the_room(fig)


def _tex_number(value: float) -> str:
    """4 significant digits; 1.5e-05 becomes 1.5 x 10^-5."""
    text = f"{value:.4g}"
    if "e" not in text:
        return text
    mantissa, exponent = text.split("e")
    return rf"{mantissa} \times 10^{{{int(exponent)}}}"


def _signed(value: float) -> str:
    """A number to subtract in a formula: negative values in parentheses."""
    text = _tex_number(value)
    return f"({text})" if value < 0 else text


def update_rule_latex(optimizer: str, rate: float, k: int, before: tuple, gradient: tuple, after: tuple) -> str:
    """The update from step k to k + 1 in symbols, then with its numbers (no words: it is all math).
    before/after are (w, b); gradient is (dJ/dw, dJ/db) at `before`."""
    a = _tex_number(rate)
    lines = []
    for name, old, slope, new in zip("wb", before, gradient, after):
        partial = rf"\frac{{\partial J}}{{\partial {name}}}"
        if optimizer == "gd":
            lines.append(rf"{name}_{{{k + 1}}} = {name}_{{{k}}} - \alpha\,{partial} = {_tex_number(old)} - "
                         rf"{a} \times {_signed(slope)} = {_tex_number(new)}")
        else:
            rule = {"momentum": rf"\alpha\, v_{name}",
                    "rmsprop": rf"\alpha\,\frac{{{partial}}}{{\sqrt{{s_{name}}} + \varepsilon}}",
                    "adam": rf"\alpha\,\frac{{\hat v_{name}}}{{\sqrt{{\hat s_{name}}} + \varepsilon}}"}[optimizer]
            lines.append(rf"{name}_{{{k + 1}}} = {name}_{{{k}}} - {rule} = {_tex_number(old)} - "
                         rf"{_signed(old - new)} = {_tex_number(new)}")
    return r"\begin{aligned}" + r" \\ ".join(line.replace("=", "&=", 1) for line in lines) + r"\end{aligned}"
