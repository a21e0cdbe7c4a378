"""Every chart said in words, through AppTest: each page shows its chart's sentence beside it, passes the same
sentence as the chart's alternative text, and the numbers in it are the chart's (its figure's data, or the
metrics and tables the page draws from the same arrays). In English, and in Chinese for two pages."""

from __future__ import annotations

import base64
import json

import numpy as np
import pytest

from core import perceptron as pc
from core.board import format_code
from core.chapters.activations import FUNCTION, Z_VALUE
from core.chapters.perceptron import DATA
from core.chart_words import affine
from core.activations import ACTIVATIONS
from core.text import t
from ui.chart_words import numbers_key
from tests.apptest import metrics, open_page, small_tables


def in_words(at) -> list[str]:
    """The sentences that say a chart (EN or ZH)."""
    return [c.value for c in at.caption if "in words" in c.value or "文字说明" in c.value]


def alts(at) -> list[str]:
    return [chart.proto.alt for chart in at.get("plotly_chart")]


def data(chart) -> list[dict]:
    return json.loads(chart.proto.spec)["data"]


def values(y) -> np.ndarray:
    """A trace's numbers, plain or as plotly's typed array ({"dtype", "bdata"})."""
    if isinstance(y, dict):
        return np.frombuffer(base64.b64decode(y["bdata"]), dtype=y["dtype"])
    return np.concatenate([values(row) for row in y]) if y and isinstance(y[0], (dict, list)) else np.asarray(y, dtype=float)


def numbers_tables(at) -> list:
    return [e for e in at.expander if e.label in ("Show the numbers", "显示数值")]


def test_perceptron_animation_and_xor_said_in_words():
    at = open_page("pages/perceptron.py")
    assert not at.exception
    X, y = {"and": pc.and_points, "or": pc.or_points, "xor": pc.xor_points}[DATA.default]()
    run = pc.train_perceptron(X, y)
    last = run.epochs[-1]
    animation, xor = in_words(at)
    assert alts(at) == [animation, xor]
    assert f"{last.number} epochs" in animation and f"{affine(last.w, last.b)} = 0" in animation
    assert f"after {last.updates} updates" in animation
    assert metrics(at)[t("perceptron.metric_epochs")] == str(last.number)
    at.session_state[numbers_key("pc_animation")] = True  # its numbers: sent once their panel opens
    at.run()
    table = numbers_tables(at)[0].table[0].value
    assert str(table.iloc[-1, 0]) == str(last.number) and str(table.iloc[-1, 4]) == str(last.errors)
    # the XOR chart: the probabilities are the table's below it
    p = at.dataframe[0].value.iloc[:, -1].tolist()
    assert all(f"→ {q:.3f}" in xor for q in p)


def test_perceptron_in_chinese():
    at = open_page("pages/perceptron.py", lang="zh")
    animation, _ = in_words(at)
    assert animation.startswith("动画的文字说明") and alts(at)[0] == animation


def test_logistic_model_says_each_side_of_one_half():
    at = open_page("pages/logistic_model.py")
    [sentence] = in_words(at)
    assert alts(at) == [sentence]
    shown = metrics(at)
    right = [v for k, v in shown.items() if "right" in k.lower()][0]  # "8 of 12"
    assert f"{right} right" in sentence
    says = small_tables(at)[0].iloc[:, -2].to_numpy()  # the examples' table (ui/small_table.py)
    assert f"says 1 for {int(np.sum(says == '1'))} examples" in sentence
    assert f"says 0 for {int(np.sum(says == '0'))}," in sentence


def test_logistic_model_two_features_both_charts_carry_the_sentence():
    at = open_page("pages/logistic_model.py", lm_data="two", lm_w2="-0.5", lm_b="1")
    [sentence] = in_words(at)
    assert alts(at) == [sentence, sentence]
    assert "the boundary 1.0·x₁ − 0.5·x₂ + 1.0 = 0" in sentence
    says = small_tables(at)[0].iloc[:, -2].to_numpy()
    assert f"says 1 for {int(np.sum(says == '1'))} examples" in sentence


def test_activation_value_and_slope_are_the_metrics():
    at = open_page("pages/activations.py")
    curve, linear, bent = in_words(at)
    assert alts(at) == [curve, linear, bent]
    activation = ACTIVATIONS[FUNCTION.default]
    z0 = Z_VALUE.default
    assert f"g(z) = {float(activation.function(z0)):.4f}" in curve
    assert f"g′(z) = {float(activation.derivative(z0)):.4f}" in curve
    assert set(metrics(at).values()) >= {f"{float(activation.function(z0)):.4f}", f"{float(activation.derivative(z0)):.4f}"}
    z = values(data(at.get("plotly_chart")[2])[0]["z"])  # the bent network's output over the plane
    assert f"goes from {z.min():.2f} to {z.max():.2f}".replace("-", "−") in bent


def test_loss_bars_say_the_largest_loss_and_the_cost():
    at = open_page("pages/loss_and_cost.py")
    curves, bars, convex = in_words(at)
    assert alts(at) == [curves, bars, convex]
    shown = metrics(at)
    assert f"the cost J, is {shown['Cost J']}" in bars and f"the largest {shown['Largest single loss']}" in bars
    assert f"{shown['L(a, 1) at a = 0.7']} if y = 1" in curves
    assert "the log-loss cost bends down on 0 stretches" in convex
    assert len(numbers_tables(at)[0].table[0].value) == 9


