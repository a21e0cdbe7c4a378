"""Each chart's sentence and numbers (core/chart_words.py, core/descent_story.py) against hand-computed cases:
the numbers a learner reads must be the chart's own."""

import numpy as np
import pytest

from core import chart_words as cw
from core import descent_story
from core.activations import ACTIVATIONS, saturated_intervals
from core.autodiff import Node
from core.board import PostedRun
from core.logistic_model import Sides
from core.optimizers import LEFT_VIEW, Path
from core.perceptron import and_points, train_perceptron
from core.run_story import Sentence
from core.text import t


def said(words: cw.ChartWords, language: str = "en") -> str:
    s = words.sentence
    return t(s.key, language, **s.values, **{name: t(key, language) for name, key in s.words.items()})


def test_affine_writes_a_subtraction_and_never_minus_zero():
    assert cw.affine([2, 1], -2) == "2.00·x₁ + 1.00·x₂ − 2.00"
    assert cw.affine([-3.6, -7.32], 0.81) == "−3.60·x₁ − 7.32·x₂ + 0.81"
    assert cw.affine([-0.001, 0.0], -0.0) == "0.00·x₁ + 0.00·x₂ + 0.00"
    assert cw.affine([2.0], -1.0, ("x",), 1) == "2.0·x − 1.0"
    assert cw.signed(-0.001) == "0.00" and cw.signed(-1.5, 1) == "−1.5"


def test_spaced_keeps_the_first_and_the_last():
    assert cw.spaced(5) == [0, 1, 2, 3, 4]
    assert cw.spaced(101) == list(range(0, 101, 10))
    assert cw.spaced(0) == []


def test_perceptron_one_point_by_hand():
    # From w = 0, b = 0 the point (1, 0) labelled 1 is wrong (0 > 0 is false); one update: w = (1, 0), b = 1.
    run = train_perceptron(np.array([[1.0, 0.0]]), np.array([1]))
    words = cw.perceptron_words(run, 1)
    assert words.sentence.key == "perceptron.chart_text_converged"
    assert said(words) == ("The animation in words: 1 epochs; the line misclassified 1 of the 1 points at the start "
                           "and none after epoch 1, after 1 updates. Its final line is 1.00·x₁ + 0.00·x₂ + 1.00 = 0.")
    assert words.rows == ((0, "0.00", "0.00", "0.00", 1, 0), (1, "1.00", "0.00", "1.00", 0, 1))


def test_perceptron_sentence_is_the_animations_last_frame():
    X, y = and_points()
    run = train_perceptron(X, y)
    last = run.epochs[-1]
    words = cw.perceptron_words(run, len(y))
    assert words.sentence.values["epochs"] == last.number == len(run.epochs) - 1
    assert words.sentence.values["line"] == cw.affine(last.w, last.b)
    assert words.rows[-1] == (last.number, cw.signed(last.w[0]), cw.signed(last.w[1]), cw.signed(last.b), 0, last.updates)
    stuck = train_perceptron(*_xor(), max_epochs=7)
    words = cw.perceptron_words(stuck, 4)
    assert words.sentence.key == "perceptron.chart_text"
    assert words.sentence.values["last"] == stuck.epochs[-1].errors and words.sentence.values["least"] == min(stuck.errors)
    assert len(words.rows) == 8  # epochs 0 to 7, every one


def _xor():
    from core.perceptron import xor_points
    return xor_points()


def test_xor_counts_right_above_and_at_one_half():
    words = cw.xor_words(np.array([[0, 0], [0, 1], [1, 0], [1, 1]]), np.array([0, 1, 1, 1]),
                         np.array([0.1, 0.9, 0.6, 0.5]), 0.31416)
    assert said(words) == ("The chart in words: the network's probability of class 1 at each point is (0, 0) → 0.100, "
                           "(0, 1) → 0.900, (1, 0) → 0.600, (1, 1) → 0.500; 3 of 4 right, final cost 0.3142.")


def test_logistic_one_feature_boundary_and_sides():
    split = Sides(said_one=7, right_one=4, said_zero=5, right_zero=4)
    words = cw.logistic_words(split, 0.5, [2.0], -1.0)
    assert said(words) == ("The chart in words: the curve ŷ = σ(2.0·x − 1.0) crosses 0.5 at x = 0.50. Above 0.5 the model "
                           "says 1 for 7 examples, 4 of them labelled 1; at or below 0.5 it says 0 for 5, 4 of them "
                           "labelled 0: 8 of 12 right.")
    two = cw.logistic_words(split, None, [1.0, -0.5], 0.0)
    assert "the boundary 1.0·x₁ − 0.5·x₂ + 0.0 = 0" in said(two)
    flat = cw.logistic_words(Sides(12, 6, 0, 0), None, [0.0], 0.0, always=0.5)
    assert flat.sentence.key == "logistic_model.chart_text_flat" and flat.sentence.values["y_hat"] == "0.500"
    assert "6 of 12 right" in said(flat)


