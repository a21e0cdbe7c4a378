"""ui/live_plot.py without a browser: plotly.js is copied where Streamlit serves it (or the chart falls back to
st.plotly_chart), the figure travels with the light template, and AppTest gets Streamlit's own chart."""

import json

import plotly.graph_objects as go
import pytest

import ui.live_plot as live_plot
from tests.apptest import open_page


PREPARED = []  # the folders ui/plotly_bundle.prepare was called for


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    monkeypatch.setattr(live_plot, "STATIC_DIR", tmp_path / "static")
    monkeypatch.setattr(live_plot, "_served", None)
    monkeypatch.setattr(live_plot.st, "get_option", lambda name: True)
    monkeypatch.setattr(live_plot, "prepare", PREPARED.append)  # no fetch from here: test_plotly_bundle.py
    PREPARED.clear()
    return tmp_path / "static"


def test_plotly_js_is_copied_once_where_streamlit_serves_it(fresh):
    assert live_plot.serve_plotly_js()
    copied = fresh / "plotly.min.js"
    assert copied.read_bytes() == live_plot.PLOTLY_JS.read_bytes()
    # ...and the chart's script, which every chart's message only names (no part file left behind)
    assert sorted(path.name for path in fresh.iterdir()) == sorted(["plotly.min.js", live_plot.MODULE])
    assert (fresh / live_plot.MODULE).read_text() == live_plot.SCRIPT
    assert live_plot.MODULE in live_plot.LOADER and len(live_plot.LOADER) < len(live_plot.SCRIPT) / 50
    assert copied.stat().st_mode & 0o777 == 0o644  # not a temporary file's owner-only mode
    assert PREPARED == [fresh]  # the cartesian bundle is looked for once the full one is there
    stamp = copied.stat().st_mtime_ns
    live_plot._served = None  # a second process: the same file is not written again
    assert live_plot.serve_plotly_js() and copied.stat().st_mtime_ns == stamp


def test_a_folder_that_cannot_be_written_falls_back_to_streamlits_chart(fresh):
    fresh.parent.joinpath("static").write_text("a file where the folder should be")
    assert not live_plot.serve_plotly_js()


def test_without_static_serving_nothing_is_copied(fresh, monkeypatch):
    monkeypatch.setattr(live_plot.st, "get_option", lambda name: False)
    assert not live_plot.serve_plotly_js() and not fresh.exists()


def test_the_figure_travels_without_a_template_which_the_script_holds_once():
    figure = go.Figure(go.Scatter(x=[0, 1], y=[1, 0]), layout=dict(title="t", height=300))
    text = live_plot._figure_text(figure)
    sent = json.loads(text)
    assert sent["layout"]["title"]["text"] == "t" and sent["layout"]["height"] == 300
    assert "template" not in sent["layout"] and sent["data"][0]["type"] == "scatter"
    assert len(text) < len(figure.to_json()) / 4  # the template was most of it
    assert json.dumps(live_plot.LIGHT) in live_plot.SCRIPT and "__TEMPLATE__" not in live_plot.SCRIPT


def test_a_3d_scene_is_drawn_at_the_screens_pixel_ratio():
    """plotly's default draws WebGL at twice the pixels (four times the work): the script asks for the screen's."""
    assert "plotGlPixelRatio: Math.min(4, Math.max(1, window.devicePixelRatio || 1))" in live_plot.SCRIPT


def test_apptest_gets_streamlits_chart_with_the_same_key():
    at = open_page("pages/gradient_descent.py")
    assert "gd_descent" in [chart.key for chart in at.get("plotly_chart")]


def test_a_figure_is_written_once_and_its_bundle_read_from_its_trace_types(monkeypatch):
    """The pages' figures come from per-process caches and are drawn at every rerun: written to JSON once."""
    figure = go.Figure([go.Scatter(x=[0, 1]), go.Surface(z=[[0, 1], [1, 0]])],
                       frames=[go.Frame(data=[go.Scatter3d(x=[0], y=[0], z=[0])])])
    text, types = live_plot._sent_form(figure)
    assert json.loads(text) == json.loads(live_plot._figure_text(figure))
    assert types == {"data": [{"type": "scatter"}, {"type": "surface"}], "frames": [{"data": [{"type": "scatter3d"}]}]}
    from ui import plotly_bundle
    assert plotly_bundle.needed_by(types) == plotly_bundle.FULL
    calls = []
    monkeypatch.setattr(live_plot, "_figure_spec", lambda figure: calls.append(figure) or {})
    assert live_plot._sent_form(figure) == (text, types) and not calls  # the second time: nothing written again
    assert live_plot._sent_form({"data": []}) and live_plot._sent_form({"data": []}) and len(calls) == 2  # a dict: each time


def _written_out(spec: dict) -> dict:
    """What the component's script (withFullFrames) makes of a sent figure's frames."""
    last = spec["frames"][-1]
    for frame in spec["frames"]:
        for i, trace in enumerate(frame["data"]):
            for name, value in trace.items():
                if isinstance(value, dict) and live_plot.PREFIX in value:
                    trace[name] = last["data"][i][name][:value[live_plot.PREFIX]]
    return spec


def test_an_animation_s_growing_arrays_are_sent_as_lengths_of_the_last_frame_s():
    """A trail one point longer a frame was sent in full in every frame (n² numbers): each array that begins the
    last frame's is sent as its length, and written out again in the browser to the same frames."""
    frames = [go.Frame(name=str(k), traces=[1, 2], data=[go.Scatter(x=list(range(k + 1)), y=[k / 10] * (k + 1)),
                                                          go.Scatter(x=[k], y=[k / 10])]) for k in range(6)]
    figure = go.Figure([go.Scatter(x=[0, 5]), go.Scatter(x=[0]), go.Scatter(x=[0])], frames=frames)
    sent = json.loads(live_plot._sent_form(figure)[0])
    trail, dot = sent["frames"][4]["data"]
    assert trail["x"] == {live_plot.PREFIX: 5} and dot == {"type": "scatter", "x": [4], "y": [0.4]}
    assert trail["y"] == [0.4] * 5  # not the start of the last frame's (0.5, 0.5, ...): sent as it is
    assert sent["frames"][1]["data"][0]["x"] == [0, 1]  # two numbers: shorter than saying where they come from
    assert sent["frames"][-1] == json.loads(live_plot._figure_text(figure))["frames"][-1]  # the last one in full
    assert _written_out(sent) == json.loads(live_plot._figure_text(figure))


def test_the_descent_s_frames_travel_in_a_third_of_the_bytes():
    from core.chapters.gradient_descent import (FIGURE_WORDS, ITERATIONS, LEARNING_RATE, NOISE, OPTIMIZER, SEED,
                                                START_B, START_W, SURFACE)
    from core.figures.gradient_descent import GRID_POINTS, descent_figure
    from core.optimizers import descend
    from core.surfaces import grid, make_surface
    from core.text import t

    surface = make_surface(SURFACE.default, NOISE.default, SEED.default)  # the page as it opens
    path = descend(surface, (START_W.default, START_B.default), LEARNING_RATE.default, ITERATIONS.default,
                   OPTIMIZER.default)
    words = {role: t(f"gradient_descent.{key}") for role, key in FIGURE_WORDS}
    figure = descent_figure(grid(surface, GRID_POINTS), path, surface.view, surface.minima, dict(words, title="x"))
    text, whole = live_plot._sent_form(figure)[0], live_plot._figure_text(figure)
    assert len(text) < len(whole) / 2.5, (len(text), len(whole))
    assert _written_out(json.loads(text)) == json.loads(whole)