def test_loss_and_cost_in_chinese():
    at = open_page("pages/loss_and_cost.py", lang="zh")
    curves, bars, convex = in_words(at)
    assert bars.startswith("图的文字说明") and "代价 J，为" in bars and alts(at)[1] == bars


def test_computation_graph_values_and_derivatives():
    at = open_page("pages/computation_graph.py")
    assert not at.exception
    [sentence] = [c.value for c in at.caption if c.value.startswith("The graph in words")]
    checks = at.table[-2].value  # the finite-difference check: every input's derivative by backpropagation
    for name, backprop in zip(checks.iloc[:, 0], checks.iloc[:, 1]):
        assert f"/∂{name} = {float(backprop):.4g}" in sentence


def test_gradient_descent_cost_and_comparison_charts():
    at = open_page("pages/gradient_descent.py")
    charts = at.get("plotly_chart")
    cost, rates = in_words(at)
    assert charts[1].proto.alt == cost and charts[2].proto.alt == rates
    assert charts[0].proto.alt.startswith("The picture in words")
    y = data(charts[1])[0]["y"]
    assert f"from {y[0]:.4g} at the start to {y[-1]:.4g} after {len(y) - 1} steps" in cost
    outcomes = at.table[-1].value.iloc[:, -1]
    best = min(float(v) for v in outcomes if v != "—")
    assert f"the lowest final cost, {best:.4g}," in rates
    assert f"{sum(v == '—' for v in outcomes)} diverged" in rates
    # The cost chart's numbers are sent once their panel is opened (a lazy panel: most learners never open it).
    [panel] = numbers_tables(at)
    assert not panel.table
    at.session_state[numbers_key("gd_cost")] = True
    at.run()
    steps = numbers_tables(at)[0].table[0].value
    assert len(steps) > 2 and steps.iloc[0, 0] == 0


@pytest.mark.cat_data
def test_vectorization_bars_say_the_times_the_metrics_show():
    at = open_page("pages/vectorization.py")
    sentences = in_words(at)
    assert len(sentences) == 3 and alts(at) == sentences
    loop, numpy = [m.value.removeprefix("≈ ") for m in at.metric][:2]
    assert f"took {loop}, numpy {numpy}:" in sentences[0]


@pytest.mark.cat_data
def test_shallow_network_run_said_at_its_end():
    at = open_page("pages/shallow_network.py", sn_pace="instant", sn_iters="200")
    at.button(key="shallow_network_train").click().run()
    assert not at.exception
    shown = metrics(at)
    [run] = in_words(at)
    logistic = alts(at)[2]
    cost = float(shown["Cost J"])
    assert f"to {cost:.4f} over 200 iterations" in run and f"gets {shown['Accuracy']} of the 400 points" in run
    assert alts(at)[1] == run and "gets 47.00 % of the 400 points" in logistic
    y = values(data(at.get("plotly_chart")[1])[0]["y"])
    assert f"from {y[0]:.4f} to {y[-1]:.4f}" in run


@pytest.mark.cat_data
def test_deep_network_comparison_final_costs():
    at = open_page("pages/deep_network.py")
    at.button(key="dn_compare").click().run()
    chart = at.get("plotly_chart")[-1]
    [sentence] = in_words(at)
    assert chart.proto.alt == sentence
    finals = {trace["name"]: float(values(trace["y"])[-1]) for trace in data(chart) if trace.get("y")}
    for name, final in finals.items():
        assert f"{name} {float(final):.4f}" in sentence
    best = min(finals, key=finals.get)
    assert f"the lowest is {best}" in sentence


@pytest.mark.parametrize("language", ["en", "zh"])
def test_class_board_charts_said_in_words(board, language):
    code, _ = board.open_class()
    for n, (lr, final, test, diverged) in enumerate([(0.005, 0.2, 70.0, False), (0.005, 0.15, 68.0, False),
                                                     (0.01, 0.1, 72.0, False), (1.0, None, None, True)]):
        student = board.join(code, f"s{n}")
        board.post(code, student, dict(page="cat_classifier", settings={"lr": lr, "iters": 100}, final_cost=final,
                                       train_accuracy=None if diverged else 90.0 + n, test_accuracy=test,
                                       diverged=diverged, costs=[0.69, None] if diverged else [0.69, final],
                                       iterations=1 if diverged else 100, num_iterations=100))
    at = open_page("pages/class_board.py", **{"class": format_code(code), "lang": language})
    assert not at.exception
    curves, accuracy = in_words(at)
    assert alts(at) == [curves, accuracy]
    if language == "en":
        assert curves == ("The chart in words: 4 runs at 3 learning rates; the lowest final cost is 0.1000 (α = 0.01); "
                          "1 diverged.")
        assert accuracy == ("The chart in words: the best test accuracy of 4 runs is 72.0 % (α = 0.01); 1 diverged "
                            "(crosses at 0).")
    else:
        assert curves == "图的文字说明：3 个学习率下共 4 次训练；最低的最终代价为 0.1000（α = 0.01）；1 次发散。"
    # A keyed chart's numbers are sent once their panel opens.
    assert not numbers_tables(at)[0].table
    at.session_state[numbers_key("board_curves")] = True
    at.run()
    table = numbers_tables(at)[0].table[0].value
    assert table.iloc[:, 1].astype(int).tolist() == [2, 1, 1]
