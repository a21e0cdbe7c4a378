"""Figure builders of the gradient descent chapter: frames, payload, toggles, the update rule in LaTeX."""

import json
import re

import plotly.io as pio
import pytest

from core.figures.gradient_descent import (CONTROLS_ROOM, MAX_FRAMES, comparison_figure, cost_figure, descent_figure, downhill_arrow,
                                           frame_steps, update_rule_latex)
from core.optimizers import descend
from core.surfaces import grid, make_surface

WORDS = dict(w="w", b="b", cost="J", step="step", path="path", point="point", downhill="down", minimum="min",
              play="Play", pause="Pause", all_paths="all", step_prefix="step: ")


def test_frame_steps_are_few_and_keep_both_ends():
    assert list(frame_steps(5)) == [0, 1, 2, 3, 4, 5]
    steps = frame_steps(200)
    assert len(steps) == MAX_FRAMES and steps[0] == 0 and steps[-1] == 200


def test_downhill_arrow_has_a_fixed_length_against_the_gradient():
    xs, ys = downhill_arrow(1.0, 2.0, 3.0, 4.0, length=0.5)
    assert xs == [1.0, pytest.approx(0.7)] and ys == [2.0, pytest.approx(1.6)]
    assert downhill_arrow(1.0, 2.0, 0.0, 0.0, 0.5) == ([], [])


@pytest.fixture(scope="module")
def bowl():
    surface = make_surface("bowl")
    return surface, grid(surface, 21)


def test_frames_move_only_the_path_and_the_payload_is_small(bowl):
    surface, surface_grid = bowl
    path = descend(surface, (-3.0, 3.0), 0.3, 200)
    fig = descent_figure(surface_grid, path, surface.view, surface.minima, dict(WORDS, title="t"))
    spec = json.loads(pio.to_json(fig, validate=False))
    assert len(spec["frames"]) == MAX_FRAMES
    moving = set(spec["frames"][0]["traces"])
    kinds = [spec["data"][i]["type"] for i in sorted(moving)]
    assert kinds == ["scatter3d", "scatter3d", "scatter", "scatter", "scatter"]  # never the surface or the map
    last = spec["frames"][-1]["data"]
    assert last[1]["x"] == [round(path.w[-1], 3)] == last[3]["x"]  # both dots end at the path's end, in step
    assert spec["layout"]["uirevision"] == "descent"
    assert spec["layout"]["sliders"][0]["steps"][-1]["label"] == "200"
    play = spec["layout"]["updatemenus"][0]["buttons"][0]
    assert play["label"] == "Play" and play["args"][1]["frame"]["redraw"] is True  # else plotly drops the map
    assert len(pio.to_json(fig, validate=False)) < 1_000_000
    # The app's chart draws Play, Pause and the slider as its own controls, and gives the plot back their room:
    # taken from the bottom margin, which keeps what the map's axis needs.
    room = spec["layout"]["meta"]["fcControls"]["room"]
    assert room == CONTROLS_ROOM and spec["layout"]["margin"]["b"] - room >= 40


def test_the_path_and_its_point_are_on_the_3d_surface(bowl):
    """The descent is drawn on the surface J(w, b) itself: every point of the 3D path sits just above the
    surface's own cost at that (w, b), and the 3D dot of each frame is the map's dot of the same step."""
    surface, surface_grid = bowl
    path = descend(surface, (-3.0, 3.0), 0.3, 40)
    fig = descent_figure(surface_grid, path, surface.view, surface.minima, dict(WORDS, title="t"))
    spec = json.loads(pio.to_json(fig, validate=False))
    assert spec["data"][0]["type"] == "surface" and spec["data"][1]["type"] == "contour"
    assert spec["data"][1]["contours"]["coloring"] == "fill"  # bands drawn as shapes, not an image made per redraw
    whole = spec["data"][2]
    lift = whole["z"][0] - path.cost[0]
    assert lift > 0
    for w, b, z in zip(whole["x"], whole["y"], whole["z"]):
        assert z == pytest.approx(surface.cost(w, b) + lift, abs=0.01)
    for frame in spec["frames"]:
        dot_3d, dot_map = frame["data"][1], frame["data"][3]
        assert (dot_3d["x"], dot_3d["y"]) == (dot_map["x"], dot_map["y"])
        assert dot_3d["z"][0] == pytest.approx(surface.cost(dot_3d["x"][0], dot_3d["y"][0]) + lift, abs=0.01)


