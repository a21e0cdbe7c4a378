"""The numpy network: gradients against finite differences, span form against the direct loop, and the
course's published results reproduced."""

import numpy as np
import pytest

from core.planar import planar_flower
from core.logistic import accuracy, model
from core.nn import (L_model_backward, L_model_forward, Parameters, compute_cost, fit, initialize_parameters_deep,
                     predict, predict_proba, train_steps)


def test_initialisation_follows_the_course():
    params = initialize_parameters_deep([3, 2, 1], init="small", seed=1)
    np.random.seed(1)
    W1 = np.random.randn(2, 3) * 0.01
    W2 = np.random.randn(1, 2) * 0.01
    np.testing.assert_array_equal(params["W1"], W1)
    np.testing.assert_array_equal(params["W2"], W2)
    assert not params["b1"].any() and params["b2"].shape == (1, 1)
    scaled = initialize_parameters_deep([4, 3], init="scaled", seed=3)
    np.random.seed(3)
    np.testing.assert_allclose(scaled["W1"], np.random.randn(3, 4) / 2)
    he = initialize_parameters_deep([8, 3], init="he", seed=3)
    np.random.seed(3)
    np.testing.assert_allclose(he["W1"], np.random.randn(3, 8) * 0.5)
    with pytest.raises(ValueError):
        initialize_parameters_deep([2, 1], init="zeros")


@pytest.mark.parametrize("hidden", ["relu", "tanh", "sigmoid"])
def test_backward_matches_finite_differences(hidden):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(3, 5))
    Y = rng.integers(0, 2, size=(1, 5)).astype(float)
    params = initialize_parameters_deep([3, 4, 3, 1], init="he", seed=4, hidden=hidden)
    for key in params:  # non-zero biases, so every path is exercised
        params[key] = params[key] + rng.normal(scale=0.1, size=params[key].shape)

    def cost_now():
        return compute_cost(L_model_forward(X, params)[1][-1][1], Y)

    AL, caches = L_model_forward(X, params)
    grads = L_model_backward(AL, Y, caches, params)
    eps = 1e-6
    for key, value in params.items():
        numeric = np.zeros_like(value)
        for index in np.ndindex(value.shape):
            saved = value[index]
            value[index] = saved + eps
            plus = cost_now()
            value[index] = saved - eps
            minus = cost_now()
            value[index] = saved
            numeric[index] = (plus - minus) / (2 * eps)
        np.testing.assert_allclose(grads["d" + key], numeric, rtol=1e-5, atol=1e-8, err_msg=key)


def test_span_form_gives_the_same_iterates_as_the_direct_loop():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(50, 8))  # more features than examples
    Y = (rng.random((1, 8)) > 0.5).astype(float)
    runs = [list(train_steps(X, Y, [50, 6, 3, 1], hidden="tanh", learning_rate=0.1, num_iterations=60,
                             snapshot_every=20, X_test=X[:, :3], Y_test=Y[:, :3], span=span))
            for span in (True, False)]
    for with_span, direct in zip(*runs):
        np.testing.assert_allclose(with_span.costs, direct.costs, rtol=1e-10)
        for key in direct.params:
            np.testing.assert_allclose(with_span.params[key], direct.params[key], atol=1e-12)
        assert with_span.test_accuracy == direct.test_accuracy


def test_divergence_is_reported():
    X, Y = planar_flower()
    snaps = list(train_steps(X, Y, [2, 4, 1], hidden="relu", learning_rate=1e300, num_iterations=50,
                             snapshot_every=10))
    assert snaps[-1].diverged and snaps[-1].iteration < 50


def test_two_layer_cat_network_reproduces_the_course(cat_xy):
    X, Y, X_test, Y_test = cat_xy
    params, costs = fit(X, Y, [12288, 7, 1], hidden="relu", init="small", learning_rate=0.0075,
                        num_iterations=2500)
    assert [round(c, 6) for c in costs[:3]] == [0.69305, 0.646432, 0.632514]
    assert costs[-1] == pytest.approx(0.048554785628770206, abs=1e-7)
    assert accuracy(predict(params, X), Y) == 100.0
    assert accuracy(predict(params, X_test), Y_test) == 72.0


def test_deep_cat_network_reproduces_the_course(cat_xy):
    X, Y, X_test, Y_test = cat_xy
    params, costs = fit(X, Y, [12288, 20, 7, 5, 1], init="scaled", learning_rate=0.0075, num_iterations=2500)
    assert [round(c, 6) for c in costs[:3]] == [0.771749, 0.672053, 0.648263]
    assert round(costs[-1], 6) == 0.092878
    assert accuracy(predict(params, X), Y) == pytest.approx(98.56459330143541)
    assert accuracy(predict(params, X_test), Y_test) == 80.0


