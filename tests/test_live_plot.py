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
    assert [path.name for path in fresh.iterdir()] == ["plotly.min.js"]  # no part file left behind
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
