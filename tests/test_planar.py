"""Two-dimensional data sets and the decision-boundary figure."""

import numpy as np
import pytest

from core.planar import PLANAR_SETS, planar_flower, planar_noisy_flower
from core.figures.shallow_network import decision_boundary_figure
from core.planar import data_box, plane_grid


@pytest.mark.parametrize("name", sorted(PLANAR_SETS))
def test_each_set_is_pure_and_balanced(name):
    make = PLANAR_SETS[name]
    X, Y = make(seed=3, noise=0.1)
    again_X, again_Y = make(seed=3, noise=0.1)
    np.testing.assert_array_equal(X, again_X)
    np.testing.assert_array_equal(Y, again_Y)
    assert X.shape == (2, 400) and Y.shape == (1, 400)
    assert set(np.unique(Y)) == {0, 1} and abs(Y.mean() - 0.5) < 0.1
    assert not np.array_equal(make(seed=4, noise=0.1)[0], X)


def test_noisy_flower_at_the_course_settings_is_the_course_flower():
    X, Y = planar_noisy_flower(seed=1, noise=0.2)
    course_X, course_Y = planar_flower(1)
    np.testing.assert_array_equal(X, course_X)
    np.testing.assert_array_equal(Y, course_Y)


def test_decision_boundary_figure():
    X, Y = planar_flower()
    xs, ys, points = plane_grid(data_box(X), steps=30)
    assert points.shape == (2, 900) and xs[0] < X[0].min() and ys[-1] > X[1].max()
    P = 1 / (1 + np.exp(-points[0]))
    fig = decision_boundary_figure(xs, ys, P, X, Y, {"title": "A title", "class0": "zero", "class1": "one",
                                                    "probability": "P"})
    kinds = [trace.type for trace in fig.data]
    assert kinds == ["contour", "scatter", "scatter"]  # the colours and the 0.5 line are one trace
    assert fig.data[0].z.shape == (30, 30) and fig.data[0].contours.start == 0.5
    assert len(fig.data[1].x) + len(fig.data[2].x) == 400
    assert fig.layout.title.text == "A title"
    assert len(fig.to_json()) < 200_000