def test_activation_at_zero_by_hand():
    sigmoid = ACTIVATIONS["sigmoid"]
    z = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])
    words = cw.activation_words(z, sigmoid.function(z), sigmoid.derivative(z), 0.0, 0.5, 0.25, [])
    assert said(words) == ("The chart in words: at z = 0.0, g(z) = 0.5000 and its slope g′(z) = 0.2500; the steepest "
                           "slope is 0.2500. Between z = −2.0 and 2.0 the slope never falls below 5 % of the steepest: "
                           "no saturation.")
    assert words.rows[0] == ("−2.0", "0.1192", "0.1050") and words.rows[2] == ("0.0", "0.5000", "0.2500")


def test_activation_saturation_ranges_are_the_charts():
    relu = ACTIVATIONS["relu"]
    z = np.linspace(-3, 3, 401)
    saturated = saturated_intervals(relu, -3, 3)
    words = cw.activation_words(z, relu.function(z), relu.derivative(z), 1.0, 1.0, 1.0, saturated)
    start, end = saturated[0]
    assert words.sentence.key == "activations.chart_text_saturated"
    assert words.sentence.values["ranges"].startswith(f"{cw.signed(start, 1)} ≤ z ≤ {cw.signed(end, 1)}")
    assert len(words.rows) == 9 and words.rows[-1] == ("3.0", "3.0000", "1.0000")


def test_losses_smallest_largest_and_their_mean():
    losses = np.array([0.5, 0.1, 2.0])
    words = cw.losses_words(losses, float(losses.mean()))
    assert said(words) == ("The chart in words: 3 examples; the smallest loss is 0.1000 (example 2), the largest "
                           "2.0000 (example 3); their mean, the cost J, is 0.8667.")
    curves = cw.loss_curves_words(0.7, 0.35667, 1.20397)
    assert "at a = 0.7 the loss is 0.3567 if y = 1 and 1.2040 if y = 0" in said(curves)


def test_convexity_minimum_and_stretches():
    words = cw.convexity_words([-1.0, 0.0, 1.0], [3.0, 1.0, 2.0], [2.0, 1.5, 3.0], [(-1.0, 1.0)])
    values = words.sentence.values
    assert (values["count"], values["log_count"], values["ranges"]) == (1, 0, "−1.0 … 1.0")
    assert (values["squared_min"], values["squared_at"], values["log_min"], values["log_at"]) == ("1.0000", "0.0", "1.5000", "0.0")
    assert words.rows == (("−1.0", "3.0000", "2.0000"), ("0.0", "1.0000", "1.5000"), ("1.0", "2.0000", "3.0000"))


def test_timing_bars_times_and_ratio():
    words = cw.timing_words(["vectorization.loop_ms", "vectorization.numpy_ms"], [0.2, 0.001])
    assert said(words) == "The chart in words: Python loop took 200 ms, numpy 1 ms: 200 times faster."
    assert said(words, "zh") == "图的文字说明：Python 循环 用时 200 毫秒，numpy 用时 1 毫秒：快 200 倍。"
    assert [row[1:] for row in words.rows] == [("200", "200"), ("1", "1.0")]
    assert words.rows[0][0] == Sentence("vectorization.loop_ms")


def test_shallow_cost_path_and_rows():
    words = cw.shallow_words([0.7, 0.5, 0.3], 90.0, 400, 2)
    assert said(words) == ("The charts in words: the cost fell from 0.7000 to 0.3000 over 2 iterations; the decision "
                           "boundary gets 90.00 % of the 400 points right.")
    assert words.rows == ((0, "0.7000"), (1, "0.5000"), (2, "0.3000"))
    assert cw.shallow_words([0.7, 0.9], 50.0, 4, 1).sentence.words == {"moved": "story.rose"}
    assert said(cw.boundary_words(87.5, 8)) == "The chart in words: the decision boundary gets 87.50 % of the 8 points right."


def test_model_comparison_lowest_final_cost():
    words = cw.comparison_words({"A": np.array([1.0, 0.5]), "B": np.array([1.0, 0.2, 0.1])})
    assert said(words) == "The chart in words: the final cost of each model is A 0.5000, B 0.1000; the lowest is B (0.1000)."
    assert words.rows == (("A", 1, "1.0000", "0.5000"), ("B", 2, "1.0000", "0.1000"))


