"""A cost surface J(w, b) drawn once in 3D as a picture, and where any point (w, b, J) falls on it.

The descent's chart draws its path on this picture with plain 2D traces: a browser without a GPU draws a 3D
scene in software WebGL, and that scene cost the page most of its answer to a learning-rate change and a
second of its first visit (plotly's full bundle, a WebGL context). The picture depends only on the surface,
so it is drawn once per process; the path, the dot and the minima are projected with the picture's own
camera (matplotlib's), so they sit on the surface exactly where matplotlib drew it.

The picture holds no words: axis titles are placed by the figure at `title_at`, in the learner's language.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass, field

import matplotlib
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PIL import Image

# The camera of the descent's 3D view: from the corner where w and b are large, 30 degrees up (plotly's eye
# (1.55, 1.55, 1.25) of the WebGL view, so both views show the same side of the surface).
ELEVATION, AZIMUTH = 30.0, 45.0
CSS_SIZE = (5.6, 4.6)  # inches at 100 dpi: about the pixels the picture takes on a laptop's page
SCALE = 2  # pixels drawn per pixel shown: sharp on a projector and a high-density screen
TICK_COLOUR = "#808080"  # readable on the light and on the dark theme (the picture is transparent)
TICK_SIZE, ROOM_TICK_SIZE = 11, 16  # points at CSS_SIZE: about 11 and 16 px on a laptop's page
COLOURMAP = "viridis"  # the map's plotly "Viridis"
QUALITY = 80
TITLE_SPOT = "M"  # drawn in place of each axis title to find where it goes, then hidden
DEPTH_CELL = 6  # pixels a side of one cell of the picture's depth map
DEPTH_SAMPLES = 8  # the surface's points sampled this many times finer than its grid for the depth map
HIDDEN_BY = 0.01  # depth (matplotlib's units: the box is about 0.13 deep) by which a point must lie behind


@dataclass(frozen=True)
class SurfacePicture:
    """`image` (WebP, transparent), `width` x `height` pixels; `place` puts 3D points on it in pixels from its
    bottom-left corner; `title_at[axis]` ("w", "b", "cost") is where that axis's title goes: (x, y, the title's
    horizontal anchor there: "center" on its middle, "left" with its bottom-left corner there)."""
    image: bytes
    width: int
    height: int
    projection: np.ndarray = field(repr=False)  # matplotlib's 4x4 projection of (w, b, J, 1)
    to_pixels: np.ndarray = field(repr=False)  # 3x3 affine from the projection's plane to the picture's pixels
    title_at: dict
    depth: np.ndarray = field(repr=False)  # per DEPTH_CELL square: the nearest depth of the surface drawn there

    @property
    def media_type(self) -> str:
        return "image/webp"

    def data_uri(self) -> str:
        return f"data:{self.media_type};base64,{base64.b64encode(self.image).decode()}"

    def place(self, w, b, cost) -> tuple[np.ndarray, np.ndarray]:
        """Pixels (x right, y up from the bottom-left corner) of the points (w, b, cost) on the picture."""
        return _place(self.projection, self.to_pixels, w, b, cost)[:2]

    def hidden(self, w, b, cost) -> np.ndarray:
        """Whether each point (w, b, cost) lies behind the drawn surface (a hill between it and the camera):
        a path drawn over the picture would otherwise show through the hill in front of it."""
        x, y, depth = _place(self.projection, self.to_pixels, w, b, cost)
        rows, columns, inside = _cells(x, y, self.height, self.depth.shape)
        nearest = np.full(x.shape, np.inf)
        nearest[inside] = self.depth[rows[inside], columns[inside]]
        return nearest < depth - HIDDEN_BY


def _place(projection, to_pixels, w, b, cost) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pixels x, y and depth (smaller: nearer the camera) of points (w, b, cost)."""
    w, b, cost = (np.asarray(values, dtype=float).ravel() for values in (w, b, cost))
    with np.errstate(invalid="ignore", over="ignore"):  # a diverged path's huge numbers: off the picture (NaN: a gap)
        projected = projection @ np.vstack([w, b, cost, np.ones_like(w)])
        pixels = to_pixels @ np.vstack([projected[0] / projected[3], projected[1] / projected[3], np.ones_like(w)])
        return pixels[0], pixels[1], projected[2] / projected[3]


def _cells(x, y, height, shape) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The depth map's cell (row from the top, column) of pixels (x, y from the bottom), and whether it is one."""
    with np.errstate(invalid="ignore"):
        rows = np.floor((height - np.nan_to_num(y, nan=-1e9)) / DEPTH_CELL).astype(int)
        columns = np.floor(np.nan_to_num(x, nan=-1e9) / DEPTH_CELL).astype(int)
    return rows, columns, (rows >= 0) & (rows < shape[0]) & (columns >= 0) & (columns < shape[1])


def _finer(ws, bs, J, times: int):
    """The grid sampled `times` as finely (bilinear between its points)."""
    fine_w = np.linspace(ws[0], ws[-1], times * (len(ws) - 1) + 1)
    fine_b = np.linspace(bs[0], bs[-1], times * (len(bs) - 1) + 1)
    along_w = np.array([np.interp(fine_w, ws, row) for row in J])
    return fine_w, fine_b, np.array([np.interp(fine_b, bs, column) for column in along_w.T]).T