def test_flower_needs_a_hidden_layer():
    X, Y = planar_flower()
    assert X.shape == (2, 400) and Y.shape == (1, 400) and int(Y.sum()) == 200
    params, costs = fit(X, Y, [2, 4, 1], hidden="tanh", init="small", seed=2, learning_rate=1.2,
                        num_iterations=10000)
    # The course's printed costs at iterations 0, 1000, ..., 7000.
    assert [round(c, 6) for c in costs[:80:10]] == [0.693048, 0.288083, 0.254385, 0.233864, 0.226792,
                                                    0.222644, 0.219731, 0.217504]
    # The parameters know their activation: predicted as the course does, predict(parameters, X)
    assert params.hidden == "tanh" and accuracy(predict(params, X), Y) == pytest.approx(90.75)
    with pytest.raises(ValueError, match="trained with tanh"):
        predict(params, X, hidden="relu")
    logistic = model(X, Y, X, Y, num_iterations=2000, learning_rate=0.5)
    assert accuracy(logistic["Y_prediction_train"], Y) == pytest.approx(47.0)


def test_parse_hidden_sizes_and_shapes():
    from core.nn import layer_shapes, parse_hidden_sizes

    assert parse_hidden_sizes("20, 7, 5") == (20, 7, 5)
    assert parse_hidden_sizes(" 7 ") == (7,)
    for bad in ("", "0", "7,,x", "300", "1,2,3,4,5,6,7", "-3", "2.5"):
        with pytest.raises(ValueError):
            parse_hidden_sizes(bad)
    shapes = layer_shapes([12288, 20, 7, 5, 1])
    assert shapes[0] == (1, (20, 12288), (20, 1), 245780)
    assert sum(count for *_, count in shapes) == 245780 + 147 + 40 + 6


def test_precomputed_gram_matrices_give_the_same_run():
    rng = np.random.default_rng(2)
    X, X_test = rng.normal(size=(40, 6)), rng.normal(size=(40, 3))
    Y, Y_test = (rng.random((1, 6)) > 0.5).astype(float), (rng.random((1, 3)) > 0.5).astype(float)
    runs = [list(train_steps(X, Y, [40, 5, 1], learning_rate=0.1, num_iterations=30, snapshot_every=10,
                             X_test=X_test, Y_test=Y_test, gram=gram))
            for gram in (None, (X.T @ X, X.T @ X_test))]
    for own, given in zip(*runs):
        np.testing.assert_array_equal(own.costs, given.costs)
        assert own.test_accuracy == given.test_accuracy


def test_what_fit_returns_predicts_with_its_own_activation():
    X, Y = planar_flower()
    for hidden in ("tanh", "sigmoid", "relu"):
        final = None
        for final in train_steps(X, Y, [2, 4, 1], hidden=hidden, init="small", seed=2, learning_rate=1.2,
                                 num_iterations=300, snapshot_every=300):
            pass
        assert accuracy(predict(final.params, X), Y) == final.train_accuracy, hidden
    plain = dict(final.params)  # a plain dict does not say its activation: it must be told
    with pytest.raises(ValueError, match="pass hidden="):
        predict_proba(plain, X)
    np.testing.assert_array_equal(predict_proba(plain, X, hidden="relu"), predict_proba(final.params, X))


def test_initialisation_does_not_touch_the_global_generator():
    np.random.seed(7)
    expected = np.random.rand()
    np.random.seed(7)
    initialize_parameters_deep([5, 3, 1], seed=1)
    assert np.random.rand() == expected  # sessions training at once never disturb each other's draws


def test_xor_network_is_the_engine():
    from core.perceptron import XOR_SEED, train_xor_network, xor_points

    network = train_xor_network(XOR_SEED)
    assert isinstance(network.params, Parameters) and network.params.hidden == "tanh"
    assert [network.params[k].shape for k in ("W1", "b1", "W2", "b2")] == [(2, 2), (2, 1), (1, 2), (1, 1)]
    X, y = xor_points()
    np.testing.assert_array_equal(predict(network.params, X.T)[0], y)


def test_the_record_of_step_8_on_a_test_set():
    rng = np.random.default_rng(5)
    X, X_test = rng.normal(size=(30, 8)), rng.normal(size=(30, 4))
    Y, Y_test = (rng.random((1, 8)) > 0.5).astype(float), np.array([[1.0, 0.0, 1.0, 0.0]])
    for span in (True, False):
        run = list(train_steps(X, Y, [30, 3, 1], learning_rate=0.05, num_iterations=12, snapshot_every=5,
                               X_test=X_test, Y_test=Y_test, span=span))[-1]
        assert run.test_costs.shape == (13,) and tuple(run.accuracies[-1]) == (run.train_accuracy, run.test_accuracy)
        AL, caches = L_model_forward(X_test, run.params)
        assert run.test_costs[-1] == pytest.approx(compute_cost(caches[-1][1], Y_test), abs=1e-12)
    assert list(train_steps(X, Y, [30, 3, 1], num_iterations=3, snapshot_every=3))[-1].test_costs is None
