"""The surface drawn once as a picture (core/figures/surface_picture.py), and the descent drawn on it."""

import io
import json

import numpy as np
import plotly.io as pio
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from core.figures.gradient_descent import GRID_POINTS, PICTURE_POINTS, descent_figure, surface_range
from core.figures.surface_picture import draw_surface_picture
from core.optimizers import descend
from core.surfaces import grid, make_surface

WORDS = dict(w="w", b="b", cost="J", step="step", path="path", point="point", downhill="down", minimum="min",
             play="Play", pause="Pause", all_paths="all", step_prefix="step: ", title="t")


@pytest.fixture(scope="module")
def logistic():
    surface = make_surface("logistic")
    surface_grid = grid(surface, GRID_POINTS)
    picture = draw_surface_picture(grid(surface, PICTURE_POINTS), surface.view, surface_range(surface_grid))
    return surface, surface_grid, picture, Image.open(io.BytesIO(picture.image))


def opaque_near(image: Image.Image, x: float, y: float, reach: int = 2) -> bool:
    """Whether the picture is drawn (not see-through) within `reach` pixels of (x, y from the bottom)."""
    alpha = np.asarray(image.getchannel("A"))
    row, column = int(round(image.height - y)), int(round(x))
    patch = alpha[max(row - reach, 0):row + reach + 1, max(column - reach, 0):column + reach + 1]
    return patch.size > 0 and patch.max() > 200


def test_the_picture_is_a_transparent_webp_of_its_stated_size(logistic):
    _, _, picture, image = logistic
    assert image.format == "WEBP" and image.mode == "RGBA" and image.size == (picture.width, picture.height)
    assert image.getpixel((0, 0))[3] == 0  # see-through around the surface: either theme shows behind it
    assert picture.data_uri().startswith("data:image/webp;base64,")
    assert 10_000 < len(picture.image) < 150_000


@settings(max_examples=40, deadline=None)
@given(st.floats(-3.9, 3.9), st.floats(-3.9, 3.9))
def test_a_point_on_the_surface_is_placed_where_the_surface_is_drawn(logistic, w, b):
    surface, _, picture, image = logistic
    x, y = picture.place([w], [b], [surface.cost(w, b)])
    assert 0 <= x[0] <= picture.width and 0 <= y[0] <= picture.height
    assert opaque_near(image, x[0], y[0])


def test_the_camera_looks_from_where_w_and_b_are_large(logistic):
    surface, _, picture, _ = logistic
    cost = surface.cost(0.0, 0.0)
    (near_x, far_x), (near_y, far_y) = picture.place([4.0, -4.0], [4.0, -4.0], [cost, cost])
    assert near_y < far_y  # the corner (4, 4) is the nearer one: lower on the picture
    (high,), (low,) = picture.place([0.0], [0.0], [5.0])[1], picture.place([0.0], [0.0], [0.0])[1]
    assert high > low  # a larger cost is higher up


def test_the_axis_titles_have_room_on_the_picture(logistic):
    _, _, picture, _ = logistic
    assert set(picture.title_at) == {"w", "b", "cost"}
    for x, y, anchor in picture.title_at.values():
        assert 0 <= x <= picture.width and 0 <= y <= picture.height
    # The cost's over its axis, beginning where its tick labels begin; w's and b's centred by theirs.
    assert picture.title_at["cost"][2] == "left" and picture.title_at["w"][2] == picture.title_at["b"][2] == "center"
    assert picture.title_at["cost"][1] > max(picture.title_at["w"][1], picture.title_at["b"][1])


def test_the_room_gets_its_own_picture(logistic):
    surface, surface_grid, picture, _ = logistic
    room = draw_surface_picture(grid(surface, PICTURE_POINTS), surface.view, surface_range(surface_grid),
                                for_the_room=True)
    assert room.image != picture.image