def test_titles_stay_clear_of_the_toolbar(bowl):
    surface, surface_grid = bowl
    fig = descent_figure(surface_grid, descend(surface, (0.0, 0.0), 0.1, 5), surface.view, surface.minima,
                         dict(WORDS, title="t"))
    assert fig.layout.title.x == 0 and fig.layout.title.xanchor == "left"  # the toolbar sits top right
    assert fig.layout.legend.x > 0.5  # the legend over the map, beside the title, not over it


def test_cost_figure_has_one_point_per_step(bowl):
    surface, _ = bowl
    path = descend(surface, (0.0, 0.0), 0.1, 7)
    assert len(cost_figure(path, dict(WORDS, title="c")).data[0].y) == 8


def test_rate_slider_shows_one_path_at_a_time_then_all(bowl):
    surface, surface_grid = bowl
    paths = {f"a={r}": descend(surface, (-3.0, 3.0), r, 20) for r in (0.1, 1.0)}
    assert paths["a=1.0"].diverged
    fig = comparison_figure(surface_grid, paths, surface.view, surface.minima, dict(WORDS, title="r"),
                            slider_labels=["0.1", "1"], slider_prefix="a = ")
    steps = fig.layout.sliders[0].steps
    assert [s.label for s in steps] == ["0.1", "1", "all"]
    groups = [trace.legendgroup for trace in fig.data]
    first = steps[0].args[0]["visible"]
    assert all(shown == (group in (None, "a=0.1")) for shown, group in zip(first, groups))
    assert all(steps[2].args[0]["visible"])
    assert sum(1 for trace in fig.data if trace.type == "scatter" and trace.marker.symbol == "x") == 1  # the cut of the diverged path


def test_update_rule_with_its_numbers_and_no_words():
    latex = update_rule_latex("gd", 0.5, 3, (1.2, -0.5), (0.25, -1e-7), (1.075, -0.45))
    assert r"w_{4} &= w_{3} - \alpha\,\frac{\partial J}{\partial w} = 1.2 - 0.5 \times 0.25 = 1.075" in latex
    assert r"-0.5 - 0.5 \times (-1 \times 10^{-7}) = -0.45" in latex
    for optimizer in ("momentum", "rmsprop", "adam"):
        text = update_rule_latex(optimizer, 0.1, 0, (1.0, 1.0), (1.0, 1.0), (0.9, 0.9))
        symbols = re.sub(r"\\[a-zA-Z]+(\{aligned\})?", "", text)  # commands and the aligned environment
        words = set(re.findall(r"[a-z]{3,}", symbols))
        assert not words, words


def test_a_plain_figure_is_the_figure_itself_with_its_frames_and_slider_as_plain_data():
    """Not a copy (a copy validated the whole figure again: 20 of a new descent figure's 54 ms)."""
    import plotly.graph_objects as go

    from core.figures.common import PlainFigure

    figure = go.Figure(go.Scatter(x=[0, 1]), layout=dict(title="t"))
    frames, slider = [dict(name="0", data=[dict(x=[0])])], dict(steps=[dict(label="0", method="animate")])
    plain = PlainFigure(figure, frames, layout={"sliders": [slider]})
    assert plain is figure and isinstance(plain, go.Figure) and plain.data[0].x == (0, 1)
    spec = json.loads(pio.to_json(plain, validate=False))
    assert spec["frames"] == frames and spec["layout"]["sliders"] == [slider] and spec["layout"]["title"]["text"] == "t"
