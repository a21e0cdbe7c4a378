"""A cost surface's contour map J(w, b) drawn once as a picture, for the descent's chart to lay under its path.

As a contour trace, plotly computed and drew the map's 25 filled levels again at every learning rate, although
only the path moves; and a map that is a trace kept plotly from moving the path alone (its animation without a
full redraw drops a contour trace). As a picture under the map's axes, a change of learning rate moves the path
only (ui/live_plot.py), and the map is the same file for every learner of the surface. The picture holds no
words and no axes: the chart's axes, ticks and titles are plotly's, in the learner's language.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator
from PIL import Image

from core.figures.surface_picture import COLOURMAP, QUALITY

# At most this many levels, a round step apart: 1, 2 or 5 times a power of ten, the smallest that keeps to LEVELS
# (plotly's own rule for the trace it replaces, ncontours=25).
LEVELS, STEPS = 25, (1, 2, 5, 10)
MAP_POINTS = 97  # the grid it is drawn from: level lines smooth at the picture's size (33, plotly's, showed corners)
LONG_SIDE = 900  # pixels: about twice the map's size on a laptop's page, sharp on a projector
LINE_WIDTH = 0.4  # points at 200 dpi: about half a pixel on the page, plotly's white 0.5 px lines
LINE_COLOUR = "white"
DPI = 200


@dataclass(frozen=True)
class MapPicture:
    """`image` (WebP) of the map over `extent` (w from, w to, b from, b to): its pixels fill exactly that box."""
    image: bytes
    extent: tuple[float, float, float, float]
    width: int
    height: int

    @property
    def media_type(self) -> str:
        return "image/webp"

    def data_uri(self) -> str:
        return f"data:{self.media_type};base64,{base64.b64encode(self.image).decode()}"


def levels_of(J) -> np.ndarray:
    """The map's levels: round numbers from below the lowest cost to above the highest, at most LEVELS + 1."""
    low, high = float(np.nanmin(J)), float(np.nanmax(J))
    if not high > low:  # a flat surface: one band
        return np.array([low - 0.5, high + 0.5])
    return MaxNLocator(LEVELS, steps=STEPS).tick_values(low, high)


def draw_map_picture(grid) -> MapPicture:
    """The filled contour map of `grid` (ws, bs, J), with white level lines, the w axis to the right and b up."""
    ws, bs, J = grid
    extent = (float(ws[0]), float(ws[-1]), float(bs[0]), float(bs[-1]))
    across, up = extent[1] - extent[0], extent[3] - extent[2]
    width, height = (LONG_SIDE, round(LONG_SIDE * up / across)) if across >= up else (round(LONG_SIDE * across / up),
                                                                                        LONG_SIDE)
    figure = Figure(figsize=(width / DPI, height / DPI), dpi=DPI)
    FigureCanvasAgg(figure)  # off screen, no pyplot: safe in a server's threads
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_axis_off()
    levels = levels_of(J)
    axes.contourf(ws, bs, J, levels=levels, cmap=COLOURMAP)
    axes.contour(ws, bs, J, levels=levels, colors=LINE_COLOUR, linewidths=LINE_WIDTH)
    axes.set(xlim=extent[:2], ylim=extent[2:])
    figure.canvas.draw()
    pixels = np.asarray(figure.canvas.buffer_rgba())[..., :3]
    encoded = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(pixels)).save(encoded, format="WEBP", quality=QUALITY, method=4)
    return MapPicture(encoded.getvalue(), extent, pixels.shape[1], pixels.shape[0])
