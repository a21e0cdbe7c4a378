"""The gradient descent page through AppTest: surface, learning rate, optimizer and start change the figures."""

import json
import re

from core.text import EN
from tests.apptest import open_page, rerun, texts
from tests.conftest import ROOT

PAGE = "pages/gradient_descent.py"


def open_gd(**query):
    return open_page(PAGE, **query)


def specs(at):
    return [chart.proto.spec for chart in at.get("plotly_chart")]


def test_every_catalogue_key_the_page_names_exists():
    source = (ROOT / PAGE).read_text() + (ROOT / "core" / "descent_story.py").read_text()
    keys = set(re.findall(r'"(gradient_descent\.[a-z_]+)"', source))
    assert len(keys) > 40 and not keys - EN.keys(), sorted(keys - EN.keys())


def test_default_view_is_the_texts_lesson_and_shows_every_part():
    at = open_gd()
    assert at.title[0].value == EN["gradient_descent.title"]
    assert "Reached the minimum" in texts(at.success)
    charts = specs(at)
    assert len(charts) == 3  # the descent on the surface and its map, cost per step, learning rates
    descent = json.loads(charts[0])
    # The logistic cost as a picture in 3D (no WebGL: plain 2D traces on it) and its map as a picture too.
    assert {t.get("type", "scatter") for t in descent["data"]} == {"scatter"}
    for image in descent["layout"]["images"]:  # a file static/ serves, else inside the figure
        picture = image["source"]
        assert (ROOT / picture.removeprefix("./app/")).is_file() or picture.startswith("data:image/webp;base64,")
    assert [image["xref"] for image in descent["layout"]["images"]] == ["x", "x2"]
    assert "Logistic regression" in descent["layout"]["title"]["text"]
    assert len(descent["frames"]) == 100 and descent["layout"]["uirevision"] == "descent"
    assert all(frame["traces"] == [4, 5, 6, 7, 8] for frame in descent["frames"])  # never the surface or the map
    at.toggle(key="gd_turn").set_value(True)  # the surface as a scene to turn
    rerun(at)
    turning = json.loads(specs(at)[0])
    assert [t["type"] for t in turning["data"][:2]] == ["surface", "contour"] and "images" not in turning["layout"]
    assert all(frame["traces"] == [6, 7, 8, 9, 10] for frame in turning["frames"])
    at.toggle(key="gd_turn").set_value(False)
    rerun(at)
    assert "gd_surface" not in [w.key for w in at.sidebar.select_slider]
    at.toggle(key="gd_more").set_value(True)
    rerun(at)
    assert len(specs(at)) == 4  # and the four optimizers
    assert [w.key for w in at.sidebar.select_slider if w.key in ("gd_surface", "gd_opt")] == ["gd_surface", "gd_opt"]
    assert all(len(chart) < 1_000_000 for chart in charts)
    assert r"\frac{\partial J}{\partial w}" in at.latex[0].value and "w_{1}" in at.latex[0].value
    assert not at.dataframe  # every step is sent once its panel opens
    at.session_state["gd_all_steps"] = True
    rerun(at)
    table = at.dataframe[0].value
    assert list(table.columns) == ["step", "w", "b", "J", "dJ/dw", "dJ/db"] and len(table) == 101
    assert table["w"].iloc[0] == -3.0 and table["b"].iloc[0] == 3.0


def test_changing_surface_learning_rate_and_optimizer_changes_the_figures():
    at = open_gd(gd_more="true")
    before = specs(at)
    at.select_slider(key="gd_surface").set_value("bowl")
    rerun(at)
    bowl = specs(at)
    assert all(a != b for a, b in zip(before, bowl))
    assert "2/L" in texts(at.markdown) and "stability limit" in texts(at.caption)
    # the default α = 1 is above the bowl's limit 2/L: divergence is caught and said in words
    assert "Divergence detected" in texts(at.error)
    at.select_slider(key="gd_lr").set_value(0.1)
    rerun(at)
    slower = specs(at)
    assert slower[0] != bowl[0] and slower[1] != bowl[1] and not at.error
    assert "still going downhill" in texts(at.info) or "Reached the minimum" in texts(at.success)
    latex = at.latex[0].value
    at.select_slider(key="gd_opt").set_value("adam")
    rerun(at)
    adam = specs(at)
    assert adam[0] != slower[0] and adam[1] != slower[1]
    assert at.latex[0].value != latex and r"\hat v_w" in at.latex[0].value
    # the optimizer comparison holds all four whatever is chosen; only its paths' start/rate change it
    assert adam[3] == slower[3]


def test_the_inspected_step_shows_its_own_numbers():
    at = open_gd(gd_surface="Narrow valley", gd_lr="0.1", gd_w0="0", gd_b0="0")
    at.slider(key="gd_step").set_value(0)
    rerun(at)
    # at (0, 0) the valley's gradient is (-1, 0): w_1 = 0 - 0.1 * (-1) = 0.1
    assert r"0 - 0.1 \times (-1) = 0.1" in at.latex[0].value
    at.slider(key="gd_step").set_value(200)
    at.slider(key="gd_iters").set_value(10)
    rerun(at)
    assert "only 10 steps" in texts(at.caption) and "is the last point" in texts(at.caption)


def test_saddle_and_local_minimum_are_explained():
    at = open_gd(gd_surface="Saddle", gd_lr="0.5", gd_w0="-3", gd_b0="0")
    assert "saddle point, not a minimum" in texts(at.warning)
    at = open_gd(gd_surface="Several minima", gd_lr="0.1", gd_w0="-3", gd_b0="3")
    assert "not the lowest one" in texts(at.warning)


def test_the_default_surface_also_shows_divergence():
    at = open_gd()
    rates = at.table[-1].value  # the learning rates' outcomes, the page's last table
    outcomes = list(rates.iloc[:, 1])
    assert outcomes[0] == "still on its way" and outcomes[-1] == "diverged at step 1"
    assert rates.iloc[-1, 3] == "—"  # no final cost for a path that flew off (its last finite J is its start)
    # "Too large" is on the sidebar's own slider, on the surface the page opens on.
    at.select_slider(key="gd_lr").set_value(20.0)
    rerun(at)
    assert "Divergence detected" in texts(at.error)


def test_learning_rate_table_spans_crawl_to_divergence():
    at = open_gd(gd_surface="Linear regression bowl")  # worded options go in the URL by label
    rates, optimizers = (table.value for table in at.table[-2:])  # the outcomes of the rates and the optimizers
    assert list(rates.iloc[:, 0]) == ["0.01", "0.1", "0.5", "1", "5", "20"]
    outcomes = list(rates.iloc[:, 1])
    assert outcomes[0] == "still on its way" and outcomes[-1].startswith("diverged at step")
    assert at.toggle(key="gd_more").value  # a link naming another surface opens the page with the others
    slider = json.loads(specs(at)[2])["layout"]["sliders"][0]
    assert [step["label"] for step in slider["steps"]] == ["0.01", "0.1", "0.5", "1", "5", "20", "all"]
    assert list(optimizers.iloc[:, 0]) == ["Gradient descent", "Momentum", "RMSProp", "Adam"]