def _depth_map(projection, to_pixels, grid, width, height) -> np.ndarray:
    """The nearest depth of the surface in each DEPTH_CELL square of the picture (inf where it is not drawn)."""
    fine_w, fine_b, fine_J = _finer(*grid, DEPTH_SAMPLES)
    W, B = np.meshgrid(fine_w, fine_b)
    x, y, depth = _place(projection, to_pixels, W, B, fine_J)
    shape = (int(np.ceil(height / DEPTH_CELL)), int(np.ceil(width / DEPTH_CELL)))
    rows, columns, inside = _cells(x, y, height, shape)
    nearest = np.full(shape, np.inf)
    np.minimum.at(nearest, (rows[inside], columns[inside]), depth[inside])
    return nearest


def draw_surface_picture(grid, view, z_range, for_the_room: bool = False) -> SurfacePicture:
    """The surface of `grid` (ws, bs, J) seen from the descent's camera, over the map's `view` (w and b ranges)
    and the cost range `z_range`; `for_the_room`: tick labels a projector's size."""
    ws, bs, J = grid
    figure = Figure(figsize=CSS_SIZE, dpi=100 * SCALE)
    FigureCanvasAgg(figure)  # drawn off screen (no pyplot: no global state, safe in a server's threads)
    figure.patch.set_alpha(0)
    axes = figure.add_axes((0, 0, 1, 1), projection="3d")
    W, B = np.meshgrid(ws, bs)
    # Opaque and without level lines (the map beside it has them): matplotlib orders whole artists by depth, so
    # lines over an opaque surface were hidden, a see-through surface showed the seams between its faces, and
    # colour bands were jagged at a face's size.
    axes.plot_surface(W, B, J, cmap=COLOURMAP, rstride=1, cstride=1, linewidth=0, antialiased=False)
    axes.set(xlim=view[:2], ylim=view[2:], zlim=z_range)
    axes.set_xticks(np.arange(np.ceil(view[0] / 2) * 2, view[1] + 1e-9, 2))  # every other unit, as on the map
    axes.set_yticks(np.arange(np.ceil(view[2] / 2) * 2, view[3] + 1e-9, 2))
    axes.zaxis.set_major_locator(matplotlib.ticker.MaxNLocator(4 if for_the_room else 5))
    axes.view_init(elev=ELEVATION, azim=AZIMUTH)
    axes.set_box_aspect(None, zoom=0.9)  # the tick labels inside the canvas, the picture cropped to them below
    axes.set_facecolor((0, 0, 0, 0))
    tick_size = ROOM_TICK_SIZE if for_the_room else TICK_SIZE
    for axis in (axes.xaxis, axes.yaxis, axes.zaxis):
        axis.set_pane_color((0.5, 0.5, 0.5, 0.06))
        axis._axinfo["grid"].update(color=(0.5, 0.5, 0.5, 0.35), linewidth=0.6)
        axis.set_tick_params(colors=TICK_COLOUR, labelsize=tick_size)
    for axis in (axes.xaxis, axes.yaxis):
        axis.set_label_text(TITLE_SPOT, fontsize=tick_size)
    figure.canvas.draw()
    spots = {name: axis.label.get_window_extent() for name, axis in (("w", axes.xaxis), ("b", axes.yaxis))}
    tick_pixels = tick_size * figure.dpi / 72
    projection, to_pixels = np.array(axes.get_proj()), axes.transData.get_matrix().copy()
    for axis in (axes.xaxis, axes.yaxis):
        axis.label.set_visible(False)

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", transparent=True)
    image = Image.open(buffer)
    # Cropped to what is drawn (the title spots included), so the surface fills the chart's room.
    left, top, right, bottom = image.getchannel("A").getbbox()
    for spot in spots.values():
        left, right = min(left, int(spot.x0)), max(right, int(np.ceil(spot.x1)))
        top, bottom = min(top, image.height - int(np.ceil(spot.y1))), max(bottom, image.height - int(spot.y0))
    left, top = max(left, 0), max(top, 0)
    right, bottom = min(right, image.width), min(bottom, image.height)
    cropped = image.crop((left, top, right, bottom))
    shift = np.array([[1, 0, -left], [0, 1, -(image.height - bottom)], [0, 0, 1]], dtype=float)
    encoded = io.BytesIO()
    cropped.save(encoded, format="WEBP", quality=QUALITY, method=4)
    title_at = {name: (float((spot.x0 + spot.x1) / 2 - left), float((spot.y0 + spot.y1) / 2 - (image.height - bottom)),
                       "center") for name, spot in spots.items()}
    # The cost's title over the top of its axis (the box's leftmost upright edge), from the picture's left edge
    # where its tick labels begin: beside them, a title in a room's type ran off the chart's left edge.
    xs, ys, _ = _place(projection, shift @ to_pixels, [view[0], view[0], view[1], view[1]],
                    [view[2], view[3], view[2], view[3]], [z_range[1]] * 4)
    title_at["cost"] = (0.0, float(ys[np.argmin(xs)]) + 0.6 * tick_pixels, "left")
    depth = _depth_map(projection, shift @ to_pixels, grid, cropped.width, cropped.height)
    return SurfacePicture(encoded.getvalue(), cropped.width, cropped.height, projection, shift @ to_pixels, title_at,
                          depth)