def test_learning_rate_comparison_names_its_rates_and_leaves_a_diverged_one_out_of_the_lowest():
    words = cw.comparison_words({"α = 0.01": [0.69, 0.25], "α = 1": [0.69, np.inf], "α = 0.001": [0.69, 0.5]},
                                "cat_classifier.lr", "cat_classifier.compare_text", iters=1500)
    assert said(words) == ("The chart in words: after 1500 iterations the cost of each learning rate is α = 0.01 0.2500, "
                           "α = 1 inf, α = 0.001 0.5000; the lowest is α = 0.01 (0.2500).")
    assert words.columns[0] == "cat_classifier.lr"


def posted(run_id, lr, final, train, test, diverged=False):
    return PostedRun(run_id=run_id, nickname=f"s{run_id}", page="cat_classifier", settings={"lr": lr, "iters": 300},
                     final_cost=final, train_accuracy=train, test_accuracy=test, diverged=diverged,
                     costs=[0.7, final], iterations=300, num_iterations=300, posted_at=1e9 + run_id)


def test_board_counts_best_and_diverged():
    runs = [posted(1, 0.005, 0.2, 95.0, 70.0), posted(2, 0.005, 0.15, 97.0, 68.0), posted(3, 0.01, 0.1, 99.0, 72.0),
            posted(4, 1.0, None, None, None, diverged=True)]
    curves = cw.board_curves_words(runs)
    assert said(curves) == ("The chart in words: 4 runs at 3 learning rates; the lowest final cost is 0.1000 (α = 0.01); "
                            "1 diverged.")
    accuracy = cw.board_accuracy_words(runs)
    assert said(accuracy) == ("The chart in words: the best test accuracy of 4 runs is 72.0 % (α = 0.01); 1 diverged "
                              "(crosses at 0).")
    assert curves.rows == (("0.005", 2, "0.1500", "70.0", "97.0", 0), ("0.01", 1, "0.1000", "72.0", "99.0", 0),
                           ("1", 1, "—", "—", "—", 1))
    assert cw.board_curves_words([runs[-1]]).sentence.key == "class_board.curves_text_none"


def test_graph_values_then_derivatives_as_far_as_the_walk_went():
    a, b = Node(2.0, "a"), Node(3.0, "b")
    J = Node(6.0, "J", op="mul", parents=(a, b), local=(3.0, 2.0))
    a.grad, b.grad, J.grad = 3.0, 2.0, 1.0
    forward = cw.graph_words([a, b, J], J, frozenset({a, b}), frozenset())
    assert said(forward) == "The graph in words: 2 of 3 values known, left to right: a = 2; b = 3."
    both = cw.graph_words([a, b, J], J, frozenset({a, b, J}), frozenset({J, b}))
    assert said(both) == ("The graph in words: 3 of 3 values known: a = 2; b = 3; J = 6. Derivatives known so far, "
                          "right to left: ∂J/∂J = 1; ∂J/∂b = 2.")
    assert both.rows == (("a", "2", "—"), ("b", "3", "2"), ("J", "6", "1"))


def path(cost, stop=None, escape=None):
    cost = np.asarray(cost, dtype=float)
    steps = np.arange(len(cost), dtype=float)
    return Path("gd", 0.1, steps, -steps, cost, steps, steps, stop, escape)


def test_descent_cost_sentence_is_the_paths_first_last_and_lowest():
    words = descent_story.cost_words(path([3.0, 1.0, 2.0]))
    assert said(words) == ("The chart in words: the cost J went from 3 at the start to 2 after 2 steps; lowest 1 at step 1.")
    assert words.rows == ((0, "0", "0", "3"), (1, "1", "-1", "1"), (2, "2", "-2", "2"))
    left = descent_story.cost_words(path([3.0, 5.0], LEFT_VIEW, (2, 9.0, 9.0)))
    assert left.sentence.key == "gradient_descent.cost_text_diverged" and left.sentence.values["step"] == 2


def test_descent_comparison_names_the_lowest_and_the_diverged():
    words = descent_story.compare_words(None, ["α = 0.1", "α = 1", "α = 9"],
                                        [path([3.0, 2.0]), path([3.0, 1.0, 0.5]), path([3.0, 8.0], LEFT_VIEW, (2, 9, 9))])
    assert said(words) == ("The chart in words: 3 paths; the lowest final cost, 0.5, is that of α = 1, after 2 steps; "
                           "1 diverged (α = 9).")
    none = descent_story.compare_words(None, ["α = 9"], [path([3.0, 8.0], LEFT_VIEW, (2, 9, 9))])
    assert said(none) == "The chart in words: 1 paths, and all 1 diverged (α = 9)."


@pytest.mark.parametrize("key", ["perceptron.chart_text", "logistic_model.chart_text_one", "activations.chart_text",
                                 "loss_and_cost.convex_text", "gradient_descent.cost_text", "class_board.curves_text"])
def test_every_sentence_is_said_in_chinese_too(key):
    assert t(key, "zh") != t(key, "en")
