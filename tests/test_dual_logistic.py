"""The page's training path (Gram / dual form) against the textbook loop, and its snapshots."""

import io

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.cat_task import costs_csv, parameters_npz
from core.dual_logistic import GramProblem, train, train_steps
from core.logistic import accuracy, model, predict


def test_same_costs_and_predictions_as_the_textbook(cat_xy, cat_task):
    X_train, Y_train, X_test, Y_test = cat_xy
    textbook = model(X_train, Y_train, X_test, Y_test, num_iterations=300, learning_rate=0.005)
    dual = train(cat_task.problem, 0.005, 300)
    np.testing.assert_allclose(dual.costs[:-1][::100], textbook["costs"], atol=1e-7)
    w = cat_task.problem.weights(dual.alpha)
    np.testing.assert_allclose(w, textbook["w"], atol=1e-8)
    assert dual.b == pytest.approx(textbook["b"], abs=1e-10)
    np.testing.assert_array_equal(predict(w, dual.b, X_test), textbook["Y_prediction_test"])
    assert dual.train_accuracy == accuracy(textbook["Y_prediction_train"], Y_train)
    assert dual.test_accuracy == accuracy(textbook["Y_prediction_test"], Y_test)


def test_reproduces_the_course_results_fast(cat_task):
    run = train(cat_task.problem, 0.005, 2000)
    assert round(run.costs[0], 6) == 0.693147
    assert round(run.costs[1900], 6) == 0.140872
    assert run.train_accuracy == pytest.approx(99.04306220095694)
    assert run.test_accuracy == 70.0


@pytest.mark.parametrize("lr, train_acc, test_acc", [(0.01, 99.52153110047847, 68.0),
                                                     (0.001, 88.99521531100478, 64.0),
                                                     (0.0001, 68.42105263157895, 36.0)])
def test_learning_rate_comparison_of_the_course(cat_task, lr, train_acc, test_acc):
    run = train(cat_task.problem, lr, 1500)
    assert run.train_accuracy == pytest.approx(train_acc)
    assert run.test_accuracy == pytest.approx(test_acc)


def test_snapshots_every_k_and_at_the_end(cat_task):
    snaps = list(train_steps(cat_task.problem, 0.005, 250, snapshot_every=100))
    assert [s.iteration for s in snaps] == [100, 200, 250]
    assert [len(s.costs) for s in snaps] == [101, 201, 251]
    assert snaps[-1].done and not snaps[0].done
    np.testing.assert_array_equal(snaps[0].costs, snaps[-1].costs[:101])  # snapshots do not share buffers


def test_stopping_the_generator_early_keeps_the_partial_state(cat_task):
    steps = train_steps(cat_task.problem, 0.005, 5000, snapshot_every=10)
    first = next(steps)
    steps.close()
    assert first.iteration == 10 and not first.done


@pytest.mark.parametrize("lr", [1e308, float("inf")])
def test_divergence_is_detected_not_drawn(cat_task, lr):
    snaps = list(train_steps(cat_task.problem, lr, 100, snapshot_every=10))
    assert len(snaps) == 1
    assert snaps[0].diverged and snaps[0].done and snaps[0].iteration == 1


def test_large_learning_rate_is_finite_and_silent(cat_task):
    run = train(cat_task.problem, 100.0, 200)
    assert not run.diverged and np.all(np.isfinite(run.costs))


def test_tiny_problem_matches_hand_computation():
    X = np.array([[1.0, 2.0, -1.0], [3.0, 4.0, -3.2]])
    Y = np.array([[1, 0, 1]])
    problem = GramProblem.build(X, Y, X, Y)
    run = train(problem, 0.1, 1)
    # one step from zeros: a = 0.5 everywhere, dz = [-0.5, 0.5, -0.5]
    np.testing.assert_allclose(problem.weights(run.alpha)[:, 0], -0.1 * X @ np.array([-0.5, 0.5, -0.5]) / 3)
    assert run.b == pytest.approx(-0.1 * (-0.5 / 3))
    assert run.costs[0] == pytest.approx(np.log(2))


def test_gram_arrays_are_read_only(cat_task):
    with pytest.raises(ValueError):
        cat_task.problem.K_train[0, 0] = 1.0
    with pytest.raises(ValueError):
        cat_task.train_images[0, 0, 0, 0] = 1


def test_mislabeled_and_downloads(cat_task):
    run = train(cat_task.problem, 0.005, 2000)
    wrong = cat_task.mislabeled(cat_task.test_probabilities(run))
    assert len(wrong) == 15  # 70 % of 50
    for index, p in wrong:
        assert (p > 0.5) != (cat_task.problem.Y_test[0, index] == 1)
    with np.load(io.BytesIO(parameters_npz(cat_task, run))) as saved:
        assert saved["w"].shape == (12288, 1)
        assert float(saved["b"]) == run.b and int(saved["num_iterations"]) == 2000
    csv = costs_csv(run.costs).splitlines()
    assert csv[0] == "iteration,cost" and len(csv) == 2002 and csv[1].startswith("0,0.69314718")


