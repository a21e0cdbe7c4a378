"""The perceptron: converges where a line separates, never on XOR; a hidden layer fixes XOR."""

import math

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from core.perceptron import (
    BOX, XOR_SEED, and_points, line_segment, mistake_bound, or_points, predict, probability_grid,
    separable_cloud, train_perceptron, train_xor_network, xor_points,
)


def test_gate_data_sets():
    assert list(and_points()[1]) == [0, 0, 0, 1]
    assert list(or_points()[1]) == [0, 1, 1, 1]
    assert list(xor_points()[1]) == [0, 1, 1, 0]
    assert and_points()[0].tolist() == [[0, 0], [0, 1], [1, 0], [1, 1]]


def test_and_by_hand():
    """Epoch 1 from w = 0, b = 0 on (0,0)->0, (0,1)->0, (1,0)->0, (1,1)->1: only (1,1) is wrong,
    so w = (1, 1), b = 1; then (1,1) is right but (0,0), (0,1), (1,0) now say 1."""
    run = train_perceptron(*and_points())
    first = run.epochs[1]
    # (0,0): 0 > 0 no -> right. (0,1): right. (1,0): right. (1,1): 0 -> wrong, add (1,1,1).
    assert first.w.tolist() == [1.0, 1.0] and first.b == 1.0 and first.updates == 1
    assert first.errors == 3  # b = 1 makes every corner positive
    assert run.converged and predict(run.epochs[-1].w, run.epochs[-1].b, and_points()[0]).tolist() == [0, 0, 0, 1]
    assert run.epochs[0].errors == 1  # the zero line says 0 everywhere: only (1,1) is wrong


@pytest.mark.parametrize("points", [and_points, or_points])
def test_converges_on_gates(points):
    X, y = points()
    run = train_perceptron(X, y, max_epochs=20)
    assert run.converged and len(run.epochs) <= 10
    last = run.epochs[-1]
    assert np.array_equal(predict(last.w, last.b, X), y)


def test_never_converges_on_xor():
    run = train_perceptron(*xor_points(), max_epochs=200)
    assert not run.converged and len(run.epochs) == 201
    assert min(run.errors) >= 1  # no line gets all four right


def test_xor_has_no_separating_line():
    """A brute-force check of the reason: over many lines, at least one of the four corners is wrong."""
    X, y = xor_points()
    rng = np.random.default_rng(0)
    for w1, w2, b in rng.normal(size=(5000, 3)):
        assert np.sum(predict(np.array([w1, w2]), b, X) != y) >= 1


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), noise=st.floats(0.02, 0.15))
def test_converges_within_novikoff_bound(seed, noise):
    X, y = separable_cloud(30, noise, seed)
    bound = mistake_bound(X, y, [1.0, 1.0], -1.0)  # the line x1 + x2 = 1 between the two centres
    if not math.isfinite(bound):
        return  # this draw happens not to be separated by that line
    run = train_perceptron(X, y, max_epochs=int(bound) + 2)
    assert run.converged
    assert run.epochs[-1].updates <= bound
    assert len(run.epochs) - 1 <= bound + 1  # an epoch that does not finish the job makes an update


def test_cloud_is_seeded_and_pure():
    a, b = separable_cloud(20, 0.2, 7), separable_cloud(20, 0.2, 7)
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])
    assert not np.array_equal(a[0], separable_cloud(20, 0.2, 8)[0])
    assert a[0].shape == (20, 2) and a[1].sum() == 10


def test_mistake_bound_by_hand():
    # Points (0,0)->0 and (2,0)->1, separator x - 1 = 0: augmented (0,0,1), (2,0,1); unit (1,0,-1)/sqrt2.
    # Margins: -(-1/sqrt2) = 1/sqrt2 and (2-1)/sqrt2 = 1/sqrt2; R = sqrt5, so (R/gamma)^2 = 5 * 2 = 10.
    X, y = np.array([[0.0, 0.0], [2.0, 0.0]]), np.array([0, 1])
    assert mistake_bound(X, y, [1, 0], -1) == pytest.approx(10.0)
    assert mistake_bound(X, y, [-1, 0], 1) == math.inf


def test_line_segment():
    assert line_segment([0, 1], -0.5, BOX) == ([-0.5, 1.5], [0.5, 0.5])  # y = 0.5
    assert line_segment([1, 0], -1.0, BOX) == ([1.0, 1.0], [-0.5, 1.5])  # x = 1
    xs, ys = line_segment([1, 1], -1, BOX)  # x + y = 1 from (-0.5, 1.5) to (1.5, -0.5)
    assert xs == [-0.5, 1.5] and ys == [1.5, -0.5]
    assert line_segment([0, 0], 1, BOX) is None
    assert line_segment([1, 0], -5, BOX) is None  # x = 5 is outside


def test_hidden_layer_learns_xor():
    network = train_xor_network(XOR_SEED)
    X, y = xor_points()
    assert np.array_equal(network.predict(X), y)  # 100 % accuracy
    assert network.costs[-1] < 0.01 < network.costs[0]
    xs, ys, P = probability_grid(network, steps=11)
    assert P.shape == (11, 11) and np.all((P > 0) & (P < 1))
    assert P[0, 0] < 0.5 and P[-1, -1] < 0.5 and P[0, -1] > 0.5 and P[-1, 0] > 0.5  # the corners
