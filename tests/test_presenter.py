"""Presenter mode (the app-wide toggle, kept in the session and in the URL as present=1) and the lesson path
(links to the previous and the next chapter at the foot of each page), through AppTest."""

import json

import pytest

from core.text import EN, ZH
from tests.apptest import open_page, rerun
from tests.conftest import page_param
from core.chapters import CHAPTERS, chapter
from core.chapters import LESSONS
from ui.lesson_path import neighbours

SWITCH = "presenter_switch"


def chart_specs(at) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def smallest_font(spec: dict) -> float:
    """The smallest font size a figure sets for its axes (titles and ticks), its legend and its title."""
    layout = spec["layout"]
    sizes = [layout.get("font", {}).get("size"), layout.get("legend", {}).get("font", {}).get("size"),
             layout.get("title", {}).get("font", {}).get("size")]
    for name, axis in layout.items():
        if name.startswith(("xaxis", "yaxis")):
            sizes += [axis.get("tickfont", {}).get("size"), axis.get("title", {}).get("font", {}).get("size")]
    return min(size or 0 for size in sizes)


def page_links(at) -> dict[str, tuple[str, str]]:
    """{label: (page, query string)} of the page links drawn."""
    return {link.proto.label: (link.proto.page, link.proto.query_string) for link in at.get("page_link")}


def test_the_toggle_is_kept_in_the_url_and_across_chapters():
    at = open_page("pages/loss_and_cost.py", present="1")
    assert at.toggle(key=SWITCH).value is True
    assert at.query_params["present"] == "1"
    at.switch_page("pages/activations.py")
    rerun(at)  # the menu's link carries no query: the session remembers the mode
    assert at.toggle(key=SWITCH).value is True and at.query_params["present"] == "1"
    at.toggle(key=SWITCH).set_value(False)
    rerun(at)
    assert "present" not in at.query_params
    at.switch_page("pages/loss_and_cost.py")
    rerun(at)
    assert at.toggle(key=SWITCH).value is False and "present" not in at.query_params


def test_the_toggle_is_off_by_default_and_speaks_chinese():
    at = open_page("pages/loss_and_cost.py")
    assert at.toggle(key=SWITCH).value is False and "present" not in at.query_params
    at = open_page("pages/loss_and_cost.py", lang="zh", present="1")
    assert at.toggle(key=SWITCH).label == ZH["present.label"]
    assert [e.label for e in at.expander][0] == ZH["present.explanation"]


def test_figures_are_larger_and_taller_in_presenter_mode():
    screen = chart_specs(open_page("pages/loss_and_cost.py"))
    room = chart_specs(open_page("pages/loss_and_cost.py", present="1"))
    assert len(screen) == len(room) >= 3
    for small, large in zip(screen, room):
        assert smallest_font(large) >= 20
        assert large["layout"]["height"] > small["layout"]["height"]
        assert large["layout"]["uirevision"] == small["layout"]["uirevision"]  # zoom kept across redraws


def test_cached_figures_follow_the_mode_in_one_session():
    at = open_page("pages/gradient_descent.py", gd_more="true", gd_turn="true")  # the surface as a 3D scene
    before = chart_specs(at)
    at.toggle(key=SWITCH).set_value(True)
    rerun(at)
    after = chart_specs(at)
    # The descent on the surface and its map, its cost curve and the two comparisons: every one redrawn for
    # the room, none from a cache entry made for the screen.
    assert len(before) == len(after) == 4
    for small, large in zip(before, after):
        assert large["layout"]["height"] >= small["layout"]["height"]
        assert smallest_font(large) >= 20 > smallest_font(small)
    scene = after[0]["layout"]["scene"]
    assert all(scene[axis]["tickfont"]["size"] >= 20 for axis in ("xaxis", "yaxis", "zaxis"))
    assert after[0]["layout"]["sliders"][0]["currentvalue"]["font"]["size"] >= 20
    assert after[0]["layout"]["sliders"][0]["x"] > before[0]["layout"]["sliders"][0]["x"]  # clear of Play and Pause


def test_the_surface_picture_is_drawn_for_the_room():
    at = open_page("pages/gradient_descent.py")
    before = chart_specs(at)[0]
    at.toggle(key=SWITCH).set_value(True)
    rerun(at)
    after = chart_specs(at)[0]
    # Another picture (larger tick labels), its axes' titles (the learner's words, beside it) at the room's size.
    assert after["layout"]["images"][0]["source"] != before["layout"]["images"][0]["source"]
    assert [note["text"] for note in after["layout"]["annotations"]] == ["w", "b", "J(w, b)"]
    assert all(note["font"]["size"] >= 20 > small["font"]["size"]
               for note, small in zip(after["layout"]["annotations"], before["layout"]["annotations"]))


