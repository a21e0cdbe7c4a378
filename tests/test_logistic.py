"""The textbook functions: hand-computed values, gradient check, extremes, the course's published results."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from core.logistic import (accuracy, initialize_with_zeros, log_loss_from_logits, model, optimize, predict,
                           propagate, sigmoid)

W, B = np.array([[1.0], [2.0]]), 2.0
X = np.array([[1.0, 2.0, -1.0], [3.0, 4.0, -3.2]])
Y = np.array([[1, 0, 1]])


def test_sigmoid_known_values():
    np.testing.assert_allclose(sigmoid(np.array([0, 2])), [0.5, 0.88079708], atol=1e-8)
    assert sigmoid(0.0) == 0.5


def test_sigmoid_extremes_are_exact_and_silent():
    # pytest.ini turns RuntimeWarning (overflow) into an error
    np.testing.assert_array_equal(sigmoid(np.array([-1000.0, 1000.0])), [0.0, 1.0])
    assert sigmoid(-745.0) > 0  # still the tiny positive number, not a rounding to 0 via overflow


@given(arrays(float, st.integers(1, 20), elements=st.floats(-1e6, 1e6)))
def test_sigmoid_is_a_probability_and_symmetric(z):
    a = sigmoid(z)
    assert np.all((a >= 0) & (a <= 1))
    np.testing.assert_allclose(a + sigmoid(-z), 1.0, atol=1e-12)


# |z| <= 10: beyond that the naive log(1 - a) loses digits to cancellation (which is the point).
@given(arrays(float, 5, elements=st.floats(-10, 10)), arrays(int, 5, elements=st.integers(0, 1)))
def test_log_loss_matches_the_textbook_formula_where_that_is_safe(z, y):
    a = 1 / (1 + np.exp(-z))
    naive = -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))
    assert log_loss_from_logits(z, y) == pytest.approx(naive, rel=1e-7, abs=1e-12)


def test_log_loss_is_finite_at_extreme_z():
    # a = sigmoid(±1000) rounds to exactly 0 or 1, where log(a) would be -inf.
    assert log_loss_from_logits(np.array([1000.0]), np.array([0])) == pytest.approx(1000.0)
    assert log_loss_from_logits(np.array([-1000.0]), np.array([1])) == pytest.approx(1000.0)
    assert log_loss_from_logits(np.array([1000.0]), np.array([1])) == 0.0
    assert log_loss_from_logits(np.array([0.0]), np.array([1])) == pytest.approx(np.log(2))


def test_initialize_with_zeros():
    w, b = initialize_with_zeros(2)
    assert w.shape == (2, 1) and not w.any() and b == 0.0 and isinstance(b, float)


def test_propagate_hand_computed():
    grads, cost = propagate(W, B, X, Y)
    np.testing.assert_allclose(grads["dw"], [[0.99845601], [2.39507239]], atol=1e-8)
    assert grads["db"] == pytest.approx(0.00145557813678, abs=1e-12)
    assert cost == pytest.approx(5.801545319394553, abs=1e-12)


def test_propagate_gradient_matches_finite_differences():
    rng = np.random.default_rng(0)
    w, b = rng.normal(size=(4, 1)), 0.3
    Xr, Yr = rng.normal(size=(4, 7)), rng.integers(0, 2, size=(1, 7))
    grads, _ = propagate(w, b, Xr, Yr)
    eps = 1e-6
    for j in range(4):
        step = np.zeros_like(w)
        step[j] = eps
        numeric = (propagate(w + step, b, Xr, Yr)[1] - propagate(w - step, b, Xr, Yr)[1]) / (2 * eps)
        assert grads["dw"][j, 0] == pytest.approx(numeric, rel=1e-6, abs=1e-9)
    numeric_b = (propagate(w, b + eps, Xr, Yr)[1] - propagate(w, b - eps, Xr, Yr)[1]) / (2 * eps)
    assert grads["db"] == pytest.approx(numeric_b, rel=1e-6, abs=1e-9)


def test_optimize_hand_computed():
    params, grads, costs = optimize(W, B, X, Y, num_iterations=100, learning_rate=0.009)
    np.testing.assert_allclose(params["w"], [[0.19033591], [0.12259159]], atol=1e-8)
    assert params["b"] == pytest.approx(1.92535983008, abs=1e-10)
    np.testing.assert_allclose(grads["dw"], [[0.67752042], [1.41625495]], atol=1e-8)
    assert grads["db"] == pytest.approx(0.219194504541, abs=1e-10)
    assert costs == [pytest.approx(5.80154531939)]


def test_optimize_does_not_change_the_caller_w():
    w = W.copy()
    optimize(w, B, X, Y, num_iterations=5, learning_rate=0.1)
    np.testing.assert_array_equal(w, W)


def test_predict_hand_computed():
    w = np.array([[0.1124579], [0.23106775]])
    Xp = np.array([[1.0, -1.1, -3.2], [1.2, 2.0, 0.1]])
    np.testing.assert_array_equal(predict(w, -0.3, Xp), [[1.0, 1.0, 0.0]])


def test_huge_learning_rate_stays_finite_and_silent():
    params, grads, costs = optimize(W, B, X, Y, num_iterations=50, learning_rate=100.0)
    assert np.all(np.isfinite(params["w"])) and np.isfinite(params["b"]) and np.all(np.isfinite(costs))


def test_accuracy_as_the_course_prints_it():
    assert accuracy(np.array([[1, 0, 1, 1]]), np.array([[1, 1, 1, 1]])) == 75.0


def test_model_reproduces_the_course(cat_xy):
    """The classic run: lr 0.005, 2000 iterations, zeros: costs to the printed digits, 99.04 % / 70 %."""
    X_train, Y_train, X_test, Y_test = cat_xy
    d = model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.005)
    printed = [0.693147, 0.584508, 0.466949, 0.376007, 0.331463, 0.303273, 0.279880, 0.260042,
               0.242941, 0.228004, 0.214820, 0.203078, 0.192544, 0.183033, 0.174399, 0.166521,
               0.159305, 0.152667, 0.146542, 0.140872]
    assert [round(c, 6) for c in d["costs"]] == printed
    assert accuracy(d["Y_prediction_train"], Y_train) == pytest.approx(99.04306220095694)
    assert accuracy(d["Y_prediction_test"], Y_test) == pytest.approx(70.0)
    assert d["w"].shape == (12288, 1)
    assert {"costs", "Y_prediction_test", "Y_prediction_train", "w", "b", "learning_rate",
            "num_iterations"} <= d.keys()
    assert (d["learning_rate"], d["num_iterations"]) == (0.005, 2000)


@given(arrays(float, st.integers(1, 30), elements=st.floats(-1e4, 1e4)), st.integers(0, 1))
def test_fused_sigmoid_and_loss_agree_with_the_separate_ones(z, y):
    from core.logistic import sigmoid_and_log_loss

    a, cost = sigmoid_and_log_loss(z, y)
    np.testing.assert_allclose(a, sigmoid(z), rtol=1e-15, atol=0)
    assert cost == pytest.approx(log_loss_from_logits(z, y), rel=1e-12, abs=1e-12)
