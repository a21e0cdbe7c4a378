"""The logistic model of the binary-classification chapter: ŷ = σ(wᵀx + b) by hand, the 0.5 split and its
counts, the best any line can do, and the chapter's figures."""

import math

import numpy as np
import pytest
from hypothesis import example, given, settings, strategies as st

from core import logistic_model as lm
from core.chapters.logistic_model import B, DATA, PROBE_X, W, W2, model, weights
from core.figures.logistic_model import plane_figure, sigmoid_figure
from core.perceptron import predict as perceptron_step

ONE = lm.one_feature()
TWO = lm.two_features()


def split_of(data, *weights_and_bias):
    *w, b = weights_and_bias
    X, Y = data
    return lm.sides(lm.hypothesis(lm.parameters(*w), b, X), Y)


# ---- the data and the shapes ----

def test_the_examples_in_the_courses_shapes():
    X, Y = ONE
    assert X.shape == (1, 12) and Y.shape == (1, 12)
    assert Y.tolist() == [[0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 0, 1]]
    X2, Y2 = TWO
    assert X2.shape == (2, 12) and Y2.shape == (1, 12) and int(Y2.sum()) == 6
    assert lm.parameters(2.0).shape == (1, 1) and lm.parameters(1.0, -0.5).tolist() == [[1.0], [-0.5]]
    assert PROBE_X in X[0]  # the probability check asks about an example the page shows


# ---- the hypothesis by hand ----

def test_hypothesis_by_hand():
    X = np.array([[0.9, 0.0, -0.5]])
    y_hat = lm.hypothesis(lm.parameters(2.0), -1.0, X)
    assert y_hat.shape == (1, 3)
    # z = 2 · 0.9 − 1 = 0.8, σ(0.8) = 1 / (1 + e^−0.8); z = −1: σ(−1) = 0.2689...; z = −2: 0.1192...
    assert y_hat[0, 0] == pytest.approx(1 / (1 + math.exp(-0.8)), abs=1e-15)
    assert y_hat[0, 0] == pytest.approx(0.6899744811276125, abs=1e-15)
    assert y_hat[0, 1] == pytest.approx(0.2689414213699951, abs=1e-15)
    assert y_hat[0, 2] == pytest.approx(0.11920292202211755, abs=1e-15)
    two = lm.hypothesis(lm.parameters(1.0, 1.0), 0.0, np.array([[1.5, -1.0], [-1.5, 0.0]]))
    assert two[0, 0] == 0.5 and two[0, 1] == pytest.approx(0.2689414213699951)  # z = 0, then z = −1


def test_sides_by_hand():
    """w = 2, b = −1 puts the boundary at x = 0.5: 0.9, 1.4, 2.0, 2.6, 3.1, 3.8 say 1 (0.9 and 3.1 are labelled 0);
    −3.5 … 0.3 say 0 (−1.2 is labelled 1): 4 + 5 = 9 of 12, the sentence the page shows."""
    split = split_of(ONE, 2.0, -1.0)
    assert split == lm.Sides(said_one=6, right_one=4, said_zero=6, right_zero=5)
    assert (split.right, split.wrong, split.total) == (9, 3, 12)
    assert lm.boundary_x(2.0, -1.0) == 0.5
    assert split_of(ONE, 1.0, 0.0).right == 8  # the page's default
    assert split_of(ONE, 3.0, -3.5).right == 10  # boundary at 1.1667: as good as it gets
    assert split_of(TWO, 1.0, 1.0, 0.0).right == 12  # the line x₁ + x₂ = 0 separates the two features' set
    assert split_of(TWO, 1.0, 0.0, 0.0).right == 9  # w₂ = 0 ignores x₂


def test_an_example_on_the_boundary_says_zero():
    """z = 1 · 0.3 − 0.3 = 0 exactly: ŷ = 0.5, and the model says 0 (the course's predict: 1 only above 0.5)."""
    X, Y = ONE
    y_hat = lm.hypothesis(lm.parameters(1.0), -0.3, X)
    at = list(X[0]).index(0.3)
    assert y_hat[0, at] == 0.5
    split = lm.sides(y_hat, Y)
    assert split.said_one == int(np.sum(X[0] > 0.3)) == 6