def test_explanations_fold_away_and_formulas_and_controls_stay():
    screen = open_page("pages/loss_and_cost.py")
    room = open_page("pages/loss_and_cost.py", present="1")
    intro = EN["loss_and_cost.intro"]
    assert any(m.value == intro for m in screen.markdown)
    folded = [e for e in room.expander if e.label == EN["present.explanation"]]
    assert len(folded) == 4  # the intro, the one-example and m-example explanations, the convexity one
    assert any(m.value == intro for m in folded[0].markdown)
    assert not any(e.label == EN["present.explanation"] for e in screen.expander)
    assert len(room.latex) == len(screen.latex) >= 2  # formulas stay in view
    assert [s.key for s in room.slider] == [s.key for s in screen.slider]  # and so do the controls


def test_the_class_board_follows_the_app_wide_mode():
    at = open_page("pages/class_board.py", present="1")
    assert [toggle.key for toggle in at.toggle] == [SWITCH]  # no toggle of its own any more
    folded = [e for e in at.expander if e.label == EN["present.explanation"]]
    assert [m.value for e in folded for m in e.markdown] == [EN["class_board.intro"]]


def test_the_lesson_path_follows_the_text():
    assert [chapter.path for chapter in LESSONS] == [
        "pages/home.py", "pages/perceptron.py", "pages/logistic_model.py", "pages/activations.py",
        "pages/loss_and_cost.py", "pages/computation_graph.py", "pages/gradient_descent.py", "pages/vectorization.py",
        "pages/cat_classifier.py", "pages/shallow_network.py", "pages/deep_network.py"]
    board = chapter("class_board")
    assert neighbours(board) == (None, None)
    assert neighbours(LESSONS[0])[0] is None and neighbours(LESSONS[-1])[1] is None


@pytest.mark.parametrize("path, before, after", [page_param(path, path, before, after) for path, before, after in (
    ("pages/home.py", None, "pages/perceptron.py"),
    ("pages/logistic_model.py", "pages/perceptron.py", "pages/activations.py"),
    ("pages/loss_and_cost.py", "pages/activations.py", "pages/computation_graph.py"),
    ("pages/vectorization.py", "pages/gradient_descent.py", "pages/cat_classifier.py"),
    ("pages/deep_network.py", "pages/shallow_network.py", None),
    ("pages/class_board.py", None, None),
)])
def test_each_chapter_links_to_its_neighbours(path, before, after):
    at = open_page(None if path == "pages/home.py" else path, lang="zh", present="1")
    titles = {chapter.path: ZH[chapter.title] for chapter in CHAPTERS}
    links = page_links(at)
    expected = {}
    if before:
        expected[ZH["path.previous"].format(chapter=titles[before])] = before
    if after:
        expected[ZH["path.next"].format(chapter=titles[after])] = after
    path_links = {label: target for label, target in links.items() if label.startswith(("上一章", "下一章"))}
    assert {label: page for label, (page, _) in path_links.items()} == {
        label: page.removeprefix("pages/").removesuffix(".py") for label, page in expected.items()}
    for _, query in path_links.values():  # the language and the mode travel with the link
        assert sorted(query.split("&")) == ["lang=zh", "present=1"]


def test_a_link_on_the_path_carries_only_the_language_and_the_mode():
    at = open_page("pages/loss_and_cost.py", loss_a="0.3")
    assert at.query_params["loss_a"] == "0.3"  # this chapter's own setting stays with this chapter
    links = page_links(at)
    assert len(links) == 2
    assert all(query == "" for _, query in links.values())  # English on a screen: the defaults, left out


@pytest.mark.cat_data  # on the deep network's page
def test_worded_choices_are_lists_on_the_projector_and_keep_their_value():
    """A select slider shows its chosen words on one line, which the projector's type pushes past the
    sidebar's edge ("randn / √n (the course lab's L-layer)"): presenter mode lists the options instead."""
    at = open_page("pages/deep_network.py", dn_init="small", dn_lr="0.01")
    assert at.select_slider(key="dn_init").value == "small"
    at.toggle(key=SWITCH).set_value(True)
    rerun(at)
    assert at.radio(key="dn_init").value == "small" and at.radio(key="dn_pace").value == "watch"
    assert at.select_slider(key="dn_lr").value == 0.01  # numbers stay on their slider
    at.radio(key="dn_init").set_value("he")
    rerun(at)
    assert at.query_params["dn_init"] == "he"
    at.toggle(key=SWITCH).set_value(False)
    rerun(at)
    assert at.select_slider(key="dn_init").value == "he" and not [r for r in at.radio if not r.key.startswith("predict_")]  # only the questions


# ---- the figures' side (core/figures/common.py), with the mode given by a stand-in provider ----