def test_the_record_of_step_8_follows_the_textbook_on_both_sets(cat_xy, cat_task):
    from core.logistic import log_loss_from_logits, optimize

    X, Y, X_test, Y_test = cat_xy
    steps = list(train_steps(cat_task.problem, 0.005, 30, snapshot_every=7))  # stretches of uneven length
    run = steps[-1]
    assert run.test_costs.shape == (31,) and run.accuracies.shape == (31, 2)
    assert tuple(run.accuracies[-1]) == (run.train_accuracy, run.test_accuracy)
    for k in (0, 1, 7, 8, 30):
        params, _, _ = optimize(np.zeros((X.shape[0], 1)), 0.0, X, Y, num_iterations=k, learning_rate=0.005)
        z_test = params["w"].T @ X_test + params["b"]
        assert run.test_costs[k] == pytest.approx(log_loss_from_logits(z_test, Y_test), abs=1e-12)
        assert run.accuracies[k, 1] == accuracy(predict(params["w"], params["b"], X_test), Y_test)
        assert run.accuracies[k, 0] == accuracy(predict(params["w"], params["b"], X), Y)
    for earlier in steps[:-1]:  # every snapshot carries the record so far, the same numbers
        np.testing.assert_array_equal(earlier.test_costs, run.test_costs[: earlier.iteration + 1])


def step_by_step(problem: GramProblem, learning_rate: float, num_iterations: int):
    """The same gradient descent one iteration at a time, every record taken at once, stopping at the first
    non-finite cost: (costs, train and test accuracies per iteration, the last alpha and b, and how near the
    nearest test example is to z = 0). The same arithmetic as train_steps (the dual form against the textbook's
    primal loop is tested above), so any difference is the stretches' bookkeeping; only the test set's z comes
    from one matrix product per stretch there, which may round differently in the last place."""
    from core.logistic import sigmoid

    K, K_test, y, m = problem.K_train, problem.K_test, problem.Y_train[0], problem.m
    alpha, b, costs, accuracies, margins = np.zeros(m), 0.0, [], [], []
    with np.errstate(over="ignore", invalid="ignore"):
        for i in range(num_iterations + 1):
            z, z_test = alpha @ K + b, alpha @ K_test + b
            margins.append(np.min(np.abs(z_test)) / (1.0 + np.max(np.abs(z_test))))
            costs.append(float(np.mean(np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z))) - y * z)))
            accuracies.append((accuracy(sigmoid(z) > 0.5, problem.Y_train), accuracy(sigmoid(z_test) > 0.5, problem.Y_test)))
            if not (np.isfinite(costs[-1]) and np.isfinite(b)) or i == num_iterations:
                break
            e = np.exp(-np.abs(z))
            dz = np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e)) - y
            alpha -= learning_rate / m * dz
            b -= learning_rate * (dz.sum() / m)
    return np.array(costs), np.array(accuracies), alpha, b, np.array(margins)


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**16), log_rate=st.floats(-3, 310), iterations=st.integers(0, 60),
       every=st.integers(1, 25))
def test_stretches_record_what_the_step_by_step_loop_records(seed, log_rate, iterations, every):
    """Whatever the stretch between snapshots, diverging or not, the run records each iteration as a loop that
    takes one iteration at a time does, and ends where it ends (learning rates from 0.001 to 1e310, which
    overflows to inf)."""
    rng = np.random.default_rng(seed)
    X, X_test = rng.normal(size=(5, 12)) * 3, rng.normal(size=(5, 4)) * 3
    problem = GramProblem.build(X, rng.integers(0, 2, (1, 12)), X_test, rng.integers(0, 2, (1, 4)))
    learning_rate = 10.0 ** log_rate if log_rate < 308 else float("inf")
    costs, accuracies, alpha, b, margins = step_by_step(problem, learning_rate, iterations)
    snaps = list(train_steps(problem, learning_rate, iterations, snapshot_every=every))
    last = snaps[-1]
    assert last.done and last.iteration == len(costs) - 1 and last.diverged == (not np.isfinite(costs[-1]))
    assert [s.iteration for s in snaps[:-1]] == list(range(every, last.iteration, every))[:len(snaps) - 1]
    np.testing.assert_array_equal(last.costs, costs)
    # A diverged iteration's accuracies come from overflowed z (inf · 0 may land anywhere): not compared.
    finite = np.isfinite(costs)
    np.testing.assert_array_equal(last.accuracies[finite, 0], accuracies[finite, 0])
    clear = finite & ~(margins < 1e-9)  # a test example on z = 0 to the last digit may fall either side of it
    np.testing.assert_array_equal(last.accuracies[clear, 1], accuracies[clear, 1])
    np.testing.assert_array_equal(last.alpha, alpha)
    assert last.b == b or not np.isfinite(b)