def test_the_descent_on_the_picture_is_2d_and_its_dots_are_the_paths_points(logistic):
    surface, surface_grid, picture, _ = logistic
    path = descend(surface, (-3.0, 3.0), 1.0, 30)
    spec = json.loads(pio.to_json(descent_figure(surface_grid, path, surface.view, surface.minima, WORDS,
                                                 picture=picture, picture_source="./app/static/pictures/x.webp"),
                                  validate=False))
    assert {trace.get("type", "scatter") for trace in spec["data"]} == {"scatter", "contour"}
    assert "scene" not in spec["layout"]
    image = spec["layout"]["images"][0]
    assert image["source"] == "./app/static/pictures/x.webp" and (image["sizex"], image["sizey"]) == (
        picture.width, picture.height)
    assert [note["text"] for note in spec["layout"]["annotations"]] == ["w", "b", "J"]
    assert spec["layout"]["yaxis"]["scaleanchor"] == "x" and spec["layout"]["yaxis2"]["scaleanchor"] == "x2"
    assert all(frame["traces"] == [5, 6, 7, 8, 9] for frame in spec["frames"])
    last = spec["frames"][-1]["data"]
    lift = 0.015 * (surface_grid[2].max() - surface_grid[2].min())
    x, y = picture.place(path.w[-1:], path.b[-1:], path.cost[-1:] + lift)
    assert last[1]["x"] == [round(float(x[0]), 1)] and last[1]["y"] == [round(float(y[0]), 1)]  # the dot
    assert last[3]["x"] == [round(float(path.w[-1]), 3)]  # and on the map, the same step
    # Their hover would say pixels: the picture's traces say nothing, the map's say w and b.
    assert all(spec["data"][i].get("hoverinfo") == "skip" for i in (1, 3, 5, 6))
    without_source = descent_figure(surface_grid, path, surface.view, surface.minima, WORDS, picture=picture)
    assert without_source.layout.images[0].source == picture.data_uri()


def test_what_a_hill_hides_is_found_behind_it():
    saddle = make_surface("saddle")
    surface_grid = grid(saddle, GRID_POINTS)
    picture = draw_surface_picture(grid(saddle, PICTURE_POINTS), saddle.view, surface_range(surface_grid))
    # From the corner (4, 4) the ridge along b = 0 (w > 0) stands in front of the saddle point and the slope
    # beyond it; the near ridge itself, and the open logistic surface, hide nothing.
    assert picture.hidden([0.0, -2.0], [0.0, 0.0], [saddle.cost(0.0, 0.0), saddle.cost(-2.0, 0.0)]).all()
    assert not picture.hidden([3.0], [0.0], [saddle.cost(3.0, 0.0)]).any()
    assert not picture.hidden([5.0, np.nan], [5.0, 0.0], [1.0, 1.0]).any()  # off the picture: nothing in front


def test_on_the_picture_a_hidden_stretch_is_left_to_the_faint_path_and_a_hidden_dot_is_faint():
    saddle = make_surface("saddle")
    surface_grid = grid(saddle, GRID_POINTS)
    picture = draw_surface_picture(grid(saddle, PICTURE_POINTS), saddle.view, surface_range(surface_grid))
    path = descend(saddle, (-3.0, 0.0), 0.1, 60)
    spec = json.loads(pio.to_json(descent_figure(surface_grid, path, saddle.view, saddle.minima, WORDS,
                                                 picture=picture), validate=False))
    faint, trail, dot = spec["data"][1], spec["frames"][-1]["data"][0], spec["frames"][-1]["data"][1]
    assert None not in faint["x"] and len(faint["x"]) == path.steps + 1  # the whole path, faintly
    assert trail["x"][0] is not None and trail["x"][-1] is None and trail["x"].count(None) > 40
    assert dot["marker"]["opacity"] == [0.35] and spec["frames"][0]["data"][1]["marker"]["opacity"] == [1.0]
    first_minimum, second_minimum = spec["data"][3]["marker"]["opacity"]
    assert {first_minimum, second_minimum} == {1.0, 0.35}  # one well in view, the other behind the ridge


def test_a_diverged_paths_numbers_fall_off_the_picture_quietly(logistic, recwarn):
    _, _, picture, _ = logistic
    x, y = picture.place([np.inf, np.nan, 1e300], [0.0, 0.0, 0.0], [1.0, np.inf, 1.0])
    assert np.isnan(x[:2]).all() and not 0 <= x[2] <= picture.width  # a gap, or beyond the picture's edge
    assert not picture.hidden([np.inf, np.nan], [0.0, 0.0], [1.0, 1.0]).any()
    assert not recwarn.list  # no overflow or invalid-value warnings
