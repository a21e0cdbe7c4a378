"""Log loss at known points, cost as the mean, and convexity: log loss yes, squared error of a sigmoid no."""

import math

import numpy as np
import pytest
from hypothesis import given, strategies as st

from core.logistic import log_loss_from_logits
from core.loss import (
    concave_stretches, cost, log_loss, log_loss_cost, sample_predictions, squared_error_cost,
)


def test_known_points():
    assert log_loss(0.5, 1) == pytest.approx(math.log(2))
    assert log_loss(0.5, 0) == pytest.approx(math.log(2))
    assert log_loss(0.9, 1) == pytest.approx(-math.log(0.9))
    assert log_loss(0.9, 0) == pytest.approx(-math.log(0.1))
    assert log_loss(np.exp(-2), 1) == pytest.approx(2.0)


def test_cost_is_the_mean_of_the_losses():
    a, y = np.array([0.5, 0.9, 0.2]), np.array([1, 1, 0])
    assert cost(a, y) == pytest.approx((math.log(2) - math.log(0.9) - math.log(0.8)) / 3)


@given(st.floats(-20, 20), st.integers(0, 1))  # beyond, a itself rounds to 1 - tiny
def test_matches_the_logit_form(z, y):
    a = 1 / (1 + math.exp(-z))
    if 0 < a < 1:
        assert log_loss(a, y) == pytest.approx(log_loss_from_logits(z, y), rel=1e-6, abs=1e-9)


def test_sampled_predictions_are_seeded_probabilities():
    a, y = sample_predictions(12, seed=3)
    assert a.shape == y.shape == (12,) and np.all((a > 0) & (a < 1)) and set(y) <= {0, 1}
    again = sample_predictions(12, seed=3)
    assert np.array_equal(a, again[0]) and np.array_equal(y, again[1])


def test_costs_over_one_weight_by_hand():
    # at w = 0 every a = 1/2: squared error (1/2)² = 1/4 for every example, log loss log 2
    assert squared_error_cost([0.0])[0] == pytest.approx(0.25)
    assert log_loss_cost([0.0])[0] == pytest.approx(math.log(2))
    x, y = np.array([1.0]), np.array([1])
    assert squared_error_cost([2.0], x, y)[0] == pytest.approx((1 / (1 + math.exp(-2)) - 1) ** 2)


def test_squared_error_is_not_convex_but_log_loss_is():
    w = np.linspace(-8, 8, 321)
    assert concave_stretches(w, squared_error_cost(w))  # it bends down somewhere: plateaus
    assert concave_stretches(w, log_loss_cost(w)) == []


def test_log_loss_cost_derivative_against_finite_differences():
    # dJ/dw = mean((σ(w x) - y) x)
    from core.loss import ONE_WEIGHT_X as x, ONE_WEIGHT_Y as y
    for w in (-2.0, 0.3, 1.7):
        analytic = np.mean((1 / (1 + np.exp(-w * x)) - y) * x)
        h = 1e-6
        numeric = (log_loss_cost([w + h])[0] - log_loss_cost([w - h])[0]) / (2 * h)
        assert analytic == pytest.approx(numeric, abs=1e-8)


def test_concave_stretches_on_known_curves():
    w = np.linspace(-1, 1, 21)
    assert concave_stretches(w, w**2) == []
    assert concave_stretches(w, -(w**2)) == [pytest.approx((-0.9, 0.9))]
