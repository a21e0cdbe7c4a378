"""Optimizers: exact first steps, convergence on the convex surfaces, divergence beyond 2/L on the bowl."""

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from core.optimizers import (CONVERGED, LEFT_VIEW, NOT_FINITE, OPTIMIZERS, Path, Step, adam_step, descend,
                             gd_step, initial_state, momentum_step, outcome, rmsprop_step, walk)
from core.surfaces import Surface, make_surface

POINT, GRAD = np.array([1.0, 2.0]), np.array([0.5, -1.0])


def test_plain_gradient_descent_step_is_the_texts_rule():
    point, state = gd_step(POINT, GRAD, {}, 0.1)
    assert point == pytest.approx([0.95, 2.1], abs=1e-15) and state == {}


def test_first_steps_of_momentum_rmsprop_and_adam():
    point, state = momentum_step(POINT, GRAD, initial_state("momentum"), 0.1)
    assert state["v"] == pytest.approx([0.05, -0.1]) and point == pytest.approx([0.995, 2.01])
    point, state = rmsprop_step(POINT, GRAD, initial_state("rmsprop"), 0.1)
    # s = 0.1 g^2, so each coordinate moves by alpha / sqrt(0.1) against the sign of its slope
    assert state["s"] == pytest.approx([0.025, 0.1])
    assert point == pytest.approx([1 - 0.1 / np.sqrt(0.1), 2 + 0.1 / np.sqrt(0.1)], rel=1e-7)
    point, state = adam_step(POINT, GRAD, initial_state("adam"), 0.1)
    # bias correction makes the first step exactly alpha in each coordinate (up to epsilon)
    assert state["t"] == 1 and point == pytest.approx([0.9, 2.1], rel=1e-7)


@pytest.mark.parametrize("optimizer", OPTIMIZERS)
def test_steps_are_pure(optimizer):
    from core.optimizers import STEPS

    point, grad, state = POINT.copy(), GRAD.copy(), initial_state(optimizer)
    before = {k: np.copy(v) for k, v in state.items()}
    STEPS[optimizer](point, grad, state, 0.3)
    assert np.array_equal(point, POINT) and np.array_equal(grad, GRAD)
    assert all(np.array_equal(state[k], before[k]) for k in before)


def test_walk_records_the_gradient_at_each_point():
    valley = make_surface("valley")
    first, second = list(walk(valley, (0.0, 0.0), 0.1, 1))
    assert first == Step(0, 0.0, 0.0, 1.0, -1.0, 0.0)
    assert (second.k, second.w, second.b) == (1, pytest.approx(0.1), 0.0)


def test_logistic_regression_converges_to_its_minimum():
    surface = make_surface("logistic", noise=1.0, seed=0)
    path = descend(surface, (-3.0, 3.0), 1.0, 600)
    assert not path.diverged and outcome(surface, path) == "global_minimum"
    assert (path.w[-1], path.b[-1]) == pytest.approx(surface.minima[0], abs=1e-4)
    assert np.all(np.diff(path.cost) <= 1e-15)  # convex and a modest step: the cost only falls


@pytest.mark.parametrize("optimizer", OPTIMIZERS)
def test_every_optimizer_reaches_the_bottom_of_the_bowl(optimizer):
    surface = make_surface("bowl", noise=1.0, seed=0)
    rate = {"gd": 1 / surface.curvature, "momentum": 0.5, "rmsprop": 0.01, "adam": 0.05}[optimizer]
    path = descend(surface, (-2.0, 2.0), rate, 1500, optimizer)
    assert (path.w[-1], path.b[-1]) == pytest.approx(surface.minima[0], abs=0.02)


def start_near_minimum(surface):
    w, b = surface.minima[0]
    return w + 0.5, b - 0.5


