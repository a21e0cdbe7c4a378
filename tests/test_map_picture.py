"""The contour map drawn once as a picture (core.figures.map_picture) and the descent's chart on it."""

import io
import json

import numpy as np
import plotly.io as pio
import pytest
from matplotlib import colormaps
from PIL import Image

from core.figures.gradient_descent import GRID_POINTS, PICTURE_POINTS, descent_figure, surface_range
from core.figures.map_picture import LEVELS, MAP_POINTS, draw_map_picture, levels_of
from core.figures.surface_picture import draw_surface_picture
from core.optimizers import descend
from core.surfaces import grid, make_surface
from tests.test_surface_picture import WORDS


@pytest.fixture(scope="module")
def bowl_map():
    surface = make_surface("bowl")
    return surface, draw_map_picture(grid(surface, MAP_POINTS))


def pixels(picture) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(picture.image)).convert("RGB"), dtype=int)


def test_levels_are_round_steps_across_the_whole_cost_range():
    J = np.array([[0.35, 1.0], [3.2, 5.9]])
    levels = levels_of(J)
    step = levels[1] - levels[0]
    assert step == pytest.approx(0.5)  # 5.55 / 25 = 0.222: the next round step of 1, 2 or 5 times ten to a power
    assert np.allclose(np.diff(levels), step) and len(levels) <= LEVELS + 1
    assert levels[0] <= 0.35 and levels[-1] >= 5.9
    assert list(levels_of(np.full((2, 2), 3.0))) == [2.5, 3.5]  # a flat surface: one band


def test_the_map_fills_its_box_with_the_low_colour_at_the_minimum_and_the_high_in_a_corner(bowl_map):
    surface, picture = bowl_map
    assert picture.extent == surface.view and (picture.width, picture.height) == (900, 900)
    rgb = pixels(picture)
    assert rgb.shape == (900, 900, 3)
    w0, w1, b0, b1 = surface.view

    def pixel_of(w, b) -> tuple[int, int]:  # (row from the top, column), kept 4 pixels inside the picture
        return (min(max(round((b1 - b) / (b1 - b0) * 899), 4), 895), min(max(round((w - w0) / (w1 - w0) * 899), 4), 895))

    # At the minimum viridis's darkest, where the cost is highest its brightest.
    low, high = (np.array(colormaps["viridis"](at)[:3]) * 255 for at in (0.0, 1.0))
    (w_star, b_star), = surface.minima
    row, column = pixel_of(w_star, b_star)
    assert np.abs(rgb[row - 3:row + 4, column - 3:column + 4] - low).max() < 30
    ws, bs, J = grid(surface, MAP_POINTS)
    top, left = np.unravel_index(np.argmax(J), J.shape)
    row, column = pixel_of(ws[left], bs[top])
    assert np.abs(rgb[row, column] - high).max() < 40
    assert (rgb > 235).all(axis=2).any()  # the white level lines


def test_the_descent_on_both_pictures_has_only_lines_and_markers_and_moves_them(bowl_map):
    surface, map_picture = bowl_map
    surface_grid = grid(surface, GRID_POINTS)
    picture = draw_surface_picture(grid(surface, PICTURE_POINTS), surface.view, surface_range(surface_grid))
    path = descend(surface, (-3.0, 3.0), 0.3, 20)
    spec = json.loads(pio.to_json(descent_figure(surface_grid, path, surface.view, surface.minima,
                                                 dict(WORDS, title="t"), picture=picture, picture_source="a.webp",
                                                 map_picture=map_picture, map_source="m.webp"), validate=False))
    assert {trace.get("type", "scatter") for trace in spec["data"]} == {"scatter"}
    assert spec["layout"]["meta"]["fcMoves"] is True  # ui/live_plot.py moves the lines at a new path
    surface_image, map_image = spec["layout"]["images"]
    assert surface_image["source"] == "a.webp" and map_image["source"] == "m.webp"
    assert (map_image["xref"], map_image["yref"], map_image["layer"]) == ("x2", "y2", "below")
    assert (map_image["x"], map_image["y"], map_image["sizex"], map_image["sizey"]) == (-4, 4, 8, 8)  # its box
    assert spec["layout"]["xaxis2"]["showgrid"] is False  # plotly's grid would cross the picture
    assert all(frame["traces"] == [4, 5, 6, 7, 8] for frame in spec["frames"])
    # Without a contour trace the frames need no redraw (plotly drops a contour only without one): Play moves lines.
    play = spec["layout"]["updatemenus"][0]["buttons"][0]
    assert play["args"][1]["frame"]["redraw"] is False
    assert map_picture.data_uri().startswith("data:image/webp;base64,")
    # The 3D scene (the surface turned) keeps its contour trace and redraws: the map picture is for the pictures.
    turned = descent_figure(surface_grid, path, surface.view, surface.minima, dict(WORDS, title="t"),
                            map_picture=map_picture)
    assert [trace.type for trace in turned.data[:2]] == ["surface", "contour"]
    assert turned.layout.meta["fcMoves"] is False
