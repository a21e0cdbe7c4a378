"""Cost surfaces: exact values, every analytic gradient against finite differences, the known minima."""

import math

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from core.logistic import log_loss_from_logits
from core.surfaces import (DATA_SURFACES, SURFACES, VIEW, classification_data, grid, make_surface,
                           regression_data)

inside_view = st.floats(-4.0, 4.0, allow_nan=False)
noise_levels = st.floats(1.0, 3.0)  # the page's noise slider
seeds = st.integers(0, 99)


def numeric_gradient(surface, w, b, h=1e-6):
    return ((surface.cost(w + h, b) - surface.cost(w - h, b)) / (2 * h),
            (surface.cost(w, b + h) - surface.cost(w, b - h)) / (2 * h))


def test_hand_computed_values():
    valley, saddle = make_surface("valley"), make_surface("saddle")
    assert valley.cost(0, 0) == 1.0 and valley.cost(2, 2) == 0.0 and valley.cost(-2, 0) == 9.0
    assert valley.gradient(0, 0) == (-1.0, 0.0)
    assert saddle.cost(0, 0) == 2.0 and saddle.cost(1, 2) == 0.5
    assert saddle.gradient(1, 1) == (1.0, -1.5)
    minima = make_surface("minima")
    bowl_part = 2.0 + 0.1 * (1 + 4)
    wells = 2.0 * math.exp(-(1 + 0.25) / 2) + 1.4 * math.exp(-(9 + 12.25) / 1.5) + 1.0 * math.exp(-(6.25 + 0.25))
    assert minima.cost(1, 2) == pytest.approx(bowl_part - wells, rel=1e-15)


def test_logistic_cost_is_the_cross_entropy_of_its_data():
    surface = make_surface("logistic", noise=1.0, seed=3)
    x, y = surface.data
    assert surface.cost(0, 0) == pytest.approx(math.log(2), rel=1e-15)  # a = 1/2 for every example
    dw, db = surface.gradient(0, 0)
    assert db == pytest.approx(0.0, abs=1e-15)  # half the labels are 1: mean(1/2 - y) = 0
    assert dw == pytest.approx(np.mean((0.5 - y) * x), rel=1e-12)
    assert surface.cost(1.2, -0.7) == log_loss_from_logits(1.2 * x - 0.7, y)


def test_bowl_is_half_the_mean_squared_error():
    surface = make_surface("bowl", noise=0.5, seed=1)
    x, y = surface.data
    assert surface.cost(0, 0) == pytest.approx(np.mean(y**2) / 2, rel=1e-15)
    assert surface.cost(2, 1) == pytest.approx(np.mean((2 * x + 1 - y) ** 2) / 2, rel=1e-15)
    hessian = np.array([[np.mean(x**2), np.mean(x)], [np.mean(x), 1.0]])
    assert surface.curvature == pytest.approx(np.linalg.eigvalsh(hessian)[-1], rel=1e-12)


@pytest.mark.parametrize("key", SURFACES)
@settings(max_examples=40, deadline=None)
@given(w=inside_view, b=inside_view)
def test_every_gradient_matches_finite_differences(key, w, b):
    surface = make_surface(key, noise=1.3, seed=7)
    analytic, numeric = surface.gradient(w, b), numeric_gradient(surface, w, b)
    scale = 1 + abs(surface.cost(w, b))
    assert analytic == pytest.approx(numeric, rel=1e-5, abs=1e-6 * scale)


@pytest.mark.parametrize("key", SURFACES)
def test_grid_matches_the_pointwise_cost_and_gradient_broadcasts(key):
    surface = make_surface(key)
    ws, bs, J = grid(surface, 9)
    assert J.shape == (9, 9) and ws[0] == VIEW[0] and bs[-1] == VIEW[3]
    assert J[2, 7] == pytest.approx(surface.cost(ws[7], bs[2]), rel=1e-12)
    dw, db = surface.gradient(np.array([ws[7], ws[1]]), np.array([bs[2], bs[5]]))
    assert (dw[1], db[1]) == pytest.approx(surface.gradient(ws[1], bs[5]), rel=1e-12)


def hessian(surface, w, b, h=1e-5):
    (dw_w, db_w), (dw_m, db_m) = surface.gradient(w + h, b), surface.gradient(w - h, b)
    (dw_b, db_b), (dw_n, db_n) = surface.gradient(w, b + h), surface.gradient(w, b - h)
    return np.array([[dw_w - dw_m, db_w - db_m], [dw_b - dw_n, db_b - db_n]]) / (2 * h)


@pytest.mark.parametrize("key", SURFACES)
def test_known_minima_are_minima_and_the_global_one_comes_first(key):
    surface = make_surface(key)
    for w, b in surface.minima:
        assert np.hypot(*surface.gradient(w, b)) < 1e-8
        assert np.all(np.linalg.eigvalsh(hessian(surface, w, b)) > 0)
    costs = [surface.cost(w, b) for w, b in surface.minima]
    assert costs[0] == min(costs)
    assert len(surface.minima) == {"saddle": 2, "minima": 3}.get(key, 1)


def test_the_saddle_point_is_a_saddle():
    saddle = make_surface("saddle")
    assert saddle.gradient(0, 0) == (0.0, 0.0)
    low, high = np.linalg.eigvalsh(hessian(saddle, 0.0, 0.0))
    assert low == pytest.approx(-2, abs=1e-6) and high == pytest.approx(1, abs=1e-6)


@pytest.mark.parametrize("key", DATA_SURFACES)
@settings(max_examples=25, deadline=None)
@given(noise=noise_levels, seed=seeds)
def test_data_surfaces_have_their_minimum_well_inside_the_view(key, noise, seed):
    surface = make_surface(key, noise, seed)
    (w, b), = surface.minima
    assert max(abs(w), abs(b)) < 3.5
    assert np.hypot(*surface.gradient(w, b)) < 1e-8


def test_data_sets_are_reproducible_and_balanced():
    x, y = classification_data(1.0, seed=5)
    assert x.shape == y.shape == (100,) and y.sum() == 50
    assert np.array_equal(x, classification_data(1.0, seed=5)[0])
    assert not np.array_equal(x, classification_data(1.0, seed=6)[0])
    x, y = regression_data(0.0, seed=2)
    assert np.allclose(y, 1.5 * x - 1.0)  # no noise: the line itself, so the bowl's minimum is (1.5, -1)