def test_zero_weights_say_the_same_for_every_example():
    split = split_of(ONE, 0.0, 0.0)  # σ(0) = 0.5: every example says 0
    assert split == lm.Sides(said_one=0, right_one=0, said_zero=12, right_zero=7)
    assert split_of(ONE, 0.0, 0.1) == lm.Sides(said_one=12, right_one=5, said_zero=0, right_zero=0)
    assert lm.boundary_x(0.0, 1.0) is None
    assert lm.boundary_x(-1.0, 0.0) == 0.0 and math.copysign(1, lm.boundary_x(-1.0, 0.0)) == 1  # never "−0"


def test_the_best_any_line_can_do():
    assert lm.best_right(*ONE) == 10  # −1.2 (label 1) and 3.1 (label 0) sit among the other label's
    assert lm.best_right(*TWO) == 12
    # Four corners: XOR has no line that gets all four (three at best); AND has.
    corners = np.array([[0.0, 0.0, 1.0, 1.0], [0.0, 1.0, 0.0, 1.0]])
    assert lm.best_right(corners, np.array([0, 1, 1, 0])) == 3
    assert lm.best_right(corners, np.array([0, 0, 0, 1])) == 4
    assert lm.best_right(np.array([[1.0, 1.0, 1.0]]), np.array([0, 1, 1])) == 2  # tied examples split by no point
    with pytest.raises(ValueError):
        lm.best_right(np.zeros((3, 4)), np.zeros(4))


# ---- properties ----

TENTHS = st.integers(-40, 40).map(lambda n: n / 10)  # the sliders' values


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["one", "two"]), TENTHS, TENTHS, st.integers(-50, 50).map(lambda n: n / 10))
def test_the_split_is_the_perceptrons_line_and_never_beats_the_best(data, w1, w2, b):
    values = {DATA.key: data, W.key: w1, W2.key: w2, B.key: b}
    X, Y, w, b, y_hat = model(values)
    assert w.shape == (len(weights(values)), 1)
    z = (w.T @ X + b)[0]
    assert np.all((y_hat > 0) & (y_hat < 1)) and np.allclose(y_hat[0], 1 / (1 + np.exp(-z)), atol=1e-15)
    split = lm.sides(y_hat, Y)
    assert split.total == 12 and 0 <= split.right <= lm.best_right(X, Y)
    # The same line as the perceptron's step: wherever z is not within rounding of 0, both say the same.
    clear = np.abs(z) > 1e-9
    step = perceptron_step(w[:, 0], b, X.T)
    assert np.array_equal((y_hat[0] > lm.THRESHOLD)[clear], step[clear].astype(bool))
    # Turning w and b round (z to −z) flips every answer, but for an example exactly on the boundary, which
    # says 0 both ways: right once each way for a clear z, twice for a label 0 at z = 0, never for a label 1 there.
    flipped = lm.sides(lm.hypothesis(-w, -b, X), Y)
    assert np.allclose(lm.hypothesis(-w, -b, X), 1 - y_hat)
    if np.all(clear | (z == 0)):
        assert split.right + flipped.right == int(clear.sum()) + 2 * int(np.sum((z == 0) & (Y[0] == 0)))


def brute_force_best(X, Y, angles: int = 2000) -> int:
    """The most examples right over many directions (every 0.18°: integer points within ±3 need 0.8° to tell two
    orders apart) and every threshold at a projection, or below them all. No shortcut through the angles."""
    Y = np.ravel(Y) == 1
    turns = np.linspace(0, 2 * np.pi, angles, endpoint=False)
    P = np.column_stack([np.cos(turns), np.sin(turns)]) @ X  # (angles, m)
    thresholds = np.concatenate([np.full((angles, 1), -np.inf), P], axis=1)  # (angles, m + 1)
    right = ((P[:, None, :] > thresholds[:, :, None]) == Y).sum(axis=2)  # (angles, thresholds)
    return max(int(right.max()), int(np.sum(~Y)), int(np.sum(Y)))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(-3, 3), st.integers(-3, 3), st.integers(0, 1)), min_size=1, max_size=7))
