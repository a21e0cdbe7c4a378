"""The shared figure builders: downsampling keeps the shape of a curve, figures carry their words."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from core.figures.common import comparison_figure, cost_curve_figure, downsample


def test_short_curves_are_kept_whole():
    x, y = downsample(np.array([3.0, 2.0, 1.0]))
    assert list(x) == [0, 1, 2] and list(y) == [3.0, 2.0, 1.0]


def test_a_bouncing_cost_keeps_its_band():
    steps = np.arange(5001)
    bouncing = np.where(steps % 2, 0.9, 0.5) * np.exp(-steps / 2000)
    x, y = downsample(bouncing, 300)
    assert len(x) <= 302 and x[0] == 0 and x[-1] == 5000
    # both edges of the band survive: every pair of neighbours in a bucket is one high, one low
    assert y[1:40:2].mean() > 1.5 * y[2:40:2].mean() or y[2:40:2].mean() > 1.5 * y[1:40:2].mean()


@given(st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=3000))
def test_downsample_keeps_extremes_and_order(values):
    values = np.array(values)
    x, y = downsample(values, 100)
    assert np.all(np.diff(x) > 0) and x[0] == 0 and x[-1] == len(values) - 1
    assert y.max() == values.max() and y.min() == values.min()
    np.testing.assert_array_equal(y, values[x])


def test_figures_carry_their_titles():
    fig = cost_curve_figure(np.linspace(1, 0, 50), {"title": "Learning curve", "x": "Iteration", "y": "Cost"},
                            total_iterations=100)
    assert fig.layout.title.text == "Learning curve" and list(fig.layout.xaxis.range) == [0, 100]
    fig = comparison_figure({"a": np.ones(5), "b": np.zeros(5)}, {"title": "Two", "x": "x", "y": "y"})
    assert [trace.name for trace in fig.data] == ["a", "b"] and fig.data[0].line.color != fig.data[1].line.color


def test_the_two_classes_have_the_same_colours_on_every_page():
    from core.figures.common import CLASS_COLOURS
    from core.figures.loss_and_cost import losses_bar_figure
    from core.figures.perceptron import xor_network_figure
    from core.figures.shallow_network import decision_boundary_figure

    class_words = {"class0": "zero", "class1": "one"}
    X = np.array([[0.0, 0.0], [1.0, 1.0]])
    y = np.array([0, 1])
    points = xor_network_figure(np.arange(2), np.arange(2), np.zeros((2, 2)), X, y, [None, None],
                                {"title": "t", "probability": "p", "hidden": "h{unit}", **class_words})
    bars = losses_bar_figure(np.array([0.1, 0.2]), y, np.array([0.2, 0.7]), 0.15,
                             {"title": "t", "example": "e", "loss": "l", "cost": "J {J}", "hover": "h", **class_words})
    plane = decision_boundary_figure(np.arange(2), np.arange(2), np.zeros(4), X.T, y,
                                     {"title": "t", "probability": "p", **class_words})
    for figure, colour_of in ((points, lambda tr: tr.marker.color), (bars, lambda tr: tr.marker.color),
                              (plane, lambda tr: tr.marker.color)):
        by_name = {trace.name: colour_of(trace) for trace in figure.data if trace.name in ("zero", "one")}
        assert by_name == {"zero": CLASS_COLOURS[0], "one": CLASS_COLOURS[1]}
    # Colour is never the only signal: in every scatter the two classes differ by shape too.
    from core.figures.common import CLASS_SYMBOLS

    assert len(set(CLASS_SYMBOLS)) == 2
    for figure in (points, plane):  # class_points (the perceptron's pictures) and the shallow network's plane
        by_name = {trace.name: trace.marker.symbol for trace in figure.data if trace.name in ("zero", "one")}
        assert by_name == {"zero": CLASS_SYMBOLS[0], "one": CLASS_SYMBOLS[1]}


def test_the_live_figure_written_as_plain_data_is_what_plotly_validates():
    import plotly.graph_objects as go
    import plotly.io as pio

    from core.figures.common import train_test_figure

    words = {"title": "Cost", "x": "iteration", "y": "J", "train": "train", "test": "test"}
    fig = train_test_figure(np.linspace(1, 0, 500), np.linspace(1, 0.5, 500), words, total_iterations=1000)
    checked = go.Figure(fig.to_dict())  # validated property by property: raises on anything invalid
    assert pio.to_json(checked, validate=True) and [trace.name for trace in checked.data] == ["train", "test"]
    assert list(checked.layout.xaxis.range) == [0, 1000] and checked.layout.title.text == "Cost"
    assert len(checked.data[0].x) <= 302


def test_a_swinging_run_s_four_legend_entries_get_their_rows_under_the_title():
    """The step-8 charts' legend grows upward from the plot: its four entries (a swing's even and odd
    iterations) took two rows in a half-width chart and ran over the title, which now sits at the top with
    room for them (each its own row on a projector)."""
    from core.figures import common

    words = {"title": "Cost", "x": "iteration", "y": "J", "train": "train", "test": "test",
             "even": "{set}, even", "odd": "{set}, odd"}
    steady = common.train_test_figure(np.linspace(1, 0, 40), np.linspace(1, 0.5, 40), words)
    swing = 0.5 + 0.3 * (-1.0) ** np.arange(40)
    swinging = common.train_test_figure(swing, swing + 0.1, words)
    assert len(steady.data) == 2 and len(swinging.data) == 4
    assert swinging.layout.margin.t == steady.layout.margin.t + common.LEGEND_ROW
    assert swinging.layout.height == steady.layout.height + common.LEGEND_ROW
    assert swinging.layout.title.yref == "container" and swinging.layout.title.yanchor == "top"
    before = common._presenting
    common.use_presenter_mode_from(lambda: True)
    try:
        room = common.train_test_figure(swing, swing + 0.1, words)
    finally:
        common.use_presenter_mode_from(before)
    assert room.layout.margin.t >= steady.layout.margin.t + 3 * (common.ROOM_FONT + 8)
