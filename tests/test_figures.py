"""The shared figure builders: downsampling keeps the shape of a curve, figures carry their words."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from core.figures import comparison_figure, cost_curve_figure, downsample


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
    fig = cost_curve_figure(np.linspace(1, 0, 50), "Learning curve", "Iteration", "Cost", total_iterations=100)
    assert fig.layout.title.text == "Learning curve" and list(fig.layout.xaxis.range) == [0, 100]
    fig = comparison_figure({"a": np.ones(5), "b": np.zeros(5)}, "Two", "x", "y")
    assert [trace.name for trace in fig.data] == ["a", "b"] and fig.data[0].line.color != fig.data[1].line.color