def test_divergence_is_flagged_just_beyond_two_over_l_on_the_bowl():
    surface = make_surface("bowl", noise=1.0, seed=0)
    limit = 2 / surface.curvature
    stable = descend(surface, start_near_minimum(surface), 0.95 * limit, 1000)
    assert not stable.diverged and outcome(surface, stable) == "global_minimum"
    unstable = descend(surface, start_near_minimum(surface), 1.05 * limit, 1000)
    assert unstable.stop == LEFT_VIEW and unstable.diverged and outcome(surface, unstable) == "diverged"
    k, w, b = unstable.escape
    assert k == unstable.steps + 1 and not surface.inside(w, b)
    assert all(surface.inside(w, b) for w, b in zip(unstable.w, unstable.b))  # the path is cut there
    # beyond the limit each step overshoots a little more: the distance to the minimum grows
    w_star, b_star = surface.minima[0]
    distance = np.hypot(unstable.w - w_star, unstable.b - b_star)
    assert distance[-1] > 10 * distance[0]


@settings(max_examples=30, deadline=None)
@given(fraction=st.floats(0.05, 0.99), w0=st.floats(-4, 4), b0=st.floats(-4, 4))
def test_below_the_limit_the_bowls_cost_never_rises(fraction, w0, b0):
    surface = make_surface("bowl", noise=1.0, seed=0)
    path = descend(surface, (w0, b0), fraction * 2 / surface.curvature, 40)
    assert not path.diverged
    assert np.all(np.diff(path.cost) <= 1e-12 * (1 + path.cost[:-1]))


@settings(max_examples=40, deadline=None)
@given(key=st.sampled_from(["logistic", "bowl", "valley", "saddle", "minima"]),
       optimizer=st.sampled_from(OPTIMIZERS), rate=st.sampled_from([0.001, 0.01, 0.1, 1.0, 5.0]),
       w0=st.floats(-4, 4), b0=st.floats(-4, 4))
def test_every_path_is_finite_and_stays_in_the_arena(key, optimizer, rate, w0, b0):
    surface = make_surface(key)
    path = descend(surface, (w0, b0), rate, 30, optimizer)
    arrays = np.stack([path.w, path.b, path.cost, path.dw, path.db])
    assert np.all(np.isfinite(arrays)) and 1 <= len(path.w) <= 31
    assert all(surface.inside(w, b) for w, b in zip(path.w, path.b))
    assert path.diverged == (path.escape is not None)


def test_gradient_descent_stops_at_the_saddle_point_when_started_on_its_ridge():
    surface = make_surface("saddle")
    path = descend(surface, (-3.0, 0.0), 0.5, 200)
    assert path.stop == CONVERGED and path.steps < 200
    assert outcome(surface, path) == "stationary"  # the gradient vanished, yet this is no minimum
    nudged = descend(surface, (-3.0, 0.01), 0.5, 200)
    assert outcome(surface, nudged) == "global_minimum"


def test_several_minima_the_start_decides_which():
    surface = make_surface("minima")
    assert outcome(surface, descend(surface, (3.0, 1.0), 0.3, 300)) == "global_minimum"
    assert outcome(surface, descend(surface, (-3.0, 3.0), 0.3, 300)) == "local_minimum"
    assert outcome(surface, descend(surface, (-3.0, 3.0), 0.001, 5)) == "moving"


def test_a_non_finite_gradient_stops_the_walk():
    broken = Surface("broken", cost=lambda w, b: 0.0, gradient=lambda w, b: (np.nan, 0.0), minima=((0, 0),),
                     convex=False)
    path = descend(broken, (1.0, 1.0), 0.1, 10)
    assert path.stop == NOT_FINITE and path.diverged and len(path.w) == 0


def test_huge_steps_overflowing_to_infinity_are_caught():
    steep = Surface("steep", cost=lambda w, b: 0.0, gradient=lambda w, b: (1e308, 0.0), minima=((0, 0),),
                    convex=False)
    path = descend(steep, (1.0, 1.0), 10.0, 10)
    assert path.stop == NOT_FINITE and path.steps == 0
    assert isinstance(path, Path)