@pytest.fixture
def room():
    from core.figures import common

    common.use_presenter_mode_from(lambda: True)
    yield common
    common.use_presenter_mode_from(None)


def test_without_a_provider_figures_are_drawn_for_a_screen():
    import plotly.graph_objects as go

    from core.figures import common

    common.use_presenter_mode_from(None)
    figure = common.finish(go.Figure(go.Scatter(x=[0, 1], y=[0, 1])), "a title " * 8, height=380)
    assert figure.layout.height == 380 and figure.layout.font.size is None
    assert "<br>" not in figure.layout.title.text


def test_long_titles_break_near_their_middle_in_both_scripts(room):
    english = "A 2-2-1 network on XOR: its probability of label 1, and its hidden units' lines"
    first, second = room.title_for_the_room(english).split("<br>")
    assert f"{first} {second}" == english and abs(len(first) - len(second)) < 12
    chinese = "XOR 上的 2-2-1 网络：标签为 1 的概率，以及各隐含单元的直线"
    first, second = room.title_for_the_room(chinese).split("<br>")
    assert chinese in (first + second, f"{first} {second}") and len(first) > 10 and len(second) > 10
    assert room.title_for_the_room("以及各隐含单元的直线" * 3).count("<br>") == 1  # no space: between two characters
    assert room.title_for_the_room("Learning curve") == "Learning curve"


def test_every_text_of_a_figure_grows_and_nothing_new_is_drawn(room):
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    figure = make_subplots(rows=1, cols=2, specs=[[{"type": "scene"}, {"type": "xy"}]])
    figure.add_trace(go.Surface(z=[[0, 1], [1, 0]]), row=1, col=1)
    figure.add_trace(go.Scatter(x=[0, 1], y=[1, 0], mode="markers"), row=1, col=2)
    figure.add_trace(go.Bar(x=[1, 2], y=["a", "b"], orientation="h", text=["1 ms", "2 ms"]), row=1, col=2)
    figure.update_layout(updatemenus=[dict(type="buttons", buttons=[dict(label="Play", method="animate")])],
                         sliders=[dict(x=0.16, len=0.84, steps=[dict(label="0", method="animate")])],
                         scene=dict(yaxis=dict(dtick=2)))
    room.for_the_room(figure)
    layout = figure.layout
    assert layout.scene.xaxis.tickfont.size >= room.ROOM_FONT and layout.scene.zaxis.nticks == room.ROOM_3D_TICKS
    # An axis's own step wins over a count in plotly: on a projector it is doubled (the descent's labels ran together).
    assert layout.scene.yaxis.dtick == 4 and layout.scene.yaxis.nticks is None
    assert layout.xaxis.tickfont.size >= room.ROOM_FONT and layout.yaxis.title.font.size >= room.ROOM_FONT
    assert figure.data[0].colorbar.tickfont.size >= room.ROOM_FONT
    assert figure.data[1].marker.colorbar.to_plotly_json() == {}  # no colour bar where none was shown
    assert figure.data[2].textfont.size >= room.ROOM_FONT and layout.uniformtext.minsize >= room.ROOM_FONT
    assert layout.sliders[0].x > 0.16 and abs(layout.sliders[0].x + layout.sliders[0].len - 1.0) < 1e-9
    assert layout.sliders[0].currentvalue.font.size >= room.ROOM_FONT
    assert room.chart_height(620) == room.ROOM_MAX_HEIGHT and room.chart_height(300) == 390


def test_the_perceptron_s_animation_on_a_projector_keeps_its_title_legend_and_slider_apart(room):
    """At the room's size the four legend entries take two rows and Play and Pause a third of the width: the
    title went over the legend and the slider's track under the Pause button (seen in Chromium)."""
    from core import perceptron as pc
    from core.figures.perceptron import perceptron_animation
    from tests.test_figures_foundations import PC_WORDS

    X, y = pc.and_points()
    run = pc.train_perceptron(X, y)
    room.use_presenter_mode_from(lambda: False)
    screen = perceptron_animation(X, y, run, pc.BOX, PC_WORDS).layout
    room.use_presenter_mode_from(lambda: True)
    projector = perceptron_animation(X, y, run, pc.BOX, PC_WORDS).layout
    assert projector.title.yref == "container" and projector.title.yanchor == "top"  # at the top, above the legend
    assert projector.margin.t >= screen.margin.t + room.ROOM_FONT  # a row for the legend's second row
    slider, buttons = projector.sliders[0], projector.updatemenus[0]
    assert slider.x == 0 and slider.len == 1 and slider.y < buttons.y  # a row of its own, under the buttons
    assert screen.sliders[0].x > 0 and screen.title.yref is None  # a screen's layout as it was
