"""Loops and vectors give the same numbers; the timings are bounded and their arithmetic is right."""

import numpy as np
import pytest

from core.dual_logistic import GramProblem
from core.logistic import propagate
from core.vectorize import (
    LOOP_MAX_N, DotTiming, broadcast_steps, dot_loop, gradient_loop, median_seconds, synthetic_problem,
    time_cat_training, time_dot, time_gradient,
)


def test_dot_loop_by_hand():
    assert dot_loop([1.0, 2.0, 3.0], [4.0, 5.0, 6.0]) == 32.0
    assert dot_loop([], []) == 0.0


def test_median_of_repeats():
    calls = []
    seconds, result = median_seconds(lambda: calls.append(1) or len(calls), repeats=3)
    assert result == 3 and len(calls) == 3 and seconds >= 0


def test_dot_timing_agrees_and_caps_the_loop():
    timing = time_dot(2000, repeats=1)
    assert timing.loop_n == 2000 and not timing.extrapolated
    assert timing.loop_value == pytest.approx(timing.numpy_value_on_loop_n, rel=1e-12)
    capped = DotTiming(n=4 * LOOP_MAX_N, loop_n=LOOP_MAX_N, loop_seconds=0.1, numpy_seconds=0.004,
                       loop_value=0.0, numpy_value_on_loop_n=0.0)
    assert capped.extrapolated and capped.loop_seconds_for_n == pytest.approx(0.4)
    assert capped.speedup == pytest.approx(100.0)


def test_gradient_loop_matches_propagate():
    w, b, X, Y = synthetic_problem(n=7, m=30, seed=2)
    loop_grads, loop_cost = gradient_loop(w, b, X, Y)
    grads, cost = propagate(w, b, X, Y)
    assert np.allclose(loop_grads["dw"], grads["dw"], atol=1e-14)
    assert loop_grads["db"] == pytest.approx(grads["db"], abs=1e-14)
    assert loop_cost == pytest.approx(cost, rel=1e-12)


def test_gradient_loop_by_hand():
    # one example x = (1, 2), y = 1, w = 0, b = 0: a = 1/2, dz = -1/2, dw = x dz = (-1/2, -1), db = -1/2
    grads, cost = gradient_loop(np.zeros((2, 1)), 0.0, np.array([[1.0], [2.0]]), np.array([[1.0]]))
    assert grads["dw"].ravel().tolist() == [-0.5, -1.0] and grads["db"] == -0.5
    assert cost == pytest.approx(np.log(2))


def test_time_gradient_reports_the_same_numbers():
    timing = time_gradient(n=5, m=40, repeats=1)
    assert timing.max_difference < 1e-12 and timing.loop_seconds > 0 and timing.vectorized_seconds > 0


def test_three_ways_reach_the_same_cost():
    _, _, X, Y = synthetic_problem(n=50, m=12, seed=1)
    problem = GramProblem.build(X, Y, X[:, :3].copy(), Y[:, :3])
    timings, k_seconds = time_cat_training(problem, iterations=15, learning_rate=0.05, repeats=1)
    assert [t.way for t in timings] == ["loop", "vectorized", "gram"]
    costs = [t.final_cost for t in timings]
    assert costs[0] == pytest.approx(costs[1], rel=1e-10) and costs[2] == pytest.approx(costs[1], rel=1e-10)
    assert costs[1] < np.log(2)  # 15 steps went downhill from w = 0 (cost log 2)
    assert k_seconds >= 0 and all(t.examples == 12 for t in timings)


def test_three_ways_on_a_subset():
    _, _, X, Y = synthetic_problem(n=20, m=10, seed=4)
    problem = GramProblem.build(X, Y, X[:, :2].copy(), Y[:, :2])
    timings, _ = time_cat_training(problem, iterations=5, learning_rate=0.1, examples=6, repeats=1)
    assert {t.examples for t in timings} == {6}
    assert timings[0].final_cost == pytest.approx(timings[2].final_cost, rel=1e-10)


def test_three_ways_on_the_cats(cat_task):
    timings, _ = time_cat_training(cat_task.problem, iterations=3, repeats=1)
    costs = [t.final_cost for t in timings]
    assert max(costs) - min(costs) < 1e-10 and all(t.examples == 209 for t in timings)


def test_broadcast_shapes():
    steps = dict(broadcast_steps(np.zeros((12288, 1)), np.zeros((12288, 209)), 0.5))
    assert steps["w.T"] == "(1, 12288)" and steps["w.T @ X"] == "(1, 209)"
    assert steps["w.T @ X + b"] == "(1, 209)" and steps["b"] == "()"