# Two copies of one example with two labels (no line gets both right): a matrix product rounded them apart.
@example(points=[(0, 0, 0), (0, 0, 0), (3, 3, 1), (0, 1, 0), (3, 3, 0)])
def test_best_right_agrees_with_a_brute_force_search(points):
    X = np.array([[p[0] for p in points], [p[1] for p in points]], dtype=float)
    Y = np.array([p[2] for p in points])
    assert lm.best_right(X, Y) == brute_force_best(X, Y)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(-30, 30), st.integers(0, 1)), min_size=1, max_size=12))
def test_best_right_with_one_feature_is_the_best_threshold(points):
    X = np.array([[p[0] / 10 for p in points]])
    Y = np.array([p[1] for p in points])
    p = X[0]
    candidates = np.concatenate(([-np.inf], np.unique(p)))
    expected = max(max(int(np.sum((p > c) == (Y == 1))), int(np.sum((p <= c) == (Y == 1)))) for c in candidates)
    assert lm.best_right(X, Y) == max(expected, int(np.sum(Y == 0)), int(np.sum(Y == 1)))


# ---- the figures ----

WORDS = {key: key for key in ("title", "axis", "y_hat", "curve", "step", "class0", "class1", "wrong", "threshold",
                               "boundary", "says1", "says0")}


def test_sigmoid_figure_shows_every_example_and_rings_the_wrong_ones():
    X, Y = ONE
    w, b = 2.0, -1.0
    y_hat = lm.hypothesis(lm.parameters(w), b, X)
    xs = np.linspace(-4.5, 4.5, 91)
    fig = sigmoid_figure(xs, lm.sigmoid_curve(w, b, xs), perceptron_step(np.array([w]), b, xs[:, None]), X[0],
                         y_hat, Y, lm.boundary_x(w, b), WORDS)
    traces = {trace.name: trace for trace in fig.data}
    assert list(traces) == ["step", "curve", "threshold", "boundary", "class0", "class1", "wrong"]
    assert len(traces["class0"].x) == 7 and len(traces["class1"].x) == 5
    assert sorted(traces["wrong"].x) == [-1.2, 0.9, 3.1]  # 12 − 9 = 3 on the wrong side
    assert list(traces["boundary"].x) == [0.5, 0.5] and list(traces["threshold"].y) == [0.5, 0.5]
    assert set(traces["step"].y) == {0, 1} and traces["curve"].y[45] == pytest.approx(1 / (1 + math.exp(1)))
    no_boundary = sigmoid_figure(xs, lm.sigmoid_curve(0.0, 0.0, xs), np.zeros_like(xs), X[0],
                                 lm.hypothesis(lm.parameters(0.0), 0.0, X), Y, None, WORDS)
    assert "boundary" not in [trace.name for trace in no_boundary.data]


def test_plane_figure_colours_the_plane_and_draws_the_line():
    X, Y = TWO
    w, b = lm.parameters(1.0, 0.0), 0.0
    xs, ys, P = lm.probability_grid(w, b, (-3, 3, -3, 3), steps=7)
    assert P.shape == (7, 7) and P[0, 3] == 0.5 and P[0, 6] == pytest.approx(1 / (1 + math.exp(-3)))
    fig = plane_figure(xs, ys, P, X, Y, lm.hypothesis(w, b, X), ([0.0, 0.0], [-3.0, 3.0]), WORDS)
    names = [trace.name for trace in fig.data]
    assert names == ["y_hat", "boundary", "class0", "class1", "wrong"]
    assert fig.data[0].zmin == 0 and fig.data[0].zmax == 1
    assert len(fig.data[4].x) == 12 - split_of(TWO, 1.0, 0.0, 0.0).right == 3
